package dev.stoker.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The scripts and styles the pages load, from the classpath: the dashboard's own, and uPlot's from
 * its WebJar. Only these names are served; nothing is fetched at run time.
 */
final class StaticFiles {

  private record Asset(String resource, String contentType) {}

  private final Map<String, Asset> assets;

  StaticFiles() {
    String uplot = "META-INF/resources/webjars/uplot/" + webJarVersion("uplot") + "/dist/";
    String own = "dev/stoker/dashboard/static/";
    this.assets =
        Map.of(
            "dashboard.css", new Asset(own + "dashboard.css", "text/css; charset=utf-8"),
            "dashboard.js", new Asset(own + "dashboard.js", "text/javascript; charset=utf-8"),
            "uPlot.min.css", new Asset(uplot + "uPlot.min.css", "text/css; charset=utf-8"),
            "uPlot.iife.min.js",
                new Asset(uplot + "uPlot.iife.min.js", "text/javascript; charset=utf-8"));
  }

  /** Writes the file; false if there is no such file. */
  boolean serve(String name, HttpServletResponse response) throws IOException {
    Asset asset = assets.get(name);
    if (asset == null) {
      return false;
    }
    try (InputStream in = open(asset.resource())) {
      response.setContentType(asset.contentType());
      response.setHeader("Cache-Control", "public, max-age=3600");
      in.transferTo(response.getOutputStream());
    }
    return true;
  }

  private static InputStream open(String resource) {
    InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          "The dashboard's file " + resource + " is not on the classpath");
    }
    return in;
  }

  private static String webJarVersion(String artifact) {
    Properties properties = new Properties();
    try (InputStream in = open("META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }
}
