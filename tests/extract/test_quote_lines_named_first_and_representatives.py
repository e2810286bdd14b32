"""A part's line named as "his first line" is the work's; a person's representatives speak for
themselves, not as that person."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts, served_quotes


def test_a_parts_first_line_in_brackets_is_held() -> None:
    found = facts(
        "The teaser for Brindle Quay dropped this morning.",
        "We barely see the new warden, yet with his first line (“Lock the boathouse and lose "
        "the key.”) the mood turns cold.",
    )
    assert served_quotes(found) == []


def test_a_parting_line_named_with_no_part_is_held() -> None:
    found = facts(
        "Season two of Brindle Quay has a teaser.",
        "Sorrel Vey is back, and her parting line is a shocker: “The rent was due on Monday, "
        "love.”",
    )
    assert served_quotes(found) == []


def test_a_last_line_after_a_colon_is_held() -> None:
    found = facts(
        "The clip from Tarrow Bridge ends on a cliffhanger.",
        "Dorran Keel plays the ferryman, and his final line is a chiller: “Nobody pays on the "
        "way back.”",
    )
    assert served_quotes(found) == []


def test_words_according_to_her_representatives_are_not_hers() -> None:
    found = facts(
        "Mara Quill-Denby has had a busy year.",
        "She keeps quiet about her next job. Talk of a superhero cape is, according to her "
        "representatives, “news to everyone here”.",
    )
    quotes = [q for q in found.quotes if q.served]
    assert all(q.speaker != "Mara Quill-Denby" for q in quotes)
    assert all(q.source is not SourceKind.PERSON for q in quotes)


def test_words_according_to_his_reps_are_not_his() -> None:
    found = facts(
        "Jory Ansell-Tate turned down the press tour.",
        "He says little about it. A rumoured feud with his co-star is, according to his "
        "reps, “a story someone made up on a slow news day”.",
    )
    assert all(q.speaker != "Jory Ansell-Tate" for q in found.quotes if q.served)


def test_words_according_to_the_actor_himself_are_still_his() -> None:
    found = facts(
        "Jory Ansell-Tate turned down the press tour.",
        "The rumoured feud is, according to Ansell-Tate, “a story someone made up”.",
    )
    assert served_quotes(found) == [("a story some", "Jory Ansell-Tate")]
