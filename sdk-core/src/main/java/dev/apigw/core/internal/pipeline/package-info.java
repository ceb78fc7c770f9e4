/**
 * The stages of a call, one concern each, in the order the client runtime assembles them. Internal:
 * not part of the SDK's API.
 */
package dev.apigw.core.internal.pipeline;
