"""The Discord adapter: the discord.py client, its command tree and error handler, the
presenters that send answers, and the buttons under them."""
