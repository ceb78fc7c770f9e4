package dev.apigw.core.internal.profile;

import dev.apigw.core.exception.SdkClientException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the text of one profile file into its sections, line by line, with the AWS SDK for Java
 * v2's rules:
 *
 * <ul>
 *   <li>Lines that are empty or only spaces and tabs, and lines starting with {@code #} or {@code
 *       ;}, are skipped.
 *   <li>A line starting with {@code [} is a section header; {@code #} or {@code ;} anywhere in it
 *       starts a comment. In the config file: {@code [default]}, {@code [profile name]}, {@code
 *       [sso-session name]}, {@code [services name]}; any other header is ignored with its section.
 *       In the credentials file: {@code [name]}, and no other kind of section. {@code [profile
 *       default]} replaces a {@code [default]} of the same file, before or after it. A header
 *       repeated merges into the earlier section.
 *   <li>A line starting with a space or a tab continues the last property's value after a newline,
 *       comments included. When that property's value was empty, each continuation is also a
 *       sub-property {@code key = value}, kept as {@code parent.key}.
 *   <li>Any other line is a property {@code key = value}; a {@code #} or {@code ;} after a space or
 *       a tab starts a comment. The last of a repeated property wins.
 *   <li>Section and property names use letters, digits and {@code - / . % @ _ : +} only; others are
 *       ignored.
 *   <li>A property before any header, a line without {@code =}, an empty name, a continuation with
 *       nothing to continue, or a header without its closing {@code ]} fails the whole file.
 * </ul>
 *
 * <p>Failures and log lines name the file and the line, never the line's text: it may hold a
 * secret.
 */
final class ProfileFileParser {
  private static final Logger LOG = LoggerFactory.getLogger("dev.apigw.profile");
  private static final Pattern VALID_NAME = Pattern.compile("[A-Za-z0-9_\\-/.%@:+]*");

  /** Which of the two files a text is: the rules for section headers differ. */
  enum Kind {
    CONFIG,
    CREDENTIALS
  }

  private final Kind kind;
  private final String source;
  private final Map<Section, Map<String, Map<String, String>>> sections =
      new EnumMap<>(Section.class);

  private int lineNumber;

  /** The section lines go to; null before the first header that was not ignored. */
  private @Nullable Map<String, String> section;

  private boolean ignoringSection;

  /** The property continuation lines go to; null right after a header. */
  private @Nullable String property;

  private boolean ignoringProperty;
  private boolean readingSubProperties;
  private boolean sawProfileDefault;

  private ProfileFileParser(Kind kind, String source) {
    this.kind = kind;
    this.source = source;
    for (Section each : Section.values()) {
      sections.put(each, new LinkedHashMap<>());
    }
  }

  /**
   * The sections of {@code text}, by kind, then by name, each with its properties.
   *
   * @param source the file as failures and log lines name it
   * @throws SdkClientException when the text is malformed
   */
  static Map<Section, Map<String, Map<String, String>>> parse(
      String text, Kind kind, String source) {
    ProfileFileParser parser = new ProfileFileParser(kind, source);
    try (BufferedReader lines = new BufferedReader(new StringReader(text))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        parser.read(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parser.sections;
  }

  private void read(String line) {
    lineNumber++;
    if (isBlank(line) || line.startsWith("#") || line.startsWith(";")) {
      return;
    }
    if (line.startsWith("[")) {
      readHeader(line);
    } else if (line.startsWith(" ") || line.startsWith("\t")) {
      readContinuation(line);
    } else {
      readProperty(line);
    }
  }

  private void readHeader(String line) {
    if (line.length() < 2) {
      throw malformed("a section header must end with ']'");
    }
    // Like the SDK, which kind of section it is comes from the line before its comment is cut off.
    Section kindOfSection = Section.named(line.substring(1, line.length() - 1).trim());
    String header = line.substring(0, commentStart(line, false)).trim();
    if (!header.endsWith("]")) {
      throw malformed("a section header must end with ']'");
    }
    String text = header.substring(1, header.length() - 1).trim();
    if (kindOfSection == null) {
      readProfileHeader(text);
    } else {
      readOtherHeader(text);
    }
  }

  private void readProfileHeader(String text) {
    String prefix = Section.PROFILE.title();
    boolean prefixed = text.startsWith(prefix + " ") || text.startsWith(prefix + "\t");
    String name;
    if (kind == Kind.CREDENTIALS) {
      name = text;
    } else if (prefixed) {
      name = text.substring(prefix.length()).trim();
    } else if (text.equals(ProfileNames.DEFAULT)) {
      name = ProfileNames.DEFAULT;
    } else {
      ignoreSection("not [default] or [profile name]");
      return;
    }
    if (!VALID_NAME.matcher(name).matches()) {
      ignoreSection(
          "the profile name has characters other than letters, digits and - / . % @ _ : +");
      return;
    }
    Map<String, Map<String, String>> profiles = sections.get(Section.PROFILE);
    if (kind == Kind.CONFIG && name.equals(ProfileNames.DEFAULT)) {
      if (!prefixed && sawProfileDefault) {
        ignoreSection("[profile default] is in the same file");
        return;
      }
      if (prefixed && !sawProfileDefault && profiles.remove(ProfileNames.DEFAULT) != null) {
        LOG.warn(
            "Dropping the earlier [default] of {}: [profile default] is on line {}",
            source,
            lineNumber);
      }
      sawProfileDefault |= prefixed;
    }
    open(profiles, name);
  }

  private void readOtherHeader(String text) {
    if (kind == Kind.CREDENTIALS) {
      ignoreSection("a credentials file has only profiles");
      return;
    }
    // Without its comment the header may no longer name the section's kind ("[services ] ;]"): then
    // it is ignored.
    Section kindOfSection = Section.named(text);
    if (kindOfSection == null) {
      ignoreSection("no name after the section's kind");
      return;
    }
    String name = text.substring(kindOfSection.title().length()).trim();
    if (!VALID_NAME.matcher(name).matches()) {
      ignoreSection("the name has characters other than letters, digits and - / . % @ _ : +");
      return;
    }
    open(sections.get(kindOfSection), name);
  }

  private void open(Map<String, Map<String, String>> ofKind, String name) {
    section = ofKind.computeIfAbsent(name, unused -> new LinkedHashMap<>());
    ignoringSection = false;
    property = null;
    ignoringProperty = false;
  }

  private void ignoreSection(String reason) {
    LOG.warn(
        "Ignoring the section on line {} of {} and its properties: {}", lineNumber, source, reason);
    ignoringSection = true;
  }

  private void readProperty(String line) {
    if (ignoringSection) {
      return;
    }
    if (section == null) {
      throw malformed("a property must follow a section header");
    }
    String[] keyAndValue = keyAndValue(line.substring(0, commentStart(line, true)).trim());
    if (!VALID_NAME.matcher(keyAndValue[0]).matches()) {
      LOG.warn(
          "Ignoring the property on line {} of {}: its name has characters other than letters, digits and"
              + " - / . % @ _ : +",
          lineNumber, source);
      ignoringProperty = true;
      return;
    }
    if (section.put(keyAndValue[0], keyAndValue[1]) != null) {
      LOG.warn(
          "Property '{}' is set again on line {} of {}; the later one is used",
          keyAndValue[0],
          lineNumber,
          source);
    }
    property = keyAndValue[0];
    ignoringProperty = false;
    readingSubProperties = keyAndValue[1].isEmpty();
  }

  private void readContinuation(String line) {
    if (ignoringSection || ignoringProperty) {
      return;
    }
    if (section == null || property == null) {
      throw malformed("an indented line must continue a property");
    }
    String text = line.trim();
    section.put(property, section.get(property) + "\n" + text);
    if (readingSubProperties) {
      String[] keyAndValue = keyAndValue(text);
      if (VALID_NAME.matcher(keyAndValue[0]).matches()) {
        section.put(property + "." + keyAndValue[0], keyAndValue[1]);
      }
    }
  }

  private String[] keyAndValue(String text) {
    int equals = text.indexOf('=');
    if (equals < 0) {
      throw malformed("a property needs '='");
    }
    String key = text.substring(0, equals).trim();
    if (key.isEmpty()) {
      throw malformed("a property needs a name before '='");
    }
    return new String[] {key, text.substring(equals + 1).trim()};
  }

  /**
   * Where a comment starts in {@code line}, or its length when it has none: at the first {@code #}
   * or {@code ;}, or in a property line at the first one after a space or a tab.
   */
  private static int commentStart(String line, boolean afterWhitespace) {
    for (int i = afterWhitespace ? 1 : 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if ((c == '#' || c == ';')
          && (!afterWhitespace || line.charAt(i - 1) == ' ' || line.charAt(i - 1) == '\t')) {
        return afterWhitespace ? i - 1 : i;
      }
    }
    return line.length();
  }

  private static boolean isBlank(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) != ' ' && line.charAt(i) != '\t') {
        return false;
      }
    }
    return true;
  }

  private SdkClientException malformed(String reason) {
    return new SdkClientException("Malformed " + source + ", line " + lineNumber + ": " + reason);
  }
}
