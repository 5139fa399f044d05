package cn.jixiao.command.monitoring;

import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationState;

import java.util.List;
import java.util.Optional;

/**
 * Port: declarations as their own streams have made them, for a monitoring round built on the approved revision.
 * An Axon component of the tenant's configuration; {@link EventStoreApprovedDeclarations} is the implementation.
 */
public interface ApprovedDeclarations {

    /** The declaration's state when it has an approved form in force (approved, or adjusting after an approval). */
    Optional<DeclarationState> approved(DeclarationId id);

    /** The declarations of that year whose form is approved, one per registered unit at most. */
    List<DeclarationId> ofYear(int year);
}
