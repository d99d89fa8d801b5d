package io.scimitar.store.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.error.ScimType;
import io.scimitar.core.patch.MemberRef;
import io.scimitar.core.patch.MembershipChange;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceStore;
import io.scimitar.core.spi.ResourceUpdate;
import io.scimitar.store.tck.TckResources;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the memory store does where the SPI leaves the choice to the store. */
class MemoryStorageTest {
  private final MemoryStorage storage = new MemoryStorage(SchemaRegistry.defaults());
  private final ResourceStore groups = storage.store("group").orElseThrow();
  private final RequestContext tenant = RequestContext.of("t", "test");

  @Test
  void storesAreFoundCaseInsensitivelyAndCanDoEverything() {
    assertThat(groups.resourceType()).isEqualTo("Group");
    assertThat(groups.capabilities().supportsCursorPaging()).isTrue();
  }

  @Test
  void aMemberWithoutValueIsAnInvalidValue() {
    ObjectNode tree = TckResources.groupTree("G");
    tree.putArray("members").addObject().put("display", "nobody");

    ScimException error = catchThrowableOfType(ScimException.class,
        () -> groups.create(tenant, TckResources.prepared("Group", "g", tree)));

    assertThat(error.status()).isEqualTo(400);
    assertThat(error.scimType()).contains(ScimType.INVALID_VALUE);
    assertThat(error.detail()).isEqualTo("every member of 'members' needs a 'value'");
    assertThat(groups.get(tenant, "g", true)).isEmpty();
  }

  @Test
  void aResourceOfAnotherTypeIsRefused() {
    assertThatThrownBy(() -> groups.create(tenant, TckResources.user("u", "u")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void memberChangesReturnTheGroupWithoutMembers() {
    ScimResource v1 = groups.create(tenant, TckResources.group("g", "G", "a"));

    ScimResource v2 = groups.update(tenant, new ResourceUpdate(
        TckResources.nextVersion(TckResources.membersDropped(v1)), "1", false,
        List.of(new MembershipChange.Add(List.of(MemberRef.of("b"))))));

    assertThat(v2.view().has("members")).isFalse();
    assertThat(TckResources.memberIds(groups.get(tenant, "g", true).orElseThrow()))
        .containsExactly("a", "b");
  }

  @Test
  void membersKeepTheOrderTheyWereAddedIn() {
    groups.create(tenant, TckResources.group("g", "G", "c", "a", "b"));

    assertThat(TckResources.memberIds(groups.get(tenant, "g", true).orElseThrow()))
        .containsExactly("c", "a", "b");
  }

  @Test
  void anUnknownTenantHasNoMemberships() {
    assertThat(storage.memberships().groupsOf(RequestContext.of("other", "x"), "a")).isEmpty();
  }
}
