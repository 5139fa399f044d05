package cn.jixiao.query.form;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.declaration.Finding;
import cn.jixiao.kernel.declaration.rules.DeclarationRules;
import cn.jixiao.kernel.declaration.rules.ValidationReport;
import cn.jixiao.query.TenantContext;
import cn.jixiao.query.web.Blocking;
import cn.jixiao.web.ApiProblem;
import cn.jixiao.query.web.Readers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** The form of a declaration, now or at any past version or instant, and what the rules say about it now. */
@RestController
@RequestMapping("/api/v1/declarations")
@Tag(name = "申报表（读）")
public class FormController {

    private final FormReads reads;

    public FormController(FormReads reads) {
        this.reads = reads;
    }

    /** The current form is served as stored (the JSON of a {@link FormView}); a past one is folded. */
    @Operation(summary = "申报表当前内容（或 asOfVersion 时的内容），ETag 为版本")
    @ApiResponse(responseCode = "200", description = "申报表", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = FormView.class)))
    @GetMapping("/{id}")
    public Mono<ResponseEntity<Object>> form(Actor actor, @PathVariable String id,
                                             @RequestParam(required = false) Long asOfVersion,
                                             @RequestParam(required = false) String asOf,
                                             @RequestParam(required = false) Long minVersion) {
        if (asOfVersion == null && asOf == null) {
            return reads.served(actor, id, minVersion).map(form -> versioned(form.version(), form.json()));
        }
        return past(actor, id, asOfVersion, asOf).map(view -> versioned(view.version(), view));
    }

    private static ResponseEntity<Object> versioned(long version, Object body) {
        return ResponseEntity.ok().eTag(Long.toString(version)).body(body);
    }

    @Operation(summary = "按规则检查申报表：错误（阻止提交）与警示")
    @GetMapping("/{id}/validation")
    public Mono<ValidationView> validation(Actor actor, @PathVariable String id,
                                           @RequestParam(required = false) Long minVersion) {
        TenantContext ctx = reads.context(actor);
        return reads.current(actor, id, minVersion).flatMap(form -> Blocking.call(() -> {
            ValidationReport report = DeclarationRules.check(FormState.of(form).form(),
                    PreviousYear.targets(ctx.eventStore(), form));
            return new ValidationView(report.errors(), report.warnings());
        }));
    }

    /** Folded from the event store: works for any past point, whatever the snapshots and the read model hold. */
    private Mono<FormView> past(Actor actor, String id, Long asOfVersion, String asOf) {
        FormHistory history = new FormHistory(reads.context(actor).eventStore());
        if (asOfVersion != null && asOf != null) {
            return Mono.error(ApiProblem.invalid("asOf", "AS_OF_AMBIGUOUS", "asOfVersion 与 asOf 只能指定一个"));
        }
        if (asOfVersion != null && asOfVersion < 1) {
            return Mono.error(ApiProblem.invalid("asOfVersion", "AS_OF_VERSION_INVALID", "asOfVersion 须为正整数"));
        }
        Mono<Optional<FormState>> state = asOfVersion != null
                ? Blocking.call(() -> history.asOfVersion(id, asOfVersion))
                : instant(asOf).flatMap(instant -> Blocking.call(() -> history.asOf(id, instant)));
        return state.flatMap(found -> found.map(Mono::just).orElseGet(() -> Mono.error(ApiProblem.notFound(
                        "申报表 " + id + " 在" + (asOfVersion != null ? "版本 " + asOfVersion : " " + asOf) + " 时不存在"))))
                .map(FormState::view)
                .doOnNext(view -> Readers.checkUnit(actor, view.unit().code()));
    }

    private static Mono<Instant> instant(String text) {
        try {
            return Mono.just(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Mono.error(ApiProblem.invalid("asOf", "AS_OF_INVALID",
                    "asOf 须为 ISO-8601 UTC 时刻，如 2020-03-01T00:00:00Z"));
        }
    }

    /** {@code GET /declarations/{id}/validation}: errors block submission, warnings go to reviewers. */
    public record ValidationView(List<Finding> errors, List<Finding> warnings) {
    }
}
