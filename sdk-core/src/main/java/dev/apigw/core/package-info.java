/**
 * What a request of any operation carries: {@link dev.apigw.core.SdkRequest}, its per-call {@link
 * dev.apigw.core.RequestOverrideConfiguration}, and {@link dev.apigw.core.WireEnum}, the contract
 * of the generated enumerations.
 */
@NullMarked
package dev.apigw.core;

import org.jspecify.annotations.NullMarked;
