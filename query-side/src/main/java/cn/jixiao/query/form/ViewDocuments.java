package cn.jixiao.query.form;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.bson.Document;

import java.util.Map;

/**
 * Views are stored as the JSON the API serves: one Jackson conversion each way, so a stored document and a
 * response can never drift apart. Views hold only strings, numbers, enums and lists (no dates, no BigDecimal).
 */
public final class ViewDocuments {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ViewDocuments() {
    }

    @SuppressWarnings("unchecked")
    public static Document toDocument(Object view) {
        return new Document(MAPPER.convertValue(view, Map.class));
    }

    public static <T> T fromDocument(Document document, Class<T> type) {
        return MAPPER.convertValue(document, type);
    }
}
