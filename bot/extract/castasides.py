"""Castings told in an aside after the actor's name, for :mod:`bot.extract.cast`.

"Ada Pell, the film’s Juno, waved" and "Ada Pell, aka our Juno, posted": the part is a name
closed by a comma (or the sentence's end), so "Ada Pell, the film’s director, said" and "Ada
Pell, aka our queen, posted" name no part.
"""

from __future__ import annotations

import re

from bot.extract.castforms import CHAR, Casting
from bot.extract.names import FULL_NAME, clean_character

_ASIDE = re.compile(
    rf"(?P<actor>{FULL_NAME}),[ ](?:the[ ](?:film|movie|show|series|sequel)[’']s?"
    r"|(?:aka|a\.k\.a\.)[ ](?:our|your|everyone’s|everyone's)(?:[ ](?:own|very[ ]own|beloved))?)"
    rf"[ ](?:new[ ])?(?P<char>{CHAR})(?=,|[.!]?$)"
)
_HINT = ("film’s ", "film's ", "show’s ", "show's ", "series’ ", "series' ", "movie’s ",
         "movie's ", "sequel’s ", "sequel's ", "aka ", "a.k.a. ")  # fmt: skip


def aside_castings(chunk: str, evidence: str, offset: int) -> list[Casting]:
    """ "X, the film’s Y," and "X, aka our Y,": X plays Y."""
    if not any(word in chunk for word in _HINT):
        return []
    found: list[Casting] = []
    for match in _ASIDE.finditer(chunk):
        if clean_character(match["char"]) != match["char"]:
            continue  # "aka our Prime Minister": a title, not a part
        start, end = offset + match.start(), offset + match.end()
        found.append(Casting(match["actor"], match["char"], evidence, start, end=end))
    return found
