package cn.jixiao.kernel.declaration;

import cn.jixiao.kernel.actor.PersonRef;
import org.axonframework.serialization.Revision;

/** An approved declaration was reopened for adjustment (调整). */
@Revision("1")
public record AdjustmentStartedEvent(DeclarationId declarationId, String reason, PersonRef filer) implements DeclarationEvent {
}
