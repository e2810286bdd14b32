"""A TV work's run told begun, or to begin, by its kind as the subject.

"The six-part series, which began on Kelpa on Sunday 25 October" and "The six-part comedy will
now begin on Tuesday 10 November" tell the run's first day: the work is the subject, named by its
kind after "the", "this" or a count of parts. Another's run ("a radio series, which began"), a
campaign's or a tour's ("The fan campaign began on TikTok on 3 May"), or a season's, which may be
an earlier one, is not; nor a start with no day after it ("the series will begin on a wedding").
"""

from __future__ import annotations

from bot.extract.lexicon import WEEKDAY_NAME

_LEADS = ("The", "the", "This", "this", "-part")


def _after_work(kinds: tuple[str, ...], tails: tuple[str, ...]) -> str:
    """Lookbehinds for each lead, kind and tail ("the series, which "), one per alternative:
    Python's lookbehinds must be of fixed width.

    The two verbs' kind lists differ: "began" was written for four kinds, "will begin" later for
    seven; giving "began" all seven would read runs it does not read now (a sitcom's, a
    thriller's), a change of output to weigh on its own."""
    return "|".join(
        rf"(?<={lead}[ ]{kind}{tail})" for kind in kinds for lead in _LEADS for tail in tails
    )


BEGAN = "(?:{})(?:began|started)".format(
    _after_work(("series", "show", "drama", "comedy"), ("[ ]", ",[ ]which[ ]"))
)
"""A run told begun ("The six-part series, which began on Kelpa on Sunday 25 October")."""
WILL_BEGIN = "(?:{})(?:begin|start)(?=[ ]on(?:[ ]{},?)?$)".format(
    _after_work(
        ("series", "show", "drama", "comedy", "sitcom", "serial", "thriller"),
        ("[ ]will[ ]", "[ ]will[ ]now[ ]"),
    ),
    WEEKDAY_NAME,
)
"""A run to begin on a day ("The six-part comedy will now begin on Tuesday 10 November"): read
on the words before the date, so the day must follow."""
