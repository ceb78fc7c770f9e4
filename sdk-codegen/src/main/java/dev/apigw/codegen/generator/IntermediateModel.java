package dev.apigw.codegen.generator;

import com.palantir.javapoet.ClassName;
import dev.apigw.codegen.model.Member;
import dev.apigw.codegen.model.Operation;
import dev.apigw.codegen.model.Pagination;
import dev.apigw.codegen.model.ServiceModel;
import dev.apigw.codegen.model.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the project's model into Java terms: class names, member names and types, enums, errors
 * and paging. An operation's input is named {@code <Op>Request} and its output {@code <Op>Result},
 * also when the model has none.
 */
final class IntermediateModel {
  private final ServiceModel model;
  private final String modelPackage;
  private final String internalPackage;
  private final Map<String, ClassName> classByShape = new HashMap<>();
  private final Map<String, JavaStructure> structures = new LinkedHashMap<>();

  /** Shapes some operation's output reaches: their required members read as unset when absent. */
  private final Set<String> returnedShapes = new HashSet<>();

  /** Shapes some operation's input reaches. */
  private final Set<String> sentShapes = new HashSet<>();

  private IntermediateModel(ServiceModel model, String modelPackage) {
    this.model = model;
    this.modelPackage = modelPackage;
    this.internalPackage = modelPackage + ".internal";
  }

  static JavaService resolve(ServiceModel model, String modelPackage) {
    return new IntermediateModel(model, modelPackage).resolve();
  }

  private JavaService resolve() {
    for (Operation op : model.operations().values()) {
      op.output().ifPresent(output -> collectReachable(output, returnedShapes));
      collectReachable(op.input(), sentShapes);
    }
    Set<String> usedClassNames = new HashSet<>();
    for (Operation op : model.operations().values()) {
      claim(op.input(), op.name() + "Request", usedClassNames);
      op.output().ifPresent(output -> claim(output, op.name() + "Result", usedClassNames));
      usedClassNames.add(op.name() + "Result");
    }
    model
        .shapes()
        .forEach(
            (name, shape) -> {
              boolean named =
                  shape.type() == dev.apigw.codegen.model.ShapeType.STRUCTURE || shape.isEnum();
              if (named && !classByShape.containsKey(name)) {
                claim(name, name, usedClassNames);
              }
            });

    List<JavaEnum> enums = new ArrayList<>();
    List<JavaError> errors = new ArrayList<>();
    model
        .shapes()
        .forEach(
            (name, shape) -> {
              if (shape.isEnum()) {
                enums.add(new JavaEnum(name, classByShape.get(name), shape.enumValues()));
              } else if (shape.isError()) {
                errors.add(error(shape));
              }
            });

    Set<String> ioShapes = new HashSet<>();
    List<JavaOperation> operations = new ArrayList<>();
    for (Operation op : model.operations().values()) {
      ioShapes.add(op.input());
      op.output().ifPresent(ioShapes::add);
      JavaStructure request = structure(op.input(), JavaStructure.Kind.REQUEST);
      JavaStructure result =
          op.output()
              .map(output -> structure(output, JavaStructure.Kind.RESULT))
              .orElseGet(() -> emptyResult(op.name()));
      structures.put(result.className().simpleName(), result);
      List<JavaError> opErrors =
          op.errors().stream()
              .map(
                  code ->
                      errors.stream()
                          .filter(e -> e.code().equals(code))
                          .findFirst()
                          .orElseThrow(
                              () ->
                                  new IllegalArgumentException(
                                      op.name() + " declares an unknown error " + code)))
              .toList();
      operations.add(
          new JavaOperation(
              op,
              Names.lowerCamel(op.name()),
              request,
              result,
              opErrors,
              op.pagination().map(p -> paging(op, p, request, result))));
    }
    model
        .shapes()
        .forEach(
            (name, shape) -> {
              if (shape.type() == dev.apigw.codegen.model.ShapeType.STRUCTURE
                  && !shape.isError()
                  && !ioShapes.contains(name)) {
                structure(name, JavaStructure.Kind.STRUCTURE);
              }
            });

    List<JavaStructure> sorted = new ArrayList<>(structures.values());
    sorted.sort(java.util.Comparator.comparing(s -> s.className().simpleName()));
    return new JavaService(
        model,
        modelPackage,
        internalPackage,
        ClassName.get(modelPackage, model.service().id() + "Exception"),
        operations,
        sorted,
        enums,
        errors);
  }

  private void collectReachable(String shapeName, Set<String> reached) {
    if (!reached.add(shapeName)) {
      return;
    }
    Shape shape = model.shape(shapeName);
    shape.members().forEach(member -> collectReachable(member.target(), reached));
    shape.listMember().ifPresent(name -> collectReachable(name, reached));
    shape.mapKey().ifPresent(name -> collectReachable(name, reached));
    shape.mapValue().ifPresent(name -> collectReachable(name, reached));
  }

  private void claim(String shape, String className, Set<String> used) {
    if (!used.add(className)) {
      throw new IllegalArgumentException("Two model types would both be named " + className);
    }
    classByShape.put(shape, ClassName.get(modelPackage, className));
  }

