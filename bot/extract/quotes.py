"""Quoted words, who said them, and how quotations chain across sentences and paragraphs.

A quotation continues the previous one (same speaker) when the previous paragraph's quote was left
open, or when it follows the previous quote in the same or next paragraph with no attribution of its
own. A quote embedded mid-clause ("were “a quiet joy”") is a fragment of reported speech. Speakers
come from :mod:`bot.extract.speakers`; with no attribution in the sentence, the subject of the
sentence just before speaks, and failing that the quote is kept *unattributed*: never credited to
whoever happened to be named last. An interview's answer is its labelled speaker's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.extract.answer_voices import in_first_person, voiced
from bot.extract.aside_heads import aside_head
from bot.extract.asked import answering, asked_about
from bot.extract.attribution import POST_PATTERNS, relays_another
from bot.extract.colon_subjects import described_subject
from bot.extract.cut_names import cut_company, cut_name
from bot.extract.entry_headings import headings
from bot.extract.fragment_openings import quote_fragment
from bot.extract.heard_sayers import heard_sayer
from bot.extract.hypothetical_names import would_call
from bot.extract.interview_answers import labelled_turn, mentions, trimmed
from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.lexicon import SPEECH_VERBS
from bot.extract.mentioned_sayers import paragraph_subject
from bot.extract.message_writers import message_writer, relayed
from bot.extract.names import NAME
from bot.extract.new_subjects import new_subject
from bot.extract.own_subjects import own_subject
from bot.extract.owned_words import colon_owner
from bot.extract.paired_sayers import one_of_two
from bot.extract.paragraph_openers import after_narration
from bot.extract.paragraph_openers import opens_paragraph as opens_para
from bot.extract.part_names import is_review, parts_of
from bot.extract.possessed_roles import role_holder
from bot.extract.pull_quotes import dash_credited, pulled_speaker
from bot.extract.quote_checks import described_colon, names_a_work
from bot.extract.quote_genders import UNATTRIBUTED, note_gender, speakers_pronoun, uncrossed
from bot.extract.quote_holds import checked
from bot.extract.quote_unsaid_texts import unsaid
from bot.extract.quoted_labels import words_start
from bot.extract.recalled_words import recalls_another
from bot.extract.rejoinders import rejoinder, replier
from bot.extract.relative_sayers import relative_judge
from bot.extract.relayed_openings import told_of
from bot.extract.reported_askers import before_or_sayer
from bot.extract.reported_here import reported_here
from bot.extract.reporters import reporter
from bot.extract.sayers_after_quotes import said_after
from bot.extract.self_credits import self_credited
from bot.extract.self_named import names_self
from bot.extract.sentence_subjects import nearest_subject, own_pronoun
from bot.extract.site_labels import site_label
from bot.extract.speaker_main_clauses import TAKES_THE_FLOOR, main_clause_sayer
from bot.extract.speaker_owners_after import unless_next
from bot.extract.speakers import Resolver, Speaker
from bot.extract.split_offs import split_off
from bot.extract.stated_words import stated
from bot.extract.subject_predicates import predicate_checked
from bot.extract.subjects import ROLES_BEFORE
from bot.extract.text import Doc, Quote
from bot.extract.unknown_verbs import named_then_verb
from bot.extract.unplaced_speakers import PERSONAL_PRONOUN, speaker_unplaced
from bot.extract.whom_says import whom_says
from bot.extract.writer_questions import writers_question
from bot.facts import QuoteFact, SourceKind

_UNATTRIBUTED = UNATTRIBUTED
_SENTENCE_INSIDE = lazy_pattern(r"[.!?][ ]+(?=[A-Z])")
_OBJECT_PRONOUN = lazy_pattern(r"[,.!?]?[ ]*(?:he|she|they)[ ]\w+[ ](?:him|her|them)\b", re.I)
_COLON_CLAUSE = lazy_pattern(
    rf",?[ ](?:and|but|while|whereas|before|after|as|when|then)[ ](?P<name>{NAME})"
    r"(?:,[ ][^,:;“”\"]{1,60},[ ]|[ ][–—-][ ][^–—:;“”\"]{1,60}[ ][–—-][ ]|—[^–—:;“”\"]{1,60}—|[ ])"
    r"(?P<act>[a-z][^:;“”\"]{0,80}):[ ]*$"
)
"""A clause of its own closing with the colon that opens the quote ("..., Ada said, before Tom
leaned in: “...”", "before Tom – her co-star – leans in:", with spaced hyphens or unspaced dashes
too): its subject, not the earlier speaker, introduces the words."""
_ON_TOPIC = lazy_pattern(
    rf"(?:^|^\d\d?[:.]\d\d[ ]|[–—][ ]|[.!?][ ])[ ]*{ROLES_BEFORE}(?P<name>{NAME})[ ](?:on|to)[ ]"
    r"(?:the[ ]|her[ ]|his[ ]|their[ ])?[^:;,.“”\"]{1,40}:[ ]*$"
)
"""A line that gives a speaker and a topic or whom they address, then the words: "Ada Vale on the
carpet: “...”", "Vale to the fan: “...”", in a live blog after the entry's time ("12:22 ...")."""
_PRAISER_OPENS = lazy_pattern(
    r"(?P<who>He|She)[ ](?:also[ ]|then[ ]|later[ ])?(?:paid[ ](?:tribute|homage)|praised|thanked|"
    r"singled[ ]out|credited|hailed|saluted)\b"
    r"(?:(?!;|,[ ](?:but|as|who|whom|when|before|after)[ ]|[ ](?:while|whereas)[ ])[^:“”\"])*:[ ]*$"
)
"""A "he" praising others before a colon ("He thanked A and B: “...”"), no other clause between."""


