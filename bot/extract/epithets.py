"""Parts named through an epithet rather than a casting verb.

* "the Ada Quinn actor": the person most recently named before it plays Ada Quinn;
* "Amos actor Owen Gallagher": the part's name before "actor", the person's after;
* "the 24-year-old, who plays Nacho Berrocal": the person the paragraph is about.

An epithet with a full name may name a work instead ("the Glass Orchard actor"), so unless the
article shows that name as a part elsewhere the casting is held (confidence below the line).
"""

from __future__ import annotations

from bot.extract.castactornouns import STAR_LEADS
from bot.extract.castforms import CHAR, DESCRIPTOR
from bot.extract.context import Context
from bot.extract.lexicon import NATIONALITIES, ROLE_KINDS, SPEECH_VERBS, STOP_TOKENS
from bot.extract.names import FIRST_TOKEN, FULL_NAME, FULL_RE, clean_character
from bot.extract.people import People, is_full, resolve_character, subject_before
from bot.extract.text import Doc, View
from bot.extract.works import names_a_work
from bot.facts import HELD, CastFact
from bot.lazy_patterns import lazy_pattern

_EPITHET = lazy_pattern(rf"\b[Tt]he[ ](?P<char>{CHAR})[ ](?:actor|actress)\b")
_PART_ACTOR = lazy_pattern(
    rf"(?:^|(?<=[ (]))(?P<char>{FIRST_TOKEN})[ ](?:actor|actress)[ ](?P<actor>{FULL_NAME})"
)
_AGED = lazy_pattern(
    r"\b[Tt]he[ ]\d{1,2}-year-old(?:[ ][a-z]+)?,[ ]who[ ](?:[^,.;:()“”\"]{1,120}?,[ ])?"
    r"(?:plays|will[ ]play|is[ ]playing|"
    rf"portrays|stars[ ]as)[ ]{DESCRIPTOR}(?P<char>{CHAR})"
)
_OPENER = lazy_pattern(r"[ “”\"‘’']*[A-Z][a-z]+(?:ing|ed)[ ][^,]{0,120},[ ]$")
"""A sentence that opens with a participle ("Speaking on the podcast with X, the 24-year-old,
who plays ..."): the person meant is not the one in the opening phrase."""
_SAYER_THEN_AND = lazy_pattern(rf"[”\"],?[ ]{SPEECH_VERBS}[ ][^,;:“”\"]{{1,80}},[ ]and[ ]$")
"""Before "the 21-year-old", a quotation's sayer and a new clause: "“Again,” calls X from the
gazebo, and the 21-year-old, who plays Y, ...": the one who speaks is calling to someone
else, whom the sentence does not name; no one is read as playing Y."""
_ORG_USE = lazy_pattern(
    r"\b(?P<word>[A-Z][\w-]*)(?:[’']s\b|[ ](?:has|have|announced|confirmed|said|says)\b)"
)
_WORD = lazy_pattern(r"[\w-]+")
_CAPITAL_BEFORE = lazy_pattern(r"(?<![.!?:][ ])\b(?!(?:The|A|An)[ ]$)[A-Z][\w’'-]*[ ]$")
_AGENT_BEFORE = lazy_pattern(r"\b(?:played|voiced|portrayed|taken)[ ]by[ ]$")
"""A passive's agent: the part is its subject, so the word before "actor" says where or what
the actor is."""
_DEMONYM = lazy_pattern(r"(?:ian|ean|itan|ese|ish|ic|ine|ais|ois)$")
"""How adjectives of place end (Sevillian, Neapolitan, Maltese, Cornish, Baltic, Bordelais)."""
_ARTICLE_BEFORE = lazy_pattern(r"\b(?:[Tt]he|[Aa]n?)[ ]$")
_CAST_AFTER = lazy_pattern(
    rf"[ ](?:as|plays|will[ ]play|is[ ]playing|portrays)[ ]{DESCRIPTOR}(?P<char>{CHAR})"
)
"""After "<Word> actor X", the sentence's own casting of X ("Galway actor X joins the drama as
Y"): the word before "actor" then says where X is from, not whom X plays."""
_OTHER_CLAUSE = lazy_pattern(r"[ ]who(?:se|m)?[ ]|;")
_DOUBT = "named only in 'the ... actor'"
_UNCAST = "'the ... actor' with a word no casting names"
_ONCE = "'X actor' with a word used nowhere else, for an actor cast as another part"
_CAST_HERE = "'X actor' in a sentence that casts the actor as another part"
_TWICE = 2


