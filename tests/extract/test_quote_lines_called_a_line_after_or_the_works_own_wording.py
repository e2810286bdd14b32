"""Quote lines on invented text: words a dash after them calls a line ("“...” – that line will
be on mugs by Friday") and the work's own wording set against a misquote ("the film has it as
“...”") are the work's lines, held; a line that got a laugh at a panel stays the speaker's."""

from __future__ import annotations

from tests.extract.helpers import facts

_CAST = "Ada Vale plays Wren Tolley in the drama Saltwick."


def _quote(found_quotes: tuple, start: str):  # type: ignore[no-untyped-def]
    return next(q for q in found_quotes if q.text.startswith(start))


def test_words_a_dash_after_them_calls_a_line_are_the_works() -> None:
    for tail in ("— that line will be on mugs by Friday.", "– what a closing line."):
        found = facts(
            _CAST,
            f"u/harbourgull: Saw the first two episodes in Leeds. Vale is superb. “I’ve mended "
            f"every net in this town and I’ll not mend yours” {tail}",
            date="2026-02-03",
            title="Saltwick episode one discussion thread",
        )
        assert not _quote(found.quotes, "I’ve mended every net").served, tail


def test_the_works_own_wording_against_a_misquote_is_the_works() -> None:
    for work in ("the film has it as", "the script gives the line as"):
        found = facts(
            _CAST,
            "Everyone is quoting the harbour scene. (Most people get it slightly wrong; "
            f"{work} “Nobody sails on a Sunday, pet.”)",
            date="2026-02-03",
            title="Saltwick: the best reactions",
        )
        assert not _quote(found.quotes, "Nobody sails").served, work


def test_a_line_that_got_a_laugh_at_a_panel_stays_the_speakers() -> None:
    found = facts(
        _CAST,
        "“I only took the part for the boat,” Ada Vale said at the panel on Sunday. “The boat "
        "was the real star.” – that line got the biggest laugh of the panel.",
        date="2026-02-03",
        title="Saltwick panel: what we learned",
    )
    quote = _quote(found.quotes, "I only took")
    assert quote.served
    assert quote.speaker == "Ada Vale"
