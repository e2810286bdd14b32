"""Quotes on invented text: words the work says (a trailer's line given "in his own words in the
trailer", the big line given with its part's possessive, a tagline paragraph the posters carry)
and a foreign title glossed with its year in brackets are no one's quote; words a person says
beside them still are."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> list[str]:
    return [q.text[:18] for q in facts(*paragraphs).quotes if q.served]


def test_a_title_glossed_in_marks_with_its_year_is_no_quote() -> None:
    served = _served(
        "Profile: the camera operator Jan Kowal on his new thriller.",
        "Kowal is known for his work with director Ewa Nowak. Their film ‘Lato w Gdyni’ "
        "(‘Summer in Gdynia’, 2019) won a prize in Gdańsk. “I love cold light,” Kowal says.",
    )
    assert served == ["I love cold light"]


def test_a_title_glossed_in_marks_without_a_year_is_no_quote() -> None:
    served = _served(
        "Profile: the editor Mira Sobek on her new drama.",
        "Sobek first cut ‘Cisza nad rzeką’ (‘Silence by the River’) for a small studio, and "
        "it toured widely.",
    )
    assert served == []


def test_a_characters_words_in_the_trailer_are_no_quote() -> None:
    served = _served(
        "Ten things we spotted in the new trailer for Harbour Lights.",
        "Dario Fenn plays Inspector Wade, a Hull detective who is, in his own words in the "
        "trailer, “a genius at work and a disaster at home”.",
        "The teaser shows Wade, in the trailer’s last shot, “already halfway to the sea”.",
    )
    assert served == []


def test_the_big_line_given_with_its_parts_possessive_is_no_quote() -> None:
    served = _served(
        "Live: every announcement from the Lumen slate event.",
        "14:02 The trailer is here, and the big line – Mara’s “You never once asked me to "
        "stay, Tomas” – is already everywhere.",
        "14:10 It closes on the other great line: Tomas’s “I was always going to leave”.",
    )
    assert served == []


def test_a_tagline_paragraph_the_posters_carry_is_no_quote() -> None:
    served = _served(
        "Ten things we spotted in the new trailer for Harbour Lights.",
        "7. The tagline",
        "“Every tide comes back.” It’s on every poster already, and on the buses too.",
        "“We wanted it to feel like a storm coming in,” director Ines Vall said in a statement.",
    )
    assert served == ["We wanted it to fe"]
