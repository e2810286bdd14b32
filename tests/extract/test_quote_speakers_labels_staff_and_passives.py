"""Quote speakers on invented text: a plural label glued before a name ("Guests Ada Vale and
..."), the outlet's own critic, a company's job title with a territory's letters, a site's
feature ("her Instagram Stories"), and a passive with or without its agent ("described as",
"dismissed by a spokesperson as")."""

from __future__ import annotations

import pytest

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts


def _quote(start: str, *paragraphs: str) -> QuoteFact:
    found = facts(*paragraphs, date="2026-04-20", title="Brackwater: the week in review")
    return next(q for q in found.quotes if q.text.startswith(start))


def test_a_plural_label_before_a_name_is_not_part_of_the_name() -> None:
    quote = _quote(
        "I was sure",
        "This week’s episode of the Reel Talk podcast looks back at the drama Brackwater.",
        "Guests Orla Pennick and Dev Marron, who play Hester and Bram, joined the hosts.",
        "Pennick was candid. “I was sure they would cut my scene,” she said.",
    )
    assert (quote.speaker, quote.source) == ("Orla Pennick", SourceKind.PERSON)


def test_a_singular_label_word_stays_a_possible_surname() -> None:
    quote = _quote(
        "It rained",
        "The drama Brackwater was shot on the coast last spring.",
        "Director Tamsin Guest looked back on the shoot. “It rained every day,” Guest said.",
    )
    assert (quote.speaker, quote.source) == ("Tamsin Guest", SourceKind.PERSON)


def test_our_own_critic_is_the_outlets_unnamed_critic() -> None:
    quote = _quote(
        "a tidy goodbye",
        "Orla Pennick was more relaxed. “We had a lovely time,” she said.",
        "The reviews are in. Our own critic gave it three stars, calling it “a tidy goodbye”.",
    )
    assert quote.speaker != "Orla Pennick"
    assert quote.source is not SourceKind.PERSON


def test_our_critic_still_unnamed_but_our_director_is_not_staff() -> None:
    quote = _quote(
        "a tidy goodbye",
        "Orla Pennick was more relaxed. “We had a lovely time,” she said.",
        "Our critic gave it three stars, calling it “a tidy goodbye”.",
    )
    assert (quote.speaker, quote.source) == ("critic", SourceKind.UNNAMED)


def test_a_company_title_with_a_territorys_letters_gives_the_named_person() -> None:
    quote = _quote(
        "Viewers have",
        "Brackwater topped the chart this week. Tidewell said it had drawn two million viewers.",
        "“Viewers have taken it to heart,” Tidewell’s head of UK drama, Mira Osei, said in a"
        " statement.",
    )
    assert (quote.speaker, quote.source) == ("Mira Osei", SourceKind.PERSON)


def test_a_company_title_in_lower_case_still_gives_the_named_person() -> None:
    quote = _quote(
        "Viewers have",
        "Brackwater topped the chart this week. Tidewell said it had drawn two million viewers.",
        "“Viewers have taken it to heart,” Tidewell’s head of drama, Mira Osei, said.",
    )
    assert (quote.speaker, quote.source) == ("Mira Osei", SourceKind.PERSON)


def test_a_sites_feature_is_no_speaker() -> None:
    quote = _quote(
        "last light",
        "Orla Pennick was seen filming Brackwater on the harbour wall on Monday.",
        "Dev Marron was there too, posting a photo to his Instagram Stories captioned"
        " “last light”.",
    )
    assert quote.speaker != "Instagram Stories"
    assert (quote.speaker, quote.source) in {
        ("Dev Marron", SourceKind.PERSON),
        ("", SourceKind.UNATTRIBUTED),
    }  # Dev Marron's caption, or no one's: never Orla Pennick nor any other person


@pytest.mark.xfail(
    strict=True,
    reason="a caption whose poster is the sentence's subject before a participle ('Dev Marron "
    "was there too, posting a photo ... captioned') is served unattributed since round 118",
)
def test_a_posters_caption_is_the_posters() -> None:
    quote = _quote(
        "last light",
        "Orla Pennick was seen filming Brackwater on the harbour wall on Monday.",
        "Dev Marron was there too, posting a photo to his Instagram Stories captioned"
        " “last light”.",
    )
    assert quote.speaker == "Dev Marron"


