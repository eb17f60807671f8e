package cn.xuchang.hrss.subsidy.referral;

import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.kernel.Groups;
import cn.xuchang.hrss.subsidy.registry.Registry;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
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

    /**
     * The agency as the administrator registers it; the licence (人力资源服务许可证 number and validity) is optional: left
     * out, the recorded licence stays as it is.
     */
    public record AgencyRequest(
            @NotBlank(message = "不能为空") @Size(max = 200, message = "不能超过 200 个字符") String name,
            @NotBlank(message = "不能为空") String countyCode,
            @Size(max = 64, message = "不能超过 64 个字符") String password,
            @Size(max = 64, message = "不能超过 64 个字符") String licenceNo,
            LocalDate licenceValidFrom,
            LocalDate licenceValidUntil) {

        public AgencyRequest(String name, String countyCode, String password) {
            this(name, countyCode, password, null, null, null);
        }
    }

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
        String licenceNo = licenceNo(request);
        registry.putLoginUser(creditCode, request.name().strip(), request.password(), Groups.AGENCY);
        Agency agency = new Agency(
                creditCode,
                request.name().strip(),
                request.countyCode(),
                licenceNo,
                licenceNo == null ? null : request.licenceValidFrom(),
                licenceNo == null ? null : request.licenceValidUntil());
        boolean created = agencies.update(agency) == 0;
        if (created) {
            agencies.insert(agency);
        }
        return created;
    }

    /** The licence number, checked with its validity; null when the request records no licence. */
    private static String licenceNo(AgencyRequest request) {
        String number = request.licenceNo() == null ? "" : request.licenceNo().strip();
        boolean dates = request.licenceValidFrom() != null || request.licenceValidUntil() != null;
        if (number.isEmpty() && !dates) {
            return null;
        }
        if (number.isEmpty() || request.licenceValidFrom() == null || request.licenceValidUntil() == null) {
            throw ApiException.badRequest(
                    "INVALID_LICENCE", "人力资源服务许可证应同时填写编号（licenceNo）、有效期起（licenceValidFrom）和有效期止（licenceValidUntil）");
        }
        if (request.licenceValidUntil().isBefore(request.licenceValidFrom())) {
            throw ApiException.badRequest("INVALID_LICENCE", "人力资源服务许可证的有效期止不能早于有效期起");
        }
        return number;
    }
}
