package cn.xuchang.hrss.subsidy.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import cn.xuchang.hrss.subsidy.support.TestData;
import java.sql.Date;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Occupations stored the old way (names, aliases, stray blanks) become catalogue codes at start-up. */
class OccupationCodeMigrationIT extends ApiIntegrationTest {

    @Autowired
    OccupationCodeMigration migration;

    @Test
    void shouldRewriteStoredNamesAndAliasesAsCodesAndLeaveUnknownNames() {
        String person = TestData.idNumber();
        String institution = TestData.creditCode(WEIDU);
        String filing = "occ-" + person;
        certificate("M1" + person, person, "电工 ");
        certificate("M2" + person, person, "电焊工");
        certificate("M3" + person, person, "钧瓷烧制技艺" + person.substring(12));
        jdbc.update(
                "INSERT INTO catalogue_listing (institution_credit_code, occupation, level, filing_id, listed_from)"
                        + " VALUES (?, '维修电工', 'JUNIOR', ?, ?)",
                institution,
                filing,
                Date.valueOf("2024-01-01"));
        jdbc.update(
                "INSERT INTO institution_filing_item (filing_id, line_no, occupation, level) VALUES (?, 1, '中式烹调师',"
                        + " 'JUNIOR')",
                filing);
        grant(institution, person + "|电工 |INTERMEDIATE", true);
        grant(institution, person + "|电焊工|JUNIOR", false);

        OccupationCodeMigration.Result result = migration.migrate();

        assertThat(jdbc.queryForList(
                        "SELECT occupation FROM certificate WHERE id_number = ? ORDER BY certificate_no",
                        String.class,
                        person))
                .containsExactly("6-31-01-03", "6-18-02-04", "钧瓷烧制技艺" + person.substring(12));
        assertThat(jdbc.queryForObject(
                        "SELECT occupation FROM catalogue_listing WHERE filing_id = ?", String.class, filing))
                .isEqualTo("6-31-01-03");
        assertThat(jdbc.queryForObject(
                        "SELECT occupation FROM institution_filing_item WHERE filing_id = ?", String.class, filing))
                .isEqualTo("4-03-02-01");
        assertThat(jdbc.queryForList(
                        "SELECT subject_key FROM subsidy_grant WHERE beneficiary_id = ? ORDER BY id",
                        String.class,
                        institution))
                .containsExactly(person + "|6-31-01-03|INTERMEDIATE", person + "|6-18-02-04|JUNIOR");
        assertThat(jdbc.queryForList(
                        "SELECT active_key FROM subsidy_grant WHERE beneficiary_id = ? ORDER BY id",
                        String.class,
                        institution))
                .containsExactly(person + "|6-31-01-03|INTERMEDIATE", null);
        assertThat(result.rowsConverted()).isGreaterThanOrEqualTo(4);
        assertThat(result.grantsConverted()).isGreaterThanOrEqualTo(2);
        assertThat(result.unknown()).contains("钧瓷烧制技艺" + person.substring(12));

        OccupationCodeMigration.Result again = migration.migrate();
        assertThat(again.rowsConverted()).isZero();
        assertThat(again.grantsConverted()).isZero();
    }

    private void certificate(String no, String person, String occupation) {
        jdbc.update(
                "INSERT INTO certificate (certificate_no, id_number, kind, occupation, level, issued_on)"
                        + " VALUES (?, ?, 'SKILL_LEVEL', ?, 'JUNIOR', ?)",
                no,
                person,
                occupation,
                Date.valueOf("2024-06-30"));
    }

    private void grant(String beneficiary, String key, boolean live) {
        jdbc.update(
                "INSERT INTO subsidy_grant (scheme, subject_key, active_key, claim_id, beneficiary_id, amount, status,"
                        + " created_at, updated_at) VALUES ('EVALUATION', ?, ?, 'occupation-migration', ?, 240, ?,"
                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                key,
                live ? key : null,
                beneficiary,
                live ? "RESERVED" : "RELEASED");
    }
}
