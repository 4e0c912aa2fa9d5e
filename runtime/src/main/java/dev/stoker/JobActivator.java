package dev.stoker;

/**
 * Supplies the instances {@code @Job} methods run on, for example from a dependency-injection
 * container: {@code type -> applicationContext.getBean(type)}.
 */
@FunctionalInterface
public interface JobActivator {

  /**
   * The instance to run a job method of {@code type} on, or null to fall back to the type's public
   * no-argument constructor.
   */
  Object activate(Class<?> type) throws Exception;
}
