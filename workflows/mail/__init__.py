"""E-mail outreach: mailboxes, sending touches from them, and reading what comes back."""
