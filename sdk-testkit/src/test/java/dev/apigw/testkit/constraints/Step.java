package dev.apigw.testkit.constraints;

import org.jspecify.annotations.Nullable;

/**
 * One step down into a request value: a structure's member, a list's element, a map's key or value.
 */
final class Step {
  enum Kind {
    MEMBER,
    ELEMENT,
    KEY,
    VALUE
  }

  final Kind kind;
  final @Nullable String wireName;

  private Step(Kind kind, @Nullable String wireName) {
    this.kind = kind;
    this.wireName = wireName;
  }

  static Step member(String wireName) {
    return new Step(Kind.MEMBER, wireName);
  }

  static Step element() {
    return new Step(Kind.ELEMENT, null);
  }

  static Step key() {
    return new Step(Kind.KEY, null);
  }

  static Step value() {
    return new Step(Kind.VALUE, null);
  }
}
