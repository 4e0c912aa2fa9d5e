package dev.stoker.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The BOM lists every artifact Stoker publishes, so that an application needs no other version. */
class BomTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
  private static final Pattern ARTIFACT =
      Pattern.compile(
          "</parent>\\s*(?:<groupId>[^<]*</groupId>\\s*)?<artifactId>([^<]+)</artifactId>");

  @Test
  void the_bom_names_every_published_module() throws IOException {
    String bom = Files.readString(ROOT.resolve("bom/pom.xml"));
    List<String> published = new ArrayList<>();
    Matcher module = MODULE.matcher(Files.readString(ROOT.resolve("pom.xml")));
    while (module.find()) {
      String folder = module.group(1);
      String pom = Files.readString(ROOT.resolve(folder).resolve("pom.xml"));
      if (folder.equals("bom") || pom.contains("<maven.deploy.skip>true</maven.deploy.skip>")) {
        continue; // the BOM itself, the samples and the bench are not published
      }
      Matcher artifact = ARTIFACT.matcher(pom);
      assertThat(artifact.find()).as("artifactId of " + folder).isTrue();
      published.add(artifact.group(1));
    }

    assertThat(published).contains("stoker-runtime", "stoker-spring-boot-starter");
    for (String artifact : published) {
      assertThat(bom).as("stoker-bom").contains("<artifactId>" + artifact + "</artifactId>");
    }
  }
}
