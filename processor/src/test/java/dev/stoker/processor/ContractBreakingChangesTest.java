package dev.stoker.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change that would break jobs already stored is a compile error on the element, naming the job,
 * the old and the new form and the ways out; the contract is left as committed.
 */
class ContractBreakingChangesTest {

  private static final String KEEP_OLD_JOB =
      " or keep the old job beside a new one until none of its jobs is left.";

  @TempDir Path directory;
  private ContractModule module;
  private String committed;

  @BeforeEach
  void compileTheCommittedCode() {
    module = new ContractModule(directory).compiledOnce();
    committed = module.contract();
  }

  private void assertBreaks(String change, String message, String line) {
    Compilation compilation = module.compile(change);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(message)
        .inFile(ContractModule.source(change))
        .onLineContaining(line);
    assertThat(module.contract()).isEqualTo(committed);
  }

  private static String accept(String change, String where) {
    return " Or accept the break on purpose with @BreaksStoredJobs(\""
        + change
        + "\") on "
        + where
        + ".";
  }

  @Test
  void renamed_parameter_is_an_error_that_says_to_keep_the_old_name_as_an_alias() {
    assertBreaks(
        "renamed-parameter/WelcomeService.java",
        "Parameter 'accountId' of job 'mail.welcome' is new, and the jobs stored before it do not"
            + " hold it: they would fail when they run. Give it a @Default for them, or annotate it"
            + " @Nullable, or, if it is 'userId' renamed, keep that name with @Alias(\"userId\"),"
            + KEEP_OLD_JOB
            + accept("parameter accountId: added without a default", "the method"),
        "long accountId");
  }

  @Test
  void retyped_parameter_is_an_error_naming_the_old_and_the_new_type() {
    assertBreaks(
        "retyped-parameter/WelcomeService.java",
        "Parameter 'userId' of job 'mail.welcome' has type UUID, but the job contract has long,"
            + " which UUID cannot read: the jobs stored before the change would fail when they run."
            + " Keep long, or use a type that reads it (a wider number, @Nullable, a List for a"
            + " Set),"
            + KEEP_OLD_JOB
            + accept("parameter userId: long -> UUID", "the method"),
        "UUID userId");
  }

  @Test
  void narrowed_number_is_an_error() {
    assertBreaks(
        "narrowed-parameter/WelcomeService.java",
        "Parameter 'attempts' of job 'mail.welcome' has type short, but the job contract has int,"
            + " which short cannot read",
        "short attempts");
  }

  @Test
  void parameter_no_longer_nullable_is_an_error() {
    assertBreaks(
        "non-null-parameter/WelcomeService.java",
        "Parameter 'note' of job 'mail.welcome' is no longer @Nullable, but the job contract has"
            + " String?: the jobs stored with a null would fail when they run. Keep it @Nullable,"
            + KEEP_OLD_JOB
            + accept("parameter note: String? -> String", "the method"),
        "String note");
  }

  @Test
  void new_parameter_without_a_default_is_an_error_that_says_to_give_one() {
    assertBreaks(
        "added-parameter/WelcomeService.java",
        "Parameter 'reminders' of job 'mail.welcome' is new, and the jobs stored before it do not"
            + " hold it: they would fail when they run. Give it a @Default for them, or annotate it"
            + " @Nullable,"
            + KEEP_OLD_JOB
            + accept("parameter reminders: added without a default", "the method"),
        "int reminders");
  }

  @Test
  void removed_enum_constant_is_an_error_on_the_enum() {
    assertBreaks(
        "removed-constant/Plan.java",
        "Constant PRO of enum Plan is gone, but the job contract has it: the stored jobs that hold"
            + " it would fail when they run. Keep the constant (it may be @Deprecated)."
            + accept("constant PRO: removed", "enum Plan"),
        "public enum Plan");
  }

  @Test
  void removed_record_component_is_an_error_on_the_record() {
    assertBreaks(
        "removed-component/Address.java",
        "Component 'city' of record Address is gone, but the job contract has it, as String: the"
            + " values that stored jobs hold for it would be lost. Keep the component (it may be"
            + " @Nullable)."
            + accept("component city: removed", "record Address"),
        "public record Address");
  }

