"""An account the attribution says someone runs is that someone's ("The official Lark account,
run by Lumen, posted “...”": Lumen's words, not the work's the account is named for).

The resolver reads "the official Lark account" as the work's; the words set after it name who
speaks through it, so the post goes to that company when the article knows it as one, and to no
one otherwise (a fan or a person running it is not the work either).
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.organisations import Organisations
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_RUN_BY = lazy_pattern(
    r"\b(?:account|page|channel|feed)s?,?[ ](?:which[ ]is[ ])?(?:run|operated|managed)[ ]by[ ]"
    r"(?:the[ ])?(?P<owner>[A-Z][\w’'&+-]*(?:[ ][A-Z][\w’'&+-]*){0,3})"
)
"""An account and who runs it: "account, run by Lumen", "page operated by Lumen UK"."""


def run_accounts(orgs: Organisations, quotes: list[QuoteFact]) -> list[QuoteFact]:
    """Each quote an account run by someone posted, credited to that company or to no one, with
    the words that go on from it."""
    found: list[QuoteFact] = []
    runner: QuoteFact | None = None
    for fact in quotes:
        if runner is not None and fact.continues_previous and not fact.attribution:
            found.append(replace(fact, speaker=runner.speaker, source=runner.source))
            continue
        runner = None
        run = _RUN_BY.search(fact.attribution) if fact.speaker else None
        if run is not None:
            org = orgs.find(run["owner"])
            runner = (
                replace(fact, speaker=org, source=SourceKind.ORGANISATION)
                if org is not None
                else fact.unattributed()
            )
        found.append(runner or fact)
    return found
