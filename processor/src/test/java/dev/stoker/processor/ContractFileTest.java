package dev.stoker.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract file: its form, how a build without the option behaves, and a broken file. */
class ContractFileTest {

  @TempDir Path directory;

  @Test
  void contract_lists_one_fact_a_line_sorted() throws IOException {
    Compilation compilation =
        Compilations.compileWithRuntime(
            List.of("-A" + JobContracts.OPTION + "=" + directory),
            List.of(),
            Compilations.source("good/com/example/shop/ShippingService.java"),
            Compilations.source("good/com/example/shop/Shipment.java"),
            Compilations.source("good/com/example/shop/Address.java"),
            Compilations.source("good/com/example/shop/Nullable.java"),
            Compilations.source("good/com/example/mail/WelcomeEmailService.java"),
            Compilations.source("good/com/example/mail/Nullable.java"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Files.readString(directory.resolve(JobContracts.FILE_NAME)))
        .isEqualTo(
            new String(
                getClass().getResourceAsStream("/expected/stoker-jobs.contract").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void build_without_the_option_says_once_how_to_turn_contracts_on_and_writes_nothing() {
    Compilation compilation =
        Compilations.compileWithRuntime(
            Compilations.source("good/com/example/shop/ShippingService.java"),
            Compilations.source("good/com/example/shop/Shipment.java"),
            Compilations.source("good/com/example/shop/Address.java"),
            Compilations.source("good/com/example/shop/Nullable.java"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).hadNoteCount(1);
    assertThat(compilation)
        .hadNoteContaining(
            "Stoker job contracts are off: a change that breaks the jobs already stored (a parameter"
                + " renamed or retyped, a job renamed) fails only when those jobs run. To check such"
                + " changes at compile time, pass -Astoker.contracts=<directory> to javac (Maven:"
                + " <compilerArgs><arg>-Astoker.contracts=${project.basedir}/src/main/stoker</arg>"
                + "</compilerArgs>) and commit the file it writes there.");
  }

  @Test
  void first_build_with_the_option_writes_the_file_and_says_to_commit_it() {
    ContractModule module = new ContractModule(directory.resolve("src/main/stoker"));
    Compilation compilation = module.compile();
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .hadNoteContaining(
            "Wrote the job contract " + module.file() + ": commit it with the change.");
    assertThat(module.contract()).startsWith(ContractFormat.HEADER);
  }

  @Test
  void unreadable_contract_is_an_error_naming_the_line_and_is_left_alone() throws IOException {
    ContractModule module = new ContractModule(directory).compiledOnce();
    String broken = module.contract().replace("queue mail", "colour mail");
    Files.writeString(module.file(), broken);

    Compilation compilation = module.compile();

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "of the job contract "
                + module.file()
                + " cannot be read (no fact 'colour' of a job): restore the file from version"
                + " control, or delete it to write a new one from the code.");
    assertThat(module.contract()).isEqualTo(broken);
  }

  @Test
  void jobs_an_incremental_build_does_not_compile_are_kept(@TempDir Path classes)
      throws IOException {
    ContractModule module = new ContractModule(directory);
    Compilation full = module.compile();
    assertThat(full).succeeded();
    List<File> classPath = Compilations.classPathAfter(full, classes);

    Compilation incremental =
        javac()
            .withClasspath(classPath)
            .withOptions("-A" + JobContracts.OPTION + "=" + directory)
            .withProcessors(new JobProcessor())
            .compile(ContractModule.source("removed-class/Reminders.java"));

    assertThat(incremental).succeededWithoutWarnings();
    assertThat(ContractModule.lines(module.contract()))
        .containsAtLeast(
            "job mail.welcome parameter userId long",
            "record com.example.mail.Address component city String",
            "enum com.example.mail.Plan constant PRO",
            "job reminder parameter userId long");
  }
}
