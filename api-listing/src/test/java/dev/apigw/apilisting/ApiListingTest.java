package dev.apigw.apilisting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a listing holds and how it writes it, on fixture classes compiled for the test. */
class ApiListingTest {

  static final String NULLABLE =
      "package fixture;\n"
          + "import java.lang.annotation.*;\n"
          + "@Documented @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.TYPE_USE)\n"
          + "public @interface Nullable {}\n";

  static final String SHELF =
      "package fixture;\n"
          + "import java.util.*;\n"
          + "import java.util.function.BiFunction;\n"
          + "public class Shelf<T extends Comparable<? super T>> implements Iterable<T> {\n"
          + "  public static final String NAME = \"shelf\";\n"
          + "  protected int size;\n"
          + "  int hidden;\n"
          + "  public Shelf() {}\n"
          + "  protected Shelf(List<? extends T> items) {}\n"
          + "  public Iterator<T> iterator() { return null; }\n"
          + "  public @Nullable T first() { return null; }\n"
          + "  public Map<String, @Nullable T> byName(String... names) { return null; }\n"
          + "  public String @Nullable [] labels() { return null; }\n"
          + "  @Deprecated(since = \"0.9\") public void old() throws java.io.IOException {}\n"
          + "  public <R> R fold(R seed, BiFunction<R, ? super T, R> step) { return seed; }\n"
          + "  public Runnable task() { return () -> {}; }\n"
          + "  String packagePrivate() { return \"\"; }\n"
          + "  public static final class Builder {}\n"
          + "  protected interface Hook {}\n"
          + "  static class Hidden { public void x() {} }\n"
          + "  public enum Color { RED, GREEN { @Override public String toString() { return \"g\"; } } }\n"
          + "}\n";

  static final Map<String, String> V1 =
      Map.of(
          "fixture/Nullable.java", NULLABLE,
          "fixture/Shelf.java", SHELF,
          "fixture/PackagePrivate.java",
              "package fixture; class PackagePrivate { public void x() {} }\n",
          "fixture/internal/Secret.java",
              "package fixture.internal; public class Secret { public void x() {} }\n",
          "fixture/package-info.java", "@Deprecated package fixture;\n");

  @TempDir Path temp;

  @Test
  void listsPublicAndProtectedMembersWithGenericsAndDocumentedAnnotations() throws IOException {
    Path classes = Fixtures.compile(temp, V1, List.of());

    List<String> listing = ApiListing.of(classes, List.of());

    assertThat(listing)
        .containsExactly(
            "@Deprecated package fixture",
            "fixture.Nullable: @java.lang.annotation.Documented"
                + " @java.lang.annotation.Retention(value=java.lang.annotation.RetentionPolicy.RUNTIME)"
                + " @java.lang.annotation.Target(value={java.lang.annotation.ElementType.TYPE_USE})"
                + " public @interface Nullable",
            "fixture.Shelf: public class Shelf<T extends Comparable<? super T>> implements Iterable<T>",
            "fixture.Shelf: public static final String NAME",
            "fixture.Shelf: protected int size",
            "fixture.Shelf: protected Shelf(java.util.List<? extends T>)",
            "fixture.Shelf: public Shelf()",
            "fixture.Shelf: public java.util.Map<String, @fixture.Nullable T> byName(String...)",
            "fixture.Shelf: public @fixture.Nullable T first()",
            "fixture.Shelf: public <R> R fold(R, java.util.function.BiFunction<R, ? super T, R>)",
            "fixture.Shelf: public java.util.Iterator<T> iterator()",
            "fixture.Shelf: public String @fixture.Nullable [] labels()",
            "fixture.Shelf: @Deprecated(since=\"0.9\") public void old() throws java.io.IOException",
            "fixture.Shelf: public Runnable task()",
            "fixture.Shelf.Builder: public static final class Builder",
            "fixture.Shelf.Builder: public Builder()",
            "fixture.Shelf.Color: public enum Color",
            "fixture.Shelf.Color: public static final fixture.Shelf.Color GREEN",
            "fixture.Shelf.Color: public static final fixture.Shelf.Color RED",
            "fixture.Shelf.Color: public static fixture.Shelf.Color valueOf(String)",
            "fixture.Shelf.Color: public static fixture.Shelf.Color[] values()",
            "fixture.Shelf.Hook: protected interface Hook");
  }

  @Test
  void aModuleListsOnlyThePackagesItExportsToEveryone() throws IOException {
    Map<String, String> sources =
        Map.of(
            "module-info.java",
            "module fixture.mod { exports fixture.api; exports fixture.shared to java.base; }\n",
            "fixture/api/Door.java",
            "package fixture.api; public interface Door { default void open() {} static Door shut() { return null; } }\n",
            "fixture/shared/Key.java",
            "package fixture.shared; public class Key {}\n",
            "fixture/hidden/Lock.java",
            "package fixture.hidden; public class Lock {}\n");
    Path classes = Fixtures.compile(temp, sources, List.of());

    assertThat(ApiListing.of(classes, List.of()))
        .containsExactly(
            "package fixture.api",
            "fixture.api.Door: public interface Door",
            "fixture.api.Door: public default void open()",
            "fixture.api.Door: public static fixture.api.Door shut()");
  }

  @Test
  void signaturesMayNameTypesFromTheClasspath() throws IOException {
    Path library =
        Fixtures.compile(
            temp.resolve("library"),
            Map.of("lib/Part.java", "package lib; public class Part {}\n"),
            List.of());
    Path classes =
        Fixtures.compile(
            temp.resolve("module"),
            Map.of(
                "app/Machine.java",
                "package app; public abstract class Machine { public abstract lib.Part part(); }\n"),
            List.of(library));

    assertThat(ApiListing.of(classes, List.of(library)))
        .containsExactly(
            "package app",
            "app.Machine: public abstract class Machine",
            "app.Machine: public Machine()",
            "app.Machine: public abstract lib.Part part()");
  }
}
