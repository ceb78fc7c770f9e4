package dev.apigw.client.internal;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * {@link ErrorResponsesFuzzTarget} in JUnit: each file of the committed corpus
 * (ErrorResponsesFuzzTestInputs/fuzz in the test resources) is one test case in `mvn verify`; with
 * JAZZER_FUZZ=1 it fuzzes.
 */
class ErrorResponsesFuzzTest {
  @FuzzTest
  void fuzz(FuzzedDataProvider data) {
    ErrorResponsesFuzzTarget.fuzzerTestOneInput(data);
  }
}
