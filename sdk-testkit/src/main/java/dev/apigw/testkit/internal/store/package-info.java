/**
 * The emulated account's state. {@link ResourceStore} keeps the resources as a tree of {@link
 * Resource}s, one {@link ResourceKind} each, and makes every create, update, replace and removal.
 * {@link ResourceViews} turns resources into answers, one at a time or a page at a time. {@link
 * Arns} names resources by ARN and finds them again.
 */
@NullMarked
package dev.apigw.testkit.internal.store;

import org.jspecify.annotations.NullMarked;
