"""One client of the concurrency test and the team benchmark: random card edits and
moves through the real commands on one workspace map, as fast as it can.

Run as `python -m tests.workspace_worker URL#PROJECT SEED EDITS`. Prints one JSON line:
its client id, the accepted commands in the order they committed, the number of
conflicts, and any other error (which the test treats as a failure).
"""

from __future__ import annotations

import json
import random
import sys
import time

from mapstudio.commands.card_commands import EditCardCommand, MoveCardsCommand
from mapstudio.store.workspace import open_project
from mapstudio.store.workspace_document import ConflictError


def make_command(doc, kind: str, args: list):
    if kind == "edit":
        card_id, field, value = args
        return EditCardCommand(doc, card_id, **{field: value})
    card_id, lane_id, stage_id, position = args
    return MoveCardsCommand(doc, [card_id], lane_id, stage_id, position)


def choose(rng: random.Random, content, client: str, n: int) -> tuple[str, list]:
    card = rng.choice(content.cards)
    if rng.random() < 0.6:
        field = rng.choice(("title", "body", "owner"))
        return "edit", [card.id, field, f"{client[:6]} {n}"]
    lanes = [lane for lane in content.lanes if lane.kind != "emotions"]
    lane, stage = rng.choice(lanes), rng.choice(content.stages)
    return "move", [card.id, lane.id, stage.id, rng.randrange(0, 4)]


def main(target: str, seed: int, edits: int) -> dict:
    rng = random.Random(seed)
    doc = open_project(target)
    accepted, conflicts, errors, commit_ms = [], 0, [], []
    try:
        map_id = doc.maps()[0].id
        for n in range(edits):
            content = doc.load_map(map_id)  # what the editor shows after each change
            time.sleep(rng.random() * 0.003)  # a person's moment between seeing and acting
            kind, args = choose(rng, content, doc.client_id, n)
            try:
                command = make_command(doc, kind, args)
                started = time.perf_counter()
                command.redo()
                commit_ms.append((time.perf_counter() - started) * 1000)
                accepted.append([kind, args])
            except ConflictError:
                conflicts += 1
            except Exception as exc:  # noqa: BLE001 - reported, and failed on, by the test
                errors.append(f"{type(exc).__name__}: {exc}")
    finally:
        doc.close()
    return {"client": doc.client_id, "accepted": accepted, "conflicts": conflicts,
            "errors": errors, "commit_ms": commit_ms}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))))
