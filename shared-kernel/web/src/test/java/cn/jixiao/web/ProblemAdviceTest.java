package cn.jixiao.web;

import cn.jixiao.kernel.input.Violation;
import cn.jixiao.kernel.declaration.DeclarationRejectedException;
import cn.jixiao.kernel.declaration.Finding;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemAdviceTest {

    private final ProblemAdvice advice = new ProblemAdvice();

    @Test
    void aRejectionWrappedByTheCommandBusIsAnsweredAsIfThrownDirectly() {
        ResponseEntity<ProblemDetail> response = advice.other(new CompletionException(new CommandExecutionException("failed",
                DeclarationRejectedException.notFound("GOAL_NOT_FOUND", "申报表中没有该绩效目标"))));

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(code(response.getBody())).isEqualTo("GOAL_NOT_FOUND");
    }

    @Test
    void aStaleVersionIsPreconditionFailedNamingTheCurrentVersion() {
        ResponseEntity<ProblemDetail> response = advice.staleVersion(new ConflictingAggregateVersionException("d-1", 0, 4));

        assertThat(response.getStatusCode().value()).isEqualTo(412);
        assertThat(response.getBody().getDetail()).contains("当前版本 5");
    }

    @Test
    void twoWritersAtOnceIsAConflictAndASecondStreamSaysTheUnitHasOne() {
        assertThat(advice.concurrent(new ConcurrencyException("seq 7 taken")).getBody())
                .extracting(ProblemDetail::getStatus, ProblemAdviceTest::code).containsExactly(409, "CONCURRENT_MODIFICATION");
        assertThat(advice.other(new CompletionException(new AggregateStreamCreationException("exists"))).getBody())
                .extracting(ProblemDetail::getStatus, ProblemAdviceTest::code, ProblemDetail::getDetail)
                .containsExactly(409, "DECLARATION_EXISTS", "该单位该年度已有申报表");
    }

    @Test
    void invalidFindingsBecomeViolations() {
        ResponseEntity<ProblemDetail> response = advice.rejected(DeclarationRejectedException.invalid(
                List.of(new Finding("LEVEL_MISMATCH", "level2", "二级指标不能放在该一级指标下"))));

        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().getProperties().get(ApiProblem.VIOLATIONS))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactly(new Violation("level2", "LEVEL_MISMATCH", "二级指标不能放在该一级指标下"));
    }

    @Test
    void ourOwnFaultIsA500WithoutDetailsOfTheCode() {
        ResponseEntity<ProblemDetail> response = advice.other(new IllegalStateException("NullPointer at Foo.java:42"));

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(response.getBody().getDetail()).doesNotContain("Foo.java").doesNotContain("NullPointer");
    }

    private static Object code(ProblemDetail problem) {
        return problem.getProperties().get(ApiProblem.CODE);
    }
}
