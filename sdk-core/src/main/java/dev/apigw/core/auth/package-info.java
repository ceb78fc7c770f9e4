/**
 * What signing needs and every layer shares: {@link dev.apigw.core.auth.Credentials}, the {@link
 * dev.apigw.core.auth.CredentialsProvider} functional interface, fixed and anonymous providers, and
 * SigV4 in {@code dev.apigw.core.auth.sigv4}. The providers that find credentials in the
 * environment, the profile files, STS, SSO, containers and instance metadata are in {@code
 * dev.apigw.core.credentials}, a floor above the client builder. No type here ever prints a secret
 * access key, a session token or any other token.
 */
@NullMarked
package dev.apigw.core.auth;

import org.jspecify.annotations.NullMarked;
