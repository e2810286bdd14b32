"""Who a pronoun or a descriptor before a quote stands for, for :mod:`bot.extract.speakers`: the
last subject of the text before it ("Vale will star ... and she hopes"), searched back a few
sentences and never past a paragraph too far up (:func:`bot.extract.speaker_reach.apart`), nor
past someone we cannot name; and the :class:`Speaker` every search returns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from bot.extract import quote_checks as checks
from bot.extract import speaker_reach as reach
from bot.extract.apposed_works import owners_for_works
from bot.extract.described_subjects import own_words
from bot.extract.descriptions import by_agents, named_before, unlabelled
from bot.extract.fronted_topics import fronted_topic
from bot.extract.gender_pronouns import OTHER_PRONOUN
from bot.extract.hosts import described_host, hosts
from bot.extract.inverted_subjects import inverted_subject
from bot.extract.lexicon import CAPITALISED_ROLE_NOUN, MONTH_PATTERN, WEEKDAY_PATTERN
from bot.extract.maker_mentions import named_as_maker
from bot.extract.pronoun_company import object_of_own_pronoun
from bot.extract.pronoun_objects import subject_acts_on
from bot.extract.pronoun_strangers import acts_on_writer, after_own_clause
from bot.extract.pronoun_subjects import (
    TELLER_ASIDE,
    owner_opens,
    paired,
    pronoun_subjects,
    topic_pronoun,
    unnamed_role,
)
from bot.extract.speaker_aged_strangers import aged_stranger
from bot.extract.speaker_kin_openers import kin_opener
from bot.extract.speaker_source_topics import informant_tells_of
from bot.extract.text import Span
from bot.facts import SourceKind
from bot.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from bot.extract.speakers import Resolver

ANTECEDENT_SENTENCES = 3
_A_WHICH = lazy_pattern(r"(?:[ ][a-z]+)?,[ ]which\b")
"""A subject a "which" clause goes on from ("One theme, which"): a thing, no he or she."""
_DETERMINERS = frozenset({"one", "the", "a", "an", "this", "that", "its"})
"""Words opening such a subject ("One", cut from "One theme"); no name ("Vale sings, which")."""
MAX_DEPTH = 3
SOMEONE = frozenset({SourceKind.PERSON, SourceKind.UNNAMED})
_OWN_SUBJECT = lazy_pattern(
    r"(?:(?:And|But|So),?[ ])?"
    r"(?:(?:In|On|At|By|Since|After|Before|Last|This|That|Then|Later|Now|Soon)"
    rf"(?:[ ](?:[a-z0-9][\w’'-]*|{MONTH_PATTERN}|{WEEKDAY_PATTERN})){{0,3}},?[ ])?"
    r"(?:(?:[Dd]oes|[Dd]id|[Ii]s|[Ww]as|[Hh]as|[Hh]ad|[Ww]ill|[Ww]ould|[Cc]an|[Cc]ould"
    r"|[Ss]hould)[ ])?"
    r"(?P<who>he|she|He|She)\b"
)
"""A sentence whose subject is a pronoun, first or after a question's auxiliary, perhaps after
"And", "But" or "So" ("Does he miss Olly already?", "So, is she done with Wren?") or a fronted
time or place without a name ("In 2019 he joined ..., opposite Ada Vale", "In March she ...",
"On Friday he ..."): a person it names is someone else, never whom the pronoun stands for."""

_THINGS_THEY = lazy_pattern(
    r"^(?:[Tt]he|[Tt]hese|[Tt]hose)[ ](?:[a-z-]+[ ]){0,2}?[a-z-]+s[ ](?:are|were|have|had)\b"
    r"[^,;:]*[,;][ ](?:and|but|so)[ ]$"
)
"""A "they" after its own sentence's plural subject ("The notices were kind, and they singled out
the cast"): the pronoun stands for those things or people, never for one person named before."""

_THEY_INSIDE = lazy_pattern(r"\bthey\b")
"""A "they" inside an earlier sentence with no one we can name as its subject: the later "they"
goes on about the same people, so the search never runs on past them to an older name."""