def test_a_description_without_an_agent_is_not_the_subjects_words() -> None:
    quote = _quote(
        "a fisherman",
        "Tidewell has announced two new faces for Brackwater’s second season.",
        "1. Orla Pennick as Hester, the harbourmaster’s niece.",
        "2. Dev Marron as Bram, described as “a fisherman with a short fuse and a long memory”.",
    )
    assert quote.speaker != "Dev Marron"


def test_the_subject_who_describes_keeps_the_words() -> None:
    quote = _quote(
        "a fisherman",
        "Tidewell has announced two new faces for Brackwater’s second season.",
        "Dev Marron described Bram as “a fisherman with a short fuse and a long memory”.",
    )
    assert (quote.speaker, quote.source) == ("Dev Marron", SourceKind.PERSON)


def test_words_dismissed_by_a_spokesperson_are_the_spokespersons() -> None:
    quote = _quote(
        "only a wish",
        "Orla Pennick confirmed there will be no third season. “It’s done,” she said.",
        "Rumours of a spin-off were dismissed by a Tidewell spokesperson as “only a wish”.",
    )
    assert quote.speaker == "Tidewell spokesperson"
    assert quote.source is not SourceKind.PERSON


def test_where_the_agent_dismissed_it_is_not_part_of_the_agent() -> None:
    quote = _quote(
        "not a thing",
        "Brackwater’s creator Orla Pennick has said little about a third season.",
        "A title that went round online was dismissed by Pennick on Bluesky as “not a thing”.",
    )
    assert (quote.speaker, quote.source) == ("Orla Pennick", SourceKind.PERSON)


def test_a_he_after_a_pair_of_names_is_not_the_second_of_them() -> None:
    quote = _quote(
        "They knew",
        "On the podcast, director Ansel Corrigan talked about making Brackwater.",
        "He is full of praise for his leads. Dev Marron and Tomas Reel, who play the brothers,"
        " had lived with the parts for years. “They knew the boys better than me,” he says.",
    )
    assert quote.source is not SourceKind.PERSON  # neither Reel nor Marron


def test_a_he_after_a_pair_in_the_other_order_is_neither() -> None:
    quote = _quote(
        "They knew",
        "On the podcast, director Ansel Corrigan talked about making Brackwater.",
        "He is full of praise for his leads. Tomas Reel and Dev Marron, who play the brothers,"
        " had lived with the parts for years. “They knew the boys better than me,” he says.",
    )
    assert quote.source is not SourceKind.PERSON


def test_a_he_after_a_single_name_is_still_that_name() -> None:
    quote = _quote(
        "I knew",
        "On the podcast, director Ansel Corrigan talked about making Brackwater.",
        "Dev Marron, who plays the elder brother, had lived with the part for years."
        " “I knew him better than anyone,” he says.",
    )
    assert (quote.speaker, quote.source) == ("Dev Marron", SourceKind.PERSON)


def test_a_line_that_floored_a_fan_is_not_the_actors_remark() -> None:
    found = facts(
        "Brackwater’s finale arrived on Tidewell this morning, and the thread is busy.",
        "u/brackfan · 88 points · 2h",
        'Orla Pennick did more with one scene than most do in a series. "Keep the light on,'
        ' love" destroyed me.',
        date="2026-04-20",
        title="Brackwater finale discussion thread",
    )
    quote = next(q for q in found.quotes if q.text.startswith("Keep the light"))
    assert not (quote.served and quote.speaker == "Orla Pennick")


def test_a_remark_then_a_speech_verb_with_its_speaker_stays_served() -> None:
    quote = _quote(
        "Keep the light",
        "Orla Pennick spoke to us after the screening.",
        "“Keep the light on for me,” Pennick told me, smiling.",
    )
    assert quote.served
    assert (quote.speaker, quote.source) == ("Orla Pennick", SourceKind.PERSON)
