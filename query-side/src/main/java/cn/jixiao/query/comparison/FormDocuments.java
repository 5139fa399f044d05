package cn.jixiao.query.comparison;

import cn.jixiao.kernel.declaration.DeclarationForm;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.bson.Document;

/**
 * A {@link DeclarationForm} as a MongoDB document, through the form's own JSON (amounts and target numbers are
 * decimal strings there, so nothing passes through a floating-point double on its way to the database and back).
 */
final class FormDocuments {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            // a stored form stays readable when a later kernel adds or drops a property
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private FormDocuments() {
    }

    static Document toDocument(DeclarationForm form) {
        try {
            return Document.parse(MAPPER.writeValueAsString(form));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write form " + form.id(), e);
        }
    }

    static DeclarationForm fromDocument(Document document) {
        try {
            return MAPPER.readValue(document.toJson(), DeclarationForm.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read form " + document.get("id"), e);
        }
    }
}
