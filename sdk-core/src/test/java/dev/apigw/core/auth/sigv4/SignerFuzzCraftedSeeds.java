package dev.apigw.core.auth.sigv4;

import dev.apigw.core.auth.sigv4.SignerFuzzSeedWriter.Seed;
import dev.apigw.core.http.NameValue;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The crafted seeds of the signer differential: one request for each kind of hostile input the fuzz
 * is about, so that fuzzing starts from all of them.
 */
final class SignerFuzzCraftedSeeds {
  private static final String API_GATEWAY = FuzzedSigningRequest.HOSTS.get(0);
  private static final String LOCALHOST = FuzzedSigningRequest.HOSTS.get(1);
  private static final byte[] NO_BODY = new byte[0];

  private SignerFuzzCraftedSeeds() {}

  static List<Seed> all() {
    byte[] largeBody = new byte[1_000_000];
    Arrays.fill(largeBody, (byte) 'x');
    byte[] json =
        "{\"name\":\"my-api\",\"protocolType\":\"HTTP\"}".getBytes(StandardCharsets.UTF_8);
    return List.of(
        seed("crafted-get-apis", "GET", "/v2/apis", List.of(), List.of(), NO_BODY),
        new Seed(
            "crafted-create-api-with-session-token",
            "POST",
            API_GATEWAY,
            true,
            "/v2/apis",
            List.of(),
            List.of(NameValue.of("Content-Type", "application/json")),
            json),
        seed(
            "crafted-path-already-encoded-twice",
            "GET",
            "/v2/tags/arn%253Aaws%253Aapigateway%2Fapis%2F%252525",
            List.of(),
            List.of(),
            NO_BODY),
        seed(
            "crafted-path-dots-and-empty-segments",
            "DELETE",
            "/v2//apis/./a/../b/%2E%2E/..//",
            List.of(),
            List.of(),
            NO_BODY),
        seed(
            "crafted-path-reserved-characters",
            "PATCH",
            "/v2/apis/a:b@c!$&'()*+,;=/~-._",
            List.of(),
            List.of(),
            NO_BODY),
        seed(
            "crafted-path-raw-unicode",
            "GET",
            "/v2/apis/\u00e9\u4e2d\ud83d\ude00/%C3%A9",
            List.of(),
            List.of(),
            NO_BODY),
        seed(
            "crafted-path-lone-surrogate",
            "GET",
            "/v2/apis/a\ud800b",
            List.of(),
            List.of(),
            NO_BODY),
        seed(
            "crafted-path-with-query-mark",
            "GET",
            "/v2/apis?maxResults=1",
            List.of(),
            List.of(),
            NO_BODY),
        seed("crafted-path-with-raw-space", "GET", "/v2/my apis", List.of(), List.of(), NO_BODY),
        seed("crafted-empty-path", "GET", "", List.of(), List.of(), NO_BODY),
        seed(
            "crafted-query-repeated-and-empty",
            "GET",
            "/v2/tags/x",
            List.of(
                NameValue.of("tagKeys", "b"),
                NameValue.of("tagKeys", "a"),
                NameValue.of("tagKeys", ""),
                NameValue.of("", "orphan"),
                NameValue.of("", ""),
                NameValue.of("empty", "")),
            List.of(),
            NO_BODY),
        seed(
            "crafted-query-reserved-and-unicode",
            "GET",
            "/v2/apis",
            List.of(
                NameValue.of("a b+c", "x=y&z"),
                NameValue.of("~*", "%20%"),
                NameValue.of("\u00e9", "\ud83d\ude00"),
                NameValue.of("Z", "\ud800")),
            List.of(),
            NO_BODY),
        seed(
            "crafted-headers-whitespace-runs",
            "PUT",
            "/v2/apis/abc",
            List.of(),
            List.of(
                NameValue.of("X-Custom", "  a   b\t\tc  "),
                NameValue.of("x-custom", "\r\n folded\r\n\tvalue "),
                NameValue.of("X-Empty", ""),
                NameValue.of("X-Blank", " \t "),
                NameValue.of("X-Vertical-Tab", "a\u000bb\fc"),
                NameValue.of("X-Nbsp", "a\u00a0\u00a0b")),
            NO_BODY),
        seed(
            "crafted-headers-the-signer-sets-or-skips",
            "POST",
            "/v2/apis",
            List.of(),
            List.of(
                NameValue.of("Host", "evil.example"),
                NameValue.of("X-Amz-Date", "19700101T000000Z"),
                NameValue.of("x-amz-content-sha256", "UNSIGNED-PAYLOAD"),
                NameValue.of("X-Amz-Security-Token", "stale"),
                NameValue.of("User-Agent", "fuzz"),
                NameValue.of("Connection", "keep-alive"),
                NameValue.of("Expect", "100-continue"),
                NameValue.of("X-Amzn-Trace-Id", "Root=1")),
            json),
        seed(
            "crafted-header-authorization-in-request",
            "GET",
            "/v2/apis",
            List.of(),
            List.of(NameValue.of("Authorization", "Bearer stale")),
            NO_BODY),
        seed(
            "crafted-header-name-with-space",
            "GET",
            "/v2/apis",
            List.of(),
            List.of(NameValue.of("X Bad", "v")),
            NO_BODY),
        seed(
            "crafted-header-value-unicode-and-nul",
            "GET",
            "/v2/apis",
            List.of(),
            List.of(NameValue.of("X-Custom", "\u00e9\u0000\u2003z")),
            NO_BODY),
        // Finding 1 (a fault of the harness, not of a signer): an empty X-Amz-Security-Token of
        // the request's own, without a session token; the AWS SDK reports no such header.
        seed(
            "finding-empty-security-token-header-of-the-request",
            "GET",
            "/v2/\u0400",
            List.of(NameValue.of("", "v")),
            List.of(NameValue.of("X-Amz-Security-Token", "")),
            NO_BODY),
        new Seed(
            "crafted-large-body",
            "PUT",
            LOCALHOST,
            false,
            "/v2/apis/abc",
            List.of(),
            List.of(NameValue.of("Content-Type", "application/octet-stream")),
            largeBody));
  }

  private static Seed seed(
      String name,
      String method,
      String path,
      List<NameValue> query,
      List<NameValue> headers,
      byte[] body) {
    return new Seed(name, method, API_GATEWAY, false, path, query, headers, body);
  }
}
