package dev.stoker.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stoker.job.JobDefinition;
import dev.stoker.job.JobHandler;
import dev.stoker.job.JobInvocation;
import dev.stoker.job.Recurrence;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandlerRegistryTest {

  @Test
  void finds_the_generated_handlers_on_the_classpath_by_job_name() {
    HandlerRegistry registry = HandlerRegistry.load(getClass().getClassLoader());

    assertThat(registry.find("test.record")).isPresent();
    assertThat(registry.find("no.such.job")).isEmpty();
    assertThat(registry.queues()).containsExactly("critical", "default");
  }

  @Test
  void a_registry_entry_whose_class_is_gone_is_skipped(@TempDir Path classes) throws IOException {
    Path services = classes.resolve("META-INF/services/" + JobHandler.class.getName());
    Files.createDirectories(services.getParent());
    Files.writeString(
        services, "dev.stoker.jobs.DeletedJobs$Handler\ndev.stoker.jobs.TestRecordJobs$Handler\n");

    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      HandlerRegistry registry = HandlerRegistry.load(loader);

      assertThat(registry.find("test.record")).isPresent();
    }
  }

  @Test
  void two_handlers_with_one_job_name_are_an_error_naming_both() {
    JobHandler first = new NamedHandler();
    JobHandler second =
        new JobHandler() {
          @Override
          public JobDefinition definition() {
            return new JobDefinition("mail", "default", 1, 0, Recurrence.NONE);
          }

          @Override
          public void run(JobInvocation invocation) {}
        };

    assertThatThrownBy(() -> HandlerRegistry.of(List.of(first, second)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Two jobs are named 'mail': ")
        .hasMessageContaining(NamedHandler.class.getName())
        .hasMessageEndingWith("give one a distinct @Job(name = ...).");
  }

  @Test
  void a_job_is_found_under_its_aliases_and_claimed_by_them() {
    HandlerRegistry registry =
        HandlerRegistry.of(List.of(new NamedHandler(), new RenamedHandler()));

    assertThat(registry.find("mail.old")).containsInstanceOf(RenamedHandler.class);
    assertThat(registry.find("mail.older")).containsInstanceOf(RenamedHandler.class);
    assertThat(registry.names())
        .containsExactlyInAnyOrder("mail", "mail.new", "mail.old", "mail.older");
    assertThat(registry.definitions())
        .extracting(JobDefinition::name)
        .containsExactly("mail", "mail.new");
  }

  @Test
  void an_alias_that_is_another_job_s_name_is_an_error_naming_both() {
    JobHandler aliasOfMail =
        handler(
            new JobDefinition("mail.new", "default", 1, 0, Recurrence.NONE).withAliases("mail"));

    assertThatThrownBy(() -> HandlerRegistry.of(List.of(new NamedHandler(), aliasOfMail)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "Job name 'mail' is taken twice: by " + NamedHandler.class.getName() + " and by ")
        .hasMessageContaining(", as an alias of job 'mail.new'")
        .hasMessageEndingWith("remove the alias, or rename one of the jobs.");
  }

  private static JobHandler handler(JobDefinition definition) {
    return new JobHandler() {
      @Override
      public JobDefinition definition() {
        return definition;
      }

      @Override
      public void run(JobInvocation invocation) {}
    };
  }

  private static final class RenamedHandler implements JobHandler {
    @Override
    public JobDefinition definition() {
      return new JobDefinition("mail.new", "default", 1, 0, Recurrence.NONE)
          .withAliases("mail.old", "mail.older");
    }

    @Override
    public void run(JobInvocation invocation) {}
  }

  private static final class NamedHandler implements JobHandler {
    @Override
    public JobDefinition definition() {
      return new JobDefinition("mail", "default", 1, 0, Recurrence.NONE);
    }

    @Override
    public void run(JobInvocation invocation) {}
  }
}
