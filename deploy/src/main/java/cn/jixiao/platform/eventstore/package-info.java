/**
 * The MongoDB event store, one tenant database at a time: {@link cn.jixiao.platform.eventstore.MongoEventStorageEngine}
 * (collections {@code domainevents}, {@code snapshotevents}, {@code eventsequence}) and
 * {@link cn.jixiao.platform.eventstore.MongoTokenStore} (collection {@code trackingtokens}).
 * <p>
 * Tracking order is a gap-aware global index reserved in contiguous blocks, never a writer's clock, so streaming
 * processors see every committed event exactly once however skewed or slow the writers are. Only plain CRUD is used,
 * so the same code runs on the embedded mongo-java-server and on a MongoDB replica set.
 * <p>
 * Per-tenant wiring (see {@code AxonWiringTest}):
 * <pre>{@code
 * DefaultConfigurer.defaultConfiguration()
 *     .configureSerializer(c -> jackson)
 *     .configureEventSerializer(c -> jackson)
 *     .configureEmbeddedEventStore(c -> MongoEventStorageEngine.builder()
 *             .database(tenantDatabase)
 *             .eventSerializer(c.eventSerializer())
 *             .snapshotSerializer(c.serializer())
 *             .upcasterChain(c.upcasterChain())
 *             .build())
 *     .eventProcessing(ep -> ep.usingPooledStreamingEventProcessors()
 *             .registerTokenStore(c -> MongoTokenStore.builder().database(tenantDatabase).serializer(c.serializer()).build()));
 * }</pre>
 */
package cn.jixiao.platform.eventstore;
