package cn.xuchang.hrss.subsidy.system;

import cn.xuchang.hrss.subsidy.ledger.Scheme;
import cn.xuchang.hrss.subsidy.occupation.Occupation;
import cn.xuchang.hrss.subsidy.occupation.OccupationTable;
import cn.xuchang.hrss.subsidy.occupation.Occupations;
import cn.xuchang.hrss.subsidy.system.OccupationCodeMapper.GrantKey;
import cn.xuchang.hrss.subsidy.system.OccupationCodeMapper.StoredOccupation;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Start-up step: writes the occupation catalogue into its table, then rewrites every occupation stored the old way
 * (a name or an alias, spelt with stray blanks or full-width brackets) as its catalogue code — certificates, listings,
 * filing lines and the once-only keys of evaluation-subsidy grants. It runs at every start and is idempotent: a code
 * stays a code. A stored name the catalogue does not know stays as it is and is counted in one WARN, so that the
 * data set can be extended and the next start converts it.
 */
@Component
class OccupationCodeMigration {

    private static final Logger log = LoggerFactory.getLogger(OccupationCodeMigration.class);

    /** The tables with an {@code occupation} column. */
    static final List<String> TABLES = List.of("certificate", "catalogue_listing", "institution_filing_item");

    private final OccupationTable table;
    private final Occupations occupations;
    private final OccupationCodeMapper stored;

    OccupationCodeMigration(OccupationTable table, Occupations occupations, OccupationCodeMapper stored) {
        this.table = table;
        this.occupations = occupations;
        this.stored = stored;
    }

    /** What one run changed and what it had to leave. */
    record Result(int rowsConverted, int grantsConverted, int rowsUnknown, List<String> unknown) {}

    @EventListener(ApplicationStartedEvent.class)
    @Order(0)
    @Transactional
    public void onStart() {
        table.load();
        migrate();
    }

    @Transactional
    public Result migrate() {
        int converted = 0;
        int unknownRows = 0;
        TreeSet<String> unknown = new TreeSet<>();
        for (String name : TABLES) {
            for (StoredOccupation value : stored.findOccupations(name)) {
                Optional<Occupation> occupation = occupations.find(value.occupation());
                if (occupation.isEmpty()) {
                    unknownRows += value.count();
                    unknown.add(value.occupation().strip());
                } else if (!occupation.get().code().equals(value.occupation())) {
                    converted += stored.renameOccupation(
                            name, value.occupation(), occupation.get().code());
                }
            }
        }
        int grants = 0;
        for (GrantKey grant : stored.findGrantKeys(Scheme.EVALUATION.name())) {
            String coded = coded(grant.subjectKey());
            if (coded == null) {
                unknownRows++;
                unknown.add(grant.subjectKey());
                continue;
            }
            if (coded.equals(grant.subjectKey())) {
                continue;
            }
            String active = grant.activeKey() == null ? null : coded;
            if (active != null && stored.countLiveGrants(Scheme.EVALUATION.name(), active) > 0) {
                // the same person, occupation and level holds a live grant under both spellings: a reviewer decides
                unknownRows++;
                unknown.add(grant.subjectKey());
                continue;
            }
            grants += stored.updateGrantKeys(grant.id(), coded, active);
        }
        if (unknownRows > 0) {
            log.warn(
                    "{} stored occupation rows name no occupation of the catalogue and keep their text: {}",
                    unknownRows,
                    unknown);
        }
        if (converted + grants > 0) {
            log.info(
                    "stored occupations rewritten as catalogue codes: {} rows, {} evaluation grants",
                    converted,
                    grants);
        }
        return new Result(converted, grants, unknownRows, List.copyOf(unknown));
    }

    /** The key ID number | occupation | level with the occupation as its code; null when the catalogue lacks it. */
    private String coded(String key) {
        int first = key.indexOf('|');
        int last = key.lastIndexOf('|');
        if (first < 0 || last <= first) {
            return null;
        }
        return occupations
                .find(key.substring(first + 1, last))
                .map(o -> key.substring(0, first + 1) + o.code() + key.substring(last))
                .orElse(null);
    }
}
