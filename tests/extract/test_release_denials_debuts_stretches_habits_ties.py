"""The release rules that set a time aside read the sentence's own words: a report's denial must
deny the report, a person's debut may open the sentence but never be one still to come, a stretch
of a shoot is somewhere the crew works (never a run in cinemas or a premiere), and a habit of
earlier works leaves the time to ours when the sentence says ours does the same."""

from __future__ import annotations

from bot.extract.release_career_debuts import career_debut
from bot.extract.release_denied_reports import denied_report
from bot.extract.release_habits import habitual
from bot.extract.release_shoot_stretches import shoot_stretch


def _at(sentence: str, time: str) -> tuple[int, int]:
    start = sentence.index(time)
    return start, start + len(time)


def test_a_report_opening_the_sentence_then_denied_is_set_aside() -> None:
    for sentence, time in (
        (
            "Rumours in March that the show would slip to the autumn were dismissed by Quillon.",
            "the autumn",
        ),
        (
            "Claims that it might be held back to the winter were quickly shot down by Quillon.",
            "the winter",
        ),
        ("Speculation that the sequel moves to June has been denied by the network.", "June"),
        (
            "Reports that the finale could air in the spring, which Quillon rejected, spread fast.",
            "the spring",
        ),
    ):
        assert denied_report(sentence, *_at(sentence, time)), sentence


def test_a_denial_of_something_else_leaves_the_reported_time() -> None:
    for sentence, time in (
        (
            "Quillon confirmed reports that it opens in May, and rejected claims of a recast.",
            "May",
        ),
        (
            "Rumours that it lands in June proved right; the studio denied any rift with its star.",
            "June",
        ),
    ):
        assert not denied_report(sentence, *_at(sentence, time)), sentence


def test_a_capitalised_debut_already_made_is_set_aside() -> None:
    for sentence, time in (
        ("Her television debut came in 2022, on a soap.", "2022"),
        ("His stage debut was in 2019 at a pub theatre.", "2019"),
    ):
        assert career_debut(sentence, sentence.index(time)), sentence


def test_a_debut_still_to_come_is_not_set_aside() -> None:
    for sentence, time in (
        ("The wait goes on: her debut was delayed to May by the strike.", "May"),
        ("Their feature debut was set for the autumn before the move.", "the autumn"),
    ):
        assert not career_debut(sentence, sentence.index(time)), sentence


def test_a_run_in_cinemas_or_a_premiere_booked_for_a_time_is_no_shoot_stretch() -> None:
    for sentence, time in (
        ("A week-long run in cinemas is booked for October.", "October"),
        ("Two weeks of preview screenings are pencilled in for March.", "March"),
        ("Its opening night is booked for 4 May at the Grindle.", "4 May"),
        ("A fortnight in cinemas is booked for June.", "June"),
    ):
        assert not shoot_stretch(sentence, sentence.index(time)), sentence


def test_a_stretch_of_the_shoot_scheduled_or_set_for_a_time_is_one() -> None:
    for sentence, time in (
        ("There are two weeks in Fellhaugh scheduled for August.", "August"),
        ("Three nights on the quay are set for the autumn, the unit says.", "the autumn"),
        ("A few days at the old mill are planned for later in the year.", "later"),
    ):
        assert shoot_stretch(sentence, sentence.index(time)), sentence


def test_a_habit_the_sentence_says_ours_shares_is_no_habit() -> None:
    for sentence, time in (
        ("Both seasons were always released in May, and this one is too.", "May"),
        ("The earlier films each arrived in the spring, and so will the new one.", "the spring"),
    ):
        assert not habitual(sentence, *_at(sentence, time)), sentence
    sentence = "The earlier films each arrived in the spring."
    assert habitual(sentence, *_at(sentence, "the spring"))
