//! The decision model (placeholder while the engine lands).
