package cn.jixiao.command.importing;

import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import static cn.jixiao.kernel.declaration.Level1.BENEFIT;
import static cn.jixiao.kernel.declaration.Level1.OUTPUT;
import static cn.jixiao.kernel.declaration.Level1.SATISFACTION;

/** The 2020 declaration of 祝融街道办事处 as the fixtures carry it: what every format must read to. */
final class ZhurongSeed {

    static final String TXT = "fixtures/zhurong-2020-declaration.txt";
    static final String DOCX = "fixtures/zhurong-2020-declaration.docx";
    static final String XLSX = "fixtures/zhurong-2020-declaration.xlsx";

    static final String UNIT_NAME = "衡阳市南岳区祝融街道办事处";
    static final String OVERALL_GOAL = "在今年收支预算内，确保完成以下整体目标：";
    static final List<String> GOALS = List.of(
            "实施城中村改造重点工程项目，改善民生，保障西城区拆迁安置户房屋安全",
            "四个社区包干经费，保障街道社区（居委会）全年各项工作正常开展",
            "保障四个社区退休人员养老金及生活补贴，绩效考核奖金按时发放",
            "四个社区惠民项目资金，保障社区（居委会）各项惠民措施实施到位，民居生活环境得到提升。");

    record Row(int goal, Level1 level1, Level2 level2, String name, String target) {
    }

    static final List<Row> INDICATORS = List.of(
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
            row(4, SATISFACTION, Level2.SATISFACTION, "社区惠民群众满意度", "≥95%")    );

    private ZhurongSeed() {
    }

    private static Row row(int goal, Level1 level1, Level2 level2, String name, String target) {
        return new Row(goal, level1, level2, name, target);
    }

    static byte[] bytes(String resource) {
        try (InputStream in = ZhurongSeed.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
