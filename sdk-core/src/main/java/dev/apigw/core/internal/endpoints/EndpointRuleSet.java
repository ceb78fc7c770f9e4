package dev.apigw.core.internal.endpoints;

import dev.apigw.core.lang.Arguments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.jspecify.annotations.Nullable;

/**
 * An endpoint rule set in the Smithy rules language (version 1), such as the one AWS publishes for
 * each service, ready to resolve endpoints. It reads parameters of type string or boolean bound by
 * their built-ins, rules of type endpoint, error and tree, and the whole standard library with the
 * AWS functions; {@code aws.partition} answers from {@link Partitions#standard()}. Parsing checks
 * what can be checked ahead (see {@link #parse(InputStream)}); each resolution then evaluates the
 * rules in order, without reflection. Immutable and thread-safe.
 */
public final class EndpointRuleSet {
  private static final Map<ClassLoader, Map<String, EndpointRuleSet>> CACHE = new WeakHashMap<>();

  private final List<Parameter> parameters;
  private final List<Rule> rules;
  private final int slotCount;

  /**
   * The partitions {@code aws.partition} reads; null for the standard ones, loaded when a rule
   * first needs them.
   */
  private final @Nullable Partitions partitions;

  EndpointRuleSet(
      List<Parameter> parameters,
      List<Rule> rules,
      int slotCount,
      @Nullable Partitions partitions) {
    this.parameters = List.copyOf(parameters);
    this.rules = List.copyOf(rules);
    this.slotCount = slotCount;
    this.partitions = partitions;
  }

  /**
   * Reads a rule set from JSON. Fails with {@link IllegalArgumentException} naming the place and
   * the problem when the JSON is not a well-formed rule set: an unknown key, a reference to nothing
   * in scope, an unknown function, a wrong number of arguments or an argument of the wrong kind, a
   * template or attribute path that does not parse. Only a failure to read {@code json} is an
   * {@link IOException}. Does not close {@code json}.
   */
  public static EndpointRuleSet parse(InputStream json) throws IOException {
    Arguments.requireNonNull(json, "json");
    return RuleSetParser.parse(JsonTree.read(json, "The endpoint rule set"), null);
  }

  /**
   * The rule set in the class-path resource {@code resourceName} (such as {@code
   * dev/apigw/model/endpoint-rule-set.json}), parsed once per class loader and name. Fails with
   * {@link IllegalStateException} when the resource is missing, unreadable or malformed.
   */
  public static EndpointRuleSet fromResource(ClassLoader loader, String resourceName) {
    Arguments.requireNonNull(loader, "loader");
    String name = Arguments.requireNonBlank(resourceName, "resourceName");
    if (name.startsWith("/")) {
      name = name.substring(1);
    }
    synchronized (CACHE) {
      EndpointRuleSet cached = CACHE.getOrDefault(loader, Map.of()).get(name);
      if (cached != null) {
        return cached;
      }
    }
    EndpointRuleSet parsed = load(loader, name);
    synchronized (CACHE) {
      return CACHE
          .computeIfAbsent(loader, key -> new HashMap<>())
          .computeIfAbsent(name, key -> parsed);
    }
  }

  private static EndpointRuleSet load(ClassLoader loader, String name) {
    try (InputStream json = loader.getResourceAsStream(name)) {
      if (json == null) {
        throw new IllegalStateException(
            "There is no endpoint rule set at the class-path resource " + name);
      }
      return parse(json);
    } catch (IOException e) {
      throw new IllegalStateException(
          "Reading the endpoint rule set at the class-path resource " + name + " failed",
          new UncheckedIOException(e));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "The class-path resource "
              + name
              + " is not a usable endpoint rule set: "
              + e.getMessage(),
          e);
    }
  }

  /** The same rules, with {@code aws.partition} answering from {@code partitions}. */
  EndpointRuleSet withPartitions(Partitions partitions) {
    return new EndpointRuleSet(
        parameters, rules, slotCount, Arguments.requireNonNull(partitions, "partitions"));
  }

  /**
   * The endpoint's URL for {@code parameters}.
   *
   * @throws EndpointResolutionException with the rule set's message when an error rule applies
   *     (such as {@code Invalid Configuration: Missing Region}), or saying what else kept the rules
   *     from giving an endpoint
   */
  public URI resolve(EndpointParameters parameters) {
    return resolveEndpoint(parameters).url();
  }

  /** Like {@link #resolve(EndpointParameters)}, with the endpoint's headers and properties. */
  public ResolvedEndpoint resolveEndpoint(EndpointParameters parameters) {
    Arguments.requireNonNull(parameters, "parameters");
    Scope scope = new Scope(slotCount, partitions);
    for (Parameter parameter : this.parameters) {
      Object value = parameter.valueFrom(parameters);
      if (value != null) {
        scope.set(parameter.slot(), value);
      }
    }
    return Rule.first(rules, scope, " to " + parameters);
  }

  @Override
  public String toString() {
    StringBuilder names = new StringBuilder();
    for (Parameter parameter : parameters) {
      names.append(names.length() == 0 ? "" : ", ").append(parameter.name());
    }
    return "EndpointRuleSet{parameters=[" + names + "], rules=" + rules.size() + "}";
  }
}
