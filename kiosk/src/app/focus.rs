//! What can take focus on the screen showing, in reading order: each element's id (the UI draws
//! the focus ring on the element with that id), its role, words, state and value (what speech
//! says), and what pressing it does. Built from the same views the screen shows, so what is seen,
//! what is focused and what is heard come from one place. Moving focus (Up/Down through
//! everything, Left/Right within a group, rows of a keyboard as a grid) is here too.

pub use super::act::Act;
pub use super::moves::{Move, first, step};
use super::view::{self, Words};
use super::{App, Env, Screen};
use onestop::forms::FieldKind;

/// What kind of control an element is, as speech names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A button.
    Button,
    /// One of several, exactly one chosen.
    Radio,
    /// A tick box.
    CheckBox,
    /// A text box.
    EditText,
    /// A key of the on-screen keyboard.
    Key,
    /// A key of a PIN pad: never named aloud.
    PinKey,
    /// A notice to hear (the closed notice): pressing it reads the page.
    Text,
}

/// An element's state, where it has one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Nothing to say.
    Plain,
    /// Chosen or not (radio buttons, tick boxes, on/off buttons).
    Selected(bool),
    /// Cannot be pressed now.
    Dimmed,
}

/// One element that can take focus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element {
    /// The id the UI draws the ring on (`opt:recycling`, `box:0`, `key:2:5`, `hdr:language`).
    pub id: String,
    /// What it is.
    pub role: Role,
    /// Its words.
    pub label: String,
    /// What is typed in it (text boxes), never a PIN.
    pub value: Option<String>,
    /// Chosen, dimmed, or neither.
    pub state: State,
    /// Its group (a set of choices, a keyboard row) and its place in it: (group, position from
    /// 1, how many).
    pub group: Option<(u32, usize, usize)>,
    /// For keyboard keys: the row and where the key starts in it, for moving between rows.
    pub grid: Option<(i32, i32)>,
    /// What pressing it does.
    pub act: Act,
}

impl Element {
    pub(super) fn new(id: impl Into<String>, role: Role, label: impl Into<String>, act: Act) -> Element {
        Element {
            id: id.into(),
            role,
            label: label.into(),
            value: None,
            state: State::Plain,
            group: None,
            grid: None,
            act,
        }
    }

    pub(super) fn state(mut self, state: State) -> Element {
        self.state = state;
        self
    }
}

/// Number the elements from `from` on as one group.
pub(super) fn group(list: &mut [Element], from: usize, id: u32) {
    let n = list.len() - from;
    for (i, e) in list[from..].iter_mut().enumerate() {
        e.group = Some((id, i + 1, n));
    }
}

/// The elements of the screen showing (or of the dialog over it), in reading order.
pub fn elements(app: &App, env: &Env) -> Vec<Element> {
    let w = Words::of(app, env);
    let chrome = view::chrome(app, env);
    if chrome.timeout_shown {
        return vec![
            Element::new("dlg:more", Role::Button, chrome.timeout[2].clone(), Act::MoreTime),
            Element::new("dlg:clear", Role::Button, chrome.timeout[3].clone(), Act::Finish),
        ];
    }
    if chrome.leave_shown {
        return vec![
            Element::new("dlg:stay", Role::Button, chrome.leave[3].clone(), Act::Stay),
            Element::new("dlg:leave", Role::Button, chrome.leave[2].clone(), Act::Finish),
        ];
    }
    let screen = app.nav.screen();
    let mut list = Vec::new();
    if !screen.is_staff() {
        if screen.is_visitor() {
            list.push(Element::new(
                "hdr:language",
                Role::Button,
                chrome.language.clone(),
                Act::ShowLanguages,
            ));
        }
        list.push(
            Element::new(
                "hdr:large",
                Role::Button,
                chrome.large_text_label.clone(),
                Act::ToggleLargeText,
            )
            .state(State::Selected(chrome.large_text)),
        );
        list.push(
            Element::new("hdr:low", Role::Button, w.t("low-layout"), Act::ToggleLow)
                .state(State::Selected(app.access.low)),
        );
        list.push(Element::new("hdr:listen", Role::Button, w.t("listen"), Act::Listen));
        if chrome.help_offered {
            list.push(Element::new(
                "hdr:help",
                Role::Button,
                chrome.help_label.clone(),
                Act::CallHelp,
            ));
        }
        if screen.is_visitor() {
            list.push(Element::new(
                "hdr:again",
                Role::Button,
                chrome.start_again.clone(),
                Act::StartAgain,
            ));
        }
    }
    if chrome.help_offered && !chrome.help_notice.is_empty() {
        list.push(Element::new(
            "help:close",
            Role::Button,
            chrome.help_close.clone(),
            Act::HelpDismiss,
        ));
    }
    page(app, env, &w, &mut list);
    if chrome.keyboard_shown {
        for a in &chrome.actions {
            let state = if a.enabled { State::Plain } else { State::Dimmed };
            list.push(
                Element::new(
                    format!("act:{}", a.name),
                    Role::Button,
                    a.label.clone(),
                    Act::Action(a.name.clone()),
                )
                .state(state),
            );
        }
        let pin = matches!(screen, Screen::CardPin | Screen::StaffPin);
        for (r, row) in chrome.keys.iter().enumerate() {
            let from = list.len();
            for (c, k) in row.keys.iter().enumerate() {
                let digit = k.label.chars().all(|ch| ch.is_ascii_digit()) && !k.label.is_empty();
                let role = if pin && digit { Role::PinKey } else { Role::Key };
                let label = if role == Role::PinKey {
                    String::new()
                } else {
                    k.a11y.clone()
                };
                let mut e = Element::new(format!("key:{r}:{c}"), role, label, Act::Press(r as i32, c as i32));
                e.grid = Some((r as i32, k.offset * 2 + k.width));
                list.push(e);
            }
            group(&mut list, from, 100 + r as u32);
        }
    }
    list
}

