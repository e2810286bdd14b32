"""Turning answers into what members see: embeds on Discord, plain text in the console."""
