""" "She plays Y" after a short sentence that names one person by surname at its end ("The
surprise is Vale.") is that person's part, as after "Vale is the surprise."; a sentence naming
two, or someone's someone ("Vale's agent"), leaves the pronoun unread. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Review: Lanterns of Brill"
_LEDE = "Lanterns of Brill, the BBC's new drama, begins on Sunday."
_CAST = "Odessa Quarrie joins Bram Oduya in the cast."


def _pairs(*sentences: str) -> set[tuple[str, str]]:
    return served_pairs(facts(_LEDE, " ".join((_CAST, *sentences)), title=_TITLE))


def test_a_surname_named_at_the_sentences_end_is_the_pronouns_person() -> None:
    for named in ("The surprise is Quarrie.", "The real scene-stealer was Quarrie."):
        found = _pairs(named, "She plays Marnie Fallowes, the landlady, in four episodes.")
        assert ("Odessa Quarrie", "Marnie Fallowes") in found, named


def test_two_named_or_someones_someone_leave_the_pronoun_unread() -> None:
    for named in ("The surprise is Quarrie and Oduya.", "The surprise is Quarrie's agent."):
        assert not _pairs(named, "She plays Marnie Fallowes."), named
