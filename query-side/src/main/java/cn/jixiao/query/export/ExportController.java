package cn.jixiao.query.export;

import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.query.TenantContexts;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * {@code GET /api/v1/declarations/{id}/export?format=xlsx|docx}: the declaration in the official layout, folded
 * from the tenant's event store, with the review blocks filled in once reviewed. Every role of the tenant reads
 * it; a platform operator never does. An id the tenant does not have is 404.
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
        if (actor.tenant() == null || Arrays.stream(Role.values())
                .noneMatch(role -> role != Role.PLATFORM_OPERATOR && actor.has(role))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "平台运维人员不能查看租户的申报表");
        }
        ExportFormat exportFormat = ExportFormat.named(format).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.BAD_REQUEST, "不支持的导出格式「" + format + "」，应为 xlsx 或 docx"));
        return Mono.fromCallable(() -> DeclarationEvents.load(tenants.of(actor.tenant()).eventStore(), DeclarationId.of(id))
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这份申报表：" + id)))
                .map(declaration -> ResponseEntity.ok()
                        .contentType(exportFormat.mediaType())
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(fileName(declaration, exportFormat), StandardCharsets.UTF_8).build().toString())
                        .body(exportFormat.write(declaration)))
                .subscribeOn(Schedulers.boundedElastic());
    }

    private static String fileName(ExportedDeclaration declaration, ExportFormat format) {
        return declaration.form().unit().name() + "-" + declaration.form().year() + "-绩效目标申报表." + format.extension();
    }

    @ExceptionHandler(ResponseStatusException.class)
    public ResponseEntity<ProblemDetail> refused(ResponseStatusException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.getStatusCode(), e.getReason());
        return ResponseEntity.status(e.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
