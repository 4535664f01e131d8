package org.newsfigures.beam;

import java.io.Serializable;
import java.util.List;

/**
 * An input file decoded to text, on its way to being parsed.
 *
 * @param sourceFile path relative to the input folder
 * @param text decoded text
 * @param encoding character set used
 * @param warnings what decoding tolerated
 * @param sizeBytes file size
 * @param contentSha256 hex SHA-256 of the text, which identifies duplicates
 */
record SourceText(
    String sourceFile, String text, String encoding, List<String> warnings, long sizeBytes, String contentSha256)
    implements Serializable {}
