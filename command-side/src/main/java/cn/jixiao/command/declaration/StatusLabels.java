package cn.jixiao.command.declaration;

import cn.jixiao.kernel.declaration.DeclarationStatus;

/** The status as users read it in messages. */
final class StatusLabels {

    private StatusLabels() {
    }

    static String of(DeclarationStatus status) {
        return switch (status) {
            case DRAFT -> "草稿";
            case SUBMITTED -> "已提交";
            case COMPETENT_REVIEWED -> "主管部门已审核";
            case BUSINESS_REVIEWED -> "业务股室已审核";
            case APPROVED -> "已批复";
            case RETURNED -> "已退回";
            case ADJUSTING -> "调整中";
        };
    }
}
