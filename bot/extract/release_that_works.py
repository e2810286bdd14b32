"""A clause whose subject points back to another work named just before it: "... for the
BBC’s adaptation of The Tarn Sisters, in which she plays Morwen Ashby; that series is
expected on BBC One next year". "That series" (not "the series") is the work the sentence named,
so a sentence that names a work not known as ours, and never ours, dates that work in the
clause; its times are not the production's."""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.lexicon import GENRE_NOUNS
from bot.extract.names import WORK_TITLE
from bot.lazy_patterns import lazy_pattern

_THAT_WORK = lazy_pattern(
    r"(?:[;:]|,[ ](?:and|but|while))[ ][Tt]hat[ ](?:series|film|movie|show|drama|serial|"
    r"adaptation|production|project|feature|thriller|comedy)\b"
)
"""A clause opened by "that" and a work's noun, after a semicolon or a joining word."""
_TITLE = lazy_pattern(WORK_TITLE)
_AS_WORK = lazy_pattern(rf"(?:\b(?:of|in|for|on|from|{GENRE_NOUNS})[ ]|[“\"‘'])$")
"""Right before a title told as a work ("adaptation of ", "starred in ", "the drama "): a
sentence's subject ("Ada Vell and Tom Reese lead the cast; that series ...") is a person."""


def points_back_to_another(chunk: str, context: Context) -> bool:
    """The sentence names works before a clause on "that series" and none of them is ours."""
    if "hat " not in chunk:
        return False
    clause = _THAT_WORK.search(chunk)
    if clause is None:
        return False
    titles = list(_TITLE.finditer(chunk, 0, clause.start()))
    names = [m.group() for m in titles]
    named = [  # a title of words told as a work, not a lone name nor a person
        m for m in titles if " " in m.group() and _AS_WORK.search(chunk, 0, m.start()) is not None
    ]
    return bool(named) and not any(context.is_ours(name) for name in names)
