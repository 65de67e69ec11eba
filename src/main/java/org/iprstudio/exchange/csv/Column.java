package org.iprstudio.exchange.csv;

import java.util.function.Function;

/** A column of a table: its name, its type and meaning and allowed values for the data dictionary, and how a row fills it. */
record Column<R>(String name, String type, String meaning, String allowed, Function<R, String> value) {
}
