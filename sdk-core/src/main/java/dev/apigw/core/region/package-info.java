/**
 * Regions: {@link dev.apigw.core.region.RegionProvider}, the default region chain {@link
 * dev.apigw.core.region.DefaultRegionProvider}, and {@link dev.apigw.core.region.Regions} (names,
 * partitions, default endpoints).
 */
@NullMarked
package dev.apigw.core.region;

import org.jspecify.annotations.NullMarked;
