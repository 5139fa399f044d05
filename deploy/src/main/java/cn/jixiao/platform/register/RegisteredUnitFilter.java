package cn.jixiao.platform.register;

import cn.jixiao.command.register.TenantRegister;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.register.RegisterCodes;
import cn.jixiao.kernel.register.RegisteredUser;
import cn.jixiao.platform.security.JwtActors;
import cn.jixiao.platform.tenancy.TenantRuntimes;
import cn.jixiao.platform.web.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.Objects;
import java.util.Optional;

/**
 * The identity provider says who someone is; the tenant's register says what they may act on. A token whose
 * {@code unit} disagrees with the unit the register gives its user ({@code sub}) is refused (403,
 * {@code TOKEN_UNIT_MISMATCH}) before any controller runs. Users the register does not know pass as the token
 * says (a tenant that keeps no register works as before; the demo tenant's register holds the demo users).
 */
@Component
public class RegisteredUnitFilter implements WebFilter {

    private final TenantRuntimes runtimes;
    private final ProblemWriter problems;

    public RegisteredUnitFilter(TenantRuntimes runtimes, ProblemWriter problems) {
        this.runtimes = runtimes;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(auth -> JwtActors.toActor(((JwtAuthenticationToken) auth).getToken()))
                .filter(actor -> actor.tenant() != null && actor.unitCode() != null)
                .flatMap(actor -> Mono.fromCallable(() -> refusal(actor)).subscribeOn(Schedulers.boundedElastic())
                        .flatMap(Mono::justOrEmpty))
                .map(detail -> problems.write(exchange, HttpStatus.FORBIDDEN, RegisterCodes.TOKEN_UNIT_MISMATCH, detail))
                .switchIfEmpty(Mono.defer(() -> Mono.just(chain.filter(exchange))))
                .flatMap(next -> next);
    }

    private Optional<String> refusal(Actor actor) {
        Optional<RegisteredUser> user = runtimes.of(actor.tenant())
                .flatMap(runtime -> runtime.axon().getComponent(TenantRegister.class).current().user(actor.id()));
        return user.filter(registered -> !Objects.equals(Objects.toString(registered.unit(), null), actor.unitCode()))
                .map(registered -> "令牌中的单位 " + actor.unitCode() + " 与单位名册不符：用户 " + actor.id() + " 登记的单位是 "
                        + (registered.unit() == null ? "（无）" : registered.unit()) + "；请向租户管理员核对");
    }
}
