"""Rows read from a file are trusted for nothing.

A .mapstudio file may come from anyone, so every row becomes a model object only after
its values are checked: types (SQLite keeps 'abc' in an INTEGER column), enums, JSON
columns (decoded here, never by SQLAlchemy, so the row is known), finite numbers within
the model's bounds, clean text and references inside a map. A violation is one `RowError`
naming the table, the row id and the field; the readers turn it into `DamagedMapError`
(one map) or `FileFormatError` (the project itself).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from itertools import chain

from sqlalchemy import JSON, Text, type_coerce
from sqlalchemy.exc import SQLAlchemyError

from ..model.values import BAD_CHAR, FieldError, check_enum, check_fields
from .checks import FileFormatError

_loads = json.loads
_raw_decode = json.JSONDecoder().raw_decode
_NAME = re.compile(r"[\w-]{1,40}")
_ITEM = re.compile(r"\[(\d+)\]")
_ALLOWED_ASCII = bytes(range(0x20, 0x7F)) + b"\t\n\r"


class RowError(ValueError):
    """A row that does not make a model object."""

    def __init__(self, table: str, row_id: object, problem: str, *,
                 message: str | None = None) -> None:
        super().__init__(message or f"{table} row {show_id(row_id)}: {problem}")
        self.table = table


def show_id(value: object) -> str:
    """A row id as it can be shown on one line (a hostile id is cut and quoted)."""
    if isinstance(value, str) and _NAME.fullmatch(value):
        return value
    return short(value, 40)


def short(value: object, width: int = 60) -> str:
    """repr() of a value cut to about `width` characters (a long text is cut first)."""
    if isinstance(value, str | bytes | list) and len(value) > width:
        value = value[:width]
    text = repr(value)
    return text if len(text) <= width + 2 else text[:width] + "…"


def decode_json(text: object, table: str, row_id: object, column: str):
    """A JSON column's value; text that is not JSON (or cut short) is a RowError."""
    if not isinstance(text, str):
        raise RowError(table, row_id, f"{column} is {short(text)}, not JSON text")
    try:
        value, end = _raw_decode(text)
        if end != len(text):
            value = _loads(text)  # trailing text: let json say what is wrong
        return value
    except RecursionError:
        raise RowError(table, row_id, f"{column} is JSON nested too deeply") from None
    except ValueError as exc:  # JSONDecodeError, or an integer too long to convert
        cut = isinstance(exc, json.JSONDecodeError) and (
            exc.pos >= len(text) or exc.msg.startswith("Unterminated"))
        what = "cut short" if cut else getattr(exc, "msg", str(exc))
        raise RowError(table, row_id, f"{column} is not JSON ({what})") from None


def json_object(text: object, table: str, row_id: object, column: str,
                optional: bool = False) -> dict | None:
    if text is None and optional:
        return None
    value = decode_json(text, table, row_id, column)
    if value is None and optional:
        return None
    if not isinstance(value, dict):
        raise RowError(table, row_id, f"{column} is {short(value)}, not a JSON object")
    return value


def text_list(text: object, table: str, row_id: object, column: str) -> list[str]:
    """A JSON list of text (tags, goals…); NULL is an empty list."""
    if text is None:
        return []
    value = decode_json(text, table, row_id, column)
    if not isinstance(value, list):
        raise RowError(table, row_id, f"{column} is {short(value)}, not a list")
    return value


def enum_value(value: object, enum: type[Enum], table: str, row_id: object, column: str):
    try:
        return check_enum(value, enum, column)
    except FieldError as exc:
        raise RowError(table, row_id, str(exc)) from None


def _resolve(obj, path: str):
    """The value at a FieldError's path below `obj` ("metric.value", "labels[2]")."""
    value = obj
    for part in path.split("."):
        name, *indexes = _ITEM.split(part)
        if name:
            value = getattr(value, name, None)
        for index in indexes:
            if index:
                try:
                    value = value[int(index)]
                except (TypeError, IndexError, KeyError):
                    return None
    return value


