package dev.apigw.core.internal.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The hosts a client reaches without its proxy, from {@code nonProxyHosts(...)}, {@code
 * http.nonProxyHosts} or {@code NO_PROXY}; immutable. An entry is a host name or address, matched
 * whole in any case; a domain such as {@code .example.com}, matching it and its subdomains; a
 * pattern such as {@code *.example.com} or {@code 10.*}, the star standing for any characters; or a
 * star alone, matching every host.
 */
public final class NonProxyHosts {
  static final NonProxyHosts NONE = new NonProxyHosts(List.of());
  private static final Pattern SEPARATORS = Pattern.compile("[|,]");

  private final List<String> entries;
  private final List<Pattern> patterns = new ArrayList<>();

  private NonProxyHosts(List<String> entries) {
    this.entries = List.copyOf(entries);
    for (String entry : this.entries) {
      if (entry.contains("*") && !entry.equals("*")) {
        StringBuilder regex = new StringBuilder();
        for (String part : entry.split("\\*", -1)) {
          if (regex.length() > 0) {
            regex.append(".*");
          }
          regex.append(Pattern.quote(part));
        }
        patterns.add(Pattern.compile(regex.toString()));
      }
    }
  }

  /** The given entries, each one host, domain or pattern. */
  static NonProxyHosts of(Collection<String> entries) {
    List<String> cleaned = new ArrayList<>();
    for (String entry : entries) {
      add(entry, cleaned);
    }
    return new NonProxyHosts(cleaned);
  }

  /**
   * A list as the system property ({@code |} between entries) or the variable ({@code ,}) gives it;
   * either separator is accepted in both, and blank entries are skipped.
   */
  static NonProxyHosts parse(@Nullable String list) {
    List<String> cleaned = new ArrayList<>();
    if (list != null) {
      for (String entry : SEPARATORS.split(list)) {
        add(entry, cleaned);
      }
    }
    return new NonProxyHosts(cleaned);
  }

  private static void add(String entry, List<String> cleaned) {
    String host = normalize(entry);
    if (!host.isEmpty()) {
      cleaned.add(host);
    }
  }

  /** Whether requests to {@code host} skip the proxy. */
  public boolean matches(@Nullable String host) {
    if (host == null) {
      return false;
    }
    String name = normalize(host);
    int pattern = 0;
    for (String entry : entries) {
      if (entry.equals("*")) {
        return true;
      }
      if (entry.contains("*")) {
        if (patterns.get(pattern++).matcher(name).matches()) {
          return true;
        }
      } else if (entry.startsWith(".")) {
        if (name.endsWith(entry) || name.equals(entry.substring(1))) {
          return true;
        }
      } else if (name.equals(entry)) {
        return true;
      }
    }
    return false;
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** Lower case, without IPv6 brackets or the trailing dot of a fully qualified name. */
  private static String normalize(String host) {
    String name = host.trim().toLowerCase(Locale.ROOT);
    if (name.startsWith("[") && name.endsWith("]")) {
      name = name.substring(1, name.length() - 1);
    }
    if (name.length() > 1 && name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    return name;
  }

  @Override
  public String toString() {
    return String.join("|", entries);
  }
}
