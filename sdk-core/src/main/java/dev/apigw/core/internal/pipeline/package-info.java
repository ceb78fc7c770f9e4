/**
 * The contract of a call's stages ({@code CallStage}, {@code PreparingStage}), the call's context,
 * cancellation and record, and the small stages: attempt timeout, user agent, signing. The stages
 * of other concerns live in their own packages; {@code internal.runtime.CallPipeline} puts them all
 * in order. Internal: not part of the SDK's API.
 */
@NullMarked
package dev.apigw.core.internal.pipeline;

import org.jspecify.annotations.NullMarked;
