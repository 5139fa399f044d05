package cn.jixiao.command.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The unit code of a form uploaded without one, until tenants keep a register of their units: {@code N} and the
 * first 12 hex digits (upper case) of the SHA-256 of the unit's name with whitespace removed and full-width
 * forms folded (NFKC). The same name always gives the same code, so the same unit's forms of several years meet
 * in year-over-year comparisons, and a second import of the same unit and year is refused as a duplicate.
 */
public final class UnitCodes {

    private UnitCodes() {
    }

    public static String fromName(String unitName) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Texts.compact(unitName).getBytes(StandardCharsets.UTF_8));
            return "N" + HexFormat.of().withUpperCase().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
