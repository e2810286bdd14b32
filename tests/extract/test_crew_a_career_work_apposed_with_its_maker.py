"""A profile's earlier work told in apposition with its year, channel and kind and then its
maker ("his break came with Gorse Hill, the 2019 Channel 4 comedy created by X") credits the
maker of that work, not of the article's; the article's own title told the same way keeps the
credit (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Q&A: Tomas Rendle on shooting Larkspur Row"
_LEDE = "Tomas Rendle shot Larkspur Row, the film that closes Mara Quell's story, out in May."


def _crew(sentence: str) -> set[str]:
    return {c.name for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_an_earlier_works_apposed_maker_is_no_credit() -> None:
    for sentence in (
        "His break came with Gorse Hill, the 2019 Channel 4 comedy created by Ewan Tarr, and he"
        " shot both series of it.",
        "Her first job was Gorse Hill, a 2018 BBC drama written by Ewan Tarr.",
    ):
        assert "Ewan Tarr" not in _crew(sentence), sentence


def test_our_own_title_told_the_same_way_keeps_the_credit() -> None:
    sentence = "Larkspur Row, the 2026 Netflix drama created by Ewan Tarr, is out in May."
    assert "Ewan Tarr" in _crew(sentence)
