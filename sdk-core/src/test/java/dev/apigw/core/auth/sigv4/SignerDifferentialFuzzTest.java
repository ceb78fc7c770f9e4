package dev.apigw.core.auth.sigv4;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Our signer against the AWS SDK's, through {@link SignerDifferentialFuzzTarget}. Without {@code
 * JAZZER_FUZZ} it runs over the committed corpus in {@code SignerDifferentialFuzzTestInputs/fuzz}
 * (seeds from AWS's SigV4 test suite and crafted hostile requests, written by {@link
 * SignerFuzzSeedWriter}, and every past finding); with {@code JAZZER_FUZZ=1} it fuzzes.
 */
class SignerDifferentialFuzzTest {
  @FuzzTest
  void fuzz(FuzzedDataProvider data) {
    SignerDifferentialFuzzTarget.fuzzerTestOneInput(data);
  }
}
