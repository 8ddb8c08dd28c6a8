//! The visitor pages' binders: welcome, menu, question, check, confirmation, track.

use super::{model, s};
use crate::app::view::*;
use crate::ui::*;
use onestop::forms::FieldKind;
use slint::ComponentHandle;

pub(super) fn render_welcome(w: &KioskWindow, v: WelcomeView) {
    let WelcomeView {
        title,
        choose,
        languages,
        closed,
    } = v;
    let g = w.global::<Welcome>();
    g.set_closed(s(closed));
    g.set_title(s(title));
    g.set_choose(s(choose));
    g.set_languages(model(
        languages
            .into_iter()
            .map(|LanguageView { tag, name, font }| Language {
                tag: s(tag),
                name: s(name),
                font: s(font),
            })
            .collect(),
    ));
}

pub(super) fn render_menu(w: &KioskWindow, v: MenuView) {
    let MenuView {
        title,
        hint,
        services,
        closed,
    } = v;
    let g = w.global::<Menu>();
    g.set_closed(s(closed));
    g.set_title(s(title));
    g.set_hint(s(hint));
    g.set_services(model(
        services
            .into_iter()
            .map(|ServiceView { id, title, summary }| Service {
                id: s(id),
                title: s(title),
                summary: s(summary),
            })
            .collect(),
    ));
}

fn kind_of(k: FieldKind) -> Kind {
    match k {
        FieldKind::ShortText => Kind::ShortText,
        FieldKind::LongText => Kind::LongText,
        FieldKind::Number => Kind::Number,
        FieldKind::Date => Kind::Date,
        FieldKind::SingleChoice => Kind::SingleChoice,
        FieldKind::MultipleChoice => Kind::MultipleChoice,
        FieldKind::YesNo => Kind::YesNo,
        FieldKind::Email => Kind::Email,
        FieldKind::UkPhone => Kind::Phone,
        FieldKind::UkPostcode => Kind::Postcode,
        FieldKind::Address => Kind::Address,
        FieldKind::Consent => Kind::Consent,
    }
}

pub(super) fn render_question(w: &KioskWindow, v: QuestionView) {
    let QuestionView {
        kind,
        form_title,
        progress,
        label,
        hint,
        optional,
        options,
        errors,
        part_errors,
        part_labels,
        fields,
        active_part,
        summary_focus,
        diagram,
    } = v;
    let g = w.global::<Question>();
    match diagram {
        Some(DiagramView { name, aspect, regions }) => {
            g.set_diagram(super::pictures::diagram(&name));
            g.set_has_diagram(true);
            g.set_diagram_aspect(aspect);
            g.set_regions(model(
                regions
                    .into_iter()
                    .map(
                        |RegionView {
                             id,
                             label,
                             rect: [x, y, w, h],
                             selected,
                         }| Region {
                            id: s(id),
                            label: s(label),
                            x,
                            y,
                            w,
                            h,
                            selected,
                        },
                    )
                    .collect(),
            ));
        }
        None => {
            g.set_has_diagram(false);
            g.set_regions(model(Vec::new()));
        }
    }
    g.set_kind(kind_of(kind));
    g.set_form_title(s(form_title));
    g.set_progress(s(progress));
    g.set_label(s(label));
    g.set_hint(s(hint));
    g.set_optional(optional);
    g.set_options(model(
        options
            .into_iter()
            .map(
                |ChoiceView {
                     id,
                     label,
                     selected,
                     icon,
                 }| {
                    let image = super::pictures::icon(&icon);
                    Choice {
                        id: s(id),
                        label: s(label),
                        selected,
                        has_icon: image.is_some(),
                        icon: image.unwrap_or_default(),
                    }
                },
            )
            .collect(),
    ));
    g.set_errors(model(
        errors
            .into_iter()
            .map(|ErrorView { message, part }| ErrorItem {
                message: s(message),
                part,
            })
            .collect(),
    ));
    g.set_part_labels(model(part_labels.into_iter().map(s).collect()));
    // Only a changed box is written, so the cursor of the box being typed in stays put.
    let [f0, f1, f2, f3] = fields;
    let set = |now: slint::SharedString, new: String, put: &dyn Fn(slint::SharedString)| {
        if now.as_str() != new {
            put(s(new));
        }
    };
    set(g.get_f0(), f0, &|v| g.set_f0(v));
    set(g.get_f1(), f1, &|v| g.set_f1(v));
    set(g.get_f2(), f2, &|v| g.set_f2(v));
    set(g.get_f3(), f3, &|v| g.set_f3(v));
    g.set_active_part(active_part);
    g.set_focus_request(summary_focus as i32);
    let [e0, e1, e2, e3] = part_errors;
    w.set_e0(s(e0));
    w.set_e1(s(e1));
    w.set_e2(s(e2));
    w.set_e3(s(e3));
}

pub(super) fn render_check(w: &KioskWindow, v: CheckView) {
    let CheckView {
        title,
        form_title,
        rows,
        send_heading,
        send_body,
        send,
        error,
    } = v;
    let g = w.global::<Check>();
    g.set_title(s(title));
    g.set_form_title(s(form_title));
    g.set_rows(model(
        rows.into_iter()
            .map(
                |CheckRowView {
                     id,
                     label,
                     value,
                     change_label,
                 }| CheckRow {
                    id: s(id),
                    label: s(label),
                    value: s(value),
                    change_label: s(change_label),
                },
            )
            .collect(),
    ));
    g.set_send_heading(s(send_heading));
    g.set_send_body(s(send_body));
    g.set_send(s(send));
    g.set_error(s(error));
}

pub(super) fn render_confirm(w: &KioskWindow, v: ConfirmView) {
    let ConfirmView {
        title,
        reference_label,
        reference,
        write_down,
        next_heading,
        next_steps,
        finish,
        print_note,
        print_failed,
    } = v;
    let g = w.global::<Confirm>();
    g.set_title(s(title));
    g.set_reference_label(s(reference_label));
    g.set_reference(s(reference));
    g.set_write_down(s(write_down));
    g.set_next_heading(s(next_heading));
    g.set_next_steps(s(next_steps));
    g.set_finish(s(finish));
    g.set_print_note(s(print_note));
    g.set_print_failed(print_failed);
}

pub(super) fn render_track(w: &KioskWindow, v: TrackPageView) {
    let TrackPageView {
        title,
        hint,
        label,
        find,
        text,
        message,
        is_error,
    } = v;
    let g = w.global::<Track>();
    g.set_title(s(title));
    g.set_hint(s(hint));
    g.set_label(s(label));
    g.set_find(s(find));
    if g.get_text().as_str() != text {
        g.set_text(s(text));
    }
    g.set_message(s(message));
    g.set_is_error(is_error);
}
