"""Review mends of round 123's quote speakers, on invented text.

- a job owned by an outside body keeps its owner past a modifier ("the festival's artistic
  director" is the festival's, not the film's director), while a job owned by the production by
  its kind ("the drama's director", "the episode's director") is still the production's credit;
- a bare age epithet after a question about "she" or "he" ("Is she nervous? “...,” the
  22-year-old says") is the one person the paragraph names before the question, even when the
  article never tells that person's sex, and still not a person of the other sex named last;
- a pronoun praising others before a colon is the speaker only while no one else's clause comes
  between ("He praised the crew while Ada Vale told the room: “...”" is Vale's);
- a surname of particles set at a sentence's start ("“...,” De la Mora said") is the full name
  written with the particle in lower case ("Ines de la Mora"), never a new person.
"""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts

_FESTIVAL = "Low Tide, from director Pilar Ostend, opened the Harbour festival on Friday."


def _served(*paragraphs: str) -> list[tuple[str, str]]:
    found = facts(*paragraphs)
    return [(q.text[:12], q.speaker) for q in found.quotes if q.served]


def test_an_outside_bodys_modified_job_is_its_holders() -> None:
    said = _served(
        _FESTIVAL,
        "Mina Cole, the festival's artistic director, chose it in March.",
        "“It was an easy pick,” the festival's artistic director said.",
    )
    assert said == [("It was an ea", "Mina Cole")], said


def test_an_outside_bodys_modified_job_unheld_is_no_ones() -> None:
    said = _served(_FESTIVAL, "“It was an easy pick,” the festival's artistic director said.")
    assert ("It was an ea", "Pilar Ostend") not in said, said


@pytest.mark.parametrize("kind", ["drama", "documentary", "episode", "thriller"])
def test_the_productions_own_kind_of_director_is_its_credit(kind: str) -> None:
    said = _served(
        f"Low Tide, the new {kind} from director Pilar Ostend, premieres in May.",
        "Much of it was shot in Hull over a long and very wet spring, the cast recalled.",
        f"“We went darker this time,” the {kind}'s director said.",
    )
    assert said == [("We went dark", "Pilar Ostend")], said


_LEDE = "Saltmarsh returns for a third series in May."


def test_a_bare_age_after_a_question_is_the_one_named_before_it() -> None:
    said = _served(_LEDE, "Ada Vale is 22. Is she nervous? “Not at all,” the 22-year-old says.")
    assert said == [("Not at all", "Ada Vale")], said


def test_a_bare_age_after_a_question_about_someone_else_told_is_no_ones() -> None:
    said = _served(
        _LEDE, "Tom Reed praised the co-star. Is she nervous? “Not at all,” the 31-year-old says."
    )
    assert ("Not at all", "Tom Reed") not in said, said


def test_a_bare_age_is_still_not_a_woman_named_last() -> None:
    said = _served(
        "Tom Reed was nine when he got his first part. Now 31, he is saying goodbye.",
        "Ada Vale, who plays Ruth, has become a close friend, and she calls every week.",
        "Is he nervous? “Ask me in June,” the 31-year-old says.",
    )
    assert ("Ask me in Ju", "Ada Vale") not in said, said


_GALA = "Tom Reed spoke at the gala on Friday."


def test_a_praiser_is_not_the_speaker_when_another_takes_the_floor() -> None:
    for line in (
        "He praised the crew while Ada Vale told the room: “They made this.”",
        "He thanked the crew; Ada Vale, beside him, told the room: “They made this.”",
    ):
        said = _served(_LEDE, _GALA + " " + line)
        assert ("They made th", "Tom Reed") not in said, (line, said)


def test_a_praiser_of_a_list_still_speaks() -> None:
    said = _served(
        _LEDE,
        _GALA + " He paid tribute to the cast, the crew, and the first directors, Mina Cole and"
        " Jo Park: “They made this.”",
    )
    assert said == [("They made th", "Tom Reed")], said


def test_a_surname_of_particles_at_a_sentences_start_is_the_full_names() -> None:
    said = _served(
        _LEDE,
        "Producer Ines de la Mora said she was happy with the cut. “It is done,” De la Mora said.",
    )
    assert said == [("It is done", "Ines de la Mora")], said


def test_a_capitalised_particle_name_is_still_its_own() -> None:
    said = _served(
        _LEDE,
        "Producer Joel Van Der Kamp said he was happy with the cut. “It is done,” Van Der Kamp"
        " said.",
    )
    assert said == [("It is done", "Joel Van Der Kamp")], said
