package cn.jixiao.platform.audit;

import cn.jixiao.platform.tenancy.TenantRuntime;
import cn.jixiao.platform.tenancy.TenantRuntimes;
import cn.jixiao.query.audit.AuditModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Signs a tree head for every tenant whose log grew but has not reached the event count for a head in time. */
@Component
public class TreeHeadTimer {

    private static final Logger log = LoggerFactory.getLogger(TreeHeadTimer.class);

    private final TenantRuntimes runtimes;
    private final AuditModule audit;

    public TreeHeadTimer(TenantRuntimes runtimes, AuditModule audit) {
        this.runtimes = runtimes;
        this.audit = audit;
    }

    @Scheduled(initialDelayString = "${jixiao.audit.head-every:60s}", fixedDelayString = "${jixiao.audit.head-every:60s}")
    public void signDueHeads() {
        for (TenantRuntime runtime : runtimes.running()) {
            try {
                audit.signIfDue(runtime.queryContext());
            } catch (RuntimeException e) {
                log.warn("Could not sign the tree head of tenant {}", runtime.tenant(), e);
            }
        }
    }
}
