/**
 * The parts of the credential providers: the chain, the cache and its refresh policy, the STS, SSO
 * and SSO OIDC clients, the SSO token cache, {@code credential_process}, and the documents of the
 * container and instance-metadata endpoints. Internal: not part of the SDK's API.
 */
@NullMarked
package dev.apigw.core.credentials.internal;

import org.jspecify.annotations.NullMarked;
