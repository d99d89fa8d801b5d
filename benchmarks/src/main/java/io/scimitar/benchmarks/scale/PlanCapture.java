package io.scimitar.benchmarks.scale;

import java.util.List;

/**
 * Records the statements the JDBC store issues for each timed operation and has them explained.
 * A member change is explained after it has been undone (the add after the remove, and the
 * remove after another add), so the explained statement meets the state it was issued in,
 * except for the group's version, which has moved on: the explained version-checked
 * {@code UPDATE} finds no row, but shows the same index access.
 */
final class PlanCapture {
  private final StoreOperations store;
  private final SqlRecorder recorder;
  private final PlanWriter plans;

  PlanCapture(StoreOperations store, SqlRecorder recorder, PlanWriter plans) {
    this.store = store;
    this.recorder = recorder;
    this.plans = plans;
  }

  /** Explains every operation at a data size. */
  void capture(int size) throws Exception {
    plans.explain("get user by id", recorder.record(store.getUser(size)));
    plans.explain("userName eq", recorder.record(store.lookup(size, store::userNameEq)));
    plans.explain("externalId eq", recorder.record(store.lookup(size, store::externalIdEq)));
    plans.explain("emails[value eq]", recorder.record(store.lookup(size, store::emailEq)));
    plans.explain("active eq true, page of 100 with totalResults",
        recorder.record(store.activePage(size)));
    Sampler.Operation cursorPage = store.deepCursorPage();
    plans.explain("cursor page of 100, second half of the set", recorder.record(cursorPage));
    int big = Directory.timedGroup(100_000);
    plans.explain("read group of 100,000 without members (excludedAttributes=members)",
        recorder.record(store.getGroup(big, false, 0)));
    StoreOperations.MemberChanges changes = store.memberChanges(big);
    List<RecordedStatement> add = recorder.record(changes.add());
    List<RecordedStatement> remove = recorder.record(changes.remove());
    plans.explain("add 1 member to the group of 100,000", add);
    changes.add().run(0);
    plans.explain("remove 1 member from the group of 100,000", remove);
    changes.remove().run(0);
  }
}
