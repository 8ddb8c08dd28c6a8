//! Renders a mobile ticket page (to be written).
