"""A work someone made or shot, then "with" its cast ("Kai Reed made Lumen, with X as Y", "Reed
shot Lumen in Leeds in 2019, with X playing Y"): the part is that work's when the work is not
the article's own; the article's own keeps its casting (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Quill Harbour begins shooting in Hull"
_LEDE = "Quill Harbour, Dace Morrow's new film, begins shooting in Hull on Monday."


def test_a_made_works_cast_is_not_this_works() -> None:
    for sentence, pair in (
        ("He made Lantern Row, with Ysolde Varn as Ottilie, in 2018.", ("Ysolde Varn", "Ottilie")),
        (
            "Morrow shot Glass Orchard at the old lido in 2021, with Ysolde Varn playing lifeguard"
            " Tess Pike.",
            ("Ysolde Varn", "Tess Pike"),
        ),
    ):
        assert pair not in served_pairs(facts(_LEDE, sentence, title=_TITLE)), sentence


def test_the_articles_own_work_made_with_its_cast_stays() -> None:
    sentence = "Morrow shot Quill Harbour in Hull, with Ysolde Varn playing Tess Pike."
    found = facts(_LEDE, sentence, title=_TITLE)
    assert ("Ysolde Varn", "Tess Pike") in served_pairs(found)
