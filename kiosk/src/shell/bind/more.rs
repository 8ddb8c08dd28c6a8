//! The binders of "Take a ticket", the card pages and the staff pages.

use super::{model, s};
use crate::app::view::*;
use crate::ui::*;
use slint::ComponentHandle;

pub(super) fn render_ticket(w: &KioskWindow, v: TicketView) {
    let TicketView {
        title,
        hint,
        services,
        extra_help_offered,
        extra_help,
        extra_help_chosen,
        also_title,
        also_hint,
        also,
        also_go,
        also_full,
        appointment_link,
        appointment_note,
        appointment_title,
        appointment_hint,
        appointment_label,
        appointment_error,
        appointment_continue,
        appointment_text,
        issued,
        result_title,
        number_label,
        number,
        service,
        wait,
        then,
        page_url,
        follow,
        priority_note,
        instructions,
        print_note,
        print_failed,
        finish,
        sms_offer,
        sms_note,
        sms_title,
        sms_body,
        sms_label,
        sms_error,
        sms_send,
        sms_no,
        sms_text,
    } = v;
    let g = w.global::<Ticket>();
    g.set_title(s(title));
    g.set_hint(s(hint));
    g.set_services(model(
        services
            .into_iter()
            .map(|QueueServiceView { id, name, wait }| QueueService {
                id: s(id),
                name: s(name),
                wait: s(wait),
            })
            .collect(),
    ));
    g.set_extra_help_offered(extra_help_offered);
    g.set_extra_help(s(extra_help));
    g.set_extra_help_chosen(extra_help_chosen);
    g.set_also_title(s(also_title));
    g.set_also_hint(s(also_hint));
    g.set_also(model(
        also.into_iter()
            .map(|AlsoView { id, name, selected }| AlsoService {
                id: s(id),
                name: s(name),
                selected,
            })
            .collect(),
    ));
    g.set_also_go(s(also_go));
    g.set_also_full(s(also_full));
    g.set_appointment_link(s(appointment_link));
    g.set_appointment_note(s(appointment_note));
    g.set_appointment_title(s(appointment_title));
    g.set_appointment_hint(s(appointment_hint));
    g.set_appointment_label(s(appointment_label));
    g.set_appointment_error(s(appointment_error));
    g.set_appointment_continue(s(appointment_continue));
    if g.get_appointment_text().as_str() != appointment_text {
        g.set_appointment_text(s(appointment_text));
    }
    g.set_issued(issued);
    g.set_result_title(s(result_title));
    g.set_number_label(s(number_label));
    g.set_number(s(number));
    g.set_service(s(service));
    g.set_wait(s(wait));
    g.set_then(s(then));
    let qr = super::qr::image(&page_url);
    g.set_has_qr(qr.is_some());
    g.set_qr(qr.unwrap_or_default());
    g.set_follow(s(follow));
    g.set_priority_note(s(priority_note));
    g.set_instructions(s(instructions));
    g.set_print_note(s(print_note));
    g.set_print_failed(print_failed);
    g.set_finish(s(finish));
    g.set_sms_offer(s(sms_offer));
    g.set_sms_note(s(sms_note));
    g.set_sms_title(s(sms_title));
    g.set_sms_body(s(sms_body));
    g.set_sms_label(s(sms_label));
    g.set_sms_error(s(sms_error));
    g.set_sms_send(s(sms_send));
    g.set_sms_no(s(sms_no));
    if g.get_sms_text().as_str() != sms_text {
        g.set_sms_text(s(sms_text));
    }
}

pub(super) fn render_card(w: &KioskWindow, v: CardView) {
    let CardView {
        hint,
        notice,
        pin_title,
        pin_hint,
        pin_dots,
        pin_typed,
        pin_message,
        pin_error,
        checking,
        pin_continue,
        cancel,
        consent_title,
        consent_body,
        details,
        yes,
        no,
    } = v;
    let g = w.global::<Card>();
    g.set_hint(s(hint));
    g.set_notice(s(notice));
    g.set_pin_title(s(pin_title));
    g.set_pin_hint(s(pin_hint));
    g.set_pin_dots(s(pin_dots));
    g.set_pin_typed(s(pin_typed));
    g.set_pin_message(s(pin_message));
    g.set_pin_error(pin_error);
    g.set_checking(checking);
    g.set_pin_continue(s(pin_continue));
    g.set_cancel(s(cancel));
    g.set_consent_title(s(consent_title));
    g.set_consent_body(s(consent_body));
    g.set_details(model(details.into_iter().map(s).collect()));
    g.set_yes(s(yes));
    g.set_no(s(no));
}

pub(super) fn render_staff_pin(w: &KioskWindow, v: StaffPinView) {
    let StaffPinView {
        title,
        hint,
        dots,
        typed,
        message,
        error,
        checking,
        enabled,
        unlock,
        close,
    } = v;
    let g = w.global::<Staff>();
    g.set_pin_title(s(title));
    g.set_pin_hint(s(hint));
    g.set_pin_dots(s(dots));
    g.set_pin_typed(s(typed));
    g.set_pin_message(s(message));
    g.set_pin_error(error);
    g.set_checking(checking);
    g.set_enabled(enabled);
    g.set_unlock(s(unlock));
    g.set_close(s(close));
}

pub(super) fn render_staff(w: &KioskWindow, v: StaffView) {
    let StaffView {
        title,
        counts,
        connectivity_title,
        connectivity,
        connectivity_ok,
        send_now,
        refresh,
        notice,
        rows_title,
        rows_note,
        rows,
        devices_title,
        devices,
        devices_ok,
        print_test,
        ratings_title,
        ratings,
    } = v;
    let g = w.global::<Staff>();
    g.set_title(s(title));
    g.set_counts(model(
        counts
            .into_iter()
            .map(|StaffCountView { label, count }| StaffCount {
                label: s(label),
                count: s(count),
            })
            .collect(),
    ));
    g.set_connectivity_title(s(connectivity_title));
    g.set_connectivity(s(connectivity));
    g.set_connectivity_ok(connectivity_ok);
    g.set_send_now(s(send_now));
    g.set_refresh(s(refresh));
    g.set_notice(s(notice));
    g.set_rows_title(s(rows_title));
    g.set_rows_note(s(rows_note));
    g.set_rows(model(
        rows.into_iter()
            .map(
                |StaffItemView {
                     reference,
                     form,
                     state,
                     details,
                     error,
                     parked,
                     retry_label,
                 }| StaffItem {
                    reference: s(reference),
                    form: s(form),
                    state: s(state),
                    details: s(details),
                    error: s(error),
                    parked,
                    retry_label: s(retry_label),
                },
            )
            .collect(),
    ));
    g.set_devices_title(s(devices_title));
    g.set_devices(s(devices));
    g.set_devices_ok(devices_ok);
    g.set_print_test(s(print_test));
    g.set_ratings_title(s(ratings_title));
    g.set_ratings(s(ratings));
}

pub(super) fn render_rate(w: &KioskWindow, v: RateView) {
    let RateView {
        title,
        hint,
        faces,
        skip,
    } = v;
    let g = w.global::<Rate>();
    g.set_title(s(title));
    g.set_hint(s(hint));
    g.set_faces(model(
        faces
            .into_iter()
            .map(|(score, label)| Face {
                score: i32::from(score),
                label: s(label),
            })
            .collect(),
    ));
    g.set_skip(s(skip));
}
