package dev.stoker.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The runtime finds migrations through migrations.txt: it must list every one, in order. */
class MigrationListTest {

  private static final Path FOLDER = Path.of("src/main/resources/dev/stoker/db");

  @Test
  void every_migration_file_is_listed_in_version_order() throws IOException {
    String listed = Files.readString(FOLDER.resolve("migrations.txt"));
    try (Stream<Path> files = Files.list(FOLDER)) {
      assertThat(listed.lines().map(String::strip).filter(line -> !line.isEmpty()))
          .containsExactlyElementsOf(
              files
                  .map(file -> file.getFileName().toString())
                  .filter(name -> name.matches("V\\d+__.+\\.sql"))
                  .sorted()
                  .toList());
    }
  }
}
