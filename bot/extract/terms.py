"""Whether words in quotation marks quote anyone, or are the writer's own: a title, a
nickname, a term held at arm's length. Positions are offsets into the article's text.
"""

from __future__ import annotations

import re

from bot.extract.lexicon import PAST_REPORTING_VERBS, REPORTING_VERBS, THAT_CLAUSE_VERBS
from bot.extract.quoted_years import year_phrase
from bot.extract.unsaid_terms import paired_before, unsaid
from bot.lazy_patterns import lazy_pattern

_SENTENCE_END = lazy_pattern(
    r"\b(?!(?:Mrs|Mme|Vol|Sgt|Capt|Prof|Col|Gen|Gov|Rev|Lieut|Cpl|Pvt|Bros|Ltd|Inc|Feat|Pt)\.)"
    r"[A-Za-z][a-z]{2,}\.(?=[ ]+[A-Z]|[ ]*$)"
)
"""A word ending a sentence with a full stop, not an abbreviation ("Mrs.", "Sgt.", "Vol.")."""


def _sentences(inner: str) -> bool:
    """Words in marks that run over two sentences or more, each closed by a full stop ("Hydrate.
    Cry. Repeat.", "Snack. Sob. Rewatch."): a slogan, not a title ("Mamma Mia! Here We Go
    Again", "The Marvelous Mrs. Maisel", "Sgt. Bilko")."""
    return sum(1 for _ in _SENTENCE_END.finditer(inner)) >= 2


def is_quotation(
    text: str, quote: tuple[int, int], para: tuple[int, int], *, title_like: bool
) -> bool:
    """``text[quote[0]:quote[1]]``, in the paragraph ``para``, is someone's words.

    Title-like words (a title, one word, a number) count only when someone is reported saying
    them ("said the closures had 'killed' trade"; "“Again,” she says"), post them in capitals
    as a caption ("posted a photo, captioned “WE ARE BACK”") or run over two full-stopped
    sentences (a slogan posted: “Hydrate. Cry. Repeat.”; titles end in "!" or use "Mrs.").
    """
    if title_like and not (
        year_phrase(text[quote[0] : quote[1]])
        or _reported_word(text, quote, para)
        or _SAID_AFTER.match(text, quote[1], para[1])
        or (text[quote[0] : quote[0] + 1].islower() and _SAID_AFTER_COMMA.match(text, quote[1]))
        or _whole_sentence(text, quote, para)
        or _shouted_caption(text, quote, para)
        or _sentences(text[quote[0] : quote[1]])
    ):
        return False
    if _named_term(text, quote, para) or unsaid(text, quote, para):
        return False  # a name, a crowd's sound
    first = paired_before(text, quote, para)  # "call her “...” as often as “...”"
    return first is None or not _named_term(text, first, para)


_NAMING_VERB = lazy_pattern(
    r"\b(?P<verb>calls?|called|calling|nicknamed?|dubbed?|christened)[ ]"
    r"(?P<whom>him|her|them|it|me|us|you|[A-Z][\w’'-]+)[ ]$"
)
_DESCRIBED = lazy_pattern(
    r"(?:an?|[a-z]{2,}(?:ingly|edly|ally|fully|ously|tly|ably|ibly)|completely|utterly|entirely|"
    r"simply|truly|wholly|purely|merely|genuinely|absolutely|extremely|deeply|highly|clearly)[ ]"
)
"""A verdict after "calls": "calls Ada “a proper find”", "called it “a homecoming”" (one of a
kind the speaker puts the thing in), "calling them “flatly false”" (an adverb, then what the
thing is; "utterly brilliant", never an adjective ending so, "silly goose"): their words, not a
name it goes by. What someone calls the speaker ("calls me ‘a gaivota’") stays a nickname."""
_SELF = frozenset({"me", "us"})
_GROUP_CALLER = lazy_pattern(
    r"\b(?:crew|cast|fans|everyone|everybody|people|viewers|colleagues|friends|"
    r"audiences|locals|many|they)(?:[ ][a-z]+){0,2}[ ]$",
    re.IGNORECASE,
)
"""A group calling someone ("the crew call her", "Fans have long called Vey"): what others
call the person is a name they go by, whoever reports it, not a speaker's verdict (critics'
"calls" stay a verdict: "Critics called her “unnervingly still”")."""


