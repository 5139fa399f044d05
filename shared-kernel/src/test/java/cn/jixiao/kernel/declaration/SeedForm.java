package cn.jixiao.kernel.declaration;

import cn.jixiao.kernel.actor.PersonRef;

import java.util.ArrayList;
import java.util.List;

import static cn.jixiao.kernel.declaration.Level1.BENEFIT;
import static cn.jixiao.kernel.declaration.Level1.OUTPUT;
import static cn.jixiao.kernel.declaration.Level1.SATISFACTION;

/**
 * The seed form (fixtures/zhurong-2020-declaration.txt: 衡阳市南岳区祝融街道办事处, 2020), transcribed by hand: 4 goals,
 * 44 indicators, exact amounts. The one copy of it: the kernel's tests read it as events ({@link #events()}) or as a
 * {@link DeclarationForm} ({@link #form()}); the command side, through this module's test-jar, as the commands a
 * filer sends and as what every import format must read to. Ids are derived from positions so tests can name them.
 */
public final class SeedForm {

    public static final int YEAR = 2020;
    public static final String UNIT_CODE = "430412-ZRJD";
    public static final DeclarationId ID = DeclarationId.forUnit(UNIT_CODE, YEAR, DeclarationKind.DEPARTMENT);
    public static final PersonRef FILER = new PersonRef("u-kuang", "旷文倩");

    public static final String UNIT_NAME = "衡阳市南岳区祝融街道办事处";
    public static final String FILING_UNIT = "南岳区祝融街道办事处";
    public static final String LEADER = "尹晖";
    public static final Contact CONTACT = new Contact("旷文倩", "18216015913");
    public static final Staffing STAFFING = new Staffing(23, 29);

    public static final String FUNCTIONS = "1、宣传贯彻落实法律法规和党的各项方针政策，坚持依法行政，推进民主政治发展，促进居民自治，加强基层党组织和政权建设。\n"
            + "2、促进经济发展，增加居民收入。加快城市建设管理，服务旅游经济发展。着力培养和发展现代旅游服务业，推动产业结构调整。促进民营经济发展，引导居民多渠道转移就业，增加居民收入，不断提高人民生活水平。\n"
            + "3、强化公共服务，着力改善民生。强化城区基础设施建设，改善居民生产生活条件。落实计划生育基本国策，推进优生优育，稳定低生育水平。促进义务教育发展，推动公共卫生体系和基本医疗体系建设，加强公共文化设施建设，丰富居民群众文化生活，发展体育事业，培养社会主义新型居民。做好防灾减灾、五保供养、优抚安置、低保、扶贫救济、养老保险和其他社会救助工作。发展老龄服务。加强残疾预防和残疾人康复工作。做好外出务工人员技能培训的服务工作，促进城乡劳动者平等就业。完善公共服务体系，形成管理有序、服务完善、文明祥和的社会生活共同体。\n"
            + "4、加强社会管理，维护社会稳定。加强民主法制建设，深入开展社区法制宣传教育，善于运用法制思维和法制方式做好“和谐社会创建”工作。加强社会治安综合治理，完善社区治安防控体系，保障人民生命财产安全。做好群众信访工作，畅通诉求渠道，及时掌握社情民意，排查化解矛盾纠纷，妥善处理人民内部矛盾。建立健全应急管理体制，提高危机处置能力。依法管理宗教事务，反对和制止利用宗教和宗教势力干预社区公共事务。协助区级有关部门做好安全生产、市场监管、劳动监察、环境卫生、水利建设等方面的工作。保证社会公正，维护社会秩序和社会稳定。\n"
            + "5、推动基层民主，促进社会和谐。加强社区党的基层组织建设、社区基层干部队伍建设、社区党员队伍建设。做好办事处人大、群团、国防教育、兵役、民兵等工作。指导居民自治、完善民主议事制度，推进居务公开、财务公开，引导居民有序参与社区事务管理，推动社区建设，促进社会组织健康发展，增强社会自治功能。\n"
            + "6、加强生态环境建设和保护，做好本行政区域内风景名胜资源的保护。\n"
            + "7、负责完成上级交办的其它工作任务。";

