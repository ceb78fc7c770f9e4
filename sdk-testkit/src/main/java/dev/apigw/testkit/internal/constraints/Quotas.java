package dev.apigw.testkit.internal.constraints;

import dev.apigw.testkit.Quota;
import dev.apigw.testkit.internal.ApiError;
import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ResourceKind;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The quotas one emulator enforces: the service's defaults, with the builder's settings over them.
 * The store asks before each create, an OpenAPI import before it creates anything. Immutable.
 */
public final class Quotas {
  private final Map<Quota, Integer> limits;

  public Quotas(Map<Quota, Integer> settings) {
    this.limits = new EnumMap<>(Quota.class);
    for (Quota quota : Quota.values()) {
      limits.put(quota, settings.getOrDefault(quota, quota.defaultLimit()));
    }
  }

  /** The service's defaults only. */
  public static Quotas defaults() {
    return new Quotas(Map.of());
  }

  public int limit(Quota quota) {
    return limits.get(quota);
  }

  /**
   * Refuses, as the service does, a create of a {@code kind} under {@code parent} that would go
   * over its quota; {@code fields} are the new resource's.
   */
  public void requireRoomFor(ResourceKind kind, Resource parent, Map<String, Object> fields) {
    Quota quota = quotaOf(kind);
    if (quota == null) {
      return;
    }
    if (quota == Quota.MULTI_LEVEL_API_MAPPINGS_PER_DOMAIN && !multiLevel(fields)) {
      return;
    }
    long existing =
        parent.children(kind).stream()
            .filter(
                child ->
                    quota != Quota.MULTI_LEVEL_API_MAPPINGS_PER_DOMAIN
                        || multiLevel(child.fields()))
            .count();
    requireRoom(quota, existing, 1);
  }

  /** Refuses adding {@code adding} resources to {@code existing} ones over {@code quota}. */
  public void requireRoom(Quota quota, long existing, long adding) {
    if (existing + adding > limit(quota)) {
      throw new ApiError(429, "ConflictException", quota.exceededMessage());
    }
  }

  private static boolean multiLevel(Map<String, Object> fields) {
    Object key = fields.get("apiMappingKey");
    return key instanceof String && ((String) key).contains("/");
  }

  private static @Nullable Quota quotaOf(ResourceKind kind) {
    switch (kind) {
      case ROUTE:
        return Quota.ROUTES_PER_API;
      case INTEGRATION:
        return Quota.INTEGRATIONS_PER_API;
      case STAGE:
        return Quota.STAGES_PER_API;
      case AUTHORIZER:
        return Quota.AUTHORIZERS_PER_API;
      case API:
        return Quota.APIS_PER_REGION;
      case DOMAIN_NAME:
        return Quota.DOMAIN_NAMES_PER_REGION;
      case VPC_LINK:
        return Quota.VPC_LINKS_PER_REGION;
      case API_MAPPING:
        return Quota.MULTI_LEVEL_API_MAPPINGS_PER_DOMAIN;
      case ROUTING_RULE:
        return Quota.ROUTING_RULES_PER_DOMAIN;
      default:
        return null;
    }
  }
}
