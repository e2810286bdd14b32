"""A season or cast told by a pronoun just after a sentence that glosses another work by its kind.

Foreign editions and round-ups gloss a local show in passing and go on about it by "its" alone:
"... the return of Tavy Reach, the Welsh teen series critics call our answer to it. Its second
season premieres on 10 April, with Ada Vale as Mira." The season, its date and its cast are that
show's, never the article's own work (shared by cast and release, which both skip the sentence).
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.lexicon import GENRE_NOUNS
from bot.extract.names import NAME
from bot.lazy_patterns import lazy_pattern

_GLOSSED = lazy_pattern(
    rf"(?<!\bnew[ ])(?<!\blike[ ])(?P<work>{NAME})[”\"’']?,[ ](?:the|a|an)[ ]"
    r"(?:(?!(?:the|a|an|where|which|that|who|whose|behind|of|in|on|for|with|from|by|at|to)\b)"
    rf"[\w’'+-]+[ ]){{0,4}}?{GENRE_NOUNS}\b"
)
"""A work glossed by its kind after its name, the kind heading the gloss: "Tavy Reach, the Welsh
teen series"; not a channel or a place whose gloss names a kind further on ("Kelpa, the channel
behind the drama", "Skye, the island where the series is set"), nor a work the sentence likens
ours to ("the new Broadchurch, the ITV crime drama")."""
_ITS_RUN = lazy_pattern(r"[ “\"]*(?:Its|Their)[ ](?:[a-z]+[ ]){0,2}(?:season|series|run|cast)\b")
"""A season, run or cast owned by a pronoun as the sentence's subject: "Its second season"."""
_CAPITAL = lazy_pattern(r"[A-Z][\w’'-]+")


def its_glossed_work(previous: str, chunk: str, context: Context) -> bool:
    """``chunk`` opens on "Its/Their <season, run or cast>" right after ``previous`` glossed a
    work not known as ours (nor the headline's) by its kind, and names nothing of ours itself."""
    return (
        _ITS_RUN.match(chunk) is not None
        and any(not context.is_known(m["work"]) for m in _GLOSSED.finditer(previous))
        and not any(context.is_ours(word) for word in _CAPITAL.findall(chunk))
    )
