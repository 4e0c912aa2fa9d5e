package dev.stoker.test;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.stoker.processor.JobProcessor;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An expectation takes the job's arguments by their types, as the job's method declares them: a
 * wrong one fails to compile, on the line of the assertion.
 */
class TypedAssertionCompileTest {

  /** The tests' classpath: the kit, the runtime and the annotations, as a user's tests have. */
  private static final List<File> CLASSPATH =
      Arrays.stream(
              System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                  .split(File.pathSeparator))
          .map(File::new)
          .toList();

  private static Compilation compile(String resource) {
    return javac()
        .withClasspath(CLASSPATH)
        .withProcessors(new JobProcessor())
        .compile(JavaFileObjects.forResource(resource));
  }

  @Test
  void expectation_with_the_jobs_arguments_compiles() {
    assertThat(compile("typed/WelcomeTest.java")).succeeded();
  }

  @Test
  void argument_of_the_wrong_type_is_a_compile_error_on_the_assertion() {
    Compilation compilation = compile("typed/WrongType.java");

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("incompatible types: java.lang.String cannot be converted to long")
        .inFile(JavaFileObjects.forResource("typed/WrongType.java"))
        .onLineContaining("GreetJobs.with(\"42\")");
  }

  @Test
  void missing_argument_is_a_compile_error_on_the_assertion() {
    Compilation compilation = compile("typed/WrongCount.java");

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "method with in class com.example.RemindJobs cannot be applied to given types")
        .inFile(JavaFileObjects.forResource("typed/WrongCount.java"))
        .onLineContaining("RemindJobs.with(42L)");
    assertThat(compilation).hadErrorContaining("required: long,java.lang.String");
  }
}
