package cn.jixiao.query.comparison;

import cn.jixiao.kernel.declaration.AdjustmentStartedEvent;
import cn.jixiao.kernel.declaration.ApprovedOnPaperRecordedEvent;
import cn.jixiao.kernel.declaration.BusinessReviewPassedEvent;
import cn.jixiao.kernel.declaration.GoalId;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.query.dashboard.DeclarationStream;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Test fixture: unit 001 approved on paper for 2020 and through review for 2021. Between the years the income
 * and project budget grow, the basic budget shrinks; of goal 1 the training count is raised (≥12 → ≥15), the cost
 * per head is lowered in ambition (≤6 → ≤7 万元/人), satisfaction stays, one indicator is dropped and one is new.
 */
final class TwoYearsOfZhurong {

    static final String UNIT = "001";

    final DeclarationStream year2020 = new DeclarationStream(UNIT, 2020);
    final DeclarationStream year2021 = new DeclarationStream(UNIT, 2021);

    List<DomainEventMessage<?>> events2020() {
        DeclarationStream s = year2020;
        GoalId goal = GoalId.random();
        List<DomainEventMessage<?>> events = new ArrayList<>(List.of(s.created(),
                s.budget("649.4", "210.6", "438.8", "7", "1"),
                s.goal(goal, "实施城中村改造重点工程项目"),
                s.indicator(goal, IndicatorId.random(), Level2.QUANTITY, "培训次数", "≥12次"),
                s.indicator(goal, IndicatorId.random(), Level2.COST, "人均成本", "≤6万元/人"),
                s.indicator(goal, IndicatorId.random(), Level2.SATISFACTION, "群众满意度", "≥90%"),
                s.indicator(goal, IndicatorId.random(), Level2.QUANTITY, "土地出让面积", "=8.73亩")));
        events.add(s.append(new ApprovedOnPaperRecordedEvent(s.id(), "纸质批复", DeclarationStream.REVIEWER,
                Instant.parse("2020-03-01T00:00:00Z"))));
        return events;
    }

    List<DomainEventMessage<?>> events2021() {
        DeclarationStream s = year2021;
        GoalId goal = GoalId.random();
        return List.of(s.created(),
                s.budget("700", "200", "500", "5", "1"),
                s.goal(goal, "实施城中村改造重点工程项目（续）"),
                s.indicator(goal, IndicatorId.random(), Level2.QUANTITY, "培训次数", "≥15次"),
                s.indicator(goal, IndicatorId.random(), Level2.COST, "人均成本", "≤7万元/人"),
                s.indicator(goal, IndicatorId.random(), Level2.SATISFACTION, "群众满意度", "≥90%"),
                s.indicator(goal, IndicatorId.random(), Level2.TIMELINESS, "完工时间", "全年"),
                s.submitted(1),
                s.append(new BusinessReviewPassedEvent(s.id(), "同意", DeclarationStream.REVIEWER)),
                s.approved());
    }

    /** After approval of 2021 the filer reopens it and changes the budget: the approved figures must stay. */
    List<DomainEventMessage<?>> adjustment2021() {
        DeclarationStream s = year2021;
        return List.of(s.append(new AdjustmentStartedEvent(s.id(), "追加预算", DeclarationStream.FILER)),
                s.budget("900", "200", "700", "5", "1"));
    }
}
