package io.quizarena.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the pages, in English here and in Simplified Chinese in {@code messages/msg_zh.properties}. Templates
 * use {@code {msg:key}}; texts the scripts need are handed over as data attributes, with {@code %1}, {@code %2}... for
 * the numbers the scripts fill in.
 */
@MessageBundle(locale = "en")
public interface AppMessages {

    @Message("Accepted answers")
    String accepted_answers();

    @Message("Add")
    String add();

    @Message("All topics")
    String all_topics();

    @Message("False")
    String answer_false();

    @Message("Answer received")
    String answer_received();

    @Message("True")
    String answer_true();

    @Message("answered")
    String answered();

    @Message("%1 of %2 answered")
    String answered_of();

    @Message("Leaderboards")
    String boards_heading();

    @Message("See who is on top this week and of all time.")
    String boards_lead();

    @Message("Browse quizzes")
    String browse_heading();

    @Message("160 questions on large-language-model engineering, in Chinese and English.")
    String browse_lead();

    @Message("Connected")
    String connected();

    @Message("Correct")
    String correct();

    @Message("Correct answer")
    String correct_answer();

    @Message("Download CSV")
    String download_csv();

    @Message("Drag the items, or use the arrow buttons, to put them in order.")
    String drag_hint();

    @Message("Ended")
    String ended_at();

    @Message("This game has ended.")
    String err_game_over();

    @Message("Something went wrong: %1")
    String err_generic();

    @Message("Please choose a different nickname.")
    String err_nickname_blocked();

    @Message("A nickname has 1 to 20 characters.")
    String err_nickname_invalid();

    @Message("The host removed this nickname from the room.")
    String err_nickname_kicked();

    @Message("Someone in this room already uses that nickname.")
    String err_nickname_taken();

    @Message("This room is full.")
    String err_room_full();

    @Message("The host has locked this room.")
    String err_room_locked();

    @Message("Too late: the time for this question is up.")
    String err_too_late();

    @Message("Explanation")
    String explanation();

    @Message("%1 of %2 correct")
    String final_correct();

    @Message("%1 points")
    String final_score();

    @Message("Hosting needs a host account. Sign in as a host, or ask an admin for the host role.")
    String forbidden_text();

    @Message("Hosts only")
    String forbidden_title();

    @Message("Game over")
    String game_over();

    @Message("%1 points behind the next place")
    String gap_to_above();

    @Message("Play a live quiz on large language models")
    String home_heading();

    @Message("Join with a PIN from your phone, or host a game on the big screen.")
    String home_lead();

    @Message("Home")
    String home_title();

    @Message("Host a game")
    String host_a_game();

    @Message("End the game now? Results so far are saved.")
    String host_confirm_end();

    @Message("Host controls")
    String host_controls();

    @Message("End")
    String host_end();

    @Message("Full screen")
    String host_fullscreen();

    @Message("Host a game")
    String host_heading();

    @Message("Join at")
    String host_join_at();

    @Message("Phones cannot open this address: it is this computer's own. Open this page at the computer's network"
            + " address (for example http://192.168.1.20:8080), or set ARENA_ROOM_PUBLIC_URL.")
    String host_join_loopback();

    @Message("Open a room for a quiz and project it; players join with the PIN or the QR code.")
    String host_lead();

    @Message("Lock")
    String host_lock();

    @Message("Next")
    String host_next();

    @Message("No games yet.")
    String host_no_games();

    @Message("This browser did not open this room. Open a room from the host page.")
    String host_no_token();

    @Message("Open a room")
    String host_open_room();

    @Message("Pause")
    String host_pause();

    @Message("Your recent games")
    String host_recent_games();

    @Message("This room is now hosted from another window.")
    String host_replaced();

    @Message("Resume")
    String host_resume();

    @Message("Room")
    String host_room_title();

    @Message("Skip")
    String host_skip();

    @Message("Start")
    String host_start();

    @Message("Host this quiz")
    String host_this_quiz();

    @Message("Unlock")
    String host_unlock();

    @Message("Join")
    String join_button();

    @Message("Join a game")
    String join_heading();

    @Message("Nickname")
    String join_nickname();

    @Message("Team (optional)")
    String join_team();

