"""Passive credits that are not the article's, for :func:`bot.extract.crew._passive`: a
capitalised run after "by" that only qualifies the person named next ("The score is by St. Ives
composer X", an abbreviated place cut at its point; "the music is by Galway fiddler X", a place
before a descriptive noun: the credit is X's, never the place's), and a participle right after
another work's title ("she was in The Rose of Lima, directed by X": that work's director), also
after its description ("shooting ‘Glass’, a Welsh thriller directed by X")."""

from __future__ import annotations

import re

from bot.extract.context import Context
from bot.extract.crewcasters import picked_for_a_part
from bot.extract.crewcomparedworks import compared_work
from bot.extract.crewdatedtitles import dated_title
from bot.extract.crewgenretitles import kind_told_starred_title, kind_told_title
from bot.extract.crewnegated import undone
from bot.extract.crewyearglosses import year_glossed_title
from bot.extract.lexicon import BRACKETED_FIGURE, GENRE_NOUNS
from bot.extract.names import LIST_SPLIT, NAME_RE
from bot.extract.organisations import looks_like_company
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

EARLIER_RUN = lazy_pattern(
    r"\b(?:[Tt]he[ ])?(?:first|previous|earlier|original|last)[ ](?:season|series|film|run)[ ]"
    r"(?:was|were|had[ ]been|has[ ]been)[ ]$"
    r"|\b(?:[Ss]eason|[Ss]eries)[ ](?:one|1)[ ](?:was|were|had[ ]been)[ ]$"
)
"""Another run before a passive credit: "The first season was directed by X" is that run's."""
_EARLIER_RUNS_DONE = lazy_pattern(
    r"[ ](?:(?:all[ ])?(?:the|its)[ ](?:(?:first|last)[ ])?(?:first|previous|earlier|original|"
    r"two|three|four|five|six)|(?P<bare>all)[ ](?:two|three|four|five|six))[ ]"
    r"(?:seasons?|series)\b"
    r"|(?:[ ](?:duties|credits))?[ ](?:on|across|over|for|in|during)[ ](?:the[ ]|its[ ])?"
    r"(?:earlier|previous|past|prior)[ ](?:runs|seasons|series|instalments|installments)\b"
)
"""Earlier runs as a past credit's object: "X scored the three series", "Y directed the first
season", "Z wrote all four seasons of the show", "A and B sharing directing duties on earlier
runs" (a film or a new run's page saying who made the
show before it): those runs' credit ("Z has written all four seasons" goes on into ours)."""
_PERFECT = lazy_pattern(r"\b(?:has|have)[ ](?:[a-z]+[ ])?[a-z]+$")
"""The verb in the perfect ("has scored"): a bare "all" run goes on into the article's."""
STAYED_ON = lazy_pattern(r"\b(?:return|returns|returned|returning|back|again|stays|stayed)\b")


def earlier_runs_only(chunk: str, end: int) -> bool:
    """Whether the credit's verb ending at ``end`` made earlier runs only: "X scored the three
    series" (not "X scored the first series and has returned for the second")."""
    runs = _EARLIER_RUNS_DONE.match(chunk, end)
    if runs is None or STAYED_ON.search(chunk, end):
        return False
    return runs["bare"] is None or _PERFECT.search(chunk, max(0, end - 30), end) is None


SAME_NAME = r"(?:[ ]of[ ]the[ ]same[ ](?:name|title))?"
"""After a book in a passive credit, the book our work is named for: "adapted from the 2021
novel of the same name by X" (invented)."""
ALL_EPISODES = r"[ ](?:across|over|for)[ ]all[ ](?:the[ ])?(?:[a-z]+[ ])?episodes"
"""The episodes a passive credit spans, between its verb and "by": "directed across all six
episodes by X", "written over all the episodes by Y" (invented). Only "all" of them: the whole
run, so the credit is this work's (one episode's credit may be a guest's)."""
_AGAIN_ASIDE = r",[ ](?:as[ ](?:ever|always|usual|before)|once[ ]again|again),"
"""A set-off "as ever" between a passive credit's verb and "by": "written, as ever, by X",
"scored, once again, by Y" (invented): the same credit, told as a habit."""
VERB_ASIDES = rf"{ALL_EPISODES}|{_AGAIN_ASIDE}"
"""What may stand between a passive credit's verb and "by" (episodes spanned, a habit)."""
_ABBREVIATED = lazy_pattern(r"\.[ ]+[A-Z]")
"""A point inside the sentence right after a one-word "name": an abbreviation ("St. Ives")."""
_VOWELS = frozenset("aeiouy")


