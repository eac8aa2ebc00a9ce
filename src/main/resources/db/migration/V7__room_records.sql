-- Live rooms, so that any node can serve, take over or pass on a room (docs/adr/0009). One row per open room,
-- deleted when the room closes. plan: what the room is made of (gzip JSON, with the keys: never sent anywhere);
-- snapshot: its latest state (gzip JSON, resume tokens as hashes). The owner renews lease_until (epoch millis);
-- another node may take a room whose lease ran out, with a conditional update that one node wins.
create table room_record (
    pin               varchar(16)   not null primary key,
    plan              bytea         not null,
    owner_node        varchar(80),
    owner_url         varchar(200),
    lease_until       bigint        not null,
    snapshot          bytea,
    snapshot_version  bigint        not null default 0,
    phase             varchar(16)   not null,
    locked            boolean       not null default false,
    host_connected    boolean       not null default false,
    player_count      integer       not null default 0,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null
);
create index room_record_owner_idx on room_record (owner_node);
create index room_record_lease_idx on room_record (lease_until);
