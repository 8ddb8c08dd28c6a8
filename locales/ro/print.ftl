# Status: draft (machine-assisted; awaiting review by a native speaker)
# Words printed on receipts and queue tickets (Romanian). Words also on screen (the reference,
# what happens next, the ticket number and wait) come from kiosk.ftl and the forms.

receipt-title = Chitanța dumneavoastră
receipt-sent = Trimis pe { $date } la { $time }
receipt-track = Pentru a verifica solicitarea, scanați acest cod sau introduceți numărul de referință la chioșc.
ticket-taken = Luat la { $time }
# Under the QR code of a ticket that has a mobile page (served by the site's own hub).
ticket-follow = Scanați acest cod cu telefonul pentru a vedea locul dumneavoastră la rând. Puteți aștepta în altă parte.
