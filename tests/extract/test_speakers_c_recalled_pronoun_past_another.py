"""A "he said" whose nearest subject is named in the quote itself falls back on whom "he" last
stood for only when the text before does not name someone else instead: after "Reed, for his
part, credits ... Ada Vale", "“Ada and I ...,” he said" is never the earlier "he" (another
man quoted a paragraph up)."""

from tests.extract.helpers import facts

_LEDE = "Sam Orrin and Tom Reed star in the coastal drama Lantern Row, back on Friday."
_EARLIER = "Orrin, at a press day, was blunt. “Reed is the most prepared person I know,” he said."
_WORDS = "Ada and I have a proper sibling thing now"


def _speaker(*paragraphs: str) -> str:
    found = {q.text: q.speaker for q in facts(_LEDE, _EARLIER, *paragraphs).quotes}
    return found[_WORDS]


def test_the_earlier_he_is_not_whom_another_paragraph_names() -> None:
    said = _speaker(
        "Reed, for his part, credits the ensemble — Maya Brook and Jo Lane among them — and Ada"
        f" Vale, who plays his sister. “{_WORDS},” he said."
    )
    assert said != "Sam Orrin"


def test_the_earlier_he_still_speaks_on_in_his_own_paragraph() -> None:
    said = _speaker(f"Orrin also praised Ada Vale, who plays his sister. “{_WORDS},” he said.")
    assert said == "Sam Orrin"
