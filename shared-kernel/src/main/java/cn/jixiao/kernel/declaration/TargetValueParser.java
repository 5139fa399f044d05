package cn.jixiao.kernel.declaration;

/** Parses target values as the form writes them. TODO: the real parser. */
final class TargetValueParser {

    private TargetValueParser() {
    }

    static TargetValue parse(String text) {
        return new TargetValue(text, null, null, null, TargetKind.QUALITATIVE);
    }
}
