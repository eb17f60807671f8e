package cn.xuchang.hrss.subsidy.occupation;

import cn.xuchang.hrss.subsidy.kernel.ApiException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The occupation catalogue: every occupation the plan names, by its national classification code. Certificates,
 * filings, listings and vouchers accept a name, an alias or a code and store the code, so "电工" and "电工 " are one
 * occupation to the once-only rules.
 */
@Component
public class Occupations {

    static final String DATA_SET = "occupations/occupations.csv";

    private final List<Occupation> all;
    private final Map<String, Occupation> byKey;
    private final Map<String, List<String>> aliases = new LinkedHashMap<>();

    Occupations() {
        this(DATA_SET);
    }

    Occupations(String location) {
        byKey = new LinkedHashMap<>();
        all = readDataSet(location, entry -> {
            aliases.put(
                    entry.occupation().code(),
                    entry.keys().subList(2, entry.keys().size()));
            for (String key : entry.keys()) {
                Occupation previous = byKey.putIfAbsent(normalize(key), entry.occupation());
                if (previous != null && !previous.equals(entry.occupation())) {
                    throw new IllegalStateException("occupation data set " + location + ": '" + key + "' names both "
                            + previous.code() + " and " + entry.occupation().code());
                }
            }
        });
    }

    /** Every occupation of the catalogue, in the order of the data set. */
    public List<Occupation> all() {
        return all;
    }

    /** The occupation a name, alias or code stands for, spelt as {@link #normalize} allows; empty when unknown. */
    public Optional<Occupation> find(String nameOrCode) {
        return Optional.ofNullable(nameOrCode == null ? null : byKey.get(normalize(nameOrCode)));
    }

    /** The other names the data set gives the occupation of the code (维修电工 for 电工). */
    public List<String> aliasesOf(String code) {
        return aliases.getOrDefault(code, List.of());
    }

    /** The occupation a name, alias or code stands for; 400 {@code UNKNOWN_OCCUPATION} when the catalogue lacks it. */
    public Occupation resolve(String nameOrCode) {
        Occupation found = find(nameOrCode).orElse(null);
        if (found == null) {
            throw ApiException.badRequest(
                    "UNKNOWN_OCCUPATION",
                    "职业（工种）“" + (nameOrCode == null ? "" : nameOrCode.strip()) + "”不在职业目录中，请按《国家职业分类大典》的名称或代码填写");
        }
        return found;
    }

    /** The catalogue's name of a stored code; the code itself when the catalogue no longer holds it. */
    public String nameOf(String code) {
        Occupation found = code == null ? null : byKey.get(normalize(code));
        return found == null ? code : found.name();
    }

    /** Spelling variants that name one occupation: surrounding and inner blanks, full-width brackets and spaces. */
    static String normalize(String raw) {
        return raw.replace('\u3000', ' ')
                .replace('（', '(')
                .replace('）', ')')
                .replaceAll("\\s+", "")
                .toUpperCase();
    }

    private record Entry(Occupation occupation, List<String> keys) {}

    private static List<Occupation> readDataSet(String location, java.util.function.Consumer<Entry> each) {
        List<Occupation> result = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(location).getInputStream(), StandardCharsets.UTF_8))) {
            String line = reader.readLine(); // header
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != 3 || cells[0].isBlank() || cells[1].isBlank()) {
                    throw new IllegalStateException("occupation data set " + location + ": bad line '" + line + "'");
                }
                Occupation occupation = new Occupation(cells[0].strip(), cells[1].strip());
                List<String> keys = new ArrayList<>(List.of(occupation.code(), occupation.name()));
                for (String alias : cells[2].split("\\|")) {
                    if (!alias.isBlank()) {
                        keys.add(alias.strip());
                    }
                }
                result.add(occupation);
                each.accept(new Entry(occupation, keys));
            }
        } catch (IOException e) {
            throw new IllegalStateException("occupation data set " + location + " cannot be read", e);
        }
        return List.copyOf(result);
    }
}
