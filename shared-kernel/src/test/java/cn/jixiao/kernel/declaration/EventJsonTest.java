package cn.jixiao.kernel.declaration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events are stored as JSON by a plain ObjectMapper (Axon's JacksonSerializer fails on unknown properties), so
 * every event of the seed must come back equal, and derived accessors must not leak into the JSON.
 */
class EventJsonTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void readsBackEveryEventOfTheSeedForm() throws Exception {
        for (DeclarationEvent event : SeedForm.events()) {
            String json = mapper.writeValueAsString(event);
            assertThat(mapper.readValue(json, event.getClass())).as(json).isEqualTo(event);
        }
    }

    @Test
    void writesATargetValueAsTheApiShowsIt() throws Exception {
        String json = mapper.writeValueAsString(TargetValue.parse("=8.73亩"));

        assertThat(mapper.readTree(json)).isEqualTo(mapper.readTree(
                "{\"text\":\"=8.73亩\",\"comparator\":\"EQ\",\"value\":\"8.73\",\"unit\":\"亩\",\"kind\":\"QUANTITATIVE\"}"));
    }

    @Test
    void readsBackTheWholeForm() throws Exception {
        DeclarationForm form = SeedForm.form();

        assertThat(mapper.readValue(mapper.writeValueAsString(form), DeclarationForm.class)).isEqualTo(form);
    }

    @Test
    void readsBackSubmittedWarnings() throws Exception {
        DeclarationSubmittedEvent event = new DeclarationSubmittedEvent(SeedForm.ID, 1,
                List.of(new Finding("VAGUE_TARGET", "goals[0].indicators[6].target", "表述模糊")), SeedForm.FILER);

        assertThat(mapper.readValue(mapper.writeValueAsString(event), DeclarationSubmittedEvent.class)).isEqualTo(event);
    }
}
