package cn.jixiao.platform.deadletter;

import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.platform.tenancy.TenantRuntime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;
import java.util.concurrent.Callable;

/** The operator's view of a tenant's parked projections, under the tenant admin API (platform operators only). */
@RestController
@RequestMapping("/api/v1/admin/tenants/{id}/dead-letters")
@Tag(name = "租户", description = "平台运营：租户开通、停用、读模型重建")
public class DeadLetterController {

    private final ParkedSequences parked;

    public DeadLetterController(ParkedSequences parked) {
        this.parked = parked;
    }

    /** The tenant's parked sequences. */
    public record ParkedList(List<ParkedSequences.Parked> items, int total) {
    }

    @Operation(summary = "List a tenant's parked projection streams: declaration, first parked event, cause, attempts, count")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ParkedList> list(@PathVariable String id) {
        return blocking(() -> {
            List<ParkedSequences.Parked> all = parked.list(runtime(id));
            return new ParkedList(all, all.size());
        });
    }

    @Operation(summary = "Retry every parked stream of a tenant once, in order; what fails again stays parked")
    @PostMapping(path = "/retry", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ParkedSequences.Retried> retryAll(@PathVariable String id) {
        return blocking(() -> parked.retryAll(runtime(id)));
    }

    @Operation(summary = "Retry one parked stream (a projection group and a declaration id); 404 when it is not parked")
    @PostMapping(path = "/{group}/{sequence}/retry", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ParkedSequences.Retried> retryOne(@PathVariable String id, @PathVariable String group,
                                                  @PathVariable String sequence) {
        return blocking(() -> parked.retryOne(runtime(id), group, sequence)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有暂存的事件流: " + group + "/" + sequence)));
    }

    private TenantRuntime runtime(String id) {
        TenantId tenant;
        try {
            tenant = TenantId.of(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "租户不存在: " + id);
        }
        return parked.runtime(tenant).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "租户不存在: " + id));
    }

    private static <T> Mono<T> blocking(Callable<T> call) {
        return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
    }
}
