-- One reminder of each kind per task, whichever application node sends it first (the primary key decides).
CREATE TABLE task_reminder (
    task_id VARCHAR(64) NOT NULL,
    kind    VARCHAR(16) NOT NULL,
    sent_at DATETIME(3) NOT NULL,
    PRIMARY KEY (task_id, kind)
);
