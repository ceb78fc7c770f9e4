package dev.apigw.testkit.internal.http;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.apigw.testkit.internal.JsonTree;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * Feeds the emulator's request handling ({@link EmulatorDispatcher}: the signature check, the
 * operation lookup, {@link InputReader}, the handlers, the OpenAPI import) any request, in process,
 * as MockWebServer would hand it over. The input is a request in text ({@link FuzzedRequest}): the
 * first byte is the variant, then {@code METHOD TARGET}, headers, a blank line and the body. The
 * emulator holds one resource of each kind ({@link FixtureEmulator}), put back before each input,
 * so that seeds reach every operation with ids that exist.
 *
 * <p>The contract ({@link AnswerContract}): every answer is a success of the operation's shape or a
 * 4xx error with {@code X-Amzn-ErrorType} and a JSON message, never a 5xx; no exception or error
 * leaves the dispatcher; and the emulator still answers {@code GetApis} afterwards.
 */
public final class EmulatorDispatcherFuzzTarget {
  private static final FixtureEmulator OPEN = FixtureEmulator.acceptingAnySignature();
  private static final FixtureEmulator SIGNED = FixtureEmulator.checkingSignatures();

  private EmulatorDispatcherFuzzTarget() {}

  public static void fuzzerTestOneInput(FuzzedDataProvider data) {
    FuzzedRequest fuzzed = FuzzedRequest.read(data.consumeRemainingAsBytes());
    if (fuzzed == null) {
      return;
    }
    FixtureEmulator emulator = emulatorFor(fuzzed);
    RecordedRequest request = request(fuzzed, emulator);
    if (request == null) {
      return;
    }
    emulator.restore();
    MockResponse answer = emulator.answer(request);
    AnswerContract.check(request.getMethod() + " " + request.getTarget(), answer);
    MockResponse apis = emulator.send("GET /v2/apis", "");
    if (apis.getCode() != 200) {
      throw new AssertionError(
          "GetApis failed after "
              + request.getRequestLine()
              + ": "
              + apis.getCode()
              + " "
              + new String(FixtureEmulator.bodyOf(apis), StandardCharsets.UTF_8));
    }
  }

  /** The emulator the request goes to: the one checking signatures when the request is signed. */
  static FixtureEmulator emulatorFor(FuzzedRequest fuzzed) {
    return fuzzed.signed() ? SIGNED : OPEN;
  }

  /**
   * The request as the emulator receives it, signed or with a well-formed Authorization as the
   * variant says; null when MockWebServer would not dispatch it.
   */
  static @Nullable RecordedRequest request(FuzzedRequest fuzzed, FixtureEmulator emulator) {
    byte[] body = fuzzed.body();
    if (fuzzed.openApiBody()) {
      body = JsonTree.toJson(Map.of("body", new String(body, StandardCharsets.UTF_8)));
    }
    Headers headers = WireRequests.headers(fuzzed.headerLines());
    if (!emulator.checksSignatures()
        && !fuzzed.noAuthorizationAdded()
        && headers.get("Authorization") == null) {
      headers = headers.newBuilder().add("Authorization", FixtureEmulator.ANY_SIGNATURE).build();
    }
    RecordedRequest request = WireRequests.of(fuzzed.requestLine(), headers, body);
    if (request == null || !emulator.checksSignatures()) {
      return request;
    }
    return WireRequests.of(fuzzed.requestLine(), emulator.sign(request), body);
  }
}
