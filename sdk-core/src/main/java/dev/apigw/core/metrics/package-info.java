/**
 * What a call cost and how it went, told once per call to the {@link
 * dev.apigw.core.metrics.MetricPublisher}s of its client and of its request's overrides: {@link
 * dev.apigw.core.metrics.CallMetrics} with one {@link dev.apigw.core.metrics.AttemptMetrics} per
 * attempt. No dependency: adapters for OpenTelemetry and Micrometer are modules of their own.
 */
@NullMarked
package dev.apigw.core.metrics;

import org.jspecify.annotations.NullMarked;
