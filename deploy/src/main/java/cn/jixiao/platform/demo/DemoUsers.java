package cn.jixiao.platform.demo;

import cn.jixiao.kernel.actor.Role;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The demo tenant and its users, one per role, so a newcomer can try every part of the API. */
public final class DemoUsers {

    public static final String TENANT = "demo";
    public static final String TENANT_NAME = "衡阳市南岳区财政局（演示）";
    public static final String REGION = "湖南省衡阳市南岳区";
    /** The unit of the seed form: 衡阳市南岳区祝融街道办事处. */
    public static final String SEED_UNIT_CODE = "430412001";

    /** A demo user: the claims its token carries. */
    public record DemoUser(String preset, String sub, String name, String tenant, Set<Role> roles, String unit) {
    }

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("filer", "demo-filer", "旷文倩", TENANT, Set.of(Role.FILER), SEED_UNIT_CODE),
            new DemoUser("business-reviewer", "demo-business", "李业务", TENANT, Set.of(Role.BUSINESS_REVIEWER), null),
            new DemoUser("performance-reviewer", "demo-performance", "王绩效", TENANT,
                    Set.of(Role.PERFORMANCE_REVIEWER), null),
            new DemoUser("auditor", "demo-auditor", "赵审计", TENANT, Set.of(Role.AUDITOR), null),
            new DemoUser("viewer", "demo-viewer", "陈看板", TENANT, Set.of(Role.VIEWER), null),
            new DemoUser("admin", "demo-admin", "周管理", TENANT, Set.of(Role.TENANT_ADMIN), null),
            new DemoUser("operator", "platform-operator", "平台运维", null, Set.of(Role.PLATFORM_OPERATOR), null));

    private static final Map<String, DemoUser> BY_PRESET =
            ALL.stream().collect(Collectors.toUnmodifiableMap(DemoUser::preset, Function.identity()));

    private DemoUsers() {
    }

    public static Optional<DemoUser> preset(String name) {
        return Optional.ofNullable(BY_PRESET.get(name));
    }
}
