package cn.xuchang.hrss.subsidy.institution;

import cn.xuchang.hrss.subsidy.occupation.Occupations;
import cn.xuchang.hrss.subsidy.registry.CreditCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "评价机构目录", description = "机构账户、评价目录清单与曝光记录")
class InstitutionController {

    private final Institutions institutions;
    private final Occupations occupations;

    InstitutionController(Institutions institutions, Occupations occupations) {
        this.institutions = institutions;
        this.occupations = occupations;
    }

    record InstitutionRequest(
            @NotBlank(message = "不能为空") @Size(max = 200, message = "不能超过 200 个字符") String name,
            @NotNull(message = "不能为空") InstitutionKind kind,
            @NotBlank(message = "不能为空") String countyCode,
            @Size(max = 64, message = "不能超过 64 个字符") String password) {}

    record CatalogueEntry(
            String creditCode, String name, String kind, String countyCode, List<CatalogueOccupation> occupations) {}

    record CatalogueOccupation(
            String occupation, String occupationCode, List<String> levels, List<LocalDate> listedFrom) {}

    record PublicRecord(String institutionCreditCode, String institutionName, String message, LocalDate publishedOn) {}

    @PutMapping("/institutions/{creditCode}")
    @Operation(summary = "登记或更新评价（培训）机构及其登录账户（管理员）")
    ResponseEntity<Map<String, Object>> put(
            @PathVariable String creditCode, @Valid @RequestBody InstitutionRequest request) {
        boolean created = institutions.put(
                creditCode,
                new Institutions.AccountRequest(
                        request.name(), request.kind(), request.countyCode(), request.password()));
        Institution stored = institutions.find(CreditCode.normalize(creditCode));
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(Map.of(
                        "creditCode", stored.creditCode(),
                        "name", stored.name(),
                        "kind", stored.kind(),
                        "countyCode", stored.countyCode(),
                        "status", stored.status()));
    }

    @GetMapping("/catalogue")
    @Operation(summary = "机构目录清单：kind=EVALUATION（默认）为评价目录，kind=TRAINING 为培训机构目录；在目录内的机构及其职业（工种）和等级（无需登录）")
    List<CatalogueEntry> catalogue(@RequestParam(name = "kind", required = false) String kind) {
        Map<String, Map<String, List<Listing>>> byInstitution = new LinkedHashMap<>();
        for (Listing listing : institutions.catalogue(InstitutionKind.parse(kind))) {
            byInstitution
                    .computeIfAbsent(listing.institutionCreditCode(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(listing.occupation(), k -> new ArrayList<>())
                    .add(listing);
        }
        List<CatalogueEntry> entries = new ArrayList<>();
        byInstitution.forEach((code, listed) -> {
            Institution institution = institutions.find(code);
            List<CatalogueOccupation> lines = new ArrayList<>();
            listed.forEach((occupation, listings) -> lines.add(new CatalogueOccupation(
                    this.occupations.nameOf(occupation),
                    occupation,
                    listings.stream()
                            .map(l -> new OccupationLevel(l.occupation(), l.level()).levelName())
                            .toList(),
                    listings.stream().map(Listing::listedFrom).toList())));
            entries.add(new CatalogueEntry(
                    code, institution.name(), institution.kind().name(), institution.countyCode(), lines));
        });
        return entries;
    }

    @GetMapping("/catalogue/announcements")
    @Operation(summary = "列入目录的公告（无需登录）")
    List<PublicRecord> listingAnnouncements() {
        return publicRecords(Announcement.LISTING);
    }

    @GetMapping("/exposures")
    @Operation(summary = "退出目录机构的曝光记录（无需登录）")
    List<PublicRecord> exposures() {
        return publicRecords(Announcement.EXPOSURE);
    }

    private List<PublicRecord> publicRecords(String kind) {
        return institutions.announcements(kind).stream()
                .map(a ->
                        new PublicRecord(a.institutionCreditCode(), a.institutionName(), a.message(), a.publishedOn()))
                .toList();
    }
}
