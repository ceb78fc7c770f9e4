/**
 * An in-process emulator of the API Gateway V2 management API for tests: {@link
 * dev.apigw.testkit.ApiGatewayV2Emulator}, its JUnit 5 extension and injectable {@link
 * dev.apigw.testkit.Fault}s.
 */
package dev.apigw.testkit;
