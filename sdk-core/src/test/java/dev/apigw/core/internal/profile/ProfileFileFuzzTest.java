package dev.apigw.core.internal.profile;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * {@link ProfileFileFuzzTarget} in JUnit: each file of the committed corpus
 * (ProfileFileFuzzTestInputs/fuzz in the test resources) is one test case in `mvn verify`; with
 * JAZZER_FUZZ=1 it fuzzes.
 */
class ProfileFileFuzzTest {
  @FuzzTest
  void fuzz(FuzzedDataProvider data) {
    ProfileFileFuzzTarget.fuzzerTestOneInput(data);
  }
}
