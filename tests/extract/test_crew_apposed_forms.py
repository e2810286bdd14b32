"""Crew credits in shapes the extractor used to miss, on invented text: the production's own
post before the name, an earlier co-direction set off before the verb, a writer's job word
after "scripts by", and a director who "directs from her own screenplay"."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Filming on Fenwold began in June in the hills above Skellmoor."


def _crew(sentence: str) -> set[tuple[str, str]]:
    return {(c.name, c.role.value) for c in facts(_LEDE, sentence).crew if c.confidence >= 1.0}


def test_the_productions_own_post_before_the_name_credits_it() -> None:
    found = _crew("The production’s director, Tamsy Orrinder, thanked the crew in a story.")
    assert found == {("Tamsy Orrinder", "director")}, found


def test_an_earlier_co_direction_set_off_before_the_verb_leaves_the_credit() -> None:
    found = _crew("Tamsy Orrinder, the co-director of Wrenlow Quay, directed the film.")
    assert found == {("Tamsy Orrinder", "director")}, found


def test_a_writers_job_word_after_scripts_by_is_no_bar() -> None:
    found = _crew(
        "Directed by Quillan Marsworth from scripts by playwright Tamsy Orrinder, it was filmed"
        " around Drumlane last autumn."
    )
    assert found == {("Quillan Marsworth", "director"), ("Tamsy Orrinder", "writer")}, found


def test_directing_from_ones_own_screenplay_credits_the_writer_too() -> None:
    found = _crew("Tamsy Orrinder, who directs from her own screenplay, made a short in 2021.")
    assert found == {("Tamsy Orrinder", "director"), ("Tamsy Orrinder", "writer")}, found


def test_directing_from_anothers_script_credits_that_writer_only() -> None:
    found = _crew("Tamsy Orrinder directs from a script by Quillan Marsworth.")
    assert found == {("Tamsy Orrinder", "director"), ("Quillan Marsworth", "writer")}, found
