package cn.xuchang.hrss.subsidy.claim;

import cn.xuchang.hrss.subsidy.kernel.DryRun;
import org.springframework.stereotype.Service;

/**
 * What a claim of any scheme would get now, without filing it: the scheme's own submit run in a transaction that is
 * rolled back ({@link DryRun}), so the precheck's lines and amounts are the claim's by construction.
 */
@Service
public class ClaimPrechecks {

    private final DryRun dryRun;

    ClaimPrechecks(DryRun dryRun) {
        this.dryRun = dryRun;
    }

    /** The lines and total the claim would get if submitted now; nothing stored, nothing reserved. */
    public <R, H, L> ClaimPrecheck<L> precheck(ClaimDesk<R, H, L> desk, String applicantId, R request) {
        ClaimView<H, L> view = dryRun.run(() -> desk.submit(applicantId, request));
        return new ClaimPrecheck<>(desk.yearOf(view.heading()), view.totalAmount(), view.items());
    }
}
