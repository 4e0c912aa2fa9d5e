package dev.stoker;

import dev.stoker.client.DefaultJobClient;
import dev.stoker.job.InstalledClient;
import dev.stoker.job.QueueNames;
import dev.stoker.monitoring.Monitoring;
import dev.stoker.observe.JobObserver;
import dev.stoker.observe.Observers;
import dev.stoker.recurring.Recurring;
import dev.stoker.recurring.RecurringStore;
import dev.stoker.server.Activator;
import dev.stoker.server.HandlerRegistry;
import dev.stoker.server.ManualRuns;
import dev.stoker.server.ServerSettings;
import dev.stoker.server.StokerServer;
import dev.stoker.server.StoredJobsCheck;
import dev.stoker.server.ThrowCapture;
import dev.stoker.storage.FlowKeys;
import dev.stoker.storage.JobGates;
import dev.stoker.storage.JobStore;
import dev.stoker.storage.Notifications;
import dev.stoker.storage.ProgressStore;
import dev.stoker.storage.ServerStore;
import dev.stoker.storage.jooq.Databases;
import dev.stoker.storage.jooq.JooqJobStore;
import dev.stoker.storage.jooq.JooqManualRunStore;
import dev.stoker.storage.jooq.JooqMonitoringStore;
import dev.stoker.storage.jooq.JooqProgressStore;
import dev.stoker.storage.jooq.JooqRecurringStore;
import dev.stoker.storage.jooq.JooqServerStore;
import dev.stoker.storage.jooq.PendingArguments;
import dev.stoker.storage.jooq.SchemaMigrator;
import dev.stoker.testing.ManualRunner;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A configured Stoker: its database, its client (installed for the generated static calls), its
 * monitoring API and, unless built without one, a server running jobs in the background.
 *
 * <pre>{@code
 * try (Stoker stoker = Stoker.builder().dataSource(dataSource).workers(8).start()) {
 *   WelcomeEmailJobs.enqueue(userId);
 * }
 *
 * // In a test: in-memory H2, no background threads.
 * Stoker stoker = Stoker.inMemory();
 * WelcomeEmailJobs.enqueue(42L);
 * stoker.runDueJobs();
 * }</pre>
 */
