package cn.jixiao.command.declaration;

import cn.jixiao.command.testing.TestTenant;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.AddProjectIndicatorCommand;
import cn.jixiao.kernel.declaration.AddProjectTargetCommand;
import cn.jixiao.kernel.declaration.CreateProjectDeclarationCommand;
import cn.jixiao.kernel.declaration.DeclarationCommand;
import cn.jixiao.kernel.declaration.DeclarationForm;
import cn.jixiao.kernel.declaration.Edition;
import cn.jixiao.kernel.declaration.GoalId;
import cn.jixiao.kernel.declaration.ProjectSample;
import cn.jixiao.kernel.declaration.ReviewAsCompetentDepartmentCommand;
import cn.jixiao.kernel.declaration.ReviewDecision;
import cn.jixiao.kernel.declaration.SubmitDeclarationCommand;
import cn.jixiao.kernel.declaration.TargetTerm;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.declaration.Unit;
import cn.jixiao.kernel.declaration.UpdateProjectFundsCommand;
import cn.jixiao.kernel.declaration.UpdateProjectRationaleCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.jixiao.kernel.declaration.ProjectSample.ID;
import static org.assertj.core.api.Assertions.assertThat;

/** The sample project typed command by command through a real Axon configuration: 50 events, so a snapshot. */
class ProjectSnapshotTest {

    private final TestTenant tenant = new TestTenant();
    private final PersonRef filerRef = ProjectSample.FILER;
    private final Actor filer = Given.actor(filerRef, ProjectSample.UNIT_CODE, Role.FILER);

    @AfterEach
    void tearDown() {
        tenant.close();
    }

    @Test
    void aProjectLoadedFromItsSnapshotKeepsItsProjectPartAndGoesToTheCompetentDepartment() {
        typed().forEach(command -> tenant.send(filer, command, Map.of()).block());
        assertThat(tenant.hasSnapshot(ID)).isTrue();

        Long submitted = tenant.<Long>send(filer, new SubmitDeclarationCommand(ID, filerRef, null), Map.of()).block();
        PersonRef competent = new PersonRef("u-gov", "张主管");
        Long passed = tenant.<Long>send(Given.actor(competent, null, Role.COMPETENT_REVIEWER),
                new ReviewAsCompetentDepartmentCommand(ID, ReviewDecision.PASS, "同意上报", competent, null), Map.of()).block();

        assertThat(submitted).isEqualTo(ProjectSample.events().size() + 2);
        assertThat(passed).isEqualTo(tenant.events(ID).size());
        DeclarationForm form = DeclarationForm.replay(tenant.events(ID));
        assertThat(form.project()).isEqualTo(ProjectSample.form().project());
    }

    private static List<DeclarationCommand> typed() {
        List<DeclarationCommand> commands = new ArrayList<>(List.of(
                new CreateProjectDeclarationCommand(ID, ProjectSample.YEAR, Edition.E2021,
                        new Unit(ProjectSample.UNIT_CODE, ProjectSample.UNIT_NAME), ProjectSample.INFO, "尹晖",
                        ProjectSample.FILER),
                new UpdateProjectFundsCommand(ID, ProjectSample.FUNDS, null),
                new UpdateProjectRationaleCommand(ID, ProjectSample.RATIONALE, null),
                new AddProjectTargetCommand(ID, ProjectSample.goalId(TargetTerm.MEDIUM_TERM), TargetTerm.MEDIUM_TERM,
                        ProjectSample.MEDIUM_TERM_TEXT, null),
                new AddProjectTargetCommand(ID, ProjectSample.goalId(TargetTerm.ANNUAL), TargetTerm.ANNUAL,
                        ProjectSample.ANNUAL_TEXT, null)));
        for (int i = 0; i < ProjectSample.INDICATORS.size(); i++) {
            ProjectSample.Row row = ProjectSample.INDICATORS.get(i);
            GoalId goal = ProjectSample.goalId(row.term());
            commands.add(new AddProjectIndicatorCommand(ID, goal, ProjectSample.indicatorId(i), row.level1(), row.level2(),
                    row.name(), TargetValue.parse(row.target()), row.core(), row.basis(), row.lastYear(), null));
        }
        return commands;
    }
}