/// The page's own elements, between the header and the keyboard.
fn page(app: &App, env: &Env, w: &Words, list: &mut Vec<Element>) {
    match app.nav.screen() {
        Screen::Welcome => {
            let v = view::welcome(app, env);
            if !v.closed.is_empty() {
                list.push(Element::new("closed", Role::Text, v.closed, Act::Listen));
            }
            let from = list.len();
            for l in v.languages {
                let chosen = app.nav.in_detour() && l.tag == app.session.locale;
                list.push(
                    Element::new(format!("lang:{}", l.tag), Role::Radio, l.name, Act::Language(l.tag))
                        .state(State::Selected(chosen)),
                );
            }
            group(list, from, 1);
        }
        Screen::Menu => {
            let v = view::menu(app, env);
            if !v.closed.is_empty() {
                list.push(Element::new("closed", Role::Text, v.closed, Act::Listen));
            }
            for s in v.services {
                let label = format!("{}. {}", s.title, s.summary);
                list.push(Element::new(
                    format!("svc:{}", s.id),
                    Role::Button,
                    label,
                    Act::Service(s.id),
                ));
            }
        }
        Screen::Question => question(app, env, w, list),
        Screen::Check => {
            let v = view::check(app, env);
            list.push(Element::new("back", Role::Button, w.t("back"), Act::Back));
            for r in v.rows {
                let label = format!("{} {}: {}", r.change_label, r.label, r.value);
                list.push(Element::new(
                    format!("change:{}", r.id),
                    Role::Button,
                    label,
                    Act::Change(r.id),
                ));
            }
            list.push(Element::new("send", Role::Button, v.send, Act::Send));
        }
        Screen::Confirm => {
            let v = view::confirm(app, env);
            list.push(Element::new("finish", Role::Button, v.finish, Act::Done));
        }
        Screen::Track => {
            let v = view::track(app, env);
            list.push(Element::new("back", Role::Button, w.t("back"), Act::Back));
            let mut e = Element::new("box:0", Role::EditText, v.label, Act::Part(0));
            e.value = Some(v.text);
            list.push(e);
        }
        Screen::Ticket | Screen::TicketAlso | Screen::TicketAppointment | Screen::TicketIssued | Screen::TicketSms => {
            super::focus_ticket::page(app, env, w, list)
        }
        Screen::CardConsent => {
            let v = view::card(app, env);
            list.push(Element::new("consent:yes", Role::Button, v.yes, Act::Consent(true)));
            list.push(Element::new("consent:no", Role::Button, v.no, Act::Consent(false)));
        }
        Screen::Rate => {
            let from = list.len();
            for (n, face) in super::rate::faces(w) {
                list.push(Element::new(format!("rate:{n}"), Role::Button, face, Act::Rate(n)));
            }
            group(list, from, 3);
            list.push(Element::new("rate:skip", Role::Button, w.t("rate-skip"), Act::Rate(0)));
        }
        Screen::Staff => {
            for (name, id) in [
                ("close", "staff-close"),
                ("send-now", "staff-send-now"),
                ("refresh", "staff-refresh"),
                ("print-test", "staff-print-test"),
            ] {
                list.push(Element::new(
                    format!("staff:{name}"),
                    Role::Button,
                    w.staff(id, &[]),
                    Act::Staff(name),
                ));
            }
        }
        Screen::CardPin | Screen::StaffPin => {}
    }
}

/// A question: Back, the errors, the choices or boxes, and Continue when the keyboard is hidden.
fn question(app: &App, env: &Env, w: &Words, list: &mut Vec<Element>) {
    let v = view::question(app, env);
    list.push(Element::new("back", Role::Button, w.t("back"), Act::Back));
    for (i, e) in v.errors.iter().enumerate() {
        list.push(Element::new(
            format!("err:{i}"),
            Role::Button,
            e.message.clone(),
            Act::Part(e.part),
        ));
    }
    let from = list.len();
    let role = if v.kind == FieldKind::MultipleChoice || v.kind == FieldKind::Consent {
        Role::CheckBox
    } else {
        Role::Radio
    };
    for o in &v.options {
        list.push(
            Element::new(
                format!("opt:{}", o.id),
                role,
                o.label.clone(),
                Act::Toggle(o.id.clone()),
            )
            .state(State::Selected(o.selected)),
        );
    }
    if list.len() > from {
        group(list, from, 4);
    }
    let parts: Vec<(i32, String)> = match v.kind {
        FieldKind::Date => (0..3).map(|i| (i, v.part_labels[i as usize].clone())).collect(),
        FieldKind::Address => (0..4).map(|i| (i, v.part_labels[i as usize].clone())).collect(),
        k if crate::app::form::input_kind(k, 0).is_some() => vec![(0, v.label.clone())],
        _ => Vec::new(),
    };
    for (i, label) in parts {
        let mut e = Element::new(format!("box:{i}"), Role::EditText, label, Act::Part(i));
        e.value = Some(v.fields[i as usize].clone());
        list.push(e);
    }
    if !app.keyboard_shown() {
        list.push(Element::new("continue", Role::Button, w.t("continue"), Act::Continue));
    }
}
