package cn.jixiao.platform.storage;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteConcernException;
import cn.jixiao.kernel.input.ProblemType;
import cn.jixiao.web.ApiProblem;

import java.util.List;
import java.util.Set;

/**
 * The failures that mean "the store cannot take this durably right now", on either backend: the embedded store
 * refusing while its disk cannot be written, a replica set without a primary or a majority, a database out of
 * reach. Nothing of the request was acknowledged; the client retries later (with its Idempotency-Key).
 */
public final class StorageUnavailable {

    private static final List<Class<? extends Throwable>> TYPES = List.of(MongoNodeIsRecoveringException.class,
            MongoNotPrimaryException.class, MongoWriteConcernException.class, MongoTimeoutException.class,
            MongoSocketException.class);
    /**
     * Not primary, node is recovering, shutting down, stepped down, interrupted by a state change: the codes a
     * driver turns into "try another time". A find or aggregate reports them as a plain query exception.
     */
    private static final Set<Integer> CODES = Set.of(StoreUnavailableError.CODE, 10107, 13435, 10058, 11600, 11602,
            189, 91);
    /** Seconds; the embedded store checks its disk every two. */
    static final String RETRY_AFTER = "5";
    private static final int MAX_CAUSE_DEPTH = 8;

    private StorageUnavailable() {
    }

    /** Whether the failure, or one of its causes, says the store cannot take requests now. */
    public static boolean isCause(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_CAUSE_DEPTH; depth++, t = t.getCause()) {
            if (is(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean is(Throwable t) {
        if (TYPES.stream().anyMatch(type -> type.isInstance(t))) {
            return true;
        }
        if (t instanceof MongoCommandException command) {
            return CODES.contains(command.getErrorCode());
        }
        // majority not reached for a bulk insert: nothing refused as a duplicate, the write concern failed
        return t instanceof MongoBulkWriteException bulk && bulk.getWriteErrors().isEmpty()
                && bulk.getWriteConcernError() != null;
    }

    /** The 503 with {@code Retry-After}, for the advice and for the web filters alike. */
    static ApiProblem problem() {
        return ApiProblem.of(ProblemType.STORAGE_UNAVAILABLE,
                "存储暂时无法可靠写入（例如磁盘已满或只读），本次请求未被执行或未被确认；请稍后重试，重试时请使用同一 Idempotency-Key")
                .withCode("STORAGE_UNAVAILABLE").retryAfter(RETRY_AFTER);
    }
}
