"""Credits for some of a series' episodes: "X directed the remaining six", "X wrote five of its
eight episodes; she also directed the first two", "X takes over as showrunner and is writing
four of the six episodes", "X is back as showrunner and wrote three of the eight eps", "X, who
also directed the first two episodes of the new season,", "A directing the first three and B the
last three".

The sentence's opening name is the subject; a later "she"/"he"/"they" after a semicolon is that
subject only when no other name comes between. A count followed by anything but the end of the
clause ("directed the first two films in the franchise") is no credit here.
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.crewwords import CREW_WORDS
from bot.extract.lexicon import COUNT_WORD, STOP_TOKENS
from bot.extract.names import NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_COUNT = COUNT_WORD
_EPISODES = (
    rf"(?:the[ ])?(?:first|last|final|remaining|other|opening|closing)[ ]{_COUNT}"
    rf"(?:[ ]episodes)?(?=[.;,]|$)"
    rf"|(?:the[ ])?(?:first|last|final|opening|closing)[ ]{_COUNT}[ ]episodes[ ]of[ ]"
    r"(?:the|this|its)[ ](?:(?:new|latest|upcoming|second|third|fourth|final)[ ])?"
    r"(?:season|series|show)(?=[.;,]|$)"
    rf"|{_COUNT}[ ]of[ ](?:the|its|their|the[ ]show[’']s|the[ ]series[’'])[ ]"
    rf"(?:{_COUNT}[ ])?(?:episodes|eps)\b"
)
_VERBS = (
    r"directed|co-directed|wrote|co-wrote|penned|is[ ]writing|is[ ]directing|"
    r"will[ ]write|will[ ]direct|writes|directs"
)
_VERB = rf"(?P<verb>{_VERBS})"
_SUBJECT = lazy_pattern(
    rf"^(?P<name>{NAME})[ ](?:(?:created|co-created)[ ]the[ ](?:series|show)[ ]and[ ]"
    r"|(?:(?:takes|took|is[ ]taking)[ ]over|(?:is|was)[ ](?:back|returning)|returns|returned)"
    r"[ ]as[ ](?:the[ ])?[a-z-]+[ ]and[ ])?"
    rf"(?:also[ ])?{_VERB}[ ](?:{_EPISODES})"
)
_JOINED = lazy_pattern(rf"(?<=,[ ]and[ ])(?P<name>{NAME})[ ](?:also[ ])?{_VERB}[ ](?:{_EPISODES})")
"""A second clause's own subject: "Filming took place in Leeds, and X directed the first four"."""
_WHO = lazy_pattern(rf"(?P<name>{NAME}),[ ]who[ ](?:also[ ])?{_VERB}[ ](?:{_EPISODES})")
"""A relative clause after the name: "X, who also directed the first two episodes,"."""
_LATER = lazy_pattern(rf";[ ](?:she|he|they)[ ](?:also[ ])?{_VERB}[ ](?:{_EPISODES})")
_SPLIT = lazy_pattern(
    rf"(?P<first>{NAME})[ ](?P<verb>directing|writing|{_VERBS})[ ]the[ ](?:first|opening)"
    rf"[ ]{_COUNT}(?:[ ]episodes)?[ ]and[ ](?P<second>{NAME})[ ]the[ ](?:(?:last|final|remaining|"
    rf"other|closing)[ ]{_COUNT}(?:[ ]episodes)?|rest|remainder|others)(?=[.;,]|$)"
)
"""Episodes shared with the verb left out the second time: "with A directing the first three and
B the last three", "A directs the first four episodes and B the rest" (both direct)."""
_OPENING = lazy_pattern(rf"^(?P<name>{NAME})[ ](?:also[ ])?[a-z]")
_PLACES = (" first ", " last ", " remaining ", " final ", " other ")
_CAPITAL = lazy_pattern(r"(?<![\w’'-])[A-Z]")


def episode_credits(chunk: str) -> Iterator[tuple[str, CrewRole]]:
    """(name, role) for each episode credit of the sentence's opening name."""
    if "episodes" not in chunk and " eps" not in chunk and not any(w in chunk for w in _PLACES):
        return
    for split in _SPLIT.finditer(chunk):
        yield from ((split[name], CREW_WORDS[split["verb"]]) for name in ("first", "second"))
    if ", who " in chunk:
        for match in _WHO.finditer(chunk):
            words = match["name"].split()
            while words and words[0] in STOP_TOKENS:
                words.pop(0)  # "Showrunner X, who ...": X
            if words and not STOP_TOKENS.intersection(words):
                yield " ".join(words), CREW_WORDS[match["verb"]]
    for joined in _JOINED.finditer(chunk) if ", and " in chunk else ():
        if not STOP_TOKENS.intersection(joined["name"].split()):
            yield joined["name"], CREW_WORDS[joined["verb"]]
    subject = _SUBJECT.match(chunk)
    if subject is not None:
        name = subject["name"]
        yield name, CREW_WORDS[subject["verb"]]
    else:
        opening = _OPENING.match(chunk)
        name = opening["name"] if opening is not None else None
    if name is not None and STOP_TOKENS.intersection(name.split()):
        return
    if name is None or ";" not in chunk:
        return
    for later in _LATER.finditer(chunk):
        if not _CAPITAL.search(chunk, len(name), later.start()):
            yield name, CREW_WORDS[later["verb"]]
