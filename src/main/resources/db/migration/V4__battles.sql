-- Battles: the matchmaking queue, battles and their sides, every answer of every run (ghosts replay them), and the
-- Glicko-2 ratings the score events project (docs/adr/0008-battles-and-ratings.md). Runs on H2 and PostgreSQL.

-- One row per player searching (the player key is unique: two tabs of one player are one entry). A matching round
-- sets matched_battle; the node holding the seeker's socket tells it and deletes the row.
create table battle_queue (
    player_key      varchar(120)  not null primary key,
    ticket          varchar(40)   not null unique,
    nickname        varchar(40)   not null,
    topic           varchar(32)   not null,
    rating          double precision not null,
    node            varchar(80)   not null,
    enqueued_at     timestamp with time zone not null,
    matched_battle  varchar(40)
);
create index battle_queue_topic_idx on battle_queue (topic, enqueued_at);

-- A single row that a node locks (FOR UPDATE SKIP LOCKED) to run a matching round: one round at a time across nodes,
-- over the whole queue, so two seekers on two nodes can meet.
create table battle_matcher (
    id        integer not null primary key,
    last_run  timestamp with time zone
);
insert into battle_matcher (id) values (1);

create table battle (
    id            varchar(40)   not null primary key,
    kind          varchar(16)   not null,
    topic         varchar(32)   not null,
    status        varchar(16)   not null,
    code          varchar(6),
    owner_node    varchar(80)   not null,
    question_ids  varchar(2000) not null,
    created_at    timestamp with time zone not null,
    expires_at    timestamp with time zone,
    ended_at      timestamp with time zone
);
create unique index battle_code_idx on battle (code);

create table battle_player (
    battle_id   varchar(40)   not null references battle (id),
    side        integer       not null,
    player_key  varchar(120)  not null,
    nickname    varchar(40)   not null,
    ghost_of    varchar(40),
    score       integer       not null,
    correct     integer       not null,
    outcome     varchar(8)    not null,
    forfeited   boolean       not null,
    primary key (battle_id, side)
);
create index battle_player_key_idx on battle_player (player_key);

create table battle_answer (
    battle_id       varchar(40)   not null,
    side            integer       not null,
    question_index  integer       not null,
    question_id     varchar(64)   not null,
    submission      varchar(2000) not null,
    response_ms     bigint        not null,
    points          integer       not null,
    correct         boolean       not null,
    primary key (battle_id, side, question_index)
);

-- Glicko-2 per player and scope ('global' or 'topic-<id>').
create table player_rating (
    player_key    varchar(120)  not null,
    scope         varchar(40)   not null,
    display_name  varchar(40)   not null,
    rating        double precision not null,
    deviation     double precision not null,
    volatility    double precision not null,
    battles       integer       not null,
    rated_at      timestamp with time zone not null,
    primary key (player_key, scope)
);
create index player_rating_board_idx on player_rating (scope, rating desc);

-- What each battle did to each rating; counted = false when the rating was left alone (a ghost's owner, the daily cap
-- of a pair, an aborted battle).
create table rating_change (
    battle_id      varchar(40)   not null,
    player_key     varchar(120)  not null,
    scope          varchar(40)   not null,
    rating_before  double precision not null,
    rating_after   double precision not null,
    deviation_after double precision not null,
    counted        boolean       not null,
    reason         varchar(40),
    primary key (battle_id, player_key, scope)
);

-- Rated battles per pair of players per UTC day: only the first three move their ratings.
create table rating_pair_day (
    pair     varchar(250)  not null,
    played_on date         not null,
    battles  integer       not null,
    primary key (pair, played_on)
);
