//! Archive streaming figures (issue: export/import of the diary):
//! `cargo bench -p shared --bench stream`. age's stream encrypt and decrypt
//! of 64 MiB to an X25519 recipient in memory, and `archive::export` of a
//! 64 MiB evidence file. `scripts/bench-crypto.sh` sets these against
//! `openssl speed` and `rage` on the same machine.
#![allow(clippy::semicolon_if_nothing_returned)]
use std::hint::black_box;
use std::io::{self, Read, Write};
use std::iter;
use std::time::Duration;

use chrono::Utc;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use shared::diary::archive::{self, ExportFile, ExportInput, Protect};

const SIZE: usize = 64 * 1024 * 1024;

#[path = "support/pattern.rs"]
mod support;
use support::pattern;

/// `plain` encrypted to `recipient`, appended to `out`.
fn seal(plain: &[u8], recipient: &age::x25519::Recipient, out: &mut Vec<u8>) {
    let mut writer = age::Encryptor::with_recipients(iter::once(recipient as &dyn age::Recipient))
        .unwrap()
        .wrap_output(out)
        .unwrap();
    writer.write_all(plain).unwrap();
    writer.finish().unwrap();
}

fn stream(c: &mut Criterion) {
    let identity = age::x25519::Identity::generate();
    let recipient = identity.to_public();
    let plain = pattern(SIZE);
    // Output buffers are allocated once: the figures are the cipher's, not
    // the first touch of 64 MiB of fresh memory.
    let mut sealed = Vec::with_capacity(SIZE + SIZE / 4096 + 4096);
    seal(&plain, &recipient, &mut sealed);

    let mut group = c.benchmark_group("stream 64 MiB");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(8));
    group.throughput(Throughput::Bytes(SIZE as u64));
    group.bench_function("age encrypt (X25519)", |b| {
        let mut out = Vec::with_capacity(sealed.capacity());
        b.iter(|| {
            out.clear();
            seal(&plain, &recipient, &mut out);
            black_box(out.len())
        })
    });
    group.bench_function("age decrypt (X25519)", |b| {
        let mut out = Vec::with_capacity(SIZE);
        b.iter(|| {
            out.clear();
            age::Decryptor::new_buffered(sealed.as_slice())
                .unwrap()
                .decrypt(iter::once(&identity as &dyn age::Identity))
                .unwrap()
                .read_to_end(&mut out)
                .unwrap();
            black_box(out.len())
        })
    });
    group.bench_function("archive export (one 64 MiB file, X25519)", |b| {
        b.iter(|| {
            let input = ExportInput {
                exported_at: Utc::now(),
                report_html: b"<html></html>",
                entries_json: b"[]",
                files: vec![ExportFile {
                    name: "evidence.bin".into(),
                    size: SIZE as u64,
                    reader: Box::new(plain.as_slice()),
                }],
            };
            let protect = Protect::Recipient(recipient.to_string());
            archive::export(io::sink(), protect, 10, input, &mut |p| {
                black_box(p);
            })
            .unwrap()
        })
    });
    group.finish();
}

criterion_group!(benches, stream);
criterion_main!(benches);
