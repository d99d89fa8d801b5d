package io.scimitar.store.tck;

import static io.scimitar.store.tck.TckResources.idOf;
import static io.scimitar.store.tck.TckResources.memberIds;
import static io.scimitar.store.tck.TckResources.nextVersion;
import static io.scimitar.store.tck.TckResources.user;
import static io.scimitar.store.tck.TckResources.versionOf;
import static io.scimitar.store.tck.TckResources.withText;
import static org.assertj.core.api.Assertions.assertThat;

import io.scimitar.core.error.ScimException;
import io.scimitar.core.patch.MemberRef;
import io.scimitar.core.patch.MembershipChange;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.spi.ResourceUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Writes racing each other: the store's atomic compare-and-set and uniqueness checks must hold
 * when 20 threads write at once. The waits below only bound a hung store; nothing is timed.
 */
public abstract class ConcurrencyTck extends StoreTck {
  private static final int THREADS = 20;
  private static final int MAX_RETRIES = 10_000;
  private static final long WAIT_SECONDS = 60;
  private static final List<String> SPELLINGS = List.of("racer", "Racer", "RACER", "rAcEr");

  /** What one racer ended with: the stored resource, or the SCIM error it got. */
  private record Outcome(ScimResource stored, ScimException error) {}

  /** Runs the tasks on their own threads, released together, and collects their outcomes. */
  private static List<Outcome> race(List<Callable<ScimResource>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    CyclicBarrier start = new CyclicBarrier(tasks.size());
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (Callable<ScimResource> task : tasks) {
        futures.add(pool.submit(() -> {
          start.await(WAIT_SECONDS, TimeUnit.SECONDS);
          try {
            return new Outcome(task.call(), null);
          } catch (ScimException e) {
            return new Outcome(null, e);
          }
        }));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> future : futures) {
        outcomes.add(await(future));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Outcome await(Future<Outcome> future) throws Exception {
    try {
      return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("a racer did not finish: the store seems to hang", e);
    } catch (ExecutionException e) {
      throw new AssertionError("a racer failed with something other than a ScimException",
          e.getCause());
    }
  }

  private static List<ScimResource> winners(List<Outcome> outcomes) {
    return outcomes.stream().filter(o -> o.stored() != null).map(Outcome::stored).toList();
  }

  private static List<Integer> errorStatuses(List<Outcome> outcomes) {
    return outcomes.stream().filter(o -> o.error() != null).map(o -> o.error().status()).toList();
  }

  @Test
  void parallelCreatesOfOneUserNameLetExactlyOneWin() throws Exception {
    List<Callable<ScimResource>> tasks = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      String userName = SPELLINGS.get(i % SPELLINGS.size());
      String id = idOf("racer-" + i);
      tasks.add(() -> users().create(tenantA, user(id, userName)));
    }

    List<Outcome> outcomes = race(tasks);

    assertThat(winners(outcomes)).hasSize(1);
    assertThat(errorStatuses(outcomes)).hasSize(THREADS - 1).containsOnly(409);
    assertThat(queryAll(users(), tenantA, null, null).totalResults()).isEqualTo(1);
  }

  @Test
  void parallelCreatesOfDistinctUsersAllSucceed() throws Exception {
    List<Callable<ScimResource>> tasks = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      String name = "distinct-" + i;
      tasks.add(() -> users().create(tenantA, user(idOf(name), name)));
    }

    assertThat(winners(race(tasks))).hasSize(THREADS);
    assertThat(queryAll(users(), tenantA, null, null).totalResults()).isEqualTo(THREADS);
  }

  @Test
  void parallelMemberAdditionsWithRetryLoseNothing() throws Exception {
    groups().create(tenantA, TckResources.group(idOf("crowd"), "Crowd"));
    List<Callable<ScimResource>> tasks = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      String memberId = idOf("joiner-" + i);
      tasks.add(() -> addWithRetry(idOf("crowd"), memberId));
    }

    List<Outcome> outcomes = race(tasks);

    assertThat(errorStatuses(outcomes)).isEmpty();
    ScimResource crowd = groups().get(tenantA, idOf("crowd"), true).orElseThrow();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      expected.add(idOf("joiner-" + i));
    }
    assertThat(memberIds(crowd)).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(versionOf(crowd)).isEqualTo(Integer.toString(1 + THREADS));
  }

  /** The service's PATCH loop: read without members, write one member change, retry on 412. */
  private ScimResource addWithRetry(String groupId, String memberId) {
    for (int attempt = 0; attempt < MAX_RETRIES; attempt++) {
      ScimResource current = groups().get(tenantA, groupId, false).orElseThrow();
      try {
        return groups().update(tenantA, new ResourceUpdate(nextVersion(current),
            versionOf(current), false,
            List.of(new MembershipChange.Add(List.of(MemberRef.of(memberId))))));
      } catch (ScimException e) {
        if (e.status() != 412) {
          throw e;
        }
      }
    }
    throw new AssertionError("no write succeeded after " + MAX_RETRIES + " attempts");
  }

  @Test
  void concurrentReplacesFromOneVersionLetExactlyOneWin() throws Exception {
    ScimResource v1 = users().create(tenantA, user(idOf("contested"), "contested"));
    List<Callable<ScimResource>> tasks = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      ScimResource mine = withText(v1, "displayName", "writer " + i);
      tasks.add(() -> users().update(tenantA, ResourceUpdate.replace(mine, "1")));
    }

    List<Outcome> outcomes = race(tasks);

    List<ScimResource> winners = winners(outcomes);
    assertThat(winners).hasSize(1);
    assertThat(errorStatuses(outcomes)).hasSize(THREADS - 1).containsOnly(412);
    ScimResource stored = users().get(tenantA, idOf("contested"), true).orElseThrow();
    assertThat(stored).isEqualTo(winners.get(0));
    assertThat(versionOf(stored)).isEqualTo("2");
  }

  @Test
  void concurrentDeletesFromOneVersionLetExactlyOneWin() throws Exception {
    users().create(tenantA, user(idOf("doomed"), "doomed"));
    List<Callable<ScimResource>> tasks = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      tasks.add(() -> {
        users().delete(tenantA, idOf("doomed"), "1");
        return user(idOf("doomed"), "deleted");
      });
    }

    List<Outcome> outcomes = race(tasks);

    assertThat(winners(outcomes)).hasSize(1);
    assertThat(errorStatuses(outcomes)).hasSize(THREADS - 1).containsOnly(404);
    assertThat(users().get(tenantA, idOf("doomed"), true)).isEmpty();
  }
}
