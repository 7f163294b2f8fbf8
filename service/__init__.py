"""Sandesh: grounded Hindi civic post drafts from an open LLM."""
