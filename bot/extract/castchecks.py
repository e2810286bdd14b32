"""Last checks on the castings :func:`bot.extract.extract_facts` found, whatever rule found them.

A casting whose parts do not look like what they claim to be is held back (or, for a leaver,
made former), never served:

* a part that the article writes as a work's title: "the lead in Glass Harbours", "Glass
  Harbours, the studio's adaptation of ...", "Next up for her is Tidewater, a thriller in which
  ...", "the comedy Glass Harbours", "hugged as Glass Harbours wrapped filming";
* a part whose first word is a verb: "tries to Skype Wren and ..." gives "Skype Wren";
* a part the article writes as a place: "the gates of Holloway, where ...";
* a part cut from a longer one: "The Earl of Castlemoor, played by ..." gives "Castlemoor", "as
  the Laird of Glenmorven" gives "Laird";
* an actor the article says was replaced or left ("She replaces Ada Vale, who left the role in
  March"), still current: made former when it is their one part here, held otherwise;
* a casting its sentence asks about with a tag ("..., wasn't he?"; see
  :mod:`bot.extract.casttagquestions`);
* a casting its sentence says is not confirmed, a bracket before a crew job, or a name with
  its abbreviation in brackets (see :mod:`bot.extract.castunconfirmed`,
  :mod:`bot.extract.castcrewbrackets` and :mod:`bot.extract.castabbreviations`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.extract.castabbreviations import abbreviation_bracket
from bot.extract.castattributiveparts import attributive_part
from bot.extract.castclergy import untitled_clergy
from bot.extract.castcreditbrackets import credit_bracket
from bot.extract.castcrewbrackets import crew_bracket
from bot.extract.castcrossed import crossed
from bot.extract.castdatedturns import dated_turns_held
from bot.extract.castdatedworks import dated_asides_held
from bot.extract.castdescriptors import descriptor_actor
from bot.extract.castfellowparts import fellow_actors_dropped
from bot.extract.castfigurebrackets import figure_bracketed
from bot.extract.castjobparts import job_part
from bot.extract.castpartpassed import not_back_passed, part_passed
from bot.extract.castplayedleavers import played_leavers
from bot.extract.castquotedbrackets import quoted_bracket
from bot.extract.castquotedworks import held_quoted_works
from bot.extract.castrankedparts import without_unranked_twins
from bot.extract.castreadings import renamed_or_dropped_part
from bot.extract.caststations import station_actor
from bot.extract.casttagquestions import held_tag_questioned
from bot.extract.casttitledparts import titled_part
from bot.extract.castunconfirmed import held_unconfirmed
from bot.extract.castwhichworks import opposite_in_other_work
from bot.extract.context import Context
from bot.extract.lexicon import GENRE_NOUNS, GENRE_WORDS, LEFT_VERBS
from bot.extract.text import Doc
from bot.facts import CastFact, CastStatus, held
from bot.lazy_patterns import lazy_pattern

TITLE_DOUBT = "the part is written as a work's title"
VERB_DOUBT = "the part opens with a verb"
CUT_DOUBT = "the part is cut from a longer one"
LEFT_DOUBT = "the article says the actor left or was replaced"
PLACE_DOUBT = 'the article writes the part as a place ("X, where ...")'
OTHER_DOUBT = "the sentence names another work before the actor"
OWNER_DOUBT = "the sentence writes the part only as an owner (the Pellings' cook)"

_WORK_NOUNS = rf"(?:{GENRE_NOUNS}|adaptation|feature|sequel|prequel|remake|reboot)"
_TITLE_BEFORE = lazy_pattern(
    rf"(?:\b{GENRE_NOUNS}|\b(?:the|a)[ ](?:lead|leading[ ]role|title[ ]role|role|part)[ ]in"
    r"|\b(?:starring|starred|stars|cast)[ ]in|\bNext[ ]up[ ]for[ ][^.;]{1,40}[ ]is)[ ]$"
)
_TITLE_AFTER = lazy_pattern(
    r"^,[ ](?:a|an|the)(?:[ ](?!(?:for|of|in|on|by|with|from|to|and|character|role|part)\b)"
    r"[\w'’-]+){0,3}?[ ]"
    rf"{_WORK_NOUNS}(?=[ ](?:in[ ]which|that|which|about|from|set|based|starring|adapted|of)\b"
    r"|[,.;:])"
)
_SHOOT_AFTER = lazy_pattern(
    r"[ ](?:wrapped|wraps|began|begins|started|starts|finished|finishes|resumed|resumes|"
    r"completed|completes)[ ](?:filming|shooting|production|principal|its[ ]shoot)\b"
    r"|[ ](?:wrapped|wraps)(?=[ ]?[.,;:–—]|[ ](?:on|in|at|last|this|earlier)\b)"
)
"""After a "part", the shoot's verb: "hugged as Lantern Bay wrapped filming" is a clause on the
work (the "as" is when, not whom), no casting."""
_VERB_BEFORE = lazy_pattern(
    r"\b(?:tries|tried|trying|try|attempts?|attempted|attempting|manages?|managed|decides?|"
    r"decided|wants?|wanted|needs?|needed|forgets?|forgot|refuses?|refused|fails?|failed|"
    r"struggles?|struggled|hopes?|hoped)[ ]to[ ]$"
)
_CUT_BEFORE = lazy_pattern(r"\b(?!(?:Role|Roles|Part|Parts)\b)[A-Z][a-z]+[ ]of[ ]$")
_CUT_AFTER = lazy_pattern(r"[ ]of[ ][A-Z]")
_LEAVER_BEFORE = lazy_pattern(
    r"\b(?:replac(?:es|ed|ing)|succeed(?:s|ed|ing)|(?:takes|took|taking|taken)[ ]over[ ]from)"
    r"[ ]$"
)
_LEAVER_AFTER = lazy_pattern(rf"^,[ ]who[ ](?:has[ ]|had[ ])?{LEFT_VERBS}\b")
_KINDS = "|".join((*GENRE_WORDS, "mystery", "fantasy", "western", "satire", "saga", "caper"))
_OTHER_WORK = lazy_pattern(
    rf"\b(?:{_KINDS})[ ](?P<title>(?:The[ ])?[A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+)*)"
)
_OWNER_AFTER = lazy_pattern(r"[’'](?:s)?[ ](?!act(?:or|ress)(?:es|s)?\b)[a-z]")
"""Right after a name, a possessive and a noun: the name owns what follows (not "Mira's
actor", who is the part's own)."""
_ITS_CAST = lazy_pattern(r"\bits[ ](?:cast|ensemble|line-up|lineup)\b")
_LEFT_HINTS = ("replac", "succeed", "over from", "who ")
_BEFORE = 60
_AFTER = 80


def checked_cast(doc: Doc, context: Context, cast: list[CastFact]) -> list[CastFact]:
    """``cast`` with each casting whose part or actor does not look like one held back."""
    text = doc.text
    leaving = any(hint in text for hint in _LEFT_HINTS)
    cast = [fact for fact in cast if not station_actor(fact)]  # "Radio Harrowgate – The Show"
    checked = [
        _checked(text, doc.body, f, cast if leaving else [])
        for f in untitled_clergy(without_unranked_twins(cast))
    ]
    checked = [
        job_part(
            abbreviation_bracket(
                descriptor_actor(crew_bracket(credit_bracket(quoted_bracket(held_unconfirmed(f)))))
            )
        )
        for f in checked
    ]
    checked = [opposite_in_other_work(crossed(_elsewhere(f, context)), context) for f in checked]
    checked = [
        held_tag_questioned(played_leavers(f)) for f in checked
    ]  # "Mira, played by X, does not return"
    checked = [attributive_part(f) for f in checked]  # "as the Harbour Board inspector, Y"
    checked = figure_bracketed(doc, context, [titled_part(f) for f in checked])
    actors = {f.actor for f in checked}
    parts = [part for f in checked if (part := renamed_or_dropped_part(f, actors)) is not None]
    parts = dated_asides_held(doc, held_quoted_works(doc, context, fellow_actors_dropped(parts)))
    parts = dated_turns_held(doc, parts)  # "for X's performance as Y in 2022": a past one
    parts = not_back_passed(doc, parts)  # "X won't return, and Y will be played by Z"
    return part_passed(doc, parts)  # "X had been cast as Y. The part will now be played by Z"


def _elsewhere(fact: CastFact, context: Context) -> CastFact:
    """Held when the sentence names another work by its kind, then the actor joining "its"
    cast: "period mystery The Glassblowers returns ..., and X will join its cast as Y"."""
    evidence = fact.evidence
    at = evidence.find(fact.actor)
    if not fact.served or at < 0 or " its " not in evidence:
        return fact
    for match in _OTHER_WORK.finditer(evidence, 0, at):
        title = match["title"]
        if (_ITS_CAST.search(evidence, match.end()) and not context.is_known(title)
                and fact.actor not in title):  # fmt: skip
            return held(fact, OTHER_DOUBT)
    return fact


_OF_PLACE = lazy_pattern(r"[ ]of[ ](?:the[ ])?[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,2}(?![\w’'])")
"""A titled part's place after its head: "the Duke| of Avon", "the Laird| of Glenmorven"."""


def _whole_title(fact: CastFact) -> CastFact:
    """The part read to its whole title when the sentence gives it as "the <Head> of <Place>"
    ("will play the Duke of Avon": the Duke of Avon, not the Duke); a place told with a
    possessive after it ("the Duke of Avon's son") is no part's tail, and stays cut (held)."""
    evidence, part = fact.evidence, fact.character
    if not part or f"he {part} of " not in evidence:
        return fact  # the words first: the pattern is compiled anew for every part
    head = re.search(rf"\b[Tt]he[ ]{re.escape(part)}(?=[ ]of[ ])", evidence)
    place = _OF_PLACE.match(evidence, head.end()) if head is not None else None
    if place is None or evidence[place.end() : place.end() + 1] in {"’", "'"}:
        return fact
    return replace(fact, character=part + place[0])


def _checked(text: str, body: str, fact: CastFact, cast: list[CastFact]) -> CastFact:
    fact = _whole_title(fact)
    doubt = _part_doubt(text, body, fact.character) or _verb_doubt(text, fact.actor)
    doubt = doubt or _owner_doubt(fact.evidence, fact.character)
    if doubt:
        return held(fact, doubt)
    if cast and fact.status is CastStatus.CURRENT and _left(text, fact.actor):
        if len({f.character for f in cast if f.actor == fact.actor}) == 1:
            return replace(fact, status=CastStatus.FORMER)
        return held(fact, LEFT_DOUBT)
    return fact


def _part_doubt(text: str, body: str, part: str) -> str:
    around = _around(text, part)
    for before, after in around:
        if _TITLE_BEFORE.search(before) or _TITLE_AFTER.match(after) or _SHOOT_AFTER.match(after):
            return TITLE_DOUBT
    if any(after.startswith(", where ") for _, after in around):
        return PLACE_DOUBT  # "belongs to Holloway, where ...": a place, not a part
    if any(before.endswith(" of ") and _CUT_BEFORE.search(before)
           for before, _ in _around(body, part)):  # fmt: skip
        return CUT_DOUBT  # the headline's Title Case ("in Front of X") is not read
    if " of " in text and any(
        b.endswith(("the ", "The ")) and _CUT_AFTER.match(a) for b, a in around
    ):
        return CUT_DOUBT  # "as the Laird of Glenmorven" gives "Laird": the title's head only
    return _verb_doubt(text, part)


_CAST_WORDS = (" as ", " plays ", " playing ")
"""Words that read a part right after them: "cast as Wenna's niece"."""


def _owner_doubt(evidence: str, part: str) -> str:
    """The part stands in its sentence only as an owner: "as the Pellings' cook" (a family)."""
    if "' " not in evidence and "’" not in evidence and "'s " not in evidence:
        return ""
    around = _around(evidence, part)
    if not around and " " in part:  # the part resolved from its short form ("Wenna's niece")
        first, last = part.split(maxsplit=1)[0], part.rsplit(maxsplit=1)[-1]
        around = [*_around(evidence, first), *_around(evidence, last)]
        if not any(before.endswith(_CAST_WORDS) for before, _ in around):
            return ""  # "took over the role" resolved it: "Wenna's sister" is another part
    if around and all(_OWNER_AFTER.match(after) for _, after in around):
        return OWNER_DOUBT
    return ""


def _verb_doubt(text: str, words: str) -> str:
    if any(before.endswith(" to ") and _VERB_BEFORE.search(before)
           for before, _ in _around(text, words)):  # fmt: skip
        return VERB_DOUBT
    return ""


def _left(text: str, actor: str) -> bool:
    return any(
        (any(word in before[-16:] for word in _LEFT_HINTS[:3]) and _LEAVER_BEFORE.search(before))
        or (after.startswith(", who ") and _LEAVER_AFTER.match(after))
        for before, after in _around(text, actor)
    )


def _around(text: str, words: str) -> list[tuple[str, str]]:
    """The text just before and just after each whole-word occurrence of ``words``."""
    found: list[tuple[str, str]] = []
    if not words:
        return found
    at = text.find(words)
    while at >= 0:
        end = at + len(words)
        whole = (at == 0 or not text[at - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        )
        if whole:
            found.append((text[max(at - _BEFORE, 0) : at], text[end : end + _AFTER]))
        at = text.find(words, end)
    return found
