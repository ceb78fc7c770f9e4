package dev.apigw.core.internal.endpoints;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds the nodes of a rule set from its JSON values, checking as it goes what can be checked
 * before resolving: the keys of every object, references to parameters and variables in scope,
 * function names and arities, the kinds of arguments where they are known, template and
 * attribute-path syntax. Each failure is an {@link IllegalArgumentException} that names the place,
 * such as {@code rules[1].rules[0].conditions[0].argv[1]}.
 */
final class RuleSetParser {
  private static final Set<String> ROOT_KEYS =
      Set.of("version", "parameters", "rules", "documentation");
  private static final Set<String> PARAMETER_KEYS =
      Set.of("type", "builtIn", "required", "default", "documentation", "deprecated");
  private static final Set<String> ENDPOINT_RULE_KEYS =
      Set.of("type", "conditions", "endpoint", "documentation");
  private static final Set<String> ERROR_RULE_KEYS =
      Set.of("type", "conditions", "error", "documentation");
  private static final Set<String> TREE_RULE_KEYS =
      Set.of("type", "conditions", "rules", "documentation");
  private static final Set<String> ENDPOINT_KEYS = Set.of("url", "properties", "headers");
  private static final Set<String> CONDITION_KEYS = Set.of("fn", "argv", "assign", "documentation");
  private static final Set<String> CALL_KEYS = Set.of("fn", "argv");

  /** What a name in scope stands for: its slot and the kind of its value. */
  private static final class Binding {
    final int slot;
    final Kind kind;

    Binding(int slot, Kind kind) {
      this.slot = slot;
      this.kind = kind;
    }
  }

  private final List<Parameter> parameters = new ArrayList<>();
  private int slots;

  private RuleSetParser() {}

  /**
   * The parsed rule set, bound to {@code partitions} (null: the standard ones, loaded on first
   * use).
   */
  static EndpointRuleSet parse(@Nullable Object document, @Nullable Partitions partitions) {
    return new RuleSetParser().ruleSet(document, partitions);
  }

  private EndpointRuleSet ruleSet(@Nullable Object document, @Nullable Partitions partitions) {
    Map<String, Object> root = object(document, "the rule set", ROOT_KEYS);
    String version = string(required(root, "version", "the rule set"), "version");
    if (!version.startsWith("1.")) {
      throw malformed("version", "this engine reads version 1 rule sets, not " + version);
    }
    Map<String, Binding> scope = new HashMap<>();
    Map<String, Object> declared =
        object(required(root, "parameters", "the rule set"), "parameters", null);
    for (Map.Entry<String, Object> entry : declared.entrySet()) {
      Parameter parameter =
          parameter(entry.getKey(), entry.getValue(), "parameters." + entry.getKey());
      parameters.add(parameter);
      scope.put(parameter.name(), new Binding(parameter.slot(), parameter.kind()));
    }
    List<Rule> rules = rules(required(root, "rules", "the rule set"), "rules", scope);
    return new EndpointRuleSet(parameters, rules, slots, partitions);
  }

  private Parameter parameter(String name, @Nullable Object value, String at) {
    Map<String, Object> declaration = object(value, at, PARAMETER_KEYS);
    String type = string(required(declaration, "type", at), at + ".type");
    Kind kind;
    if (type.equalsIgnoreCase("string")) {
      kind = Kind.STRING;
    } else if (type.equalsIgnoreCase("boolean")) {
      kind = Kind.BOOLEAN;
    } else {
      throw malformed(
          at + ".type", "this engine knows the parameter types string and boolean, not " + type);
    }
    Object builtIn = declaration.get("builtIn");
    Object required = declaration.get("required");
    if (required != null && !(required instanceof Boolean)) {
      throw malformed(at + ".required", "expected a boolean, found " + found(required));
    }
    String builtInName = builtIn == null ? null : string(builtIn, at + ".builtIn");
    try {
      return new Parameter(
          name,
          kind,
          builtInName,
          Boolean.TRUE.equals(required),
          declaration.get("default"),
          slots++);
    } catch (IllegalArgumentException e) {
      throw malformed(at, e.getMessage());
    }
  }

