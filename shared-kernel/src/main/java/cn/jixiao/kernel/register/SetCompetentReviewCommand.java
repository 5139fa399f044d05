package cn.jixiao.kernel.register;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Keep (true) or skip (false) the competent department's (主管部门) review of project forms, tenant-wide. */
public record SetCompetentReviewCommand(@TargetAggregateIdentifier RegisterId registerId, boolean enabled) implements RegisterCommand {
}
