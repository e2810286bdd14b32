"""A foreign outlet's byline with its translator ("Written by X, translated by Y") names the
article's reporter, never a screenwriter; "created by a former nurse turned writer X" credits X
as creator only (the job after "turned" tells what X became, no credit of its own); a profile's
"next, she heads to P for an untitled feature with the director X" names that feature's
director, not ours."""

from __future__ import annotations

from tests.extract.helpers import credits, facts, served_crew


def test_a_byline_with_its_translator_credits_no_writer() -> None:
    found = facts(
        "Tallow Bay’s new star talks nerves and accents.",
        "Kulturní Týdeník – English Edition | Film | 04.03.2026, 09:10 | Written by Radka "
        "Vondrušková, translated by Piers Mallory-Obi",
        "Tallow Bay, directed by Henrik Osei, began filming on Monday.",
        title="Tallow Bay star interview",
    )
    assert ("director", "Henrik Osei") in credits(found)
    assert not any(role == "writer" for role, _ in credits(found))
    found = facts(
        "Salt Orchard’s lead looks back on a long shoot.",
        "Written by Ilse Brandvik and translated by Owen Teague-Ramos",
        "Salt Orchard, from a script by Vera Oakham, opens in October.",
        title="Salt Orchard interview",
    )
    assert ("writer", "Vera Oakham") in credits(found)
    assert ("writer", "Ilse Brandvik") not in credits(found)


def test_a_job_after_turned_before_the_name_is_no_credit_of_its_own() -> None:
    assert served_crew(
        "Brine Street returns in May.",
        "Brine Street, created by ex-paramedic turned writer Tom Valder, was the biggest "
        "new drama of the year.",
        title="Brine Street series two date",
    ) == {("creator", "Tom Valder")}
    assert served_crew(
        "Gannet Row is back.",
        "Gannet Row was created by former nurse turned novelist Jude Okafor-Lane and "
        "pulled in huge audiences.",
        title="Gannet Row returns",
    ) == {("creator", "Jude Okafor-Lane")}


def test_a_profiles_untitled_next_feature_names_another_works_director() -> None:
    found = served_crew(
        "Tallow Bay’s cinematographer on shooting in the rain.",
        "Tallow Bay is directed by Henrik Osei.",
        "Next, Lindqvist flies to Bodø for an untitled feature with the Norwegian director "
        "Aud Kvale.",
        title="Tallow Bay’s camera magician",
    )
    assert ("director", "Henrik Osei") in found
    assert ("director", "Aud Kvale") not in found
    found = served_crew(
        "Salt Orchard’s cinematographer looks ahead.",
        "Salt Orchard is directed by Vera Oakham.",
        "After that she heads to Lagos for an as-yet-untitled film with director Tunde Akerele.",
        title="Salt Orchard’s eye",
    )
    assert ("director", "Tunde Akerele") not in found
