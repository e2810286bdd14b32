"""Words that read like a casting and are not one, for :mod:`bot.extract.cast`.

* "as" opening a clause: "... as Velmo held its premiere", "as Cadan starts university";
* "as" after a verb of regard or a past sighting: "was recently seen as Mira in Velmo", "is
  widely regarded as", "best remembered as" (another work's part, or no part at all);
* a casting the sentence only expects, rumours or hopes for, or one that did not happen:
  "expected to pop up again as Mira", "in talks to play Mira", "turned down the role of Mira".
"""

from __future__ import annotations

from bot.extract.castabsent import said_absent, said_cut
from bot.extract.castassertedasides import told_in_an_aside
from bot.extract.castaudiences import known_to_an_audience
from bot.extract.castcasters import cast_someone
from bot.extract.castcomparisons import compared
from bot.extract.castdubs import dubbed_voice
from bot.extract.castlastturns import last_turn
from bot.extract.castlifestages import life_stage
from bot.extract.castnamedplayers import player_named_after
from bot.extract.castnotreturning import part_not_returning
from bot.extract.castothermediums import other_medium_subject
from bot.extract.castpluralsubjects import plural_subject
from bot.extract.castrelationof import relation_of_part
from bot.extract.castscreenings import screened
from bot.extract.caststagedleads import staged_lead
from bot.extract.castwhichworks import in_past_work, in_which_clause
from bot.extract.context import Context
from bot.extract.lexicon import GENRE_NOUNS
from bot.extract.names import NAME, TOKEN
from bot.extract.organisations import TERRITORY_CODES
from bot.lazy_patterns import lazy_pattern

