package cn.jixiao.query.support;

import cn.jixiao.query.TenantContext;
import cn.jixiao.query.projection.ReadModel;
import cn.jixiao.query.projection.ReadModelWriter;
import cn.jixiao.query.rebuild.CollectionNames;
import org.axonframework.eventhandling.EventMessage;

import java.util.List;

/** A read model whose writers do something around the real ones: fail, or let time pass, at a chosen moment. */
public final class ReadModels {

    @FunctionalInterface
    public interface Around {
        void write(TenantContext ctx, List<? extends EventMessage<?>> batch, ReadModelWriter real);
    }

    private ReadModels() {
    }

    public static ReadModel around(ReadModel model, Around around) {
        return new ReadModel() {
            @Override
            public String processingGroup() {
                return model.processingGroup();
            }

            @Override
            public ReadModelWriter writer(TenantContext ctx, CollectionNames names) {
                ReadModelWriter real = model.writer(ctx, names);
                return batch -> around.write(ctx, batch, real);
            }
        };
    }
}
