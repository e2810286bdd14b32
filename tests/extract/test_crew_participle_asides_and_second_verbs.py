"""Recall forms: a director in a participle aside ("X, directing from Y's screenplay, ..."), a
review's "X, who directed, ...", a second verb "and executive produced the film", "The score,
again by X," and "X is back to write the music"."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def _credits(*paragraphs: str) -> set[tuple[str, str]]:
    return credits(facts("Copper Bay news.", *paragraphs, title="Copper Bay: the set visit"))


def test_a_participle_aside_directing_from_the_script_credits_the_director() -> None:
    found = _credits("Nadia Ferreira, directing from Tomas Reyes’s screenplay, paces by a monitor.")
    assert ("director", "Nadia Ferreira") in found
    found = _credits("Nadia Ferreira, again directing from a script by Tomas Reyes, calls cut.")
    assert ("director", "Nadia Ferreira") in found
    found = _credits("Nadia Ferreira, directing from the script of Lantern Sky, smiles.")
    assert ("director", "Nadia Ferreira") not in found


def test_who_directed_with_no_object_credits_the_director() -> None:
    found = _credits("Nadia Ferreira, who directed, keeps the harbour scenes grey and cold.")
    assert ("director", "Nadia Ferreira") in found
    found = _credits("Nadia Ferreira, who directed Lantern Sky, visited the set.")
    assert ("director", "Nadia Ferreira") not in found


def test_and_executive_produced_the_film_credits_an_executive_producer() -> None:
    found = _credits(
        "Tomas Reyes, who wrote the screenplay and executive produced the film, spoke first."
    )
    assert {("writer", "Tomas Reyes"), ("executive_producer", "Tomas Reyes")} <= found
    found = _credits("Tomas Reyes, who wrote and executive produced Lantern Sky, visited.")
    assert ("executive_producer", "Tomas Reyes") not in found


def test_the_score_again_by_and_back_to_write_the_music_credit_a_composer() -> None:
    assert ("composer", "Lio Marchetti") in _credits(
        "The score, again by Lio Marchetti, rises at every goodbye."
    )
    assert ("composer", "Lio Marchetti") in _credits(
        "Lio Marchetti is back to write the music, so bring tissues."
    )
    assert ("composer", "Lio Marchetti") not in _credits(
        "Lio Marchetti, who wrote the music for Lantern Sky, visited the set."
    )


def test_a_writer_named_inside_the_scripts_relative_clause() -> None:
    found = _credits("Old letters inspired the script Nadia Ferreira co-wrote with Tomas Reyes.")
    assert ("writer", "Nadia Ferreira") in found
    found = _credits("The film's screenplay Nadia Ferreira wrote in a month is lean.")
    assert ("writer", "Nadia Ferreira") in found
    found = _credits("The script Nadia Ferreira wrote for Lantern Sky won a prize.")
    assert ("writer", "Nadia Ferreira") not in found


def test_writing_the_pilot_credits_a_writer() -> None:
    found = _credits("Nadia Ferreira, who is writing the pilot, shared the news.")
    assert ("writer", "Nadia Ferreira") in found
    found = _credits("Nadia Ferreira wrote the pilot and will run the writers' room.")
    assert ("writer", "Nadia Ferreira") in found
    found = _credits("Nadia Ferreira wrote the pilot of Lantern Sky.")
    assert ("writer", "Nadia Ferreira") not in found


def test_a_writer_past_a_long_who_clause_with_a_list() -> None:
    found = _credits(
        "Nadia Ferreira, who created the podcast, the novels and the stage show, has written "
        "the screenplay."
    )
    assert ("writer", "Nadia Ferreira") in found
    found = _credits(
        "Nadia Ferreira, who grew up in Leeds, Hull and York, is also writing the script."
    )
    assert ("writer", "Nadia Ferreira") in found
    found = _credits(
        "Nadia Ferreira, who met Tomas Reyes, Ida Lunn and Bo Kest, has written the script for "
        "Lantern Sky."
    )
    assert ("writer", "Nadia Ferreira") not in found
