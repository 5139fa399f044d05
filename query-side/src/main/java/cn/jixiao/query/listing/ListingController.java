package cn.jixiao.query.listing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.query.TenantContext;
import cn.jixiao.query.form.FormReads;
import cn.jixiao.query.register.Worklist;
import cn.jixiao.query.web.Blocking;
import cn.jixiao.web.ApiProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Clock;

/** {@code GET /declarations}: by year, status, unit, unit name, the reviewer's queue; paged and sorted. */
@RestController
@RequestMapping("/api/v1/declarations")
@Tag(name = "申报表（读）", description = "申报表列表与查询")
public class ListingController {

    private final FormReads reads;

    public ListingController(FormReads reads) {
        this.reads = reads;
    }

    @Operation(summary = "分页列出申报表：按年度、类型（DEPARTMENT 部门整体 / PROJECT 项目）、状态、单位、关键词、待办队列筛选；filer 只见本单位")
    @GetMapping
    public Mono<Page<ListItem>> list(Actor actor,
                                     @RequestParam(required = false) Integer year,
                                     @RequestParam(required = false) String status,
                                     @RequestParam(required = false) String unit,
                                     @RequestParam(required = false) String q,
                                     @RequestParam(required = false) String queue,
                                     @RequestParam(required = false) String kind,
                                     @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "20") int size,
                                     @RequestParam(required = false) String sort,
                                     @RequestParam(required = false) String declaration,
                                     @RequestParam(required = false) Long minVersion) {
        var ctx = reads.context(actor);
        ListQuery query = ListQuery.of(actor, year, status, unit, q, queue, page, size, sort, kind);
        return awaitWrite(ctx, declaration, minVersion).then(Blocking.call(() -> ListingReads.find(reads.rows(ctx), query,
                Worklist.of(ctx, actor, queue, Clock.systemUTC()))));
    }

    /**
     * Read-your-writes for a list: {@code ?declaration=<id>&minVersion=N} waits until the declaration just written
     * shows in the read model at version N (a list has no version of its own).
     */
    private Mono<Void> awaitWrite(TenantContext ctx, String declaration, Long minVersion) {
        if ((declaration == null) != (minVersion == null)) {
            return Mono.error(ApiProblem.invalid("minVersion", "MIN_VERSION_NEEDS_DECLARATION",
                    "列表的 minVersion 须与 declaration（刚写入的申报表标识）一起给出"));
        }
        return reads.awaitVersion(ctx, declaration, minVersion);
    }
}
