"""The clause subjects a "she says" may stand for, in a sentence before it.

Two kinds of named subject are never the pronoun's person:

- a name in a list's aside ("The show made stars of its cast, Ada Vale and Tom Reed chief among
  them, but ..."): the aside names them in passing, it is not what the sentence is about;
- a subject whose own clause speaks of the pronoun's person as someone else ("Her co-star Tom
  Reed describes her as ...", "Ada Vale calls him ..."): "she" is the one described, not the
  describer; so is one whose relative clause does ("A colleague who has known him says"), and
  one who acts on the pronoun's person ("Casting director Jo Reyes called her back", "signed
  her up"): what was done to "her" is hers to tell;
- an actor in a roll of who plays whom ("Ada Vale plays Inspector Dace and Tom Reed plays her
  sergeant"): the sentence tells the work's cast in passing, not what the piece is about;
- a work told as the pronoun's person's own ("Low Orchard was her first series",
  :mod:`bot.extract.owned_work_subjects`);
- a place phrase that opens a sentence before another pronoun subject ("In Hull they did the
  opposite" before "she says"): a where, not a who;
- a role set beside the name before it ("Ada Vale, the film's writer and the creator of the
  series, ..."): it describes that name, so the name stands for the pronoun, not the role; so
  does one closed by its comma after an object's name ("cast as Tam, the baker's son, after");
- a manner ("the way other people stand under a shower"): a likeness, no one who speaks;
- a plural group ("The fans know her better", "audiences, many of them its fans") for a "she"
  or "he" (:mod:`bot.extract.plural_subjects`), and a name its apposition tells as a work ("Low
  Tide, the film that ends the saga, ...");
- a subject whose clause the pronoun's person tells in an aside ("One producer, she recalls,
  wanted ..."): the teller is someone else;
- a name set with only an apposition after the same pronoun's own clause ("he played a fox in
  Burrow, and Sam, the baker's son, in Crumb"): an item in what the pronoun did, no subject.

A work set after its owner's possessive ("Vey's debut, Dry Orchard (2019), which starred ...")
is its owner (:mod:`bot.extract.apposed_works`); a name set before "he says," and his words is
his topic, he the subject; a sentence opening on a name's possession ("Ada Vale's studio is full
of drums") with no other subject is hers.

A sentence told "According to <Name>, ..." puts that name first
(:mod:`bot.extract.according_sources`). And three subjects count that the clause finder does
not list: a "with" clause's ("Ada Vale and Tom Reed walked out, with Reed admitting he ..."), the
last one the sentence is about; the one handed the floor (:mod:`bot.extract.floor_handovers`);
and one named after its verb ("Among the crowds was Ada Vale",
:mod:`bot.extract.inverted_subjects`).

A bare crew role noun ("The composer shrugs at the praise. “...,” she says.") is the pronoun's
person whoever it is: when it resolves to no one, the search stops there
(:func:`unnamed_role`), as at a name it cannot place, never reaching back to an actor quoted a
paragraph before; so does a subject cut to its bare article ("A piano with two missing keys sits
by the door"), a thing (:mod:`bot.extract.impersonal_subjects`).
"""

from __future__ import annotations

import re

from bot.extract.according_sources import according_source
from bot.extract.apposed_works import apposed_subjects, owners_for_works, told_as_work
from bot.extract.crew_not_actors import ACTOR_NOUNS
from bot.extract.descriptions import crew_role, unlabelled
from bot.extract.floor_handovers import handed_floor
from bot.extract.fronted_subjects import fronted_object
from bot.extract.fronted_times import past_fronted_phrase
from bot.extract.handle_platforms import handles_on_sites
from bot.extract.impersonal_subjects import impersonal
from bot.extract.inverted_subjects import inverted_subject
from bot.extract.kin_parts import cast_as_kin
from bot.extract.lexicon import GENRE_WORDS, RELATION, ROLE_NOUNS, SPEECH_VERBS
from bot.extract.organisations import PLACE_PREPOSITIONS, looks_like_company
from bot.extract.owned_work_subjects import owned_work
from bot.extract.part_leavers import left_then_handed
from bot.extract.plural_subjects import plural_group
from bot.extract.pronoun_captions import pictured_subject
from bot.extract.reported_objects import reporter_told_of
from bot.lazy_patterns import lazy_pattern

