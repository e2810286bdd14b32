"""A name the text only sets before a noun is a place's or a brand's, never a speaker.

"a swanky East London bar", "the eight-part Sky Original crime drama": two capitalised words
between a determiner (and its adjectives) and a common noun modify that noun, as a place or a
label does. A person named nowhere else in the article has not been met, so words credited to
that "name" (most often through a pronoun or a first word such as "Sky") are left to no one.
"""

from __future__ import annotations

import re

from bot.extract.lexicon import SPEECH_VERBS
from bot.extract.text import Doc
from bot.facts import QuoteFact, SourceKind

_LEADS = r"(?:[Aa]|[Aa]n|[Tt]he|[Oo]ur|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat)[ ](?:[a-z][\w-]*[ ]){0,2}"
"""A determiner and up to two lowercase adjectives before the name ("a swanky ")."""
_FUNCTION = frozenset(
    {
        "who", "and", "or", "but", "is", "was", "has", "had", "have", "will", "would", "can",
        "could", "also", "then", "as", "at", "in", "on", "to", "for", "with", "from", "of",
        "by", "about", "after", "before", "when", "while", "did", "does", "may", "might",
    }
)  # fmt: skip
"""Words after a name that go on a clause or a phrase, no noun it modifies."""
_VERB = re.compile(rf"{SPEECH_VERBS}$")


def modifier_names_unsaid(doc: Doc, quotes: list[QuoteFact]) -> list[QuoteFact]:
    """Each quote credited to a "person" the text only names as a modifier, left to no one."""
    speakers = {f.speaker for f in quotes if f.source is SourceKind.PERSON and " " in f.speaker}
    places = {name for name in speakers if _only_modifies(doc.masked, name)}
    return [
        fact.unattributed() if fact.source is SourceKind.PERSON and fact.speaker in places else fact
        for fact in quotes
    ]


def _only_modifies(text: str, name: str) -> bool:
    """Every mention of ``name`` in ``text`` stands between a determiner and a common noun, and
    its last word never says anything by itself ("Colman says": a person, met after all)."""
    mentions = list(re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", text))
    last = re.escape(name.rsplit(maxsplit=1)[-1])
    if re.search(rf"(?<![\w’'-]){last}[ ]{SPEECH_VERBS}\b", text) is not None:
        return False
    return bool(mentions) and all(_modifies(text, mention) for mention in mentions)


def _modifies(text: str, mention: re.Match[str]) -> bool:
    lead = re.search(rf"(?:^|[ (]){_LEADS}$", text[max(mention.start() - 40, 0) : mention.start()])
    noun = re.match(r"[ ]([a-z][\w-]*)\b", text[mention.end() : mention.end() + 30])
    if lead is None or noun is None:
        return False
    word = noun.group(1)
    return word not in _FUNCTION and _VERB.match(word) is None and not word.endswith(("ed", "ing"))
