/**
 * The stages of a call, one concern each, in the order {@link dev.apigw.core.client.ClientRuntime} assembles them.
 * Internal: not part of the SDK's API.
 */
package dev.apigw.core.internal.pipeline;
