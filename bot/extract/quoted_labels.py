"""A quotation used as a name for a thing: "the “it's out at Christmas” rumour going round",
"that ‘back for a second series’ claim". The marks label a noun the sentence goes on with; with
no one the article describes as its source, it is nobody's words, so it is held. So are a few
words in marks that end a sentence without a speech verb ("it's still just “the Lark film”.",
"the listing briefly read “dezembro”."): a name, a title or a word shown, not something said;
so are wordings set side by side as examples ("“...” not “...”") or listed as examples
("that includes “...” and “...”").
A source in marks ("because “a friend who works at Lumen” said so") is who spoke, not what was
said. A name in marks does not cut a sentence's speaker off from the words quoted after it."""

from __future__ import annotations

from bot.extract.called_names import NAME_IN_MARKS, guessed, held_if_called
from bot.extract.called_terms import held_if_called_term
from bot.extract.chanted_lines import held_if_chanted
from bot.extract.claimed_verbs import held_if_claimed_verb
from bot.extract.clipped_scenes import held_if_clipped_scene
from bot.extract.copula_labels import held_if_copula_label
from bot.extract.forbidden_lines import EXAMPLE_WORDING, held_if_banned
from bot.extract.given_labels import held_if_self_named
from bot.extract.glossed_titles import held_if_glossed_title
from bot.extract.imagined_lines import held_if_imagined
from bot.extract.interview_answers import trimmed
from bot.extract.joke_lines import held_if_joke
from bot.extract.lexicon import SHOWN_READING, SPEECH_VERBS
from bot.extract.link_lines import held_if_linked
from bot.extract.maxim_labels import held_if_maxim
from bot.extract.meant_phrases import held_if_meant
from bot.extract.mentioned_lines import held_if_mentioned
from bot.extract.named_lines import held_if_named_line
from bot.extract.performed_lines import held_if_performed
from bot.extract.pronounced_names import held_if_pronounced
from bot.extract.quote_checks import faceless, names_a_work
from bot.extract.quoted_catchphrases import held_if_catchphrase
from bot.extract.quoted_part_blurbs import held_if_part_blurb
from bot.extract.renamed_labels import held_if_renamed
from bot.extract.scare_quotes import SCARE_DOUBT, SCARE_WORDS, held_if_scare_quoted
from bot.extract.screen_lines import held_if_screen_line
from bot.extract.seen_doing import held_if_seen_doing
from bot.extract.shown_phrases import held_if_shown_phrase
from bot.extract.subject_labels import held_if_subject_label
from bot.extract.text import Doc, Quote
from bot.extract.title_lines import held_if_title
from bot.extract.translated_marks import held_if_translated
from bot.extract.unsaid_marks import held_if_unsaid
from bot.extract.word_mentions import held_if_word_mentioned
from bot.extract.writer_labels import held_if_our_name, held_if_our_words
from bot.extract.written_marks import held_if_written
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_DETERMINER = lazy_pattern(
    r"(?:^|[ (])(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Aa]n?|[Aa]ny|[Aa]nother|[Tt]heir|"
    r"[Ii]ts|[Hh]is|[Hh]er|[Oo]ur|[Mm]y|[Yy]our)[ ](?P<adjective>[a-z]{3,}(?:-[a-z]+)?[ ])?$"
)
"""A determiner, perhaps with one lowercase word after it ("a bogus “...” spread online", "a
one-off “...”")."""
_NOUN_AFTER = lazy_pattern(
    r"[ ](?:[a-z]+[ ]){0,1}?[a-z]+(?:[ ](?:going|doing|that|which|about|is|was|"
    r"has|on|from|in|around|you)\b|[,.]|[ ]\()"
)
_SENSE_AFTER = lazy_pattern(r"[”\"’']?[ ]in[ ](?:the|any)[ ](?:[A-Za-z-]+[ ]){1,2}sense\b")
"""A named sense qualifying the words just quoted: "a “stage actor” in the West End sense", "in
any real sense"; "in every sense" only means "wholly" and weighs no term."""
_CLAUSE_CLOSE = lazy_pattern(r"[,;]")
"""A comma or a semicolon right after the marks: the label closes its clause ("turned a few
pages into a global “comfort watch”, and ..."); only with no one to say it ("he has a “...”,
but" stays his)."""


