package cn.jixiao.command.importing;

import cn.jixiao.command.register.EventStoreRegister;
import cn.jixiao.command.register.TenantRegister;
import org.axonframework.config.Configurer;

/**
 * What the import contributes to each tenant's Axon configuration; deploy calls it per tenant next to
 * {@code CommandSideModule.configure}. Deploy must also register a correlation data provider for
 * {@link ImportDeclarationCommand#IMPORT_FILE} and {@link ImportDeclarationCommand#IMPORT_SHA256}, so the events
 * say which file they came from, and keep the default {@code SimpleCommandBus} (see {@link DeclarationImporter}).
 */
public final class ImportingModule {

    private ImportingModule() {
    }

    public static void configure(Configurer configurer) {
        configurer.registerCommandHandler(config -> new DeclarationImporter(config.commandGateway(),
                config.getComponent(TenantRegister.class, () -> new EventStoreRegister(config.eventStore()))));
    }
}
