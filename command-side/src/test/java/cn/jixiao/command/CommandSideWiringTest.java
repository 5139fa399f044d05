package cn.jixiao.command;

import cn.jixiao.command.declaration.web.DeclarationCommandController;
import cn.jixiao.command.idempotency.IdempotencyRecords;
import cn.jixiao.command.testing.TestTenant;
import cn.jixiao.web.ProblemAdvice;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Deploy scans {@code cn.jixiao}: the command side's beans must come up from the two ports and an ObjectMapper alone. */
class CommandSideWiringTest {

    @Test
    void theWriteSideWiresItselfFromItsPorts() {
        try (TestTenant tenant = new TestTenant();
             AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            // the two ports deploy implements
            context.registerBean(TestTenant.class, () -> tenant);
            context.registerBean(IdempotencyRecords.class, tenant::idempotencyRecords);
            context.registerBean(ObjectMapper.class, () -> new ObjectMapper());
            context.scan("cn.jixiao.command.declaration.web", "cn.jixiao.command.idempotency", "cn.jixiao.command.web", "cn.jixiao.web");
            context.refresh();

            assertThat(context.getBean(DeclarationCommandController.class)).isNotNull();
            assertThat(context.getBean(ProblemAdvice.class)).isNotNull();
        }
    }
}
