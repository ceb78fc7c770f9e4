/**
 * The HTTP side of an operation as the generated code sees it: the request it describes, the
 * response it decodes, the percent-encoding of paths and queries, and the proxy settings.
 */
@NullMarked
package dev.apigw.core.http;

import org.jspecify.annotations.NullMarked;
