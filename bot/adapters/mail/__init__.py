"""E-mail: SMTP submission (aiosmtplib) and IMAP (aioimaplib) behind `workflows.mail.ports.MailTransport`."""
