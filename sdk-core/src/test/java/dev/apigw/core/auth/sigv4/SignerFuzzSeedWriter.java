package dev.apigw.core.auth.sigv4;

import dev.apigw.core.http.NameValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the fuzzer input that {@link FuzzedSigningRequest#read} reads back as a chosen request:
 * the seeds of {@link SignerDifferentialFuzzTest}'s corpus. It mirrors the reader's choices in the
 * reader's order. Jazzer's data provider takes byte arrays from the front of the input and integers
 * from the back, most significant byte first, as few bytes as the range needs.
 *
 * <p>Run by hand, with the test class path, to write the seeds again: {@code main(suiteDirectory,
 * corpusDirectory)}, where the suite is AWS's SigV4 test suite ({@code ../shared/sigv4-testsuite}).
 * Nothing runs it during the build: the seeds it wrote are committed.
 */
final class SignerFuzzSeedWriter {
  private final ByteArrayOutputStream front = new ByteArrayOutputStream();
  private final List<Byte> backInReadingOrder = new ArrayList<>();

  /** A request to write: what {@link FuzzedSigningRequest} holds. */
  static final class Seed {
    final String name;
    final String method;
    final String host;
    final boolean withSessionToken;
    final String path;
    final List<NameValue> query;
    final List<NameValue> headers;
    final byte[] body;

    Seed(
        String name,
        String method,
        String host,
        boolean withSessionToken,
        String path,
        List<NameValue> query,
        List<NameValue> headers,
        byte[] body) {
      this.name = name;
      this.method = method;
      this.host = host;
      this.withSessionToken = withSessionToken;
      this.path = path;
      this.query = query;
      this.headers = headers;
      this.body = body;
    }
  }

  static byte[] write(Seed seed) {
    SignerFuzzSeedWriter out = new SignerFuzzSeedWriter();
    out.pick(FuzzedSigningRequest.METHODS, seed.method);
    out.pick(FuzzedSigningRequest.HOSTS, seed.host);
    out.integer(0, 1, seed.withSessionToken ? 1 : 0);
    out.path(seed.path);
    out.integer(0, FuzzedSigningRequest.MAX_QUERY_PARAMETERS, seed.query.size());
    for (NameValue parameter : seed.query) {
      out.queryText(parameter.name());
      out.queryText(parameter.value());
    }
    out.integer(0, FuzzedSigningRequest.MAX_HEADERS, seed.headers.size());
    for (NameValue header : seed.headers) {
      int known = FuzzedSigningRequest.HEADER_NAMES.indexOf(header.name());
      if (known >= 0) {
        out.integer(0, 3, 0);
        out.integer(0, FuzzedSigningRequest.HEADER_NAMES.size() - 1, known);
      } else {
        out.integer(0, 3, 3);
        out.text(header.name());
      }
      out.text(header.value());
    }
    out.body(seed.body);
    return out.toBytes();
  }

  private void path(String path) {
    if (path.isEmpty() || path.equals("/")) {
      integer(0, FuzzedSigningRequest.MAX_PATH_SEGMENTS, 0);
      integer(0, 1, path.isEmpty() ? 0 : 1);
      return;
    }
    String[] segments = path.substring(1).split("/", -1);
    integer(0, FuzzedSigningRequest.MAX_PATH_SEGMENTS, segments.length);
    int lastKind = FuzzedSigningRequest.SegmentKind.values().length - 1;
    for (String segment : segments) {
      if (segment.isEmpty()) {
        integer(0, lastKind, FuzzedSigningRequest.SegmentKind.EMPTY.ordinal());
      } else if (segment.equals(".")) {
        integer(0, lastKind, FuzzedSigningRequest.SegmentKind.DOT.ordinal());
      } else if (segment.equals("..")) {
        integer(0, lastKind, FuzzedSigningRequest.SegmentKind.DOT_DOT.ordinal());
      } else {
        integer(0, lastKind, FuzzedSigningRequest.SegmentKind.RAW_TEXT.ordinal());
        text(segment);
      }
    }
    integer(0, 1, 0);
  }

  private void queryText(String text) {
    if (text.isEmpty()) {
      integer(0, 2, 0);
    } else {
      integer(0, 2, 2);
      text(text);
    }
  }

  /** Text as pieces of well-formed UTF-8 (up to the reader's size each) and lone surrogates. */
  private void text(String text) {
    List<Object> pieces = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      String character = new String(Character.toChars(codePoint));
      boolean loneSurrogate = Character.isSurrogate(text.charAt(i)) && character.length() == 1;
      int runBytes = run.toString().getBytes(StandardCharsets.UTF_8).length;
      int characterBytes = character.getBytes(StandardCharsets.UTF_8).length;
      if (loneSurrogate || runBytes + characterBytes > FuzzedSigningRequest.MAX_UTF8_BYTES) {
        if (run.length() > 0) {
          pieces.add(run.toString());
          run.setLength(0);
        }
      }
      if (loneSurrogate) {
        pieces.add(codePoint);
      } else {
        run.append(character);
      }
      i += character.length();
    }
    if (run.length() > 0) {
      pieces.add(run.toString());
    }
    if (pieces.size() > FuzzedSigningRequest.MAX_TEXT_PIECES) {
      throw new IllegalArgumentException("text too long for one seed value: " + text.length());
    }
    integer(0, FuzzedSigningRequest.MAX_TEXT_PIECES, pieces.size());
    int lastKind = FuzzedSigningRequest.PieceKind.values().length - 1;
    for (Object piece : pieces) {
      if (piece instanceof Integer) {
        integer(0, lastKind, FuzzedSigningRequest.PieceKind.CODE_POINT.ordinal());
        integer(0, Character.MAX_CODE_POINT, (Integer) piece);
      } else {
        byte[] utf8 = ((String) piece).getBytes(StandardCharsets.UTF_8);
        integer(0, lastKind, FuzzedSigningRequest.PieceKind.UTF8_BYTES.ordinal());
        integer(0, FuzzedSigningRequest.MAX_UTF8_BYTES, utf8.length);
        front.writeBytes(utf8);
      }
    }
  }

  private void body(byte[] body) {
    if (body.length == 0) {
      integer(0, FuzzedSigningRequest.BODY_LARGE, FuzzedSigningRequest.BODY_EMPTY);
    } else if (body.length <= FuzzedSigningRequest.MAX_SMALL_BODY) {
      integer(0, FuzzedSigningRequest.BODY_LARGE, FuzzedSigningRequest.BODY_SMALL);
      integer(0, FuzzedSigningRequest.MAX_SMALL_BODY, body.length);
      front.writeBytes(body);
    } else {
      byte fill = body[0];
      for (byte b : body) {
        if (b != fill) {
          throw new IllegalArgumentException("a large seed body must repeat one byte");
        }
      }
      integer(0, FuzzedSigningRequest.BODY_LARGE, FuzzedSigningRequest.BODY_LARGE);
      integer(
          0,
          FuzzedSigningRequest.MAX_LARGE_BODY - FuzzedSigningRequest.MIN_LARGE_BODY,
          body.length - FuzzedSigningRequest.MIN_LARGE_BODY);
      integer(0, 255, fill & 0xFF);
    }
  }

  private void pick(List<String> choices, String choice) {
    int index = choices.indexOf(choice);
    if (index < 0) {
      throw new IllegalArgumentException("not one of the reader's choices: " + choice);
    }
    integer(0, choices.size() - 1, index);
  }

  /**
   * What {@code consumeInt(0, max)} reads back as {@code value}. Only a lower bound of 0 is
   * supported: Jazzer 0.30.0 does not read {@code consumeInt(min, max)} with a larger {@code min}
   * the way libFuzzer does, so the reader never asks for one in what the seeds hold.
   */
  private void integer(int min, int max, int value) {
    if (min != 0) {
      throw new IllegalArgumentException("only a lower bound of 0 is supported, not " + min);
    }
    if (value < min || value > max) {
      throw new IllegalArgumentException(value + " is not in [" + min + ", " + max + "]");
    }
    long range = (long) max - min;
    long offset = (long) value - min;
    int bytes = 0;
    while (bytes < Integer.BYTES && (range >>> (8 * bytes)) > 0) {
      bytes++;
    }
    for (int i = bytes - 1; i >= 0; i--) {
      backInReadingOrder.add((byte) (offset >>> (8 * i)));
    }
  }

  private byte[] toBytes() {
    byte[] out = Arrays.copyOf(front.toByteArray(), front.size() + backInReadingOrder.size());
    for (int i = 0; i < backInReadingOrder.size(); i++) {
      out[out.length - 1 - i] = backInReadingOrder.get(i);
    }
    return out;
  }

  /** The seeds: every request of AWS's SigV4 test suite, then the crafted hostile requests. */
  static List<Seed> seeds(Path suite) throws IOException {
    List<Seed> seeds = new ArrayList<>(suiteSeeds(suite));
    seeds.addAll(SignerFuzzCraftedSeeds.all());
    return seeds;
  }

  /** Every request of AWS's SigV4 test suite, without and with a session token. */
  static List<Seed> suiteSeeds(Path suite) throws IOException {
    List<Seed> seeds = new ArrayList<>();
    List<Path> requests;
    try (Stream<Path> files = Files.walk(suite)) {
      requests =
          files
              .filter(file -> file.getFileName().toString().endsWith(".req"))
              .sorted()
              .collect(Collectors.toList());
    }
    for (Path file : requests) {
      RawHttpRequest raw =
          RawHttpRequest.parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
      String name = "sigv4-suite-" + file.getFileName().toString().replace(".req", "");
      for (boolean token : new boolean[] {false, true}) {
        seeds.add(
            new Seed(
                name + (token ? "+session-token" : ""),
                raw.method,
                FuzzedSigningRequest.HOSTS.get(0),
                token,
                raw.path,
                raw.decodedQuery(),
                raw.headers,
                raw.body));
      }
    }
    return seeds;
  }

  public static void main(String[] args) throws IOException {
    Path suite = Paths.get(args[0]);
    Path corpus = Paths.get(args[1]);
    Files.createDirectories(corpus);
    for (Seed seed : seeds(suite)) {
      Files.write(corpus.resolve(seed.name), write(seed));
    }
  }
}