def _abbreviation(chunk: str, names: str, end: int) -> bool:
    """A short word without a vowel before a point ("Ft.", "Mt."): cut where the sentence
    splitter took the point for a full stop."""
    return len(names) <= 3 and chunk[end : end + 1] == "." and not _VOWELS & set(names.lower())


_DESCRIBED = lazy_pattern(
    r"(?:-[a-z]+)?(?:[ ](?!(?:and|or|but|with|for|the|a|an|who|in|on|at|of|to|from|by|under|as|"
    r"over|after|via|through|his|her|their|its|our|my|your|is|was|were|has|had|will)[ ])"
    r"[a-z]+(?:-[a-z]+)?){0,2}?[ ](?P<noun>(?:[a-z]+-)?[a-z]{4,}|duo)[ ][^\W\d_a-zß-öø-ÿ]"
)
"""A lowercase noun, after up to two describing words, between the run and a further capital:
"Lyddon fiddler X", "Polwick synth duo X", "Thurso brass trio Y", also hyphenated ("Ennorby
harpist-arranger X", "Fife multi-instrumentalist Y"); the capital may carry an accent
("Icelandic composer Þórey V.", "Quimper fiddler Élodie M.")."""
_AGENT = lazy_pattern(
    r"(?:er|or|ist|ian|ant|ent|ee|ive|eran|star|legend|duo|band|outfit|company|firm|banner|"
    r"studio|label|shingle|collective|trio|quartet|quintet|orchestra|choir|ensemble)$"
)
"""How a noun for a person, group or company usually ends: composer, pianist, native, outfit."""
_NOT_NOUNS = frozenset(
    {
        "after", "under", "other", "later", "rather", "never", "either", "neither", "whether",
        "together", "however", "whatever", "whoever", "earlier", "sooner", "longer", "over",
        "ever", "elsewhere", "present", "recent", "different",
    }
)  # fmt: skip
"""Words with those endings that join a name to what follows rather than describe a person."""


def only_qualifies(chunk: str, names: str, end: int) -> bool:
    """Whether ``names`` (ending at ``end``) only qualify the person named after them."""
    if " " not in names and (_ABBREVIATED.match(chunk, end) or _abbreviation(chunk, names, end)):
        return True
    found = _DESCRIBED.match(chunk, end)
    if found is None:
        return False
    noun = found["noun"]
    return noun not in _NOT_NOUNS and _AGENT.search(noun) is not None


_TITLE_BEFORE = lazy_pattern(
    r"(?:^|[ ])(?:in|of|for|In)[ ](?P<title>[“\"‘]?(?:The|A|An)[ ][A-Z][\w’'-]*"
    r"(?:[ ](?:[A-Z][\w’'-]*|of|from|the|and|in|on|at|to|a)){0,6}[”\"’]?"
    r"|[“\"‘][A-Z][^“”\"‘’]{0,60}[”\"’]"
    r"|[A-Z][\w’'-]*(?:[ ](?:[A-Z][\w’'-]*|the|and|a)){0,3}[ ](?:of|from|in|on|at|to)[ ]"
    r"(?:the[ ]|a[ ])?[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3}),[ ]$"
)
"""Another work's title just before ", directed by": "in The Rose of Lima, " (or a sentence's
"In The Rose of Lima, "), "of “Glass”, ", an award's "won for The Rose of Lima, ",
"in Daughter of the Tide, " (a title, not a place: it opens with an article, is quoted or joins
its words with "of", "from", ...)."""
_PREMIERED_TITLE = lazy_pattern(
    r"\bpremieres?[ ]of[ ](?P<title>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3}),[ ](?:the|a|an)[ ]"
    r"[^;:.!?“”\"]{1,120}?,[ ]$"
)
"""A premiered title glossed before ", directed by": "tonight brings the premiere of Tin Lid,
the Welsh thriller starring X as a ferryman, " (a festival's other film, unless it is ours)."""
_PLACED_TITLE_BEFORE = lazy_pattern(
    r"[a-z][ ](?P<title>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3})[ ]" + BRACKETED_FIGURE + r",[ ]$"
)
"""A chart's title with its figure in brackets: "horror holdover Tin Lid (£740,000), " (before
"directed by"): the placed work's maker, unless the title is ours."""


