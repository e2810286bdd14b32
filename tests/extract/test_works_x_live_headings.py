"""A live page is told by more headlines than "... live: ...": one that opens on "Live:" (or
"Live –") and one that closes on the blog's run ("... – as it happened", "... as it happens").
On such a page, an entry that brings in another work after a named subject's reveal ("Before
the break, Streamflix confirmed Cragwater, a gothic drama from ...") is that work's, however
long the lead before the name."""

from __future__ import annotations

from bot.extract.doc_build import build_doc
from bot.extract.page_blog_entries import other_blog_entries
from bot.extract.page_blog_openings import blog_paragraphs
from tests.extract.helpers import article, facts, release_kinds, served_credits

_LEDE = "Streamflix showed its new season to the press, with a Velmo date the big news."
_OPEN = "Good evening from the Southbank, where the presentation is about to begin."
_OURS = (
    "It is official: Velmo arrives on Streamflix on Friday 22 May.",
    "The film is directed by Nell Ashgrove.",
)
_OTHER = (
    "Next on the list: Cragwater, a four-part Cornish mystery directed by Bryn Hollis. "
    "It arrives in the autumn."
)


def _is_live(headline: str) -> bool:
    return bool(blog_paragraphs(build_doc(article(_LEDE, _OPEN, *_OURS, title=headline))))


def test_a_headline_opening_on_live_or_closing_on_the_blogs_run_makes_a_live_page() -> None:
    for headline in (
        "Live: Streamflix new season showcase – Velmo date revealed",
        "Live – Streamflix new season showcase",
        "Streamflix showcase: every reveal as it happened",
        "Velmo world premiere – reaction as it happens",
    ):
        assert _is_live(headline), headline


def test_live_as_a_words_start_or_a_title_word_makes_no_live_page() -> None:
    for headline in (
        "Live-action Velmo remake is in the works",
        "Live Wire: the Velmo composer on her score",
        "What happened to Velmo? The long road to the screen",
    ):
        assert not _is_live(headline), headline


def test_an_entry_opening_on_another_work_on_an_as_it_happened_page_is_that_works() -> None:
    title = "Streamflix showcase: every reveal as it happened"
    found = facts(_LEDE, _OPEN, _OTHER, *_OURS, date="2026-01-29", title=title)
    crew = served_credits(found)
    assert ("director", "Bryn Hollis") not in crew
    assert ("director", "Nell Ashgrove") in crew
    kinds = release_kinds(_LEDE, _OPEN, _OTHER, *_OURS, date="2026-01-29", title=title)
    assert not any(kind == "window" for kind, *_ in kinds)
    assert ("premiere_date", "2026-05-22", False) in kinds


_LIVE_TITLE = "Streamflix showcase live: Velmo date confirmed"


def test_another_work_a_named_subject_reveals_after_a_long_lead_is_that_works() -> None:
    entry = (
        "Before the Velmo segment began, Streamflix confirmed Cragwater, a four-part Cornish "
        "mystery from director Bryn Hollis. It arrives in the autumn."
    )
    found = facts(_LEDE, _OPEN, entry, *_OURS, date="2026-01-29", title=_LIVE_TITLE)
    assert ("director", "Bryn Hollis") not in served_credits(found)
    kinds = release_kinds(_LEDE, _OPEN, entry, *_OURS, date="2026-01-29", title=_LIVE_TITLE)
    assert not any(kind == "window" for kind, *_ in kinds)


def test_another_work_named_late_in_an_aside_leaves_the_entry_ours() -> None:
    entry = (
        "Waving from the front row after the break, Nell Ashgrove, who once made Cragwater, "
        "the gothic drama, tells us the film was a joy."
    )
    doc = build_doc(article(_LEDE, _OPEN, entry, *_OURS, date="2026-01-29", title=_LIVE_TITLE))
    starts = other_blog_entries(doc, lambda word: word.strip("’'") == "Velmo")
    assert doc.text.index("Waving") not in starts
    revealed = entry.replace("Nell Ashgrove, who once made", "Streamflix confirmed")
    doc = build_doc(article(_LEDE, _OPEN, revealed, *_OURS, title=_LIVE_TITLE))
    starts = other_blog_entries(doc, lambda word: word.strip("’'") == "Velmo")
    assert doc.text.index("Waving") in starts
