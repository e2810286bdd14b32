"""Checks on a quotation and its speaker, for :mod:`bot.extract.quote_facts`: words that name a work
rather than quote anyone, a speaker's name the article writes only as part of a longer one, a
colon opened by someone the sentence only describes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.extract import families, titled_works
from bot.extract.coined_names import coined_name, titled_thread
from bot.extract.described_windows import described_window
from bot.extract.descriptions import named_in
from bot.extract.lexicon import PLATFORMS
from bot.extract.names import FULL_NAME, NAME
from bot.extract.owned_lines import after_close, owned_line
from bot.extract.owned_openers import owned_opener
from bot.extract.people import clean_name, is_full
from bot.extract.played_parts import played_parts
from bot.extract.played_roles import played_roles
from bot.extract.prize_names import not_someone
from bot.extract.pronoun_named import sole_named
from bot.extract.quoted_sources import quoted_source
from bot.extract.shown_texts import shown_beside_caption
from bot.extract.speaker_aged_strangers import stranger_just_before
from bot.extract.speaker_headline_works import headline_work
from bot.extract.speaker_later_clauses import later_clause_sayer
from bot.extract.speaker_later_sources import later_source
from bot.extract.subjects import clause_subjects
from bot.extract.tellers import teller
from bot.extract.unnamed_apposed import unnamed_given
from bot.facts import CastFact, QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from bot.extract.context import Context
    from bot.extract.people import People
    from bot.extract.speakers import Resolver, Speaker
    from bot.extract.text import Doc, Span

_WORK_BEFORE = lazy_pattern(
    r"\b(?:film|films|movie|series|show|sitcom|drama|novel|book|memoir|play|album|song|single|track|"
    r"feature|documentary|short|episode|musical|podcast|comic|webcomic|manga|anime|bestseller|novella|"
    r"sequel|remake|opera|ballet|videogame|game)(?:[ ]in[ ]question,)?[ ]$"
)
_NAMED_WORK = lazy_pattern(r"[^\W\d_](?:[^.,;:!?…“”\"]|(?<=[ (][A-Z])\.){0,60}")
_WORK_WORDS = 6
"""A work noun straight before a short capitalised run in quotation marks ("her film “Natsu no
Owari” opens ...", "the old song “Cá Bhfuil Tú Anocht?”", "the song in question, “...”"): the
run is the work's title, whatever case its other words take, and a question or exclamation mark
closing it is its own, as is the full stop of an initial ("his track “Tidewort (For R.)”")."""


_LABEL_BEFORE = lazy_pattern(r"(?:^|\b(?:[Tt]he|[Aa]n?|[Tt]hat|[Tt]his|[Tt]hose|[Tt]hese)[ ])$")
_LABEL_AFTER = lazy_pattern(
    r"[ ](?:rumou?rs?|claims?|reports?|story|stories|theory|theories|speculation|chatter|"
    r"narrative|meme|headlines?|hashtag|gossip|whispers|role|roles|part|character|storyline|"
    r"cameo)\b"
)
"""The “...” rumour, a “...” claim, the “...” role: words the article names as a thing going
round, or a label for a part, not anyone's quote (whoever said them, it does not say)."""
_CAMPAIGN_BEFORE = lazy_pattern(
    r"\b(?:petitions?|campaigns?|banners?|placards?|signs?|letters?|cards?)[ ](?:calling[ ]for|"
    r"demanding|urging|titled|headed|reading|that[ ]reads)[ ]$"
)
"""A petition “calling for ...”, a banner “reading ...”: the text of a campaign that many sign or
carry, no one person's words; a trailer's closing card “reading ...” is text shown, not said."""
_CAMPAIGN_REACH = 40
_NAMED_AS = lazy_pattern(
    r"\b(?:being|been|is|are|was|were|widely|already|affectionately|now)[ ](?:called|dubbed|"
    r"nicknamed|branded|labell?ed|billed[ ]as|known[ ]as|referred[ ]to[ ]as)[ ]$"
)
"""A name something goes by, told in the passive ("already being called “...”", "has been
dubbed ‘...’", "only ever been referred to as “...”"): nobody's quote, since the text says no
one who calls it so."""
_NAMED_THING = lazy_pattern(
    r"(?<![Ww]hich[ ])(?<![Ww]hat[ ])(?<![Tt]hat[ ])(?<![Ww]ho[ ])\b[Aa]n?[ ]"
    r"(?:(?!(?:have|has|had|is|are|was|were)[ ])[a-z\d-]+[ ]){1,3}"
    r"(?:called|named|titled|nicknamed)[ ]$"
)
"""A thing introduced with its capitalised name in marks ("they have a group chat called
“...”", "a playlist titled ‘...’"): the name is the thing's, not anyone's words. Not "which a
critic called “...”" or "a part critics have called “...”", where someone calls it so."""


_INTERFACE_BEFORE = lazy_pattern(
    r"\b(?:[Ss]elect|[Cc]lick(?:[ ]on)?|[Tt]ap(?:[ ]on)?|[Cc]hoose|[Tt]oggle)[ ](?:the[ ])?$"
)
"""An instruction to pick a button or menu item ("log in and select “My bookings”"): its label
in marks is nobody's words."""


def names_a_work(text: str, start: int, end: int) -> bool:
    """The quotation at ``start:end`` (inside its marks) is a title named by the noun before it,
    or a rumour's words named by the noun after it ("the “Vale is out” rumour"), or a
    campaign's text ("a petition calling for “...”"), or a name something is known by."""
    closing = after_close(text, end)
    labelled = _LABEL_AFTER.match(text, closing) is not None
    if labelled and _LABEL_BEFORE.search(text, max(0, start - 8), start - 1) is not None:
        return True
    window = (max(0, start - _CAMPAIGN_REACH), max(0, start - 1))
    if _CAMPAIGN_BEFORE.search(text, *window) or shown_beside_caption(text, start, end):
        return True
    if coined_name(text, start, end) or titled_thread(text, start, end):
        return True  # "what he is calling “...”", "the “...” thread"
    if owned_line(text, start, end) or titled_works.titled(text, start, end):
        return True
    if quoted_source(text, start, end):
        return True  # "the paper's “source close to the production”"
    named = "ed " in text[max(0, start - 12) : start] or "as " in text[max(0, start - 5) : start]
    if named and _NAMED_AS.search(text, *window):
        return True
    if named and text[start].isupper() and _NAMED_THING.search(text, *window):
        return True
    inner = text[start:end].strip()
    if not inner[:1].isupper() or len(inner.split()) > _WORK_WORDS:
        return False
    if _INTERFACE_BEFORE.search(text, max(0, start - 12), max(0, start - 1)) is not None:
        return True
    if _NAMED_WORK.fullmatch(inner.removesuffix(".").removesuffix(",").rstrip("?!")) is None:
        return False  # a full stop or comma inside the marks is the sentence's, not the title's
    return _WORK_BEFORE.search(text, max(0, start - 20), max(0, start - 1)) is not None


_POSTS = frozenset({"story", "post", "caption", "tweet"})


def poster(owned: re.Match[str]) -> str | None:
    """The full name whose post a sentence quotes ("Ada Vale's story this morning said ..."),
    placed like any named speaker though the article names them nowhere else; any other
    owner we cannot place is still nobody's (None)."""
    name = clean_name(owned["owner"])
    return name if owned["noun"] in _POSTS and is_full(name) else None


_PREPOSITION_LED = lazy_pattern(
    r"(?:With|Without|In|At|On|From|After|Before|During|Since|Until|Through|Across|Despite|Amid|"
    r"Among|Into|Of|To|By|Over|Under|Beyond|Behind|Inside|Outside)[ ][A-Z]"
)


def no_speaker(raw: str, name: str, context: Context) -> bool:
    """Words that name no one who speaks: the production, a count ("Three Bafta nominations"), or
    a capitalised phrase led by a preposition ("With Linnet Wharf, they say goodbye": a title)."""
    return context.is_ours(name) or _PREPOSITION_LED.match(raw) is not None or not_someone(raw)


_INTRODUCED = lazy_pattern(
    r",[ ](?:(?:writing|saying|adding|captioned)[ ]*:?"
    r"|(?:calling|describing|dubbing|labelling|branding)[ ](?:[\w’'-]+[ ]){1,4}?(?:as[ ])?)[ ]*$"
)
"""What opens the words at the end of a clause: ", writing:", ", calling the show “...”"."""
_CLAUSE_BREAK = lazy_pattern(r"[,;]|\b(?:while|whereas|and|but|as|then)\b")
"""What opens a later clause; without one, a later "subject" is the verb's object ("Vale shared
the poster on Instagram, writing:")."""


_WHILE_OTHER = lazy_pattern(
    r",[ ](?:while|whereas)[ ](?=[A-Z]|(?:a|an|the)[ ][\w-]+[’']s[ ]|[\w-]+[’']s[ ])"
    r"[^,;:“”\"]{1,60}?[ ](?:is|are|was|were|will[ ]be|has[ ]been)"
    r"(?:[ ][a-z]+ly)?[ ]*[“\"‘']?$"
)
"""A contrasting clause with its own subject, its state in the words: "Tidewell confirmed that
Ada's show arrives in May, while a rival's drama is “expected this summer”". The subject is
named or owned; a plain "while the sea was “...”" is still the sayer's own speech."""


def unless_later(
    resolver: Resolver, pre: str, end: int, base: int, speaker: Speaker
) -> Speaker | None:
    """``speaker``, of the attribution ending at ``end``, unless a later clause's subject owns a
    closing ", writing:" ("Ada Vale posted a selfie, while Lumen shared a clip, writing: “...”":
    Lumen's words, not Ada Vale's); that subject then, or no one if it names no one we know.
    Words that tell the state of a "while" clause's own subject are no one's for sure."""
    if _WHILE_OTHER.search(pre, end) is not None or later_source(pre, end):
        return replace(speaker, name="", source=SourceKind.UNATTRIBUTED, attribution="")
    if "," not in pre[end:] or _INTRODUCED.search(pre) is None:
        return speaker
    later = [
        at
        for at, _ in clause_subjects(pre[end:])
        if at and _CLAUSE_BREAK.search(pre, end, end + at)
    ]
    if not later:  # "and Channel 4 has confirmed it, calling": a subject it cannot read
        return later_clause_sayer(resolver, pre, end, base, speaker) or speaker
    at = end + later[-1]
    return resolver.subject(pre[at:], base + at)


_DESCRIBED_COLON = lazy_pattern(
    r"[ “”\"‘’']*(?:Her|His|Their|Its|The|One|A|An)[ ](?:[a-z][\w’'-]*[ ]){0,3}"
    r"(?:was|is|were|are|had|has|seemed|seems|sounded|sounds|looked|looks|remained|remains|"
    r"stayed|stays|disagreed|disagrees|agreed|agrees|countered|counters|added|adds)\b"
    r"[^:;,“”\"A-Z]{0,60}:[ ]*$"
)
"""A sentence whose subject is only described, with no name, opening a quote with a colon:
"Her dad was unrepentant: “...”", "The other neighbour disagreed: “...”". Its words are that
someone's, never the speaker before's."""


def described_colon(pre: str) -> bool:
    return _DESCRIBED_COLON.match(pre) is not None


def shared_surname(raw: str, people: tuple[str, ...]) -> bool:
    """``raw`` is a surname two known people share ("Vale" with Ada Vale and Tom Vale): it names
    someone, but nothing says who."""
    return " " not in raw and sum(name.rsplit(" ", 1)[-1] == raw for name in people) > 1


_DESCRIBED_APPOSED = lazy_pattern(
    r"[ “”\"‘’']*(?P<owner>Her|His)[ ](?:[a-z][\w’'-]*[ ]){0,2}(?P<noun>[a-z][\w’'-]*),[ ]"
    rf"(?:[a-z][\w’'-]*[ ]){{0,3}}(?P<name>{NAME}),[ ][a-z]"
)
_OWNED_TEXT_OPENS = lazy_pattern(
    rf"[ ]*(?:[A-Z][\w ]{{0,12}}:[ ])?(?P<owner>{NAME})[’']s[ ](?:[a-z]+[ ]){{0,2}}(?:newsletter|"
    r"blog|post|statement|letter|note|update|story|caption|thread|video)[ ][a-z ]+[.!]?[ ]*$"
)  # a sentence about someone's text alone: its owner is who a pronoun after it stands for
_NAMED_OWNER_APPOSED = lazy_pattern(
    rf"[ “”\"‘’']*(?P<owner>{NAME})[’']s[ ](?:[a-z][\w’'-]*[ ]){{0,2}}"
    r"(?P<noun>[A-Za-z][\w’'-]*(?:[ ]of[ ][A-Z][\w’'-]*)?),[ ]"
    rf"(?:[a-z][\w’'-]*[ ]){{0,3}}(?P<name>{NAME}),[ ][a-z]"
)
"""The same with a named owner ("Ada’s old Head of Music, Tom Reed, who ..."): the apposed
person is the sentence's subject, the one a later pronoun stands for unless kin says not."""
_OTHER_PRONOUN = {"Her": "he", "His": "she"}
_OWNER_PRONOUN = {"Her": "she", "His": "he"}
_KIN_PRONOUN = dict.fromkeys(
    ("father", "dad", "brother", "son", "husband", "uncle", "grandfather", "boyfriend"), "he"
) | dict.fromkeys(
    ("mother", "mum", "mom", "sister", "daughter", "wife", "aunt", "grandmother", "girlfriend"),
    "she",
)


_BORN = lazy_pattern(
    r"[ “”\"‘’']*(?P<pronoun>She|He)[ ]was[ ]born[ ](?P<first>[A-Z][\w-]+)[ ][A-Z]"
)
"""A birth name ("She was born Ada Lind in Leeds"): the pronoun is whoever goes by that first
name now, or someone the article cannot place (never an older subject)."""


def described_apposed(chunk: str, pronoun: str) -> list[tuple[int, str]]:
    """The person a sentence describes and names in apposition ("Her neighbour, retired
    fisherman Ben Ash, was less keen."), as the subject a later pronoun stands for when that
    pronoun fits them: a relative's pronoun ("his sister, ...: she"), or one that cannot be the
    owner's ("he" after "Her neighbour"). "Her father, X, ...: she" is the owner again."""
    born = _BORN.match(chunk) if "born" in chunk else None
    if born is not None and born["pronoun"].lower() == pronoun:
        return [(born.start("first"), born["first"])]  # "She was born Ada Lind": Ada
    if (owned := _OWNED_TEXT_OPENS.match(chunk)) is not None and pronoun:
        return [(owned.start("owner"), owned["owner"])]  # "Ada's blog went up. She wrote"
    match = _DESCRIBED_APPOSED.match(chunk)
    if match is None:
        named = _NAMED_OWNER_APPOSED.match(chunk) if "s " in chunk else None
        if named is None or pronoun not in ("he", "she"):
            return []
        if _KIN_PRONOUN.get(named["noun"], pronoun) != pronoun:
            return [(named.start("owner"), named["owner"])]  # "Ada’s father, Tom, ...: she"
        return [(named.start("name"), named["name"])]
    fits = _KIN_PRONOUN.get(match["noun"], _OTHER_PRONOUN[match["owner"]])
    if fits == pronoun:
        return [(match.start("name"), match["name"])]
    if match["noun"] in _KIN_PRONOUN and _OWNER_PRONOUN[match["owner"]] == pronoun:
        return [(match.start("owner"), pronoun)]  # the owner's own pronoun, told again
    return []


_FULL = lazy_pattern(FULL_NAME)


def one_of_family(
    mention: str, resolved: str | None, doc: Doc, lead: Callable[[], Speaker | None]
) -> str | None:
    """A bare surname two people in the article share: see :mod:`bot.extract.families`."""
    return families.one_of_family(mention, resolved, doc, lead)


_PROFILE_LEAD = lazy_pattern(
    rf"(?:^|:[ ]+)(?P<name>{FULL_NAME})[ ]"
    r"(?:on|talks|opens[ ]up|reflects|remembers|looks[ ]back)\b",
    re.MULTILINE,
)


def profile_subject(doc: Doc, people: People, context: Context, parts: set[str]) -> str | None:
    """The person a profile's headline is about ("From the pitch to the screen: Ada Vale on her
    summer"), even where no sentence has yet shown the name to be a person's: the body writes
    the name in full and calls the person by surname alone too ("Vale arrived late")."""
    if doc.title_para is None:
        return None
    title = doc.paras[doc.title_para]
    lead = _PROFILE_LEAD.search(doc.text, title.start, title.end)
    if lead is None:
        return None
    name = clean_name(lead["name"])
    if " " not in name or context.is_ours(name) or name in parts:
        return None
    surname = re.compile(rf"(?<![\w’'-]){re.escape(name.rsplit(' ', 1)[-1])}(?![\w-])")
    alone = len(surname.findall(doc.body)) - doc.body.count(name)
    return people.add(name) if doc.body.count(name) and alone > 0 else None


def unless_another(resolver: Resolver, offset: int, pronoun: str) -> Speaker | None:
    """A pronoun's fallback speaker (the profile's subject, the last "she says"), unless the
    text before the pronoun (``described_window``) names someone else and not them: "Councillor
    Ada Vale said ... “...,” she said." is not the earlier speaker's, even with its subject
    unread. The one person a headline names (no one else) speaks throughout."""
    found = resolver.profiled() or resolver.recall(pronoun, offset)
    if found is None or headline_work(resolver):
        return None
    doc = resolver.doc
    parts = {fact.character for fact in resolver.cast}
    if doc.title_para is not None:
        title = doc.paras[doc.title_para]
        named = {clean_name(m.group()) for m in _FULL.finditer(doc.text, title.start, title.end)}
        if {n for n in named if not resolver.context.is_ours(n)} - parts == {found.name}:
            return found  # the one person the headline names speaks throughout the piece
    window = doc.masked[described_window(doc, offset) : offset]
    if found.name in window or found.name.rsplit(" ", 1)[-1] in window:
        return found
    named = {clean_name(m.group()) for m in _FULL.finditer(window)} - parts
    if unnamed_given(window) or stranger_just_before(doc, resolver.people, offset):
        return None  # "One fan, Ada, 17, has queued ... she says": hers, not the last sayer's
    return None if any(n and not resolver.context.is_ours(n) for n in named) else found


def characters(cast: tuple[CastFact, ...], doc: Doc) -> set[str]:
    """The parts the cast reading took, and every name the article says someone plays."""
    return {fact.character for fact in cast} | played_parts(doc) | played_roles(doc)


def sole_or_others(
    resolver: Resolver, sentence: Span, latest: bool, pronoun: str
) -> tuple[bool, str | None]:
    """A pronoun's search stops at a sentence naming one person (theirs), or at the writer's
    sentence naming people it met ("We spotted Ada Vale with Jo Reyes. She told ..."): the
    pronoun is one of them, never an older subject across them."""
    doc, people = resolver.doc, resolver.people
    told = teller(doc.masked[sentence.start : sentence.end]) if latest else None
    told = people.resolve(told, first_name=True) if told else None
    if told and people.knows(told):
        return True, told  # "Lark, in Vale’s telling, is no villain. “...,” she says."
    chunk = doc.masked[sentence.start : sentence.end]  # "X's path was ...": X, for "he"
    sole = owned_opener(people, chunk, pronoun) or sole_named(
        doc, people, sentence, latest=latest, pronoun=pronoun
    )
    if sole:
        return True, sole
    if not doc.masked.startswith(("We ", "I "), sentence.start):
        return False, None  # only the writer's own sentence ("We met Ada Vale and Jo Reyes.")
    others = named_in(people, doc.masked[sentence.start : sentence.end])
    return bool(others - {fact.character for fact in resolver.cast}), None


_SITES = "|".join(sorted(PLATFORMS))
_OFFICIAL = lazy_pattern(
    rf"\bofficial[ ](?:(?!(?:{_SITES})\b)[A-Z][\w’'-]*[ ]){{0,2}}(?:account|channel|page|feed)$"
)
"""An official account, maybe named for a work ("X's official Low Tide page"), never for the
site it is on ("X's official Instagram account" may be a person's)."""


def published(owned: re.Match[str], person: str | None, publishers: frozenset[str]) -> bool:
    """A text an organisation put out, its owner no one we can place as a person: a synopsis or
    press release ("Apex Films's synopsis"), or an official account ("Lumen's official account
    posted ... the caption read") whose owner is no person's name at all."""
    if owned["noun"] in publishers:
        return True
    return person is None and official(owned)


def official(owned: re.Match[str]) -> bool:
    """``owned`` is an official account or page ("Lumen's official account")."""
    return _OFFICIAL.search(owned.group()) is not None


def faceless(fact: QuoteFact) -> bool:
    """``fact`` is credited to no one the article describes: no one at all, or a bare "an
    unnamed person" (not "a Lumen spokesperson")."""
    if fact.source is SourceKind.UNNAMED:
        return fact.speaker == "an unnamed person"
    return fact.source is SourceKind.UNATTRIBUTED