  @Test
  void renamed_job_is_an_error_on_its_name_that_says_to_keep_the_old_name_as_an_alias() {
    assertBreaks(
        "renamed-job/WelcomeService.java",
        "@Job welcome is named 'mail.welcome-email', but the job contract has it as 'mail.welcome':"
            + " the jobs stored under the old name would find no handler and wait. Keep the old name"
            + " as an alias, @Job(name = \"mail.welcome-email\", aliases = \"mail.welcome\"), or"
            + " keep the old job beside this one until none of its jobs is left."
            + accept("name: mail.welcome -> mail.welcome-email", "the method"),
        "name = \"mail.welcome-email\"");
  }

  @Test
  void removed_job_is_an_error_on_its_class() {
    assertBreaks(
        "removed-job/WelcomeService.java",
        "Job 'mail.welcome' of the job contract, which com.example.mail.WelcomeService.welcome"
            + " ran, is gone from the code: its stored jobs would find no handler and wait. Keep the"
            + " job until none of its jobs is left, or keep its name as an alias of the job that"
            + " replaces it."
            + accept("job mail.welcome: removed", "any class of the module"),
        "public class WelcomeService");
  }

  @Test
  void job_whose_class_is_gone_is_an_error_naming_it() {
    Compilation compilation =
        module.compileWithout(List.of("WelcomeService.java"), "removed-class/Reminders.java");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Job 'mail.welcome' of the job contract, which com.example.mail.WelcomeService.welcome"
                + " ran, is gone from the code");
    assertThat(module.contract()).isEqualTo(committed);
  }

  @Test
  void removed_alias_is_an_error_on_the_job() {
    assertThat(module.compile("aliased-job/WelcomeService.java")).succeeded();
    committed = module.contract();
    assertBreaks(
        "removed-alias/WelcomeService.java",
        "@Job welcome no longer runs the jobs stored as 'mail.welcome', which the job contract lists"
            + " among its names: they would find no handler and wait. Keep 'mail.welcome' in"
            + " @Job(aliases = ...) until none of them is left."
            + accept("alias mail.welcome: removed", "the method"),
        "@Job(name = \"mail.welcome-email\"");
  }

  @Test
  void removed_default_is_an_error_on_the_parameter() {
    assertThat(module.compile("default-parameter/WelcomeService.java")).succeeded();
    committed = module.contract();
    assertBreaks(
        "removed-default/WelcomeService.java",
        "Parameter 'reminders' of job 'mail.welcome' has no @Default any more, but the job contract"
            + " has @Default(\"3\"), which the jobs stored before it was added read: they would fail"
            + " when they run. Keep the @Default, or annotate it @Nullable."
            + accept("parameter reminders: default removed", "the method"),
        "int reminders");
  }

  @Test
  void moved_queue_is_a_warning_and_passes() {
    Compilation compilation = module.compile("moved-queue/WelcomeService.java");
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "@Job welcome puts its jobs on queue 'email', but the job contract has 'mail': the jobs"
                + " stored before the change wait on 'mail', and run only where a server serves it."
                + " Let servers serve both queues until 'mail' is empty.")
        .inFile(ContractModule.source("moved-queue/WelcomeService.java"))
        .onLineContaining("public void welcome(");
    assertThat(module.contract()).contains("\njob mail.welcome queue email\n");
  }

  @Test
  void break_accepted_with_the_marker_that_names_it_passes_and_updates_the_contract() {
    Compilation compilation = module.compile("accepted-break/WelcomeService.java");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .hadNoteContaining(
            "Job contract: @BreaksStoredJobs(\"parameter userId: long -> UUID\") accepts a change");
    assertThat(module.contract()).contains("\njob mail.welcome parameter userId UUID\n");
  }

  @Test
  void marker_that_names_another_change_accepts_nothing() {
    assertBreaks(
        "other-break-accepted/WelcomeService.java",
        "Parameter 'userId' of job 'mail.welcome' has type UUID, but the job contract has long",
        "UUID userId");
  }

  @Test
  void removed_job_accepted_with_a_marker_on_another_class_passes() {
    Compilation compilation =
        module.compileWithout(List.of("WelcomeService.java"), "accepted-removal/Reminders.java");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(module.contract()).doesNotContain("mail.welcome");
    assertThat(module.contract()).contains("\njob reminder parameter userId long\n");
  }
}
