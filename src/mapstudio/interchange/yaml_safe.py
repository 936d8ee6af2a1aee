"""YAML to plain values without trusting the text: bounded depth and alias expansion.

PyYAML's safe loader builds nested values recursively (5,000 levels raise RecursionError)
and shares an anchored value between its aliases, so a few hundred bytes can stand for
billions of values once walked ("billion laughs"). Here the events of the (C, when
available) parser are assembled without recursion, every value is counted as often as
aliases repeat it, and nesting deeper than MAX_YAML_DEPTH or more than MAX_YAML_NODES
values in all are refused, naming the line. Only the plain YAML types are built
(mappings, sequences, text, numbers, booleans, null, timestamps as text); any other tag
is refused.
"""

from __future__ import annotations

import yaml
from yaml.events import (
    AliasEvent,
    CollectionStartEvent,
    DocumentEndEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
)
from yaml.nodes import ScalarNode

from ..model import limits
from .errors import InterchangeError

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_PLAIN_COLLECTIONS = {None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}
_SCALARS = {"tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
            "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null"}


def _line(event) -> str:
    mark = event.start_mark
    return f"line {mark.line + 1} column {mark.column + 1}" if mark else "somewhere"


class _Frame:
    """A mapping or sequence being assembled."""

    __slots__ = ("anchor", "key", "size", "value")

    def __init__(self, value, anchor):
        self.value, self.anchor, self.key, self.size = value, anchor, _NO_KEY, 1


_NO_KEY = object()


class _Builder:
    def __init__(self) -> None:
        self.loader = _Loader("")  # resolves and constructs plain scalars only
        self.anchors: dict[str, tuple[object, int]] = {}  # name -> (value, expanded size)
        self.stack: list[_Frame] = []
        self.total = 0

    def scalar(self, event: ScalarEvent):
        tag = event.tag
        if tag in (None, "!"):
            tag = self.loader.resolve(ScalarNode, event.value, event.implicit)
        if tag not in _SCALARS and tag != "tag:yaml.org,2002:timestamp":
            raise InterchangeError(f"not valid YAML: {_line(event)}: the tag {tag!r} is not "
                                   "allowed")
        if tag == "tag:yaml.org,2002:timestamp":
            return event.value
        node = ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        return self.loader.yaml_constructors[tag](self.loader, node)

    def count(self, size: int, event) -> None:
        self.total += size
        if self.total > limits.MAX_YAML_NODES:
            raise InterchangeError(f"YAML {_line(event)}: more than "
                                   f"{limits.MAX_YAML_NODES:,} values once aliases are "
                                   "expanded (the limit)")

    def add(self, value, size: int, event) -> None:
        """Put a finished value (`size` values when expanded) into the open collection."""
        frame = self.stack[-1]
        frame.size += size
        if isinstance(frame.value, list):
            frame.value.append(value)
        elif frame.key is _NO_KEY:
            try:
                hash(value)
            except TypeError:
                raise InterchangeError(f"not valid YAML: {_line(event)}: a key must be "
                                       "text or a number") from None
            frame.key = value
        else:
            frame.value[frame.key] = value
            frame.key = _NO_KEY

    def document(self, events) -> object:
        """Assemble one document from its events (after DocumentStart, through its end)."""
        result = None
        for event in events:
            if isinstance(event, DocumentEndEvent):
                return result
            if isinstance(event, CollectionStartEvent):
                if event.tag not in _PLAIN_COLLECTIONS:
                    raise InterchangeError(f"not valid YAML: {_line(event)}: the tag "
                                           f"{event.tag!r} is not allowed")
                if len(self.stack) >= limits.MAX_YAML_DEPTH:
                    raise InterchangeError(f"YAML {_line(event)}: nested more than "
                                           f"{limits.MAX_YAML_DEPTH} levels deep (the limit)")
                self.count(1, event)
                value = {} if isinstance(event, MappingStartEvent) else []
                self.stack.append(_Frame(value, event.anchor))
                continue
            if isinstance(event, MappingEndEvent | SequenceEndEvent):
                frame = self.stack.pop()
                value, size, anchor = frame.value, frame.size, frame.anchor
            elif isinstance(event, AliasEvent):
                if event.anchor not in self.anchors:
                    raise InterchangeError(f"not valid YAML: {_line(event)}: no anchor "
                                           f"&{event.anchor}")
                value, size = self.anchors[event.anchor]
                anchor = None
                self.count(size, event)
            else:
                value, size, anchor = self.scalar(event), 1, event.anchor
                self.count(1, event)
            if anchor is not None:
                self.anchors[anchor] = (value, size)
            if self.stack:
                self.add(value, size, event)
            else:
                result = value
        return result


def load_all(text: str) -> list:
    """The documents of a YAML stream as plain values (see the module's notes)."""
    builder = _Builder()
    docs = []
    try:
        events = yaml.parse(text, Loader=_Loader)
        for event in events:
            if type(event).__name__ == "DocumentStartEvent":
                builder.anchors.clear()
                docs.append(builder.document(events))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1} column {mark.column + 1}: " if mark else ""
        raise InterchangeError(f"not valid YAML: {where}{exc.problem or exc}") from exc
    except yaml.YAMLError as exc:
        raise InterchangeError(f"not valid YAML: {exc}") from exc
    return docs
