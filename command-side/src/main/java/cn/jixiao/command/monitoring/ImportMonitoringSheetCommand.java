package cn.jixiao.command.monitoring;

import java.util.List;

/** The filled rows of an exported monitoring sheet, reported together: every row or none. */
public record ImportMonitoringSheetCommand(List<MonitoringSheet.SheetRow> rows) {

    public ImportMonitoringSheetCommand {
        rows = List.copyOf(rows);
    }
}
