//! The open diary: reading, writing, editing, searching, exports and
//! imports, each event of an unlocked diary.

use crate::time::Now;
use een_diary::draft::{Body, Draft, DraftError};

use super::events::{ArchiveTo, DiaryEffect, DiaryEvent, ExportJob};
use super::passphrase::{change_passphrase, passphrase_problem};
use super::state::{Editor, ImportSummary, Notice, OpenState, Transfer, TransferFailure, PAGE};
use een_diary::vault::VaultError;

#[allow(clippy::too_many_lines)] // one short arm per event
pub(super) fn update_open(open: &mut OpenState, event: DiaryEvent, now: Now) -> Vec<DiaryEffect> {
    use DiaryEvent as E;
    match event {
        E::New(kind) => {
            open.generation += 1;
            open.notice = None;
            open.selected = None;
            open.editor = Some(Editor {
                kind,
                replaces: None,
                busy: false,
                problem: None,
                progress: None,
            });
        }
        E::Edit(seq) => {
            if let Some(kind) = open
                .item(seq)
                .and_then(|i| i.body.as_ref())
                .map(|b| b.entry.kind())
            {
                open.generation += 1;
                open.notice = None;
                open.editor = Some(Editor {
                    kind,
                    replaces: Some(seq),
                    busy: false,
                    problem: None,
                    progress: None,
                });
            }
        }
        E::CancelEdit => open.editor = None,
        E::Save(draft) => return save(open, &draft, now),
        E::Attach { note, file } => {
            let Some(editor) = open.editor.as_mut().filter(|e| !e.busy) else {
                return vec![];
            };
            if note.chars().count() > een_diary::entry::MAX_TEXT {
                editor.problem = Some(DraftError::Entry(een_diary::entry::EntryError::TooLong));
                return vec![];
            }
            editor.busy = true;
            editor.problem = None;
            editor.progress = Some((0, file.size));
            return vec![DiaryEffect::StoreFile { note, file }];
        }
        E::Saved(Ok(item)) => {
            open.selected = Some(item.seq);
            open.add([item]);
            open.editor = None;
            open.notice = Some(Notice::Saved);
        }
        E::Saved(Err(e)) => {
            if let Some(editor) = open.editor.as_mut() {
                editor.busy = false;
                editor.progress = None;
            }
            open.notice = Some(Notice::SaveFailed(e));
        }
        E::OpenEntry(seq) => {
            open.selected = seq;
            open.editor = None;
            open.notice = None;
        }
        E::ShowMore => open.limit += PAGE,
        E::Search(text) => open.search = text.chars().take(200).collect(),
        E::FilterKind(kind) => open.kind = kind,
        E::FilterFrom(day) => open.from = day.chars().take(10).collect(),
        E::FilterTo(day) => open.to = day.chars().take(10).collect(),
        E::ClearFilters => {
            open.search.clear();
            open.kind = None;
            open.from.clear();
            open.to.clear();
        }
        E::Progress { done, total } => {
            if let Some(editor) = open.editor.as_mut().filter(|e| e.progress.is_some()) {
                editor.progress = Some((done, total));
            } else if open.transfer.running.is_some() {
                open.transfer.running = Some((done, total));
            }
        }
        E::ExportReport | E::ExportArchive(_) | E::Import { .. } => {
            return start_transfer(open, event, now)
        }
        E::DismissExport => open.transfer = Transfer::default(),
        E::SetDuress { passphrase, repeat } => {
            if open.notice == Some(Notice::DuressBusy) {
                return vec![];
            }
            if let Some(problem) = passphrase_problem(&passphrase, &repeat) {
                open.notice = Some(Notice::DuressRefused(problem));
                return vec![];
            }
            open.notice = Some(Notice::DuressBusy);
            return vec![DiaryEffect::SetDuress(passphrase)];
        }
        E::DuressSet(result) => {
            open.notice = Some(match result {
                Ok(()) => Notice::DuressSet,
                Err(VaultError::State) => Notice::DuressSame,
                Err(e) => Notice::DuressFailed(e),
            });
        }
        E::ChangePassphrase {
            current,
            new,
            repeat,
        } => return change_passphrase(open, current, new, &repeat),
        E::PassphraseChanged(result) => {
            open.notice = Some(match result {
                Ok(()) => Notice::Changed,
                Err(VaultError::WrongPassphrase { .. }) => Notice::ChangeWrong,
                Err(VaultError::State) => Notice::ChangeSame,
                Err(e) => Notice::ChangeFailed(e),
            });
        }
        // A late answer (the diary was locked and opened again meanwhile)
        // belongs to no transfer on screen.
        E::Exported(_) | E::Imported(_) if open.transfer.running.is_none() => {}
        E::Exported(result) => {
            open.transfer.running = None;
            match result {
                Ok(done) => open.transfer.done = Some(done),
                Err(e) => open.transfer.failed = Some(TransferFailure::Error(e)),
            }
        }
        E::Imported(result) => {
            open.transfer.running = None;
            match result {
                Ok(done) => {
                    open.transfer.imported = Some(ImportSummary {
                        added: done.items.len(),
                        skipped: done.skipped,
                        chain: done.chain,
                    });
                    open.add(done.items);
                }
                Err(e) => open.transfer.failed = Some(TransferFailure::Error(e)),
            }
        }
        _ => {}
    }
    vec![]
}

fn save(open: &mut OpenState, draft: &Draft, now: Now) -> Vec<DiaryEffect> {
    let Some(editor) = open.editor.as_mut().filter(|e| !e.busy) else {
        return vec![];
    };
    let previous = editor
        .replaces
        .and_then(|s| open.items.iter().find(|i| i.seq == s))
        .and_then(|i| i.body.as_ref())
        .map(|b| &b.entry);
    match draft.to_entry(now.today(), previous) {
        Ok(entry) => {
            editor.busy = true;
            editor.problem = None;
            vec![DiaryEffect::Append(Body::new(entry, editor.replaces))]
        }
        Err(problem) => {
            editor.problem = Some(problem);
            vec![]
        }
    }
}

fn start_transfer(open: &mut OpenState, event: DiaryEvent, now: Now) -> Vec<DiaryEffect> {
    if open.transfer.running.is_some() {
        return vec![];
    }
    open.transfer = Transfer::default();
    let effect = match event {
        DiaryEvent::Import { file, passphrase } => DiaryEffect::Import { file, passphrase },
        DiaryEvent::ExportReport => DiaryEffect::Export(Box::new(ExportJob {
            file_name: format!("diary-report-{}.html", now.today()),
            diary: open.snapshot(),
            archive: None,
            texts: None,
        })),
        DiaryEvent::ExportArchive(to) => {
            if let ArchiveTo::Passphrase { passphrase, repeat } = &to {
                if let Some(problem) = passphrase_problem(passphrase, repeat) {
                    open.transfer.failed = Some(TransferFailure::Form(problem));
                    return vec![];
                }
            }
            DiaryEffect::Export(Box::new(ExportJob {
                file_name: format!("diary-{}.tar.age", now.today()),
                diary: open.snapshot(),
                archive: Some(to),
                texts: None,
            }))
        }
        _ => return vec![],
    };
    open.transfer.running = Some((0, 0));
    vec![effect]
}
