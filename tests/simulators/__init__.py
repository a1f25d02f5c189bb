"""Local stand-ins for platforms the tests cannot reach, speaking their documented wire protocols."""
