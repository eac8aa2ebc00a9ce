package io.quizarena.web;

import io.quizarena.leaderboard.BoardCatalog.BoardInfo;
import io.quizarena.leaderboard.LeaderboardQueries.BoardPage;

/** A board on the leaderboard list with its first entries (none yet: an empty page, which the card says in words). */
record BoardCard(BoardInfo info, BoardPage top) {}
