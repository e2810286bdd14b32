"""The items of a newsletter headed by bare lines in capitals that tell other works' news, for
:mod:`.context`.

Not every newsletter numbers its items: some head each one with a line of its own in capitals
("LUMEN GETS ITS NAME", "TIN LANE RIDES AGAIN", "A QUIET WEEK"; invented). When one heading names
the article's own work, an item that names none of ours anywhere and whose first paragraph sets
its heading's name as a work ("Sky has renewed its seaside thriller Tin Lane", "... season six of
Tin Lane ...") is another work's: what it casts, credits or dates is that work's. A heading that
names no work ("A QUIET WEEK") leaves its item as it is read otherwise.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.extract.page_also_lines import names_any
from bot.extract.page_entries import MIN_ENTRIES, entries, entry_starts, entry_text
from bot.extract.page_item_ours import any_case
from bot.extract.page_others import other_run, sets_as_work
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_CAPITALS = lazy_pattern(r"[ ]*(?P<heading>[A-Z][A-Z0-9 &’'!?,-]{2,60}?)[ ]*$")
"""A heading line in capitals, no label's colon, no number: "TIN LANE RIDES AGAIN"."""
_HEADING_WORDS = 8


def capital_items(doc: Doc, names_ours: Callable[[str], bool]) -> set[int]:
    """Start offsets of the sentences in a capitals-headed item about another work (see above)."""
    items = entries(doc, _CAPITALS, _HEADING_WORDS)
    if len(items) < MIN_ENTRIES:
        return set()
    names_ours = any_case(names_ours)  # "LUMEN GETS ITS NAME" names Lumen
    texts = [entry_text(doc, item) for item in items]
    if not any(names_any(text.partition("\n")[0], names_ours) for text in texts):
        return set()  # no heading names ours: which item is the article's is not told
    found: set[int] = set()
    for item, text in zip(items, texts, strict=True):
        heading, _, body = text.partition("\n")
        first = body.split("\n", 1)[0]
        numbered = f"1. {heading}"  # read as a numbered item's heading is
        if names_any(text, names_ours):
            continue
        if other_run(numbered, first) or sets_as_work(numbered, first):
            found |= entry_starts(doc, item)
    return found
