package org.newsfigures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
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
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Files.write(input.resolve("h_bom.txt"), concat(bom, "Imports fell 3% in 2023.\n".getBytes(StandardCharsets.UTF_8)));
    Files.writeString(input.resolve("i_blank.txt"), "  \n\t\n");
    Files.writeString(input.resolve("j_page.html"), "<!DOCTYPE html><html><body><p>Exports rose 5%.</p></body></html>");
    Files.createSymbolicLink(input.resolve("nested/loop"), Path.of(".."));
    Files.createSymbolicLink(input.resolve("k_dangling.txt"), Path.of("does-not-exist.txt"));

    PipelineRun.run(input, output, "--max-article-bytes", "9000");

    Map<String, String> outcome = new TreeMap<>();
    query("select source_file from " + table(output, "articles")).forEach(r -> outcome.put((String) r.get("source_file"), "article"));
    query("select source_file, reason from " + table(output, "rejects"))
        .forEach(r -> outcome.put((String) r.get("source_file"), (String) r.get("reason")));
    assertEquals(Map.ofEntries(
        Map.entry("a_good.txt", "article"),
        Map.entry("b_twin.txt", "duplicate_of"),
        Map.entry("nested/deeper/c_good.txt", "article"),
        Map.entry("d_empty.txt", "empty"),
        Map.entry("e_binary.bin", "binary"),
        Map.entry("f_huge.txt", "too_large"),
        Map.entry("g_latin1.txt", "article"),
        Map.entry("h_bom.txt", "article"),
        Map.entry("i_blank.txt", "empty"),
        Map.entry("j_page.html", "no_text"),
        Map.entry("nested/loop", "unreadable"),
        Map.entry("k_dangling.txt", "unreadable")), outcome);
    assertTrue(((String) query("select detail from " + table(output, "rejects") + " where source_file = 'nested/loop'")
        .get(0).get("detail")).contains("loop"));
    assertEquals("Imports fell 3% in 2023.\n".length(), ((Number) query("select char_count from "
        + table(output, "articles") + " where source_file = 'h_bom.txt'").get(0).get("char_count")).intValue(),
        "the BOM is stripped");
    assertEquals("windows-1252", query("select encoding from " + table(output, "articles")
        + " where source_file = 'g_latin1.txt'").get(0).get("encoding"));
    String twinDetail = (String) query("select detail from " + table(output, "rejects")
        + " where source_file = 'b_twin.txt'").get(0).get("detail");
    assertEquals("Same content as a_good.txt, which is kept as the article.", twinDetail);
  }

  @Test
  void aFileTheRunCannotReadIsRejectedAsUnreadable() throws Exception {
    // Root reads any file whatever its permissions, so this can only be shown as another user.
    assumeFalse("root".equals(System.getProperty("user.name")), "permissions do not bind root");
    Path secret = Files.writeString(input.resolve("secret.txt"), "Exports rose 5% in 2024.\n");
    Files.setPosixFilePermissions(secret, java.util.Set.of());
    PipelineRun.run(input, output);
    assertEquals("unreadable", query("select reason from " + table(output, "rejects")).get(0).get("reason"));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void anEmptyInputFolderGivesEmptyButReadableTables() throws Exception {
    PipelineRun.run(input, output);
    for (String t : new String[] {"articles", "figures", "rejects"}) {
      assertEquals(0L, query("select count(*) n from " + table(output, t)).get(0).get("n"), t);
    }
  }
}
