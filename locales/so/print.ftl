# Status: draft (machine-assisted; awaiting review by a native speaker)
# Words printed on receipts and queue tickets (Somali). Words also on screen (the reference,
# what happens next, the ticket number and wait) come from kiosk.ftl and the forms.

receipt-title = Rasiidkaaga
receipt-sent = La diray { $date } saacadda { $time }
receipt-track = Si aad u hubiso codsigaaga, iskaan garee koodhkan ama ku qor lambarkaaga tixraaca kiyoskiga.
ticket-taken = La qaatay saacadda { $time }
# Under the QR code of a ticket that has a mobile page (served by the site's own hub).
ticket-follow = Ku sawir koodhkan taleefankaaga si aad u aragto kaalintaada safka. Meel kale ayaad ku sugi kartaa.
