"""newsview: compare how different outlets cover the same story."""

__version__ = "0.1.0"
