package cn.xuchang.hrss.subsidy.ledger;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grant book and the payments. The database holds the rules that must survive any interleaving: one live grant per
 * subject and scheme (unique key), reserved + paid within the cap (conditional update), one payment per claim (unique
 * key). Every method runs inside the caller's transaction and locks the beneficiary's quota row first, so the locks are
 * always taken in the same order.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class Ledger {

    private final LedgerMapper ledger;

    Ledger(LedgerMapper ledger) {
        this.ledger = ledger;
    }

    /** Locks the beneficiary's quota row for this transaction, creating it on first use. */
    public Quota lockQuota(String beneficiaryId, Scheme scheme) {
        Quota quota = ledger.lockQuota(beneficiaryId, scheme);
        if (quota != null) {
            return quota;
        }
        try {
            ledger.insertQuota(beneficiaryId, scheme);
        } catch (DuplicateKeyException e) {
            throw new GrantConflictException("quota row of " + beneficiaryId + " created concurrently", e);
        }
        return ledger.lockQuota(beneficiaryId, scheme);
    }

    /** The subjects that already hold a live grant in the scheme, whoever claimed them. */
    public Set<String> liveSubjects(Scheme scheme, Collection<String> subjectKeys) {
        if (subjectKeys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(ledger.findLiveSubjects(scheme, Set.copyOf(subjectKeys)));
    }

    /**
     * Reserves the grants of one claim. The caller holds the quota lock. A subject taken meanwhile by another claim, or a
     * cap that would be passed, makes the database refuse, and this throws {@link GrantConflictException}.
     */
    public void reserve(
            String claimId, Scheme scheme, String beneficiaryId, List<GrantRequest> grants, BigDecimal cap) {
        if (grants.isEmpty()) {
            return;
        }
        // a fixed order keeps two claims that share subjects from locking them in opposite orders
        List<GrantRequest> sorted = grants.stream()
                .sorted(Comparator.comparing(GrantRequest::subjectKey))
                .toList();
        BigDecimal total = BigDecimal.ZERO;
        for (GrantRequest grant : sorted) {
            total = total.add(grant.amount());
        }
        try {
            for (int from = 0; from < sorted.size(); from += 500) {
                ledger.insertGrants(
                        scheme, claimId, beneficiaryId, sorted.subList(from, Math.min(sorted.size(), from + 500)));
            }
        } catch (DuplicateKeyException e) {
            throw new GrantConflictException("a subject of claim " + claimId + " was granted concurrently", e);
        }
        if (ledger.addReserved(beneficiaryId, scheme, total, cap) != 1) {
            throw new GrantConflictException("claim " + claimId + " would pass the cap of " + beneficiaryId, null);
        }
    }

    /**
     * Sets the amount of one reserved grant of the claim (e.g. an award whose amount is decided after the reservation)
     * and moves the beneficiary's reserved total by the difference, within the cap.
     */
    public void adjustReserved(
            String claimId, Scheme scheme, String beneficiaryId, String subjectKey, BigDecimal amount, BigDecimal cap) {
        lockQuota(beneficiaryId, scheme);
        BigDecimal current = ledger.findReservedAmount(claimId, subjectKey);
        if (current == null) {
            throw new IllegalStateException("claim " + claimId + " holds no reserved grant for " + subjectKey);
        }
        BigDecimal difference = amount.subtract(current);
        ledger.updateReservedAmount(claimId, subjectKey, amount);
        int updated = difference.signum() >= 0
                ? ledger.addReserved(beneficiaryId, scheme, difference, cap)
                : ledger.releaseReserved(beneficiaryId, scheme, difference.negate());
        if (updated != 1) {
            throw new IllegalStateException("quota of " + beneficiaryId + " cannot take claim " + claimId);
        }
    }

    /** Releases whatever the claim still has reserved; its subjects become claimable again. */
    public BigDecimal release(String claimId, Scheme scheme, String beneficiaryId) {
        lockQuota(beneficiaryId, scheme);
        BigDecimal reserved = ledger.sumGrants(claimId, "RESERVED");
        if (ledger.releaseGrants(claimId) == 0) {
            return BigDecimal.ZERO;
        }
        if (reserved.signum() > 0 && ledger.releaseReserved(beneficiaryId, scheme, reserved) != 1) {
            throw new IllegalStateException("quota of " + beneficiaryId + " holds less than claim " + claimId);
        }
        return reserved;
    }

    /** Pays the claim's reserved grants and books one ledger entry; the unique key refuses a second payment. */
    public BigDecimal pay(String claimId, Scheme scheme, String beneficiaryId) {
        lockQuota(beneficiaryId, scheme);
        BigDecimal amount = ledger.sumGrants(claimId, "RESERVED");
        ledger.payGrants(claimId);
        if (ledger.moveReservedToPaid(beneficiaryId, scheme, amount) != 1) {
            throw new IllegalStateException("quota of " + beneficiaryId + " holds less than claim " + claimId);
        }
        ledger.insertEntry(new LedgerEntry(null, claimId, scheme, beneficiaryId, amount, LocalDateTime.now()));
        return amount;
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Quota quota(String beneficiaryId, Scheme scheme) {
        Quota quota = ledger.findQuota(beneficiaryId, scheme);
        return quota == null ? Quota.empty(beneficiaryId, scheme) : quota;
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<LedgerEntry> entries(String claimId) {
        return ledger.findEntries(claimId);
    }
}
