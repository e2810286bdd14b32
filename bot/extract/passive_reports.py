"""Words the passive gives to its agent: "Lark, a shy botanist, is described by the studio as
“...”" are the studio's, never the described person's (nor an unnamed "botanist" source); so
are words whose agent follows them ("the script was declared “...” by two studios").

When the agent after "by" is someone the extractor can name, the words are theirs; otherwise
the quote is kept unattributed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.extract.dates import HOLIDAYS
from bot.extract.lexicon import MONTHS, WEEKDAY_PATTERN
from bot.extract.organisations import looks_like_company
from bot.extract.speakers import Resolver
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_PASSIVE = (
    r"(?:described|called|dubbed|labelled|labeled|branded|hailed|billed|touted|pitched|"
    r"characterised|characterized|summed[ ]up|introduced|teased|praised|remembered|dismissed|"
    r"rubbished|rejected)"
)
_BY_AS = lazy_pattern(
    rf"\b(?:is|are|was|were|been|being|be)[ ](?:[a-z]+ly[ ])?{_PASSIVE}"
    r"[ ]by[ ](?P<who>[^,;:.!?“”\"]{2,60}?)(?:,[ ](?P<named>[A-Z][^,;:.!?“”\"]{1,40}),)?"
    r"(?:[ ](?P<where>on|in|at|via|during|from)[ ](?P<place>[^,;:.!?“”\"]{1,40}?))?"
    r"[ ]as[ ]*[,:]?[ ]*[“\"‘']?$"
)
"""The agent may be described, then named in apposition: "by its writer, Ada Vale, as"; where
or when follows the agent, not part of it ("by Ada Vale on Tumblr as"), but for the company an
unnamed agent speaks for ("by a spokesperson at Tidewell as": a Tidewell spokesperson)."""
_OWNER = lazy_pattern(r"[A-Z][\w’'&-]*(?:[ ][A-Z][\w’'&-]*){0,3}")
_AGENTLESS = lazy_pattern(
    rf"(?:,|\b(?:is|are|was|were|been|being|be))[ ](?:[a-z]+ly[ ])?{_PASSIVE}"
    r"[ ]as[ ]*[,:]?[ ]*[“\"‘']?$"
)
"""A passive with no agent: "Ada Vale as Dev, described as “...”", "the part is billed as “...”":
the words describe the subject and are someone unnamed's, never the subject's own."""
_PASSIVE_BEFORE_WORDS = lazy_pattern(
    rf"\b(?:is|are|was|were|been|being|be)[ ](?:[a-z]+ly[ ])?(?:{_PASSIVE}|declared|deemed)"
    r"[ ]*[“\"‘']?$"
)
"""A passive right before the words ("was declared “"), its agent not yet given."""
_BY_AFTER_WORDS = lazy_pattern(
    r"[”\"’']?[ ]by[ ](?P<who>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){1,3}(?![\w’'-]))?"
)
"""The agent's "by" right after the words ("” by at least two studios"): with
:data:`_PASSIVE_BEFORE_WORDS`, the words are the agent's, not the sentence subject's."""
_ONE_NOUN = lazy_pattern(r"(?P<det>one|a|an|another)[ ](?P<noun>[a-z][\w-]*)")
"""An unnamed agent of one noun ("a spokesperson"), not a partitive ("one of the producers")."""
_WHEN = lazy_pattern(rf"(?:{WEEKDAY_PATTERN}|{'|'.join(HOLIDAYS)}|Easter|New[ ]Year)\b")
"""A day or holiday after "at", never a company: "a source at Christmas"."""
_ROLE_FIRST = lazy_pattern(r"^(?:[a-z][\w-]*[ ]){1,3}(?=[A-Z])")
_UNNAMED = ("one ", "a ", "an ", "another ")
_LOOK_BACK = 120
"""How far before the quote the passive clause can start."""


def _owned_agent(resolver: Resolver, raw: str, place: str) -> str | None:
    """ "a Tidewell spokesperson" for "a spokesperson at Tidewell", when the place is a company
    the article names or one by its form; a festival, city or holiday ("at Cannes", "at
    Christmas") is where or when, not who employs the agent."""
    agent = _ONE_NOUN.fullmatch(raw)
    if (
        agent is None
        or _OWNER.fullmatch(place) is None
        or _WHEN.match(place) is not None
        or place.lower() in MONTHS
    ):
        return None
    if resolver.orgs.find(place) is None and not looks_like_company(place):
        return None
    return f"{agent['det']} {place} {agent['noun']}"


def by_agent(doc: Doc, resolver: Resolver, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` credited to the passive's agent ("described by X as “...”"), or unattributed
    when the agent is nobody the extractor can name or the passive has none."""
    start = max(0, quote.start - _LOOK_BACK)
    pre = doc.masked[start : quote.start]
    if _AGENTLESS.search(pre) is not None:
        return replace(fact, speaker="", source=SourceKind.UNATTRIBUTED, attribution="")
    if (after := _agent_after(doc, quote, pre)) is not None:
        agent = resolver.who(after["who"], after.start("who"), "") if after["who"] else None
        if agent is None or agent.source is not SourceKind.PERSON or not agent.name:
            return replace(fact, speaker="", source=SourceKind.UNATTRIBUTED, attribution="")
        said = f"by {after['who']}"
        return replace(fact, speaker=agent.name, source=agent.source, attribution=said)
    if " by " not in pre:
        return fact
    match = _BY_AS.search(pre)
    if match is None:
        return fact
    named = match["named"] is not None and match["who"].startswith(
        ("its ", "the ", "her ", "his ", "their ")
    )
    raw = match["named"] if named else _ROLE_FIRST.sub("", match["who"])  # "by director Ada Vale"
    agent = None  # "by the producers": nobody the extractor can name for sure
    if match["where"] in ("at", "from") and (owned := _owned_agent(resolver, raw, match["place"])):
        raw = owned  # "a spokesperson at Tidewell": a Tidewell spokesperson
    if raw[:1].isupper() or raw.startswith(_UNNAMED):
        at = start + match.end("named" if named else "who") - len(raw)
        agent = resolver.who(raw, at, match.group().strip(" “\"‘'"))
    if agent is None or not agent.name:
        return replace(fact, speaker="", source=SourceKind.UNATTRIBUTED, attribution="")
    return replace(fact, speaker=agent.name, source=agent.source, attribution=agent.attribution)


def _agent_after(doc: Doc, quote: Quote, pre: str) -> re.Match[str] | None:
    """The "by ..." after ``quote`` when the passive before it names its agent only after the
    words: they are not the subject's, but the agent's, a person when a full name follows
    ("by Ada Vale"), else no one we can name ("by at least two studios")."""
    if _PASSIVE_BEFORE_WORDS.search(pre) is None:
        return None
    return _BY_AFTER_WORDS.match(doc.masked, quote.end)
