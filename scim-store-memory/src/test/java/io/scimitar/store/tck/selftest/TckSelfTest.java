package io.scimitar.store.tck.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimitar.store.tck.selftest.BrokenSuites.CaseSensitiveUniqueness;
import io.scimitar.store.tck.selftest.BrokenSuites.CorrectConcurrency;
import io.scimitar.store.tck.selftest.BrokenSuites.CorrectPaging;
import io.scimitar.store.tck.selftest.BrokenSuites.CorrectTenantIsolation;
import io.scimitar.store.tck.selftest.BrokenSuites.CorrectUniqueness;
import io.scimitar.store.tck.selftest.BrokenSuites.CorrectVersions;
import io.scimitar.store.tck.selftest.BrokenSuites.LostMemberUpdatesConcurrency;
import io.scimitar.store.tck.selftest.BrokenSuites.SharedTenantIsolation;
import io.scimitar.store.tck.selftest.BrokenSuites.UncheckedVersions;
import io.scimitar.store.tck.selftest.BrokenSuites.UnstablePaging;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The TCK's self-test: each suite passes against the correct memory store, and fails, in the
 * tests that guard the broken rule, against a store with one deliberate bug. A suite that let
 * these bugs through would prove nothing about real stores.
 */
class TckSelfTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(classes = {CorrectUniqueness.class, CorrectTenantIsolation.class,
      CorrectVersions.class, CorrectConcurrency.class, CorrectPaging.class})
  void theSuitesPassAgainstTheCorrectStore(Class<?> suite) {
    TckReport report = TckRun.of(suite);

    assertThat(report.failedTests()).as(report.failureMessages()).isEmpty();
    assertThat(report.succeeded()).isPositive();
  }

  @Test
  void caseSensitiveUniquenessFailsTheUniquenessSuite() {
    TckReport report = TckRun.of(CaseSensitiveUniqueness.class);

    assertThat(report.failedTests()).contains(
        "createWithATakenUserNameInAnyCaseConflicts",
        "updateToATakenUserNameConflictsAndChangesNothing",
        "aUserNameIsFreeAgainAfterDeleteOrRename");
  }

  @Test
  void aStoreWithoutTenantIsolationFailsTheTenantSuite() {
    TckReport report = TckRun.of(SharedTenantIsolation.class);

    assertThat(report.failedTests()).contains(
        "sameIdInTwoTenantsHoldsTwoResources",
        "aTenantSeesNothingOfAnother",
        "aTenantCannotUpdateOrDeleteAnothersResource",
        "sameUserNameIsAllowedInTwoTenants",
        "membershipStaysInItsTenant");
  }

  @Test
  void aStoreWithoutCompareAndSetFailsTheVersionSuite() {
    TckReport report = TckRun.of(UncheckedVersions.class);

    assertThat(report.failedTests()).containsExactlyInAnyOrder(
        "updateWithAStaleVersionFailsAndChangesNothing",
        "memberChangesWithAStaleVersionFailAndChangeNothing",
        "deleteWithAStaleVersionFailsAndKeepsTheResource");
  }

  @Test
  void lostMemberUpdatesFailTheConcurrencySuite() {
    TckReport report = TckRun.of(LostMemberUpdatesConcurrency.class);

    assertThat(report.failedTests())
        .containsExactly("parallelMemberAdditionsWithRetryLoseNothing");
    assertThat(report.failureMessages()).contains("could not find the following elements");
  }

  @Test
  void anUnstablePageOrderFailsThePagingSuite() {
    TckReport report = TckRun.of(UnstablePaging.class);

    assertThat(report.failedTests()).containsExactly("indexPagingVisitsEveryMatchOnceInOrder");
  }
}