_PLACE_WORDS = "|".join(w.capitalize() for w in f"in|at|from|{PLACE_PREPOSITIONS}".split("|"))
_PLACE_OPENER = lazy_pattern(rf"(?:{_PLACE_WORDS}|Back[ ]in)[ ][^ ].*")
_PLACE_WORD = lazy_pattern(_PLACE_WORDS)
_PLACED_PRONOUN = lazy_pattern(
    r"[A-Z][a-z]+[ ](?:the|a|an|his|her|their)[ ][\w’'-]+(?:[ ][\w’'-]+){0,3}?,?[ ]"
    r"(?P<own>she|he)[ ](?:was|is|had|has|became|seemed|got)\b"
)
_PAIRED = lazy_pattern(
    r"(?:[A-Z][\w’'-]*[ ]and[ ]"
    r"|[A-Z][\w’'-]*[ ][A-Z][\w’'-]*[ ]and[ ](?:(?:his|her|their)[ ])?(?:[a-z-]+[ ]){1,3})$"
)
"""A name and "and" before the subject ("Marron and "), or a full name and the second's role
("Dev Marron and co-star ", "Dev Marron and his screen brother "); not roles alone ("Creator
and writer ")."""
_TOPIC_PRONOUN = lazy_pattern(
    r",[ ](?P<own>he|she|they)[ ](?:says|said|adds|added|recalls|recalled|insists|admits|notes)"
    r",[ ][“\"‘]"
)
"""A name set before "he says," and the words as the topic of his words ("Director Ada Vale,
he says, “let us play”"): the sayer is "he", the name only who the words are about (not in
"Ada Vale, he says, wanted it “older”", where she is the clause's subject)."""
_OWNED_NOT_HER = "|".join(
    (*GENRE_WORDS, *ROLE_NOUNS, "adaptation", "comic", "webcomic", "debut", "book", "album")
)
_OWNER_OPENS = lazy_pattern(
    r"(?P<name>[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){0,2})[’']s[ ]"
    rf"(?!(?:[\w’'-]+[ ]){{0,2}}(?:{_OWNED_NOT_HER}|{RELATION}|agent|manager|choice|pick|"
    r"team|crew|cast|company|family|parents|children|kids|play|script|story|work|boss|"
    r"publicist|stand-in|double)s?\b)[a-z]"
)
"""A sentence opening on a name's possession ("Ada Vale's studio is full of drums"): with no
other subject, a later "she says" may stand for her (:func:`owner_opens` tells the caller to
take her only if she is the headlined person or whom the pronoun last stood for); never her
work ("Ada Vale's new Brightcast drama premiered"), which tells of the work, nor a person of
hers ("Tom Reed's mother", "Low Orchard's director", "Ada Vale's first choice"), who may be
the one speaking."""
_PAIRED_AFTER = lazy_pattern(
    r"(?:[ ]and[ ](?:(?:his|her|their)[ ])?(?:[a-z-]+[ ]){0,3}"
    r"|(?P<with>,[ ](?:with|alongside|together[ ]with)[ ])(?:(?:his|her|their)[ ])?"
    r"(?:[a-z-]+[ ]){0,3})(?P<other>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?)"
)
"""Another name after the subject, joined to it ("Dev Marron and his screen brother Tomas
Reel", "Dev Marron, alongside Tomas Reel,"); after "with" or "alongside" only a full name that
is no company ("Ada Vale, with Netflix backing her," is Vale alone)."""
_ROLE_SUBJECT = lazy_pattern(r"(?:[Tt]he|[Tt]his|[Tt]hat)[ ](?P<noun>[a-z-]+)")
_MANNER = lazy_pattern(r"(?:the|in[ ]the)[ ]way[ ]", re.IGNORECASE)
"""A manner, no one ("She stands there, the way other people stand under a shower")."""
_ITEM_BEFORE = lazy_pattern(r"\b(?:the|a|an)[ ][a-z][\w’'-]*(?:[ ][a-z][\w’'-]*)?,[ ]$")
_ITEM_AFTER = lazy_pattern(
    r",[ ](?:(?:and|or)[ ])?(?:the|a|an)[ ]|[ ]*(?:and|or)[ ](?:the|a|an)[ ]|[.!?]"
)
"""A described role between others in a list of roles ("she has been the sister, the friend,
the colleague"): what someone was, no clause's subject."""
_OWN_PRONOUN = lazy_pattern(r",?[ ]+(?P<own>he|she|they|we|I|it)[ ]")
_ASIDE = lazy_pattern(r"[ ]+(?:[a-z]+[ ]){0,2}among[ ](?:them|others)\b")
TELLER_ASIDE = lazy_pattern(rf",[ ](?P<pronoun>she|he|they)[ ](?:[a-z]+ly[ ])?{SPEECH_VERBS},")
"""A subject's clause interrupted by its teller ("One producer, she recalls, wanted ..."): the
aside's pronoun is someone else, the one telling it."""
_CREDIT = r"(?:wrote|directed|produced|edited|shot|scored|writes|directs|produces|edits)"
_ROLL_JOIN = r"(?:;|,?[ ]and|,[ ](?:while|whereas))"
"""Between a roll's clauses: a semicolon, "and", ", while"."""
_ROLL = lazy_pattern(
    rf"(?:[A-Z][\w’'-]*[ ]){{1,3}}plays[ ][^.;]*?{_ROLL_JOIN}[ ](?:[A-Z][\w’'-]*[ ]){{1,3}}"
    r"(?:plays|is[ ]the)[ ]"
    rf"|(?:[A-Z][\w’'-]*[ ]){{1,3}}{_CREDIT}\b[^.;]*?{_ROLL_JOIN}[ ]"
    rf"(?:[A-Z][\w’'-]*[ ]){{1,3}}{_CREDIT}\b"
)
"""A roll of who plays whom ("Ada Vale plays the aunt; Tom Reed is the nephew", "..., while Tom
Reed is the nephew") or of who made the work ("Vale wrote and directed it; Tom Reed produced",
"Vale directs, and Reed writes"): the sentence tells the credits in passing, so a later "he
says" is none of the names in it."""
_WITH_DOING = lazy_pattern(
    r",[ ]with[ ](?P<name>(?:[A-Z][\w’'-]*[ ]){0,2}[A-Z][\w’'-]*)[ ]"
    r"(?!(?:direct|produc|writ|edit|shoot|scor|compos)ing\b)[a-z]+ing[ ]"
)
"""Whom a sentence's news is about ("The shoot ran late, with Ada Vale insisting on ..."), but
not a credit told in passing ("Cameras rolled in May, with Tom Reed directing"): a later "she
says" goes on from the sentences before, never to the crew member named in passing."""
_WHEN_DOING = lazy_pattern(
    r"\b(?:came|happened)[ ]when[ ](?P<name>(?:[A-Z][\w’'-]*[ ]){0,2}[A-Z][\w’'-]*)"
    r"(?:,[ ]who[ ][^,]{1,80},)?[ ][a-z]+ed[ ]"
)
"""The one a sentence's news is about ("The twist came when Ada Vale, who plays the aunt,
walked on"): "the actor" or "she" after it is Vale, not the sentence's noun subject."""
_AT_WHICH = lazy_pattern(
    r"[a-z][ ](?:at|during)[ ]which[ ](?P<name>(?:[A-Z][\w’'-]*[ ]){0,2}[A-Z][\w’'-]*)"
    r"(?:,[ ]who[ ][^,]{1,80},)?[ ][a-z]+[ ]"
)
"""Who spoke at an event the sentence tells of ("hosted a panel at which Ada Vale, who plays the
aunt, spoke"): "he said" after it is Vale's, not the host's nor an earlier subject's."""
_IRREGULAR = "(?:brought|sent|put|took|kept|got)"
_PARTICLE = "back|up|in|over|off|down"
_ACTED_ON = {
    "she": re.compile(
        rf"\b{_IRREGULAR}[ ]her(?=[ ](?:{_PARTICLE})\b|[ ]*[.,;:])"
        rf"|\b[a-z]+ed[ ]her[ ](?:{_PARTICLE})\b"
    ),
    "he": re.compile(rf"\b{_IRREGULAR}[ ]him\b|\b[a-z]+ed[ ]him[ ](?:{_PARTICLE})\b"),
}
_OBJECT = {
    "she": re.compile(
        rf"\b(?:[a-z]+(?:s|ed)|{_IRREGULAR})[ ]her(?=[ ](?:as|to|{_PARTICLE})\b|[ ]*[.,;:“\"‘])"
        r"|\bwho(?:[ ][a-z’']+){1,5}[ ]her(?=[ ]*[.,;:]|[ ](?:for|since|as|well|best)\b)"
    ),
    "he": re.compile(
        rf"\b(?:[a-z]+(?:s|ed)|{_IRREGULAR}|who(?:[ ][a-z’']+){{1,5}})[ ]him\b(?!self)"
    ),
}