def find_epithets(
    doc: Doc, people: People, cast: list[CastFact], context: Context
) -> list[CastFact]:
    """Castings stated by epithet, for parts the other forms did not already pair."""
    found: list[CastFact] = []
    characters = [c.character for c in cast]
    for view in doc.views:
        sentence, chunk = view.span, view.chunk
        evidence = doc.text[sentence.start : sentence.end].strip()
        if "actor" in chunk or "actress" in chunk:
            found.extend(_the_part_actor(doc, people, characters, view, evidence))
            found.extend(_part_then_actor(doc, people, context, chunk, evidence, cast))
        if "s, who " in chunk:
            found.extend(_pair(doc, people, view, evidence, [c.character for c in cast]))
        if "-year-old, who " in chunk:
            for match in _AGED.finditer(chunk):
                if _SAYER_THEN_AND.search(chunk, 0, match.start()):
                    continue
                offset = sentence.start + match.start()
                if _OPENER.match(chunk[: match.start()]):
                    offset = sentence.start  # the person the previous sentence was about
                character = clean_character(match["char"])
                ours = {character, *context.ours}
                actor = subject_before(doc, people, offset, ours, objects_stop=True)
                if actor is not None and character:
                    found.append(CastFact(actor, resolve_character(character, characters),
                                          evidence))  # fmt: skip
    return found


_PAIR_EPITHET = lazy_pattern(
    r"\b[Tt]he[ ](?:\d{1,2}-year-old[ ])?(?:[a-z]+[ ])?(?:actors|stars|co-stars|leads),[ ]who[ ]"
    rf"(?:play|portray|star[ ]as)[ ](?P<a>{CHAR})[ ](?:and|&)[ ](?P<b>{CHAR})"
)
"""Two people named just before: "X and Y ... The 21-year-old actors, who play A and B"."""


def _pair(
    doc: Doc, people: People, view: View, evidence: str, characters: list[str]
) -> list[CastFact]:
    found: list[CastFact] = []
    for match in _PAIR_EPITHET.finditer(view.chunk):
        before = [s for s in doc.sentences if s.end <= view.span.start + match.start()]
        before = [s for s in before if s.para != doc.title_para][-1:]
        named: list[str] = []
        for sentence in before:
            for name in FULL_RE.findall(doc.masked, sentence.start, sentence.end):
                resolved = people.resolve(name)
                if resolved is not None and resolved not in named:
                    named.append(resolved)
        if len(named) == _PAIR:
            parts = [resolve_character(clean_character(match[k]), characters) for k in "ab"]
            found.extend(CastFact(a, c, evidence) for a, c in zip(named, parts, strict=True))
    return found


_PAIR = 2


def _the_part_actor(
    doc: Doc, people: People, characters: list[str], view: View, evidence: str
) -> list[CastFact]:
    """ "the Ada Quinn actor"."""
    found: list[CastFact] = []
    start = view.span.start
    for match in _EPITHET.finditer(view.chunk):
        character = clean_character(match["char"])
        if not character or (not is_full(character) and character not in characters):
            continue
        if character not in characters and names_a_work(character, doc.text):
            continue  # "the Glass Orchard actor": known for a work, not playing a part
        actor = subject_before(doc, people, start + match.start(), {character})
        if actor is None:
            continue
        character = resolve_character(character, characters)
        if character in characters or _first_name_used(character, doc):
            found.append(CastFact(actor, character, evidence))
        else:
            found.append(CastFact(actor, character, evidence, confidence=HELD,
                                  doubt=_DOUBT))  # fmt: skip
    return found


