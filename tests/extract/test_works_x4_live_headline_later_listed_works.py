"""A festival live blog whose headline lists the day's works after "live:" ("Flare live: Tin
Acre closing gala, Brinehollow wins audience award") leads on the first: a later one the lede
does not name is another work, whose entry is that work's; one the lede names may be the
page's own and stays ours. Invented sentences throughout."""

from __future__ import annotations

from bot.extract.doc_build import build_doc
from bot.extract.page_blog_entries import other_blog_entries
from bot.extract.page_blog_openings import unplussed
from tests.extract.helpers import article

_TITLE = "Flare 2026 live: Tin Acre closing gala, Brinehollow wins audience award"
_LEDE = "Live from the last night of Flare 2026, where Tin Acre closes the festival tonight."
_WORDS = frozenset({"Tin", "Acre", "Brinehollow", "Flare"})


def _headline_words(word: str) -> bool:
    return word in _WORDS


def test_a_later_listed_work_the_lede_does_not_name_is_not_ours() -> None:
    names = unplussed(_headline_words, _TITLE, _LEDE)
    assert names("Tin") and names("Acre")
    assert not names("Brinehollow")


def test_a_later_listed_work_the_lede_names_stays() -> None:
    lede = "Live from Flare 2026, where Brinehollow has won the audience award."
    assert unplussed(_headline_words, _TITLE, lede)("Brinehollow")


def test_a_headline_with_no_list_changes_nothing() -> None:
    title = "Flare 2026 live: Tin Acre closes the festival in style"
    assert unplussed(_headline_words, title, _LEDE)("Brinehollow")


def _others(*paragraphs: str, lede: str = _LEDE) -> list[str]:
    doc = build_doc(article(lede, *paragraphs, date="2026-03-29", title=_TITLE))
    starts = other_blog_entries(doc, _headline_words)
    return [v.chunk for v in doc.views if v.span.start in starts]


_AWARD = (
    "Prize news: Brinehollow, Ffion Rees’s seaside comedy starring Mali Prys as a ferry pilot, "
    "has won the jury prize. It opens in UK cinemas on 8 May."
)


def test_an_entry_on_the_later_listed_work_is_anothers() -> None:
    others = _others("Tin Acre got a long standing ovation.", _AWARD)
    assert any("8 May" in chunk for chunk in others)
    assert not any("Tin Acre" in chunk for chunk in others)


def test_an_entry_on_a_later_listed_work_the_lede_names_is_kept() -> None:
    lede = "Live from Flare 2026, where Brinehollow has won the audience award."
    assert _others("Tin Acre got a long standing ovation.", _AWARD, lede=lede) == []
