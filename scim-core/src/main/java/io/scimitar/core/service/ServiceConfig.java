package io.scimitar.core.service;

import io.scimitar.core.compat.ClientTolerances;
import io.scimitar.core.filter.FilterLimits;
import io.scimitar.core.json.JsonLimits;
import io.scimitar.core.validation.ValidationOptions;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Protocol settings of a {@link ScimService}, with safe defaults ({@link #defaults()}); change
 * settings with {@link #builder()} or {@link #toBuilder()}.
 *
 * @param defaultPageSize page size when a query names no {@code count}
 * @param maxPageSize the most resources one page returns; larger counts are clamped to it
 * @param cursorTotals when cursor pages (RFC 9865) count {@code totalResults}: once per walk,
 *     at its first page ({@link CursorTotals#FIRST_PAGE}, the default), or on every page
 *     ({@link CursorTotals#EVERY_PAGE})
 * @param maxInMemoryCandidates the most candidates the service filters or sorts itself when a
 *     store cannot; a query over more fails with 400 {@code tooMany} instead of exhausting memory
 * @param maxPatchOperations the most operations one PATCH request may carry
 * @param maxBulkOperations the most operations one bulk request may carry
 * @param writeRetries how often a write without {@code If-Match} is retried after losing a race
 *     to a concurrent write (each retry re-reads the resource)
 * @param repeatedCreates what a create that repeats one already committed answers: 409
 *     ({@link RepeatedCreates#CONFLICT}, the default) or the first resource
 *     ({@link RepeatedCreates#ANSWER_ORIGINAL})
 * @param json request body limits
 * @param filterLimits filter length and nesting limits
 * @param validation how strictly input is validated
 * @param tolerances which tolerances of real clients are on (see {@link ClientTolerances})
 * @param clock the time source for {@code meta.created} and {@code meta.lastModified}
 * @param idGenerator the source of new resource ids
 * @param authenticationSchemes the schemes ServiceProviderConfig advertises
 * @param changeEvents whether writes record change events (see {@link
 *     io.scimitar.core.event.ChangeEvent}); on by default
 * @param securityEventUris the Security Event Token URIs the service issues (RFC 9967 §4),
 *     advertised in ServiceProviderConfig; empty (the default) leaves that attribute out, which
 *     says the service is not configured for Security Events
 */
public record ServiceConfig(
    int defaultPageSize,
    int maxPageSize,
    CursorTotals cursorTotals,
    int maxInMemoryCandidates,
    int maxPatchOperations,
    int maxBulkOperations,
    int writeRetries,
    RepeatedCreates repeatedCreates,
    JsonLimits json,
    FilterLimits filterLimits,
    ValidationOptions validation,
    ClientTolerances tolerances,
    Clock clock,
    Supplier<String> idGenerator,
    List<AuthenticationScheme> authenticationSchemes,
    boolean changeEvents,
    List<String> securityEventUris) {

  public ServiceConfig {
    if (defaultPageSize < 0 || maxPageSize < 1 || maxInMemoryCandidates < 1
        || maxPatchOperations < 1 || maxBulkOperations < 1 || writeRetries < 0) {
      throw new IllegalArgumentException("service limits must be positive");
    }
    Objects.requireNonNull(cursorTotals, "cursorTotals");
    Objects.requireNonNull(repeatedCreates, "repeatedCreates");
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(filterLimits, "filterLimits");
    Objects.requireNonNull(validation, "validation");
    Objects.requireNonNull(tolerances, "tolerances");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(idGenerator, "idGenerator");
    authenticationSchemes = List.copyOf(authenticationSchemes);
    securityEventUris = List.copyOf(securityEventUris);
  }

  /**
   * When cursor pages count {@code totalResults}. RFC 9865 asks for an accurate total (RFC 7644
   * §3.4.1) where the server can give one; an exact count costs time that grows with the number
   * of matches, while a keyset cursor page costs the same at any depth.
   */
  public enum CursorTotals {
    /**
     * The first page of a walk counts, and its total travels inside every cursor the walk hands
     * out; later pages ask the store not to count and answer that total. A page's cost then stays
     * the same however many resources match. Resources created or deleted during the walk do not
     * change the total it reports (never less than the items of the page that reports it).
     */
    FIRST_PAGE,
    /** Every page counts the matches again: exact on every page, at the cost of a full count. */
    EVERY_PAGE
  }

  /**
   * What a create answers when it repeats one already committed: the same body from the same
   * client (by its provenance), refused by the store only because the first one holds its unique
   * value, as when a client sends a POST again after losing the answer (Okta retries a POST that
   * timed out). Either way the store holds one resource: the repeat never makes a second.
   */
  public enum RepeatedCreates {
    /**
     * 409 {@code uniqueness}, as RFC 7644 §3.3 asks for a resource that exists and as Okta's
     * and Entra ID's own test suites check; the client finds the resource with a filter.
     */
    CONFLICT,
    /**
     * 201 with the resource the first create made (its id, version and Location), for clients
     * that take a 409 after a retry as a failed provisioning. A body that differs in any
     * attribute, or a resource changed since, still gets 409.
     */
    ANSWER_ORIGINAL
  }

  /**
   * Defaults: pages of 100 (at most 1,000), cursor totals counted at a walk's first page, random
   * UUID ids, the system clock.
   */
  public static ServiceConfig defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this configuration. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.defaultPageSize = defaultPageSize;
    builder.maxPageSize = maxPageSize;
    builder.cursorTotals = cursorTotals;
    builder.maxInMemoryCandidates = maxInMemoryCandidates;
    builder.maxPatchOperations = maxPatchOperations;
    builder.maxBulkOperations = maxBulkOperations;
    builder.writeRetries = writeRetries;
    builder.repeatedCreates = repeatedCreates;
    builder.json = json;
    builder.filterLimits = filterLimits;
    builder.validation = validation;
    builder.tolerances = tolerances;
    builder.clock = clock;
    builder.idGenerator = idGenerator;
    builder.authenticationSchemes = authenticationSchemes;
    builder.changeEvents = changeEvents;
    builder.securityEventUris = securityEventUris;
    return builder;
  }

  /** Builds a {@link ServiceConfig}; every setting starts at its default. */
  public static final class Builder {
    private int defaultPageSize = 100;
    private int maxPageSize = 1000;
    private CursorTotals cursorTotals = CursorTotals.FIRST_PAGE;
    private int maxInMemoryCandidates = 100_000;
    private int maxPatchOperations = 1000;
    private int maxBulkOperations = 1000;
    private int writeRetries = 50;
    private RepeatedCreates repeatedCreates = RepeatedCreates.CONFLICT;
    private JsonLimits json = JsonLimits.DEFAULTS;
    private FilterLimits filterLimits = FilterLimits.DEFAULTS;
    private ValidationOptions validation = ValidationOptions.DEFAULTS;
    private ClientTolerances tolerances = ClientTolerances.DEFAULTS;
    private Clock clock = Clock.systemUTC();
    private Supplier<String> idGenerator = () -> UUID.randomUUID().toString();
    private List<AuthenticationScheme> authenticationSchemes =
        List.of(AuthenticationScheme.bearerToken());
    private boolean changeEvents = true;
    private List<String> securityEventUris = List.of();

    private Builder() {}

    public Builder pageSizes(int defaultSize, int maxSize) {
      this.defaultPageSize = defaultSize;
      this.maxPageSize = maxSize;
      return this;
    }

    /** When cursor pages count {@code totalResults}; see {@link CursorTotals}. */
    public Builder cursorTotals(CursorTotals value) {
      this.cursorTotals = value;
      return this;
    }

    public Builder maxInMemoryCandidates(int value) {
      this.maxInMemoryCandidates = value;
      return this;
    }

    public Builder maxPatchOperations(int value) {
      this.maxPatchOperations = value;
      return this;
    }

    public Builder maxBulkOperations(int value) {
      this.maxBulkOperations = value;
      return this;
    }

    public Builder writeRetries(int value) {
      this.writeRetries = value;
      return this;
    }

    /** What a create that repeats a committed one answers; see {@link RepeatedCreates}. */
    public Builder repeatedCreates(RepeatedCreates value) {
      this.repeatedCreates = value;
      return this;
    }

    public Builder json(JsonLimits value) {
      this.json = value;
      return this;
    }

    public Builder filterLimits(FilterLimits value) {
      this.filterLimits = value;
      return this;
    }

    public Builder validation(ValidationOptions value) {
      this.validation = value;
      return this;
    }

    /** Which tolerances of real clients are on; {@link ClientTolerances#DEFAULTS} unless set. */
    public Builder tolerances(ClientTolerances value) {
      this.tolerances = value;
      return this;
    }

    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    public Builder idGenerator(Supplier<String> value) {
      this.idGenerator = value;
      return this;
    }

    public Builder authenticationSchemes(List<AuthenticationScheme> value) {
      this.authenticationSchemes = value;
      return this;
    }

    /**
     * Whether writes record change events; on by default. Off, stores receive the plain writes
     * and record nothing, and no listener hears of any change.
     */
    public Builder changeEvents(boolean value) {
      this.changeEvents = value;
      return this;
    }

    /** The SET event URIs ServiceProviderConfig advertises (RFC 9967 §4); default none. */
    public Builder securityEventUris(List<String> value) {
      this.securityEventUris = value;
      return this;
    }

    public ServiceConfig build() {
      return new ServiceConfig(defaultPageSize, maxPageSize, cursorTotals, maxInMemoryCandidates,
          maxPatchOperations, maxBulkOperations, writeRetries, repeatedCreates, json,
          filterLimits, validation, tolerances, clock, idGenerator, authenticationSchemes,
          changeEvents, securityEventUris);
    }
  }
}
