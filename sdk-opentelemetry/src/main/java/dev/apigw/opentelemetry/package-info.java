/**
 * OpenTelemetry for apigw-java's clients: {@link dev.apigw.opentelemetry.ApiGatewayV2Telemetry}
 * makes a span of every call and records the calls' duration, attempts and retries, through the
 * OpenTelemetry API alone.
 */
@NullMarked
package dev.apigw.opentelemetry;

import org.jspecify.annotations.NullMarked;
