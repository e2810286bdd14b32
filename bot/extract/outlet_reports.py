"""Words an unnamed outlet reports, never the last speaker's: "One trade paper reports that a
second run is “due next year”", "a tabloid claimed the pair had “fallen out”". The quote's own
sentence gives it a reporter that we cannot name, so it is no one's, not a continuation of the
company or the person quoted in the sentence before."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

UNNAMED_OUTLET = lazy_pattern(
    r"(?:^|[.!?,;][ ]+|\b(?:and|but|while)[ ])(?:[Oo]ne|[Aa]nother|[Aa]n?|[Ss]ome|[Ss]everal)[ ]"
    r"(?:[a-z-]+[ ]){0,2}?(?:paper|papers|outlet|outlets|publication|tabloid|tabloids"
    r"|newspaper|magazine|site|website|blog|report)[ ]"
    r"(?:(?:has|have|had)[ ])?(?:reports|reported|claims|claimed|says|said|suggests|suggested"
    r"|writes|wrote|understands|insists|insisted)[ ](?:that[ ])?[^.!?;:“\"]*[“\"‘']?$"
)
"""An unnamed outlet, as the subject of its own reporting verb, ahead of the quote in its
sentence ("One trade paper reports that ... is “", "Another site claimed “")."""
