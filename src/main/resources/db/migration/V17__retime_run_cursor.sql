-- A re-timing run remembers the last timer job it finished (timers are read in job id order), so a run resumed
-- after a restart, or by two nodes at once, continues after it and moves every timer once.
alter table retime_run add column cursor_job_id varchar(64);
