/**
 * The query side: projections and read endpoints. Deploy implements {@link cn.jixiao.query.TenantContexts} and
 * registers {@link cn.jixiao.query.QuerySideModule#projections} per tenant. Read models implement
 * {@link cn.jixiao.query.ReadModel} so that they can be rebuilt into a new generation while serving.
 */
package cn.jixiao.query;
