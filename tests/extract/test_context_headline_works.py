"""Which of several works a page's headline names is its own: a quoted title at either end of a
"from X to Y" span is one of many, and a headline work the body glosses by its kind ("X, a
coastal thriller set in ...", "A crime drama set on an island, X stars ...") is another one."""

from __future__ import annotations

from bot.extract.context import find_context
from bot.extract.doc_build import build_doc
from tests.extract.helpers import article, facts


def test_a_quoted_title_ending_a_headline_span_is_not_the_pages_own() -> None:
    doc = build_doc(
        article(
            "Plenty arrives on the streamers this week.",
            "1. Pellicott Downs (Vela, from Friday)",
            "The big one, and it lands on Friday.",
            "2. The Brindlemere (Vela Two, Sunday)",
            "Tamsin Vexley plays a ferryman in this six-part thriller.",
            title="The best new series to stream, from Pellicott Downs to ‘The Brindlemere’",
        )
    )
    assert "Brindlemere" not in find_context(doc).ours


def test_the_series_after_a_glossed_headline_work_is_that_works() -> None:
    found = facts(
        "Dorrit Quennick has had quite the year.",
        "Quennick is currently leading The Tollisbrae, a six-part coastal thriller set in a "
        "harbour town, as a detective. The series, directed by Oswin Hallapeck and written by "
        "Fennick Drusell, drew "
        "six million viewers.",
        "Next she joins the Quillaby Marsh film, which Ysolde Brack directs.",
        title="From The Tollisbrae to Quillaby Marsh: Dorrit Quennick is everywhere",
    )
    names = {c.name for c in found.crew if c.served}
    assert "Oswin Hallapeck" not in names
    assert "Fennick Drusell" not in names


def test_a_work_glossed_before_its_name_in_a_listing_is_another() -> None:
    found = facts(
        "Everything arriving on Vela in April.",
        "1. The Tollisbrae (3 April)",
        "A Cornish crime drama set on a ferry, The Tollisbrae stars Tamsin Vexley as Dilys "
        "Vanstrowe.",
        "2. Quillaby Marsh (17 April)",
        "The one you have been waiting for: the Quillaby Marsh film arrives on 17 April.",
        title="New on Vela in April: Quillaby Marsh, The Tollisbrae and more",
    )
    assert ("Tamsin Vexley", "Dilys Vanstrowe") not in {
        (c.actor, c.character) for c in found.cast if c.served
    }
