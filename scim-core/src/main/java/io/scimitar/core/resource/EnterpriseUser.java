package io.scimitar.core.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The Enterprise User extension of a User (RFC 7643 §4.3), held under the URN
 * {@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User}. Any field may be null.
 *
 * @param employeeNumber the employee number
 * @param costCenter the cost center
 * @param organization the organization
 * @param division the division
 * @param department the department
 * @param manager the manager
 * @param otherAttributes attributes without a field here, or whose value does not fit one
 */
public record EnterpriseUser(
    String employeeNumber,
    String costCenter,
    String organization,
    String division,
    String department,
    Manager manager,
    Map<String, JsonNode> otherAttributes) {

  public EnterpriseUser {
    otherAttributes = OtherAttributes.copy(otherAttributes);
  }

  static EnterpriseUser read(ObjectNode node) {
    FieldReader in = new FieldReader(node);
    return new EnterpriseUser(in.text("employeeNumber"), in.text("costCenter"),
        in.text("organization"), in.text("division"), in.text("department"),
        in.object("manager", Manager::read), in.rest());
  }

  ObjectNode write() {
    return new FieldWriter()
        .text("employeeNumber", employeeNumber)
        .text("costCenter", costCenter)
        .text("organization", organization)
        .text("division", division)
        .text("department", department)
        .object("manager", manager == null ? null : manager.write())
        .rest(otherAttributes)
        .node();
  }
}
