package org.newsfigures.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;

/**
 * Rows of one table travelling together as one element, Avro-encoded: a runner's cost is per element, so rows move
 * between stages in blocks, not one by one.
 *
 * @param table the table's name
 * @param avro the rows in Avro's binary encoding, one after the other
 * @param rowCount how many rows
 */
public record RowBlock(String table, byte[] avro, int rowCount) implements Serializable {

  /** The coder of blocks keyed by a string (a table name, a claim group). */
  public static KvCoder<String, RowBlock> keyedCoder() {
    return KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(RowBlock.class));
  }

  public static RowBlock of(Table table, List<GenericRecord> rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    GenericDatumWriter<GenericRecord> writer = new GenericDatumWriter<>(table.schema());
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
    try {
      for (GenericRecord row : rows) {
        writer.write(row, encoder);
      }
      encoder.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode " + table.tableName() + " rows", e);
    }
    return new RowBlock(table.tableName(), bytes.toByteArray(), rows.size());
  }

  public List<GenericRecord> rows(Schema schema) {
    GenericDatumReader<GenericRecord> reader = new GenericDatumReader<>(schema);
    BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(avro, null);
    List<GenericRecord> rows = new ArrayList<>(rowCount);
    try {
      for (int i = 0; i < rowCount; i++) {
        rows.add(reader.read(null, decoder));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot decode " + table + " rows", e);
    }
    return rows;
  }
}
