package dev.apigw.apilisting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The diff printed when a listing is stale: only the changes, with three lines of context, as git
 * shows them.
 */
class ListingDiffTest {

  private static final List<String> TWENTY =
      IntStream.rangeClosed(1, 20)
          .mapToObj(i -> String.format("line%02d", i))
          .collect(Collectors.toList());

  private static List<String> with(List<String> lines, int index, String replacement) {
    List<String> copy = new ArrayList<>(lines);
    copy.set(index, replacement);
    return copy;
  }

  @Test
  void equalListingsHaveNoDiff() {
    ListingDiff diff = ListingDiff.between(TWENTY, new ArrayList<>(TWENTY));

    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.unified("a", "b")).isEmpty();
  }

  @Test
  void aChangedLineIsShownWithThreeLinesAroundIt() {
    ListingDiff diff = ListingDiff.between(TWENTY, with(TWENTY, 9, "line10 changed"));

    assertThat(diff.unified("old", "new"))
        .isEqualTo(
            "--- old\n"
                + "+++ new\n"
                + "@@ -7,7 +7,7 @@\n"
                + " line07\n"
                + " line08\n"
                + " line09\n"
                + "-line10\n"
                + "+line10 changed\n"
                + " line11\n"
                + " line12\n"
                + " line13\n");
    assertThat(diff.removed()).isEqualTo(1);
    assertThat(diff.added()).isEqualTo(1);
  }

  @Test
  void changesFarApartMakeTwoHunksAndChangesCloseTogetherOne() {
    List<String> after = with(with(TWENTY, 1, "second"), 18, "nineteenth");
    after.remove(0);
    after.add(7, "inserted");

    assertThat(ListingDiff.between(TWENTY, after).unified("old", "new"))
        .isEqualTo(
            "--- old\n"
                + "+++ new\n"
                + "@@ -1,11 +1,11 @@\n"
                + "-line01\n"
                + "-line02\n"
                + "+second\n"
                + " line03\n"
                + " line04\n"
                + " line05\n"
                + " line06\n"
                + " line07\n"
                + " line08\n"
                + "+inserted\n"
                + " line09\n"
                + " line10\n"
                + " line11\n"
                + "@@ -16,5 +16,5 @@\n"
                + " line16\n"
                + " line17\n"
                + " line18\n"
                + "-line19\n"
                + "+nineteenth\n"
                + " line20\n");
  }

  @Test
  void linesAddedToAnEmptyListingStartAtLineOne() {
    assertThat(ListingDiff.between(List.of(), List.of("a", "b")).unified("old", "new"))
        .isEqualTo("--- old\n+++ new\n@@ -0,0 +1,2 @@\n+a\n+b\n");
  }

  @Test
  void linesInAnotherOrderShowAsRemovedAndAdded() {
    ListingDiff diff = ListingDiff.between(List.of("a", "b", "c"), List.of("c", "a", "b"));

    assertThat(diff.unified("old", "new"))
        .isEqualTo("--- old\n+++ new\n@@ -1,3 +1,3 @@\n-a\n-b\n c\n+a\n+b\n");
  }
}
