package cn.jixiao.kernel.declaration;

import cn.jixiao.kernel.actor.PersonRef;

import java.util.ArrayList;
import java.util.List;

import static cn.jixiao.kernel.declaration.Level1.BENEFIT;
import static cn.jixiao.kernel.declaration.Level1.COST;
import static cn.jixiao.kernel.declaration.Level1.OUTPUT;
import static cn.jixiao.kernel.declaration.Level1.SATISFACTION;
import static cn.jixiao.kernel.declaration.TargetTerm.ANNUAL;
import static cn.jixiao.kernel.declaration.TargetTerm.MEDIUM_TERM;

/**
 * A project form typed from the provinces' 项目支出绩效目标申报表 template (2021 edition): the seed street office's
 * community service project, a continuing one, two indicators per second-level category in its annual target and
 * in its medium-term one. The one copy: the kernel's tests read it as events, the command side and deploy
 * (through this module's test-jar) as the requests and files a filer sends. Ids derive from positions.
 */
public final class ProjectSample {

    public static final int YEAR = 2021;
    public static final String UNIT_CODE = "430412001";
    public static final String UNIT_NAME = "衡阳市南岳区祝融街道办事处";
    public static final String PROJECT_CODE = "43041221A000001";
    public static final DeclarationId ID = DeclarationId.forProject(UNIT_CODE, PROJECT_CODE, YEAR);
    public static final PersonRef FILER = new PersonRef("demo-filer", "旷文倩");

    public static final ProjectInfo INFO = new ProjectInfo("祝融街道社区综合服务项目", PROJECT_CODE,
            ProjectAttribute.CONTINUING, "衡阳市南岳区人民政府", UNIT_NAME, new Contact("尹晖", "0734-5662102"),
            "2021-01", "2021-12");
    public static final ProjectFunds FUNDS = new ProjectFunds(Amount.of("86.5"), Amount.of("80"), Amount.of("4.5"),
            Amount.of("2"), Amount.of("82"), Amount.of("79.35"));
    public static final ProjectRationale RATIONALE = new ProjectRationale(
            "《湖南省城市社区综合服务设施建设管理办法》；南岳区2021年民生实事项目安排",
            "辖区四个社区老年人口占比超过25%，居家养老、便民服务与社区活动需求持续增长，现有服务覆盖不足",
            "项目已连续实施两年，服务场地、人员与管理制度齐备，资金已纳入年度预算，具备实施条件",
            List.of(new PlanRow("制定年度服务计划并完成服务采购", "2021-01", "2021-03"),
                    new PlanRow("开展居家养老、便民服务与社区文体活动", "2021-03", "2021-11"),
                    new PlanRow("开展满意度调查与绩效自评", "2021-11", "2021-12")));

    public static final String MEDIUM_TERM_TEXT = "到2023年，建成覆盖辖区四个社区的综合服务网络，居家养老与便民服务常态化，居民满意度稳定在90%以上";
    public static final String ANNUAL_TEXT = "2021年为四个社区提供居家养老、便民与文体服务，服务老年人不少于1200人次，居民满意度不低于90%";

    /** One indicator line: target, levels, 三级指标, 指标值, ★, how the value was set, last year's value. */
    public record Row(TargetTerm term, Level1 level1, Level2 level2, String name, String target, boolean core,
                      ValueBasis basis, String lastYear) {
    }

