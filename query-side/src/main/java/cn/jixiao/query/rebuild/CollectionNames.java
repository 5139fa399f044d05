package cn.jixiao.query.rebuild;

/**
 * The physical collection names of one read-model generation: {@code declarations} of generation 3 is
 * {@code rm3_declarations}. Read models ask for their collections here and never hard-code them.
 */
public record CollectionNames(int generation) {

    static final String PREFIX = "rm";

    public CollectionNames {
        if (generation < 1) {
            throw new IllegalArgumentException("generation must be positive: " + generation);
        }
    }

    public String of(String logicalName) {
        return PREFIX + generation + "_" + logicalName;
    }

    /** Whether a collection of the tenant database belongs to some read-model generation, and which. */
    static int generationOf(String collectionName) {
        if (!collectionName.startsWith(PREFIX)) {
            return -1;
        }
        int underscore = collectionName.indexOf('_');
        if (underscore <= PREFIX.length()) {
            return -1;
        }
        try {
            return Integer.parseInt(collectionName.substring(PREFIX.length(), underscore));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
