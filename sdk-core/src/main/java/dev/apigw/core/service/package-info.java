/**
 * What a service client tells the core about its service: {@link
 * dev.apigw.core.service.ServiceMetadata}, its names, signing name, endpoint prefix, endpoint rule
 * set and error factory.
 */
@NullMarked
package dev.apigw.core.service;

import org.jspecify.annotations.NullMarked;