@dataclass(frozen=True, slots=True)
class _Placed:
    quote: Quote
    fact: QuoteFact


def find_quotes(doc: Doc, resolver: Resolver) -> list[QuoteFact]:
    """Every quotation with its speaker; each text is an exact slice of the article."""
    facts: list[QuoteFact] = []
    previous: _Placed | None = None
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
            fact = _quote_fact(doc, resolver, index, None if inside else previous, genders)
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
            previous = _Placed(quote, fact)
    return facts


def _quote_fact(
    doc: Doc, resolver: Resolver, index: int, previous: _Placed | None, genders: dict[str, str]
) -> QuoteFact | None:
    quote = doc.quotes[index]
    start, end = trimmed(doc.text, quote)
    if end <= start:
        return None
    text = doc.text[start:end]
    if names_a_work(doc.text, start, end) or would_call(doc.text, start):
        return None  # "her film “Fuyu no Kagami” opens ...": a title, not a quote
    if unsaid(doc.text, start, end):
        return None  # "the credits say “screenplay by ...”", "in marker: “...”": written
    sentence = doc.sentence_at(quote.start)
    pre_start = words_start(doc, index, sentence.start)
    pre = doc.masked[pre_start : max(pre_start, quote.start - 1)].replace("*", " ")
    post_end = sentence.end
    for later in doc.quotes[index + 1 :]:
        if later.start < sentence.end:
            post_end = min(post_end, later.start - 1)
            break
    post = doc.masked[quote.end + 1 : post_end] if quote.closed else ""
    if quote.closed and not post.strip() and text.endswith(("?", "!")):
        post = split_off(doc, quote)  # "“... In this economy?” Brook says.": split at the "?"
    fragment = quote_fragment(doc, quote, pre, text, after_quote=pre_start > sentence.start)
    if (writer := writers_question(doc, quote)) is not None:  # "“...?” I ask.": the writer's
        return QuoteFact(text, writer.name, writer.source, writer.attribution, False, False)
    own = (
        site_label(pre)  # "u/ada_v on Reddit: “...”"
        or pulled_speaker(resolver, pre, post)
        or dash_credited(resolver, doc, quote, pre)  # "“...” — Ada Vale" alone in its paragraph
        or role_holder(resolver, post, quote.start)  # "said the festival’s director, X"
        or resolver.after(post, quote.start)
        or named_then_verb(resolver, post, quote, doc)
        or message_writer(doc, resolver, quote, post)
    )
    if own is None and (
        _names_someone(post, pre) or self_credited(pre, post) or relayed(doc, quote, post)
    ):
        # "“...”, has confessed the actress": its own attribution, unresolved, so nobody else's;
        # nor is a text read out or passed on whose sender goes unnamed ("“...,” it began").
        return QuoteFact(text, "", SourceKind.UNATTRIBUTED, "", fragment, False)
    if own is None and pre.strip():
        own = (
            heard_sayer(resolver, pre, pre_start)
            or stated(resolver, pre, pre_start, quote.start)
            or (relative_judge(resolver, pre, pre_start) if fragment else None)  # ", who praised"
            or resolver.before(pre, quote.start)
        )
        if (relays_another(pre) or recalls_another(pre)) and (
            own is None or mentions(own.name, pre)
        ):
            return QuoteFact(text, "", SourceKind.UNATTRIBUTED, "", fragment, False)
    own = predicate_checked(resolver, uncrossed(
        answering(doc, resolver, quote.start, _checked(resolver, own, text, quote.start, post)),
        post, previous.fact if previous else None, genders,
    ), pre, post, words=text, offset=quote.start)  # fmt: skip
    if not post.strip() and pre.rstrip().endswith(":"):
        owned = colon_owner(pre, found=own is not None)  # "Vale’s words:", "a note Vale sent me:"
        if owned is not None:  # Vale's words, or no one's; never the words of who recalls them
            told = owned[0] and resolver.who(owned[0], quote.start, owned[1])
            own = (  # a giver told by a role that resolves to the teller is no giver found
                told
                if told and not (owned.given and own is not None and told.name == own.name)
                else _UNATTRIBUTED
            )
        own = _colon_clause(resolver, own, pre, quote.start)
        if own is _UNATTRIBUTED or described_subject(pre, own):  # "Vale was the opposite:"
            return QuoteFact(text, "", SourceKind.UNATTRIBUTED, "", fragment, False)
        topic = _ON_TOPIC.search(pre) if own is None else None
        if topic is not None:
            # "Director Ada Vale on the ending: “...”": a speaker and the subject of the words.
            named = resolver.who(topic["name"], quote.start, "")
            own = named if named is not None and named.source is SourceKind.PERSON else None
        if own is None and described_colon(pre):
            return QuoteFact(text, "", SourceKind.UNATTRIBUTED, "", fragment, False)
    own = (  # a reply ("“...?”, to which Y replied: “...”") is the replier's, not the asker's
        own
        or replier(doc, resolver, previous.quote if previous else None, quote)
        or aside_head(doc, resolver, quote, previous.quote if previous else None, pre)
        or main_clause_sayer(doc, resolver, previous.quote if previous else None, quote, pre)
    )
    if own is None and fragment:
        own = whom_says(resolver, pre, pre_start) or reporter(resolver, pre, quote.start)
    earlier = doc.text[doc.paras[sentence.para].start : sentence.start] if own is None else ""
    if own is None and speaker_unplaced(pre, earlier):  # "he said, ‘...’", "the caption read"
        return QuoteFact(text, "", SourceKind.UNATTRIBUTED, "", fragment, False)
    opens_paragraph = opens_para(doc, quote)
    same_sentence = previous is not None and previous.quote.start >= sentence.start
    if (
        previous is not None
        and _continues(previous, quote, own, fragment, opens_paragraph)
        and not _someone_else_between(doc, resolver, previous, quote)
    ):
        if rejoinder(previous.quote, previous.fact, quote):  # "“No,” X protests." “...”: whose?
            return QuoteFact(text, "", SourceKind.UNATTRIBUTED, "", fragment, False)
        return QuoteFact(text, previous.fact.speaker, previous.fact.source, "", fragment, True)
    if previous is not None and same_sentence:
        prior = previous.fact
        if new_subject(doc, previous.quote, previous.fact, quote, own):
            return QuoteFact(text, "", SourceKind.UNATTRIBUTED, "", fragment, False)
        if own is None or (own.name, own.source) == (prior.speaker, prior.source):
            # "X said it had brought “a buzz” and been “considerate”": one speaker; "“We
            # came in late,” X says, “which suits the story”" is one quotation, interrupted.
            return QuoteFact(
                text, prior.speaker, prior.source, "", fragment,
                # interrupted, and resumed whole, not a few words reported ("adding that ...")
                own is not None and doc.text[previous.quote.end - 1] == "," and not fragment,
            )  # fmt: skip
    speaker = (
        own
        or (own_pronoun(resolver, pre, pre_start, text) if fragment else None)  # "She saw “...”"
        or _from_context(doc, resolver, quote, sentence.start)
        or _UNATTRIBUTED
    )
    return QuoteFact(text, speaker.name, speaker.source, speaker.attribution, fragment, False)