_AS_CLAUSE = lazy_pattern(
    r"[ ](?:(?!across\b|towards\b|always\b|perhaps\b|this\b)[a-z]+s\b(?![’'])"
    r"|(?:[a-z]{2,}ed|held|made|took|began|came|went|got|won|hit|ran|saw|kept|brought|gave|"
    r"told|drew|threw|wore|sang|spoke|broke)[ ](?:its|his|her|their|our|the|a|an|up|out|off|"
    r"down|back)\b"
    r"|[a-z]{2,}ed(?=[.!?;:]|$|[ ](?:on|late|early|together|again|back|away|onstage|for|at|"
    r"into)\b))"
)
"""After "as" and a name, a verb and its object or nothing: "as Velmo held its premiere", "as
Ada Vale arrived.", "as the cast of Velmo arrived for the gala" are clauses."""
_PLACE_BEFORE = lazy_pattern(
    r"\b(?<!brought[ ])(?<!brings[ ])(?<!bring[ ])(?<!drafted[ ])(?<!roped[ ])(?<!called[ ])"
    r"(?:in|(?<!look[ ])(?<!peek[ ])(?<!glimpse[ ])(?<!look[ ]yet[ ])(?<!look[ ]now[ ])at|"
    r"outside|inside|near|into|onto|across|around|through|towards?)[ ]$"
)
"""Before the actor of "X as Y", a preposition: "in Harbour Square as ...", "stars in Velmo as
..." (a place or a work, never who plays the part; "brought in X as Y" is a casting, and so is
a first "look at X as Y" or "our best look yet at X as Y", a picture of the actor in the
part)."""
_REGARD = lazy_pattern(
    r"(?<!\bbe[ ])\b(?:seen|regarded|known|remembered|described|hailed|touted|dubbed|viewed|"
    r"recogni[sz]ed|billed|celebrated|praised|famous|familiar|dressed|dressed[ ]up|disguised|"
    r"posing|posed|masquerading|cosplaying|fame|name|teeth|out|through|nominated|"
    r"unrecogni[sz]able|serves?|served|serving|works?|worked|working|remember|recall|"
    r"recogni[sz]e|know|knew|misidentified|misnamed|mislabell?ed|miscredited|mistaken)"
    r"(?:[ ](?:[a-z]+ly|overnight))?(?:[ ](?:here|there|abroad|at[ ]home))?"
    r"(?:[ ](?:with|among|to|by)[ ](?:[\w’'-]+[ ]){0,3}?(?:fans|viewers|audiences|readers))?"
    r"(?:[ ](?:last[ ](?:year|summer|spring|autumn|winter)|(?:back[ ])?in[ ]\d{4}|"
    r"(?:\w+[ ])?years[ ]ago))?$"
)
"""A lead ending in a verb of regard or dress, a career's turn, a job or a caption's error,
before "as": "was recently seen as", "dressed up as", "first found fame as", "broke out as",
"will serve as", "was misidentified as" ("will be seen as" is a casting); a past time or place
may stand between ("broke out last year as", "known abroad as"), or an audience ("found fame
with sci-fi fans as", "was last seen by British viewers as")."""
_LOOKED_AT = lazy_pattern(r"\b(?:look|looks|peek|peeks|glimpse)[ ]at[ ][^.;:]*,?[ ]and[ ]at[ ]$")
"""Before the actor, "look at X ... and at": the second of the things looked at ("a first look
at Mira, played by X, and at Y as Z"), a casting, not a place."""
_REGARD_BEFORE = lazy_pattern(
    r"\b(?:knew|know|knows|remember|remembers|remembered|recall|recalls|recalled|recogni[sz]e[sd]?|"
    r"dubbed|nicknamed|crowned|hailed)[ ]$"
)
"""Before the actor of "X as Y", a verb of regard: "knew X as Y", "remember X as Y"."""
_WORK_IN_LEAD = lazy_pattern(
    rf"\b(?:in|on)[ ](?:(?:the|a|an)[ ])?(?:(?P<owner>{TOKEN})[’']s[ ])?(?:[\w-]+[ ]){{0,3}}?"
    rf"(?:{GENRE_NOUNS}[ ])[“\"‘']?(?P<work>{NAME})"
)
"""Between the actor and the part, another work told by its kind: "who also stars in the
Apple drama Velmo as ..." (the part is that work's)."""
_HEDGE = lazy_pattern(
    r"\b(?:expected|rumou?red|tipped|linked|talks|negotiations|hoping|hoped|hopes|likely|"
    r"could|might|may|reportedly|believed|thought|understood|speculated|possibly|perhaps|"
    r"believe|believes|think|thinks|reckon|reckons|suspect|suspects|guess|guesses|insist|"
    r"said[ ]to|wants|wanted|auditioned|offered|approached|considered|shortlisted|eyeing|"
    r"circling|running|frontrunner|front-runner|contention|contender|almost|nearly|declined|"
    r"refused|turned[ ]down|lost[ ]out|missed[ ]out|passed[ ]on|denied|denies|denying|"
    r"dismissed|rubbished|(?:looks|looked|appears|appeared|seems|seemed)[ ](?:set|poised)|"
    r"looking|seeking|searching|hunting|needs|wrote|written|created|penned|conceived|born|"
    r"doubles|doubled|doubling|stands|stood|standing|stand-in|whoever|someone|choice|pick|"
    r"should|ought|perfect|ideal)\b"
    r"|\b(?:has|have|had|will|would|to)[ ](?:also[ ])?(?:cast|hired|tapped|chosen|chose|picked|"
    r"signed|recruited|enlisted)[ ](?!(?:on|up|as|to|for|with)\b)[a-z]"
)
"""A lead that only expects, rumours, wants or denies the casting, or tells of one that did not
happen: "expected to pop up again as", "auditioned for the part of", "has denied she will play",
"looks set to play", "is looking for an unknown to play", "wrote the part of", "has cast his
daughter as" (whoever plays the part, it is not the name before)."""

