package cn.jixiao.command.declaration;

import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.MetadataKeys;
import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.BasicInfoUpdatedEvent;
import cn.jixiao.kernel.declaration.BusinessReviewPassedEvent;
import cn.jixiao.kernel.declaration.Contact;
import cn.jixiao.kernel.declaration.DeclarationApprovedEvent;
import cn.jixiao.kernel.declaration.DeclarationCreatedEvent;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.kernel.declaration.DeclarationSubmittedEvent;
import cn.jixiao.kernel.declaration.Edition;
import cn.jixiao.kernel.declaration.GoalAddedEvent;
import cn.jixiao.kernel.declaration.GoalId;
import cn.jixiao.kernel.declaration.IndicatorAddedEvent;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.Staffing;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.declaration.Unit;
import cn.jixiao.kernel.tenant.TenantId;
import org.axonframework.messaging.MetaData;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** People, metadata and event histories the aggregate tests start from. */
final class Given {

    static final String UNIT = "430412-ZRJD";
    static final int YEAR = 2020;
    static final DeclarationId ID = DeclarationId.forUnit(UNIT, YEAR, DeclarationKind.DEPARTMENT);
    static final TenantId TENANT = TenantId.of("nanyue");
    static final PersonRef FILER = new PersonRef("u-kuang", "旷文倩");
    static final PersonRef BUSINESS_REVIEWER = new PersonRef("u-li", "李审核");
    static final PersonRef PERFORMANCE_REVIEWER = new PersonRef("u-wang", "王绩效");
    static final PersonRef ADMIN = new PersonRef("u-admin", "管理员");
    static final GoalId GOAL = GoalId.of("goal-1");
    static final IndicatorId INDICATOR = IndicatorId.of("ind-1-1");

    private Given() {
    }

    static Actor actor(PersonRef person, String unit, Role... roles) {
        return new Actor(person.id(), person.name(), Set.of(roles), TENANT, unit);
    }

    static MetaData as(PersonRef person, String unit, Role... roles) {
        return MetaData.from(MetadataKeys.forActor(actor(person, unit, roles)));
    }

    static MetaData asFiler() {
        return as(FILER, UNIT, Role.FILER);
    }

    static MetaData asBusinessReviewer() {
        return as(BUSINESS_REVIEWER, null, Role.BUSINESS_REVIEWER);
    }

    static MetaData asPerformanceReviewer() {
        return as(PERFORMANCE_REVIEWER, null, Role.PERFORMANCE_REVIEWER);
    }

    static DeclarationCreatedEvent created() {
        return new DeclarationCreatedEvent(ID, YEAR, DeclarationKind.DEPARTMENT, Edition.E2020,
                new Unit(UNIT, "衡阳市南岳区祝融街道办事处"), "南岳区祝融街道办事处", "尹晖", FILER);
    }

    /** The smallest form without errors: contact, one goal, one indicator. */
    static List<DeclarationEvent> draft() {
        return List.of(created(),
                new BasicInfoUpdatedEvent(ID, "南岳区祝融街道办事处", "尹晖", new Contact("旷文倩", "18216015913"),
                        new Staffing(23, 20)),
                new GoalAddedEvent(ID, GOAL, "保障社区正常运转"),
                new IndicatorAddedEvent(ID, GOAL, INDICATOR, Level1.OUTPUT, Level2.QUANTITY, "辖区内社区数量",
                        TargetValue.parse("=4个社区")));
    }

    static List<DeclarationEvent> submitted() {
        return plus(draft(), new DeclarationSubmittedEvent(ID, 1, List.of(), FILER));
    }

    static List<DeclarationEvent> businessReviewed() {
        return plus(submitted(), new BusinessReviewPassedEvent(ID, "同意", BUSINESS_REVIEWER));
    }

    static List<DeclarationEvent> approved() {
        return plus(businessReviewed(), new DeclarationApprovedEvent(ID, "同意批复", PERFORMANCE_REVIEWER));
    }

    static List<DeclarationEvent> plus(List<DeclarationEvent> history, DeclarationEvent... more) {
        List<DeclarationEvent> events = new ArrayList<>(history);
        events.addAll(List.of(more));
        return events;
    }
}
