package cn.xuchang.hrss.subsidy.referral;

import cn.xuchang.hrss.subsidy.registry.Registry;
import cn.xuchang.hrss.subsidy.system.Groups;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The HR service agencies and their login users (API.md, Referral subsidy). */
@Service
public class Agencies {

    private final AgencyMapper agencies;
    private final Registry registry;

    Agencies(AgencyMapper agencies, Registry registry) {
        this.agencies = agencies;
        this.registry = registry;
    }

    public record AgencyRequest(
            @NotBlank(message = "不能为空") @Size(max = 200, message = "不能超过 200 个字符") String name,
            @NotBlank(message = "不能为空") String countyCode,
            @Size(max = 64, message = "不能超过 64 个字符") String password) {}

    public Agency find(String creditCode) {
        return creditCode == null ? null : agencies.find(creditCode);
    }

    /**
     * Creates or updates the agency and its login user (group agency); true when it was created. A credit code that is
     * another kind of account is refused before anything is written (Registry#putLoginUser).
     */
    @Transactional
    public boolean put(String rawCreditCode, AgencyRequest request) {
        String creditCode = Registry.checkCreditCode(rawCreditCode);
        registry.checkCounty(request.countyCode());
        Agency agency = new Agency(creditCode, request.name().strip(), request.countyCode());
        registry.putLoginUser(creditCode, agency.name(), request.password(), Groups.AGENCY);
        boolean created = agencies.update(agency) == 0;
        if (created) {
            agencies.insert(agency);
        }
        return created;
    }
}
