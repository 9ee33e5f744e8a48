//! The widget's state machine: everything the widget keeps between renders (the
//! session and its outcome, the step's draft, the copy status, the notices, what the
//! shell read from the page) and how each message changes it. Pure (no browser or
//! framework types), so it is tested natively; the shell holds one [`Model`] per widget
//! and only sends [`Msg`]s, and the views draw it without reading anything else.

use std::rc::Rc;

use crate::engine::{
    evaluate, reduce, Action, Choice, Date, DecimalMark, Draft, NumberField, Outcome, Session,
};

/// Something the widget had to work around, told to the visitor once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Stored answers were unreadable (corrupt, foreign or unknown values): fresh start.
    StoredUnreadable,
    /// Stored answers come from a newer version of the widget: fresh start.
    StoredNewer,
    /// The page's chosen storage is unavailable or refused a write: answers live in memory
    /// only.
    StorageUnavailable,
    /// The share link in the URL could not be read: first question shown.
    ShareLinkBroken,
    /// The result on screen comes from a share link.
    SharedResult,
    /// The visitor (or the page) started over: the answers are gone from this browser.
    Forgotten,
}

/// Where "Copy link" stands.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum CopyStatus {
    /// Not copied (yet).
    #[default]
    Idle,
    /// On the clipboard.
    Copied,
    /// The clipboard refused: the link is shown so the visitor can copy it by hand.
    Refused(String),
}

/// What the shell has read from the page for the views: they read no clock and no URL
/// themselves, so each one draws the same screen from the same model.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageFacts {
    /// Today, in the visitor's time zone: the plan is dated from it.
    pub today: Date,
    /// The page's address: the call to action's link is built from it.
    pub url: String,
}

impl Default for PageFacts {
    /// Facts for a page that could not be read: a fixed date and no address.
    fn default() -> PageFacts {
        PageFacts {
            today: Date::FALLBACK,
            url: String::new(),
        }
    }
}

/// Everything the widget keeps between renders.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    /// The diagnostic in progress; changed only through the engine's `reduce`.
    pub session: Session,
    /// What the engine concludes from the session's answers, worked out once per change
    /// (`None` until every question on the path is answered). Shared, not copied, by
    /// each model after it.
    pub outcome: Option<Rc<Outcome>>,
    /// What the shell last read from the page.
    pub page: PageFacts,
    /// What the visitor has put into the step on show (reset when the step changes).
    pub draft: Draft,
    /// The result's "Copy link" status (reset when the step changes).
    pub copy: CopyStatus,
    /// The notices on show.
    pub notices: Vec<Notice>,
    /// Whether the "answers will not be kept" notice has been shown: it is said once,
    /// even if dismissed and storage keeps refusing.
    storage_told: bool,
    /// Whether the visitor has acted: until then nothing is announced, because the first
    /// question is not news, and a share code in the URL is left alone.
    pub acted: bool,
    /// How the visitor's language writes decimals, for every step's draft.
    mark: DecimalMark,
}

/// What can change the [`Model`].
#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    /// A visitor action, passed to the engine's pure `reduce`.
    Act(Action),
    /// The visitor submitted the step on show: its draft becomes an answer, or a problem.
    Submit,
    /// The browser ticked (`true`) or unticked this card.
    Tick(Choice, bool),
    /// A number field now reads this.
    Type(NumberField, String),
    /// "Copy link" finished.
    Copied(CopyStatus),
    /// The visitor dismissed a notice.
    Dismiss(Notice),
    /// Storage refused to save the session.
    StorageRefused,
    /// The shell read the page again (after the URL or the day changed).
    Page(PageFacts),
}

impl Model {
    /// The model of a widget that opens on `session`, telling the visitor `notices`, whose
    /// language writes decimals with `mark`.
    pub fn start(session: Session, notices: Vec<Notice>, mark: DecimalMark) -> Model {
        Model {
            draft: Draft::new(session.step, &session.answers, mark),
            outcome: evaluate(&session.answers).map(Rc::new),
            page: PageFacts::default(),
            mark,
            copy: CopyStatus::Idle,
            storage_told: notices.contains(&Notice::StorageUnavailable),
            acted: false,
            session,
            notices,
        }
    }

    /// This model with what the shell has read from the page.
    pub fn on_page(mut self, page: PageFacts) -> Model {
        self.page = page;
        self
    }

