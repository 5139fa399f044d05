package cn.jixiao.query.history;

import cn.jixiao.kernel.declaration.AdjustmentStartedEvent;
import cn.jixiao.kernel.declaration.ApprovedOnPaperRecordedEvent;
import cn.jixiao.kernel.declaration.BasicInfoUpdatedEvent;
import cn.jixiao.kernel.declaration.BudgetUpdatedEvent;
import cn.jixiao.kernel.declaration.BusinessReviewPassedEvent;
import cn.jixiao.kernel.declaration.DeclarationApprovedEvent;
import cn.jixiao.kernel.declaration.DeclarationCreatedEvent;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.declaration.DeclarationReturnedEvent;
import cn.jixiao.kernel.declaration.DeclarationSubmittedEvent;
import cn.jixiao.kernel.declaration.FunctionsUpdatedEvent;
import cn.jixiao.kernel.declaration.CompetentReviewPassedEvent;
import cn.jixiao.kernel.declaration.CompetentReviewRequestedEvent;
import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.kernel.declaration.IndicatorDetailsSetEvent;
import cn.jixiao.kernel.declaration.ProjectFundsUpdatedEvent;
import cn.jixiao.kernel.declaration.ProjectInfoUpdatedEvent;
import cn.jixiao.kernel.declaration.ProjectRationaleUpdatedEvent;
import cn.jixiao.kernel.declaration.ProjectTargetAddedEvent;
import cn.jixiao.kernel.declaration.GoalAddedEvent;
import cn.jixiao.kernel.declaration.GoalId;
import cn.jixiao.kernel.declaration.GoalRemovedEvent;
import cn.jixiao.kernel.declaration.GoalRevisedEvent;
import cn.jixiao.kernel.declaration.IndicatorAddedEvent;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.declaration.IndicatorRemovedEvent;
import cn.jixiao.kernel.declaration.IndicatorRevisedEvent;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.NotesUpdatedEvent;
import cn.jixiao.kernel.declaration.OverallGoalUpdatedEvent;
import cn.jixiao.kernel.declaration.ReviewStage;
import cn.jixiao.kernel.declaration.TargetValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * One line in Chinese per event, for the edit history. Java 17 has no pattern switch, so exhaustiveness over the
 * sealed {@link DeclarationEvent} is enforced when this class loads: a permitted event without a summary fails
 * the first history request and the test suite at once, never silently.
 *
 * <p>Removals carry only ids; {@link Names} remembers what earlier events called goals and indicators, so the
 * line can say which one went.
 */
final class EventSummaries {

    private static final int SHORT = 30;
    private static final Map<Class<?>, BiFunction<DeclarationEvent, Names, String>> SUMMARIES = new HashMap<>();

