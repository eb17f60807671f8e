package cn.xuchang.hrss.subsidy.support;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser's part in HTTP for portal tests: cookies kept, redirects not followed, the forms' CSRF token sent back. */
public final class PortalSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public record Page(int status, String body, String location) {}

    /** A file part of a multipart form. */
    public record FilePart(String name, String fileName, byte[] bytes) {}

    private final int port;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String clientAddress;
    private String token;

    public PortalSession(int port) {
        this(port, null);
    }

    /** A browser behind the load balancer, which forwards the client's address in {@code X-Forwarded-For}. */
    public PortalSession(int port, String clientAddress) {
        this.port = port;
        this.clientAddress = clientAddress;
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery));
        return clientAddress == null ? request : request.header("X-Forwarded-For", clientAddress);
    }

    public Page get(String path) throws Exception {
        HttpResponse<String> response =
                http.send(request(path).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher csrf = CSRF.matcher(response.body());
        if (csrf.find()) {
            token = csrf.group(1);
        }
        return page(response);
    }

    public Page login(String user, String password) throws Exception {
        get("/");
        return post("/login", Map.of("username", user, "password", password), true);
    }

    public Page post(String path, Map<String, String> fields, boolean withToken) throws Exception {
        if (withToken && token == null) {
            get("/");
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (withToken) {
            form.put("_csrf", token);
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(
                request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return page(response);
    }

    /** A roster posted as the new-claim page's upload form posts it (the token in the address). */
    public Page upload(String path, String year, byte[] file) throws Exception {
        get("/portal/enterprise/claims/new");
        return multipart(path, Map.of("year", year), new FilePart("file", "r.xlsx", file));
    }

    /** A multipart form as a page posts it, the CSRF token of the last page in the address. */
    public Page multipart(String path, Map<String, String> fields, FilePart... files) throws Exception {
        String boundary = "----portal-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        for (FilePart file : files) {
            body.writeBytes(
                    ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.name() + "\"; filename=\""
                                    + file.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                            .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.bytes());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(
                request(path + (path.contains("?") ? "&" : "?") + "_csrf=" + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return page(response);
    }

    /** The bytes of a download in this session. */
    public HttpResponse<byte[]> download(String path) throws Exception {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private Page page(HttpResponse<String> response) {
        return new Page(
                response.statusCode(),
                response.body(),
                response.headers().firstValue("Location").orElse(""));
    }
}
