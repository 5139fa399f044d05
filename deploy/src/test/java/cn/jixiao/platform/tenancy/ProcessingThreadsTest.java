package cn.jixiao.platform.tenancy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class ProcessingThreadsTest {

    private final ProcessingThreads threads = new ProcessingThreads(1, "axon-coordinator");

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void anErrorThatEndsAProcessorsTaskIsLogged(CapturedOutput output) throws Exception {
        threads.schedule(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, 0, TimeUnit.MILLISECONDS);

        awaitIdle();

        assertThat(output).contains("A task on the axon-coordinator threads ended with java.lang.OutOfMemoryError: Java heap space");
    }

    @Test
    void tasksThatEndWellLeaveNoTrace(CapturedOutput output) throws Exception {
        threads.schedule(() -> { }, 0, TimeUnit.MILLISECONDS);
        threads.submit(() -> "done");

        awaitIdle();

        assertThat(output).doesNotContain("ended with");
    }

    /** Once the pool has terminated, every task's afterExecute has run. */
    private void awaitIdle() throws InterruptedException {
        threads.shutdown();
        assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }
}
