"""Two kinds of sentence whose times are not the production's own.

A work named by its kind and title in quotation marks that is not ours, in a sentence that does
not name ours: "She also has the Tamil drama ‘Kaatru Veli’ lined up, which releases on 2 May",
"his Netflix series “Dry Creek” drops in March"; or an interviewee's other work (see
:mod:`bot.extract.release_interviews`), or an awards page's rival described right after its
tally ("Tin Lid has five nods. The film opens on 6 March"). The time is the other work's.

One person's part of a shoot: "She will film her scenes in October", "he is expected to shoot
his portions in March". The production's own shoot is another matter (it may have begun long
before), so no filming fact is read from such a sentence, unless it names the shoot too
("Filming has been under way since May and moves to Leeds, where she shoots her scenes").
"""

from __future__ import annotations

from bot.extract.castrivalfollowers import follows_rival_tally
from bot.extract.context import Context
from bot.extract.cues import hint
from bot.extract.lexicon import GENRE_NOUNS, GENRE_WORDS
from bot.extract.names import WORK_TITLE
from bot.extract.page_further_seasons import further_season
from bot.extract.page_rival_arrivals import rival_arrives
from bot.extract.release_asides import own_work
from bot.extract.release_clause_works import dated_in_others_clause
from bot.extract.release_entries import another_entry, another_listed, another_placed
from bot.extract.release_figures_due import figures_due
from bot.extract.release_interviews import interviewee_work
from bot.extract.release_item_heads import under_another_item
from bot.extract.release_shot_seasons import others_bare_season
from bot.extract.release_subjects import names_ours
from bot.extract.release_that_works import points_back_to_another
from bot.extract.release_words import FILMING_NOUN
from bot.extract.text import Doc, View
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_QUOTES = ("‘", "“", '"', "'")
_KIND_TITLED = lazy_pattern(
    r"(?:\b(?:film|feature|movie|series|show|drama|comedy|thriller|sitcom|soap|soapie|serial|"
    r"documentary|sequel|play|musical|miniseries|anthology)[ ][‘“\"']"
    r"|\b(?:[A-Z][\w+&-]*[ ]){0,2}[A-Z][\w+&-]*[’']s[ ][‘“])"
    r"(?P<title>[A-Z][^‘“”\"']{0,60}?)"
    r"[,.]?[’”\"']"
)
"""A work named by its kind, then its title in quotation marks: "the Hindi feature ‘Raat’"; or
by its broadcaster's name: "Ferrow’s ‘Night Ferry’ does not launch until April"."""
_APPOSED = lazy_pattern(
    rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[\w-]+[’']s)[ ](?:[\w-]+[ ]){{0,2}}?{GENRE_NOUNS},[ ]"
    rf"(?P<work>{WORK_TITLE}),[ ]"
)
"""A work named in an aside after its kind: "the festival’s opening-night film, Tin Lid, ..."."""
_KIND_LED = lazy_pattern(
    rf"\b(?:[Ii]ts|[Tt]heir|[\w-]+[’']s)[ ](?:[\w-]+[ ]){{0,3}}?{GENRE_NOUNS}[ ]"
    rf"(?P<work>{WORK_TITLE})"
)
"""A work named right after its owner and kind: "Ferrow’s two-part serial The Tin Kettle ...".
Not after "the" or "a": "the drama Ada Vane wrote opens ..." may name the work's maker, not a
work."""
_OWNER_GLOSSED = lazy_pattern(
    rf"(?P<work>{WORK_TITLE}),[ ](?:[A-Z][\w’'-]*[ ]){{0,3}}?[A-Z][\w-]*[’']s[ ]"
    rf"(?:[\w-]+[ ]){{0,2}}?{GENRE_NOUNS}\b"
)
"""A work glossed by its maker and kind: "Tin Lid, Ada Vane’s Leeds-set thriller, ..."."""
_KIND_HINT = hint(*GENRE_WORDS)
"""A kind of work named (``GENRE_NOUNS`` as plain words), which the three patterns need."""
_COMPARED = lazy_pattern(
    r"(?:^|[ “\"])(?:[Ll]ike|[Uu]nlike|[Aa]s[ ]with|[Aa]fter|[Bb]efore|[Ff]ollowing|[Aa]longside)"
    r"[ ](?:the[ ]|an?[ ])?$"
)
"""A work set beside the sentence's subject, not as it ("Like the festival’s opening film, Tin
Lid, it opens ..."): the times are the subject's."""
_NAMED = lazy_pattern(r"(?P<name>[A-Z][\w-]*(?:[ ][A-Z][\w-]*)*)(?![ ]?\d*[’']s\b)(?![\w’'-])")
"""A name of capitalised words that owns nothing ("Channel 4’s head", "Harrow’s" own their next
words: no work named)."""
_OWN_PART = lazy_pattern(
    r"\b(?:shoot|shoots|shooting|shot|film|films|filming|filmed)[ ](?:his|her|their)[ ]"
    r"(?:own[ ])?(?:portions?|scenes?|parts?|sequences?|role)\b"
)
"""Someone's own share of a shoot: "shoot his portions", "filming her scenes"."""
_FILMING = frozenset(
    {ReleaseKind.FILMING_PLANNED, ReleaseKind.FILMING_STARTED, ReleaseKind.FILMING_WRAPPED}
)


def names_other_work(doc: Doc, view: View, context: Context) -> bool:
    """The sentence names another work by kind and quoted title (neither ours nor in the
    headline), and does not name ours; or it dates an interviewee's other work, a rival's
    described right after its tally of nominations (:mod:`.castrivalfollowers`), or a further
    season not yet made (:mod:`.page_further_seasons`)."""
    if interviewee_work(doc, view, context) or under_another_item(doc, view, context):
        return True  # "THE FENWICKE FILES. ... It's due on BBC One in the autumn."
    chunk = view.chunk
    if (context.ours or context.headline) and another_entry(chunk, context):
        return True  # "Pebble Street (Apple TV+) – out now, after its finale landed on 3 April"
    if another_listed(doc, view, context):
        return True  # "Also new this month:" / "Gull Rock – the new drama ..., premieres 8 May"
    if another_placed(chunk, context):
        return True  # "• Third: Lumen’s Tin Lid (80m), two weeks after its 3 June release"
    if (context.ours or context.headline) and follows_rival_tally(doc, view, context):
        return True  # "Tin Lid has five nods. The film, directed by X, opens on 6 March."
    if figures_due(chunk):
        return True  # "Ratings for the week, covering the finale, are due on Thursday."
    if further_season(view):
        return True  # "A second season could arrive in 2027": that season's, not the show's
    if rival_arrives(view, context):
        return True  # "The next rival opens on 9 March with the puppet caper X."
    if dated_in_others_clause(doc, chunk, view.lower, context):
        return True  # "The award went to X, a drama, which opens on 22 May."
    if points_back_to_another(chunk, context):
        return True  # "... adaptation of The Tarn Sisters; that series is due next year."
    if others_bare_season(doc, view, context):
        return True  # "Sky's Marrow Field is back. Filming on series two wrapped last Friday."
    if (context.ours or context.headline) and _apposed_other(chunk, context):
        return True  # "the festival’s opening-night film, Tin Lid, ... ahead of its release"
    if not (context.ours or context.headline) or not any(q in chunk for q in _QUOTES):
        return False
    titles = [m["title"] for m in _KIND_TITLED.finditer(chunk)]
    if not titles or any(context.is_known(title) for title in titles):
        return False
    return not names_ours(chunk, context, strict=True)


def without_own_part(found: list[ReleaseFact], lower: str) -> list[ReleaseFact]:
    """No filming fact from a sentence where a person's own scenes or portions are shot."""
    if not (" his " in lower or " her " in lower or " their " in lower):
        return found
    part = _OWN_PART.search(lower)
    if part is None or FILMING_NOUN.search(lower[: part.start()] + lower[part.end() :]):
        return found  # "Filming has been under way since May; she shoots her scenes in July."
    return [fact for fact in found if fact.kind not in _FILMING]


def _apposed_other(chunk: str, context: Context) -> bool:
    """The sentence names a work in an aside after its kind ("the festival’s opening-night film,
    Tin Lid, directed by ..."), or, where our own title is known (a name told apart from it),
    right after its owner and kind or glossed by its maker and kind, that is neither ours nor the
    headline's, as its subject (not set beside it: "Like ..., it opens"), and names nothing of
    ours or the headline's besides: its times ("ahead of its release on 8 May") are that work's."""
    if _KIND_HINT.search(chunk) is None:
        return False  # each pattern below names the kind: none found, none to try
    glossed = (_APPOSED, _OWNER_GLOSSED) if ", " in chunk else ()  # both need a comma after
    patterns = (*glossed, _KIND_LED) if context.ours else glossed[:1]
    found = [match for pattern in patterns for match in pattern.finditer(chunk)]
    if not found or any(
        context.is_known(match["work"].removeprefix("The "))
        or _COMPARED.search(chunk, 0, match.start())
        for match in found
    ):
        return False
    rest = chunk
    for match in found:
        rest = rest.replace(match["work"], " ")
    return not names_ours(chunk, context, strict=True) and not any(
        own_work(name["name"], context) for name in _NAMED.finditer(rest)
    )
