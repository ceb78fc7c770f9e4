package dev.apigw.codegen.model;

import java.util.Optional;

/**
 * How an operation pages: the member names of the input token, output token, page size and page
 * items.
 */
public record Pagination(
    String inputToken, String outputToken, Optional<String> limit, String items) {}
