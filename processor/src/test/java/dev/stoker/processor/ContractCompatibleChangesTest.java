package dev.stoker.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change that jobs already stored survive passes, and the contract is written anew for the
 * commit.
 */
class ContractCompatibleChangesTest {

  @TempDir Path directory;
  private ContractModule module;

  @BeforeEach
  void compileTheCommittedCode() {
    module = new ContractModule(directory).compiledOnce();
  }

  private void assertPasses(String change) {
    Compilation compilation = module.compile(change);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).hadNoteContaining("Wrote the job contract " + module.file());
  }

  @Test
  void new_job_is_added_to_the_contract() {
    assertPasses("added-job/WelcomeService.java");
    assertThat(ContractModule.lines(module.contract()))
        .containsAtLeast(
            "job reminder method com.example.mail.WelcomeService.reminder",
            "job reminder parameter userId long",
            "job reminder queue mail",
            "job mail.welcome parameter userId long");
  }

  @Test
  void new_nullable_parameter_passes() {
    assertPasses("nullable-parameter/WelcomeService.java");
    assertThat(module.contract()).contains("\njob mail.welcome parameter coupon String?\n");
  }

  @Test
  void new_parameter_with_a_default_passes_and_the_contract_keeps_the_default() {
    assertPasses("default-parameter/WelcomeService.java");
    assertThat(module.contract())
        .contains("\njob mail.welcome parameter reminders int default \"3\"\n");
  }

  @Test
  void new_enum_constant_passes() {
    assertPasses("added-constant/Plan.java");
    assertThat(module.contract()).contains("\nenum com.example.mail.Plan constant TEAM\n");
  }

  @Test
  void widened_number_passes() {
    assertPasses("widened-parameter/WelcomeService.java");
    assertThat(module.contract()).contains("\njob mail.welcome parameter attempts long\n");
  }

  @Test
  void removed_parameter_passes_as_its_stored_value_is_ignored() {
    assertPasses("removed-parameter/WelcomeService.java");
    assertThat(module.contract()).doesNotContain("parameter tags");
  }

  @Test
  void renamed_job_that_keeps_its_old_name_as_an_alias_passes() {
    assertPasses("aliased-job/WelcomeService.java");
    assertThat(ContractModule.lines(module.contract()))
        .containsAtLeast(
            "job mail.welcome-email alias mail.welcome",
            "job mail.welcome-email parameter userId long");
    assertThat(module.contract()).doesNotContain("job mail.welcome ");
  }

  @Test
  void renamed_parameter_that_keeps_its_old_name_as_an_alias_passes() {
    assertPasses("aliased-parameter/WelcomeService.java");
    assertThat(module.contract())
        .contains("\njob mail.welcome parameter accountId long alias userId\n");
  }

  @Test
  void new_nullable_record_component_passes() {
    assertPasses("nullable-component/Address.java");
    assertThat(module.contract())
        .contains("\nrecord com.example.mail.Address component zip String?\n");
  }

  @Test
  void parameter_made_nullable_and_a_set_made_a_list_pass() {
    assertPasses("loosened-parameters/WelcomeService.java");
    assertThat(ContractModule.lines(module.contract()))
        .containsAtLeast(
            "job mail.welcome parameter language String?",
            "job mail.welcome parameter tags List<String>");
  }

  @Test
  void unchanged_code_leaves_the_file_alone() {
    Compilation compilation = module.compile();
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.notes()).isEmpty();
  }
}
