package cn.jixiao.command.declaration.web;

import cn.jixiao.command.web.InvalidInputException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ETag and If-Match as versions. A version counts the events of a declaration (created = 1); Axon's
 * {@code @TargetAggregateVersion} compares with the last sequence number, which is one less.
 */
public final class Versions {

    private static final Pattern ENTITY_TAG = Pattern.compile("^\\s*(?:W/)?\"?(\\d{1,18})\"?\\s*$");

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** Null when the client asks for no check (no header, or {@code *}). */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        Matcher matcher = ENTITY_TAG.matcher(ifMatch);
        long version = matcher.matches() ? Long.parseLong(matcher.group(1)) : 0;
        if (version < 1) {
            throw InvalidInputException.of("If-Match", "IF_MATCH_INVALID",
                    "If-Match 须为申报表的版本号，如 \"12\"（取自 ETag）");
        }
        return version - 1;
    }
}
