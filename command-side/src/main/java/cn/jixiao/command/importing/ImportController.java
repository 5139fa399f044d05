package cn.jixiao.command.importing;

import cn.jixiao.command.TenantCommandGateway;
import cn.jixiao.command.idempotency.IdempotentRequests;
import cn.jixiao.command.web.Uploads;
import cn.jixiao.command.web.Versions;
import cn.jixiao.command.web.WriteRequest;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.input.Identifiers;
import cn.jixiao.kernel.input.InputCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/imports}: an official form (.docx, .xlsx or the text dump) becomes a declaration in one
 * step, all or nothing. Filers import for their own unit; tenant admins for any unit, and with
 * {@code approved=true} record a past form approved on paper. Without {@code unitCode} an admin's import files
 * under the registered unit of the form's name (current or former), and is refused (422) if there is none.
 */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "导入", description = "导入官方格式的申报表")
public class ImportController {

    private final TenantCommandGateway commandGateway;
    private final IdempotentRequests idempotent;
    private final int maxBytes;

    public ImportController(TenantCommandGateway commandGateway, IdempotentRequests idempotent,
                            @Value("${jixiao.import.max-size:5MB}") DataSize maxSize) {
        this.commandGateway = commandGateway;
        this.idempotent = idempotent;
        this.maxBytes = Math.toIntExact(maxSize.toBytes());
    }

    /** The new declaration: where it is and its version (also in {@code Location} and {@code ETag}). */
    public record ImportResponse(String id, long version, int year, String unitCode, String unitName, boolean approved) {
    }

    @Operation(summary = "导入官方格式的申报表（.docx、.xlsx 或文本）：一次全部创建，或全部不创建")
    @ApiResponse(responseCode = "201", description = "已导入：Location 为新申报表，ETag 为版本", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ImportResponse.class)))
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<?>> importForm(@Parameter(description = "申报表文件（.docx、.xlsx 或 .txt）",
                                                      schema = @Schema(type = "string", format = "binary"))
                                              @RequestPart("file") Part file,
                                              @Parameter(description = "预算单位代码；租户管理员可省略（按单位名称生成）",
                                                      schema = @Schema(type = "string", pattern = Identifiers.SHAPE))
                                              @RequestPart(value = "unitCode", required = false) Part unitCode,
                                              @Parameter(description = "租户管理员登记已纸质批复的往年申报表")
                                              @RequestParam(defaultValue = "false") boolean approved,
                                              WriteRequest request, Actor actor) {
        authorize(actor, approved);
        String fileName = file instanceof FilePart filePart ? filePart.filename() : file.name();
        String requestedUnit = unitCode instanceof FormFieldPart field && !field.value().isBlank() ? field.value().trim() : null;
        if (requestedUnit != null && !Identifiers.isWellFormed(requestedUnit)) {
            throw ImportRejectedException.badFile(InputCodes.ID_INVALID,
                    "unitCode 须由字母、数字与 . _ - 组成，最多 " + Identifiers.MAX_LENGTH + " 个字符");
        }
        return content(file)
                .publishOn(Schedulers.boundedElastic())
                .flatMap(content -> {
                    FormUpload upload = new FormUpload(fileName, content);
                    ImportedForm form = upload.read();
                    String code = unitCodeFor(actor, requestedUnit, form);
                    ImportDeclarationCommand command = new ImportDeclarationCommand(form, code, approved, actor.asPerson());
                    // A repeat is recognised by the file's hash and what it is imported as, not by its bytes.
                    Map<String, Object> fingerprint = Map.of("sha256", upload.sha256(), "unitCode", code == null ? "" : code,
                            "approved", approved);
                    return idempotent.once(actor, request, fingerprint, () ->
                            commandGateway.<ImportResult>send(actor, command, upload.metadata())
                                    .map(result -> created(result, form, result.unitCode(), approved)));
                });
    }

    private Mono<byte[]> content(Part file) {
        return Uploads.bytes(file, maxBytes)
                .onErrorMap(DataBufferLimitException.class, e -> new ImportRejectedException(HttpStatus.PAYLOAD_TOO_LARGE,
                        ImportRejectedException.FILE_TOO_LARGE,
                        "文件超过 " + (maxBytes / 1024 / 1024) + " MB，无法导入", List.of()));
    }

    private static void authorize(Actor actor, boolean approved) {
        if (approved && !actor.has(Role.TENANT_ADMIN)) {
            throw ImportRejectedException.forbidden("只有租户管理员可以导入已纸质批复的申报表");
        }
        if (!actor.hasAny(Role.FILER, Role.TENANT_ADMIN) || actor.tenant() == null) {
            throw ImportRejectedException.forbidden("只有填报人或租户管理员可以导入申报表");
        }
    }

    /** A tenant admin names any unit (or lets the form's unit name decide); a filer imports for their own unit. */
    private static String unitCodeFor(Actor actor, String requested, ImportedForm form) {
        if (actor.has(Role.TENANT_ADMIN)) {
            return requested; // null: the register finds the unit by the form's name (RegisteredUnits)
        }
        if (actor.unitCode() == null || (requested != null && !requested.equals(actor.unitCode()))) {
            throw ImportRejectedException.forbidden("填报人只能导入本单位的申报表");
        }
        return actor.unitCode();
    }

    private static ResponseEntity<?> created(ImportResult result, ImportedForm form, String unitCode,
                                                          boolean approved) {
        String id = result.declarationId().toString();
        return ResponseEntity.created(URI.create("/api/v1/declarations/" + id))
                .eTag(Versions.etag(result.version()))
                .body(new ImportResponse(id, result.version(), form.year(), unitCode, form.unitName(), approved));
    }
}
