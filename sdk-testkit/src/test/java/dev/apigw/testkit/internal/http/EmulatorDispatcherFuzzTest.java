package dev.apigw.testkit.internal.http;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * {@link EmulatorDispatcherFuzzTarget} in JUnit: each file of the committed corpus
 * (EmulatorDispatcherFuzzTestInputs/fuzz in the test resources) is one test case in `mvn verify`;
 * with JAZZER_FUZZ=1 it fuzzes.
 */
class EmulatorDispatcherFuzzTest {
  @FuzzTest
  void fuzz(FuzzedDataProvider data) {
    EmulatorDispatcherFuzzTarget.fuzzerTestOneInput(data);
  }
}
