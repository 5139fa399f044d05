package cn.jixiao.command.importing;

/**
 * The labels of the official form (2020 department-wide template) that fields are found by. Compared after
 * {@link Texts#compact}, so line breaks, spaces and full-width brackets inside a label do not matter.
 */
final class FormLabels {

    static final String BUDGET_UNIT = "预算单位";
    static final String FILING_UNIT = "填报单位";
    static final String LEADER = "单位负责人";
    static final String CONTACT = "绩效管理联系人";
    static final String PHONE = "联系电话";
    static final String AUTHORIZED_STAFF = "人员编制数";
    static final String ACTUAL_STAFF = "实有人数";
    static final String FUNCTIONS = "部门职能";
    static final String INCOME_TOTAL = "收入合计";
    static final String GENERAL_PUBLIC_BUDGET = "一般公共预算";
    static final String GOVERNMENT_FUND = "政府性基金拨款";
    static final String NON_TAX_REVENUE = "非税收入拨款";
    static final String OTHER_FUNDS = "其他资金";
    static final String EXPENDITURE_TOTAL = "支出合计";
    static final String BASIC = "基本支出";
    static final String PROJECT = "项目支出";
    static final String THREE_PUBLIC = "三公经费";
    static final String THREE_PUBLIC_TOTAL = "合计";
    static final String VEHICLES = "公务用车运行和购置费";
    static final String TRAVEL_ABROAD = "因公出国（境）费";
    static final String RECEPTION = "公务接待费";
    static final String GOALS = "年度绩效目标";
    static final String LEVEL1_HEADER = "一级指标";
    static final String LEVEL2_HEADER = "二级指标";
    static final String NOTES = "其他需要说明的问题";
    static final String BUSINESS_REVIEW = "业务股室";
    static final String PERFORMANCE_REVIEW = "监督绩效股";
    static final String REVIEW = "审核意见";
    static final String COMPETENT_REVIEW = "主管部门";

    // The project form (项目支出绩效目标申报表)
    static final String PROJECT_NAME = "项目名称";
    static final String PROJECT_CODE = "项目编码";
    static final String PROJECT_ATTRIBUTE = "项目属性";
    static final String PROJECT_PERIOD = "项目期限";
    static final String COMPETENT_DEPARTMENT = "主管部门";
    static final String IMPLEMENTING_UNIT = "实施单位";
    static final String RESPONSIBLE = "项目负责人";
    static final String FUNDS_TOTAL = "年度资金总额";
    static final String FISCAL = "财政拨款";
    static final String CARRIED_OVER = "上年结转";
    static final String LAST_YEAR_BUDGET = "上年预算";
    static final String LAST_YEAR_SPENT = "上年执行数";
    static final String BASIS = "立项依据";
    static final String NECESSITY = "项目实施的必要性";
    static final String FEASIBILITY = "项目实施的可行性";
    static final String PLAN_CONTENT = "实施内容";
    static final String PLAN_START = "开始时间";
    static final String PLAN_END = "结束时间";
    static final String MEDIUM_TERM = "总目标";
    static final String ANNUAL = "年度目标";

    private FormLabels() {
    }

    /** 财政部门业务股室审核意见, 财政部门监督绩效股审核意见 or 主管部门审核意见, however broken over lines. */
    static boolean isReviewLabel(String compact) {
        return compact.contains(REVIEW) && (compact.contains(BUSINESS_REVIEW) || compact.contains(PERFORMANCE_REVIEW)
                || compact.contains(COMPETENT_REVIEW));
    }
}
