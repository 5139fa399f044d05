package cn.jixiao.platform.storage;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * H2's backend with our own types for what H2 would otherwise Java-serialize: the unique indexes' keys in
 * {@link KeyOrder}, the collections' documents as {@link BsonDocumentType}, the ids of both as {@link DocumentIdType}.
 * Those maps are opened with these types before H2 opens them by name (it then gets the same map back), so H2's own
 * collection and index code runs unchanged. An index written in H2's former order (a data directory of an earlier
 * version) is re-sorted once, when first opened: its entries are put back in the new order, and a marker per map
 * says so. Nothing is committed before the store's first commit, so a crash during the re-sort leaves the file as
 * it was, and the next start re-sorts again.
 */
final class TypedH2Backend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(TypedH2Backend.class);
    private static final String INDEX_MARK = "._index_";
    /** Where H2 keeps a collection's documents: this prefix, then the collection's full namespace. */
    private static final String DOCUMENTS_PREFIX = "databases.";
    /** Index maps known to be in {@link KeyOrder}: map name → 1. */
    private static final String ORDERED = "jixiao.keyOrdered";

    TypedH2Backend(MVStore mvStore) {
        super(mvStore);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new KeyOrderedDatabase(databaseName);
    }

    /** Called while H2's constructor opens the existing databases, so it reads the store from the backend. */
    private MVMap<Object, Object> openOrdered(String mapName) {
        MVStore store = getMvStore();
        MVMap<Object, Object> index = store.openMap(mapName, new MVMap.Builder<>()
                .keyType(KeyOrder.INSTANCE).valueType(new DocumentIdType()));
        MVMap<String, Integer> ordered = store.openMap(ORDERED);
        if (!ordered.containsKey(mapName)) {
            resort(mapName, index);
            ordered.put(mapName, 1);
        }
        return index;
    }

    private static void resort(String mapName, MVMap<Object, Object> index) {
        if (index.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        List<Map.Entry<Object, Object>> entries = new ArrayList<>();
        index.entrySet().forEach(entry -> entries.add(Map.entry(entry.getKey(), entry.getValue())));
        index.clear();
        entries.forEach(entry -> index.put(entry.getKey(), entry.getValue()));
        log.info("Index {} of the embedded store re-sorted in key order ({} keys, {} ms)", mapName, entries.size(),
                 (System.nanoTime() - started) / 1_000_000);
    }

    private final class KeyOrderedDatabase extends H2Database {

        KeyOrderedDatabase(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            getMvStore().openMap(DOCUMENTS_PREFIX + getFullCollectionNamespace(collectionName),
                    new MVMap.Builder<>().keyType(new DocumentIdType()).valueType(new BsonDocumentType()));
            return super.openOrCreateCollection(collectionName, options);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            openOrdered(getFullCollectionNamespace(collectionName) + INDEX_MARK + indexName);
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }
    }
}
