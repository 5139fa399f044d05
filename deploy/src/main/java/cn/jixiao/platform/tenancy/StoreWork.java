package cn.jixiao.platform.tenancy;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The threads that run commands (Axon's command bus is synchronous: loading the aggregate and appending block) and
 * start tenants. Bounded and sized for the store, not for the number of requests, and separate from the pool reads
 * run on, so a burst of commands queues here and never in front of reads, and never on the HTTP event loop.
 */
@Component
public class StoreWork implements DisposableBean {

    private final Scheduler scheduler;

    public StoreWork(@Value("${jixiao.store.command-threads:4}") int threads,
                     @Value("${jixiao.store.command-queue:10000}") int queued) {
        this.scheduler = Schedulers.newBoundedElastic(threads, queued, "store-work", 60, true);
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    @Override
    public void destroy() {
        scheduler.dispose();
    }
}
