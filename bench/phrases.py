"""The words of the benchmark's articles: how entertainment news phrases its facts, quotes,
padding and page furniture. Names come from :mod:`bench.world`; nothing here names a person.

Placeholders (``{place}``, ``{outlet}``, ``{studio}``, ``{short}``, ...) are filled by
:mod:`bench.generate`.
"""

from __future__ import annotations

OUTLETS = ("the Courier", "Screenline", "the Evening Reel", "Frameworks", "Static Magazine")
PLACES = ("Kent", "Yorkshire", "Glasgow", "Cardiff", "Bristol", "Leeds", "Norwich", "Belfast")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
SEASONS = ("early", "late", "spring", "summer", "autumn", "winter")
DESCRIPTORS = (
    "a sharp-tongued", "a quietly ambitious", "an endlessly curious", "a fiercely loyal",
    "a chaotic", "a soft-spoken", "a stubborn", "a warm-hearted",
)  # fmt: skip
JOBS = (
    "flatmate", "teacher", "rival", "older sister", "best friend", "neighbour", "coach",
    "bandmate", "landlord", "cousin",
)  # fmt: skip

# -- quotes -----------------------------------------------------------------------------------
QUOTE_OPENINGS = (
    "I read the script in one sitting and", "Honestly, the first day on set", "Every scene we shot",
    "What I love about this story is that it", "The fans have waited a long time and",
    "Working with this cast", "When I first heard about the part I", "This whole production",
)  # fmt: skip
QUOTE_MIDDLES = (
    "felt like coming home", "surprised me more than anything", "never stopped making me laugh",
    "asked for something brave", "pushed all of us a little further", "was full of small miracles",
    "made me rethink the whole character", "kept the crew up past midnight",
)  # fmt: skip
QUOTE_ENDINGS = (
    "I can't wait for people to see it", "that is the heart of the film",
    "we owe that to everyone watching", "it still makes me emotional",
    "I think audiences will feel that", "none of us will forget it",
)  # fmt: skip
QUOTE_FOLLOW_UPS = (
    "There were days when the weather turned on us and we just kept going",
    "You learn so much from the people around you on a set like this",
    "I hope it feels honest, because that is all we were trying to do",
    "Some of my favourite moments are the quiet ones between the big scenes",
    "It is a story about growing up, and about what you keep when you do",
)  # fmt: skip
SPEECH_VERBS = ("said", "told {outlet}", "explained", "added", "joked", "admitted")

# -- padding: sentences assembled from parts, so no two articles pad alike ---------------------
PAD_SUBJECTS = (
    "The production", "The studio's marketing team", "The fan community around the books",
    "The tourist board in {place}", "An early test audience", "The costume department",
    "The location team", "The graphic novels' publisher", "The film's social media team",
    "A spokesperson for {studio}", "The art department", "The biggest fan account",
)  # fmt: skip
PAD_VERBS = (
    "has spent months preparing", "is said to be delighted with", "has been quietly building",
    "spent much of the spring planning", "has already started teasing", "is keeping a close eye on",
    "has promised to share more about", "reportedly doubled the budget for",
)  # fmt: skip
PAD_OBJECTS = (
    "the look of the final chapter", "a string of new locations", "the soundtrack",
    "the opening sequence", "a set of behind-the-scenes photos", "the premiere plans",
    "the hand-drawn animated flourishes", "a longer shooting schedule",
    "a series of screenings in {place}", "the last weeks of the shoot",
)  # fmt: skip
PAD_TAILS = (
    "according to people close to the project.", "and more details are expected soon.",
    "though nothing has been confirmed.", "as the team moves between {place} and {place2}.",
    "in the run-up to the release.", "which fans spotted in set photos last month.",
    "after a busy few weeks for everyone involved.", "and the response so far has been warm.",
)  # fmt: skip
PAD_SENTENCES = (
    "Fan accounts shared the news within minutes, and the hashtag trended for most of the day.",
    "The production has kept details of the plot closely guarded since the project was first "
    "announced.",
    "Set photos from the location shoot have been circulating online for several weeks.",
    "Tickets for a special preview screening sold out in under an hour.",
    "The streamer has promised more news over the coming months.",
    "Much of the shoot is taking place on location in {place}, where local cafés have started "
    "putting up posters in their windows and fans gather behind the barriers every morning.",
    "The story picks up a year after the events of the last season, with the friends scattered "
    "between {place} and {place2}, and the film follows what happens when they try to find their "
    "way back to each other.",
    "Speaking to {outlet} last month, one of the producers described the project as the most "
    "ambitious thing the team has attempted, with more locations, more extras and a longer "
    "schedule than anything before it.",
    "Screenings at festivals in {place} and {place2} are being discussed, although nothing has "
    "been confirmed, and the marketing campaign is expected to begin in earnest after the summer.",
    "A behind-the-scenes documentary is also being filmed, following the cast and crew from the "
    "first table read to the final day of the shoot.",
)  # fmt: skip

# -- page furniture that survives copying an article off a web page ---------------------------
SUBHEADS = (
    "When is {title} coming out?", "Who is in the cast of {short}?", "What is {short} about?",
    "Is there a trailer for {short}?", "Where is {short} being filmed?", "What happens next?",
)  # fmt: skip
FURNITURE = (
    "Advertisement", "Keep reading for the full scoop!", "Share this article",
    "Sign up to our newsletter for the latest film news.", "Read more: {other}",
    "Related: {other}", "Image: {studio}", "Photo: {reporter}/{studio}",
    "To stay up to date on {short}, click here.",
    "All three seasons of the series are available to stream on {studio}.",
)  # fmt: skip
BYLINES = ("By {reporter}", "By {reporter} | {outlet}", "Words by {reporter}")
OTHER_HEADLINES = (
    "Everything we know about {short} so far", "The best fan reactions to the {short} news",
    "How the {short} cast spent their summer", "A guide to every season before {short}",
)  # fmt: skip
