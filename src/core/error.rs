//! The core's one error type.

use std::fmt;

use super::data::validate::Problem;
use super::lang::words;
use super::layout::text;

/// Everything that can go wrong in the core.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Error {
    /// The network file has errors; every one is listed.
    Invalid(Vec<Problem>),
    /// The boundary file is not usable TopoJSON.
    Topology(String),
    /// The boundaries and the network do not describe the same forces.
    Mismatch(Vec<String>),
    /// A request names something the data do not have, such as a region.
    Usage(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Invalid(problems) => {
                let count = text::count(problems.len(), words().noun_problem());
                write!(f, "{}", words().data_has(count))?;
                for p in problems {
                    write!(f, "\n  {p}")?;
                }
                Ok(())
            }
            Error::Topology(why) => write!(f, "{}", words().topology_unreadable(why)),
            Error::Usage(why) => write!(f, "{why}"),
            Error::Mismatch(lines) => {
                write!(f, "{}", words().boundaries_mismatch())?;
                for l in lines {
                    write!(f, "\n  {l}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for Error {}
