package dev.apigw.core.credentials.internal;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * {@link CredentialDocumentsFuzzTarget} in JUnit: each file of the committed corpus
 * (CredentialDocumentsFuzzTestInputs/fuzz in the test resources) is one test case in `mvn verify`;
 * with JAZZER_FUZZ=1 it fuzzes.
 */
class CredentialDocumentsFuzzTest {
  @FuzzTest
  void fuzz(FuzzedDataProvider data) {
    CredentialDocumentsFuzzTarget.fuzzerTestOneInput(data);
  }
}
