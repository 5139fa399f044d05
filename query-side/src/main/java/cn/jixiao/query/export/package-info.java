/**
 * Export of a declaration in the official layout ({@code GET /api/v1/declarations/{id}/export?format=xlsx|docx}).
 * <p>
 * The declaration is folded from the tenant's event store ({@link cn.jixiao.query.TenantContexts}), laid out once
 * ({@code FormLayout}: the sections, labels and merged cells of the paper form) and rendered as Excel or Word.
 * The import on the command side reads these files back to the same form.
 */
package cn.jixiao.query.export;
