"""Review mends of round 168: a part told as a kin noun beyond the first few ("Tom's niece",
"Tom's stepmother"); a word in marks after an owner's pronoun before a label noun ("her
“comeback” tag"); the article's opening sentence glossing its own work by kind and makers
("X, the coastal thriller created by A"); a place of two words after "near"/"in" before the
speech verb ("Residents near Goss Warren told")."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

_LEDE = "Wenna Polkerris and Idris Tammage star in Harrow Light, the new BBC drama."


def test_a_part_told_as_a_niece_or_a_stepmother_is_served() -> None:
    found = pairs(facts(_LEDE, "Carys Treloar is back as Talek's niece."))
    assert ("Carys Treloar", "Talek's niece") in found
    found = pairs(facts(_LEDE, "Carys Treloar plays Talek’s stepmother."))
    assert ("Carys Treloar", "Talek’s stepmother") in found
    found = pairs(facts(_LEDE, "Carys Treloar plays Talek's cousin."))
    assert ("Carys Treloar", "Talek's cousin") in found


def test_a_rumoured_niece_stays_unserved() -> None:
    found = facts(_LEDE, "Carys Treloar is rumoured to be back as Talek's niece.")
    assert not [c for c in found.cast if c.actor == "Carys Treloar" and not c.unsure]


def test_a_word_after_her_before_a_label_noun_is_held() -> None:
    found = facts(_LEDE, "Polkerris admits her “comeback” tag weighed on her for months.")
    assert not [q for q in found.quotes if q.text == "comeback" and q.served]


def test_a_word_she_says_after_her_stays_served() -> None:
    found = facts(_LEDE, "Polkerris says her “comeback” was “the hardest year of my life”.")
    assert any(q.text == "the hardest year of my life" and q.served for q in found.quotes)


def _crew(*paragraphs: str) -> set[tuple[str, str]]:
    return {(c.role.value, c.name) for c in facts(*paragraphs).crew if c.served}


def test_the_opening_sentence_glossing_its_own_work_keeps_its_makers() -> None:
    assert ("creator", "Ottilie Carne") in _crew(
        "Filming has begun on Harrow Light, the coastal thriller created by Ottilie Carne.",
        "Wenna Polkerris stars as Nell.",
    )


def test_a_later_sentence_glossing_another_work_still_drops_its_makers() -> None:
    assert ("creator", "Bryony Saltash") not in _crew(
        "Filming has begun on Harrow Light, the coastal thriller created by Ottilie Carne.",
        "Its slot goes to repeats of Tin Kettle, the sitcom created by Bryony Saltash.",
    )


def test_a_two_word_place_after_near_is_not_the_sayer() -> None:
    found = facts(
        _LEDE, "Residents near Goss Warren told the BBC: “They were lovely to have around.”"
    )
    assert not [q for q in found.quotes if q.speaker == "Goss Warren"]
    found = facts(_LEDE, "Residents in Port Gaverne said: “They were lovely to have around.”")
    assert not [q for q in found.quotes if q.speaker == "Port Gaverne"]


def test_a_named_sayer_after_a_time_phrase_keeps_the_words() -> None:
    found = facts(_LEDE, "After the premiere Wenna Polkerris said: “It was a dream.”")
    assert any(q.speaker == "Wenna Polkerris" for q in found.quotes)
