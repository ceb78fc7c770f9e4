package dev.apigw.client.internal;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.apigw.core.fuzz.FuzzContract;
import dev.apigw.core.http.NameValue;
import dev.apigw.core.http.SdkHttpResponse;
import dev.apigw.core.result.SdkResult;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Feeds every operation's generated result decoder any successful body: the first byte picks the
 * operation (its unsigned value modulo the {@link ResultDecoders} table, all 103 operations of the
 * model in name order), the rest is the body of a 200 answer with a request id.
 *
 * <p>The allowed outcomes are a result, decoded leniently (unknown members skipped, numbers and
 * booleans sent as strings accepted), whose every member can be read; or the decoder's documented
 * {@link IOException} with a message. The runtime turns that exception into an {@code
 * SdkClientException} whose message starts with the operation's name ({@code ResponseDecoding};
 * {@code ClientErrorsTest} checks it through the client), and it would wrap an unchecked exception
 * the same way: the target holds the decoder to the stricter contract, so that a {@code
 * NullPointerException}, {@code ClassCastException}, {@code ArithmeticException}, {@code
 * DateTimeException} or any other unchecked exception, an {@code Error}, or an input that takes
 * more than 10 s, is a finding. Memory: the fuzzing JVM has a 512 MB heap ({@code -Xmx512m}) and
 * libFuzzer stops at 2,048 MB of RSS ({@code -rss_limit_mb}); a decoder must stay within both for
 * bodies up to libFuzzer's input length (4 KB, or the longest seed).
 */
public final class ResultCodecsFuzzTarget {
  private static final List<NameValue> HEADERS =
      List.of(
          NameValue.of("x-amzn-RequestId", "fuzz-request"),
          NameValue.of("Content-Type", "application/json"));

  private ResultCodecsFuzzTarget() {}

  /** Called by Jazzer once, before the first input: the decoder table and every class it uses. */
  public static void fuzzerInitialize() throws Throwable {
    ResultDecoders.loadAll();
  }

  public static void fuzzerTestOneInput(FuzzedDataProvider data) {
    byte[] bytes = data.consumeRemainingAsBytes();
    if (bytes.length == 0) {
      return;
    }
    ResultDecoders.Decoder decoder =
        ResultDecoders.ALL.get(Byte.toUnsignedInt(bytes[0]) % ResultDecoders.ALL.size());
    SdkHttpResponse response =
        SdkHttpResponse.of(200, HEADERS, Arrays.copyOfRange(bytes, 1, bytes.length));
    Object result;
    try {
      result = decoder.decode(response);
    } catch (IOException e) {
      FuzzContract.requireMessage(e);
      return;
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new AssertionError(decoder + ": an undeclared checked exception", e);
    }
    if (result == null) {
      throw new AssertionError(decoder + ": the decoder returned null");
    }
    if (!((SdkResult) result).responseMetadata().requestId().orElse("").equals("fuzz-request")) {
      throw new AssertionError(decoder + ": the result lost the response's request id");
    }
    // Every member is read: toString and hashCode walk the whole result.
    result.toString();
    result.hashCode();
  }
}
