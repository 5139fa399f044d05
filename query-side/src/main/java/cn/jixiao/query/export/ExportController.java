package cn.jixiao.query.export;

import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.query.TenantContexts;
import cn.jixiao.query.web.Blocking;
import cn.jixiao.query.web.QueryProblem;
import cn.jixiao.query.web.Readers;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;

/**
 * {@code GET /api/v1/declarations/{id}/export?format=xlsx|docx}: the declaration in the official layout, folded
 * from the tenant's event store, with the review blocks filled in once reviewed. Readers as for the form
 * ({@link Readers}): every role of the tenant, a filer only for its own unit, never a platform operator. An id
 * the tenant does not have is 404.
 */
@RestController
public class ExportController {

    private final TenantContexts tenants;

    public ExportController(TenantContexts tenants) {
        this.tenants = tenants;
    }

    @GetMapping("/api/v1/declarations/{id}/export")
    public Mono<ResponseEntity<byte[]>> export(@PathVariable String id,
                                               @RequestParam(defaultValue = "xlsx") String format,
                                               Actor actor) {
        TenantId tenant = Readers.tenantOf(actor);
        ExportFormat exportFormat = ExportFormat.named(format).orElseThrow(() -> QueryProblem.invalid("format",
                "FORMAT_UNSUPPORTED", "不支持的导出格式「" + format + "」，应为 xlsx 或 docx"));
        return Blocking.call(() -> DeclarationEvents.load(tenants.of(tenant).eventStore(), DeclarationId.of(id))
                        .orElseThrow(() -> QueryProblem.notFound("没有这份申报表：" + id)))
                .map(declaration -> {
                    Readers.checkUnit(actor, declaration.form().unit().code());
                    return ResponseEntity.ok()
                            .contentType(exportFormat.mediaType())
                            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                    .filename(fileName(declaration, exportFormat), StandardCharsets.UTF_8).build().toString())
                            .body(exportFormat.write(declaration));
                });
    }

    private static String fileName(ExportedDeclaration declaration, ExportFormat format) {
        return declaration.form().unit().name() + "-" + declaration.form().year() + "-绩效目标申报表." + format.extension();
    }
}
