"""A hedge after the time, in the same sentence, for :mod:`bot.extract.release_parts`.

Sources, an unnamed hand or a report credited after the time ("Cameras are set to roll in late
April, sources say"; "..., according to insiders"; "..., according to a crew member"), a
likelihood ("a release in 2026 is most likely", "an autumn slot was likely", "a spring
release is widely expected"), a rumour ("a May launch has been widely rumoured"), an
assumption or guess ("a late 2026 release was the working assumption"), or an outlet's or an
impersonal understanding ("Filming starts in Leeds next month, Reelwire understands"; "..., it
is understood"; "..., we hear"): the time is what the writer was told, not what the studio said.
A condition after the time ("out in early autumn, if the edit holds up"; "..., weather
permitting"; "..., all being well") is a hope, not a plan: hedged too; so is a time then said
to be unconfirmed ("out in April, but nothing is official").
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.release_hedges import LEAD_HEDGE
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_UNNAMED_HAND = (
    r"[ ,]according[ ]to[ ](?:a|an|one)[ ](?:[a-z-]+[ ]){0,2}?(?:member|source|insider|worker|"
    r"runner|extra|rigger|driver|electrician|onlooker|bystander|witness|neighbour|"
    r"local(?![ ](?:news|newspaper|paper|radio|station|website|outlet|report|council))|"
    r"resident|person)\b"
)
"""Someone not named, by what they are: "according to a crew member", "according to one runner";
not a local outlet ("according to a local newspaper")."""
CONDITION = (
    r"(?:if[ ](?:all|everything|things|nothing(?![ ]else)|the[ ](?:weather|edit|schedule|money|"
    r"funding)|the[ ][a-z-]+[ ](?:holds?|allows?|permits?|behaves?|co-?operates?|ends?|goes|go"
    r"|comes?[ ]through|stays?)|we(?:['’]re|[ ]are)[ ]lucky)\b|weather[ ]permitting"
    r"|all[ ]being[ ]well|touch[ ]wood|fingers[ ]crossed|(?:God|gods)[ ]willing"
    r"|with[ ](?:any|a[ ]bit[ ]of)[ ]luck)"
)
"""A condition the time hangs on: "if the weather behaves", "if the budget holds", "all being
well"; not a reader's own case ("if you are in Leeds"), nor "if nothing else" (an aside)."""
_SECOND_CLAUSE = lazy_pattern(r",[ ]and[ ](?:(?:the|it|its|they|we|he|she|a|an)\b|[A-Z])")
"""A second clause with its own subject (", and the shoot ends ..."), which the hand after it
backs alone; ", and in Leeds a week later" only goes on with the first."""
_UNOFFICIAL = (
    r"(?:but|though|although)[ ](?:nothing(?:[ ]is|['’]s|[ ]has[ ]been)[ ](?:yet[ ])?"
    r"(?:official|confirmed)|none[ ]of[ ](?:it|this|that)[ ](?:is|has[ ]been)[ ](?:yet[ ])?"
    r"(?:official|confirmed)|(?:it|this|that)(?:[ ]is|['’]s|[ ]has)[ ]not[ ](?:yet[ ])?"
    r"(?:been[ ])?(?:official|confirmed)|(?:it|this|that)[ ](?:isn['’]t|hasn['’]t[ ]been)[ ]"
    r"(?:yet[ ])?(?:official|confirmed))(?:[ ]yet)?(?=[ ]*(?:[.!;)]|$))"
)
"""The time then said to be unconfirmed, to the sentence's end: "out in April, but nothing is
official"; not "but it is now official", which confirms it, nor "but nothing is confirmed about
the cast", which doubts something else. :func:`release_elsewhere.dismissed` drops a time "but
nothing is confirmed" first; this hedges what it leaves ("nothing is official")."""
_UNDERSTOOD = (
    r"(?:(?:,[ ]|[ ]\()(?:(?:so|as)[ ])?(?:we|I)[ ](?:understand|hear|gather)(?:[ ]it)?"
    r"|(?:,[ ]|[ ]\()(?:we(?:['’]re|[ ]are|[ ]were|['’]ve[ ]been)|I(?:['’]m|[ ]am|[ ]was|['’]ve"
    r"[ ]been))[ ]told(?![ ]by\b)"
    r"|,[ ](?:the[ ])?(?:[A-Z][\w&’'-]*(?:[ ][A-Z][\w&’'-]*){0,2}[ ]understands"
    r"|it(?:[ ]is|['’]s)[ ]understood))\b"
)
"""An outlet's or an impersonal understanding, or word passed on to it: ", we understand",
", as we understand it", " (we hear)", ", we're told", ", Reelwire understands", ", the Echo
understands", ", it is understood"."""
_UNDERSTOOD_END = lazy_pattern(rf"{_UNDERSTOOD}[ ]*[.!)]*[ ]*$")
"""The understanding closing the sentence; ", we understand the edit is slow" says more."""
_BETWEEN = lazy_pattern(r",[ ](?:and|but)[ ]|[;:“”\"]")
"""A second clause or a quotation before the understanding, which it may back alone."""
_TOLD_WORDS = ("underst", " told", " hear", " gather")
"""A quick look before :data:`_UNDERSTOOD_END`: words one of its understandings needs."""
_SHOOT = frozenset({ReleaseKind.FILMING_STARTED, ReleaseKind.FILMING_WRAPPED})


