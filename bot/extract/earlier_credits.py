"""Works named as a person's earlier credit ("best known as Sizwe in the soapie Imizwa", "last
seen in the drama Cois Cuain"): another production, never the article's own, even where the
article later names its season ("the second season of Imizwa returns on 3 November"). A work
the headline names is left alone: an actor best known for the article's own show.
"""

from __future__ import annotations

from bot.extract.lexicon import STOP_TOKENS
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_CREDIT = lazy_pattern(
    r"\b(?:best[ ]known|last[ ]seen)\b[^.;]{0,100}?[ ](?:in|on)[ ]"
    r"[^.;]{0,50}?(?<![\w’'-])(?P<name>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3})(?=[.,;]|$)"
)
_LISTED = lazy_pattern(
    r"\b(?:[Hh]er|[Hh]is|[Tt]heir)[ ](?:[a-z]+[ ]){0,2}(?:credits|roles|parts)[ ]"
    r"(?:were|included?|had[ ]been|ran[ ]to)\b(?P<list>[^.;]{1,200})"
)
"""A person's list of credits ("her screen credits were modest: an episode of Lumen and a role
in Tin Yard"): every work in it is theirs from before."""
_LISTED_WORK = lazy_pattern(
    r"[ ](?:of|in|on)[ ](?:the[ ])?(?P<name>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3})"
)
_OWNER = lazy_pattern(r"^.*[’']s[ ]")


def earlier_credits(body: str, headline: frozenset[str]) -> frozenset[str]:
    """The name tokens of works ``body`` tells as someone's earlier credit, but for words of the
    ``headline`` (a channel's or streamer's name before the work, "Lumen’s The Unquiet", is
    not counted)."""
    names = [m["name"] for m in _CREDIT.finditer(body)] if _HINTED(body) else []
    if "credits" in body or "roles" in body or "parts" in body:
        for listed in _LISTED.finditer(body):
            names.extend(m["name"] for m in _LISTED_WORK.finditer(listed["list"]))
    return frozenset(
        token
        for name in names
        for token in _OWNER.sub("", name).split()
        if token not in headline and token not in STOP_TOKENS
    )


def _HINTED(body: str) -> bool:
    return "best known" in body or "last seen" in body


def credit_list_starts(doc: Doc) -> dict[int, int]:
    """Sentences that list a person's credits, each with where the list begins: what it says
    after ("a role in Tin Yard, a short directed by X") is those works'."""
    if "credits" not in doc.body and "roles" not in doc.body and "parts" not in doc.body:
        return {}
    return {
        view.span.start: match.start()
        for view in doc.views
        if (match := _LISTED.search(view.chunk)) is not None
    }
