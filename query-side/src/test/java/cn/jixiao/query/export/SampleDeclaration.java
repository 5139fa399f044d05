package cn.jixiao.query.export;

import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.BasicInfoUpdatedEvent;
import cn.jixiao.kernel.declaration.BudgetUpdatedEvent;
import cn.jixiao.kernel.declaration.BusinessReviewPassedEvent;
import cn.jixiao.kernel.declaration.Contact;
import cn.jixiao.kernel.declaration.DeclarationApprovedEvent;
import cn.jixiao.kernel.declaration.DeclarationCreatedEvent;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.kernel.declaration.DeclarationSubmittedEvent;
import cn.jixiao.kernel.declaration.Edition;
import cn.jixiao.kernel.declaration.Expenditure;
import cn.jixiao.kernel.declaration.FunctionsUpdatedEvent;
import cn.jixiao.kernel.declaration.GoalAddedEvent;
import cn.jixiao.kernel.declaration.GoalId;
import cn.jixiao.kernel.declaration.Income;
import cn.jixiao.kernel.declaration.IndicatorAddedEvent;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.NotesUpdatedEvent;
import cn.jixiao.kernel.declaration.OverallGoalUpdatedEvent;
import cn.jixiao.kernel.declaration.Staffing;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.declaration.ThreePublic;
import cn.jixiao.kernel.declaration.Unit;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

import java.util.ArrayList;
import java.util.List;

/** A filled form as events: two goals over both editions' level-2 names, exact amounts, then an approval. */
final class SampleDeclaration {

    static final DeclarationId ID = DeclarationId.forUnit("430412001", 2020, DeclarationKind.DEPARTMENT);
    static final PersonRef FILER = new PersonRef("u-1", "旷文倩");
    static final PersonRef BUSINESS = new PersonRef("u-5", "业务股李四");
    static final PersonRef PERFORMANCE = new PersonRef("u-6", "绩效股王五");

    private SampleDeclaration() {
    }

    static List<DeclarationEvent> filledIn() {
        List<DeclarationEvent> events = new ArrayList<>();
        events.add(new DeclarationCreatedEvent(ID, 2020, DeclarationKind.DEPARTMENT, Edition.E2020,
                new Unit("430412001", "衡阳市南岳区祝融街道办事处"), "南岳区祝融街道办事处", "尹晖", FILER));
        events.add(new BasicInfoUpdatedEvent(ID, "南岳区祝融街道办事处", "尹晖", new Contact("旷文倩", "18216015913"),
                new Staffing(23, 29)));
        events.add(new FunctionsUpdatedEvent(ID, "1、宣传贯彻落实法律法规。\n2、促进经济发展，增加居民收入。"));
        events.add(new BudgetUpdatedEvent(ID,
                new Income(amount("649.4"), amount("649.4"), Amount.ZERO, Amount.ZERO, Amount.ZERO),
                new Expenditure(amount("649.4"), amount("210.6"), amount("438.8")),
                new ThreePublic(amount("8.0001"), amount("7"), Amount.ZERO, amount("1.0001"))));
        events.add(new OverallGoalUpdatedEvent(ID, "在今年收支预算内，确保完成以下整体目标："));
        GoalId first = GoalId.of("g1");
        GoalId second = GoalId.of("g2");
        events.add(new GoalAddedEvent(ID, first, "实施城中村改造重点工程项目"));
        events.add(indicator(first, "i1", Level1.OUTPUT, Level2.QUANTITY, "鑫聚缘二期土地出让面积", "=8.73亩"));
        events.add(indicator(first, "i2", Level1.OUTPUT, Level2.QUANTITY, "配套基础设施项目建设", "≥90%"));
        events.add(indicator(first, "i3", Level1.OUTPUT, Level2.COST, "应返还开发商土地出让收入", "≤296.8725万元"));
        events.add(indicator(first, "i4", Level1.BENEFIT, Level2.ECOLOGICAL, "城市道路环境改善", "有效提高"));
        events.add(indicator(first, "i5", Level1.BENEFIT, Level2.SOCIAL, "改善城市整体容貌", "有明显改善"));
        events.add(indicator(first, "i6", Level1.SATISFACTION, Level2.SATISFACTION, "拆迁户满意度", "≥95%"));
        events.add(new GoalAddedEvent(ID, second, "保障四个社区退休人员养老金及生活补贴。"));
        events.add(indicator(second, "i7", Level1.OUTPUT, Level2.TIMELINESS, "补贴发放时间", "=全年"));
        events.add(indicator(second, "i8", Level1.BENEFIT, Level2.SUSTAINABILITY, "是否持续发放补贴", "是"));
        events.add(new NotesUpdatedEvent(ID, "无"));
        return events;
    }

    static List<DeclarationEvent> approved() {
        List<DeclarationEvent> events = new ArrayList<>(filledIn());
        events.add(new DeclarationSubmittedEvent(ID, 1, List.of(), FILER));
        events.add(new BusinessReviewPassedEvent(ID, "预算与目标匹配", BUSINESS));
        events.add(new DeclarationApprovedEvent(ID, "同意", PERFORMANCE));
        return events;
    }

    static EventStore storeWith(List<DeclarationEvent> events) {
        EventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        for (int i = 0; i < events.size(); i++) {
            store.publish(new GenericDomainEventMessage<>("Declaration", ID.toString(), i, events.get(i)));
        }
        return store;
    }

    private static IndicatorAddedEvent indicator(GoalId goal, String id, Level1 level1, Level2 level2, String name,
                                                 String target) {
        return new IndicatorAddedEvent(ID, goal, IndicatorId.of(id), level1, level2, name, TargetValue.parse(target));
    }

    private static Amount amount(String value) {
        return Amount.of(value);
    }
}
