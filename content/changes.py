"""What an operation changed, so each view redraws only what it must (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """Which kinds of entity an operation touched, and which ids."""

    items: bool = False
    modules: bool = False
    curricula: bool = False
    annotations: bool = False
    exports: bool = False
    ids: frozenset[str] = field(default_factory=frozenset)

    def __or__(self, other: Changes) -> Changes:
        """Combine two change sets."""
        return Changes(
            items=self.items or other.items,
            modules=self.modules or other.modules,
            curricula=self.curricula or other.curricula,
            annotations=self.annotations or other.annotations,
            exports=self.exports or other.exports,
            ids=self.ids | other.ids,
        )

    @property
    def anything(self) -> bool:
        """Tell whether anything changed."""
        return self.items or self.modules or self.curricula or self.annotations or self.exports
