package cn.jixiao.query;

import cn.jixiao.query.rebuild.CollectionNames;

/**
 * A rebuildable read model. It never names its collections itself: it writes to those of the generation it is
 * given, so a rebuild can fill a new generation while the live one keeps serving, then switch (see
 * {@link cn.jixiao.query.rebuild.Generations}).
 *
 * <p>Projectors must be idempotent and order-safe per aggregate (skip what they already applied), because during a
 * rebuild the live processor and the replay may both deliver the same event to the new generation.
 */
public interface ReadModel {

    /** The processing group of the live handler; also the name of its tracking token. */
    String processingGroup();

    /** A projector writing to the collections of one generation. */
    Projector projector(TenantContext ctx, CollectionNames names);
}
