"""What the user's role lets them change in a working copy of a team library.

The one home of the rule the GUI and the CLI both follow: a *gransker* (reviewer) reads
content and writes only review comments and their own review status. The server enforces
the same with GRANTs and row-level security (``db.team_roles``); this rule refuses the
change here, with a message naming the role, instead of a refused sync later.

The role is the one the last clone or sync found on the server (``team.role`` in the
working copy's ``library_meta``). A library that is no working copy has no role: anything
goes (a PostgreSQL library opened directly is guarded by the server itself).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from content.errors import ContentError
from content.i18n import tr

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from content.commands import Command

META_ROLE = "team.role"  # written by content.sync.team at each clone and sync
READ_ONLY_ROLES = frozenset({"gransker"})


class RoleRefused(ContentError):
    """The user's role in the team library does not allow this change."""


def working_copy_role(session: Session) -> str:
    """Return the role the last clone or sync found ("" when the library is no working copy)."""
    from db.models import LibraryMeta  # not at import: the GUI asks may_edit_content early

    row = session.get(LibraryMeta, META_ROLE)
    return row.value if row is not None else ""


def may_edit_content(role: str) -> bool:
    """Tell whether a role may change content (items, modules, curricula), not only comment."""
    return role not in READ_ONLY_ROLES


def refusal(role: str) -> str:
    """Return the message that refuses a content change to a role, in the user's language."""
    return tr(
        "Your role in this team library is {role}: you may read and comment, but not change "
        "content. Nothing was changed.",
        role=role,
    )


def check_role(session: Session, command: Command | None = None) -> None:
    """Refuse a change the working copy's role does not allow (RoleRefused).

    ``command`` None stands for a change of content outside the commands (a bundle import);
    a command a reviewer may run (``Command.reviewer_may_run``) always passes.
    """
    if command is not None and command.reviewer_may_run:
        return
    role = working_copy_role(session)
    if not may_edit_content(role):
        raise RoleRefused(refusal(role))
