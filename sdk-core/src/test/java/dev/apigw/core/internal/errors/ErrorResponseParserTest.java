package dev.apigw.core.internal.errors;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.core.exception.ErrorDetails;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.http.ErrorFactory;
import dev.apigw.core.http.NameValue;
import dev.apigw.core.http.SdkHttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorResponseParserTest {
  private final RecordingFactory factory = new RecordingFactory();

  @Test
  void takesTheCodeFromTheHeaderAlone() {
    ServiceException thrown = parse(404, "", "X-Amzn-ErrorType", "NotFoundException");

    assertThat(thrown).isInstanceOf(TypedException.class);
    assertThat(factory.details.errorCode()).isEqualTo("NotFoundException");
    assertThat(factory.details.errorMessage()).isNull();
    assertThat(factory.details.statusCode()).isEqualTo(404);
    assertThat(factory.fields.apply("message")).isNull();
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "aws.protocoltests#NotFoundException:http://internal.amazon.com/ | NotFoundException",
        "NotFoundException:http://internal.amazon.com/coral/com.amazon.coral.validate/ | NotFoundException",
        "com.amazonaws.apigateway#ConflictException                     | ConflictException",
        "ConflictException,BadRequestException                          | ConflictException",
        "aws.x#TooManyRequestsException:http://a/b,aws.x#Other:http://c | TooManyRequestsException",
        "'  BadRequestException  '                                      | BadRequestException",
      })
  void cleansTheHeaderCode(String header, String expected) {
    parse(400, "{}", "X-Amzn-ErrorType", header);

    assertThat(factory.details.errorCode()).isEqualTo(expected);
  }

  @Test
  void theHeaderCodeWinsOverTheBody() {
    parse(
        409, "{\"code\":\"BodyCode\",\"message\":\"m\"}", "X-Amzn-ErrorType", "ConflictException");

    assertThat(factory.details.errorCode()).isEqualTo("ConflictException");
    assertThat(factory.details.errorMessage()).isEqualTo("m");
  }

  @Test
  void aBlankHeaderFallsBackToTheBody() {
    parse(400, "{\"code\":\"BadRequestException\"}", "X-Amzn-ErrorType", " ");

    assertThat(factory.details.errorCode()).isEqualTo("BadRequestException");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"code\":\"NotFoundException\"}                                    | NotFoundException",
        "{\"__type\":\"com.amazonaws.apigateway#BadRequestException\"}      | BadRequestException",
        "{\"__type\":\"aws.x#AccessDeniedException:http://internal/\"}      | AccessDeniedException",
        "{\"Code\":\"ConflictException\"}                                    | ConflictException",
        "{\"Code\":\"Third\",\"__type\":\"Second\",\"code\":\"First\"}      | First",
        "{\"Code\":\"Third\",\"__type\":\"Second\"}                          | Second",
        "{\"code\":\"\",\"__type\":\"NotBlank\"}                             | NotBlank",
      })
  void takesTheCodeFromTheBodyAlone(String body, String expected) {
    parse(400, body);

    assertThat(factory.details.errorCode()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"code\":\"X\",\"message\":\"lower\"}                              | lower",
        "{\"code\":\"X\",\"Message\":\"upper\"}                              | upper",
        "{\"code\":\"X\",\"errorMessage\":\"err\"}                           | err",
        "{\"code\":\"X\",\"errorMessage\":\"3\",\"Message\":\"2\",\"message\":\"1\"} | 1",
      })
  void takesTheMessageFromTheBody(String body, String expected) {
    parse(400, body);

    assertThat(factory.details.errorMessage()).isEqualTo(expected);
  }

  @Test
  void takesTheMessageFromTheHeaderWhenTheBodyHasNone() {
    parse(400, "", "X-Amzn-ErrorType", "BadRequestException", "X-Amzn-ErrorMessage", "from header");

    assertThat(factory.details.errorMessage()).isEqualTo("from header");
  }

  @Test
  void understandsTheErrorEnvelope() {
    parse(
        404,
        "{\"success\": false, \"error\": {\"code\": \"NotFoundException\", \"message\": \"Invalid stage\","
            + " \"resourceType\": \"Stage\", \"nested\": {\"deep\": 1}}}");

    assertThat(factory.details.errorCode()).isEqualTo("NotFoundException");
    assertThat(factory.details.errorMessage()).isEqualTo("Invalid stage");
    assertThat(factory.fields.apply("resourceType")).isEqualTo("Stage");
    assertThat(factory.fields.apply("success")).isEqualTo("false");
    assertThat(factory.fields.apply("deep")).isNull();
  }

  @Test
  void fieldsAreTheTopLevelScalarsOfTheBody() {
    parse(
        429,
        "{\"message\":\"Too many\",\"limitType\":\"ROUTES\",\"retryAfter\":3,\"nothing\":null,"
            + "\"details\":{\"limitType\":\"nested\"},\"list\":[\"a\"]}",
        "X-Amzn-ErrorType",
        "TooManyRequestsException");

    assertThat(factory.fields.apply("limitType")).isEqualTo("ROUTES");
    assertThat(factory.fields.apply("retryAfter")).isEqualTo("3");
    assertThat(factory.fields.apply("message")).isEqualTo("Too many");
    assertThat(factory.fields.apply("nothing")).isNull();
    assertThat(factory.fields.apply("details")).isNull();
    assertThat(factory.fields.apply("list")).isNull();
    assertThat(factory.fields.apply("absent")).isNull();
    assertThat(factory.fields.apply(null)).isNull();
  }

  @Test
  void anHtmlPageWithoutCodeIsABaseServiceException() {
    String html =
        "<html><head><title>502 Bad Gateway</title></head><body>Bad Gateway</body></html>";

    ServiceException thrown = parse(502, html);

    assertThat(thrown.getClass()).isEqualTo(ServiceException.class);
    assertThat(factory.calls).isZero();
    assertThat(thrown.statusCode()).isEqualTo(502);
    assertThat(thrown.errorCode()).isEmpty();
    assertThat(thrown.errorMessage()).isEmpty();
    assertThat(thrown.rawBodyExcerpt()).isEqualTo(html);
    assertThat(thrown).hasMessageContaining("502").hasMessageContaining("Bad Gateway");
  }

  @Test
  void anHtmlPageWithAHeaderCodeGoesThroughTheFactoryWithNoFields() {
    ServiceException thrown =
        parse(503, "<html>Service Unavailable</html>", "X-Amzn-ErrorType", "ServiceUnavailable");

    assertThat(thrown).isInstanceOf(TypedException.class);
    assertThat(factory.details.errorCode()).isEqualTo("ServiceUnavailable");
    assertThat(factory.details.rawBodyExcerpt()).isEqualTo("<html>Service Unavailable</html>");
    assertThat(factory.fields.apply("message")).isNull();
  }

  @Test
  void anEmpty500IsABaseServiceException() {
    ServiceException thrown = parse(500, "");

    assertThat(thrown.getClass()).isEqualTo(ServiceException.class);
    assertThat(thrown.statusCode()).isEqualTo(500);
    assertThat(thrown.rawBodyExcerpt()).isEmpty();
    assertThat(factory.calls).isZero();
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "null",
        "[]",
        "[{\"code\":\"X\"}]",
        "\"NotFoundException\"",
        "42",
        "true",
        "{",
        "{\"code\"",
        "{\"code\":",
        "{\"code\":\"NotFoundException\",\"message\":\"no su",
        "{\"code\":\"NotFoundException\"} trailing",
        "{\"code\":\"X\"}{\"code\":\"Y\"}",
        "{code: 'X'}",
        "   ",
        "plain text error",
        "\u0000\u0001"
      })
  void aBodyThatIsNotOneJsonObjectIsABaseServiceExceptionWithTheRawText(String body) {
    ServiceException thrown = parse(500, body);

    assertThat(thrown.getClass()).isEqualTo(ServiceException.class);
    assertThat(thrown.errorCode()).isEmpty();
    assertThat(thrown.rawBodyExcerpt()).isEqualTo(body);
    assertThat(factory.calls).isZero();
  }

  @Test
  void aVeryDeeplyNestedBodyIsABaseServiceException() {
    String deep = "{\"code\":\"X\",\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}";

    ServiceException thrown = parse(400, deep);

    assertThat(thrown.getClass()).isEqualTo(ServiceException.class);
    assertThat(thrown.rawBodyExcerpt()).hasSize(ErrorDetails.MAX_EXCERPT_CHARS + 1);
  }

  @Test
  void invalidUtf8DoesNotBreakParsing() {
    byte[] body = {'{', '"', 'c', 'o', 'd', 'e', '"', ':', '"', (byte) 0xC3, '"', '}'};
    ServiceException thrown =
        ErrorResponseParser.toException(SdkHttpResponse.of(400, List.of(), body), factory);

    // Not decodable as JSON, so there is no code: the base exception, with the raw text.
    assertThat(thrown.getClass()).isEqualTo(ServiceException.class);
    assertThat(thrown.errorCode()).isEmpty();
    assertThat(thrown.rawBodyExcerpt()).startsWith("{\"code\":\"");
    assertThat(factory.calls).isZero();
  }

  @Test
  void takesTheRequestIdFromEitherHeader() {
    assertThat(
            parse(404, "{}", "x-amzn-RequestId", "r-1", "X-Amzn-ErrorType", "NotFoundException")
                .requestId())
        .contains("r-1");
    assertThat(parse(500, "", "x-amz-request-id", "r-2").requestId()).contains("r-2");
    assertThat(parse(500, "", "X-Amzn-RequestId", "r-3", "x-amz-request-id", "r-4").requestId())
        .contains("r-3");
    assertThat(parse(500, "").requestId()).isEmpty();
  }

  @Test
  void takesTheServerTimeFromTheDateHeaderForTheFactoryAndTheBaseException() {
    ServiceException typed =
        parse(
            403,
            "{}",
            "X-Amzn-ErrorType",
            "InvalidSignatureException",
            "date",
            "Mon, 01 Jun 2026 13:00:05 GMT");
    ServiceException base = parse(502, "<html></html>", "Date", "Mon, 1 Jun 2026 13:00:05 GMT");

    Instant expected = Instant.parse("2026-06-01T13:00:05Z");
    assertThat(factory.details.serverTime()).isEqualTo(expected);
    assertThat(typed.details().serverTime()).isEqualTo(expected);
    assertThat(base.details().serverTime()).isEqualTo(expected);
    assertThat(base.getMessage()).doesNotContain("2026");
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "",
        "yesterday",
        "2026-06-01T13:00:05Z",
        "Tue, 01 Jun 2026 13:00:05 GMT",
        "Mon, 01 Jun 2026 25:00:05 GMT"
      })
  void aDateThatIsNotAnHttpDateGivesNoServerTime(String date) {
    parse(403, "{}", "X-Amzn-ErrorType", "InvalidSignatureException", "Date", date);

    assertThat(factory.details.serverTime()).isNull();
  }

  @Test
  void noDateHeaderGivesNoServerTime() {
    parse(403, "{}", "X-Amzn-ErrorType", "InvalidSignatureException");

    assertThat(factory.details.serverTime()).isNull();
  }

  @Test
  void aFactoryReturningNullGivesTheBaseException() {
    ErrorFactory returnsNull = (details, fields) -> null;

    ServiceException thrown =
        ErrorResponseParser.toException(
            response(404, "{\"code\":\"NotFoundException\"}"), returnsNull);

    assertThat(thrown.getClass()).isEqualTo(ServiceException.class);
    assertThat(thrown.errorCode()).contains("NotFoundException");
  }

  @Test
  void aFailingFactoryGivesTheBaseExceptionWithTheFailureSuppressed() {
    IllegalStateException bug = new IllegalStateException("bug");
    ErrorFactory failing =
        (details, fields) -> {
          throw bug;
        };

    ServiceException thrown =
        ErrorResponseParser.toException(response(404, "{\"code\":\"NotFoundException\"}"), failing);

    assertThat(thrown.getClass()).isEqualTo(ServiceException.class);
    assertThat(thrown.errorCode()).contains("NotFoundException");
    assertThat(thrown.getSuppressed()).containsExactly(bug);
  }

  @Test
  void rejectsNullArguments() {
    assertThatThrownBy(() -> ErrorResponseParser.toException(null, factory))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("response must not be null");
    assertThatThrownBy(() -> ErrorResponseParser.toException(response(500, ""), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("errorFactory must not be null");
  }

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "NotFoundException                 | NotFoundException",
        "a.b#C                             | C",
        "a#b#C                             | C",
        "C:http://x#y                      | C",
        "' , C'                            | NULL",
        "'#'                               | NULL",
        "':'                               | NULL",
        "''                                | NULL",
      })
  void cleanErrorCode(String raw, String expected) {
    assertThat(ErrorResponseParser.cleanErrorCode(raw)).isEqualTo(expected);
  }

  @Test
  void theExceptionNamesTheOperationItAnswered() {
    ServiceException error =
        ErrorResponseParser.toException(
            response(404, "{\"message\":\"Invalid API identifier specified\"}"),
            (details, fields) -> new ServiceException(details),
            "GetApi");

    assertThat(error.operationName()).contains("GetApi");
    assertThat(error.details().operationName()).isEqualTo("GetApi");
    assertThat(error)
        .hasMessage("GetApi: Service error (HTTP 404): Invalid API identifier specified");
  }

  @Test
  void withoutAnOperationTheMessageBeginsWithTheError() {
    ServiceException error =
        ErrorResponseParser.toException(
            response(500, ""), (details, fields) -> new ServiceException(details));

    assertThat(error.operationName()).isEmpty();
    assertThat(error).hasMessage("Service error (HTTP 500)");
  }

  @Test
  void cleanErrorCodeOfNullIsNull() {
    assertThat(ErrorResponseParser.cleanErrorCode(null)).isNull();
  }

  private ServiceException parse(int status, String body, String... headerNamesAndValues) {
    return ErrorResponseParser.toException(response(status, body, headerNamesAndValues), factory);
  }

  private static SdkHttpResponse response(int status, String body, String... headerNamesAndValues) {
    List<NameValue> headers = new ArrayList<>();
    for (int i = 0; i < headerNamesAndValues.length; i += 2) {
      headers.add(NameValue.of(headerNamesAndValues[i], headerNamesAndValues[i + 1]));
    }
    return SdkHttpResponse.of(status, headers, body.getBytes(UTF_8));
  }

  static final class TypedException extends ServiceException {
    private static final long serialVersionUID = 1L;

    TypedException(ErrorDetails details) {
      super(details);
    }
  }

  static final class RecordingFactory implements ErrorFactory {
    int calls;
    ErrorDetails details;
    Function<String, String> fields;

    @Override
    public ServiceException create(ErrorDetails details, Function<String, String> fields) {
      calls++;
      this.details = details;
      this.fields = fields;
      return new TypedException(details);
    }
  }
}
