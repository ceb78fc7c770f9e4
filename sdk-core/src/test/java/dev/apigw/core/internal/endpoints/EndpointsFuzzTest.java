package dev.apigw.core.internal.endpoints;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * {@link EndpointsFuzzTarget} in JUnit: each file of the committed corpus
 * (EndpointsFuzzTestInputs/fuzz in the test resources) is one test case in `mvn verify`; with
 * JAZZER_FUZZ=1 it fuzzes.
 */
class EndpointsFuzzTest {
  @FuzzTest
  void fuzz(FuzzedDataProvider data) {
    EndpointsFuzzTarget.fuzzerTestOneInput(data);
  }
}
