package io.scimitar.core.compat;

/**
 * Every tolerance of a real client that bends RFC 7643 or RFC 7644, as one named switch each, in
 * one place (DESIGN.md, "Compatibility lives in one place"). The service hands each switch to the
 * part that reads the input (filter parser, PATCH reader, validator); no other part knows a
 * client. {@link #DEFAULTS} keeps the RFC's behaviour apart from Entra ID's string booleans;
 * {@link #ALL} turns every switch on, as the example server does. Which identity provider needs
 * which switch is listed in {@code docs/idp/}.
 *
 * <p>What is accepted regardless, because the RFCs allow it or it carries no ambiguity
 * (attribute and operation names in any case, a PATCH without {@code schemas}, a {@code value} on
 * {@code remove}), is described where it is read ({@code PatchRequestReader}, {@code
 * Canonicalizer}) and is not a switch.
 *
 * @param stringBooleans {@code "True"} and {@code "False"} (any case) accepted as booleans in
 *     request bodies (Microsoft Entra ID's default provisioning job sends {@code "active":"False"})
 * @param unquotedFilterValues a bare word after a comparison operator read as a string
 *     ({@code userName eq bjensen}, {@code meta.created gt 2015-10-10T14:38:21-07:00}), as
 *     Microsoft's documentation and reference-server tests write filters; words that are JSON
 *     literals ({@code true}, {@code false}, {@code null}, numbers) keep their meaning
 * @param emptyPatchOperations a PATCH whose {@code Operations} is an empty array changes nothing
 *     and succeeds instead of being 400 {@code invalidSyntax} (Microsoft's SCIM Validator sends
 *     one and expects success: scimmyjs/scimmy issues 59 and 90, AzureAD/SCIMReferenceCode
 *     issue 112)
 * @param duplicatePrimaryValues identical values of a multi-valued attribute in one request body
 *     are kept once, so the same email sent twice with {@code primary: true} (a PUT from
 *     PingOne-style clients) is one primary email instead of 400 {@code invalidValue}; distinct
 *     values that both claim {@code primary} are still refused
 */
public record ClientTolerances(
    boolean stringBooleans,
    boolean unquotedFilterValues,
    boolean emptyPatchOperations,
    boolean duplicatePrimaryValues) {

  /** RFC behaviour, with Entra ID's string booleans accepted: the library's default. */
  public static final ClientTolerances DEFAULTS = new ClientTolerances(true, false, false, false);

  /** Every switch off: exactly what the RFCs allow. */
  public static final ClientTolerances NONE = new ClientTolerances(false, false, false, false);

  /** Every switch on: what the example server runs with. */
  public static final ClientTolerances ALL = new ClientTolerances(true, true, true, true);

  /** These tolerances with {@link #stringBooleans()} set. */
  public ClientTolerances withStringBooleans(boolean on) {
    return new ClientTolerances(on, unquotedFilterValues, emptyPatchOperations,
        duplicatePrimaryValues);
  }

  /** These tolerances with {@link #unquotedFilterValues()} set. */
  public ClientTolerances withUnquotedFilterValues(boolean on) {
    return new ClientTolerances(stringBooleans, on, emptyPatchOperations, duplicatePrimaryValues);
  }

  /** These tolerances with {@link #emptyPatchOperations()} set. */
  public ClientTolerances withEmptyPatchOperations(boolean on) {
    return new ClientTolerances(stringBooleans, unquotedFilterValues, on, duplicatePrimaryValues);
  }

  /** These tolerances with {@link #duplicatePrimaryValues()} set. */
  public ClientTolerances withDuplicatePrimaryValues(boolean on) {
    return new ClientTolerances(stringBooleans, unquotedFilterValues, emptyPatchOperations, on);
  }
}
