package cn.jixiao.command.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The seed spreadsheet with many rows appended below the form: what an attacker uploads to make the server keep a
 * whole sheet in memory. Written as the zip's XML directly, so a million rows take a second, not a minute.
 */
final class LongSheets {

    private static final String SHEET = "xl/worksheets/sheet1.xml";

    private LongSheets() {
    }

    static byte[] seedWithRowsBelow(int rows) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(SeedFiles.bytes(SeedFiles.XLSX)));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(9);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(SHEET)) {
                    writeWithRows(out, new String(content, StandardCharsets.UTF_8), rows);
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeWithRows(ZipOutputStream out, String sheet, int rows) throws IOException {
        int end = sheet.indexOf("</sheetData>");
        out.write(sheet.substring(0, end).getBytes(StandardCharsets.UTF_8));
        // Rows without references follow the last one. Each row differs, so that the file compresses no better
        // than POI's zip-bomb check allows (1:100) and is read through rather than refused at once.
        out.write("<row r=\"1000\"><c><v>1</v></c></row>".getBytes(StandardCharsets.US_ASCII));
        StringBuilder row = new StringBuilder(48);
        for (int r = 1; r < rows; r++) {
            row.setLength(0);
            row.append("<row><c><v>").append(r).append("</v></c></row>");
            out.write(row.toString().getBytes(StandardCharsets.US_ASCII));
        }
        out.write(sheet.substring(end).getBytes(StandardCharsets.UTF_8));
    }
}