def understood_shoots(facts: list[ReleaseFact], chunk: str) -> list[ReleaseFact]:
    """A shoot's start or end in a sentence closed by an outlet's understanding, hedged:
    "Filming ran from May to July in Cork, we understand" is what the outlet was told. Not when
    a second clause or a quotation stands between ("Filming wrapped in May, and the edit is
    slow, we understand": the understanding backs the second clause)."""
    if not any(word in chunk for word in _TOLD_WORDS) or not any(
        f.kind in _SHOOT and not f.hedged for f in facts
    ):
        return facts
    tail = _UNDERSTOOD_END.search(chunk)
    if tail is None or _BETWEEN.search(chunk, 0, tail.start()):
        return facts
    return [replace(f, hedged=True) if f.kind in _SHOOT else f for f in facts]


_HAND_TAIL = lazy_pattern(rf"[^.;!?]{{0,70}}?{_UNNAMED_HAND}")
_RUMOURED = (
    r"(?:[ ](?!and\b|but\b|or\b|yet\b|while\b)[a-z-]+){0,2}?[ ]"
    r"(?:is|was|are|were|(?:has|have|had)[ ](?:long[ ])?been)[ ]"
    r"(?:(?:widely|long|much|heavily|strongly)[ ])?(?:rumou?red|mooted|speculated)\b"
)
"""The time itself rumoured, its noun at most between: "a May launch has been widely rumoured";
not another subject's rumour later on ("out on 3 May, after a festival run that is rumoured"),
nor the work's own rumour after a conjunction ("out on 3 May and is rumoured to run long")."""
_PUT_ABOUT = (
    r",[ ](?:a|the)[ ](?:date|day|month|time|window|slot)[ ](?:(?:first|originally|widely)[ ])?"
    r"(?:floated|mooted|touted|rumou?red)[ ](?:by|on|online|in)\b"
)
"""The time glossed as one put about by someone: ", a date first floated by a fan account"."""
TAIL_HEDGE = lazy_pattern(
    rf"{_RUMOURED}|[^.;!?]{{0,70}}?"
    r"(?:,[ ](?:(?:industry|production|studio|well-placed)[ ])?(?:sources?|insiders?)"
    r"[ ](?:say|says|said|tell[ ]\w+|told[ ]\w+|suggest|claim|indicate)\b|[ ,]according[ ]to[ ]"
    r"(?:(?:industry|production|studio)[ ])?(?:sources|insiders|reports)\b|[ ]reportedly\b"
    rf"|{_UNNAMED_HAND}"
    rf"|{_UNDERSTOOD}|,[ ]or[ ]so[ ]|[ ]leak(?:ed|s)?\b"
    r"|[ ](?:is|was|looks|seems|appears)[ ](?:most[ ]|more[ ]|very[ ]|increasingly[ ])?"
    r"(?:likely|probable)\b"
    r"|[ ](?:is|was|looks|seems|remains)[ ](?:the|a)[ ](?:most[ ](?:likely|probable)|likeliest)"
    r"[ ](?:[a-z-]+[ ])?(?:slot|date|day|window|month|time|option|landing|target|bet)\b"
    r"|[ ](?:is|was|remains)[ ](?:widely|generally|broadly)[ ]"
    r"(?:expected|anticipated|tipped)(?=[.,;!?]|$)"
    r"|[ ](?:is|was|remains|remained)[ ](?:the|a|an|our)[ ](?:[\w-]+[ ])?"
    r"(?:assumption|guess|bet|hope)\b"
    r"|[ ]as[ ][“\"‘']?(?:the|a|an|our|their)[ ](?:[\w-]+[ ])?"  # told "as the hope", to
    r"(?:hope|wish|dream|ambition|aspiration|guess|bet)[”\"’']?(?=[ ]*(?:[,.;:!?)]|$))"  # its end
    r"|,[ ](?:probably|possibly|perhaps|maybe|(?:most[ ])?likely)[ ](?:spring|summer|autumn|fall"
    r"|winter)\b"  # a season guessed after the time: "in 2028, probably summer"
    rf"|,[ ]{CONDITION}|,[ ]{_UNOFFICIAL}|{_PUT_ABOUT})"
)


