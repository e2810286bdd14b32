"""A sayer brought on by what the sentence tells: "..., prompting one fan to write:".

A sentence about someone ("X's name is missing from the credits, prompting a reader
to ask:", "The post went viral, leading a viewer to ask:") introduces the quotation with a
causative verb whose object says it. The one prompted is the quote's speaker, never the
sentence's subject, who is only the cause. (A source's relayed speech is relayed_sayers'.)
"""

from __future__ import annotations

import re

from bot.extract.names import NAME
from bot.extract.recalled_sayers import recalled_sayers
from bot.extract.relayed_sayers import relayed_sayers
from bot.extract.subjects import ACCOUNT, UNNAMED
from bot.lazy_patterns import lazy_pattern

_CAUSED = lazy_pattern(
    r"\b(?:prompting|prompted|leading|led|causing|caused|inspiring|inspired|moving|moved|"
    r"spurring|spurred|driving|drove)[ ]"
    rf"(?P<who>{ACCOUNT}|{UNNAMED}|{NAME})[ ]to[ ](?:write|say|post|tweet|ask|comment|quip|"
    r"joke|reply|declare|exclaim|plead|wonder|add)\b[^.;!?“”\"]{0,40}$"
)


def caused_sayers(chunk: str) -> list[tuple[int, str]]:
    """The one a causative verb prompts to say what follows, as a clause subject (offset and
    words), if ``chunk`` ends that way."""
    match = _CAUSED.search(chunk) if " to " in chunk else None
    return [] if match is None else [(match.start("who"), match["who"])]


def brought_on_sayers(chunk: str) -> list[tuple[int, str]]:
    """The one ``chunk`` ends by bringing on to speak: prompted by a causative verb, told of
    speaking in a source's that-clause, or remembered speaking."""
    return caused_sayers(chunk) or relayed_sayers(chunk) or recalled_sayers(chunk)


def after_brought_on(pre: str, found: list[re.Match[str]]) -> list[re.Match[str]]:
    """The attributions in ``found`` not before the one brought on to speak at the end of
    ``pre``: "Vale posted the teaser, prompting one fan to write:" is the fan's, and "The insider
    said that Vale gave a toast, thanking ..." is Vale's."""
    caused = brought_on_sayers(pre)
    return found if not caused else [m for m in found if m.start() >= caused[0][0]]
