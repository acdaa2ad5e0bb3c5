//! The diary's part of the pure core: its state in the model, the events
//! the screens and the runtime send, the effects it asks for, and `update`.
//!
//! The key never enters the model: the runtime holds it between unlock and
//! lock. The model holds what is on screen (decrypted entries, while
//! unlocked); quick exit and lock drop it.
//!
//! One concept a file: [`events`] (in and out), [`state`] (what the model
//! holds), [`passphrase`] (its rules), [`open`] (an unlocked diary's
//! events); here the one `update` that dispatches.

use crate::error::ErrorKind;
use crate::time::Now;

use self::open::update_open;
use self::passphrase::passphrase_problem;

mod events;
mod open;
mod passphrase;
mod snapshot;
mod state;

pub use events::{
    ArchiveTo, CreateProblem, DiaryEffect, DiaryEvent, ExportJob, Exported, ImportDone,
    OpenedDiary, TransferError,
};
pub use passphrase::MIN_PASSPHRASE;
pub use snapshot::Snapshot;
pub use state::{
    DiaryState, Editor, ImportSummary, Notice, OpenState, Transfer, TransferFailure, PAGE,
};

/// Applies a diary event, handled at `now` (what "today" is for the rule
/// that nothing is dated in the future).
#[allow(clippy::too_many_lines)] // one short arm per event
pub fn update(state: &mut DiaryState, event: DiaryEvent, now: Now) -> Vec<DiaryEffect> {
    use DiaryEvent as E;
    match event {
        E::Check => match state {
            DiaryState::Open(_) => vec![],
            _ => vec![DiaryEffect::Status],
        },
        E::Status(Ok(true)) => {
            if !matches!(state, DiaryState::Open(_) | DiaryState::Locked { .. }) {
                *state = DiaryState::Locked {
                    busy: false,
                    failed: None,
                };
            }
            vec![]
        }
        E::Status(Ok(false)) => {
            *state = DiaryState::Absent {
                busy: false,
                problem: None,
                failed: None,
            };
            vec![]
        }
        E::Status(Err(kind)) => {
            *state = DiaryState::Unavailable(kind);
            vec![]
        }
        E::Create {
            passphrase,
            repeat,
            understood,
        } => {
            let DiaryState::Absent {
                busy: false,
                problem,
                failed,
            } = state
            else {
                return vec![];
            };
            *failed = None;
            *problem = passphrase_problem(&passphrase, &repeat)
                .or((!understood).then_some(CreateProblem::NotUnderstood));
            if problem.is_some() {
                return vec![];
            }
            *state = DiaryState::Absent {
                busy: true,
                problem: None,
                failed: None,
            };
            vec![DiaryEffect::Create(passphrase)]
        }
        E::Unlock(passphrase) => {
            let DiaryState::Locked { busy: false, .. } = state else {
                return vec![];
            };
            *state = DiaryState::Locked {
                busy: true,
                failed: None,
            };
            vec![DiaryEffect::Unlock(passphrase)]
        }
        E::Opened(Ok(opened)) => {
            // Only a diary being created or unlocked opens (not a late answer after lock).
            let waiting = matches!(
                state,
                DiaryState::Absent { busy: true, .. } | DiaryState::Locked { busy: true, .. }
            );
            if !waiting {
                return vec![DiaryEffect::Lock];
            }
            *state = DiaryState::Open(Box::new(OpenState::new(
                opened.items,
                opened.breaks,
                opened.head,
            )));
            vec![]
        }
        E::Opened(Err(e)) => {
            match state {
                DiaryState::Absent { busy, failed, .. } | DiaryState::Locked { busy, failed } => {
                    *busy = false;
                    *failed = Some(e);
                }
                _ => {}
            }
            vec![]
        }
        E::AskWipe => {
            if matches!(
                state,
                DiaryState::Open(_) | DiaryState::Locked { busy: false, .. }
            ) {
                // Nothing of the diary stays on screen or in memory while asking.
                *state = DiaryState::ConfirmWipe;
                return vec![DiaryEffect::Lock];
            }
            vec![]
        }
        E::CancelWipe => {
            if *state != DiaryState::ConfirmWipe {
                // A stale answer: an open diary keeps its key and its screen.
                return vec![];
            }
            // The key was dropped when asking from an open diary: unlock again.
            *state = DiaryState::Locked {
                busy: false,
                failed: None,
            };
            vec![DiaryEffect::Lock]
        }
        E::ConfirmWipe => {
            if *state != DiaryState::ConfirmWipe {
                return vec![];
            }
            *state = DiaryState::Wiping;
            vec![DiaryEffect::Wipe]
        }
        E::Wiped(result) => {
            *state = match result {
                Ok(()) => DiaryState::Absent {
                    busy: false,
                    problem: None,
                    failed: None,
                },
                Err(_) => DiaryState::Unavailable(ErrorKind::StoreUnavailable),
            };
            vec![]
        }
        E::Lock => {
            match state {
                DiaryState::Open(_) | DiaryState::Locked { busy: true, .. } => {
                    *state = DiaryState::Locked {
                        busy: false,
                        failed: None,
                    };
                }
                // A diary being created: its late answer opens nothing.
                DiaryState::Absent { busy, .. } => *busy = false,
                _ => {}
            }
            vec![DiaryEffect::Lock]
        }
        other => match state {
            DiaryState::Open(open) => update_open(open, other, now),
            _ => vec![],
        },
    }
}
