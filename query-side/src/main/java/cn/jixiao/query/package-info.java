/**
 * The query side: projections and read endpoints. Deploy implements {@link cn.jixiao.query.TenantContexts} and
 * registers {@link cn.jixiao.query.QuerySideModule#handlers} per tenant.
 *
 * <p>The pieces of a projection, by name: a {@link cn.jixiao.query.projection.ReadModel} is a kind of rebuildable
 * read model; its {@link cn.jixiao.query.projection.ReadModelWriter} writes batches of events into one generation's
 * collections (per declaration: a {@link cn.jixiao.query.projection.DeclarationWriter}); the
 * {@link cn.jixiao.query.projection.LiveHandler} is the Axon event handler that gathers the processor's batch and
 * hands it to the writers of the generations being written; a {@link cn.jixiao.query.GroupHandler} is what deploy
 * registers in a processing group.
 */
package cn.jixiao.query;
