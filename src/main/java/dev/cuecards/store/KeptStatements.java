package dev.cuecards.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * A kept connection that reuses its prepared statements: {@code prepareStatement(sql)} hands back the statement
 * prepared earlier for the same text, and its {@code close()} only clears it for the next use. Repositories keep
 * writing plain try-with-resources JDBC; SQLite parses each distinct statement once per connection. Every
 * statement asked for is counted, and every row read through a kept statement. A connection is used by one thread at a time (the {@link Database} hands it out).
 */
final class KeptStatements implements InvocationHandler {

    /** Distinct statements kept per connection; the least recently used beyond it is closed. */
    private static final int KEPT = 96;

    private final Connection connection;
    private final LongAdder counter;
    private final LongAdder rows;
    private final Map<String, Kept> kept = new LinkedHashMap<>(16, 0.75f, true);

    private KeptStatements(Connection connection, LongAdder counter, LongAdder rows) {
        this.connection = connection;
        this.counter = counter;
        this.rows = rows;
    }

    /** @param counter counts the statements asked for; {@code rows} the rows read through kept statements */
    static Connection wrap(Connection connection, LongAdder counter, LongAdder rows) {
        return (Connection) Proxy.newProxyInstance(KeptStatements.class.getClassLoader(), new Class<?>[] {Connection.class},
                new KeptStatements(connection, counter, rows));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall")) {
            counter.increment();
        }
        if (name.equals("prepareStatement") && args.length == 1) {
            return prepared((String) args[0]);
        }
        if (name.equals("close")) {
            for (Kept statement : kept.values()) {
                statement.real.close();
            }
            kept.clear();
        }
        try {
            return method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private PreparedStatement prepared(String sql) throws SQLException {
        Kept statement = kept.get(sql);
        if (statement == null || statement.inUse) {
            // The same text still open further up the stack gets a statement of its own, closed as usual.
            if (statement != null) {
                return connection.prepareStatement(sql);
            }
            statement = new Kept(connection.prepareStatement(sql), rows);
            kept.put(sql, statement);
            evictBeyondLimit();
        }
        statement.inUse = true;
        return statement.proxy;
    }

    private void evictBeyondLimit() throws SQLException {
        var oldest = kept.entrySet().iterator();
        while (kept.size() > KEPT && oldest.hasNext()) {
            Kept statement = oldest.next().getValue();
            if (!statement.inUse) {
                statement.real.close();
                oldest.remove();
            }
        }
    }

    /** One kept statement and the face the repositories see, whose close() readies it for the next use. */
    private static final class Kept implements InvocationHandler {
        final PreparedStatement real;
        final PreparedStatement proxy;
        final LongAdder rows;
        boolean inUse;

        Kept(PreparedStatement real, LongAdder rows) {
            this.real = real;
            this.rows = rows;
            this.proxy = (PreparedStatement) Proxy.newProxyInstance(KeptStatements.class.getClassLoader(),
                    new Class<?>[] {PreparedStatement.class}, this);
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close":
                    release();
                    return null;
                case "isClosed":
                    return !inUse;
                case "executeQuery":
                    return counting((ResultSet) forward(method, args), rows);
                default:
                    return forward(method, args);
            }
        }

        private Object forward(Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        /** The result set, counting each row it moves to. */
        private static ResultSet counting(ResultSet results, LongAdder rows) {
            return (ResultSet) Proxy.newProxyInstance(KeptStatements.class.getClassLoader(), new Class<?>[] {ResultSet.class},
                    (proxy, method, args) -> {
                        try {
                            Object result = method.invoke(results, args);
                            if (method.getName().equals("next") && Boolean.TRUE.equals(result)) {
                                rows.increment();
                            }
                            return result;
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        private void release() throws SQLException {
            if (!inUse) {
                return;
            }
            inUse = false;
            ResultSet open = real.getResultSet();
            if (open != null) {
                open.close();
            }
            real.clearParameters();
            real.clearBatch();
        }
    }
}
