package cn.jixiao.command.importing;

import cn.jixiao.kernel.input.InputCodes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads an uploaded form in whichever format it comes: Word (.docx), Excel (.xlsx) or the plain-text dump. The
 * format is told by the bytes, not by the file name (users rename files). Old binary Office files and anything
 * else are refused with 415; a file that claims a format but cannot be read is refused with 400.
 */
public final class FormFiles {

    enum Format { DOCX, XLSX, TEXT }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final Charset GB18030 = Charset.forName("GB18030");

    /**
     * No part of a form file inflates beyond this; POI refuses the part as it reads past it. Sheets are streamed,
     * so this only bounds the time a hostile sheet takes to skip through.
     */
    static final long MAX_PART_BYTES = 256L * 1024 * 1024;
    /**
     * A Word form is read whole (POI's XWPF builds the document's DOM), so its document XML is bounded before:
     * a form's is well under 2 MB.
     */
    static final long MAX_DOCUMENT_XML = 16L * 1024 * 1024;

    static {
        if (ZipSecureFile.getMaxEntrySize() > MAX_PART_BYTES) {
            ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        }
    }

    private FormFiles() {
    }

    public static ImportedForm read(byte[] content) {
        return FormReader.read(grid(content));
    }

    public static Grid grid(byte[] content) {
        if (content.length == 0) {
            throw ImportRejectedException.badFile(ImportRejectedException.FILE_EMPTY, "上传的文件是空的");
        }
        return switch (format(content)) {
            case DOCX -> docx(content);
            case XLSX -> xlsx(content);
            case TEXT -> TextGridReader.read(text(content));
        };
    }

    static Format format(byte[] content) {
        if (startsWith(content, OLE2)) {
            throw ImportRejectedException.unsupported("不支持旧版 Word/Excel 文件（.doc/.xls），请另存为 .docx 或 .xlsx 后上传");
        }
        if (startsWith(content, ZIP)) {
            Archive archive = archive(content);
            if (archive.names.contains("word/document.xml")) {
                return Format.DOCX;
            }
            if (archive.names.contains("xl/workbook.xml")) {
                return Format.XLSX;
            }
            if (!archive.complete) {
                throw damaged();
            }
            throw ImportRejectedException.unsupported("压缩文件不是 Word 或 Excel 文档，请上传 .docx、.xlsx 或文本格式的申报表");
        }
        if (looksBinary(content)) {
            throw ImportRejectedException.unsupported("无法识别的文件格式，请上传 .docx、.xlsx 或文本格式的申报表");
        }
        return Format.TEXT;
    }

    private static Grid docx(byte[] content) {
        if (inflatedSize(content, "word/document.xml", MAX_DOCUMENT_XML) > MAX_DOCUMENT_XML) {
            throw ImportRejectedException.badFile(ImportRejectedException.FORM_TOO_LARGE,
                    "Word 文档的正文超过 " + MAX_DOCUMENT_XML / 1024 / 1024 + " MB，不是一份申报表");
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            return DocxGridReader.read(document);
        } catch (IOException | RuntimeException e) {
            throw damaged();
        }
    }

    /**
     * Streamed from a temporary file: POI then inflates one part at a time as it is read (an input stream would
     * have it inflate every part into memory first), and its zip-bomb checks apply to each.
     */
    private static Grid xlsx(byte[] content) {
        Path file = null;
        try {
            file = Files.createTempFile("jixiao-import-", ".xlsx");
            Files.write(file, content);
            return XlsxGridReader.read(file);
        } catch (IOException | RuntimeException e) {
            Optional<XlsxGridReader.CellTooLong> tooLong = cause(e, XlsxGridReader.CellTooLong.class);
            if (tooLong.isPresent()) {
                throw ImportRejectedException.badFile(InputCodes.TEXT_TOO_LONG, "单元格 " + tooLong.get().ref()
                        + " 的内容超过 " + XlsxGridReader.MAX_CELL_TEXT + " 个字符，不是申报表的内容");
            }
            if (isZipBomb(e)) {
                throw ImportRejectedException.badFile(ImportRejectedException.FORM_TOO_LARGE,
                        "表格展开后远大于任何申报表（压缩比过高或内容过大），无法导入");
            }
            throw damaged();
        } finally {
            deleteQuietly(file);
        }
    }

    /** POI's refusal of a part that inflates too far or too much (its message is all it says). */
    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("exceed the max")) {
                return true;
            }
        }
        return false;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }

    private static <T> Optional<T> cause(Throwable t, Class<T> type) {
        for (int depth = 0; t != null && depth < 10; depth++) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
            t = t instanceof org.xml.sax.SAXException sax && sax.getException() != null ? sax.getException() : t.getCause();
        }
        return Optional.empty();
    }

    private static ImportRejectedException damaged() {
        return ImportRejectedException.badFile(ImportRejectedException.FILE_DAMAGED, "文件已损坏或不完整，无法读取，请重新保存后上传");
    }

    private record Archive(Set<String> names, boolean complete) {
    }

    /** The entries as far as the archive can be read: a truncated file yields its first entries only. */
    private static Archive archive(byte[] content) {
        Set<String> names = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
            return new Archive(names, true);
        } catch (IOException | IllegalArgumentException e) {
            return new Archive(names, false);
        }
    }

    /** How many bytes the entry inflates to, counted as a stream and only up to just past {@code limit}. */
    private static long inflatedSize(byte[] content, String name, long limit) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    byte[] buffer = new byte[64 * 1024];
                    long size = 0;
                    for (int n = zip.read(buffer); n >= 0 && size <= limit; n = zip.read(buffer)) {
                        size += n;
                    }
                    return size;
                }
            }
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            throw damaged();
        }
    }

    /** UTF-8 as exported today; GB18030 as Chinese Windows saves text files. */
    private static String text(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, GB18030);
        }
    }

    /** Text has no NUL and few control characters; images, PDFs and archives have many. */
    private static boolean looksBinary(byte[] content) {
        int sample = Math.min(content.length, 4096);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = content[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                control++;
            }
        }
        return control * 20 > sample;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