def _colon_clause(resolver: Resolver, own: Speaker | None, pre: str, offset: int) -> Speaker | None:
    """ "“...,” X said, as Y, beside her, finished the thought: “...”" is Y's; one whose subject
    acts first ("while Y watched:") is no one's; one in X's own ("X, who played Y, said:") X's,
    a praiser's own (:data:`_PRAISER_OPENS`) the praiser's."""
    if (praiser := _PRAISER_OPENS.match(pre.lstrip())) is not None:
        return resolver.who(praiser["who"], offset, "") or _UNATTRIBUTED
    clause = _COLON_CLAUSE.search(pre)
    ends = pre.rfind(own.attribution) + len(own.attribution) if own is not None else -1
    if clause is None or ends > clause.start():
        return own
    named = resolver.who(clause["name"], offset, "")
    if named is None or named.source is not SourceKind.PERSON:
        return own
    if own is not None and named.name == own.name:
        return own
    if TAKES_THE_FLOOR.search(clause["act"]) is None:
        return _UNATTRIBUTED
    return Speaker(named.name, named.source, clause.group().strip(" ,:"))


_PRONOUN_WHO = frozenset({"he", "she", "they", "i", "we"})
_VERB_THEN_NAME = lazy_pattern(rf"[,.!?]?[ ]*{SPEECH_VERBS}[ ](?:[a-z][\w-]*[ ]){{1,3}}{NAME}")
"""A speech verb, a few lowercase words and a name: ", says local tour guide Ada Vale"."""


