/**
 * The operations, by kind of resource: one handler per kind ({@link ApisHandler}, {@link
 * RoutesHandler}, {@link StagesHandler}, …, and {@link TagsHandler} for tags on any of them). Each
 * registers every operation of its kind by the operation's name in the {@link OperationTable}, so
 * that grepping for an operation name such as {@code CreateRoute} finds its handler. Operations
 * that work alike for every kind (create, get, list, update, replace, delete) are {@link
 * StandardOperations}; the rest are methods of their kind's handler.
 *
 * <p>{@link EmulatedService} holds the table and the lock. The checks and defaults of each kind are
 * not here but in {@code dev.apigw.testkit.internal.rules}, since the store applies them to every
 * change, whichever operation makes it.
 */
@NullMarked
package dev.apigw.testkit.internal.handlers;

import org.jspecify.annotations.NullMarked;
