package cn.jixiao.command.declaration;

import cn.jixiao.command.testing.TestTenant;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.DeclarationCommand;
import cn.jixiao.kernel.declaration.DeclarationForm;
import cn.jixiao.kernel.declaration.DeclarationSubmittedEvent;
import cn.jixiao.kernel.declaration.Finding;
import cn.jixiao.kernel.declaration.Goal;
import cn.jixiao.kernel.declaration.ReviewAsBusinessSectionCommand;
import cn.jixiao.kernel.declaration.ReviewDecision;
import cn.jixiao.kernel.declaration.SubmitDeclarationCommand;
import cn.jixiao.kernel.declaration.rules.RuleCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The real form of 祝融街道 2020, filled in command by command through a real Axon configuration, then submitted. */
class SeedDeclarationTest {

    private final TestTenant tenant = new TestTenant();
    private final Actor filer = Given.actor(Given.FILER, SeedCommands.UNIT_CODE, Role.FILER);

    @AfterEach
    void tearDown() {
        tenant.close();
    }

    @Test
    void theSeedFormIsFilledInAndSubmittedWithTheWarningsItMustRaise() {
        tenant.send(filer, SeedCommands.create(Given.FILER), Map.of()).block();
        Long version = null;
        for (DeclarationCommand command : SeedCommands.fillIn()) {
            version = tenant.<Long>send(filer, command, Map.of()).block();
        }
        Long submitted = tenant.<Long>send(filer, new SubmitDeclarationCommand(SeedCommands.ID, Given.FILER, null),
                Map.of()).block();

        assertThat(version).isEqualTo(1 + 4 + SeedCommands.GOALS + SeedCommands.INDICATORS + 1);
        assertThat(submitted).isEqualTo(version + 1);
        DeclarationForm form = DeclarationForm.replay(tenant.events(SeedCommands.ID));
        assertThat(form.goals()).hasSize(4);
        assertThat(form.goals().stream().mapToInt(goal -> goal.indicators().size()).sum()).isEqualTo(44);
        assertThat(form.goals()).map(Goal::indicators).map(List::size).containsExactly(12, 12, 8, 12);
        assertThat(form.income().total().toString()).isEqualTo("649.4");
        assertThat(form.goal(SeedCommands.goalId(1)).orElseThrow().indicators().get(5).target().text())
                .isEqualTo("≤296.8725万元");

        DeclarationSubmittedEvent event = (DeclarationSubmittedEvent) tenant.events(SeedCommands.ID)
                .get(submitted.intValue() - 1);
        assertThat(event.revision()).isEqualTo(1);
        assertThat(event.warnings()).map(Finding::code).contains(RuleCodes.ACTUAL_STAFF_EXCEEDS_AUTHORIZED,
                RuleCodes.SATISFACTION_TARGET_100, RuleCodes.VAGUE_TARGET);
        assertThat(event.warnings()).filteredOn(w -> w.code().equals(RuleCodes.VAGUE_TARGET))
                .map(Finding::field).hasSize(4);
    }

    @Test
    void aLongDeclarationIsLoadedFromItsSnapshot() {
        tenant.send(filer, SeedCommands.create(Given.FILER), Map.of()).block();
        SeedCommands.fillIn().forEach(command -> tenant.send(filer, command, Map.of()).block());
        tenant.send(filer, new SubmitDeclarationCommand(SeedCommands.ID, Given.FILER, null), Map.of()).block();

        assertThat(tenant.hasSnapshot(SeedCommands.ID)).isTrue();
        Long afterReview = tenant.<Long>send(Given.actor(Given.BUSINESS_REVIEWER, null, Role.BUSINESS_REVIEWER),
                new ReviewAsBusinessSectionCommand(SeedCommands.ID, ReviewDecision.PASS, "同意", Given.BUSINESS_REVIEWER, null),
                Map.of()).block();
        assertThat(afterReview).isEqualTo(tenant.events(SeedCommands.ID).size());
    }
}
