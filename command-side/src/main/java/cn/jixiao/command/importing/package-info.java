/**
 * Import of the official form (绩效目标申报表) from .docx, .xlsx or the plain-text dump.
 * <p>
 * {@link cn.jixiao.command.importing.FormFiles} tells the format by its bytes and lays the file out as a grid of
 * cells; {@code FormReader} finds every field by its label into an {@link cn.jixiao.command.importing.ImportedForm},
 * collecting problems per cell. {@link cn.jixiao.command.importing.ImportController} ({@code POST /api/v1/imports})
 * sends one {@link cn.jixiao.command.importing.ImportDeclarationCommand}; {@link
 * cn.jixiao.command.importing.DeclarationImporter} turns it into the filer's commands inside one unit of work.
 * <p>
 * Deploy registers, per tenant: {@link cn.jixiao.command.importing.ImportingModule#configure} next to
 * {@code CommandSideModule.configure}; a {@code SimpleCorrelationDataProvider("importFile", "importSha256")}; the
 * default {@code SimpleCommandBus}. Configuration: {@code jixiao.import.max-size} (default 5MB), and
 * {@code spring.webflux.multipart.max-disk-usage-per-part} no larger, so a huge upload stops while streaming.
 */
package cn.jixiao.command.importing;
