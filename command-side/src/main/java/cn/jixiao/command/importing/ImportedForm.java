package cn.jixiao.command.importing;

import cn.jixiao.kernel.declaration.Contact;
import cn.jixiao.kernel.declaration.Edition;
import cn.jixiao.kernel.declaration.Expenditure;
import cn.jixiao.kernel.declaration.Income;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.ProjectFunds;
import cn.jixiao.kernel.declaration.ProjectInfo;
import cn.jixiao.kernel.declaration.ProjectRationale;
import cn.jixiao.kernel.declaration.ValueBasis;
import cn.jixiao.kernel.declaration.ReviewStage;
import cn.jixiao.kernel.declaration.Staffing;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.declaration.ThreePublic;

import java.time.LocalDate;
import java.util.List;

/**
 * What an uploaded form says, whatever its file format: the intermediate the three parsers share and the import
 * turns into the commands a filer would send. Absent text is {@code ""}, a blank amount zero, an absent staff
 * count null.
 */
public record ImportedForm(int year, String unitName, String filingUnit, String leader, Contact contact,
                           Staffing staffing, String functions, Income income, Expenditure expenditure,
                           ThreePublic threePublic, String overallGoal, List<ImportedGoal> goals, String notes,
                           List<ReviewBlock> reviews, ImportedProject project) {

    public ImportedForm {
        goals = List.copyOf(goals);
        reviews = List.copyOf(reviews);
    }

    /** A department-wide form: no project sections. */
    public ImportedForm(int year, String unitName, String filingUnit, String leader, Contact contact,
                        Staffing staffing, String functions, Income income, Expenditure expenditure,
                        ThreePublic threePublic, String overallGoal, List<ImportedGoal> goals, String notes,
                        List<ReviewBlock> reviews) {
        this(year, unitName, filingUnit, leader, contact, staffing, functions, income, expenditure, threePublic,
                overallGoal, goals, notes, reviews, null);
    }

    /**
     * The sections of a project form (项目支出): its goals are then goal 1, the 总目标, and goal 2, the 年度目标.
     * Null for a department-wide form.
     */
    public record ImportedProject(ProjectInfo info, ProjectFunds funds, ProjectRationale rationale) {
    }

    /** 目标N with its indicators in form order. */
    public record ImportedGoal(int number, String description, List<ImportedIndicator> indicators) {
        public ImportedGoal {
            indicators = List.copyOf(indicators);
        }
    }

    /** {@code core}, {@code basis}, {@code lastYearValue}: a project form's columns (★, 指标值设定依据, 上年指标值). */
    public record ImportedIndicator(Level1 level1, Level2 level2, String name, TargetValue target, boolean core,
                                    ValueBasis basis, String lastYearValue) {

        public ImportedIndicator(Level1 level1, Level2 level2, String name, TargetValue target) {
            this(level1, level2, name, target, false, null, "");
        }
    }

    /** A filled review block (审核意见): the opinion, who signed and when, as far as the form says. */
    public record ReviewBlock(ReviewStage stage, String opinion, String reviewer, LocalDate date) {
    }

    /**
     * The edition the form follows, when its indicators tell: cost under output is 2020, cost as level 1 is
     * 2021. Null leaves it to the year's default.
     */
    public Edition edition() {
        List<ImportedIndicator> all = goals.stream().flatMap(goal -> goal.indicators().stream()).toList();
        if (all.stream().anyMatch(indicator -> indicator.level1() == Level1.COST)) {
            return Edition.E2021;
        }
        if (all.stream().anyMatch(indicator -> indicator.level2() == Level2.COST)) {
            return Edition.E2020;
        }
        return null;
    }

    public int indicatorCount() {
        return goals.stream().mapToInt(goal -> goal.indicators().size()).sum();
    }
}
