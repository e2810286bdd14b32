"""A sentence's subject that the article elsewhere tells as a work: no one a "she says" means.

A film's title opens sentences as a person's name does ("Pewter Sound opens in cinemas in
September."), so a pronoun's search for the last subject could credit "“...,” she says." to
the title. A name the article also gives as a work - "the director of Pewter Sound", "the star
of Pewter Sound", "In Pewter Sound she plays ...", "to make Pewter Sound" - is a title, never the
pronoun's person: the search goes on to whoever the piece is about. So is a name a cover story
tells only by its release ("The series is Pewter Sound", "Pewter Sound premieres on 8 May",
"Pewter Sound streams on Netflix"), its year ("Pewter Sound (2024)") or what it is ("Draft Night
is a weekly podcast"), and a thing cut to its article (:mod:`bot.extract.impersonal_subjects`),
and a name fronted by a preposition before the clause's own pronoun ("For The Pewter Sound she
moved north"), wherever the search meets it (:mod:`bot.extract.fronted_subjects`).
"""

from __future__ import annotations

from functools import lru_cache

from bot.extract.descriptions import subtitled
from bot.extract.fronted_subjects import fronted_object
from bot.extract.impersonal_subjects import impersonal
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_WORK_BEFORE = lazy_pattern(
    r"(?=\b(?P<cue>(?:(?:director|star|writer|screenwriter|creator|producer|composer|editor|cast|"
    r"set|shoot|premiere|makers?|sequel)[ ]of|to[ ](?:make|shoot|film|direct)|"
    r"The[ ](?:show|series|film|drama|movie)[ ]is)[ ]))"
)
"""Where a work's name may start after a cue ("the director of ", "to make "): every cue's end,
overlapping ones too ("to shoot of")."""
_IN = lazy_pattern(r"\bIn[ ]")
_PLAYS_AFTER = lazy_pattern(r",?[ ](?:she|he|they)[ ](?:plays|played|stars|starred)\b")
"""After the name in "In Pewter Sound, she plays ..."."""
_RELEASED_AFTER = lazy_pattern(
    r"[ ](?:(?:premieres|premiered|debuts|debuted)[ ](?:on|in|at)"
    r"|(?:streams|launches|launched)[ ]on)\b"
    r"(?![^.!?;“”\"]{0,80}?\b(?:with[ ]"
    r"(?:her|his|their|an?[ ](?:short|feature|film|documentary|play|debut))|as[ ]an?)\b)"
)
"""After a title in "Pewter Sound premieres on 8 May", "launches on Netflix" or "streams on
Netflix" (a person launches in a place, so only "on"); not a person's
debut, told with what they bring or as what ("Ada Lane debuts at the festival with her first
feature", "... as a director")."""
_DATED_AFTER = lazy_pattern(r"[ ]\((?:19|20)\d\d\)")
"""After a title given with its year, as a career's list of credits gives it ("Orla Mistwood
(2024)"); a title only after a credit's word (:data:`_CREDITED`): an awards page gives a past
winner a year too ("Last year's winner, Ada Vale (2024), will present")."""
_CREDITED = lazy_pattern(
    r"(?:\b(?:in|on|of|from|include|includes|including|and|like|as|with|film|series|show|drama)"
    r"|[A-Za-z+][’']s)[ ]\Z"
)
"""Before a name given with its year, a credit's word ("cast in Orla Mistwood (2024)", "Marvel's
Orla Mistwood (2024)"): a past winner's, a jury's or an alumni list's "Ada Vale (2024)" has none."""
_BOUNDARY = lazy_pattern(r"\b")
_OWNS = lazy_pattern(r"[’']s?\b")
"""A possessive after a name: "Ada Vale’s film" names her, the film's maker, not a work."""
_OPENS = lazy_pattern(r"(?:\A|[.!?”\n][ ]*)\Z")
"""What stands before a name opening its sentence: the text's start or a sentence's end."""
_IS_A_WORK_AFTER = lazy_pattern(
    r"[ ](?:is|was)[ ](?:a|an)[ ](?:[a-z-]+[ ]){0,2}(?:podcast|show|series|film|drama|movie|"
    r"documentary|newsletter|programme|sitcom|miniseries)"
    r"(?=[ ](?:about|from|on|for|that|which|hosted|presented|by|in|with)\b|[.,;])"
)
"""After a name the article says is a work ("Draft Night is a weekly podcast about
television."): never a person, though "Ada Vale is a film star" is one."""
_MEDIUM_AFTER = lazy_pattern(
    r"[ ](?:podcast|newsletter|programme|vodcast|radio[ ]show|chat[ ]show|talk[ ]show)"
    r"(?![\w-])(?![ ](?:host|presenter|producer|editor)s?\b)"
)
"""A medium's noun right after a capitalised subject ("The Splice Desk podcast this week has
an editor on ..."): the name is the show's, never a person a later "he" can stand for; "the
Splice Desk podcast host" is a person, so not after a host's noun."""
_MADE_BY_AFTER = lazy_pattern(
    r"[ ](?:is|was)[ ](?:(?:co-)?written|created|adapted)(?:[ ]and[ ](?:directed|produced))?[ ]by\b"
    r"|[ ]is[ ](?:directed|produced)(?:[ ]and[ ](?:co-)?written)?[ ]by\b"
)
"""After a work's name its makers' passive ("Salt Point is written and directed by Ada Vale"):
no one is written by anyone, and "is directed by" is said of a work (a player "was directed"
in a past film, so that stays a person's)."""


