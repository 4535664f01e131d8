package org.newsfigures.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputPublisherTest {
  private static final List<Table> TABLES = List.of(Table.ARTICLES, Table.FIGURES, Table.REJECTS);
  @TempDir Path output;

  private void writeRun(OutputPublisher publisher, String run, String content) throws IOException {
    Path staging = publisher.stagingFor(run);
    for (Table t : TABLES) {
      Files.createDirectories(staging.resolve(t.tableName()));
      Files.writeString(staging.resolve(t.tableName()).resolve("part-00000.parquet"), content);
    }
  }

  private List<String> versions() throws IOException {
    try (Stream<Path> s = Files.list(output.resolve(".versions"))) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void publishSwitchesEveryTableAndKeepsOnlyThePreviousVersion() throws IOException {
    OutputPublisher publisher = new OutputPublisher(output);
    writeRun(publisher, "run1", "one");
    publisher.publish("run1", TABLES);
    assertEquals("one", Files.readString(output.resolve("figures/part-00000.parquet")));

    writeRun(publisher, "run2", "two");
    publisher.publish("run2", TABLES);
    assertEquals("two", Files.readString(output.resolve("articles/part-00000.parquet")));
    assertEquals(List.of("run1", "run2"), versions());

    writeRun(publisher, "run3", "three");
    publisher.publish("run3", TABLES);
    assertEquals(List.of("run2", "run3"), versions());
    assertTrue(Files.isSymbolicLink(output.resolve("rejects")));
  }

  @Test
  void aSecondRunInTheSameSecondGetsItsOwnVersion() throws IOException {
    OutputPublisher publisher = new OutputPublisher(output);
    assertEquals("20260101T000000Z-7", publisher.unusedRunId("20260101T000000Z-7"));
    writeRun(publisher, "20260101T000000Z-7", "first");
    assertEquals("20260101T000000Z-7-2", publisher.unusedRunId("20260101T000000Z-7"));
    writeRun(publisher, "20260101T000000Z-7-2", "second");
    assertEquals("20260101T000000Z-7-3", publisher.unusedRunId("20260101T000000Z-7"));
  }

  @Test
  void plainFoldersArePublishedWithTheTables() throws IOException {
    OutputPublisher publisher = new OutputPublisher(output);
    for (String run : List.of("run1", "run2")) {
      writeRun(publisher, run, run);
      Path charts = Files.createDirectories(publisher.stagingFor(run).resolve("charts"));
      Files.writeString(charts.resolve("index.html"), run);
      publisher.publish(run, TABLES, List.of("charts"));
    }
    assertTrue(Files.isSymbolicLink(output.resolve("charts")));
    assertEquals("run2", Files.readString(output.resolve("charts/index.html")));
    assertEquals("run2", Files.readString(output.resolve("figures/part-00000.parquet")));
    // A run that wrote no such folder is not published: the last good charts stay.
    writeRun(publisher, "run3", "run3");
    assertThrows(IOException.class, () -> publisher.publish("run3", TABLES, List.of("charts")));
    assertEquals("run2", Files.readString(output.resolve("charts/index.html")));
  }

  @Test
  void aFailedRunLeavesThePublishedTablesAlone() throws IOException {
    OutputPublisher publisher = new OutputPublisher(output);
    writeRun(publisher, "good", "good");
    publisher.publish("good", TABLES);
    Path staging = publisher.stagingFor("bad");
    Files.createDirectories(staging.resolve("articles"));
    assertThrows(IOException.class, () -> publisher.publish("bad", TABLES));
    publisher.discard("bad");
    assertEquals("good", Files.readString(output.resolve("figures/part-00000.parquet")));
    assertFalse(Files.exists(staging));
  }

  @Test
  void versionsLeftByADeadRunAreRemovedByTheNextGoodOne() throws IOException {
    OutputPublisher publisher = new OutputPublisher(output);
    publisher.stagingFor("killed-midway");
    writeRun(publisher, "next", "next");
    publisher.publish("next", TABLES);
    assertEquals(List.of("next"), versions());
  }

  @Test
  void aPlainFolderInTheWayIsSetAsideNotDeleted() throws IOException {
    Files.createDirectories(output.resolve("figures"));
    Files.writeString(output.resolve("figures/mine.txt"), "keep");
    OutputPublisher publisher = new OutputPublisher(output);
    writeRun(publisher, "run1", "one");
    publisher.publish("run1", TABLES);
    assertTrue(Files.isSymbolicLink(output.resolve("figures")));
    assertEquals("keep", Files.readString(output.resolve(".replaced-figures-run1/mine.txt")));
    assertEquals(List.of("run1"), versions());
  }
}
