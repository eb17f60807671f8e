package cn.xuchang.hrss.subsidy.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the reviewer's form lists as the applicant's changes to a returned claim. */
class ClaimChangesTest {

    @Test
    void shouldListAddedRemovedAndChangedLinesBySubject() {
        List<Map<String, Object>> before = List.of(
                line("410001", "张三", "不符合", 0, "社保缴费不足12个月"),
                line("410002", "李四", "符合", 1000, ""),
                line("410003", "王五", "符合", 1000, ""));
        List<Map<String, Object>> now = List.of(
                line("410001", "张三", "符合", 1000, ""),
                line("410002", "李四", "符合", 1000, ""),
                line("410004", "赵六", "符合", 1000, ""));

        List<Map<String, Object>> changes = ClaimChanges.between(before, now);

        assertThat(changes).extracting(c -> c.get("change")).containsExactly("修改", "新增", "删除");
        assertThat(changes).extracting(c -> c.get("subject")).containsExactly("410001", "410004", "410003");
        assertThat((String) changes.get(0).get("detail"))
                .contains("校验结果：不符合 → 符合")
                .contains("金额：0 → 1000")
                .contains("不符合原因：社保缴费不足12个月 → ");
        assertThat(changes.get(2).get("name")).isEqualTo("王五");
    }

    @Test
    void shouldListNothingWhenTheLinesAreTheSame() {
        List<Map<String, Object>> lines = List.of(line("410002", "李四", "符合", 1000, ""));

        assertThat(ClaimChanges.between(lines, List.of(line("410002", "李四", "符合", 1000L, ""))))
                .isEmpty();
    }

    private static Map<String, Object> line(String subject, String name, String eligible, Object amount, String why) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("lineNo", 1);
        line.put("subject", subject);
        line.put("name", name);
        line.put("eligible", eligible);
        line.put("amount", amount);
        line.put("reasons", why);
        return line;
    }
}
