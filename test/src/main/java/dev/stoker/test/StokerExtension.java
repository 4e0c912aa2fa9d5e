package dev.stoker.test;

import dev.stoker.JobActivator;
import dev.stoker.Stoker;
import dev.stoker.job.InstalledClient;
import dev.stoker.testing.TestClock;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit extension behind {@link StokerTest}: a Stoker per test, closed after it, bound to the
 * thread each of the test's methods runs on, so that tests running in parallel each reach their own
 * through the generated static calls. Register it in code to configure it further:
 *
 * <pre>{@code
 * @RegisterExtension
 * final StokerExtension stoker =
 *     new StokerExtension()
 *         .mode(RunMode.INLINE)
 *         .configure(builder -> builder.retryBackoff(new RetryBackoff(...)))
 *         .activator(type -> applicationContext.getBean(type));
 * }</pre>
 */
public final class StokerExtension
    implements BeforeEachCallback, AfterEachCallback, ParameterResolver, InvocationInterceptor {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(StokerExtension.class);
  private static final Instant DEFAULT_START = Instant.parse("2026-03-01T09:00:00Z");
  private static final ThreadLocal<TestStoker> current = new ThreadLocal<>();

  private RunMode mode;
  private Consumer<Stoker.Builder> configuration = builder -> {};
  private JobActivator activator;
  private String postgres;
  private Instant start = DEFAULT_START;

  /** What the test's jobs run in a test's Stoker, closed when the test ends. */
  private record Resources(TestStoker kit, PostgresDatabase postgres) {}

  /**
   * Whether jobs wait for the test or run as they are enqueued; default from {@link StokerTest}.
   */
  public StokerExtension mode(RunMode mode) {
    this.mode = Objects.requireNonNull(mode, "mode");
    return this;
  }

  /**
   * Configures each test's Stoker further: retry backoff, argument size, queues. The kit sets the
   * database, the clock, the activator and no server; leave those to it.
   */
  public StokerExtension configure(Consumer<Stoker.Builder> configuration) {
    this.configuration = Objects.requireNonNull(configuration, "configuration");
    return this;
  }

  /** Supplies the instances jobs run on that the test itself has none of, e.g. from a container. */
  public StokerExtension activator(JobActivator activator) {
    this.activator = Objects.requireNonNull(activator, "activator");
    return this;
  }

  /**
   * Gives each test a fresh database on this PostgreSQL instead of in-memory H2, as the system
   * property {@code stoker.test.postgres} does: a JDBC URL whose user may create databases.
   */
  public StokerExtension postgres(String adminUrl) {
    this.postgres = Objects.requireNonNull(adminUrl, "adminUrl");
    return this;
  }

  /** Where each test's clock starts; default 2026-03-01T09:00:00Z. */
  public StokerExtension clockAt(Instant start) {
    this.start = Objects.requireNonNull(start, "start");
    return this;
  }

  static TestStoker current() {
    TestStoker kit = current.get();
    if (kit == null) {
      throw new IllegalStateException(
          "No Stoker test runs on thread "
              + Thread.currentThread().getName()
              + ": the test kit's assertions work on the thread of a test (or of its @BeforeEach"
              + " and @AfterEach methods) in a class annotated @StokerTest. From threads the test"
              + " starts, pass the TestStoker along instead.");
    }
    return kit;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    if (store.get(Resources.class) != null) {
      throw new IllegalStateException(
          "The Stoker test extension is registered twice for "
              + context.getDisplayName()
              + ": use either @StokerTest or a @RegisterExtension StokerExtension, not both");
    }
    TestClock clock = new TestClock(start);
    JobInstances instances =
        new JobInstances(context.getRequiredTestInstances().getAllInstances(), activator);
    String postgresUrl =
        postgres != null ? postgres : System.getProperty(PostgresDatabase.PROPERTY);
    PostgresDatabase database =
        postgresUrl == null || postgresUrl.isBlank() ? null : PostgresDatabase.create(postgresUrl);
    try {
      Stoker.Builder builder = Stoker.builder();
      if (database != null) {
        builder.dataSource(database.dataSource());
      }
      configuration.accept(builder);
      Stoker stoker =
          builder.clock(clock).activator(instances).withoutServer().installClient(false).start();
      TestStoker kit = new TestStoker(stoker, clock, instances, mode(context));
      store.put(Resources.class, new Resources(kit, database));
    } catch (RuntimeException e) {
      if (database != null) {
        database.close();
      }
      throw e;
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Resources resources = context.getStore(NAMESPACE).remove(Resources.class, Resources.class);
    if (resources != null) {
      try {
        resources.kit().close();
      } finally {
        if (resources.postgres() != null) {
          resources.postgres().close();
        }
      }
    }
  }

  private RunMode mode(ExtensionContext context) {
    if (mode != null) {
      return mode;
    }
    Optional<StokerTest> onMethod =
        AnnotationSupport.findAnnotation(context.getTestMethod(), StokerTest.class);
    if (onMethod.isPresent()) {
      return onMethod.get().mode();
    }
    List<Object> instances = context.getRequiredTestInstances().getAllInstances();
    for (Object instance : instances.reversed()) {
      Optional<StokerTest> onClass =
          AnnotationSupport.findAnnotation(instance.getClass(), StokerTest.class);
      if (onClass.isPresent()) {
        return onClass.get().mode();
      }
    }
    return RunMode.MANUAL;
  }

  private static TestStoker kit(ExtensionContext context) {
    Resources resources = context.getStore(NAMESPACE).get(Resources.class, Resources.class);
    if (resources == null) {
      throw new ParameterResolutionException(
          "A TestStoker exists from each test's @BeforeEach on: it cannot be given to a"
              + " constructor or a @BeforeAll method");
    }
    return resources.kit();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == TestStoker.class
        || parameter.isAnnotated(JobInstance.class);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    TestStoker kit = kit(context);
    Class<?> type = parameter.getParameter().getType();
    return type == TestStoker.class ? kit : kit.instances().forParameter(type);
  }

  @Override
  public void interceptBeforeEachMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext context)
      throws Throwable {
    bound(invocation, context);
  }

  @Override
  public void interceptTestMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext context)
      throws Throwable {
    bound(invocation, context);
  }

  @Override
  public void interceptTestTemplateMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext context)
      throws Throwable {
    bound(invocation, context);
  }

  @Override
  public <T> T interceptTestFactoryMethod(
      Invocation<T> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext context)
      throws Throwable {
    return bound(invocation, context);
  }

  @Override
  public void interceptDynamicTest(
      Invocation<Void> invocation,
      DynamicTestInvocationContext invocationContext,
      ExtensionContext context)
      throws Throwable {
    bound(invocation, context);
  }

  @Override
  public void interceptAfterEachMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext context)
      throws Throwable {
    bound(invocation, context);
  }

  /** Runs the invocation with the test's Stoker bound to this thread. */
  private static <T> T bound(Invocation<T> invocation, ExtensionContext context) throws Throwable {
    TestStoker kit = kit(context);
    TestStoker previous = current.get();
    current.set(kit);
    try (var binding = InstalledClient.bindToCurrentThread(kit.client())) {
      return invocation.proceed();
    } finally {
      if (previous == null) {
        current.remove();
      } else {
        current.set(previous);
      }
    }
  }
}
