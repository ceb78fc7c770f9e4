package dev.apigw.apilisting;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The build's check of a module's public API: lists the API of the compiled classes and compares
 * the listing with the committed one. When they differ the check fails with their diff; with {@code
 * update} it rewrites the committed listing instead. Run by each published module in the {@code
 * verify} phase (the root pom's {@code api-listing} profile), and by hand as {@code ApiCheck
 * <listing> <classes> <classpath> [update]}.
 */
public final class ApiCheck {

  static final String UPDATE_HINT =
      "If the change is meant, rewrite the listing with mvn verify -Dapi.update=true (for one module: -pl <module> -am)"
          + " and commit it with the change; its diff is what reviewers read.";

  /** The listing file's first lines, so that a reader who opens it knows where it comes from. */
  static final List<String> HEADER =
      List.of(
          "# The public API of this module, one line per member; written by the build, checked by mvn verify.",
          "# Do not edit: rebuild with -Dapi.update=true and commit the result with the change.");

  private ApiCheck() {}

  public static void main(String[] args) {
    if (args.length < 3 || args.length > 4) {
      throw new IllegalArgumentException(
          "usage: ApiCheck <listing file> <classes directory> <classpath> [update: true|false]");
    }
    List<Path> classpath = new ArrayList<>();
    for (String entry : args[2].split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        classpath.add(Path.of(entry));
      }
    }
    boolean update = args.length == 4 && Boolean.parseBoolean(args[3].trim());
    System.out.println(run(Path.of(args[0]), Path.of(args[1]), classpath, update));
  }

  /**
   * Checks (or, with {@code update}, rewrites) the listing at {@code listing} against the classes
   * in {@code classes}.
   *
   * @return what was done, for the build's log
   * @throws ApiChangedException when the API and the listing differ and {@code update} is false
   */
  public static String run(Path listing, Path classes, List<Path> classpath, boolean update) {
    long start = System.nanoTime();
    List<String> api = ApiListing.of(classes, classpath);
    List<String> compiled = new ArrayList<>(HEADER);
    compiled.addAll(api);
    String shown = shown(listing);
    boolean present = Files.isRegularFile(listing);
    List<String> committed = present ? read(listing) : List.of();
    ListingDiff diff = ListingDiff.between(committed, compiled);
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (present && diff.isEmpty()) {
      return String.format(
          "API listing %s matches the compiled classes (%s, %d ms)",
          shown, lines(api.size()), millis);
    }
    if (update) {
      write(listing, compiled);
      return String.format(
          "API listing %s rewritten: %s removed, %d added; commit it with the change",
          shown, lines(diff.removed()), diff.added());
    }
    if (!present) {
      throw new ApiChangedException(
          "No API listing at " + shown + " (" + lines(api.size()) + " to list). " + UPDATE_HINT);
    }
    throw new ApiChangedException(
        String.format(
            "The public API differs from its listing %s (%s removed, %d added):%n%s%s",
            shown,
            lines(diff.removed()),
            diff.added(),
            diff.unified(shown + " (committed)", shown + " (compiled classes)"),
            UPDATE_HINT));
  }

  private static String lines(long count) {
    return count == 1 ? "1 line" : count + " lines";
  }

  static List<String> read(Path listing) {
    try {
      return Files.readAllLines(listing, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + listing, e);
    }
  }

  static void write(Path listing, List<String> lines) {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line).append('\n');
    }
    try {
      Files.createDirectories(listing.toAbsolutePath().getParent());
      Files.writeString(listing, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + listing, e);
    }
  }

  /**
   * The listing's path as a reader finds it: relative to the directory the build runs in, when it
   * is inside it.
   */
  private static String shown(Path listing) {
    Path absolute = listing.toAbsolutePath().normalize();
    Path here = Path.of("").toAbsolutePath();
    return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
  }
}