def _verdict(naming: re.Match[str], inner: str) -> bool:
    """``inner``, after the naming words ``naming``, is a verdict someone "calls" a thing."""
    return (
        naming["verb"].startswith("call")
        and naming["whom"] not in _SELF
        and _DESCRIBED.match(inner) is not None
        and _GROUP_CALLER.search(naming.string, 0, naming.start()) is None
    )


_NICKNAMED = lazy_pattern(r"\b(?:nicknamed|dubbed|christened|branded)[ ]$")
"""Naming with the object before ("the flatmate, who fans nicknamed “...”"; "the sequel, dubbed
“...”"): a name, however many words (up to a short phrase)."""
_MAX_NAMED_PHRASE_WORDS = 6
_DETERMINER = lazy_pattern(r"(?:^|[ (])(?:the|a|an|no|any|this|that|these|those|some)[ ]$")
_MAX_NICKNAME_WORDS = 3
_BEFORE_REACH = 40
"""How far before a quotation its naming words can start ("calls her best friend “...”")."""
_SAID_THAT = lazy_pattern(rf"\b{THAT_CLAUSE_VERBS}(?:[ ][\w’'-]+){{0,4}}[ ]that[ ]$")
"""A verb taking a that-clause, perhaps its hearer or place, then "that" ("confirmed to us that
“...”", "reminded us in the Discord that “...”"): "that" opens the words reported when they
read as a clause (three words or more, or no word running on after the closing mark), not
"posted that “wrap party” selfie" or "said that “wrap party” photo was fake"."""
_PAST_THAT = lazy_pattern(r"\b[a-z]{3,}ed[ ]that[ ]$")
"""Any verb in the past right before "that" ("Reed complained that “...”"): a that-clause when
the words in marks read as one (three words or more, no word running on after the closing mark),
not "watched that “behind the scenes” clip"; and only when its subject is someone named (see
:func:`_named_subject`)."""
_CLAUSE_START = lazy_pattern(r"(?:^|\n|[.!?;:][”\"’']?[ ]+|,[ ](?:and|but|while|though|as)[ ])")
_ASIDE_END = lazy_pattern(r",[ ](?:who|whose|which|the|a|an|our|his|her|their)\b[^,]*,[ ]?$")
_ADVERBS_END = lazy_pattern(
    r"(?:[ ](?:[a-z]+ly|has|had|also|then|once|even|again|later|still|already|soon))+[ ]?$"
)
_INDEFINITE = lazy_pattern(
    r"(?:^|[ ])(?i:one|a|an|some|many|several|another|other|most|all|both|each|every|no)[ ]"
    r"(?:[\w’'-]+[ ]){0,3}?[a-z][\w’'-]*$"
)
"""A subject a determiner leaves unnamed: "One viewer", "A tabloid", "Some critics"."""
_CROWD_HEAD = lazy_pattern(
    r"(?i:fans?|viewers?|readers?|users?|commenters?|followers?|members?|people|person|"
    r"audiences?|sources?|insiders?|critics?|reviewers?|reports?|tabloids?|outlets?|papers?|"
    r"others|many|some|everyone|everybody|someone|somebody|nobody)"
)
"""A crowd or a source never named at the head of a subject: "Fans", "Viewers", "The fan"."""


