/**
 * Read-model generations and rebuilds. Every {@link cn.jixiao.query.ReadModel} writes to the collections of the
 * generation it is given ({@link cn.jixiao.query.rebuild.CollectionNames}: {@code rm<N>_<name>}); a pointer document
 * ({@link cn.jixiao.query.rebuild.Generations}) says which generation readers use and which one a rebuild fills.
 * See {@link cn.jixiao.query.rebuild.ProjectionRebuilder} for why no event is lost across the switch.
 */
package cn.jixiao.query.rebuild;
