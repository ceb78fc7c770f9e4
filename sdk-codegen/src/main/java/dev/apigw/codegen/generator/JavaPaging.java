package dev.apigw.codegen.generator;

/**
 * How an operation pages, in Java terms: the request's token and limit members, the result's token
 * and items.
 */
record JavaPaging(
    JavaMember inputToken,
    JavaMember outputToken,
    java.util.Optional<JavaMember> limit,
    JavaMember items) {}
