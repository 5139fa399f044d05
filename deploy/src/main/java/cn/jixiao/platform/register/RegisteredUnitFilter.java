package cn.jixiao.platform.register;

import cn.jixiao.command.register.TenantRegister;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.register.RegisterCodes;
import cn.jixiao.kernel.register.RegisteredUser;
import cn.jixiao.platform.tenancy.TenantRuntimes;
import cn.jixiao.platform.security.ActorRefusalFilter;
import cn.jixiao.platform.web.ProblemWriter;
import org.springframework.stereotype.Component;
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
public class RegisteredUnitFilter extends ActorRefusalFilter {

    private final TenantRuntimes runtimes;

    public RegisteredUnitFilter(TenantRuntimes runtimes, ProblemWriter problems) {
        super(problems);
        this.runtimes = runtimes;
    }

    @Override
    protected Mono<Refusal> refusal(Actor actor) {
        if (actor.tenant() == null || actor.unitCode() == null) {
            return Mono.empty();
        }
        return Mono.fromCallable(() -> mismatch(actor)).subscribeOn(Schedulers.boundedElastic())
                .flatMap(Mono::justOrEmpty)
                .map(detail -> new Refusal(RegisterCodes.TOKEN_UNIT_MISMATCH, detail));
    }

    private Optional<String> mismatch(Actor actor) {
        Optional<RegisteredUser> user = runtimes.of(actor.tenant())
                .flatMap(runtime -> runtime.axon().getComponent(TenantRegister.class).current().user(actor.id()));
        return user.filter(registered -> !Objects.equals(Objects.toString(registered.unit(), null), actor.unitCode()))
                .map(registered -> "令牌中的单位 " + actor.unitCode() + " 与单位名册不符：用户 " + actor.id() + " 登记的单位是 "
                        + (registered.unit() == null ? "（无）" : registered.unit()) + "；请向租户管理员核对");
    }
}
