package cn.xuchang.hrss.subsidy.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the integration tests: real HTTP against the running application, as a user. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;
    private final String authorization;

    private Api(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    public static Api at(int port) {
        return new Api("http://localhost:" + port, null);
    }

    public Api as(String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(base, "Basic " + token);
    }

    public Api anonymous() {
        return new Api(base, null);
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    /** A GET asking for another representation, e.g. a file's content. */
    public Response get(String path, String accept) {
        return send("GET", path, null, accept);
    }

    public Response post(String path, Object body) {
        return send("POST", path, body);
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body);
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    /** A POST asking for another representation, e.g. {@code application/hal+json} as the Tasklist asks for. */
    public Response post(String path, Object body, String accept) {
        return send("POST", path, body, accept);
    }

    /** A deployment as Camunda Modeler sends it: multipart/form-data to /engine-rest/deployment/create. */
    public Response deploy(String name, java.util.Map<String, byte[]> files) {
        String boundary = "----skill-subsidy-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> text = s -> body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + name
                + "\r\n");
        text.accept(
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deploy-changed-only\"\r\n\r\ntrue\r\n");
        files.forEach((file, bytes) -> {
            text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file + "\"; filename=\""
                    + file + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(bytes);
            text.accept("\r\n");
        });
        text.accept("--" + boundary + "--\r\n");
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/engine-rest/deployment/create"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> response =
                    HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Response(
                    response.statusCode(),
                    json,
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException("deployment failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("deployment interrupted", e);
        }
    }

    /**
     * A multipart/form-data POST as a browser's form sends it: text fields, then one file part named {@code file}
     * (left out when {@code fileBytes} is null).
     */
    public Response multipart(String path, java.util.Map<String, String> fields, String fileName, byte[] fileBytes) {
        String boundary = "----skill-subsidy-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> text = s -> body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        fields.forEach((name, value) -> text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        if (fileBytes != null) {
            text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n");
            body.writeBytes(fileBytes);
            text.accept("\r\n");
        }
        text.accept("--" + boundary + "--\r\n");
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(120))
                    .header("Accept", "application/json, application/problem+json")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> response =
                    HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Response(
                    response.statusCode(),
                    json,
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException("POST " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("POST " + path + " interrupted", e);
        }
    }

    /** A GET of a file (a PDF, a spreadsheet): status, content type and the bytes. */
    public Download download(String path) {
        try {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("GET " + path + " interrupted", e);
        }
    }

    public record Download(int status, String contentType, String disposition, byte[] bytes) {}

    /** Sends a raw body, e.g. malformed JSON. */
    public Response postRaw(String path, String body) {
        return send("POST", path, body == null ? null : new Raw(body));
    }

    /** Sends a raw body declared as another content type, e.g. text/plain where JSON is expected. */
    public Response postRaw(String path, String body, String contentType) {
        return send("POST", path, new Raw(body), "application/json, application/problem+json", contentType);
    }

    private Response send(String method, String path, Object body) {
        return send(method, path, body, "application/json, application/problem+json");
    }

    private Response send(String method, String path, Object body, String accept) {
        return send(method, path, body, accept, "application/json");
    }

    private Response send(String method, String path, Object body, String accept, String contentType) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Accept", accept);
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            String payload = body == null ? "" : body instanceof Raw raw ? raw.text() : JSON.writeValueAsString(body);
            request.header("Content-Type", contentType);
            request.method(method, HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
            HttpResponse<String> response =
                    HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Response(
                    response.statusCode(),
                    json,
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    private record Raw(String text) {}

    public record Response(int status, JsonNode body, String contentType) {

        public String code() {
            return body.path("code").asText(null);
        }

        public String text(String field) {
            return body.path(field).asText(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
