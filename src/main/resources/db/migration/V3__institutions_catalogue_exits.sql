-- Evaluation and training institutions, the city's evaluation catalogue (评价目录清单) with its full history,
-- filings (备案), exit procedures (动态退出) and the public exposure records (向社会曝光).
-- Written in the SQL that H2 and MySQL/MariaDB both accept.

CREATE TABLE institution (
    credit_code VARCHAR(18)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(12)  NOT NULL,
    county_code VARCHAR(6)   NOT NULL,
    status      VARCHAR(12)  NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL
);

-- One row per listing period of an institution for an occupation and level (level NULL: the special vocational
-- ability of the occupation). A listing is closed by setting listed_until, never deleted or overwritten, so that a
-- certificate is judged by the catalogue as it stood on its issue date.
CREATE TABLE catalogue_listing (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    institution_credit_code VARCHAR(18)  NOT NULL,
    occupation              VARCHAR(100) NOT NULL,
    level                   VARCHAR(24),
    filing_id               VARCHAR(36)  NOT NULL,
    listed_from             DATE         NOT NULL,
    listed_until            DATE
);
CREATE INDEX idx_listing_institution ON catalogue_listing (institution_credit_code, occupation);

CREATE TABLE institution_filing (
    id                      VARCHAR(36) NOT NULL PRIMARY KEY,
    institution_credit_code VARCHAR(18) NOT NULL,
    status                  VARCHAR(16) NOT NULL,
    process_instance_id     VARCHAR(64),
    submitted_at            DATETIME(3) NOT NULL,
    updated_at              DATETIME(3) NOT NULL
);
CREATE INDEX idx_filing_institution ON institution_filing (institution_credit_code, submitted_at);

CREATE TABLE institution_filing_item (
    filing_id  VARCHAR(36)  NOT NULL,
    line_no    INT          NOT NULL,
    occupation VARCHAR(100) NOT NULL,
    level      VARCHAR(24),
    PRIMARY KEY (filing_id, line_no)
);

CREATE TABLE institution_exit (
    id                      VARCHAR(36)   NOT NULL PRIMARY KEY,
    institution_credit_code VARCHAR(18)   NOT NULL,
    trigger_kind            VARCHAR(16)   NOT NULL,
    description             VARCHAR(1000) NOT NULL,
    status                  VARCHAR(16)   NOT NULL,
    started_by              VARCHAR(64)   NOT NULL,
    process_instance_id     VARCHAR(64),
    started_at              DATETIME(3)   NOT NULL,
    updated_at              DATETIME(3)   NOT NULL
);
CREATE INDEX idx_exit_institution ON institution_exit (institution_credit_code, started_at);

-- Public announcements about institutions: LISTING (put on the catalogue) and EXPOSURE (exited, exposed publicly).
CREATE TABLE institution_announcement (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind                    VARCHAR(12)   NOT NULL,
    institution_credit_code VARCHAR(18)   NOT NULL,
    institution_name        VARCHAR(200)  NOT NULL,
    reference_id            VARCHAR(36)   NOT NULL,
    message                 VARCHAR(2000) NOT NULL,
    published_on            DATE          NOT NULL,
    published_at            DATETIME(3)   NOT NULL,
    CONSTRAINT uk_announcement_reference UNIQUE (kind, reference_id)
);
CREATE INDEX idx_announcement_kind ON institution_announcement (kind, published_at);