    @Message("In a team room, the host's teams; left empty you join the smallest team.")
    String join_team_hint();

    @Message("Teams (a team room: two to eight names, separated by commas)")
    String setting_teams();

    @Message("Team scores (the mean of each team's members)")
    String team_scores();

    @Message("%1 players")
    String team_members();

    @Message("Game PIN")
    String join_pin();

    @Message("Six digits, shown on the big screen.")
    String join_pin_hint();

    @Message("The host removed you from the game.")
    String kicked();

    @Message("More")
    String more();

    @Message("Move down")
    String move_down();

    @Message("Move up")
    String move_up();

    @Message("Host")
    String nav_host();

    @Message("Main")
    String nav_label();

    @Message("Leaderboards")
    String nav_leaderboards();

    @Message("Quizzes")
    String nav_quizzes();

    @Message("Nickname")
    String nickname();

    @Message("No answer")
    String no_answer();

    @Message("There is no open room with this PIN.")
    String no_room();

    @Message("Partly correct")
    String partly_correct();

    @Message("Password")
    String password();

    @Message("Paused")
    String paused();

    @Message("The host paused the game.")
    String paused_by_host();

    @Message("Waiting for the host to come back.")
    String paused_host_away();

    @Message("PIN")
    String pin_label();

    @Message("Play again")
    String play_again();

    @Message("Choose a nickname")
    String play_choose_nickname();

    @Message("Connecting…")
    String play_connecting();

    @Message("Get ready!")
    String play_get_ready();

    @Message("Play")
    String play_title();

    @Message("Waiting for the host to start.")
    String play_wait_for_host();

    @Message("You're in!")
    String play_you_are_in();

    @Message("players")
    String players();

    @Message("players joined")
    String players_joined();

    @Message("Podium")
    String podium();

    @Message("pts")
    String points_short();

    @Message("QR code that opens the join page for this PIN")
    String qr_alt();

    @Message("{count} questions")
    String question_count(int count);

    @Message("Question %1 of %2")
    String question_of();

    @Message("Quiz")
    String quiz();

    @Message("Add questions from the bank")
    String quiz_add_from_bank();

    @Message("Description")
    String quiz_description();

    @Message("Edit quiz")
    String quiz_edit();

    @Message("New quiz")
    String quiz_new();

    @Message("Use the arrows to reorder; the first question is played first.")
    String quiz_order_hint();

    @Message("yours")
    String quiz_own();

    @Message("Questions")
    String quiz_questions();

    @Message("Each question keeps its own time limit; set one limit for every question when you open a room.")
    String quiz_time_hint();

    @Message("Title")
    String quiz_title();

    @Message("Rank")
    String rank();

    @Message("Rank %1 of %2")
    String rank_of();

    @Message("Reconnecting…")
    String reconnecting();

    @Message("Remove")
    String remove();

    @Message("You are playing in another window now.")
    String replaced();

    @Message("Results")
    String results_title();

    @Message("The room is closed.")
    String room_closed();

    @Message("Save")
    String save();

    @Message("Saved.")
    String saved();

    @Message("Score")
    String score_label();

    @Message("Accuracy only")
    String scoring_accuracy();

    @Message("Speed and accuracy")
    String scoring_speed();

    @Message("Search")
    String search();

    @Message("{count} s")
    String seconds(int count);

    @Message("%1 seconds left")
    String seconds_left();

    @Message("s")
    String seconds_short();

    @Message("selected")
    String selected();

    @Message("Sending…")
    String sending();

    @Message("Points per question")
    String setting_points();

    @Message("Scoring")
    String setting_scoring();

    @Message("Shuffle questions")
    String setting_shuffle();

    @Message("Standings every N questions (0: podium only)")
    String setting_standings_every();

    @Message("Streak bonus")
    String setting_streak();

    @Message("Time limit for every question (seconds)")
    String setting_time_limit();

    @Message("each question's own")
    String setting_time_limit_default();

    @Message("Settings")
    String settings();

    @Message("Sign in")
    String sign_in();

    @Message("Sign out")
    String sign_out();

    @Message("Signed in as {name}.")
    String signed_in_as(String name);

