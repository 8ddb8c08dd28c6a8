# Status: draft (machine-assisted; awaiting review by a native speaker)
# Words printed on receipts and queue tickets (Urdu). Words also on screen (the reference,
# what happens next, the ticket number and wait) come from kiosk.ftl and the forms.

receipt-title = آپ کی رسید
receipt-sent = { $date } کو { $time } بجے بھیجا گیا
receipt-track = اپنی درخواست دیکھنے کے لیے یہ کوڈ اسکین کریں یا کیوسک پر اپنا ریفرنس نمبر لکھیں۔
ticket-taken = { $time } بجے لیا گیا
# Under the QR code of a ticket that has a mobile page (served by the site's own hub).
ticket-follow = قطار میں اپنی جگہ دیکھنے کے لیے اپنے فون سے یہ کوڈ اسکین کریں۔ آپ کہیں اور بھی انتظار کر سکتے ہیں۔
