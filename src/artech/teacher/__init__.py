"""Tools for teachers and schools: the ``artech`` command, workspaces, checking a student's notebook."""
