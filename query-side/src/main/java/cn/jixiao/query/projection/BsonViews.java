package cn.jixiao.query.projection;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.bson.Document;

import java.util.Map;

/**
 * The one Jackson conversion between records and BSON documents on the read side. Views are stored as the JSON
 * the API serves, so a stored document and a response can never drift apart. Records hold only strings, numbers,
 * enums and lists: amounts and target numbers are decimal strings (the kernel annotates them so), so nothing passes
 * through a floating-point double on its way to the database and back.
 */
public final class BsonViews {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            // a stored document stays readable when a later version adds or drops a property
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private BsonViews() {
    }

    @SuppressWarnings("unchecked")
    public static Document toDocument(Object view) {
        return new Document(MAPPER.convertValue(view, Map.class));
    }

    public static <T> T fromDocument(Document document, Class<T> type) {
        return MAPPER.convertValue(document, type);
    }
}
