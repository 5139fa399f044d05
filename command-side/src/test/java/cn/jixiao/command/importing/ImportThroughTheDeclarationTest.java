package cn.jixiao.command.importing;

import cn.jixiao.kernel.testing.TestActors;
import cn.jixiao.command.CommandSideModule;
import cn.jixiao.command.testing.NoIdempotencyStore;
import cn.jixiao.command.testing.StrictInMemoryStorageEngine;
import cn.jixiao.command.testing.TestSerializer;
import cn.jixiao.command.web.WriteRequestResolver;
import cn.jixiao.web.ProblemAdvice;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.MetadataKeys;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.ApprovedOnPaperRecordedEvent;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.declaration.DeclarationForm;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.SeedForm;
import cn.jixiao.kernel.tenant.TenantId;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The import against the real Declaration aggregate (snapshots every 50 events, Jackson-serialized events). */
class ImportThroughTheDeclarationTest {

    private static final TenantId TENANT = TenantId.of("nanyue");
    private static final Actor FILER = new Actor("u-1", "旷文倩", Set.of(Role.FILER), TENANT, "430412001");
    private static final Actor ADMIN = new Actor("u-2", "管理员", Set.of(Role.TENANT_ADMIN), TENANT, null);

    private final Configuration axon = tenant();

    /** As deploy builds a tenant: the command side and the import on one configuration. */
    private static Configuration tenant() {
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(config -> new StrictInMemoryStorageEngine())
                .configureSerializer(config -> TestSerializer.jackson());
        CommandSideModule.configure(configurer);
        ImportingModule.configure(configurer);
        return configurer.start();
    }

    @AfterEach
    void close() {
        axon.shutdown();
    }

    @Test
    void aFilersImportBecomesADraftOfTheSeed() {
        ImportResult result = importing(FILER, "430412001", false);

        List<DeclarationEvent> events = events(result.declarationId());
        assertThat(result.version()).isEqualTo(53).isEqualTo(events.size());
        assertThat(DeclarationForm.replay(events).indicatorCount()).isEqualTo(44);
    }

    @Test
    void aTenantAdminRecordsThePaperApproval() {
        ImportResult result = importing(ADMIN, "430412001", true);

        assertThat(events(result.declarationId())).hasSize(54).last().isInstanceOf(ApprovedOnPaperRecordedEvent.class);
    }

    @Test
    void aSecondImportOfTheSameUnitAndYearIsAConflictAndAddsNothing() {
        ImportResult first = importing(FILER, "430412001", false);

        assertThatThrownBy(() -> importing(FILER, "430412001", false))
                .isInstanceOfAny(ConcurrencyException.class, AggregateStreamCreationException.class);
        assertThat(events(first.declarationId())).hasSize(53);
    }

    @Test
    void aSecondUploadOfTheSameUnitAndYearIsA409() {
        importing(FILER, "430412001", false);
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new ByteArrayResource(SeedFiles.bytes(SeedFiles.XLSX))).filename("zhurong.xlsx");

        WebTestClient.bindToController(new ImportController(this::send, NoIdempotencyStore.requests(), DataSize.ofMegabytes(5)))
                .controllerAdvice(new ProblemAdvice())
                .argumentResolvers(resolvers -> resolvers.addCustomResolver(TestActors.always(() -> FILER),
                        new WriteRequestResolver()))
                .configureClient().responseTimeout(Duration.ofSeconds(30)).build()
                .post().uri("/api/v1/imports").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build())).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.detail").isEqualTo("该单位该年度已有申报表");
    }

    /** What deploy's gateway does: the actor's metadata and the extra, to the tenant's command bus. */
    private <R> Mono<R> send(Actor actor, Object command, Map<String, ?> extraMetadata) {
        Map<String, Object> metadata = new HashMap<>(MetadataKeys.forActor(actor));
        metadata.putAll(extraMetadata);
        return Mono.fromFuture(() -> axon.commandGateway().send(command, MetaData.from(metadata)));
    }

    private ImportResult importing(Actor actor, String unitCode, boolean approved) {
        ImportDeclarationCommand command = new ImportDeclarationCommand(
                FormFiles.read(SeedFiles.bytes(SeedFiles.DOCX)), unitCode, approved, actor.asPerson());
        return this.<ImportResult>send(actor, command, Map.of(ImportDeclarationCommand.IMPORT_FILE, "zhurong.docx")).block();
    }

    private List<DeclarationEvent> events(DeclarationId id) {
        return axon.eventStore().readEvents(id.toString(), 0L).asStream()
                .map(message -> (DeclarationEvent) message.getPayload()).toList();
    }
}
