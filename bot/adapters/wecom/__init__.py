"""WeCom (企业微信) smart bot adapter: encrypted callbacks in, stream/response_url replies, webhook pushes."""