_DOUBT_BEFORE = lazy_pattern(
    r"\b(?:hoped|hopes|hoping|hope|wanted|wants|want|wish|wishes|wished|whether|if|unclear|"
    r"rumou?rs?|rumou?red|speculation|speculated?|could|might|dream|dreams|dreamed|fan-cast|"
    r"fan-casting|fancast|fancasting|called[ ]for|calling[ ]for|petition|petitioned|"
    r"recogni[sz]e|recogni[sz]ed|remember|remembered|(?i:word[ ]on[ ]the[ ]street|word[ ]is|"
    r"whispers?)|unconfirmed|(?:not|n[’']t)[ ](?:yet[ ])?confirmed|yet[ ]to[ ]confirm|"
    r"(?:believed|thought|understood|appeared|appearing|said)[ ]to[ ]be|beat|beats|"
    r"beating|pipped|edged[ ]out|won[ ]out[ ]over|pictured|pictures|picture|imagine|imagines|"
    r"imagined|envisaged?|envisions?|envisioned|loved|adored|enjoyed|think[ ]of|"
    r"(?:[Ff]ans|[Rr]eaders|[Vv]iewers)\b[^,;:.]{0,30}\bcast|convinced|insists?|insisted|swears?|"
    r"swore|theori[sz]e[sd]?|theori[sz]ing|theory|theories|think|thinks|believe|believes|"
    r"reckon|reckons|suspect|suspects|guess|guesses|guessed|predict|predicts|predicted|adamant|"
    r"sure|certain|Rumou?rs?|Rumou?red|Unconfirmed|Speculation|Reportedly|Allegedly|"
    r"(?:has|have)[ ](?:already[ ])?decided(?=[ ](?:that[ ])?$)|"
    r"(?i:rumou?r[ ]has[ ]it))"
    r"\b[^,;:]*$"
    r"|\blookalike[ ](?:[a-z]+[ ])?$"
)
"""Before the actor, a wish, a doubt, a rumour, a belief or a memory that governs the casting:
"Fans had hoped X would return as Y", "no word yet on whether X will play Y", "you may recognise
X as Y", "the internet has decided X is playing Y", "fans are convinced X plays Y". A
"lookalike" governs only the name right after it ("a Tom Reed-lookalike newcomer X as Y"), not
one further on ("Tom Reed-lookalike jokes aimed at X, who plays Y": X's own part)."""
_LOOKALIKE_LEAD = lazy_pattern(r"[ ]?(?:lookalike|look-alike|doppelg[aä]nger)\b")
"""The same word right after the name: "a Tom Reed lookalike as Y" doubts the name too."""
_WISH_LABEL = lazy_pattern(
    r"\b(?i:pick|picks|choice|choices|dream|dreams|wishlist|wish[ ]list|fancast|fan[ ]cast)"
    r"[^.;:]{0,20}:[ ]$"
)
"""Right before the actor, a label offering a wish: "My pick: X as Y", "Dream casting: X as Y"."""
_OTHER_MEDIUM_AFTER = lazy_pattern(
    r",?[ ](?:(?:in|on)[ ](?:the|a|an)[ ](?:[\w’'-]+[ ]){0,3}?(?:audiobook|audio[ ]drama|podcast|"
    r"radio[ ](?:play|version|series|adaptation)|video[ ]game|stage[ ](?:version|show|play|"
    r"adaptation)|musical|original)\b|on[ ]stage\b|on[ ]Broadway\b|in[ ]the[ ]West[ ]End\b|"
    r"(?:in[ ](?:a[ ]new[ ]|a[ ](?:revival|production|staging)[ ]of[ ])?(?:[A-Z][\w’'-]*[ ]"
    r"(?:(?:and|of|the)[ ])?){1,5}?)?at[ ]the[ ](?:[A-Z][\w’'-]*[ ]){0,3}(?:Theatre|Theater|"
    r"Playhouse|Opera[ ]House)\b|in[ ]a[ ](?:new|(?:revival|production|staging)[ ]of)[ ]"
    r"(?:[A-Z][\w’'-]*[ ](?:(?:and|of|the)[ ])?){1,5}?at[ ]the[ ][A-Z])"
)
"""After the part, another medium or the original: "voices Mira in the audiobook", "plays Mira
on stage", "playing Mira at the Lantern Theatre" or "in Fenwick Oast at the Lantern Playhouse"
(a named stage), "will play Mira in a new Wren Widow at the Lanthorn" or "in a revival of Wren
Widow at the Quorrel" (a classic's new staging, whatever the venue's name), "played Mira in the
1990s original" (that work's part, not this one's)."""
_OPINION_AFTER = lazy_pattern(r"[ ](?:would|could|might|should)[ ]|[?]")
"""Right after the part, a modal or a question: "X as Y would be perfect", "X as Y?"."""
_IF_BEFORE = lazy_pattern(r"\b(?:If|if)[ ](?!you\b)[^.;:,]{1,40},[ ]$")
"""Right before the actor, a condition: "If the rumours are true, X will play Y"."""
_DOUBT_REACH = 60
_HEARSAY_SOURCE = lazy_pattern(
    r"\b(?:[Aa]ccording[ ]to|[Pp]er|[Ii]f[ ]you[ ]believe)[ ][^.;:]{0,50}?\b(?:theor\w*|rumou?r\w*|"
    r"specul\w*|gossip|whispers?|fans?|forums?|threads?|unconfirmed|fan[ ]\w+)\b[^.;:]{0,30},[ ]$"
)
"""Right before the actor, hearsay as the source: "According to fan theories, X plays Y"."""
_DATED_ADAPTATION = lazy_pattern(
    r"\b(?:which|that)\b[^;:.()]{0,50}?\b(?:adapted|filmed|made|staged|turned)\b[^;:.()]{0,40}?"
    r"\bin[ ](?:19|20)\d\d,?[ ](?:with|starring)[ ]$"
)
"""Before the actor, a relative clause telling a dated adaptation of another work: "Tinder Moth,
which ITV adapted in 2019 with X as Y", "that was filmed for the BBC in 2008, starring X as Y"."""
_CLAIM_BEFORE = lazy_pattern(r"\b(?:claim|claims|claimed|claiming|reportedly|allegedly)\b[^,;:]*$")
"""Before the actor, a claim someone else makes: "Reports claimed X would play Y" (a relative
clause on the actor, "claimed that X, who plays Y, ...", is still the article's own word)."""


