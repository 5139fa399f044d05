package cn.jixiao.query;

import cn.jixiao.query.audit.AuditModule;
import cn.jixiao.query.audit.AuditProjection;
import cn.jixiao.query.comparison.ComparisonReadModel;
import cn.jixiao.query.dashboard.DashboardChanges;
import cn.jixiao.query.dashboard.DashboardReadModel;
import cn.jixiao.query.form.FormReadModel;
import cn.jixiao.query.rebuild.Generations;
import cn.jixiao.query.rebuild.LiveProjection;
import cn.jixiao.query.register.RegisterReadModel;

import java.util.ArrayList;
import java.util.List;

/**
 * Entry point for deploy: the projections of one tenant. Deploy registers each {@link Projection#eventHandler()} in
 * its {@link Projection#processingGroup()} (a pooled streaming processor per group and tenant).
 *
 * <p>Read models listed in {@link #readModels()} are rebuildable: their live handler writes to the active generation
 * (and the one being built), and {@code POST /api/v1/admin/projections/rebuild} replays them into a new one.
 * Handlers that keep their own state outside generations go in {@link #otherProjections(TenantContext)}.
 */
public final class QuerySideModule {

    private QuerySideModule() {
    }

    /** Every rebuildable read model of the query side. */
    public static List<ReadModel> readModels() {
        return List.of(
                new FormReadModel(),
                new DashboardReadModel(DashboardChanges.shared()),
                new ComparisonReadModel(),
                new RegisterReadModel());
    }

    /** The projections of one tenant; the audit log signs its heads with {@code audit}. */
    public static List<Projection> projections(TenantContext ctx, AuditModule audit) {
        Generations generations = new Generations(ctx.database());
        List<Projection> projections = new ArrayList<>();
        for (ReadModel model : readModels()) {
            projections.add(new Projection(model.processingGroup(), new LiveProjection(model, ctx, generations)));
        }
        projections.addAll(otherProjections(ctx, audit));
        return List.copyOf(projections);
    }

    /** Projections that are not rebuilt by generation (they manage their own collections). */
    static List<Projection> otherProjections(TenantContext ctx, AuditModule audit) {
        return List.of(new Projection(AuditProjection.PROCESSING_GROUP, audit.projection(ctx)));
    }
}
