package dev.apigw.core.credentials.internal;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.fuzz.FuzzContract;
import dev.apigw.core.http.SdkHttpResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Feeds the credentials chain's document readers any body. The first byte picks the document (its
 * value modulo 6): an STS answer (XML), an SSO GetRoleCredentials answer, an SSO token cache file,
 * a container or instance metadata answer, or a credential process's output; the rest is the
 * document. The allowed outcomes are credentials, or each reader's documented error with a message:
 * {@link IOException} from the STS and SSO answers (the client turns it into its exception), {@link
 * SdkClientException} from the others.
 */
public final class CredentialDocumentsFuzzTarget {
  private static final Path TOKEN_CACHE = tokenCache();

  private CredentialDocumentsFuzzTarget() {}

  public static void fuzzerTestOneInput(FuzzedDataProvider data) {
    byte[] bytes = data.consumeRemainingAsBytes();
    if (bytes.length == 0) {
      return;
    }
    byte[] document = Arrays.copyOfRange(bytes, 1, bytes.length);
    String text = new String(document, StandardCharsets.UTF_8);
    try {
      switch (Math.floorMod(bytes[0], 6)) {
        case 0:
          StsClient.credentials("AssumeRole", SdkHttpResponse.of(200, List.of(), document));
          break;
        case 1:
          SsoClient.credentials(SdkHttpResponse.of(200, List.of(), document));
          break;
        case 2:
          Files.write(TOKEN_CACHE, document);
          SsoToken.read(TOKEN_CACHE, " (run aws sso login)").refreshableAt(Instant.now());
          break;
        case 3:
          MetadataCredentials.parse(text, "the container credentials endpoint");
          MetadataCredentials.errorMessage(text);
          break;
        case 4:
          MetadataCredentials.parse(text, "the instance metadata service");
          break;
        default:
          CredentialProcess.parse(text, "credential_process");
      }
    } catch (IOException | SdkClientException e) {
      FuzzContract.requireMessage(e);
    }
  }

  private static Path tokenCache() {
    try {
      Path file = Files.createTempFile("fuzz-sso-token", ".json");
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
