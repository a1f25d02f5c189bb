"""Translation of creator replies and team drafts through any OpenAI-compatible model.

`ports.Translator` is what handlers and other workflows use; `service.TranslationService` implements it
over `model.OpenAIChatModel` (built in bot/wiring.py). Everything here is platform-free."""
