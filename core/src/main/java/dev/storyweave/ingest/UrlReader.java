package dev.storyweave.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.MalformedURLException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SSLException;

/*
 * Fetching http(s) URLs with the limits of IngestSettings. HttpURLConnection is used rather than
 * java.net.http.HttpClient because its read timeout bounds every wait for bytes, including a body
 * that trickles in, where HttpClient's request timeout only bounds the wait for headers.
 * Redirects are followed by hand so that their number is limited, loops are named as such, and a
 * redirect can never leave http(s) (for example to file:). The body is read under the size limit
 * even when Content-Length lies or is absent.
 */
final class UrlReader {

  /** A fetched body with what the server said about it. */
  record Response(String url, byte[] body, String contentType, String charset) {}

  private static final Map<Integer, String> REASONS =
      Map.ofEntries(
          Map.entry(400, "Bad Request"),
          Map.entry(401, "Unauthorized"),
          Map.entry(403, "Forbidden"),
          Map.entry(404, "Not Found"),
          Map.entry(405, "Method Not Allowed"),
          Map.entry(408, "Request Timeout"),
          Map.entry(410, "Gone"),
          Map.entry(429, "Too Many Requests"),
          Map.entry(451, "Unavailable For Legal Reasons"),
          Map.entry(500, "Internal Server Error"),
          Map.entry(501, "Not Implemented"),
          Map.entry(502, "Bad Gateway"),
          Map.entry(503, "Service Unavailable"),
          Map.entry(504, "Gateway Timeout"));
  private static final Pattern CHARSET =
      Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private final IngestSettings settings;
  private final DefaultIngester ingester;

  UrlReader(IngestSettings settings, DefaultIngester ingester) {
    this.settings = settings;
    this.ingester = ingester;
  }

  /** Fetches {@code url} and hands the document to the ingester; failures become errors. */
  void read(String url, DefaultIngester.Batch batch) {
    try {
      Response response = fetch(url);
      DefaultIngester.Format format = format(response);
      ingester.readDocument(
          response.body(),
          response.charset(),
          slug(response.url()),
          url,
          response.url(),
          format,
          batch);
    } catch (InputException e) {
      batch.error(url, e.getMessage());
    }
  }

  static DefaultIngester.Format format(Response response) {
    String type =
        response.contentType() == null ? "" : response.contentType().toLowerCase(Locale.ROOT);
    if (type.contains("rss") || type.contains("atom")) {
      return DefaultIngester.Format.FEED;
    }
    if (type.contains("html")) {
      return DefaultIngester.Format.HTML;
    }
    if (type.startsWith("text/plain")) {
      return DefaultIngester.Format.TEXT;
    }
    if (type.contains("ndjson") || type.contains("jsonl") || type.contains("json-seq")) {
      return DefaultIngester.Format.JSONL;
    }
    if (type.contains("json")) {
      return DefaultIngester.Format.JSON;
    }
    return DefaultIngester.sniff(response.body());
  }