    static {
        on(DeclarationCreatedEvent.class, (e, n) -> "创建" + e.year() + "年度" + kindLabel(e.kind()) + "绩效目标申报表（" + e.unit().name()
                + (e.edition() == null ? "" : "，" + e.edition().code() + "版指标体系") + "）");
        on(BasicInfoUpdatedEvent.class, (e, n) -> "修改基本信息（填报单位 " + text(e.filingUnit()) + "，单位负责人 " + text(e.leader())
                + (e.contact() == null ? "" : "，联系人 " + text(e.contact().name()) + " " + text(e.contact().phone()))
                + (e.staffing() == null ? "" : "，编制 " + e.staffing().authorized() + " 人，实有 " + e.staffing().actual() + " 人") + "）");
        on(FunctionsUpdatedEvent.class, (e, n) -> "修改部门职能（" + length(e.text()) + "字）");
        on(BudgetUpdatedEvent.class, (e, n) -> "修改预算：收入合计 " + e.income().total() + "万元，支出合计 " + e.expenditure().total()
                + "万元，三公经费 " + e.threePublic().total() + "万元");
        on(OverallGoalUpdatedEvent.class, (e, n) -> "修改年度总体目标「" + shorten(e.text()) + "」");
        on(NotesUpdatedEvent.class, (e, n) -> "修改其他需要说明的问题（" + length(e.text()) + "字）");
        on(GoalAddedEvent.class, (e, n) -> "新增目标" + n.addGoal(e.goalId(), e.description()) + "「" + shorten(e.description()) + "」");
        on(GoalRevisedEvent.class, (e, n) -> "修改目标" + n.reviseGoal(e.goalId(), e.description()) + "「" + shorten(e.description()) + "」");
        on(GoalRemovedEvent.class, (e, n) -> "删除目标" + n.removeGoal(e.goalId()));
        on(IndicatorAddedEvent.class, (e, n) -> "新增指标" + indicator(n.nameIndicator(e.indicatorId(), e.name()), e.level1(), e.level2(), e.target()));
        on(IndicatorRevisedEvent.class, (e, n) -> "修改指标" + indicator(n.nameIndicator(e.indicatorId(), e.name()), e.level1(), e.level2(), e.target()));
        on(IndicatorRemovedEvent.class, (e, n) -> "删除指标「" + n.indicatorName(e.indicatorId()) + "」");
        on(DeclarationSubmittedEvent.class, (e, n) -> "提交第" + e.revision() + "版，"
                + (e.warnings() == null || e.warnings().isEmpty() ? "无提醒" : "含" + e.warnings().size() + "条提醒"));
        on(BusinessReviewPassedEvent.class, (e, n) -> "业务股室审核通过" + opinion(e.opinion()));
        on(DeclarationReturnedEvent.class, (e, n) -> section(e.stage()) + "退回修改" + opinion(e.opinion()));
        on(DeclarationApprovedEvent.class, (e, n) -> "监督绩效股批复" + opinion(e.opinion()));
        on(AdjustmentStartedEvent.class, (e, n) -> "发起调整，理由：" + shorten(e.reason()));
        on(ApprovedOnPaperRecordedEvent.class, (e, n) -> "补录纸质批复" + opinion(e.note()));
        on(ProjectInfoUpdatedEvent.class, (e, n) -> e.info() == null ? "修改项目信息" : "修改项目信息（" + text(e.info().name())
                + "，编码 " + text(e.info().code()) + "，实施期限 " + text(e.info().startMonth()) + " 至 " + text(e.info().endMonth()) + "）");
        on(ProjectFundsUpdatedEvent.class, (e, n) -> e.funds() == null ? "修改项目资金" : "修改项目资金：年度资金总额 "
                + e.funds().total() + "万元（财政拨款 " + e.funds().fiscal() + "万元）");
        on(ProjectRationaleUpdatedEvent.class, (e, n) -> "修改立项依据与实施计划（"
                + (e.rationale() == null ? 0 : e.rationale().plan().size()) + "行计划）");
        on(ProjectTargetAddedEvent.class, (e, n) -> "新增" + (e.term() == null ? "目标" : e.term().label())
                + n.addGoal(e.goalId(), e.description()) + "「" + shorten(e.description()) + "」");
        on(IndicatorDetailsSetEvent.class, (e, n) -> "设置指标「" + n.indicatorName(e.indicatorId()) + "」"
                + (e.core() ? "为核心指标★" : "（非核心指标）") + (e.basis() == null ? "" : "，依据" + e.basis().label()));
        on(CompetentReviewRequestedEvent.class, (e, n) -> "送主管部门审核");
        on(CompetentReviewPassedEvent.class, (e, n) -> "主管部门审核通过" + opinion(e.opinion()));
        for (Class<?> permitted : DeclarationEvent.class.getPermittedSubclasses()) {
            if (!SUMMARIES.containsKey(permitted)) {
                throw new IllegalStateException("编辑历史缺少事件摘要: " + permitted.getSimpleName());
            }
        }
    }

    private EventSummaries() {
    }

    @SuppressWarnings("unchecked")
    private static <E extends DeclarationEvent> void on(Class<E> type, BiFunction<E, Names, String> summary) {
        SUMMARIES.put(type, (event, names) -> summary.apply((E) event, names));
    }

    static String summarize(DeclarationEvent event, Names names) {
        return SUMMARIES.get(event.getClass()).apply(event, names);
    }

    static boolean covers(Class<?> type) {
        return SUMMARIES.containsKey(type);
    }

    private static String indicator(String name, Level1 level1, Level2 level2, TargetValue target) {
        return "「" + name + "」（" + level1.label() + "/" + level2.label() + "，目标值 " + (target == null ? "" : target.text()) + "）";
    }

    private static String section(ReviewStage stage) {
        if (stage == ReviewStage.COMPETENT) {
            return "主管部门";
        }
        return stage == ReviewStage.BUSINESS ? "业务股室" : "监督绩效股";
    }

    private static String kindLabel(DeclarationKind kind) {
        return kind == DeclarationKind.PROJECT ? "项目支出" : "部门整体";
    }

    private static String opinion(String opinion) {
        return opinion == null || opinion.isBlank() ? "" : "：" + shorten(opinion);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "（空）" : value;
    }

    private static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return length(oneLine) <= SHORT ? oneLine : oneLine.substring(0, oneLine.offsetByCodePoints(0, SHORT)) + "…";
    }

    /** Goal numbers and indicator names as the events so far left them. */
    static final class Names {
        private final List<GoalId> goals = new ArrayList<>();
        private final Map<GoalId, String> goalTexts = new HashMap<>();
        private final Map<IndicatorId, String> indicators = new HashMap<>();

        int addGoal(GoalId goal, String description) {
            goals.add(goal);
            goalTexts.put(goal, description);
            return goals.size();
        }

        String reviseGoal(GoalId goal, String description) {
            goalTexts.put(goal, description);
            return number(goal);
        }

        String removeGoal(GoalId goal) {
            String removed = number(goal) + "「" + shorten(goalTexts.getOrDefault(goal, goal.value())) + "」";
            goals.remove(goal);
            return removed;
        }

        String nameIndicator(IndicatorId indicator, String name) {
            indicators.put(indicator, name);
            return name;
        }

        String indicatorName(IndicatorId indicator) {
            return indicator == null ? "" : indicators.getOrDefault(indicator, indicator.value());
        }

        private String number(GoalId goal) {
            int index = goals.indexOf(goal);
            return index < 0 ? "" : String.valueOf(index + 1);
        }
    }
}
