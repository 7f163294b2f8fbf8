"""Poster layouts, one YAML file each, and the topic icons they draw (icons/)."""
