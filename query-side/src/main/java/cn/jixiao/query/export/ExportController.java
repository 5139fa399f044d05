package cn.jixiao.query.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.query.TenantContexts;
import cn.jixiao.query.web.Blocking;
import cn.jixiao.web.ApiProblem;
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
@Tag(name = "导出", description = "按官方格式导出申报表")
public class ExportController {

    private final TenantContexts tenants;

    public ExportController(TenantContexts tenants) {
        this.tenants = tenants;
    }

    @Operation(summary = "按官方版式导出申报表：format=xlsx 或 docx")
    @ApiResponse(responseCode = "200", description = "申报表文件（Content-Disposition 为文件名）", content = {
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    schema = @Schema(type = "string", format = "binary"))})
    @GetMapping("/api/v1/declarations/{id}/export")
    public Mono<ResponseEntity<byte[]>> export(@PathVariable String id,
                                               @Parameter(schema = @Schema(allowableValues = {"xlsx", "docx"}))
                                               @RequestParam(defaultValue = "xlsx") String format,
                                               Actor actor) {
        TenantId tenant = Readers.tenantOf(actor);
        ExportFormat exportFormat = ExportFormat.named(format).orElseThrow(() -> ApiProblem.invalid("format",
                "FORMAT_UNSUPPORTED", "不支持的导出格式「" + format + "」，应为 xlsx 或 docx"));
        return Blocking.call(() -> DeclarationEvents.load(tenants.of(tenant).eventStore(), DeclarationId.of(id))
                        .orElseThrow(() -> ApiProblem.notFound("没有这份申报表：" + id)))
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
