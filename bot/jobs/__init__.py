"""Running timed work: the notifier that posts due items, the in-process loop, and the arq worker."""
