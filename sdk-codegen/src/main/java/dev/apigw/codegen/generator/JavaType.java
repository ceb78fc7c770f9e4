package dev.apigw.codegen.generator;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;

/** The Java side of a model shape, as a member holds it. */
sealed interface JavaType {
  /** The type as the value types hold it (boxed). */
  TypeName boxed();

  /** The type an accessor of a required member returns (primitive where there is one). */
  default TypeName unboxedIfPossible() {
    return boxed();
  }

  /** Lists, maps and blobs, held nullable behind a non-null accessor: unset is not empty. */
  default boolean isContainer() {
    return false;
  }

  enum ScalarKind {
    STRING("String"),
    BOOLEAN("Boolean"),
    INTEGER("Int"),
    LONG("Long"),
    DOUBLE("Double");

    private final String jsonName;

    ScalarKind(String jsonName) {
      this.jsonName = jsonName;
    }

    /** How the runtime's JSON methods name it, as {@code JsonReads.readInt} does. */
    String jsonName() {
      return jsonName;
    }
  }

  record Scalar(ScalarKind kind) implements JavaType {
    @Override
    public TypeName boxed() {
      switch (kind) {
        case STRING:
          return ClassName.get(String.class);
        case BOOLEAN:
          return ClassName.get(Boolean.class);
        case INTEGER:
          return ClassName.get(Integer.class);
        case LONG:
          return ClassName.get(Long.class);
        default:
          return ClassName.get(Double.class);
      }
    }

    @Override
    public TypeName unboxedIfPossible() {
      return kind == ScalarKind.STRING ? boxed() : boxed().unbox();
    }
  }

  /**
   * An instant; {@code unixSeconds} when the model writes it as epoch seconds rather than ISO-8601.
   */
  record Timestamp(boolean unixSeconds) implements JavaType {
    @Override
    public TypeName boxed() {
      return ClassName.get(java.time.Instant.class);
    }
  }

  record Blob() implements JavaType {
    @Override
    public TypeName boxed() {
      return ArrayTypeName.of(TypeName.BYTE);
    }

    @Override
    public boolean isContainer() {
      return true;
    }
  }

  record EnumRef(ClassName name) implements JavaType {
    @Override
    public TypeName boxed() {
      return name;
    }
  }

  /** A structure; {@code codec} is the class that reads and writes its JSON. */
  record StructureRef(ClassName name, ClassName codec) implements JavaType {
    @Override
    public TypeName boxed() {
      return name;
    }
  }

  record ListOf(JavaType element) implements JavaType {
    @Override
    public TypeName boxed() {
      return ParameterizedTypeName.get(ClassName.get(java.util.List.class), element.boxed());
    }

    @Override
    public boolean isContainer() {
      return true;
    }
  }

  record MapOf(JavaType value) implements JavaType {
    @Override
    public TypeName boxed() {
      return ParameterizedTypeName.get(
          ClassName.get(java.util.Map.class), ClassName.get(String.class), value.boxed());
    }

    @Override
    public boolean isContainer() {
      return true;
    }
  }
}