def not_a_sayer(doc: Doc, raw: str, at: int) -> bool:
    """Whether ``raw``, a clause's subject, is a subtitle or a title the article tells as a
    work, or no one at all (see above)."""
    if subtitled(doc, raw, at) or impersonal(raw, doc.masked, at):
        return True
    sentence = doc.sentence_at(at)
    if fronted_object(doc.masked[sentence.start : sentence.end], at - sentence.start, raw):
        return True
    name = raw.strip()
    if name[:1].isupper() and _MEDIUM_AFTER.match(doc.masked, at + len(raw.rstrip())):
        return True
    return told_as_work(doc, name)


def told_as_work(doc: Doc, name: str | None, *, owner_too: bool = True) -> bool:
    """Whether ``name``, a full name, is one the article elsewhere tells as a work ("directs
    Pewter Sound", "Pewter Sound streams on Netflix"): the name a short form or a question's
    subject ("Is Pewter Sound as personal?") resolves to is then a title, never a person who
    speaks, though the people list took it for one. Without ``owner_too`` a name owning what
    follows a cue ("the premiere of Ada Vale’s film") is a maker, no work, and a release counts
    only for a name opening its sentence ("A film from Ada Vale premiered at ..." is hers)."""
    if not name or " " not in name or not name[:1].isupper():
        return False
    text = doc.masked
    after_cue, after_in, released, dated = _name_starts(text)
    return (
        any(
            text.startswith(name, start)
            and _BOUNDARY.match(text, start + len(name))
            and (owner_too or not _OWNS.match(text, start + len(name)))
            for start in after_cue
        )
        or any(
            text.startswith(name, start) and _PLAYS_AFTER.match(text, start + len(name))
            for start in after_in
        )
        or any(
            text.endswith(name, 0, end)
            and (owner_too or _OPENS.search(text, 0, end - len(name)) is not None)
            for end in released
        )
        or any(text.endswith(name, 0, end) for end in _work_ends(text))
        or any(
            text.endswith(name, 0, end)
            and _CREDITED.search(text, max(end - len(name) - 12, 0), end - len(name))
            for end in dated
        )
    )


@lru_cache(maxsize=4)
def _work_ends(text: str) -> tuple[int, ...]:
    """Where a name the text says is a work ends ("Draft Night| is a weekly podcast", "Salt
    Point| is written by")."""
    return tuple(
        m.start() for pattern in (_IS_A_WORK_AFTER, _MADE_BY_AFTER) for m in pattern.finditer(text)
    )


@lru_cache(maxsize=4)
def _name_starts(
    text: str,
) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """Where a name the text tells as a work may start: after a cue, and after "In "; and where
    one may end before its release ("Pewter Sound| premieres on 8 May") or its year ("Pewter
    Sound| (2024)") (one pass per article, however many subjects ask)."""
    return (
        tuple(match.end("cue") for match in _WORK_BEFORE.finditer(text)),
        tuple(match.end() for match in _IN.finditer(text)),
        tuple(m.start() for m in _RELEASED_AFTER.finditer(text)),
        tuple(m.start() for m in _DATED_AFTER.finditer(text)),
    )
