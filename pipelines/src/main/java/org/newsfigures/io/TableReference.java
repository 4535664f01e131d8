package org.newsfigures.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.avro.LogicalType;
import org.apache.avro.Schema;

/**
 * Writes {@code docs/tables.md}, the column reference of every output table, from the two places its facts live:
 * {@code schemas/<table>.avsc} (the record's {@code doc} describes the table, each field's {@code doc} its column) and
 * {@code docs/tables-notes.md} (hand-written notes that need more than a line: an introduction, and a section per
 * table placed under its columns). {@code TableReferenceTest} fails when the committed page differs from what this
 * class makes of the committed sources.
 *
 * <p>Run from the repository root, once the jar is built: {@value #COMMAND}
 */
public final class TableReference {
  /** How to regenerate the page, as the page and the test's failure message say it. */
  public static final String COMMAND = "java -cp pipelines/target/newsfigures.jar org.newsfigures.io.TableReference";
  public static final String PAGE = "docs/tables.md";
  public static final String NOTES = "docs/tables-notes.md";
  private static final String SECTION = "## ";
  private static final Pattern SENTENCE_END = Pattern.compile("\\.\\s+(?=\\p{Lu})");

  private TableReference() {}

  /** Writes the page under the repository root given as the only argument (default: the working directory). */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : ".");
    Path page = root.resolve(PAGE);
    Files.writeString(page, markdown(root), StandardCharsets.UTF_8);
    System.err.println("wrote " + page);
  }

  /** The page for the schemas and notes under {@code root}. */
  public static String markdown(Path root) throws IOException {
    Map<Table, Schema> schemas = new LinkedHashMap<>();
    for (Table table : Table.values()) {
      Path file = root.resolve("schemas").resolve(table.tableName() + ".avsc");
      schemas.put(table, new Schema.Parser().parse(file.toFile()));
    }
    Set<String> expected = schemas.keySet().stream().map(t -> t.tableName() + ".avsc").collect(Collectors.toSet());
    try (Stream<Path> files = Files.list(root.resolve("schemas"))) {
      Set<String> stray = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".avsc"))
          .filter(n -> !expected.contains(n)).collect(Collectors.toCollection(TreeSet::new));
      if (!stray.isEmpty()) {
        throw new IllegalStateException("schemas with no table in org.newsfigures.io.Table: " + stray);
      }
    }
    return markdown(schemas, Files.readString(root.resolve(NOTES), StandardCharsets.UTF_8));
  }

  /**
   * The page for these schemas and this notes file. The notes file holds an introduction (its lines before the first
   * {@code ## } heading, less a leading HTML comment) and a {@code ## <table>} section per table that has notes.
   */
  static String markdown(Map<Table, Schema> schemas, String notesFile) {
    Notes notes = Notes.parse(notesFile, schemas.keySet());
    StringBuilder md = new StringBuilder();
    md.append("# Tables\n\n");
    md.append("<!-- Generated: do not edit. Columns come from schemas/*.avsc (each field's \"doc\"), the notes from ")
        .append(NOTES).append(".\n     Edit those, then run from the repository root: ").append(COMMAND)
        .append(" -->\n\n");
    if (!notes.intro().isEmpty()) {
      md.append(notes.intro()).append("\n\n");
    }
    md.append("| table | what a row is |\n|---|---|\n");
    schemas.forEach((table, schema) -> md.append("| [`").append(table.tableName()).append("`](#")
        .append(table.tableName()).append(") | ").append(cell(firstSentence(doc(schema, table.tableName()))))
        .append(" |\n"));
    schemas.forEach((table, schema) -> {
      String name = table.tableName();
      md.append("\n## ").append(name).append("\n\n");
      md.append(doc(schema, name)).append(" Schema: [schemas/").append(name).append(".avsc](../schemas/")
          .append(name).append(".avsc).\n\n");
      md.append("| column | type | description |\n|---|---|---|\n");
      for (Schema.Field field : schema.getFields()) {
        md.append("| `").append(field.name()).append("` | ").append(type(field.schema())).append(" | ")
            .append(cell(doc(field, name))).append(" |\n");
      }
      String tableNotes = notes.byTable().get(name);
      if (tableNotes != null) {
        md.append('\n').append(tableNotes).append('\n');
      }
    });
    return md.toString();
  }

  /** How a column's Avro type reads: "string", "date", "list of string", "double, null" for a nullable one. */
  static String type(Schema schema) {
    if (schema.getType() == Schema.Type.UNION) {
      List<Schema> types = schema.getTypes();
      List<Schema> values = types.stream().filter(t -> t.getType() != Schema.Type.NULL).toList();
      if (values.size() != 1) {
        throw new IllegalArgumentException("only unions of null and one type are described: " + schema);
      }
      return type(values.get(0)) + (values.size() < types.size() ? ", null" : "");
    }
    LogicalType logical = schema.getLogicalType();
    if (logical != null) {
      return switch (logical.getName()) {
        case "date" -> "date";
        case "timestamp-millis" -> "timestamp (UTC, ms)";
        default -> throw new IllegalArgumentException("no description for logical type " + logical.getName());
      };
    }
    return switch (schema.getType()) {
      case STRING, INT, LONG, DOUBLE, BOOLEAN, FLOAT -> schema.getType().getName();
      case ARRAY -> "list of " + type(schema.getElementType());
      default -> throw new IllegalArgumentException("no description for type " + schema);
    };
  }

  private static String doc(Schema schema, String table) {
    String doc = schema.getDoc();
    if (doc == null || doc.isBlank()) {
      throw new IllegalStateException("schemas/" + table + ".avsc has no doc for its record");
    }
    return doc.strip();
  }

  private static String doc(Schema.Field field, String table) {
    String doc = field.doc();
    if (doc == null || doc.isBlank()) {
      throw new IllegalStateException("schemas/" + table + ".avsc has no doc for " + field.name());
    }
    return doc.strip();
  }

  /** Text safe inside a Markdown table cell: "|" escaped, one line. */
  private static String cell(String text) {
    return text.replace("|", "\\|").replaceAll("\\s*\n\\s*", " ");
  }

  /** Up to the first full stop before a capital: "… on ... canola" does not end a sentence. */
  private static String firstSentence(String text) {
    Matcher end = SENTENCE_END.matcher(text);
    return end.find() ? text.substring(0, end.start() + 1) : text;
  }

  /** The notes file, split into its introduction and its sections by table name. */
  record Notes(String intro, Map<String, String> byTable) {
    static Notes parse(String file, Set<Table> tables) {
      Set<String> names = tables.stream().map(Table::tableName).collect(Collectors.toSet());
      String text = file.replace("\r\n", "\n");
      if (text.startsWith("<!--")) { // a comment for whoever edits the file, not for the page
        int end = text.indexOf("-->");
        text = end < 0 ? text : text.substring(end + 3);
      }
      Map<String, String> byTable = new LinkedHashMap<>();
      StringBuilder intro = new StringBuilder();
      StringBuilder current = intro;
      String heading = null;
      for (String line : text.split("\n", -1)) {
        if (line.startsWith(SECTION)) {
          put(byTable, heading, current);
          heading = line.substring(SECTION.length()).strip();
          if (!names.contains(heading)) {
            throw new IllegalStateException(NOTES + ": '" + line + "' names no table (" + new TreeSet<>(names) + ")");
          }
          if (byTable.containsKey(heading)) {
            throw new IllegalStateException(NOTES + ": two sections for " + heading);
          }
          current = new StringBuilder();
        } else {
          current.append(line).append('\n');
        }
      }
      put(byTable, heading, current);
      return new Notes(intro.toString().strip(), byTable);
    }

    private static void put(Map<String, String> byTable, String heading, StringBuilder text) {
      if (heading != null && !text.toString().isBlank()) {
        byTable.put(heading, text.toString().strip());
      }
    }
  }
}
