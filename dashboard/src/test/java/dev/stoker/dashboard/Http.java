package dev.stoker.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client for one dashboard: keeps its cookies, reads forms' tokens. */
final class Http {

  private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([A-Za-z0-9_-]+)\"");

  private final URI root;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  Http(URI root) {
    this.root = root;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  URI uri(String path) {
    return root.resolve(path);
  }

  /** Gets the page; {@code headers} alternate names and values. */
  HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.build());
  }

  /** Posts the form; {@code headers} alternate names and values. */
  HttpResponse<String> post(String path, Map<String, List<String>> form, String... headers) {
    String body =
        form.entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.build());
  }

  /**
   * The form token, as a page's forms carry it (or, on a page without forms, as its cookie holds
   * it): its cookie is kept by this client.
   */
  String token() {
    Matcher matcher = TOKEN.matcher(get("queues").body());
    if (matcher.find()) {
      return matcher.group(1);
    }
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("stoker-csrf"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("The dashboard set no form token"))
        .getValue();
  }

  /** The origin the dashboard's own pages post from. */
  String origin() {
    return root.getScheme() + "://" + root.getHost() + ":" + root.getPort();
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /**
   * A GET with a Host header of our choosing, which Java's HTTP client will not send: the status
   * line of the answer.
   */
  static String statusWithHost(URI root, String host) {
    try (Socket socket = new Socket(root.getHost(), root.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + root.getPath() + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      return answer.lines().findFirst().orElse("");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
