"""An awards or festival report sets a rival quoted title's maker beside it with a verb ("‘The
Stagehand’s Son’, a backstage comedy directed by Ivo Kjeldsen and starring ..."), its title
one with a possessive word: that director made
the rival, not ours, even where ours names no director."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_HEADLINE = "‘Lantern Bay’ leads the Harbourlight awards nominations"


def _report(sentence: str) -> set[tuple[str, str]]:
    return served_crew(
        "The Lantern Bay film is the front-runner with nine nominations.",
        _HEADLINE,
        "‘Lantern Bay’, written by Perrin Gautschi, picked up nine nominations on Tuesday.",
        sentence,
        title=_HEADLINE,
    )


def test_a_rival_films_director_set_beside_it_is_not_ours() -> None:
    for sentence in (
        "‘The Stagehand’s Son’, a backstage comedy directed by Ivo Kjeldsen and starring Rhea Lund "
        "as a stagehand, picked up six.",
        "Close behind is ‘The Ferryman’s Coat’, a road movie written and directed by Ivo Kjeldsen, "
        "with five.",
        "‘Saltmarrow’s Daughter’, the coastal thriller helmed by Ivo Kjeldsen, has four.",
    ):
        found = _report(sentence)
        assert ("director", "Ivo Kjeldsen") not in found, sentence
        assert ("writer", "Perrin Gautschi") in found, sentence
