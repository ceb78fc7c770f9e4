package dev.apigw.testkit.internal;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.time.Duration;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * What the emulator accepts of one request, each limit with the fact it comes from. Beyond them a
 * request is refused with the service's kind of error, never a 500, and the emulator serves on.
 */
public final class RequestLimits {
  /**
   * 6 MiB, the largest OpenAPI document (ImportApi, ReimportApi): AWS's API reference documents no
   * size for HTTP APIs' documents, but documents 6 MB as the largest API definition file API
   * Gateway imports (ImportRestApi), the one size it states for an API definition. It is also the
   * longest string of a body ({@link #MAX_STRING_LENGTH}), since the document is one.
   */
  public static final int MAX_OPENAPI_DOCUMENT_BYTES = 6 * 1024 * 1024;

  /**
   * 12 MiB, the largest body: twice the largest OpenAPI document, which is sent as a JSON string,
   * where each of its quotes, backslashes, line breaks and tabs takes two bytes (clients, ours and
   * the AWS SDKs, send other characters as they are). A larger body is answered 413 {@value
   * #BODY_TOO_LARGE_TYPE}: once its head declares it (Content-Length), or once more than this and
   * {@link #MAX_HEAD_BYTES} have come (a chunked body), before the rest is read; never more than
   * this is held.
   */
  public static final int MAX_BODY_BYTES = 2 * MAX_OPENAPI_DOCUMENT_BYTES;

  /**
   * 64 KiB for the request line and headers together, our choice: a signed request of this API
   * sends well under 2 KiB of them.
   */
  public static final int MAX_HEAD_BYTES = 64 * 1024;

  /**
   * The error type of a body over {@link #MAX_BODY_BYTES}: our wording, as the service documents
   * none for it (AWS names its 413 in Lambda's API RequestTooLargeException).
   */
  public static final String BODY_TOO_LARGE_TYPE = "RequestTooLargeException";

  /**
   * 100 levels of objects and arrays in a JSON or YAML body, our choice: the service documents no
   * depth; a request of the model nests at most five levels, and an OpenAPI document's schemas a
   * few dozen. Deeper is a 400 BadRequestException.
   */
  public static final int MAX_NESTING_DEPTH = 100;

  /**
   * The longest string in a body, in characters: the largest OpenAPI document's size, as the
   * longest string any request carries is such a document. Longer is a 400 BadRequestException.
   */
  public static final int MAX_STRING_LENGTH = MAX_OPENAPI_DOCUMENT_BYTES;

  /**
   * 100 characters of a number, our choice: the model's numbers are integers (at most 19 digits)
   * and doubles (at most 17 significant digits). Longer is a 400 BadRequestException.
   */
  public static final int MAX_NUMBER_LENGTH = 100;

  /**
   * 30 seconds, by default, for a request to come whole from its first byte: a client that sends
   * slower (a byte a second) is cut off then, so that it holds a server thread no longer. Our
   * choice: the largest body comes over loopback in well under a second.
   */
  public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  /**
   * 2 minutes, by default, for a connection to stay open with no request coming, after its opening
   * or an answer: a client that sends nothing is cut off then. Our choice: longer than the 60
   * seconds our client and the AWS SDK for Java keep an idle connection, so that a client does not
   * meet a connection the emulator closed under it.
   */
  public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(2);

  private RequestLimits() {}

  /** The limits of the JSON (and YAML) parsers of request bodies. */
  public static StreamReadConstraints streamReadConstraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxDocumentLength(MAX_BODY_BYTES)
        .build();
  }

  /** The same limits for SnakeYAML, which reads YAML documents before Jackson sees them. */
  public static LoaderOptions yamlLoaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_OPENAPI_DOCUMENT_BYTES);
    options.setNestingDepthLimit(MAX_NESTING_DEPTH);
    return options;
  }
}
