"""The JSON Schema check in linear time with a small constant: compiled, then explained.

jsonschema walks a document at about half a millisecond per card (200,000 cards: over a
minute and a half). Here the shipped schema is compiled once into plain Python functions
that only answer "certainly valid?" (a few microseconds per card); the document's
structure without its long arrays, and any item the compiled check does not accept, go
through jsonschema itself, so every error is jsonschema's own message and path.

The compiled check is conservative: a keyword it does not know, or a value it is unsure
of (1.0 for an integer), makes it answer no, and jsonschema decides.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import jsonschema
from jsonschema.exceptions import STRONG_MATCHES, WEAK_MATCHES, best_match

ANNOTATIONS = {"title", "description", "$schema", "$id", "$defs", "contentEncoding",
               "default", "examples"}
SPLIT = ("cards", "emotion_points", "stages", "lanes", "notes")  # per map: item by item
_MISSING = object()
_TYPES = {"string": "type({v}) is str", "integer": "type({v}) is int",
          "number": "type({v}) in (int, float)", "boolean": "type({v}) is bool",
          "null": "{v} is None", "object": "type({v}) is dict",
          "array": "type({v}) is list"}
_FOR = {"minLength": "string", "maxLength": "string", "pattern": "string",
        "minimum": "number", "maximum": "number", "exclusiveMinimum": "number",
        "properties": "object", "required": "object", "additionalProperties": "object",
        "items": "array"}


class _Compiler:
    """Python source for one schema: a function per object, array and referenced def."""

    def __init__(self, root: dict) -> None:
        self.defs = root.get("$defs", {})
        self.lines: list[str] = []
        self.namespace: dict = {"_M": _MISSING}
        self.done: dict[str, str] = {}
        self.count = 0

    def const(self, value) -> str:
        self.count += 1
        name = f"_c{self.count}"
        self.namespace[name] = value
        return name

    def ref(self, target: str) -> str:
        name = target.removeprefix("#/$defs/")
        if name not in self.done:
            self.done[name] = f"d_{re.sub(r'[^0-9A-Za-z_]', '_', name)}"
            self.function(self.done[name], self.defs[name])
        return self.done[name]

    def function(self, name: str, schema: dict) -> None:
        body = self.expr(schema, "v")
        self.lines.append(f"def {name}(v):\n    return {body}\n")

    def expr(self, schema, v: str) -> str:
        if schema is True or schema == {}:
            return "True"
        if not isinstance(schema, dict) or set(schema) - ANNOTATIONS - set(_FOR) - {
                "type", "$ref", "enum", "const"}:
            return "False"  # something this compiler does not know: jsonschema decides
        parts = []
        if "$ref" in schema:
            if not str(schema["$ref"]).startswith("#/$defs/"):
                return "False"
            parts.append(f"{self.ref(schema['$ref'])}({v})")
        if "enum" in schema:
            values = schema["enum"]
            if not all(x is None or isinstance(x, str) for x in values):
                return "False"
            parts.append(f"({v} is None or type({v}) is str) and {v} in "
                         f"{self.const(frozenset(values))}")
        if "const" in schema:
            parts.append(f"type({v}) is type({self.const(schema['const'])}) and "
                         f"{v} == {self.const(schema['const'])}")
        types = schema.get("type")
        if types is not None:
            types = [types] if isinstance(types, str) else types
            parts.append("(" + " or ".join(f"({self.typed(schema, t, v)})"
                                           for t in types) + ")")
        else:
            for kind in {_FOR[k] for k in schema if k in _FOR}:
                test = _TYPES[kind].format(v=v)
                parts.append(f"(not ({test}) or ({self.typed(schema, kind, v)}))")
        return " and ".join(parts) or "True"

    def typed(self, schema: dict, kind: str, v: str) -> str:
        """`v` is of JSON type `kind` and meets the schema's keywords for that type."""
        if kind not in _TYPES:
            return "False"
        parts = [_TYPES[kind].format(v=v)]
        if kind == "string":
            if "minLength" in schema:
                parts.append(f"len({v}) >= {int(schema['minLength'])}")
            if "maxLength" in schema:
                parts.append(f"len({v}) <= {int(schema['maxLength'])}")
            if "pattern" in schema:
                pattern = self.const(re.compile(schema["pattern"]))
                parts.append(f"{pattern}.search({v}) is not None")
        elif kind in ("number", "integer"):
            for key, op in (("minimum", ">="), ("maximum", "<="), ("exclusiveMinimum", ">")):
                if key in schema:
                    parts.append(f"{v} {op} {schema[key]!r}")
        elif kind == "object" and ({"properties", "required", "additionalProperties"}
                                   & set(schema)):
            parts.append(f"{self.object_function(schema)}({v})")
        elif kind == "array" and "items" in schema:
            parts.append(f"{self.array_function(schema['items'])}({v})")
        return " and ".join(parts)

    def object_function(self, schema: dict) -> str:
        extra = schema.get("additionalProperties", True)
        if extra not in (True, False):
            return "(lambda v: False)"
        self.count += 1
        name = f"_o{self.count}"
        props = schema.get("properties", {})
        lines = [f"def {name}(v):", "    keys = v.keys()"]
        if schema.get("required"):
            lines.append(f"    if not {self.const(frozenset(schema['required']))} <= keys: "
                         "return False")
        if extra is False:
            lines.append(f"    if not keys <= {self.const(frozenset(props))}: return False")
        for key, sub in props.items():
            lines.append(f"    x = v.get({key!r}, _M)")
            lines.append(f"    if x is not _M and not ({self.expr(sub, 'x')}): return False")
        lines.append("    return True\n")
        self.lines.append("\n".join(lines))
        return name

    def array_function(self, items) -> str:
        self.count += 1
        name = f"_a{self.count}"
        self.lines.append(f"def {name}(v):\n    for x in v:\n        if not "
                          f"({self.expr(items, 'x')}): return False\n    return True\n")
        return name


