"""A part's first name speaking words the sentence calls a line ("“...,” Wilf says, a line from
the books"), on invented text: the part's line of dialogue, not a person's words, so it never
makes that side of a bracketed pair the actor; a first name speaking words not called a line
still weighs as before."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs

_LEDE = "The first full trailer for Kellow Down, the wartime drama, arrived on Tuesday."


def test_a_line_of_dialogue_does_not_make_the_speaker_the_actor() -> None:
    found = facts(
        _LEDE,
        "The trailer opens at a bus stop. Wilf Carrow (Hale Dunmore) is off to sea; Gus Penn"
        " (Tamsin Orlo) stays ashore. “Back before the tide,” Wilf says, a line readers of the"
        " novel will know by heart.",
    )
    assert ("Wilf Carrow", "Hale Dunmore") not in pairs(found), found.cast
    assert ("Gus Penn", "Tamsin Orlo") not in pairs(found), found.cast
    assert ("Tamsin Orlo", "Gus Penn") in served_pairs(found), found.cast


def test_a_first_name_speaking_words_not_called_a_line_still_acts() -> None:
    found = facts(
        "Moderators of the Kellow Down forum posted their spoiler rules on Thursday.",
        "Please be kind to the cast. Hale Dunmore (Wilf Carrow) and Tamsin Orlo (Gus Penn)"
        " have both asked fans to keep out of their messages. “We read everything,” Hale says,"
        " a little wearily.",
    )
    assert ("Hale Dunmore", "Wilf Carrow") in served_pairs(found), found.cast
    assert ("Wilf Carrow", "Hale Dunmore") not in pairs(found), found.cast
