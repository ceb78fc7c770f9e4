package dev.apigw.core.credentials;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.credentials.internal.StsCredentials;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.http.ProxyConfiguration;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.lang.Arguments;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Credentials of a role for the holder of an OpenID Connect token file, through STS {@code
 * AssumeRoleWithWebIdentity}: the way EKS (IAM roles for service accounts) and other platforms hand
 * roles to workloads. The file and role come from {@code aws.webIdentityTokenFile} / {@value
 * #TOKEN_FILE} and {@code aws.roleArn} / {@value #ROLE_ARN}, the optional session name from {@code
 * aws.roleSessionName} / {@value #SESSION_NAME}. The token file is read again on each refresh. STS
 * is called in the default region chain's region, through the proxy the system properties or
 * environment variables name. Thread-safe.
 */
public final class WebIdentityTokenFileCredentialsProvider implements CredentialsProvider {
  public static final String TOKEN_FILE = "AWS_WEB_IDENTITY_TOKEN_FILE";
  public static final String ROLE_ARN = "AWS_ROLE_ARN";
  public static final String SESSION_NAME = "AWS_ROLE_SESSION_NAME";

  private final Environment environment;
  private final ProxyConfiguration proxy;
  private volatile @Nullable StsCredentials sts;

  private WebIdentityTokenFileCredentialsProvider(
      Environment environment, ProxyConfiguration proxy) {
    this.environment = environment;
    this.proxy = proxy;
  }

  public static WebIdentityTokenFileCredentialsProvider create() {
    return new WebIdentityTokenFileCredentialsProvider(
        Environment.system(), ProxyConfiguration.builder().build());
  }

  static WebIdentityTokenFileCredentialsProvider create(
      Environment environment, ProxyConfiguration proxy) {
    return new WebIdentityTokenFileCredentialsProvider(
        Arguments.requireNonNull(environment, "environment"),
        Arguments.requireNonNull(proxy, "proxy"));
  }

  @Override
  public Credentials resolveCredentials() {
    StsCredentials current = sts;
    if (current == null) {
      synchronized (this) {
        current = sts;
        if (current == null) {
          Optional<String> tokenFile = environment.setting("aws.webIdentityTokenFile", TOKEN_FILE);
          Optional<String> roleArn = environment.setting("aws.roleArn", ROLE_ARN);
          if (tokenFile.isEmpty() || roleArn.isEmpty()) {
            throw new SdkClientException(
                "Unable to load web identity credentials: "
                    + (tokenFile.isEmpty()
                        ? TOKEN_FILE + " (or aws.webIdentityTokenFile)"
                        : ROLE_ARN + " (or aws.roleArn)")
                    + " is not set");
          }
          current =
              StsCredentials.webIdentity(
                  environment,
                  proxy,
                  environment.expandHome(tokenFile.get()),
                  roleArn.get(),
                  environment.setting("aws.roleSessionName", SESSION_NAME).orElse(null));
          sts = current;
        }
      }
    }
    return current.resolveCredentials();
  }

  @Override
  public String toString() {
    return "WebIdentityTokenFileCredentialsProvider";
  }
}