_ITEM_DEFS = {"cards": "card", "emotion_points": "emotion_point", "stages": "stage",
              "lanes": "lane", "notes": "note"}


class FastSchema:
    """One schema, compiled; `error(obj)` is jsonschema's best error or None."""

    def __init__(self, schema: dict) -> None:
        compiler = _Compiler(schema)
        compiler.function("root", schema)
        names = {key: compiler.ref(f"#/$defs/{name}") for key, name in _ITEM_DEFS.items()}
        exec("\n".join(compiler.lines), compiler.namespace)  # noqa: S102 - our own schema
        self.valid: Callable = compiler.namespace["root"]
        self.item_valid = {key: compiler.namespace[name] for key, name in names.items()}
        self.validator = jsonschema.Draft202012Validator(schema)
        self.item_validators = {
            key: jsonschema.Draft202012Validator({"$defs": schema["$defs"],
                                                  "$ref": f"#/$defs/{name}"})
            for key, name in _ITEM_DEFS.items()}

    def error(self, obj) -> tuple[list, str] | None:
        """(path, message) of the most relevant violation, as jsonschema's `best_match`
        would choose it over the whole document; None when `obj` is valid."""
        if self.valid(obj):
            return None
        found = [(list(e.absolute_path), e)
                 for e in self.validator.iter_errors(_without_items(obj))]
        if isinstance(obj, dict) and isinstance(obj.get("maps"), list):
            for i, m in enumerate(obj["maps"]):
                for key in SPLIT if isinstance(m, dict) else ():
                    items = m.get(key)
                    check = self.item_valid[key]
                    for j, item in enumerate(items if isinstance(items, list) else ()):
                        if not check(item):
                            found += [(["maps", i, key, j, *e.absolute_path], e)
                                      for e in self.item_validators[key].iter_errors(item)]
        path, error = max(found, key=_relevance) if found else ([], None)
        if error is None or error.context:  # unsure, or anyOf-like: the whole walk decides
            error = best_match(self.validator.iter_errors(obj))
            return None if error is None else (list(error.absolute_path), error.message)
        return path, error.message


def _relevance(candidate) -> tuple:
    """jsonschema's `relevance`, on the path within the whole document."""
    path, error = candidate
    return (-len(path), path, error.validator not in WEAK_MATCHES,
            error.validator in STRONG_MATCHES, not error._matches_type())


def _without_items(obj):
    """The document with each map's long arrays emptied (checked item by item instead)."""
    if not (isinstance(obj, dict) and isinstance(obj.get("maps"), list)):
        return obj
    maps = []
    for m in obj["maps"]:
        if isinstance(m, dict):
            m = {k: ([] if k in SPLIT and isinstance(v, list) else v) for k, v in m.items()}
        maps.append(m)
    return {**obj, "maps": maps}
