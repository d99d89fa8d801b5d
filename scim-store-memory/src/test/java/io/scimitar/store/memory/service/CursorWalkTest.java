package io.scimitar.store.memory.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.error.ScimType;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.service.AttributeSelection;
import io.scimitar.core.service.ScimCall;
import io.scimitar.core.service.ScimService;
import io.scimitar.core.service.SearchRequest;
import io.scimitar.core.service.ServiceConfig;
import io.scimitar.core.service.ServiceConfig.CursorTotals;
import io.scimitar.core.spi.PageRequest;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.store.memory.MemoryStorage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cursor walks (RFC 9865) over the service, with the store paging by cursor itself and with the
 * service paging in memory (the store declares no cursor paging): by default the total counted
 * at a walk's first page is the total of every later page, later pages do not ask the store to
 * count, and a page never reports fewer resources than it holds; configured to count every page,
 * every page asks for a fresh count. A cursor the service did not hand out is 400
 * {@code invalidCursor}.
 */
class CursorWalkTest {
  private static final int MAX_PAGES = 100;

  private final SchemaRegistry registry = SchemaRegistry.defaults();
  private final ScimCall call =
      new ScimCall(RequestContext.of("walks", "key"), "https://example.test/scim/v2");
  private final AtomicInteger lastId = new AtomicInteger();
  private PageRecordingStorage storage;
  private ScimService service;

  /** Ids in creation order, so users created during a walk come after the ones seen. */
  private void open(boolean storePagesByCursor, CursorTotals totals) {
    storage = new PageRecordingStorage(new MemoryStorage(registry), storePagesByCursor);
    service = new ScimService(registry, storage, ServiceConfig.builder()
        .cursorTotals(totals)
        .idGenerator(() -> String.format("id-%04d", lastId.incrementAndGet()))
        .build());
  }

  private void createUsers(int count) {
    for (int i = 0; i < count; i++) {
      ObjectNode user = JsonNodeFactory.instance.objectNode();
      user.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:User");
      // userNames in an order unrelated to ids, distinct for the first 1,000 users
      user.put("userName", String.format("user-%03d", (lastId.get() + 1) * 7919 % 1000));
      service.create(call, "User", user, AttributeSelection.DEFAULT);
    }
  }

  private ObjectNode page(String cursor, int count, String sortBy) {
    return service.search(call, "User", new SearchRequest(
        null, sortBy, null, null, count, cursor, null, null));
  }

  private static List<String> ids(ObjectNode page) {
    List<String> ids = new ArrayList<>();
    page.path("Resources").forEach(user -> ids.add(user.path("id").asText()));
    return ids;
  }

  /** Every page of a walk from the first, in order. */
  private List<ObjectNode> walk(int count, String sortBy) {
    List<ObjectNode> pages = new ArrayList<>();
    String cursor = "";
    for (int i = 0; i < MAX_PAGES && cursor != null; i++) {
      ObjectNode page = page(cursor, count, sortBy);
      pages.add(page);
      cursor = page.has("nextCursor") ? page.path("nextCursor").asText() : null;
    }
    assertThat(pages.get(pages.size() - 1).has("nextCursor")).as("the walk ended").isFalse();
    return pages;
  }

  /** Whether each cursor page that reached the store wanted the total. */
  private List<Boolean> totalsWanted() {
    return storage.pages().stream()
        .filter(PageRequest.Cursor.class::isInstance)
        .map(PageRequest::totalWanted)
        .toList();
  }

  @ParameterizedTest(name = "store pages by cursor: {0}")
  @ValueSource(booleans = {true, false})
  void everyPageOfAWalkReportsTheFirstPagesTotal(boolean storePagesByCursor) {
    open(storePagesByCursor, CursorTotals.FIRST_PAGE);
    createUsers(25);
    List<String> unpaged = ids(service.search(call, "User", new SearchRequest(
        null, "userName", null, 1, 100, null, null, null)));
    storage.clear();

    List<ObjectNode> pages = walk(7, "userName");

    List<String> walked = new ArrayList<>();
    for (ObjectNode page : pages) {
      assertThat(page.path("totalResults").asInt()).isEqualTo(25);
      walked.addAll(ids(page));
    }
    assertThat(pages).hasSize(4);
    assertThat(walked).doesNotHaveDuplicates().containsExactlyElementsOf(unpaged);
    if (storePagesByCursor) {
      assertThat(totalsWanted()).containsExactly(true, false, false, false);
    } else {
      assertThat(storage.pages()).allMatch(PageRequest.Index.class::isInstance);
    }
  }

