package io.scimitar.benchmarks.scale;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Records the statements a store executes, with their bound values, by wrapping the data source
 * it is given: the exact SQL the store issues for an operation, for {@code EXPLAIN}. Only the
 * first row of a batch is recorded (the rows of one batch share their plan). Used on a separate
 * storage instance, so timed runs pay nothing for it. Not thread-safe: record one operation at a
 * time.
 */
final class SqlRecorder {
  private final List<RecordedStatement> recorded = new ArrayList<>();

  /** A data source whose prepared statements report to this recorder. */
  DataSource wrap(DataSource dataSource) {
    return proxy(DataSource.class, dataSource, (method, args, result) ->
        method.getName().equals("getConnection") ? connection((Connection) result) : result);
  }

  /** Runs an operation and returns the statements it executed. */
  List<RecordedStatement> record(Sampler.Operation operation) throws Exception {
    recorded.clear();
    operation.run(0);
    return List.copyOf(recorded);
  }

  private Connection connection(Connection connection) {
    return proxy(Connection.class, connection, (method, args, result) ->
        method.getName().equals("prepareStatement")
            ? statement((PreparedStatement) result, (String) args[0]) : result);
  }

  private PreparedStatement statement(PreparedStatement statement, String sql) {
    Map<Integer, Object> parameters = new TreeMap<>();
    boolean[] batched = {false};
    return proxy(PreparedStatement.class, statement, (method, args, result) -> {
      String name = method.getName();
      if (name.startsWith("set") && args != null && args.length >= 2
          && args[0] instanceof Integer index) {
        parameters.put(index, name.equals("setNull") ? new RecordedStatement.Null((Integer) args[1])
            : args[1]);
      } else if (name.equals("addBatch") && !batched[0]) {
        batched[0] = true;
        recorded.add(new RecordedStatement(sql, List.copyOf(parameters.values())));
      } else if (name.startsWith("execute") && !name.equals("executeBatch")) {
        recorded.add(new RecordedStatement(sql, List.copyOf(parameters.values())));
      }
      return result;
    });
  }

  /** What to do with the result of a call on the wrapped object. */
  @FunctionalInterface
  private interface AfterCall {
    Object apply(Method method, Object[] args, Object result) throws Exception;
  }

  private static <T> T proxy(Class<T> type, T target, AfterCall after) {
    InvocationHandler handler = (proxy, method, args) -> {
      try {
        return after.apply(method, args, method.invoke(target, args));
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
    return type.cast(Proxy.newProxyInstance(
        SqlRecorder.class.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
