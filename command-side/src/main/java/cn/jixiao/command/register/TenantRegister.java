package cn.jixiao.command.register;

import cn.jixiao.kernel.register.RegisterState;

/**
 * Port: the tenant's register as it stands, for the checks on declarations (the section of a reviewer, the
 * year's edition, a closed unit, the unit an import names). An Axon component of the tenant's configuration,
 * injected into the handlers that need it; {@link EventStoreRegister} is the implementation.
 */
@FunctionalInterface
public interface TenantRegister {

    /** A tenant that has no register yet: nothing is checked against it. */
    TenantRegister NONE = () -> RegisterState.EMPTY;

    RegisterState current();
}
