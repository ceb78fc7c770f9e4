package dev.apigw.core.auth.sigv4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.http.NameValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of AWS's SigV4 test suite (at {@code ../shared/sigv4-testsuite}, nested folders
 * included) through {@link SigV4Signer} and checks the canonical request ({@code .creq}), the
 * string to sign ({@code .sts}) and the Authorization header ({@code .authz}). Skipped, saying why,
 * when the suite is absent.
 *
 * <p>Each {@code .req} is fed as the HTTP layer would feed it: its request-line path as the path,
 * its query decoded into pairs, all its headers (Host and X-Amz-Date included: the signer's own
 * values replace them) and its body. The suite signs plain SigV4, so the signer runs without the
 * {@code x-amz-content-sha256} header.
 */
class SigV4TestSuiteTest {
  private static final String SUITE = "sigv4-testsuite";
  private static final String ACCESS_KEY_ID = "AKIDEXAMPLE";
  private static final String SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  private static final Instant SIGNING_TIME = Instant.parse("2015-08-30T12:36:00Z");
  private static final SigV4Signer SIGNER =
      SigV4Signer.create("service", "us-east-1").withContentSha256Header(false);
  private static final String SECURITY_TOKEN = "X-Amz-Security-Token";
  private static final Pattern TOKEN_LINE =
      Pattern.compile("^[A-Za-z0-9+/=]{40,}$", Pattern.MULTILINE);

  @TestFactory
  Stream<DynamicNode> everyCaseOfTheSuite() throws IOException {
    Path suite = locateSuite();
    List<Path> cases = findCases(suite);
    long requestFiles;
    try (Stream<Path> files = Files.walk(suite)) {
      requestFiles = files.filter(file -> file.getFileName().toString().endsWith(".req")).count();
    }
    assertThat(cases).as("test cases under %s", suite).isNotEmpty().hasSize((int) requestFiles);

    return cases.stream().map(dir -> caseTests(suite, dir));
  }

  private static DynamicNode caseTests(Path suite, Path dir) {
    String name = suite.relativize(dir).toString().replace('\\', '/');
    SuiteCase suiteCase = SuiteCase.read(dir);

    SigningResult result =
        SIGNER.sign(suiteCase.signableRequest(), suiteCase.credentials(), SIGNING_TIME);

    return dynamicContainer(
        name,
        Stream.of(
            dynamicTest(
                "canonical request",
                () ->
                    assertThat(result.canonicalRequest().value())
                        .isEqualTo(suiteCase.expected("creq"))),
            dynamicTest(
                "string to sign",
                () -> assertThat(result.stringToSign()).isEqualTo(suiteCase.expected("sts"))),
            dynamicTest(
                "authorization header",
                () -> assertThat(result.authorization()).isEqualTo(suiteCase.expected("authz"))),
            dynamicTest(
                "session token sent as in the signed request",
                () ->
                    assertThat(
                            withTokenAppendedIfUnsigned(result, suiteCase).header(SECURITY_TOKEN))
                        .isEqualTo(suiteCase.signedRequest.header(SECURITY_TOKEN)))));
  }

  /**
   * For a case whose token is appended after signing, the request as sent carries it even though it
   * is unsigned.
   */
  private static SigningResult withTokenAppendedIfUnsigned(
      SigningResult result, SuiteCase suiteCase) {
    if (suiteCase.sessionToken.isEmpty() || suiteCase.tokenIsSigned) {
      return result;
    }
    List<NameValue> headers = new ArrayList<>(result.headers());
    headers.add(NameValue.of(SECURITY_TOKEN, suiteCase.sessionToken.get()));
    return new SigningResult(
        headers,
        result.amzDate(),
        result.credentialScope(),
        result.canonicalRequest(),
        result.stringToSign(),
        result.signature(),
        result.authorization());
  }

