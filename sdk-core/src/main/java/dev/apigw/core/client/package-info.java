/**
 * What every service client is built on: {@link dev.apigw.core.client.SdkClientBuilder}, the
 * settings and their resolution, and {@link dev.apigw.core.client.ClientRuntime}, which assembles
 * the pipeline each call runs through.
 */
@NullMarked
package dev.apigw.core.client;

import org.jspecify.annotations.NullMarked;