def _part_then_actor(  # noqa: PLR0917 - a private helper called once
    doc: Doc, people: People, context: Context, chunk: str, evidence: str, cast: list[CastFact]
) -> list[CastFact]:
    """ "Amos actor Owen Gallagher": a first name before "actor" is the part, unless the article
    uses it as a work's or a company's name. After an article ("the Lisbon actor X") the word
    is where the actor is from or works as often as a part: held unless the article casts it.
    So is a word used nowhere else for an actor the article casts as another part."""
    found: list[CastFact] = []
    parts = [c.character for c in cast]
    for match in _PART_ACTOR.finditer(chunk):
        character = clean_character(match["char"])
        if (
            not character
            or character in STOP_TOKENS
            or character in ROLE_KINDS
            or character in NATIONALITIES
            or character.lower() in STAR_LEADS  # "Young actor X", "Veteran actor X"
            or _mixed_origin(character)
            or context.is_known(character)
            or names_a_work(character, doc.text)
        ):
            continue
        if any(m["word"] == character for m in _ORG_USE.finditer(doc.masked)):
            continue  # "Lumen actor X", where Lumen's or "Lumen has" shows a company
        if _CAPITAL_BEFORE.search(chunk, 0, match.start()):
            continue  # "the Fen Marsh actor X": the last word of a title or a full name
        if _AGENT_BEFORE.search(chunk, 0, match.start()):
            continue  # "Ada is voiced by Madrid actor X": the part came first; a place, a trait
        adjective = _DEMONYM.search(character) is not None
        if adjective and _ARTICLE_BEFORE.search(chunk, 0, match.start()):
            continue  # "the Sevillian actress X": where she is from, not whom she plays
        actor = people.resolve(match["actor"]) or people.add(match["actor"])
        if actor is None or people.knows(people.resolve(character) or ""):
            continue  # "Lockwood actor ..." is no part
        if adjective:
            found.append(CastFact(actor, character, evidence, confidence=HELD,
                                  doubt="an adjective of place before 'actor'"))  # fmt: skip
        elif _ARTICLE_BEFORE.search(chunk, 0, match.start()) and not _cast_as(character, parts):
            found.append(CastFact(actor, character, evidence, confidence=HELD, doubt=_UNCAST))
        elif _cast_after(chunk, match.end(), character, people, actor):
            found.append(CastFact(actor, character, evidence, confidence=HELD, doubt=_CAST_HERE))
        elif _once(character, doc) and _cast_otherwise(actor, character, cast):
            found.append(CastFact(actor, character, evidence, confidence=HELD, doubt=_ONCE))
        else:
            found.append(CastFact(actor, character, evidence))
    return found


def _cast_after(chunk: str, at: int, word: str, people: People, actor: str) -> bool:
    """The sentence casts its actor after ``at`` as a part ``word`` is no word of. A casting
    after a "who" or "whose", a semicolon or another person's name is someone else's ("Cal
    actor X and Y, who plays Z", "Cal actor X returns alongside Y as Z")."""
    return any(
        word not in m["char"].split() and not _OTHER_CLAUSE.search(chunk, at, m.start() + 1)
        and not _other_person(chunk[at : m.start()], people, actor)
        for m in _CAST_AFTER.finditer(chunk, at)
    )  # fmt: skip


def _other_person(span: str, people: People, actor: str) -> bool:
    """``span`` names a person the article knows other than ``actor`` (not a work's name)."""
    named = {people.resolve(m.group()) or "" for m in FULL_RE.finditer(span)} - {actor}
    return any(people.knows(name) for name in named)


def _once(word: str, doc: Doc) -> bool:
    """``word`` stands nowhere in the article but before "actor"."""
    return _WORD.findall(doc.masked).count(word) < _TWICE


def _cast_otherwise(actor: str, word: str, cast: list[CastFact]) -> bool:
    """``actor`` plays another part here: a word before "actor" used nowhere else is then as
    likely where the actor is from ("Tarnby actor X on playing ...", X playing Y)."""
    return any(c.actor == actor and c.character and c.character != word for c in cast)


def _cast_as(word: str, characters: list[str]) -> bool:
    """``word`` is a part another casting names, whole or as its first name."""
    return any(c == word or c.split()[0] == word for c in characters if c)


def _mixed_origin(word: str) -> bool:
    """ "Franco-Swiss", "Irish-Nigerian": a hyphenated descriptor of where someone is from."""
    parts = word.split("-")
    return len(parts) > 1 and any(p in NATIONALITIES or _DEMONYM.search(p) for p in parts)


def _first_name_used(character: str, doc: Doc) -> bool:
    """The part's first name stands alone elsewhere ("Juniper’s new flat"): a person's name.
    The word after it is checked against the name's second word, so a longer title ("the
    Juniper Far Away actor") opening on a first name is not taken as used alone."""
    tokens = character.split()
    first, second = tokens[0], tokens[1] if len(tokens) > 1 else tokens[-1]
    words = _WORD.findall(doc.masked)
    return any(
        word == first and (index + 1 >= len(words) or words[index + 1] != second)
        for index, word in enumerate(words)
    )
