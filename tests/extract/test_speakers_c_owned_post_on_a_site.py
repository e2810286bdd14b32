"""Words introduced as someone's post on a social site ("X's post on TikTok was shorter:") are
that owner's, or no one's when the owner cannot be placed: never the speaker of the sentence
before."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Novelist Petra Lund wrote Harrow Lane, and director Tomas Reyes adapted it for the screen."


def _said(paragraph: str, words: str) -> tuple[str, SourceKind]:
    found = {q.text: (q.speaker, q.source) for q in facts(_LEDE, paragraph).quotes}
    return found[words]


def test_a_post_on_a_site_by_someone_unplaced_is_not_the_last_speaker() -> None:
    words = "Nine days left. Send snacks."
    paragraph = (
        "Reyes told a podcast that the last scene was “the best thing we shot”."
        f" Corvin's caption on Instagram was shorter: “{words}”"
    )
    assert _said(paragraph, words)[0] != "Tomas Reyes"


def test_a_post_on_a_site_by_someone_known_is_theirs() -> None:
    words = "Nine days left. Send biscuits."
    paragraph = (
        "Reyes told a podcast that the first scene was “the hardest thing we shot”."
        f" Lund's post on Instagram was simpler: “{words}”"
    )
    assert _said(paragraph, words) == ("Petra Lund", SourceKind.PERSON)
