# Status: draft (machine-assisted; awaiting review by a native speaker)
# Words printed on receipts and queue tickets (Arabic). Words also on screen (the reference,
# what happens next, the ticket number and wait) come from kiosk.ftl and the forms.

receipt-title = إيصالك
receipt-sent = أُرسل في { $date } الساعة { $time }
receipt-track = لمتابعة طلبك، امسح هذا الرمز أو اكتب رقمك المرجعي في الكشك.
ticket-taken = أُخذ الساعة { $time }
# Under the QR code of a ticket that has a mobile page (served by the site's own hub).
ticket-follow = امسح هذا الرمز بهاتفك لترى مكانك في الدور. يمكنك الانتظار في مكان آخر.
