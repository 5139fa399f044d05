package cn.jixiao.query.projection;

import cn.jixiao.query.form.FormReadModel;
import cn.jixiao.query.form.FormStore;
import cn.jixiao.query.rebuild.CollectionNames;
import cn.jixiao.query.rebuild.Generations;
import cn.jixiao.query.support.ProcessorBatches;
import cn.jixiao.query.support.ReadModels;
import cn.jixiao.query.support.Seed;
import cn.jixiao.query.support.TestTenant;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcessorBatchTest {

    private final TestTenant tenant = new TestTenant();
    private final CollectionNames generation = new CollectionNames(1);
    private final FormStore forms = new FormStore(tenant.ctx().database(), generation);

    @AfterEach
    void close() {
        tenant.close();
    }

    /** A crash between the two must never skip events: the token may only say what the read models hold. */
    @Test
    void theReadModelsOfABatchAreWrittenBeforeTheProcessorStoresItsToken() {
        Seed seed = Seed.zhurong();
        tenant.append(seed.events());
        AtomicLong versionWhenTokenStored = new AtomicLong(-1);

        ProcessorBatches.feed(tenant.live()::on, seed.events(),
                unitOfWork -> versionWhenTokenStored.set(forms.version(seed.id().value())));

        assertThat(versionWhenTokenStored.get()).isEqualTo(seed.events().size());
    }

    @Test
    void aBatchWritesEachTouchedFormAndRowOnce() {
        Seed zhurong = Seed.zhurong();
        Seed school = Seed.of("431203002", "南岳区第一中学", 2020).filledIn().submitted(1);
        List<DomainEventMessage<?>> batch = new ArrayList<>(zhurong.events());
        batch.addAll(school.events());
        tenant.append(batch);
        ProcessorBatches.feed(tenant.live()::on, List.of(zhurong.events().get(0))); // indexes are made once
        tenant.commands().clear();

        ProcessorBatches.feed(tenant.live()::on, batch);

        // each form is two documents (the form, its goals): each written once
        assertThat(tenant.commands().writesTo(generation.of(FormStore.COLLECTION))).isEqualTo(4);
        assertThat(tenant.commands().writesTo(generation.of("declaration_rows"))).isEqualTo(2);
        assertThat(forms.version(school.id().value())).isEqualTo(school.events().size());
    }

    @Test
    void aBatchThatFailsStoresNoTokenAndIsWrittenWhenDeliveredAgain() {
        Seed seed = Seed.zhurong();
        tenant.append(seed.events());
        AtomicBoolean fail = new AtomicBoolean(true);
        FormReadModel formsModel = new FormReadModel();
        ReadModel flaky = ReadModels.around(formsModel, (ctx, batch, real) -> {
            if (fail.get()) {
                throw new IllegalStateException("database gone");
            }
            real.write(batch);
        });
        LiveHandler handler = new LiveHandler(flaky, tenant.ctx(), new Generations(tenant.ctx().database()));
        AtomicBoolean tokenStored = new AtomicBoolean();

        assertThatThrownBy(() -> ProcessorBatches.feed(handler::on, seed.events(), u -> tokenStored.set(true)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(tokenStored).isFalse();

        fail.set(false);
        ProcessorBatches.feed(handler::on, seed.events(), u -> tokenStored.set(true));
        assertThat(tokenStored).isTrue();
        assertThat(forms.version(seed.id().value())).isEqualTo(seed.events().size());
    }

    /** The batch's last event joined a parked declaration instead of reaching the handler: its writes still go first. */
    @Test
    void whenTheBatchsLastEventNeverReachesTheHandlerItsWritesAreFlushedBeforeTheToken() {
        Seed seed = Seed.zhurong();
        tenant.append(seed.events());
        List<DomainEventMessage<?>> batch = new ArrayList<>(seed.events());
        batch.add(Seed.of("431203002", "南岳区第一中学", 2020).events().get(0));
        AtomicLong versionWhenTokenStored = new AtomicLong(-1);

        ProcessorBatches.feed(event -> {
            if (event != batch.get(batch.size() - 1)) {
                tenant.live().on(event);
            }
            if (CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> unit && unit.isLastMessage()) {
                ProcessorBatch.flushPending(unit);
            }
        }, batch, unitOfWork -> versionWhenTokenStored.set(forms.version(seed.id().value())));

        assertThat(versionWhenTokenStored.get()).isEqualTo(seed.events().size());
    }

    /** The unit of work's guard runs the batch's write, once, with every event of it. */
    @Test
    void aBatchIsWrittenThroughTheGuardOfItsUnitOfWork() {
        Seed seed = Seed.zhurong();
        tenant.append(seed.events());
        List<Integer> guarded = new ArrayList<>();
        BatchGuard counting = new BatchGuard() {
            @Override
            public void writeBatch(List<EventMessage<?>> events,
                                   Consumer<List<EventMessage<?>>> write) {
                guarded.add(events.size());
                write.accept(events);
            }

            @Override
            public void writeAlone(List<EventMessage<?>> events,
                                   Consumer<List<EventMessage<?>>> write) {
                throw new AssertionError("inside a batch");
            }
        };

        ProcessorBatches.feed(event -> {
            CurrentUnitOfWork.get().resources().putIfAbsent(BatchGuard.RESOURCE, counting);
            tenant.live().on(event);
        }, seed.events());

        assertThat(guarded).containsExactly(seed.events().size());
        assertThat(forms.version(seed.id().value())).isEqualTo(seed.events().size());
    }
}
