"""Names written only inside longer ones: a speaker the quote rules found as "Yoon Seo" where
the article only ever writes "Yoon Seo-ah", or "Lowe Pictures" where it only writes "Fenwick &
Lowe Pictures", names nobody, so the words are filed under no one rather than a broken name."""

from __future__ import annotations

from collections.abc import Callable

from bot.lazy_patterns import lazy_pattern


def cut_name(text: str, name: str) -> bool:
    """The article writes ``name`` only as the start of a longer name, hyphenated ("Yoon Seo" of
    "Yoon Seo-ah") or a surname whose capital follows a lower-case prefix ("Ciarán Ó" of "Ciarán
    Ó hAodha"): crediting it would file the words under a name nobody has."""
    return _only_inside(text, name, lambda at: _longer_name_at(text, name, at))


def cut_company(text: str, name: str) -> bool:
    """As :func:`cut_name`, or the company is written only as the end of one joined by "&"
    ("Lowe Pictures" of "Fenwick & Lowe Pictures")."""
    return _only_inside(
        text, name, lambda at: _longer_name_at(text, name, at) or text[max(0, at - 2) : at] == "& "
    )


def _only_inside(text: str, name: str, inside: Callable[[int], bool]) -> bool:
    """Whether every place ``text`` writes the two-or-more-word ``name`` is ``inside`` a longer
    one (``inside`` is asked of each place's offset)."""
    at = text.find(name)
    if at < 0 or " " not in name:
        return False
    while at >= 0:
        if not inside(at):
            return False
        at = text.find(name, at + 1)
    return True


def _longer_name_at(text: str, name: str, at: int) -> bool:
    """Whether ``name`` written at ``at`` goes on as a longer name: a hyphen and a lower-case
    letter, or a particle's surname prefix."""
    after = text[at + len(name) : at + len(name) + 4]
    if after[:1] == "-" and after[1:2].islower():
        return True
    return _PARTICLE_END.search(name) is not None and _PREFIXED.match(after) is not None


_PREFIXED = lazy_pattern(r"[ ][a-z]{1,2}[A-ZÁÉÍÓÚ]")
"""A surname's lower-case prefix before its capital: " hAodha", " mBreathnach"."""
_PARTICLE_END = lazy_pattern(r"[ ](?:Ó|Ní|Uí|Mac|Nic|Mhic|an)$")
"""A name ending on the Irish or Scottish particle that such a surname follows ("Ciarán Ó"): no
other name is cut by a word like " eBay" or " iPhone" after it."""