    /** Amounts in 万元 exactly as on the form; an empty cell is zero. */
    public static final Income INCOME =
            new Income(Amount.of("649.4"), Amount.of("649.4"), Amount.of(""), Amount.of(""), Amount.of(""));
    public static final Expenditure EXPENDITURE =
            new Expenditure(Amount.of("649.4"), Amount.of("210.6"), Amount.of("438.8"));
    public static final ThreePublic THREE_PUBLIC =
            new ThreePublic(Amount.of("8"), Amount.of("7"), Amount.of("0"), Amount.of("1"));

    public static final String OVERALL_GOAL = "在今年收支预算内，确保完成以下整体目标：";

    /** The sentence of 目标N at index N - 1. */
    public static final List<String> GOALS = List.of(
            "实施城中村改造重点工程项目，改善民生，保障西城区拆迁安置户房屋安全",
            "四个社区包干经费，保障街道社区（居委会）全年各项工作正常开展",
            "保障四个社区退休人员养老金及生活补贴，绩效考核奖金按时发放",
            "四个社区惠民项目资金，保障社区（居委会）各项惠民措施实施到位，民居生活环境得到提升。");

    /** One line of the indicator table: goal number, level 1, level 2, 三级指标内容, 三级指标目标值 as written. */
    public record Row(int goal, Level1 level1, Level2 level2, String name, String target) {
    }

    /** The indicator table in form order. */
    public static final List<Row> INDICATORS = List.of(
            row(1, OUTPUT, Level2.QUANTITY, "鑫聚缘二期土地出让面积", "=8.73亩"),
            row(1, OUTPUT, Level2.QUANTITY, "城中村项目配套基础设施项目建设", "≥90%"),
            row(1, OUTPUT, Level2.QUALITY, "规划、住建、环保、消防等部门专项验收合格率", "=100%"),
            row(1, OUTPUT, Level2.QUALITY, "工程综合验收合格率", "=100%"),
            row(1, OUTPUT, Level2.TIMELINESS, "按规定时间完成任务及时率", "≥90%"),
            row(1, OUTPUT, Level2.COST, "应返还开发商土地出让收入", "≤296.8725万元"),
            row(1, BENEFIT, Level2.ECONOMIC, "改善城市居民的住房条件", "有效提高"),
            row(1, BENEFIT, Level2.SOCIAL, "改善城市整体容貌", "有明显改善"),
            row(1, BENEFIT, Level2.ECOLOGICAL, "有助于城市交通道路环境改善", "有效提高"),
            row(1, BENEFIT, Level2.ECOLOGICAL, "改善城市居民的住房条件、改善城市道路环境", "有效提升"),
            row(1, BENEFIT, Level2.SUSTAINABILITY, "城市居民住房结构得到优化", "≥80%"),
            row(1, SATISFACTION, Level2.SATISFACTION, "拆迁户满意度", "≥95%"),
            row(2, OUTPUT, Level2.QUANTITY, "辖区内社区数量", "=4个社区"),
            row(2, OUTPUT, Level2.QUANTITY, "社区环境卫生整治", "=4个社区"),
            row(2, OUTPUT, Level2.QUANTITY, "辖区内社区工作人员数量", "=25人"),
            row(2, OUTPUT, Level2.QUALITY, "保障社区正常运转", "≥95%"),
            row(2, OUTPUT, Level2.TIMELINESS, "社区正常运转时间", "全年"),
            row(2, OUTPUT, Level2.TIMELINESS, "项目完成及时率", "≥95%"),
            row(2, OUTPUT, Level2.COST, "社区内小区正常运转各项总费用", "≤35万元"),
            row(2, OUTPUT, Level2.COST, "全年对每个社区工作人员补助标准", "≤6万元/人"),
            row(2, BENEFIT, Level2.ECONOMIC, "执行标的额到位率", "=100%"),
            row(2, BENEFIT, Level2.SOCIAL, "社区下辖的小区环境卫生得到改善", "≥90%"),
            row(2, BENEFIT, Level2.SUSTAINABILITY, "社区居民居住环境得到提升", "≥90%"),
            row(2, SATISFACTION, Level2.SATISFACTION, "小区居民满意度", "≥95%"),
            row(3, OUTPUT, Level2.QUANTITY, "社区退休人员补贴对象总人数", "=14人"),
            row(3, OUTPUT, Level2.QUALITY, "社区退休人员补贴发放及时率", "=100%"),
            row(3, OUTPUT, Level2.TIMELINESS, "社区退休人员补贴发放时间", "=全年"),
            row(3, OUTPUT, Level2.COST, "发放补贴、奖金等总经费", "≤42.8万元"),
            row(3, BENEFIT, Level2.ECONOMIC, "执行标的额到位率", "=100%"),
            row(3, BENEFIT, Level2.SOCIAL, "保障退休人员的基本生活支出", "≥90%"),
            row(3, BENEFIT, Level2.SUSTAINABILITY, "是否持续发放补贴", "是"),
            row(3, SATISFACTION, Level2.SATISFACTION, "社区退休人员满意度", "≥100%"),
            row(4, OUTPUT, Level2.QUANTITY, "惠民社区数量", "=4个社区"),
            row(4, OUTPUT, Level2.QUANTITY, "社区开展文体和文化活动", "≥12次"),
            row(4, OUTPUT, Level2.QUANTITY, "社区监控、健身器材等公共设备维修", "=4个社区"),
            row(4, OUTPUT, Level2.QUANTITY, "社区道路、围墙、栏杆等维修", "=4个社区"),
            row(4, OUTPUT, Level2.QUANTITY, "惠民项目在辖区内覆盖率", "=100%"),
            row(4, OUTPUT, Level2.QUALITY, "惠民项目完成合格率", "≥90%"),
            row(4, OUTPUT, Level2.TIMELINESS, "惠民项目完成及时率", "≥95%"),
            row(4, OUTPUT, Level2.COST, "每个社区全年惠民项目经费", "≤10万元/社区"),
            row(4, BENEFIT, Level2.ECONOMIC, "经费下发的到位率", "=100%"),
            row(4, BENEFIT, Level2.SOCIAL, "社区文化环境、公共设施得到改善", "≥90%"),
            row(4, BENEFIT, Level2.SUSTAINABILITY, "社区文化环境、各项指标提升", "≥90%"),
            row(4, SATISFACTION, Level2.SATISFACTION, "社区惠民群众满意度", "≥95%"));

