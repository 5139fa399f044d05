package cn.jixiao.query.revisions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.query.TenantContext;
import cn.jixiao.query.form.FormReads;
import cn.jixiao.query.form.RevisionView;
import cn.jixiao.query.web.Blocking;
import cn.jixiao.web.ApiProblem;
import cn.jixiao.kernel.input.Violation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.List;

/** Submitted revisions (what reviewers decided on) and the differences between two of them. */
@RestController
@RequestMapping("/api/v1/declarations/{id}")
@Tag(name = "修订与差异", description = "提交的各次修订及其差异")
public class RevisionsController {

    private final FormReads reads;

    public RevisionsController(FormReads reads) {
        this.reads = reads;
    }

    @Operation(summary = "申报表的各次提交修订")
    @GetMapping("/revisions")
    public Mono<Revisions> revisions(Actor actor, @PathVariable String id,
                                     @RequestParam(required = false) Long minVersion) {
        TenantContext ctx = reads.context(actor);
        return reads.current(actor, id, minVersion)
                .flatMap(form -> Blocking.call(() -> new Revisions(reads.revisions(ctx).list(id, form.revision()))));
    }

    @Operation(summary = "某次提交修订的内容与警示")
    @GetMapping("/revisions/{revision}")
    public Mono<RevisionView> revision(Actor actor, @PathVariable String id, @PathVariable int revision,
                                       @RequestParam(required = false) Long minVersion) {
        TenantContext ctx = reads.context(actor);
        return reads.current(actor, id, minVersion).flatMap(form -> find(ctx, id, revision));
    }

    @Operation(summary = "两次修订之间的差异（逐字段）")
    @GetMapping("/diff")
    public Mono<RevisionDiff> diff(Actor actor, @PathVariable String id,
                                   @RequestParam(required = false) Integer from,
                                   @RequestParam(required = false) Integer to,
                                   @RequestParam(required = false) Long minVersion) {
        TenantContext ctx = reads.context(actor);
        checkRange(from, to);
        return reads.current(actor, id, minVersion)
                .flatMap(form -> find(ctx, id, from).zipWith(find(ctx, id, to)))
                .map(pair -> Differ.diff(from, to, pair.getT1().form(), pair.getT2().form()));
    }

    private Mono<RevisionView> find(TenantContext ctx, String id, int revision) {
        return Blocking.call(() -> reads.revisions(ctx).find(id, revision))
                .flatMap(found -> found.map(Mono::just).orElseGet(() -> Mono.error(
                        ApiProblem.notFound("申报表 " + id + " 没有第 " + revision + " 次提交的版本"))));
    }

    private static void checkRange(Integer from, Integer to) {
        List<Violation> violations = new ArrayList<>();
        checkRevision("from", from, violations);
        checkRevision("to", to, violations);
        if (!violations.isEmpty()) {
            throw ApiProblem.invalid(violations);
        }
    }

    private static void checkRevision(String name, Integer revision, List<Violation> violations) {
        if (revision == null || revision < 1) {
            violations.add(new Violation(name, "REVISION_INVALID", name + " 须为提交版本号（从 1 起）"));
        }
    }

    /** {@code GET /declarations/{id}/revisions}: each submit with its warnings and the form as submitted. */
    public record Revisions(List<RevisionView> items) {
    }

}
