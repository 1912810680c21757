-- The queue's default order is "priority first, then SLA due": an index in exactly that order lets PostgreSQL
-- read the first page of 50 straight from the index instead of sorting every open item of the group.
drop index if exists worklist_by_group_due;
create index worklist_by_group_priority_due on worklist_item (candidate_group, priority desc, sla_due_at, task_id);
create index worklist_by_group_amount on worklist_item (candidate_group, amount, task_id);
create index worklist_by_group_created on worklist_item (candidate_group, created_at, task_id);

-- Free-text search on order id, party and item title: substring matches through trigrams.
create extension if not exists pg_trgm;
create index worklist_search_trgm on worklist_item using gin (search_text gin_trgm_ops);
