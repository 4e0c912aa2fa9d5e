package dev.stoker.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.stoker.processor.Compilations.compile;
import static dev.stoker.processor.Compilations.compileWithRuntime;
import static dev.stoker.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Valid jobs generate the expected {@code <Name>Jobs} classes and handler registry, and that code
 * compiles, without warnings, against the runtime's API.
 */
class GeneratedCodeTest {

  private static final JavaFileObject[] MAIL = {
    source("good/com/example/mail/WelcomeEmailService.java"),
    source("good/com/example/mail/Nullable.java")
  };

  private static final JavaFileObject[] SHOP = {
    source("good/com/example/shop/ShippingService.java"),
    source("good/com/example/shop/Shipment.java"),
    source("good/com/example/shop/Address.java"),
    source("good/com/example/shop/Nullable.java")
  };

  @Test
  void typical_job_generates_its_client_and_handler() {
    Compilation compilation = compileWithRuntime(MAIL);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("com.example.mail.WelcomeEmailJobs")
        .hasSourceEquivalentTo(source("expected/com/example/mail/WelcomeEmailJobs.java"));
  }

  @Test
  void
      records_collections_enums_time_static_methods_and_registered_instances_generate_as_expected() {
    Compilation compilation = compileWithRuntime(SHOP);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("com.example.shop.ShopShipOrderJobs")
        .hasSourceEquivalentTo(source("expected/com/example/shop/ShopShipOrderJobs.java"));
    assertThat(compilation)
        .generatedSourceFile("com.example.shop.PurgeLabelsJobs")
        .hasSourceEquivalentTo(source("expected/com/example/shop/PurgeLabelsJobs.java"));
  }

