package io.scimitar.benchmarks.http;

import java.util.Map;

/**
 * Everything the bare resources answer, recorded from the SCIM service before the load starts.
 *
 * @param users {@code GET /Users/{id}} by id, for the users of both kinds
 * @param filtered {@code GET /Users?filter=...} by the decoded filter
 * @param pages {@code GET /Users?startIndex=...&count=100} by start index
 * @param created the answer to {@code POST /Users}
 * @param patched the answer to {@code PATCH /Groups/{id}}
 */
record BareResponses(
    Map<String, CannedResponse> users,
    Map<String, CannedResponse> filtered,
    Map<Integer, CannedResponse> pages,
    CannedResponse created,
    CannedResponse patched) {}
