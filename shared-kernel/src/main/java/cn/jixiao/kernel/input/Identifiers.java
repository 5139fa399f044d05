package cn.jixiao.kernel.input;

import java.util.regex.Pattern;

/**
 * The shape of every identifier a client sends: unit codes (统一社会信用代码 parts, 预算单位编码 such as
 * {@code 430412001}, or the {@code N…} codes derived from a unit's name), declaration, goal and indicator ids
 * (UUIDs) and tenant ids. ASCII letters, digits and {@code . _ -}, at most {@value #MAX_LENGTH} characters, so an
 * id is the same in a URL, a file name, a MongoDB key and the printed form.
 */
public final class Identifiers {

    public static final int MAX_LENGTH = 64;
    /** For {@code @Pattern} on request fields. */
    public static final String SHAPE = "[A-Za-z0-9._-]{1," + MAX_LENGTH + "}";
    private static final Pattern PATTERN = Pattern.compile(SHAPE);

    private Identifiers() {
    }

    public static boolean isWellFormed(String id) {
        return id != null && PATTERN.matcher(id).matches();
    }
}
