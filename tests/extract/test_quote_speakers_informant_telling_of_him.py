"""Quotes on invented text: after "one insider told us he is close to signing", a later "he
admitted" is the man the insider told of, never the insider."""

from __future__ import annotations

from bot.facts import ArticleFacts, SourceKind
from tests.extract.helpers import facts


def _quote(found: ArticleFacts, start: str) -> tuple[str, SourceKind]:
    quote = next(q for q in found.quotes if q.text.startswith(start))
    return quote.speaker, quote.source


def test_he_after_an_informant_telling_of_him_is_not_the_informant() -> None:
    found = facts(
        "Perrin Vassallo has played Tobin Marsh in Hollowmarsh for six years.",
        "Vassallo is keeping quiet, though one industry source told us he is “very close” to "
        "a stage role.",
        "He is 30 and, for the first time in years, free. “That feels odd,” he admitted.",
    )
    speaker, _ = _quote(found, "That feels odd")
    assert speaker != "one industry source"
    assert speaker in {"Perrin Vassallo", ""}
    assert _quote(found, "very close") == ("one industry source", SourceKind.UNNAMED)
