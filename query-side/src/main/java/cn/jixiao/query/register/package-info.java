/**
 * The register's read side: its rows projected from the kernel's fold (rebuildable read model {@code register}),
 * the admin's paged lists and history, and the reviewer's worklist for {@code GET /declarations?queue=mine}.
 */
package cn.jixiao.query.register;
