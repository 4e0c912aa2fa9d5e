package dev.stoker.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.stoker.processor.Compilations.compile;
import static dev.stoker.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Two jobs may share neither a name nor a generated class; the later one is in error. */
class JobNameClashErrorsTest {

  @Test
  void same_name_in_two_packages_is_an_error_on_the_second_name_attribute() {
    JavaFileObject mailer = source("bad/names/a/Mailer.java");
    JavaFileObject notifier = source("bad/names/b/Notifier.java");
    Compilation compilation = compile(notifier, mailer);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Job name 'mail.send' of @Job com.example.b.Notifier.notifyUser(long) is already the"
                + " name of @Job com.example.a.Mailer.send(long), and a job's name must be unique"
                + " because it finds the job's handler: set a distinct @Job(name = ...) on one of"
                + " them.")
        .inFile(notifier)
        .onLineContaining("name = \"mail.send\"");
  }

  @Test
  void same_method_name_in_two_packages_is_an_error_on_the_second_method() {
    JavaFileObject cleanup = source("bad/names/a/Cleanup.java");
    JavaFileObject purger = source("bad/names/b/Purger.java");
    Compilation compilation = compile(purger, cleanup);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Job name 'purge' of @Job com.example.b.Purger.purge() is already the name of @Job"
                + " com.example.a.Cleanup.purge()")
        .inFile(purger)
        .onLineContaining("void purge()");
  }

  @Test
  void overloads_are_an_error_on_the_second_that_says_to_set_a_name() {
    JavaFileObject file = source("bad/names/Overloads.java");
    Compilation compilation = compile(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "@Job Overloads.welcomeEmail(String) would generate class"
                + " com.example.bad.WelcomeEmailJobs, which @Job Overloads.welcomeEmail(long)"
                + " already generates: set a distinct @Job(name = ...) on one of them.")
        .inFile(file)
        .onLineContaining("welcomeEmail(String address)");
  }

  @Test
  void names_that_make_the_same_class_name_are_an_error() {
    JavaFileObject file = source("bad/names/SameClassName.java");
    Compilation compilation = compile(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "@Job SameClassName.welcomeEmail(long) would generate class"
                + " com.example.bad.WelcomeEmailJobs, which @Job SameClassName.sendWelcome(long)"
                + " already generates")
        .inFile(file)
        .onLineContaining("void welcomeEmail(long userId)");
  }

  @Test
  void class_of_the_generated_name_that_already_exists_is_an_error() {
    JavaFileObject file = source("bad/names/ExistingClass.java");
    Compilation compilation = compile(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "@Job ExistingClass.report() would generate class com.example.bad.ReportJobs, but a"
                + " class of that name already exists: set a distinct @Job(name = ...), or rename"
                + " that class.")
        .inFile(file)
        .onLineContaining("void report()");
  }
}
