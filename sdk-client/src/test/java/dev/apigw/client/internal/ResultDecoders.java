package dev.apigw.client.internal;

import dev.apigw.core.http.SdkHttpResponse;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The generated decoder of every operation's result ({@code <Operation>Operation.unmarshall}), in
 * the model's order of operation names: the table the result codec fuzz target picks from.
 */
final class ResultDecoders {
  /** One operation's name and its decoder. */
  static final class Decoder {
    final String operation;
    private final MethodHandle unmarshall;

    private Decoder(String operation, MethodHandle unmarshall) {
      this.operation = operation;
      this.unmarshall = unmarshall;
    }

    /** What the generated decoder returns for {@code response}, or what it throws. */
    Object decode(SdkHttpResponse response) throws Throwable {
      return (Object) unmarshall.invokeExact(response);
    }

    @Override
    public String toString() {
      return operation;
    }
  }

  static final List<Decoder> ALL = load();

  private ResultDecoders() {}

  /**
   * Loads every generated class a decoder may reach: each operation's binding, result and codec (by
   * decoding an empty object) and each shape's type and codec of the model. Jazzer instruments a
   * class as it loads; on a busy machine the first inputs would otherwise take longer than the 10 s
   * an input may take.
   */
  static void loadAll() throws Throwable {
    ClassLoader loader = ResultDecoders.class.getClassLoader();
    for (String shape : FuzzModel.MODEL.shapes().keySet()) {
      for (String name :
          List.of("dev.apigw.model." + shape, "dev.apigw.model.internal." + shape + "Codec")) {
        try {
          Class.forName(name, true, loader);
        } catch (ClassNotFoundException e) {
          // Not every shape becomes a class of its own, nor has a codec.
        }
      }
    }
    byte[] emptyObject = {'{', '}'};
    for (Decoder decoder : ALL) {
      decoder.decode(SdkHttpResponse.of(200, List.of(), emptyObject));
    }
  }

  private static List<Decoder> load() {
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    List<Decoder> decoders = new ArrayList<>();
    for (String operation : FuzzModel.MODEL.operations().keySet()) {
      try {
        Class<?> binding =
            Class.forName(ResultDecoders.class.getPackageName() + "." + operation + "Operation");
        Class<?> result = Class.forName("dev.apigw.model." + operation + "Result");
        MethodHandle unmarshall =
            lookup.findStatic(
                binding, "unmarshall", MethodType.methodType(result, SdkHttpResponse.class));
        decoders.add(
            new Decoder(
                operation,
                unmarshall.asType(MethodType.methodType(Object.class, SdkHttpResponse.class))));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("No generated decoder for " + operation, e);
      }
    }
    return Collections.unmodifiableList(decoders);
  }
}
