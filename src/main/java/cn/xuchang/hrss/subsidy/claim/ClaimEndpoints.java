package cn.xuchang.hrss.subsidy.claim;

import cn.xuchang.hrss.subsidy.kernel.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The four claim endpoints every scheme has, for the logged-in applicant: {@code POST} (submit, 201), {@code PUT
 * /{id}} (correct a returned claim), {@code GET /{id}} (one of its own; another applicant's is 404), {@code GET} (all
 * of its own, newest first). A scheme's controller extends it with its {@code @RequestMapping} and {@code @Tag}.
 */
public abstract class ClaimEndpoints<R, H, L> {

    private final ClaimDesk<R, H, L> desk;

    protected ClaimEndpoints(ClaimDesk<R, H, L> desk) {
        this.desk = desk;
    }

    @PostMapping
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
}
