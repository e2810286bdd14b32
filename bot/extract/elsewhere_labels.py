"""A sentence a label opens as news from elsewhere, for :func:`bot.extract.context.foreign_at`.

Live blogs, newsletters and podcast write-ups turn to other works under a label: "Elsewhere at
the festival: Harrow Mill, directed by A, screens tonight", "21:45 Quick hits from elsewhere:
...", "Elsewhere in the slate: ..." (invented); an awards page turns to its rivals: "Also in
contention: X, ...". What follows the label is another work's, its makers and dates with it,
unless it names a word of the page's own work ("Elsewhere: the Lumen film's trailer ..."),
which keeps the sentence as it is read otherwise.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.lazy_patterns import lazy_pattern

_ELSEWHERE_LABEL = lazy_pattern(
    r"(?:\d{1,2}[:.]\d{2}[ ])?(?:[A-Z][\w’'-]*[ ](?:[a-z][\w’'-]*[ ]){0,2})?(?:[Ff]rom[ ])?"
    r"[Ee]lsewhere(?:[ ](?:at|in|on)[ ](?:the[ ]|this[ ])?[\w’'-]+(?:[ ][\w’'-]+){0,2})?[ ]?:[ ]"
)
"""The label at a sentence's start, after a live blog's time if any: "Elsewhere: ",
"Elsewhere at the festival: ", "Elsewhere in Competition today: ", "Quick hits from elsewhere: "."""
_RIVALS_LABEL = lazy_pattern(
    r"(?:\d{1,2}[:.]\d{2}[ ])?Also[ ](?:in[ ](?:contention|the[ ](?:running|mix|race|frame))|"
    r"nominated|shortlisted|competing|tipped)(?:[ ]for[ ](?:[\w’'-]+[ ]?){1,4})?[ ]?:[ ]"
)
"""A contest page's label turning to the rivals: "Also in contention: ", "Also nominated for
Drama: ", "Also in the running: "."""
_CAPITAL = lazy_pattern(r"\b[A-Z][\w’'-]*")


def elsewhere_at(chunk: str, is_known: Callable[[str], bool]) -> int | None:
    """Where the news after an elsewhere label begins, if the sentence opens on one and names
    no word of the page's own work (nor of its headline) after it."""
    if "lsewhere" in chunk:
        label = _ELSEWHERE_LABEL.match(chunk)
    elif "Also " in chunk:
        label = _RIVALS_LABEL.match(chunk)  # "Also in contention: X, Sky's drama, ..."
    else:
        return None
    if label is None:
        return None
    rest = chunk[label.end() :]
    if any(is_known(word.split("’")[0].split("'")[0]) for word in _CAPITAL.findall(rest)):
        return None
    return label.end()
