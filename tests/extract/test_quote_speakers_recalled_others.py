"""Words credited to the wrong named person, on invented text: a name in a fronted topic
phrase, an owner in passing, a role set before a name, a pair of posters, an account before a
colon, another's note, a whole sentence between two quotes, and another's words recalled."""

from __future__ import annotations

from tests.extract.helpers import served_quote_list


def test_a_name_in_a_fronted_topic_phrase_is_not_the_pronouns() -> None:
    found = served_quote_list(
        "Brannoch Iddesleigh, the star of Saltmere Lane, arrives early and asks for tea.",
        '"It\'s odd to be finishing," Iddesleigh says. "I grew up on that set."',
        'Of Yeshe Vornquist, who plays his aunt, he is almost shy. "She told me on the final '
        "night, 'You were a good nephew,' and I had to go outside.\"",
        'He calls the finale "properly earned" and will not say more.',
    )
    assert ("properly earned", "Yeshe Vornquist") not in found, found
    assert not any(speaker == "Yeshe Vornquist" for _, speaker in found), found


def test_an_owner_named_in_passing_is_not_the_pronouns() -> None:
    found = served_quote_list(
        'Brannoch Iddesleigh still keeps the apron. "It\'s on a hook," the 24-year-old says.',
        "A year ago Iddesleigh was pulling pints in Stepney Quay. Next week he appears in Saltmere "
        "Lane as a lodger.",
        "The audition tape went through casting director Lisandro Pomeroy-Vask's office last "
        'winter, a month after the order. "I recorded it at midnight in my uniform," he says.',
    )
    assert not any(speaker == "Lisandro Pomeroy-Vask" for _, speaker in found), found


def test_a_role_then_a_name_in_apposition_is_the_sentences_sayer() -> None:
    found = served_quote_list(
        "Editor Quillon Ferremont on cutting Saltmere Lane, which stars Zabdiel Okonkwo-Ravel.",
        "Was there a scene you fought for?",
        "The kitchen scene. Zabdiel had one take with no words at all.",
        "No, Zabdiel improvised it. The writer, Iddo Wethersby, heard it in the rushes and said, "
        '"Well, that belongs to me now."',
    )
    assert found == [("Well, that belongs to me now.", "Iddo Wethersby")], found


def test_a_post_two_people_share_is_neither_ones_alone() -> None:
    found = served_quote_list(
        "Filming on Saltmere Lane has finished, and the cast marked it online.",
        "Yeshe Vornquist, who plays Ada, and Zabdiel Okonkwo-Ravel, who plays Fen, shared a "
        'joint post from the harbour set: "Where it all began."',
    )
    assert not any(text == "Where it all began." and who for text, who in found), found


def test_an_account_closing_the_sentence_before_the_colon_writes_the_words() -> None:
    found = served_quote_list(
        "The first teaser for Saltmere Lane landed on Tuesday and fans took it well.",
        "Yeshe Vornquist, who plays the harbourmaster, appears for about a second. That was "
        'enough for @wethersbyhive: "ONE SECOND OF YESHE AND I AM GONE".',
    )
    assert found == [("ONE SECOND OF YESHE AND I AM GONE", "@wethersbyhive")], found


def test_anothers_note_told_by_the_sayer_is_the_note_givers() -> None:
    found = served_quote_list(
        "Composer Quillon Ferremont scored Saltmere Lane, which Iddo Wethersby wrote.",
        "Wethersby sat in on the early sessions. Ferremont says Wethersby's note was simple: "
        '"Never tell them when to weep." The composer laughs. "So naturally they all weep."',
    )
    assert found == [
        ("Never tell them when to weep.", "Iddo Wethersby"),
        ("So naturally they all weep.", "Quillon Ferremont"),
    ], found


def test_words_the_sayer_recalls_another_saying_are_not_the_sayers() -> None:
    found = served_quote_list(
        "Cinematographer Quillon Ferremont shot Saltmere Lane, which Iddo Wethersby wrote.",
        "Wethersby visited the set most days. Ferremont remembers him saying the film should "
        'feel "like a postcard left in the rain".',
    )
    assert not any(who == "Quillon Ferremont" for _, who in found), found
