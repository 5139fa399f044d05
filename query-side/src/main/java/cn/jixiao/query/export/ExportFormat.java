package cn.jixiao.query.export;

import org.springframework.http.MediaType;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** The formats of the official form the export writes. */
public enum ExportFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", XlsxFormWriter::write),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", DocxFormWriter::write);

    private final MediaType mediaType;
    private final Function<FormLayout.Layout, byte[]> writer;

    ExportFormat(String mediaType, Function<FormLayout.Layout, byte[]> writer) {
        this.mediaType = MediaType.parseMediaType(mediaType);
        this.writer = writer;
    }

    public static Optional<ExportFormat> named(String name) {
        return Arrays.stream(values()).filter(format -> format.name().equalsIgnoreCase(name)).findFirst();
    }

    public MediaType mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase();
    }

    public byte[] write(ExportedDeclaration declaration) {
        return writer.apply(FormLayout.of(declaration));
    }
}
