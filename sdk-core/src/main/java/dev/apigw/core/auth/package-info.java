/**
 * AWS credentials and where they come from: {@link dev.apigw.core.auth.Credentials}, the
 * {@link dev.apigw.core.auth.CredentialsProvider} functional interface and the sources of the default chain: the
 * {@link dev.apigw.core.auth.SystemPropertyCredentialsProvider}, the
 * {@link dev.apigw.core.auth.EnvironmentCredentialsProvider}, the
 * {@link dev.apigw.core.auth.ContainerCredentialsProvider} (ECS, EKS Pod Identity) and the
 * {@link dev.apigw.core.auth.InstanceProfileCredentialsProvider} (EC2 instance metadata), each following the AWS SDK
 * for Java v2's rules. No type here ever prints a secret access key, a session token or an authorization token.
 */
package dev.apigw.core.auth;
