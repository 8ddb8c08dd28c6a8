# Status: draft (machine-assisted; awaiting review by a native speaker)
# Words printed on receipts and queue tickets (Gujarati). Words also on screen (the reference,
# what happens next, the ticket number and wait) come from kiosk.ftl and the forms.

receipt-title = તમારી રસીદ
receipt-sent = { $date } ના રોજ { $time } વાગ્યે મોકલ્યું
receipt-track = તમારી વિનંતી જોવા માટે, આ કોડ સ્કેન કરો અથવા કિઓસ્ક પર તમારો રેફરન્સ નંબર લખો.
ticket-taken = { $time } વાગ્યે લીધી
# Under the QR code of a ticket that has a mobile page (served by the site's own hub).
ticket-follow = કતારમાં તમારું સ્થાન જોવા માટે તમારા ફોનથી આ કોડ સ્કેન કરો. તમે બીજે ક્યાંક રાહ જોઈ શકો છો.
