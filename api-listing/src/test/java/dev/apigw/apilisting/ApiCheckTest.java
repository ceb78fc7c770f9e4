package dev.apigw.apilisting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check the build runs in the verify phase, driven as the build drives it ({@link
 * ApiCheck#main} with the listing, the classes, the classpath and the update flag): a deliberate
 * change to the API that the listing does not carry fails with the diff, and the update flag
 * rewrites the listing so the next check passes.
 */
class ApiCheckTest {

  @TempDir Path temp;

  /**
   * The fixture of {@link ApiListingTest} after a change: first() now returns Optional, task() is
   * gone, count() new.
   */
  static Map<String, String> changedApi() {
    Map<String, String> sources = new HashMap<>(ApiListingTest.V1);
    sources.put(
        "fixture/Shelf.java",
        ApiListingTest.SHELF
            .replace(
                "public @Nullable T first() { return null; }",
                "public Optional<T> first() { return null; }")
            .replace(
                "public Runnable task() { return () -> {}; }", "public int count() { return 0; }"));
    return sources;
  }

  private static void check(Path listing, Path classes, List<Path> classpath, boolean update) {
    ApiCheck.main(
        new String[] {
          listing.toString(),
          classes.toString(),
          String.join(
              File.pathSeparator, classpath.stream().map(Path::toString).toArray(String[]::new)),
          String.valueOf(update)
        });
  }

  @Test
  void anUnlistedChangeFailsTheCheckWithTheDiffAndLeavesTheListingAlone() throws IOException {
    Path listing = temp.resolve("api/fixture.api");
    Path before = Fixtures.compile(temp.resolve("v1"), ApiListingTest.V1, List.of());
    check(listing, before, List.of(), true);
    String committed = Files.readString(listing);
    Path after = Fixtures.compile(temp.resolve("v2"), changedApi(), List.of());

    assertThatThrownBy(() -> check(listing, after, List.of(), false))
        .isInstanceOf(ApiChangedException.class)
        .hasMessageContaining("(2 lines removed, 2 added)")
        .hasMessageContaining(
            "@@ -8,12 +8,12 @@\n"
                + " fixture.Shelf: protected Shelf(java.util.List<? extends T>)\n"
                + " fixture.Shelf: public Shelf()\n"
                + " fixture.Shelf: public java.util.Map<String, @fixture.Nullable T> byName(String...)\n"
                + "-fixture.Shelf: public @fixture.Nullable T first()\n"
                + "+fixture.Shelf: public int count()\n"
                + "+fixture.Shelf: public java.util.Optional<T> first()\n"
                + " fixture.Shelf: public <R> R fold(R, java.util.function.BiFunction<R, ? super T, R>)\n"
                + " fixture.Shelf: public java.util.Iterator<T> iterator()\n"
                + " fixture.Shelf: public String @fixture.Nullable [] labels()\n"
                + " fixture.Shelf: @Deprecated(since=\"0.9\") public void old() throws java.io.IOException\n"
                + "-fixture.Shelf: public Runnable task()\n"
                + " fixture.Shelf.Builder: public static final class Builder\n"
                + " fixture.Shelf.Builder: public Builder()\n"
                + " fixture.Shelf.Color: public enum Color\n")
        .hasMessageContaining("(committed)")
        .hasMessageContaining("(compiled classes)")
        .hasMessageContaining("-Dapi.update=true");
    assertThat(Files.readString(listing)).isEqualTo(committed);
  }

  @Test
  void theUpdateFlagRewritesTheListingAndTheCheckThenPasses() throws IOException {
    Path listing = temp.resolve("api/fixture.api");
    check(
        listing,
        Fixtures.compile(temp.resolve("v1"), ApiListingTest.V1, List.of()),
        List.of(),
        true);
    Path after = Fixtures.compile(temp.resolve("v2"), changedApi(), List.of());

    String rewritten = ApiCheck.run(listing, after, List.of(), true);
    String checked = ApiCheck.run(listing, after, List.of(), false);

    assertThat(rewritten).contains("rewritten: 2 lines removed, 2 added");
    assertThat(checked).contains("matches the compiled classes");
    assertThat(Files.readAllLines(listing))
        .startsWith(
            "# The public API of this module, one line per member; written by the build, checked by mvn verify.")
        .contains(
            "fixture.Shelf: public java.util.Optional<T> first()",
            "fixture.Shelf: public int count()")
        .doesNotContain("fixture.Shelf: public Runnable task()");
  }

  @Test
  void aMissingListingFailsAndSaysHowToWriteIt() throws IOException {
    Path classes = Fixtures.compile(temp, ApiListingTest.V1, List.of());
    Path listing = temp.resolve("api/none.api");

    assertThatThrownBy(() -> check(listing, classes, List.of(), false))
        .isInstanceOf(ApiChangedException.class)
        .hasMessageContaining("No API listing at")
        .hasMessageContaining("-Dapi.update=true");
    assertThat(listing).doesNotExist();
  }

  @Test
  void aListingRewrittenForTheSameClassesIsTheSameFile() throws IOException {
    Path classes = Fixtures.compile(temp, ApiListingTest.V1, List.of());
    Path first = temp.resolve("first.api");
    Path second = temp.resolve("second.api");

    check(first, classes, List.of(), true);
    check(second, classes, List.of(), true);

    assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
  }
}
