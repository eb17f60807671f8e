package cn.xuchang.hrss.subsidy.cluster;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The cluster tests' own database on the MySQL suite's server, dropped and created afresh in utf8mb4 for every run and
 * kept afterwards for diagnosis. The nodes share it; the tests read it directly to check the ledger, the grants and the
 * engine's jobs, incidents and history.
 */
final class ClusterDatabase {

    static final String NAME = "skill_subsidy_cluster";

    private static final Pattern MYSQL_URL = Pattern.compile("^(jdbc:mysql://[^/]+/)([^?]*)(\\?.*)?$");

    private final String url;
    private final String user;
    private final String password;
    private final JdbcTemplate jdbc;

    private ClusterDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.jdbc = new JdbcTemplate(new DriverManagerDataSource(url, user, password));
    }

    /**
     * Drops and creates {@value #NAME} on the server of the MySQL suite ({@code -Dit.mysql.url}, set by the pom's
     * mysql-it profile). Fails, never skips, when that server cannot be reached.
     */
    static ClusterDatabase fresh() {
        String suiteUrl = System.getProperty("it.mysql.url");
        Matcher url = suiteUrl == null ? null : MYSQL_URL.matcher(suiteUrl);
        if (url == null || !url.matches()) {
            throw new IllegalStateException("the cluster tests belong to the MySQL suite (./mvnw verify -Pmysql-it), "
                    + "which sets -Dit.mysql.url to a jdbc:mysql:// URL; it is " + suiteUrl);
        }
        String query = url.group(3) == null ? "" : url.group(3);
        String user = System.getenv().getOrDefault("MYSQL_USER", "root");
        String password = System.getenv().getOrDefault("MYSQL_PASSWORD", "");
        JdbcTemplate server = new JdbcTemplate(new DriverManagerDataSource(url.group(1) + query, user, password));
        try {
            server.execute("DROP DATABASE IF EXISTS " + NAME);
            server.execute("CREATE DATABASE " + NAME + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "cannot create " + NAME + " on " + url.group(1) + " as " + user
                            + ": the cluster tests need the MySQL suite's MariaDB/MySQL server running (see .ci/run)",
                    e);
        }
        return new ClusterDatabase(url.group(1) + NAME + query, user, password);
    }

    /** The JDBC URL the nodes are given as {@code MYSQL_URL}, with the connector flags of the MySQL suite. */
    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }
}
