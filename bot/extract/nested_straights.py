"""A quotation in straight marks that quotes a line of its own in straight marks too.

A fan's post written with straight marks only ("The line "see you at the pier, Jo" is going on
a mug") pairs its marks the wrong way: the first mark with the inner line's opening one, the
inner line's closing one with the last. The signs are where the spaces sit: a mark that closes a
quotation follows its words, one that opens it comes before them. When the first pair's
"closing" mark stands after a space and before a word, and the next pair's "opening" mark stands
after a word and before a space or a stop, the two pairs are one quotation with a line inside
it ("The line "see you at the pier, Jo" is going on a mug"), never two quotes and the bare
line between them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.extract.text import Quote

_INNER_REACH = 120
"""The longest inner line that can join two pairs into one quotation."""


def _opens_inner(text: str, quote: Quote) -> bool:
    """The pair's closing mark reads as an opening one: a space before it, a word after."""
    mark = quote.end
    return (
        quote.closed
        and quote.straight
        and text[mark - 1 : mark] == " "
        and text[mark + 1 : mark + 2].isalnum()
    )


def _closes_inner(text: str, quote: Quote) -> bool:
    """The pair's opening mark reads as a closing one: a word or a stop before it, then a space
    or a stop after it."""
    mark = quote.start - 1
    return (
        quote.straight
        and text[mark - 1 : mark].isalnum() | (text[mark - 1 : mark] in {".", ",", "!", "?"})
        and text[mark + 1 : mark + 2] in {" ", ".", ",", "!", "?", ";", ":"}
    )


def joined(text: str, doubles: list[Quote]) -> list[Quote]:
    """``doubles`` (one paragraph's, in order) with each pair that holds an inner line in
    straight marks joined with the next into the one quotation they are."""
    found: list[Quote] = []
    index = 0
    while index < len(doubles):
        quote = doubles[index]
        after = doubles[index + 1] if index + 1 < len(doubles) else None
        if (
            after is not None
            and _opens_inner(text, quote)
            and _closes_inner(text, after)
            and after.start - quote.end <= _INNER_REACH
        ):
            found.append(replace(quote, end=after.end, closed=after.closed))
            index += 2
            continue
        found.append(quote)
        index += 1
    return found
