"""A run of bare credit verbs as a who-aside set off by commas ("X, who wrote and directed, has
made a debut") credits each verb on the article's film, as a closing bare run does
(invented sentences and names)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Brindlecove review: a quiet, salt-stung debut"
_LEDE = "Brindlecove is the best British film of the autumn."


def test_a_bare_run_in_a_who_aside_credits_each_verb() -> None:
    found = served_crew(
        _LEDE,
        "Orla Penhale, who wrote and directed, has made a debut of real confidence.",
        title=_TITLE,
    )
    assert {("writer", "Orla Penhale"), ("director", "Orla Penhale")} <= found
