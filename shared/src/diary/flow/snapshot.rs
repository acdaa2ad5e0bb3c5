//! What an export writes out, taken from the open diary when the export
//! starts; the runtime writes the report and the archive from it.
use een_diary::chain::Hash;
use een_diary::draft::Item;

/// What an export writes out: every record of the open diary, the chain's
/// head and breaks, and which records a later version replaced.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Snapshot {
    /// Every record, in order.
    pub items: Vec<Item>,
    /// The last record's hash.
    pub head: Hash,
    /// How many places the chain breaks.
    pub breaks: usize,
    /// Records a later version replaced.
    pub replaced: std::collections::HashSet<u64>,
}

impl Snapshot {
    /// Whether a later version replaced record `seq`.
    pub fn is_replaced(&self, seq: u64) -> bool {
        self.replaced.contains(&seq)
    }
}
