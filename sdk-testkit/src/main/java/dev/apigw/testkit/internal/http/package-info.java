/**
 * The emulator's HTTP side, in the order a request meets it. MockWebServer listens through {@link
 * GuardedServerSockets}: each connection's {@link RequestGuard} holds its requests to the request
 * limits (time, head and body size) as they come, answering a body too large at once ({@link
 * GuardAnswer}). {@link EmulatorDispatcher} takes each request from MockWebServer. {@link
 * SignatureVerifier} checks its SigV4 signature. The dispatcher finds the operation from the method
 * and path and applies a waiting fault ({@link Faults}). {@link InputReader} reads the input and
 * checks it against the model. The dispatcher hands the call to the service and writes its answer,
 * or its error.
 */
@NullMarked
package dev.apigw.testkit.internal.http;

import org.jspecify.annotations.NullMarked;
