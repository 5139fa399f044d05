package cn.jixiao.command.snapshot;

import cn.jixiao.command.declaration.Declaration;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How aggregates are written into snapshots: their fields as they are. Kept out of the aggregate package, which
 * stays free of Jackson (ArchUnit checks it); whoever builds a snapshot serializer applies it.
 */
public final class SnapshotLayout {

    private SnapshotLayout() {
    }

    /** {@code mapper}, now writing and reading a {@link Declaration} snapshot field by field. */
    public static ObjectMapper applyTo(ObjectMapper mapper) {
        return mapper.addMixIn(Declaration.class, FieldsAsTheyAre.class);
    }

    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
            getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
    private abstract static class FieldsAsTheyAre {
    }
}
