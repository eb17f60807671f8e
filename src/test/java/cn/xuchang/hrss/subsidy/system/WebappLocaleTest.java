package cn.xuchang.hrss.subsidy.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the Simplified Chinese locales of the embedded Camunda webapps against the English locales shipped in the
 * camunda-webapp-webjar: every key of en.json must be translated, placeholders must survive and the values must
 * actually be Chinese.
 */
class WebappLocaleTest {

    private static final String WEBJAR_APP_DIR = "META-INF/resources/webjars/camunda/app/";
    private static final Path OUR_APP_DIR = Path.of("src/main/resources", WEBJAR_APP_DIR);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");
    private static final double MIN_CHINESE_SHARE = 0.9;

    private final ObjectMapper mapper = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void zhLocaleTranslatesEveryEnglishKey(String app) throws IOException {
        Map<String, JsonNode> english = leaves(readEnglishFromWebjar(app));
        Map<String, JsonNode> chinese = leaves(readOurChinese(app));

        Set<String> missing = new TreeSet<>(english.keySet());
        missing.removeAll(chinese.keySet());
        assertThat(missing)
                .as("key paths of %s en.json missing in zh.json", app)
                .isEmpty();

        List<String> placeholderMismatches = new ArrayList<>();
        int strings = 0;
        int chineseStrings = 0;
        for (Map.Entry<String, JsonNode> entry : english.entrySet()) {
            if (!entry.getValue().isTextual()) {
                continue;
            }
            strings++;
            String zh = chinese.get(entry.getKey()).asText();
            if (!placeholders(entry.getValue().asText()).equals(placeholders(zh))) {
                placeholderMismatches.add(
                        entry.getKey() + ": " + entry.getValue().asText() + " -> " + zh);
            }
            if (containsHan(zh)) {
                chineseStrings++;
            }
        }

        assertThat(placeholderMismatches)
                .as("values of %s zh.json whose {{placeholders}} differ from en.json", app)
                .isEmpty();
        assertThat((double) chineseStrings / strings)
                .as("share of %s zh.json values containing Chinese (%d of %d)", app, chineseStrings, strings)
                .isGreaterThanOrEqualTo(MIN_CHINESE_SHARE);
    }

    /**
     * form-js writes its validation messages as fixed English in the webjar's bundle (no locale reaches them);
     * tasklist/scripts/subsidy-tasklist.js translates them where they are shown. Every message of the bundled form-js
     * must match one of the script's patterns, so a Camunda upgrade that changes or adds one fails here.
     */
    @Test
    void tasklistScriptTranslatesEveryFormJsValidationMessage() throws IOException {
        String bundle = readFromWebjar("META-INF/resources/webjars/camunda/lib/deps.js");
        Set<String> messages = new TreeSet<>();
        Matcher literal = Pattern.compile(
                        "[`\"]((?:Field (?:is required|must)|Value is not|Please select a valid|Nothing to show)[^`\"]*)[`\"]")
                .matcher(bundle);
        while (literal.find()) {
            messages.add(literal.group(1).replaceAll("\\$\\{[^}]*}", "7"));
        }
        assertThat(bundle).contains("\"Value is expected to \"", "decimal digit");
        messages.add("Value is expected to be an integer.");
        messages.add("Value is expected to have at most 2 decimal digits.");
        assertThat(messages).hasSizeGreaterThanOrEqualTo(11).contains("Field is required.", "Nothing to show.");

        String script = Files.readString(OUR_APP_DIR.resolve("tasklist/scripts/subsidy-tasklist.js"));
        List<Pattern> translated = new ArrayList<>();
        Matcher pattern = Pattern.compile("^\\s*\\[\\s*/(.+)/,\\s*(?:\\(\\)|m) =>", Pattern.MULTILINE)
                .matcher(script);
        while (pattern.find()) {
            translated.add(Pattern.compile(pattern.group(1)));
        }
        assertThat(translated).hasSizeGreaterThanOrEqualTo(12);
        assertThat(messages)
                .as("form-js messages without a Chinese translation in subsidy-tasklist.js")
                .allSatisfy(message -> assertThat(translated)
                        .anySatisfy(
                                p -> assertThat(p.matcher(message).matches()).isTrue()));
        assertThat(OUR_APP_DIR.resolve("tasklist/scripts/config.js"))
                .content()
                .contains("customScripts: ['scripts/subsidy-tasklist']");
    }

    private String readFromWebjar(String resource) throws IOException {
        URL webjar = Collections.list(getClass().getClassLoader().getResources(resource)).stream()
                .filter(url -> url.toString().contains("camunda-webapp-webjar"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(resource + " not found in camunda-webapp-webjar"));
        try (InputStream in = webjar.openStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** The en.json of the webjar itself, even if the classpath should ever contain an override of it. */
    private JsonNode readEnglishFromWebjar(String app) throws IOException {
        String resource = WEBJAR_APP_DIR + app + "/locales/en.json";
        List<URL> candidates = Collections.list(getClass().getClassLoader().getResources(resource));
        URL webjar = candidates.stream()
                .filter(url -> url.toString().contains("camunda-webapp-webjar"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(resource + " not found in camunda-webapp-webjar: " + candidates));
        try (InputStream in = webjar.openStream()) {
            // the webjar's en.json starts with a UTF-8 byte order mark, which Jackson skips for byte input
            return mapper.readTree(in);
        }
    }

    private JsonNode readOurChinese(String app) throws IOException {
        Path file = OUR_APP_DIR.resolve(app).resolve("locales").resolve("zh.json");
        assertThat(file).as("zh.json of %s", app).isRegularFile();
        try (InputStream in = Files.newInputStream(file)) {
            return mapper.readTree(in);
        }
    }

    /** All scalar values by JSON pointer, e.g. {@code /labels/CLAIM_TASK} or {@code /dateLocales/months/0}. */
    private static Map<String, JsonNode> leaves(JsonNode root) {
        Map<String, JsonNode> leaves = new LinkedHashMap<>();
        collectLeaves("", root, leaves);
        return leaves;
    }

    private static void collectLeaves(String pointer, JsonNode node, Map<String, JsonNode> leaves) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String key = field.getKey().replace("~", "~0").replace("/", "~1");
                collectLeaves(pointer + "/" + key, field.getValue(), leaves);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectLeaves(pointer + "/" + i, node.get(i), leaves);
            }
        } else {
            leaves.put(pointer, node);
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static boolean containsHan(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
