package dev.apigw.core.internal.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.internal.Environment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProfileFileLoadTest {
  @TempDir Path home;
  @TempDir Path elsewhere;

  private final Map<String, String> variables = new HashMap<>();
  private final Map<String, String> properties = new HashMap<>();

  @BeforeEach
  void homeIsTheTemporaryDirectory() {
    variables.put("HOME", home.toString());
  }

  @Test
  void readsBothFilesUnderTheHomeDirectory() throws IOException {
    write(
        home.resolve(".aws/config"),
        "[default]\nregion = us-east-1\n[profile dev]\nregion = eu-west-1\n");
    write(home.resolve(".aws/credentials"), "[default]\naws_access_key_id = AKID\n");

    ProfileFile file = load();

    assertThat(file.profiles()).containsOnlyKeys("default", "dev");
    assertThat(file.profile("default").orElseThrow().properties())
        .containsOnly(Map.entry("region", "us-east-1"), Map.entry("aws_access_key_id", "AKID"));
  }

  @Test
  void theCredentialsFileWinsForAPropertyInBoth() throws IOException {
    write(
        home.resolve(".aws/config"), "[profile dev]\naws_access_key_id = FROMCONFIG\nregion = x\n");
    write(home.resolve(".aws/credentials"), "[dev]\naws_access_key_id = FROMCREDENTIALS\n");

    Profile dev = load().profile("dev").orElseThrow();

    assertThat(dev.property("aws_access_key_id")).contains("FROMCREDENTIALS");
    assertThat(dev.property("region")).contains("x");
  }

  static Stream<Arguments> settings() {
    return Stream.of(
        Arguments.of("variable", "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE"),
        Arguments.of("property", "aws.configFile", "aws.sharedCredentialsFile"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("settings")
  void aSettingNamesEachFile(String where, String configSetting, String credentialsSetting)
      throws IOException {
    Path config = write(elsewhere.resolve("my-config"), "[profile c]\na = 1\n");
    Path credentials = write(elsewhere.resolve("my-credentials"), "[k]\nb = 2\n");
    write(home.resolve(".aws/config"), "[profile ignored]\n");
    write(home.resolve(".aws/credentials"), "[ignored-too]\n");
    settings(where).put(configSetting, config.toString());
    settings(where).put(credentialsSetting, credentials.toString());

    assertThat(load().profiles()).containsOnlyKeys("c", "k");
    assertThat(ProfileFileLocations.configFile(environment())).isEqualTo(config);
    assertThat(ProfileFileLocations.credentialsFile(environment())).isEqualTo(credentials);
  }

  @Test
  void thePropertyWinsOverTheVariable() throws IOException {
    Path fromProperty = write(elsewhere.resolve("a"), "[profile from-property]\n");
    Path fromVariable = write(elsewhere.resolve("b"), "[profile from-variable]\n");
    properties.put("aws.configFile", fromProperty.toString());
    variables.put("AWS_CONFIG_FILE", fromVariable.toString());
    properties.put("aws.sharedCredentialsFile", fromProperty.resolveSibling("c").toString());
    variables.put(
        "AWS_SHARED_CREDENTIALS_FILE",
        write(elsewhere.resolve("d"), "[from-variable-too]\n").toString());

    assertThat(load().profiles()).containsOnlyKeys("from-property");
  }

  @Test
  void aBlankSettingCountsAsUnset() throws IOException {
    write(home.resolve(".aws/config"), "[profile home]\n");
    properties.put("aws.configFile", "  ");
    variables.put("AWS_CONFIG_FILE", "");

    assertThat(load().profiles()).containsOnlyKeys("home");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("settings")
  void aLeadingTildeIsTheHomeDirectory(
      String where, String configSetting, String credentialsSetting) throws IOException {
    write(home.resolve("conf/aws-config"), "[profile c]\n");
    write(home.resolve("aws-credentials"), "[k]\n");
    settings(where).put(configSetting, "~/conf/aws-config");
    settings(where).put(credentialsSetting, "~/aws-credentials");

    assertThat(load().profiles()).containsOnlyKeys("c", "k");
    assertThat(ProfileFileLocations.configFile(environment()))
        .isEqualTo(home.resolve("conf/aws-config"));
  }

  @Test
  void withoutHomeTheUserHomePropertyIsUsed() throws IOException {
    variables.remove("HOME");
    properties.put("user.home", elsewhere.toString());
    write(elsewhere.resolve(".aws/config"), "[profile from-user-home]\n");

    assertThat(load().profiles()).containsOnlyKeys("from-user-home");
  }

  @Test
  void missingFilesAreEmpty() {
    ProfileFile file = load();

    assertThat(file.profiles()).isEmpty();
    assertThat(file.ssoSessions()).isEmpty();
    assertThat(file.services()).isEmpty();
  }

  @Test
  void oneMissingFileLeavesTheOther() throws IOException {
    write(home.resolve(".aws/credentials"), "[default]\na = 1\n");
    variables.put("AWS_CONFIG_FILE", elsewhere.resolve("no/such/file").toString());

    assertThat(load().profiles()).containsOnlyKeys("default");
  }

  @Test
  void aDirectoryIsAnErrorNamingIt() throws IOException {
    Path directory = Files.createDirectories(elsewhere.resolve("config-dir"));
    variables.put("AWS_CONFIG_FILE", directory.toString());

    assertThatThrownBy(this::load)
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining(directory.toString())
        .hasMessageContaining("is a directory");
  }

  @Test
  void theDefaultCredentialsPathBeingADirectoryIsAnError() throws IOException {
    Files.createDirectories(home.resolve(".aws/credentials"));

    assertThatThrownBy(this::load)
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining(home.resolve(".aws/credentials").toString());
  }

  @Test
  void aPathThatCannotBeReadIsAnErrorNamingIt() throws IOException {
    Path underAFile = write(elsewhere.resolve("plain"), "").resolve("credentials");
    variables.put("AWS_SHARED_CREDENTIALS_FILE", underAFile.toString());

    assertThatThrownBy(this::load)
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining(underAFile.toString())
        .hasMessageContaining("cannot be read")
        .hasCauseInstanceOf(IOException.class);
  }

  @Test
  void aMalformedFileIsNamedWithTheLine() throws IOException {
    Path config =
        write(home.resolve(".aws/config"), "[default]\nregion = x\nno equals sign here\n");

    assertThatThrownBy(this::load)
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("config file " + config)
        .hasMessageContaining("line 3");
  }

  @Test
  void undecodableBytesAreReadAsTheAwsSdkReadsThem() throws IOException {
    Path config = home.resolve(".aws/config");
    Files.createDirectories(config.getParent());
    Files.write(
        config,
        new byte[] {
          '[', 'd', 'e', 'f', 'a', 'u', 'l', 't', ']', '\n', 'a', '=', (byte) 0xff, 'x', '\n'
        });
    software.amazon.awssdk.profiles.ProfileFile sdk =
        software.amazon.awssdk.profiles.ProfileFile.builder()
            .content(config)
            .type(software.amazon.awssdk.profiles.ProfileFile.Type.CONFIGURATION)
            .build();

    assertThat(load().profile("default").orElseThrow().properties())
        .isEqualTo(sdk.profile("default").orElseThrow().properties())
        .containsEntry("a", "\ufffdx");
  }

  @Test
  void theCurrentProfileIsThePropertyThenTheVariableThenDefault() {
    assertThat(ProfileNames.current(environment())).isEqualTo("default");

    variables.put("AWS_PROFILE", "from-variable");
    assertThat(ProfileNames.current(environment())).isEqualTo("from-variable");

    properties.put("aws.profile", "from-property");
    assertThat(ProfileNames.current(environment())).isEqualTo("from-property");

    properties.put("aws.profile", " ");
    assertThat(ProfileNames.current(environment())).isEqualTo("from-variable");
  }

  @Test
  void theProfileNameSettingsAreTheAwsSdks() {
    assertThat(ProfileNames.PROPERTY)
        .isEqualTo(software.amazon.awssdk.profiles.ProfileFileSystemSetting.AWS_PROFILE.property());
    assertThat(ProfileNames.VARIABLE)
        .isEqualTo(
            software.amazon.awssdk.profiles.ProfileFileSystemSetting.AWS_PROFILE
                .environmentVariable());
    assertThat(ProfileNames.DEFAULT)
        .isEqualTo(
            software.amazon.awssdk.profiles.ProfileFileSystemSetting.AWS_PROFILE.defaultValue());
    assertThat(ProfileFileLocations.CONFIG_FILE_PROPERTY)
        .isEqualTo(
            software.amazon.awssdk.profiles.ProfileFileSystemSetting.AWS_CONFIG_FILE.property());
    assertThat(ProfileFileLocations.CONFIG_FILE_VARIABLE)
        .isEqualTo(
            software.amazon.awssdk.profiles.ProfileFileSystemSetting.AWS_CONFIG_FILE
                .environmentVariable());
    assertThat(ProfileFileLocations.CREDENTIALS_FILE_PROPERTY)
        .isEqualTo(
            software.amazon.awssdk.profiles.ProfileFileSystemSetting.AWS_SHARED_CREDENTIALS_FILE
                .property());
    assertThat(ProfileFileLocations.CREDENTIALS_FILE_VARIABLE)
        .isEqualTo(
            software.amazon.awssdk.profiles.ProfileFileSystemSetting.AWS_SHARED_CREDENTIALS_FILE
                .environmentVariable());
  }

  private ProfileFile load() {
    return ProfileFile.load(environment());
  }

  private Environment environment() {
    return Environment.of(variables, properties);
  }

  private Map<String, String> settings(String where) {
    return where.equals("variable") ? variables : properties;
  }

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.write(file, text.getBytes(StandardCharsets.UTF_8));
  }
}
