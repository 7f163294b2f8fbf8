"""Posters: layouts from poster_templates/, rendered with Pillow's RAQM text layout."""
