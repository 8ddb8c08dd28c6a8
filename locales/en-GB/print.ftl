# Status: reviewed (en-GB source text)
# Words printed on receipts and queue tickets (English). Words also on screen (the reference,
# what happens next, the ticket number and wait) come from kiosk.ftl and the forms.

receipt-title = Your receipt
receipt-sent = Sent on { $date } at { $time }
receipt-track = To check on your request, scan this code or type your reference at the kiosk.
ticket-taken = Taken at { $time }
# Under the QR code of a ticket that has a mobile page (served by the site's own hub).
ticket-follow = Scan this code with your phone to see your place in the queue. You can wait somewhere else.
