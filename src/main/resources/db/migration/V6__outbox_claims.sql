-- The outbox relay claims the rows it publishes (several pods share one outbox): a row claimed by a node that stops
-- answering becomes free again when its claim runs out.
alter table outbox_event add column claimed_by varchar(80);
alter table outbox_event add column claimed_until timestamp with time zone;
