"""Two wrong kinds of fact, told apart.

A gapped list after another clause ("A plays X, and B stars as Y and C as Z") is three castings,
never the pairs "X and B" with "Y and C": a part after a casting verb opens no list of actors,
and a "part" that has a part of its own ("... and C as Z") closes no list of parts.

"The host" that the article never names is an unnamed host, never the subject written about
last (a title, a guest); a name the article says hosted ("X hosted the screening") is the host.
"""

from __future__ import annotations

import pytest

from bot.facts import SourceKind
from tests.extract.helpers import facts, pairs, served_pairs

_TITLE = "Harrowgate Lane sets its spring cast"
_LEDE = "Harrowgate Lane returns to ITV in April."
_CASTINGS = {
    ("Pell Anwick", "Dorrit Shale"),
    ("Nessa Tambling", "Ivy Carrow"),
    ("Olan Brisk", "Hal Mortimer"),
}


@pytest.mark.parametrize(
    "sentence",
    [
        "Pell Anwick plays Dorrit Shale, and Nessa Tambling stars as Ivy Carrow and Olan Brisk "
        "as Hal Mortimer.",
        "Pell Anwick plays Dorrit Shale, and Nessa Tambling is cast as Ivy Carrow and Olan Brisk "
        "as Hal Mortimer.",
        "Pell Anwick plays Dorrit Shale, and Nessa Tambling plays Ivy Carrow and Olan Brisk plays "
        "Hal Mortimer.",
        "Pell Anwick plays Dorrit Shale, while Nessa Tambling stars as Ivy Carrow and Olan Brisk "
        "as Hal Mortimer.",
        "Pell Anwick plays Dorrit Shale; Nessa Tambling stars as Ivy Carrow and Olan Brisk as "
        "Hal Mortimer.",
    ],
)
def test_a_gapped_list_after_another_clause_pairs_each_actor_with_their_own_part(
    sentence: str,
) -> None:
    found = facts(_LEDE, sentence, date="2026-03-01", title=_TITLE)
    assert served_pairs(found) == _CASTINGS
    assert pairs(found) == _CASTINGS  # nothing held that pairs a part with an actor either


def test_a_part_after_is_opens_no_list_of_actors_before_a_gapped_item() -> None:
    found = facts(
        _LEDE,
        "Pell Anwick is Dorrit Shale, and Nessa Tambling plays Ivy Carrow and Olan Brisk as "
        "Hal Mortimer.",
        date="2026-03-01",
        title=_TITLE,
    )
    assert ("Nessa Tambling", "Ivy Carrow") in served_pairs(found)
    assert ("Olan Brisk", "Hal Mortimer") in served_pairs(found)
    assert not {("Dorrit Shale", "Ivy Carrow"), ("Nessa Tambling", "Olan Brisk")} & pairs(found)


def test_a_list_of_actors_after_another_clause_is_still_paired_in_order() -> None:
    found = facts(
        _LEDE,
        "Pell Anwick plays Dorrit Shale, and Nessa Tambling and Olan Brisk play Ivy Carrow and "
        "Hal Mortimer.",
        date="2026-03-01",
        title=_TITLE,
    )
    assert served_pairs(found) == _CASTINGS


def test_a_coordinated_pair_of_lists_is_still_held_when_the_first_list_is_unread() -> None:
    found = facts(
        _LEDE,
        "Anwick, 30, and Nessa Tambling have spent four years as Ivy Carrow and Hal Mortimer.",
        date="2026-03-01",
        title=_TITLE,
    )
    assert ("Nessa Tambling", "Ivy Carrow") not in served_pairs(found)


def _speakers(*paragraphs: str) -> list[tuple[str, SourceKind]]:
    found = facts(*paragraphs, date="2026-03-01", title="Festival round-up")
    return [(q.speaker, q.source) for q in found.quotes if q.text == "We will be back next year."]


@pytest.mark.parametrize("noun", ["host", "presenter"])
def test_an_unnamed_host_is_never_the_title_written_about_last(noun: str) -> None:
    said = _speakers(
        "Lantern Hollow wins the audience prize at Scarrowby.",
        f"The {noun} joked: “We will be back next year.”",
    )
    assert said == [(noun, SourceKind.UNNAMED)]


def test_an_unnamed_host_is_never_the_person_written_about_last() -> None:
    said = _speakers(
        "Lantern Hollow wins the audience prize at Scarrowby.",
        "Wenna Tolvar presented the prize. The host joked: “We will be back next year.”",
    )
    assert said == [("host", SourceKind.UNNAMED)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Wenna Tolvar hosted the screening.",
        "Wenna Tolvar, who compered the evening, was on form.",
        "Wenna Tolvar presented the awards ceremony.",
    ],
)
def test_a_host_named_by_hosting_still_speaks_as_the_host(sentence: str) -> None:
    said = _speakers(
        "Lantern Hollow wins the audience prize at Scarrowby.",
        f"{sentence} The host joked: “We will be back next year.”",
    )
    assert said == [("Wenna Tolvar", SourceKind.PERSON)]


def test_two_named_hosts_leave_the_host_unattributed() -> None:
    said = _speakers(
        "Lantern Hollow wins the audience prize at Scarrowby.",
        "Wenna Tolvar and Idris Maughan co-hosted the evening. The host joked: “We will be back "
        "next year.”",
    )
    assert said and all(source is not SourceKind.PERSON for _, source in said)