_LONE_DETERMINERS = frozenset({"The", "This", "That", "These", "Those", "Some", "Its", "Their"})
"""A subject cut to its determiner ("The score ..."): a thing, never someone we cannot name."""

_NAME_ONLY = lazy_pattern(r"(?:[A-Za-z][\w-]*[ ]){0,3}?[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3},[ ]")
"""A name with the role words before it and nothing else ("Director Ada Vale, ")."""


def _topic(masked: str, pre: str, offset: int) -> bool:
    """The pronoun at ``offset`` says words about the one phrase before it ("Director Ada Vale,
    he says, “let us play”"): that phrase is his topic, so he is someone the text before told."""
    topic = topic_pronoun(masked, masked.rfind(",", 0, offset))
    return topic is not None and _NAME_ONLY.fullmatch(pre) is not None


def _fronted(resolver: Resolver, pre: str) -> bool:
    """``pre`` only fronts a person the article knows as its topic ("Of Ada Vale, "), not a
    work ("On Teal Sands, which ..., ")."""
    name = fronted_topic(pre)
    found = resolver.people.resolve(name, first_name=True) if name else None
    return found is not None and resolver.people.knows(found)


def _known_for(
    resolver: Resolver, pronoun: str, offset: int, found: Speaker, before: int = 0
) -> bool:
    """``found`` is whom the article profiles, whom ``pronoun`` last stood for, or (``before``
    given) the subject of the sentence right before in the same paragraph ("Wren's score is
    everywhere. He told ...") or someone a paragraph before ``before`` already named: no one
    first met there, a paragraph before the pronoun."""
    recalled = resolver.recall(pronoun, offset)
    profiled = resolver.profiled()
    if (profiled is not None and found.name == profiled.name) or (
        recalled is not None and recalled.name == found.name
    ):
        return True
    index = resolver._sentence_index(before)
    para = resolver.doc.sentences[index].para if before else 0
    if before and index + 1 == resolver._sentence_index(offset):
        return resolver.doc.sentences[index + 1].para == para  # "X's score ... He told"
    start = resolver.doc.paras[para].start
    return before > 0 and _surname_in(resolver, found.name, 0, start)


def _named_just_before(resolver: Resolver, index: int, found: Speaker) -> bool:
    """Whether ``found`` is named in the sentence before sentence ``index``, in its paragraph:
    "X is effusive about both. Of Vale, he says: ..." (he is X, who turns to his topic)."""
    if index == 0 or index >= len(resolver.doc.sentences):
        return False
    before, own = resolver.doc.sentences[index - 1], resolver.doc.sentences[index]
    return before.para == own.para and _surname_in(resolver, found.name, before.start, before.end)


def _surname_in(resolver: Resolver, name: str, start: int, end: int) -> bool:
    """Whether the surname of ``name`` stands as a whole word in the text from ``start`` to
    ``end`` (character offsets)."""
    surname = re.compile(rf"(?<![\w’'-]){re.escape(name.rsplit(maxsplit=1)[-1])}(?![\w-])")
    return surname.search(resolver.doc.text, start, end) is not None


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    source: SourceKind
    attribution: str


def antecedent(
    resolver: Resolver, offset: int, depth: int = 0, pronoun: str = ""
) -> Speaker | None:
    """Who the text before ``offset`` is about (a person, "another fan"): its last subject.
    After a topic ("Director Ada Vale, he says, “...”") only whom the article profiles or whom
    the pronoun last stood for: the topic's sayer is rarely the last subject before."""
    found = _antecedent(resolver, offset, depth, pronoun)
    if found is None or found.source is not SourceKind.PERSON or not found.name:
        return found
    index, own, pre = _own_sentence(resolver, offset)
    if pre is not None and _topic(resolver.doc.masked, pre, offset):
        return found if _known_for(resolver, pronoun, offset, found) else None
    if pre is not None and _fronted(resolver, pre):
        known = _known_for(resolver, pronoun, offset, found) or _named_just_before(
            resolver, index, found
        )
        return found if known else None
    if (
        own is not None
        and pre is not None
        and _told_of(resolver, pre, own.start, depth, pronoun) == found.name
        and not _known_for(resolver, pronoun, offset, found)
    ):
        return Speaker("", SourceKind.UNATTRIBUTED, "")  # she tells of him: no one we know
    return found