public final class Stoker implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Stoker.class);

  private final Databases.Database database;
  private final DefaultJobClient client;
  private final Monitoring monitoring;
  private final StokerServer server;
  private final Recurring recurring;
  private final StoredJobsCheck storedJobs;
  private final ManualRunner manualRunner;
  private final Duration pollInterval;
  private final boolean serverStarted;
  private final boolean registerShutdownHook;
  private boolean startCalled;
  private Thread shutdownHook;

  private Stoker(Builder builder) {
    this.database = builder.database();
    new SchemaMigrator(database.dataSource(), database.dialect()).migrate();
    JobStore store = JooqJobStore.owningTransactions(database.dsl());
    ServerStore servers = new JooqServerStore(database.dsl());
    ThrowCapture thrown = new ThrowCapture();
    HandlerRegistry handlers = HandlerRegistry.load(builder.classLoader);
    if (!builder.runServer) {
      handlers = thrown.watch(handlers);
    }
    ServerSettings settings = builder.serverSettings(handlers);
    Observers observers = Observers.of(builder.observers);
    ProgressStore progress = new JooqProgressStore(database.dsl());
    this.server =
        new StokerServer(
            settings,
            store,
            servers,
            handlers,
            new Activator(builder.registered, builder.activator),
            builder.retryBackoff,
            builder.clock,
            builder.listensForNewJobs(database),
            observers,
            progress);
    HandlerRegistry known = handlers;
    RecurringStore recurringStore =
        new JooqRecurringStore(
            database.dsl(),
            row ->
                known
                    .find(row.jobName())
                    .map(handler -> FlowKeys.gates(handler.definition(), row.arguments()))
                    .orElse(JobGates.NONE));
    this.recurring =
        new Recurring(recurringStore, handlers.definitions(), builder.clock, server::wake);
    this.client =
        new DefaultJobClient(
            store,
            database.dialect(),
            builder.clock,
            builder.maxArgumentBytes,
            server::wake,
            recurring.recurringJobs(),
            observers);
    this.storedJobs =
        new StoredJobsCheck(handlers, new PendingArguments(database.dsl()), recurringStore);
    this.monitoring =
        new Monitoring(
            store,
            new JooqMonitoringStore(database.dsl()),
            recurringStore,
            servers,
            builder.clock,
            storedJobs::find,
            progress);
    this.manualRunner =
        builder.runServer
            ? null
            : manualRunner(store, handlers, thrown, builder.clock, settings.queues());
    this.pollInterval = builder.pollInterval;
    this.serverStarted = builder.runServer;
    this.registerShutdownHook = builder.shutdownHook;
  }

  private ManualRunner manualRunner(
      JobStore store,
      HandlerRegistry handlers,
      ThrowCapture thrown,
      Clock clock,
      List<String> queues) {
    JooqManualRunStore manualStore = new JooqManualRunStore(database.dsl());
    return new ManualRunner(
        new ManualRuns(server, store, manualStore, handlers, thrown, clock),
        manualStore,
        recurring::fireDue,
        queues);
  }

  /** Starts configuring a Stoker. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A Stoker for tests: a fresh in-memory H2 database with the schema applied, the client
   * installed, and no background threads; run jobs with {@link #runDueJobs()}.
   */
  public static Stoker inMemory() {
    return builder().withoutServer().start();
  }

  /**
   * Starts the server of a Stoker {@link Builder#build() built} without starting it: from now on it
   * runs jobs in the background, fires recurring jobs and beats its heartbeat. Does nothing for a
   * Stoker built {@link Builder#withoutServer() without a server}. For containers that start their
   * parts in phases, such as Spring's {@code SmartLifecycle}; {@link Builder#start()} does both.
   *
   * @throws IllegalStateException if it was started before
   */
  public synchronized Stoker start() {
    if (serverStarted) {
      if (startCalled) {
        throw new IllegalStateException(
            "Stoker's server " + server.id() + " was started before: a server starts only once");
      }
      startCalled = true;
      storedJobs.logFindings(); // before any job runs
      recurring.start(pollInterval);
      server.start();
      if (registerShutdownHook) {
        shutdownHook = new Thread(this::stopServer, "stoker-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
      }
    }
    return this;
  }

  /**
   * The id this Stoker's server registers under, as {@code monitoring().servers()} and the history
   * of the jobs it runs name it.
   */
  public String serverId() {
    return server.id();
  }

  /** The client, also installed for the generated static calls. */
  public JobClient client() {
    return client;
  }

  /**
   * Adds, updates, removes and triggers recurring jobs, as the generated {@code
   * <Name>Jobs.recurring(...)} methods do through the installed client.
   */
  public RecurringJobs recurringJobs() {
    return recurring.recurringJobs();
  }

  /** Job details, history and counts, and the recurring jobs with their next fire times. */
  public Monitoring monitoring() {
    return monitoring;
  }

  /** The database Stoker keeps its jobs in. */
  public DataSource dataSource() {
    return database.dataSource();
  }

  /**
   * Runs every job that is due now on the calling thread, including jobs those jobs enqueue, and
   * returns how many ran. Recurring jobs whose fire time has come fire first; the first call also
   * registers the crons of the {@code @Job}s, as a starting server does. Only for a Stoker built
   * {@link Builder#withoutServer() without a server}.
   */
  public int runDueJobs() {
    if (!serverStarted) {
      recurring.fireDue();
    }
    return server.runDueJobs(); // which refuses, with a clear error, on a started server
  }

  /**
   * Runs chosen jobs on the calling thread, one at a time, each with how it ended and what it
   * threw, and lists the stored jobs with their arguments: for tests, and the test kit. Only for a
   * Stoker built {@link Builder#withoutServer() without a server}.
   */
  public ManualRunner manualRunner() {
    if (manualRunner == null) {
      throw new IllegalStateException(
          "manualRunner() is for a Stoker without server threads (Stoker.inMemory()); this one"
              + " runs jobs in the background already");
    }
    return manualRunner;
  }

  /** Stops the server gracefully (see {@link Builder#shutdownGrace}) and uninstalls the client. */
  @Override
  public void close() {
    if (shutdownHook != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException alreadyShuttingDown) {
        // The hook is running or has run: it stops the server itself.
      }
    }
    stopServer();
    InstalledClient.uninstall(client);
    database.close();
  }

  private void stopServer() {
    recurring.close();
    server.close();
  }

  /** Configures a Stoker; every setting has a default. */
  public static final class Builder {

    private DataSource dataSource;
    private boolean listenForNewJobs = true;
    private int workers = Math.min(Runtime.getRuntime().availableProcessors() * 5, 20);
    private List<String> queues;
    private Duration pollInterval = Duration.ofSeconds(1);
    private Duration shutdownGrace = Duration.ofSeconds(30);
    private Duration heartbeatInterval = Duration.ofSeconds(5);
    private Duration serverTimeout = Duration.ofMinutes(1);
    private Duration retention = Duration.ofDays(1);
    private Duration statisticsRetention = Duration.ofDays(90);
    private Clock clock = Clock.systemUTC();
    private JobActivator activator;
    private final Map<Class<?>, Supplier<?>> registered = new LinkedHashMap<>();
    private RetryBackoff retryBackoff = RetryBackoff.DEFAULT;
    private int maxArgumentBytes = 64 * 1024;
    private boolean runServer = true;
    private boolean shutdownHook = true;
    private ClassLoader classLoader = Stoker.class.getClassLoader();
    private boolean installClient = true;
    private final List<JobObserver> observers = new ArrayList<>();
    private final Map<String, Integer> queueLimits = new LinkedHashMap<>();

    private Builder() {}

    /**
     * The PostgreSQL or H2 database to keep jobs in, ideally pooled (HikariCP). Without one, Stoker
     * uses a fresh in-memory H2 database that disappears when it closes.
     */
    public Builder dataSource(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
      return this;
    }

    /** How many jobs run at once on this server; default 5 per core, at most 20. */
    public Builder workers(int workers) {
      this.workers = workers;
      return this;
    }

    /**
     * The queues this server serves, the first one first. Default: every queue the jobs on the
     * classpath use, by name.
     */
    public Builder queues(String... queues) {
      this.queues = List.of(queues);
      return this;
    }

    /**
     * At most {@code limit} jobs of the queue run at once, across all the servers on the database:
     * the others wait in the queue. Counted by the database; give every server the same limit, as
     * each claims by the limit it was given.
     */
    public Builder queueLimit(String queue, int limit) {
      QueueNames.check(queue);
      if (limit < 1) {
        throw new IllegalArgumentException(
            "The limit of queue '" + queue + "' must be at least 1, got " + limit);
      }
      queueLimits.put(queue, limit);
      return this;
    }

    /** The longest a server waits before looking for new jobs; default 1 s. */
    public Builder pollInterval(Duration pollInterval) {
      this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
      return this;
    }

    /** How long running jobs may take to finish when the server stops; default 30 s. */
    public Builder shutdownGrace(Duration shutdownGrace) {
      this.shutdownGrace = Objects.requireNonNull(shutdownGrace, "shutdownGrace");
      return this;
    }

    /**
     * How often the server tells the others it is alive, stops the jobs it runs that were deleted,
     * and looks for dead servers and expired jobs; default 5 s.
     */
    public Builder heartbeatInterval(Duration heartbeatInterval) {
      this.heartbeatInterval = Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
      return this;
    }

    /**
     * How old, by the database's clock, a server's last heartbeat may be before the others take it
     * for dead and hand its jobs back; default 1 min, at least twice the heartbeat interval. A
     * server judges the others only once its own heartbeats have reached the database for this
     * long, since it started or the database came back. It says nothing of how long a job may run:
     * see {@code @Job(timeout)}.
     */
    public Builder serverTimeout(Duration serverTimeout) {
      this.serverTimeout = Objects.requireNonNull(serverTimeout, "serverTimeout");
      return this;
    }

    /**
     * How long SUCCEEDED and DELETED jobs are kept, with their history, before they are removed;
     * default 1 day. FAILED jobs stay until a person requeues or deletes them.
     */
    public Builder retention(Duration retention) {
      this.retention = Objects.requireNonNull(retention, "retention");
      return this;
    }

    /**
     * How long the counts of ended jobs (succeeded, failed, retried, per job name and queue) are
     * kept for the dashboard's graphs; default 90 days. They are per minute for a day, then per
     * hour, and outlive the jobs they count.
     */
    public Builder statisticsRetention(Duration statisticsRetention) {
      this.statisticsRetention = Objects.requireNonNull(statisticsRetention, "statisticsRetention");
      return this;
    }

    /** The clock jobs are created, scheduled and run by; tests pass one they can move. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Supplies instances of the classes that declare job methods, e.g. from Spring. */
    public Builder activator(JobActivator activator) {
      this.activator = Objects.requireNonNull(activator, "activator");
      return this;
    }

    /** Runs the job methods declared by {@code type} (or a supertype) on instances it supplies. */
    public <T> Builder register(Class<T> type, Supplier<? extends T> instances) {
      registered.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(instances));
      return this;
    }

    /** Runs the job methods of the instance's class (and its supertypes) on this instance. */
    public Builder register(Object instance) {
      Objects.requireNonNull(instance, "instance");
      registered.put(instance.getClass(), () -> instance);
      return this;
    }

    /** How long failed jobs wait before each retry. */
    public Builder retryBackoff(RetryBackoff retryBackoff) {
      this.retryBackoff = Objects.requireNonNull(retryBackoff, "retryBackoff");
      return this;
    }

    /** The largest arguments a job may have, in bytes of JSON; default 64 KiB. */
    public Builder maxArgumentBytes(int maxArgumentBytes) {
      if (maxArgumentBytes < 2) {
        throw new IllegalArgumentException("maxArgumentBytes must be at least 2");
      }
      this.maxArgumentBytes = maxArgumentBytes;
      return this;
    }

    /**
     * Whether servers on PostgreSQL listen for jobs created elsewhere (LISTEN/NOTIFY), to start
     * them within milliseconds rather than at the next poll; default true. Turn it off where the
     * connections go through a pooler that does not keep sessions, such as PgBouncer in transaction
     * mode: servers then find new jobs by polling.
     */
    public Builder listenForNewJobs(boolean listen) {
      this.listenForNewJobs = listen;
      return this;
    }

    private Notifications listensForNewJobs(Databases.Database database) {
      return listenForNewJobs ? database.newJobNotifications() : null;
    }

    /**
     * No background server: this Stoker only creates jobs (a web node whose jobs run elsewhere), or
     * runs them when asked, with {@link Stoker#runDueJobs()} (a test).
     */
    public Builder withoutServer() {
      this.runServer = false;
      return this;
    }

    /**
     * Whether a started server stops gracefully, by a JVM shutdown hook, when the process ends;
     * default true. Turn it off where a container stops Stoker itself in its own order, as the
     * Spring Boot starter does with the application context.
     */
    public Builder shutdownHook(boolean shutdownHook) {
      this.shutdownHook = shutdownHook;
      return this;
    }

    /**
     * Whether the generated static calls ({@code WelcomeEmailJobs.enqueue(userId)}) go to this
     * Stoker's client; default true. The Stoker built last that is still open has them: one built
     * while another's is installed takes them over, saying so in its log, and hands them back when
     * it closes. Either way {@code <Name>Jobs.using(stoker.client())} reaches this one.
     */
    public Builder installClient(boolean install) {
      this.installClient = install;
      return this;
    }

    /**
     * Tells the observer of every enqueue and every attempt, for metrics, traces or logs; several
     * may be added, and are called in the order added. {@code stoker-micrometer} and {@code
     * stoker-opentelemetry} hold ready-made ones. Without any, running a job costs nothing more.
     */
    public Builder observer(JobObserver observer) {
      observers.add(Objects.requireNonNull(observer, "observer"));
      return this;
    }

    /** Where to look for the generated job handlers; default Stoker's own class loader. */
    public Builder classLoader(ClassLoader classLoader) {
      this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
      return this;
    }

    /**
     * Applies the schema if needed, installs the client and, unless {@link #withoutServer()},
     * starts the server.
     */
    public Stoker start() {
      return build().start();
    }

    /**
     * Applies the schema if needed and installs the client, but leaves the server (unless {@link
     * #withoutServer()}) to {@link Stoker#start()}: jobs can be created from now on, and run once
     * it starts.
     */
    public Stoker build() {
      Stoker stoker = new Stoker(this);
      if (installClient && InstalledClient.install(stoker.client)) {
        log.warn(
            "This Stoker takes the generated static calls (<Name>Jobs.enqueue(...)) over from"
                + " another one still open in this JVM, until it closes. Reach the other with"
                + " <Name>Jobs.using(other.client()), or build this one with installClient(false)"
                + " to leave the static calls where they are.");
      }
      return stoker;
    }

    private Databases.Database database() {
      return dataSource == null ? Databases.inMemoryH2() : Databases.of(dataSource);
    }

    private ServerSettings serverSettings(HandlerRegistry handlers) {
      List<String> served = queues;
      if (served == null) {
        served = handlers.queues().isEmpty() ? List.of("default") : handlers.queues();
      }
      return new ServerSettings(
          workers,
          served,
          pollInterval,
          shutdownGrace,
          heartbeatInterval,
          serverTimeout,
          retention,
          statisticsRetention,
          queueLimits);
    }
  }

  static {
    // jOOQ greets on first use; a library inside someone's application should not.
    System.setProperty("org.jooq.no-logo", System.getProperty("org.jooq.no-logo", "true"));
    System.setProperty("org.jooq.no-tips", System.getProperty("org.jooq.no-tips", "true"));
    // jOOQ's open-source edition warns of any PostgreSQL older than its newest; Stoker says itself
    // which version it found, and whether it supports it (Databases).
    String versionCheck = "org.jooq.log.org.jooq.impl.DefaultExecuteContext.logVersionSupport";
    System.setProperty(versionCheck, System.getProperty(versionCheck, "ERROR"));
  }
}
