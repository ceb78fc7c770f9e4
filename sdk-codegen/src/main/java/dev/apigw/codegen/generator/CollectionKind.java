package dev.apigw.codegen.generator;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.LinkedHashMap;

/**
 * Where the code written for a list member and for a map member differs; the code itself is written
 * once for both. The {@code Collections} and runtime methods that code calls are named after the
 * kind, as {@code emptyList}, {@code readMap} and {@code firstElement} are.
 *
 * @param type the interface that value classes hold and return
 * @param implementation the class a builder collects into
 * @param noun {@code list} or {@code map}
 * @param item what it holds: {@code element} or {@code entry}
 * @param parameter the name of the setters' parameter that holds the contents
 * @param add how the builder's methods that add to it begin: {@code add} or {@code put}
 */
record CollectionKind(
    ClassName type,
    ClassName implementation,
    String noun,
    String item,
    String parameter,
    String add) {
  static final CollectionKind LIST =
      new CollectionKind(
          Types.LIST, ClassName.get(ArrayList.class), "list", "element", "elements", "add");
  static final CollectionKind MAP =
      new CollectionKind(
          Types.MAP, ClassName.get(LinkedHashMap.class), "map", "entry", "entries", "put");

  /** The kind of {@code type}; null for a type that is neither a list nor a map. */
  static CollectionKind of(JavaType type) {
    if (type instanceof JavaType.ListOf) {
      return LIST;
    }
    return type instanceof JavaType.MapOf ? MAP : null;
  }

  /** A list's element type or a map's value type. */
  static JavaType contents(JavaType collection) {
    return collection instanceof JavaType.ListOf list
        ? list.element()
        : ((JavaType.MapOf) collection).value();
  }

  /** The builder method that adds one element or entry to {@code member}: {@code addTag}. */
  String addOne(String member) {
    return add + Names.upperCamel(Names.singular(member));
  }

  /** The builder method that adds a whole collection to {@code member}: {@code putAllTags}. */
  String addAll(String member) {
    return add + "All" + Names.upperCamel(member);
  }

  /** A method named after the kind: {@code named("empty")} gives {@code emptyList}. */
  String named(String prefix) {
    return prefix + Names.upperCamel(noun);
  }

  /** A method named after what it holds: {@code itemNamed("next")} gives {@code nextEntry}. */
  String itemNamed(String prefix) {
    return prefix + Names.upperCamel(item);
  }
}