  /** The body of {@code url} after redirects, within the limits, or InputException. */
  Response fetch(String url) throws InputException {
    Set<String> visited = new HashSet<>();
    String current = url;
    for (int hop = 0; ; hop++) {
      URI uri = parse(current);
      if (!visited.add(uri.toString())) {
        throw new InputException("redirect loop at " + current);
      }
      HttpURLConnection connection = null;
      try {
        connection = (HttpURLConnection) uri.toURL().openConnection();
        connection.setConnectTimeout(millis(settings.connectTimeout()));
        connection.setReadTimeout(millis(settings.readTimeout()));
        connection.setInstanceFollowRedirects(false);
        connection.setUseCaches(false);
        connection.setRequestProperty("User-Agent", settings.userAgent());
        connection.setRequestProperty(
            "Accept",
            "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                + "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5");
        connection.setRequestProperty("Accept-Encoding", "gzip");
        int code;
        try {
          code = connection.getResponseCode();
        } catch (SocketTimeoutException e) {
          throw new InputException(timedOut(e));
        }
        if (code >= 300 && code < 400 && code != 304) {
          String location = connection.getHeaderField("Location");
          if (location == null || location.isBlank()) {
            throw new InputException("HTTP " + code + " redirect without a Location");
          }
          if (hop >= settings.maxRedirects()) {
            throw new InputException(
                "too many redirects (more than " + settings.maxRedirects() + ")");
          }
          current = resolve(uri, location);
          continue;
        }
        if (code >= 400 || code < 200) {
          throw new InputException("HTTP " + code + " " + reason(code, connection));
        }
        long length = connection.getContentLengthLong();
        if (length > settings.maxBytes()) {
          throw new InputException(Limits.overLimit("response", length, settings.maxBytes()));
        }
        byte[] body;
        try (InputStream raw = connection.getInputStream();
            InputStream in =
                "gzip".equalsIgnoreCase(connection.getContentEncoding())
                    ? new GZIPInputStream(raw)
                    : raw) {
          body = Limits.readAll(in, settings.maxBytes(), "response");
        }
        String type = connection.getContentType();
        return new Response(uri.toString(), body, type, charset(type));
      } catch (SocketTimeoutException e) {
        throw new InputException(timedOut(e));
      } catch (UnknownHostException e) {
        throw new InputException("unknown host " + uri.getHost());
      } catch (ConnectException e) {
        throw new InputException("cannot connect: " + DefaultIngester.describe(e));
      } catch (SSLException e) {
        throw new InputException("TLS error: " + DefaultIngester.describe(e));
      } catch (IOException e) {
        throw new InputException("cannot fetch: " + DefaultIngester.describe(e));
      } finally {
        if (connection != null) {
          connection.disconnect();
        }
      }
    }
  }

  private static URI parse(String url) throws InputException {
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        throw new InputException("not an http(s) URL: " + url);
      }
      if (uri.getHost() == null) {
        throw new InputException("URL without a host: " + url);
      }
      uri.toURL();
      return uri.normalize();
    } catch (URISyntaxException | MalformedURLException | IllegalArgumentException e) {
      throw new InputException("not a valid URL: " + url);
    }
  }

  private static String resolve(URI base, String location) throws InputException {
    try {
      return base.resolve(new URI(location.strip())).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new InputException("redirect to an invalid URL: " + location);
    }
  }

  private String timedOut(SocketTimeoutException e) {
    String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
    Duration limit =
        message.contains("connect") ? settings.connectTimeout() : settings.readTimeout();
    return "timed out after " + seconds(limit);
  }

  static String seconds(Duration d) {
    long millis = d.toMillis();
    if (millis % 1000 == 0) {
      return (millis / 1000) + " s";
    }
    return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }

  private static String reason(int code, HttpURLConnection connection) {
    String standard = REASONS.get(code);
    if (standard != null) {
      return standard;
    }
    try {
      String message = connection.getResponseMessage();
      return message == null || message.isBlank() ? "error" : message.strip();
    } catch (IOException e) {
      return "error";
    }
  }

  private static int millis(Duration d) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1, d.toMillis()));
  }

  private static String charset(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = CHARSET.matcher(contentType);
    return m.find() ? m.group(1) : null;
  }

  /** The article id for a URL: its last path segment without extension, else its host. */
  static String slug(String url) {
    try {
      URI uri = new URI(url);
      String path = uri.getPath() == null ? "" : uri.getPath();
      String[] segments = path.split("/");
      for (int i = segments.length - 1; i >= 0; i--) {
        String segment = segments[i];
        if (segment.isBlank() || segment.matches("(?i)index\\.\\w+")) {
          continue;
        }
        String id = FeedReader.safeId(DefaultIngester.baseName(segment));
        if (!id.isEmpty()) {
          return id;
        }
      }
      return uri.getHost() == null ? "article" : FeedReader.safeId(uri.getHost());
    } catch (URISyntaxException e) {
      return "article";
    }
  }
}
