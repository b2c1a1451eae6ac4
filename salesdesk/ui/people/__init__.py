"""Organizations and contacts: two searchable lists, a detail pane, create, edit
and merge duplicates (PeopleView in view.py)."""
