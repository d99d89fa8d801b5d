package io.scimitar.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimitar.core.patch.MemberRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemberTableTest {
  private final MemberTable table = new MemberTable();

  @Test
  void keepsBothDirectionsInStep() {
    table.addAll("g1", List.of(MemberRef.of("a"), MemberRef.of("b")));
    table.add("g2", MemberRef.of("a"));

    assertThat(table.membersOf("g1")).extracting(MemberRef::value).containsExactly("a", "b");
    assertThat(table.groupsOf("a")).containsExactly("g1", "g2");

    table.remove("g1", "a");

    assertThat(table.membersOf("g1")).extracting(MemberRef::value).containsExactly("b");
    assertThat(table.groupsOf("a")).containsExactly("g2");
  }

  @Test
  void addingAPresentMemberKeepsTheFirstRow() {
    table.add("g", new MemberRef("a", "First", "User", null));
    table.add("g", new MemberRef("a", "Second", "Group", null));

    assertThat(table.membersOf("g")).containsExactly(new MemberRef("a", "First", "User", null));
  }

  @Test
  void clearAndForgetLeaveNoDanglingRows() {
    table.addAll("g1", List.of(MemberRef.of("a"), MemberRef.of("b")));
    table.addAll("g2", List.of(MemberRef.of("a"), MemberRef.of("c")));

    table.forgetMember("a");
    assertThat(table.groupsOf("a")).isEmpty();
    assertThat(table.membersOf("g1")).extracting(MemberRef::value).containsExactly("b");
    assertThat(table.membersOf("g2")).extracting(MemberRef::value).containsExactly("c");

    table.clear("g1");
    assertThat(table.membersOf("g1")).isEmpty();
    assertThat(table.groupsOf("b")).isEmpty();
    assertThat(table.groupsOf("c")).containsExactly("g2");
  }

  @Test
  void removingAStrangerChangesNothing() {
    table.add("g", MemberRef.of("a"));

    table.remove("g", "stranger");
    table.remove("other-group", "a");

    assertThat(table.membersOf("g")).extracting(MemberRef::value).containsExactly("a");
    assertThat(table.groupsOf("a")).containsExactly("g");
  }
}
