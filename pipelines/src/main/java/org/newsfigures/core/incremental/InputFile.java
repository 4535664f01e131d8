package org.newsfigures.core.incremental;

/**
 * One input file as the launcher found it.
 *
 * @param sourceFile path relative to the input folder, '/' separated
 * @param contentSha256 hex SHA-256 of the decoded text; null when the file is not an article (it is a reject)
 */
public record InputFile(String sourceFile, String contentSha256) {}