def _names_someone(post: str, pre: str) -> bool:
    """A speaker named, described or cited after the quote (not a pronoun, maybe the one before);
    not one who opens the next quote ("“...?” Another replied: “...”") when the sentence before
    has an attribution of its own to try ("A fan asked:"); with none, the question is no one's."""
    if _VERB_THEN_NAME.match(post) is not None or said_after(post):
        return True
    for pattern in POST_PATTERNS:
        match = pattern.match(post)
        who = match.groupdict().get("who") if match is not None else None
        if who and who.lower() not in _PRONOUN_WHO:  # one who opens the next quote is its own:
            return not (pre.strip() and unless_next(post, match) is None)  # "asked:" comes first
    return False


def _checked(
    resolver: Resolver, own: Speaker | None, text: str, offset: int, post: str
) -> Speaker | None:
    """A speaker found through a pronoun, checked against the quote: someone the quote talks
    about by name ("“Kit sent me one,” he says") or the object of the attribution ("she tells
    him") is not who speaks; the person the paragraph is about is, else whom it last stood for."""
    if own is None or own.source is not SourceKind.PERSON:
        return own
    pronoun = PERSONAL_PRONOUN.search(own.attribution)
    if pronoun is None:
        return own
    named = mentions(own.name, text)
    if not named and _OBJECT_PRONOUN.match(post) is None:
        return own
    recalled = paragraph_subject(resolver, offset, text) if named else None
    recalled = recalled or resolver.recall(pronoun.group().lower(), offset)
    if recalled is not None and recalled.name != own.name and not mentions(recalled.name, text):
        return Speaker(recalled.name, recalled.source, own.attribution)
    return None if named else own


def _someone_else_between(doc: Doc, resolver: Resolver, previous: _Placed, quote: Quote) -> bool:
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


def _continues(
    previous: _Placed, quote: Quote, own: Speaker | None, fragment: bool, opens_paragraph: bool
) -> bool:
    prior = previous.quote
    if fragment or previous.fact.fragment:
        return False
    if not prior.closed and quote.para == prior.para + 1 and opens_paragraph:
        return True
    if own is not None:
        return False
    return quote.para == prior.para or (quote.para == prior.para + 1 and opens_paragraph)


def _from_context(
    doc: Doc, resolver: Resolver, quote: Quote, sentence_start: int
) -> Speaker | None:
    """No attribution in the sentence: its own subject (:func:`own_subject`), else who the
    sentence before is about ("Vale praised him. “He owned it.”"); a quote opening a paragraph,
    whom the paragraph before introduced or ends on ("Venn pauses."); nothing further away."""
    opener = own_subject(doc, resolver, sentence_start, quote.start)
    if opener or reported_here(doc.masked, sentence_start, quote.start):
        return opener  # "Lumen says ..., and it is “...”": never the sentence before's
    for sentence in reversed(doc.sentences):
        if sentence.end > sentence_start:
            continue
        chunk = doc.masked[sentence.start : sentence.end]
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
        return Speaker(speaker.name, speaker.source, "") if speaker else None
    return None
