package cn.jixiao.query.projection;

import cn.jixiao.query.TenantContext;
import cn.jixiao.query.rebuild.CollectionNames;

/**
 * A kind of rebuildable read model: its processing group, and a writer for the collections of any generation. It
 * never names its collections itself, so a rebuild can fill a new generation while the live one keeps serving,
 * then switch (see {@link cn.jixiao.query.rebuild.Generations}).
 *
 * <p>Writers must be idempotent and order-safe per aggregate (skip what they already applied), because during a
 * rebuild the live processor and the replay may both deliver the same event to the new generation.
 */
public interface ReadModel {

    /** The processing group of the live handler; also the name of its tracking token. */
    String processingGroup();

    /** A writer into the collections of one generation. */
    ReadModelWriter writer(TenantContext ctx, CollectionNames names);
}