def _named_subject(text: str, para_start: int, verb: int) -> bool:
    """Whether the subject of the verb at ``verb`` is someone the speaker step can find ("Reed
    complained", "Last week she complained", "The director later complained", "Tom Reed, who
    plays Bram, also complained", "@pierwatch posted"), not a crowd or a source never named
    ("One viewer complained", "Fans speculated", "A tabloid alleged"), for whom it would fall
    back on whoever was named before, whose words these are not. Only the words right before
    the verb count: a fronted phrase ("Last week", "In a statement") may open the clause."""
    starts = [m.end() for m in _CLAUSE_START.finditer(text, para_start, verb)]
    clause = text[max(starts, default=para_start) : verb]
    clause = _ADVERBS_END.sub(" ", clause)
    while (aside := _ASIDE_END.search(clause)) is not None:
        clause = _ADVERBS_END.sub(" ", clause[: aside.start()] + " ")
    subject = clause.rsplit(", ", 1)[-1].strip()
    if not subject or _INDEFINITE.search(subject) is not None:
        return False
    head = subject.rsplit(maxsplit=1)[-1]
    return _CROWD_HEAD.fullmatch(head) is None and (
        head[:1].isupper()
        or head.startswith(("@", "u/"))  # an account's handle: "u/pierwatch posted that"
        or head in {"he", "she"}
        or subject.lower().startswith(("the ", "his ", "her ", "their ", "our "))
    )


_NOUN_AFTER = lazy_pattern(r"[”\"’'][ ]+[a-z]")
_CLAUSE_WORDS = 3
_TITLED = lazy_pattern(r"\b(?:titled|entitled|headlined|named)[ ,:]*$")
_REPORTED_ANYWHERE = lazy_pattern(
    rf"\b(?:{REPORTING_VERBS}|reported|reports|wrote|writes|according|saying|stating|adding|"
    r"writing)\b"
)


def _named_term(text: str, quote: tuple[int, int], para: tuple[int, int]) -> bool:
    """Words the writer puts in quotation marks as a name, not as anyone's words: a title
    after "titled", a nickname after "calls him" (“le petit chou”, not the verdict “a real
    find”), a term after a determiner with nobody reporting it (the “tall guy” from the
    photos; there is no “secret screening”)."""
    before = text[max(para[0], quote[0] - _BEFORE_REACH) : quote[0] - 1]
    inner = text[quote[0] : quote[1]].strip(" ,.")
    naming = _NAMING_VERB.search(before)
    if naming is not None and not _verdict(naming, inner):
        return len(inner.split()) <= _MAX_NICKNAME_WORDS
    if _NICKNAMED.search(before):
        return len(inner.split()) <= _MAX_NAMED_PHRASE_WORDS
    if _TITLED.search(before):
        return True  # "a video titled “...”": a title, however long
    if not _DETERMINER.search(before) or (inner[:1].isupper() and " " not in inner):
        return False
    clause = len(inner.split()) >= _CLAUSE_WORDS
    runs_on = _NOUN_AFTER.match(text, quote[1], para[1]) is not None
    said_that = _SAID_THAT.search(text, max(para[0], quote[0] - 2 * _BEFORE_REACH), quote[0] - 1)
    past_that = _PAST_THAT.search(text, max(para[0], quote[0] - _BEFORE_REACH), quote[0] - 1)
    if past_that is not None and not _named_subject(text, para[0], past_that.start()):
        past_that = None
    if (said_that and (clause or not runs_on)) or (past_that and clause and not runs_on):
        return False
    sentence_start = max(text.rfind(". ", para[0], quote[0]) + 1, para[0])
    said = _REPORTED_ANYWHERE.search(text, sentence_start, quote[0] - 1) is not None
    return not said and _SAID_AFTER.match(text, quote[1], para[1]) is None


