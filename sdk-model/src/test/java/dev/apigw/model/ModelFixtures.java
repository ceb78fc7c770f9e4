package dev.apigw.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.apigw.codegen.generator.Names;
import dev.apigw.codegen.model.Location;
import dev.apigw.codegen.model.Member;
import dev.apigw.codegen.model.ModelJson;
import dev.apigw.codegen.model.Operation;
import dev.apigw.codegen.model.ServiceModel;
import dev.apigw.codegen.model.Shape;
import dev.apigw.codegen.model.ShapeType;
import dev.apigw.core.internal.json.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The project's model, read in tests as the oracle for the generated types: which Java type a shape
 * becomes, and fully populated sample values built through the public builders. Reflection is used
 * here, in tests only.
 */
public final class ModelFixtures {
  public static final ServiceModel MODEL = ModelJson.read(modelFile());

  /** A generated value type and the model shape it comes from. */
  public static final class ValueType {
    public final String shapeName;
    public final Class<?> type;
    public final Kind kind;

    ValueType(String shapeName, Class<?> type, Kind kind) {
      this.shapeName = shapeName;
      this.type = type;
      this.kind = kind;
    }

    public Shape shape() {
      return MODEL.shapes().get(shapeName);
    }

    public List<Member> members() {
      Shape shape = shape();
      return shape == null ? List.of() : shape.members();
    }

    @Override
    public String toString() {
      return type.getSimpleName();
    }
  }

  public enum Kind {
    REQUEST,
    RESULT,
    STRUCTURE
  }

  private ModelFixtures() {}

