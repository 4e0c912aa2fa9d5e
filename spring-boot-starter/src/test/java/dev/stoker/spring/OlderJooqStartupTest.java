package dev.stoker.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * An application whose Spring Boot manages a jOOQ older than Stoker's (Boot 4.0 manages 3.19) fails
 * to start with Spring Boot's report naming the property to set, instead of failing at its first
 * query. It runs in a JVM of its own, with jOOQ 3.19 in place of this build's.
 */
class OlderJooqStartupTest {

  @Test
  void an_application_on_jooq_3_19_fails_to_start_naming_jooq_version() throws Exception {
    Path olderJooq = Path.of("target/older-jooq/jooq-3.19.39.jar").toAbsolutePath();
    assertThat(olderJooq).exists();
    String classPath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .map(entry -> entry.contains("jooq-3.21") ? olderJooq.toString() : entry)
            .collect(Collectors.joining(File.pathSeparator));
    Path output = Files.createTempFile("older-jooq", ".log");
    Process app =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    classPath,
                    Application.class.getName()))
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    try {
      assertThat(app.waitFor(2, TimeUnit.MINUTES)).as("the application ended").isTrue();
    } finally {
      app.destroyForcibly();
    }
    String log = Files.readString(output, StandardCharsets.UTF_8);

    assertThat(app.exitValue()).isNotZero();
    assertThat(log)
        .contains("APPLICATION FAILED TO START")
        .contains("Stoker cannot run on the classpath's jOOQ 3.19.39, and needs 3.21 or newer.")
        .contains("<jooq.version>3.21.9</jooq.version>");
    Files.delete(output);
  }

  /** An application with nothing but Spring Boot's auto-configuration and its embedded H2. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class Application {

    public static void main(String[] args) {
      SpringApplication.run(Application.class, "--spring.main.banner-mode=off");
    }
  }
}
