package dev.apigw.core.internal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.core.exception.SdkClientException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our parsing and merging of the two files against the AWS SDK for Java v2's: the same profiles,
 * sso-session and services sections with the same properties, or both failing (at the same line
 * when the SDK names one).
 */
class ProfileFileDifferentialTest {
  private static final Pattern NAME_CHARACTERS = Pattern.compile("[^A-Za-z0-9_\\-/.%@:+]+");
  private static final Pattern SDK_LINE = Pattern.compile("on line (\\d+)");

  static Stream<Arguments> cases() {
    return Stream.of(
        // Config file section headers.
        config("both files empty", ""),
        config("default profile", "[default]\nregion = us-east-1\n"),
        config("named profile", "[profile dev]\nregion = eu-west-1\n"),
        config(
            "name without the profile prefix is ignored",
            "[dev]\nregion = eu-west-1\n[profile ok]\na = 1\n"),
        config(
            "spaces around the prefix and the name",
            "[   profile    dev   ]\nregion = eu-west-1\n"),
        config("a tab after the prefix", "[profile\tdev]\na = 1\n[\tprofile \t two\t]\nb = 2\n"),
        config("prefix glued to the name is ignored", "[profiledev]\na = 1\n"),
        config("prefix is case-sensitive", "[Profile dev]\na = 1\n[PROFILE dev]\nb = 2\n"),
        config("profile prefix without a name is ignored", "[profile ]\na = 1\n[profile]\nb = 2\n"),
        config("[DEFAULT] is not [default]", "[DEFAULT]\na = 1\n"),
        config(
            "[profile default] after [default] replaces it",
            "[default]\na = 1\nb = 2\n[profile default]\nc = 3\n"),
        config(
            "[profile default] before [default] wins",
            "[profile default]\nc = 3\n[default]\na = 1\n"),
        config(
            "[default], [profile default], [default] again",
            "[profile dev]\nx = 1\n[default]\ny = 2\n[profile default]\nz = 3\n[default]\nw = 4\n"),
        config(
            "[default] twice merges",
            "[default]\na = 1\n[profile dev]\nb = 2\n[default]\nc = 3\na = 4\n"),
        config(
            "[profile default] twice merges",
            "[profile default]\na = 1\n[profile default]\nb = 2\n"),
        config("empty brackets", "[]\na = 1\n[default]\nb = 2\n"),
        config("every allowed character in a name", "[profile a:b+c@d%e/f.g_h-i9Z]\nk = v\n"),
        config(
            "names with other characters are ignored",
            "[profile has space]\na = 1\n[profile bang!]\nb = 2\n[profile star*]\nc = 3\n[profile ok]\nd = 4\n"),
        config("unicode name is ignored", "[profile d\u00e9v]\na = 1\n"),
        config("header comments need no space", "[default]# one\na = 1\n[profile x];two\nb = 2\n"),
        config("header comment after a space", "[profile x]   # a comment\nb = 2\n"),
        config("comment character inside a header cuts it", "[profile a#b]\nx = 1\n"),
        config("header without a closing bracket", "[profile dev\nregion = x\n"),
        config("lone opening bracket", "[\n"),
        config("short header without a closing bracket", "[d\n"),
        config("text after the closing bracket", "[default] x\na = 1\n"),
        config("closing bracket inside the name", "[default] ]\na = 1\n"),
        config("header indented becomes a continuation", "[default]\na = 1\n  [profile x]\n"),
        // sso-session and services sections.
        config(
            "sso-session section",
            "[sso-session corp]\nsso_region = us-east-1\nsso_start_url = https://x\n"),
        config(
            "services section with sub-properties",
            "[services local]\napigatewayv2 =\n  endpoint_url = http://localhost:4566\n"
                + "[profile dev]\nservices = local\n"),
        config(
            "sso-session with a tab and spaces",
            "[ sso-session\tcorp ]\na = 1\n[sso-session   other  ]\nb = 2\n"),
        config("sso-session without a name", "[sso-session]\na = 1\n"),
        config("sso-session glued to the name", "[sso-sessioncorp]\na = 1\n"),
        config(
            "sso-session with a bad name", "[sso-session co rp]\na = 1\n[sso-session ok]\nb = 2\n"),
        config("sso-session header cut by a comment", "[sso-session #x]\na = 1\n"),
        config("sso-session header with a comment", "[sso-session corp] ; note\na = 1\n"),
        config(
            "same name as profile, sso-session and services",
            "[profile x]\na = 1\n[sso-session x]\nb = 2\n[services x]\nc = 3\n"),
        config(
            "sections repeated merge",
            "[sso-session s]\na = 1\n[services v]\nb = 2\n[sso-session s]\nc = 3\n"
                + "[services v]\nb = 4\n"),
        config(
            "services name is case-sensitive title",
            "[Services x]\na = 1\n[SSO-SESSION y]\nb = 2\n"),
        config("bracket after the section title", "[services ]  ;c]\na = 1\n"),
        // Comments in properties.
        config("comment lines", "# top\n; top\n[default]\n# inside\n;inside\na = 1\n#a = 2\n"),
        config(
            "value comments need whitespace before them",
            "[default]\na = v#not\nb = v;not\nc = v #yes\nd = v\t;yes\ne = v ;yes # more\n"),
        config("a comment right after the equals sign", "[default]\na = #c\nb =;not\n"),
        config("comment marker before the equals sign", "[default]\na #c = v\n"),
        config("indented comment is a continuation", "[default]\na = 1\n  # kept\n"),
        // Property lines.
        config(
            "whitespace around keys and values",
            "[default]\n  \na=1\nb   =   2   \nc\t=\tthree four \t\n"),
        config("equals signs in the value", "[default]\na = b=c==d\n"),
        config("empty value", "[default]\na =\nb = 2\n"),
        config("duplicate property: the last wins", "[default]\na = 1\nb = 2\na = 3\n"),
        config(
            "property names are case-sensitive", "[default]\nRegion = a\nregion = b\nREGION = c\n"),
        config(
            "property names with other characters are ignored",
            "[default]\nmy key = 1\n  more\nok = 2\nk\u00e9y = 3\n"),
        config("property with every allowed character", "[default]\na:b+c@d%e/f.g_h-i = 1\n"),
        config("property before any section", "region = us-east-1\n[default]\na = 1\n"),
        config(
            "property after an ignored section", "[dev]\nregion = x\n[profile bad name]\nb = 2\n"),
        config("line without an equals sign", "[default]\njust text\n"),
        config("property without a name", "[default]\n= value\n"),
        config("property whose name trims to nothing", "[default]\n\f = value\n"),
        // Continuations and sub-properties.
        config(
            "continuation lines join with newlines",
            "[default]\na = first\n  second\n\tthird  \nb = 2\n"),
        config(
            "continuation keeps comment characters",
            "[default]\na = first\n  second # not a comment ; x\n"),
        config(
            "blank and comment lines inside a continuation",
            "[default]\na = first\n\n  second\n# c\n  third\n"),
        config("continuation right after a header", "[default]\n  a = 1\n"),
        config("continuation before any header", "  a = 1\n[default]\n"),
        config(
            "continuation of an ignored property is dropped",
            "[default]\nbad key = 1\n  more\nok = 2\n"),
        config(
            "continuation in an ignored section is dropped",
            "[ignored]\n  more\n[default]\na = 1\n"),
        config(
            "sub-properties",
            "[default]\ns3 =\n  max_concurrent_requests = 10\n  addressing_style=path\n"),
        config(
            "sub-properties with comments and deeper indentation",
            "[default]\ns3 = ; parent comment\n      a = 1 # kept\n\tb\t=\t2\n"),
        config(
            "sub-property without an equals sign", "[default]\ns3 =\n  max_concurrent_requests\n"),
        config("sub-property without a name", "[default]\ns3 =\n  = 10\n"),
        config("sub-property with a bad name", "[default]\ns3 =\n  bad name = 10\n  good = 1\n"),
        config(
            "sub-property overrides a dotted property",
            "[default]\ns3.a = 1\ns3 =\n  a = 2\ns3.b = 3\n"),
        config("property after sub-properties", "[default]\ns3 =\n  a = 1\nregion = x\n  more\n"),
        config("sub-property with an empty value", "[default]\ns3 =\n  a =\n  b = 2\n"),
        // Line endings and odd characters.
        config("CRLF and CR line endings", "[default]\r\na = 1\r\nb = 2\r[profile x]\rc = 3\r\n"),
        config("no newline at the end", "[default]\na = 1"),
        config("byte order mark", "\ufeff[default]\na = 1\n"),
        config("form feed line", "[default]\n\f\n"),
        config("unicode value", "[default]\na = h\u00e9llo \u4e16\u754c\n"),
        // Credentials file.
        credentials(
            "credentials default",
            "[default]\naws_access_key_id = AKID\naws_secret_access_key = S\n"),
        credentials("credentials names need no prefix", "[dev]\na = 1\n[DEFAULT]\nb = 2\n"),
        credentials(
            "profile prefix in the credentials file is ignored",
            "[profile dev]\na = 1\n[dev]\nb = 2\n"),
        credentials("[profile] alone names a profile", "[profile]\na = 1\n[profile ]\nb = 2\n"),
        credentials("empty brackets name the empty profile", "[]\na = 1\n"),
        credentials("credentials default twice merges", "[default]\na = 1\n[default]\nb = 2\n"),
        credentials(
            "sections other than profiles are ignored",
            "[sso-session corp]\na = 1\n[services x]\nb = 2\n" + "[sso-session]\nc = 3\n"),
        credentials("bracket after the section title in credentials", "[services ]  ;c]\na = 1\n"),
        credentials("property before any section in credentials", "a = 1\n[default]\n"),
        credentials("sub-properties in credentials", "[default]\ns3 =\n  a = 1\n"),
        // Both files.
        both(
            "the credentials file wins property by property",
            "[default]\nregion = us-east-1\naws_access_key_id = FROMCONFIG\n",
            "[default]\naws_access_key_id = FROMCREDENTIALS\naws_secret_access_key = S\n"),
        both("profiles from either file", "[profile a]\nx = 1\n", "[b]\ny = 2\n"),
        both(
            "[profile default] and credentials [default]",
            "[default]\nold = 1\n[profile default]\nregion = x\n",
            "[default]\nkey = k\nregion = y\n"),
        both("sub-properties merge", "[profile a]\ns3 =\n  x = 1\n  y = 2\n", "[a]\ns3.x = 3\n"),
        both(
            "sections stay in the config file",
            "[sso-session s]\na = 1\n[services v]\nb = 2\n",
            "[s]\nc = 3\n[v]\nd = 4\n"),
        both(
            "a malformed credentials file fails both",
            "[default]\na = 1\n",
            "[default]\nno equals\n"),
        both("a malformed config file fails both", "[default]\n=1\n", "[default]\na = 1\n"),
        both("empty profile in one file", "[profile a]\n", "[a]\nb = 1\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void parsesAndMergesAsTheAwsSdk(String description, String config, String credentials) {
    Set<String> candidates = sectionNameCandidates(config + "\n" + credentials);

    Outcome ours = ours(config, credentials);
    Outcome sdk = sdk(config, credentials, candidates);

    assertThat(ours).isEqualTo(sdk);
    if (sdk.failure != null) {
      Matcher line = SDK_LINE.matcher(sdk.failure);
      if (line.find()) {
        assertThat(ours.failure).contains("line " + line.group(1));
      }
    }
  }

  @Test
  void coversEnoughCases() {
    assertThat(cases().count()).isGreaterThanOrEqualTo(40);
  }

  private static Outcome ours(String config, String credentials) {
    ProfileFile file;
    try {
      file = ProfileFile.parse(config, credentials);
    } catch (SdkClientException e) {
      return Outcome.failed(e.getMessage());
    }
    return new Outcome(
        properties(file.profiles()),
        properties(file.ssoSessions()),
        properties(file.services()),
        null);
  }

  private static Outcome sdk(String config, String credentials, Set<String> candidates) {
    software.amazon.awssdk.profiles.ProfileFile merged;
    try {
      merged =
          software.amazon.awssdk.profiles.ProfileFile.aggregator()
              .addFile(
                  software.amazon.awssdk.profiles.ProfileFile.builder()
                      .content(credentials)
                      .type(software.amazon.awssdk.profiles.ProfileFile.Type.CREDENTIALS)
                      .build())
              .addFile(
                  software.amazon.awssdk.profiles.ProfileFile.builder()
                      .content(config)
                      .type(software.amazon.awssdk.profiles.ProfileFile.Type.CONFIGURATION)
                      .build())
              .build();
    } catch (RuntimeException e) {
      return Outcome.failed(String.valueOf(e.getMessage()));
    }
    Map<String, Map<String, String>> profiles =
        merged.profiles().entrySet().stream()
            .collect(
                Collectors.toMap(
                    Map.Entry::getKey,
                    e -> new TreeMap<>(e.getValue().properties()),
                    (a, b) -> a,
                    TreeMap::new));
    return new Outcome(
        profiles,
        sdkSections(merged, "sso-session", candidates),
        sdkSections(merged, "services", candidates),
        null);
  }

  /**
   * The SDK lists no sections other than profiles, so ask it for every name its headers could hold.
   */
  private static Map<String, Map<String, String>> sdkSections(
      software.amazon.awssdk.profiles.ProfileFile file, String section, Set<String> candidates) {
    Map<String, Map<String, String>> found = new TreeMap<>();
    for (String name : candidates) {
      Optional<software.amazon.awssdk.profiles.Profile> profile = file.getSection(section, name);
      profile.ifPresent(
          p -> {
            assertThat(p.name()).isEqualTo(name);
            found.put(name, new TreeMap<>(p.properties()));
          });
    }
    return found;
  }

  /**
   * Every run of name characters on a header line, and the empty name: a section's name is one of
   * them.
   */
  private static Set<String> sectionNameCandidates(String text) {
    Set<String> names = new LinkedHashSet<>();
    names.add("");
    for (String line : text.split("\r\n|\r|\n")) {
      if (line.startsWith("[")) {
        names.addAll(Arrays.asList(NAME_CHARACTERS.split(line)));
      }
    }
    return names;
  }

  private static Map<String, Map<String, String>> properties(Map<String, Profile> sections) {
    sections.forEach((name, profile) -> assertThat(profile.name()).isEqualTo(name));
    return sections.values().stream()
        .collect(
            Collectors.toMap(
                Profile::name, p -> new TreeMap<>(p.properties()), (a, b) -> a, TreeMap::new));
  }

  private static Arguments config(String description, String config) {
    return Arguments.of(description, config, "");
  }

  private static Arguments credentials(String description, String credentials) {
    return Arguments.of(description, "", credentials);
  }

  private static Arguments both(String description, String config, String credentials) {
    return Arguments.of(description, config, credentials);
  }

  /**
   * What a parse gave: the sections by name with their properties, or that it failed (equal to any
   * failure).
   */
  private static final class Outcome {
    final Map<String, Map<String, String>> profiles;
    final Map<String, Map<String, String>> ssoSessions;
    final Map<String, Map<String, String>> services;
    final String failure;

    Outcome(
        Map<String, Map<String, String>> profiles,
        Map<String, Map<String, String>> ssoSessions,
        Map<String, Map<String, String>> services,
        String failure) {
      this.profiles = profiles;
      this.ssoSessions = ssoSessions;
      this.services = services;
      this.failure = failure;
    }

    static Outcome failed(String message) {
      return new Outcome(Map.of(), Map.of(), Map.of(), message);
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof Outcome)) {
        return false;
      }
      Outcome that = (Outcome) other;
      return (failure == null) == (that.failure == null)
          && profiles.equals(that.profiles)
          && ssoSessions.equals(that.ssoSessions)
          && services.equals(that.services);
    }

    @Override
    public int hashCode() {
      return Objects.hash(failure == null, profiles, ssoSessions, services);
    }

    @Override
    public String toString() {
      if (failure != null) {
        return "failed: " + failure;
      }
      return "profiles=" + profiles + ", sso-sessions=" + ssoSessions + ", services=" + services;
    }
  }
}
