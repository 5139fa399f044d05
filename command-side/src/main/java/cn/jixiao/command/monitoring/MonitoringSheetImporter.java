package cn.jixiao.command.monitoring;

import cn.jixiao.kernel.declaration.DeclarationRejectedException;
import cn.jixiao.kernel.declaration.Finding;
import cn.jixiao.kernel.monitoring.MonitoringRejectedException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;

import java.util.ArrayList;
import java.util.List;

/**
 * Reports every row of an imported monitoring sheet from inside one unit of work, as the declaration's import
 * does, so the rows are appended together. A row the form refuses is reported by its cells and the others still
 * tried, so the unit sees every problem at once; then nothing is appended.
 */
public class MonitoringSheetImporter {

    private final CommandGateway commandGateway;

    public MonitoringSheetImporter(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /** Answers the form's version after the last row (0 for a sheet without rows). */
    @CommandHandler
    public long handle(ImportMonitoringSheetCommand command, MetaData metaData) {
        List<Finding> problems = new ArrayList<>();
        long version = 0;
        for (MonitoringSheet.SheetRow row : command.rows()) {
            try {
                Object result = commandGateway.sendAndWait(
                        GenericCommandMessage.asCommandMessage(row.report()).andMetaData(metaData));
                version = ((Number) result).longValue();
            } catch (RuntimeException e) {
                DeclarationRejectedException refused = refusal(e);
                if (refused.reason() == DeclarationRejectedException.Reason.FORBIDDEN
                        || refused.reason() == DeclarationRejectedException.Reason.CONFLICT) {
                    throw refused;
                }
                problems.addAll(atCells(refused, row));
            }
        }
        if (!problems.isEmpty()) {
            throw MonitoringRejectedException.invalid(problems);
        }
        return version;
    }

    private static List<Finding> atCells(DeclarationRejectedException refused, MonitoringSheet.SheetRow row) {
        if (refused.findings().isEmpty()) {
            return List.of(new Finding(refused.code(), row.row(), refused.getMessage()));
        }
        return refused.findings().stream().map(finding -> new Finding(finding.code(),
                row.cells().getOrDefault(finding.field(), row.row()), finding.message())).toList();
    }

    /** What the form said, however the bus wrapped it; anything else is not a problem of the sheet. */
    private static DeclarationRejectedException refusal(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DeclarationRejectedException refused) {
                return refused;
            }
        }
        throw e;
    }
}
