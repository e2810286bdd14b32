"""Someone handed the floor in a sentence before a pronoun's quote.

"Pim Oduya opened the night with a joke, then handed over to Vale, who was close to tears.
“...,” she told the room." The clause subject (Oduya) gave the floor away; the one who took it
(Vale) is who speaks next. Likewise "..., before passing the microphone to Ada Vale" and "Tom
Reed gave the stage to Vale". The clause finder lists only subjects, so this adds the one handed
the floor, as the sentence's latest subject, only where the sentence ends on them (perhaps with
a "who" clause): in "Tom Reed, who directed before handing over to Vale, says ..." Reed speaks.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_HANDED = lazy_pattern(
    r"\b(?:hand(?:ed|s|ing)?[ ](?:(?:it|things)[ ])?over|pass(?:ed|es|ing)?[ ](?:it[ ])?over|"
    r"(?:hand(?:ed|s|ing)?|pass(?:ed|es|ing)?|gave|gives|giving|turn(?:ed|s|ing)?)[ ]"
    r"(?:the|her|his|their)[ ](?:floor|stage|microphone|mic|podium)(?:[ ]over)?)[ ]to[ ]"
    r"(?P<name>(?:[A-Z][\w’'-]*[ ]){0,2}[A-Z][\w’'-]*)"
    r"(?=(?:,[ ]who[ ][^.;:!?“”\"]*)?[.!?]?[ ]*$)"
)


def handed_floor(chunk: str) -> list[tuple[int, str]]:
    """Where and whom ``chunk`` hands the floor to ("then handed over to Vale")."""
    return [(m.start("name"), m["name"]) for m in _HANDED.finditer(chunk)]
