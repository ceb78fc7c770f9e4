package dev.apigw.core.internal.profile;

import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.internal.profile.ProfileFileParser.Kind;
import dev.apigw.core.lang.Arguments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The shared config and credentials files merged into one immutable view, as the AWS SDK for Java
 * v2 merges them: a section in both files gets the properties of both, and for a property set in
 * both the credentials file wins. {@link #toString()} shows section names only.
 */
public final class ProfileFile {
  private final Map<Section, Map<String, Profile>> sections;

  private ProfileFile(Map<Section, Map<String, Profile>> sections) {
    this.sections = sections;
  }

  /**
   * Reads the two files where {@link ProfileFileLocations} finds them. A missing file counts as
   * empty.
   *
   * @throws SdkClientException when a file is a directory, cannot be read or is malformed; the
   *     message names it
   */
  public static ProfileFile load(Environment environment) {
    Arguments.requireNonNull(environment, "environment");
    Path config = ProfileFileLocations.configFile(environment);
    Path credentials = ProfileFileLocations.credentialsFile(environment);
    return parse(
        read(config),
        "config file " + config,
        read(credentials),
        "credentials file " + credentials);
  }

  /**
   * Parses the texts of the two files; an empty text stands for a missing file.
   *
   * @throws SdkClientException when a text is malformed; the message names the file and the line
   */
  public static ProfileFile parse(String configFileText, String credentialsFileText) {
    return parse(configFileText, "config file", credentialsFileText, "credentials file");
  }

  private static ProfileFile parse(
      String configText, String configSource, String credentialsText, String credentialsSource) {
    Map<Section, Map<String, Map<String, String>>> config =
        ProfileFileParser.parse(
            Arguments.requireNonNull(configText, "configFileText"), Kind.CONFIG, configSource);
    Map<Section, Map<String, Map<String, String>>> credentials =
        ProfileFileParser.parse(
            Arguments.requireNonNull(credentialsText, "credentialsFileText"),
            Kind.CREDENTIALS,
            credentialsSource);
    Map<Section, Map<String, Profile>> merged = new EnumMap<>(Section.class);
    for (Section section : Section.values()) {
      Map<String, Map<String, String>> properties = new LinkedHashMap<>();
      config
          .get(section)
          .forEach((name, values) -> properties.put(name, new LinkedHashMap<>(values)));
      credentials
          .get(section)
          .forEach(
              (name, values) ->
                  properties.computeIfAbsent(name, unused -> new LinkedHashMap<>()).putAll(values));
      Map<String, Profile> profiles = new LinkedHashMap<>();
      properties.forEach((name, values) -> profiles.put(name, new Profile(name, values)));
      merged.put(section, Collections.unmodifiableMap(profiles));
    }
    return new ProfileFile(merged);
  }

  private static String read(Path file) {
    if (Files.isDirectory(file)) {
      throw new SdkClientException("The profile file " + file + " is a directory");
    }
    try {
      // Undecodable bytes become U+FFFD, as the AWS SDK's reader has them.
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return "";
    } catch (IOException | SecurityException e) {
      throw new SdkClientException("The profile file " + file + " cannot be read", e);
    }
  }

  /**
   * The profile {@code name}: {@code [profile name]} or {@code [default]} in the config file,
   * {@code [name]} in the credentials file.
   */
  public Optional<Profile> profile(String name) {
    return Optional.ofNullable(profiles().get(Arguments.requireNonNull(name, "name")));
  }

  /** Every profile by name, unmodifiable. */
  public Map<String, Profile> profiles() {
    return sections.get(Section.PROFILE);
  }

  /** The {@code [sso-session name]} section of the config file. */
  public Optional<Profile> ssoSession(String name) {
    return Optional.ofNullable(ssoSessions().get(Arguments.requireNonNull(name, "name")));
  }

  /** Every {@code [sso-session name]} section by name, unmodifiable. */
  public Map<String, Profile> ssoSessions() {
    return sections.get(Section.SSO_SESSION);
  }

  /** The {@code [services name]} section of the config file. */
  public Optional<Profile> services(String name) {
    return Optional.ofNullable(services().get(Arguments.requireNonNull(name, "name")));
  }

  /** Every {@code [services name]} section by name, unmodifiable. */
  public Map<String, Profile> services() {
    return sections.get(Section.SERVICES);
  }

  @Override
  public String toString() {
    return "ProfileFile{profiles="
        + profiles().keySet()
        + ", ssoSessions="
        + ssoSessions().keySet()
        + ", services="
        + services().keySet()
        + "}";
  }
}
