"""The kanban board: one QListView per stage over a light list model, painted by a delegate."""
