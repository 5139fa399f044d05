package cn.jixiao.platform.web;

import cn.jixiao.command.web.WriteRequestResolver;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.platform.security.ActorArgumentResolver;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebFluxConfigurer {

    static {
        // The actor comes from the token, never from the request: keep it out of the published API.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Override
    public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
        configurer.addCustomResolver(new ActorArgumentResolver());
        configurer.addCustomResolver(new WriteRequestResolver());
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
