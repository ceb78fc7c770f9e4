/**
 * Endpoint resolution from AWS's data: an interpreter of the Smithy endpoint rules language that
 * runs a service's {@code endpoint-rule-set.json} ({@link
 * dev.apigw.core.internal.endpoints.EndpointRuleSet}), and AWS's partitions ({@link
 * dev.apigw.core.internal.endpoints.Partitions}, from the {@code partitions.json} beside these
 * classes). The JSON is read once into small immutable nodes; each resolution evaluates them.
 * Internal: not part of the SDK's API.
 */
@NullMarked
package dev.apigw.core.internal.endpoints;

import org.jspecify.annotations.NullMarked;
