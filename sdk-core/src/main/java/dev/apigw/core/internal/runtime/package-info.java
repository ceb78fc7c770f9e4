/**
 * The engine behind the public {@code ClientRuntime} and {@code SdkClientBuilder}: the settings
 * resolved at {@code build()} ({@code SettingsResolver}), what runs a client's calls ({@code
 * CallRunner}: its OkHttp client, threads and the region resolved once), and {@code CallPipeline},
 * the one class that assembles every step of a call in order. Internal: not part of the SDK's API.
 */
@NullMarked
package dev.apigw.core.internal.runtime;

import org.jspecify.annotations.NullMarked;