def pronoun_subjects(chunk: str, pronoun: str) -> list[tuple[int, str]]:
    """The subjects of ``chunk`` (last first) that ``pronoun`` may stand for."""
    apposed = apposed_subjects(chunk, pronoun)
    if apposed:
        return apposed
    told = according_source(chunk) if pronoun in ("he", "she") else []
    doing = [(m.start("name"), m["name"]) for m in _WITH_DOING.finditer(chunk)]
    doing += [(m.start("name"), m["name"]) for m in _WHEN_DOING.finditer(chunk)]
    doing += [(m.start("name"), m["name"]) for m in _AT_WHICH.finditer(chunk)]
    doing += handles_on_sites(chunk)  # "and @fen_lark on X was thrilled"
    found = sorted(
        {*unlabelled(chunk), *doing, *handed_floor(chunk), *inverted_subject(chunk)}, reverse=True
    )
    found = [_placed_pronoun(chunk, at, raw) for at, raw in found]
    found = past_fronted_phrase(chunk, found)  # "In the morning Ada Vale ..."
    if not found and pronoun in ("he", "she") and (owner := _OWNER_OPENS.match(chunk)):
        found = [(0, owner["name"])]
    if not found and pronoun in ("he", "she") and (pictured := pictured_subject(chunk)):
        found = [pictured]  # "Image 6 of 9: Director Ada Vale on set with Bea Lund."
    found = owners_for_works(chunk, found)
    rolls = [m.span() for m in _ROLL.finditer(chunk)]
    aside = [
        (at, raw)
        for at, raw in found
        if _ASIDE.match(chunk, at + len(raw)) is None
        and not any(start <= at < end for start, end in rolls)
        and not owned_work(chunk, at, raw)
        and not _place_opener(chunk, at, raw, pronoun)
        and not fronted_object(chunk, at, raw)
        and _MANNER.match(raw) is None
        and not _apposed_role(chunk, at, raw, found)
        and not (pronoun in ("he", "she") and (plural_group(raw) or told_as_work(chunk, at, raw)))
        and not left_then_handed(chunk, at, raw)
        and not _told_by(chunk, at, raw, pronoun)
        and not _bracketed(chunk, at)
        and not _listed_role(chunk, at, raw)
        and not cast_as_kin(chunk, at, raw, pronoun)
    ]
    aside = [(at, raw) for at, raw in aside if not _listed_after(chunk, at, raw, pronoun)]
    described = _OBJECT.get(pronoun)
    if described is None:
        return told + aside
    kept = [(at, raw) for at, raw in aside if described.search(_clause(chunk, at)) is None]
    if len(kept) < len(aside) and (acted := _ACTED_ON[pronoun].search(chunk)):
        # "X explained that Y took him aside": X; "X asked ...; Y brought him sweets": no one
        reporter = reporter_told_of(chunk, pronoun, acted.start())
        return [*told, reporter] if reporter else told
    return told + kept


