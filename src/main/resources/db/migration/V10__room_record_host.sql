-- The account that opened each live room, so that rooms per host can be capped on all nodes together
-- (arena.room.max-rooms-per-host, docs/adr/0013). Rows written before this column count for nobody.
alter table room_record add column host_account varchar(200);
create index room_record_host_idx on room_record (host_account);
