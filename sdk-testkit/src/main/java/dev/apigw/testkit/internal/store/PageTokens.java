package dev.apigw.testkit.internal.store;

import dev.apigw.testkit.internal.ApiError;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque pagination tokens: the offset of the next page and the collection it belongs to, with a
 * MAC so that a token the emulator did not make (or made for another collection) is refused.
 */
final class PageTokens {
  private final SecretKeySpec key;

  PageTokens(long seed) {
    this.key =
        new SecretKeySpec(("apigw-testkit-" + seed).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  String token(String collection, int offset) {
    String payload = offset + ":" + collection;
    return Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
        + "."
        + mac(payload);
  }

  /**
   * The offset a token stands for; a token that is not one of ours for this collection is a 400.
   */
  int offset(String collection, String token) {
    int dot = token.indexOf('.');
    if (dot > 0) {
      try {
        String payload =
            new String(
                Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
        int colon = payload.indexOf(':');
        if (colon > 0
            && payload.substring(colon + 1).equals(collection)
            && mac(payload).equals(token.substring(dot + 1))) {
          return Integer.parseInt(payload.substring(0, colon));
        }
      } catch (IllegalArgumentException e) {
        // falls through to the error below
      }
    }
    throw ApiError.badRequest("The nextToken is not valid for this request");
  }

  private String mac(String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] sum = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(sum).substring(0, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
