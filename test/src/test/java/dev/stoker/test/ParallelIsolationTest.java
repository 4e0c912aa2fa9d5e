package dev.stoker.test;

import static dev.stoker.test.StokerAssertions.assertEnqueued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.stoker.test.jobs.KitStepJobs;
import dev.stoker.test.jobs.Steps;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/**
 * Two test classes run at the same time (JUnit's parallel execution, turned on for this run only),
 * each enqueuing through the generated static calls: each sees its own jobs only, and a thread the
 * test starts itself is told plainly that it reaches no Stoker.
 */
class ParallelIsolationTest {

  /** Holds both classes' tests until each has enqueued: proof that they overlap. */
  private static final CyclicBarrier bothEnqueued = new CyclicBarrier(2);

  private static final Set<String> threads = ConcurrentHashMap.newKeySet();

  @Test
  void two_test_classes_running_at_once_each_see_only_their_own_jobs() {
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectClass(First.class), selectClass(Second.class))
            .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
            .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
            .configurationParameter(
                "junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
            .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
            .configurationParameter(
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "2")
            .build();
    NestedLaunch.passes(2, request);
    assertThat(threads).as("the threads the two tests ran on").hasSize(2);
  }

  /** What both classes do, each with its own name. */
  static void enqueueAndSeeOnlyOwnJobs(String name, Steps steps) throws Exception {
    threads.add(Thread.currentThread().getName());
    for (int i = 1; i <= 3; i++) {
      KitStepJobs.enqueue(name + " " + i);
    }
    bothEnqueued.await(60, TimeUnit.SECONDS);

    TestStoker stoker = TestStoker.current();
    assertThat(stoker.enqueued()).hasSize(3);
    assertEnqueued(3, KitStepJobs.withAnyArguments());
    assertEnqueued(KitStepJobs.with(name + " 2"));
    assertThat(stoker.drain().succeeded()).isEqualTo(3);
    assertThat(steps.ran()).containsExactly(name + " 1", name + " 2", name + " 3");

    CompletableFuture<?> otherThread =
        CompletableFuture.runAsync(() -> KitStepJobs.enqueue("from a thread of its own"));
    try {
      otherThread.get();
      throw new AssertionError("A thread the test started reached a Stoker");
    } catch (ExecutionException e) {
      assertThat(e.getCause())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("no Stoker client is installed for thread")
          .hasMessageContaining("@StokerTest binds its Stoker to the test's own thread");
    }
  }

  @StokerTest
  static class First {
    @JobInstance final Steps steps = new Steps();

    @Test
    void enqueues_its_own_jobs() throws Exception {
      enqueueAndSeeOnlyOwnJobs("first", steps);
    }
  }

  @StokerTest
  static class Second {
    @JobInstance final Steps steps = new Steps();

    @Test
    void enqueues_its_own_jobs() throws Exception {
      enqueueAndSeeOnlyOwnJobs("second", steps);
    }
  }
}