_ABSENT_AFTER = lazy_pattern(
    r"[^.;:]{0,60}?,?[ ](?:is[ ]not|isn['’]t|are[ ]not|aren['’]t|is[ ]unlikely|are[ ]unlikely|"
    r"(?:has|have)(?:[ ]not|n['’]t)[ ](?:yet[ ])?been)[ ]"
    r"(?:(?:expected|likely|set|thought|due|going|(?:officially[ ])?confirmed)[ ])?to[ ]"
    r"(?:appear|return|feature|reprise|be[ ]back)\b"
)
"""After "X, who played Y", that X is not (expected) to be in this production: whether X ever
plays Y here is unsaid, so no part is told (a plain "will not return" is a leaver's, former);
so is "X, who played Y, has not been confirmed to return"."""


_AWARDED_FOR = lazy_pattern(
    r"\b(?:won|wins|earned|earns|received|receives|scooped|collected|nominated|shortlisted)"
    r"(?:[ ][^,.;:]{1,40}?)?[ ]for$"
)
"""Before "playing", an award for it: "who won a Bafta for playing Y", "nominated for an Emmy
for voicing Y" (an honoured turn, done before this production)."""


_DETERMINED = lazy_pattern(r"\b(?:the|a|an|this|that|his|her|their|its|our|my|your)\b|[’']s\b")


_PRONOUN_LEAD = lazy_pattern(r"[ ]?(?:he|she|they|we|i|it)(?:[ ]|$)")
"""A subject pronoun right before the verb: the name before it is set apart, not the actor."""
_BRANCH = lazy_pattern(
    rf"[A-Z][\w+]*(?:[ ][A-Z][\w+]*)?[ ](?:{'|'.join(sorted(TERRITORY_CODES))})[ ,]"
)
"""A company's regional branch as the subject ("Netflix UK posted ..."): never an actor."""


