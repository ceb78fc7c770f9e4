package dev.apigw.core.internal.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.apigw.core.exception.SdkClientException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The AWS SDK's rules that surprise, spelled out with their results; the differential test covers
 * the rest.
 */
class ProfileFileTest {
  @Test
  void subPropertiesAreFlattenedAndTheParentKeepsTheRawLines() {
    ProfileFile file =
        ProfileFile.parse(
            "[services local]\napigatewayv2 =\n  endpoint_url = http://localhost:4566 # kept\n  region=x\n",
            "");

    assertThat(file.services("local").orElseThrow().properties())
        .containsOnly(
            entry("apigatewayv2", "\nendpoint_url = http://localhost:4566 # kept\nregion=x"),
            entry("apigatewayv2.endpoint_url", "http://localhost:4566 # kept"),
            entry("apigatewayv2.region", "x"));
  }

  @Test
  void profileDefaultWinsOverDefaultInTheSameFile() {
    ProfileFile file = ProfileFile.parse("[profile default]\na = 1\n[default]\nb = 2\n", "");

    assertThat(file.profile("default").orElseThrow().properties()).containsOnly(entry("a", "1"));
  }

  @Test
  void aPropertyBeforeAnySectionFailsNamingFileAndLine() {
    assertThatThrownBy(() -> ProfileFile.parse("", "\n# first\nregion = x\n[default]\n"))
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("credentials file")
        .hasMessageContaining("line 3");
  }

  @Test
  void theCredentialsFileWinsPropertyByProperty() {
    ProfileFile file =
        ProfileFile.parse("[profile a]\nx = config\ny = config\n", "[a]\ny = credentials\n");

    assertThat(file.profile("a").orElseThrow().properties())
        .containsOnly(entry("x", "config"), entry("y", "credentials"));
  }

  @Test
  void theViewIsImmutable() {
    ProfileFile file = ProfileFile.parse("[default]\na = 1\n[sso-session s]\n[services v]\n", "");

    assertThatThrownBy(() -> file.profiles().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> file.ssoSessions().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> file.services().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> file.profile("default").orElseThrow().properties().put("b", "2"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void lookUpsByName() {
    ProfileFile file = ProfileFile.parse("[profile p]\nk = v\n[sso-session s]\n[services v]\n", "");

    assertThat(file.profile("p").orElseThrow().property("k")).contains("v");
    assertThat(file.profile("p").orElseThrow().property("K")).isEmpty();
    assertThat(file.profile("s")).isEmpty();
    assertThat(file.ssoSession("s")).contains(new Profile("s", Map.of()));
    assertThat(file.services("v")).contains(new Profile("v", Map.of()));
    assertThat(file.services("p")).isEmpty();
  }

  @Test
  void nullArgumentsAreNamed() {
    ProfileFile file = ProfileFile.parse("", "");

    assertThatThrownBy(() -> ProfileFile.parse(null, "")).hasMessageContaining("configFileText");
    assertThatThrownBy(() -> ProfileFile.parse("", null))
        .hasMessageContaining("credentialsFileText");
    assertThatThrownBy(() -> ProfileFile.load(null)).hasMessageContaining("environment");
    assertThatThrownBy(() -> file.profile(null)).hasMessageContaining("name");
    assertThatThrownBy(() -> new Profile("p", Map.of()).property(null)).hasMessageContaining("key");
    assertThatThrownBy(() -> ProfileNames.current(null)).hasMessageContaining("environment");
  }
}
