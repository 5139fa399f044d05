package cn.jixiao.platform.axon;

import org.axonframework.serialization.Serializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    @Bean
    Serializer axonSerializer() {
        return AxonSerialization.jacksonSerializer();
    }
}
