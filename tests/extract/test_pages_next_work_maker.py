"""An actor's next work told in double quotation marks with its maker beside it ("She plays the
lead in “Glasshaven”, the new feature of director Ivo Kjeldsen"): that director made the other
work, not ours; ours keeps its own director."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_HEADLINE = "Lantern Row adds Mara Vell as a ward doctor"


def _profile(sentence: str) -> set[tuple[str, str]]:
    return served_crew(
        "Mara Vell joins the Netflix film Lantern Row as a ward doctor.",
        _HEADLINE,
        "Lantern Row, directed by Perrin Gautschi, is filming in Leeds.",
        sentence,
        title=_HEADLINE,
    )


def test_the_next_works_director_is_not_ours() -> None:
    for sentence in (
        "After that she will play the lead in “Glasshaven”, the new feature of director Ivo"
        " Kjeldsen, due in cinemas in the autumn.",
        'Next she stars in "Úrvale", the latest film by director Ivo Kjeldsen.',
        "Then comes “Copper Lanes”, a new drama from Ivo Kjeldsen.",
    ):
        found = _profile(sentence)
        assert ("director", "Ivo Kjeldsen") not in found, sentence
        assert ("director", "Perrin Gautschi") in found, sentence
