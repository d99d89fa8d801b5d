package io.scimitar.core.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimitar.core.schema.BuiltInSchemas;
import io.scimitar.core.schema.CommonAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A typed view of a User resource (RFC 7643 §4.1) with its Enterprise User extension (§4.3), for
 * store implementers who would rather not walk JSON trees. Conversions are lossless:
 * {@code User.fromResource(r).toResource()} equals {@code r}. Whatever has no typed field here,
 * or a value that does not fit its field (host extensions, unknown attributes and
 * sub-attributes, a {@code meta} not written by {@link Meta}), is kept in the
 * {@code otherAttributes} of the record it belongs to and written back unchanged. A typed field
 * and an other attribute of the same name: the typed field wins.
 *
 * <p>Build new users with {@link #builder()}; change one with {@link #toBuilder()}.
 *
 * @param schemas the {@code schemas} URNs
 * @param id the server-assigned id, or null before creation
 * @param externalId the client's id, or null
 * @param userName the unique user name
 * @param name the name, or null
 * @param displayName the display name
 * @param nickName the casual name
 * @param profileUrl the URL of an online profile
 * @param title the job title
 * @param userType e.g. {@code Employee}
 * @param preferredLanguage e.g. {@code en-US}
 * @param locale e.g. {@code en-US}
 * @param timezone e.g. {@code America/Los_Angeles}
 * @param active whether the user may sign in, or null
 * @param password the password as sent (write-only: never returned)
 * @param emails email addresses, never null
 * @param phoneNumbers phone numbers, never null
 * @param ims instant messaging addresses, never null
 * @param photos photo URLs, never null
 * @param addresses addresses, never null
 * @param groups groups the user belongs to (read-only), never null
 * @param entitlements entitlements, never null
 * @param roles roles, never null
 * @param x509Certificates certificates (base64 DER values), never null
 * @param enterprise the Enterprise User extension, or null
 * @param meta the metadata, or null
 * @param otherAttributes top-level members without a typed field, by JSON name (extension
 *     objects under their URN); values must not be changed
 */
public record User(
    List<String> schemas,
    String id,
    String externalId,
    String userName,
    Name name,
    String displayName,
    String nickName,
    String profileUrl,
    String title,
    String userType,
    String preferredLanguage,
    String locale,
    String timezone,
    Boolean active,
    String password,
    List<MultiValue> emails,
    List<MultiValue> phoneNumbers,
    List<MultiValue> ims,
    List<MultiValue> photos,
    List<Address> addresses,
    List<GroupMembership> groups,
    List<MultiValue> entitlements,
    List<MultiValue> roles,
    List<MultiValue> x509Certificates,
    EnterpriseUser enterprise,
    Meta meta,
    Map<String, JsonNode> otherAttributes) {

  /** The resource type name of users, as in {@code meta.resourceType}. */
  public static final String RESOURCE_TYPE = BuiltInSchemas.USER_RESOURCE_TYPE.name();

  public User {
    schemas = schemas == null ? List.of() : List.copyOf(schemas);
    emails = emails == null ? List.of() : List.copyOf(emails);
    phoneNumbers = phoneNumbers == null ? List.of() : List.copyOf(phoneNumbers);
    ims = ims == null ? List.of() : List.copyOf(ims);
    photos = photos == null ? List.of() : List.copyOf(photos);
    addresses = addresses == null ? List.of() : List.copyOf(addresses);
    groups = groups == null ? List.of() : List.copyOf(groups);
    entitlements = entitlements == null ? List.of() : List.copyOf(entitlements);
    roles = roles == null ? List.of() : List.copyOf(roles);
    x509Certificates = x509Certificates == null ? List.of() : List.copyOf(x509Certificates);
    otherAttributes = OtherAttributes.copy(otherAttributes);
  }

  /**
   * The typed view of a resource.
   *
   * @throws IllegalArgumentException when the resource is not a User
   */
  public static User fromResource(ScimResource resource) {
    if (!RESOURCE_TYPE.equals(resource.resourceType())) {
      throw new IllegalArgumentException("not a User: " + resource.resourceType());
    }
    FieldReader in = new FieldReader(resource.view());
    // Arguments are evaluated in order, so "meta" and the rest are read last.
    return new User(
        in.texts(CommonAttributes.SCHEMAS),
        in.text(CommonAttributes.ID),
        in.text(CommonAttributes.EXTERNAL_ID),
        in.text("userName"),
        in.object("name", Name::read),
        in.text("displayName"),
        in.text("nickName"),
        in.text("profileUrl"),
        in.text("title"),
        in.text("userType"),
        in.text("preferredLanguage"),
        in.text("locale"),
        in.text("timezone"),
        in.bool("active"),
        in.text("password"),
        in.list("emails", MultiValue::read),
        in.list("phoneNumbers", MultiValue::read),
        in.list("ims", MultiValue::read),
        in.list("photos", MultiValue::read),
        in.list("addresses", Address::read),
        in.list("groups", GroupMembership::read),
        in.list("entitlements", MultiValue::read),
        in.list("roles", MultiValue::read),
        in.list("x509Certificates", MultiValue::read),
        in.object(BuiltInSchemas.ENTERPRISE_USER, EnterpriseUser::read),
        in.meta(CommonAttributes.META),
        in.rest());
  }

  /** The resource this view describes. */
  public ScimResource toResource() {
    ObjectNode tree = new FieldWriter()
        .texts(CommonAttributes.SCHEMAS, schemas)
        .text(CommonAttributes.ID, id)
        .text(CommonAttributes.EXTERNAL_ID, externalId)
        .text("userName", userName)
        .object("name", name == null ? null : name.write())
        .text("displayName", displayName)
        .text("nickName", nickName)
        .text("profileUrl", profileUrl)
        .text("title", title)
        .text("userType", userType)
        .text("preferredLanguage", preferredLanguage)
        .text("locale", locale)
        .text("timezone", timezone)
        .bool("active", active)
        .text("password", password)
        .list("emails", emails, MultiValue::write)
        .list("phoneNumbers", phoneNumbers, MultiValue::write)
        .list("ims", ims, MultiValue::write)
        .list("photos", photos, MultiValue::write)
        .list("addresses", addresses, Address::write)
        .list("groups", groups, GroupMembership::write)
        .list("entitlements", entitlements, MultiValue::write)
        .list("roles", roles, MultiValue::write)
        .list("x509Certificates", x509Certificates, MultiValue::write)
        .object(BuiltInSchemas.ENTERPRISE_USER, enterprise == null ? null : enterprise.write())
        .rest(otherAttributes)
        .meta(CommonAttributes.META, meta)
        .node();
    return ScimResource.wrap(RESOURCE_TYPE, tree);
  }

  /** The primary email, else the first one, if there is any. */
  public Optional<MultiValue> primaryEmail() {
    return emails.stream().filter(MultiValue::isPrimary).findFirst()
        .or(() -> emails.stream().findFirst());
  }

  /** Starts a new user. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this user's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.schemas = schemas;
    builder.id = id;
    builder.externalId = externalId;
    builder.userName = userName;
    builder.name = name;
    builder.displayName = displayName;
    builder.nickName = nickName;
    builder.profileUrl = profileUrl;
    builder.title = title;
    builder.userType = userType;
    builder.preferredLanguage = preferredLanguage;
    builder.locale = locale;
    builder.timezone = timezone;
    builder.active = active;
    builder.password = password;
    builder.emails = new ArrayList<>(emails);
    builder.phoneNumbers = new ArrayList<>(phoneNumbers);
    builder.ims = new ArrayList<>(ims);
    builder.photos = new ArrayList<>(photos);
    builder.addresses = new ArrayList<>(addresses);
    builder.groups = new ArrayList<>(groups);
    builder.entitlements = new ArrayList<>(entitlements);
    builder.roles = new ArrayList<>(roles);
    builder.x509Certificates = new ArrayList<>(x509Certificates);
    builder.enterprise = enterprise;
    builder.meta = meta;
    builder.otherAttributes = new LinkedHashMap<>(otherAttributes);
    return builder;
  }

  /**
   * Builds a {@link User}. When no schemas are set, {@link #build()} lists the core User schema,
   * the Enterprise User schema when the extension is set, and every other attribute whose name
   * is a URN (a host extension).
   */
  public static final class Builder {
    private List<String> schemas = List.of();
    private String id;
    private String externalId;
    private String userName;
    private Name name;
    private String displayName;
    private String nickName;
    private String profileUrl;
    private String title;
    private String userType;
    private String preferredLanguage;
    private String locale;
    private String timezone;
    private Boolean active;
    private String password;
    private List<MultiValue> emails = new ArrayList<>();
    private List<MultiValue> phoneNumbers = new ArrayList<>();
    private List<MultiValue> ims = new ArrayList<>();
    private List<MultiValue> photos = new ArrayList<>();
    private List<Address> addresses = new ArrayList<>();
    private List<GroupMembership> groups = new ArrayList<>();
    private List<MultiValue> entitlements = new ArrayList<>();
    private List<MultiValue> roles = new ArrayList<>();
    private List<MultiValue> x509Certificates = new ArrayList<>();
    private EnterpriseUser enterprise;
    private Meta meta;
    private Map<String, JsonNode> otherAttributes = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code schemas}. */
    public Builder schemas(List<String> value) {
      this.schemas = List.copyOf(value);
      return this;
    }

    /** Sets {@code id}. */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /** Sets {@code externalId}. */
    public Builder externalId(String value) {
      this.externalId = value;
      return this;
    }

    /** Sets {@code userName}. */
    public Builder userName(String value) {
      this.userName = value;
      return this;
    }

    /** Sets {@code name}. */
    public Builder name(Name value) {
      this.name = value;
      return this;
    }

    /** Sets {@code displayName}. */
    public Builder displayName(String value) {
      this.displayName = value;
      return this;
    }

    /** Sets {@code nickName}. */
    public Builder nickName(String value) {
      this.nickName = value;
      return this;
    }

    /** Sets {@code profileUrl}. */
    public Builder profileUrl(String value) {
      this.profileUrl = value;
      return this;
    }

    /** Sets {@code title}. */
    public Builder title(String value) {
      this.title = value;
      return this;
    }

    /** Sets {@code userType}. */
    public Builder userType(String value) {
      this.userType = value;
      return this;
    }

    /** Sets {@code preferredLanguage}. */
    public Builder preferredLanguage(String value) {
      this.preferredLanguage = value;
      return this;
    }

    /** Sets {@code locale}. */
    public Builder locale(String value) {
      this.locale = value;
      return this;
    }

    /** Sets {@code timezone}. */
    public Builder timezone(String value) {
      this.timezone = value;
      return this;
    }

    /** Sets {@code active}. */
    public Builder active(Boolean value) {
      this.active = value;
      return this;
    }

    /** Sets {@code password}. */
    public Builder password(String value) {
      this.password = value;
      return this;
    }

    /** Sets {@code emails}. */
    public Builder emails(List<MultiValue> value) {
      this.emails = new ArrayList<>(value);
      return this;
    }

    /** Sets {@code phoneNumbers}. */
    public Builder phoneNumbers(List<MultiValue> value) {
      this.phoneNumbers = new ArrayList<>(value);
      return this;
    }

    /** Sets {@code ims}. */
    public Builder ims(List<MultiValue> value) {
      this.ims = new ArrayList<>(value);
      return this;
    }

    /** Sets {@code photos}. */
    public Builder photos(List<MultiValue> value) {
      this.photos = new ArrayList<>(value);
      return this;
    }

    /** Sets {@code addresses}. */
    public Builder addresses(List<Address> value) {
      this.addresses = new ArrayList<>(value);
      return this;
    }

    /** Sets {@code groups}. */
    public Builder groups(List<GroupMembership> value) {
      this.groups = new ArrayList<>(value);
      return this;
    }

    /** Sets {@code entitlements}. */
    public Builder entitlements(List<MultiValue> value) {
      this.entitlements = new ArrayList<>(value);
      return this;
    }

    /** Sets {@code roles}. */
    public Builder roles(List<MultiValue> value) {
      this.roles = new ArrayList<>(value);
      return this;
    }

    /** Sets {@code x509Certificates}. */
    public Builder x509Certificates(List<MultiValue> value) {
      this.x509Certificates = new ArrayList<>(value);
      return this;
    }

    /** Sets {@code enterprise}. */
    public Builder enterprise(EnterpriseUser value) {
      this.enterprise = value;
      return this;
    }

    /** Sets {@code meta}. */
    public Builder meta(Meta value) {
      this.meta = value;
      return this;
    }

    /** Sets an attribute without a typed field (a host extension object under its URN, ...). */
    public Builder otherAttribute(String attributeName, JsonNode value) {
      this.otherAttributes.put(attributeName, value);
      return this;
    }

    /** The user, with default schemas when none were set. */
    public User build() {
      List<String> urns = schemas;
      if (urns.isEmpty()) {
        List<String> names = new ArrayList<>();
        if (enterprise != null) {
          names.add(BuiltInSchemas.ENTERPRISE_USER);
        }
        names.addAll(otherAttributes.keySet());
        urns = DefaultSchemas.of(BuiltInSchemas.USER, names);
      }
      return new User(
          urns,
          id,
          externalId,
          userName,
          name,
          displayName,
          nickName,
          profileUrl,
          title,
          userType,
          preferredLanguage,
          locale,
          timezone,
          active,
          password,
          emails,
          phoneNumbers,
          ims,
          photos,
          addresses,
          groups,
          entitlements,
          roles,
          x509Certificates,
          enterprise,
          meta,
          otherAttributes);
    }
  }
}
