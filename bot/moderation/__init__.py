"""What moderators do to the news: add and retract articles."""