_PART_PLAYING = lazy_pattern(r"\b(?:play|plays|playing|portray|portrays|portraying)[ ]$")
"""Before a casting's actor, a verb of playing: that "actor" is a part, and the part it plays is
the story's play within the story ("will play Mira Holt, a prompter who finds herself playing
Juliet"); "as" is left out, as it opens clauses too ("returns as Ada Vale plays Mira")."""


def not_a_part(kw: str, chunk: str, span: tuple[int, int], lead: str, context: Context) -> bool:
    """Whether a casting form's match (keyword ``kw``, the words ``lead`` between the actor
    and it, over ``span`` of ``chunk``) states no part of this production."""
    start, end = span
    if kw == "part of" and not _DETERMINED.search(lead):
        return True  # "closed part of the High Street", "is part of Y": a share, not a role
    if start and ", which " in chunk[:start] and in_which_clause(chunk, start, context):
        return True  # "Z, which starred X as Y, ran for three seasons": Z's part
    if start and " whose " in chunk[:start] and in_past_work(chunk, start):
        return True  # "V, whose last series was Z with X as Y, said": Z's part
    if _LOOKALIKE_LEAD.match(lead):
        return True  # "a Tom Reed lookalike as Y": someone who looks like X, not X
    if _BRANCH.match(chunk, start):
        return True  # "Netflix UK posted a clip of her scene as Y": a company's account
    if plural_subject(kw, chunk, span, lead):
        return True
    if _PRONOUN_LEAD.match(lead):
        return True  # "In Velmo: Part Two, the film that ..., she plays Y": she, not the work
    if kw.endswith("ing") and _AWARDED_FOR.search(lead.rstrip()):
        return True  # "X, who won a Bafta for playing Y in Velmo, will star as Z"
    if chunk.rstrip().endswith("?") and ", who " not in chunk[start:end]:
        return True  # "Could X return as Y?": asked ("with X, who plays Y?" still tells it)
    if start and _PART_PLAYING.search(chunk, max(start - 40, 0), start):
        return True  # "Ada Vale will play Mira Holt, a prompter who ends up playing Juliet"
    near = max(start - _DOUBT_REACH, 0)
    if (
        start
        and _DOUBT_BEFORE.search(chunk, near, start)
        and not told_in_an_aside(kw, chunk, start)
    ):
        return True  # "no word yet on whether X will play Y" (not "hope X, who plays Y, wins")
    if said_absent(chunk, start):
        return True  # "no sign of X as Y"
    if (" but " in chunk[end:] or " the " in chunk[end:]) and said_cut(chunk, end):
        return True  # "listed X as Y, but he does not appear in the final cut"; ", NOT in the film"
    if start and ("if " in chunk or "If " in chunk) and _IF_BEFORE.search(chunk, near, start):
        return True
    hearsay = "ccording to " in chunk or "Per " in chunk or " per " in chunk or "believe " in chunk
    if start and hearsay and _HEARSAY_SOURCE.search(chunk, near, start):
        return True  # "According to fan theories, X plays Y"
    dated = start and (" in 19" in chunk or " in 20" in chunk)
    if dated and _DATED_ADAPTATION.search(chunk, max(start - 100, 0), start):
        return True  # another work's adaptation, dated: its cast, not ours
    if ":" in chunk[:start] and _WISH_LABEL.search(chunk, max(start - 40, 0), start):
        return True
    if other_medium_subject(chunk, start):
        return True  # "the Quillhaven stage adaptation casts X as Y": that version's part
    if chunk.startswith("not ", max(start - 4, 0)) or _OTHER_MEDIUM_AFTER.match(chunk, end):
        return True  # "Reyes, not Vale, who plays Y"; "voices Y in the audiobook"
    if ", who " in chunk[start:end] and "to " in chunk[end:] and _ABSENT_AFTER.match(chunk, end):
        return True  # "X, who played Y in the series, is not expected to appear": not this part
    if kw == "as" and part_not_returning(chunk, end):
        return True  # "X as Y, a character who does not return": an earlier run's part
    if "claim" in chunk or "allege" in chunk or "reportedly" in chunk:
        claimed = _CLAIM_BEFORE.search(chunk, near, start)
        if claimed is not None and ", who " not in chunk[start:end]:
            return True
    if kw == "as" and (_AS_CLAUSE.match(chunk, end) or _REGARD.search(lead.rstrip())):
        return True
    if kw.startswith("voic") and dubbed_voice(chunk, start, end):
        return True  # "X, who voices Y (played in English by Z)": a dub's voice
    if kw == "as" and dubbed_voice(chunk, start, end):
        return True  # "the dub will feature X as the voice of Y": a dub's voice, no casting
    if kw == "as" and life_stage(chunk, start, end):
        return True  # "moved to Leeds as a child, later wrote the ... series": no part
    if kw == "as" and compared(chunk, start, end):
        return True  # "was attached to the part as recently as May": a time, no part
    if kw == "as" and known_to_an_audience(lead):
        return True  # "will be familiar to drama fans as Y in Z": a part already known
    if kw == "as" and relation_of_part(chunk, start, end):
        return True  # "joins as a friend of Mira's": whose friend, not the part
    if kw == "as" and player_named_after(chunk, end):
        return True  # "picks up as Ada's sister Bea – played by Y – moves": Y's part
    if kw == "as" and start and _REGARD_BEFORE.search(chunk, max(start - 16, 0), start):
        return True  # "Generations knew X as Y": how people remember X, not a casting
    if kw == "as" and start and _PLACE_BEFORE.search(chunk, max(start - 16, 0), start):
        return _LOOKED_AT.search(chunk, 0, start) is None
    before = chunk[max(start - 12, 0) : start]
    if any(verb in before for verb in _CAST_VERBS) and another_cast(chunk, start, context):
        return True  # "that film cast X as Y", "his Velmo cast X as Y": that work's casting
    if not lead:
        return False
    if kw == "as" and (screened(lead) or staged_lead(lead)):
        return True  # "Z premieres as the gala of W"; "who was on stage as Y": no part here
    if "where " in lead and _where_elsewhere(chunk, span, lead, context):
        return True  # "X, a star of the series Z, where she plays Y": Z's part
    if last_turn(f"{lead} {kw}", context, chunk[end:]):
        return True  # "who last appeared in Velmo as Y", "who last played Y": a latest turn
    if cast_someone(lead):
        return True  # "Jane Roe, who cast her as Y": who cast the part, not who plays it
    if " in " in lead and _starred_in_other(lead, context):
        return True  # "who starred in Velmo as Y": Velmo's part
    if " in " in lead or " on " in lead or lead.startswith(("in ", "on ")):
        work = _WORK_IN_LEAD.search(lead)
        if work is not None and not context.is_known(work["work"]):
            return True
    return _HEDGE.search(lead) is not None


