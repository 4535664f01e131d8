package org.newsfigures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsfigures.cli.PipelineRun.query;
import static org.newsfigures.cli.PipelineRun.table;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gets a clear reason, never a crash and never silence: every file is an article or a reject. */
class BadInputTest {
  @TempDir Path input;
  @TempDir Path output;

  @Test
  void everyInputFileEndsUpInArticlesOrRejects() throws Exception {
    String article = Files.readString(PipelineRun.SEEDS.resolve("003_6988ce14ab7dc689.txt"));
    Files.writeString(input.resolve("a_good.txt"), article);
    Files.writeString(input.resolve("b_twin.txt"), article);
    Files.createDirectories(input.resolve("nested/deeper"));
    Files.writeString(input.resolve("nested/deeper/c_good.txt"), "Exports rose 5% in 2024 to US$3 billion, officials said.\n");
    Files.write(input.resolve("d_empty.txt"), new byte[0]);
    Files.write(input.resolve("e_binary.bin"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3});
    Files.writeString(input.resolve("f_huge.txt"), "word ".repeat(2_000));
    Files.write(input.resolve("g_latin1.txt"), "Caf\u00e9 sales rose 5% in 2024.\n".getBytes(StandardCharsets.ISO_8859_1));

    PipelineRun.run(input, output, "--max-article-bytes", "9000");

    Map<String, String> outcome = new TreeMap<>();
    query("select source_file from " + table(output, "articles")).forEach(r -> outcome.put((String) r.get("source_file"), "article"));
    query("select source_file, reason from " + table(output, "rejects"))
        .forEach(r -> outcome.put((String) r.get("source_file"), (String) r.get("reason")));
    assertEquals(Map.of(
        "a_good.txt", "article",
        "b_twin.txt", "duplicate_of",
        "nested/deeper/c_good.txt", "article",
        "d_empty.txt", "empty",
        "e_binary.bin", "binary",
        "f_huge.txt", "too_large",
        "g_latin1.txt", "article"), outcome);
    assertEquals("windows-1252", query("select encoding from " + table(output, "articles")
        + " where source_file = 'g_latin1.txt'").get(0).get("encoding"));
    String twinDetail = (String) query("select detail from " + table(output, "rejects")
        + " where source_file = 'b_twin.txt'").get(0).get("detail");
    assertEquals("Same content as a_good.txt, which is kept as the article.", twinDetail);
  }

  @Test
  void anEmptyInputFolderGivesEmptyButReadableTables() throws Exception {
    PipelineRun.run(input, output);
    for (String t : new String[] {"articles", "figures", "rejects"}) {
      assertEquals(0L, query("select count(*) n from " + table(output, t)).get(0).get("n"), t);
    }
  }
}
