package io.scimitar.core.filter;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.json.ScimJson;
import io.scimitar.core.schema.AttributeDefinition;
import io.scimitar.core.schema.AttributeType;
import io.scimitar.core.schema.ResourceSchema;
import io.scimitar.core.schema.ResourceType;
import io.scimitar.core.schema.Schema;
import io.scimitar.core.schema.SchemaExtension;
import io.scimitar.core.schema.SchemaRegistry;
import java.util.List;

/**
 * Schemas and resources shared by the filter and sort tests: the built-in User (with the
 * Enterprise extension) and a host-defined Device type with an attribute of every type.
 */
public final class FilterFixtures {
  public static final String DEVICE = "urn:example:scim:schemas:2.0:Device";
  public static final String ACME = "urn:example:scim:schemas:extension:acme:2.0:Device";

  private static final ScimJson JSON = ScimJson.withDefaults();

  public static final SchemaRegistry REGISTRY = SchemaRegistry.builder()
      .withBuiltIns()
      .schema(deviceSchema())
      .schema(new Schema(ACME, "Acme", "Acme device extension", List.of(
          simple("owner", AttributeType.STRING),
          simple("cost", AttributeType.DECIMAL))))
      .resourceType(new ResourceType("Device", "Device", "/Devices", "Device", DEVICE,
          List.of(new SchemaExtension(ACME, false))))
      .build();

  public static final ResourceSchema USER = REGISTRY.resourceSchema("User");
  public static final ResourceSchema GROUP = REGISTRY.resourceSchema("Group");
  public static final ResourceSchema DEVICES = REGISTRY.resourceSchema("Device");

  private FilterFixtures() {}

  private static Schema deviceSchema() {
    return new Schema(DEVICE, "Device", "A host-defined resource", List.of(
        AttributeDefinition.builder("serial", AttributeType.STRING).caseExact(true).build(),
        simple("label", AttributeType.STRING),
        simple("count", AttributeType.INTEGER),
        simple("ratio", AttributeType.DECIMAL),
        simple("enabled", AttributeType.BOOLEAN),
        AttributeDefinition.builder("firmware", AttributeType.BINARY).caseExact(true).build(),
        simple("seen", AttributeType.DATE_TIME),
        AttributeDefinition.builder("homepage", AttributeType.REFERENCE)
            .referenceTypes(List.of("external")).build(),
        AttributeDefinition.builder("tags", AttributeType.STRING).multiValued(true).build(),
        AttributeDefinition.builder("readings", AttributeType.INTEGER).multiValued(true).build(),
        AttributeDefinition.builder("ports", AttributeType.COMPLEX).multiValued(true)
            .subAttribute(simple("value", AttributeType.INTEGER))
            .subAttribute(simple("label", AttributeType.STRING))
            .subAttribute(simple("primary", AttributeType.BOOLEAN))
            .build(),
        AttributeDefinition.builder("location", AttributeType.COMPLEX)
            .subAttribute(simple("city", AttributeType.STRING))
            .subAttribute(simple("room", AttributeType.STRING))
            .build()));
  }

  private static AttributeDefinition simple(String name, AttributeType type) {
    return AttributeDefinition.builder(name, type).build();
  }

  /** Parses JSON written with single quotes for readability. */
  public static ObjectNode json(String singleQuoted) {
    return JSON.readObject(singleQuoted.replace('\'', '"'));
  }

  /** Three devices; d3 has only a serial and an empty label. */
  public static List<ObjectNode> devices() {
    return List.of(
        json("{'id':'d1','serial':'SN-ABC','label':'Router One','count':5,'ratio':0.5,"
            + "'enabled':true,'firmware':'AAEC','seen':'2024-01-01T10:00:00Z',"
            + "'homepage':'https://Example.com/r1','tags':['Edge','core'],'readings':[1,10],"
            + "'ports':[{'value':80,'label':'HTTP'},{'value':443,'label':'HTTPS','primary':true}],"
            + "'location':{'city':'Berlin','room':'1.01'},"
            + "'" + ACME + "':{'owner':'ops','cost':12.50}}"),
        json("{'id':'d2','serial':'sn-abc','label':'router two','count':12,'ratio':1.25,"
            + "'enabled':false,'firmware':'aaec','seen':'2024-01-01T12:00:00+02:00',"
            + "'homepage':'https://example.com/r2','tags':['edge'],'readings':[],"
            + "'ports':[{'value':22,'label':'ssh'}],'location':{},"
            + "'" + ACME + "':{'owner':'OPS','cost':7}}"),
        json("{'id':'d3','serial':'XYZ','label':''}"));
  }

  /** Users in the shape of RFC 7643 §8 examples. */
  public static List<ObjectNode> users() {
    String enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    return List.of(
        json("{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User','" + enterprise + "'],"
            + "'id':'bjensen-id','externalId':'bjensen','userName':'bjensen',"
            + "'name':{'formatted':'Ms. Barbara J Jensen III','familyName':'Jensen',"
            + "'givenName':'Barbara'},'displayName':'Babs Jensen','title':'Tour Guide',"
            + "'userType':'Employee','active':true,"
            + "'emails':[{'value':'bjensen@example.com','type':'work','primary':true},"
            + "{'value':'babs@jensen.org','type':'home'}],"
            + "'ims':[{'value':'someaimhandle','type':'aim'}],"
            + "'meta':{'resourceType':'User','created':'2010-01-23T04:56:22Z',"
            + "'lastModified':'2011-05-13T04:42:34Z','version':'W/\\'3694e05e9dff591\\''},"
            + "'" + enterprise + "':{'employeeNumber':'701984','department':'Tour Operations',"
            + "'manager':{'value':'26118915-6090-4610-87e4-49d8ca9f808d',"
            + "'displayName':'John Smith'}}}"),
        json("{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User'],"
            + "'id':'omalley-id','userName':'jomalley',"
            + "'name':{'familyName':'O\\u0027Malley','givenName':'John'},"
            + "'userType':'Intern','active':false,"
            + "'emails':[{'value':'john@omalley.net','type':'work'}],"
            + "'ims':[{'value':'john@foo.com','type':'xmpp'}],"
            + "'meta':{'resourceType':'User','created':'2011-01-01T00:00:00Z',"
            + "'lastModified':'2011-05-13T04:42:34Z','version':'W/\\'1\\''}}"),
        json("{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User'],"
            + "'id':'jsmith-id','userName':'JSmith','title':'',"
            + "'userType':'Employee','emails':[{'value':'js@Example.ORG','type':'other'}],"
            + "'meta':{'resourceType':'User','created':'2012-01-01T00:00:00Z',"
            + "'lastModified':'2012-06-01T10:00:00+02:00','version':'W/\\'7\\''}}"));
  }
}
