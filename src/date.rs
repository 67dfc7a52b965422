//! nom parsers for calendar dates and clock times as news writes them.
