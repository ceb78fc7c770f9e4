package dev.apigw.core.internal.endpoints;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A call of a library function: {@code {"fn": "booleanEquals", "argv": [{"ref": "UseFIPS"},
 * true]}}.
 */
final class FunctionCall extends Expression {
  private final LibraryFunction function;
  private final List<Expression> arguments;

  /**
   * Fails with {@link IllegalArgumentException} when the number of arguments is wrong, or when an
   * argument is of a kind the function does not take as far as the parser can tell.
   */
  FunctionCall(String location, LibraryFunction function, List<Expression> arguments) {
    super(location);
    this.function = function;
    this.arguments = List.copyOf(arguments);
    List<Kind> parameters = function.parameters();
    if (arguments.size() != parameters.size()) {
      throw new IllegalArgumentException(
          function.functionName()
              + " takes "
              + parameters.size()
              + " argument"
              + (parameters.size() == 1 ? "" : "s")
              + ", not "
              + arguments.size());
    }
    for (int i = 0; i < parameters.size(); i++) {
      Kind actual = arguments.get(i).kind();
      if (!parameters.get(i).admits(actual)) {
        throw new IllegalArgumentException(
            "argument "
                + (i + 1)
                + " of "
                + function.functionName()
                + " must be "
                + parameters.get(i).description()
                + ", not "
                + actual.description());
      }
    }
  }

  @Override
  Kind kind() {
    return function.result();
  }

  @Override
  @Nullable Object evaluate(Scope scope) {
    Object[] values = new Object[arguments.size()];
    List<Kind> parameters = function.parameters();
    for (int i = 0; i < values.length; i++) {
      Object value = arguments.get(i).evaluate(scope);
      if (value == null && function != LibraryFunction.IS_SET) {
        throw invalid(
            "argument "
                + (i + 1)
                + " of "
                + function.functionName()
                + " is unset (a rule must check it"
                + " with isSet first)");
      }
      if (value != null && !parameters.get(i).matches(value)) {
        throw invalid(
            "argument "
                + (i + 1)
                + " of "
                + function.functionName()
                + " is "
                + Kind.describe(value)
                + ", not "
                + parameters.get(i).description());
      }
      values[i] = value;
    }
    return function.apply(values, scope);
  }
}
