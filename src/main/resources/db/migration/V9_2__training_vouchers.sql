-- Training vouchers (培训券), one row per voucher, from issue to redemption (process 7, training-voucher.bpmn).
-- occupation holds the national classification code (occupation catalogue). live_key is "{idNumber}|{occupation}|{level}"
-- while the voucher can still be used (ISSUED, ENROLLED, TRAINED, CERTIFIED) and NULL once it is spent or lapsed, so the
-- unique key lets a person hold at most one live voucher per occupation and level, whatever the application code does.
CREATE TABLE training_voucher (
    code                    VARCHAR(24)    NOT NULL PRIMARY KEY,
    id_number               VARCHAR(18)    NOT NULL,
    occupation              VARCHAR(20)    NOT NULL,
    level                   VARCHAR(24)    NOT NULL,
    face_value              DECIMAL(14, 2) NOT NULL,
    standard_id             VARCHAR(64),
    status                  VARCHAR(12)    NOT NULL,
    live_key                VARCHAR(80),
    issued_on               DATE           NOT NULL,
    expires_on              DATE           NOT NULL,
    institution_credit_code VARCHAR(18),
    enrolled_on             DATE,
    completed_on            DATE,
    hours                   INT,
    certificate_no          VARCHAR(64),
    certified_on            DATE,
    redemption_claim_id     VARCHAR(36),
    redeemed_on             DATE,
    process_instance_id     VARCHAR(64),
    created_at              DATETIME(3)    NOT NULL,
    updated_at              DATETIME(3)    NOT NULL,
    CONSTRAINT uk_voucher_live UNIQUE (live_key)
);
CREATE INDEX idx_voucher_person ON training_voucher (id_number, issued_on);
CREATE INDEX idx_voucher_institution ON training_voucher (institution_credit_code, status);
