package cn.jixiao.command;

import cn.jixiao.kernel.tenant.TenantId;
import com.mongodb.client.MongoDatabase;

/** Port to each tenant's own MongoDB database (idempotency records live there); deploy implements it. */
public interface CommandDatabases {

    MongoDatabase database(TenantId tenant);
}
