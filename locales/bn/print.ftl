# Status: draft (machine-assisted; awaiting review by a native speaker)
# Words printed on receipts and queue tickets (Bengali). Words also on screen (the reference,
# what happens next, the ticket number and wait) come from kiosk.ftl and the forms.

receipt-title = আপনার রসিদ
receipt-sent = { $date } তারিখে { $time } সময়ে পাঠানো হয়েছে
receipt-track = আপনার অনুরোধ দেখতে, এই কোডটি স্ক্যান করুন বা কিয়স্কে আপনার রেফারেন্স নম্বর লিখুন।
ticket-taken = { $time } সময়ে নেওয়া হয়েছে
# Under the QR code of a ticket that has a mobile page (served by the site's own hub).
ticket-follow = সারিতে আপনার জায়গা দেখতে ফোন দিয়ে এই কোডটি স্ক্যান করুন। আপনি অন্য কোথাও অপেক্ষা করতে পারেন।