  private List<Rule> rules(@Nullable Object value, String at, Map<String, Binding> scope) {
    List<Object> items = array(value, at);
    if (items.isEmpty()) {
      throw malformed(at, "there must be at least one rule");
    }
    List<Rule> rules = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      rules.add(rule(items.get(i), at + "[" + i + "]", new HashMap<>(scope)));
    }
    return rules;
  }

  private Rule rule(@Nullable Object value, String at, Map<String, Binding> scope) {
    Map<String, Object> rule = object(value, at, null);
    String type = string(required(rule, "type", at), at + ".type");
    Set<String> keys;
    switch (type) {
      case "endpoint":
        keys = ENDPOINT_RULE_KEYS;
        break;
      case "error":
        keys = ERROR_RULE_KEYS;
        break;
      case "tree":
        keys = TREE_RULE_KEYS;
        break;
      default:
        throw malformed(at + ".type", "a rule is of type endpoint, error or tree, not " + type);
    }
    checkKeys(rule, keys, at, "a rule of type " + type);
    List<Condition> conditions = new ArrayList<>();
    Object declaredConditions = rule.get("conditions");
    List<Object> items =
        declaredConditions == null ? List.of() : array(declaredConditions, at + ".conditions");
    for (int i = 0; i < items.size(); i++) {
      conditions.add(condition(items.get(i), at + ".conditions[" + i + "]", scope));
    }
    switch (type) {
      case "endpoint":
        return endpointRule(
            object(required(rule, "endpoint", at), at + ".endpoint", ENDPOINT_KEYS),
            at,
            conditions,
            scope);
      case "error":
        Expression message = expression(required(rule, "error", at), at + ".error", scope);
        requireKind(message, Kind.STRING, "the error message");
        return new ErrorRule(at, conditions, message);
      default:
        return new TreeRule(
            at, conditions, rules(required(rule, "rules", at), at + ".rules", scope));
    }
  }

  private EndpointRule endpointRule(
      Map<String, Object> endpoint,
      String rule,
      List<Condition> conditions,
      Map<String, Binding> scope) {
    String at = rule + ".endpoint";
    Expression url = expression(required(endpoint, "url", at), at + ".url", scope);
    requireKind(url, Kind.STRING, "the endpoint URL");
    Map<String, List<Expression>> headers = new LinkedHashMap<>();
    Object declaredHeaders = endpoint.get("headers");
    if (declaredHeaders != null) {
      for (Map.Entry<String, Object> header :
          object(declaredHeaders, at + ".headers", null).entrySet()) {
        String headerAt = at + ".headers." + header.getKey();
        List<Expression> values = new ArrayList<>();
        List<Object> items = array(header.getValue(), headerAt);
        for (int i = 0; i < items.size(); i++) {
          Expression headerValue = expression(items.get(i), headerAt + "[" + i + "]", scope);
          requireKind(headerValue, Kind.STRING, "a header value");
          values.add(headerValue);
        }
        headers.put(header.getKey(), values);
      }
    }
    Object declaredProperties = endpoint.get("properties");
    RecordExpression properties =
        declaredProperties == null
            ? new RecordExpression(at + ".properties", Map.of())
            : (RecordExpression) property(declaredProperties, at + ".properties", scope, true);
    return new EndpointRule(rule, conditions, url, headers, properties);
  }

  private Condition condition(@Nullable Object value, String at, Map<String, Binding> scope) {
    Map<String, Object> condition = object(value, at, CONDITION_KEYS);
    Expression call = call(condition, at, scope);
    Object assign = condition.get("assign");
    if (assign == null) {
      return new Condition(call, Condition.NO_ASSIGNMENT);
    }
    String name = string(assign, at + ".assign");
    if (name.isEmpty()) {
      throw malformed(at + ".assign", "the variable's name is empty");
    }
    if (scope.containsKey(name)) {
      throw malformed(
          at + ".assign", "'" + name + "' is already a parameter or a variable in scope");
    }
    int slot = slots++;
    scope.put(name, new Binding(slot, call.kind()));
    return new Condition(call, slot);
  }

  /** A function call: {@code fn} and {@code argv} of a condition or of a function object. */
  private Expression call(Map<String, Object> call, String at, Map<String, Binding> scope) {
    String name = string(required(call, "fn", at), at + ".fn");
    List<Object> argv = array(required(call, "argv", at), at + ".argv");
    if (name.equals(LibraryFunction.GET_ATTR)) {
      if (argv.size() != 2) {
        throw malformed(at, "getAttr takes 2 arguments, not " + argv.size());
      }
      if (!(argv.get(1) instanceof String)) {
        throw malformed(
            at + ".argv[1]", "the path of getAttr must be a string, such as \"dnsSuffix\"");
      }
      return attributeAccess(
          expression(argv.get(0), at + ".argv[0]", scope), (String) argv.get(1), at);
    }
    LibraryFunction function = LibraryFunction.named(name);
    if (function == null) {
      throw malformed(
          at + ".fn",
          "there is no function '" + name + "'; the library has " + LibraryFunction.names());
    }
    List<Expression> arguments = new ArrayList<>();
    for (int i = 0; i < argv.size(); i++) {
      arguments.add(expression(argv.get(i), at + ".argv[" + i + "]", scope));
    }
    try {
      return new FunctionCall(at, function, arguments);
    } catch (IllegalArgumentException e) {
      throw malformed(at, e.getMessage());
    }
  }

  private AttributeAccess attributeAccess(Expression target, String path, String at) {
    try {
      return new AttributeAccess(at, target, AttributePath.parse(path));
    } catch (IllegalArgumentException e) {
      throw malformed(at, e.getMessage());
    }
  }

  /**
   * A value where the rules expect one: a string (maybe a template), boolean, integer, array,
   * reference or call.
   */
  private Expression expression(@Nullable Object value, String at, Map<String, Binding> scope) {
    if (value instanceof String) {
      return template((String) value, at, scope);
    }
    if (value instanceof Boolean) {
      return new Literal(at, value, Kind.BOOLEAN);
    }
    if (value instanceof Integer) {
      return new Literal(at, value, Kind.INTEGER);
    }
    if (value instanceof List) {
      List<Expression> elements = new ArrayList<>();
      List<?> items = (List<?>) value;
      for (int i = 0; i < items.size(); i++) {
        elements.add(expression(items.get(i), at + "[" + i + "]", scope));
      }
      return new ArrayExpression(at, elements);
    }
    if (value instanceof Map) {
      Map<String, Object> object = object(value, at, null);
      if (object.containsKey("ref")) {
        checkKeys(object, Set.of("ref"), at, "a reference");
        return reference(string(object.get("ref"), at + ".ref"), at, scope);
      }
      if (object.containsKey("fn")) {
        checkKeys(object, CALL_KEYS, at, "a function call");
        return call(object, at, scope);
      }
      throw malformed(
          at,
          "an object here is a reference {\"ref\": ...} or a function call {\"fn\": ..., \"argv\":"
              + " [...]}");
    }
    throw malformed(at, "expected a value, found " + found(value));
  }

  /**
   * A value of an endpoint's properties: strings (maybe templates), booleans, integers, arrays and
   * objects.
   */
  private Expression property(
      @Nullable Object value, String at, Map<String, Binding> scope, boolean top) {
    if (value instanceof Map) {
      Map<String, Object> object = object(value, at, null);
      if (object.containsKey("ref") || object.containsKey("fn")) {
        throw malformed(
            at,
            "endpoint properties hold no references or function calls; use a template such as"
                + " \"{Region}\"");
      }
      Map<String, Expression> entries = new LinkedHashMap<>();
      for (Map.Entry<String, Object> entry : object.entrySet()) {
        entries.put(
            entry.getKey(), property(entry.getValue(), at + "." + entry.getKey(), scope, false));
      }
      return new RecordExpression(at, entries);
    }
    if (top) {
      throw malformed(at, "expected an object, found " + found(value));
    }
    if (value instanceof List) {
      List<Expression> elements = new ArrayList<>();
      List<?> items = (List<?>) value;
      for (int i = 0; i < items.size(); i++) {
        elements.add(property(items.get(i), at + "[" + i + "]", scope, false));
      }
      return new ArrayExpression(at, elements);
    }
    return expression(value, at, scope);
  }

  private Reference reference(String name, String at, Map<String, Binding> scope) {
    Binding binding = scope.get(name);
    if (binding == null) {
      throw malformed(
          at, "'" + name + "' is neither a parameter nor a variable assigned before this point");
    }
    return new Reference(at, name, binding.slot, binding.kind);
  }

  /**
   * A string, with {@code {name}} and {@code {name#path}} placeholders; {@code {{} and {@code }}}
   * stand for single braces.
   */
  private Expression template(String text, String at, Map<String, Binding> scope) {
    if (text.indexOf('{') < 0 && text.indexOf('}') < 0) {
      return new Literal(at, text, Kind.STRING);
    }
    List<Object> parts = new ArrayList<>();
    StringBuilder constant = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      boolean doubled = i + 1 < text.length() && text.charAt(i + 1) == c;
      if (c == '}') {
        if (!doubled) {
          throw malformed(
              at, "the template \"" + text + "\" has a '}' without a '{' (write }} for a brace)");
        }
        constant.append('}');
        i += 2;
      } else if (c == '{' && doubled) {
        constant.append('{');
        i += 2;
      } else if (c == '{') {
        int close = text.indexOf('}', i + 1);
        if (close < 0) {
          throw malformed(at, "the template \"" + text + "\" has a '{' without a '}'");
        }
        if (constant.length() > 0) {
          parts.add(constant.toString());
          constant.setLength(0);
        }
        parts.add(placeholder(text.substring(i + 1, close), text, at, scope));
        i = close + 1;
      } else {
        constant.append(c);
        i++;
      }
    }
    if (constant.length() > 0) {
      parts.add(constant.toString());
    }
    if (parts.size() == 1 && parts.get(0) instanceof String) {
      return new Literal(at, parts.get(0), Kind.STRING);
    }
    return new Template(at, parts);
  }

  private Expression placeholder(
      String content, String text, String at, Map<String, Binding> scope) {
    if (content.indexOf('{') >= 0) {
      throw malformed(at, "the template \"" + text + "\" has a '{' inside a placeholder");
    }
    int hash = content.indexOf('#');
    String name = hash < 0 ? content : content.substring(0, hash);
    if (name.isEmpty()) {
      throw malformed(at, "the template \"" + text + "\" has a placeholder without a name");
    }
    Expression value = reference(name, at, scope);
    if (hash >= 0) {
      value = attributeAccess(value, content.substring(hash + 1), at);
    }
    if (!Kind.STRING.admits(value.kind())) {
      throw malformed(
          at,
          "the template \""
              + text
              + "\" inserts {"
              + content
              + "}, which is "
              + value.kind().description()
              + "; only strings go into a template");
    }
    return value;
  }

  private static void requireKind(Expression expression, Kind kind, String what) {
    if (!kind.admits(expression.kind())) {
      throw malformed(
          expression.location(),
          what + " must be " + kind.description() + ", not " + expression.kind().description());
    }
  }

  private static Object required(Map<String, Object> object, String key, String at) {
    Object value = object.get(key);
    if (value == null) {
      throw malformed(at, "\"" + key + "\" is missing");
    }
    return value;
  }

  /** {@code value} as an object; with {@code keys}, every key must be one of them. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(
      @Nullable Object value, String at, @Nullable Set<String> keys) {
    if (!(value instanceof Map)) {
      throw malformed(at, "expected an object, found " + found(value));
    }
    Map<String, Object> object = (Map<String, Object>) value;
    if (keys != null) {
      checkKeys(object, keys, at, "this object");
    }
    return object;
  }

  private static void checkKeys(
      Map<String, Object> object, Set<String> keys, String at, String what) {
    for (String key : object.keySet()) {
      if (!keys.contains(key)) {
        throw malformed(
            at, "unknown key \"" + key + "\"; " + what + " has " + String.join(", ", sorted(keys)));
      }
    }
  }

  private static List<String> sorted(Set<String> keys) {
    List<String> list = new ArrayList<>(keys);
    list.sort(null);
    return list;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> array(@Nullable Object value, String at) {
    if (!(value instanceof List)) {
      throw malformed(at, "expected an array, found " + found(value));
    }
    return (List<Object>) value;
  }

  private static String string(@Nullable Object value, String at) {
    if (!(value instanceof String)) {
      throw malformed(at, "expected a string, found " + found(value));
    }
    return (String) value;
  }

  private static String found(@Nullable Object value) {
    return value == null ? "null" : Kind.describe(value);
  }

  private static IllegalArgumentException malformed(String at, String problem) {
    return new IllegalArgumentException(
        "The endpoint rule set is malformed at " + at + ": " + problem);
  }
}
