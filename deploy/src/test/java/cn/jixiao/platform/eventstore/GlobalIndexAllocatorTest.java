package cn.jixiao.platform.eventstore;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class GlobalIndexAllocatorTest {

    @Test
    void concurrentAllocatorsOnOneDatabaseHandOutEveryIndexExactlyOnce() throws Exception {
        try (TestMongo mongo = new TestMongo()) {
            MongoCollection<Document> sequence = mongo.newTenantDatabase().getCollection("eventsequence");
            int threads = 6;
            int blocksPerThread = 60;
            ExecutorService executor = Executors.newFixedThreadPool(threads);
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                // One allocator per thread: as many engine instances (services) as threads.
                GlobalIndexAllocator allocator = new GlobalIndexAllocator(sequence, 1);
                int blockSize = 1 + t % 3;
                futures.add(executor.submit(() -> {
                    List<Long> indexes = new ArrayList<>();
                    for (int i = 0; i < blocksPerThread; i++) {
                        long first = allocator.allocate(blockSize);
                        LongStream.range(first, first + blockSize).forEach(indexes::add);
                    }
                    return indexes;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> future : futures) {
                all.addAll(future.get(60, TimeUnit.SECONDS));
            }
            executor.shutdown();

            // No index twice, none skipped: exactly 1..n.
            assertThat(all).doesNotHaveDuplicates();
            assertThat(all).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, all.size()).boxed().toList());
        }
    }
}