def held_if_label(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its quotation stands between a determiner and the noun it names. A
    word between the determiner and the marks, or a speaker only guessed, needs the few
    lowercase words of a label ("a bogus “crew sheet” spread online"), or a sense qualifying
    them ("a “stage actor” in the West End sense") in place of the noun."""
    short = len(fact.text.split()) <= SCARE_WORDS and fact.text.islower()
    sensed = short and _SENSE_AFTER.match(text, quote.end) is not None
    guessed_label = sensed or (short and guessed(fact))
    if not fact.served or not quote.closed or not (faceless(fact) or guessed_label):
        return fact
    determiner = _DETERMINER.search(text, max(quote.start - 24, 0), quote.start - 1)
    labelled = short or _faceless_label(fact)
    if determiner is None or (determiner["adjective"] and not labelled):
        return fact
    closes = labelled and faceless(fact) and _CLAUSE_CLOSE.match(text, quote.end + 1) is not None
    if not sensed and not closes and _NOUN_AFTER.match(text, quote.end + 1) is None:
        return fact
    return held(fact, "a quotation used as a name for something")


def _faceless_label(fact: QuoteFact) -> bool:
    """A few more lowercase words than a scare quote's, credited to no one: a whole label ("a
    one-off “members preview night”, two days before"), still nobody's words when it closes its
    clause."""
    return faceless(fact) and fact.text.islower() and len(fact.text.split()) <= SCARE_WORDS + 1


_ENDS_SENTENCE = lazy_pattern(r"[“”\"‘’']?[.!?]?(?:[ \n]|$)")
_SPOKEN = lazy_pattern(
    rf"\b{SPEECH_VERBS}\b|\b(?:calls?|called|calling|describ\w+|dubb\w+|words)\b"
)
_SHOWN_WORDS = 4


def held_if_shown(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when a few faceless words in marks close a sentence no speech verb opens."""
    if not faceless(fact) or not fact.fragment or not fact.served or not quote.closed:
        return fact
    if len(fact.text.split()) > _SHOWN_WORDS or _ENDS_SENTENCE.match(text, quote.end) is None:
        return fact
    start = max(text.rfind(". ", 0, quote.start), text.rfind("\n", 0, quote.start), 0)
    if _SPOKEN.search(text, start, quote.start) is not None:
        return fact
    return held(fact, NAME_IN_MARKS)


_SOMEONE_WORDS = lazy_pattern(r"(?:an?|one|some|someone|somebody)[ ][^.!?,;:]*")
_SAYS_AFTER = lazy_pattern(rf"[ ]+(?:has[ ]|had[ ]|apparently[ ])?{SPEECH_VERBS}\b")


def held_if_sayer(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its marks hold a lowercase someone that a speech verb follows, the
    subject of the saying ("because “a friend who works at Lumen” said so"): a rumour's claimed
    source, quoted as the rumour gives it, not words anyone said."""
    if not faceless(fact) or not fact.served or not quote.closed:
        return fact
    if _SOMEONE_WORDS.fullmatch(fact.text) is None:
        return fact
    if _SAYS_AFTER.match(text, quote.end + 1) is None:
        return fact
    return held(fact, "a source named in quotation marks")


_CONTRAST = r",?[ ](?:not|rather[ ]than|instead[ ]of)[ ]"
_CONTRAST_AFTER = lazy_pattern(rf"{_CONTRAST}[“\"‘']")
_CONTRAST_BEFORE = lazy_pattern(rf"[”\"’']{_CONTRAST}$")


def held_if_contrasted(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its marks stand beside other marked words with only "not", "rather
    than" or "instead of" between (a forum rule's "put it in the title (“...” not “...”)"):
    wordings shown side by side as examples, not anything anyone said."""
    if not faceless(fact) or not fact.served or not quote.closed:
        return fact
    before = _CONTRAST_BEFORE.search(text, max(quote.start - 20, 0), quote.start - 1)
    if before is None and _CONTRAST_AFTER.match(text, quote.end + 1) is None:
        return fact
    return held(fact, EXAMPLE_WORDING)


_LISTED = lazy_pattern(
    r"\b(?:[Ii]ncludes|[Ii]nclude|[Ii]ncluding|[Ss]uch[ ]as|[Ee]\.g\.,?|[Mm]eans)[ ]"
    r"(?:[“\"‘'][^“”\"\n]{1,60}[”\"’'],?[ ](?:and[ ]|or[ ])?)*[“\"‘']$"
)
"""Words in marks given as examples after "includes" or "such as", alone or in a list of
them (a forum rule's "That includes “...”, “...” and screenshots"): named, not said."""


def held_if_listed(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its faceless marks are an example listed (see :data:`_LISTED`)."""
    if not faceless(fact) or not fact.served or not quote.closed:
        return fact
    if _LISTED.search(text, max(quote.start - 200, 0), quote.start) is None:
        return fact
    return held(fact, "words in marks listed as an example")


_KNOWN_AS = lazy_pattern(
    r"\b(?:typecast|known|billed|branded|labelled|labeled|pigeonholed|remembered|nicknamed|"
    r"(?:being|been|be|was|were|is|are|get|gets|got|getting)[ ](?:[a-z]+ly[ ])?cast|"
    r"refer(?:s|red|ring)?[ ]to[ ](?:it|him|her|them|(?:the|this|that)[ ](?:[a-z]+[ ]){0,2}[a-z]+)"
    r"(?:[ ](?:simply|just|only|still|affectionately|jokingly))?"
    r"|referred[ ]to(?:[ ](?:simply|just|only|still|affectionately|jokingly))?"
    r"|identif(?:ied|ies|ying)[ ](?:herself|himself|themselves)"
    r"(?:[ ](?:simply|just|only))?)"
    r"(?:,[ ][a-z][a-z ]{1,24},)?[ ]as[ ]$"
)
"""A name someone goes by or fears being given ("typecast as “the kettle drum man”", "finally
being cast as “the funny one”", a part's label, not anyone's words), perhaps
with a short aside before "as" ("known, for now, as “the new boy from ...”"), or one people
refer to a thing by ("fans referring to it simply as “the ... film”", "being referred to
simply as “the ... film”"), or one someone gives for themselves ("who identified herself only as
“a teacher from ...”": who she is, not what she said)."""
_DISMISSED_AS = lazy_pattern(
    r"\b(?:dismiss(?:ed|es|ing)?|derid(?:ed|es|ing|e)|writ(?:ten|e|es|ing)[ ]off|wrote[ ]off|"
    r"sneer(?:ed|s|ing)?[ ]at)(?:[ ][^.;:!?“”\"]{1,40}?)?[ ]as[ ]$"
)
"""A label a view is dismissed with ("critics who dismissed the show as “kids' stuff”", "long
written off as “a fad”"): with no one to say it, the view the writer sums up, nobody's words."""
_NICKNAMED = lazy_pattern(
    r"\b(?:nicknamed|christened|used[ ]to[ ]call|always[ ]call(?:ed|s)?)[ ][^.;:!?“”\"]{1,60}[ ]$"
)
"""A name a thing is given or always went by, its object between ("locals have nicknamed the
pier “the plank”", "her uncle used to call the fog “the grey lodger”")."""
_THING_CALLED = lazy_pattern(
    r"\b(?:[Oo]ne|[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)[ ](?:[a-z-]+[ ]){0,2}(?!what\b)[a-z]+[ ]"
    r"(?:she|he|they|[A-Z][\w’'-]+|(?:everyone|everybody|people|locals|fans)"
    r"(?:[ ](?:on|in|at)[ ](?:the[ ])?[a-z]+)?)[ ](?:calls|call|called|dubs|dubbed|nicknames)[ ]$"
)
"""A thing, then the name someone gives it ("one track she calls ‘the lighthouse’", "a scene he
calls “the slow dance”", "a recurring two-note phrase she calls “...”", "the one everyone on
set calls “...”"): a name, not a remark
("what he calls “...”", "a turn the paper called “quietly brave”" stay remarks)."""
_REPEATED = lazy_pattern(r"\b(?:[Mm]onths|[Ww]eeks|[Yy]ears|[Dd]ays)[ ]of[ ]$")
"""Words said over and over, quoted as a stretch of time ("After weeks of “any day now”,"): a
phrase that stands for the wait, not anyone's quote."""
_READS = lazy_pattern(rf"\b{SHOWN_READING}[ ]$")
"""Words a screen, a sign or a reminder shows ("a reminder that reads “...”")."""
_TAGGED = lazy_pattern(
    r"\b(?:(?:tag|strap)[- ]?lines?|slogans?|(?:signs|signed|signing)[ ](?:herself|himself|"
    r"themselves|off[ ]as))[ ]*[:,]?[ ]*[«»]?[ ]*$"
)
"""Words a poster carries or a writer signs as, just before the marks ("the tagline « ... »",
"a slogan: “...”", "a listener who signs herself “...”"): shown or a name, not said."""
_TAG_IS = lazy_pattern(
    r"\b(?:(?:tag|strap)[- ]?line|slogan)(?:,[ ][^,.;:!?“”\"]{1,60},)?[ ]"
    r"(?:is|was|reads|read|runs|ran)[ ]*[:,]?[ ]*$"
)
"""A tagline or a slogan as the subject, perhaps with an aside, then its verb right before the
marks ("The campaign's slogan, printed on the ads, is “...”"): shown, not said."""
_NICKNAME_WORDS = 5


def held_if_named_as(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when a few lowercase words in marks are a name someone is known or
    typecast as, or (faceless) a label a view is dismissed with, or when faceless words are
    what a thing reads: named or shown, not said."""
    if not fact.served or not quote.closed:
        return fact
    before = max(quote.start - 24, 0)
    nickname = fact.fragment and fact.text[:1].islower()
    named = (
        nickname
        and len(fact.text.split()) <= _NICKNAME_WORDS
        and _KNOWN_AS.search(text, max(quote.start - 50, 0), quote.start - 1) is not None
    )
    shown = faceless(fact) and (
        _READS.search(text, before, quote.start - 1) is not None
        or _TAGGED.search(text, before, quote.start - 1) is not None
        or _TAG_IS.search(text, max(quote.start - 90, 0), quote.start - 1) is not None
    )
    named = named or (
        nickname
        and faceless(fact)
        and len(fact.text.split()) <= _NICKNAME_WORDS
        and _DISMISSED_AS.search(text, max(quote.start - 80, 0), quote.start - 1) is not None
    )
    given = _NICKNAMED.search(text, max(quote.start - 80, 0), quote.start - 1) is not None
    called = fact.text.startswith("the ") and _THING_CALLED.search(
        text, max(quote.start - 50, 0), quote.start - 1
    )
    given = given or bool(called)
    named = named or (nickname and given)
    shown = shown or _REPEATED.search(text, before, quote.start - 1) is not None
    if named or shown:
        return held(fact, NAME_IN_MARKS)
    return fact


def held_if_unspoken(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held if its marks name a thing or a source, show a few words, hold words someone
    only might say (:mod:`bot.extract.imagined_lines`) or people go around quoting
    (:mod:`bot.extract.quoted_catchphrases`), are named as words
    (:mod:`bot.extract.word_mentions`), put a joke in someone's mouth
    (:mod:`bot.extract.joke_lines`), name a saying (:mod:`bot.extract.maxim_labels`), are
    only talked about (:mod:`bot.extract.mentioned_lines`), are a sign's, a song's, a topic's
    or a stock reason (:mod:`bot.extract.unsaid_marks`), are shown or
    glossed (:mod:`bot.extract.shown_phrases`), are a term called for
    (:mod:`bot.extract.called_terms`), are written on a thing or in a document
    (:mod:`bot.extract.written_marks`), a thing's name for itself or a caption
    (:mod:`bot.extract.given_labels`), are a trailer's lines (:mod:`bot.extract.screen_lines`),
    a writer's "-speak for" gloss (:mod:`bot.extract.translated_marks`)
    or a thing's new name (:mod:`bot.extract.renamed_labels`), are a title
    (:mod:`bot.extract.title_lines`), are sung or performed
    (:mod:`bot.extract.performed_lines`), or scare-quote a phrase (see
    :func:`bot.extract.scare_quotes.held_if_scare_quoted`)."""
    fact = held_if_listed(
        text, quote, held_if_sayer(text, quote, held_if_named_as(text, quote, fact))
    )
    fact = held_if_contrasted(text, quote, held_if_imagined(text, quote, fact))
    fact = held_if_denied(text, quote, held_if_shown(text, quote, fact))
    fact = held_if_seen_doing(text, quote.start, held_if_glossed_title(text, quote, fact))
    fact = held_if_named_line(text, quote, held_if_chanted(text, quote.start, fact))
    fact = held_if_meant(text, quote.start, held_if_claimed_verb(text, quote, fact))
    fact = held_if_called(text, quote, held_if_pronounced(text, quote.start, fact))
    fact = held_if_part_blurb(text, quote, held_if_copula_label(text, quote, fact))
    fact = held_if_our_name(text, quote, held_if_banned(text, quote, fact))
    fact = held_if_subject_label(text, quote, held_if_catchphrase(text, quote, fact))
    fact = held_if_maxim(text, quote, held_if_joke(text, quote, fact))
    fact = held_if_mentioned(text, quote, held_if_linked(text, quote, fact))
    fact = held_if_unsaid(text, quote, held_if_word_mentioned(text, quote, fact))
    fact = held_if_clipped_scene(text, quote, held_if_shown_phrase(text, quote, fact))
    fact = held_if_written(text, quote, held_if_called_term(text, quote, fact))
    fact = held_if_screen_line(text, quote, held_if_self_named(text, quote, fact))
    fact = held_if_our_words(text, quote, held_if_translated(text, quote, fact))
    fact = held_if_performed(text, quote, held_if_renamed(text, quote, fact))
    fact = held_if_title(text, quote, fact)
    return held_if_scare_quoted(text, quote.end, held_if_label(text, quote, fact))


_DENIAL = lazy_pattern(
    r"(?:^|[ (])(?:[Nn]obody|[Nn]o[ ]one|[Nn]othing|[Nn]ever|[Nn]ot|[Nn]o|[a-z]+n[’']t)[ ]$"
)
_DENIED_WORDS = 3


def held_if_denied(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when a few lowercase words in marks follow a denial ("Nobody “got sacked”,
    it was ...", "she wasn’t ‘written off’."): the writer's marks on a phrase they dismiss,
    nobody's words."""
    if not faceless(fact) or not fact.fragment or not fact.served or not quote.closed:
        return fact
    if len(fact.text.split()) > _DENIED_WORDS or not fact.text.islower():
        return fact
    if _DENIAL.search(text, max(quote.start - 13, 0), quote.start - 1) is None:
        return fact
    return held(fact, SCARE_DOUBT)


def words_start(doc: Doc, index: int, sentence_start: int) -> int:
    """Where the words before quotation ``index`` begin: after the last quotation earlier in its
    sentence, passing over an answer's label and a name in marks ("Ada said the crew have a
    group chat called “...”, which has “been busy”": the second words are still Ada's)."""
    start, before = sentence_start, doc.quotes[index].start
    for earlier in doc.quotes[:index]:
        if (
            sentence_start <= earlier.end < before
            and not earlier.label
            and not names_a_work(doc.text, *trimmed(doc.text, earlier))
        ):
            start = earlier.end + 1
    return start
