"""The journey canvas: a QGraphicsScene that mirrors the document, and its view."""
