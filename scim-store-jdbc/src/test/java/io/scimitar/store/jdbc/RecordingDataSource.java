package io.scimitar.store.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that records the SQL of every prepared statement, and can fail: lose its
 * connection (after {@code failAfter} executions every further execution, commit included,
 * throws {@link SQLTransientConnectionException}), be unreachable, or fail commits with a
 * serialisation failure.
 */
final class RecordingDataSource implements DataSource {
  private final DataSource target;
  private final List<String> statements = new CopyOnWriteArrayList<>();
  private final AtomicInteger executions = new AtomicInteger();
  private volatile int failAfter = Integer.MAX_VALUE;
  private volatile boolean unreachable;
  private final AtomicInteger serializationFailures = new AtomicInteger();

  RecordingDataSource(DataSource target) {
    this.target = target;
  }

  /** The SQL of every statement prepared so far, in order. */
  List<String> statements() {
    return List.copyOf(statements);
  }

  /** Forgets the statements recorded so far. */
  void clear() {
    statements.clear();
  }

  /** Lets {@code count} more executions succeed, then drops the connection. */
  void failAfter(int count) {
    executions.set(0);
    failAfter = count;
  }

  /** Makes the next {@code count} commits fail as a lost serialisation race does (40001). */
  void failCommits(int count) {
    serializationFailures.set(count);
  }

  /** Makes every later attempt to connect fail, as an unreachable server does. */
  void unreachable() {
    unreachable = true;
  }

  /** Heals the connection. */
  void heal() {
    failAfter = Integer.MAX_VALUE;
    unreachable = false;
    serializationFailures.set(0);
  }

  @Override
  public Connection getConnection() throws SQLException {
    if (unreachable) {
      throw new SQLTransientConnectionException("Connection is not available, request timed out");
    }
    return wrap(target.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return getConnection();
  }

  private Connection wrap(Connection connection) {
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.getName().equals("commit")) {
        checkAlive();
        if (serializationFailures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
          throw new SQLTransactionRollbackException("could not serialize access", "40001");
        }
      }
      Object result = invoke(connection, method, args);
      if (method.getName().equals("prepareStatement") && args != null && args.length > 0) {
        statements.add((String) args[0]);
        return wrapStatement((PreparedStatement) result);
      }
      return result;
    };
    return (Connection) Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }

  private PreparedStatement wrapStatement(PreparedStatement statement) {
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.getName().startsWith("execute")) {
        checkAlive();
        executions.incrementAndGet();
      }
      return invoke(statement, method, args);
    };
    return (PreparedStatement) Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {PreparedStatement.class}, handler);
  }

  private void checkAlive() throws SQLTransientConnectionException {
    if (executions.get() >= failAfter) {
      throw new SQLTransientConnectionException("I/O error: connection reset", "08006");
    }
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return target.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return target.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return target.isWrapperFor(type);
  }
}
