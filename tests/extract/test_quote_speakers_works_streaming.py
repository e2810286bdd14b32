"""Quote speakers on invented text: a title the article writes as a work ("Larkspur Hollow
streams on Netflix") is no one a later "she laughs" means, nor a person to note; the pronoun
reaches whom the piece is about."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = 'Orsolya Finch: "I wanted the film to feel like a long goodbye"'
_PARAS = (
    "Orsolya Finch is not the obvious choice to close a teen romance. But when producer Marten"
    ' Sollis sent her Ilse Carrowby\'s script for Larkspur Hollow, she said yes "within a day".',
    '"I had watched every series with my niece," Finch says.',
    "The film had its premiere in Leeds last night. Next week, Larkspur Hollow streams on Netflix"
    " from Friday 17 April.",
    'Is she nervous about the fans? "Terrified," she laughs. "But Ilse told me, \'They just want'
    " it to end well.' So that is the film.\"",
)


def test_a_streaming_title_is_no_ones_pronoun() -> None:
    found = facts(*_PARAS, date="2026-04-10", title=_TITLE)
    quote = next(q for q in found.quotes if q.text.startswith("But Ilse"))
    assert quote.speaker == "Orsolya Finch"
    assert "Larkspur Hollow" not in found.people
