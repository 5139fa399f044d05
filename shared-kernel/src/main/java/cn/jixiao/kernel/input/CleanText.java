package cn.jixiao.kernel.input;

import cn.jixiao.kernel.declaration.CodedViolation;

/**
 * Text as a form can hold it. Line breaks and tabs are part of long texts (部门职能, 年度总体目标); every other
 * control character (NUL, the rest of C0, DEL, C1), a non-character (U+FFFE, U+FFFF, U+FDD0..U+FDEF), a lone
 * surrogate and the replacement character U+FFFD (what is left where a decoder already lost a character) can
 * never be right: they print as nothing or as boxes on the official form, and break the exports that other
 * systems read.
 */
public final class CleanText {

    /** No field of the form is longer: the longest texts (职能, 目标) are a few thousand characters. */
    public static final int MAX_LENGTH = 20_000;

    private CleanText() {
    }

    /** The text itself, or an {@link InvalidTextException} naming what is wrong with it. */
    public static String require(String text, int maxLength) {
        if (text == null) {
            return null;
        }
        if (text.length() > maxLength) {
            throw new InvalidTextException(InputCodes.TEXT_TOO_LONG, "文字过长：最多 " + maxLength + " 个字符");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (isNonCharacter(Character.toCodePoint(c, text.charAt(i + 1)))) {
                    throw invalidAt(i, Character.toCodePoint(c, text.charAt(i + 1)));
                }
                i++;
            } else if (Character.isSurrogate(c) || isRefused(c)) {
                throw invalidAt(i, c);
            }
        }
        return text;
    }

    public static String require(String text) {
        return require(text, MAX_LENGTH);
    }

    private static boolean isRefused(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) || c == 0xFFFD
                || isNonCharacter(c);
    }

    private static boolean isNonCharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }

    private static InvalidTextException invalidAt(int index, int codePoint) {
        return new InvalidTextException(InputCodes.TEXT_INVALID_CHARACTER, String.format(
                "文字中有不能使用的字符 U+%04X（第 %d 个字符）：控制字符、非字符与残缺的代理对都不能出现在申报表中",
                codePoint, index + 1));
    }

    /** Text that can never be right: 400 with TEXT_INVALID_CHARACTER or TEXT_TOO_LONG. */
    public static class InvalidTextException extends IllegalArgumentException implements CodedViolation {

        private final String code;

        public InvalidTextException(String code, String message) {
            super(message);
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }
}