    /// The model after `msg`; `None` when nothing changes, so the shell need not render.
    pub fn update(&self, msg: Msg) -> Option<Model> {
        let mut next = self.clone();
        match msg {
            Msg::Act(action) => next.act(action),
            Msg::Submit => match self.draft.answer() {
                Ok(answer) => next.act(Action::Submit(self.session.step, answer)),
                Err(problem) => next.draft.refuse(problem),
            },
            Msg::Tick(choice, on) => next.draft.tick(choice, on),
            Msg::Type(field, text) => next.draft.type_in(field, text),
            Msg::Copied(copy) => next.copy = copy,
            Msg::Dismiss(notice) => next.notices.retain(|n| *n != notice),
            Msg::StorageRefused if self.storage_told => return None,
            Msg::StorageRefused => {
                next.notices.push(Notice::StorageUnavailable);
                next.storage_told = true;
            }
            Msg::Page(page) if page == self.page => return None,
            Msg::Page(page) => next.page = page,
        }
        Some(next)
    }

    /// The session as it is kept: with the step on show answered as its draft stands, when
    /// the visitor changed it and it is an answer, so a tick not yet submitted survives a
    /// reload (spec §4: every change is saved). An untouched step adds nothing: an empty
    /// number form or multi-select is an answer, but not one the visitor gave. The record
    /// is read back through the same checks as any other.
    pub fn kept(&self) -> Session {
        let mut kept = self.session.clone();
        let untouched = Draft::new(kept.step, &kept.answers, self.mark);
        if self.draft != untouched {
            if let Ok(answer) = self.draft.answer() {
                kept.answers.set(kept.step, Some(answer));
            }
        }
        kept
    }

