# Status: draft (machine-assisted; awaiting review by a native speaker)
# Words printed on receipts and queue tickets (Punjabi (Gurmukhi)). Words also on screen (the reference,
# what happens next, the ticket number and wait) come from kiosk.ftl and the forms.

receipt-title = ਤੁਹਾਡੀ ਰਸੀਦ
receipt-sent = { $date } ਨੂੰ { $time } ਵਜੇ ਭੇਜਿਆ ਗਿਆ
receipt-track = ਆਪਣੀ ਬੇਨਤੀ ਦੇਖਣ ਲਈ, ਇਹ ਕੋਡ ਸਕੈਨ ਕਰੋ ਜਾਂ ਕਿਓਸਕ ਤੇ ਆਪਣਾ ਰੈਫ਼ਰੈਂਸ ਨੰਬਰ ਲਿਖੋ।
ticket-taken = { $time } ਵਜੇ ਲਿਆ ਗਿਆ
# Under the QR code of a ticket that has a mobile page (served by the site's own hub).
ticket-follow = ਕਤਾਰ ਵਿੱਚ ਆਪਣੀ ਥਾਂ ਦੇਖਣ ਲਈ ਆਪਣੇ ਫ਼ੋਨ ਨਾਲ ਇਹ ਕੋਡ ਸਕੈਨ ਕਰੋ। ਤੁਸੀਂ ਕਿਤੇ ਹੋਰ ਉਡੀਕ ਕਰ ਸਕਦੇ ਹੋ।
