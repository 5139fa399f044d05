package cn.jixiao.platform.storage;

import cn.jixiao.platform.mongo.MongoConfiguration.EmbeddedMongoHolder;
import cn.jixiao.platform.tenancy.TenantRuntimes;
import org.springframework.stereotype.Component;

/**
 * When the embedded store reopens at its last durable state after a disk failure, the running tenants may have
 * seen writes that were then discarded: processors hold positions past them, caches hold their results. They are
 * stopped while the store still refuses everything (so no stale token is written) and start again on their next
 * request, from what is on disk.
 */
@Component
class TenantsRestartOnReopen {

    TenantsRestartOnReopen(EmbeddedMongoHolder embedded, TenantRuntimes tenants) {
        embedded.store().ifPresent(store -> store.beforeReopen(tenants::stopAll));
    }
}
