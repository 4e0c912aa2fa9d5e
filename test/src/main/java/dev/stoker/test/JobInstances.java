package dev.stoker.test;

import dev.stoker.JobActivator;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The instances a test's jobs run on: those it registered (the latest first), then the values of
 * its {@link JobInstance} fields as they are when the job runs, then the extension's activator.
 */
final class JobInstances implements JobActivator {

  private final List<Object> registered = new CopyOnWriteArrayList<>();
  private final List<FieldOf> fields = new ArrayList<>();
  private final JobActivator fallback;

  private record FieldOf(Object owner, Field field) {
    Object value() {
      try {
        return field.get(owner);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot read @JobInstance field " + field, e);
      }
    }
  }

  /**
   * @param testInstances the test class's instance, and those of the classes it is nested in
   * @param fallback the activator to ask when the test has no instance of a type, or null
   */
  JobInstances(List<Object> testInstances, JobActivator fallback) {
    this.fallback = fallback;
    for (Object owner : testInstances) {
      for (Class<?> type = owner.getClass(); type != Object.class; type = type.getSuperclass()) {
        for (Field field : type.getDeclaredFields()) {
          if (field.isAnnotationPresent(JobInstance.class)) {
            field.setAccessible(true);
            fields.add(new FieldOf(owner, field));
          }
        }
      }
    }
  }

  void register(Object instance) {
    registered.addFirst(instance);
  }

  @Override
  public Object activate(Class<?> type) throws Exception {
    Optional<?> found = find(type);
    if (found.isPresent()) {
      return found.get();
    }
    return fallback == null ? null : fallback.activate(type);
  }

  /** The test's instance of the type, made with its no-argument constructor if it has none yet. */
  <T> T forParameter(Class<T> type) {
    return find(type).orElseGet(() -> registerNew(type));
  }

  private <T> Optional<T> find(Class<T> type) {
    for (Object instance : registered) {
      if (type.isInstance(instance)) {
        return Optional.of(type.cast(instance));
      }
    }
    for (FieldOf field : fields) {
      Object value = field.value();
      if (type.isInstance(value)) {
        return Optional.of(type.cast(value));
      }
    }
    return Optional.empty();
  }

  private <T> T registerNew(Class<T> type) {
    try {
      Constructor<T> constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      T instance = constructor.newInstance();
      register(instance);
      return instance;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "Cannot make the @JobInstance "
              + type.getName()
              + " with a no-argument constructor: declare it as a @JobInstance field, or register"
              + " one with stoker.register(instance) before the test asks for it",
          e);
    }
  }
}
