package dev.stoker.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** IDEs complete and describe the stoker.* properties from the metadata the build writes. */
class ConfigurationMetadataTest {

  @Test
  void every_property_is_described_in_the_generated_metadata() throws IOException {
    String metadata;
    try (InputStream in =
        getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("spring-configuration-metadata.json").isNotNull();
      metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String property :
        new String[] {
          "stoker.data-source",
          "stoker.retention",
          "stoker.max-argument-size",
          "stoker.server.enabled",
          "stoker.server.workers",
          "stoker.server.queues",
          "stoker.server.poll-interval",
          "stoker.server.heartbeat-interval",
          "stoker.server.timeout",
          "stoker.server.shutdown-grace",
          "stoker.server.listen-for-new-jobs",
          "stoker.dashboard.enabled",
          "stoker.dashboard.path"
        }) {
      assertThat(metadata).contains("\"name\": \"" + property + "\"");
    }
    assertThat(metadata).contains("\"defaultValue\": \"30s\"");
  }
}
