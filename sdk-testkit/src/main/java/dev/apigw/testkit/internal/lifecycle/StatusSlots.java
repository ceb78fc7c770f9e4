package dev.apigw.testkit.internal.lifecycle;

import dev.apigw.testkit.internal.Maps;
import dev.apigw.testkit.internal.store.Resource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The places the service's resources show their statuses, as the model names their members. */
final class StatusSlots {
  private StatusSlots() {}

  /** A status member with a message member beside it, as a VPC link's. */
  static StatusSlot member(String statusMember, String messageMember) {
    return new StatusSlot(
        statusMember,
        (resource, status, message) -> {
          resource.fields().put(statusMember, status);
          putOrRemove(resource.fields(), messageMember, message);
        });
  }

  /** A portal's {@code publishStatus}, its failure told in {@code statusException}. */
  static StatusSlot publishStatus() {
    return new StatusSlot(
        "publishStatus",
        (portal, status, message) -> {
          portal.fields().put("publishStatus", status);
          putOrRemove(portal.fields(), "statusException", exception(message));
        });
  }

  /**
   * A portal's {@code preview}: its {@code previewStatus}, a {@code previewUrl} once it is ready
   * and a {@code statusException} when it failed.
   */
  static StatusSlot preview() {
    return new StatusSlot("preview", StatusSlots::showPreview);
  }

  private static void showPreview(Resource portal, String status, @Nullable String message) {
    Map<String, Object> preview = new LinkedHashMap<>();
    preview.put("previewStatus", status);
    if ("PREVIEW_READY".equals(status)) {
      String region = String.valueOf(portal.fields().get("portalArn")).split(":")[3];
      preview.put(
          "previewUrl", "https://" + portal.id() + ".preview.portal." + region + ".amazonaws.com");
    }
    putOrRemove(preview, "statusException", exception(message));
    portal.fields().put("preview", preview);
  }

  /** Every configuration of a domain name: its {@code domainNameStatus} and status message. */
  static StatusSlot domainNameConfigurations() {
    return new StatusSlot("domainNameStatus", StatusSlots::showOnConfigurations);
  }

  private static void showOnConfigurations(
      Resource domain, String status, @Nullable String message) {
    Object configurations = domain.fields().get("domainNameConfigurations");
    if (!(configurations instanceof List)) {
      return;
    }
    for (Object configuration : (List<?>) configurations) {
      if (configuration instanceof Map) {
        Map<String, Object> c = Maps.of(configuration);
        c.put("domainNameStatus", status);
        putOrRemove(c, "domainNameStatusMessage", message);
      }
    }
  }

  private static @Nullable Map<String, Object> exception(@Nullable String message) {
    if (message == null) {
      return null;
    }
    Map<String, Object> exception = new LinkedHashMap<>();
    exception.put("message", message);
    return exception;
  }

  private static void putOrRemove(
      Map<String, Object> fields, String member, @Nullable Object value) {
    if (value == null) {
      fields.remove(member);
    } else {
      fields.put(member, value);
    }
  }
}
