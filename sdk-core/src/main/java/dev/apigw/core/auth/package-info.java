/**
 * AWS credentials and where they come from: {@link dev.apigw.core.auth.Credentials}, the {@link
 * dev.apigw.core.auth.CredentialsProvider} functional interface, and {@link
 * dev.apigw.core.auth.DefaultCredentialsProvider}, the AWS SDK for Java v2's chain over its
 * sources: the {@link dev.apigw.core.auth.SystemPropertyCredentialsProvider}, the {@link
 * dev.apigw.core.auth.EnvironmentCredentialsProvider}, the {@link
 * dev.apigw.core.auth.WebIdentityTokenFileCredentialsProvider} (EKS service accounts and other OIDC
 * platforms), the {@link dev.apigw.core.auth.ProfileCredentialsProvider} (static keys, roles,
 * processes, SSO), the {@link dev.apigw.core.auth.ContainerCredentialsProvider} (ECS, EKS Pod
 * Identity) and the {@link dev.apigw.core.auth.InstanceProfileCredentialsProvider} (EC2 instance
 * metadata), each following that SDK's rules. No type here ever prints a secret access key, a
 * session token or any other token.
 */
package dev.apigw.core.auth;