_SAID_AFTER = lazy_pattern(
    r"[”\"’'][ ](?:he|she|they|[A-Z][\w’'-]+|(?:one|another|a)[ ](?:fan|viewer|user|reader))[ ]"
    r"(?:says|said|adds|added|asks|asked|shouts|shouted|tells|told|replies|replied|wrote|posted)\b"
)
"""An attribution right after the quotation ("“Again,” she says"): a word someone said."""
_SAID_AFTER_COMMA = lazy_pattern(
    r"[”\"’'],[ ](?:he|she|they|[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){0,2})[ ]"
    r"(?:says|said|adds|added|admits|admitted|recalls|recalled|insists|insisted|tells[ ]us"
    r"|told[ ]us|tells[ ]me|told[ ]me)\b"
)
"""The same after a comma outside the marks, for a lowercase word ("was “brutal”, he says",
"“brutal”, Ada Vale admits", "“brutal”, she told us"); a capitalised one there may be a title
she names ("it is called “Lantern”, she says")."""
_REPORTED = lazy_pattern(rf"\b{REPORTING_VERBS}\b[^.!?;“”\"]{{0,80}}$")
_LOWER_WORD = lazy_pattern(r"[a-z][a-z-]+")
_REPORT_REACH = 120
"""How far before a quoted word or phrase the report that carries it may start."""
_PREPOSITION_PHRASE = lazy_pattern(r"(?:by|in|into|at|on|from|to)[ ][^“”\"]+")
"""A preposition, then its object: "into September", "by Christmas" (a title opens capitalised)."""
_REPORTED_PAST = lazy_pattern(rf"\b(?P<verb>{PAST_REPORTING_VERBS})\b[^.!?;“”\"]{{0,80}}$")
"""A past report, as news gives someone's words ("told Variety the shoot would run “...”"); a
thread's "a tabloid says it's “in May”" relays a rumour."""
_OTHER_TEXT = lazy_pattern(
    r"\b(?:statement|tweet|post|poster|caption|press[ ]release|announcement|trailer|teaser|email|"
    r"letter|note|message|memo|report|headline|listing|website|blog)s?"
    r"(?:,[ ](?:which|that)|[ ](?:which|that)|[ ][a-z]+ing)\b"
)
"""Between the report and the mark, a text someone else wrote, told by the verb that carries
the words ("the studio statement, which promised the new season “...”", "Tidewell's tweet
promising the season “...”"): the words in marks are that text's, which the reporter only
mentions; an aside ("the shoot, which began in May, would run “...”") or a text named in
passing ("said the report was wrong and the shoot would run “...”") leaves them the
reporter's."""


def _reported_word(text: str, quote: tuple[int, int], para: tuple[int, int]) -> bool:
    """One lower-case word, or a phrase on a lower-case preposition, quoted from what someone
    said ("said the closures had 'killed' trade", "told Variety the shoot would run “into
    September”"): a fragment of their words, not a scare quote nor a title."""
    inner = text[quote[0] : quote[1]]
    reach = max(para[0], quote[0] - _REPORT_REACH)
    if _PREPOSITION_PHRASE.fullmatch(inner):
        past = _REPORTED_PAST.search(text, reach, quote[0] - 1)
        return past is not None and _OTHER_TEXT.search(text, past.end("verb"), quote[0] - 1) is None
    if not _LOWER_WORD.fullmatch(inner):
        return False
    return _REPORTED.search(text, reach, quote[0] - 1) is not None


_SENTENCE_BEFORE = lazy_pattern(r"[.!?][”\"’']?[ ]+[“\"‘']$")
_SPEECH_NOUN_COLON = lazy_pattern(
    r"\b(?:word|words|reply|response|answer|message|verdict|retort)[ ]?:[ ]+[“\"‘']$"
)
"""A one-word answer after its speech noun: "replied with a single word: “Patience.”" (or
“patience”., the stop outside the marks)."""
_SENTENCE_AFTER = lazy_pattern(r"[”\"’']?(?:[ ]+[“\"‘A-Z]|[ ]*$)")
_STOP_AFTER = lazy_pattern(r"[”\"’'][.!?](?:[ ]+[“\"‘A-Z]|[ ]*$)")
"""The closing mark, then the sentence's own full stop, question or exclamation mark."""


