//! The check-in chart: the shown check-ins' scales over time, as numbers
//! the shell draws as SVG.
use chrono::NaiveDate;

use crate::i18n::Texts;
use een_diary::draft::Item;
use een_diary::entry::{Entry, Symptom};

/// The check-in chart: SVG drawn by the shell from these numbers.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartView {
    /// Heading.
    pub title: String,
    /// A text summary for screen readers.
    pub summary: String,
    /// View box width.
    pub width: u32,
    /// View box height.
    pub height: u32,
    /// One line per scale.
    pub series: Vec<SeriesView>,
    /// Date labels along the bottom: x and text.
    pub x_labels: Vec<(f32, String)>,
    /// 0, 5, 10 along the side: y and text.
    pub y_labels: Vec<(f32, String)>,
}

/// One scale over time.
#[derive(Clone, Debug, PartialEq)]
pub struct SeriesView {
    /// `sleep`, `anxiety`, … (CSS class).
    pub id: &'static str,
    /// In words (legend).
    pub label: String,
    /// SVG `points` of the polyline.
    pub points: String,
    /// The dots: x, y.
    pub dots: Vec<(f32, f32)>,
}

/// The check-in chart over the shown check-ins (oldest left).
#[allow(clippy::cast_precision_loss)] // pixel positions of days and 0-10 values
pub(super) fn chart(shown: &[&Item], t: &Texts) -> Option<ChartView> {
    // The last year of check-ins at most: enough to see a trend, small enough to draw.
    let points: Vec<(NaiveDate, [Option<u8>; 5])> = shown
        .iter()
        .take(366)
        .rev()
        .filter_map(|i| match i.body.as_ref().map(|b| &b.entry) {
            Some(Entry::Symptoms { scales, .. }) => Some((i.local.date(), scales.values())),
            _ => None,
        })
        .collect();
    let (first, last) = (points.first()?.0, points.last()?.0);
    let (width, height, pad) = (320u32, 160u32, 24f32);
    let span = (last - first).num_days().max(1) as f32;
    let x = |d: NaiveDate| pad + (d - first).num_days() as f32 / span * (width as f32 - 2.0 * pad);
    let y = |v: u8| pad + (10.0 - f32::from(v)) / 10.0 * (height as f32 - 2.0 * pad);
    let series = Symptom::ALL
        .iter()
        .map(|s| s.id())
        .enumerate()
        .filter_map(|(k, id)| {
            let dots: Vec<(f32, f32)> = points
                .iter()
                .filter_map(|(d, v)| v[k].map(|v| (x(*d), y(v))))
                .collect();
            (!dots.is_empty()).then(|| SeriesView {
                id,
                label: t.get(&format!("diary-scale-{id}")),
                points: dots
                    .iter()
                    .map(|(x, y)| format!("{x:.1},{y:.1}"))
                    .collect::<Vec<_>>()
                    .join(" "),
                dots,
            })
        })
        .collect::<Vec<_>>();
    if series.is_empty() {
        return None;
    }
    let label = |d: NaiveDate| t.day_month(d);
    Some(ChartView {
        title: t.get("diary-chart-title"),
        summary: t.get_with(
            "diary-chart-summary",
            &[
                ("count", (points.len()).into()),
                ("from", t.date(first).into()),
                ("to", t.date(last).into()),
            ],
        ),
        width,
        height,
        series,
        x_labels: if first == last {
            vec![(x(first), label(first))]
        } else {
            vec![(x(first), label(first)), (x(last), label(last))]
        },
        y_labels: [0u8, 5, 10]
            .iter()
            .map(|&v| (y(v), v.to_string()))
            .collect(),
    })
}
