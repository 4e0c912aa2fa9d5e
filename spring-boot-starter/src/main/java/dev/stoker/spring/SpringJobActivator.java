package dev.stoker.spring;

import dev.stoker.JobActivator;
import java.lang.reflect.Modifier;
import org.springframework.beans.factory.ListableBeanFactory;

/**
 * Runs job methods on the application context's beans, so that their dependencies are injected as
 * anywhere else. A class that is no bean runs on a new instance when it has a public no-argument
 * constructor.
 */
final class SpringJobActivator implements JobActivator {

  private final ListableBeanFactory beans;

  SpringJobActivator(ListableBeanFactory beans) {
    this.beans = beans;
  }

  @Override
  public Object activate(Class<?> type) {
    Object bean = beans.getBeanProvider(type).getIfAvailable();
    if (bean != null || hasPublicNoArgumentConstructor(type)) {
      return bean; // null: Stoker uses that constructor
    }
    throw new IllegalStateException(
        "The application context has no bean of type "
            + type.getName()
            + ", whose @Job methods this job runs: declare it as a bean (for example annotate it"
            + " @Component or @Service) so that Stoker runs the job on it.");
  }

  private static boolean hasPublicNoArgumentConstructor(Class<?> type) {
    try {
      return Modifier.isPublic(type.getConstructor().getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}
