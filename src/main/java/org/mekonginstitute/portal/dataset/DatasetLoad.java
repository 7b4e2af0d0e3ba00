package org.mekonginstitute.portal.dataset;

import org.postgresql.copy.CopyManager;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One load of the data set: the connection its rows go through (COPY, in one transaction), how large it is and
 * the seed its random streams grow from.
 */
final class DatasetLoad {

    private final Connection connection;
    private final CopyManager copy;
    private final double scale;
    private final long seed;

    DatasetLoad(Connection connection, CopyManager copy, double scale, long seed) {
        this.connection = connection;
        this.copy = copy;
        this.scale = scale;
        this.seed = seed;
    }

    /** How many rows at this scale, given how many at scale 1 and the fewest that still make sense. */
    int count(int atScaleOne, int minimum) {
        return Math.max(minimum, (int) Math.round(atScaleOne * scale));
    }

    /** The random stream the first tables share, from the seed itself. */
    Random mainStream() {
        return new Random(seed);
    }

    /** An independent seeded stream for one part of the data set, so adding a part leaves the others as they were. */
    Random stream(int part) {
        return new Random(seed * 1_000_003L + part);
    }

    /** Rows for a table, sent with COPY; close it to send the last ones. */
    CopyWriter writer(String table, String columns) {
        return new CopyWriter(copy, table, columns);
    }

    /** The highest id a table holds already: generated rows are numbered after it. */
    long max(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    List<Long> departments() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select id from department order by id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** A login's id, if it exists (the demo users do unless the demo data is off). */
    Long userId(String email) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select id from user_account where email = ?")) {
            statement.setString(1, email);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }
}
