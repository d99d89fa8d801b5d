package io.scimitar.core.spi.typed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimitar.core.patch.MemberRef;
import io.scimitar.core.resource.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageTest {

  @Test
  void mapConvertsItemsAndKeepsCountsAndCursors() {
    Page<Integer> page = new Page<>(List.of(1, 2), 5, "next", "previous");

    Page<String> mapped = page.map(i -> "#" + i);

    assertThat(mapped).isEqualTo(new Page<>(List.of("#1", "#2"), 5, "next", "previous"));
  }

  @Test
  void itemsAreCopied() {
    List<String> items = new ArrayList<>(List.of("a"));
    Page<String> page = Page.of(items, 1);

    items.add("b");

    assertThat(page.items()).containsExactly("a");
  }

  @Test
  void aTotalBelowThePageSizeIsRejected() {
    assertThatThrownBy(() -> Page.of(List.of("a", "b"), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("totalResults is less than the page size");
  }

  @Test
  void anUncountedPageKeepsNoTotalThroughMappingAndConversion() {
    Page<String> page = Page.uncounted(List.of("a", "b"), "next", null);

    Page<String> mapped = page.map(String::toUpperCase);

    assertThat(mapped.total()).isEmpty();
    assertThat(mapped.nextCursor()).isEqualTo("next");
    assertThat(Pages.toResult(Page.uncounted(List.of(), null, null)).total()).isEmpty();
    assertThat(Pages.toResult(Page.of(List.of(), 3)).totalResults()).isEqualTo(3);
    assertThatThrownBy(mapped::totalResults)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not counted");
  }

  @Test
  void aMemberRefBecomesATypedMember() {
    assertThat(GroupStore.member(new MemberRef("u1", "Ann", "User", "https://h/Users/u1")))
        .isEqualTo(new Member("u1", "https://h/Users/u1", "User", "Ann", Map.of()));
  }
}