def checked(obj, table: str, row_id: object | None = None):
    """`obj` when every field has its type, size and clean text; else a RowError that
    names the field and shows the value ("position is 'abc': expected a whole number")."""
    try:
        check_fields(obj, "")
    except FieldError as exc:
        field = exc.where.lstrip(".")
        problem = str(exc).split(": ", 1)[-1]
        value = _resolve(obj, field)
        shown = "missing" if value is None else f"is {short(value)}"
        raise RowError(table, getattr(obj, "id", None) if row_id is None else row_id,
                       f"{field} {shown} ({problem})") from None
    return obj


def clean_texts(columns) -> bool:
    """True when every value of these columns is text without a forbidden character
    (one pass over all of them: ASCII text is checked in C without the regex)."""
    try:
        joined = "\n".join(chain.from_iterable(columns))
    except TypeError:
        return False
    if joined.isascii():  # deleting every allowed byte in C leaves nothing
        return not joined.encode("ascii").translate(None, _ALLOWED_ASCII)
    return BAD_CHAR.search(joined) is None


def raw_columns(table):
    """A table's columns for a select, JSON ones as the stored text (decoded by us)."""
    return [type_coerce(c, Text).label(c.name) if isinstance(c.type, JSON) else c
            for c in table.c]


_UNDECODABLE = re.compile(r"Could not decode to UTF-8 column '(\w+)'")


def undecodable(exc: BaseException) -> str | None:
    """The column named by SQLite's error for text that is not UTF-8 (None: another
    error)."""
    found = _UNDECODABLE.search(str(getattr(exc, "orig", None) or exc))
    return found.group(1) if found else None


def find_undecodable(driver, table: str, column: str, where: str = "",
                     params: tuple = ()) -> str:
    """The id of the first row whose `column` is not UTF-8 (read as bytes); tables
    without an id column (the map-persona links) name the row by its rowid."""
    try:
        columns = {row[1] for row in driver.execute(f'PRAGMA table_info("{table}")')}
        key = "id" if "id" in columns else "rowid"
        sql = f'SELECT CAST({key} AS BLOB), CAST("{column}" AS BLOB) FROM "{table}"'
        rows = driver.execute(sql + (f" WHERE {where}" if where else ""), params).fetchall()
    except sqlite3.Error:
        return f"{table}: {column} is not UTF-8 text"
    for row_id, raw in rows:
        try:
            (raw or b"").decode("utf-8")
        except UnicodeDecodeError as exc:
            name = row_id.decode("utf-8", "replace") if isinstance(row_id, bytes) \
                else str(row_id)
            return (f"{table} row {show_id(name)}: "
                    f"{column} is not UTF-8 text (byte {exc.start + 1})")
    return f"{table}: {column} is not UTF-8 text"


@contextmanager
def text_errors(driver, table: str, where: str = "", params: tuple = ()) -> Iterator[None]:
    """Text SQLite cannot give as UTF-8 (a lone surrogate, cut bytes) becomes a RowError
    naming the row, found again by reading that column as bytes."""
    try:
        yield
    except (sqlite3.OperationalError, SQLAlchemyError) as exc:
        column = undecodable(exc)
        if column is None:
            raise
        message = find_undecodable(driver, table, column, where, params)
        raise RowError(table, None, "", message=message) from None


READ_ERRORS = (ValueError, KeyError, TypeError, AttributeError)


@contextmanager
def project_rows(path, driver, table: str, where: str = "",
                 params: tuple = ()) -> Iterator[None]:
    """Reading rows of the project itself (not of one map): any row that does not make
    a model object is a FileFormatError naming the file, the table and the row."""
    try:
        with text_errors(driver, table, where, params):
            yield
    except READ_ERRORS as exc:
        raise FileFormatError(f"{path}: damaged ({exc})") from exc
