package cn.jixiao.command.importing;

import cn.jixiao.command.importing.ImportedForm.ImportedGoal;
import cn.jixiao.command.importing.ImportedForm.ImportedIndicator;
import cn.jixiao.command.register.TenantRegister;
import cn.jixiao.command.testing.TestTenant;
import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.declaration.ApprovedOnPaperRecordedEvent;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.declaration.DeclarationForm;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.kernel.declaration.DeclarationRejectedException;
import cn.jixiao.kernel.declaration.Goal;
import cn.jixiao.kernel.declaration.SeedForm;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeclarationImporterTest {

    private static final PersonRef ADMIN = new PersonRef("u-admin", "管理员");
    private static final String UNIT = "430412001";

    private final TestTenant tenant = TestTenant.importingInto(StandInDeclaration.class, TenantRegister.NONE);

    @AfterEach
    void stopAxon() {
        tenant.close();
    }

    @Test
    void importsTheSeedAsTheCommandsAFilerWouldSendInOneGo() {
        ImportedForm seed = FormFiles.read(SeedFiles.bytes(SeedFiles.DOCX));

        ImportResult result = importing(seed, false);

        List<DeclarationEvent> events = payloads(result.declarationId());
        assertThat(events).hasSize(1 + 4 + 4 + 44);
        assertThat(result.version()).isEqualTo(events.size());
        assertThat(result.declarationId()).isEqualTo(DeclarationId.forUnit(UNIT, 2020, DeclarationKind.DEPARTMENT));
        DeclarationForm form = DeclarationForm.replay(events);
        assertThat(form.unit().code()).isEqualTo(UNIT);
        assertThat(form.unit().name()).isEqualTo(SeedForm.UNIT_NAME);
        assertThat(form.income()).isEqualTo(seed.income());
        assertThat(form.functions()).isEqualTo(seed.functions());
        assertThat(form.goals()).extracting(Goal::description).containsExactlyElementsOf(SeedForm.GOALS);
        assertThat(form.indicatorCount()).isEqualTo(44);
    }

    @Test
    void anApprovedImportEndsWithTheRecordOfThePaperApproval() {
        ImportResult result = importing(FormFiles.read(SeedFiles.bytes(SeedFiles.XLSX)), true);

        List<DeclarationEvent> events = payloads(result.declarationId());
        assertThat(events).hasSize(54).last().isInstanceOf(ApprovedOnPaperRecordedEvent.class);
        assertThat(((ApprovedOnPaperRecordedEvent) events.get(53)).recordedBy()).isEqualTo(ADMIN);
    }

    @Test
    void everyEventCarriesTheImportedFileAndItsHash() {
        ImportResult result = importing(FormFiles.read(SeedFiles.bytes(SeedFiles.TXT)), false);

        List<? extends DomainEventMessage<?>> events = tenant.messages(result.declarationId());
        assertThat(events).isNotEmpty().allSatisfy(event -> assertThat(event.getMetaData())
                .containsEntry(ImportDeclarationCommand.IMPORT_FILE, "zhurong.txt")
                .containsEntry(ImportDeclarationCommand.IMPORT_SHA256, "abc123"));
    }

    @Test
    void aRefusedLaterCommandLeavesNoEventAtAll() {
        ImportedForm seed = FormFiles.read(SeedFiles.bytes(SeedFiles.XLSX));
        ImportedForm refusedAtTheEnd = withLastIndicatorNamed(seed, StandInDeclaration.REFUSED_NAME);

        assertThatThrownBy(() -> importing(refusedAtTheEnd, false)).isInstanceOf(DeclarationRejectedException.class);

        DeclarationId id = DeclarationId.forUnit(UNIT, 2020, DeclarationKind.DEPARTMENT);
        assertThat(payloads(id)).isEmpty();
        ImportResult retried = importing(seed, false);
        assertThat(payloads(retried.declarationId())).hasSize(53);
    }

    private ImportResult importing(ImportedForm form, boolean approved) {
        return tenant.commandGateway().sendAndWait(GenericCommandMessage
                .asCommandMessage(new ImportDeclarationCommand(form, UNIT, approved, ADMIN))
                .withMetaData(Map.of(ImportDeclarationCommand.IMPORT_FILE, "zhurong.txt",
                        ImportDeclarationCommand.IMPORT_SHA256, "abc123", "actorId", "u-admin")));
    }

    private List<DeclarationEvent> payloads(DeclarationId id) {
        return tenant.events(id);
    }

    private static ImportedForm withLastIndicatorNamed(ImportedForm form, String name) {
        List<ImportedGoal> goals = new ArrayList<>(form.goals());
        ImportedGoal last = goals.remove(goals.size() - 1);
        List<ImportedIndicator> indicators = new ArrayList<>(last.indicators());
        ImportedIndicator old = indicators.remove(indicators.size() - 1);
        indicators.add(new ImportedIndicator(old.level1(), old.level2(), name, old.target()));
        goals.add(new ImportedGoal(last.number(), last.description(), indicators));
        return new ImportedForm(form.year(), form.unitName(), form.filingUnit(), form.leader(), form.contact(),
                form.staffing(), form.functions(), form.income(), form.expenditure(), form.threePublic(),
                form.overallGoal(), goals, form.notes(), form.reviews());
    }
}
