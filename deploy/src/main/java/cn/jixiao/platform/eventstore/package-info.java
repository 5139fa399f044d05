/**
 * The MongoDB event store, one tenant database at a time: {@link cn.jixiao.platform.eventstore.MongoEventStorageEngine}
 * (collections {@code domainevents}, {@code snapshotevents}, {@code eventsequence}) and
 * {@link cn.jixiao.platform.eventstore.MongoTokenStore} (collection {@code trackingtokens}).
 * <p>
 * Tracking order is a gap-aware global index reserved in contiguous blocks, never a writer's clock, so streaming
 * processors see every committed event exactly once however skewed or slow the writers are. Only plain CRUD is used,
 * so the same code runs on the embedded mongo-java-server and on a MongoDB replica set.
 * <p>
 * Every hot-path read is served by a unique key on both backends (mongo-java-server answers only equality on all
 * fields of a unique index, or {@code $in} on a single-field unique index): aggregates by {@code aggregateSeq},
 * tracking by {@code globalIndex $in}, snapshots and tokens by their unique keys, the head by the allocator's chain.
 * Processors track through {@link cn.jixiao.platform.eventstore.WakingEventSource}, woken by appends instead of
 * polling; {@link cn.jixiao.platform.eventstore.EventStoreWatch} notices other instances' appends.
 * <p>
 * Per-tenant wiring (see {@code AxonWiringTest}):
 * <pre>{@code
 * MongoEventStorageEngine engine = MongoEventStorageEngine.builder().database(tenantDatabase).serializer(jackson).build();
 * DefaultConfigurer.defaultConfiguration()
 *     .configureSerializer(c -> jackson)
 *     .configureEventSerializer(c -> jackson)
 *     .configureEmbeddedEventStore(c -> engine)
 *     .eventProcessing(ep -> ep.usingPooledStreamingEventProcessors()
 *             .configureDefaultStreamableMessageSource(c -> new WakingEventSource(engine, 250))
 *             .registerTokenStore(c -> MongoTokenStore.builder().database(tenantDatabase).serializer(c.serializer()).build()));
 * }</pre>
 */
package cn.jixiao.platform.eventstore;