_TOLD_OF = lazy_pattern(r"(?:^|[.;][ ])(?P<who>He|She)(?:[ ][a-z]+){1,2},[ ]*$")
"""The other pronoun's sentence cut short by the sayer's aside: "He is, she says, “...”"."""


def _told_of(resolver: Resolver, pre: str, start: int, depth: int, pronoun: str) -> str | None:
    """Whom the other pronoun subject of the sayer's own sentence stands for ("He is, she says,
    “...”": he is Colm, whom she tells of, so she is not Colm); None when there is none."""
    other = OTHER_PRONOUN.get(pronoun)
    aside = _TOLD_OF.search(pre)
    if other is None or aside is None or aside["who"].lower() != other:
        return None
    told = _antecedent(resolver, start, depth + 1, other)
    return told.name if told is not None else None


def _no_things(subjects: list[tuple[int, str]], chunk: str, pronoun: str) -> list[tuple[int, str]]:
    """``subjects`` less those a "which" clause goes on from when ``pronoun`` is "he" or "she"
    ("One theme, which she calls ...": a thing, never the "she")."""
    if pronoun not in OTHER_PRONOUN:
        return subjects
    return [
        (at, raw)
        for at, raw in subjects
        if raw.split()[0].lower() not in _DETERMINERS or not _A_WHICH.match(chunk, at + len(raw))
    ]


def _own_sentence(resolver: Resolver, offset: int) -> tuple[int, Span | None, str | None]:
    """The index of the sentence holding ``offset``, that sentence, and its words before
    ``offset`` (None past the last sentence)."""
    index = resolver._sentence_index(offset)
    own = resolver.doc.sentences[index] if index < len(resolver.doc.sentences) else None
    return index, own, own_words(resolver.doc.masked, own, offset) if own is not None else None


