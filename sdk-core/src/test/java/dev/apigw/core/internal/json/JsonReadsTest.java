package dev.apigw.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.apigw.core.WireEnum;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReadsTest {
  private static final JsonFactory JSON = new JsonFactory();

  /** A stand-in for a generated enumeration. */
  private static final class Color implements WireEnum {
    static final Color RED = new Color("RED", true);
    static final Color GREEN = new Color("GREEN", true);
    static final List<Color> KNOWN = List.of(RED, GREEN);

    private final String value;
    private final boolean known;

    private Color(String value, boolean known) {
      this.value = value;
      this.known = known;
    }

    @Override
    public String value() {
      return value;
    }

    @Override
    public boolean isKnown() {
      return known;
    }
  }

  @Test
  void aKnownWireValueComesBackAsTheConstantsOwnString() throws IOException {
    List<String> read = new ArrayList<>();
    try (JsonParser in = parser("[\"GREEN\",\"RED\",\"GREENISH\",\"GREE\",\"\"]")) {
      in.nextToken();
      while (in.nextToken() != JsonToken.END_ARRAY) {
        read.add(JsonReads.readWireValue(in, Color.KNOWN));
      }
    }
    assertThat(read.get(0)).isSameAs(Color.GREEN.value());
    assertThat(read.get(1)).isSameAs(Color.RED.value());
    assertThat(read.subList(2, 5)).containsExactly("GREENISH", "GREE", "");
  }

  @Test
  void aWireValueIsReadAsLenientlyAsAString() throws IOException {
    try (JsonParser in = parser("[42, true, {}]")) {
      in.nextToken();
      in.nextToken();
      assertThat(JsonReads.readWireValue(in, Color.KNOWN)).isEqualTo("42");
      in.nextToken();
      assertThat(JsonReads.readWireValue(in, Color.KNOWN)).isEqualTo("true");
      in.nextToken();
      assertThatThrownBy(() -> JsonReads.readWireValue(in, Color.KNOWN))
          .isInstanceOf(JsonParseException.class)
          .hasMessageContaining("Expected a string but found an object");
    }
  }

  @Test
  void elementsSkipNullsAndEndOnTheArraysEnd() throws IOException {
    assertThat(elements("[\"a\",null,\"b\",null]")).containsExactly("a", "b");
    assertThat(elements("[null,\"a\"]")).containsExactly("a");
    assertThat(elements("[]")).isEmpty();
    assertThat(elements("[null,null]")).isEmpty();
  }

  @Test
  void elementsOfSomethingElseOrCutShortFailClearly() {
    assertThatThrownBy(() -> elements("{\"a\":1}"))
        .isInstanceOf(JsonParseException.class)
        .hasMessageContaining("Expected an array but found an object");
    assertThatThrownBy(() -> elements("[\"a\",")).isInstanceOf(JsonParseException.class);
  }

  @Test
  void entriesSkipNullValuesAndKeepTheirOrder() throws IOException {
    assertThat(entries("{\"b\":\"1\",\"gone\":null,\"a\":\"2\"}"))
        .containsExactly(Map.entry("b", "1"), Map.entry("a", "2"));
    assertThat(entries("{}")).isEmpty();
    assertThat(entries("{\"x\":null}")).isEmpty();
  }

  @Test
  void entriesOfSomethingElseOrCutShortFailClearly() {
    assertThatThrownBy(() -> entries("[1]"))
        .isInstanceOf(JsonParseException.class)
        .hasMessageContaining("Expected an object but found an array");
    assertThatThrownBy(() -> entries("{\"a\":\"1\"")).isInstanceOf(JsonParseException.class);
  }

  /**
   * Reads an array the way generated codecs read a list member; the parser must end on the array's
   * end.
   */
  private static List<String> elements(String json) throws IOException {
    List<String> read = new ArrayList<>();
    try (JsonParser in = parser(json)) {
      in.nextToken();
      if (JsonReads.firstElement(in)) {
        do {
          read.add(JsonReads.readString(in));
        } while (JsonReads.nextElement(in));
      }
      assertThat(in.currentToken()).isEqualTo(JsonToken.END_ARRAY);
      assertThat(in.nextToken()).isNull();
    }
    return read;
  }

  private static Map<String, String> entries(String json) throws IOException {
    Map<String, String> read = new LinkedHashMap<>();
    try (JsonParser in = parser(json)) {
      in.nextToken();
      if (JsonReads.firstEntry(in)) {
        do {
          read.put(in.currentName(), JsonReads.readString(in));
        } while (JsonReads.nextEntry(in));
      }
      assertThat(in.currentToken()).isEqualTo(JsonToken.END_OBJECT);
      assertThat(in.nextToken()).isNull();
    }
    return read;
  }

  private static JsonParser parser(String json) throws IOException {
    return JSON.createParser(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }
}
