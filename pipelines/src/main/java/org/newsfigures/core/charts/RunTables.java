package org.newsfigures.core.charts;

import tech.tablesaw.api.Table;

/**
 * The tables of one run that the charts read, as Tablesaw tables with the columns of schemas/&lt;table&gt;.avsc
 * (a list column is a string with {@code |} between items; a null is Tablesaw's missing value).
 */
public record RunTables(Table articles, Table figures, Table claims, Table conflicts, Table tariffs, Table events) {}
