package cn.jixiao.kernel.register;

import org.axonframework.serialization.Revision;

/**
 * The tenant keeps (true) or skips (false) the competent department's review of project forms from the next
 * submission on; a submission under review keeps the stages it was submitted to.
 */
@Revision("1")
public record CompetentReviewSetEvent(RegisterId registerId, boolean enabled) implements RegisterEvent {
}
