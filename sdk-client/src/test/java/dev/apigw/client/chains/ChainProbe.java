package dev.apigw.client.chains;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.region.DefaultRegionProvider;
import dev.apigw.core.retry.RetryStrategy;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/**
 * Run in a child JVM whose environment, system properties and home directory are one case of {@link
 * ChainOracleTest}: resolves credentials (the default chain, and the profile source alone), the
 * region and the API Gateway V2 endpoint, once with this SDK and once with the AWS SDK for Java v2,
 * and prints one {@code key<TAB>value} line each. A value is {@code OK <answer>} or {@code ERROR
 * <type>: <message>}. Endpoints are captured before anything is sent: nothing leaves the machine.
 */
public final class ChainProbe {
  private ChainProbe() {}

  public static void main(String[] args) {
    probe(
        "ours.credentials",
        () ->
            ours(
                dev.apigw.core.credentials.DefaultCredentialsProvider.create()
                    .resolveCredentials()));
    probe(
        "aws.credentials",
        () ->
            aws(
                software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider.builder()
                    .build()
                    .resolveCredentials()));
    probe(
        "ours.profile",
        () ->
            ours(
                dev.apigw.core.credentials.ProfileCredentialsProvider.create()
                    .resolveCredentials()));
    probe(
        "aws.profile",
        () ->
            aws(
                software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider.create()
                    .resolveCredentials()));
    probe("ours.region", () -> DefaultRegionProvider.create().resolveRegion());
    probe("aws.region", () -> new DefaultAwsRegionProviderChain().getRegion().id());
    probe("ours.endpoint", ChainProbe::ourEndpoint);
    probe("aws.endpoint", ChainProbe::awsEndpoint);
    System.out.flush();
  }

  private static void probe(String key, Callable<String> answer) {
    String value;
    try {
      value = "OK " + answer.call();
    } catch (Throwable e) {
      String message = String.valueOf(e.getMessage()).replace('\n', ' ').replace('\t', ' ');
      value = "ERROR " + e.getClass().getSimpleName() + ": " + message;
    }
    System.out.println(key + "\t" + value);
  }

  private static String ours(Credentials credentials) {
    return credentials.accessKeyId()
        + " "
        + credentials.secretAccessKey()
        + " "
        + credentials.sessionToken().orElse("-");
  }

  private static String aws(AwsCredentials credentials) {
    String token =
        credentials instanceof AwsSessionCredentials
            ? ((AwsSessionCredentials) credentials).sessionToken()
            : "-";
    return credentials.accessKeyId() + " " + credentials.secretAccessKey() + " " + token;
  }

  /**
   * Where our client would send GetApis: taken from the first attempt, which an interceptor stops.
   */
  private static String ourEndpoint() throws Exception {
    AtomicReference<String> url = new AtomicReference<>();
    OkHttpClient capturing =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  url.set(chain.request().url().toString());
                  throw new IOException("probe: captured, not sent");
                })
            .build();
    try (dev.apigw.client.ApiGatewayV2Client client =
        dev.apigw.client.ApiGatewayV2Client.builder()
            .credentials(Credentials.of("AKIDPROBE", "probe-secret"))
            .retryStrategy(RetryStrategy.none())
            .httpClient(capturing)
            .build()) {
      try {
        client.getApis(request -> {});
      } catch (dev.apigw.core.exception.SdkClientException e) {
        if (url.get() == null) {
          throw e;
        }
      }
    } finally {
      capturing.dispatcher().executorService().shutdown();
    }
    return withoutQuery(url.get());
  }

  private static String awsEndpoint() {
    AtomicReference<String> url = new AtomicReference<>();
    ExecutionInterceptor capture =
        new ExecutionInterceptor() {
          @Override
          public void beforeTransmission(
              Context.BeforeTransmission context, ExecutionAttributes attributes) {
            url.set(context.httpRequest().getUri().toString());
            throw new IllegalStateException("probe: captured, not sent");
          }
        };
    try (software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client client =
        software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client.builder()
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create("AKIDPROBE", "probe-secret")))
            .overrideConfiguration(
                o ->
                    o.retryStrategy(AwsRetryStrategy.doNotRetry()).addExecutionInterceptor(capture))
            .build()) {
      try {
        client.getApis(request -> {});
      } catch (RuntimeException e) {
        if (url.get() == null) {
          throw e;
        }
      }
    }
    return withoutQuery(url.get());
  }

  private static String withoutQuery(String url) {
    URI uri = URI.create(url);
    return uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
  }
}