  @Test
  void recurring_job_carries_its_cron_zone_exclusion_and_misfire_policy_in_its_definition() {
    Compilation compilation =
        compileWithRuntime(source("good/com/example/reports/ReportService.java"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("com.example.reports.ReportsNightlyJobs")
        .hasSourceEquivalentTo(source("expected/com/example/reports/ReportsNightlyJobs.java"));
  }

  @Test
  void limits_are_carried_in_the_definition_and_a_unique_job_says_whether_it_was_created() {
    Compilation compilation =
        compileWithRuntime(source("good/com/example/billing/BillingService.java"));
    assertThat(compilation).succeededWithoutWarnings();
    for (String job :
        List.of("BillingSyncAccountJobs", "BillingInvoiceJobs", "BillingCloseBooksJobs")) {
      assertThat(compilation)
          .generatedSourceFile("com.example.billing." + job)
          .hasSourceEquivalentTo(source("expected/com/example/billing/" + job + ".java"));
    }
  }

  @Test
  void job_with_a_timeout_carries_it_in_its_definition() {
    Compilation compilation =
        compileWithRuntime(source("good/com/example/reports/ReportService.java"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("com.example.reports.ReportsMonthlyJobs")
        .hasSourceEquivalentTo(source("expected/com/example/reports/ReportsMonthlyJobs.java"));
  }

  @Test
  void handler_registry_lists_every_handler_by_binary_name_in_order() {
    Compilation compilation = compileWithRuntime(concat(SHOP, MAIL));
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, HandlerRegistryWriter.PATH)
        .contentsAsUtf8String()
        .isEqualTo(
            "com.example.mail.WelcomeEmailJobs$Handler\n"
                + "com.example.shop.PurgeLabelsJobs$Handler\n"
                + "com.example.shop.ShopShipOrderJobs$Handler\n");
  }

  @Test
  void generated_code_does_not_depend_on_the_order_of_the_files() {
    Compilation forward = compileWithRuntime(concat(MAIL, SHOP));
    Compilation backward = compileWithRuntime(concat(SHOP, MAIL));
    for (String name :
        List.of("com.example.mail.WelcomeEmailJobs", "com.example.shop.ShopShipOrderJobs")) {
      assertThat(contents(backward, name)).isEqualTo(contents(forward, name));
    }
  }

  @Test
  void parameters_named_like_generated_identifiers_do_not_clash_with_them() {
    Compilation compilation = compileWithRuntime(source("good/com/example/names/Reminders.java"));
    assertThat(compilation).succeededWithoutWarnings();
    String generated = contents(compilation, "com.example.names.RemindJobs");
    assertThat(generated).contains("public static JobId schedule(Duration delay2, Duration delay,");
    assertThat(generated).contains("return RemindJobs.INSTALLED.enqueue(");
    assertThat(generated).contains("return submitter2.enqueue(RemindJobs.DEFINITION,");
    assertThat(generated).contains("ArgumentCodec<Reminders.Window> REMINDERS_WINDOW =");
    assertThat(generated).contains("return out2 -> {");
    assertThat(generated).contains("public void run(JobInvocation invocation2) throws Exception {");
    assertThat(generated).contains("ArgumentReader arguments2 = invocation2.arguments();");
  }

  @Test
  void renamed_job_and_fields_are_read_under_their_former_names_and_defaults() {
    Compilation compilation = compileWithRuntime(source("good/com/example/names/Renamed.java"));
    assertThat(compilation).succeededWithoutWarnings();
    String generated = contents(compilation, "com.example.names.MailWelcomeEmailJobs");
    assertThat(generated).contains(".withAliases(\"welcome\", \"mail.welcome\");");
    assertThat(generated)
        .contains(
            "long userId = arguments.field(\"userId\", Codecs.LONG, \"customerId\", \"user\");");
    assertThat(generated)
        .contains(
            "String language = arguments.field(\"language\","
                + " Codecs.withDefault(Codecs.STRING, \"en\"));");
    assertThat(generated)
        .contains(
            "arguments.field(\"tags\", Codecs.withDefault(Codecs.listOf(Codecs.STRING), \"[]\"));");
    assertThat(generated).contains("in.field(\"from\", Codecs.INT, \"start\"),");
    assertThat(generated).contains("in.field(\"to\", Codecs.withDefault(Codecs.INT, \"24\")))");
    assertThat(generated).contains("out.field(\"userId\", Codecs.LONG, userId);");
  }

  @Test
  void parameter_type_that_another_processor_generates_later_is_waited_for() {
    Compilation compilation =
        compileWithRuntime(
            List.of(new CouponGenerator()), source("good/com/example/later/CouponService.java"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(contents(compilation, "com.example.later.RedeemJobs"))
        .contains("out.field(\"coupon\", COUPON, coupon);");
  }

  @Test
  void class_that_an_earlier_build_generated_does_not_count_as_a_clash(@TempDir Path classes)
      throws IOException {
    Compilation earlier = compileWithRuntime(MAIL);
    assertThat(earlier).succeeded();
    List<File> classPath = Compilations.classPathAfter(earlier, classes);

    Compilation incremental =
        javac()
            .withClasspath(classPath)
            .withProcessors(new JobProcessor())
            .compile(source("good/com/example/mail/WelcomeEmailService.java"));

    assertThat(incremental).succeeded();
    assertThat(incremental).generatedSourceFile("com.example.mail.WelcomeEmailJobs");
  }

  @Test
  void missing_parameter_type_is_left_to_javac_to_report() {
    JavaFileObject file = source("good/com/example/later/MissingType.java");
    Compilation compilation = compile(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("cannot find symbol")
        .inFile(file)
        .onLineContaining("Voucher voucher");
  }

  /** Generates the record {@code com.example.later.Coupon} in the first round. */
  private static final class CouponGenerator extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer writer =
            processingEnv.getFiler().createSourceFile("com.example.later.Coupon").openWriter()) {
          writer.write("package com.example.later;\n\npublic record Coupon(String code) {}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  private static String contents(Compilation compilation, String className) {
    try {
      return compilation
          .generatedSourceFile(className)
          .orElseThrow()
          .getCharContent(true)
          .toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JavaFileObject[] concat(JavaFileObject[] first, JavaFileObject[] second) {
    JavaFileObject[] all = new JavaFileObject[first.length + second.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }
}
