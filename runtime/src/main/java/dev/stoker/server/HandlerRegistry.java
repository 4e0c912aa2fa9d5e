package dev.stoker.server;

import dev.stoker.job.JobDefinition;
import dev.stoker.job.JobHandler;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job handlers the processor generated, found on the classpath, by job name: each handler under
 * its job's name and its aliases, the former names of a renamed job.
 */
public final class HandlerRegistry {

  private static final Logger log = LoggerFactory.getLogger(HandlerRegistry.class);

  private final Map<String, JobHandler> byName;
  private final List<JobHandler> handlers;

  private HandlerRegistry(Map<String, JobHandler> byName, List<JobHandler> handlers) {
    this.byName = Map.copyOf(byName);
    this.handlers = List.copyOf(handlers);
  }

  /**
   * Every handler that {@link ServiceLoader} finds through the class loader. A registry entry whose
   * class is gone (left by an incremental build) is logged and skipped.
   */
  public static HandlerRegistry load(ClassLoader classLoader) {
    List<JobHandler> handlers = new ArrayList<>();
    Iterator<JobHandler> found = ServiceLoader.load(JobHandler.class, classLoader).iterator();
    while (true) {
      try {
        if (!found.hasNext()) {
          return of(handlers);
        }
        handlers.add(found.next());
      } catch (ServiceConfigurationError broken) {
        log.warn("Skipping a job handler that cannot be loaded: {}", broken.getMessage());
      }
    }
  }

  /** A registry of the given handlers; two with the same job name or alias are an error. */
  public static HandlerRegistry of(Collection<? extends JobHandler> handlers) {
    Map<String, JobHandler> byName = new HashMap<>();
    List<JobHandler> distinct = new ArrayList<>();
    for (JobHandler handler : handlers) {
      JobDefinition definition = handler.definition();
      JobHandler same = byName.get(definition.name());
      if (same != null && same.getClass() == handler.getClass()) {
        continue; // Listed twice: by two registry files of one class path.
      }
      distinct.add(handler);
      claim(byName, definition.name(), handler);
      for (String alias : definition.aliases()) {
        claim(byName, alias, handler);
      }
    }
    return new HandlerRegistry(byName, distinct);
  }

  private static void claim(Map<String, JobHandler> byName, String name, JobHandler handler) {
    JobHandler other = byName.putIfAbsent(name, handler);
    if (other == null) {
      return;
    }
    if (isAlias(other, name) || isAlias(handler, name)) {
      throw new IllegalStateException(
          "Job name '"
              + name
              + "' is taken twice: by "
              + describe(other, name)
              + " and by "
              + describe(handler, name)
              + ". A job's aliases must not be the names or aliases of other jobs: remove the"
              + " alias, or rename one of the jobs.");
    }
    throw new IllegalStateException(
        "Two jobs are named '"
            + name
            + "': "
            + other.getClass().getName()
            + " and "
            + handler.getClass().getName()
            + ". Job names must be unique: give one a distinct @Job(name = ...).");
  }

  private static boolean isAlias(JobHandler handler, String name) {
    return !handler.definition().name().equals(name);
  }

  private static String describe(JobHandler handler, String name) {
    String type = handler.getClass().getName();
    return isAlias(handler, name)
        ? type + ", as an alias of job '" + handler.definition().name() + "'"
        : type;
  }

  /** The same jobs, each run through the handler the function makes of the original. */
  public HandlerRegistry map(UnaryOperator<JobHandler> function) {
    Map<JobHandler, JobHandler> mappedOnce = new IdentityHashMap<>();
    handlers.forEach(handler -> mappedOnce.put(handler, function.apply(handler)));
    Map<String, JobHandler> mapped = new HashMap<>();
    byName.forEach((name, handler) -> mapped.put(name, mappedOnce.get(handler)));
    return new HandlerRegistry(mapped, List.copyOf(mappedOnce.values()));
  }

  /** The handler of jobs stored under the name: the job's own, or one of its aliases. */
  public Optional<JobHandler> find(String jobName) {
    return Optional.ofNullable(byName.get(jobName));
  }

  /** The handlers, sorted by job name. */
  public List<JobHandler> handlers() {
    return handlers.stream()
        .sorted(Comparator.comparing(handler -> handler.definition().name()))
        .toList();
  }

  /** The definitions of the known jobs, sorted by name. */
  public List<JobDefinition> definitions() {
    return handlers().stream().map(JobHandler::definition).toList();
  }

  /** The names this server claims jobs by: every known job's name and aliases. */
  public Set<String> names() {
    return byName.keySet();
  }

  /** The names, among {@link #names}, of the jobs whose starts have limits. */
  public Set<String> limitedNames() {
    Set<String> limited = new TreeSet<>();
    byName.forEach(
        (name, handler) -> {
          if (handler.definition().limits().limitsStarts()) {
            limited.add(name);
          }
        });
    return limited;
  }

  /** The queues the known jobs use, sorted by name. */
  public List<String> queues() {
    TreeSet<String> queues = new TreeSet<>();
    handlers.forEach(handler -> queues.add(handler.definition().queue()));
    return List.copyOf(queues);
  }

  public int size() {
    return handlers.size();
  }
}
