package cn.jixiao.kernel.declaration;

import cn.jixiao.kernel.actor.PersonRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Open a project declaration of a unit for a year: one per project code ({@link DeclarationId#forProject}).
 * {@code info} carries at least the project's code; {@code edition} null means the default for the year.
 */
public record CreateProjectDeclarationCommand(@TargetAggregateIdentifier DeclarationId declarationId, int year,
                                              Edition edition, Unit unit, ProjectInfo info, String leader,
                                              PersonRef filer) implements DeclarationCommand {
}
