"""An award told with a hyphen before the name after "by" ("directed by Oscar-nominee X",
"written by Bafta-winning X") describes X; the award is never the name. A name that only starts
with an award's word ("directed by Oscar Fenwick") keeps its credit (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Brinemoor: cameras roll on the coastal thriller"


def _crew(sentence: str) -> set[tuple[str, str]]:
    found = facts(sentence, "The shoot is expected to wrap in May.", title=_TITLE)
    return {(c.role.value, c.name) for c in found.crew if c.served}


def test_an_award_hyphened_before_the_name_is_no_name() -> None:
    for sentence, award in (
        (
            "Brinemoor, directed by Oscar-nominee Tamsin Pennifold and written by Ilo Varga,"
            " started filming in Whitby on 3 March.",
            "Oscar",
        ),
        ("Brinemoor is written by Bafta-winning Tamsin Pennifold and shoots in Whitby.", "Bafta"),
        ("Brinemoor, produced by Emmy-nominated Tamsin Pennifold, shoots in Whitby.", "Emmy"),
    ):
        names = {name for _, name in _crew(sentence)}
        assert "Tamsin Pennifold" in names, sentence
        assert award not in names, sentence


def test_a_name_that_starts_with_an_awards_word_keeps_its_credit() -> None:
    sentence = "Brinemoor, directed by Oscar Fenwick, started filming in Whitby on 3 March."
    assert ("director", "Oscar Fenwick") in _crew(sentence)
