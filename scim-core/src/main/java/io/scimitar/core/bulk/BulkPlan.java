package io.scimitar.core.bulk;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order in which a bulk request's operations run: request order, except that the POST that
 * creates a {@code bulkId} runs before the first operation that refers to it. Where references
 * form a cycle, no order satisfies them all: the operations of the cycle are ordered as if the
 * reference closing the cycle did not exist, and are reported in {@code cycles} so the processor
 * can create them first and complete them afterwards.
 *
 * @param order every operation, dependencies first
 * @param cycles for each operation on a cycle, its index and a description of the cycle
 */
record BulkPlan(List<BulkOperation> order, Map<Integer, String> cycles) {
  private static final int NEW = 0;
  private static final int ON_STACK = 1;
  private static final int DONE = 2;

  /**
   * Plans the operations.
   *
   * @param operations the operations in request order
   * @param references the bulkIds each operation refers to, by operation index
   * @param creators the index of the POST operation that defines each bulkId
   */
  static BulkPlan of(
      List<BulkOperation> operations, Map<Integer, Set<String>> references,
      Map<String, Integer> creators) {
    int[] state = new int[operations.size()];
    List<BulkOperation> order = new ArrayList<>(operations.size());
    Map<Integer, String> cycles = new HashMap<>();
    // An iterative depth-first walk, so a long chain of references cannot overflow the stack.
    for (BulkOperation start : operations) {
      if (state[start.index()] != NEW) {
        continue;
      }
      Deque<Frame> stack = new ArrayDeque<>();
      state[start.index()] = ON_STACK;
      stack.push(new Frame(start, references.get(start.index()).iterator()));
      while (!stack.isEmpty()) {
        Frame top = stack.peek();
        if (!top.pending().hasNext()) {
          stack.pop();
          state[top.operation().index()] = DONE;
          order.add(top.operation());
          continue;
        }
        Integer target = creators.get(top.pending().next());
        if (target == null || state[target] == DONE) {
          continue;
        }
        if (state[target] == ON_STACK) {
          markCycle(stack, target, cycles);
        } else {
          state[target] = ON_STACK;
          BulkOperation next = operations.get(target);
          stack.push(new Frame(next, references.get(target).iterator()));
        }
      }
    }
    return new BulkPlan(List.copyOf(order), Map.copyOf(cycles));
  }

  /** Marks the operations from {@code target} up to the top of the stack, which form a cycle. */
  private static void markCycle(Deque<Frame> stack, int target, Map<Integer, String> cycles) {
    List<BulkOperation> cycle = new ArrayList<>();
    for (Iterator<Frame> frames = stack.descendingIterator(); frames.hasNext(); ) {
      BulkOperation operation = frames.next().operation();
      if (operation.index() == target || !cycle.isEmpty()) {
        cycle.add(operation);
      }
    }
    StringBuilder description = new StringBuilder();
    for (BulkOperation operation : cycle) {
      description.append("'").append(operation.bulkId()).append("' -> ");
    }
    description.append("'").append(cycle.get(0).bulkId()).append("'");
    for (BulkOperation operation : cycle) {
      cycles.putIfAbsent(operation.index(), description.toString());
    }
  }

  private record Frame(BulkOperation operation, Iterator<String> pending) {}
}
