"""Card edits: add, move (a whole drag), edit fields, delete, paste, image cards."""

from __future__ import annotations

from dataclasses import replace

from ..model import Card
from . import naming
from .base import DocumentCommand, SetFieldsCommand, check_picture


class AddCardCommand(DocumentCommand):
    def __init__(self, document, card: Card, text: str = "Add card") -> None:
        super().__init__(document, text)
        self.card = card

    def redo(self) -> None:
        self.card = self.doc.add_card(self.card)

    def undo(self) -> None:
        self.doc.delete_card(self.card.id)


class AddImageCardCommand(DocumentCommand):
    """Store the picture (deduplicated) and put it on a card; undo removes the card."""

    def __init__(self, document, image: bytes, card: Card) -> None:
        super().__init__(document, "Add image")
        check_picture(image)  # a bad file is refused before anything is written
        self.image = image
        self.card = card

    def redo(self) -> None:
        self.card = self.doc.add_card(replace(self.card,
                                              image_asset_id=self.store_image(self.image)))

    def undo(self) -> None:
        self.doc.delete_card(self.card.id)
        self.remove_added_images()


class EditCardCommand(SetFieldsCommand):
    """Change any fields of one card; consecutive edits of one field merge."""

    ID = 1001
    reader, writer = "card", "update_card"

    def describe(self, current, fields: dict) -> str:
        return naming.card_edit(fields.get("title", current.title), fields)

    @property
    def card_id(self) -> str:
        return self.object_id

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other) -> bool:  # noqa: N802 - Qt API
        if (not isinstance(other, EditCardCommand) or other.card_id != self.card_id
                or set(other.after) != set(self.after) or set(self.after) == {"title"}):
            return False
        self.after = other.after
        return True


class MoveCardsCommand(DocumentCommand):
    """One drag of one or more cards to a cell; each lands in order from `position`."""

    def __init__(self, document, card_ids: list[str], lane_id: str, stage_id: str,
                 position: int) -> None:
        titles = [document.card(i).title for i in card_ids]
        super().__init__(document, naming.move_cards(titles))
        self.card_ids = list(card_ids)
        self.target = (lane_id, stage_id, position)
        self.origins = [(c.id, c.lane_id, c.stage_id, c.position)
                        for c in (document.card(i) for i in card_ids)]

    def redo(self) -> None:
        lane_id, stage_id, position = self.target
        with self.doc.batch():
            for offset, card_id in enumerate(self.card_ids):
                self.doc.move_card(card_id, lane_id, stage_id, position + offset)

    def undo(self) -> None:
        with self.doc.batch():
            for card_id, lane_id, stage_id, position in sorted(
                    self.origins, key=lambda o: (o[1], o[2], o[3])):
                self.doc.move_card(card_id, lane_id, stage_id, position)


class DeleteCardsCommand(DocumentCommand):
    def __init__(self, document, card_ids: list[str], cut: bool = False) -> None:
        cards = [document.card(i) for i in card_ids]
        name = naming.cut_cards if cut else naming.delete_cards
        super().__init__(document, name([c.title for c in cards]))
        self.cards = cards
        self.notes = document.notes_on(card_ids)  # review notes go with their cards

    def redo(self) -> None:
        with self.doc.batch():
            for card in self.cards:
                self.doc.delete_card(card.id)

    def undo(self) -> None:
        with self.doc.batch():
            for card in sorted(self.cards, key=lambda c: (c.lane_id, c.stage_id, c.position)):
                self.doc.add_card(card)
            for position, note in self.notes:
                self.doc.add_note(note, position)


class PasteCardsCommand(DocumentCommand):
    """Insert copies of cards (fresh ids) into cells of the current map."""

    def __init__(self, document, cards: list[Card], text: str = "Paste") -> None:
        super().__init__(document, text)
        self.cards = cards

    def redo(self) -> None:
        with self.doc.batch():
            self.cards = [self.doc.add_card(c) for c in self.cards]

    def undo(self) -> None:
        with self.doc.batch():
            for card in reversed(self.cards):
                self.doc.delete_card(card.id)
