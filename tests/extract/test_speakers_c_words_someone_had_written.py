"""Words another "had written" on something, told inside someone's post ("adding that his
editor, Ada Vale, had written “...” on the script") are that writer's, never the poster's. A
quote the poster writes himself stays his."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Tom Reed wrapped his new drama Lantern Row on Friday."
_OWN = "Nobody warns you how cold a field gets at dawn"


def _speakers(paragraph: str) -> dict[str, tuple[str, SourceKind]]:
    return {q.text: (q.speaker, q.source) for q in facts(_LEDE, paragraph).quotes}


def test_words_another_had_written_are_theirs() -> None:
    found = _speakers(
        f"“{_OWN},” he wrote, adding that his editor, Ada Vale, had written “not again” on the"
        " last page of the script."
    )
    assert found["not again"] == ("Ada Vale", SourceKind.PERSON)
    assert found[_OWN] == ("Tom Reed", SourceKind.PERSON)
