"""What a release verb puts out when it is not the film: a statement, a trailer, a poster.

"Released a statement on Monday", "put out a press release this morning", "dropped its first
poster on 3 May": the verb's object is news or publicity, so the day that follows dates that
piece, never the film's arrival. Read as a lookahead right after the verb, so the same words
still date the film where the film is the one put out ("will put out the film on 3 May").
"""

from __future__ import annotations

NEWS_OBJECT = (
    r"(?![ ](?:a|an|the|its|their|his|her|our|this|that|some)[ ](?:[\w-]+[ ]){0,2}?"
    r"(?:statements?|(?:press|news|media)[ ]releases?|announcements?|notices?|updates?|"
    r"comments?|messages?|tweets?|posts?|trailers?|teasers?|posters?|stills?|images?|photos?|"
    r"pictures?|clips?|videos?|first[ -]looks?|promos?|featurettes?)\b)"
)
"""Not before a piece of news or publicity as the verb's object (for :data:`RELEASE_VERB`)."""
