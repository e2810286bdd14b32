"""A sentence whose subject is a work the article glossed as a work of its own kind elsewhere
("In Cold Harbour, a six-part BBC One thriller starting on 15 February, she leads ..." and then
"Cold Harbour begins on BBC One on 15 February."), where the article's own production is known
and the name shares no word with it or the headline: the date is that other work's. A profile
dates its subject's other job this way, often in its last line.
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.lexicon import GENRE_NOUNS
from bot.extract.names import WORK_TITLE
from bot.extract.release_subjects import names_ours
from bot.extract.text import Doc

_SUBJECT = lazy_pattern(
    r"[ “\"‘]*(?P<name>[A-Z][\w’'-]*(?:[ ](?:of[ ]|the[ ])?[A-Z0-9][\w’'-]*){0,4})"
    r"[ ](?:is[ ]|will[ ]|has[ ])?[a-z]"
)
"""The capitalised name opening the sentence, then its (lower-case) verb."""
_GLOSSED = lazy_pattern(
    rf"(?P<work>{WORK_TITLE}),[ ](?:an?|the)[ ]"
    r"(?:(?!(?:behind|of|for|from|that|which|who|about|with|by|in|on|at)[ ])[\w’'+-]+[ ]){0,4}?"
    rf"{GENRE_NOUNS}\b"
)
"""A work named, then glossed by its kind: "Cold Harbour, a six-part BBC One thriller"; not
"Streamly, the streamer behind the drama"."""


def glossed_other_subject(doc: Doc, chunk: str, context: Context) -> bool:
    """The sentence opens with a name the article glosses elsewhere as a work ("X, a ...
    thriller"), while the article's own production is known and the name is neither it nor in
    the headline, and the sentence names nothing of ours."""
    if not context.ours:
        return False
    subject = _SUBJECT.match(chunk)
    if subject is None or context.is_known(subject["name"]) or names_ours(chunk, context):
        return False
    name = subject["name"]
    return any(
        work == name or work.endswith(" " + name)
        for work in (match["work"] for match in _GLOSSED.finditer(doc.text))
    )
