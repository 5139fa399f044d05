package cn.jixiao.kernel.declaration;

/** The comparator of a target value. GE targets are "higher is better", LE targets "lower is better". */
public enum Comparator {
    EQ("="), GE("≥"), LE("≤"), GT(">"), LT("<");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** +1 when a larger number is a more ambitious target, -1 when a smaller one is, 0 for EQ. */
    public int direction() {
        return switch (this) {
            case GE, GT -> 1;
            case LE, LT -> -1;
            case EQ -> 0;
        };
    }
}
