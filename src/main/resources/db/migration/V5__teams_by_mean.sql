-- The teams board ranks teams by the mean of their members' points (a team's size must not decide it): team_total
-- keeps each team's sum and member-games, and the board's points are their mean. Existing totals become means.
create table team_total (
    team          varchar(120)  not null primary key,
    points_sum    bigint        not null,
    member_games  integer       not null
);
insert into team_total (team, points_sum, member_games)
    select entrant, points, games from board_entry where board = 'teams';
update board_entry set points = round(cast(points as double precision) / games) where board = 'teams' and games > 0;
