# Status: draft (machine-assisted; awaiting review by a native speaker)
# Words printed on receipts and queue tickets (Polish). Words also on screen (the reference,
# what happens next, the ticket number and wait) come from kiosk.ftl and the forms.

receipt-title = Twoje potwierdzenie
receipt-sent = Wysłano { $date } o { $time }
receipt-track = Aby sprawdzić swoje zgłoszenie, zeskanuj ten kod lub wpisz numer referencyjny w kiosku.
ticket-taken = Pobrano o { $time }
# Under the QR code of a ticket that has a mobile page (served by the site's own hub).
ticket-follow = Zeskanuj ten kod telefonem, aby zobaczyć swoje miejsce w kolejce. Możesz poczekać gdzie indziej.
