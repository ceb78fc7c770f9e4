package dev.apigw.core.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.internal.Environment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileCredentialsProviderTest {
  private final MockWebServer sts = new MockWebServer();
  @TempDir Path home;
  private final Map<String, String> variables = new HashMap<>();

  @BeforeEach
  void start() throws Exception {
    sts.start();
    variables.put("HOME", home.toString());
    variables.put("AWS_ENDPOINT_URL_STS", "http://127.0.0.1:" + sts.getPort());
    variables.put("AWS_EC2_METADATA_DISABLED", "true");
  }

  @AfterEach
  void stop() throws Exception {
    sts.close();
  }

  private void files(String config, String credentials) throws Exception {
    Files.createDirectories(home.resolve(".aws"));
    Files.writeString(home.resolve(".aws/config"), config);
    Files.writeString(home.resolve(".aws/credentials"), credentials);
  }

  private Credentials resolve(String profile) {
    return ProfileCredentialsProvider.create(Environment.of(variables, Map.of()), profile)
        .resolveCredentials();
  }

  private void stsAnswers(String id) {
    sts.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body(
                "<AssumeRoleResponse><AssumeRoleResult><Credentials>"
                    + "<AccessKeyId>"
                    + id
                    + "</AccessKeyId><SecretAccessKey>s-"
                    + id
                    + "</SecretAccessKey><SessionToken>t-"
                    + id
                    + "</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials></AssumeRoleResult>"
                    + "</AssumeRoleResponse>")
            .build());
  }

  @Test
  void staticKeysMergeAcrossTheFilesTheCredentialsFileWinning() throws Exception {
    files(
        "[profile dev]\naws_access_key_id = AKIDCONFIG\naws_secret_access_key = sconfig\n",
        "[dev]\naws_secret_access_key = screds\naws_session_token = tcreds\n");
    assertThat(resolve("dev")).isEqualTo(Credentials.of("AKIDCONFIG", "screds", "tcreds"));
  }

  @Test
  void aRoleChainAssumesEachRoleWithThePreviousCredentialsInTheRoleProfilesRegion()
      throws Exception {
    files(
        "[profile top]\nrole_arn = arn:aws:iam::1:role/top\nsource_profile = middle\nregion = eu-west-3\n"
            + "[profile middle]\nrole_arn = arn:aws:iam::1:role/middle\nsource_profile = base\nregion = us-west-2\n",
        "[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = sbase\n");
    stsAnswers("ASIAMIDDLE");
    stsAnswers("ASIATOP");
    assertThat(resolve("top").accessKeyId()).isEqualTo("ASIATOP");
    RecordedRequest first = sts.takeRequest();
    RecordedRequest second = sts.takeRequest();
    assertThat(first.getBody().utf8())
        .contains("RoleArn=arn%3Aaws%3Aiam%3A%3A1%3Arole%2Fmiddle")
        .contains("RoleSessionName=apigw-java-");
    assertThat(first.getHeaders().get("Authorization"))
        .contains("Credential=AKIDBASE/")
        .contains("/us-west-2/sts/");
    assertThat(second.getBody().utf8()).contains("role%2Ftop");
    assertThat(second.getHeaders().get("Authorization"))
        .contains("Credential=ASIAMIDDLE/")
        .contains("/eu-west-3/sts/");
    assertThat(second.getHeaders().get("X-Amz-Security-Token")).isEqualTo("t-ASIAMIDDLE");
  }

  @Test
  void aCycleIsNamed() throws Exception {
    files(
        "[profile a]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = b\n"
            + "[profile b]\nrole_arn = arn:aws:iam::1:role/b\nsource_profile = a\n",
        "");
    assertThatThrownBy(() -> resolve("a"))
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("[a, b] form a cycle");
    assertThat(sts.getRequestCount()).isZero();
  }

  @Test
  void aMissingProfileIsAnErrorNotTheDefault() throws Exception {
    files("", "[default]\naws_access_key_id = AKID\naws_secret_access_key = s\n");
    assertThatThrownBy(() -> resolve("prod"))
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("Profile 'prod' is not in the shared config or credentials file");
  }

  @Test
  void mfaIsRefusedBeforeAnyCall() throws Exception {
    files(
        "[profile admin]\nrole_arn = arn:aws:iam::1:role/admin\nsource_profile = base\n"
            + "mfa_serial = arn:aws:iam::1:mfa/me\n",
        "[base]\naws_access_key_id = AKID\naws_secret_access_key = s\n");
    assertThatThrownBy(() -> resolve("admin"))
        .hasMessageContaining("needs an MFA code (mfa_serial)");
    assertThat(sts.getRequestCount()).isZero();
  }

  @Test
  void credentialSourceEnvironmentUsesTheEnvironmentAsTheSource() throws Exception {
    variables.put("AWS_ACCESS_KEY_ID", "AKIDENV");
    variables.put("AWS_SECRET_ACCESS_KEY", "senv");
    files(
        "[default]\nrole_arn = arn:aws:iam::1:role/x\ncredential_source = Environment\nregion = us-east-1\n"
            + "external_id = ext\nduration_seconds = 1200\nrole_session_name = batch\n",
        "");
    stsAnswers("ASIAENVROLE");
    assertThat(resolve("default").accessKeyId()).isEqualTo("ASIAENVROLE");
    RecordedRequest request = sts.takeRequest();
    assertThat(request.getHeaders().get("Authorization")).contains("Credential=AKIDENV/");
    assertThat(request.getBody().utf8())
        .contains("ExternalId=ext")
        .contains("DurationSeconds=1200")
        .contains("RoleSessionName=batch");
  }

  @Test
  void errorsNameThePropertyButNeverAValue() throws Exception {
    files(
        "[default]\naws_access_key_id = AKIDSECRETISH\naws_session_token = verysecrettoken\n", "");
    assertThatThrownBy(() -> resolve("default"))
        .hasMessageContaining("aws_secret_access_key")
        .hasMessageNotContaining("verysecrettoken");
    files("[default]\nrole_arn = arn:aws:iam::1:role/x\ncredential_source = Mainframe\n", "");
    assertThatThrownBy(
            () ->
                ProfileCredentialsProvider.create(Environment.of(variables, Map.of()), null)
                    .resolveCredentials())
        .hasMessageContaining("credential_source 'Mainframe'");
  }

  @Test
  void toStringShowsNoSecret() throws Exception {
    files("", "[default]\naws_access_key_id = AKID\naws_secret_access_key = topsecret\n");
    ProfileCredentialsProvider provider =
        ProfileCredentialsProvider.create(Environment.of(variables, Map.of()), null);
    provider.resolveCredentials();
    assertThat(provider.toString()).doesNotContain("topsecret");
  }
}
