# Status: draft (machine-assisted; awaiting review by a native speaker)
# Words printed on receipts and queue tickets (Gujarati). Words also on screen (the reference,
# what happens next, the ticket number and wait) come from kiosk.ftl and the forms.

receipt-title = તમારી રસીદ
receipt-sent = { $date } ના રોજ { $time } વાગ્યે મોકલ્યું
receipt-track = તમારી વિનંતી જોવા માટે, આ કોડ સ્કેન કરો અથવા કિઓસ્ક પર તમારો રેફરન્સ નંબર લખો.
ticket-taken = { $time } વાગ્યે લીધી
