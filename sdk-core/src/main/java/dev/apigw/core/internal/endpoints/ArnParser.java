package dev.apigw.core.internal.endpoints;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code aws.parseArn}: {@code arn:partition:service:region:account:resource} into the record the
 * rules read ({@code partition}, {@code service}, {@code region}, {@code accountId}, {@code
 * resourceId}), or unset when the text is not an ARN. Partition, service and resource must be
 * present; region and account may be empty. The resource is split at every {@code :} and {@code /},
 * empty pieces kept.
 */
final class ArnParser {
  private ArnParser() {}

  static @Nullable Map<String, Object> parse(String arn) {
    if (!arn.startsWith("arn:")) {
      return null;
    }
    String[] fields = new String[5];
    int start = 0;
    for (int i = 0; i < fields.length; i++) {
      int colon = arn.indexOf(':', start);
      if (colon < 0) {
        return null;
      }
      fields[i] = arn.substring(start, colon);
      start = colon + 1;
    }
    String resource = arn.substring(start);
    if (fields[1].isEmpty() || fields[2].isEmpty() || resource.isEmpty()) {
      return null;
    }
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("partition", fields[1]);
    record.put("service", fields[2]);
    record.put("region", fields[3]);
    record.put("accountId", fields[4]);
    record.put("resourceId", split(resource));
    return Collections.unmodifiableMap(record);
  }

  private static List<String> split(String resource) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < resource.length(); i++) {
      char c = resource.charAt(i);
      if (c == ':' || c == '/') {
        pieces.add(resource.substring(start, i));
        start = i + 1;
      }
    }
    pieces.add(resource.substring(start));
    return Collections.unmodifiableList(pieces);
  }
}
