"""Review mends of round 147 (invented text): a question that only names the film ("How long did
the film take to write?") is no question about the shoot, so the months in its answer are no
shoot's; a lesser crew job after an owner ("the film's first assistant director") is not the
credited director; a closing "with X explaining" clause gives the quote to X as "with X
promising" does; an unnamed hand after a second part that has no subject of its own (", and in
Leeds a week later") still backs the first time told."""

from __future__ import annotations

import pytest

from bot.facts import ArticleFacts, ReleaseKind
from tests.extract.helpers import facts

_LEDE = "Morwenna Quelch stars in Quillhaven, Brenmoor Pictures' new drama."
_TITLE = "Quillhaven: a first look"


def _speaker(found: ArticleFacts, start: str) -> tuple[bool, str] | None:
    return next(((q.served, q.speaker) for q in found.quotes if q.text.startswith(start)), None)


def _shoot_starts(*paragraphs: str) -> list[tuple[str | None, bool]]:
    found = facts(_LEDE, *paragraphs, date="2025-09-01", title="Quillhaven: an interview")
    return [
        (r.window, r.hedged)
        for r in found.release
        if r.kind is ReleaseKind.FILMING_STARTED and r.served
    ]


def test_a_question_that_only_names_the_film_gives_no_shoot_months() -> None:
    answer = "We started in March and finished in May."
    assert _shoot_starts("How long did the film take to write?", answer) == []
    assert _shoot_starts("Where did you film it?", answer) == [("2025-03", False)]


@pytest.mark.parametrize(
    "job", ["the film's first assistant director", "the show's second unit director"]
)
def test_a_lesser_crew_job_after_an_owner_is_not_the_credited_director(job: str) -> None:
    found = facts(
        _LEDE,
        "Quillhaven was directed by Jo Reyes.",
        f"“We shot nights for a month,” {job} said.",
        title=_TITLE,
    )
    assert _speaker(found, "We shot nights") != (True, "Jo Reyes")


@pytest.mark.parametrize("verb", ["explaining", "quipping", "telling fans"])
def test_a_closing_with_clause_of_any_speaking_verb_names_the_speaker(verb: str) -> None:
    sentence = (
        f"Filming starts in spring, the channel said, with showrunner Ada Vale {verb}"
        " “a darker second half is coming”."
    )
    found = facts(_LEDE, sentence, title=_TITLE)
    assert _speaker(found, "a darker second half") == (True, "Ada Vale")


def test_a_hand_after_a_part_with_no_subject_of_its_own_still_hedges_the_time() -> None:
    found = facts(
        _LEDE,
        "Filming began on 2 June in Hull, and in Leeds a week later, according to a crew member.",
        date="2025-07-01",
        title=_TITLE,
    )
    starts = [r.hedged for r in found.release if r.kind is ReleaseKind.FILMING_STARTED]
    assert starts == [True]
