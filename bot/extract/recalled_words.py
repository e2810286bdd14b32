"""Words the sayer remembers another saying (the named one before a comma or colon is read by
:mod:`bot.extract.recalled_sayers`): "Vale recalls her saying the film should look “...”"
are hers (the one recalled), never the words of Vale, who tells of them. The one recalled is
often a pronoun or a first name, so the words are left to no one (:func:`recalls_another`)."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_RECALLS = lazy_pattern(
    r"\b(?:recalls|recalled|recalling|remembers|remembered|remembering|recounts|recounted"
    r"|recounting)[ ]"
    r"(?P<who>him|her|them|[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?)[ ]"
    r"(?:saying|telling|asking|calling|describing|insisting|promising|warning)\b"
    r"[^.;:!?“”\"]{0,120}$"
)
"""A memory of another's words running up to the quote: "recalls her saying the film should
look ", "remembered Ada Vale telling the cast to ", "recounts him telling her she was "."""


_QUOTES_AS = lazy_pattern(
    r"\b(?:quotes|quoted|quoting)[ ](?:him|her|them|[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?)[ ]as[ ]"
    r"(?:saying|telling|asking|calling|describing|insisting|promising|warning)\b"
    r"[^.;:!?“”\"‘’]{0,120}[,:]?[ ]*$"
)
"""Another's words the sayer passes on: "He quotes her as telling the cast, ", "quoted Ada Vale
as saying " (the other's, never the quoter's, even before a comma)."""


def recalls_another(pre: str) -> bool:
    """Whether ``pre`` ends on another's words the sayer recalls ("recalls her saying it was ")
    or quotes ("quotes her as telling the cast, ")."""
    if "quot" in pre and _QUOTES_AS.search(pre) is not None:
        return True
    remembered = "recall" in pre or "remember" in pre or "recount" in pre
    if not remembered:
        return False
    if pre.rstrip().endswith((",", ":")):
        # "recalls Ada Vale telling her, ‘...’": Vale's (:mod:`recalled_sayers`); "recalls her
        # telling him on the first day: ‘...’": hers, whoever she is, never the one recalling
        recalled = _RECALLS.search(pre.rstrip().removesuffix(",").removesuffix(":"))
        return recalled is not None and recalled["who"] in _PRONOUNS
    return _RECALLS.search(pre) is not None


_PRONOUNS = frozenset({"him", "her", "them"})
