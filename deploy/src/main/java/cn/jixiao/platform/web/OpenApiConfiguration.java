package cn.jixiao.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The published API: what it is, and that every call carries a bearer JWT. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    private static final String BEARER = "bearer-jwt";

    @Bean
    OpenAPI jixiaoApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Jixiao 绩效目标申报 API")
                        .version("v1")
                        .description("Performance-target declarations (绩效目标申报表) of budget units: filing, two-stage "
                                + "review, approval, read models, audit. The tenant always comes from the token. "
                                + "Errors are RFC 9457 application/problem+json."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("Claims: sub, name, tenant, roles, unit (filers)")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return new ProblemResponses();
    }
}
