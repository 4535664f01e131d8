package org.newsfigures.core.score;

import java.util.List;
import java.util.Set;

/** A conflicts row as the scorer reads it: its type, the files of its articles and its figures' ids. */
public record ReportedConflict(String conflictId, String type, Set<String> files, List<String> figureIds,
    String explanation) {}
