package cn.xuchang.hrss.subsidy.claim;

import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.kernel.CurrentUser;
import cn.xuchang.hrss.subsidy.roster.RosterReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * The claim endpoints every scheme has, for the logged-in applicant, on the scheme's claim collection: {@code POST}
 * (submit, 201; JSON or an .xlsx roster), {@code PUT /{id}} (correct a returned claim), {@code GET /{id}} (one of its
 * own; another applicant's is 404), {@code GET} (all of its own, newest first) and {@code POST /precheck} (what a claim
 * would get now, nothing stored; JSON or a roster). A scheme's controller extends it with its {@code @RequestMapping}
 * (the collection) and {@code @Tag}; the roster template is served by {@link RosterTemplateController}.
 */
public abstract class ClaimEndpoints<R, H, L> {

    private final ClaimDesk<R, H, L> desk;
    private final ClaimPrechecks prechecks;
    private final RosterReader rosters;

    protected ClaimEndpoints(ClaimDesk<R, H, L> desk, ClaimPrechecks prechecks, RosterReader rosters) {
        this.desk = desk;
        this.prechecks = prechecks;
        this.rosters = rosters;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "提交申请：逐项校验、预留补贴并进入审核")
    public ClaimView<H, L> submit(@Valid @RequestBody R request) {
        return desk.submit(CurrentUser.get().id(), request);
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改被退回补正的申请并重新提交（重新校验后回到审核）")
    public ClaimView<H, L> correct(@PathVariable String id, @Valid @RequestBody R request) {
        return desk.correct(CurrentUser.get().id(), id, request);
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看本单位的一项申请（其他单位的申请返回 404）")
    public ClaimView<H, L> find(@PathVariable String id) {
        return desk.find(CurrentUser.get().id(), id);
    }

    @GetMapping
    @Operation(summary = "本单位的全部申请，最新的在前")
    public List<ClaimView<H, L>> list() {
        return desk.list(CurrentUser.get().id());
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "以花名册文件（.xlsx）提交申请：部分 file（吸纳就业补助另有 year）")
    public ClaimView<H, L> submitRoster(
            @Parameter(description = "申报年度（吸纳就业补助必填）") @RequestParam(required = false) Integer year,
            @RequestPart("file") MultipartFile file) {
        return desk.submit(CurrentUser.get().id(), fromRoster(year, file));
    }

    @PostMapping(path = "/precheck", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "预审：按现在提交会得到的逐项结果与金额，不保存、不预留")
    public ClaimPrecheck<L> precheck(@Valid @RequestBody R request) {
        return prechecks.precheck(desk, CurrentUser.get().id(), request);
    }

    @PostMapping(path = "/precheck", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "预审花名册文件（.xlsx）：部分 file（吸纳就业补助另有 year）")
    public ClaimPrecheck<L> precheckRoster(
            @Parameter(description = "申报年度（吸纳就业补助必填）") @RequestParam(required = false) Integer year,
            @RequestPart("file") MultipartFile file) {
        return prechecks.precheck(desk, CurrentUser.get().id(), fromRoster(year, file));
    }

    private R fromRoster(Integer year, MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            return desk.fromRoster(year, rosters.read(in, desk.rosterLayout()));
        } catch (IOException e) {
            throw ApiException.badRequest("INVALID_ROSTER", "上传的文件无法读取，请重新上传");
        }
    }
}