    @Message("Wrong user name or password.")
    String signin_failed();

    @Message("Local sign-in for development: host/host, admin/admin, player/player.")
    String signin_local_hint();

    @Message("Skip to content")
    String skip_to_content();

    @Message("The host skipped this question.")
    String skipped();

    @Message("Standings")
    String standings();

    @Message("Status")
    String status();

    @Message("Streak: %1 in a row")
    String streak();

    @Message("Submit")
    String submit_answer();

    @Message("Time left")
    String time_left();

    @Message("Time is up")
    String time_up();

    @Message("within")
    String tolerance();

    @Message("Too many attempts from your network; trying again in a minute.")
    String too_many_attempts();

    @Message("Topic")
    String topic();

    @Message("Type your answer")
    String type_here();

    @Message("User name")
    String username();

    @Message("Wrong")
    String wrong();

    @Message("You are in the lead!")
    String you_lead();

    @Message("Your answer")
    String your_answer();

    // leaderboards

    @Message("{count} on this board")
    String lb_entrants(long count);

    @Message("Name")
    String lb_name();

    @Message("Points")
    String lb_points();

    @Message("Games")
    String lb_games();

    @Message("Correct")
    String lb_correct();

    @Message("Your rank")
    String lb_your_rank();

    @Message("you")
    String lb_you();

    @Message("No one is on this board yet: it fills up as games finish.")
    String lb_empty();

    @Message("Live: updated")
    String lb_live_updated();

    @Message("Live updates paused; reconnecting...")
    String lb_live_reconnecting();

    @Message("Previous page")
    String lb_previous();

    @Message("Next page")
    String lb_next();

    @Message("Page {number}")
    String lb_page(int number);

    @Message("All boards")
    String lb_all_boards();

    @Message("Topics")
    String lb_topics();

    @Message("Play a game to appear here; a guest keeps their place on this device.")
    String lb_how_to_appear();

    @Message("See the leaderboard")
    String lb_see_board();

    @Message("This week's top five")
    String lb_this_week_top();

    @Message("Not found")
    String not_found_title();

    @Message("There is nothing at this address: the link may be old, or the quiz, board or game may be gone.")
    String not_found_text();

    // battles

    @Message("Battles")
    String nav_battles();

    @Message("Train")
    String nav_train();

    @Message("Battle a player")
    String battle_heading();

    @Message("Pick a topic and face a player of your level: seven questions, ten seconds each, the last worth double.")
    String battle_lead();

    @Message("Mixed: all topics")
    String battle_topic_mixed();

    @Message("Play")
    String battle_play();

    @Message("Challenge a friend")
    String battle_challenge();

    @Message("Got a battle code from a friend?")
    String battle_have_code();

    @Message("Battle code")
    String battle_code();

    @Message("Six digits.")
    String battle_code_hint();

    @Message("Join the battle")
    String battle_join_code();

    @Message("Battle")
    String battle_title();

    @Message("Looking for an opponent…")
    String battle_searching();

    @Message("Your rating: %1")
    String battle_your_rating();

    @Message("provisional")
    String battle_provisional();

    @Message(
            "Nobody free? After about %1 s you play a ghost: a replay of an earlier run by a player of similar rating.")
    String battle_ghost_note();

    @Message("Searching for %1 s")
    String battle_searching_for();

    @Message("Cancel")
    String battle_cancel();

    @Message("You stopped searching.")
    String battle_cancelled();

    @Message("Search again")
    String battle_search_again();

    @Message("Opponent found!")
    String battle_found();

    @Message("Waiting for your opponent…")
    String battle_waiting_opponent();

    @Message("vs")
    String battle_vs();

    @Message("You")
    String battle_you();

    @Message("Opponent")
    String battle_opponent();

    @Message("Ghost")
    String battle_ghost();

    @Message("%1 is a ghost: a replay of an earlier run, with its own answers and timing.")
    String battle_ghost_explain();

    @Message("Your opponent has answered")
    String battle_opponent_answered();

    @Message("answered")
    String battle_answered_flag();

    @Message("%1 lost the connection: they forfeit in %2 s unless they come back.")
    String battle_opponent_left();

    @Message("%1 is back.")
    String battle_opponent_back();

