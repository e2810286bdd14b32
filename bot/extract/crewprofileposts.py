"""A profile's subject told only by their post, for :func:`bot.extract.extract_facts`.

A profile names its subject, then goes on with a description instead of the name (invented
examples): "Marit Solberg has never watched a teen drama. The Bergen-born cinematographer, 44,
shot Lanternfall on 16mm." The description holds the credit: the person the sentences before are
about did the job the verb tells on the article's own work. The post and the verb must agree
("the composer ... scored", "the filmmaker ... directs"), and the work must be ours: "The
Bergen-born cinematographer shot Greyhaven, her first feature" in a piece about Lanternfall
credits nothing. A person the article already credits with another job is left alone: the
description may be about someone else. The person must be the page's own subject, whom its
headline or standfirst names, or whose post they give and whom the body names first ("The editor
of Lanternfall on ...", then "Ivo Brand spent a year ..."): the sentence before may be about
an actor, a critic or a producer the piece only passes ("Ivo Brand, who plays the keeper, was
cold. The Oscar-winning cinematographer shot Lanternfall" credits Brand with nothing).
"""

from __future__ import annotations

from bot.extract.castelsewhere import ours
from bot.extract.context import Context
from bot.extract.names import NAME
from bot.extract.people import People, is_full, subject_before
from bot.extract.text import Doc
from bot.facts import CrewFact, CrewRole
from bot.lazy_patterns import lazy_pattern

_VERBS: dict[str, CrewRole] = {
    "shot": CrewRole.CINEMATOGRAPHER,
    "lit": CrewRole.CINEMATOGRAPHER,
    "scored": CrewRole.COMPOSER,
    "wrote the score for": CrewRole.COMPOSER,
    "wrote the music for": CrewRole.COMPOSER,
    "directs": CrewRole.DIRECTOR,
    "directed": CrewRole.DIRECTOR,
    "helmed": CrewRole.DIRECTOR,
    "edited": CrewRole.EDITOR,
    "cut": CrewRole.EDITOR,
}
"""What the subject did, and the job it is."""
_POSTS: dict[str, CrewRole | None] = {
    "cinematographer": CrewRole.CINEMATOGRAPHER,
    "composer": CrewRole.COMPOSER,
    "director": CrewRole.DIRECTOR,
    "editor": CrewRole.EDITOR,
    "filmmaker": None,
    "film-maker": None,
}
"""The description's post: it must be the verb's job, or a maker's of any job ("filmmaker")."""
_DESCRIBED = lazy_pattern(
    r"^The[ ](?P<mods>(?:[\w’'-]+,?[ ]){0,3}?)(?P<post>" + "|".join(_POSTS) + r")"
    r"(?:,[ ]\d{1,2},)?[ ](?:has[ ])?(?P<verb>"
    + "|".join(verb.replace(" ", "[ ]") for verb in _VERBS)
    + rf")[ ](?:all[ ](?:[a-z]+[ ])?episodes[ ]of[ ])?(?P<work>{NAME})"
)
"""The description, the verb and the work: "The Bergen-born cinematographer, 44, shot
Lanternfall", "The 29-year-old composer has scored all six episodes of Lanternfall"."""


def _described(mods: str) -> bool:
    """Words that tell who the subject is (where from, how old, what nation), not which of
    several holders: "the Bergen-born", "the Norwegian", never "the new" or "the other"."""
    return all("-" in word or word[:1].isupper() for word in mods.replace(",", " ").split())


def profile_posts(
    doc: Doc, people: People, context: Context, crew: list[CrewFact]
) -> list[CrewFact]:
    """``crew`` with each credit a profile tells through its subject's description."""
    found = list(crew)
    exclude = {*context.ours, *([doc.byline] if doc.byline else [])}  # not the writer's
    for view in doc.views:
        if not view.chunk.startswith("The "):
            continue
        match = _DESCRIBED.match(view.chunk)
        if match is None or not _described(match["mods"]) or not ours(match["work"], context):
            continue
        role = _VERBS[match["verb"]]
        if _POSTS[match["post"]] not in (None, role):
            continue
        # the work the verb acts on is never its own subject, whatever the headline says
        work = {match["work"], match["work"].split()[0]}
        name = subject_before(doc, people, view.span.start, exclude | work, witnessed=True)
        if name is None or not is_full(name) or any(fact.name == name for fact in found):
            continue
        if not _page_subject(doc, people, name, match["post"], exclude):
            continue
        found.append(CrewFact(name, role, doc.text[view.span.start : view.span.end]))
    return found


def _page_subject(doc: Doc, people: People, name: str, post: str, exclude: set[str]) -> bool:
    """``name`` is whom the page profiles: the headline or the standfirst names them, or gives
    the ``post`` and the body names no one before them (the byline and our work aside)."""
    opening = f"{doc.headline}\n{doc.text[doc.paras[0].start : doc.paras[0].end]}"
    if name.rsplit(maxsplit=1)[-1] in opening:
        return True
    if post not in opening.lower():
        return False
    at = {doc.body.find(other): other for other in people.ordered() if other not in exclude}
    return min((start for start in at if start >= 0), default=-1) == doc.body.find(name)