def _whole_sentence(text: str, quote: tuple[int, int], para: tuple[int, int]) -> bool:
    """A quotation that is a sentence of its own after another sentence, closed by its own full
    stop, an exclamation or a question mark ("... the actress wrote. “Thank you, Lumen.”",
    "... she wrote. “June!!!”", "... he wrote. “Ready?”"): words, not a title (a title alone
    makes no sentence)."""
    inner = text[quote[0] : quote[1]].rstrip()
    if quote[0] - para[0] < 2:
        return False
    if not inner.endswith((".", "!", "?")):
        # "texted her one word: “rude”.": the stop after the marks, the word still all said
        return _after_speech_noun(text, quote, para) and bool(
            _STOP_AFTER.match(text, quote[1], para[1])
        )
    opens_sentence = _SENTENCE_BEFORE.search(text, max(para[0], quote[0] - 4), quote[0]) is not None
    opens_sentence = opens_sentence or _after_speech_noun(text, quote, para)
    return opens_sentence and _SENTENCE_AFTER.match(text, quote[1], para[1]) is not None


def _after_speech_noun(text: str, quote: tuple[int, int], para: tuple[int, int]) -> bool:
    """The words follow their speech noun and a colon ("replied with one word: “...”")."""
    return ":" in text[quote[0] - 3 : quote[0]] and bool(
        _SPEECH_NOUN_COLON.search(text, max(para[0], quote[0] - 30), quote[0])
    )


_CAPTIONED = lazy_pattern(r"\b(?:captioned|captioning[ ]it|with[ ]the[ ]caption)[ ]*[:,]?[ ]*$")
_POSTED = lazy_pattern(
    r"\b(?:simply[ ])?(?:posted|posts|tweeted|tweets|shared|shares|wrote|writes|commented|"
    r"replied)(?:[ ](?:on|to)[ ][A-Z][\w’'-]*)?(?:[ ]simply)?[ ]*:[ ]*$"
)
"""A post's verb and a colon right before the words ("posted simply: “", "simply posted: ‘"),
perhaps with its site ("posted on Instagram: “")."""
_CLOSED_SHOUT = lazy_pattern(r".*[A-Z][.!]+")
"""Capitals closed by a full stop or "!" ("THE LEAVES ARE BACK.", "TAO. DESERVED. BETTER."): a
sentence shouted, not a title (a title ends on its last word)."""


def _shouted_caption(text: str, quote: tuple[int, int], para: tuple[int, int]) -> bool:
    """Words in capitals right after "captioned" ("a photo of the set, captioned “WE ARE
    BACK”"), or closed as a sentence right after a post's verb and a colon ("posted simply:
    “WE ARE BACK.”", the stop inside the marks or just after them: "wrote: “WE ARE BACK”."): a
    poster shouting, not a title written in title case."""
    inner = text[quote[0] : quote[1]]
    if not inner.isupper():
        return False
    if _CAPTIONED.search(text, max(para[0], quote[0] - 30), quote[0] - 1) is not None:
        return True
    if _POSTED.search(text, max(para[0], quote[0] - 30), quote[0] - 1) is None:
        return False
    if _CLOSED_SHOUT.fullmatch(inner.strip()) is not None:
        return True
    return _STOP_AFTER.match(text, quote[1], para[1]) is not None and not _spells_a_name(
        text, inner
    )


_LEAD_CAPITALS = lazy_pattern(r"[ ]*([A-Z][A-Z’'-]*[ ][A-Z][A-Z’'-]*)\b")
"""The first two words of capitals ("MARROW HOUSE" of "MARROW HOUSE SERIES TWO")."""


def _spells_a_name(text: str, inner: str) -> bool:
    """Whether the capitals open on two words the page writes as a name elsewhere ("posted:
    “MARROW HOUSE”. The teaser for Marrow House ..."): a title posted, no words shouted."""
    lead = _LEAD_CAPITALS.match(inner)
    if lead is None:
        return False
    return " ".join(word.capitalize() for word in lead[1].split()) in text
