package cn.xuchang.hrss.subsidy.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A browser's session with the Camunda webapps: the session and CSRF cookies, the login form, then their API. */
public final class WebappSession {

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser;

    public WebappSession(int port) {
        this.base = "http://localhost:" + port;
        this.browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    /** Opens Tasklist (which sets the cookies) and logs in as the browser does. */
    public HttpResponse<String> login(String user, String password) {
        send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")));
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> login =
                send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
        // the login starts a new session: its CSRF token comes with the next read, as Tasklist's next call receives it
        send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default")));
        return login;
    }

    /** A JSON POST to the webapps' API, e.g. {@code /camunda/api/engine/engine/default/task/{id}/identity-links}. */
    public HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A GET in this session, as a link opened from Tasklist is, e.g. an attachment of a review form. */
    public HttpResponse<byte[]> download(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        try {
            return browser.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("webapp request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("webapp request interrupted", e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        request.header("Accept", "application/json, application/problem+json, text/html");
        cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst()
                .ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        try {
            return browser.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("webapp request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("webapp request interrupted", e);
        }
    }
}
