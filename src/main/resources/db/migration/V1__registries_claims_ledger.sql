-- Our own tables. The engine's ACT_* tables belong to the engine.
-- Written in the SQL that H2 and MySQL/MariaDB both accept; on MySQL the schema's default charset is utf8mb4
-- (set by the engine-schema migration that runs first), so every text column here takes 4-byte characters.

CREATE TABLE region (
    code        VARCHAR(6)  NOT NULL PRIMARY KEY,
    name        VARCHAR(64) NOT NULL,
    parent_code VARCHAR(6),
    kind        VARCHAR(8)  NOT NULL
);

CREATE TABLE enterprise (
    credit_code VARCHAR(18)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    scale       VARCHAR(8)   NOT NULL,
    county_code VARCHAR(6)   NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL
);

CREATE TABLE person (
    id_number  VARCHAR(18) NOT NULL PRIMARY KEY,
    name       VARCHAR(64) NOT NULL,
    created_at DATETIME(3) NOT NULL,
    updated_at DATETIME(3) NOT NULL
);

CREATE TABLE certificate (
    certificate_no     VARCHAR(64)  NOT NULL PRIMARY KEY,
    id_number          VARCHAR(18)  NOT NULL,
    kind               VARCHAR(16)  NOT NULL,
    occupation         VARCHAR(100) NOT NULL,
    level              VARCHAR(24),
    issued_on          DATE         NOT NULL,
    issuer_credit_code VARCHAR(18)
);
CREATE INDEX idx_certificate_person ON certificate (id_number);

-- One row per person, employer and month: the primary key makes a re-sent record a no-op.
CREATE TABLE social_insurance_contribution (
    employer_credit_code VARCHAR(18) NOT NULL,
    id_number            VARCHAR(18) NOT NULL,
    contribution_month   CHAR(7)     NOT NULL,
    received_at          DATETIME(3) NOT NULL,
    PRIMARY KEY (employer_credit_code, id_number, contribution_month)
);
CREATE INDEX idx_contribution_person ON social_insurance_contribution (id_number, contribution_month);

-- A claim of any subsidy scheme (hiring, referral, evaluation); its process instance has the claim id as business key.
CREATE TABLE subsidy_claim (
    id                  VARCHAR(36)    NOT NULL PRIMARY KEY,
    scheme              VARCHAR(24)    NOT NULL,
    applicant_id        VARCHAR(18)    NOT NULL,
    applicant_name      VARCHAR(200)   NOT NULL,
    county_code         VARCHAR(6)     NOT NULL,
    claim_year          INT,
    status              VARCHAR(24)    NOT NULL,
    total_amount        DECIMAL(14, 2) NOT NULL,
    process_instance_id VARCHAR(64),
    submitted_at        DATETIME(3)    NOT NULL,
    updated_at          DATETIME(3)    NOT NULL
);
CREATE INDEX idx_claim_applicant ON subsidy_claim (applicant_id, scheme, submitted_at);
CREATE INDEX idx_claim_status ON subsidy_claim (scheme, status);

CREATE TABLE subsidy_claim_item (
    claim_id             VARCHAR(36)    NOT NULL,
    line_no              INT            NOT NULL,
    subject              VARCHAR(64)    NOT NULL,
    person_name          VARCHAR(64),
    employer_credit_code VARCHAR(18),
    started_on           DATE,
    eligible             BOOLEAN        NOT NULL,
    amount               DECIMAL(14, 2) NOT NULL,
    reasons              VARCHAR(400)   NOT NULL,
    PRIMARY KEY (claim_id, line_no)
);

-- The grant book: one row per granted subject (a person for hiring, person+occupation+level for evaluation ...).
-- active_key equals subject_key while the grant is RESERVED or PAID and is NULL once RELEASED, so the unique key
-- lets a subject hold at most one live grant per scheme, whatever the application code does.
CREATE TABLE subsidy_grant (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    scheme         VARCHAR(24)    NOT NULL,
    subject_key    VARCHAR(160)   NOT NULL,
    active_key     VARCHAR(160),
    claim_id       VARCHAR(36)    NOT NULL,
    beneficiary_id VARCHAR(18)    NOT NULL,
    amount         DECIMAL(14, 2) NOT NULL,
    status         VARCHAR(12)    NOT NULL,
    created_at     DATETIME(3)    NOT NULL,
    updated_at     DATETIME(3)    NOT NULL,
    CONSTRAINT uk_grant_active UNIQUE (scheme, active_key)
);
CREATE INDEX idx_grant_claim ON subsidy_grant (claim_id);

-- Running totals per beneficiary and scheme; reserved + paid never passes the cap (conditional update).
CREATE TABLE subsidy_quota (
    beneficiary_id VARCHAR(18)    NOT NULL,
    scheme         VARCHAR(24)    NOT NULL,
    reserved       DECIMAL(14, 2) NOT NULL,
    paid           DECIMAL(14, 2) NOT NULL,
    PRIMARY KEY (beneficiary_id, scheme),
    CONSTRAINT ck_quota_non_negative CHECK (reserved >= 0 AND paid >= 0)
);

-- Money that left the budget; a claim is paid at most once.
CREATE TABLE ledger_entry (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    claim_id       VARCHAR(36)    NOT NULL,
    scheme         VARCHAR(24)    NOT NULL,
    beneficiary_id VARCHAR(18)    NOT NULL,
    amount         DECIMAL(14, 2) NOT NULL,
    booked_at      DATETIME(3)    NOT NULL,
    CONSTRAINT uk_ledger_claim UNIQUE (claim_id)
);

CREATE TABLE review_decision (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    claim_id   VARCHAR(36)   NOT NULL,
    task_key   VARCHAR(64)   NOT NULL,
    task_id    VARCHAR(64),
    decision   VARCHAR(16)   NOT NULL,
    comment    VARCHAR(1000),
    decided_by VARCHAR(64)   NOT NULL,
    decided_at DATETIME(3)   NOT NULL
);
CREATE INDEX idx_review_claim ON review_decision (claim_id);

-- Messages to applicants (a user) and reviewers (a group).
CREATE TABLE notification (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient      VARCHAR(64)   NOT NULL,
    recipient_kind VARCHAR(8)    NOT NULL,
    claim_id       VARCHAR(36),
    kind           VARCHAR(32)   NOT NULL,
    message        VARCHAR(1000) NOT NULL,
    created_at     DATETIME(3)   NOT NULL
);
CREATE INDEX idx_notification_recipient ON notification (recipient, created_at);

CREATE TABLE public_objection (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    claim_id   VARCHAR(36)   NOT NULL,
    reason     VARCHAR(1000) NOT NULL,
    contact    VARCHAR(100),
    filed_at   DATETIME(3)   NOT NULL
);
CREATE INDEX idx_objection_claim ON public_objection (claim_id);
