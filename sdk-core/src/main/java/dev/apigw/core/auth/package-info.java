/**
 * AWS credentials and where they come from: {@link dev.apigw.core.auth.Credentials}, the
 * {@link dev.apigw.core.auth.CredentialsProvider} functional interface and the
 * {@link dev.apigw.core.auth.EnvironmentCredentialsProvider}. No type here ever prints a secret access key or a session
 * token.
 */
package dev.apigw.core.auth;