_CAREER = lazy_pattern(
    r"\b(?:went[ ]on[ ]to|broke[ ](?:out|through)|(?:rose|shot)[ ]to[ ]fame|made[ ]\w+[ ]name|"
    r"found[ ]fame|currently|also|previously|once|formerly|earlier|spent|next|since|after|After|"
    r"later|Later|nod|nods|nominated|nomination|(?:heads|headed|heading|moves|moving|off)[ ]to|"
    r"from(?=$|[ ](?:playing|starring|voicing|portraying)\b))\b"
)
"""Before the actor or in the lead, a turn of a career, a time after this work's or an award's
nod: the part "in Z" that follows is Z's ("After Marlow, Vale will star as Mira in Velmo", "who
got a Bafta nod for her turn as Mira in Velmo"); a move to go and play it ("who heads to the
Royal Court to play Mira in Velmo"); a part left behind ("a long way from playing Mira in
Velmo")."""
_KIND_AFTER = lazy_pattern(
    r"(?:[ ]&[ ][A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,2})?[ ](?:sequel|prequel|spin-?off|reboot|"
    r"remake|revival|adaptation|film|movie|series|show|play|musical)\b"
)
"""After a work named bare (an "&" may join two names), its kind: "as Mira in the Velmo sequel"."""


def in_other_work(chunk: str, start: int, lead: str, after: int) -> bool:
    """Whether a part followed by "in" and a name that is not this article's work (ending at
    ``after``) is that work's: a career's or a later turn before it, or a kind after the name."""
    if _KIND_AFTER.match(chunk, after) is not None:
        return True
    return _CAREER.search(f"{chunk[:start]} {lead}") is not None


