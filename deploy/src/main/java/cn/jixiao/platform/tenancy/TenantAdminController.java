package cn.jixiao.platform.tenancy;

import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.query.TenantContext;
import cn.jixiao.query.listing.Page;
import cn.jixiao.query.rebuild.ProjectionRebuilder;
import cn.jixiao.query.rebuild.RebuildStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** The platform operator's API: onboard, list and suspend tenants, rebuild their read models. Never a tenant's declarations. */
@RestController
@RequestMapping("/api/v1/admin/tenants")
@Tag(name = "租户", description = "平台运营：租户开通、停用、读模型重建")
public class TenantAdminController {

    private final TenantRegistry registry;
    private final TenantRuntimes runtimes;
    private final TenantStatuses statuses;
    private final ProjectionRebuilder rebuilder;

    public TenantAdminController(TenantRegistry registry, TenantRuntimes runtimes, TenantStatuses statuses,
                                 ProjectionRebuilder rebuilder) {
        this.registry = registry;
        this.runtimes = runtimes;
        this.statuses = statuses;
        this.rebuilder = rebuilder;
    }

    static final int MAX_PAGE_SIZE = 100;

    public record CreateTenantRequest(
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "须为2-40位小写字母、数字或连字符，以字母开头") String id,
            @NotBlank @Size(max = 100) String name,
            @Size(max = 100) String region) {
    }

    @Operation(summary = "Onboard a tenant; usable at once, without a restart")
    @PostMapping
    public Mono<ResponseEntity<TenantView>> create(@Valid @RequestBody CreateTenantRequest request) {
        return blocking(() -> {
            Tenant tenant = registry.register(TenantId.of(request.id()), request.name(), request.region());
            runtimes.start(tenant);
            statuses.forget(tenant.id()); // a refusal cached before onboarding must not outlive it
            return ResponseEntity.created(URI.create("/api/v1/admin/tenants/" + tenant.id())).body(TenantView.of(tenant));
        }).onErrorMap(TenantRegistry.TenantAlreadyExistsException.class,
                e -> new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage()));
    }

    @Operation(summary = "List tenants, by id, a page at a time ({items, page, size, total}, as the declarations list)")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<Page<TenantView>> list(
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "page 须为非负整数") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "size 须在 1 到 100 之间")
            @Max(value = MAX_PAGE_SIZE, message = "size 须在 1 到 100 之间") int size) {
        return blocking(() -> new Page<>(registry.page((long) page * size, size).stream().map(TenantView::of).toList(),
                page, size, registry.count()));
    }

    @Operation(summary = "Suspend a tenant: every request of its users then gets 403")
    @PostMapping("/{id}/suspension")
    public Mono<TenantView> suspend(@PathVariable String id) {
        return changeStatus(id, registry::suspend);
    }

    @Operation(summary = "Lift a tenant's suspension: its users are served again")
    @DeleteMapping("/{id}/suspension")
    public Mono<TenantView> reinstate(@PathVariable String id) {
        return changeStatus(id, registry::reinstate);
    }

    /** The change applies on this instance at once: the cached status is dropped. */
    private Mono<TenantView> changeStatus(String id, Function<TenantId, Optional<Tenant>> change) {
        TenantId tenant = parse(id);
        return blocking(() -> change.apply(tenant)
                .map(TenantView::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "租户不存在: " + id)))
                .doOnSuccess(view -> statuses.forget(tenant));
    }

    @Operation(summary = "Rebuild a tenant's read models while it keeps being served; 409 while one is running")
    @PostMapping("/{id}/projections/rebuild")
    public Mono<ResponseEntity<RebuildStatus>> rebuild(@PathVariable String id) {
        return blocking(() -> rebuilder.start(context(id))
                .map(status -> ResponseEntity.status(HttpStatus.ACCEPTED).body(status))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT, "该租户的读模型正在重建，请等待完成")));
    }

    @Operation(summary = "Progress of a tenant's read-model rebuild: events done of the total")
    @GetMapping("/{id}/projections/rebuild")
    public Mono<RebuildStatus> rebuildStatus(@PathVariable String id) {
        return blocking(() -> rebuilder.status(context(id)));
    }

    /** Only the read-model machinery of the tenant: an operator still never reads its declarations. */
    private TenantContext context(String id) {
        return runtimes.of(parse(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "租户不存在: " + id))
                .queryContext();
    }

    private static TenantId parse(String id) {
        try {
            return TenantId.of(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "租户不存在: " + id);
        }
    }

    private static <T> Mono<T> blocking(Callable<T> call) {
        return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
    }

    /** A tenant as the operator sees it. */
    public record TenantView(String id, String name, String region, Tenant.Status status, String createdAt,
                             String suspendedAt) {
        static TenantView of(Tenant tenant) {
            return new TenantView(tenant.id().value(), tenant.name(), tenant.region(), tenant.status(),
                    tenant.createdAt().toString(), tenant.suspendedAt() == null ? null : tenant.suspendedAt().toString());
        }
    }
}
