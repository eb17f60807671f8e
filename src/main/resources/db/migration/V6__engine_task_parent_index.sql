-- The engine's task table has no index on PARENT_TASK_ID_, and completing a task looks up its subtasks by it: with
-- tens of thousands of open review tasks every completion scanned the table (CAMUNDA-NOTES.md: 44 ms → 11 ms on
-- MariaDB with 20,000 open tasks). The engine's tables exist by now: V0_1 creates them on H2 and MySQL alike.
CREATE INDEX ss_idx_task_parent ON ACT_RU_TASK (PARENT_TASK_ID_);