  private static Path locateSuite() {
    List<Path> candidates = new ArrayList<>();
    String shared = System.getProperty("apigw.shared.dir");
    if (shared != null && !shared.isBlank()) {
      candidates.add(Paths.get(shared, SUITE));
    }
    candidates.add(Paths.get("..", "shared", SUITE));
    candidates.add(Paths.get("..", "..", "shared", SUITE));
    for (Path candidate : candidates) {
      if (Files.isDirectory(candidate)) {
        return candidate.toAbsolutePath().normalize();
      }
    }
    Assumptions.assumeTrue(
        false,
        "The SigV4 test suite is absent (looked in "
            + candidates
            + "); the SigV4 test suite tests need ../shared/sigv4-testsuite");
    throw new AssertionError("unreachable");
  }

  /** Every folder holding a {@code <folder name>.req}, at any depth, in path order. */
  private static List<Path> findCases(Path suite) throws IOException {
    try (Stream<Path> dirs = Files.walk(suite)) {
      return dirs.filter(Files::isDirectory)
          .filter(dir -> Files.isRegularFile(dir.resolve(dir.getFileName() + ".req")))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /** One folder of the suite, with the signer inputs derived from it. */
  private static final class SuiteCase {
    final Path dir;
    final RawHttpRequest request;
    final RawHttpRequest signedRequest;
    final Optional<String> sessionToken;
    final boolean tokenIsSigned;

    private SuiteCase(
        Path dir,
        RawHttpRequest request,
        RawHttpRequest signedRequest,
        Optional<String> sessionToken,
        boolean tokenIsSigned) {
      this.dir = dir;
      this.request = request;
      this.signedRequest = signedRequest;
      this.sessionToken = sessionToken;
      this.tokenIsSigned = tokenIsSigned;
    }

    /**
     * The session token of a case is the one its folder group's readme.txt gives (post-sts-token/*)
     * or else the one its signed request carries (get-vanilla-with-session-token). The suite shows
     * two ways to send it: as a signed header, or appended after signing (readme:
     * post-sts-header-after). Which one a case uses is stated by the case itself, in the signed
     * headers of its expected canonical request; a token appended afterwards means signing with
     * credentials that have no token.
     */
    static SuiteCase read(Path dir) {
      RawHttpRequest request = RawHttpRequest.parse(read(dir, "req"));
      RawHttpRequest signedRequest = RawHttpRequest.parse(read(dir, "sreq"));
      Optional<String> token = readmeToken(dir.getParent());
      if (token.isEmpty()) {
        token = signedRequest.header(SECURITY_TOKEN).map(String::trim);
      }
      String creq = read(dir, "creq");
      String[] creqLines = creq.split("\n", -1);
      String expectedSignedHeaders = creqLines[creqLines.length - 2];
      boolean signed = List.of(expectedSignedHeaders.split(";")).contains("x-amz-security-token");
      return new SuiteCase(dir, request, signedRequest, token, signed);
    }

    Credentials credentials() {
      return Credentials.of(
          ACCESS_KEY_ID, SECRET_ACCESS_KEY, tokenIsSigned ? sessionToken.orElse(null) : null);
    }

    SignableRequest signableRequest() {
      String host =
          request
              .header("Host")
              .orElseThrow(
                  () -> new IllegalStateException(dir + ": the request has no Host header"))
              .trim();
      return SignableRequest.builder()
          .method(request.method)
          .host(host)
          .path(request.path)
          .queryParameters(request.decodedQuery())
          .headers(request.headers)
          .payload(request.body)
          .build();
    }

    String expected(String extension) {
      return read(dir, extension);
    }

    private static Optional<String> readmeToken(Path groupDir) {
      Path readme = groupDir.resolve("readme.txt");
      if (!Files.isRegularFile(readme)) {
        return Optional.empty();
      }
      Matcher matcher = TOKEN_LINE.matcher(readText(readme));
      return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    }

    private static String read(Path dir, String extension) {
      return readText(dir.resolve(dir.getFileName() + "." + extension));
    }

    private static String readText(Path file) {
      try {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\r\n", "\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