def offered(kw: str, lead: str, chunk: str, end: int) -> bool:
    """A bare "X as Y" followed by a modal or a question mark: offered, not stated ("X as Y
    would be perfect"): held, not dropped, so a guessing article still lists it for review."""
    return kw == "as" and not lead and _OPINION_AFTER.match(chunk, end) is not None


_WORK_CAST = lazy_pattern(
    rf"\b(?:(?:[Tt]hat|[Tt]he[ ]earlier|[Tt]he[ ]previous)[ ](?:[a-z]+[ ])?{GENRE_NOUNS}|"
    rf"(?:[Hh]is|[Hh]er|[Tt]heir)[ ](?:(?:earlier|previous|last|first|debut|breakout)[ ])?"
    rf"(?:debut|{GENRE_NOUNS}|(?P<title>{NAME}))|(?:debut|{GENRE_NOUNS}),[ ](?P<named>{NAME}),|"
    rf"(?P<titled>{NAME}),[ ](?:[\w’'-]+[ ]){{1,3}}?(?:debut|{GENRE_NOUNS}),)"
    r"(?:[ ](?:also|had|originally|once))?[ ](?:cast|featured|starred)[ ]$"
)
"""Before the actor, a work told as another that cast them: "that film cast", "her debut
featured", "his Velmo cast", "the director's debut, Velmo, cast" (a title the article is not
about)."""
_CAST_VERBS = ("cast ", "featured ", "starred ")
_STARRED_IN = lazy_pattern(
    r"\b(?:starred|co-starred|appeared|featured|played|was[ ]seen)[ ]in[ ]"
    r"(?:the[ ](?:[a-z]+[ ]){0,2})?[“\"‘']?(?!(?:Season|Series|Part|Episode|Chapter|Volume)\b)"
    rf"(?P<work>{NAME})[”\"’']?,?$"
)
"""The lead ends in a past turn in a named work: "who starred in Velmo as Y" (Velmo's part; "in
Season One" is this show's)."""


def regard_before_as(lead: str) -> bool:
    """Whether words before "as" are a verb of regard, dress or a career's turn ("posing",
    "best known", "broke out"): what follows is no part of this production."""
    return _REGARD.search(lead.rstrip()) is not None


def another_cast(chunk: str, start: int, context: Context) -> bool:
    """Whether the words before ``start`` (an actor's name) tell another work that cast them."""
    match = _WORK_CAST.search(chunk, max(start - _DOUBT_REACH, 0), start)
    title = None if match is None else match["title"] or match["named"] or match["titled"]
    if match is None or not title:
        return match is not None
    # the headline, not the words the context took for ours: "his Velmo cast" reads as ours there
    return not any(token in context.headline for token in title.split())


_NAME_BEFORE_WHERE = lazy_pattern(rf"(?P<work>{NAME})[”\"’']?,?[ ]where[ ]$")


def _where_elsewhere(chunk: str, span: tuple[int, int], lead: str, context: Context) -> bool:
    """Whether the lead opens on "where" (a clause about the thing named just before it, not
    the actor) and that thing is not this article's work: "X, a star thanks to the series Z,
    where she plays Y" tells Z's part."""
    bare = lead.lstrip()
    if not bare.startswith("where "):
        return False
    at = chunk.find(bare, span[0], span[1])
    if at <= 0:
        return True
    named = _NAME_BEFORE_WHERE.search(chunk, max(at - 80, 0), at + len("where "))
    return named is None or not context.is_known(named["work"])


def _starred_in_other(lead: str, context: Context) -> bool:
    match = _STARRED_IN.search(lead)
    return match is not None and not context.is_known(match["work"])
