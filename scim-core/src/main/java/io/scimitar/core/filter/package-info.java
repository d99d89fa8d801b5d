/**
 * The SCIM filter language (RFC 7644 §3.4.2.2): the {@link io.scimitar.core.filter.Filter} AST,
 * the bounded hand-written {@link io.scimitar.core.filter.FilterParser} (filters and PATCH
 * paths), and the schema-aware {@link io.scimitar.core.filter.FilterEvaluator}, which resolves a
 * parsed filter once (canonical paths, checked types) and evaluates it in memory.
 *
 * <p>The flow for a query: {@code parser.parse(text)} (400 {@code invalidFilter} on syntax
 * errors), then {@code evaluator.resolve(filter)} (400 {@code invalidFilter} on unknown attributes
 * or unsupported comparisons); the resolved filter goes to the store, or, when the store cannot
 * evaluate it, to {@code evaluator.compile(filter)}, whose
 * {@link io.scimitar.core.filter.CompiledFilter} then tests each candidate resource.
 *
 * <p>{@code and}/{@code or} chains are left-deep and can be thousands of terms long; visit them
 * with {@link io.scimitar.core.filter.Filter.And#operands()} and
 * {@link io.scimitar.core.filter.Filter.Or#operands()} rather than recursing on {@code left()}.
 */
package io.scimitar.core.filter;
