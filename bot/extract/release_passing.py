"""The title of our own production used in passing ("In Lanterns: The Long Night, which opens
..."): served as a title fact, as the newer batches record it, when the name is whole and true."""

from __future__ import annotations

import re

from bot.extract.context import Context
from bot.extract.cues import hint
from bot.extract.lexicon import CHANNEL, CHANNEL_MENTION
from bot.extract.release_person_subtitles import named_as_a_person
from bot.extract.release_side_piece_titles import names_a_side_piece
from bot.extract.release_turn_labels import answer_label
from bot.lazy_patterns import cached_pattern, lazy_pattern

UNTRUE_TITLE = hint(
    "leak", "rumour", "rumor", "guess", "fan-made", "fan title", "working title", "supposed",
    "speculat", "campaign", "idea", "petition", "never real", "fake", "wish", "hoax", "instead of",
    "vinyl", "album", "soundtrack", "board game", "video game",
)  # fmt: skip
"""A sentence that speaks of a title that is not, or not yet, the production's own (a leak, a
guess, or the name of a record or a game made from it)."""
_TAIL = lazy_pattern(
    r"[ ](?:in|on|at|with|from|for)[ ].*$|(?:[ ](?:[a-z]\S*|[A-Z]\w*day|Netflix))+$"
)
"""Words after the name ("... on Wednesday", "... in April"): the sentence, not the title."""
_CHART = lazy_pattern(
    r"\bno\.?[ ]?\d|\bplace\b|chart|top[ ](?:10|ten)|ranked|minutes|\bviews\b|topped|debut from"
    r"|^[ ]*\d+\.[ ]|[ ]–[ ]\d+(?:\.\d+)?m\b|[ ](?:on[ ])?[£$€]\d"
)
"""A chart's entry: its place, its figures ("... – 12m views", "... £1.6m", "third on £1.6m")."""
_LISTED = lazy_pattern(rf",[ ]{CHANNEL}[^,\n]{{0,20}},[ ]\d{{1,2}}(?:[.:]\d{{2}})?[ ]?[ap]m\b")
"""A guide's listing after a name: its channel and time ("…, BBC One, 7pm: ..."). A guide
lists every show the night holds, ours or not: which one the headline means is not told."""
_AN_EVENT = lazy_pattern(
    r",[ ](?:a|an|the)[ ](?:[\w’'&-]+[ ]){0,3}?(?:screening|Q&A|event|party|gala|celebration|"
    r"concert|exhibition|panel|tour|experience|marathon|festival|night|evening|weekend|"
    r"fan[ ]day|meet-and-greet)s?\b"
)
"""A name glossed as an event ("will host Lanterns: The Last Night, a fan screening and Q&A"):
the event's name, not the work's."""
_NO_SUBTITLE = lazy_pattern(
    r"(?:(?:Limited|Mini)[ -]?[Ss]eries|(?:Season|Series|Volume|Vol\.)[ ](?:\d+|One|Two|Three|"
    r"Four|Five|Six|Seven|Eight|Nine|Ten))$"
    r"|^(?:[\w’'&-]+[ ]){0,3}(?:Publicity|Press(?:[ ]Office)?|Contacts?|Enquiries|PR)[ ]*:"
    r"|:[ ](?:The[ ])?(?:(?:Complete|Collected|Original)[ ])?"
    r"(?:Graphic[ ]Novels?|Novels?|Books?|Comics?|Webcomics?|Manga)$"
)
"""Not a subtitle: a streaming list's label for the form ("X: Limited Series", "X: Season 2",
a book's "X: Volume One"), or a press release's contact line ("Studio Publicity: Ada Vale"), whose
colon heads a person, or the print form of the source ("X: The Graphic Novels are published by
..."): a book, not ours."""
_STAGE_SUBTITLE = lazy_pattern(
    r":[ ](?:The[ ])?(?:[A-Z][\w’'-]*[ ]){0,2}(?:(?P<filmed>Musical|Experience|Concert|Tour|"
    r"Stage[ ]Show|Play)|Marathon|Exhibition|Quiz|Singalong|Sing-Along)$"
)
"""A stage show's or an event's subtitle ("X: The Musical", "X: The Box-Set Marathon"): another
production or a screening of ours; a show or a tour may be filmed, a marathon or a quiz not."""
_SCREEN_LED = lazy_pattern(r"\b(?:film|movie|documentary|special|adaptation)[ ]$")
"""A screen work's noun right before the title: "the concert film X: The Y Tour"."""
_ALONE = r"(?![\w’'-])(?![ ][A-Z0-9])"
"""The end of a name: no word runs on after it."""
_A_WORD = lazy_pattern(r"[A-Za-z][\w’'-]*")
_SMALL = {"a", "an", "and", "the", "of", "to", "in", "on", "for", "at", "by", "is", "it", "be"}
_LABEL = lazy_pattern(r"(?<![\w’'-])([A-Z][\w’'-]*):[ ]+[A-Z]")
"""A label and what it labels: "Dir: Jo Penn". Two different ones on a line make a credit box ("Fen
Road (15, 112 mins) Dir: Jo Penn. Cast: Ada Vale"), whose colons are labels', not a title's; one
title named twice ("T: Sub ... T: Sub is out") is no box."""


def _stage_or_event(chunk: str, title: str) -> bool:
    """A stage show's or an event's title the sentence does not tell as a screen work's: a film
    of a musical or of a concert tour keeps its title where a streamer or its noun tells it."""
    stage = _STAGE_SUBTITLE.search(title)
    if stage is None or stage["filmed"] is None:
        return stage is not None
    at = chunk.find(title)
    if at > 0 and _SCREEN_LED.search(chunk, 0, at) is not None:
        return False  # "the film X: The Musical": a screen work of its own
    return CHANNEL_MENTION.search(chunk) is None  # "X: The Musical arrives on Netflix": shown


