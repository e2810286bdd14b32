"""A sentence that opens on a work told by its maker and kind ("Director X's sequel, starring A
as B, ...") right after one that names a rival work in a chart is about that rival: neither its
casting nor its director is the article's; the article's own film told the same way after its
own title keeps both (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Box office: Larkspur Row opens at No 2"
_LEDE = "Larkspur Row took £1.4m in its first weekend, enough for second place."


def _found(*paragraphs: str) -> tuple[set[tuple[str, str]], set[str]]:
    found = facts(_LEDE, *paragraphs, title=_TITLE)
    return served_pairs(found), {c.name for c in found.crew if c.served}


def test_the_rivals_maker_told_sentence_is_the_rivals() -> None:
    for paragraph in (
        "The weekend’s number one was The Salt Gate 2, which took £2.2m. Director Orla Pemberton’s"
        " sequel, starring Fen Adderley as the ferryman Hollis Crane, beat the first film.",
        "Top of the chart was Grey Harbour, which held firm at No 1. Orla Pemberton’s coastal"
        " thriller, which stars Fen Adderley as Hollis Crane, has now taken £9m.",
    ):
        pairs, crew = _found(paragraph)
        assert ("Fen Adderley", "Hollis Crane") not in pairs, paragraph
        assert "Orla Pemberton" not in crew, paragraph


def test_our_own_film_told_by_its_maker_keeps_its_facts() -> None:
    paragraph = (
        "Larkspur Row had a strong Saturday. Director Orla Pemberton’s film, starring Fen"
        " Adderley as Hollis Crane, was shot in Leeds."
    )
    pairs, crew = _found(paragraph)
    assert ("Fen Adderley", "Hollis Crane") in pairs
    assert "Orla Pemberton" in crew
