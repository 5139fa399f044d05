package cn.jixiao.platform.observability;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

import java.util.regex.Pattern;

/**
 * Keeps secrets and personal data out of structured log lines, whatever wrote them (a library's debug line, an
 * exception that quotes its input): bearer tokens and JWTs, mobile and fixed-line phone numbers. Applied to every
 * string of every line ({@code logging.structured.json.customizer}).
 */
public class Redaction implements StructuredLoggingJsonMembersCustomizer<Object> {

    private static final Pattern BEARER = Pattern.compile("(?i)\\bbearer\\s+[A-Za-z0-9._~+/-]+=*");
    private static final Pattern JWT = Pattern.compile("\\beyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    /** Mainland mobile numbers (11 digits, 13x–19x), alone or after +86. */
    private static final Pattern MOBILE = Pattern.compile("(?<![\\d.])(?:\\+?86[- ]?)?1[3-9]\\d{9}(?![\\d.])");
    /** Fixed lines with their area code: 0734-1234567, 010-12345678. */
    private static final Pattern LANDLINE = Pattern.compile("(?<![\\d.])0\\d{2,3}-\\d{7,8}(?![\\d.])");

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, Redaction::redact));
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String redacted = BEARER.matcher(text).replaceAll("Bearer [redacted]");
        redacted = JWT.matcher(redacted).replaceAll("[redacted token]");
        redacted = MOBILE.matcher(redacted).replaceAll("[redacted phone]");
        return LANDLINE.matcher(redacted).replaceAll("[redacted phone]");
    }
}