  private static Path modelFile() {
    String configured = System.getProperty("apigw.model.file");
    Path file =
        configured != null ? Path.of(configured) : Path.of("src/main/model/apigatewayv2.json");
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("The project's model is missing at " + file.toAbsolutePath());
    }
    return file;
  }

  /** Every request, result and other structure the model defines, with its generated class. */
  public static List<ValueType> valueTypes() {
    List<ValueType> types = new ArrayList<>();
    List<String> ioShapes = new ArrayList<>();
    for (Operation op : MODEL.operations().values()) {
      types.add(new ValueType(op.input(), load(op.name() + "Request"), Kind.REQUEST));
      ioShapes.add(op.input());
      types.add(
          new ValueType(
              op.output().orElse(op.name() + "Result"), load(op.name() + "Result"), Kind.RESULT));
      op.output().ifPresent(ioShapes::add);
    }
    MODEL
        .shapes()
        .forEach(
            (name, shape) -> {
              if (shape.type() == ShapeType.STRUCTURE
                  && !shape.isError()
                  && !ioShapes.contains(name)) {
                types.add(new ValueType(name, load(name), Kind.STRUCTURE));
              }
            });
    return types;
  }

  public static List<ValueType> valueTypes(Predicate<ValueType> filter) {
    return valueTypes().stream().filter(filter).toList();
  }

  public static Class<?> load(String simpleName) {
    try {
      return Class.forName("dev.apigw.model." + simpleName);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("No generated type dev.apigw.model." + simpleName, e);
    }
  }

  public static Class<?> classOfShape(String shapeName) {
    return load(shapeName);
  }

  public static String javaName(Member member) {
    return Names.lowerCamel(member.name());
  }

  // ---- building values
  // -------------------------------------------------------------------------------------------

  public static Object newBuilder(Class<?> type) {
    return invokeStatic(type, "builder");
  }

  public static Object build(Object builder) {
    return invoke(builder, "build");
  }

  /**
   * Sets one member on a builder through its plain setter (not the Optional or varargs overloads).
   */
  public static void set(Object builder, Member member, Object value) {
    String name = javaName(member);
    for (Method method : builder.getClass().getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == 1) {
        Class<?> parameter = method.getParameterTypes()[0];
        if (parameter == Optional.class || parameter.isArray() && !(value instanceof byte[])) {
          continue;
        }
        if (wrap(parameter).isInstance(value)) {
          invoke(builder, method, value);
          return;
        }
      }
    }
    throw new AssertionError(
        "No setter " + name + " for " + value.getClass() + " on " + builder.getClass());
  }

  /** A value of {@code type} with every member set to a sample, nested structures included. */
  public static Object fullInstance(ValueType type) {
    return build(fullBuilder(type.type, type.members(), m -> true));
  }

  /** A builder with the members that pass {@code which} set to samples. */
  public static Object fullBuilder(Class<?> type, List<Member> members, Predicate<Member> which) {
    Object builder = newBuilder(type);
    for (Member member : members) {
      if (which.test(member)) {
        set(builder, member, sample(member.target(), member.name(), 0));
      }
    }
    return builder;
  }

  /** A sample value of a shape, distinct per member name so that swapped members would show. */
  public static Object sample(String shapeName, String hint, int depth) {
    Shape shape = MODEL.shape(shapeName);
    switch (shape.type()) {
      case STRING:
        if (shape.isEnum()) {
          return invokeStatic(
              classOfShape(shapeName),
              "fromValue",
              shape.enumValues().get(shape.enumValues().size() - 1));
        }
        return hint + " value/é ? #\"" + depth;
      case BOOLEAN:
        return true;
      case INTEGER:
        return 7 + hint.length();
      case LONG:
        return 1L << 40;
      case DOUBLE:
        return 12.5 + hint.length();
      case TIMESTAMP:
        return Instant.parse("2025-01-01T00:00:00.123Z").plusSeconds(hint.length());
      case BLOB:
        return (hint + " bytes").getBytes(StandardCharsets.UTF_8);
      case LIST:
        return List.of(
            sample(shape.listMember().orElseThrow(), hint + "1", depth + 1),
            sample(shape.listMember().orElseThrow(), hint + "2", depth + 1));
      case MAP:
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("key-a", sample(shape.mapValue().orElseThrow(), hint + "A", depth + 1));
        map.put("key-b", sample(shape.mapValue().orElseThrow(), hint + "B", depth + 1));
        return map;
      case STRUCTURE:
        if (depth > 6) {
          throw new AssertionError(
              "The model nests deeper than the fixtures expect at " + shapeName);
        }
        Object builder = newBuilder(classOfShape(shapeName));
        for (Member member : shape.members()) {
          set(builder, member, sample(member.target(), hint + "." + member.name(), depth + 1));
        }
        return build(builder);
      default:
        throw new AssertionError("Unhandled shape type " + shape.type());
    }
  }

  // ---- JSON through the generated codecs
  // ---------------------------------------------------------------------------

  public static Class<?> codecOf(Class<?> type) {
    try {
      return Class.forName("dev.apigw.model.internal." + type.getSimpleName() + "Codec");
    } catch (ClassNotFoundException e) {
      throw new AssertionError("No codec for " + type, e);
    }
  }

  public static String toJson(Object value) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = Json.factory().createGenerator(text)) {
      invokeStatic(codecOf(value.getClass()), "write", generator, value);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return text.toString();
  }

  /** Reads a whole value (results and structures). */
  public static Object fromJson(Class<?> type, String json) {
    try (JsonParser parser = Json.factory().createParser(json)) {
      parser.nextToken();
      return invokeStatic(codecOf(type), "read", parser);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Reads the body members into an existing builder (all types, requests included). */
  public static void readInto(Class<?> type, Object builder, String json) throws IOException {
    try (JsonParser parser = Json.factory().createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new AssertionError("Not an object: " + json);
      }
      try {
        invokeStaticChecked(codecOf(type), "readInto", parser, builder);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof IOException) {
          throw (IOException) e.getCause();
        }
        throw new AssertionError(e.getCause());
      }
    }
  }

  public static boolean isBody(Member member) {
    return member.location() == Location.BODY;
  }

  // ---- reflection
  // --------------------------------------------------------------------------------------------------

  public static Object invoke(Object target, String name, Object... args) {
    for (Method method : target.getClass().getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == args.length) {
        return invoke(target, method, args);
      }
    }
    throw new AssertionError("No method " + name + " on " + target.getClass());
  }

  public static Object invoke(Object target, Method method, Object... args) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new AssertionError(e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  public static Object invokeStatic(Class<?> type, String name, Object... args) {
    try {
      return invokeStaticChecked(type, name, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new AssertionError(e.getCause());
    }
  }

  private static Object invokeStaticChecked(Class<?> type, String name, Object... args)
      throws InvocationTargetException {
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name)
          && method.getParameterCount() == args.length
          && compatible(method, args)) {
        try {
          return method.invoke(null, args);
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError("No static method " + name + " on " + type);
  }

  private static boolean compatible(Method method, Object[] args) {
    Class<?>[] parameters = method.getParameterTypes();
    for (int i = 0; i < args.length; i++) {
      if (args[i] != null && !wrap(parameters[i]).isInstance(args[i])) {
        return false;
      }
    }
    return true;
  }

  private static Class<?> wrap(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    if (type == int.class) {
      return Integer.class;
    }
    if (type == long.class) {
      return Long.class;
    }
    if (type == double.class) {
      return Double.class;
    }
    if (type == boolean.class) {
      return Boolean.class;
    }
    return type;
  }
}
