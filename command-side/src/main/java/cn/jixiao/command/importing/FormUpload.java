package cn.jixiao.command.importing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * A form file as it arrived: its name and bytes. Its metadata (file name and SHA-256) goes on the import command,
 * so every event of the import says which file it came from.
 */
public record FormUpload(String fileName, byte[] content) {

    public ImportedForm read() {
        return FormFiles.read(content);
    }

    public Map<String, String> metadata() {
        return Map.of(ImportDeclarationCommand.IMPORT_FILE, fileName, ImportDeclarationCommand.IMPORT_SHA256, sha256());
    }

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
