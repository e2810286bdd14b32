"""Quotes on invented text: "Vale said the idea came from her uncle, who used to warn her that
“...”" are the uncle's words, which Vale relays; never Vale's."""

from __future__ import annotations

from bot.facts import ArticleFacts, SourceKind
from tests.extract.helpers import facts


def _quote(found: ArticleFacts, start: str) -> tuple[str, SourceKind]:
    quote = next(q for q in found.quotes if q.text.startswith(start))
    return quote.speaker, quote.source


def test_words_of_someone_a_reported_clause_names_are_not_the_sayer_s() -> None:
    found = facts(
        "Odile Marchbrook has written Hollowmarsh, a thriller set on the fens.",
        "Marchbrook said the idea came from her uncle, who used to warn her that “water keeps "
        "secrets”. She added: “Every fen village has a drowned church.”",
    )
    assert _quote(found, "water keeps")[0] != "Odile Marchbrook"
    assert _quote(found, "Every fen") == ("Odile Marchbrook", SourceKind.PERSON)


def test_the_sayer_s_own_who_clause_stays_theirs() -> None:
    found = facts(
        "Odile Marchbrook has written Hollowmarsh, a thriller set on the fens.",
        "Marchbrook, who told reporters that “water keeps secrets”, starts filming in May.",
    )
    assert _quote(found, "water keeps")[0] in {"Odile Marchbrook", ""}
