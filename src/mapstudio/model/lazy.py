"""Package namespaces that load a name's module on first use (PEP 562).

`from mapstudio.model import MapStudioError` then costs the errors module only: the
command line and the first window do not pay for every dataclass, validator and command
before they use one.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module


def lazy_exports(package: str, modules: dict[str, tuple[str, ...]]
                 ) -> tuple[Callable[[str], object], Callable[[], list[str]], list[str]]:
    """`__getattr__`, `__dir__` and `__all__` for `package`, whose names live in the
    given submodules (module name -> names)."""
    home = {name: module for module, names in modules.items() for name in names}
    namespace = import_module(package).__dict__

    def __getattr__(name: str) -> object:  # noqa: N807 - the module hook's name
        module = home.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(f"{package}.{module}"), name)
        namespace[name] = value  # the next lookup is an ordinary attribute
        return value

    def __dir__() -> list[str]:  # noqa: N807
        return sorted(set(namespace) | set(home))

    return __getattr__, __dir__, sorted(home)