_REPORTS_THAT = lazy_pattern(
    r"(?<!denied[ ])(?<!denies[ ])(?<!dismissed[ ])"
    r"(?<!onfirmed[ ])(?<!onfirms[ ])(?<!onfirming[ ])(?<!onfirmed[ ]the[ ])"
    r"(?<!onfirms[ ]the[ ])(?<!onfirming[ ]the[ ])"
    r"\b(?i:amid|amidst|with|are|were|after|following|despite|citing|referencing|of|on|the|"
    r"unconfirmed|unverified|conflicting|growing|widespread|fresh|earlier|recent|new|media|"
    r"press|online|local|fan|multiple|several|some|those|these|"
    r"shared|circulated|spread|repeated|quoted|heard|saw|seen|read|fuelled)[ ]"
    r"reports[ ]that[ ][^,;:“”\"]{0,70}$"
)
"""The time as the content of unnamed reports, the noun: "amid reports that filming began in
July", "There are reports that", "growing reports that", "fans shared reports that ..."; not a
named outlet's ("Deadline reports that", the verb), nor reports someone confirms ("confirming
reports that", "has confirmed the reports that")."""


def told_by_a_hand(fact: ReleaseFact | None, chunk: str, end: int) -> ReleaseFact | None:
    """A time of a kind no other tail hedge reaches (a shoot's start or end, say) credited after it
    to an unnamed hand, hedged: "Filming began on 2 June, according to a crew member" is what the
    paper was told; so is one the sentence opens by crediting to sources ("Sources tell us
    production began on 7 July"), unless a second clause takes the time ("..., and filming
    began"); nor one whose hand is credited only after a second clause (", and the shoot
    is expected to end next month, according to a runner": the hand backs the second time). The
    tail-hedged kinds meet the same hands through :data:`TAIL_HEDGE`."""
    if fact is None or fact.hedged:
        return fact
    lead = LEAD_HEDGE.match(chunk)
    if lead is not None and lead.end() <= end and ", and " not in chunk[lead.end() : end]:
        return replace(fact, hedged=True)
    if "reports" in chunk and _REPORTS_THAT.search(chunk[max(0, end - 100) : end]):
        return replace(fact, hedged=True)  # "..., referencing reports that filming began in July"
    hand = _HAND_TAIL.match(chunk, end) if "according to" in chunk else None
    if hand is None or _SECOND_CLAUSE.search(hand.group()):
        return fact  # "Cameras rolled on 3 May, and the shoot ends soon, according to a runner"
    return replace(fact, hedged=True)
