package dev.apigw.testkit.internal.store;

import dev.apigw.testkit.internal.ApiError;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * ARNs of resources, such as {@code arn:aws:apigateway:us-east-1::/apis/a1b2c3d4e5}: their
 * collections and ids under the region's API Gateway.
 */
public final class Arns {
  private Arns() {}

  /** The ARN of {@code resource} in {@code region}. */
  public static String of(Resource resource, String region) {
    StringBuilder path = new StringBuilder();
    for (Resource at = resource; at != null && at.kind() != null; at = at.parent()) {
      path.insert(0, "/" + collection(at.kind()) + "/" + at.id());
    }
    return "arn:aws:apigateway:" + region + "::" + path;
  }

  /** The resource under {@code root} that {@code arn} names; a 400 or 404 when there is none. */
  public static Resource find(Resource root, String region, String arn) {
    String prefix = "arn:aws:apigateway:" + region + "::/";
    if (!arn.startsWith(prefix)) {
      throw ApiError.badRequest("Invalid resource ARN: " + arn);
    }
    String[] parts = arn.substring(prefix.length()).split("/");
    if (parts.length % 2 != 0) {
      throw ApiError.badRequest("Invalid resource ARN: " + arn);
    }
    Resource at = root;
    for (int i = 0; i < parts.length; i += 2) {
      ResourceKind kind = kindOfCollection(parts[i]);
      if (kind == null) {
        throw ApiError.badRequest("Invalid resource ARN: " + arn);
      }
      Resource child = at.child(kind, parts[i + 1]);
      if (child == null) {
        throw ApiError.notFound("Unable to find the resource " + arn);
      }
      at = child;
    }
    return at;
  }

  private static String collection(ResourceKind kind) {
    return kind.plural().toLowerCase(Locale.ROOT);
  }

  private static @Nullable ResourceKind kindOfCollection(String collection) {
    for (ResourceKind kind : ResourceKind.values()) {
      if (collection(kind).equals(collection)) {
        return kind;
      }
    }
    return null;
  }
}
