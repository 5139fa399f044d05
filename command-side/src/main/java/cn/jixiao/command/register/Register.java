package cn.jixiao.command.register;

import cn.jixiao.command.ActorMetaData;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.register.ChangeCompetentDepartmentCommand;
import cn.jixiao.kernel.register.CloseUnitCommand;
import cn.jixiao.kernel.register.DefineSectionCommand;
import cn.jixiao.kernel.register.ImportUnitsCommand;
import cn.jixiao.kernel.register.MoveUnitCommand;
import cn.jixiao.kernel.register.RecordUserCommand;
import cn.jixiao.kernel.register.RegisterCodes;
import cn.jixiao.kernel.register.RegisterCommand;
import cn.jixiao.kernel.register.RegisterEvent;
import cn.jixiao.kernel.register.RegisterId;
import cn.jixiao.kernel.register.RegisterRejectedException;
import cn.jixiao.kernel.register.RegisterRules;
import cn.jixiao.kernel.register.RegisterState;
import cn.jixiao.kernel.register.RegisterUnitCommand;
import cn.jixiao.kernel.register.RenameUnitCommand;
import cn.jixiao.kernel.register.SetYearSettingsCommand;
import cn.jixiao.kernel.register.SetCompetentReviewCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The register of one tenant: its units, business sections, users and yearly settings, as one aggregate.
 * <p>
 * One stream per tenant rather than one per unit: a county has at most a few hundred units, and the register's
 * invariants span all of them (a code and a name belong to one unit; the department tree has no cycle; a
 * section must exist before a unit is placed in it; a reviewer is in one section). In one aggregate they are
 * checked on one consistent state under the stream's optimistic lock, with no reservation collections or sagas;
 * the cost, one writer at a time, is nothing for a register a tenant admin changes a few times a day. The
 * decisions are the kernel's {@link RegisterRules}; every handler returns the register's new version.
 */
public class Register {

    @AggregateIdentifier
    private RegisterId id;
    private RegisterState state = RegisterState.EMPTY;

    protected Register() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(DefineSectionCommand command, MetaData metaData) {
        return decided(command, metaData);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(RegisterUnitCommand command, MetaData metaData) {
        return decided(command, metaData);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(RenameUnitCommand command, MetaData metaData) {
        return decided(command, metaData);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(MoveUnitCommand command, MetaData metaData) {
        return decided(command, metaData);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(ChangeCompetentDepartmentCommand command, MetaData metaData) {
        return decided(command, metaData);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(CloseUnitCommand command, MetaData metaData) {
        return decided(command, metaData);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(RecordUserCommand command, MetaData metaData) {
        return decided(command, metaData);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(SetYearSettingsCommand command, MetaData metaData) {
        return decided(command, metaData);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(SetCompetentReviewCommand command, MetaData metaData) {
        return decided(command, metaData);
    }

    /** A sheet of units: all its events are applied in this one unit of work, so they are appended together or not at all. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(ImportUnitsCommand command, MetaData metaData) {
        return decided(command, metaData);
    }

    private long decided(RegisterCommand command, MetaData metaData) {
        requireAdmin(metaData);
        for (RegisterEvent event : RegisterRules.decide(state, command)) {
            apply(event);
        }
        return state.version();
    }

    private static void requireAdmin(MetaData metaData) {
        ActorMetaData actor = ActorMetaData.from(metaData);
        if (!actor.has(Role.TENANT_ADMIN) || actor.has(Role.PLATFORM_OPERATOR)) {
            throw RegisterRejectedException.forbidden(RegisterCodes.ADMIN_REQUIRED, "只有租户管理员可以维护单位、股室、用户与年度设置");
        }
    }

    @EventSourcingHandler
    void on(RegisterEvent event) {
        id = event.registerId();
        state = state.apply(event);
    }
}
