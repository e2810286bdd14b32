"""Words an interview answer reports: the answerer's own ("and I said, “...”") or another's
("My agent rang and said, “...”"), told by who says them just before the quote, or by who sent
the note that says them ("Ada sent me the script with a note that said “...”")."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.extract.interview_answers import mentions
from bot.extract.interview_askers import FIRST_PERSON
from bot.extract.lexicon import SPEECH_VERBS
from bot.extract.mentioned_lines import WORDS_NOUNS
from bot.extract.names import NAME
from bot.extract.narrated_paragraphs import told_by_writer, writer_narrates
from bot.extract.speakers import Resolver
from bot.extract.text import Doc, Quote, blanked
from bot.facts import HELD, QuoteFact, SourceKind, held
from bot.lazy_patterns import lazy_pattern

_VERB_BEFORE = lazy_pattern(
    rf"\b(?:{SPEECH_VERBS}|(?<=kept[ ])(?:saying|telling))(?:[ ](?:to[ ])?(?:me|us|him|her|them))?"
    r"(?:[ ](?:very[ ])?early[ ]on"
    r"|[ ](?:on|at|in|after|before|during|over|one|every|that|this|last)[ ][^,;:.!?]{1,30})?"
    r"[ ]?[,:]?[ ]*$"
)
"""A speech verb just before the quote, perhaps with when or where ("said to me on the first
day, ‘...’", "told me early on, ‘...’"), or a repeated one ("kept telling me, ‘...’")."""
_FIRST_PERSON = lazy_pattern(r"\b(?:I|we|We|I’d|I'd|we’d|we'd)\b")
_WORD = lazy_pattern(r"[A-Za-z]")
_RELATIVE_END = lazy_pattern(r"[ ](?:that|which|who)[ ]*$")
"""The verb's subject is a relative pronoun: something or someone the clause speaks of."""
_OTHER_SUBJECT = lazy_pattern(
    r"\b(?:and|but|where|when|while)[ ](?:then[ ])?(?:he|she|they|(?!I\b|We\b)[A-Z][\w’'-]+"
    r"(?:[ ][A-Z][\w’'-]+)?|(?:my|our|his|her|their)[ ][a-z-]+)"
    r"[ ](?:[a-z]+[ ])?$"
)
"""Another subject for the speech verb after a conjunction, past the answerer's "we" earlier in
the clause: "We had a scene in the rain and Ada kept saying “...”" is Ada's, not the answer's;
"... and my director kept saying “...”" is the director's (held: no one named)."""
_CLAUSE_END = lazy_pattern(r"[,;:.!?]")
_NAMED_BEFORE = lazy_pattern(
    rf"\b(?:{WORDS_NOUNS})"
    r"(?:[ ](?:on[ ]set|here|was|is|were|are))*[ ]?[,:]?[ ]*$"
)
"""Words an answer names as words ("learned one sentence, “...”"), not words someone says."""
_SENT_OWN = lazy_pattern(
    r"\bI[ ](?:[a-z]+[ ]){0,2}?(?:texted|wrote|sent|messaged|emailed|replied|answered|typed)"
    r"\b[^,;:.!?]*$"
)
"""The answerer sends the words they then name ("I texted her one word: “...”")."""
_ANOTHER_TURN = lazy_pattern(
    r"\b(?:and|but|then|so|until|who|which|he|she|they|got|get|gets|received|back|answer|reply|"
    r"response)\b"
)
"""Between the answerer's sending and the words, a turn to someone else: a second clause ("and he
replied with one word:"), a reply ("his answer was", "got back one word:"): the words are the
other's, never the answerer's."""


def in_first_person(doc: Doc, quote: Quote) -> bool:
    """The paragraph holding ``quote`` says "I" or "me" outside its quotations, and not as the
    writer ("She grins when I ask."): the answerer's voice, even in a paragraph the reading left
    unlabelled between two answers."""
    para = doc.paras[quote.para]
    start, end = para.start, para.end
    return FIRST_PERSON.search(doc.masked, start, end) is not None and not (
        told_by_writer(doc.text, start, end) or writer_narrates(doc.text, start, end, scene=False)
    )


def voiced(doc: Doc, resolver: Resolver, quote: Quote, fact: QuoteFact, answerer: str) -> QuoteFact:
    """:func:`_voiced`, held when it names no one, or only the answerer without an "I said":
    words an answer reports someone saying ("Our director will lean over and whisper,
    ‘Slower,’") are not the answerer's, and whose they are is in doubt."""
    lead = _lead_in(doc, quote)
    fact = _voiced(resolver, lead, fact, answerer)
    if fact.confidence > HELD and (
        fact.source is SourceKind.UNATTRIBUTED or (fact.speaker == answerer and not _says_own(lead))
    ):
        return held(fact, "words inside an answer that no one is named to say")
    return fact


_LeadIn = tuple[int, str, re.Match[str] | None]


def _lead_in(doc: Doc, quote: Quote) -> _LeadIn:
    """Where the quote's sentence starts, its masked words before the quote, and the speech verb
    last among them (None without one): what both the crediting and the own-words test read."""
    start = doc.sentence_at(quote.start).start
    pre = doc.masked[start : max(start, quote.start - 1)]
    return start, pre, _VERB_BEFORE.search(pre)


def _says_own(lead: _LeadIn) -> bool:
    """The answer says the words are the answerer's own: "and I said, ‘...’"."""
    _, pre, verb = lead
    if verb is None:
        return _sent_own(pre)
    return _FIRST_PERSON.search(_CLAUSE_END.split(pre[: verb.start()])[-1]) is not None


def _sent_own(pre: str) -> bool:
    """``pre`` (the sentence before the quote) names the words the answerer sent: "I texted her
    one word:"."""
    named = _NAMED_BEFORE.search(pre)
    sent = _SENT_OWN.search(pre, 0, named.start()) if named is not None else None
    return sent is not None and _ANOTHER_TURN.search(sent[0]) is None


def _voiced(resolver: Resolver, lead_in: _LeadIn, fact: QuoteFact, answerer: str) -> QuoteFact:
    """A quote inside an answer, credited by who says it just before: a person the article
    knows, named as the clause's subject ("Kit hugged me and then said, “...”"), says it;
    another's words are nobody's the extractor can name; the answerer's own "I said" are the
    answerer's."""
    start, pre, verb = lead_in
    if verb is None and answerer and _sent_own(pre):
        # "I texted her one word: “...”": the words the answerer sent are the answerer's own.
        return QuoteFact(fact.text, answerer, SourceKind.PERSON, "", fact.fragment, False)
    if verb is None and fact.source is SourceKind.UNATTRIBUTED and _NAMED_BEFORE.search(pre):
        # "Owen learned one sentence, “...”, please don't cry.": words the answer names, which
        # nobody is said to say; held for review rather than served as a quote.
        return replace(fact, confidence=HELD, doubt="words quoted inside an answer")
    if verb is None or not answerer:
        return fact
    clause = _CLAUSE_END.split(blanked(_APPOSED, pre[: verb.start()]))[-1]
    at = start + len(pre[: verb.start()]) - len(clause)
    sent = _CLAUSE_END.split(_BRACKETED.sub(_surname_kept, pre[: verb.start()]))[-1]
    if (note := _SENT_NOTE.match(sent)) is not None:
        # "Ada sent me the script with a note that said “...”": the sender's words.
        sender = resolver.who(note["name"], at + len(clause) - len(sent), "")
        if sender is not None and sender.source is SourceKind.PERSON and sender.name != answerer:
            return replace(
                fact,
                speaker=sender.name,
                source=sender.source,
                attribution="",
                continues_previous=False,
            )  # its confidence kept: words held before stay held
    if _RELATIVE_END.search(clause) is not None:
        # "I passed a sign that said “...”", "a friend who told me, “...”": the words are the
        # sign's or the friend's, whom the answer does not name; held, never the answerer's.
        unsaid = replace(fact, speaker="", source=SourceKind.UNATTRIBUTED, attribution="")
        return replace(unsaid, confidence=HELD, doubt="words a thing or another says")
    if _FIRST_PERSON.search(clause) is not None and _OTHER_SUBJECT.search(clause) is None:
        if fact.source is SourceKind.UNATTRIBUTED and _HE_OR_SHE.search(clause) is None:
            # "If I asked, she'd say “...”": a "she" in the clause may say it, not the "I".
            return QuoteFact(fact.text, answerer, SourceKind.PERSON, "", fact.fragment, False)
        return fact
    if _WORD.search(clause) is None:
        return fact
    lead = _WHEN_FIRST.match(clause)
    if lead is not None:
        # "On the first day Bram kept telling me, ‘...’": the name after the time phrase.
        clause, at = clause[lead.end() :], at + lead.end()
    named = resolver.subject(clause, at, people_only=True) if _NAME_FIRST.match(clause) else None
    if named is not None and named.source is SourceKind.PERSON and named.name != answerer:
        return QuoteFact(fact.text, named.name, named.source, "", fact.fragment, False)
    if (
        fact.source is SourceKind.PERSON
        and fact.speaker != answerer
        and _HE_OR_SHE.search(clause) is not None
    ):
        # "Between takes he kept saying, “...”": the "he" already credited to the person the
        # question names stays theirs.
        return fact
    if (
        fact.speaker == answerer
        or fact.source is SourceKind.UNATTRIBUTED
        or (not fact.attribution and not mentions(fact.speaker, clause))
    ):
        # The clause's own subject says the words: not the answerer, nor someone the answer
        # spoke of before ("Alice said to me, ‘...’, and Jonas understood").
        return QuoteFact(fact.text, "", SourceKind.UNATTRIBUTED, "", fact.fragment, False)
    return fact


_WHEN_FIRST = lazy_pattern(
    r"[ ]*(?:On|After|Before|Between|During)[ ](?:the[ ]|my[ ]|our[ ])?(?:[a-z-]+[ ]){1,2}(?=[A-Z])"
)
"""A time phrase opening the clause before its subject ("On the first day", "After the
read-through", "Between takes")."""
_SENT_NOTE = lazy_pattern(
    rf"[ ]*(?P<name>{NAME})(?:[ ](?:at|from|of)[ ][A-Z][^;:.!?]*?)?[ ]+sent[ ](?:me|us)[ ]"
    r"(?:(?:(?:the|a|an|her|his|their|my|our)[ ])?"
    r"(?:(?!(?:of|to|and|from|about|in|on|with)\b)[\w’'-]+[ ]){1,3}with[ ])?"
    r"(?:a|an)[ ](?:short[ ]|little[ ]|handwritten[ ])?"
    r"(?:note|message|text|letter|email|card)[ ](?:that|which)[ ]*(?:just[ ]|simply[ ])?$"
)
"""A named sender, perhaps with where they work, then a note sent alone or with one thing ("Ada
Vale at Lumen sent me the script with a note that just said “...”"): the note carries the
sender's words; a note inside what was sent ("a screenshot of a text that said", "a link to an
email", "a photo of a banner and a note") is someone else's, forwarded."""
_BRACKETED = lazy_pattern(r"\[(?:(?P<surname>[A-Z][\w’'-]+),)?[^\[\]]*\]")
"""An editor's note in square brackets, perhaps opening on the surname it completes, then a
comma ("Ada [Vale, the producer at Lumen]"): read past; a stage direction ("Ada [Laughs]") is
no surname."""


def _surname_kept(match: re.Match[str]) -> str:
    """The bracket blanked, but for a surname it opens on, which follows the given name."""
    surname = match["surname"] or ""
    return surname + " " * (len(match.group()) - len(surname))  # the length kept: offsets hold


_APPOSED = lazy_pattern(r",[ ](?:who|whose)[ ][^,;:.!?“”\"‘’]{1,60},")
"""A relative clause set off after a name ("Ada Vale, who plays Nell, heard it and said"): read
past, so the name stays the speech verb's subject."""


_HE_OR_SHE = lazy_pattern(r"\b(?:he|she)\b")
_NAME_FIRST = lazy_pattern(r"[ ]*(?:[Tt]hen[ ]|[Aa]nd[ ])?[A-Z][\w’'-]+[ ][a-z]")
"""The clause opens with a capitalised word that is not its only word: a name as subject."""
