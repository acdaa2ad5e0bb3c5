//! An information page: what to do now, rights, online abuse, for relatives,
//! for schools. Ends with the call and the chat.
use dioxus::prelude::*;
use shared::view::InfoBlockView;

use super::not_found::NotFoundBody;
use crate::bridge::{use_app, use_lang};
use crate::components::{ActionLink, ReadAloud};

/// The page for `/info/<section>`.
#[component]
pub fn InfoPage(section: String) -> Element {
    let lang = use_lang();
    let Some(info) = use_app(|a| a.info.clone()) else {
        return rsx! {};
    };
    let Some(page) = info.section(&section).cloned() else {
        return rsx! { NotFoundBody {} };
    };
    let read = info.read_aloud;
    rsx! {
        article { class: "info", id: "info-{page.id}",
            h1 { "{page.title}" }
            ReadAloud { text: page.speech, lang, start: read.start, stop: read.stop }
            p { class: "intro", "{page.intro}" }
            if let Some(line) = &page.in_force {
                p { class: "hint", "{line}" }
            }
            for (i , b) in page.blocks.into_iter().enumerate() {
                InfoBlock { key: "{i}", block: b }
            }
            div { class: "primary-actions",
                ActionLink { action: page.call, big: true }
                ActionLink { action: page.chat }
            }
        }
    }
}

#[component]
fn InfoBlock(block: InfoBlockView) -> Element {
    rsx! {
        section { class: "info-block",
            h2 { "{block.heading}" }
            for p in block.before {
                p { key: "{p}", "{p}" }
            }
            if !block.items.is_empty() {
                ul {
                    for item in block.items {
                        li { key: "{item}", "{item}" }
                    }
                }
            }
            for p in block.after {
                p { key: "{p}", "{p}" }
            }
            if !block.articles.is_empty() {
                p { class: "articles",
                    for a in block.articles {
                        span { key: "{a}", class: "article", "{a}" }
                    }
                }
            }
            if let Some(note) = &block.unverified {
                p { class: "unverified", "{note}" }
            }
        }
    }
}
