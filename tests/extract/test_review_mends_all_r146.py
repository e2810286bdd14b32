"""Review mends of round 146 (invented text): a release "officially" or "finally" released on a
weekday is still to come when told with "is" or "will be"; a superlative set off by a comma
before "will be released" is no ranking's span; a which-clause that tells a shoot to come "with
X as Y" is news of the work, not another work's casting; a moment in the writer's meeting with
the speaker ("in our conversation", "over lunch") is an interview told in the present, and a
part speaking "to her son" at a moment of the work is the work's line; a person apposed after a
verb with "whose" ("stars X, a newcomer whose first film, ...") is no work."""

from __future__ import annotations

import datetime as dt

from bot.facts import ArticleFacts, ReleaseKind
from tests.extract.helpers import facts, served_pairs

_DATE = "2026-03-04"  # a Wednesday
_LEDE = "Morwenna Quelch stars in Quillhaven, Brenmoor Pictures' new drama, as Ysolde Penhale."
_TITLE = "Quillhaven: a first look"


def _premieres(sentence: str) -> set[dt.date | None]:
    found = facts(_LEDE, sentence, date=_DATE, title=_TITLE)
    return {r.date for r in found.release if r.kind is ReleaseKind.PREMIERE_DATE and r.served}


def _served_windows(sentence: str) -> list[str]:
    found = facts(_LEDE, sentence, date=_DATE, title=_TITLE)
    return [str(r.window) for r in found.release if r.kind is ReleaseKind.WINDOW and r.served]


def _quote(found: ArticleFacts, start: str) -> tuple[bool, str] | None:
    return next(((q.served, q.speaker) for q in found.quotes if q.text.startswith(start)), None)


def test_a_release_officially_to_come_on_a_weekday_is_the_coming_one() -> None:
    coming = dt.date(2026, 3, 6)
    assert _premieres("Quillhaven will be officially released on Streamly on Friday.") == {coming}
    assert _premieres("Quillhaven is finally released on Friday.") == {coming}


def test_a_streamer_that_released_the_film_on_a_weekday_still_released_it_on_the_last() -> None:
    assert _premieres("Streamly released Quillhaven on Friday.") == {dt.date(2026, 2, 27)}


def test_a_superlative_set_off_before_a_release_to_come_is_no_ranking() -> None:
    sentence = "Quillhaven, the streamer's biggest drama, will be released in June."
    assert _served_windows(sentence) == ["2026-06"]


def test_a_which_clause_on_a_shoot_to_come_keeps_its_casting() -> None:
    found = facts(
        "Streamly has ordered Quillhaven, which starts shooting in Cornwall next month with"
        " Morwenna Quelch as Ysolde Penhale.",
        "The six-part series is written by Jory Cardew.",
        title="Streamly orders coastal thriller",
    )
    assert ("Morwenna Quelch", "Ysolde Penhale") in served_pairs(found)


def test_a_moment_of_the_interview_told_in_the_present_is_the_speakers_own() -> None:
    for moment in ("in our conversation when Quelch says:", "over lunch when she says,"):
        found = facts(
            _LEDE,
            "Quelch meets me at a café by the harbour.",
            f"There is a moment {moment} “I was frightened of the water for years.”",
            date=_DATE,
            title="Morwenna Quelch: ‘The sea still scares me’",
        )
        assert _quote(found, "I was frightened") == (True, "Morwenna Quelch"), moment


def test_a_part_speaking_to_her_son_at_a_moment_of_the_work_is_not_served() -> None:
    found = facts(
        _LEDE,
        "There is a moment near the end of the film when Ysolde says to her son, “Go home.”",
        date=_DATE,
    )
    served = _quote(found, "Go home")
    assert served is None or not served[0]


def test_a_person_apposed_after_a_verb_with_whose_keeps_their_quote() -> None:
    found = facts(
        "The series stars Morwenna Quelch, a newcomer whose first film, Gullrock, won praise.",
        "“I never planned any of it,” Quelch said.",
        date=_DATE,
        title="A new drama",
    )
    assert _quote(found, "I never planned") == (True, "Morwenna Quelch")
