package dev.apigw.testkit.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.testkit.internal.ModelIndex;
import dev.apigw.testkit.internal.OperationBinding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed seeds of {@link EmulatorDispatcherFuzzTarget} hold one valid request for every
 * operation of the model, named for it in kebab case, which the emulator answers with the
 * operation's success: the fuzzer starts from every operation, and seeds whose ids no longer match
 * the fixture show up here rather than as 404s nobody reads.
 */
class EmulatorDispatcherSeedsTest {
  private static final Path CORPUS =
      Paths.get(
          "src/test/resources/dev/apigw/testkit/internal/http",
          "EmulatorDispatcherFuzzTestInputs/fuzz");

  static Stream<OperationBinding> operations() {
    return ModelIndex.shared().operations().values().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void everyOperationHasASeedTheEmulatorAccepts(OperationBinding operation) throws IOException {
    Path seed = CORPUS.resolve(kebabCase(operation.name()));
    FuzzedRequest fuzzed = FuzzedRequest.read(Files.readAllBytes(seed));
    FixtureEmulator emulator = EmulatorDispatcherFuzzTarget.emulatorFor(fuzzed);
    RecordedRequest request = EmulatorDispatcherFuzzTarget.request(fuzzed, emulator);

    emulator.restore();
    MockResponse answer = emulator.answer(request);

    assertThat(request.getMethod()).isEqualTo(operation.method());
    // The fixture's portal is not published: disabling it is the service's 409.
    int expected = operation.name().equals("DisablePortal") ? 409 : operation.successStatus();
    assertThat(answer.getCode())
        .as(new String(FixtureEmulator.bodyOf(answer), StandardCharsets.UTF_8))
        .isEqualTo(expected);
  }

  private static String kebabCase(String name) {
    return name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }
}
