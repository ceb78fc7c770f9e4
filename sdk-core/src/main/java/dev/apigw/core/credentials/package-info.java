/**
 * Where credentials come from: {@link dev.apigw.core.credentials.DefaultCredentialsProvider}, the
 * AWS SDK for Java v2's chain, and each of its sources, following that SDK's rules: system
 * properties, environment variables, a web identity token file (EKS service accounts and other OIDC
 * platforms), the profile files (static keys, roles, processes, SSO), containers (ECS, EKS Pod
 * Identity) and EC2 instance metadata.
 *
 * <p>This package sits above the client builder, because its STS and SSO sources are small clients
 * built on it; a generated service builder hands the default chain to the core builder. No type
 * here ever prints a secret access key, a session token or any other token.
 */
@NullMarked
package dev.apigw.core.credentials;

import org.jspecify.annotations.NullMarked;
