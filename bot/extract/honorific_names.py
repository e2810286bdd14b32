"""A name read past the titles in front of it ("Dr Ada Lane", "Detective Inspector Ada Lane"),
for the rules that match a name or a part by its first name or without its rank."""

from __future__ import annotations

from bot.extract.lexicon import honorific


def past_titles(name: str) -> list[str]:
    """``name``'s words past its leading titles, two at least: "Dr Ada Lane" gives "Ada Lane",
    "DS Mira Holt" gives "Mira Holt"; "Dr Lane" keeps its title."""
    words = name.split()
    at = 0
    while at < len(words) - 2 and honorific(words[at]):
        at += 1
    return words[at:]


def given_name(name: str) -> str:
    """A full name's first name, past its titles ("Dr Ada Lane" and "Dr. Ada Lane" are "Ada", so
    is "Detective Inspector Ada Lane"); a title before a surname alone stays ("Dr Lane")."""
    return past_titles(name)[0]
