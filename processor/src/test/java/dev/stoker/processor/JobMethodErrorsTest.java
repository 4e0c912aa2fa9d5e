package dev.stoker.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.stoker.processor.Compilations.compile;
import static dev.stoker.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A method that generated code cannot call is an error on the method. */
class JobMethodErrorsTest {

  @Test
  void private_method_is_an_error() {
    assertSingleError(
        "PrivateMethod",
        "@Job method cleanUp is private, so its generated client and handler cannot call it: make"
            + " it package-private, protected or public.",
        "private void cleanUp()");
  }

  @Test
  void generic_method_is_an_error() {
    assertSingleError(
        "GenericMethod",
        "@Job method refresh declares type parameters <T>, which a stored job cannot carry: remove"
            + " them and give the parameters concrete types.",
        "public <T> void refresh");
  }

  @Test
  void method_of_an_inner_class_is_an_error() {
    assertSingleError(
        "InnerClass",
        "@Job method dailyReport is in InnerClass.Reports, an inner class, which Stoker cannot"
            + " create without an instance of its enclosing class: make InnerClass.Reports static,"
            + " or make the method static.",
        "public void dailyReport()");
  }

  @Test
  void method_inside_a_private_class_is_an_error() {
    assertSingleError(
        "PrivateClass",
        "@Job method purge cannot be reached by its generated handler because PrivateClass.Hidden"
            + " is private: make PrivateClass.Hidden package-private or public.",
        "void purge()");
  }

  @Test
  void method_of_a_local_class_is_an_error() {
    assertSingleError(
        "LocalClass",
        "@Job method run is in a local or anonymous class, which the generated handler cannot"
            + " name: move it to a top-level or static nested class.",
        "public void run()");
  }

  @Test
  void method_of_an_anonymous_class_is_an_error() {
    assertSingleError(
        "AnonymousClass",
        "@Job method run is in a local or anonymous class, which the generated handler cannot"
            + " name: move it to a top-level or static nested class.",
        "public void run()");
  }

  @Test
  void all_problems_of_a_method_are_reported_at_once() {
    JavaFileObject file = source("bad/methods/SeveralProblems.java");
    Compilation compilation = compile(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(4);
    assertThat(compilation)
        .hadErrorContaining("@Job method export is private")
        .inFile(file)
        .onLineContaining("private void export");
    assertThat(compilation)
        .hadErrorContaining("Queue 'Reports' of @Job export is not a valid queue name")
        .inFile(file)
        .onLineContaining("queue = \"Reports\"");
    assertThat(compilation)
        .hadErrorContaining("Retries of @Job export is -3")
        .inFile(file)
        .onLineContaining("retries = -3");
    assertThat(compilation)
        .hadErrorContaining("Parameter 'target' of @Job export has type File")
        .inFile(file)
        .onLineContaining("File target");
  }

  private static void assertSingleError(String name, String message, String line) {
    JavaFileObject file = source("bad/methods/" + name + ".java");
    Compilation compilation = compile(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
  }
}
