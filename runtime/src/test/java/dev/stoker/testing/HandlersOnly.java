package dev.stoker.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.stream.Collectors;

/**
 * A class loader whose job handler registry lists only the given handlers: what a Stoker finds on
 * the classpath of one version of an application. Give it to {@code
 * Stoker.builder().classLoader(...)} to stand for a deployment.
 */
public final class HandlersOnly extends ClassLoader {

  private static final String REGISTRY = "META-INF/services/dev.stoker.job.JobHandler";

  private final URL registry;

  private HandlersOnly(URL registry) {
    super(HandlersOnly.class.getClassLoader());
    this.registry = registry;
  }

  public static HandlersOnly of(Class<?>... handlers) {
    try {
      Path file = Files.createTempFile("stoker-handlers", ".txt");
      file.toFile().deleteOnExit();
      Files.writeString(
          file, Arrays.stream(handlers).map(Class::getName).collect(Collectors.joining("\n")));
      return new HandlersOnly(file.toUri().toURL());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    return REGISTRY.equals(name)
        ? Collections.enumeration(java.util.List.of(registry))
        : super.getResources(name);
  }
}
