"""Words a sign or a poster reads ("a chalked sign: ‘...’", "a poster of the two leads,
captioned “...”") are a notice or a tagline, no one's remark; a caption someone posts with the
poster is theirs."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Filming on Saltmarrow moved to the harbour this week."


def _served(*paragraphs: str) -> set[str]:
    return {q.text for q in facts(_LEDE, *paragraphs).quotes if q.served}


def test_words_on_a_sign_are_held() -> None:
    words = "Boots off before the nets."
    served = _served(f"The boathouse door has a chalked sign: ‘{words}’ Nobody obeys it.")
    assert words not in served


def test_a_posters_caption_is_held() -> None:
    words = "Every tide remembers."
    served = _served(
        f"The date came with a poster of the two leads on a jetty, captioned “{words}”"
    )
    assert words not in served


def test_a_caption_someone_posts_with_a_poster_stays_theirs() -> None:
    words = "Two winters of work, and here it is."
    served = _served(f"Director Pilar Ostend shared the poster on Instagram, captioned “{words}”")
    assert words in served
