package dev.apigw.apilisting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A unified diff of two listings: only the changed lines, with three lines of context and
 * {@code @@} hunk headers, as {@code git diff} shows them. Listings are in a stable order and hold
 * each line once, so the lines both share come in the same order in both, and one pass over them
 * finds the changes without a general diff algorithm; a line that has moved (a hand-edited listing)
 * shows as removed and added.
 */
final class ListingDiff {

  private static final int CONTEXT = 3;

  private final List<Edit> edits;

  private ListingDiff(List<Edit> edits) {
    this.edits = edits;
  }

  static ListingDiff between(List<String> before, List<String> after) {
    Set<String> inBefore = new HashSet<>(before);
    Set<String> inAfter = new HashSet<>(after);
    List<Edit> edits = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < before.size() || j < after.size()) {
      String a = i < before.size() ? before.get(i) : null;
      String b = j < after.size() ? after.get(j) : null;
      if (a != null && a.equals(b)) {
        edits.add(new Edit(' ', a, i++, j++));
      } else if (a != null && !inAfter.contains(a)) {
        edits.add(new Edit('-', a, i++, j));
      } else if (b != null && !inBefore.contains(b)) {
        edits.add(new Edit('+', b, i, j++));
      } else if (a != null) {
        // Both lines appear later on the other side: the order differs. Take this one as removed
        // here, and added
        // where the other side has it.
        inBefore.remove(a);
        edits.add(new Edit('-', a, i++, j));
      } else {
        edits.add(new Edit('+', b, i, j++));
      }
    }
    return new ListingDiff(edits);
  }

  boolean isEmpty() {
    return edits.stream().allMatch(edit -> edit.kind == ' ');
  }

  long removed() {
    return edits.stream().filter(edit -> edit.kind == '-').count();
  }

  long added() {
    return edits.stream().filter(edit -> edit.kind == '+').count();
  }

  /** The diff's text with the two files' labels; empty when the listings are the same. */
  String unified(String beforeLabel, String afterLabel) {
    if (isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(beforeLabel).append('\n');
    out.append("+++ ").append(afterLabel).append('\n');
    int index = 0;
    while (index < edits.size()) {
      int firstChange = nextChange(index);
      if (firstChange < 0) {
        break;
      }
      int start = Math.max(index, firstChange - CONTEXT);
      int end = firstChange;
      int next;
      // One hunk while the unchanged lines between two changes are no more than their two contexts.
      while ((next = nextChange(end + 1)) >= 0 && next - end - 1 <= 2 * CONTEXT) {
        end = next;
      }
      end = Math.min(edits.size(), end + 1 + CONTEXT);
      appendHunk(out, start, end);
      index = end;
    }
    return out.toString();
  }

  private int nextChange(int from) {
    for (int k = from; k < edits.size(); k++) {
      if (edits.get(k).kind != ' ') {
        return k;
      }
    }
    return -1;
  }

  private void appendHunk(StringBuilder out, int start, int end) {
    int beforeCount = 0;
    int afterCount = 0;
    for (int k = start; k < end; k++) {
      char kind = edits.get(k).kind;
      beforeCount += kind == '+' ? 0 : 1;
      afterCount += kind == '-' ? 0 : 1;
    }
    Edit first = edits.get(start);
    out.append("@@ -")
        .append(range(first.before, beforeCount))
        .append(" +")
        .append(range(first.after, afterCount))
        .append(" @@\n");
    for (int k = start; k < end; k++) {
      out.append(edits.get(k).kind).append(edits.get(k).line).append('\n');
    }
  }

  /**
   * A hunk's range as unified diffs write it: 1-based, and the line before when the hunk holds none
   * of its side.
   */
  private static String range(int zeroBasedStart, int count) {
    int start = count == 0 ? zeroBasedStart : zeroBasedStart + 1;
    return count == 1 ? String.valueOf(start) : start + "," + count;
  }

  private static final class Edit {
    final char kind;
    final String line;
    final int before;
    final int after;

    Edit(char kind, String line, int before, int after) {
      this.kind = kind;
      this.line = line;
      this.before = before;
      this.after = after;
    }
  }
}
