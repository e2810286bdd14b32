"""A language version's voices, for :mod:`bot.extract.castdubs`.

"An Irish-language version, Lumen Beag, will screen in Galway, with Kai Lund voicing Mira and
Ana Ruiz as Tom" names who speaks the parts in another language's version of the film, not who
was cast in it (invented example). The sentence need not say "dub": a language's version that
opens the sentence is one ("X and Y voice Cal in the Spanish-language dub, and Z, back as Mira,
..." names Z in the film's own cast). English is left out: "an English-language version" is as
often the remake the article is about.
"""

from __future__ import annotations

from bot.extract.cues import occurrences
from bot.facts import CastFact
from bot.lazy_patterns import lazy_pattern

_LANGUAGE_VERSION = lazy_pattern(
    r"(?:In[ ])?(?:[Tt]he|[Aa]n?|[Ii]ts)[ ](?!English-)[A-Z][a-z]+-language[ ]"
    r"(?:version|dub|cut|edition|release)\b"
)
"""Another language's version of the work opening the sentence: "An Irish-language version", "In
the Welsh-language cut"."""


def language_version_voice(fact: CastFact) -> bool:
    """Whether ``fact``'s actor is named after another language's version in their sentence."""
    text = fact.evidence.lstrip()
    if "-language " not in text:
        return False
    found = _LANGUAGE_VERSION.match(text)
    return found is not None and any(at > found.end() for at in occurrences(fact.actor, text))
