package dev.apigw.core.internal;

import dev.apigw.core.lang.Arguments;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Where settings outside the code come from: environment variables and Java system properties.
 * Every chain (credentials, region, retry settings, endpoints, profile files) reads through one of
 * these, so tests can give a whole environment without touching the process's. Values are read on
 * each call; blank values count as unset.
 */
public final class Environment {
  private static final Environment SYSTEM = new Environment(System::getenv, System::getProperty);

  private final Function<String, String> variables;
  private final Function<String, String> properties;

  private Environment(Function<String, String> variables, Function<String, String> properties) {
    this.variables = variables;
    this.properties = properties;
  }

  /** The process environment and the JVM's system properties. */
  public static Environment system() {
    return SYSTEM;
  }

  /** Fixed variables and properties, copied; meant for tests. */
  public static Environment of(Map<String, String> variables, Map<String, String> properties) {
    Map<String, String> vars = new HashMap<>(Arguments.requireNonNull(variables, "variables"));
    Map<String, String> props = new HashMap<>(Arguments.requireNonNull(properties, "properties"));
    return new Environment(vars::get, props::get);
  }

  /**
   * Variables and properties looked up through the two functions on every read, not copied: meant
   * for tests that change them while a client runs, as Lambda's runtime changes a property.
   */
  public static Environment reading(
      Function<String, String> variables, Function<String, String> properties) {
    return new Environment(
        Arguments.requireNonNull(variables, "variables"),
        Arguments.requireNonNull(properties, "properties"));
  }

  /** The environment variable {@code name}, trimmed; empty when unset or blank. */
  public Optional<String> variable(String name) {
    return clean(variables.apply(name));
  }

  /** The system property {@code name}, trimmed; empty when unset or blank. */
  public Optional<String> property(String name) {
    return clean(properties.apply(name));
  }

  /**
   * The system property when set, else the environment variable: the order the AWS SDK for Java v2
   * reads a setting in.
   */
  public Optional<String> setting(String property, String variable) {
    Optional<String> fromProperty = property(property);
    return fromProperty.isPresent() ? fromProperty : variable(variable);
  }

  /**
   * The user's home directory as the AWS SDKs find it: {@code HOME}, then on Windows {@code
   * USERPROFILE} or {@code HOMEDRIVE} + {@code HOMEPATH}, then the {@code user.home} property.
   */
  public Path userHome() {
    Optional<String> home = variable("HOME");
    if (home.isPresent()) {
      return Paths.get(home.get());
    }
    if (property("os.name")
        .map(os -> os.toLowerCase(Locale.ROOT).startsWith("windows"))
        .orElse(false)) {
      Optional<String> profile = variable("USERPROFILE");
      if (profile.isPresent()) {
        return Paths.get(profile.get());
      }
      Optional<String> drive = variable("HOMEDRIVE");
      Optional<String> path = variable("HOMEPATH");
      if (drive.isPresent() && path.isPresent()) {
        return Paths.get(drive.get() + path.get());
      }
    }
    return Paths.get(
        property("user.home")
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "No home directory: neither HOME nor the user.home property is set")));
  }

  /**
   * Expands a leading {@code ~} (alone or followed by a separator) to {@link #userHome()}, as the
   * AWS SDKs do for the paths of profile files, token files and caches.
   */
  public Path expandHome(String path) {
    Arguments.requireNonBlank(path, "path");
    if (path.equals("~")) {
      return userHome();
    }
    if (path.startsWith("~/") || path.startsWith("~\\")) {
      return userHome().resolve(path.substring(2));
    }
    return Paths.get(path);
  }

  private static Optional<String> clean(@Nullable String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  @Override
  public String toString() {
    return this == SYSTEM ? "Environment{system}" : "Environment{fixed}";
  }
}
