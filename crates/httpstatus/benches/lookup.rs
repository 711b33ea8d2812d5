//! Lookup and search speed, measured against `http::StatusCode::canonical_reason` in the
//! same run. See `bench/README.md` for how to read the figures.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};

/// Codes looked up in each iteration: registered, unofficial and unassigned, spread over
/// the classes so that branch prediction cannot learn one answer.
const CODES: [u16; 16] = [
    200, 404, 500, 302, 418, 503, 204, 451, 499, 100, 422, 308, 429, 522, 471, 201,
];

fn lookup(c: &mut Criterion) {
    let mut g = c.benchmark_group("lookup");
    g.bench_function("http::StatusCode::canonical_reason", |b| {
        let codes: Vec<http::StatusCode> = CODES
            .iter()
            .map(|&n| http::StatusCode::from_u16(n).unwrap())
            .collect();
        b.iter(|| {
            for code in &codes {
                black_box(black_box(code).canonical_reason());
            }
        })
    });
    g.bench_function("httpstatus::StatusCode::reason", |b| {
        let codes: Vec<httpstatus::StatusCode> = CODES
            .iter()
            .map(|&n| httpstatus::StatusCode::from_u16(n).unwrap())
            .collect();
        b.iter(|| {
            for code in &codes {
                black_box(black_box(code).reason());
            }
        })
    });
    g.bench_function("httpstatus::StatusCode::info", |b| {
        let codes: Vec<httpstatus::StatusCode> = CODES
            .iter()
            .map(|&n| httpstatus::StatusCode::from_u16(n).unwrap())
            .collect();
        b.iter(|| {
            for code in &codes {
                black_box(black_box(code).info());
            }
        })
    });
    g.finish();
}

fn search(c: &mut Criterion) {
    let mut g = c.benchmark_group("search");
    // Names, two-word situations in both languages, a typo, a long situation, a pattern.
    for query in [
        "not found",
        "access denied",
        "Not Fuond",
        "찾을 수 없음",
        "업로드 용량 초과",
        "비밀번호 틀렸을 때",
        "too many requests",
        "gateway timeout",
        "load balancer timed out waiting for the app server",
        "4xx",
    ] {
        g.bench_function(query, |b| {
            b.iter(|| black_box(httpstatus::search(black_box(query))))
        });
    }
    g.finish();
}

criterion_group!(benches, lookup, search);
criterion_main!(benches);
