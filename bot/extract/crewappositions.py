"""A credit told in an apposition naming the article's own work, for
:func:`bot.extract.extract_facts`.

"Dora Kell, the creator of Grey Harbour, ..." credits Kell as creator when Grey Harbour is the
article's work (one of its titles, or named in its headline), and so does a post "behind" it with
where its holder comes from ("the Leeds-born editor behind a streamer's Grey Harbour, ...", a
profile's standfirst); "Ivo Brand, the director of Salt
Road and Quiet Fields, ..." credits nothing in an article about Grey Harbour. A second role
joined by "and" follows the same rule, or names the books: "the creator of Grey Harbour and
author of the bestselling novels".
"""

from __future__ import annotations

from bot.extract.castlastworks import TITLE_ARTICLES
from bot.extract.context import Context
from bot.extract.crewcreditappositions import credited_appositions
from bot.extract.crewinterviewees import interviewee_credits
from bot.extract.crewroles import roles
from bot.extract.crewwords import CREW_WORDS
from bot.extract.cues import hint
from bot.extract.lexicon import CHANNEL_NAME
from bot.extract.names import NAME, TOKEN
from bot.extract.people import People, is_full
from bot.extract.text import Doc
from bot.facts import CrewFact
from bot.lazy_patterns import lazy_pattern

_WORDS = (
    "director of photography",
    "creator",
    "co-creator",
    "director",
    "writer",
    "screenwriter",
    "composer",
    "author",
    "editor",
    "cinematographer",
    "producer",
)
_ROLE = "|".join(_WORDS)
_BORN = r"(?:(?:[A-Z][\w’']*[ ])?(?!would-be[ ])[\w’']+-[a-z]+[ ])?"
"""A hyphened word on the holder between article and post: where they come from ("the
Leeds-born editor", "the São Paulo-raised producer") or what they have won ("the award-winning
editor"); never "would-be", a post not yet held."""
_ROLES = rf"(?:{_ROLE}|writer-director)(?:[ ]and[ ](?:{_ROLE}))?"
"""A post, or two joined by "and" ("creator and writer"), each the holder's."""
_HINT = lazy_pattern(rf"(?:,[ ](?:the[ ])?|\b[Tt]he[ ]){_BORN}{_ROLES}[ ](?:of|behind)[ ]")
_POSTS_OF = hint(*(f"{word} {joint} " for word in _WORDS for joint in ("of", "behind")))
"""A post right before "of" or "behind", as :data:`_HINT` needs ("writer-director" ends with
one): a literal test rules out most pages before the pattern's pass over the whole body."""
_OWNER = rf"(?:(?:{CHANNEL_NAME}|{TOKEN})[’']s[ ])?"
"""The work's owner before its title: "behind a streamer's Grey Harbour", "of BBC Two's ..."."""
_APPOSED = lazy_pattern(
    rf"(?P<name>{NAME}),[ ](?:the[ ])?{_BORN}(?P<role>{_ROLE})(?:[ ]and[ ](?P<also>{_ROLE}))?"
    r"[ ](?:of|behind)[ ]"
    rf"{_OWNER}(?P<work>{NAME})"
    rf"(?:[ ]and[ ](?:the[ ])?(?P<role2>{_ROLE})[ ]of[ ](?:(?P<work2>{NAME})|(?P<books>the[ ]"
    r"(?:[a-z-]+[ ]){0,2}(?:graphic[ ]novels?|novels?|books?|comics?|webcomic))))?,"
)
_ROLE_FIRST = lazy_pattern(
    rf"(?<![\w-])(?:[Tt]he|[Ii]ts)[ ]{_BORN}(?P<role>{_ROLES})[ ](?:of|behind)[ ]"
    rf"{_OWNER}(?P<work>{NAME}),[ ](?P<name>{NAME})(?=,|[.;]|$)"
)
"""The post first, its holder in apposition after the work: "the writer-director of Grey
Harbour, Dora Kell, talks ..." (the name closed by a comma or the sentence's end)."""


def apposed_credits(
    doc: Doc, people: People, context: Context, crew: list[CrewFact]
) -> list[CrewFact]:
    """``crew`` with each "X, the creator of <our work>," credit it lacks (and an interview's
    standfirst post for its headlined subject: :mod:`bot.extract.crewinterviewees`)."""
    if not _POSTS_OF.search(doc.body) or _HINT.search(doc.body) is None:
        return interviewee_credits(
            doc, people, context, credited_appositions(doc, people, context, crew)
        )
    found = list(crew)
    have = {(f.role, f.name) for f in crew}
    for view in doc.views:
        if view.span.start in context.foreign or _HINT.search(view.chunk) is None:
            continue
        for match in _ROLE_FIRST.finditer(view.chunk):
            name = people.resolve(match["name"])
            if name is None or not is_full(name) or not _names_ours(match["work"], context):
                continue
            for role in (role for word in match["role"].split(" and ") for role in roles(word)):
                if (role, name) not in have:
                    have.add((role, name))
                    found.append(CrewFact(name, role, doc.text[view.span.start : view.span.end]))
        for match in _APPOSED.finditer(view.chunk):
            name = people.resolve(match["name"])
            if name is None or not is_full(name) or not _names_ours(match["work"], context):
                continue
            posts = [CREW_WORDS[role] for role in (match["role"], match["also"]) if role]
            if match["role2"] and (match["books"] or _names_ours(match["work2"] or "", context)):
                posts.append(CREW_WORDS[match["role2"]])
            evidence = doc.text[view.span.start : view.span.end]
            for role in posts:
                if (role, name) not in have:
                    have.add((role, name))
                    found.append(CrewFact(name, role, evidence))
    return interviewee_credits(
        doc, people, context, credited_appositions(doc, people, context, found)
    )


def _names_ours(work: str, context: Context) -> bool:
    """A real title of the article's work: some capitalised word, all of them ours."""
    words = [w for w in work.split() if w[:1].isupper() and w not in TITLE_ARTICLES]
    return bool(words) and all(context.is_known(w) for w in words)
