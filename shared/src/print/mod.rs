//! Receipt and ticket printing

pub mod raster;
