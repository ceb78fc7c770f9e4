package dev.apigw.core.internal.endpoints;

import dev.apigw.core.http.PercentEncoding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The functions a rule set may call: the rules language's standard library and the AWS functions.
 * {@code getAttr} is also standard, but its path is parsed with the rule set, so it is {@link
 * AttributeAccess} rather than an entry here. Each entry takes its arguments already checked
 * against {@link #parameters()}; only {@code isSet} takes an unset argument.
 */
enum LibraryFunction {
  IS_SET("isSet", Kind.BOOLEAN, Kind.ANY) {
    @Override
    Object apply(@Nullable Object[] args, Scope scope) {
      return args[0] != null;
    }
  },
  NOT("not", Kind.BOOLEAN, Kind.BOOLEAN) {
    @Override
    Object apply(@Nullable Object[] args, Scope scope) {
      return !(Boolean) args[0];
    }
  },
  BOOLEAN_EQUALS("booleanEquals", Kind.BOOLEAN, Kind.BOOLEAN, Kind.BOOLEAN) {
    @Override
    Object apply(@Nullable Object[] args, Scope scope) {
      return args[0].equals(args[1]);
    }
  },
  STRING_EQUALS("stringEquals", Kind.BOOLEAN, Kind.STRING, Kind.STRING) {
    @Override
    Object apply(@Nullable Object[] args, Scope scope) {
      return args[0].equals(args[1]);
    }
  },
  SUBSTRING("substring", Kind.STRING, Kind.STRING, Kind.INTEGER, Kind.INTEGER, Kind.BOOLEAN) {
    @Override
    @Nullable Object apply(@Nullable Object[] args, Scope scope) {
      return substring((String) args[0], (Integer) args[1], (Integer) args[2], (Boolean) args[3]);
    }
  },
  URI_ENCODE("uriEncode", Kind.STRING, Kind.STRING) {
    @Override
    Object apply(@Nullable Object[] args, Scope scope) {
      return PercentEncoding.encode((String) args[0]);
    }
  },
  PARSE_URL("parseURL", Kind.URL, Kind.STRING) {
    @Override
    @Nullable Object apply(@Nullable Object[] args, Scope scope) {
      return UrlParser.parse((String) args[0]);
    }
  },
  IS_VALID_HOST_LABEL("isValidHostLabel", Kind.BOOLEAN, Kind.STRING, Kind.BOOLEAN) {
    @Override
    Object apply(@Nullable Object[] args, Scope scope) {
      return HostLabels.isValid((String) args[0], (Boolean) args[1]);
    }
  },
  AWS_PARTITION("aws.partition", Kind.PARTITION, Kind.STRING) {
    @Override
    @Nullable Object apply(@Nullable Object[] args, Scope scope) {
      Partition partition = scope.partitions().find((String) args[0]);
      return partition == null ? null : partition.attributes();
    }
  },
  AWS_PARSE_ARN("aws.parseArn", Kind.ARN, Kind.STRING) {
    @Override
    @Nullable Object apply(@Nullable Object[] args, Scope scope) {
      return ArnParser.parse((String) args[0]);
    }
  },
  AWS_IS_VIRTUAL_HOSTABLE_S3_BUCKET(
      "aws.isVirtualHostableS3Bucket", Kind.BOOLEAN, Kind.STRING, Kind.BOOLEAN) {
    @Override
    Object apply(@Nullable Object[] args, Scope scope) {
      return HostLabels.isVirtualHostableS3Bucket((String) args[0], (Boolean) args[1]);
    }
  };

  /** The name of the function the parser handles itself. */
  static final String GET_ATTR = "getAttr";

  private static final Map<String, LibraryFunction> BY_NAME = new HashMap<>();

  static {
    for (LibraryFunction function : values()) {
      BY_NAME.put(function.functionName, function);
    }
  }

  private final String functionName;
  private final Kind result;
  private final List<Kind> parameters;

  LibraryFunction(String functionName, Kind result, Kind... parameters) {
    this.functionName = functionName;
    this.result = result;
    this.parameters = List.of(parameters);
  }

  /** The function the rule set calls {@code name}, or null when there is none. */
  static @Nullable LibraryFunction named(String name) {
    return BY_NAME.get(name);
  }

  /** Every name a rule set may call, for messages. */
  static String names() {
    StringBuilder names = new StringBuilder();
    for (LibraryFunction function : values()) {
      names.append(function.functionName).append(", ");
      if (function == IS_SET) {
        names.append(GET_ATTR).append(", ");
      }
    }
    return names.substring(0, names.length() - 2);
  }

  String functionName() {
    return functionName;
  }

  Kind result() {
    return result;
  }

  /** The kinds of its arguments, in order. */
  List<Kind> parameters() {
    return parameters;
  }

  /**
   * Applies the function to arguments that match {@link #parameters()}; null is an empty optional.
   */
  abstract @Nullable Object apply(@Nullable Object[] args, Scope scope);

  /**
   * The characters {@code [start, stop)} of {@code input}, counted from its end when {@code
   * reverse}; unset when the range is empty or does not fit, or when {@code input} has a character
   * beyond ASCII.
   */
  static @Nullable String substring(String input, int start, int stop, boolean reverse) {
    if (start < 0 || start >= stop || stop > input.length()) {
      return null;
    }
    for (int i = 0; i < input.length(); i++) {
      if (input.charAt(i) > 0x7F) {
        return null;
      }
    }
    return reverse
        ? input.substring(input.length() - stop, input.length() - start)
        : input.substring(start, stop);
  }
}
