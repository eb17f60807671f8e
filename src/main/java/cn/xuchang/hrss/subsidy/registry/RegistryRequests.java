package cn.xuchang.hrss.subsidy.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Request bodies of the registry API (API.md, Registries). */
public final class RegistryRequests {

    private RegistryRequests() {}

    public record EnterpriseRequest(
            @NotBlank(message = "不能为空") @Size(max = 200, message = "不能超过 200 个字符") String name,
            @NotNull(message = "不能为空") EnterpriseScale scale,
            @NotBlank(message = "不能为空") String countyCode,
            @Size(max = 64, message = "不能超过 64 个字符") String password) {}

    /** A person and certificates; with a password, also the person's worker login (user id = ID number). */
    public record PersonRequest(
            @NotBlank(message = "不能为空") @Size(max = 64, message = "不能超过 64 个字符") String name,
            @Size(max = 200, message = "一次最多 200 张证书")
                    List<@Valid @NotNull(message = "不能为空") CertificateRequest> certificates,
            @Size(max = 64, message = "不能超过 64 个字符") String password) {

        public PersonRequest(String name, List<CertificateRequest> certificates) {
            this(name, certificates, null);
        }
    }

    public record CertificateRequest(
            @NotBlank(message = "不能为空") @Size(max = 64, message = "不能超过 64 个字符") String certificateNo,
            @NotNull(message = "不能为空") CertificateKind kind,
            @NotBlank(message = "不能为空") @Size(max = 100, message = "不能超过 100 个字符") String occupation,
            SkillLevel level,
            @NotNull(message = "不能为空") LocalDate issuedOn,
            String issuerCreditCode) {}

    public record ContributionRequest(String idNumber, String employerCreditCode, String month) {}
}
