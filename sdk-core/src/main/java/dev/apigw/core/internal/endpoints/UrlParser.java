package dev.apigw.core.internal.endpoints;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code parseURL}: splits an {@code http} or {@code https} URL into the record the rules read
 * ({@code scheme}, {@code authority}, {@code path}, {@code normalizedPath}, {@code isIp}), or gives
 * unset when the text is not such a URL. A URL with a query is refused, as the language requires;
 * so is one with a fragment or user information, which an endpoint cannot carry either. Host names
 * are not checked beyond their characters: DNS names need not be host labels here ({@code
 * isValidHostLabel} does that).
 */
final class UrlParser {
  private static final String SUB_DELIMITERS = "!$&'()*+,;=";

  private UrlParser() {}

  static @Nullable Map<String, Object> parse(String url) {
    int separator = url.indexOf("://");
    if (separator < 0) {
      return null;
    }
    String scheme = url.substring(0, separator);
    if (!scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https")) {
      return null;
    }
    String rest = url.substring(separator + 3);
    int slash = rest.indexOf('/');
    String authority = slash < 0 ? rest : rest.substring(0, slash);
    String path = slash < 0 ? "" : rest.substring(slash);
    if (!isPath(path)) {
      return null;
    }
    Boolean isIp = hostIsIp(authority);
    if (isIp == null) {
      return null;
    }
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("scheme", scheme);
    record.put("authority", authority);
    record.put("path", path);
    record.put("normalizedPath", normalize(path));
    record.put("isIp", isIp);
    return Collections.unmodifiableMap(record);
  }

  /**
   * Whether the authority's host is an IP address; null when the authority is not a host with an
   * optional port.
   */
  private static @Nullable Boolean hostIsIp(String authority) {
    String host;
    String port;
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      if (close < 0) {
        return null;
      }
      host = authority.substring(1, close);
      String afterHost = authority.substring(close + 1);
      if (!afterHost.isEmpty() && !afterHost.startsWith(":")) {
        return null;
      }
      port = afterHost.isEmpty() ? null : afterHost.substring(1);
      if (!isIpv6(host)) {
        return null;
      }
    } else {
      int colon = authority.indexOf(':');
      host = colon < 0 ? authority : authority.substring(0, colon);
      port = colon < 0 ? null : authority.substring(colon + 1);
      if (host.isEmpty() || !isRegisteredName(host)) {
        return null;
      }
    }
    if (port != null && !isPort(port)) {
      return null;
    }
    return authority.startsWith("[") || HostLabels.isIpv4(host);
  }

  private static boolean isRegisteredName(String host) {
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      if (!isUnreserved(c) && SUB_DELIMITERS.indexOf(c) < 0 && !isPercentEscape(host, i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Hex digits, colons and dots (an embedded IPv4 address), at least two colons; a zone after
   * {@code %25}.
   */
  private static boolean isIpv6(String host) {
    int zone = host.indexOf("%25");
    String address = zone < 0 ? host : host.substring(0, zone);
    if (zone >= 0 && (zone + 3 == host.length() || !isRegisteredName(host.substring(zone + 3)))) {
      return false;
    }
    int colons = 0;
    for (int i = 0; i < address.length(); i++) {
      char c = address.charAt(i);
      if (c == ':') {
        colons++;
      } else if (Character.digit(c, 16) < 0 && c != '.') {
        return false;
      }
    }
    return colons >= 2;
  }

  private static boolean isPort(String port) {
    if (port.isEmpty() || port.length() > 5) {
      return false;
    }
    for (int i = 0; i < port.length(); i++) {
      if (port.charAt(i) < '0' || port.charAt(i) > '9') {
        return false;
      }
    }
    return Integer.parseInt(port) <= 65535;
  }

  /** RFC 3986 path characters: unreserved, sub-delimiters, {@code : @ /}, and percent escapes. */
  private static boolean isPath(String path) {
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (!isUnreserved(c)
          && SUB_DELIMITERS.indexOf(c) < 0
          && c != ':'
          && c != '@'
          && c != '/'
          && !isPercentEscape(path, i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  private static boolean isPercentEscape(String text, int at) {
    return text.charAt(at) == '%'
        && at + 2 < text.length()
        && Character.digit(text.charAt(at + 1), 16) >= 0
        && Character.digit(text.charAt(at + 2), 16) >= 0;
  }

  /** The path with a {@code /} at both ends (just {@code /} for an empty path). */
  private static String normalize(String path) {
    if (path.isEmpty()) {
      return "/";
    }
    String withStart = path.startsWith("/") ? path : "/" + path;
    return withStart.endsWith("/") ? withStart : withStart + "/";
  }
}
