"""What a quotation takes from before it: the speaker of the quote before when it continues (no
one else between), or, with no attribution of its own, whom the sentences before are about."""

from __future__ import annotations

from dataclasses import dataclass

from bot.extract.asked import asked_about
from bot.extract.own_subjects import own_subject
from bot.extract.paragraph_openers import after_narration
from bot.extract.paragraph_openers import opens_paragraph as opens_para
from bot.extract.relayed_openings import told_of
from bot.extract.reported_askers import before_or_sayer
from bot.extract.reported_here import cited_after, reported_here
from bot.extract.sentence_subjects import nearest_subject
from bot.extract.speaker_prompt_questions import bare_prompt
from bot.extract.speakers import Resolver, Speaker
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_SENTENCE_INSIDE = lazy_pattern(r"[.!?][ ]+(?=[A-Z])")


@dataclass(frozen=True, slots=True)
class Placed:
    """A quotation and the fact read from it: the one before, which the next may continue."""

    quote: Quote
    fact: QuoteFact


def someone_else_between(doc: Doc, resolver: Resolver, previous: Placed, quote: Quote) -> bool:
    """A whole sentence about another person stands between two quotes ("“All of them,” says
    X. Y looks embarrassed. “I was more of a ...”"): the second is not X's any more."""
    between = doc.masked[previous.quote.end + 1 : max(previous.quote.end + 1, quote.start - 1)]
    whole = quote.para == previous.quote.para and previous.fact.text.endswith((".", "!", "?"))
    whole = whole and between.strip().endswith((".", "!"))
    if not whole and not _SENTENCE_INSIDE.search(between):
        return False  # ("“... weep.” The composer laughs. “...”": a whole sentence between)
    last = _SENTENCE_INSIDE.split(between)[-1]
    start = quote.start - 1 - len(last)
    found = resolver.subject(last, start, people_only=True)
    return found is not None and found.name != previous.fact.speaker


def continues(
    previous: Placed, quote: Quote, own: Speaker | None, fragment: bool, opens_paragraph: bool
) -> bool:
    """Whether ``quote`` carries on the one before, its speaker's: after a quote left open, at
    the next paragraph's start; with no attribution of its own, in the same paragraph or at the
    next one's start. A fragment neither continues nor is continued."""
    prior = previous.quote
    if fragment or previous.fact.fragment:
        return False
    if not prior.closed and quote.para == prior.para + 1 and opens_paragraph:
        return True
    if own is not None:
        return False
    return quote.para == prior.para or (quote.para == prior.para + 1 and opens_paragraph)


def from_context(doc: Doc, resolver: Resolver, quote: Quote, sentence_start: int) -> Speaker | None:
    """No attribution in the sentence: its own subject (:func:`own_subject`), else who the
    sentence before is about ("Vale praised him. “He owned it.”"); a quote opening a paragraph,
    whom the paragraph before introduced or ends on ("Venn pauses."); nothing further away, and
    no person when the words cite a source after them ("“...”, according to the listing")."""
    opener = own_subject(doc, resolver, sentence_start, quote.start)
    if opener or reported_here(doc.masked, sentence_start, quote.start):
        return opener  # "Lumen says ..., and it is “...”": never the sentence before's
    cited = cited_after(doc.masked, quote.end + 1)  # "“...”, according to the listing"
    for sentence in reversed(doc.sentences):
        if sentence.end > sentence_start:
            continue
        chunk = doc.masked[sentence.start : sentence.end]
        if bare_prompt(chunk):
            return None  # "Favourite film? “...”": the topic asked about, not who answers
        speaker = None
        if sentence.para == quote.para or (
            sentence.para == quote.para - 1 and opens_para(doc, quote)
        ):
            speaker = before_or_sayer(resolver, chunk, quote.start, sentence.start)
        if speaker is None and (
            sentence.para == quote.para or after_narration(doc, sentence, quote)
        ):
            speaker = nearest_subject(resolver, chunk, sentence)
        # "Asked about X, she said": not X; "X took him aside. “He said, ‘...’”": not X either
        speaker = told_of(doc, quote, chunk, asked_about(chunk, speaker, doc, sentence))
        if speaker is None or (cited and speaker.source is SourceKind.PERSON):
            return None  # a person the sentence before is about cites no source for them
        return Speaker(speaker.name, speaker.source, "")
    return None
