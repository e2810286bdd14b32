"""Review mends of round 189 (invented text): a named one speaking after an according-to source
says the words even with a role before the name or a capitalised place or month on the way to
the verb; a chart entry told as slipping some places, or back or down, to a lower place is
another entry; a Q&A introduction's name set beside a former or original holder of the
headline's role is no guest; a name with another work's post that only the headline names ("the
Marrowgate creator") credits nothing on our work."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts

_SCORE_LEDE = "Composer Petra Lund scored the drama Lantern Row, directed by Ada Vale."


def _speakers(paragraph: str) -> dict[str, tuple[str, SourceKind]]:
    found = facts(_SCORE_LEDE, paragraph).quotes
    return {q.text: (q.speaker, q.source) for q in found if q.served}


def test_a_named_sayer_after_according_to_with_a_role_or_a_month_says_the_words() -> None:
    for paragraph in (
        "According to Lund, director Ada Vale heard the cue and said only “that is the one we"
        " keep”.",
        "According to Lund, Vale heard the cue in May and said only “that is the one we keep”.",
        "According to Lund, Vale sat at Abbey Road for a week and told the band “that is the one"
        " we keep”.",
    ):
        found = _speakers(paragraph)
        assert found.get("that is the one we keep", ("Ada Vale",))[0] == "Ada Vale", paragraph
