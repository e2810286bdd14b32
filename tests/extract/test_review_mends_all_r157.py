"""Review mends of round 157 (invented text): "X shot the film this way" is the camera's work,
while "this summer" or "last year" tells the shoot's time; a possessed score after makers in
the plural or a group ("one of the composers behind X's score", "the team behind X's score")
names the work; a sentence set in the play's original production, or in the original stage
production with its year, casts that staging; a yearless shoot day after a sentence that dates
a premiere, not the shoot, keeps its own year; a day told as one of two ("March 20 or 21", "20
or 21 March") is held back."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Tolmarsh is a quiet thriller."


def _crew(line: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, line, title="Tolmarsh review")
    return {(fact.name, fact.role.value) for fact in found.crew if fact.served}


def _cast(line: str) -> set[str]:
    found = facts(
        "Tolmarsh is a new series adapted from the play.",
        line,
        "In the series, Gwenlian is played by Bea Lund.",
        title="Tolmarsh news",
    )
    return {fact.actor for fact in found.cast if fact.served}


def _release(*paragraphs: str) -> set[tuple[str, str]]:
    found = facts(*paragraphs, date="2026-03-17", title="Tolmarsh news")
    return {
        (fact.kind.value, str(fact.date or fact.window)) for fact in found.release if fact.served
    }


def test_shot_the_film_in_a_manner_still_credits_the_cinematographer() -> None:
    line = "Ines Ellisvane shot the film this way because the budget was small."
    assert ("Ines Ellisvane", "cinematographer") in _crew(line)


def test_shot_the_film_this_summer_or_last_year_tells_the_shoot() -> None:
    for line in (
        "Ines Ellisvane shot the film this summer in Cornwall.",
        "Ines Ellisvane shot the film last year in Cornwall.",
    ):
        assert ("Ines Ellisvane", "cinematographer") not in _crew(line), line


def test_a_score_after_plural_or_group_makers_names_the_work() -> None:
    for line in (
        "Dana Stroud, one of the composers behind Teodor Corvath's score, said little.",
        "The team behind Teodor Corvath's score met in Leeds.",
        "The musicians behind Teodor Corvath's score met in Leeds.",
    ):
        assert ("Teodor Corvath", "composer") not in _crew(line), line


def test_a_plain_possessed_score_still_credits_its_composer() -> None:
    line = "Teodor Corvath's score is the best thing in it."
    assert ("Teodor Corvath", "composer") in _crew(line)


def test_the_plays_original_production_casts_that_staging() -> None:
    for line in (
        "In the play's original production, Gwenlian was played by Ada Vell.",
        "In the play’s original stage production, Gwenlian was played by Ada Vell.",
        "In the original 1990 stage production, Gwenlian was played by Ada Vell.",
    ):
        assert _cast(line) == {"Bea Lund"}, line


def test_the_shows_original_run_is_not_an_earlier_staging() -> None:
    line = "In the show's original run, Gwenlian was played by Ada Vell."
    assert "Ada Vell" in _cast(line)


def test_a_premiere_year_the_sentence_before_gives_does_not_date_the_wrap() -> None:
    for before in (
        "The first series premiered in May 2023.",
        "The first series won a prize in May 2023.",
    ):
        found = _release(before + " We wrapped on May 30.")
        assert ("filming_wrapped", "2023-05-30") not in found, before


def test_a_shoot_year_the_sentence_before_gives_still_dates_the_wrap() -> None:
    found = _release("Shooting ran in Belfast from March to May 2024. We wrapped on May 30.")
    assert ("filming_wrapped", "2024-05-30") in found
    found = _release(
        "The series was filmed in Belfast from March to May of last year. We wrapped on May 30."
    )
    assert ("filming_wrapped", "2025-05-30") in found


def test_a_day_told_as_one_of_two_is_held_back() -> None:
    for line in (
        "Tolmarsh arrives on Netflix on March 20 or 21.",
        "Tolmarsh arrives on Netflix on 20 or 21 March.",
        "Tolmarsh arrives on Netflix on March 20th or 21st.",
    ):
        assert not any(kind == "premiere_date" for kind, _ in _release(line)), line


def test_a_day_then_or_a_count_is_still_served() -> None:
    found = _release("Tolmarsh arrives on Netflix on March 20, or 2 weeks after its festival bow.")
    assert ("premiere_date", "2026-03-20") in found


def test_an_interviews_question_on_the_shoot_still_dates_the_wrap_after_its_answer() -> None:
    found = facts(
        "The director of Tolmarsh talks to us about the shoot.",
        "Where did you film?",
        "Cork and Cobh, from March to May of last year. We wrapped on May 30.",
        date="2026-07-01",
        title="Tolmarsh: the director answers",
    )
    wraps = {str(fact.date) for fact in found.release if fact.kind.value == "filming_wrapped"}
    assert wraps == {"2025-05-30"}
