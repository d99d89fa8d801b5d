package io.scimitar.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.scimitar.core.resource.ScimResource;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class QueryResultTest {

  @Test
  void aCountedResultAnswersItsTotal() {
    QueryResult result = new QueryResult(List.of(), 12, "next", null);

    assertThat(result.total()).hasValue(12);
    assertThat(result.totalResults()).isEqualTo(12);
    assertThat(result).isEqualTo(new QueryResult(List.of(), OptionalInt.of(12), "next", null));
  }

  @Test
  void anUncountedResultHasNoTotal() {
    QueryResult result = QueryResult.uncounted(List.of(), "next", "previous");

    assertThat(result.total()).isEmpty();
    assertThat(result.nextCursor()).isEqualTo("next");
    assertThat(result.previousCursor()).isEqualTo("previous");
    assertThatThrownBy(result::totalResults)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not counted");
  }

  @Test
  void aTotalBelowThePageSizeIsRejected() {
    ScimResource resource =
        ScimResource.wrap("User", JsonNodeFactory.instance.objectNode().put("id", "1"));

    assertThatThrownBy(() -> QueryResult.of(List.of(resource), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("totalResults is less than the page size");
    assertThat(QueryResult.uncounted(List.of(resource), null, null).resources())
        .containsExactly(resource);
  }

  @Test
  void onlyIndexPagesAlwaysWantTheTotal() {
    assertThat(new PageRequest.Index(1, 10).totalWanted()).isTrue();
    assertThat(new PageRequest.Cursor(null, 10).totalWanted()).isTrue();
    assertThat(new PageRequest.Cursor("c", 10, false).totalWanted()).isFalse();
  }
}
