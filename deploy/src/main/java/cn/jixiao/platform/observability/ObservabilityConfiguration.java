package cn.jixiao.platform.observability;

import org.springframework.context.annotation.Configuration;

/** Registers the MDC keys of a request with Micrometer's context propagation before the first request. */
@Configuration(proxyBeanMethods = false)
public class ObservabilityConfiguration {

    static {
        LogContext.register();
    }
}
