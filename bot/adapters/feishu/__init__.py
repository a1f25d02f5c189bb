"""Feishu / Lark adapter: inbound events and the Open API outbound side (see the modules)."""
