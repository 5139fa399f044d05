package cn.jixiao.query;

import cn.jixiao.query.audit.AuditModule;
import cn.jixiao.query.audit.AuditProjection;
import cn.jixiao.query.comparison.ComparisonReadModel;
import cn.jixiao.query.dashboard.DashboardChanges;
import cn.jixiao.query.dashboard.DashboardReadModel;
import cn.jixiao.query.evaluation.EvaluationReadModel;
import cn.jixiao.query.form.FormReadModel;
import cn.jixiao.query.monitoring.MonitoringReadModel;
import cn.jixiao.query.projection.LiveHandler;
import cn.jixiao.query.projection.ProjectionProgress;
import cn.jixiao.query.projection.ReadModel;
import cn.jixiao.query.rebuild.Generations;
import cn.jixiao.query.register.RegisterReadModel;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Entry point for deploy: the event handlers of one tenant's projections. Deploy registers each
 * {@link GroupHandler#eventHandler()} in its {@link GroupHandler#processingGroup()} (a pooled streaming processor
 * per group and tenant).
 *
 * <p>Read models listed in {@link #readModels()} are rebuildable: their live handler writes to the active generation
 * (and the one being built), and {@code POST /api/v1/admin/projections/rebuild} replays them into a new one. The
 * audit log keeps its own collections outside generations. The projections and the read endpoints share this
 * bean's signals, so a projected change wakes the readers waiting for it.
 */
@Component
public class QuerySideModule {

    private final AuditModule audit;
    private final DashboardChanges dashboardChanges;
    private final ProjectionProgress progress;
    /** Rebuilds a tenant whose read models were built with an older layout; set by the rebuilder. */
    private volatile Consumer<TenantContext> upgrade = ctx -> { };

    public QuerySideModule(AuditModule audit, DashboardChanges dashboardChanges, ProjectionProgress progress) {
        this.audit = audit;
        this.dashboardChanges = dashboardChanges;
        this.progress = progress;
    }

    /** Called with a tenant whose read models have an older layout when its handlers are made. */
    public void upgradeWith(Consumer<TenantContext> upgrade) {
        this.upgrade = upgrade;
    }

    /** Every rebuildable read model of the query side. */
    public List<ReadModel> readModels() {
        return List.of(
                new FormReadModel(progress),
                new DashboardReadModel(dashboardChanges),
                new ComparisonReadModel(),
                new RegisterReadModel(),
                new EvaluationReadModel(),
                new MonitoringReadModel());
    }

    /** The event handlers of one tenant, one per processing group. */
    public List<GroupHandler> handlers(TenantContext ctx) {
        Generations generations = new Generations(ctx.database());
        List<GroupHandler> handlers = new ArrayList<>();
        for (ReadModel model : readModels()) {
            handlers.add(new GroupHandler(model.processingGroup(), new LiveHandler(model, ctx, generations)));
        }
        handlers.add(new GroupHandler(AuditProjection.PROCESSING_GROUP, audit.projection(ctx)));
        if (generations.stale()) {
            upgrade.accept(ctx);
        }
        return List.copyOf(handlers);
    }
}
