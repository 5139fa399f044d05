package cn.jixiao.command.register;

import org.axonframework.config.Configurer;

/**
 * What the register contributes to each tenant's Axon configuration (called from
 * {@link cn.jixiao.command.CommandSideModule}): the {@link Register} aggregate and the {@link TenantRegister}
 * the declaration's handlers consult.
 */
public final class RegisterModule {

    private RegisterModule() {
    }

    public static void configure(Configurer configurer) {
        configurer.registerComponent(TenantRegister.class, config -> new EventStoreRegister(config.eventStore()));
        configurer.configureAggregate(Register.class);
    }
}
