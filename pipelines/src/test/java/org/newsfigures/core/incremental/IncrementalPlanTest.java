package org.newsfigures.core.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a re-run processes, drops and keeps, from the input before and now. */
class IncrementalPlanTest {
  private static final String A = "a".repeat(64);
  private static final String B = "b".repeat(64);
  private static final String C = "c".repeat(64);

  private static InputFile file(String path, String hash) {
    return new InputFile(path, hash);
  }

  @Test
  void aRemovedFileIsDroppedUnlessKept() {
    List<InputFile> before = List.of(file("a.txt", A), file("b.txt", B));
    List<InputFile> now = List.of(file("b.txt", B), file("c.txt", C));

    IncrementalPlan dropped = IncrementalPlan.between(before, List.of(), now, false);
    assertEquals(Set.of("c.txt"), dropped.process());
    assertEquals(Set.of(A, C), dropped.touchedContents());
    assertEquals(List.of(1, 1, 1), List.of(dropped.newFiles(), dropped.removed(), dropped.unchanged()));
    assertEquals(List.of(), dropped.keptRemoved());

    IncrementalPlan kept = IncrementalPlan.between(before, List.of(), now, true);
    assertEquals(Set.of(C), kept.touchedContents(), "a kept article's rows are not touched");
    assertEquals(1, kept.removed());
    assertEquals(List.of(file("a.txt", A)), kept.keptRemoved());
    assertEquals(Set.of(A), kept.newlyRemoved());
  }

  @Test
  void aFileMovedOrWithATwinLeftIsNoRemovedArticle() {
    IncrementalPlan moved = IncrementalPlan.between(List.of(file("a.txt", A)), List.of(),
        List.of(file("moved/a.txt", A)), true);
    assertEquals(List.of(), moved.keptRemoved());
    assertEquals(Set.of(A), moved.touchedContents());
    assertEquals(Set.of("moved/a.txt"), moved.process());
  }

  @Test
  void aKeptArticleStaysKeptUntilItComesBackOrARunDoesNotKeepIt() {
    List<InputFile> before = List.of(file("b.txt", B));
    List<InputFile> keptBefore = List.of(file("a.txt", A));

    IncrementalPlan stillKept = IncrementalPlan.between(before, keptBefore, before, true);
    assertEquals(keptBefore, stillKept.keptRemoved());
    assertEquals(List.of(Set.of(), Set.of(), 0), List.of(stillKept.newlyRemoved(), stillKept.touchedContents(),
        stillKept.removed()), "nothing to do");

    IncrementalPlan back = IncrementalPlan.between(before, keptBefore, List.of(file("b.txt", B), file("a.txt", A)),
        true);
    assertEquals(List.of(), back.keptRemoved());
    assertEquals(Set.of(A), back.touchedContents(), "its flagged rows are replaced");
    assertEquals(List.of(1, 0), List.of(back.newFiles(), back.removed()));

    IncrementalPlan notKept = IncrementalPlan.between(before, keptBefore, before, false);
    assertEquals(List.of(), notKept.keptRemoved());
    assertEquals(Set.of(A), notKept.touchedContents());
    assertEquals(1, notKept.removed(), "its rows go now");
  }

  @Test
  void aForcedFullRunProcessesEverythingAndStillKeeps() {
    IncrementalPlan changes = IncrementalPlan.between(List.of(file("a.txt", A), file("b.txt", B)), List.of(),
        List.of(file("b.txt", B)), true);
    IncrementalPlan full = changes.asFull(List.of(file("b.txt", B)));
    assertEquals(Set.of("b.txt"), full.process());
    assertEquals(Set.of(), full.touchedContents());
    assertEquals(List.of(file("a.txt", A)), full.keptRemoved());
    assertEquals(Set.of(A), full.newlyRemoved());
  }
}
