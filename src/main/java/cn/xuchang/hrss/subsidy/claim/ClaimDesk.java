package cn.xuchang.hrss.subsidy.claim;

import cn.xuchang.hrss.subsidy.roster.RosterLayout;
import cn.xuchang.hrss.subsidy.roster.RosterRow;
import java.util.List;

/**
 * What an applicant can do with a scheme's claims: submit, correct a returned one, read one or all of its own. A
 * scheme's service extends it with its submission and correction (who may claim, its checks, its lines); reading is
 * the same for all. {@link ClaimEndpoints} serves it over HTTP.
 *
 * @param <R> the scheme's request
 * @param <H> the scheme's heading in the view
 * @param <L> the scheme's line in the view
 */
public abstract class ClaimDesk<R, H, L> {

    private final ClaimScheme scheme;
    private final ClaimView.Shape<H, L> shape;
    private final ClaimLists lists;

    protected ClaimDesk(ClaimScheme scheme, ClaimView.Shape<H, L> shape, ClaimLists lists) {
        this.scheme = scheme;
        this.shape = shape;
        this.lists = lists;
    }

    public abstract ClaimView<H, L> submit(String applicantId, R request);

    public abstract ClaimView<H, L> correct(String applicantId, String claimId, R request);

    /** The columns of the scheme's roster file (API.md, "Applicant portal and roster files"). */
    public RosterLayout rosterLayout() {
        return scheme.roster().layout();
    }

    public ClaimScheme scheme() {
        return scheme;
    }

    /** A roster's rows, and the form's year for a scheme that claims by year, as the scheme's request. */
    public abstract R fromRoster(Integer year, List<RosterRow> rows);

    /** The applicant's own claim; another applicant's is "not found". */
    public ClaimView<H, L> find(String applicantId, String claimId) {
        return lists.own(shape, scheme.scheme(), applicantId, claimId);
    }

    /** The applicant's claims of this scheme, newest first. */
    public List<ClaimView<H, L>> list(String applicantId) {
        return lists.ofApplicant(applicantId, scheme.scheme(), shape);
    }

    /** The year a claim of this scheme is for, as its heading shows it; null for a scheme that claims by item. */
    public Integer yearOf(H heading) {
        return null;
    }

    /** The claim as it stands now. */
    protected ClaimView<H, L> view(String claimId) {
        return lists.one(shape, claimId);
    }
}
