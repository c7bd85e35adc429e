"""The process register: every document in a team's folder, summarised for an audit."""
