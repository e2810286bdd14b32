"""Reports of what might happen that a spokesperson will not speak to: no window, no date.

"The studio declined to comment on reports that the film could land before Christmas", "a
spokesperson would not be drawn on rumours that it might stream in May", "refused to confirm
suggestions that it may open in the spring": the reports only guess at a possibility, and the
one who could confirm it would not, so nothing is stated. A report of a plan ("declined to
comment on reports that it is targeting a spring release") is still a hedged window, and a time
told before the refusal ("It opens on 4 May; the studio declined to comment on reports of a
sequel") is not the reports' and is kept.
"""

from __future__ import annotations

import re

from bot.extract.dates import DATE_RE
from bot.extract.release_moments import YEAR
from bot.lazy_patterns import lazy_pattern

_UNCONFIRMED = lazy_pattern(
    r"\b(?:declined|refused|(?:would|could|did)(?:n['’]t|[ ]not))[ ](?:to[ ])?"
    r"(?:comment|be[ ]drawn|confirm|respond|address|speak)[ ](?:on|to|about)?[ ]?"
    r"(?:the[ ]|recent[ ]|widespread[ ])?(?:reports|rumou?rs|claims|speculation|suggestions|"
    r"stories|talk)[ ]that\b",
    re.IGNORECASE,
)
_POSSIBLY = lazy_pattern(r"[^.;]*?\b(?:could|might|may)[ ]")
"""The reports' claim told as a possibility: "that it could arrive", "that it might stream"."""


def from_unconfirmed_reports(evidence: str) -> bool:
    """The sentence's time comes only after a refusal to speak to reports that it might be so:
    not stated."""
    match = _UNCONFIRMED.search(evidence)
    if match is None or _POSSIBLY.match(evidence, match.end()) is None:
        return False
    head = evidence[: match.start()]
    return DATE_RE.search(head) is None and YEAR.search(head) is None
