package dev.apigw.core.internal.endpoints;

import dev.apigw.core.lang.Arguments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * AWS's partitions, from the {@code partitions.json} AWS publishes with its SDKs, and which one a
 * region belongs to. A region listed in a partition's {@code regions} belongs to it, with that
 * region's overrides of the outputs applied; otherwise the first partition whose {@code
 * regionRegex} matches; otherwise {@code aws}. Immutable and thread-safe.
 */
public final class Partitions {
  private static final String RESOURCE = "partitions.json";
  private static final String FALLBACK = "aws";

  private final Map<String, Partition> explicitRegions;
  private final List<Pattern> patterns;
  private final List<Partition> patternPartitions;
  private final @Nullable Partition fallback;

  private Partitions(
      Map<String, Partition> explicitRegions,
      List<Pattern> patterns,
      List<Partition> patternPartitions,
      @Nullable Partition fallback) {
    this.explicitRegions = Map.copyOf(explicitRegions);
    this.patterns = List.copyOf(patterns);
    this.patternPartitions = List.copyOf(patternPartitions);
    this.fallback = fallback;
  }

  /** The partitions this version of the SDK was built with. */
  public static Partitions standard() {
    return Standard.PARTITIONS;
  }

  /**
   * The partition of {@code region}, such as {@code aws-cn} for {@code cn-north-1}; {@code aws} for
   * a region no partition claims.
   *
   * @throws IllegalArgumentException when {@code region} is null, or no partition claims it and
   *     there is no {@code aws} partition to fall back to
   */
  public Partition partitionOf(String region) {
    Partition partition = find(Arguments.requireNonNull(region, "region"));
    if (partition == null) {
      throw new IllegalArgumentException(
          "No partition claims the region "
              + region
              + " and there is no "
              + FALLBACK
              + " partition to fall back to");
    }
    return partition;
  }

  /** What {@code aws.partition} gives: {@link #partitionOf(String)}, or null where that fails. */
  @Nullable Partition find(String region) {
    Partition explicit = explicitRegions.get(region);
    if (explicit != null) {
      return explicit;
    }
    for (int i = 0; i < patterns.size(); i++) {
      if (patterns.get(i).matcher(region).find()) {
        return patternPartitions.get(i);
      }
    }
    return fallback;
  }

  /**
   * Reads partitions in the format of {@code partitions.json}. Fails with {@link
   * IllegalArgumentException} naming the problem when the document is malformed (a partition
   * without an id or a region pattern, an output missing or of the wrong type, a region listed by
   * two partitions); keys the format may grow are ignored.
   */
  static Partitions parse(InputStream json) throws IOException {
    Object document = JsonTree.read(json, "The partitions document");
    Map<String, Object> root = object(document, "the partitions document");
    List<Object> declared = list(root.get("partitions"), "partitions");
    Map<String, Partition> explicitRegions = new HashMap<>();
    Map<String, String> claimedBy = new HashMap<>();
    List<Pattern> patterns = new ArrayList<>();
    List<Partition> patternPartitions = new ArrayList<>();
    Partition fallback = null;
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < declared.size(); i++) {
      String at = "partitions[" + i + "]";
      Map<String, Object> entry = object(declared.get(i), at);
      String id = string(entry.get("id"), at + ".id");
      if (ids.contains(id)) {
        throw malformed(at + ".id", "the partition " + id + " is declared twice");
      }
      ids.add(id);
      at = "partition " + id;
      Map<String, Object> outputs =
          outputs(object(entry.get("outputs"), at + " outputs"), at + " outputs");
      Partition partition = partition(outputs, at);
      patterns.add(pattern(string(entry.get("regionRegex"), at + " regionRegex"), at));
      patternPartitions.add(partition);
      if (id.equals(FALLBACK)) {
        fallback = partition;
      }
      Object regions = entry.get("regions");
      Map<String, Object> listed = regions == null ? Map.of() : object(regions, at + " regions");
      for (Map.Entry<String, Object> region : listed.entrySet()) {
        String where = at + " region " + region.getKey();
        String other = claimedBy.putIfAbsent(region.getKey(), id);
        if (other != null) {
          throw malformed(where, "the region is also listed by the partition " + other);
        }
        Map<String, Object> overrides = new LinkedHashMap<>(object(region.getValue(), where));
        overrides.remove("description");
        if (overrides.isEmpty()) {
          explicitRegions.put(region.getKey(), partition);
        } else {
          Map<String, Object> merged = new LinkedHashMap<>(outputs);
          merged.putAll(outputs(overrides, where));
          explicitRegions.put(region.getKey(), partition(merged, where));
        }
      }
    }
    return new Partitions(explicitRegions, patterns, patternPartitions, fallback);
  }

  private static Partition partition(Map<String, Object> outputs, String at) {
    try {
      return new Partition(outputs);
    } catch (IllegalArgumentException e) {
      throw malformed(at, e.getMessage());
    }
  }

  /** Outputs (or a region's overrides of them): strings and booleans. */
  private static Map<String, Object> outputs(Map<String, Object> values, String at) {
    for (Map.Entry<String, Object> value : values.entrySet()) {
      if (!(value.getValue() instanceof String) && !(value.getValue() instanceof Boolean)) {
        throw malformed(
            at,
            "the output "
                + value.getKey()
                + " must be a string or a boolean, not "
                + found(value.getValue()));
      }
    }
    return values;
  }

  private static Pattern pattern(String regex, String at) {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw malformed(at + " regionRegex", "not a regular expression: " + e.getDescription());
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(@Nullable Object value, String at) {
    if (!(value instanceof Map)) {
      throw malformed(at, "expected an object, found " + found(value));
    }
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(@Nullable Object value, String at) {
    if (!(value instanceof List)) {
      throw malformed(at, "expected an array, found " + found(value));
    }
    return (List<Object>) value;
  }

  private static String string(@Nullable Object value, String at) {
    if (!(value instanceof String) || ((String) value).isEmpty()) {
      throw malformed(at, "expected a non-empty string, found " + found(value));
    }
    return (String) value;
  }

  private static String found(@Nullable Object value) {
    return value == null ? "nothing" : Kind.describe(value);
  }

  private static IllegalArgumentException malformed(String at, String problem) {
    return new IllegalArgumentException(
        "The partitions document is malformed at " + at + ": " + problem);
  }

  @Override
  public String toString() {
    return "Partitions{regions=" + explicitRegions.size() + ", patterns=" + patterns.size() + "}";
  }

  /** The bundled partitions, read when first asked for. */
  private static final class Standard {
    static final Partitions PARTITIONS = load();

    private static Partitions load() {
      try (InputStream json = Partitions.class.getResourceAsStream(RESOURCE)) {
        if (json == null) {
          throw new IllegalStateException(
              "The SDK's partitions, dev/apigw/core/internal/endpoints/"
                  + RESOURCE
                  + ", are missing from the class path");
        }
        return parse(json);
      } catch (IOException e) {
        throw new UncheckedIOException("Reading the SDK's partitions failed", e);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("The SDK's partitions are unusable: " + e.getMessage(), e);
      }
    }
  }
}
