"""Quoted words, who said them, and how quotations chain across sentences and paragraphs.

A quotation continues the previous one (same speaker) when the previous paragraph's quote was left
open, or when it follows the previous quote in the same or next paragraph with no attribution of its
own. A quote embedded mid-clause ("were “a quiet joy”") is a fragment of reported speech. Speakers
come from :mod:`bot.extract.speakers`; with no attribution in the sentence, the subject of the
sentence just before speaks, and failing that the quote is kept *unattributed*: never credited to
whoever happened to be named last. An interview's answer is its labelled speaker's.

Here the walk over the article's quotations; one quotation's fact is :mod:`.quote_facts`', what
it takes from before it :mod:`.quote_chains`'.
"""

from __future__ import annotations

from bot.extract.answer_voices import in_first_person, voiced
from bot.extract.cut_names import cut_company, cut_name
from bot.extract.entry_headings import headings
from bot.extract.interview_answers import labelled_turn, mentions
from bot.extract.nested_tellers import inside_others_speech
from bot.extract.paired_sayers import one_of_two
from bot.extract.part_names import is_review, parts_of
from bot.extract.quote_chains import Placed
from bot.extract.quote_facts import quote_fact
from bot.extract.quote_genders import note_gender, speakers_pronoun
from bot.extract.quote_holds import checked
from bot.extract.self_named import names_self
from bot.extract.speakers import Resolver, Speaker
from bot.extract.text import Doc, Quote
from bot.extract.unplaced_speakers import PERSONAL_PRONOUN
from bot.facts import QuoteFact, SourceKind


def find_quotes(doc: Doc, resolver: Resolver) -> list[QuoteFact]:
    """Every quotation with its speaker; each text is an exact slice of the article."""
    facts: list[QuoteFact] = []
    previous: Placed | None = None
    answer: Quote | None = None
    answerer, exchange = "", 0
    parts = parts_of(resolver.cast, doc.headline)
    reviewed = resolver.people if is_review(doc) else None
    entries = headings(doc)  # a round-up's name-only lines
    genders: dict[str, str] = {}
    last_answer = max((q.start for q in doc.quotes if q.label and not q.asking), default=-1)
    for index, quote in enumerate(doc.quotes):
        if quote.label:
            fact = labelled_turn(doc, resolver, quote, facts)
            if not quote.asking:
                answerer = fact.speaker if fact and fact.source is SourceKind.PERSON else ""
                exchange = exchange if answer is not None and answer.asking else quote.start
            else:
                exchange = quote.start
            answer, previous = quote, None
        else:
            inside = answer is not None and answer.start <= quote.start < answer.end
            between = answer is not None and not inside and quote.start < last_answer
            fact = quote_fact(doc, resolver, index, None if inside else previous, genders)
            weak = fact is not None and (
                not fact.attribution or PERSONAL_PRONOUN.match(fact.attribution) is not None
            )
            if (
                fact
                and weak
                and (inside or (between and in_first_person(doc, quote)))
                and (
                    (fact.speaker == answerer and fact.attribution)
                    or (inside and fact.source is not SourceKind.PERSON)
                    or (inside and not mentions(fact.speaker, doc.text[exchange : quote.start]))
                )
            ):
                # "he looked up and said, ‘...’" in an answer, or in an "I" paragraph between two
                # answers: someone the answerer speaks of, never the answerer (who says "I"); in
                # an answer, a "she" or the sentence before names only someone the question or
                # the answer has named.
                fact = fact.unattributed()
            if inside and fact is not None:
                fact = voiced(doc, resolver, quote, fact, answerer)
            if fact is not None:
                before = previous.fact if previous else None
                fact = checked(doc, resolver, index, fact, before, parts=parts, reviewed=reviewed,
                               entries=entries, genders=genders)  # fmt: skip
            if fact is not None and inside_others_speech(doc, previous, quote, fact):
                fact = fact.unattributed()  # "‘She’d say “Again,” and we did’": not the teller's
        if fact is None:
            continue
        if fact.source is SourceKind.ORGANISATION and cut_company(doc.text, fact.speaker):
            fact = fact.unattributed()  # "Y Pictures" of "X & Y Pictures": no company named
        if fact.source is SourceKind.PERSON and (
            cut_name(doc.text, fact.speaker)
            or fact.speaker in parts
            or names_self(doc, index, fact.speaker)
            or one_of_two(fact.attribution, fact.speaker)  # "X, who plays A, and Y, ..., shared"
        ):  # a part is no one who speaks to the press; "Ada took it" is not Ada’s
            fact = fact.unattributed()
        if pronoun := speakers_pronoun(doc, quote, fact):  # never a teller's aside ("X, she says,")
            note_gender(fact, pronoun, genders)
            resolver.remember(pronoun, Speaker(fact.speaker, fact.source, ""), quote.start)
        facts.append(fact)
        if not quote.label:
            previous = Placed(quote, fact)
    return facts
