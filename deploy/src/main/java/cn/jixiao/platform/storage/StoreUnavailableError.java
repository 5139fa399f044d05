package cn.jixiao.platform.storage;

import de.bwaldvogel.mongo.exception.MongoServerError;

/**
 * What the embedded MongoDB answers while it cannot make writes durable. The code is MongoDB's
 * NotPrimaryOrSecondary ("node is recovering"): the driver raises {@code MongoNodeIsRecoveringException}, as for a
 * replica set member that cannot take writes, and the service answers 503 to it.
 */
public final class StoreUnavailableError extends MongoServerError {

    static final int CODE = 13436;
    static final String CODE_NAME = "NotPrimaryOrSecondary";

    StoreUnavailableError(String reason) {
        super(CODE, CODE_NAME, "node is recovering: the embedded store cannot make writes durable: " + reason);
    }

    static StoreUnavailableError because(Throwable cause) {
        return new StoreUnavailableError(DataDirectory.reason(cause));
    }
}
