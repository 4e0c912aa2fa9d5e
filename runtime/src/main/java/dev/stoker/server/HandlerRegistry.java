package dev.stoker.server;

import dev.stoker.job.JobDefinition;
import dev.stoker.job.JobHandler;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
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

/** The job handlers the processor generated, found on the classpath, by job name. */
public final class HandlerRegistry {

  private static final Logger log = LoggerFactory.getLogger(HandlerRegistry.class);

  private final Map<String, JobHandler> byName;

  private HandlerRegistry(Map<String, JobHandler> byName) {
    this.byName = Map.copyOf(byName);
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

  /** A registry of the given handlers; two with the same job name are an error. */
  public static HandlerRegistry of(Collection<? extends JobHandler> handlers) {
    Map<String, JobHandler> byName = new HashMap<>();
    for (JobHandler handler : handlers) {
      String name = handler.definition().name();
      JobHandler other = byName.putIfAbsent(name, handler);
      if (other != null && other.getClass() != handler.getClass()) {
        throw new IllegalStateException(
            "Two jobs are named '"
                + name
                + "': "
                + other.getClass().getName()
                + " and "
                + handler.getClass().getName()
                + ". Job names must be unique: give one a distinct @Job(name = ...).");
      }
    }
    return new HandlerRegistry(byName);
  }

  /** The same jobs, each run through the handler the function makes of the original. */
  public HandlerRegistry map(UnaryOperator<JobHandler> function) {
    Map<String, JobHandler> mapped = new HashMap<>();
    byName.forEach((name, handler) -> mapped.put(name, function.apply(handler)));
    return new HandlerRegistry(mapped);
  }

  public Optional<JobHandler> find(String jobName) {
    return Optional.ofNullable(byName.get(jobName));
  }

  /** The definitions of the known jobs, sorted by name. */
  public List<JobDefinition> definitions() {
    return byName.values().stream()
        .map(JobHandler::definition)
        .sorted(Comparator.comparing(JobDefinition::name))
        .toList();
  }

  /** The names of the known jobs. */
  public Set<String> names() {
    return byName.keySet();
  }

  /** The queues the known jobs use, sorted by name. */
  public List<String> queues() {
    TreeSet<String> queues = new TreeSet<>();
    byName.values().forEach(handler -> queues.add(handler.definition().queue()));
    return List.copyOf(queues);
  }

  public int size() {
    return byName.size();
  }
}
