# Status: draft (machine-assisted; awaiting review by a native speaker)
# Words printed on receipts and queue tickets (Hindi). Words also on screen (the reference,
# what happens next, the ticket number and wait) come from kiosk.ftl and the forms.

receipt-title = आपकी रसीद
receipt-sent = { $date } को { $time } बजे भेजा गया
receipt-track = अपने अनुरोध की जानकारी के लिए यह कोड स्कैन करें या कियोस्क पर अपना रेफ़रेंस नंबर लिखें।
ticket-taken = { $time } बजे लिया गया
# Under the QR code of a ticket that has a mobile page (served by the site's own hub).
ticket-follow = कतार में अपनी जगह देखने के लिए अपने फ़ोन से यह कोड स्कैन करें। आप कहीं और भी प्रतीक्षा कर सकते हैं।
