package cn.jixiao.platform.demo;

import cn.jixiao.command.importing.FormUpload;
import cn.jixiao.command.importing.ImportDeclarationCommand;
import cn.jixiao.command.register.TenantRegister;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.platform.tenancy.TenantPorts;
import cn.jixiao.platform.tenancy.TenantRegistry;
import cn.jixiao.platform.tenancy.TenantRuntimes;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;

/**
 * The embedded default's first start: the demo tenant with the seed form (2020, 祝融街道办事处) imported as its
 * filer would, so a newcomer sees a real declaration at once. Later starts find both and change nothing.
 */
@Component
public class DemoTenant {

    private static final Logger log = LoggerFactory.getLogger(DemoTenant.class);
    static final String SEED = "seed/zhurong-2020-declaration.docx";

    private final boolean enabled;
    private final TenantRegistry registry;
    private final TenantRuntimes runtimes;
    private final TenantPorts ports;
    /** Set once the seed form is known to be in the event store; readiness waits for it. */
    private volatile boolean seeded;

    public DemoTenant(@Value("${jixiao.demo.enabled:false}") boolean enabled, TenantRegistry registry,
                      TenantRuntimes runtimes, TenantPorts ports) {
        this.enabled = enabled;
        this.registry = registry;
        this.runtimes = runtimes;
        this.ports = ports;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void ensureDemoTenant() {
        if (enabled) {
            TenantId demo = TenantId.of(DemoUsers.TENANT);
            runtimes.start(registry.find(demo)
                    .orElseGet(() -> registry.register(demo, DemoUsers.TENANT_NAME, DemoUsers.REGION)));
            seedRegister(demo);
            importSeedForm(demo);
        }
    }

    private void importSeedForm(TenantId demo) {
        DemoUsers.DemoUser filer = DemoUsers.preset("filer").orElseThrow();
        Actor actor = new Actor(filer.sub(), filer.name(), filer.roles(), demo, filer.unit());
        FormUpload upload = new FormUpload("zhurong-2020-declaration.docx", seedBytes());
        try {
            // no unit code: the register finds the unit by the form's name, as for any bureau's import
            ports.send(actor, new ImportDeclarationCommand(upload.read(), null, false, actor.asPerson()),
                    upload.metadata()).block(Duration.ofMinutes(1));
            log.info("Demo tenant '{}': imported the seed form of {}", demo, filer.unit());
        } catch (AggregateStreamCreationException | ConcurrencyException alreadyThere) {
            log.info("Demo tenant '{}' is ready (seed form already imported)", demo);
        }
        seeded = true;
    }

    /** The seed form is in place (imported now or at an earlier start). */
    public boolean isSeeded() {
        return seeded;
    }

    /** Only into an empty register: a later start, or an admin's changes since, are left as they are. */
    private void seedRegister(TenantId demo) {
        if (runtimes.of(demo).orElseThrow().axon().getComponent(TenantRegister.class).current().isEmpty()) {
            DemoRegister.commands().forEach(command ->
                    ports.send(DemoRegister.admin(demo), command, Map.of()).block(Duration.ofMinutes(1)));
            log.info("Demo tenant '{}': register seeded with its sections, units and users", demo);
        }
    }

    private static byte[] seedBytes() {
        try (var in = new ClassPathResource(SEED).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The seed form is missing from the service: " + SEED, e);
        }
    }
}
