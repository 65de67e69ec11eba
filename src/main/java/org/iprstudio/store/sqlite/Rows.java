package org.iprstudio.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.iprstudio.domain.MediaTime;

/** Conversions between column values and domain values, null-safe in both directions. */
final class Rows {
    private Rows() {
    }

    static void set(PreparedStatement st, int index, Object value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.NULL);
        } else if (value instanceof UUID || value instanceof LocalDate || value instanceof Instant) {
            st.setString(index, value.toString());
        } else if (value instanceof Enum<?> e) {
            st.setString(index, e.name());
        } else if (value instanceof MediaTime t) {
            st.setLong(index, t.millis());
        } else if (value instanceof Boolean b) {
            st.setInt(index, b ? 1 : 0);
        } else {
            st.setObject(index, value);
        }
    }

    static void bind(PreparedStatement st, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            set(st, i + 1, values[i]);
        }
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw bad(rs, column, text, "an id (a UUID such as 3f2b8c1e-0d4a-4c7e-9b1f-2a6d5e8c7b90)");
        }
    }

    /** The same, for a query's column by position (a list of ids such as a theme's codes). */
    static UUID uuid(ResultSet rs, int column) throws SQLException {
        return uuid(rs, rs.getMetaData().getColumnName(column));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw bad(rs, column, text, "a date such as 2025-03-14");
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw bad(rs, column, text, "a UTC time such as 2025-03-14T10:15:00Z");
        }
    }

    static MediaTime time(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Integer || value instanceof Long)) {
            throw bad(rs, column, value, "a time in whole milliseconds");
        }
        return MediaTime.ofMillis(((Number) value).longValue());
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Integer || value instanceof Long) || ((Number) value).longValue() != ((Number) value).intValue()) {
            throw bad(rs, column, value, "a whole number");
        }
        return ((Number) value).intValue();
    }

    static Double real(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number number)) {
            throw bad(rs, column, value, "a number");
        }
        return number.doubleValue();
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        try {
            return text == null ? null : Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw bad(rs, column, text, "one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** Names the place (table, column, and the row's id when it has one) and the value, and what belongs there. */
    static BadValueException bad(ResultSet rs, String column, Object value, String expected) throws SQLException {
        String table = rs.getMetaData().getTableName(rs.findColumn(column));
        String row = "";
        try {
            String id = rs.getString("id");
            row = id == null || id.equals(value) ? "" : " of the row " + shorten(id);
        } catch (SQLException noIdColumn) {
            // a row without an id (a list of tags or codes): the table and column say enough
        }
        return new BadValueException("the column " + column + (table == null || table.isEmpty() ? "" : " in the table " + table) + row
                + " holds '" + shorten(String.valueOf(value)) + "', which is not " + expected);
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
