"""One quotation's fact: its words and who said them, read from the attribution around it, a
colon's clause, the quote before or the sentences before; never whoever was named last."""

from __future__ import annotations

import re

from bot.extract.aside_heads import aside_head
from bot.extract.asked import answering
from bot.extract.attribution import relays_another
from bot.extract.attribution_posts import post_matches
from bot.extract.colon_subjects import described_subject
from bot.extract.fragment_openings import quote_fragment
from bot.extract.heard_sayers import heard_sayer, recalled_unnamed
from bot.extract.hypothetical_names import would_call
from bot.extract.interview_answers import mentions, trimmed
from bot.extract.lexicon import SPEECH_VERBS
from bot.extract.mentioned_sayers import paragraph_subject
from bot.extract.message_writers import message_writer, relayed
from bot.extract.names import NAME
from bot.extract.new_subjects import new_subject
from bot.extract.owned_words import colon_owner
from bot.extract.paragraph_openers import opens_paragraph as opens_para
from bot.extract.possessed_roles import role_holder
from bot.extract.pull_quotes import dash_credited, pulled_speaker
from bot.extract.quote_chains import Placed, continues, from_context, someone_else_between
from bot.extract.quote_checks import described_colon, names_a_work
from bot.extract.quote_genders import UNATTRIBUTED, uncrossed
from bot.extract.quote_unsaid_texts import unsaid
from bot.extract.quoted_labels import words_start
from bot.extract.recalled_words import recalls_another
from bot.extract.rejoinders import rejoinder, replier
from bot.extract.relative_sayers import relative_judge
from bot.extract.relay_frames import unless_framed
from bot.extract.relayed_relatives import relative_says
from bot.extract.relayed_tellers import relayed_teller
from bot.extract.reply_texts import reply_to_a_post
from bot.extract.reporters import reporter
from bot.extract.sayers_after_quotes import said_after
from bot.extract.self_credits import self_credited
from bot.extract.sentence_subjects import own_pronoun
from bot.extract.site_labels import site_label
from bot.extract.speaker_main_clauses import TAKES_THE_FLOOR, main_clause_sayer
from bot.extract.speaker_owners_after import unless_next
from bot.extract.speakers import Resolver, Speaker
from bot.extract.split_offs import split_off
from bot.extract.stated_words import stated
from bot.extract.subject_predicates import predicate_checked
from bot.extract.subjects import ROLES_BEFORE
from bot.extract.text import Doc
from bot.extract.unknown_verbs import named_then_verb
from bot.extract.unplaced_speakers import PERSONAL_PRONOUN, speaker_unplaced
from bot.extract.whom_says import whom_says
from bot.extract.writer_questions import writers_question
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_UNATTRIBUTED = UNATTRIBUTED
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


def quote_fact(
    doc: Doc, resolver: Resolver, index: int, previous: Placed | None, genders: dict[str, str]
) -> QuoteFact | None:
    """The fact ``doc.quotes[index]`` gives: its trimmed words and who says them, or None when
    the marks hold a title or written words ("her film “...”", "the credits say “...”").

    The speaker comes from the quote's own attribution (after the marks, then before them),
    else from the quote before it (``previous``, its quote and fact, which this one may
    continue; None where no chain may run), else from the paragraph around it. ``genders`` holds
    the pronoun each speaker was quoted with so far, so a "she" is never given a "he"'s words.
    One function tries the shapes in that order, so which reading wins is decided in one place."""
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
    post = _words_after(doc, index, sentence.end, text)
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
    if own is None and reply_to_a_post(pre):  # "a reply under X's post read:": not X's
        return QuoteFact(text, "", SourceKind.UNATTRIBUTED, "", fragment, False)
    if own is None and (relay := relayed_teller(pre)) is not None:
        teller = resolver.who(relay[0], quote.start, "") if relay[1] else None
        if teller is None or teller.source is not SourceKind.PERSON:
            return QuoteFact(text, "", SourceKind.UNATTRIBUTED, "", fragment, False)
        own = Speaker(teller.name, teller.source, relay[0])  # "X said Y had told them:": Y's
    if own is None and pre.strip():
        own = (
            heard_sayer(resolver, pre, pre_start)
            or stated(resolver, pre, pre_start, quote.start)
            or (relative_judge(resolver, pre, pre_start) if fragment else None)  # ", who praised"
            or resolver.before(pre, quote.start)
        )
        if recalled_unnamed(pre) or (
            (relays_another(pre) or recalls_another(pre))
            and (own is None or mentions(own.name, pre) or relative_says(pre))
        ):  # "recalls her grandmother telling her, ‘...’": the grandmother's, no one named
            return QuoteFact(text, "", SourceKind.UNATTRIBUTED, "", fragment, False)
    own = unless_framed(predicate_checked(resolver, uncrossed(
        answering(doc, resolver, quote.start, _checked(resolver, own, text, quote.start, post)),
        post, previous.fact if previous else None, genders,
    ), pre, post, words=text, offset=quote.start), text, pre)  # fmt: skip
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
        and continues(previous, quote, own, fragment, opens_paragraph)
        and not someone_else_between(doc, resolver, previous, quote)
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
        or from_context(doc, resolver, quote, sentence.start)
        or _UNATTRIBUTED
    )
    return QuoteFact(text, speaker.name, speaker.source, speaker.attribution, fragment, False)


def _words_after(doc: Doc, index: int, sentence_end: int, text: str) -> str:
    """The masked words after the closing mark of ``doc.quotes[index]`` (its words ``text``), up
    to the sentence's end or the next quote in it, where its own attribution must stand; "" for
    a quote never closed."""
    quote = doc.quotes[index]
    post_end = sentence_end
    for later in doc.quotes[index + 1 :]:
        if later.start < sentence_end:
            post_end = min(post_end, later.start - 1)
            break
    post = doc.masked[quote.end + 1 : post_end] if quote.closed else ""
    if quote.closed and not post.strip() and text.endswith(("?", "!")):
        post = split_off(doc, quote)  # "“... In this economy?” Brook says.": split at the "?"
    return post


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
    for match in post_matches(post):
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