def passing_title(text: str, chunk: str, title: str) -> str | None:
    """The title as used in the sentence, or None: a headline's words run on after it, a longer
    form of it is used elsewhere, or the sentence speaks of a leaked or fan-made title."""
    main, _, subtitle = title.partition(":")
    subtitle = _TAIL.sub("", subtitle.strip())
    if (
        not main.strip()
        or not subtitle
        or subtitle.split()[0] in main.split()
        or ":" in subtitle
        or UNTRUE_TITLE.search(chunk.lower())
        or len(set(_LABEL.findall(_line(text, chunk)))) > 1
        or _labels_others(text, main.strip(), subtitle)
        or _glossed_as_event(chunk, title)
        or named_as_a_person(chunk, title)  # "on Wren Vale: Tom Reed, now 24, talks"
        or names_a_side_piece(chunk, title)  # "a making-of called Wren Vale: The Last Day"
        or _NO_SUBTITLE.search(f"{main.strip()}: {subtitle}") is not None
        or _stage_or_event(chunk, f"{main.strip()}: {subtitle}")
    ):
        return None
    rest = chunk.replace(f"{main}:{title.partition(':')[2]}", " ")
    words = [w for w in _A_WORD.findall(rest) if w.lower() not in _SMALL]
    if len(words) >= 2 and all(w[0].isupper() for w in words):
        return None  # "When Is Lanterns: The Long Night Coming Out?": a headline's case
    if len(set(cached_pattern(r"(?m)^" + re.escape(main) + r":[ ](\S+)").findall(text))) > 1:
        return None  # "Magnus: When I ...", "Magnus: Yes.": a speaker's label, not a name
    words = subtitle.split()
    forms = [f"{main}: {' '.join(words[:n])}" for n in range(len(words), 0, -1)]
    whole = max(forms, key=lambda form: len(cached_pattern(re.escape(form) + _ALONE).findall(text)))
    longer = cached_pattern(re.escape(whole) + r"([ ][A-Z0-9][\w’'-]*)").findall(text)
    if (
        longer
        and whole == forms[0]
        and text.count(whole + max(longer, key=longer.count))
        > len(cached_pattern(re.escape(whole) + _ALONE).findall(text))
    ):
        return None  # "Lanterns: The Long" where the article writes "Lanterns: The Long Night"
    return whole


def _glossed_as_event(chunk: str, title: str) -> bool:
    """The name at its use in ``chunk`` is glossed as an event's ("X: Y, a fan screening")."""
    at = chunk.find(title)
    return at >= 0 and _AN_EVENT.match(chunk, at + len(title)) is not None


def own_name(text: str, chunk: str, title: str, context: Context) -> bool:
    """The name before the colon is our production's: ours, in the headline, or a name used more
    than once in this form that is no common word ("Live: ...", "About ...: ...")."""
    main = title.partition(":")[0].strip()
    first = main.split()[0].lower()
    if first not in _SMALL and cached_pattern(
        rf"(?<![\w#@/.-]){re.escape(first)}(?![\w/.-])"
    ).search(text):
        return False  # "Live: ...", "About Lanterns Films: ...", "Photography: ..."
    if _CHART.search(chunk.lower()):
        return False  # "In second place was Lanterns: The Long Night": a chart's entry
    at = chunk.find(title)
    if at >= 0 and _LISTED.match(chunk, at + len(title)) is not None:
        return False  # "Lanterns: The Launch, BBC One, 7pm: ...": a guide's listing
    if at == 0 and answer_label(text, text.find(chunk)):
        return False  # "Q: How did it start?" then "Ivo Tann: Through a friend": who answers
    return context.is_known(main) or text.count(title) > 1  # or used more than once


def _line(text: str, chunk: str) -> str:
    """The line of ``text`` that holds the sentence ``chunk`` (the sentence alone if not found)."""
    at = text.find(chunk)
    if at < 0:
        return chunk
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1 : end if end >= 0 else len(text)]


def _labels_others(text: str, main: str, subtitle: str) -> bool:
    """Whether ``main`` is a label (a newsletter's or a column's name) heading the same name
    worded otherwise too ("Screen Notes: Lanterns sets its date" beside "Screen Notes: Lanterns
    Forever"), while the words after it are used as a name without it: the name is the subtitle
    alone, not "main: subtitle". A franchise's other entries after its name ("Lanterns: Origins"
    beside "Lanterns: The Long Night", "The Long Night" alone) are other names: no label."""
    heads = cached_pattern(rf"(?<![\w’'-]){re.escape(main)}:[ ]+([^\n.,;:!?]+)").findall(text)
    others = [h for h in heads if not h.startswith(subtitle) and _lead(h) == _lead(subtitle)]
    if not others:
        return False
    label = re.escape(main) + ":[ ]"
    return cached_pattern(rf"(?<!{label}){re.escape(subtitle)}(?![\w’'-])").search(text) is not None


def _lead(words: str) -> str:
    """The first word of ``words`` that is no small word ("Long" in "The Long Night")."""
    return next((word for word in words.split() if word.lower() not in _SMALL), "")


_EDITION = lazy_pattern(
    r"\b(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]his[ ](?:week|weekend|month|morning|evening))"
    r"[’']s[ ]$"
)
"""A time's possessive before a name: an issue of a newsletter or column ("this week's Reel
Digest"), whose colon opens the issue's items, so no subtitle follows it."""


def issue_kicker(chunk: str, start: int) -> bool:
    """The name at ``start`` is a newsletter's or column's issue, not a title with a subtitle."""
    return _EDITION.search(chunk, max(start - 30, 0), start) is not None
