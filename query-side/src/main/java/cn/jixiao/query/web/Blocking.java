package cn.jixiao.query.web;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.concurrent.Callable;

/** The MongoDB sync driver and the event store block: run them off the event loop. */
public final class Blocking {

    private Blocking() {
    }

    public static <T> Mono<T> call(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
