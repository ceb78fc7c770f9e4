package dev.apigw.codegen.model;

/** Service-wide metadata. */
public record ServiceInfo(
    String id,
    String fullName,
    String apiVersion,
    String signingName,
    String endpointPrefix,
    String protocol,
    String signatureVersion) {}
