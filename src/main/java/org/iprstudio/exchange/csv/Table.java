package org.iprstudio.exchange.csv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** One CSV file: its columns and a source that hands its rows over one at a time (nothing is collected). */
final class Table<R> {
    interface Rows<R> {
        void each(Consumer<R> row);
    }

    private final String fileName;
    private final List<Column<R>> columns;
    private final Rows<R> rows;

    /** The table's description for README.txt is the readme bundle's {@code table.<fileName>}. */
    Table(String fileName, List<Column<R>> columns, Rows<R> rows) {
        this.fileName = fileName;
        this.columns = List.copyOf(columns);
        this.rows = rows;
    }

    String fileName() {
        return fileName;
    }

    List<Column<R>> columns() {
        return columns;
    }

    void write(CsvWriter out) throws IOException {
        out.record(columns.stream().map(Column::name).toList());
        try {
            rows.each(row -> {
                List<String> fields = new ArrayList<>(columns.size());
                for (Column<R> c : columns) {
                    fields.add(c.value().apply(row));
                }
                try {
                    out.record(fields);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
