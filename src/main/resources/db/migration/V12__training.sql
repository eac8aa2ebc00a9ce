-- Team training (docs/adr/0026): assignments a trainer hands out, attempts a learner works through at their own pace
-- (assignments, solo practice, mistakes review), every answer anyone gave (for mastery) and the review queue (FSRS
-- cards, docs/adr/0024). Learners are keys: user:<name> or guest:<public part of the guest id>.
create table assignment (
    id                  varchar(36)   not null primary key,
    quiz_id             varchar(64)   not null,
    title_zh            varchar(400)  not null,
    title_en            varchar(400)  not null,
    owner               varchar(100)  not null,
    created_at          timestamp with time zone not null,
    deadline            timestamp with time zone not null,
    attempts_allowed    integer       not null,
    show_explanations   boolean       not null,
    shuffle             boolean       not null,
    time_limit_seconds  integer,
    scoring             varchar(16)   not null,
    question_count      integer       not null,
    -- the quiz's questions as they were when it was assigned (JSON, keys included: never sent anywhere), so an
    -- edit or a deletion of the quiz later changes nobody's attempt
    questions           bytea         not null
);
create index assignment_owner_idx on assignment (owner, created_at);

create table training_attempt (
    id                  varchar(36)   not null primary key,
    kind                varchar(16)   not null,
    assignment_id       varchar(36)   references assignment (id) on delete cascade,
    learner_key         varchar(120)  not null,
    nickname            varchar(40)   not null,
    attempt_number      integer       not null,
    title_zh            varchar(400)  not null,
    title_en            varchar(400)  not null,
    -- the questions in playing order (JSON, keys included) and the seed their choices are shown in
    questions           bytea         not null,
    question_count      integer       not null,
    seed                bigint        not null,
    shuffle_choices     boolean       not null,
    show_explanations   boolean       not null,
    time_limit_seconds  integer,
    scoring             varchar(16)   not null,
    deadline            timestamp with time zone,
    served_index        integer       not null,
    served_at           timestamp with time zone,
    answered_count      integer       not null,
    score               integer       not null,
    correct_count       integer       not null,
    streak              integer       not null,
    started_at          timestamp with time zone not null,
    finished_at         timestamp with time zone,
    version             bigint        not null
);
create index training_attempt_learner_idx on training_attempt (assignment_id, learner_key);

create table attempt_answer (
    attempt_id      varchar(36)   not null references training_attempt (id) on delete cascade,
    question_index  integer       not null,
    question_id     varchar(64)   not null,
    topic           varchar(32)   not null,
    submission      varchar(1000),
    credit          double precision not null,
    points          integer       not null,
    response_ms     bigint        not null,
    timed_out       boolean       not null,
    answered_at     timestamp with time zone not null,
    primary key (attempt_id, question_index)
);

-- every answer a learner gave anywhere: live games, battles, assignments, practice, review
create table study_answer (
    learner_key   varchar(120)  not null,
    question_id   varchar(64)   not null,
    topic         varchar(32)   not null,
    credit        double precision not null,
    source        varchar(16)   not null,
    answered_at   timestamp with time zone not null
);
create index study_answer_learner_idx on study_answer (learner_key, answered_at);

create table review_card (
    learner_key   varchar(120)  not null,
    question_id   varchar(64)   not null,
    topic         varchar(32)   not null,
    stability     double precision not null,
    difficulty    double precision not null,
    reps          integer       not null,
    lapses        integer       not null,
    last_review   timestamp with time zone not null,
    due           timestamp with time zone not null,
    primary key (learner_key, question_id)
);
create index review_card_due_idx on review_card (learner_key, due);
