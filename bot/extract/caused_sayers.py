"""A sayer brought on by what the sentence tells: "..., prompting one fan to write:".

A sentence about someone ("X's name is missing from the credits, prompting a reader
to ask:", "The post went viral, leading a viewer to ask:") introduces the quotation with a
causative verb whose object says it. The one prompted is the quote's speaker, never the
sentence's subject, who is only the cause.

So is one a source's that-clause tells of speaking ("The insider added that director Ada Vale
gave a short speech thanking the crew ‘...’", "One guest said that Vale gave a toast,
thanking ..."): the source relays a speech, and its words are the speech-giver's.
"""

from __future__ import annotations

import re

from bot.extract.lexicon import SPEECH_VERBS
from bot.extract.names import NAME
from bot.extract.subjects import ACCOUNT, ROLES_BEFORE, UNNAMED

_CAUSED = re.compile(
    r"\b(?:prompting|prompted|leading|led|causing|caused|inspiring|inspired|moving|moved|"
    r"spurring|spurred|driving|drove)[ ]"
    rf"(?P<who>{ACCOUNT}|{UNNAMED}|{NAME})[ ]to[ ](?:write|say|post|tweet|ask|comment|quip|"
    r"joke|reply|declare|exclaim|plead|wonder|add)\b[^.;!?“”\"]{0,40}$"
)
_RELAYED = re.compile(
    rf"\b{SPEECH_VERBS}[ ]that[ ]{ROLES_BEFORE}(?P<who>{NAME})[ ](?P<act>(?:[a-z]+,?[ ]){{1,8}})$"
)
"""A source's that-clause naming someone, then only lowercase words up to the quotation."""
_SPEECH_ACT = re.compile(
    r"\b(?:speech|toast|address|thank(?:ed|ing|s)|told|telling|urg(?:ed|ing)|joked|joking)\b"
)
"""What the that-clause's person did that speaks: "gave a speech", "made a toast, thanking"."""


def caused_sayers(chunk: str) -> list[tuple[int, str]]:
    """The one a causative verb prompts to say what follows, or a source's that-clause tells of
    speaking, as a clause subject (offset and words), if ``chunk`` ends that way."""
    match = _CAUSED.search(chunk) if " to " in chunk else None
    if match is None and " that " in chunk:
        match = _RELAYED.search(chunk)
        match = match if match is not None and _SPEECH_ACT.search(match["act"]) else None
    return [] if match is None else [(match.start("who"), match["who"])]


def after_caused(pre: str, found: list[re.Match[str]]) -> list[re.Match[str]]:
    """The attributions in ``found`` not before the one a causative verb prompts to speak at
    the end of ``pre``: "Vale posted the teaser, prompting one fan to write:" is the fan's."""
    caused = caused_sayers(pre)
    return found if not caused else [m for m in found if m.start() >= caused[0][0]]
