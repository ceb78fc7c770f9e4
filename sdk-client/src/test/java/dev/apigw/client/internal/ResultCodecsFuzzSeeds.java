package dev.apigw.client.internal;

import dev.apigw.codegen.model.Location;
import dev.apigw.codegen.model.Operation;
import dev.apigw.model.ModelFixtures;
import dev.apigw.model.ModelFixtures.ValueType;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seeds of {@link ResultCodecsFuzzTest} that the model gives: for every operation, its full
 * result (every member set, as {@link ModelFixtures} builds it) written by its generated codec, the
 * exported document for a raw payload, or no body for an operation whose answer has none. Each file
 * is named {@code <Operation>-full}; its first byte picks the operation as the target reads it, a
 * printable character where one does.
 */
final class ResultCodecsFuzzSeeds {
  static final byte[] EXPORTED_DOCUMENT =
      "openapi: \"3.0.1\"\ninfo:\n  title: café ✓ \"exported\"\n".getBytes(StandardCharsets.UTF_8);

  private ResultCodecsFuzzSeeds() {}

  /** File name to content, in the table's order. */
  static Map<String, byte[]> all() {
    Map<String, byte[]> seeds = new LinkedHashMap<>();
    List<ResultDecoders.Decoder> table = ResultDecoders.ALL;
    for (int i = 0; i < table.size(); i++) {
      String name = table.get(i).operation;
      seeds.put(name + "-full", withOperation(i, body(FuzzModel.MODEL.operation(name))));
    }
    return seeds;
  }

  /** {@code body} behind the byte that makes the target pick the operation at {@code index}. */
  static byte[] withOperation(int index, byte[] body) {
    int size = ResultDecoders.ALL.size();
    int selector = index;
    while (selector < ' ' && selector + size <= 0xff) {
      selector += size;
    }
    byte[] input = new byte[body.length + 1];
    input[0] = (byte) selector;
    System.arraycopy(body, 0, input, 1, body.length);
    return input;
  }

  /** The index of {@code operation} in the table. */
  static int indexOf(String operation) {
    for (int i = 0; i < ResultDecoders.ALL.size(); i++) {
      if (ResultDecoders.ALL.get(i).operation.equals(operation)) {
        return i;
      }
    }
    throw new IllegalArgumentException("No operation " + operation);
  }

  private static byte[] body(Operation op) {
    if (op.output().isEmpty() || op.http().successStatus() == 204) {
      return new byte[0];
    }
    boolean payload =
        FuzzModel.MODEL.shape(op.output().get()).members().stream()
            .anyMatch(member -> member.location() == Location.PAYLOAD);
    if (payload) {
      return EXPORTED_DOCUMENT.clone();
    }
    String simpleName = op.name() + "Result";
    ValueType type =
        ModelFixtures.valueTypes(t -> t.type.getSimpleName().equals(simpleName)).get(0);
    return ModelFixtures.toJson(ModelFixtures.fullInstance(type)).getBytes(StandardCharsets.UTF_8);
  }
}
