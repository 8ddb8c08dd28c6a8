# Status: reviewed (en-GB source text)
# Words printed on receipts and queue tickets (English). Words also on screen (the reference,
# what happens next, the ticket number and wait) come from kiosk.ftl and the forms.

receipt-title = Your receipt
receipt-sent = Sent on { $date } at { $time }
receipt-track = To check on your request, scan this code or type your reference at the kiosk.
ticket-taken = Taken at { $time }
