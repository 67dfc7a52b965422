//! One integration-test binary; each module covers one concern over real text.

mod props;
mod seeds;
