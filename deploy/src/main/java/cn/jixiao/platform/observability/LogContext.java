package cn.jixiao.platform.observability;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ThreadLocalAccessor;
import org.slf4j.MDC;

import java.util.List;

/**
 * The MDC keys of a request. Each is a key of the Reactor context too: with automatic context propagation
 * ({@code spring.reactor.context-propagation=auto}) Reactor copies them into the MDC of whichever thread runs the
 * request's next step, so a log line written on a worker thread still names the request.
 */
public final class LogContext {

    public static final String CORRELATION_ID = "correlationId";
    public static final String TENANT = "tenant";
    public static final String USER = "user";
    static final List<String> KEYS = List.of(CORRELATION_ID, TENANT, USER);

    private LogContext() {
    }

    /** Idempotent: the registry keeps one accessor per key. */
    static void register() {
        KEYS.forEach(key -> ContextRegistry.getInstance().registerThreadLocalAccessor(new MdcAccessor(key)));
    }

    private record MdcAccessor(String name) implements ThreadLocalAccessor<String> {

        @Override
        public Object key() {
            return name;
        }

        @Override
        public String getValue() {
            return MDC.get(name);
        }

        @Override
        public void setValue(String value) {
            MDC.put(name, value);
        }

        @Override
        public void setValue() {
            MDC.remove(name);
        }
    }
}
