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
BEGAN = "(?:{})(?:began|started)".format(
    "|".join(
        rf"(?<={lead}[ ]{kind}[ ])|(?<={lead}[ ]{kind},[ ]which[ ])"
        for kind in ("series", "show", "drama", "comedy")
        for lead in _LEADS
    )
)
"""A run told begun ("The six-part series, which began on Kelpa on Sunday 25 October")."""
WILL_BEGIN = "(?:{})(?:begin|start)(?=[ ]on(?:[ ]{},?)?$)".format(
    "|".join(
        rf"(?<={lead}[ ]{kind}[ ]will[ ])|(?<={lead}[ ]{kind}[ ]will[ ]now[ ])"
        for kind in ("series", "show", "drama", "comedy", "sitcom", "serial", "thriller")
        for lead in _LEADS
    ),
    WEEKDAY_NAME,
)
"""A run to begin on a day ("The six-part comedy will now begin on Tuesday 10 November"): read
on the words before the date, so the day must follow."""