def _antecedent(resolver: Resolver, offset: int, depth: int, pronoun: str) -> Speaker | None:
    """:func:`antecedent` before a topic's check."""
    if depth >= MAX_DEPTH:
        return None
    index, own, pre = _own_sentence(resolver, offset)
    if (
        own is not None
        and pre is not None
        and not _topic(resolver.doc.masked, pre, offset)
        and not _fronted(resolver, pre)  # "Of Ada Vale, he is shy": he speaks of her
    ):
        if pronoun == "they" and _THINGS_THEY.match(pre) is not None:
            return None
        subjects = sorted({*unlabelled(pre), *inverted_subject(pre)})
        subjects = _no_things(owners_for_works(pre, subjects), pre, pronoun)  # "her first, X,"
        for at, raw in reversed(subjects):
            if OTHER_PRONOUN.get(pronoun) == raw.lower():
                continue  # "He is, she says, “...”": he is her topic, never the one who says
            found = resolver._subject(raw, own.start + at, depth + 1, SOMEONE)
            if found is not None or checks.shared_surname(raw, resolver.people.ordered()):
                return found  # "Vale will star ... and she hopes": never an older subject
        named = (
            named_before(resolver.people, pre, offset, resolver.doc.masked) - resolver._characters
        )
        if len(named) == 1:
            if named <= by_agents(resolver.people, pre) or named_as_maker(pre, next(iter(named))):
                return None  # "in a film directed by Ida Berg, felt “...”, he says": not Berg
            return Speaker(named.pop(), SourceKind.PERSON, "")
    para = own.para if own is not None else -1
    for back in range(index - 1, max(index - ANTECEDENT_SENTENCES, 0) - 1, -1):
        sentence = resolver.doc.sentences[back]
        if sentence.para == resolver.doc.title_para:
            continue  # the lede above the headline still introduces the body
        if reach.apart(resolver.doc, sentence.para, para):
            break
        if (said := resolver._said.get(back)) is not None:
            return said  # "“...,” he says.": that he is who we found for that quote
        chunk = resolver.doc.masked[sentence.start : sentence.end]
        if pronoun in {"he", "she"} and aged_stranger(
            chunk, resolver.people, adjacent=back == index - 1 and sentence.para == para
        ):
            return None  # "16-year-old Mirela had queued. “...,” she said.": no one we can name
        subjects = pronoun_subjects(chunk, pronoun)
        if (
            pronoun in {"he", "she"}
            and sentence.para == para
            and acts_on_writer(chunk)
            and not (
                subjects
                and subjects[0][0] == 0
                and resolver.people.resolve(subjects[0][1], first_name=True) is not None
            )
        ):  # "A runner hands me tea.": maybe her; not "Vale orders while a waiter brings us"
            return Speaker("", SourceKind.UNATTRIBUTED, "")
        if subjects and after_own_clause(chunk, subjects[0][0], pronoun):
            # "she wraps up, while a crew member mops": she is whom the text before names
            return _antecedent(resolver, sentence.start, depth + 1, pronoun) or Speaker(
                "", SourceKind.UNATTRIBUTED, ""
            )
        if pronoun in OTHER_PRONOUN and _tells_of_others(chunk, pronoun):
            continue  # "X plays Y, and both, she says, learned ...": she tells of X, is not X
        if told := _whom_told(resolver, (chunk, sentence.start, offset), subjects, pronoun):
            return told  # "X told her the tune ...": she is whom X told, never X
        for at, raw in _no_things(subjects, chunk, pronoun):
            if object_of_own_pronoun(chunk, at, raw, pronoun):
                continue  # "He will walk the carpet with X and Y.": X and Y are not he
            if OTHER_PRONOUN.get(pronoun) == raw.lower():
                return None  # "He was right." before "she said": he is someone else
            found = resolver._subject(raw, sentence.start + at, depth + 1, SOMEONE)
            if pronoun in {"he", "she"} and paired(chunk, at, raw):
                return None  # "Ada Vale and Tom Reed had ...": "they", never one of them
            if (
                found is not None
                and owner_opens(chunk, at, raw, pronoun)
                and not _known_for(resolver, pronoun, offset, found, sentence.start)
            ):
                # "Sam Orrin's shed is ..." where first met: "she" may be anyone, and so no one
                # (not the profile's subject either)
                return Speaker("", SourceKind.UNATTRIBUTED, "")
            if found is not None and informant_tells_of(chunk, at + len(raw), found, pronoun):
                return None  # "one insider told us he is close": he is not the insider
            if found is not None and not described_host(resolver, raw, found):
                return reach.kept(resolver, pronoun, offset, found, depth=depth, at=sentence.para)
            if raw in _LONE_DETERMINERS:
                continue  # "The score leans on a piano Vale found": a thing's subject, cut short
            just_before = back == index - 1 and sentence.para == para
            if just_before and resolver.unknown_name(raw) and _written_in_full(resolver, raw):
                return Speaker("", SourceKind.UNATTRIBUTED, "")  # not even the profile's subject
            if resolver.unknown_name(raw) or unnamed_role(raw, chunk, at):
                return None  # about someone we cannot name: never skip to an older subject
        if pronoun == "they" and _THEY_INSIDE.search(chunk) is not None:
            return None  # "adults sigh when they see it. “...,” they say": those, no one named
        if (kin := kin_opener(chunk, pronoun, partial(_person, resolver))) is not None:
            return resolver.named(kin) if kin else None  # "X's partner, Y, came": Y, never X
        if (own_subject := _OWN_SUBJECT.match(chunk)) and own_subject["who"].lower() == pronoun:
            continue  # "Does he miss Olly?": he is not Olly; look further back for him
        done, sole = checks.sole_or_others(
            resolver, sentence, back == index - 1 and sentence.para == para, pronoun
        )
        if done and sole not in hosts(resolver.doc.masked, resolver.people):  # a host: look back
            keep = sole if sole not in resolver._characters else None  # a part: no one speaks
            return Speaker(keep, SourceKind.PERSON, "") if keep else None
    return None