_OWNED_TITLE_BEFORE = lazy_pattern(
    r"(?:^|[ ])[A-Z][\w+]*[’']s[ ](?P<title>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3}),[ ]$"
)
"""A title owned by its studio or channel just before ", directed by": "A24's Lanterns, " in an
awards piece's list of rivals (the rival's director, unless the title is the article's; "Bristol’s
Ferrow Pictures, produced by" owns a company, no title)."""


def other_works_credit(chunk: str, verbs_at: int, context: Context) -> bool:
    """Whether the participle at ``verbs_at`` follows a title that is neither the article's nor
    in its headline."""
    if not (context.ours or context.headline):
        return False  # with the article's own title unknown, the title may well be its own
    found = None
    if chunk[max(0, verbs_at - 2) : verbs_at] == ", ":
        found = _TITLE_BEFORE.search(chunk, max(0, verbs_at - 90), verbs_at)
        found = found or _QUOTED_BEFORE.search(chunk, max(0, verbs_at - 90), verbs_at)
        found = found or _PLACED_TITLE_BEFORE.search(chunk, max(0, verbs_at - 70), verbs_at)
        if found is None:
            owned = _OWNED_TITLE_BEFORE.search(chunk, max(0, verbs_at - 60), verbs_at)
            found = owned if owned and not looks_like_company(owned["title"]) else None
        found = found or kind_told_title(chunk, verbs_at)  # "horror sequel Tin Lid 2, directed by"
        found = found or _PREMIERED_TITLE.search(chunk, max(0, verbs_at - 160), verbs_at)
    elif "," in chunk[max(0, verbs_at - 120) : verbs_at]:
        found = _TITLE_DESCRIBED.search(chunk, max(0, verbs_at - 120), verbs_at)
        found = found or _TITLE_PARTICIPLE.search(chunk, max(0, verbs_at - 120), verbs_at)
        found = found or _BARE_TITLE_DESCRIBED.search(chunk, max(0, verbs_at - 120), verbs_at)
        found = found or dated_title(chunk, verbs_at)  # "Tide (2019), a thriller directed by"
        found = found or year_glossed_title(chunk, verbs_at)  # "Tide, the 2019 film ... directed"
        found = found or kind_told_starred_title(chunk, verbs_at)  # "drama T, starring A and"
    if found is None:
        return False
    title = found["title"].strip('“”"‘’')
    opening = chunk[max(0, found.start("title") - 1) : found.start("title") + 1]
    if any(q in opening for q in '“"‘'):  # a quoted title sharing a word with ours is another's
        return not all(context.is_known(w) for w in title.split() if w[:1].isupper())
    return not context.is_known(title)


_QUOTED_BEFORE = lazy_pattern(
    r"[ ](?:[a-z]+|(?:19|20)\d\d|[A-Z][\w-]*(?:[ ]\d+)?[’']s)[ ]"
    r"(?P<title>[“‘][A-Z][^“”‘’]{0,60}[”’])(?:[ ]\([^()]{1,60}\))?,[ ]$"
)
"""A quoted title after a word, a year or an owner, just before ", directed by": "the 2019
feature ‘Glass’, ", "a channel's ‘Glass’, " (a profile's earlier work, its own director), also
with a gloss in brackets after it ("the feature “Vinterhuset” (“Winter House”), ")."""


