package dev.apigw.core.internal.profile;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.fuzz.FuzzContract;
import java.nio.charset.StandardCharsets;

/**
 * Feeds the profile file parser any text: the first byte picks the file (even: config, odd:
 * credentials), the rest is the file as UTF-8. The only allowed outcomes are a {@link ProfileFile}
 * whose profiles can be read, or a {@link SdkClientException} with a message.
 */
public final class ProfileFileFuzzTarget {
  private ProfileFileFuzzTarget() {}

  public static void fuzzerTestOneInput(FuzzedDataProvider data) {
    byte[] bytes = data.consumeRemainingAsBytes();
    if (bytes.length == 0) {
      return;
    }
    String text = new String(bytes, 1, bytes.length - 1, StandardCharsets.UTF_8);
    boolean credentialsFile = (bytes[0] & 1) == 1;
    ProfileFile file;
    try {
      file = credentialsFile ? ProfileFile.parse("", text) : ProfileFile.parse(text, "");
    } catch (SdkClientException e) {
      FuzzContract.requireMessage(e);
      return;
    }
    file.profiles().values().forEach(profile -> profile.property("region"));
    file.ssoSessions().values().forEach(Profile::properties);
    file.services().values().forEach(Profile::properties);
    file.toString();
  }
}
