package cn.jixiao.kernel.declaration;

import cn.jixiao.kernel.declaration.DeclarationRejectedException.Reason;
import cn.jixiao.kernel.declaration.rules.RuleCodes;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeclarationRejectedExceptionTest {

    private static final Finding NAME = new Finding(RuleCodes.INDICATOR_NAME_MISSING, "name", "未填写三级指标内容");
    private static final Finding TARGET = new Finding(RuleCodes.TARGET_MISSING, "target", "未填写目标值");

    @Test
    void invalidCarriesItsFindingsAndTheirMessages() {
        DeclarationRejectedException e = DeclarationRejectedException.invalid(List.of(NAME, TARGET));

        assertThat(e.reason()).isEqualTo(Reason.INVALID);
        assertThat(e.code()).isEqualTo(DeclarationRejectedException.INVALID_CODE);
        assertThat(e.findings()).containsExactly(NAME, TARGET);
        assertThat(e.getMessage()).isEqualTo("未填写三级指标内容；未填写目标值");
    }

    @Test
    void conflictForbiddenAndNotFoundCarryTheirCode() {
        assertThat(DeclarationRejectedException.conflict("DUPLICATE", "该单位该年度已有申报表"))
                .extracting(DeclarationRejectedException::reason, DeclarationRejectedException::code, Throwable::getMessage)
                .containsExactly(Reason.CONFLICT, "DUPLICATE", "该单位该年度已有申报表");
        assertThat(DeclarationRejectedException.conflict("HAS_ERRORS", "申报表有错误，不能提交", List.of(NAME)).findings())
                .containsExactly(NAME);
        assertThat(DeclarationRejectedException.forbidden("OWN_DECLARATION", "不能审核自己填报的申报表").reason())
                .isEqualTo(Reason.FORBIDDEN);
        assertThat(DeclarationRejectedException.notFound("NO_SUCH_GOAL", "目标不存在").reason())
                .isEqualTo(Reason.NOT_FOUND);
    }
}
