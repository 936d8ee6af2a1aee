"""The template catalogue: bundled industry templates plus the user's own."""
