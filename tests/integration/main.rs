//! One integration-test binary; each module covers one concern over real text.

mod autotraits;
mod json;
mod props;
mod seeds;
