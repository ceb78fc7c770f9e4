/**
 * The emulator's insides, in the order a request meets them:
 *
 * <ol>
 *   <li>{@code http}: the dispatcher, the SigV4 check, the faults and the input reader, which turns
 *       the request into a {@link CallInput} checked against the model ({@link ModelIndex}).
 *   <li>{@code handlers}: one handler per kind of resource, such as {@code RoutesHandler}, which
 *       answers the operations of its kind by name.
 *   <li>{@code rules}: the service's checks and defaults, one class each, such as {@code
 *       RouteKeyRule}, and {@code RuleTable}, which lists them by kind.
 *   <li>{@code store}: the resources as a tree, which applies the rules to every change, and the
 *       views that turn resources into {@link Answer}s.
 * </ol>
 *
 * <p>{@code openapi} reads and writes OpenAPI documents for the APIs' handler. This package holds
 * what they all share: the model, the call, the answer and the service's errors.
 */
@NullMarked
package dev.apigw.testkit.internal;

import org.jspecify.annotations.NullMarked;
