package io.scimitar.store.tck;

import static io.scimitar.store.tck.TckResources.group;
import static io.scimitar.store.tck.TckResources.idOf;
import static io.scimitar.store.tck.TckResources.user;
import static io.scimitar.store.tck.TckResources.withText;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.error.ScimException;
import io.scimitar.core.error.ScimType;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.AttributeType;
import io.scimitar.core.schema.ResourceType;
import io.scimitar.core.schema.Schema;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.schema.Uniqueness;
import io.scimitar.core.spi.ResourceStore;
import io.scimitar.core.spi.ResourceUpdate;
import io.scimitar.core.spi.Storage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Uniqueness of attributes declared {@code uniqueness: server}, enforced by the store within a
 * tenant: a User's {@code userName} case-insensitively, on create and on update (409
 * {@code uniqueness}); values free again after a delete or rename; and, for a host's own
 * resource type, case-exact unique attributes compared exactly.
 */
public abstract class UniquenessTck extends StoreTck {
  private static final String DEVICE_URN = "urn:example:scimitar:tck:Device";

  @Test
  void createWithATakenUserNameInAnyCaseConflicts() {
    users().create(tenantA, user(idOf("first"), "bjensen@example.com"));

    ScimException error = assertScimError(
        () -> users().create(tenantA, user(idOf("second"), "BJensen@Example.COM")),
        409, ScimType.UNIQUENESS);

    assertThat(error.detail()).contains("userName");
    assertThat(users().get(tenantA, idOf("second"), true)).isEmpty();
  }

  @Test
  void updateToATakenUserNameConflictsAndChangesNothing() {
    users().create(tenantA, user(idOf("first"), "bjensen"));
    ScimResource second = users().create(tenantA, user(idOf("second"), "jsmith"));

    assertScimError(() -> users().update(tenantA,
        ResourceUpdate.replace(withText(second, "userName", "BJENSEN"), "1")),
        409, ScimType.UNIQUENESS);

    assertThat(users().get(tenantA, idOf("second"), true)).contains(second);
    assertThat(ids(queryAll(users(), tenantA, filter("User", "userName eq \"bjensen\""), null)))
        .containsExactly(idOf("first"));
  }

  @Test
  void aUserMayChangeTheCaseOfItsOwnUserName() {
    ScimResource v1 = users().create(tenantA, user(idOf("u"), "bjensen"));

    ScimResource v2 = users().update(tenantA,
        ResourceUpdate.replace(withText(v1, "userName", "BJensen"), "1"));

    assertThat(v2.text("userName")).contains("BJensen");
    assertThat(ids(queryAll(users(), tenantA, filter("User", "userName eq \"bjensen\""), null)))
        .containsExactly(idOf("u"));
  }

  @Test
  void aUserNameIsFreeAgainAfterDeleteOrRename() {
    users().create(tenantA, user(idOf("deleted"), "deleted-name"));
    ScimResource renamed = users().create(tenantA, user(idOf("renamed"), "old-name"));
    users().delete(tenantA, idOf("deleted"), "1");
    users().update(tenantA, ResourceUpdate.replace(withText(renamed, "userName", "new-name"), "1"));

    users().create(tenantA, user(idOf("reuse-1"), "Deleted-Name"));
    users().create(tenantA, user(idOf("reuse-2"), "OLD-NAME"));

    assertScimError(() -> users().create(tenantA, user(idOf("clash"), "New-Name")),
        409, ScimType.UNIQUENESS);
  }

  @Test
  void attributesWithoutUniquenessMayRepeat() {
    groups().create(tenantA, group(idOf("g1"), "Same Name"));
    groups().create(tenantA, group(idOf("g2"), "Same Name"));
    ObjectNode a = TckResources.userTree("a");
    a.put("displayName", "Same Person");
    a.put("externalId", "same-external-id");
    ObjectNode b = TckResources.userTree("b");
    b.put("displayName", "Same Person");
    b.put("externalId", "same-external-id");
    users().create(tenantA, TckResources.prepared("User", idOf("a"), a));
    users().create(tenantA, TckResources.prepared("User", idOf("b"), b));

    assertThat(queryAll(groups(), tenantA, filter("Group", "displayName eq \"same name\""), null)
        .totalResults()).isEqualTo(2);
    assertThat(queryAll(users(), tenantA,
        filter("User", "externalId eq \"same-external-id\""), null).totalResults()).isEqualTo(2);
  }

  @Test
  void hostDefinedUniqueAttributesHonourCaseExact() {
    Storage custom = createStorage(deviceRegistry());
    ResourceStore devices = custom.store("Device").orElseThrow();

    devices.create(tenantA, device("d1", "SN-ABC", "Lab Printer"));
    devices.create(tenantA, device("d2", "sn-abc", "Office Printer"));

    assertScimError(() -> devices.create(tenantA, device("d3", "SN-ABC", "Other")),
        409, ScimType.UNIQUENESS);
    assertScimError(() -> devices.create(tenantA, device("d4", "SN-XYZ", "LAB PRINTER")),
        409, ScimType.UNIQUENESS);
    devices.create(tenantB, device("d3", "SN-ABC", "Lab Printer"));
    assertThat(devices.get(tenantA, idOf("d2"), true)).isPresent();
    assertThat(devices.get(tenantA, idOf("d3"), true)).isEmpty();
  }

  private static ScimResource device(String name, String serialNumber, String label) {
    ObjectNode tree = TckResources.tree(DEVICE_URN);
    tree.put("serialNumber", serialNumber);
    tree.put("label", label);
    return TckResources.prepared("Device", idOf(name), tree);
  }

  /** The built-ins plus a Device type: serialNumber unique and case-exact, label unique. */
  private static SchemaRegistry deviceRegistry() {
    Schema schema = new Schema(DEVICE_URN, "Device", "A host-defined resource", List.of(
        AttributeDefinition.builder("serialNumber", AttributeType.STRING)
            .caseExact(true).uniqueness(Uniqueness.SERVER).build(),
        AttributeDefinition.builder("label", AttributeType.STRING)
            .uniqueness(Uniqueness.SERVER).build()));
    return SchemaRegistry.builder().withBuiltIns().schema(schema)
        .resourceType(new ResourceType("Device", "Device", "/Devices", "", DEVICE_URN, List.of()))
        .build();
  }
}
