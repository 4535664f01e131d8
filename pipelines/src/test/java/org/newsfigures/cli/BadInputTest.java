package org.newsfigures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfigures.cli.PipelineRun.query;
import static org.newsfigures.cli.PipelineRun.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gets a clear reason, never a crash and never silence: every file is an article or a reject. */
class BadInputTest {
  @TempDir Path input;
  @TempDir Path output;

  @Test
  void everyInputEntryEndsUpInArticlesOrRejects() throws Exception {
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
    Path fifo = input.resolve("l_fifo");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    // Opening a FIFO waits until its other end is opened too. This writer stands ready at the other end, so a run that
    // opened the FIFO would read it as an empty file, which the outcomes below tell apart, instead of waiting for ever.
    Thread writer = new Thread(() -> {
      try {
        Files.newOutputStream(fifo).close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    writer.start();
    try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      socket.bind(UnixDomainSocketAddress.of(input.resolve("m_socket"))); // the socket file outlives the channel
    }
    Files.createSymbolicLink(input.resolve("n_device"), Path.of("/dev/null"));
    byte[] damaged = "Exports rose 5% in 2024 to US$3 billion, officials said on Monday.\n".getBytes(StandardCharsets.UTF_8);
    damaged[5] = 0;
    Files.write(input.resolve("o_damaged.txt"), damaged);
    byte[] quotes = "The café said ?strong? demand lifted exports by 5% in 2024.\n".getBytes(StandardCharsets.UTF_8);
    quotes[15] = (byte) 0x93;
    quotes[22] = (byte) 0x94;
    Files.write(input.resolve("p_quotes.txt"), quotes);

    PipelineRun.run(input, output, "--max-article-bytes", "9000");
    // Lets the writer go when the run left the FIFO alone: on Linux, opening one to read and write does not wait.
    FileChannel.open(fifo, StandardOpenOption.READ, StandardOpenOption.WRITE).close();
    writer.join();

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
        Map.entry("j_page.html", "article"),
        Map.entry("nested/loop", "unreadable"),
        Map.entry("k_dangling.txt", "unreadable"),
        Map.entry("l_fifo", "not_a_file"),
        Map.entry("m_socket", "not_a_file"),
        Map.entry("n_device", "not_a_file"),
        Map.entry("o_damaged.txt", "article"),
        Map.entry("p_quotes.txt", "article")), outcome);
    try (Stream<Path> entries = Files.walk(input)) {
      long found = entries.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).count();
      long rows = (Long) query("select (select count(*) from " + table(output, "articles") + ") + (select count(*) from "
          + table(output, "rejects") + ") n").get(0).get("n");
      assertEquals(found, rows, "articles + rejects = every entry found under --input");
    }
    assertEquals(Map.of("reason", "not_a_file", "detail", "The entry is a named pipe (FIFO), not a file; it was not"
        + " opened (reading it could wait forever). Leave only files in the input."),
        query("select reason, detail from " + table(output, "rejects") + " where source_file = 'l_fifo'").get(0));
    assertTrue(((String) query("select detail from " + table(output, "rejects") + " where source_file = 'n_device'")
        .get(0).get("detail")).contains("character device"));
    assertEquals(Map.of("encoding", "UTF-8", "replaced_bytes", 1), query("select encoding, replaced_bytes from "
        + table(output, "articles") + " where source_file = 'o_damaged.txt'").get(0));
    assertEquals(Map.of("encoding", "UTF-8+windows-1252", "replaced_bytes", 0), query("select encoding, replaced_bytes"
        + " from " + table(output, "articles") + " where source_file = 'p_quotes.txt'").get(0));
    assertEquals(1L, query("select count(*) n from " + table(output, "figures")
        + " where source_file = 'j_page.html' and text = '5%'").get(0).get("n"), "the page's paragraph is read");
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

  /**
   * A file without read permission. Root reads any file whatever its permissions, through two capabilities
   * (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH); as root, as on CI, the run goes in a child JVM started by setpriv without
   * them, so permissions bind it as they bind any other user. That they do is checked first, with cat.
   */
  @Test
  void aFileTheRunCannotReadIsRejectedAsUnreadable() throws Exception {
    Path secret = Files.writeString(input.resolve("secret.txt"), "Exports rose 5% in 2024.\n");
    Files.setPosixFilePermissions(secret, Set.of());
    if ("root".equals(System.getProperty("user.name"))) {
      List<String> withoutOverride = List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search");
      List<String> cat = new ArrayList<>(withoutOverride);
      cat.addAll(List.of("cat", secret.toString()));
      assertEquals(1, new ProcessBuilder(cat).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start().waitFor(), "without the two capabilities root cannot read the file");
      assertEquals(0, PipelineRun.start(withoutOverride, input, output).waitFor(), "newsfigures run exit status");
    } else {
      PipelineRun.run(input, output);
    }
    assertEquals(List.of(Map.of("source_file", "secret.txt", "reason", "unreadable")),
        query("select source_file, reason from " + table(output, "rejects")));
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
