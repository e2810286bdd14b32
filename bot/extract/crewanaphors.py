"""A credit told through "the X-directed film" or "It is directed by X" right after a sentence
naming another work, for :func:`bot.extract.crew.find_crew`: "Last week's champ, Lumen's western
Dry Creek, fell to second. The A-directed film stars B" (the film is the one just named, not
the article's lead); "Next up is Dry Creek, a Marlow Pictures drama. It is directed by A" (a
profile's next project).

The description has no title of its own, so it points back at the work last named; when the
sentence before names a work the article's first sentence does not, the credit is held.
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.crewkindbacks import WORK_GROUP, in_told_clause, names_other_work, told_by_kind
from bot.extract.lexicon import GENRE_NOUNS
from bot.extract.names import NAME
from bot.extract.text import Doc
from bot.facts import CrewFact, held
from bot.lazy_patterns import lazy_pattern

_FUSED = lazy_pattern(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)[ ][A-Z][^.;:]{0,60}?-(?:directed|helmed|written|scripted|"
    r"penned|produced)[ ](?:new[ ])?(?:feature|film|movie|series|show|adaptation|sequel|drama)\b"
    r"|^It[ ](?:is|was|will[ ]be)[ ](?:being[ ])?(?:directed|written|produced)[ ]by[ ]"
)
_WORK = lazy_pattern(
    rf"(?:[’']s[ ](?:[a-z-]+[ ]){{1,2}}|\b{GENRE_NOUNS}[ ]|[“\"‘]){WORK_GROUP}"
    rf"|(?P<named>{NAME}),[ ](?:a|an)[ ](?:[\w’'-]+[ ]){{0,3}}?{GENRE_NOUNS}\b"
)
"""A work brought in by its owner and a noun, its genre or quotation marks: "Lumen's western
Dry Creek", "the thriller Dry Creek", "‘Dry Creek’", or told by its genre after its title:
"Dry Creek, a Marlow Pictures drama"."""
_DOUBT = "the film a description points back to is another work named just before"


def _pronoun_credit(evidence: str) -> bool:
    """Whether the credit's sentence opens on "It" ("It is directed by A"), not a fused form."""
    return evidence.startswith("It ")


def fused_elsewhere(doc: Doc, facts: list[CrewFact], context: Context) -> list[CrewFact]:
    """``facts`` with a fused credit held where the sentence before names another work (one
    neither the lead nor ``context`` names)."""
    by_kind = [
        told_by_kind(fact.evidence) and in_told_clause(fact.evidence, fact.name) for fact in facts
    ]
    fused = [
        (
            ("-" in fact.evidence or _pronoun_credit(fact.evidence))
            and _FUSED.search(fact.evidence) is not None
        )
        or kind
        for fact, kind in zip(facts, by_kind, strict=True)
    ]
    if not any(fused):
        return facts
    views = doc.views
    lead = views[0].chunk if views else ""
    if doc.title_para is not None:  # the headline's title is ours too
        lead += " " + doc.headline
    return [
        held(fact, _DOUBT) if told and _after_other(doc, fact, lead, context, kind) else fact
        for fact, told, kind in zip(facts, fused, by_kind, strict=True)
    ]


def _after_other(doc: Doc, fact: CrewFact, lead: str, context: Context, by_kind: bool) -> bool:
    """Whether the sentence before ``fact``'s own names another work; ``by_kind``: its
    sentence opens on its work told by its kind (:func:`.crewkindbacks.told_by_kind`)."""
    views = doc.views
    for index, view in enumerate(views):
        if index and doc.text[view.span.start : view.span.end].strip() == fact.evidence:
            before = views[index - 1]
            if before.span.para != view.span.para:
                return False
            # "It" points back to the subject: only a work the sentence tells by its genre
            # ("Next up is Dry Creek, a studio drama"), not one in a clause ("whose drama T won")
            # and only as the subject or what the subject is ("Fellside is a remake of Marl
            # Deep, a cult thriller": "It" is Fellside; "Tom Reed, a drama school graduate")
            pronoun = _pronoun_credit(fact.evidence)
            works = (
                (m["named"] if _subject(before.chunk, m.start()) else None)
                if pronoun
                else m["work"] or m["named"]
                for m in _WORK.finditer(before.chunk)
            )
            if by_kind:  # "The film, directed by A": the one just named
                return names_other_work(before.chunk, context, lead)
            return any(
                not all(token in lead for token in work.split() if token != "The")
                for work in works
                if work
            )
    return False


_IS = lazy_pattern(r"(?:^|\b(?:is|was)[ ])(?:[A-Z][^,.;]{0,40},[ ])?$")


def _subject(chunk: str, start: int) -> bool:
    """Whether the name at ``start`` opens the sentence or follows its "is" ("Next up is X",
    "Next up is Mad, Bad", a title with a comma)."""
    return _IS.search(chunk, 0, start) is not None
