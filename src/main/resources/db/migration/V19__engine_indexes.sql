-- Two indexes Camunda's PostgreSQL schema lacks (they lived in startup code before): task completion scans
-- ACT_RU_TASK by parent without the first; timer acquisition walks ACT_RU_JOB in due order and stops at its page
-- size with the second (ordered by type first, PostgreSQL fetched every due job and sorted them on each acquisition).
create index if not exists dd_act_ru_task_parent on act_ru_task (parent_task_id_);
drop index if exists dd_act_ru_job_type_due;
create index if not exists dd_act_ru_job_due on act_ru_job (duedate_);
-- every job has a due date (ensureJobDueDateNotNull), so acquisition's condition is a plain range the index answers;
-- jobs created before that setting would never be acquired again
update act_ru_job set duedate_ = coalesce(create_time_, now()) where duedate_ is null;
