package dev.apigw.core.internal.endpoints;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An array written in the rule set, whose elements are evaluated in turn. */
final class ArrayExpression extends Expression {
  private final List<Expression> elements;

  ArrayExpression(String location, List<Expression> elements) {
    super(location);
    this.elements = List.copyOf(elements);
  }

  @Override
  Kind kind() {
    return Kind.ARRAY;
  }

  @Override
  List<Object> evaluate(Scope scope) {
    List<Object> values = new ArrayList<>(elements.size());
    for (Expression element : elements) {
      Object value = element.evaluate(scope);
      if (value == null) {
        throw element.invalid("an array element is unset");
      }
      values.add(value);
    }
    return Collections.unmodifiableList(values);
  }
}
