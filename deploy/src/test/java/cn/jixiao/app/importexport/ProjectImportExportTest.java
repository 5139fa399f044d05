package cn.jixiao.app.importexport;

import cn.jixiao.command.importing.FormFiles;
import cn.jixiao.command.importing.ImportedForm;
import cn.jixiao.command.importing.ImportedForm.ImportedGoal;
import cn.jixiao.command.importing.ImportedForm.ImportedIndicator;
import cn.jixiao.kernel.declaration.DeclarationStatus;
import cn.jixiao.kernel.declaration.Edition;
import cn.jixiao.kernel.declaration.ProjectSample;
import cn.jixiao.kernel.declaration.TargetTerm;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.query.export.ExportFormat;
import cn.jixiao.query.export.ExportedDeclaration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A project form exported to Excel or Word reads back as the form it was: every section, every indicator detail. */
class ProjectImportExportTest {

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void theSampleProjectReadsBackUnchanged(ExportFormat format) {
        byte[] file = format.write(new ExportedDeclaration(ProjectSample.form(), DeclarationStatus.DRAFT, List.of()));

        ImportedForm form = FormFiles.read(file);

        assertThat(form.year()).isEqualTo(ProjectSample.YEAR);
        assertThat(form.unitName()).isEqualTo(ProjectSample.UNIT_NAME);
        assertThat(form.edition()).isEqualTo(Edition.E2021);
        assertThat(form.project().info()).isEqualTo(ProjectSample.INFO);
        assertThat(form.project().funds()).isEqualTo(ProjectSample.FUNDS);
        assertThat(form.project().rationale()).isEqualTo(ProjectSample.RATIONALE);
        assertThat(form.goals()).extracting(ImportedGoal::description)
                .containsExactly(ProjectSample.MEDIUM_TERM_TEXT, ProjectSample.ANNUAL_TEXT);
        assertThat(rows(form)).containsExactlyElementsOf(ProjectSample.INDICATORS);
    }

    private static List<ProjectSample.Row> rows(ImportedForm form) {
        return form.goals().stream().flatMap(goal -> goal.indicators().stream().map(i -> row(goal, i))).toList();
    }

    private static ProjectSample.Row row(ImportedGoal goal, ImportedIndicator i) {
        TargetTerm term = goal.number() == 1 ? TargetTerm.MEDIUM_TERM : TargetTerm.ANNUAL;
        TargetValue target = i.target();
        return new ProjectSample.Row(term, i.level1(), i.level2(), i.name(), target.text(), i.core(), i.basis(),
                i.lastYearValue());
    }
}
