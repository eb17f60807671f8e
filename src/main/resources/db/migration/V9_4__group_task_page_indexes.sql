-- A reviewer group's Tasklist page (review/GroupTaskPages): the group's open tasks by due date (the newest first among
-- equal due dates, as the Tasklist sorts), 50 at a time. With an
-- index in due-date order on the tasks and one from a task to its candidate groups, the page is a walk along the
-- due dates that stops after 50 of the group's tasks (sub-millisecond with 5,000 open tasks on MariaDB) instead of
-- reading and sorting all of the group's tasks; the index from a group to its tasks counts them and pages a small
-- group. The engine's own indexes have none of the three.
-- (the suspension state last: the Tasklist asks for active tasks, and the walk then reads nothing but the index)
CREATE INDEX ss_idx_task_due ON ACT_RU_TASK (DUE_DATE_, CREATE_TIME_ DESC, ID_, SUSPENSION_STATE_);
CREATE INDEX ss_idx_ident_lnk_task_group ON ACT_RU_IDENTITYLINK (TASK_ID_, GROUP_ID_, TYPE_);
CREATE INDEX ss_idx_ident_lnk_group_task ON ACT_RU_IDENTITYLINK (GROUP_ID_, TYPE_, TASK_ID_);
