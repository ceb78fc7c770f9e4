/** Helpers of the auth packages; not public API. */
package dev.apigw.core.auth.internal;
