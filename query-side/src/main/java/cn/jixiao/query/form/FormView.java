package cn.jixiao.query.form;

import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.declaration.Comparator;
import cn.jixiao.kernel.declaration.Contact;
import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.kernel.declaration.DeclarationStatus;
import cn.jixiao.kernel.declaration.Edition;
import cn.jixiao.kernel.declaration.Expenditure;
import cn.jixiao.kernel.declaration.Income;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.ProjectFunds;
import cn.jixiao.kernel.declaration.ProjectInfo;
import cn.jixiao.kernel.declaration.ProjectRationale;
import cn.jixiao.kernel.declaration.TargetTerm;
import cn.jixiao.kernel.declaration.ValueBasis;
import cn.jixiao.kernel.declaration.ReviewDecision;
import cn.jixiao.kernel.declaration.ReviewStage;
import cn.jixiao.kernel.declaration.Staffing;
import cn.jixiao.kernel.declaration.TargetKind;
import cn.jixiao.kernel.declaration.ThreePublic;
import cn.jixiao.kernel.declaration.Unit;

import java.util.List;

/**
 * The form as {@code GET /declarations/{id}} returns it (api.md), and as the read model stores it: the same
 * record, so what is stored is exactly what is served. Amounts are decimal strings (the kernel's {@link
 * cn.jixiao.kernel.declaration.Amount} serializes so); times are {@link IsoTimes} strings.
 */
public record FormView(String id, int year, DeclarationKind kind, DeclarationStatus status, long version, int revision,
                       Edition edition, Unit unit, String filingUnit, String leader, Contact contact,
                       Staffing staffing, String functions, Income income, Expenditure expenditure,
                       ThreePublic threePublic, String overallGoal, List<GoalView> goals, String notes,
                       List<ReviewView> reviews, String updatedAt, ProjectView project) {

    /** {@code term}: a project form's 总目标 (MEDIUM_TERM) or 年度目标 (ANNUAL); null on a department-wide form. */
    public record GoalView(String id, int number, String description, List<IndicatorView> indicators,
                           TargetTerm term) {
    }

    /** {@code core}, {@code basis}, {@code lastYearValue}: a project indicator's details; null on a department-wide form. */
    public record IndicatorView(String id, Level1 level1, Level2 level2, String name, TargetView target,
                                Boolean core, ValueBasis basis, String lastYearValue) {
    }

    /** The sections only a project form has (null on a department-wide form); amounts are decimal strings. */
    public record ProjectView(ProjectInfo info, ProjectFunds funds, ProjectRationale rationale) {
    }

    /** A target value with its number as a decimal string, like amounts. */
    public record TargetView(String text, Comparator comparator, String value, String unit, TargetKind kind) {
    }

    public record ReviewView(ReviewStage stage, ReviewDecision decision, String opinion, PersonRef reviewer,
                             String at) {
    }
}
