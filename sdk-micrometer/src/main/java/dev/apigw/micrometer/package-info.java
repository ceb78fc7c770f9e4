/**
 * The calls of an apigw-java client as Micrometer meters: add a {@link
 * dev.apigw.micrometer.MicrometerMetricPublisher} to the client's builder.
 */
@NullMarked
package dev.apigw.micrometer;

import org.jspecify.annotations.NullMarked;
