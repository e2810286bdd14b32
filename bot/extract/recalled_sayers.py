"""A speech someone remembers another giving: "Vale recalled Reed telling the cast, ‘...’".

A memory verb whose object then speaks in a participle ("Ada Vale remembers Tom Reed saying to
her at the read-through: ‘Keep it small.’", "Vale recalled Reed telling the young cast on her
first day, ‘Nobody here bites.’") introduces the object's words: the one remembered speaks,
never the one remembering. One remembered being spoken to ("recalled Reed being told") is not
the speaker, so the participle must be a speech act of the object's own.
"""

from __future__ import annotations

from bot.extract.lexicon import RELATION, ROLE_NOUN
from bot.extract.names import NAME
from bot.lazy_patterns import lazy_pattern

_RECALLED = lazy_pattern(
    r"\b(?:recalled|recalls|recalling|remembered|remembers|remembering|described|describes|"
    rf"imitated|imitates|mimicked|mimics)[ ](?P<role>(?:the|her|his|their|our)[ ]"
    rf"(?:[a-z-]+[ ]){{0,2}}?(?:{RELATION}|{ROLE_NOUN})s?,[ ])?(?P<who>{NAME})(?(role),)[ ]"
    r"(?:telling|saying|asking|"
    r"shouting|warning|announcing|whispering|yelling)\b(?:(?!,?[ ](?:and|but|then)[ ])"
    r"[^.;!?“”\"‘’]){0,80}[,:][ ]*$"
)
"""A memory verb, the named one remembered (perhaps set after their role or kin: "the director,
Tom Reed,", "her old teacher, Tom Reed,"; not after a time or a place, "the day, Tom Reed,"), a
speech participle, then the words up to the quotation's comma or colon. No "and", "but" or
"then" on the way: "recalled Reed telling her to slow down, and laughs: ‘...’" turns back to the
one remembering, who speaks the words."""


_QUOTED_WHO = lazy_pattern(
    r"\b(?:quotes|quoted|quoting|cites|cited|citing|echoes|echoed|echoing|recalls|recalled|"
    rf"recalling|remembers|remembered|remembering)[ ](?P<who>{NAME}),[ ]who[ ]"
    r"(?:(?:once|had|has|then)[ ])?(?:told|tells|said|says|warned|warns|asked|asks)\b"
    r"(?:(?!,?[ ](?:and|but|then)[ ])[^.;!?“”\"‘’]){0,80}:[ ]*$"
)
"""One quoted or remembered, whose own speech a relative clause tells up to the colon: "Ada Vale
agrees, and quotes Tom Reed, who told the cast on day one:" introduces Reed's words."""


def recalled_sayers(chunk: str) -> list[tuple[int, str]]:
    """The one ``chunk`` ends by remembering or quoting speak, as a clause subject (offset and
    words)."""
    match = _RECALLED.search(chunk) if "ing" in chunk else None
    if match is None and ", who " in chunk:
        match = _QUOTED_WHO.search(chunk)
    return [] if match is None else [(match.start("who"), match["who"])]
