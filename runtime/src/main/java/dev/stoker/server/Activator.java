package dev.stoker.server;

import dev.stoker.JobActivator;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Finds the instance a job method runs on: one registered for its class (or a subclass), else the
 * application's {@link JobActivator}, else the class's no-argument constructor.
 */
public final class Activator {

  private final Map<Class<?>, Supplier<?>> registered;
  private final JobActivator custom;

  /**
   * @param registered suppliers registered per class
   * @param custom the application's activator, or null
   */
  public Activator(Map<Class<?>, Supplier<?>> registered, JobActivator custom) {
    this.registered = Map.copyOf(registered);
    this.custom = custom;
  }

  /**
   * The instance for {@code type}; {@code factory} is its no-argument constructor, or null when it
   * has none.
   */
  <T> T instance(Class<T> type, Supplier<? extends T> factory) throws Exception {
    Supplier<?> supplier = registered.get(type);
    if (supplier == null) {
      supplier =
          registered.entrySet().stream()
              .filter(entry -> type.isAssignableFrom(entry.getKey()))
              .map(Map.Entry::getValue)
              .findFirst()
              .orElse(null);
    }
    if (supplier != null) {
      return type.cast(supplier.get());
    }
    if (custom != null) {
      Object instance = custom.activate(type);
      if (instance != null) {
        return type.cast(instance);
      }
    }
    if (factory != null) {
      return factory.get();
    }
    throw new IllegalStateException(
        type.getName()
            + " has no public no-argument constructor and no instance is registered for it:"
            + " register one with Stoker.builder().register("
            + type.getSimpleName()
            + ".class, () -> ...), or set an activator.");
  }
}
