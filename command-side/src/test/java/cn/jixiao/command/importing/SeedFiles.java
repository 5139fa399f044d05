package cn.jixiao.command.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The 2020 declaration of 祝融街道办事处 as the fixture files carry it. What every format must read to is
 * {@link cn.jixiao.kernel.declaration.SeedForm}, transcribed by hand, not read from a file.
 */
final class SeedFiles {

    static final String TXT = "fixtures/zhurong-2020-declaration.txt";
    static final String DOCX = "fixtures/zhurong-2020-declaration.docx";
    static final String XLSX = "fixtures/zhurong-2020-declaration.xlsx";

    private SeedFiles() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = SeedFiles.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
