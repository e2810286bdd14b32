"""A work set off by a dash and dated by its year ("the Sky drama Fennick — a 2021 series
directed by X") is a made work: its credits are its own, not the article's production's; the
article's own title glossed so keeps its credit (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Quillhaven composer on scoring the film with a church choir"
_LEDE = "Mara Dunleavy scored the Quillhaven film, directed by Tobias Wren."


def _crew(sentence: str) -> set[str]:
    return {c.name for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_a_dashed_dated_gloss_credits_the_other_work() -> None:
    for sentence in (
        "She met producer Ada Penn, who had admired her music for the Sky drama Fennick — a 2021"
        " series directed by Oren Vasko, starring Lu Marr.",
        "Wren, who had heard her work on the BBC Two thriller Lowmere — a 2019 film produced by"
        " Oren Vasko, called her in May.",
    ):
        found = _crew(sentence)
        assert "Oren Vasko" not in found, sentence
        assert "Tobias Wren" in found, sentence


def test_the_articles_own_title_glossed_so_keeps_its_credit() -> None:
    sentence = "Quillhaven — a 2026 film directed by Tobias Wren — opens in May."
    assert "Tobias Wren" in _crew(sentence)