    @Message("You lead by %1")
    String battle_leading();

    @Message("You trail by %1")
    String battle_trailing();

    @Message("Level scores")
    String battle_level();

    @Message("You won!")
    String battle_win();

    @Message("You lost")
    String battle_loss();

    @Message("A draw")
    String battle_draw();

    @Message("Battle called off")
    String battle_aborted();

    @Message("Both players left, so nothing is rated.")
    String battle_aborted_text();

    @Message("%1 left the battle: you win by forfeit.")
    String battle_opponent_forfeited();

    @Message("You were away too long and forfeited.")
    String battle_you_forfeited();

    @Message("Rating")
    String battle_rating();

    @Message("Counting ratings…")
    String battle_rating_pending();

    @Message("not rated")
    String battle_not_rated();

    @Message("not in yet: see your battles later")
    String battle_rating_later();

    @Message("not rated: the ghost's player was not there")
    String battle_not_rated_ghost();

    @Message("not counted: you have played each other three times today")
    String battle_not_counted();

    @Message("Rematch")
    String battle_rematch();

    @Message("Accept the rematch")
    String battle_rematch_accept();

    @Message("%1 wants a rematch!")
    String battle_rematch_offered();

    @Message("Waiting for %1 to accept…")
    String battle_rematch_waiting();

    @Message("Your battles")
    String battle_your_battles();

    @Message("New battle")
    String battle_new();

    @Message("Review")
    String battle_review();

    @Message("Your opponent never came, so nothing is rated.")
    String battle_expired();

    @Message("This battle is over, or it is not on this server.")
    String battle_gone();

    @Message("This battle is closed: start a new one.")
    String battle_room_closed();

    @Message("You are already searching in another tab or window.")
    String battle_err_already_queued();

    @Message("This battle is between two other players.")
    String battle_err_not_your_battle();

    @Message("Two players are in this challenge already.")
    String battle_err_full();

    @Message("There is no ghost to replay now: search again.")
    String battle_err_no_rematch();

    @Message(
            "Send your friend the link or the code. The battle starts when they join; unused, it expires in 10 minutes.")
    String battle_challenge_send();

    @Message("Link")
    String battle_challenge_link();

    @Message("Copy link")
    String battle_copy_link();

    @Message("Link copied.")
    String battle_copied();

    @Message("Share")
    String battle_share();

    @Message("Battle me on Quiz Arena! Code %1")
    String battle_share_text();

    @Message("Waiting for your friend…")
    String battle_waiting_friend();

    @Message("This challenge has started or ended already.")
    String battle_challenge_started();

    @Message("A friend challenged you to a battle. Choose a nickname to join.")
    String battle_invited();

    @Message("Battle ratings")
    String battle_ratings_heading();

    @Message(
            "Glicko-2 ratings from battles, overall and per topic. A new rating is provisional until a few battles have settled it: provisional players are listed apart and not ranked.")
    String battle_ratings_lead();

    @Message("Overall")
    String battle_board_global();

    @Message("All ratings boards")
    String battle_all_boards();

    @Message("Ranked")
    String battle_ranked_heading();

    @Message("Nobody is ranked here yet: ratings settle after a few battles.")
    String battle_board_empty();

    @Message("Provisional ratings (not ranked yet)")
    String battle_provisional_heading();

    @Message("No provisional ratings on this board.")
    String battle_provisional_empty();

    @Message("Battles")
    String battle_battles();

    @Message("Play a battle")
    String battle_play_cta();

    @Message("Battles")
    String battle_history_heading();

    @Message("Overall rating: {rating}")
    String battle_history_rating(long rating);

    @Message("No finished battles yet.")
    String battle_history_empty();

    @Message("Player")
    String battle_player();

    @Message("When")
    String battle_when();

    @Message("Outcome")
    String battle_outcome();

    @Message("Rating before → after")
    String battle_rating_before_after();

    @Message("Win")
    String battle_outcome_win();

    @Message("Loss")
    String battle_outcome_loss();

    @Message("Draw")
    String battle_outcome_draw();

    @Message("forfeit")
    String battle_forfeit();

    @Message("Scores")
    String battle_scores();
}
