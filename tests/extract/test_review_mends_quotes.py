"""Quote rules held to what their docstrings say: a sentence-opening "She laughed" after a
host's question, an apposition that has a verb of its own, a possessive "her", a "line" that
is no line of footage, a "written by" aside and a name heard while "playing" a part."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_sentence_opening_laugh_after_the_hosts_question_is_the_guests() -> None:
    found = facts(
        "Ilse Varnum has said she cried on her last day on the Harrow Mill set.",
        "Appearing on Night Shelf, the podcast hosted by the comedian Petra Coble, Varnum said "
        "the last scene she shot was a quiet one.",
        "“It was me walking down a corridor,” she said.",
        "Coble asked whether Varnum had kept anything from the set. She laughed: “Only a cup. "
        "Nobody noticed.”",
        "The Harrow Mill film streams from 3 May.",
        title="Ilse Varnum on leaving Harrow Mill",
    )
    speakers = dict(served_quotes(found))
    assert "Petra Coble" not in speakers.values()
    assert speakers.get("Only a cup. ") == "Ilse Varnum"


def test_a_name_with_a_verb_after_its_apposition_is_a_subject() -> None:
    found = facts(
        "Tom Reed is the star of Foxhole.",
        "He plays a fox in Foxhole, and Sam Dace, the actor who plays the hound, said on Sunday, "
        "at the premiere, that the shoot was cold. “We never felt our toes,” he said.",
    )
    assert served_quotes(found) == [("We never fel", "Sam Dace")]


def test_a_possessive_her_leaves_the_named_subject() -> None:
    found = facts(
        "Foxhole is a new drama from the writer Orla Penn.",
        "Tom Reed remembers her, and Mira Quarrow got her start with him. “He was kind,” she said.",
    )
    assert served_quotes(found) == [("He was kind", "Mira Quarrow")]


def test_a_line_producer_and_a_bottom_line_are_no_line_of_footage() -> None:
    for para, words in (
        ("It was cut in a week, said the line producer, “and it shows”.", "and it shows"),
        ("The team says the bottom line is simple, “we made a film for our mums”.", "we made a fi"),
    ):
        found = facts("Jory Fenby produced Foxhole.", "The new trailer drew crowds. " + para)
        assert words in [text for text, _ in served_quotes(found)], para


def test_a_novel_written_by_someone_that_she_describes() -> None:
    found = facts(
        "Sela Marsk is the star of Foxhole.",
        "The film comes from a novel, written by the Welsh author Orla Penn, that she describes "
        "as “a cold bath of a book”.",
    )
    assert served_quotes(found) == [("a cold bath ", "Sela Marsk")]


def test_heard_while_playing_a_part_is_a_line_of_the_work() -> None:
    found = facts(
        "The cast of Gull Point said goodbye online as filming ended this week.",
        "On the harbour set, Tom Reed, playing Ivo, could be heard shouting “Come back to the "
        "boat!” before the take was cut.",
    )
    assert ("Come back to", "Tom Reed") not in served_quotes(found)
