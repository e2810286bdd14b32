"""A writer's marks on a phrase or a label ("had been ‘written out’ of the story", "no “fan
cut” copies", "accounts claiming a “full leak”."): a word or two in marks that nobody the
article describes said, or a phrase of any length that a thing is said not to be reduced to
("isn't just “standing by the door”"), held for review rather than served as an unnamed
source's words."""

from __future__ import annotations

from bot.extract.quote_checks import faceless
from bot.facts import QuoteFact, SourceKind, held
from bot.lazy_patterns import lazy_pattern

_PHRASE_GOES_ON = lazy_pattern(
    r"[”\"’']?[ ](?:of|from|in|on|at|by|for|to|into|off|out|through)[ ][a-z]"
)
SCARE_DOUBT = "a phrase in scare quotes"
"""Why a writer's marked phrase is held: said by no one the article describes."""
SCARE_WORDS = 2
"""The most words a writer's marks on a phrase or a label pick out ("fan cut")."""
_MODIFIES_NOUN = lazy_pattern(
    r"[”\"’'][ ](?!(?:too|though|either|again|now|then|here|there|yet|still|instead|enough|"
    r"anyway|overall|indeed|today|tonight|lately|before|after|later|since)\b)"
    r"(?:[a-z]{3,}|[A-Z][a-z]+[A-Z][a-z]+)(?<!ly)(?:[.,;:]|[ ](?:and|or)[ ])"
)
"""A lowercase word or two in marks straight before the noun they qualify, which ends its clause
("no leaked or “fan cut” copies.", "the “soft launch” posts and ...", "rumours and “release
date” TikToks." with a platform's camel-cased name): a label the writer marks, nobody's words."""

