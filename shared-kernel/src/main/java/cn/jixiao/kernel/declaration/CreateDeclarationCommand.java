package cn.jixiao.kernel.declaration;

import cn.jixiao.kernel.actor.PersonRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Open the declaration of a unit for a year. {@code edition} null means the default for the year. */
public record CreateDeclarationCommand(@TargetAggregateIdentifier DeclarationId declarationId, int year,
                                       DeclarationKind kind, Edition edition, Unit unit, String filingUnit,
                                       String leader, PersonRef filer) implements DeclarationCommand {
}
