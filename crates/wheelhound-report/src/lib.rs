//! The report model of wheelhound and the English text of per-file reports.
//!
//! Data flows in one direction: analysis findings and scores come in, a [`PackageReport`] goes out
//! to the renderers. Nothing here reads files or prints.

mod model;
mod text;

pub use model::{
    Evidence, FileReport, PackageError, PackageReport, ScoreMove, SocketAiReport, Verdict,
};
pub use text::{FileInput, build_file_report, evidence, score_move};
