package dev.apigw.core.auth.sigv4;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.apigw.core.auth.Credentials;
import dev.apigw.core.http.NameValue;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Jazzer target: signs a request read from the fuzzer's data with our {@link SigV4Signer} and with
 * the AWS SDK for Java v2's signer (see {@link AwsSdkSigning}), with the same credentials (with or
 * without a session token), region, service {@code apigateway} and time. Either both add the same
 * headers with the same values, the same {@code Authorization} included (one signature covers the
 * whole canonical request, so equal signatures mean equal canonical requests), or both refuse, or a
 * {@link DeliberateSignerDifference} explains why only one refused. Anything else throws an {@link
 * AssertionError} describing both sides; the secret key is never part of it.
 */
public final class SignerDifferentialFuzzTarget {
  static final String SIGNING_NAME = "apigateway";
  static final String REGION = "us-east-1";
  static final Instant SIGNING_TIME = Instant.parse("2026-03-14T09:26:53Z");
  static final String ACCESS_KEY_ID = "AKIDEXAMPLE";
  private static final String SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  static final String SESSION_TOKEN = "FwoGZXIvYXdzEXAMPLESESSIONTOKEN//////////+/=";

  private static final SigV4Signer OUR_SIGNER = SigV4Signer.create(SIGNING_NAME, REGION);

  private SignerDifferentialFuzzTarget() {}

  /** Jazzer's entry point. */
  public static void fuzzerTestOneInput(FuzzedDataProvider data) {
    check(FuzzedSigningRequest.read(data));
  }

  static void check(FuzzedSigningRequest request) {
    SigningResult ours;
    try {
      ours = signWithOurs(request);
    } catch (IllegalArgumentException refusal) {
      checkOnlyWeRefuseIfDeliberate(request, refusal);
      return;
    }
    SdkHttpRequest unsigned;
    SdkHttpRequest aws;
    try {
      unsigned = AwsSdkSigning.unsigned(request);
      aws = signWithAws(request, unsigned);
    } catch (RuntimeException refusal) {
      if (DeliberateSignerDifference.whenOnlyAwsRefuses(request, refusal).isEmpty()) {
        throw new AssertionError(
            "Only the AWS SDK refused to sign: "
                + refusal
                + "\n"
                + describe(request)
                + "\nour canonical request:\n"
                + ours.canonicalRequest().value(),
            refusal);
      }
      return;
    }
    compare(request, ours, unsigned, aws);
  }

  private static void checkOnlyWeRefuseIfDeliberate(
      FuzzedSigningRequest request, IllegalArgumentException ourRefusal) {
    try {
      signWithAws(request, AwsSdkSigning.unsigned(request));
    } catch (RuntimeException awsRefusal) {
      return;
    }
    if (DeliberateSignerDifference.whenOnlyWeRefuse(request, ourRefusal).isEmpty()) {
      throw new AssertionError(
          "Only we refused to sign: " + ourRefusal + "\n" + describe(request), ourRefusal);
    }
  }

  private static void compare(
      FuzzedSigningRequest request,
      SigningResult ours,
      SdkHttpRequest unsigned,
      SdkHttpRequest aws) {
    if (agree(request, ours, aws)) {
      return;
    }
    Set<DeliberateSignerDifference> candidates =
        DeliberateSignerDifference.whenBothSignDifferently(request);
    if (!candidates.isEmpty()) {
      FuzzedSigningRequest without =
          request.withoutHeaders(DeliberateSignerDifference.headerNames(candidates));
      if (agree(request, ours, signWithAws(without, AwsSdkSigning.unsigned(without)))) {
        return;
      }
    }
    throw new AssertionError(
        "The signers disagree\n"
            + describe(request)
            + "\nours: "
            + ours.authorization()
            + "\nAWS:  "
            + aws.firstMatchingHeader("Authorization").orElse("(no Authorization header)")
            + "\nour canonical request:\n"
            + ours.canonicalRequest().value()
            + "\nAWS canonical request:\n"
            + AwsSdkSigning.canonicalRequest(unsigned, aws)
            + "\nAWS-added headers: "
            + addedHeaders(aws)
            + "\nour added headers: "
            + ours.headers());
  }

  /**
   * Whether the AWS SDK's signed request has our Authorization and every header we add with our
   * value, and the Host we sign. Headers only the request had are covered by the signature.
   */
  private static boolean agree(
      FuzzedSigningRequest request, SigningResult ours, SdkHttpRequest aws) {
    boolean same =
        aws.firstMatchingHeader("Authorization").equals(Optional.of(ours.authorization()));
    same &= aws.firstMatchingHeader("Host").equals(Optional.of(request.host));
    for (NameValue added : ours.headers()) {
      same &= aws.firstMatchingHeader(added.name()).equals(Optional.of(added.value()));
    }
    return same;
  }

  private static SigningResult signWithOurs(FuzzedSigningRequest request) {
    SignableRequest.Builder builder =
        SignableRequest.builder().method(request.method).host(request.host).path(request.path);
    request.query.forEach(
        parameter -> builder.addQueryParameter(parameter.name(), parameter.value()));
    request.headers.forEach(header -> builder.addHeader(header.name(), header.value()));
    builder.payload(request.body);
    Credentials credentials =
        request.withSessionToken
            ? Credentials.of(ACCESS_KEY_ID, SECRET_ACCESS_KEY, SESSION_TOKEN)
            : Credentials.of(ACCESS_KEY_ID, SECRET_ACCESS_KEY);
    return OUR_SIGNER.sign(builder.build(), credentials, SIGNING_TIME);
  }

  private static SdkHttpRequest signWithAws(FuzzedSigningRequest request, SdkHttpRequest unsigned) {
    return AwsSdkSigning.sign(
        unsigned,
        request.body,
        AwsSdkSigning.identity(
            ACCESS_KEY_ID, SECRET_ACCESS_KEY, request.withSessionToken ? SESSION_TOKEN : null),
        SIGNING_NAME,
        REGION,
        SIGNING_TIME);
  }

  private static String addedHeaders(SdkHttpRequest aws) {
    StringBuilder out = new StringBuilder();
    for (String name : AwsSdkSigning.ADDED_HEADERS) {
      aws.firstMatchingHeader(name)
          .ifPresent(value -> out.append(name).append('=').append(value).append(' '));
    }
    return out.toString();
  }

  /** The request with every character outside printable ASCII escaped; no credentials. */
  static String describe(FuzzedSigningRequest request) {
    StringBuilder out = new StringBuilder();
    out.append(request.method)
        .append(' ')
        .append(escape(request.host))
        .append(" path=\"")
        .append(escape(request.path))
        .append("\" sessionToken=")
        .append(request.withSessionToken)
        .append(" body=")
        .append(request.body.length)
        .append(" bytes");
    for (NameValue parameter : request.query) {
      out.append("\n  query \"")
          .append(escape(parameter.name()))
          .append("\" = \"")
          .append(escape(parameter.value()))
          .append('"');
    }
    for (NameValue header : request.headers) {
      out.append("\n  header \"")
          .append(escape(header.name()))
          .append("\": \"")
          .append(escape(header.value()))
          .append('"');
    }
    return out.toString();
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F && c != '\\' && c != '"') {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.toString();
  }
}
