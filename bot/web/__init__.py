"""The web process: app factory (`app.py`), Prometheus metrics (`metrics.py`)."""