def _whom_told(
    resolver: Resolver,
    placed: tuple[str, int, int],
    subjects: list[tuple[int, str]],
    pronoun: str,
) -> Speaker | None:
    """Who ``pronoun`` (at the third of ``placed``) stands for when the last subject of the
    sentence before (its text and start, the first two) tells or asks the pronoun's person
    ("X, who plays Y, told her the tune ..."): whom the article profiles, or the pronoun last
    stood for, unless that is the teller; else no one. None when the subject tells no one so."""
    chunk, start, offset = placed
    if not subjects or not subject_acts_on(chunk, *subjects[0], pronoun):
        return None
    at, raw = subjects[0]
    teller = resolver._subject(raw, start + at, 1, SOMEONE)
    known = resolver.profiled() or resolver.recall(pronoun, offset)
    if known is not None and (teller is None or teller.name != known.name):
        return known
    return Speaker("", SourceKind.UNATTRIBUTED, "")


def _tells_of_others(chunk: str, pronoun: str) -> bool:
    """Whether ``chunk``, a sentence before the quote, has a teller's aside with ``pronoun``
    right after its clause's named subject or the word for them ("Ada Vale plays Wren, and
    both, she says, learned ..."): whoever it names is whom she tells of, never she; she is whom
    the text before stood her for. An aside after another subject ("X thanked the crowd, many
    of whom, she said, ...") may be X's own."""
    aside = TELLER_ASIDE.search(chunk)
    return (
        aside is not None
        and aside["pronoun"] == pronoun
        and _TOLD_SUBJECT.search(chunk, 0, aside.start()) is not None
    )


_TOLD_SUBJECT = lazy_pattern(
    r"(?:^|[,;][ ]|[ ](?:and|but)[ ])"
    r"(?:both|each|all[ ](?:two|three|four)|the[ ](?:pair|two|three|duo|trio)"
    r"|[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,2})$"
)
"""The subject right before a teller's aside: a name, or the word for those named before it
("both", "the pair")."""


def _written_in_full(resolver: Resolver, raw: str) -> bool:
    """``raw``, a surname subject the resolver cannot name, ends a full name the article writes
    ("the director Ada Corr-Vane. ... Corr-Vane cast him"): someone, though unknown, so a
    pronoun right after its sentence is theirs, never handed on to the piece's subject. Only two
    words standing alone count: a body's name ("Wessex Borough Council") or a part's nickname
    in marks ("Ilonka ‘Ila’ Vane") is no one's full name. A word closing the sentence or
    clause before ("Low Brine. Ada Corr-Vane") or a job's title ("Director Ada Corr-Vane") is
    no part of the run."""
    if " " in raw or not raw[:1].isupper():
        return False
    text = resolver.doc.text
    for full in re.finditer(rf"\b[A-Z][\w'-]*[^\W\d_][ ]{re.escape(raw)}\b", text):
        before = text[: full.start()]
        words = before.split() if before.endswith(" ") else []
        if not words or _outside_run(words[-1]):
            return True  # not the tail of a longer capitalised run ("Wessex Borough Council")
    return False


def _outside_run(word: str) -> bool:
    """``word``, right before a full name, is no part of a capitalised run with it."""
    return not word[:1].isupper() or word[-1] in _RUN_ENDS or _JOB_TITLE.fullmatch(word) is not None


_RUN_ENDS = frozenset('.,;:!?”’")')
"""The last character of a word that closes its sentence or clause ("Brine.", "Cardiff,")."""
_JOB_TITLE = lazy_pattern(CAPITALISED_ROLE_NOUN)


def _person(resolver: Resolver, name: str) -> bool:
    """``name`` is a person the article knows, not a part ("Vale", not "Ines")."""
    found = resolver.people.resolve(name, first_name=True)
    return found is not None and resolver.people.knows(found) and found not in resolver._characters
