"""Words someone "can be heard shouting" in a clip, or "was heard joking that she was “...”",
theirs, whoever posted the clip or reported hearing them.

"Ada Vale shared a clip from the wrap party; Tom Reed, who plays Dace, can be heard
shouting “again!” off camera." is Reed's, not Vale's: the sentence names who is heard. One
heard "as" or "playing" a part ("Reed, as Dace, could be heard shouting") speaks a line of the
work, no quote of his own. So too one recalled saying it: "Ó Neill recalls Vale telling the
crew, ‘...’" is Vale's, not the one who recalls it.
"""

from __future__ import annotations

from bot.extract.names import NAME
from bot.extract.speakers import Resolver, Speaker
from bot.facts import SourceKind
from bot.lazy_patterns import lazy_pattern

_HEARD = lazy_pattern(
    r"(?P<name>(?:[A-Z][\w’'-]*[ ]){0,2}[A-Z][\w’'-]*)"
    r"(?:,[ ](?!(?:as|playing)[ ])[^,“”]{1,60},)?[ ]"
    r"(?:(?:can|could)[ ]be[ ]heard[ ](?:shouting|yelling|saying|calling(?:[ ]out)?|singing)"
    r"|(?:was|were)[ ](?:over)?heard[ ]"
    r"(?:joking|laughing|saying|quipping|boasting|complaining|telling[ ][a-z]+)"
    r"(?:[ ]that(?:[ ](?:she|he|they)(?:[ ][a-z’']+){1,3})?)?)"
    r"[ ]*[,:]?[ ]*[“\"‘']?$"
)

_MEMORY = r"\b(?:recalls|recalled|remembers|remembered|recalling|remembering)[ ]"
_SPEECH = (
    r"(?:once[ ])?(?:telling|saying|asking|shouting|yelling|warning|urging)"
    r"(?:[ ](?:the|a|an|his|her|their|us|me|him|them)(?:[ ][a-z][\w’'-]*){0,3})?"
)
_RECALLED = lazy_pattern(
    rf"{_MEMORY}(?:(?:the|her|his|their|our|my)[ ](?:[a-z][\w’'-]*,?[ ]){{0,5}}[a-z][\w’'-]*[ ])?"
    rf"(?P<name>{NAME}),?[ ]{_SPEECH}[,:]?[ ]*[“\"‘']?$"
)
"""Someone recalled saying the words: "recalls Vale telling the crew, ‘", perhaps told first by
a description in lower case ("remembers her first agent, the formidable Vale telling her, ‘"):
the one remembered speaks, never the one who remembers. A description closed by a comma before
the name ("recalls the morning, Vale, telling her") is left to :mod:`.recalled_sayers`, which
takes it only after a role or kin."""

_RECALLED_UNNAMED = lazy_pattern(
    rf"{_MEMORY}(?:the|her|his|their|our|my)[ ](?:[a-z][\w’'-]*,?[ ]){{1,5}}?{_SPEECH}[,:][ ]*$"
)
"""Someone remembered only as who they were ("remembers her grandmother telling her, ‘"): the
words are theirs, and no one the article can name."""


def recalled_unnamed(pre: str) -> bool:
    """``pre`` ends on words an unnamed someone is remembered saying (see above)."""
    return ("rec" in pre or "rem" in pre) and _RECALLED_UNNAMED.search(pre) is not None


def heard_sayer(resolver: Resolver, pre: str, offset: int) -> Speaker | None:
    """The person named as heard saying the quote that follows ``pre``."""
    found = _HEARD.search(pre) or (_RECALLED.search(pre) if "rec" in pre or "rem" in pre else None)
    if found is None:
        return None
    speaker = resolver.who(found["name"], offset + found.start("name"), "")
    return speaker if speaker is not None and speaker.source is SourceKind.PERSON else None