    /// Applies a visitor action. A new step starts from its own draft (pre-filled from the
    /// answers) and a fresh copy status, as if it had never been shown before; starting
    /// over also empties the step on show (the page's `reset()` may come on the first
    /// question) and says that the answers are gone.
    fn act(&mut self, action: Action) {
        let session = reduce(&self.session, action);
        let over = matches!(action, Action::StartOver);
        if session.step != self.session.step || over {
            self.draft = Draft::new(session.step, &session.answers, self.mark);
            self.copy = CopyStatus::Idle;
        }
        if over {
            self.notices.clear();
            self.notices.push(Notice::Forgotten);
        }
        if session.answers != self.session.answers {
            self.outcome = evaluate(&session.answers).map(Rc::new);
        }
        self.session = session;
        self.acted = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{decode_share, Amplify, Bottleneck, Problem, Step};

    fn send(model: &Model, msg: Msg) -> Model {
        model.update(msg).unwrap_or_else(|| model.clone())
    }

    #[test]
    fn the_storage_notice_is_said_once_even_after_it_is_dismissed() {
        let model = Model::start(Session::default(), Vec::new(), DecimalMark::Point);
        let told = send(&model, Msg::StorageRefused);
        assert_eq!(told.notices, [Notice::StorageUnavailable]);
        assert_eq!(told.update(Msg::StorageRefused), None);
        let dismissed = send(&told, Msg::Dismiss(Notice::StorageUnavailable));
        assert!(dismissed.notices.is_empty());
        assert_eq!(dismissed.update(Msg::StorageRefused), None);

        let unavailable = Model::start(
            Session::default(),
            vec![Notice::StorageUnavailable],
            DecimalMark::Point,
        );
        assert_eq!(unavailable.update(Msg::StorageRefused), None);
    }

    #[test]
    fn submitting_moves_on_with_a_fresh_draft_and_copy_status() {
        let model = Model::start(Session::default(), Vec::new(), DecimalMark::Point);
        assert!(!model.acted);
        let refused = send(&model, Msg::Submit);
        assert_eq!(refused.session, model.session);
        assert_eq!(refused.draft.problem(), Some(Problem::NothingChosen));
        assert!(!refused.acted, "a refusal is not an action");

        let ticked = send(&refused, Msg::Tick(Choice::of(Bottleneck::TimeCost), true));
        assert_eq!(ticked.draft.problem(), None);
        let mut copied = send(&ticked, Msg::Copied(CopyStatus::Copied));
        copied.copy = CopyStatus::Refused("x".to_owned());
        let next = send(&copied, Msg::Submit);
        assert_eq!(next.session.step, Step::ProcessCost);
        assert!(next.acted);
        assert_eq!(
            next.draft,
            Draft::new(Step::ProcessCost, &next.session.answers, DecimalMark::Point)
        );
        assert_eq!(next.copy, CopyStatus::Idle);
    }

    #[test]
    fn the_draft_and_copy_status_stay_while_the_step_stays() {
        let answers = decode_share("1t-n-y00").unwrap_or_default();
        let model = Model::start(
            Session::resume(answers, Step::Result),
            Vec::new(),
            DecimalMark::Point,
        );
        let copied = send(&model, Msg::Copied(CopyStatus::Copied));
        assert_eq!(copied.copy, CopyStatus::Copied);
        // An action that leaves the step where it is (an edit of a step off the path).
        let same = send(&copied, Msg::Act(Action::Edit(Step::BottleneckTiebreak)));
        assert_eq!(same.copy, CopyStatus::Copied);
        let editing = send(&copied, Msg::Act(Action::Edit(Step::Amplify)));
        assert_eq!(editing.copy, CopyStatus::Idle);
        assert_eq!(
            editing.draft.answer(),
            Ok(crate::engine::Answer::one(Amplify::Yes).1)
        );
    }

    #[test]
    fn the_outcome_follows_every_change_of_answers() {
        let answers = decode_share("1t-n-y00").unwrap_or_default();
        let model = Model::start(
            Session::resume(answers.clone(), Step::Result),
            Vec::new(),
            DecimalMark::Point,
        );
        assert_eq!(model.outcome.as_deref(), evaluate(&answers).as_ref());
        assert!(model.outcome.is_some(), "complete answers have an outcome");
        let over = send(&model, Msg::Act(Action::StartOver));
        assert_eq!(over.outcome, None, "no answers, no outcome");
        let fresh = Model::start(Session::default(), Vec::new(), DecimalMark::Point);
        assert_eq!(fresh.outcome, None);
    }

    #[test]
    fn a_tick_not_yet_submitted_is_kept_and_starting_over_forgets_it() {
        let model = Model::start(Session::default(), Vec::new(), DecimalMark::Point);
        assert_eq!(
            model.kept(),
            Session::default(),
            "nothing ticked, nothing kept"
        );
        let ticked = send(&model, Msg::Tick(Choice::of(Bottleneck::Both), true));
        assert_eq!(ticked.session, Session::default(), "not submitted");
        let kept = ticked.kept();
        assert_eq!(kept.step, Step::Bottleneck);
        assert_eq!(kept.answers.one::<Bottleneck>(), Some(Bottleneck::Both));
        let on_numbers = Model::start(
            Session {
                step: Step::CostNumbers,
                ..Session::default()
            },
            Vec::new(),
            DecimalMark::Point,
        );
        assert_eq!(
            on_numbers.kept().answers.numbers(),
            None,
            "an empty form nobody touched is not an answer"
        );
        // The page's reset() on the first question: the session does not change, the tick goes.
        let over = send(&ticked, Msg::Act(Action::StartOver));
        assert_eq!(over.kept(), Session::default());
        assert_eq!(over.notices, [Notice::Forgotten]);
    }

    #[test]
    fn page_facts_change_the_model_only_when_they_differ() {
        let model = Model::start(Session::default(), Vec::new(), DecimalMark::Point);
        assert_eq!(model.page, PageFacts::default());
        let facts = PageFacts {
            today: Date::new(2026, 12, 6).unwrap_or(Date::FALLBACK),
            url: "https://example.com/pricing".to_owned(),
        };
        let read = model.clone().on_page(facts.clone());
        assert_eq!(read.page, facts);
        assert_eq!(read.update(Msg::Page(facts.clone())), None);
        let later = PageFacts {
            url: "https://example.com/pricing#x".to_owned(),
            ..facts
        };
        assert_eq!(send(&read, Msg::Page(later.clone())).page, later);
    }

    #[test]
    fn typing_and_ticking_follow_the_step_on_show() {
        let answers = decode_share("1t-mxy00").unwrap_or_default();
        let model = Model::start(
            Session::resume(answers, Step::CostNumbers),
            Vec::new(),
            DecimalMark::Point,
        );
        let typed = send(&model, Msg::Type(NumberField::WeeklyHours, "12".to_owned()));
        assert_eq!(typed.draft.text(NumberField::WeeklyHours), "12");
        let stale = send(&typed, Msg::Tick(Choice::of(Amplify::No), true));
        assert_eq!(stale.draft, typed.draft, "a card of another step");
        let next = send(&typed, Msg::Submit);
        // Not editing from the result, so the path goes on to the next step.
        assert_eq!(next.session.step, Step::Amplify);
        assert_eq!(
            next.session
                .answers
                .numbers()
                .and_then(|n| n.weekly_hours)
                .map(|h| h.hundredths()),
            Some(1200)
        );
    }
}
