package cn.jixiao.kernel.declaration;

import cn.jixiao.kernel.actor.PersonRef;
import org.axonframework.serialization.Revision;

import java.util.List;

/** The filer submitted; this closes revision {@code revision}, with the warnings reviewers will see. */
@Revision("1")
public record DeclarationSubmittedEvent(DeclarationId declarationId, int revision, List<Finding> warnings, PersonRef filer) implements DeclarationEvent {
}