_CONTRACTED = lazy_pattern(r"He|She|It|They|We|You|There|Here|That|This|What|Who|Where|Let")
"""Words whose "'s" is "is" or "has" ("He's played ..."), never a possession."""


def _bracketed(chunk: str, at: int) -> bool:
    """``at`` sits inside a bracketed aside that closes later in the sentence ("the stills (a
    lot of wool, one llama) hint at ..."): a word there is the aside's, never the sentence's
    subject, and no one a later "he" or "she" stands for."""
    return chunk.rfind("(", 0, at) > chunk.rfind(")", 0, at) and ")" in chunk[at:]


def _told_by(chunk: str, at: int, raw: str, pronoun: str) -> bool:
    """``raw``'s clause is told by ``pronoun``'s person in an aside right after it ("One producer,
    she recalls, wanted ..."), so that person is not ``raw``."""
    aside = TELLER_ASIDE.match(chunk, at + len(raw))
    return aside is not None and aside["pronoun"] == pronoun


def topic_pronoun(chunk: str, after_name: int) -> re.Match[str] | None:
    """The ", he says, “" right after a name ending at ``after_name`` (:data:`_TOPIC_PRONOUN`)."""
    return _TOPIC_PRONOUN.match(chunk, after_name)


def owner_opens(chunk: str, at: int, raw: str, pronoun: str) -> bool:
    """``raw`` at ``at`` is the owner :func:`pronoun_subjects` took from a possessive opener."""
    owner = _OWNER_OPENS.match(chunk) if at == 0 and pronoun in ("he", "she") else None
    return owner is not None and owner["name"] == raw and _CONTRACTED.fullmatch(raw) is None


