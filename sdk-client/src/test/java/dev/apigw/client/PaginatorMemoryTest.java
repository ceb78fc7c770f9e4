package dev.apigw.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.core.auth.Credentials;
import dev.apigw.model.Route;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ref.WeakReference;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Walking the items of 100,000 routes (200 pages of 500) keeps about one page alive: routes of
 * pages already walked become unreachable while the walk goes on, so a listing of any length runs
 * in the memory of a page or two.
 */
class PaginatorMemoryTest {
  private static final int PAGES = 200;
  private static final int PAGE_SIZE = 500;
  private static final Pattern NEXT_TOKEN = Pattern.compile("[?&]nextToken=p(\\d+)");

  private ServerSocket server;
  private final AtomicInteger pagesServed = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    Thread acceptor =
        new Thread(
            () -> {
              try {
                while (!server.isClosed()) {
                  Socket socket = server.accept();
                  socket.setTcpNoDelay(true);
                  Thread connection = new Thread(() -> serve(socket), "pages-connection");
                  connection.setDaemon(true);
                  connection.start();
                }
              } catch (IOException closed) {
                // the test is over
              }
            },
            "pages-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  /**
   * Answers GetRoutes pages, made on the fly: page n (from nextToken pN) holds routes n*500 …
   * n*500+499.
   */
  private void serve(Socket socket) {
    try (socket;
        InputStream in = new BufferedInputStream(socket.getInputStream());
        OutputStream out = socket.getOutputStream()) {
      while (true) {
        String head = readHead(in);
        if (head == null) {
          return;
        }
        String target =
            head.substring(head.indexOf(' ') + 1, head.indexOf(' ', head.indexOf(' ') + 1));
        Matcher token = NEXT_TOKEN.matcher(target);
        int page = token.find() ? Integer.parseInt(token.group(1)) : 0;
        StringBuilder body = new StringBuilder(PAGE_SIZE * 120).append("{\"items\":[");
        for (int i = 0; i < PAGE_SIZE; i++) {
          int id = page * PAGE_SIZE + i;
          body.append(i == 0 ? "" : ",")
              .append("{\"routeId\":\"r")
              .append(id)
              .append("\",\"routeKey\":\"GET /items/")
              .append(id)
              .append("\",\"target\":\"integrations/abc1234\",\"authorizationType\":\"NONE\"}");
        }
        body.append(']');
        if (page + 1 < PAGES) {
          body.append(",\"nextToken\":\"p").append(page + 1).append('"');
        }
        byte[] bytes = body.append('}').toString().getBytes(StandardCharsets.UTF_8);
        // Counted before the page is written: once the client has read it, the count includes it.
        pagesServed.incrementAndGet();
        out.write(
            ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nx-amzn-RequestId: page-"
                    + page
                    + "\r\nContent-Length: "
                    + bytes.length
                    + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.write(bytes);
        out.flush();
      }
    } catch (IOException closed) {
      // the client went away
    }
  }

  private static String readHead(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    int c;
    while ((c = in.read()) != -1) {
      head.append((char) c);
      int n = head.length();
      if (n >= 4
          && head.charAt(n - 4) == '\r'
          && head.charAt(n - 3) == '\n'
          && head.charAt(n - 2) == '\r'
          && head.charAt(n - 1) == '\n') {
        return head.toString();
      }
    }
    return null;
  }

  @Test
  void walkingAHundredThousandRoutesKeepsAboutOnePageAlive() {
    List<WeakReference<Route>> firstOfEachPage = new ArrayList<>();
    List<Integer> stillReachableTwoPagesLater = new ArrayList<>();
    int seen = 0;
    try (ApiGatewayV2Client client =
        ApiGatewayV2Client.builder()
            .region("us-east-1")
            .endpoint(URI.create("http://127.0.0.1:" + server.getLocalPort()))
            .credentials(Credentials.of("AKIDEXAMPLE", "secret"))
            .build()) {
      for (Route route :
          client
              .getRoutesPaginator(b -> b.apiId("big").maxResults(String.valueOf(PAGE_SIZE)))
              .items()) {
        int id = Integer.parseInt(route.routeId().orElseThrow().substring(1));
        assertThat(id).isEqualTo(seen);
        if (id % PAGE_SIZE == 0) {
          int page = id / PAGE_SIZE;
          firstOfEachPage.add(new WeakReference<>(route));
          // Every 20 pages: the first route of the page two back must be gone once the collector
          // has run.
          if (page >= 2 && page % 20 == 0) {
            WeakReference<Route> earlier = firstOfEachPage.get(page - 2);
            for (int i = 0; i < 5 && earlier.get() != null; i++) {
              System.gc();
            }
            if (earlier.get() != null) {
              stillReachableTwoPagesLater.add(page - 2);
            }
          }
        }
        seen++;
      }
    }
    assertThat(seen).isEqualTo(PAGES * PAGE_SIZE);
    assertThat(pagesServed).hasValue(PAGES);
    assertThat(stillReachableTwoPagesLater).as("pages still reachable two pages later").isEmpty();
  }
}
