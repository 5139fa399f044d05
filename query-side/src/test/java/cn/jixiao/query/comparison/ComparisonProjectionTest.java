package cn.jixiao.query.comparison;

import cn.jixiao.kernel.declaration.DeclarationForm;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.query.dashboard.InMemoryTenants;
import cn.jixiao.query.form.FormHistory;
import cn.jixiao.query.projection.ReadModelWriter;
import cn.jixiao.query.rebuild.CollectionNames;
import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonProjectionTest {

    private static final TenantId TENANT = TenantId.of("nanyue");

    private final InMemoryTenants mongo = new InMemoryTenants();
    private final CollectionNames generation = new CollectionNames(1);
    private final ReadModelWriter writer = new ComparisonReadModel().writer(mongo.of(TENANT), generation);
    private final ApprovedForms forms = ComparisonReadModel.forms(mongo.database(TENANT), generation);
    private final TwoYearsOfZhurong zhurong = new TwoYearsOfZhurong();

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void keepsTheFormAsApprovedPerUnitAndYear() {
        feed(zhurong.events2020());
        feed(zhurong.events2021());

        List<DeclarationForm> approved = forms.approvedOf(TwoYearsOfZhurong.UNIT);

        assertThat(approved).extracting(DeclarationForm::year).containsExactly(2020, 2021);
        assertThat(approved.get(0).income().total().toString()).isEqualTo("649.4");
        assertThat(approved.get(1).goals().get(0).indicators()).extracting(i -> i.target().text())
                .containsExactly("≥15次", "≤7万元/人", "≥90%", "全年");
        Document stored = collection().find(new Document("_id", zhurong.year2021.id().value())).first();
        assertThat(stored.getString("unitCode")).isEqualTo("001");
        assertThat(stored.getLong("seq")).isEqualTo(9L);
        assertThat(stored.get("approved", Document.class).get("goals", List.class)).hasSize(1);
    }

    @Test
    void aDeclarationNotYetApprovedIsNotCompared() {
        feed(zhurong.events2021().subList(0, 8));

        assertThat(forms.approvedOf(TwoYearsOfZhurong.UNIT)).isEmpty();
    }

    @Test
    void anAdjustmentInProgressLeavesTheApprovedFormAsItWas() {
        feed(zhurong.events2021());
        feed(zhurong.adjustment2021());

        DeclarationForm approved = forms.approvedOf(TwoYearsOfZhurong.UNIT).get(0);

        assertThat(approved.income().total().toString()).isEqualTo("700");
        assertThat(new FormHistory(mongo.of(TENANT).eventStore()).asOf(zhurong.year2021.id().value(), Instant.MAX)
                .orElseThrow().form().income().total().toString()).isEqualTo("900");
    }

    @Test
    void replayingEventsTwiceChangesNothing() {
        List<DomainEventMessage<?>> events = zhurong.events2021();
        feed(events);
        Document before = collection().find().first();

        feed(events);
        feed(List.of(events.get(3), events.get(3)));

        assertThat(collection().find().first()).isEqualTo(before);
        assertThat(forms.approvedOf(TwoYearsOfZhurong.UNIT).get(0).indicatorCount()).isEqualTo(4);
    }

    /** Appended first, as the command side does: at an approval the form is folded from the event store. */
    private void feed(List<DomainEventMessage<?>> events) {
        mongo.append(TENANT, events);
        writer.write(events);
    }

    private MongoCollection<Document> collection() {
        return mongo.database(TENANT).getCollection(generation.of(ApprovedForms.COLLECTION));
    }
}
