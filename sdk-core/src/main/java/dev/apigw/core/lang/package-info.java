/**
 * What every package of the SDK uses: the {@link dev.apigw.core.lang.Nullable} annotation, which
 * marks what may be null (everything else is not), and the argument checks of {@link
 * dev.apigw.core.lang.Arguments}, which fail naming the argument.
 */
package dev.apigw.core.lang;
