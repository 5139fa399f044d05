package cn.jixiao.platform.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static cn.jixiao.platform.eventstore.MongoTokenStore.*;

/**
 * Folds the per-segment token documents of the earlier layout into one processor document. Runs only while a
 * processor has no document of the new layout (a filter on a tiny collection, once per processor); the fold is
 * an insert under the unique key, so of two nodes doing it at once one wins and both read the same result.
 */
final class LegacyTokens {

    private static final Logger log = LoggerFactory.getLogger(LegacyTokens.class);

    private LegacyTokens() {
    }

    static Document fold(MongoCollection<Document> tokens, String processorName) {
        List<Document> legacy = tokens.find(Filters.and(Filters.eq(PROCESSOR_NAME, processorName),
                                                        Filters.gte(SEGMENT, 0))).into(new ArrayList<>());
        if (legacy.isEmpty()) {
            return null;
        }
        List<Document> segments = new ArrayList<>();
        String storageIdentifier = null;
        for (Document old : legacy) {
            segments.add(new Document(SEGMENT, old.getInteger(SEGMENT)).append(OWNER, old.get(OWNER))
                                 .append(TIMESTAMP, old.get(TIMESTAMP)).append(TOKEN, old.get(TOKEN))
                                 .append(TOKEN_TYPE, old.get(TOKEN_TYPE)));
            storageIdentifier = storageIdentifier != null ? storageIdentifier : old.getString(STORAGE_IDENTIFIER);
        }
        segments.sort(Comparator.comparingInt(entry -> entry.getInteger(SEGMENT)));
        Document folded = processorDocument(processorName, 0, segments);
        if (storageIdentifier != null) {
            folded.append(STORAGE_IDENTIFIER, storageIdentifier);
        }
        try {
            tokens.insertOne(folded);
            log.info("Tokens of {} ({} segments) moved to one processor document", processorName, segments.size());
        } catch (com.mongodb.MongoException e) {
            if (!MongoDuplicateKeyResolver.isDuplicateKey(e)) {
                throw e;
            }
        }
        for (Document old : legacy) {
            tokens.deleteOne(new Document(PROCESSOR_NAME, processorName).append(SEGMENT, old.getInteger(SEGMENT)));
        }
        return tokens.find(new Document(PROCESSOR_NAME, processorName).append(SEGMENT, PROCESSOR_DOCUMENT)).first();
    }
}
