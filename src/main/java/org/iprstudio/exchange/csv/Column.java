package org.iprstudio.exchange.csv;

import java.util.List;
import java.util.function.Function;

/**
 * A column of a table: its name, its type and how a row fills it. README.txt describes it in the reader's language from
 * the readme bundle: {@code type.<type>}, {@code <file>.<key>.meaning} and, where the column has allowed values,
 * {@code <file>.<key>.allowed}, each filled with {@code arguments}. The key is the column's name, except for columns
 * made from the study's own attributes, whose names the study chooses.
 */
record Column<R>(String name, String type, Function<R, String> value, String key, List<Object> arguments) {
    Column(String name, String type, Function<R, String> value) {
        this(name, type, value, name, List.of());
    }

    Column(String name, String type, Function<R, String> value, List<Object> arguments) {
        this(name, type, value, name, arguments);
    }

    Column {
        arguments = List.copyOf(arguments);
    }
}
