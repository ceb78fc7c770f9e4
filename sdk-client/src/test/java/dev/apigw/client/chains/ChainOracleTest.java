package dev.apigw.client.chains;

import static dev.apigw.client.chains.ChainCase.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.apigw.client.chains.FakeAwsServers.ImdsMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The credentials, region and endpoint chains against the AWS SDK for Java v2's, one child JVM per
 * environment (the environment variables differ), with every service the chains call faked on
 * loopback. For each case both SDKs resolve the default credentials chain, the profile source
 * alone, the region chain and the endpoint of a client built with no settings; they must give the
 * same access key, secret, session token, region and URL, or both fail. The few places where this
 * SDK departs on purpose are marked with the reason, and the AWS SDK is checked to still answer
 * otherwise.
 */
class ChainOracleTest {
  private static final String FAR = "2030-01-01T00:00:00Z";
  private static final String PAST = "2020-01-01T00:00:00Z";
  private static final String STATIC =
      "[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = sdefault\n";

  @TempDir static Path homes;
  private static FakeAwsServers servers;
  private static ProbeJvm probeJvm;
  private static ExecutorService pool;
  private static final Map<String, Future<Map<String, String>>> RESULTS = new HashMap<>();

  @BeforeAll
  static void launchEveryCase() throws IOException, InterruptedException {
    servers = new FakeAwsServers();
    probeJvm = ProbeJvm.prepare(Files.createTempDirectory(homes, "probe"));
    // Any case will do: the archive holds the classes both SDKs load to resolve anything.
    probeJvm.writeArchive(
        Map.of(
            "PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"),
            "HOME", homes.toString(),
            "AWS_EC2_METADATA_DISABLED", "true",
            "AWS_ACCESS_KEY_ID", "AKIDARCHIVE",
            "AWS_SECRET_ACCESS_KEY", "sarchive",
            "AWS_REGION", "us-east-1"));
    pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
    for (ChainCase c : cases()) {
      if (RESULTS.containsKey(c.name)) {
        throw new IllegalStateException("two cases are named " + c.name);
      }
      RESULTS.put(c.name, pool.submit(() -> run(c)));
    }
  }

  @AfterAll
  static void stop() throws IOException {
    pool.shutdownNow();
    servers.close();
  }

  static List<ChainCase> cases() {
    List<ChainCase> cases = new ArrayList<>();
    // --- Each credentials source alone, then in order with the next.
    cases.add(
        named("system properties")
            .prop("aws.accessKeyId", "AKIDPROP")
            .prop("aws.secretAccessKey", "sprop")
            .ok("credentials"));
    cases.add(
        named("system properties with a session token")
            .prop("aws.accessKeyId", "AKIDPROP")
            .prop("aws.secretAccessKey", "sprop")
            .prop("aws.sessionToken", "tprop")
            .ok("credentials"));
    cases.add(
        named("environment")
            .env("AWS_ACCESS_KEY_ID", "AKIDENV")
            .env("AWS_SECRET_ACCESS_KEY", "senv")
            .ok("credentials"));
    cases.add(
        named("environment with a session token")
            .env("AWS_ACCESS_KEY_ID", "AKIDENV")
            .env("AWS_SECRET_ACCESS_KEY", "senv")
            .env("AWS_SESSION_TOKEN", "tenv")
            .ok("credentials"));
    cases.add(
        named("system properties before the environment")
            .prop("aws.accessKeyId", "AKIDPROP")
            .prop("aws.secretAccessKey", "sprop")
            .env("AWS_ACCESS_KEY_ID", "AKIDENV")
            .env("AWS_SECRET_ACCESS_KEY", "senv")
            .ok("credentials"));
    cases.add(
        named("half-set system properties fall through to the environment")
            .prop("aws.accessKeyId", "AKIDPROP")
            .env("AWS_ACCESS_KEY_ID", "AKIDENV")
            .env("AWS_SECRET_ACCESS_KEY", "senv")
            .ok("credentials"));
    cases.add(
        named("an access key without a secret is no credentials")
            .env("AWS_ACCESS_KEY_ID", "AKIDENV")
            .fails("credentials"));
    cases.add(
        named("nothing at all")
            .fails("credentials")
            .fails("profile")
            .fails("region")
            .fails("endpoint"));
    cases.add(
        webIdentity("web identity from the environment")
            .env("AWS_ROLE_SESSION_NAME", "pod-7")
            .ok("credentials"));
    cases.add(webIdentity("web identity with a made-up session name").ok("credentials"));
    cases.add(
        named("web identity from system properties")
            .file("token", "oidc-token-props")
            .prop("aws.webIdentityTokenFile", "${HOME}/token")
            .prop("aws.roleArn", "arn:aws:iam::123456789012:role/props")
            .env("AWS_REGION", "eu-west-1")
            .ok("credentials"));
    cases.add(
        webIdentity("the environment before web identity")
            .env("AWS_ACCESS_KEY_ID", "AKIDENV")
            .env("AWS_SECRET_ACCESS_KEY", "senv")
            .ok("credentials"));
    cases.add(webIdentity("web identity before the profile").credentials(STATIC).ok("credentials"));
    cases.add(
        named("web identity without a role falls through")
            .file("token", "oidc")
            .env("AWS_WEB_IDENTITY_TOKEN_FILE", "${HOME}/token")
            .credentials(STATIC)
            .ok("credentials"));
    cases.add(
        named("profile before container credentials")
            .credentials(STATIC)
            .env("AWS_CONTAINER_CREDENTIALS_FULL_URI", "${CONTAINER}/creds")
            .ok("credentials"));
    cases.add(
        named("container credentials before instance metadata")
            .imds(ImdsMode.V2)
            .env("AWS_CONTAINER_CREDENTIALS_FULL_URI", "${CONTAINER}/creds")
            .ok("credentials"));
    cases.add(
        named("the environment before instance metadata")
            .imds(ImdsMode.V2)
            .env("AWS_ACCESS_KEY_ID", "AKIDENV")
            .env("AWS_SECRET_ACCESS_KEY", "senv")
            .ok("credentials"));

    // --- Profiles: files, names, merging.
    cases.add(
        named("default profile, static keys").credentials(STATIC).ok("credentials").ok("profile"));
    cases.add(
        named("default profile with a session token")
            .credentials(STATIC + "aws_session_token = tdefault\n")
            .ok("credentials")
            .ok("profile"));
    cases.add(
        named("AWS_PROFILE names the profile")
            .env("AWS_PROFILE", "dev")
            .credentials(
                STATIC + "[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = sdev\n")
            .ok("credentials")
            .ok("profile"));
    cases.add(
        named("aws.profile before AWS_PROFILE")
            .prop("aws.profile", "ops")
            .env("AWS_PROFILE", "dev")
            .credentials(
                "[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = sdev\n"
                    + "[ops]\naws_access_key_id = AKIDOPS\naws_secret_access_key = sops\n")
            .ok("credentials")
            .ok("profile"));
    cases.add(
        named("a named profile that does not exist never falls back to default")
            .env("AWS_PROFILE", "missing")
            .credentials(STATIC)
            .fails("credentials")
            .fails("profile"));
    cases.add(
        named("[profile x] in the config file")
            .env("AWS_PROFILE", "cfg")
            .config("[profile cfg]\naws_access_key_id = AKIDCFG\naws_secret_access_key = scfg\n")
            .ok("profile"));
    cases.add(
        named("a config section without the profile prefix is ignored")
            .env("AWS_PROFILE", "cfg")
            .config("[cfg]\naws_access_key_id = AKIDCFG\naws_secret_access_key = scfg\n")
            .fails("profile"));
    cases.add(
        named("properties merge across the files")
            .config("[default]\naws_access_key_id = AKIDCONFIG\n")
            .credentials("[default]\naws_secret_access_key = screds\n")
            .ok("profile"));
    cases.add(
        named("the credentials file wins a property set in both")
            .config("[default]\naws_access_key_id = AKIDCONFIG\naws_secret_access_key = sconfig\n")
            .credentials("[default]\naws_access_key_id = AKIDCREDS\n")
            .ok("profile"));
    cases.add(
        named("AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE move the files")
            .file("elsewhere/creds", "[default]\naws_access_key_id = AKIDMOVED\n")
            .file(
                "elsewhere/conf", "[default]\naws_secret_access_key = smoved\nregion = sa-east-1\n")
            .env("AWS_SHARED_CREDENTIALS_FILE", "${HOME}/elsewhere/creds")
            .env("AWS_CONFIG_FILE", "${HOME}/elsewhere/conf")
            .credentials(STATIC)
            .ok("profile")
            .ok("region"));
    cases.add(
        named("static session token without a secret is an error")
            .credentials("[default]\naws_access_key_id = AKID\naws_session_token = t\n")
            .fails("profile"));

    // --- Roles.
    cases.add(
        named("role with a source profile, region from the profile")
            .config(
                "[default]\nrole_arn = "
                    + "arn:aws:iam::123456789012:role/app\nsource_profile = base\nregion = eu-central-1\n")
            .credentials("[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = sbase\n")
            .ok("profile"));
    cases.add(
        named("role with a source profile, region from AWS_REGION")
            .env("AWS_REGION", "ca-central-1")
            .config(
                "[default]\nrole_arn = arn:aws:iam::123456789012:role/app\nsource_profile = base\n")
            .credentials(
                "[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = sbase\n"
                    + "aws_session_token = tbase\n")
            .ok("profile"));
    cases.add(
        named("role chain through two profiles")
            .env("AWS_REGION", "us-west-2")
            .config(
                "[default]\nrole_arn = arn:aws:iam::111111111111:role/top\nsource_profile = middle\n"
                    + "[profile middle]\nrole_arn = arn:aws:iam::222222222222:role/middle\nsource_profile = base\n")
            .credentials("[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = sbase\n")
            .ok("profile"));
    cases.add(
        named("a cycle of source profiles is an error")
            .env("AWS_REGION", "us-west-2")
            .config(
                "[default]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = b\n"
                    + "[profile b]\nrole_arn = arn:aws:iam::1:role/b\nsource_profile = default\n")
            .fails("profile"));
    cases.add(
        named("a profile that is its own source is a cycle")
            .env("AWS_REGION", "us-west-2")
            .credentials(STATIC)
            .config("[default]\nrole_arn = arn:aws:iam::1:role/self\nsource_profile = default\n")
            .fails("profile"));
    cases.add(
        named("a missing source profile is an error")
            .env("AWS_REGION", "us-west-2")
            .config("[default]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = nowhere\n")
            .fails("profile"));
    cases.add(
        named("role options: external id and session name")
            .env("AWS_REGION", "us-east-2")
            .config(
                "[default]\nrole_arn = arn:aws:iam::123456789012:role/app\nsource_profile = base\nexternal_id = ext-42\n"
                    + "role_session_name = nightly\n")
            .credentials("[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = sbase\n")
            .ok("profile"));
    String withDuration =
        "OK "
            + String.join(
                " ",
                FakeAwsServers.derive(
                    String.join(
                        "|",
                        "AssumeRole",
                        "arn:aws:iam::123456789012:role/app",
                        "AKIDBASE",
                        "us-east-2",
                        "null",
                        "-",
                        "1800",
                        "(default)")));
    cases.add(
        named("role option duration_seconds")
            .env("AWS_REGION", "us-east-2")
            .config(
                "[default]\nrole_arn = arn:aws:iam::123456789012:role/app\nsource_profile = base\nduration_seconds = 1800\n")
            .credentials("[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = sbase\n")
            .deviates(
                "profile",
                withDuration,
                "the AWS SDK for Java v2 2.41.18 does not read duration_seconds from a "
                    + "role profile (the CLI and the other SDKs do); this SDK asks STS for that duration")
            .deviates("credentials", withDuration, "the same, through the default chain"));
    cases.add(
        named("role from credential_source Environment")
            .env("AWS_REGION", "us-east-1")
            .env("AWS_ACCESS_KEY_ID", "AKIDENV")
            .env("AWS_SECRET_ACCESS_KEY", "senv")
            .config(
                "[default]\nrole_arn = arn:aws:iam::123456789012:role/env\ncredential_source = Environment\n")
            .ok("profile"));
    cases.add(
        named("role from credential_source Ec2InstanceMetadata")
            .env("AWS_REGION", "us-east-1")
            .imds(ImdsMode.V2)
            .config(
                "[default]\nrole_arn = arn:aws:iam::123456789012:role/ec2\ncredential_source = Ec2InstanceMetadata\n")
            .ok("profile"));
    cases.add(
        named("role from credential_source EcsContainer")
            .env("AWS_REGION", "us-east-1")
            .env("AWS_CONTAINER_CREDENTIALS_FULL_URI", "${CONTAINER}/task")
            .config(
                "[default]\nrole_arn = arn:aws:iam::123456789012:role/ecs\ncredential_source = EcsContainer\n")
            .ok("profile"));
    cases.add(
        named("an unknown credential_source is an error")
            .env("AWS_REGION", "us-east-1")
            .config("[default]\nrole_arn = arn:aws:iam::1:role/x\ncredential_source = Mainframe\n")
            .fails("profile"));
    cases.add(
        named("source_profile and credential_source together are an error")
            .env("AWS_REGION", "us-east-1")
            .credentials(STATIC.replace("[default]", "[base]"))
            .config(
                "[default]\nrole_arn = arn:aws:iam::1:role/x\n"
                    + "source_profile = base\ncredential_source = Environment\n")
            .fails("profile"));
    cases.add(
        named("a role that needs MFA fails clearly")
            .env("AWS_REGION", "us-east-1")
            .credentials(STATIC.replace("[default]", "[base]"))
            .config(
                "[default]\nrole_arn = arn:aws:iam::1:role/x\n"
                    + "source_profile = base\nmfa_serial = arn:aws:iam::1:mfa/user\n")
            .deviates(
                "profile",
                "ERROR",
                "the AWS SDK for Java v2 ignores mfa_serial and calls AssumeRole without a code, which STS refuses; "
                    + "this SDK says at once that the profile needs MFA")
            .deviates("credentials", "ERROR", "the same, through the default chain"));
    cases.add(
        named("web_identity_token_file in a profile")
            .env("AWS_REGION", "eu-west-2")
            .file("tok", "oidc-profile")
            .config(
                "[default]\nrole_arn = arn:aws:iam::123456789012:role/oidc\nweb_identity_token_file = ${HOME}/tok\n"
                    + "role_session_name = from-profile\n")
            .ok("profile"));

    // --- credential_process.
    cases.add(
        named("credential_process")
            .config("[default]\ncredential_process = ${HOME}/creds.sh\n")
            .script(
                "creds.sh",
                "#!/bin/sh\necho '{\"Version\": 1, \"AccessKeyId\": \"AKIDPROC\", \"SecretAccessKey\": "
                    + "\"sproc\", \"SessionToken\": \"tproc\", \"Expiration\": \""
                    + FAR
                    + "\"}'\n")
            .ok("profile"));
    cases.add(
        named("credential_process with arguments and no expiration")
            .config("[default]\ncredential_process = ${HOME}/creds.sh AKIDARG\n")
            .script(
                "creds.sh",
                "#!/bin/sh\necho \"{\\\"Version\\\": 1, \\\"AccessKeyId\\\": \\\"$1\\\", "
                    + "\\\"SecretAccessKey\\\": \\\"sarg\\\"}\"\n")
            .ok("profile"));
    cases.add(
        named("credential_process of another version is an error")
            .config("[default]\ncredential_process = ${HOME}/creds.sh\n")
            .script(
                "creds.sh",
                "#!/bin/sh\necho '{\"Version\": 2, \"AccessKeyId\": \"A\", \"SecretAccessKey\": \"s\"}'\n")
            .fails("profile"));
    cases.add(
        named("credential_process that fails is an error")
            .config("[default]\ncredential_process = ${HOME}/c.sh\n")
            .script("c.sh", "#!/bin/sh\necho oops >&2\nexit 3\n")
            .fails("profile"));

    // --- SSO.
    cases.add(
        named("SSO with an sso-session")
            .env("AWS_ENDPOINT_URL_SSO", "${SSO}")
            .config(
                "[default]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = Admin\n"
                    + "[sso-session corp]\nsso_region = us-east-1\nsso_start_url = https://corp.awsapps.com/start\n")
            .ssoToken("corp", "sso-token-corp", FAR)
            .ok("profile"));
    cases.add(
        named("legacy SSO profile")
            .env("AWS_ENDPOINT_URL_SSO", "${SSO}")
            .config(
                "[default]\nsso_start_url = https://legacy.awsapps.com/start\nsso_region = eu-west-1\n"
                    + "sso_account_id = 210987654321\nsso_role_name = ReadOnly\n")
            .ssoToken("https://legacy.awsapps.com/start", "sso-token-legacy", FAR)
            .ok("profile"));
    cases.add(
        named("an expired SSO token is an error")
            .env("AWS_ENDPOINT_URL_SSO", "${SSO}")
            .config(
                "[default]\nsso_start_url = https://legacy.awsapps.com/start\nsso_region = eu-west-1\n"
                    + "sso_account_id = 210987654321\nsso_role_name = ReadOnly\n")
            .ssoToken("https://legacy.awsapps.com/start", "old", PAST)
            .fails("profile"));
    cases.add(
        named("an expired sso-session token is an error")
            .env("AWS_ENDPOINT_URL_SSO", "${SSO}")
            .config(
                "[default]\nsso_session = corp\nsso_account_id = 1\nsso_role_name = Admin\n"
                    + "[sso-session corp]\nsso_region = us-east-1\nsso_start_url = https://corp.awsapps.com/start\n")
            .ssoToken("corp", "old", PAST)
            .fails("profile"));
    cases.add(
        named("an sso-session token near expiry is renewed through SSO OIDC")
            .config(
                "[default]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = Admin\n"
                    + "[sso-session corp]\nsso_region = us-east-1\nsso_start_url = https://corp.awsapps.com/start\n")
            .renewableSsoToken(
                "corp", "about-to-expire", Instant.now().plus(Duration.ofMinutes(3)).toString())
            .ok("profile"));
    cases.add(
        named("an expired sso-session token with a refresh token is renewed")
            .config(
                "[default]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = Admin\n"
                    + "[sso-session corp]\nsso_region = us-east-1\nsso_start_url = https://corp.awsapps.com/start\n")
            .renewableSsoToken("corp", "expired", PAST)
            .ok("profile"));
    cases.add(
        named("no cached SSO token is an error")
            .env("AWS_ENDPOINT_URL_SSO", "${SSO}")
            .config(
                "[default]\nsso_start_url = https://x.awsapps.com/start\nsso_region = eu-west-1\nsso_account_id = 1\n"
                    + "sso_role_name = R\n")
            .fails("profile"));
    cases.add(
        named("an SSO profile without a role name is an error")
            .env("AWS_ENDPOINT_URL_SSO", "${SSO}")
            .config(
                "[default]\nsso_start_url = https://x.awsapps.com/start\nsso_region = eu-west-1\nsso_account_id = 1\n")
            .ssoToken("https://x.awsapps.com/start", "tok", FAR)
            .fails("profile"));

    // --- Containers.
    cases.add(
        named("container full URI with a token")
            .env("AWS_CONTAINER_CREDENTIALS_FULL_URI", "${CONTAINER}/v1/creds")
            .env("AWS_CONTAINER_AUTHORIZATION_TOKEN", "Basic abc")
            .ok("credentials"));
    cases.add(
        named("container full URI with a token file")
            .file("eks-token", "eks-pod-token")
            .env("AWS_CONTAINER_CREDENTIALS_FULL_URI", "${CONTAINER}/v1/pod")
            .env("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE", "${HOME}/eks-token")
            .ok("credentials"));
    cases.add(
        named("the token variable wins over the token file")
            .file("eks-token", "from-file")
            .env("AWS_CONTAINER_CREDENTIALS_FULL_URI", "${CONTAINER}/v1/pod")
            .env("AWS_CONTAINER_AUTHORIZATION_TOKEN", "from-variable")
            .env("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE", "${HOME}/eks-token")
            .ok("credentials"));
    cases.add(
        named("container relative URI on a configured service endpoint")
            .env("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/abc")
            .env("AWS_CONTAINER_SERVICE_ENDPOINT", "${CONTAINER}")
            .ok("credentials"));
    cases.add(
        named("container full URI over http to a non-loopback host is refused")
            .env("AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://192.0.2.10/creds")
            .fails("credentials"));

    // --- Instance metadata.
    cases.add(named("IMDSv2").imds(ImdsMode.V2).ok("credentials").ok("region"));
    cases.add(
        named("IMDSv1 fallback when the token is refused")
            .imds(ImdsMode.V1_ONLY)
            .ok("credentials"));
    cases.add(
        named("a 400 on the token request is an error")
            .imds(ImdsMode.TOKEN_400)
            .fails("credentials"));
    cases.add(
        named("IMDSv1 disabled")
            .imds(ImdsMode.V1_ONLY)
            .env("AWS_EC2_METADATA_V1_DISABLED", "true")
            .fails("credentials"));
    cases.add(
        named("IMDS disabled")
            .imds(ImdsMode.V2)
            .env("AWS_EC2_METADATA_DISABLED", "true")
            .fails("credentials")
            .fails("region"));
    cases.add(
        named("IMDS endpoint from the profile")
            .config("[default]\nec2_metadata_service_endpoint = ${IMDS}\n")
            .env("AWS_EC2_METADATA_DISABLED", "false")
            .ok("credentials"));

    // --- Region.
    cases.add(
        named("region from aws.region")
            .prop("aws.region", "eu-north-1")
            .ok("region")
            .ok("endpoint"));
    cases.add(
        named("region from AWS_REGION")
            .env("AWS_REGION", "ap-south-1")
            .ok("region")
            .ok("endpoint"));
    cases.add(
        named("aws.region before AWS_REGION")
            .prop("aws.region", "eu-north-1")
            .env("AWS_REGION", "ap-south-1")
            .ok("region"));
    cases.add(
        named("region from the profile")
            .config("[default]\nregion = me-south-1\n")
            .ok("region")
            .ok("endpoint"));
    cases.add(
        named("AWS_REGION before the profile")
            .env("AWS_REGION", "af-south-1")
            .config("[default]\nregion = me-south-1\n")
            .ok("region"));
    cases.add(
        named("region from the named profile")
            .env("AWS_PROFILE", "eu")
            .config("[default]\nregion = us-east-1\n[profile eu]\nregion = eu-south-2\n")
            .ok("region"));
    cases.add(named("region from instance metadata").imds(ImdsMode.V2).ok("region").ok("endpoint"));
    cases.add(
        named("profile region before instance metadata")
            .imds(ImdsMode.V2)
            .config("[default]\nregion = il-central-1\n")
            .ok("region"));
    cases.add(
        named("AWS_DEFAULT_REGION is read")
            .env("AWS_DEFAULT_REGION", "us-west-1")
            .deviates(
                "region",
                "OK us-west-1",
                "the AWS SDK for Java v2 ignores the AWS CLI's AWS_DEFAULT_REGION; "
                    + "this SDK reads it after the profile")
            .deviates(
                "endpoint",
                "OK https://apigateway.us-west-1.amazonaws.com/v2/apis",
                "follows from the region"));
    cases.add(
        named("AWS_REGION before AWS_DEFAULT_REGION")
            .env("AWS_REGION", "us-east-2")
            .env("AWS_DEFAULT_REGION", "us-west-1")
            .ok("region"));

    // --- Endpoints: partitions, FIPS, dual-stack.
    for (String region :
        new String[] {
          "us-east-1", "cn-north-1", "us-gov-west-1", "eu-isoe-west-1", "eusc-de-east-1"
        }) {
      cases.add(named("endpoint in " + region).env("AWS_REGION", region).ok("endpoint"));
      cases.add(
          named("FIPS endpoint in " + region)
              .env("AWS_REGION", region)
              .env("AWS_USE_FIPS_ENDPOINT", "true")
              .ok("endpoint"));
    }
    cases.add(
        named("dual-stack endpoint")
            .env("AWS_REGION", "us-east-1")
            .env("AWS_USE_DUALSTACK_ENDPOINT", "true")
            .ok("endpoint"));
    cases.add(
        named("FIPS and dual-stack endpoint")
            .env("AWS_REGION", "us-gov-east-1")
            .env("AWS_USE_FIPS_ENDPOINT", "true")
            .env("AWS_USE_DUALSTACK_ENDPOINT", "true")
            .ok("endpoint"));
    cases.add(
        named("FIPS from the profile")
            .config("[default]\nregion = us-west-2\nuse_fips_endpoint = true\n")
            .ok("endpoint"));
    cases.add(
        named("dual-stack from the profile")
            .config("[default]\nregion = eu-west-1\nuse_dualstack_endpoint = true\n")
            .ok("endpoint"));
    cases.add(
        named("FIPS from a system property")
            .env("AWS_REGION", "us-east-1")
            .prop("aws.useFipsEndpoint", "true")
            .ok("endpoint"));
    cases.add(
        named("a region that is not a host label")
            .env("AWS_REGION", "eu_west_1")
            .fails("endpoint"));

    // --- Endpoints: configured URLs and their precedence.
    cases.add(
        named("AWS_ENDPOINT_URL_APIGATEWAYV2")
            .env("AWS_REGION", "us-east-1")
            .env("AWS_ENDPOINT_URL_APIGATEWAYV2", "http://localhost:4566")
            .ok("endpoint"));
    cases.add(
        named("AWS_ENDPOINT_URL")
            .env("AWS_REGION", "us-east-1")
            .env("AWS_ENDPOINT_URL", "http://localhost:4567")
            .ok("endpoint"));
    cases.add(
        named("the service's variable before the global one")
            .env("AWS_REGION", "us-east-1")
            .env("AWS_ENDPOINT_URL", "http://localhost:4567")
            .env("AWS_ENDPOINT_URL_APIGATEWAYV2", "http://localhost:4566")
            .ok("endpoint"));
    cases.add(
        named("the service's property before its variable")
            .env("AWS_REGION", "us-east-1")
            .prop("aws.endpointUrlApiGatewayV2", "http://localhost:5000")
            .env("AWS_ENDPOINT_URL_APIGATEWAYV2", "http://localhost:4566")
            .ok("endpoint"));
    cases.add(
        named("the global property before the global variable")
            .env("AWS_REGION", "us-east-1")
            .prop("aws.endpointUrl", "http://localhost:5001")
            .env("AWS_ENDPOINT_URL", "http://localhost:4567")
            .ok("endpoint"));
    cases.add(
        named("the global property before the service's variable")
            .env("AWS_REGION", "us-east-1")
            .prop("aws.endpointUrl", "http://localhost:5001")
            .env("AWS_ENDPOINT_URL_APIGATEWAYV2", "http://localhost:4566")
            .ok("endpoint"));
    cases.add(
        named("endpoint_url of the profile")
            .config("[default]\nregion = us-east-1\n" + "endpoint_url = http://localhost:6000\n")
            .ok("endpoint"));
    cases.add(
        named("the services section before the profile's endpoint_url")
            .config(
                "[default]\nregion = us-east-1\n"
                    + "endpoint_url = http://localhost:6000\nservices = local\n[services local]\napigatewayv2 =\n"
                    + "  endpoint_url = http://localhost:6001\n")
            .ok("endpoint"));
    cases.add(
        named("the environment before the services section")
            .env("AWS_ENDPOINT_URL", "http://localhost:4567")
            .config(
                "[default]\nregion = us-east-1\nservices = local\n[services local]\napigatewayv2 =\n"
                    + "  endpoint_url = http://localhost:6001\n")
            .ok("endpoint"));
    cases.add(
        named("another service's entry in the services section is not ours")
            .config(
                "[default]\n"
                    + "region = us-east-1\nservices = local\n[services local]\ns3 =\n  endpoint_url = http://localhost:6002\n")
            .ok("endpoint"));
    cases.add(
        named("a configured endpoint with a base path")
            .env("AWS_REGION", "us-east-1")
            .env("AWS_ENDPOINT_URL_APIGATEWAYV2", "http://localhost:4566/stage")
            .ok("endpoint"));
    cases.add(
        named("a configured endpoint with FIPS is refused by the rules")
            .env("AWS_REGION", "us-east-1")
            .env("AWS_USE_FIPS_ENDPOINT", "true")
            .env("AWS_ENDPOINT_URL", "http://localhost:4567")
            .fails("endpoint"));
    cases.add(
        named("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")
            .env("AWS_REGION", "us-east-1")
            .env("AWS_ENDPOINT_URL", "http://localhost:4567")
            .env("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true")
            .deviates(
                "endpoint",
                "OK https://apigateway.us-east-1.amazonaws.com/v2/apis",
                "the AWS SDK for Java v2 "
                    + "2.41.18 does not read AWS_IGNORE_CONFIGURED_ENDPOINT_URLS, which the other AWS SDKs and the CLI honour"));
    return cases;
  }

  private static ChainCase webIdentity(String name) {
    return named(name)
        .file("token", "oidc-token-1")
        .env("AWS_WEB_IDENTITY_TOKEN_FILE", "${HOME}/token")
        .env("AWS_ROLE_ARN", "arn:aws:iam::123456789012:role/pod")
        .env("AWS_REGION", "eu-west-1");
  }

  static Stream<ChainCase> table() {
    return cases().stream();
  }

  @Test
  void theTableIsLargeAndCoversEveryKey() {
    List<ChainCase> all = cases();
    assertThat(all).hasSizeGreaterThanOrEqualTo(60);
    for (String key : ChainCase.KEYS) {
      assertThat(all)
          .as("cases expecting an answer for " + key)
          .anySatisfy(c -> assertThat(c.expectOk.get(key)).isTrue());
      assertThat(all)
          .as("cases expecting a failure for " + key)
          .anySatisfy(c -> assertThat(c.expectOk.get(key)).isFalse());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void bothSdksResolveTheSame(ChainCase c) throws Exception {
    Map<String, String> results = RESULTS.get(c.name).get(5, TimeUnit.MINUTES);
    StringBuilder report = new StringBuilder();
    for (String key : ChainCase.KEYS) {
      String ours = results.getOrDefault("ours." + key, "MISSING");
      String aws = results.getOrDefault("aws." + key, "MISSING");
      report
          .append(key.equals(ChainCase.KEYS[0]) ? "\n  case: " + c.name : "")
          .append("\n  ")
          .append(key)
          .append(":\n    ours ")
          .append(ours)
          .append("\n    aws  ")
          .append(aws);
    }
    for (String key : ChainCase.KEYS) {
      String ours = results.getOrDefault("ours." + key, "MISSING");
      String aws = results.getOrDefault("aws." + key, "MISSING");
      String deviation = c.deviations.get(key);
      if (deviation != null) {
        assertThat(ours)
            .as(key + " (" + c.deviationReasons.get(key) + ")" + report)
            .startsWith(deviation);
        assertThat(outcome(aws))
            .as(key + ": the AWS SDK was expected to answer otherwise" + report)
            .isNotEqualTo(outcome(ours));
        continue;
      }
      Boolean expected = c.expectOk.get(key);
      if (expected != null) {
        assertThat(ours).as(key + " of ours" + report).startsWith(expected ? "OK " : "ERROR ");
      }
      if (ours.startsWith("OK ") || aws.startsWith("OK ")) {
        assertThat(ours).as(key + report).isEqualTo(aws);
      } else if (!ours.startsWith("ERROR ") || !aws.startsWith("ERROR ")) {
        fail(key + ": a probe did not answer" + report);
      }
    }
  }

  private static String outcome(String value) {
    return value.startsWith("ERROR ") ? "ERROR" : value;
  }

  /** Runs the probe in a child JVM with this case's environment, properties and home directory. */
  private static Map<String, String> run(ChainCase c) throws Exception {
    Path home = Files.createTempDirectory(homes, "home");
    Map<String, String> placeholders = new LinkedHashMap<>();
    placeholders.put("${HOME}", home.toString());
    placeholders.put("${STS}", FakeAwsServers.url(servers.sts));
    placeholders.put("${SSO}", FakeAwsServers.url(servers.sso));
    placeholders.put("${CONTAINER}", FakeAwsServers.url(servers.container));
    placeholders.put(
        "${IMDS}", FakeAwsServers.url(servers.imds.get(c.imds == null ? ImdsMode.V2 : c.imds)));
    for (Map.Entry<String, String> file : c.files.entrySet()) {
      Path path = home.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, expand(file.getValue(), placeholders));
      if (c.executables.contains(file.getKey())) {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
      }
    }
    for (Map.Entry<String, String> token : c.ssoTokens.entrySet()) {
      Path cache = home.resolve(".aws/sso/cache");
      Files.createDirectories(cache);
      Files.writeString(cache.resolve(sha1(token.getKey()) + ".json"), token.getValue());
    }
    List<String> properties = new ArrayList<>();
    properties.add("-Duser.home=" + home);
    for (Map.Entry<String, String> prop : c.props.entrySet()) {
      properties.add("-D" + prop.getKey() + "=" + expand(prop.getValue(), placeholders));
    }
    List<String> command = probeJvm.command(properties);
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    Map<String, String> environment = builder.environment();
    environment.clear();
    environment.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    environment.put("HOME", home.toString());
    // Nothing may reach AWS: STS and SSO go to the fakes, and instance metadata is the fake or
    // switched off.
    environment.put("AWS_ENDPOINT_URL_STS", placeholders.get("${STS}"));
    environment.put("AWS_ENDPOINT_URL_SSO", placeholders.get("${SSO}"));
    environment.put("AWS_ENDPOINT_URL_SSO_OIDC", FakeAwsServers.url(servers.oidc));
    if (c.imds != null) {
      environment.put("AWS_EC2_METADATA_SERVICE_ENDPOINT", placeholders.get("${IMDS}"));
    } else if (!c.files.getOrDefault(".aws/config", "").contains("ec2_metadata_service_endpoint")) {
      environment.put("AWS_EC2_METADATA_DISABLED", "true");
    }
    for (Map.Entry<String, String> variable : c.env.entrySet()) {
      environment.put(variable.getKey(), expand(variable.getValue(), placeholders));
    }
    Process process = builder.start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(c.name + ": the probe did not finish");
    }
    Map<String, String> results = new LinkedHashMap<>();
    for (String line : output.split("\n")) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        results.put(line.substring(0, tab), line.substring(tab + 1));
      }
    }
    return results;
  }

  private static String expand(String text, Map<String, String> placeholders) {
    String expanded = text;
    for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
      expanded = expanded.replace(placeholder.getKey(), placeholder.getValue());
    }
    return expanded;
  }

  private static String sha1(String text) throws Exception {
    byte[] digest =
        MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
    StringBuilder hex = new StringBuilder();
    for (byte b : digest) {
      hex.append(String.format("%02x", b));
    }
    return hex.toString();
  }
}