_PLURAL_NOUN_ON = lazy_pattern(
    r"[”\"’'][ ][a-z]{3,}(?<!ss)(?<!ous)(?<!is)s[ ](?:in|at|across|for|on|around|from)[ ]"
)
"""A plural noun straight after the marks, then a preposition ("“fan event” screenings in")."""
_ARTICLED = lazy_pattern(r"\b(?:[Aa]n?|[Ss]ome)[ ][“\"‘']$")
"""An indefinite article straight before the marks ("claimed a “")."""
_SUBJECT_GOES_ON = lazy_pattern(
    r"[”\"’'][ ](?:about|of|for|with|starring|featuring)[ ][^.;:!?“”\"]{1,40}?[ ]"
    r"(?:is|was|are|were|will|would|could|might|has|had)\b"
)
"""The marked words, a phrase on what they are, then a verb ("“hidden sequel” about Ada is in
the works"): the marks head the subject of a clause the writer's sentence goes on with."""
_NOT_JUST = lazy_pattern(
    r"(?:\bnot|n[’']t|\bnever|\bno[ ]longer|\bmore[ ]than)[ ](?:just|only|merely|simply)[ ]"
    r"[“\"‘']$"
)
"""What a thing is said not to be reduced to, right before the marks ("a part that isn't just
“standing by the door”"): the writer's gloss of a role, nobody's words."""
_DETERMINED = lazy_pattern(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)[ ][“\"‘']$")
"""A determiner straight before the marks ("the “big night”"): the marked words head a noun
phrase of the writer's sentence."""
_CONTACT_CLAUSE = lazy_pattern(r"[”\"’'][ ][a-z]{3,}[ ](?:have|has|had|are|were|keep|kept)\b")
"""A clause with no "that" straight after the marks, its subject then its verb ("the “big
night” fans have waited for"): the writer's sentence goes on past a phrase it labels."""
_OWNED = lazy_pattern(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[\w-]+[’']s)[ ][“\"‘']$")
"""An article or an owner's possessive straight before the marks ("a “", "Netflix’s ‘")."""
_CLAUSE_ENDS = lazy_pattern(r"[”\"’'][.,;:]")
"""The clause ending at the closing mark ("claiming to have a “full leak”. These ..."): the
marked words close a noun phrase of the writer's own sentence."""
_LABEL_NOUN = lazy_pattern(
    r"[”\"’'][ ](?:label|tag|moniker|nickname|epithet|tagline|billing|branding|buzzword|"
    r"slogan)s?\b"
)
"""A noun for a name straight after the marks ("the “comeback kid” tag weighed on him"): the
marked word is what a thing is called, whoever the sentence is about."""
_PRONOUN_OWNED = lazy_pattern(r"\b(?:[Hh]is|[Hh]er|[Mm]y|[Oo]ur|[Yy]our)[ ][“\"‘']$")
"""An owner's pronoun straight before the marks ("her “comeback” tag"): a label's owner."""
_OWNED_AFTER_PREPOSITION = lazy_pattern(
    r"\b(?:of|for|with|to|about|on|at|by|from)[ ](?:his|her|their|its)[ ][“\"‘']$"
)
"""A preposition and an owner's pronoun straight before the marks ("protective of her “"): the
marked words head a noun phrase of the writer's sentence, the owner's label (not "called her
“...”", where "her" is whom someone judges), when credited to no one."""
_PAIRED_TERM = lazy_pattern(r"[“\"‘'][a-z][a-z -]{0,24}[”\"’'][ ](?:and|or)[ ][“\"‘']$")
"""Another lowercase word or two in marks joined on by "and" or "or" right before these
("grumbling about “woke” and “box ticking”"): a pair of labels the writer marks."""
_HEADED = lazy_pattern(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[\w-]+[’']s)[ ](?:[a-z-]{3,}[ ])?[“\"‘']$"
)
"""An article or an owner, perhaps a word of the writer's after it, straight before the marks
("the festival’s closing “", "a “")."""
_SUBJECT_OF = lazy_pattern(r"[”\"’'][ ](?:was|is|were|are|will|would|had|has)\b")
"""A verb straight after the marks ("... “secret film” was ..."): the marked words head the
subject of the writer's own sentence."""
_SELF_STYLED = lazy_pattern(
    r"\b(?:[Ss]elf-(?:described|styled|proclaimed|confessed|appointed)|[Ss]o-called)[ ][“\"‘']$"
)
"""A label a person wears or is given, right before the marks ("a self-described “night owl”",
"the so-called “quiet one”"): the writer naming a type, not a remark, whoever the sentence is
about."""
_DESCRIBED_AS = lazy_pattern(
    r"\b(?:described|dismissed|billed|branded|labell?ed|dubbed|written[ ]off)(?:[ ]as)?[ ][“\"‘']$"
)
"""What a thing is commonly described as, right before the marks ("heard it described as “too
sweet”"): a label the writer reports, said by no one the article describes."""
_PASSIVE_DESCRIBED = lazy_pattern(
    r"\b(?:been|be|being|is|was|are|were|gets?|got|himself|herself|themselves|itself)[ ]"
    r"(?:[a-z]+ly[ ])?(?:described|labell?ed|branded|billed|dubbed)[ ]as[ ](?:an?|the)[ ][“\"‘']$"
)
"""A label the subject is given by others, an article before the marks ("he has heard himself
described as a “...”", "she is often billed as the “...”"): the subject is the one described,
not the one speaking, so a speaker guessed from the sentence's subject says nothing here."""
_PASSIVE_MARKED = lazy_pattern(r"\b(?:be|been|being|get|gets|got|getting)[ ][“\"‘']$")
"""A passive's auxiliary straight before the marks ("where things go to be “wrapped up”")."""
_PARTICIPLE = lazy_pattern(r"[a-z]+(?:ed|en)(?:[ ](?:up|out|off|down|away|over))?")
"""A past participle, perhaps with its particle: the marked words are the passive's verb."""
_NAME_OWNED = lazy_pattern(r"\b[\w-]+[’']s[ ][“\"‘']$")
"""An owner's possessive straight before the marks ("the film's “")."""
_NO_PRONOUN = lazy_pattern(r"(?i)(?!.*\b(?:I|we|you|he|she|they|it|me|us)\b)")
"""No personal pronoun among the words: a noun phrase, not a clause someone said."""
_OWNED_LABEL_WORDS = 3
"""The most words an owner's marked label runs to ("the film's “Athlone dialect coach”")."""
_MARK_REACH = 30


def held_if_scare_quoted(text: str, end: int, fact: QuoteFact) -> QuoteFact:
    """A word or two in marks that the sentence goes on through ("had been ‘written out’ of
    the story"), credited to no one the article describes: the writer's marks on a phrase,
    held for review rather than served as an unnamed source's words."""
    if not fact.fragment or not fact.served:
        return fact
    if _named_by_label(text, end, fact) or _worn_label(text, end, fact):
        return held(fact, SCARE_DOUBT)
    if not faceless(fact):
        return _held_if_plural_modifier(text, end, fact)
    start = end - len(fact.text)
    if fact.text.islower() and _NOT_JUST.search(text, max(0, start - _MARK_REACH), start):
        return held(fact, SCARE_DOUBT)
    if _passive_or_owned(text, start, end, fact.text):
        return held(fact, SCARE_DOUBT)
    if len(fact.text.split()) > SCARE_WORDS:
        return fact
    if fact.source is SourceKind.UNATTRIBUTED and _OWNED_AFTER_PREPOSITION.search(
        text, max(0, start - _MARK_REACH), start
    ):
        return held(fact, SCARE_DOUBT)  # "protective of her “Harbour boys”": a label she owns
    if fact.text.islower() and _PAIRED_TERM.search(text, max(0, start - _MARK_REACH), start):
        return held(fact, SCARE_DOUBT)  # "about “woke” and “box ticking”"
    if _OWNED.search(text, max(0, start - _MARK_REACH), start) and _CLAUSE_ENDS.match(text, end):
        return held(fact, SCARE_DOUBT)  # "claiming to have a “full leak”. ..."
    if _DETERMINED.search(text, max(0, start - _MARK_REACH), start) and _CONTACT_CLAUSE.match(
        text, end
    ):
        return held(fact, SCARE_DOUBT)
    if _HEADED.search(text, max(0, start - _MARK_REACH), start) and _SUBJECT_OF.match(text, end):
        return held(fact, SCARE_DOUBT)  # "the festival’s closing “secret film” was ..."
    if _PHRASE_GOES_ON.match(text, end) is None and (
        not fact.text.islower() or _MODIFIES_NOUN.match(text, end) is None
    ):
        return fact
    return held(fact, SCARE_DOUBT)


def _passive_or_owned(text: str, start: int, end: int, words: str) -> bool:
    """A participle in marks after a passive's auxiliary ("to be “wrapped up”, tied with a
    bow"), or a short noun phrase in marks after an owner's possessive that its clause ends on
    ("asked about the film's “Athlone accent coach”, laughed"): the writer's marks, credited to
    no one."""
    reach = max(0, start - _MARK_REACH)
    if _PASSIVE_MARKED.search(text, reach, start) and _PARTICIPLE.fullmatch(words):
        return True
    return (
        len(words.split()) <= _OWNED_LABEL_WORDS
        and _NO_PRONOUN.match(words) is not None
        and _NAME_OWNED.search(text, reach, start) is not None
        and _CLAUSE_ENDS.match(text, end) is not None
    )


def _held_if_plural_modifier(text: str, end: int, fact: QuoteFact) -> QuoteFact:
    """A lowercase word or two in marks right before a plural noun that a preposition goes on
    from ("booked “members only” screenings in 40 cinemas"), or after "a" and heading the
    subject of a clause that goes on ("claimed a “hidden sequel” about Ada is coming"), credited
    only by guess to the sentence's subject: the writer's label for the thing, nobody's words."""
    guessed = not fact.attribution and not fact.continues_previous
    if not guessed or len(fact.text.split()) > SCARE_WORDS or not fact.text.islower():
        return fact
    start = end - len(fact.text)
    if _PLURAL_NOUN_ON.match(text, end) is None and not (
        _ARTICLED.search(text, max(0, start - _MARK_REACH), start)
        and _SUBJECT_GOES_ON.match(text, end)
    ):
        return fact
    return held(fact, SCARE_DOUBT)


def _named_by_label(text: str, end: int, fact: QuoteFact) -> bool:
    """A word or two in marks after a determiner or an owner and before a noun for a name
    ("the “comeback kid” tag", "her “comeback” tag"), however the sentence credits them."""
    if len(fact.text.split()) > SCARE_WORDS or not fact.text.islower():
        return False
    start = end - len(fact.text)
    reach = max(0, start - _MARK_REACH)
    determined = (
        _DETERMINED.search(text, reach, start)
        or _OWNED.search(text, reach, start)
        or _PRONOUN_OWNED.search(text, reach, start)
    )
    return determined is not None and _LABEL_NOUN.match(text, end) is not None


def _worn_label(text: str, end: int, fact: QuoteFact) -> bool:
    """A few lowercase words in marks after "self-described" or "so-called", however credited,
    or after "described as" with no one credited, or after a passive "described as a" with
    no one but the sentence's subject guessed (see :data:`_SELF_STYLED`,
    :data:`_PASSIVE_DESCRIBED`)."""
    if len(fact.text.split()) > SCARE_WORDS or not fact.text.islower():
        return False
    start = end - len(fact.text)
    reach = max(0, start - _MARK_REACH)
    if _SELF_STYLED.search(text, reach, start) is not None:
        return True
    if _PASSIVE_DESCRIBED.search(text, reach, start) is not None:
        return faceless(fact) or (not fact.attribution and not fact.continues_previous)
    return faceless(fact) and _DESCRIBED_AS.search(text, reach, start) is not None
