"""TikTok Shop Open API (Affiliate Seller): a small typed client on aiohttp (no official Python SDK)."""
