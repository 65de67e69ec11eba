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
import org.iprstudio.domain.UserMessage;
import org.iprstudio.store.StoreMessages;

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
            throw bad(rs, column, text, StoreMessages.of("rows.expected.id"));
        }
    }

    /**
     * The same, for a query's column by position: the large tables are read by position, because
     * a lookup by name per value was a good part of loading a million moments. The name is looked
     * up only to report a bad value.
     */
    static UUID uuid(ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return uuid(rs, name(rs, column)); // reports it
        }
    }

    static MediaTime time(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Integer || value instanceof Long)) {
            return time(rs, name(rs, column));
        }
        return MediaTime.ofMillis(((Number) value).longValue());
    }

    static Integer integer(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Integer || value instanceof Long) || ((Number) value).longValue() != ((Number) value).intValue()) {
            return integer(rs, name(rs, column));
        }
        return ((Number) value).intValue();
    }

    static Double real(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number number)) {
            return real(rs, name(rs, column));
        }
        return number.doubleValue();
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        try {
            return text == null ? null : Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            return enumOf(type, rs, name(rs, column));
        }
    }

    /** A UTC time; the form this program writes (Instant.toString to the second, "2025-03-14T10:15:00Z") is read without the general parser. */
    static Instant instant(ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        if (text == null) {
            return null;
        }
        Instant quick = quickInstant(text);
        if (quick != null) {
            return quick;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return instant(rs, name(rs, column));
        }
    }

    /** "yyyy-MM-ddTHH:mm:ssZ" read by hand; null for any other form (the general parser then decides). */
    static Instant quickInstant(String text) {
        if (text.length() != 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':'
                || text.charAt(16) != ':' || text.charAt(19) != 'Z') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && day > java.time.YearMonth.of(year, month).lengthOfMonth()
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        long days = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second);
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static String name(ResultSet rs, int column) throws SQLException {
        return rs.getMetaData().getColumnName(column);
    }

    /** The same by position (the structure's tens of thousands of rows are read by position); the name is looked up only to report a bad value. */
    static LocalDate date(ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return date(rs, name(rs, column)); // reports it
        }
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw bad(rs, column, text, StoreMessages.of("rows.expected.date"));
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw bad(rs, column, text, StoreMessages.of("rows.expected.utcTime"));
        }
    }

    static MediaTime time(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Integer || value instanceof Long)) {
            throw bad(rs, column, value, StoreMessages.of("rows.expected.millis"));
        }
        return MediaTime.ofMillis(((Number) value).longValue());
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Integer || value instanceof Long) || ((Number) value).longValue() != ((Number) value).intValue()) {
            throw bad(rs, column, value, StoreMessages.of("rows.expected.wholeNumber"));
        }
        return ((Number) value).intValue();
    }

    static Double real(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number number)) {
            throw bad(rs, column, value, StoreMessages.of("rows.expected.number"));
        }
        return number.doubleValue();
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        try {
            return text == null ? null : Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw bad(rs, column, text, StoreMessages.of("rows.expected.oneOf", Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
        }
    }

    /** Names the place (table, column, and the row's id when it has one) and the value, and what belongs there. */
    static BadValueException bad(ResultSet rs, String column, Object value, UserMessage expected) throws SQLException {
        String table = rs.getMetaData().getTableName(rs.findColumn(column));
        Object row = "";
        try {
            String id = rs.getString("id");
            row = id == null || id.equals(value) ? "" : StoreMessages.of("rows.ofRow", shorten(id));
        } catch (SQLException noIdColumn) {
            // a row without an id (a list of tags or codes): the table and column say enough
        }
        return new BadValueException(StoreMessages.of("rows.columnHoldsWhich", column, (table == null || table.isEmpty() ? "" : StoreMessages.of("rows.inTable", table)), row, shorten(String.valueOf(value)), expected));
    }

    /** At most 60 characters, and on one line: a damaged value may hold line breaks or other control characters. */
    private static String shorten(String text) {
        String cut = text.length() <= 60 ? text : text.substring(0, 57) + "...";
        StringBuilder line = new StringBuilder(cut.length());
        for (char c : cut.toCharArray()) {
            line.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t" : Character.isISOControl(c) ? "?" : String.valueOf(c));
        }
        return line.toString();
    }
}
