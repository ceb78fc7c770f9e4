/**
 * OpenAPI 3.0 documents for HTTP APIs. {@link OpenApiImport} serves {@code ImportApi} and {@code
 * ReimportApi}: it reads a document into an {@code OpenApiDefinition}, one {@code PathOperation}
 * per route, and makes the routes and integrations. {@link OpenApiExport} serves {@code ExportApi}:
 * it writes an API's routes and integrations back as a document.
 */
@NullMarked
package dev.apigw.testkit.internal.openapi;

import org.jspecify.annotations.NullMarked;
