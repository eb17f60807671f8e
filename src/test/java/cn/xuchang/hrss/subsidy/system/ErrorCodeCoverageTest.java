package cn.xuchang.hrss.subsidy.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every stable code a client can receive is asserted by some test together with the body it came in, not only with
 * the HTTP status: the problem codes our code gives to ApiException and Problems, the reason codes of claim lines,
 * and the codes that API.md promises.
 *
 * <p>A code counts as asserted when a test's assertion statement ({@code assertThat(…);}) names it as a string
 * literal and reads it from a body: {@code .code()}, {@code "code"}, the item helper {@code reasons(…)},
 * {@code .body()}, {@code .path(…)}, {@code .text(…)}, or the {@code getProperties()} of a ProblemDetail; or when a
 * test passes it to {@code assertProblem(…)}, a helper that asserts the whole problem body (ErrorCodesIT). A check of
 * the status alone contains none of these.
 */
class ErrorCodeCoverageTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path TESTS = Path.of("src/test/java");
    /** Where API.md lies next to the project, in CI and in the workshop alike. */
    private static final Path API_MD = Path.of("../shared/API.md");

    private static final String CODE = "([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)";
    /** A code as a literal, or the name of a String constant that holds it (e.g. {@code WorkflowUsers.NOT_REVIEWER}). */
    private static final String CODE_OR_CONSTANT = "(?:\"" + CODE + "\"|(?:\\w+\\.)?([A-Z][A-Z0-9_]*)\\b)";
    /**
     * How our code hands a code to the client: a refusal factory ({@code ApiException.notFound("…")},
     * {@code EngineRefusal.badRequest(…)}), an HttpStatus followed by the code (ApiException, Problems,
     * refusals), a status variable followed by it (ProblemHandling), a filing's {@code refused("…")}.
     */
    private static final Pattern[] CODE_SITES = {
        Pattern.compile("\\b\\w+\\s*\\.\\s*(?:badRequest|notFound|conflict|unprocessable|forbidden|unauthorized"
                + "|tooManyRequests|unavailable)\\(\\s*" + CODE_OR_CONSTANT),
        Pattern.compile("HttpStatus\\.[A-Z_]+\\s*,\\s*" + CODE_OR_CONSTANT),
        Pattern.compile("Problems\\.(?:of|write)\\([^;\"]*?\\bstatus\\s*,\\s*" + CODE_OR_CONSTANT),
        Pattern.compile("\\brefused\\(\\s*" + CODE_OR_CONSTANT)
    };
    /** String constants of our code, to resolve a code handed out by name; and the reason codes of a *Reasons class. */
    private static final Pattern STRING_CONSTANT =
            Pattern.compile("static\\s+final\\s+String\\s+([A-Z][A-Z0-9_]*)\\s*=\\s*\"" + CODE + "\"");

    private static final Pattern ASSERTION =
            Pattern.compile("\\b(assertThat\\w*|assertProblem)\\((.*?);", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile(
            "\\.code\\(\\)|\"code\"|(?<![.\\w])reasons\\(|\\.body\\(\\)|\\.path\\(|\\.text\\(|getProperties\\(\\)");

    /**
     * Codes that API.md promises for features not built yet, with the issue that builds them. A code leaves this list
     * when its feature arrives: then it appears in src/main/java, this test fails until the entry is removed, and the
     * code falls under the rule that it is asserted with its body.
     */
    private static final Map<String, String> NOT_BUILT_YET = Map.ofEntries(
            // issue 13, training vouchers and the occupation catalogue
            Map.entry("VOUCHER_ALREADY_HELD", "issue 13"),
            Map.entry("CERTIFICATE_ALREADY_HELD", "issue 13"),
            Map.entry("NO_VOUCHER_STANDARD", "issue 13"),
            Map.entry("VOUCHER_NOT_TRANSFERABLE", "issue 13"),
            Map.entry("VOUCHER_EXPIRED", "issue 13"),
            Map.entry("VOUCHER_NOT_ISSUED", "issue 13"),
            Map.entry("NOT_CERTIFIED", "issue 13"),
            Map.entry("NOT_ENROLLED_HERE", "issue 13"),
            Map.entry("VOUCHER_UNKNOWN", "issue 13"),
            Map.entry("ALREADY_REDEEMED", "issue 13"));

    @Test
    void shouldAssertEveryCodeOfOurCodeWithItsBody() {
        Map<String, Set<String>> codes = codesInMain();

        assertThat(codes)
                .as("the code sites were not recognised: has the way codes are handed out changed?")
                .containsKeys("CLAIM_NOT_FOUND", "INVALID_DECISION", "UNAUTHENTICATED", "ALREADY_CLAIMED", "BUSY")
                .hasSizeGreaterThan(50);
        Set<String> missing = new TreeSet<>(codes.keySet());
        missing.removeAll(assertedWithBody());
        assertThat(missing)
                .as(
                        "codes of src/main/java that no test asserts with its body (code → where it is thrown): %s",
                        where(codes, missing))
                .isEmpty();
    }

    @Test
    void shouldAssertEveryCodeOfApiMdWithItsBody() {
        assumeTrue(Files.isRegularFile(API_MD), "API.md is not at ../shared/API.md");
        Set<String> promised = codesInApiMd();
        assertThat(promised)
                .as("the codes of API.md were not recognised: has its wording changed?")
                .contains("INVALID_CREDIT_CODE", "ENTERPRISE_NOT_SME", "ALREADY_AWARDED", "NO_SUBSIDY_STANDARD")
                .hasSizeGreaterThan(30);
        Set<String> inMain = codesInMain().keySet();
        Set<String> asserted = assertedWithBody();

        Set<String> missing = new TreeSet<>(promised);
        missing.removeAll(asserted);
        missing.removeAll(NOT_BUILT_YET.keySet());
        Set<String> builtMeanwhile = new TreeSet<>(NOT_BUILT_YET.keySet());
        builtMeanwhile.retainAll(inMain);
        Set<String> noLongerPromised = new TreeSet<>(NOT_BUILT_YET.keySet());
        noLongerPromised.removeAll(promised);

        assertThat(missing)
                .as("codes of API.md that no test asserts with its body")
                .isEmpty();
        assertThat(builtMeanwhile)
                .as("codes now in src/main/java: take them off NOT_BUILT_YET (and assert them with their body)")
                .isEmpty();
        assertThat(noLongerPromised)
                .as("codes of NOT_BUILT_YET that API.md no longer names")
                .isEmpty();
    }

    /** Code → the source files that hand it out. */
    static Map<String, Set<String>> codesInMain() {
        Map<String, Set<String>> constants = new TreeMap<>();
        for (Path file : javaFiles(MAIN)) {
            Matcher m = STRING_CONSTANT.matcher(read(file));
            while (m.find()) {
                constants.computeIfAbsent(m.group(1), c -> new TreeSet<>()).add(m.group(2));
            }
        }
        Map<String, Set<String>> codes = new TreeMap<>();
        for (Path file : javaFiles(MAIN)) {
            String source = read(file);
            String name = file.getFileName().toString();
            for (Pattern site : CODE_SITES) {
                Matcher m = site.matcher(source);
                while (m.find()) {
                    Set<String> found =
                            m.group(1) != null ? Set.of(m.group(1)) : constants.getOrDefault(m.group(2), Set.of());
                    found.forEach(code ->
                            codes.computeIfAbsent(code, c -> new TreeSet<>()).add(name));
                }
            }
            if (name.endsWith("Reasons.java")) {
                Matcher m = STRING_CONSTANT.matcher(source);
                while (m.find()) {
                    if (m.group(1).equals(m.group(2))) {
                        codes.computeIfAbsent(m.group(2), c -> new TreeSet<>()).add(name);
                    }
                }
            }
        }
        return codes;
    }

    /**
     * The codes API.md names as an error or a reason: a code in backticks in a sentence that gives a 4xx status before
     * it ("→ 422 `ENTERPRISE_NOT_SME`", "403 with code `…`", "422 refusals: `…`") or that lists reasons.
     */
    static Set<String> codesInApiMd() {
        String text = read(API_MD)
                .replaceAll("\\n\\s*\\n", ". ")
                .replaceAll("\\n\\s*(?:[-#]|\\|)", ". ")
                .replace('\n', ' ');
        Set<String> codes = new TreeSet<>();
        Matcher token = Pattern.compile("`" + CODE + "`").matcher(text);
        while (token.find()) {
            String code = token.group(1);
            if (!code.contains("_") && code.length() < 4) {
                continue;
            }
            int sentence = Math.max(text.lastIndexOf(". ", token.start()), text.lastIndexOf(".` ", token.start()));
            String before = text.substring(Math.max(0, sentence), token.start());
            if (before.matches("(?s).*\\b4\\d\\d\\b.*") || before.matches("(?s).*\\b[Rr]easons\\b.*")) {
                codes.add(code);
            }
        }
        return codes;
    }

    /** The codes some test reads from a body and compares in an assertion. */
    static Set<String> assertedWithBody() {
        Set<String> asserted = new TreeSet<>();
        Pattern literal = Pattern.compile("\"" + CODE + "\"");
        for (Path file : javaFiles(TESTS)) {
            if (file.getFileName().toString().equals("ErrorCodeCoverageTest.java")) {
                continue;
            }
            Matcher assertion = ASSERTION.matcher(read(file));
            while (assertion.find()) {
                String statement = assertion.group(2);
                boolean problemHelper = assertion.group(1).equals("assertProblem");
                if (!problemHelper && !BODY.matcher(statement).find()) {
                    continue;
                }
                Matcher m = literal.matcher(statement);
                while (m.find()) {
                    asserted.add(m.group(1));
                }
            }
        }
        return asserted;
    }

    private static String where(Map<String, Set<String>> codes, Set<String> missing) {
        StringBuilder text = new StringBuilder();
        missing.forEach(code -> text.append("\n  ").append(code).append(" → ").append(codes.get(code)));
        return text.toString();
    }

    private static Set<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).collect(TreeSet::new, Set::add, Set::addAll);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
