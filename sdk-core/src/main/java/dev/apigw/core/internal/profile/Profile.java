package dev.apigw.core.internal.profile;

import dev.apigw.core.lang.Arguments;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One section of the profile files, a profile or an {@code sso-session} or {@code services}
 * section: its name and its properties, sub-properties flattened as {@code parent.key}. Immutable.
 * {@link #toString()} shows the property names, never their values.
 */
public final class Profile {
  private final String name;
  private final Map<String, String> properties;

  Profile(String name, Map<String, String> properties) {
    this.name = Arguments.requireNonNull(name, "name");
    this.properties =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(Arguments.requireNonNull(properties, "properties")));
  }

  public String name() {
    return name;
  }

  /**
   * The property {@code key} (names are case-sensitive); empty when the section does not set it.
   */
  public Optional<String> property(String key) {
    return Optional.ofNullable(properties.get(Arguments.requireNonNull(key, "key")));
  }

  /** All properties, unmodifiable. */
  public Map<String, String> properties() {
    return properties;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Profile
        && name.equals(((Profile) other).name)
        && properties.equals(((Profile) other).properties);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + properties.hashCode();
  }

  @Override
  public String toString() {
    return "Profile{name=" + name + ", properties=" + properties.keySet() + "}";
  }
}
