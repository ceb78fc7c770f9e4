package dev.apigw.core.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;

/** The one configured JSON factory the SDK parses and writes with. Thread-safe; built once. */
public final class Json {
  private static final JsonFactory FACTORY =
      new JsonFactoryBuilder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
          .build();

  private Json() {}

  public static JsonFactory factory() {
    return FACTORY;
  }
}