  private JavaStructure structure(String shapeName, JavaStructure.Kind kind) {
    ClassName className = classByShape.get(shapeName);
    JavaStructure existing = structures.get(className.simpleName());
    if (existing != null) {
      return existing;
    }
    Shape shape = model.shape(shapeName);
    List<JavaMember> members = new ArrayList<>();
    Set<String> javaNames = new HashSet<>();
    for (Member member : shape.members()) {
      String javaName = Names.lowerCamel(member.name());
      if (!MemberNames.isAllowed(javaName) || !javaNames.add(javaName)) {
        throw new IllegalArgumentException(
            "Member " + shapeName + "." + member.name() + " cannot be named " + javaName);
      }
      boolean returned = returnedShapes.contains(shapeName);
      boolean enforced = member.required() && !returned;
      boolean checkedWhenSent = member.required() && returned && sentShapes.contains(shapeName);
      members.add(
          new JavaMember(member, javaName, type(member.target()), enforced, checkedWhenSent));
    }
    JavaStructure structure =
        new JavaStructure(shapeName, kind, className, codecName(className), members);
    structures.put(className.simpleName(), structure);
    return structure;
  }

  private JavaStructure emptyResult(String operation) {
    ClassName className = ClassName.get(modelPackage, operation + "Result");
    return new JavaStructure(
        operation + "Result",
        JavaStructure.Kind.RESULT,
        className,
        codecName(className),
        List.of());
  }

  private ClassName codecName(ClassName className) {
    return ClassName.get(internalPackage, className.simpleName() + "Codec");
  }

  private JavaType type(String shapeName) {
    Shape shape = model.shape(shapeName);
    switch (shape.type()) {
      case STRING:
        return shape.isEnum()
            ? new JavaType.EnumRef(classByShape.get(shapeName))
            : new JavaType.Scalar(JavaType.ScalarKind.STRING);
      case BOOLEAN:
        return new JavaType.Scalar(JavaType.ScalarKind.BOOLEAN);
      case INTEGER:
        return new JavaType.Scalar(JavaType.ScalarKind.INTEGER);
      case LONG:
        return new JavaType.Scalar(JavaType.ScalarKind.LONG);
      case DOUBLE:
        return new JavaType.Scalar(JavaType.ScalarKind.DOUBLE);
      case TIMESTAMP:
        return new JavaType.Timestamp(
            "unixTimestamp".equals(shape.timestampFormat().orElse("iso8601")));
      case BLOB:
        return new JavaType.Blob();
      case LIST:
        return new JavaType.ListOf(element(shape.listMember().orElseThrow()));
      case MAP:
        Shape key = model.shape(shape.mapKey().orElseThrow());
        if (key.type() != dev.apigw.codegen.model.ShapeType.STRING) {
          throw new IllegalArgumentException("Map " + shapeName + " has keys that are not strings");
        }
        return new JavaType.MapOf(element(shape.mapValue().orElseThrow()));
      case STRUCTURE:
        if (shape.isError()) {
          throw new IllegalArgumentException("Error shape " + shapeName + " is used as a member");
        }
        ClassName name = classByShape.get(shapeName);
        return new JavaType.StructureRef(name, codecName(name));
      default:
        throw new IllegalArgumentException("Unsupported shape type " + shape.type());
    }
  }

  /**
   * The type of a list's elements or a map's values. Enumerations there are held as their wire
   * strings: a collection of enum constants would turn every value this version does not know into
   * the same {@code UNKNOWN_TO_SDK}.
   */
  private JavaType element(String shapeName) {
    JavaType type = type(shapeName);
    return type instanceof JavaType.EnumRef
        ? new JavaType.Scalar(JavaType.ScalarKind.STRING)
        : type;
  }

  private JavaError error(Shape shape) {
    List<JavaMember> extra = new ArrayList<>();
    for (Member member : shape.members()) {
      if (!member.name().equalsIgnoreCase("Message")) {
        JavaType type = type(member.target());
        if (!(type instanceof JavaType.Scalar scalar)
            || scalar.kind() != JavaType.ScalarKind.STRING) {
          throw new IllegalArgumentException(
              "Error member " + shape.name() + "." + member.name() + " is not a string");
        }
        extra.add(new JavaMember(member, Names.lowerCamel(member.name()), type, false, false));
      }
    }
    return new JavaError(
        shape.name(), classByShape.get(shape.name()), shape.errorStatus().getAsInt(), extra);
  }

  private JavaPaging paging(
      Operation op, Pagination pagination, JavaStructure request, JavaStructure result) {
    return new JavaPaging(
        find(op, request, pagination.inputToken()),
        find(op, result, pagination.outputToken()),
        pagination.limit().map(limit -> find(op, request, limit)),
        find(op, result, pagination.items()));
  }

  private static JavaMember find(Operation op, JavaStructure structure, String memberName) {
    return structure.members().stream()
        .filter(m -> m.member().name().equals(memberName))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "The pagination of "
                        + op.name()
                        + " names "
                        + memberName
                        + ", which "
                        + structure.shapeName()
                        + " lacks"));
  }
}
