package org.iprstudio.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
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
        return text == null ? null : UUID.fromString(text);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : LocalDate.parse(text);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : Instant.parse(text);
    }

    static MediaTime time(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : MediaTime.ofMillis(value);
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static Double real(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : Enum.valueOf(type, text);
    }
}
