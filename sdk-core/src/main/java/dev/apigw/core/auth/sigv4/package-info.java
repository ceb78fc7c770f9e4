/**
 * AWS Signature Version 4 for services other than Amazon S3, as small pure steps each usable and
 * tested alone: {@link dev.apigw.core.auth.sigv4.CanonicalRequest}, {@link
 * dev.apigw.core.auth.sigv4.StringToSign}, {@link dev.apigw.core.auth.sigv4.SigningKey} and {@link
 * dev.apigw.core.auth.sigv4.Signature}, put together by the thread-safe {@link
 * dev.apigw.core.auth.sigv4.SigV4Signer}, which signs a {@link
 * dev.apigw.core.auth.sigv4.SignableRequest} the way the AWS SDK for Java v2 does.
 */
@NullMarked
package dev.apigw.core.auth.sigv4;

import org.jspecify.annotations.NullMarked;
