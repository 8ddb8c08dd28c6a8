# Status: draft (machine-assisted; awaiting review by a native speaker)
# The staff screen's words (Hindi), read when the config's [staff] locale is "hi".

## PIN pad
staff-pin-title = केवल स्टाफ़ के लिए
staff-pin-hint = स्टाफ़ PIN लिखें, फिर ↵ या अनलॉक दबाएँ।
staff-pin-typed = PIN: { $count ->
    [0] कुछ नहीं लिखा गया
    [one] { $count } अंक लिखा गया
   *[other] { $count } अंक लिखे गए
}
staff-pin-unlock = अनलॉक
staff-pin-checking = PIN की जाँच हो रही है…
staff-pin-wrong = ग़लत PIN। { $tries ->
    [one] { $tries } और ग़लत PIN डालने पर स्टाफ़ स्क्रीन लॉक हो जाएगी।
   *[other] { $tries } और ग़लत PIN डालने पर स्टाफ़ स्क्रीन लॉक हो जाएगी।
}
staff-pin-locked = बहुत बार ग़लत PIN डाला गया। स्टाफ़ स्क्रीन { $time } तक लॉक है।
staff-pin-length = स्टाफ़ PIN में 4 से 12 अंक होते हैं।
staff-pin-check-failed = PIN की जाँच नहीं हो सकी ({ $error })।
staff-db-write-failed = कियॉस्क के डेटाबेस में लिखा नहीं जा सका ({ $error })।
staff-db-read-failed = कियॉस्क का डेटाबेस पढ़ा नहीं जा सका ({ $error })।
staff-months = जन॰ फ़र॰ मार्च अप्रैल मई जून जुल॰ अग॰ सित॰ अक्तू॰ नव॰ दिस॰
staff-date-time = { $day } { $month } { $time }
staff-disabled = इस कियोस्क पर स्टाफ़ स्क्रीन बंद है। इसे चालू करने के लिए कॉन्फ़िग में staff.pin_hash सेट करें (docs/OPERATIONS.md देखें)।
staff-close = बंद करें

## The staff screen
staff-title = स्टाफ़: आउटबॉक्स
staff-count-pending = लंबित
staff-count-retrying = फिर से कोशिश
staff-count-parked = रोके गए
staff-count-acknowledged = प्राप्ति की पुष्टि
staff-count-purged = मिटाए गए
staff-connectivity-title = काउंसिल के सिस्टम से कनेक्शन
staff-crm-none = कोई CRM सेट नहीं है (crm.kind = "none"): जब तक CRM सेट नहीं होता, फ़ॉर्म इसी कियोस्क पर रहेंगे।
staff-crm-never = कियोस्क ने अभी तक इससे संपर्क करने की कोशिश नहीं की है।
staff-crm-ok = पिछला संपर्क सफल रहा ({ $when })।
staff-crm-failed = पिछला संपर्क विफल रहा ({ $when })।
staff-crm-last-reached = आख़िरी सफल संपर्क: { $when }।
staff-crm-never-reached = इस कियोस्क से कभी संपर्क नहीं हो पाया।
staff-crm-error = आख़िरी त्रुटि: { $error }
staff-waiting = { $waiting } भेजे जाने के इंतज़ार में, { $parked } रोके गए।
staff-attention = { $count ->
    [one] { $count } फ़ॉर्म पर ध्यान देने की ज़रूरत है (सबसे ऊपर दिखाया गया)।
   *[other] { $count } फ़ॉर्मों पर ध्यान देने की ज़रूरत है (सबसे ऊपर दिखाए गए)।
}
staff-crm-dropped = काउंसिल के सिस्टम ने फ़ॉर्म स्वीकार कर लिए, लेकिन कुछ फ़ील्ड नहीं रखे। हर उत्तर विवरण में भी है, इसलिए कुछ भी खोया नहीं है; CRM के एडमिनिस्ट्रेटर से इन फ़ील्ड को मैप करने के लिए कहें।
staff-forwarder-fault = भेजना रुका हुआ है: कियोस्क के डेटाबेस में ख़राबी आई ({ $when })। कुछ भी खोया नहीं है; ख़राबी दूर होते ही भेजना अपने आप फिर शुरू हो जाएगा (जैसे, डिस्क पर जगह ख़ाली करने से)।
staff-forwarder-restarted = { $count ->
    [one] भेजने का काम { $count } बार रुका और उसे फिर से शुरू किया गया।
   *[other] भेजने का काम { $count } बार रुका और उसे फिर से शुरू किया गया।
}
staff-send-now = अभी भेजें
staff-sent-now = अभी भेजा जा रहा है। { $count ->
    [0] कोई भी फ़ॉर्म फिर से कोशिश के इंतज़ार में नहीं था।
    [one] { $count } दोबारा कोशिश पहले कर दी गई।
   *[other] { $count } दोबारा कोशिशें पहले कर दी गईं।
}
staff-send-none = कोई CRM सेट नहीं है, इसलिए कुछ भी भेजा नहीं जा सकता।
staff-refresh = रीफ़्रेश करें
staff-rows-title = भेजे गए फ़ॉर्म, सबसे नए पहले
staff-rows-empty = आउटबॉक्स खाली है।
staff-rows-more = कुल { $total } में से सबसे नए { $shown } दिखाए जा रहे हैं।
staff-row-age = { $age } पुराना
staff-row-attempts = { $attempts ->
    [0] अभी तक कोशिश नहीं हुई
    [one] { $attempts } कोशिश
   *[other] { $attempts } कोशिशें
}
staff-row-next = अगली कोशिश { $time }
staff-row-error = त्रुटि: { $error }
staff-retry = { $reference } फिर से भेजें
staff-retried = { $reference } फिर से भेजा जाएगा।
staff-retry-failed = { $reference } अब रोका हुआ नहीं है; फिर से भेजने को कुछ नहीं है।
staff-state-pending = लंबित
staff-state-retrying = फिर से कोशिश
staff-state-parked = रोका गया
staff-state-acknowledged = प्राप्ति की पुष्टि हुई
staff-state-purged = प्राप्ति की पुष्टि हुई, उत्तर मिटा दिए गए
staff-state-attention = { $state }: ध्यान देने की ज़रूरत है, { $for } से एक ही त्रुटि आ रही है
staff-time-unknown = समय पता नहीं
staff-when = { $time }, { $ago } पहले

