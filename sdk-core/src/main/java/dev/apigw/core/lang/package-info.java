/**
 * What every package of the SDK uses: the argument checks of {@link dev.apigw.core.lang.Arguments},
 * which fail naming the argument. Nullness is JSpecify's: every package of the SDK is
 * {@code @NullMarked}, and what may be null is marked {@code @Nullable}.
 */
@NullMarked
package dev.apigw.core.lang;

import org.jspecify.annotations.NullMarked;
