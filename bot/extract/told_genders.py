"""Who the article makes a man or a woman by what it reports them saying of themselves, or by
an aside of their own ("Reed, for his part, ...").

"Ada Vale says she cast him in a day" or "Reed admits he cried", opening a sentence, tells the
sayer's sex: the pronoun opening the reported clause is the sayer's own (not so when the
sentence holds the other pronoun too, nor for the profile's own subject, whose "she" is often
someone the subject speaks of, nor after another person named earlier in a paragraph not yet
about the sayer: in "Ada Vale plays the lead. Tom Reed says she was the only choice" the "she"
is Vale). A "he describes" whose pronoun found Vale is then not hers (see
:mod:`bot.extract.gendered_subjects`), as with a kin part (:mod:`bot.extract.kin_genders`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.extract.names import NAME, NAME_RE
from bot.extract.people import People, clean_name
from bot.lazy_patterns import lazy_pattern

_REPORTING = (
    r"says|said|admits|admitted|insists|insisted|recalls|recalled|explains|explained|thinks"
    r"|thought|reckons|jokes|joked|concedes|conceded|confesses|confessed"
)
_SAYS_SELF = lazy_pattern(
    rf"(?:^|(?<=[.!?][ ])|(?<=\n))(?P<name>{NAME})[ ](?:{_REPORTING})[ ](?:that[ ])?"
    r"(?P<pronoun>she|he)[ ](?:[a-z]+ly[ ])?[a-z’']+(?P<rest>[^.!?\n]*)",
    re.MULTILINE,
)
"""A sentence opened by a name and its reporting verb, the reported clause opened by a pronoun
("Vale says she cast him"); ``rest`` is the sentence after, to check for the other pronoun
("Reed says she sees things he doesn’t": she is someone else)."""
_SAYS_PRONOUN = lazy_pattern(rf"[ ](?:{_REPORTING})[ ](?:that[ ])?(?:she|he)[ ]")
"""What every match of ``_SAYS_SELF`` holds after its name: a cheap test (a literal space leads
it) before the costly one."""
_OTHER = {"he": lazy_pattern(r"\bshe\b"), "she": lazy_pattern(r"\bhe\b")}
_OWN_ASIDE = lazy_pattern(
    rf"(?P<name>{NAME}),[ ](?:for[ ](?P<part>his|her)[ ]part"
    r"|(?:in|by)[ ](?P<own>his|her)[ ]own[ ](?:words|telling|account|admission|view))[ ]?,"
)
"""A name and an aside of its own self ("Reed, for his part, is blunter", "Vale, by her own
account, ..."): the possessive is the named one's; "Reed, in her telling," is another's."""
_SUBJECT_OF = {"his": "he", "her": "she"}


def told_genders(masked: str, people: People) -> dict[str, str]:
    """Each known person the ``masked`` text has report a clause about themselves as "she" or
    "he" ("Vale says she ..."); anyone told both ways is left out, and a clause after another
    person in its paragraph tells nothing (the pronoun may be that person)."""
    found: dict[str, str] = {}
    for raw, pronoun, start in (*_told(masked), *_asides(masked)):
        name = people.resolve(raw)
        if name is None or (start >= 0 and _other_named_before(masked, start, name, people)):
            continue
        if found.setdefault(name, pronoun) != pronoun:
            found[name] = ""
    return {name: pronoun for name, pronoun in found.items() if pronoun}


def _other_named_before(masked: str, start: int, name: str, people: People) -> bool:
    """Whether the paragraph before ``start`` names a known person other than ``name``, and not
    ``name`` too (a paragraph already about the sayer keeps "she" theirs)."""
    para = masked.rfind("\n", 0, start) + 1
    named = {people.resolve(found.group()) for found in NAME_RE.finditer(masked, para, start)}
    return name not in named and bool(named - {None})


@lru_cache(maxsize=4)
def _asides(masked: str) -> tuple[tuple[str, str, int], ...]:
    """Each name with the pronoun its own aside tells ("Reed, for his part,"); -1 for where, as
    no earlier name in the paragraph can take the possessive (one pass per article, as with
    :func:`_told`: every quotation with a pronoun asks)."""
    if " own " not in masked and " part," not in masked:
        return ()
    return tuple(
        (clean_name(m["name"]), _SUBJECT_OF[m["part"] or m["own"]], -1)
        for m in _OWN_ASIDE.finditer(masked)
    )


def _sayers(masked: str) -> tuple[tuple[str, str], ...]:
    """Each name with the pronoun of the clause it reports, in order."""
    return tuple((name, pronoun) for name, pronoun, _ in _told(masked))


@lru_cache(maxsize=4)
def _told(masked: str) -> tuple[tuple[str, str, int], ...]:
    """Each name, the pronoun of the clause it reports and where the name stands, in order (one
    pass per article). The verb and pronoun are looked for first (:data:`_SAYS_PRONOUN`): the
    name-led pattern tries every offset of the article, most of which hold no such clause."""
    if _SAYS_PRONOUN.search(masked) is None:
        return ()
    return tuple(
        (clean_name(match["name"]), match["pronoun"], match.start())
        for match in _SAYS_SELF.finditer(masked)
        if _OTHER[match["pronoun"]].search(match["rest"]) is None
    )
