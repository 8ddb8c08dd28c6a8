//! Queue hub end to end (being written).
