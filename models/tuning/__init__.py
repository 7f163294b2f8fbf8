"""Tuning the embedded model on Sandesh's own Hindi post writing data."""
