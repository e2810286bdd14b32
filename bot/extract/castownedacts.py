"""What a part does after its actor's possessive, for :mod:`bot.extract.castowned`.

Reviews and trailer pieces write "Ada Vale's Mira steals every scene", "Tom Reed's Gus finally
gets his bookshop" or "Ada Vale's Mira barely registers": a present-tense verb (after an
optional adverb) that a character does. The verbs a work does ("Ada Vale's Lumen opens in May",
"premieres", "returns") are left out: there the possessive more likely owns a film.
"""

from __future__ import annotations

from bot.extract.lexicon import GENRE_NOUNS

_WORK_VERBS = (
    "opens|premieres|screens|streams|airs|arrives|debuts|returns|releases|runs|grosses|tops|"
    "hits|lands|follows|stars|features|comes|goes|bows|drops|launches|wins|earns|sells|shows|"
    "sees|was|is|has|does|tells|asks|says|means|makes"
)
_VERB_S = rf"(?!(?:{_WORK_VERBS})\b)[a-z]{{3,}}(?<!ss)(?<!us)(?<!is)s"
_LINKING = "gets|seems|looks|feels|becomes|stays|remains|sounds|appears|turns|grows|ends"
_NOUN_THEN_VERB = rf"(?!(?!(?:{_LINKING})\b)[a-z]+s[ ][a-z]{{2,}}ed\b)"
"""A plural noun, not a verb, when a past-tense verb follows ("Ada Vale's Fenland schoolgirls
finished filming": the capitalised word is a place or an adjective); after a linking verb the
"-ed" word is the part's state ("Ada Vale's Mira gets married")."""
ACTS = (
    rf"[ ](?:[a-z]+ly[ ])?{_NOUN_THEN_VERB}{_VERB_S}[ ]"
    r"(?!(?:de|del|di|da|du|des|la|le|el|of|and)\b)"
    r"|[ ][a-z]+ly[ ](?:appears|speaks|talks|smiles|surfaces|features|figures)(?=[,.;])"
    r"|[ ](?:[a-z]+ly[ ])?(?:tells|asks)[ ](?:(?:him|her|them)\b|[A-Z][\w-]*(?=[ ,.;:]))"
)
"""A present-tense verb after the part, maybe after an adverb: "steals", "finally gets"; not a
plural noun inside a title ("Ada Vale's Las lunas de agosto", "Tom Reed's Small Oranges of").
After an adverb the verb may close its clause when it tells a person's presence on screen ("Ada
Vale's Mira barely appears, ..."): a verdict verb there fits a work or a platform as well ("Ada
Vale's Lumen rarely disappoints", "Tom Reed's Netflix hardly registers"). A verb of speech that
a work shares ("tells", "asks") only when a person is its object, by a pronoun or a name not
owning something ("Ada Vale's Mira tells Tom ..."; "Ada Vale's Lumen tells Tom's story" or
"tells the story" is a work's)."""

_WORK_DOINGS = (
    "opening|premiering|screening|streaming|airing|arriving|debuting|returning|releasing|"
    "heading|coming|going|landing|hitting|topping|winning|earning|grossing|starring|featuring|"
    "selling|showing|running|launching|dropping|following|making|breaking|being|having|getting|"
    "playing|touring|transferring|closing"
)
_KIND_ENDS = (
    rf"(?:[a-z-]+[ ])?(?:{GENRE_NOUNS}|saga|picture|mystery|epic|romp|caper)"
    r"(?:[^\w ]|$|[ ](?:[a-z]+(?:s|ed)|will|would|can|could|drew|won|got|made|came|went|ran"
    r"|when|which|that|who|as|and|but|or|in|at|on|from|for|with|by|about|after|before|since)\b"
    r"|[ ][A-Z])"
)
"""A work's kind told by a participle, ending its noun phrase (a verb, a clause's or phrase's
first word or a mark after it): "farming drama opens", "boxing film when it opened", "farming
family saga.", "boxing drama Tin Gloves" (its title after it); not a scene's object ("leaving
drama behind")."""
ACTING = (
    rf"[ ](?!(?:{_WORK_DOINGS})\b)[a-z]{{3,}}ing[ ](?!(?:of|for|to)\b|{_KIND_ENDS})\w"
    r"|[ ](?:saying|asking|telling|whispering|shouting|yelling|pleading|insisting),?[ ][“\"‘]"
)
"""A participle after the part, as a scene is told: "a shot of Ada Vale's Mira Holt waving the
car off", "ends with Tom Reed's Gus asking ..."; not what a work does ("Ada Vale's Lumen heading
to festivals", "premiering", "playing at"), nor one before "of", "for" or "to", nor one that
tells a work's kind before its genre noun ("Tom Reed's Fenmoor farming drama": a work). A verb
of speech before a quotation ("ends with Ada Vale's Mira saying, “...”"): a part's line."""