    public static final String NOTES = "";

    private SeedForm() {
    }

    public static DeclarationForm form() {
        return DeclarationForm.replay(events());
    }

    public static List<DeclarationEvent> events() {
        List<DeclarationEvent> events = new ArrayList<>();
        events.add(new DeclarationCreatedEvent(ID, YEAR, DeclarationKind.DEPARTMENT, Edition.E2020,
                new Unit(UNIT_CODE, UNIT_NAME), FILING_UNIT, LEADER, FILER));
        events.add(new BasicInfoUpdatedEvent(ID, FILING_UNIT, LEADER, CONTACT, STAFFING));
        events.add(new FunctionsUpdatedEvent(ID, FUNCTIONS));
        events.add(new BudgetUpdatedEvent(ID, INCOME, EXPENDITURE, THREE_PUBLIC));
        events.add(new OverallGoalUpdatedEvent(ID, OVERALL_GOAL));
        for (int g = 1; g <= GOALS.size(); g++) {
            events.add(new GoalAddedEvent(ID, goalId(g), GOALS.get(g - 1)));
        }
        int[] perGoal = new int[GOALS.size() + 1];
        for (Row row : INDICATORS) {
            int g = row.goal();
            events.add(new IndicatorAddedEvent(ID, goalId(g), indicatorId(g, ++perGoal[g]), row.level1(),
                    row.level2(), row.name(), TargetValue.parse(row.target())));
        }
        events.add(new NotesUpdatedEvent(ID, NOTES));
        return events;
    }

    /** Goal number n (1-based). */
    public static GoalId goalId(int n) {
        return GoalId.of("goal-" + n);
    }

    /** Indicator i (1-based) of goal number g. */
    public static IndicatorId indicatorId(int g, int i) {
        return IndicatorId.of("ind-" + g + "-" + i);
    }

    /** Every target text of the form, in form order (44 of them). */
    public static List<String> targetTexts() {
        return INDICATORS.stream().map(Row::target).toList();
    }

    private static Row row(int goal, Level1 level1, Level2 level2, String name, String target) {
        return new Row(goal, level1, level2, name, target);
    }
}
