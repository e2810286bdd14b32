"""Who "the US distributor" is: a company descriptor qualified by a territory names the company
the article ties to that territory, never merely the last company named.

"UK cinemas get it via Wrenmoor Films. The US distributor has only said “...”" is not
Wrenmoor's: the sentence that names the company must name the descriptor's territory too
("Neon, the film's US distributor, ..."), else the words go to the unnamed company the
descriptor describes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.extract.organisations import Organisations
    from bot.extract.text import Doc

_US = ("US", "U.S.", "USA", "American", "America", "United States", "North American")
_UK = ("UK", "British", "Britain", "United Kingdom", "UK & Ireland", "UK and Irish")
_TERRITORY_WORDS: dict[str, tuple[str, ...]] = {
    "US": _US,
    "U.S.": _US,
    "American": _US,
    "North": _US,
    "UK": _UK,
    "British": _UK,
    "Irish": ("Irish", "Ireland"),
    "French": ("French", "France"),
    "German": ("German", "Germany"),
    "Spanish": ("Spanish", "Spain"),
    "Italian": ("Italian", "Italy"),
    "Japanese": ("Japanese", "Japan"),
    "Korean": ("Korean", "Korea"),
    "Canadian": ("Canadian", "Canada"),
    "Australian": ("Australian", "Australia"),
    "Dutch": ("Dutch", "Netherlands", "Benelux"),
    "Nordic": ("Nordic", "Nordics", "Scandinavia"),
    "Indian": ("Indian", "India"),
    "Brazilian": ("Brazilian", "Brazil"),
    "Mexican": ("Mexican", "Mexico"),
    "Polish": ("Polish", "Poland"),
    "European": ("European", "Europe"),
}


def territory_of(words: list[str]) -> tuple[str, ...] | None:
    """The ways of writing the territory that qualifies a company descriptor ("the US
    distributor": ["the", "US", "distributor"]), or None when no territory qualifies it."""
    for word in words[1:-1]:
        if found := _TERRITORY_WORDS.get(word):
            return found
    return None


def fits_territory(
    doc: Doc, orgs: Organisations, territory: tuple[str, ...], org: str | None, offset: int
) -> bool:
    """Whether ``org``, the company a territory's descriptor would be, is named (last before
    ``offset``) in a sentence that names that territory."""
    if org is None:
        return False
    at = orgs.mention_before(org, offset)
    if at is None:
        return False
    sentence = doc.sentence_at(at)
    text = doc.text[sentence.start : sentence.end]
    return any(_word_in(text, form) for form in territory)


def _word_in(text: str, form: str) -> bool:
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        before = at == 0 or not text[at - 1].isalnum()
        if before and (end == len(text) or not text[end].isalpha()):
            return True
        at = text.find(form, end)
    return False
