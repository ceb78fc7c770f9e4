/**
 * Sending a call over OkHttp: the clients it is sent with, the OkHttp request made for the
 * endpoint, the transmit stage, reading the whole response within the deadline, ending a call at
 * once on an interrupt, and the wire log with the secrets it masks. Internal: not part of the SDK's
 * API.
 */
@NullMarked
package dev.apigw.core.internal.http;

import org.jspecify.annotations.NullMarked;
