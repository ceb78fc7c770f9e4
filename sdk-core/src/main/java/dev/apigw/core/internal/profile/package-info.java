/**
 * The AWS shared config and credentials files ({@code ~/.aws/config}, {@code ~/.aws/credentials}),
 * read and merged as the AWS SDK for Java v2 reads them: {@link
 * dev.apigw.core.internal.profile.ProfileFile} is the merged view, {@link
 * dev.apigw.core.internal.profile.ProfileNames} picks the profile in use. No type here ever prints
 * or logs a property value: values can be secrets. Internal: not part of the SDK's API.
 */
@NullMarked
package dev.apigw.core.internal.profile;

import org.jspecify.annotations.NullMarked;
