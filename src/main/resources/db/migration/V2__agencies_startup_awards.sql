-- HR service agencies (人力资源服务机构): the applicants of the referral subsidy. Their login user is the credit code.
CREATE TABLE agency (
    credit_code VARCHAR(18)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    county_code VARCHAR(6)   NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL
);

-- An entrepreneurship award application (创业奖补): the subsidy_claim row with the same id holds applicant, status
-- and awarded amount; this row holds what the application says. score_mean is set once the expert scoring ends.
CREATE TABLE startup_application (
    claim_id          VARCHAR(36)    NOT NULL PRIMARY KEY,
    category          VARCHAR(8)     NOT NULL,
    title             VARCHAR(200)   NOT NULL,
    founder_id_number VARCHAR(18)    NOT NULL,
    investment        DECIMAL(14, 2) NOT NULL,
    jobs_created      INT            NOT NULL,
    description       VARCHAR(2000)  NOT NULL,
    attachments       VARCHAR(2000)  NOT NULL,
    score_mean        DECIMAL(5, 2)
);

-- One expert's score of one application; an expert scores an application once (unique key).
CREATE TABLE startup_score (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    claim_id   VARCHAR(36)   NOT NULL,
    expert_id  VARCHAR(64)   NOT NULL,
    task_id    VARCHAR(64)   NOT NULL,
    score      INT           NOT NULL,
    comment    VARCHAR(1000) NOT NULL,
    scored_at  DATETIME(3)   NOT NULL,
    CONSTRAINT uk_startup_score_expert UNIQUE (claim_id, expert_id)
);