  @ParameterizedTest(name = "store pages by cursor: {0}")
  @ValueSource(booleans = {true, false})
  void aWalkKeepsItsTotalWhileUsersAreAdded(boolean storePagesByCursor) {
    open(storePagesByCursor, CursorTotals.FIRST_PAGE);
    createUsers(20);
    ObjectNode first = page("", 8, null);
    createUsers(3);

    List<String> walked = new ArrayList<>(ids(first));
    String cursor = first.path("nextCursor").asText();
    for (int i = 0; i < MAX_PAGES && cursor != null; i++) {
      ObjectNode page = page(cursor, 8, null);
      assertThat(page.path("totalResults").asInt()).isEqualTo(20);
      walked.addAll(ids(page));
      cursor = page.has("nextCursor") ? page.path("nextCursor").asText() : null;
    }

    assertThat(first.path("totalResults").asInt()).isEqualTo(20);
    assertThat(walked).doesNotHaveDuplicates().hasSize(23).isSorted();
  }

  @ParameterizedTest(name = "store pages by cursor: {0}")
  @ValueSource(booleans = {true, false})
  void countingEveryPageAsksForAFreshTotalEachTime(boolean storePagesByCursor) {
    open(storePagesByCursor, CursorTotals.EVERY_PAGE);
    createUsers(20);
    storage.clear();
    ObjectNode first = page("", 8, null);
    createUsers(3);

    ObjectNode second = page(first.path("nextCursor").asText(), 8, null);
    ObjectNode third = page(second.path("nextCursor").asText(), 8, null);

    assertThat(first.path("totalResults").asInt()).isEqualTo(20);
    assertThat(second.path("totalResults").asInt()).isEqualTo(23);
    assertThat(third.path("totalResults").asInt()).isEqualTo(23);
    assertThat(ids(third)).hasSize(7);
    if (storePagesByCursor) {
      assertThat(totalsWanted()).containsExactly(true, true, true);
    }
  }

  @ParameterizedTest(name = "store pages by cursor: {0}")
  @ValueSource(booleans = {true, false})
  void aPageNeverReportsFewerResourcesThanItHolds(boolean storePagesByCursor) {
    open(storePagesByCursor, CursorTotals.FIRST_PAGE);
    createUsers(2);
    ObjectNode first = page("", 1, null);
    createUsers(10);

    ObjectNode second = page(first.path("nextCursor").asText(), 5, null);
    ObjectNode third = page(second.path("nextCursor").asText(), 3, null);

    assertThat(first.path("totalResults").asInt()).isEqualTo(2);
    assertThat(second.path("itemsPerPage").asInt()).isEqualTo(5);
    assertThat(second.path("totalResults").asInt()).isEqualTo(5);
    assertThat(third.path("itemsPerPage").asInt()).isEqualTo(3);
    assertThat(third.path("totalResults").asInt()).isEqualTo(5);
  }

  @ParameterizedTest(name = "store pages by cursor: {0}")
  @ValueSource(booleans = {true, false})
  void aCursorTheServiceDidNotHandOutIsInvalidCursor(boolean storePagesByCursor) {
    open(storePagesByCursor, CursorTotals.FIRST_PAGE);
    createUsers(5);
    String handedOut = page("", 2, null).path("nextCursor").asText();
    String storePart = handedOut.substring(handedOut.indexOf('.') + 1);

    List<String> tampered = List.of("abc", "12", "12.", ".abc", "x5." + storePart,
        "-5." + storePart, "05." + storePart, "99999999999." + storePart,
        "4294967296." + storePart, "5.", "5." + storePart.substring(1), "5.%%%");
    for (String cursor : tampered) {
      ScimException error = catchThrowableOfType(ScimException.class,
          () -> page(cursor, 2, null));

      assertThat(error).as(cursor).isNotNull();
      assertThat(error.status()).as(cursor).isEqualTo(400);
      assertThat(error.scimType()).as(cursor).contains(ScimType.INVALID_CURSOR);
      assertThat(error.detail()).as(cursor).isNotBlank();
    }
    assertThat(ids(page(handedOut, 2, null))).containsExactly("id-0003", "id-0004");
  }
}