    public static final List<Row> INDICATORS = List.of(
            new Row(MEDIUM_TERM, OUTPUT, Level2.QUANTITY, "覆盖社区数", "=4个", true, ValueBasis.PLAN, ""),
            new Row(MEDIUM_TERM, OUTPUT, Level2.QUANTITY, "建成社区服务站点数", "≥4个", false, ValueBasis.PLAN, ""),
            new Row(MEDIUM_TERM, COST, Level2.ECONOMIC_COST, "三年项目总成本", "≤260万元", false, ValueBasis.PLAN, ""),
            new Row(MEDIUM_TERM, COST, Level2.ECONOMIC_COST, "站点年均运行成本", "≤22万元", false, ValueBasis.HISTORY, ""),
            new Row(MEDIUM_TERM, BENEFIT, Level2.SOCIAL, "居家养老服务覆盖率", "≥80%", false, ValueBasis.INDUSTRY, ""),
            new Row(MEDIUM_TERM, BENEFIT, Level2.SOCIAL, "社区服务常态化机制", "建立", false, ValueBasis.OTHER, ""),
            new Row(MEDIUM_TERM, SATISFACTION, Level2.SATISFACTION, "居民满意度", "≥90%", false, ValueBasis.HISTORY, ""),
            new Row(MEDIUM_TERM, SATISFACTION, Level2.SATISFACTION, "老年人满意度", "≥90%", false, ValueBasis.HISTORY, ""),
            new Row(ANNUAL, OUTPUT, Level2.QUANTITY, "居家养老服务人次", "≥1200人次", true, ValueBasis.HISTORY, "1150人次"),
            new Row(ANNUAL, OUTPUT, Level2.QUANTITY, "社区文体活动场次", "≥24次", false, ValueBasis.PLAN, "20次"),
            new Row(ANNUAL, OUTPUT, Level2.QUALITY, "服务人员持证上岗率", "≥95%", false, ValueBasis.INDUSTRY, "95%"),
            new Row(ANNUAL, OUTPUT, Level2.QUALITY, "服务质量抽查合格率", "≥95%", false, ValueBasis.INDUSTRY, "92%"),
            new Row(ANNUAL, OUTPUT, Level2.TIMELINESS, "服务采购完成时间", "≤3月", false, ValueBasis.PLAN, ""),
            new Row(ANNUAL, OUTPUT, Level2.TIMELINESS, "资金支付及时率", "≥95%", false, ValueBasis.PLAN, "90%"),
            new Row(ANNUAL, COST, Level2.ECONOMIC_COST, "项目年度成本", "≤86.5万元", true, ValueBasis.PLAN, "82万元"),
            new Row(ANNUAL, COST, Level2.ECONOMIC_COST, "人均服务成本", "≤600元/人次", false, ValueBasis.HISTORY, "620元/人次"),
            new Row(ANNUAL, BENEFIT, Level2.SOCIAL, "独居老人定期探访率", "≥90%", false, ValueBasis.PLAN, "85%"),
            new Row(ANNUAL, BENEFIT, Level2.SOCIAL, "社区矛盾纠纷调解成功率", "≥95%", false, ValueBasis.HISTORY, "95%"),
            new Row(ANNUAL, BENEFIT, Level2.SUSTAINABILITY, "志愿者服务队伍人数", "≥60人", false, ValueBasis.PLAN, "50人"),
            new Row(ANNUAL, BENEFIT, Level2.SUSTAINABILITY, "服务制度完善程度", "完善", false, ValueBasis.OTHER, ""),
            new Row(ANNUAL, SATISFACTION, Level2.SATISFACTION, "服务对象满意度", "≥90%", true, ValueBasis.HISTORY, "90%"),
            new Row(ANNUAL, SATISFACTION, Level2.SATISFACTION, "社区居民满意度", "≥90%", false, ValueBasis.HISTORY, "88%"));

    private ProjectSample() {
    }

    public static GoalId goalId(TargetTerm term) {
        return GoalId.of("project-" + term.name().toLowerCase());
    }

    public static IndicatorId indicatorId(int index) {
        return IndicatorId.of("project-ind-" + (index + 1));
    }

    public static DeclarationCreatedEvent created() {
        return created(YEAR);
    }

    /** The same project's form of another year (a continuing project files one each year). */
    public static DeclarationCreatedEvent created(int year) {
        return new DeclarationCreatedEvent(idOf(year), year, DeclarationKind.PROJECT, Edition.E2021,
                new Unit(UNIT_CODE, UNIT_NAME), UNIT_NAME, "尹晖", FILER);
    }

    public static DeclarationId idOf(int year) {
        return DeclarationId.forProject(UNIT_CODE, PROJECT_CODE, year);
    }

    /** The whole form as a filer types it: project section, funds, rationale, both targets with their indicators. */
    public static List<DeclarationEvent> events() {
        return events(YEAR);
    }

    /** The same form filed for {@code year}. */
    public static List<DeclarationEvent> events(int year) {
        DeclarationId id = idOf(year);
        List<DeclarationEvent> events = new ArrayList<>(List.of(created(year), new ProjectInfoUpdatedEvent(id, INFO),
                new ProjectFundsUpdatedEvent(id, FUNDS), new ProjectRationaleUpdatedEvent(id, RATIONALE),
                new ProjectTargetAddedEvent(id, goalId(MEDIUM_TERM), MEDIUM_TERM, MEDIUM_TERM_TEXT),
                new ProjectTargetAddedEvent(id, goalId(ANNUAL), ANNUAL, ANNUAL_TEXT)));
        for (int i = 0; i < INDICATORS.size(); i++) {
            Row row = INDICATORS.get(i);
            events.add(new IndicatorAddedEvent(id, goalId(row.term()), indicatorId(i), row.level1(), row.level2(),
                    row.name(), TargetValue.parse(row.target())));
            events.add(new IndicatorDetailsSetEvent(id, goalId(row.term()), indicatorId(i), row.core(), row.basis(),
                    row.lastYear()));
        }
        return events;
    }

    public static DeclarationForm form() {
        return DeclarationForm.replay(events());
    }
}
