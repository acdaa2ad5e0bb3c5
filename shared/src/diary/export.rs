//! The diary in the app: hands events to [`flow::update`] and gives each
//! export the user's language, in which the runtime writes the report
//! ([`crate::diary::report`]).
use super::flow::{self, DiaryEffect, DiaryEvent};
use crate::event::Effect;
use crate::model::Model;
use crate::time::Now;

/// Applies a diary event to the model, at `now`.
pub fn update(model: &mut Model, event: DiaryEvent, now: Now) -> Vec<Effect> {
    let effects = flow::update(&mut model.diary, event, now);
    effects
        .into_iter()
        .map(|effect| match effect {
            DiaryEffect::Export(mut job) => {
                job.texts = Some(model.content.localizer.texts(&model.language_preferences()));
                Effect::Diary(DiaryEffect::Export(job))
            }
            other => Effect::Diary(other),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::tests::ready;
    use crate::diary::flow::{DiaryState, OpenState};
    use crate::event::Event;
    use crate::i18n::Texts;
    use crate::time::test_now;

    #[test]
    fn an_export_is_given_the_users_language() {
        let mut model = ready();
        crate::app::update(&mut model, Event::SetLanguage("en".into()), test_now());
        model.diary = DiaryState::Open(Box::new(OpenState::new(Vec::new(), Vec::new(), [0; 32])));
        let effects = update(&mut model, DiaryEvent::ExportReport, test_now());
        let [Effect::Diary(DiaryEffect::Export(job))] = effects.as_slice() else {
            panic!("{effects:?}")
        };
        assert_eq!(job.texts.as_ref().map(Texts::lang).as_deref(), Some("en"));
    }
}
