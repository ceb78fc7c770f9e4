/**
 * An in-process emulator of the API Gateway V2 management API for tests: {@link
 * ApiGatewayV2Emulator}, its JUnit 5 extension {@link ApiGatewayV2EmulatorExtension}, and the
 * {@link Fault}s it can inject.
 */
@NullMarked
package dev.apigw.testkit;

import org.jspecify.annotations.NullMarked;
