"""Review mends of round 192: the rules of that round read on sentences written otherwise than
the articles they were tuned on. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits, served_crew, served_pairs, served_quotes

_DRAMA_TITLE = "Gannet Row is streaming now"
_DRAMA_LEDE = "Gannet Row, a six-part drama about a Hull fishing family, streams in full today."


def _crew(sentence: str) -> set[tuple[str, str]]:
    return served_crew(
        _DRAMA_LEDE, f"The series is directed by Oona Pell. {sentence}", title=_DRAMA_TITLE
    )


def test_a_company_after_its_noun_is_no_person_whatever_its_name() -> None:
    assert ("producer", "Marsh Gate") not in _crew("It is produced by Hull indie Marsh Gate.")
    assert not any(
        name == "Marsh Gate" for _, name in _crew("It is produced by Hull indie outfit Marsh Gate.")
    )


def test_a_person_after_the_company_still_credited() -> None:
    assert ("producer", "Tam Ruddock") in _crew(
        "It was produced by Hull indie Saltire Films and Tam Ruddock."
    )
    assert ("producer", "Tam Ruddock") in _crew(
        "It was produced by Hull outfit Saltire Films’ Tam Ruddock."
    )


_EDITOR_LEDE = "Editor Wynn Carrow cut all eight episodes of Gannet Row for the streamer."


def test_a_crowds_name_with_other_verbs_of_habit_is_no_quote() -> None:
    for sentence in (
        "Viewers have come to call the show “a soggy heist”. Does that bother you?",
        "Audiences took to calling it “a soggy heist”. Does that bother you?",
        "Fans like to call the finale “a soggy heist”. Does that bother you?",
    ):
        found = facts(_EDITOR_LEDE, sentence)
        assert not any(text.startswith("a soggy") for text, _ in served_quotes(found)), sentence


def test_a_person_who_likes_to_call_it_a_name_keeps_the_quote() -> None:
    found = facts(
        _EDITOR_LEDE, "Carrow likes to call the show “a soggy heist with a heart”, he said."
    )
    assert any(text.startswith("a soggy") for text, _ in served_quotes(found))


_FISHER = (
    "Copper Sound follows Oriel, a 19-year-old deckhand who goes back to her uncle’s failing "
    "boatyard in Stromness "
)


def _windows(lede: str) -> set[str]:
    found = facts(lede, "Fans queued for hours to see the cast.", date="2026-05-03")
    return {r.window or "" for r in found.release if r.served and r.kind.value == "window"}


def test_a_season_any_clause_of_the_plot_defines_is_no_window() -> None:
    for clause in (
        "the summer her sister went missing.",
        "the winter they met.",
        "the summer Éamon turns 18.",
        "the winter the cannery closes.",
    ):
        assert _windows(_FISHER + clause) == set(), clause


def test_a_season_someone_hopes_for_is_the_release() -> None:
    lede = "Copper Sound lands on the channel in the summer she hopes."
    assert _windows(lede) == {"2026-06/2026-08"}


def _hedged_windows(lede: str) -> set[tuple[str, bool]]:
    found = facts(lede, "Fans queued for hours to see the cast.", date="2026-05-03")
    return {(r.window or "", r.hedged) for r in found.release if r.served}


def test_a_time_taken_back_otherwise_is_hedged() -> None:
    said = "Copper Sound will stream in 2027, the showrunner said, adding: "
    for quotation in (
        "“Don’t quote me, the visual effects are a mountain.”",
        "“No promises, though, the visual effects are a mountain.”",
        "“That is the plan. Don’t hold me to it.”",
    ):
        assert _hedged_windows(said + quotation) == {("2027", True)}, quotation


def test_word_passed_on_otherwise_is_hedged() -> None:
    for aside in ("we’re told", "or so I’ve heard", "I was told"):
        lede = f"“Copper Sound will stream in 2027, {aside},” the showrunner said."
        assert _hedged_windows(lede) == {("2027", True)}, aside


def test_hearing_of_something_else_after_the_time_leaves_it_told() -> None:
    lede = (
        "“Copper Sound will stream in 2027, and I hear the crew are thrilled,” the showrunner said."
    )
    assert _hedged_windows(lede) == {("2027", False)}


_FILM_LEDE = "Brackwater: The Last Tide, the film that ends the harbour drama, arrives next month."


def _film_crew(sentence: str, lede: str = _FILM_LEDE) -> set[tuple[str, str]]:
    found = facts(lede, sentence, date="2026-03-01", title="Brackwater news")
    return served_credits(found)


def test_a_run_dated_by_its_year_otherwise_credits_no_one_on_the_film() -> None:
    for run in ("Brackwater’s 2021 first season", "the first season of Brackwater in 2021"):
        crew = _film_crew(f"Then came {run}, directed by Tove Lindqvist, and a loyal audience.")
        assert ("director", "Tove Lindqvist") not in crew, run


def test_a_run_dated_by_a_year_still_to_come_keeps_its_director() -> None:
    crew = _film_crew(
        "The 2027 first season of Brackwater, directed by Tove Lindqvist, is due next spring.",
        lede="Brackwater, the harbour drama, starts filming its first season next week.",
    )
    assert ("director", "Tove Lindqvist") in crew


_SHOOT_LEDE = "Brackwater, the new harbour drama, starts filming in Whitby next week."


def test_a_place_named_by_its_noun_before_played_by_is_no_part() -> None:
    found = facts(_SHOOT_LEDE, "It follows a lock-keeper on Gull Quay, played by Anselm Dree.")
    assert ("Anselm Dree", "Gull Quay") not in served_pairs(found)


def test_a_person_before_played_by_is_still_the_part() -> None:
    found = facts(
        _SHOOT_LEDE, "It follows a lock-keeper with a crush on Ada Quinn, played by Anselm Dree."
    )
    assert ("Anselm Dree", "Ada Quinn") in served_pairs(found)


def _starts(sentence: str) -> set[str]:
    found = facts(_SHOOT_LEDE, sentence, date="2026-06-10")
    return {str(r.date) for r in found.release if r.served and r.kind.value == "filming_started"}


def test_a_past_shoot_counted_from_its_first_day_in_other_words() -> None:
    for sentence in (
        "Filming ran for eight weeks starting 4 March, mostly on the quays.",
        "Filming ran for eight weeks beginning on 4 March, mostly on the quays.",
    ):
        assert _starts(sentence) == {"2026-03-04"}, sentence


def test_a_shoot_still_to_come_counted_from_a_day_is_no_start() -> None:
    assert _starts("Filming will run for eight weeks starting 4 July, on the quays.") == set()


_FERRY_OPENING = (
    "Sealane, the Orkney ferry drama, ends on Sunday, and Brid Tallach is superb in its last "
    "gale scene."
)


def _speaker_of_sea_line(turn: str) -> str:
    found = facts(
        _FERRY_OPENING,
        f"Tallach has never been better. {turn} who has seen every episode what she made of it. "
        "“It made me miss the sea,” she said.",
    )
    return next(q.speaker for q in found.quotes if q.text.startswith("It made"))


def test_the_writer_turning_to_someone_unnamed_after_a_lead_or_by_other_words() -> None:
    for turn in (
        "Afterwards, I asked a neighbour",
        "Then I rang a colleague",
        "I put the question to my neighbour",
    ):
        assert _speaker_of_sea_line(turn) != "Brid Tallach", turn
