"""A speech a source's that-clause relays: "One guest said that Vale gave a toast, thanking ...".

A source tells of someone else speaking ("A crew member let slip that showrunner Ada Vale
delivered a brief address, thanking the team ‘...’", "One guest said that Vale raised a toast,
thanking ..."): the source relays a speech, and its words are the speech-giver's. One told or
urged by others ("that Vale was told ‘...’") is not the one who speaks.
"""

from __future__ import annotations

from bot.extract.lexicon import SPEECH_VERBS
from bot.extract.names import NAME
from bot.extract.subjects import ROLES_BEFORE
from bot.lazy_patterns import lazy_pattern

_RELAYED = lazy_pattern(
    rf"\b{SPEECH_VERBS}[ ]that[ ]{ROLES_BEFORE}(?P<who>{NAME})[ ](?P<act>(?:[a-z]+,?[ ]){{1,8}})$"
)
"""A source's that-clause naming someone, then only lowercase words up to the quotation."""
_SPEECH_ACT = lazy_pattern(
    r"\b(?<!\bwas[ ])(?<!\bwere[ ])(?<!\bis[ ])(?<!\bare[ ])(?<!\bbe[ ])(?<!\bbeen[ ])"
    r"(?<!\bbeing[ ])(?<!\bget[ ])(?<!\bgot[ ])(?<!\bgets[ ])"
    r"(?:speech|toast|address|thank(?:ed|ing|s)|told|telling|urg(?:ed|ing)|joked|joking)\b"
)
"""What the that-clause's person did that speaks: "gave a speech", "made a toast, thanking";
never a passive ("was told", "had been urged"), where others speak to the person."""


def relayed_sayers(chunk: str) -> list[tuple[int, str]]:
    """The one a source's that-clause tells of speaking, as a clause subject (offset and words),
    if ``chunk`` ends that way."""
    match = _RELAYED.search(chunk) if " that " in chunk else None
    if match is None or _SPEECH_ACT.search(match["act"]) is None:
        return []
    return [(match.start("who"), match["who"])]
