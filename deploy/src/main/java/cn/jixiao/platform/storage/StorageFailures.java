package cn.jixiao.platform.storage;

import cn.jixiao.web.FailureTranslator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;

import java.util.Optional;

/**
 * 503 with {@code Retry-After} for a request the store could not take durably, however deep the command bus or
 * the event store wrapped the driver's exception: the one advice asks this before its own mapping. A driver
 * failure that is not about availability is left to the advice, which answers it as our own fault.
 */
@Component
public class StorageFailures implements FailureTranslator {

    private static final Logger log = LoggerFactory.getLogger(StorageFailures.class);

    @Override
    public Optional<ErrorResponse> translate(Throwable failure) {
        if (!StorageUnavailable.isCause(failure)) {
            return Optional.empty();
        }
        log.warn("Answered 503, storage unavailable: {}", failure.getMessage());
        return Optional.of(StorageUnavailable.problem());
    }
}
