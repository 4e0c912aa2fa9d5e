package dev.stoker.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stoker.spring.LibraryVersions.Library;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;

class LibraryVersionsTest {

  @Test
  void the_versions_spring_boot_picked_for_these_tests_pass() {
    assertThatCode(() -> LibraryVersions.check(StokerContexts.h2(StokerContexts.h2Url("versions"))))
        .doesNotThrowAnyException();
  }

  @Test
  void a_newer_patch_or_minor_version_passes() {
    assertThatCode(
            () ->
                LibraryVersions.check(
                    List.of(
                        new Library("jOOQ", "jooq.version", "3.21.0", "3.21.9"),
                        new Library("Jackson", "jackson-bom.version", "3.4.0-rc1", "3.1.7"))))
        .doesNotThrowAnyException();
  }

  @Test
  void an_older_jooq_fails_naming_the_property_to_set() {
    assertThatThrownBy(
            () ->
                LibraryVersions.check(
                    List.of(
                        new Library("jOOQ", "jooq.version", "3.19.28", "3.21.9"),
                        new Library("Jackson", "jackson-bom.version", "3.1.7", "3.1.7"))))
        .isInstanceOf(StokerStartupException.class)
        .hasMessage("Stoker cannot run on the classpath's jOOQ 3.19.28, and needs 3.21 or newer.")
        .satisfies(
            failure ->
                assertThat(((StokerStartupException) failure).action())
                    .startsWith("Set jooq.version to the version Stoker is tested with")
                    .contains("<jooq.version>3.21.9</jooq.version>")
                    .contains("ext['jooq.version'] = '3.21.9'")
                    .contains("Spring Boot 4.1 or newer"));
  }

  @Test
  void an_old_or_missing_jackson_is_named_with_its_property_too() {
    assertThatThrownBy(
            () ->
                LibraryVersions.check(
                    List.of(
                        new Library("jOOQ", "jooq.version", "3.19.28", "3.21.9"),
                        new Library("Jackson", "jackson-bom.version", null, "3.1.7"))))
        .hasMessageContaining("jOOQ 3.19.28")
        .hasMessageContaining("Jackson (none found), and needs 3.1 or newer")
        .satisfies(
            failure ->
                assertThat(((StokerStartupException) failure).action())
                    .contains("Set jooq.version and jackson-bom.version")
                    .contains("<jackson-bom.version>3.1.7</jackson-bom.version>"));
  }

  @Test
  void an_h2_older_than_stoker_needs_is_named_with_its_property() {
    assertThatThrownBy(
            () ->
                LibraryVersions.check(
                    List.of(new Library("H2", "h2.version", "2.4.240", "2.5.252"))))
        .hasMessage("Stoker cannot run on the classpath's H2 2.4.240, and needs 2.5 or newer.")
        .satisfies(
            failure ->
                assertThat(((StokerStartupException) failure).action())
                    .contains("<h2.version>2.5.252</h2.version>"));
  }

  @Test
  void spring_boot_reports_a_startup_failure_with_its_action() {
    List<FailureAnalyzer> analyzers =
        SpringFactoriesLoader.forDefaultResourceLocation()
            .load(FailureAnalyzer.class, FailureHandler.handleMessage((message, failure) -> {}));
    StokerStartupException failure = new StokerStartupException("what failed", "what to do");

    FailureAnalysis analysis =
        analyzers.stream()
            .map(analyzer -> analyzer.analyze(new IllegalStateException("wrapped", failure)))
            .filter(result -> result != null)
            .findFirst()
            .orElseThrow();

    assertThat(analysis.getDescription()).isEqualTo("what failed");
    assertThat(analysis.getAction()).isEqualTo("what to do");
  }
}
