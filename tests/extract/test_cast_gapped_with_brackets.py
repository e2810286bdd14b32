"""A gapped casting ("Mira is played by A and Tom by B") may be followed by a bracket; a
bracket saying who left the part ("(not C, who left ...)") names its earlier actor."""

from __future__ import annotations

from bot.facts import ArticleFacts, CastStatus
from tests.extract.helpers import facts


def _served(found: ArticleFacts) -> set[tuple[str, str, CastStatus]]:
    return {(f.actor, f.character, f.status) for f in found.cast if f.served}


def test_a_gapped_casting_before_a_bracket_naming_the_leaver() -> None:
    found = facts(
        "Quick recap: Ottoline is played by Brigid Faulkes and Jasper by Tobiah Renn (not "
        "Caspian Lowry, who left the show in March, so stop asking).",
    )
    served = _served(found)
    assert ("Tobiah Renn", "Jasper", CastStatus.CURRENT) in served
    assert ("Caspian Lowry", "Jasper", CastStatus.FORMER) in served


def test_a_gapped_casting_before_a_note_in_brackets() -> None:
    found = facts(
        "Ottoline is played by Brigid Faulkes; Jasper by Tobiah Renn (his first screen role).",
    )
    assert ("Tobiah Renn", "Jasper", CastStatus.CURRENT) in _served(found)


def test_a_bracket_not_naming_a_leaver_names_no_earlier_actor() -> None:
    found = facts(
        "Ottoline is played by Brigid Faulkes and Jasper by Tobiah Renn (not Caspian Lowry, "
        "as some fans had guessed).",
    )
    assert not any(f.actor == "Caspian Lowry" for f in found.cast if f.served)
