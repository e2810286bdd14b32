"""Credits of another named work: an author's possessive on their own book ("if you liked: Ada
Vale's novel Salt Year") and a festival report's set-off title ("the co-production La Nuit
d’Or, directed by X"). Those credit that work, not the article's; the article's own stay."""

from __future__ import annotations

from tests.extract.helpers import served_crew


def test_an_authors_other_book_is_no_author_credit() -> None:
    found = served_crew(
        "Lantern Bay, a comedy directed by Ines Amaro, lands on Friday.",
        "Watch if you liked: Fenlight; Moor Girls; Tamsin Roe's novel Quietly.",
        title="What to watch: Lantern Bay",
    )
    assert ("author", "Tamsin Roe") not in found
    assert ("director", "Ines Amaro") in found


def test_the_possessive_on_our_book_is_kept() -> None:
    found = served_crew(
        "Lantern Bay comes to screens on Friday.",
        "Tamsin Roe's novel Lantern Bay sold a million copies.",
        title="What to watch: Lantern Bay",
    )
    assert ("author", "Tamsin Roe") in found


def test_a_festival_reports_other_title_is_no_credit() -> None:
    found = served_crew(
        "Lantern Bay opened the festival on Friday, directed by Ines Amaro.",
        "And the talk of next weekend, the Franco-Welsh co-production La Nuit d’Or, directed by"
        " Rémi Gautier, has been pulled from its slot.",
        title="Festival diary: Lantern Bay opens in style",
    )
    assert ("director", "Rémi Gautier") not in found
    assert ("director", "Ines Amaro") in found


def test_an_adapted_page_keeps_the_authors_credit_from_any_line() -> None:
    found = served_crew(
        "Lantern Bay, adapting the last of her graphic novels, lands on Friday.",
        "Watch if you liked: Fenlight; or Tamsin Roe's novel Quietly.",
        title="What to watch: Lantern Bay",
    )
    assert ("author", "Tamsin Roe") in found
