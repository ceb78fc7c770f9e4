package dev.apigw.testkit.internal.http;

import dev.apigw.testkit.internal.Answer;
import dev.apigw.testkit.internal.ApiError;
import dev.apigw.testkit.internal.CallInput;
import dev.apigw.testkit.internal.JsonTree;
import dev.apigw.testkit.internal.ModelIndex;
import dev.apigw.testkit.internal.OperationBinding;
import dev.apigw.testkit.internal.RequestLimits;
import dev.apigw.testkit.internal.handlers.EmulatedService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Answers each HTTP request as the service would: checks the signature, finds the operation from
 * the method and path, applies an injected fault if one is waiting, reads and checks the input,
 * runs the operation and writes the answer with a request id. Errors are JSON {@code {"message":
 * …}} with the {@code X-Amzn-ErrorType} header. Every answer has a {@code Date}: the service's
 * time.
 */
public final class EmulatorDispatcher extends Dispatcher {
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
          .withZone(ZoneOffset.UTC);

  private final ModelIndex model;
  private final InputReader inputReader;
  private final SignatureVerifier verifier;
  private final EmulatedService service;
  private final Faults faults;
  private final Clock clock;
  private final Runnable afterEachRequest;
  private final AtomicInteger requests = new AtomicInteger();
  private final Map<String, AtomicInteger> byOperation = new ConcurrentHashMap<>();

  public EmulatorDispatcher(
      ModelIndex model,
      SignatureVerifier verifier,
      EmulatedService service,
      Faults faults,
      Clock clock,
      Runnable afterEachRequest) {
    this.model = model;
    this.inputReader = new InputReader(model);
    this.verifier = verifier;
    this.service = service;
    this.faults = faults;
    this.clock = clock;
    this.afterEachRequest = afterEachRequest;
  }

  /** How many requests have been answered since the start or the last reset. */
  public int requestCount() {
    return requests.get();
  }

  public void resetCount() {
    requests.set(0);
    byOperation.clear();
  }

  /** How many calls of each operation reached it, answered or failed, since the start or reset. */
  public Map<String, Integer> operationCounts() {
    Map<String, Integer> counts = new TreeMap<>();
    byOperation.forEach((name, count) -> counts.put(name, count.get()));
    return counts;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    requests.incrementAndGet();
    String requestId = UUID.randomUUID().toString();
    try {
      if (request.getBodySize() > RequestLimits.MAX_BODY_BYTES) {
        throw new ApiError(
            413,
            RequestLimits.BODY_TOO_LARGE_TYPE,
            "The request body is over the limit of " + RequestLimits.MAX_BODY_BYTES + " bytes");
      }
      return answer(request, requestId);
    } catch (ApiError e) {
      return error(e, requestId, clock.instant());
    } catch (RuntimeException e) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("message", "The emulator failed on this request: " + e);
      return error(500, "InternalServerErrorException", body, requestId, clock.instant());
    } finally {
      afterEachRequest.run();
    }
  }

  private MockResponse answer(RecordedRequest recorded, String requestId) {
    ReceivedRequest request = new ReceivedRequest(recorded);
    verifier.verify(request);
    String rawPath = request.rawPath();
    OperationBinding operation = null;
    Map<String, String> labels = null;
    for (OperationBinding candidate : model.operations().values()) {
      labels = candidate.match(request.method(), rawPath);
      if (labels != null) {
        operation = candidate;
        break;
      }
    }
    if (operation == null) {
      throw ApiError.notFound(
          "No operation of the API Gateway V2 management API is "
              + request.method()
              + " "
              + rawPath);
    }
    byOperation.computeIfAbsent(operation.name(), k -> new AtomicInteger()).incrementAndGet();
    InjectedFault fault = faults.next(operation.name());
    if (fault != null && fault.dropsConnection()) {
      return new MockResponse.Builder()
          .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
          .build();
    }
    if (fault != null && fault.clockSkew() != null) {
      Instant serviceNow = clock.instant().plus(fault.clockSkew());
      return error(verifier.skewError(request, serviceNow), requestId, serviceNow);
    }
    if (fault != null && fault.isError()) {
      Map<String, Object> faultBody = new LinkedHashMap<>();
      faultBody.put("message", fault.message());
      return error(fault.status(), fault.errorType(), faultBody, requestId, clock.instant());
    }
    CallInput in = inputReader.read(operation, labels, request.queryByName(), request.body());
    Answer answer = service.handle(in);
    MockResponse.Builder response =
        new MockResponse.Builder()
            .code(answer.status())
            .addHeader("x-amzn-RequestId", requestId)
            .addHeader("Date", HTTP_DATE.format(clock.instant()));
    byte[] bytes = answer.bodyBytes();
    if (answer.status() != 204) {
      response.addHeader("Content-Type", answer.contentType()).body(new Buffer().write(bytes));
    } else {
      response.removeHeader("Content-Length");
    }
    if (fault != null) {
      response.headersDelay(fault.delay().toNanos(), TimeUnit.NANOSECONDS);
    }
    return response.build();
  }

  /** {@code instant} as an HTTP {@code Date}. */
  static String httpDate(Instant instant) {
    return HTTP_DATE.format(instant);
  }

  private static MockResponse error(ApiError error, String requestId, Instant date) {
    return error(error.status(), error.type(), error.body(), requestId, date);
  }

  private static MockResponse error(
      int status, @Nullable String type, Map<String, Object> body, String requestId, Instant date) {
    MockResponse.Builder response =
        new MockResponse.Builder()
            .code(status)
            .addHeader("x-amzn-RequestId", requestId)
            .addHeader("Date", HTTP_DATE.format(date))
            .addHeader("Content-Type", "application/json")
            .body(new Buffer().write(JsonTree.toJson(body)));
    if (type != null) {
      response.addHeader("X-Amzn-ErrorType", type);
    }
    return response.build();
  }
}
