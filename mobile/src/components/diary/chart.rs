//! The check-in chart, drawn from the core's numbers: one line with dots
//! per scale, 0/5/10 along the side, dates along the bottom, a text summary
//! for screen readers and a legend. No network, no chart library.
use dioxus::prelude::*;
use shared::view::ChartView;

/// The chart.
#[component]
pub fn Chart(view: ChartView) -> Element {
    let right = view.width.saturating_sub(4);
    rsx! {
        figure { class: "diary-chart",
            figcaption { class: "field-label", "{view.title}" }
            svg {
                view_box: "0 0 {view.width} {view.height}",
                role: "img",
                "aria-labelledby": "diary-chart-title diary-chart-desc",
                title { id: "diary-chart-title", "{view.title}" }
                desc { id: "diary-chart-desc", "{view.summary}" }
                for (i, (y, text)) in view.y_labels.iter().enumerate() {
                    g { key: "y{i}", class: "chart-axis",
                        line {
                            x1: "20",
                            x2: "{right}",
                            y1: "{y:.1}",
                            y2: "{y:.1}",
                        }
                        text { x: "2", y: "{y + 3.0:.1}", "{text}" }
                    }
                }
                for (i, (x, text)) in view.x_labels.iter().enumerate() {
                    text {
                        key: "x{i}",
                        class: "chart-axis",
                        x: "{x:.1}",
                        y: "{view.height.saturating_sub(3)}",
                        text_anchor: "middle",
                        "{text}"
                    }
                }
                for series in view.series.iter() {
                    g {
                        key: "{series.id}",
                        class: "chart-series series-{series.id}",
                        polyline { points: "{series.points}" }
                        for (j, (x, y)) in series.dots.iter().enumerate() {
                            circle {
                                key: "{j}",
                                cx: "{x:.1}",
                                cy: "{y:.1}",
                                r: "3",
                            }
                        }
                    }
                }
            }
            ul { class: "chart-legend",
                for series in view.series.iter() {
                    li { key: "{series.id}", class: "series-{series.id}",
                        span { class: "chart-swatch", aria_hidden: "true" }
                        "{series.label}"
                    }
                }
            }
        }
    }
}