def _placed_pronoun(chunk: str, at: int, raw: str) -> tuple[int, str]:
    """A lone "At" taken for the subject of "At the after-party she was more talkative", or a
    topic before "he says,": the clause's pronoun is its subject ("she"), to be followed back to
    whom it stands for."""
    placed = _PLACED_PRONOUN.match(chunk, at) if _PLACE_WORD.fullmatch(raw) else None
    placed = placed or topic_pronoun(chunk, at + len(raw))
    return (placed.start("own"), placed["own"]) if placed else (at, raw)


def _apposed_role(chunk: str, at: int, raw: str, found: list[tuple[int, str]]) -> bool:
    """``raw`` is a role set beside the name before it ("Ada Vale, the film's writer and the
    creator of the series, appeared ..."): it describes her, it is not another subject."""
    if not raw[:1].islower():
        return False
    if any(chunk[a + len(r) : at] == ", " for a, r in found if a < at):
        return True
    return _APPOSED_TO_OBJECT.search(chunk, 0, at) is not None and chunk[at + len(raw) :][:1] == ","


_APPOSED_TO_OBJECT = lazy_pattern(r"\bas[ ][A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3},[ ]$")
"""A name that is no subject, a part set after "as" ("was cast as Ada Vale, "): a role
closed by its own comma after it ("..., the baker's daughter, after ...") describes that name."""


def _place_opener(chunk: str, at: int, raw: str, pronoun: str) -> bool:
    """``raw`` is "In York" before "they did ...": a place, the clause's subject another
    pronoun than ``pronoun`` (one that is the same is left to stop the search as before)."""
    own = _OWN_PRONOUN.match(chunk, at + len(raw))
    return (
        _PLACE_OPENER.fullmatch(raw) is not None
        and own is not None
        and own["own"].lower() != pronoun.lower()
    )


_APPOSED_ONLY = lazy_pattern(r",[ ](?:the|a|an|his|her|their)[ ][^,.;!?]*?,[ ](?:in|on|at|for)[ ]")


def _listed_after(chunk: str, at: int, raw: str, pronoun: str) -> bool:
    """``raw`` comes after "``pronoun`` <verb>" in the sentence and has only an apposition and a
    place after it, no verb of its own ("and Sam, the son of a baker, in Crumb.")."""
    if pronoun not in ("he", "she") or _APPOSED_ONLY.match(chunk, at + len(raw)) is None:
        return False
    return re.search(rf"\b{pronoun}[ ][a-z]+", chunk[:at], re.IGNORECASE) is not None


def _listed_role(chunk: str, at: int, raw: str) -> bool:
    """``raw`` is a lower-case role among others in a list ("the sister, the friend, the
    colleague"): a role the sentence's subject had, never someone a pronoun stands for."""
    return (
        raw[:1].islower()
        and _ITEM_BEFORE.search(chunk, max(at - 40, 0), at) is not None
        and _ITEM_AFTER.match(chunk, at + len(raw)) is not None
    )


def _clause(chunk: str, at: int) -> str:
    """The text from a subject to the end of its clause (the next full stop or semicolon)."""
    end = re.search(r"[.;!?](?:[ ]|$)", chunk[at:])
    return chunk[at : at + end.start() + 1] if end else chunk[at:]


_PAIRED_REACH = 60
"""How far before the subject the first of a pair may start ("Dev Marron and his screen brother
" is 32 characters)."""


def paired(chunk: str, at: int, raw: str) -> bool:
    """The subject ``raw`` at ``at`` is one of a pair of names ("Ada Vale and Tom Reed, who play
    the twins, had ...", "Ada Vale, alongside Tom Reed, had ..."): the pair is "they", and a
    "he" or a quote after it is one of two we cannot tell apart, never either alone."""
    if _PAIRED.search(chunk, max(at - _PAIRED_REACH, 0), at) is not None:
        return True
    after = _PAIRED_AFTER.match(chunk, at + len(raw))
    if after is None or after["with"] is None:
        return after is not None
    return " " in after["other"] and not looks_like_company(after["other"])


def unnamed_role(raw: str, chunk: str, at: int) -> bool:
    """Whether the clause subject ``raw`` (at ``at`` in ``chunk``) is a bare crew role noun ("The
    composer"), an actor's noun ("The actor") or a bare article, that the search could not name:
    no older subject to skip to (the last one quoted is not "the actor" the sentence tells of)."""
    if impersonal(raw, chunk, at):
        return True
    role = _ROLE_SUBJECT.fullmatch(raw)
    return role is not None and (bool(crew_role(role["noun"])) or role["noun"] in ACTOR_NOUNS)
