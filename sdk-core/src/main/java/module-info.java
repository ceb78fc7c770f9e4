/**
 * The runtime of apigw-java: requests and results, credentials and regions, SigV4 signing, retries,
 * paging, waiters, interceptors and metrics. Its {@code internal} packages are the project's own:
 * they are exported only to its modules that are generated against them.
 */
module dev.apigw.core {
  requires transitive okhttp3;
  requires transitive org.jspecify;
  requires com.fasterxml.jackson.core;
  requires org.slf4j;
  requires java.xml;

  exports dev.apigw.core;
  exports dev.apigw.core.auth;
  exports dev.apigw.core.auth.sigv4;
  exports dev.apigw.core.client;
  exports dev.apigw.core.credentials;
  exports dev.apigw.core.exception;
  exports dev.apigw.core.http;
  exports dev.apigw.core.interceptor;
  exports dev.apigw.core.lang;
  exports dev.apigw.core.metrics;
  exports dev.apigw.core.paging;
  exports dev.apigw.core.region;
  exports dev.apigw.core.result;
  exports dev.apigw.core.retry;
  exports dev.apigw.core.service;
  exports dev.apigw.core.waiters;
  exports dev.apigw.core.internal to
      dev.apigw.client;
  exports dev.apigw.core.internal.json to
      dev.apigw.model,
      dev.apigw.client;
  exports dev.apigw.core.internal.pipeline to
      dev.apigw.opentelemetry;
  exports dev.apigw.core.waiters.internal to
      dev.apigw.client;
}
