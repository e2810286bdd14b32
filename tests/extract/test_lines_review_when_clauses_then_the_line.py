"""A review's scene told in a "when" clause inside a sentence, with the line itself the subject of
what follows ("..., and when she tells Tomas, “...,” the line lands"): the part's line in the
work, not the actor's quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_pronoun_s_line_in_a_when_clause_then_the_line_is_the_work_s() -> None:
    found = facts(
        "Saltmarsh review: a quiet, brave drama.",
        "Pia Salo is superb. Her Agnes is sharper than before, and when she tells Tomas, “I "
        "was never coming back,” the line stings because Salo throws it away.",
        "Tom Reed is the film's heart; when he asks his mother, “Did you ever love him?” the "
        "moment is devastating.",
    )
    assert served_quotes(found) == []


def test_a_part_named_in_a_when_clause_then_the_scene_is_the_work_s() -> None:
    found = facts(
        "Copper Meadows review.",
        "It is best in its small moments, as when Agnes tells Wren, “Nobody leaves this "
        "town,” and the scene goes very still.",
    )
    assert served_quotes(found) == []


def test_a_real_remark_in_a_when_clause_stays_a_quote() -> None:
    found = facts(
        "Pia Salo spoke at the premiere on Monday.",
        "When she told reporters, “I was terrified of this part,” the room laughed.",
    )
    assert [text for text, _ in served_quotes(found)] == ["I was terrif"]


def test_a_real_event_told_in_a_when_clause_inside_a_sentence_stays_a_quote() -> None:
    for told in (
        "Everyone cheered, and when she thanked Fenwold, “You carried this film,” the moment "
        "was lovely.",
        "The speeches ran long; when she told the crew, “You carried this film,” the line got "
        "the loudest cheer of the night.",
        "It was a warm night, as when she asked Fenwold, “You carried this film, didn't you?” "
        "and the exchange went on for minutes.",
    ):
        found = facts(
            "Wrexa Dunmere hosted the wrap party on Saturday with Cato Fenwold.",
            told,
        )
        assert [text for text, _ in served_quotes(found)] == ["You carried "], told
