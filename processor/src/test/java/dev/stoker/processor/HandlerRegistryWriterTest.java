package dev.stoker.processor;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.util.HashMap;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The registry keeps the handlers of an earlier build, as an incremental build compiles few jobs.
 */
class HandlerRegistryWriterTest {

  private final InMemoryFiler filer = new InMemoryFiler();
  private final HandlerRegistryWriter registry = new HandlerRegistryWriter();

  @Test
  void handlers_of_an_earlier_build_are_kept_and_sorted_with_the_new_ones() throws IOException {
    filer.files.put(
        HandlerRegistryWriter.PATH,
        "# written by an earlier build\n"
            + "com.example.shop.ShopShipOrderJobs$Handler\n"
            + "\n"
            + "com.example.mail.WelcomeEmailJobs$Handler  # same as now\n");
    registry.add("com.example.mail.WelcomeEmailJobs$Handler", null);
    registry.add("com.example.billing.InvoiceJobs$Handler", null);

    registry.write(filer);

    assertThat(filer.files.get(HandlerRegistryWriter.PATH))
        .isEqualTo(
            "com.example.billing.InvoiceJobs$Handler\n"
                + "com.example.mail.WelcomeEmailJobs$Handler\n"
                + "com.example.shop.ShopShipOrderJobs$Handler\n");
  }

  @Test
  void no_file_is_written_when_no_job_was_generated() throws IOException {
    registry.write(filer);

    assertThat(filer.files).isEmpty();
  }

  /** Just enough of a {@link Filer} for resources in CLASS_OUTPUT. */
  private static final class InMemoryFiler implements Filer {
    final Map<String, String> files = new HashMap<>();

    @Override
    public FileObject getResource(
        JavaFileManager.Location location, CharSequence pkg, CharSequence relativeName)
        throws IOException {
      String name = relativeName.toString();
      if (!files.containsKey(name)) {
        throw new NoSuchFileException(name);
      }
      return file(name);
    }

    @Override
    public FileObject createResource(
        JavaFileManager.Location location,
        CharSequence pkg,
        CharSequence relativeName,
        Element... originatingElements) {
      return file(relativeName.toString());
    }

    private FileObject file(String name) {
      return new SimpleJavaFileObject(URI.create("mem:///" + name), JavaFileObject.Kind.OTHER) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return files.get(name);
        }

        @Override
        public Writer openWriter() {
          return new StringWriter() {
            @Override
            public void close() {
              files.put(name, toString());
            }
          };
        }
      };
    }

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) {
      throw new UnsupportedOperationException();
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) {
      throw new UnsupportedOperationException();
    }
  }
}