## Devices
staff-devices-title = प्रिंटर और कार्ड रीडर
staff-printer-none = प्रिंटर: सेट नहीं है; नंबर केवल स्क्रीन पर दिखाए जाते हैं।
staff-printer-unknown = प्रिंटर: जाँच हो रही है…
staff-printer-nostatus = प्रिंटर: जुड़ा है (काग़ज़ या ख़राबी की जानकारी नहीं दे सकता)।
staff-printer-ready = प्रिंटर: तैयार है।
staff-printer-low = प्रिंटर: काग़ज़ ख़त्म होने वाला है। जल्द रोल बदलें।
staff-printer-fault = प्रिंटर: काम नहीं कर रहा ({ $reason })। आगंतुकों को लिखने के लिए उनका नंबर दिखाया जाता है।
staff-reader-none = कार्ड रीडर: कोई नहीं जुड़ा।
staff-reader-ready = कार्ड रीडर ({ $reader }): तैयार है।
staff-reader-unavailable = कार्ड रीडर ({ $reader }): काम नहीं कर रहा ({ $reason })। यह दोबारा जुड़ने की कोशिश करता रहता है।
staff-card-last = आख़िरी पढ़ा गया कार्ड: { $card } ({ $reader }) { $time } बजे।
staff-card-none = कियोस्क शुरू होने के बाद कोई कार्ड नहीं पढ़ा गया।
staff-print-test = टेस्ट पेज छापें
staff-print-test-sent = टेस्ट पेज प्रिंटर को भेजा गया।

## The answers block of an Open311 request's description (read by council staff in the CRM)
crm-answers-heading = कियोस्क पर दिए गए उत्तर:
crm-answers-shortened = CRM की लंबाई सीमा के कारण छोड़े गए उत्तर: { $count }

## The email a council with only a mailbox receives for each submission (read by council staff)
crm-email-subject = कियोस्क से अनुरोध { $reference }: { $subject }
crm-email-reference = संदर्भ: { $reference }
crm-email-form = फ़ॉर्म: { $subject }
crm-email-sent = कियोस्क से भेजा गया: { $when }
crm-email-uprn = UPRN: { $detail }
crm-email-uprn-typed = UPRN: नहीं (हाथ से लिखा, पता सूची से नहीं; कृपया पता मिलाएँ)
crm-email-usrn = USRN: { $detail }
crm-email-location = स्थान (अक्षांश, देशांतर): { $detail }
crm-email-card = कार्ड: { $card } ({ $reader }, { $state })
crm-email-card-none = कार्ड: इस्तेमाल नहीं हुआ
crm-email-check-kiosk = कियोस्क पर सत्यापित
crm-email-check-unchecked = सत्यापित नहीं (कार्ड सेवा तक नहीं पहुँच सके)
crm-email-check-forwarded = भेजते समय नंबर से सत्यापित
crm-email-check-rejected = भेजते समय कार्ड सेवा ने अस्वीकार किया
crm-email-attachment = यही अनुरोध सिस्टम के लिए संलग्न है: { $detail }

## Visitor ratings ("How was this?" at the end of a visit), counted for today.
staff-ratings-title = आज आगंतुकों की रेटिंग
staff-ratings-none = आज अभी तक कोई रेटिंग नहीं।
staff-ratings-line = { $subject }: { $count ->
    [one] { $count } रेटिंग
   *[other] { $count } रेटिंग
}, औसत 5 में से { $average }
