"""A title in quotation marks that opens with a part's first name (a tune "Tilly Sails North", a
reel "Tilly Comes Home") is no fuller name of the part: the part stays as given; the
part's full name met later in plain text still completes it (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Marsh Row set diary: a week on the Kerry coast"
_LEDE = "Marsh Row, the BBC drama, is filming in Kerry this month."
_CASTING = "Ada Venn plays Tilly, the firm's young lawyer, who is, of course, from Leeds."


def test_a_quoted_title_does_not_lengthen_the_part() -> None:
    for sentence in (
        "The composer plays me a tune she has written, provisionally called “Tilly Sails North”.",
        "Over the closing credits the band plays “Tilly Comes Home”, a reel.",
    ):
        found = served_pairs(facts(_LEDE, _CASTING, sentence, title=_TITLE))
        assert ("Ada Venn", "Tilly") in found, sentence
        assert not any(part.startswith("Tilly ") for _, part in found), sentence


def test_the_parts_full_name_in_plain_text_still_completes_it() -> None:
    sentence = "On Thursday Tilly Harte finally walks into the pub."
    found = served_pairs(facts(_LEDE, _CASTING, sentence, title=_TITLE))
    assert ("Ada Venn", "Tilly Harte") in found