_TITLE_DESCRIBED = lazy_pattern(
    r"[“\"‘](?P<title>[A-Z][^“”\"‘’]{0,60})[”\"’],[ ](?:a|an)[ ](?:[\w’'+-]+[ ]){1,6}$"
)
"""A quoted title described before the participle: "shooting ‘Glass’, a Welsh thriller directed
by X" (the thriller's director)."""
_PERFORMED_IN = (
    r"(?:ensemble|cast|role|roles|part|parts|lead|star|stars|starred|starring|debut|appeared|"
    r"appears|appearing|played|plays|turn|turns|episodes?|seasons?|scenes?|sequel)"
)
"""A word that makes the capitalised words after "in", "of" or "from" a work someone performed
in ("the ensemble of Tidewrack", "her role in Tidewrack"), never a place ("Set in Belfast",
"Filmed largely in Donegal")."""
_BARE_TITLE_DESCRIBED = lazy_pattern(
    rf"\b{_PERFORMED_IN}[ ](?:in|of|from)[ ]"
    r"(?P<title>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3}),[ ](?:the|a|an)[ ]"
    rf"(?:[\w’'+-]+[ ]){{0,4}}?(?:{GENRE_NOUNS})[ ]$"
)
"""An unquoted title after "in" or "of" a performance, described by its genre before the
participle: "among the ensemble of Tidewrack, the Gulf war film directed by X" (a profile's other
film's director). Only a performing word before it tells a title from a place: "Set in Belfast,
the crime drama directed by X" names our drama's director."""
_TITLE_PARTICIPLE = lazy_pattern(
    r"[“\"‘](?P<title>[A-Z][^“”\"‘’]{0,60})[”\"’],[ ](?:[a-z]+ed|shot|set|made|written)[ ]"
    r"(?:[\w’'-]+[ ]){0,6}and[ ]$"
)
"""A quoted title, then another participle joined by "and": "the feature ‘Glass’, shot in
Cardiff and directed by X" (that feature's director)."""


DERIVED = r"(?:tie-in|companion|making-of|behind-the-scenes)"
"""A book made from the show rather than the one it is made from: "the tie-in novel"."""
_DERIVED_BEFORE = lazy_pattern(rf"\b{DERIVED}[ ]$")
_BOOK_WORDS = ("novel", "book", "comic")


def derived_book(chunk: str, match: re.Match[str]) -> bool:
    """Whether a passive book credit is a book made from the show: "the tie-in novel by X",
    "a companion book by Y" (its author is not the source's)."""
    verbs = match["verbs"].lower()
    return (
        any(word in verbs for word in _BOOK_WORDS)
        and _DERIVED_BEFORE.search(chunk, max(0, match.start() - 20), match.start()) is not None
    )


_OWNED_BEFORE = lazy_pattern(
    r"(?P<adapted>\badapted[ ]from[ ])?(?:[A-Z][\w-]*[ ]){0,3}[A-Z][\w-]*[’']s[ ]"
    r"(?:[\w-]+[ ]){0,2}$"
)


def book_roles(chunk: str, match: re.Match[str], role: CrewRole) -> tuple[CrewRole, ...]:
    """The roles of a passive credit; a book word after someone's name is theirs: in "adapted
    from X’s 2019 novel by director Y" the novel is X’s and "by" names who adapted it, its writer
    (after a bare "X’s novel by Y", no one's credit)."""
    at = match.start()
    if role is not CrewRole.AUTHOR or (owned := _OWNED_BEFORE.search(chunk, 0, at)) is None:
        return (role,)
    return (CrewRole.WRITER,) if owned["adapted"] else ()


def _requalified(chunk: str, names: str, end: int) -> str | None:
    """A list whose last item only qualifies the person named after it, with that person in
    its place: "adapted by A and Norwegian screenwriter B" credits A and B; for one run, the
    person alone ("by Hull electronic duo X": X)."""
    last = LIST_SPLIT.split(names)[-1]
    found = _DESCRIBED.match(chunk, end)
    person = NAME_RE.match(chunk, found.end() - 1) if found is not None else None
    if person is None:
        return None
    return person.group() if last == names else names[: len(names) - len(last)] + person.group()


def this_credit(chunk: str, match: re.Match[str], context: Context) -> str | None:
    """The names a passive credit gives the article's production: None where they are a
    qualifier, another work's credit, a book made from the show or a credit denied."""
    names, end = match["names"], match.end("names")
    if other_works_credit(chunk, match.start(), context) or derived_book(chunk, match):
        return None
    if compared_work(chunk, match.start()):
        return None  # "comparing the film to the series directed by X": the series' maker
    if picked_for_a_part(chunk, match):
        return None  # "she was cast by X as Part": X chose her, no casting director's credit
    if undone(chunk, match.start()):
        return None  # "the first film not directed by X": X did not
    return _requalified(chunk, names, end) if only_qualifies(chunk, names, end) else names
