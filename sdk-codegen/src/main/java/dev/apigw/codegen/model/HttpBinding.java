package dev.apigw.codegen.model;

/** The HTTP method, the URI template (labels in braces) and the status code of success. */
public record HttpBinding(String method, String uri, int successStatus) {}
