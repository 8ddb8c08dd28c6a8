# Status: draft awaiting review by a native speaker (machine-assisted translation)
# Kiosk screens (Hindi). Every message here must exist in every locale (a test enforces it).

## Welcome
welcome-title = { $council } में आपका स्वागत है
welcome-choose-language = अपनी भाषा चुनें
welcome-touch = शुरू करने के लिए अपनी भाषा को छुएँ

## Everywhere
back = पीछे
continue = आगे बढ़ें
optional = (वैकल्पिक)
start-again = फिर से शुरू करें
language = भाषा
large-text = बड़े अक्षर
normal-text = सामान्य अक्षर
question-progress = कुल { $total } में से प्रश्न { $current }

## Service menu
menu-title = आप क्या करना चाहेंगे?
menu-hint = कोई सेवा चुनें। आप कभी भी वापस जा सकते हैं।

## Questions
yes = हाँ
no = नहीं
consent-agree = मैं सहमत हूँ
choose-one = एक विकल्प चुनें
choose-many = जो भी लागू हों, वे सभी चुनें
choose-up-to = ज़्यादा से ज़्यादा { $max } चुनें
date-hint = उदाहरण के लिए, 27 3 2007
date-day = दिन
date-month = महीना
date-year = साल
address-postcode = पोस्टकोड
address-house = मकान नंबर या नाम
address-street = सड़क
address-town = कस्बा या शहर
address-find-hint = पोस्टकोड लिखें, हम पता ढूँढ देंगे
address-select = अपना पता चुनें
address-found = { $count ->
    [one] { $postcode } पर एक पता
   *[other] { $postcode } पर { $count } पते
}
address-not-listed = मेरा पता सूची में नहीं है
address-enter = पता लिखें
address-none-found = हमें { $postcode } पर कोई पता नहीं मिला। पता लिखें।
address-unavailable = पतों की सूची अभी इस्तेमाल नहीं हो सकती। पता लिखें।
email-hint = हम इसका उपयोग केवल इस अनुरोध के बारे में आपसे संपर्क करने के लिए करेंगे
phone-hint = उदाहरण के लिए, 07700 900 982 या 0116 454 1000
postcode-hint = उदाहरण के लिए, LE1 1AA

## Errors
error-summary-title = कोई समस्या है
error-required = उत्तर लिखें
error-choose = एक विकल्प चुनें
error-consent = आगे बढ़ने के लिए आपको सहमति देनी होगी
error-too-long = { $max } या उससे कम अक्षर लिखें
error-too-short = कम से कम { $min } अक्षर लिखें
error-characters = जिन चिह्नों का उपयोग नहीं किया जा सकता, उन्हें हटा दें
error-pattern = जाँच लें कि आपका उत्तर सही तरीके से लिखा गया है
error-number = पूरी संख्या लिखें, जैसे 12
error-too-small = { $min } या उससे बड़ी संख्या लिखें
error-too-large = { $max } या उससे छोटी संख्या लिखें
error-choice = दिखाए गए विकल्पों में से एक चुनें
error-too-few = कम से कम { $min } चुनें
error-too-many = { $max } से ज़्यादा न चुनें
error-email = ईमेल पता सही तरीके से लिखें, जैसे name@example.com
error-phone = यूके (UK) का फ़ोन नंबर लिखें, जैसे 07700 900 982
error-postcode = यूके (UK) का असली पोस्टकोड लिखें, जैसे LE1 1AA
error-address-postcode = पोस्टकोड लिखें
error-address-house = मकान नंबर या नाम लिखें
error-address-street = सड़क का नाम लिखें
error-address-town = कस्बे या शहर का नाम लिखें
error-address-select = अपना पता चुनें, या “मेरा पता सूची में नहीं है”
error-date-part = तारीख में दिन, महीना और साल होना चाहिए
error-date-invalid = तारीख असली होनी चाहिए
error-date-year = साल में 4 अंक होने चाहिए
error-date-past = तारीख आज की या आने वाले समय की होनी चाहिए
error-date-future = तारीख आज की या बीते समय की होनी चाहिए
error-date-too-early = यह तारीख बहुत पहले की है
error-date-too-late = यह तारीख बहुत आगे की है
error-wrong-type = यह उत्तर सही रूप में नहीं है। कृपया प्रश्न का उत्तर फिर से दें
error-unknown-question = यह उत्तर इस फ़ॉर्म का हिस्सा नहीं है
error-send-failed = आपका फ़ॉर्म सेव नहीं हो सका। कृपया किसी स्टाफ़ सदस्य से मदद माँगें

## Check your answers
check-title = भेजने से पहले अपने उत्तर जाँच लें
check-change = बदलें
check-not-answered = उत्तर नहीं दिया गया
check-send-heading = अब अपना फ़ॉर्म भेजें
check-send-body = यह फ़ॉर्म भेजकर आप पुष्टि करते हैं कि, जहाँ तक आपकी जानकारी है, आपके दिए गए विवरण सही हैं।
send = भेजें

## Confirmation
confirm-title = फ़ॉर्म भेज दिया गया
confirm-reference = आपका रेफ़रेंस नंबर
confirm-write-down = अपना रेफ़रेंस नंबर लिख लें या उसकी फ़ोटो ले लें। इससे आप अपने अनुरोध के बारे में पता कर सकते हैं।
confirm-next = आगे क्या होगा
confirm-next-generic = हम आपका अनुरोध काउंसिल की उस टीम को भेजेंगे जो इसे देखती है।
confirm-finish = समाप्त करें

## Idle timeout
timeout-title = क्या आपको और समय चाहिए?
timeout-body = आपकी निजता के लिए, हम { $seconds ->
    [one] { $seconds } सेकंड
   *[other] { $seconds } सेकंड
} में आपके उत्तर मिटा देंगे।
timeout-more-time = मुझे और समय चाहिए
timeout-clear = मेरे उत्तर अभी मिटा दें

## Leaving a form
leave-title = क्या आप फिर से शुरू करना चाहते हैं?
leave-body = आपके उत्तर मिटा दिए जाएँगे।
leave-yes = हाँ, मेरे उत्तर मिटा दें
leave-no = नहीं, फ़ॉर्म पर वापस जाएँ

## On-screen keyboard
keyboard-show = कीबोर्ड दिखाएँ
keyboard-hide = कीबोर्ड छिपाएँ

## Track my enquiry
track-menu-title = अपने अनुरोध की स्थिति देखें
track-menu-summary = आपके भेजे हुए फ़ॉर्म का क्या हुआ, यह जानने के लिए अपने रेफ़रेंस नंबर का उपयोग करें
track-title = अपने अनुरोध की स्थिति देखें
track-hint = अपनी रसीद या पुष्टि वाली स्क्रीन पर दिया गया रेफ़रेंस नंबर लिखें, उदाहरण के लिए K7QF-9M2A
track-label = रेफ़रेंस नंबर
track-find = खोजें
track-error-length = रेफ़रेंस नंबर में 8 अक्षर और अंक होते हैं, जैसे K7QF-9M2A
track-error-character = रेफ़रेंस नंबर में 0, O, 1, I या U नहीं होते। जाँच लें कि आपने क्या लिखा है
track-error-check = इस रेफ़रेंस नंबर में कोई ग़लती है। हर अक्षर जाँच लें
track-not-found = हमें इस कियोस्क पर यह रेफ़रेंस नंबर नहीं मिल रहा है। कृपया किसी स्टाफ़ सदस्य से पूछें
track-pending = आपका फ़ॉर्म सेव हो गया है और काउंसिल को भेजे जाने का इंतज़ार कर रहा है। आपको कुछ करने की ज़रूरत नहीं है।
track-sent = आपका फ़ॉर्म काउंसिल तक पहुँच गया है। काउंसिल का रेफ़रेंस नंबर { $crm } है।
track-parked = भेजे जाने से पहले आपके फ़ॉर्म की जाँच किसी स्टाफ़ सदस्य को करनी होगी। कृपया रिसेप्शन पर पूछें।
track-status-open = काउंसिल इस पर काम कर रही है।
track-status-closed = काउंसिल ने इस पर काम पूरा कर लिया है।
track-status-other = काउंसिल का कहना है: { $status }
track-status-expected = काउंसिल को { $date } तक काम पूरा होने की उम्मीद है।
track-status-notes = काउंसिल की टिप्पणी: { $notes }
track-checking = ताज़ा जानकारी के लिए काउंसिल से पूछा जा रहा है…
track-offline = अभी हम काउंसिल तक नहीं पहुँच पा रहे हैं। यह हमें मिली आख़िरी जानकारी है।
track-checked = काउंसिल से आख़िरी बार { $date } को पूछा गया।

## Take a ticket (the queue)
ticket-menu-title = टिकट लें
ticket-menu-summary = रिसेप्शन पर किसी से मिलने के लिए नंबर लें, या अपनी अपॉइंटमेंट के लिए हाज़िरी दर्ज करें
ticket-title = टिकट लें
ticket-hint = चुनें कि आपको किस बारे में मदद चाहिए। आपको एक नंबर मिलेगा, और आपकी बारी आने पर हम आपको बुलाएँगे।
ticket-hint-appointment = चुनें कि आपकी अपॉइंटमेंट किस बारे में है।
ticket-service-housing = आवास
ticket-service-council-tax = काउंसिल टैक्स
ticket-service-general = सामान्य पूछताछ
ticket-wait = { $minutes ->
    [0] इस समय कोई इंतज़ार नहीं
    [one] लगभग { $minutes } मिनट का इंतज़ार
   *[other] लगभग { $minutes } मिनट का इंतज़ार
}
ticket-extra-help = मुझे अतिरिक्त मदद चाहिए (उदाहरण के लिए, मुझे कोई विकलांगता है, मेरी तबीयत ठीक नहीं है, या मैं ज़्यादा देर इंतज़ार नहीं कर सकता)
ticket-appointment-link = मेरी अपॉइंटमेंट है
ticket-appointment-title = अपॉइंटमेंट के लिए हाज़िरी दर्ज करें
ticket-appointment-hint = अपनी अपॉइंटमेंट के पत्र, ईमेल या टेक्स्ट मैसेज में दिया गया रेफ़रेंस लिखें
ticket-appointment-label = अपॉइंटमेंट रेफ़रेंस
ticket-appointment-error = अपॉइंटमेंट रेफ़रेंस में ज़्यादा से ज़्यादा 20 अक्षर और अंक होते हैं। आपने जो लिखा है उसे जाँचें
ticket-appointment-note = अपॉइंटमेंट { $reference } के लिए हाज़िरी
ticket-number-label = आपका टिकट नंबर
ticket-wait-estimate = { $minutes ->
    [0] आपको बहुत जल्द बुलाया जाएगा
    [one] अनुमानित इंतज़ार: लगभग { $minutes } मिनट
   *[other] अनुमानित इंतज़ार: लगभग { $minutes } मिनट
}
ticket-instructions = कृपया बुलाए जाने का इंतज़ार करें। स्क्रीन देखते रहें: उस पर आपका नंबर और वह काउंटर दिखेगा जहाँ आपको जाना है।
ticket-priority = आपको प्राथमिकता के आधार पर देखा जाएगा।
ticket-checked-in = अपॉइंटमेंट { $reference } के लिए आपकी हाज़िरी दर्ज हो गई है।
ticket-unavailable = इस समय टिकट उपलब्ध नहीं हैं
ticket-unavailable-body = कृपया रिसेप्शन पर पूछें। स्टाफ़ का कोई सदस्य आपकी मदद करेगा।
ticket-none-left = आज { $service } के लिए और टिकट नहीं हैं
ticket-no-more-today = आज और टिकट नहीं हैं
ticket-finish = समाप्त करें
ticket-sms-offer = अपनी बारी आने पर टेक्स्ट पाएँ
ticket-sms-title = मेरी बारी लगभग आने पर मुझे टेक्स्ट करें?
ticket-sms-body = आज हम इस नंबर पर अधिक से अधिक दो टेक्स्ट भेजेंगे: एक जब आप कतार में तीसरे होंगे, और एक जब आपको बुलाया जाएगा। हम आपका नंबर एन्क्रिप्ट करके केवल आज के दिन के अंत तक रखते हैं, फिर उसे हटा देते हैं। इसका किसी और काम में उपयोग नहीं होता। काउंसिल की ओर से टेक्स्ट GOV.UK Notify भेजता है। आप इसे छोड़ सकते हैं: "नहीं, धन्यवाद" चुनें।
ticket-sms-label = आपका मोबाइल नंबर
ticket-sms-error = यूके का मोबाइल नंबर डालें, जैसे 07700 900123
ticket-sms-send = मुझे टेक्स्ट भेजें
ticket-sms-no = नहीं, धन्यवाद
ticket-sms-agreed = जब आप तीसरे होंगे और जब आपको बुलाया जाएगा, हम आपको टेक्स्ट करेंगे।
ticket-sms-unavailable = अभी टेक्स्ट उपलब्ध नहीं हैं।

## The receipt or ticket printer, under the reference or number
print-receipt-printing = आपकी रसीद छप रही है…
print-receipt-done = कृपया प्रिंटर से अपनी रसीद ले लें।
print-receipt-failed = क्षमा करें, प्रिंटर काम नहीं कर रहा है, इसलिए काग़ज़ की रसीद नहीं है। कृपया अपना रेफ़रेंस नंबर लिख लें या उसकी फ़ोटो ले लें।
print-ticket-printing = आपका टिकट छप रहा है…
print-ticket-done = कृपया प्रिंटर से अपना टिकट ले लें।
print-ticket-failed = क्षमा करें, प्रिंटर काम नहीं कर रहा है, इसलिए काग़ज़ का टिकट नहीं है। कृपया अपना नंबर याद रखें या उसकी फ़ोटो ले लें।

## Signing in with a library or council card
card-hint = क्या आपके पास लाइब्रेरी या काउंसिल का कार्ड है? अपना विवरण भरने के लिए इसे रीडर पर लगाएँ या स्कैन करें।
card-checking = आपका कार्ड जाँचा जा रहा है…
card-unavailable = अभी कार्ड इस्तेमाल नहीं हो सकते। कृपया फ़ॉर्म ख़ुद भरें।
card-not-used = हम यह कार्ड इस्तेमाल नहीं कर सके। कृपया फ़ॉर्म ख़ुद भरें या रिसेप्शन पर पूछें।
card-offline = हम अभी आपका कार्ड जाँच नहीं सके। आपका कार्ड नंबर आपके फ़ॉर्म के साथ भेजा जाएगा और काउंसिल उसकी जाँच करेगी।
card-used = आपके कार्ड से आपका विवरण भर दिया गया है। हर पेज पर इसे जाँचें; आप इसे बदल सकते हैं।
card-pin-title = अपने कार्ड का PIN लिखें
card-pin-hint = नीचे दी गई कुंजियाँ इस्तेमाल करें। आपका PIN सिर्फ़ कार्ड जाँचने के लिए इस्तेमाल होता है। इसे कभी रखा या छापा नहीं जाता।
card-pin-typed = { $count ->
    [one] { $count } अंक लिखा गया
   *[other] { $count } अंक लिखे गए
}
card-pin-length = PIN में 4 से 12 अंक होते हैं। कृपया दोबारा लिखें।
card-pin-wrong = { $left ->
    [one] यह PIN सही नहीं है। आप एक बार और कोशिश कर सकते हैं।
   *[other] यह PIN सही नहीं है। आप { $left } बार और कोशिश कर सकते हैं।
}
card-pin-locked = इस कार्ड के लिए बहुत सारे ग़लत PIN। कृपया फ़ॉर्म ख़ुद भरें या रिसेप्शन पर पूछें।
card-cancel = रद्द करें
card-consent-title = क्या अपने कार्ड का विवरण इस्तेमाल करें?
card-consent-body = आपका कार्ड यह विवरण देता है। क्या आप फ़ॉर्म भरने के लिए इसे इस्तेमाल करना चाहते हैं? आप हर पेज पर इसे जाँचकर बदल सकते हैं।
card-consent-yes = हाँ, यह विवरण इस्तेमाल करें
card-consent-no = नहीं, मैं ख़ुद लिखूँगा

key-enter = एंटर
key-space = स्पेस
key-backspace = मिटाएँ
key-shift = शिफ़्ट
key-switch = कीबोर्ड बदलें

## Access: the keypad, speech, the low layout
# Header buttons.
low-layout = नीचा लेआउट
listen = सुनें
# Shown while speech is in English because the visitor's language has no voice (only Somali
# shows it; in English it is never seen).
speech-in-english = पढ़कर सुनाना अंग्रेज़ी में है: इस भाषा के लिए अभी कोई आवाज़ नहीं है।
# What speech calls each kind of control.
speech-role-button = बटन
speech-role-radio = रेडियो बटन
speech-role-checkbox = चेक बॉक्स
speech-role-edit = टेक्स्ट बॉक्स
speech-role-key = कुंजी
speech-role-pin-key = PIN कुंजी
# An option's place among the options: "2 of 4".
speech-position = { $count } में से { $pos }
speech-selected = चुना हुआ
speech-not-selected = नहीं चुना
speech-dimmed = अभी उपलब्ध नहीं
speech-blank = खाली
speech-deleted = मिटाया
# The PIN pad never says a digit.
speech-pin-hint = नंबर वाली कुंजियों से अपना PIN लिखें, फिर एंटर दबाएँ।
speech-pin-entered = अंक लिखा गया
speech-pin-deleted = अंक मिटाया गया
speech-pin-again = यह PIN स्वीकार नहीं हुआ। कृपया इसे दोबारा लिखें।
speech-louder = आवाज़ तेज़
speech-quieter = आवाज़ धीमी
# F1 on the keypad.
speech-help = ऊपर और नीचे वाली कुंजियों से एक चीज़ से दूसरी पर जाएँ। बाएँ और दाएँ वाली कुंजियों से सूची के अंदर जाएँ। एंटर से चुनें। एस्केप से पीछे जाएँ। प्लस और माइनस से आवाज़ कम या ज़्यादा करें। F2 से पूरा पेज पढ़कर सुनाया जाता है।

## How was this?
rate-title = यह कैसा रहा?
rate-hint = किसी चेहरे को छुएँ, या छोड़ दें। हम सिर्फ़ गिनती रखते हैं, आपके बारे में कुछ नहीं।
rate-1 = बहुत ख़राब
rate-2 = ख़राब
rate-3 = ठीक-ठाक
rate-4 = अच्छा
rate-5 = बहुत अच्छा
rate-skip = छोड़ें
# Said when a rating ends the visit.
rate-thanks = धन्यवाद।

## Opening hours
# Draft: the weekday and date wording awaits a native speaker's review.
# Outside the site's opening hours: the welcome screen, the menu and the ticket card. $when is
# today, tomorrow, a weekday (within the coming week) or date (then $date is 07/01/2027);
# $time is 09:00.
hours-closed = बंद है
hours-closed-opens = { $when ->
    [today] बंद है, आज { $time } बजे खुलेगा
    [tomorrow] बंद है, कल { $time } बजे खुलेगा
    [monday] बंद है, सोमवार को { $time } बजे खुलेगा
    [tuesday] बंद है, मंगलवार को { $time } बजे खुलेगा
    [wednesday] बंद है, बुधवार को { $time } बजे खुलेगा
    [thursday] बंद है, गुरुवार को { $time } बजे खुलेगा
    [friday] बंद है, शुक्रवार को { $time } बजे खुलेगा
    [saturday] बंद है, शनिवार को { $time } बजे खुलेगा
    [sunday] बंद है, रविवार को { $time } बजे खुलेगा
   *[date] बंद है, { $date } को { $time } बजे खुलेगा
}
ticket-closed = बंद रहने के दौरान टिकट नहीं दिए जाते

## "I need help", "anything else?", the ticket's QR code and appointment check-in
help-button = मुझे मदद चाहिए
help-told = स्टाफ़ को बता दिया गया है। कोई इस कियोस्क पर आएगा।
help-coming = स्टाफ़ का एक सदस्य आपके पास आ रहा है।
help-unreachable = कृपया रिसेप्शन पर पूछें।
help-close = बंद करें
ticket-also-title = क्या आज आपको कुछ और भी चाहिए?
ticket-also-hint = आपने { $service } चुना है। अगर आज आपको किसी और काम में भी मदद चाहिए, तो उस पर टिक करें (ज़्यादा से ज़्यादा { $max } और)। हर एक के लिए आपकी जगह बनी रहेगी।
ticket-also-go = मेरा टिकट दें
ticket-also-full = आप ज़्यादा से ज़्यादा { $max } और चुन सकते हैं। कोई दूसरा चुनने के लिए एक का टिक हटाएँ।
ticket-then = इसके बाद: { $service }
ticket-follow-screen = कतार में अपनी जगह देखने के लिए यह कोड अपने फ़ोन से स्कैन करें। आप कहीं और भी इंतज़ार कर सकते हैं।
ticket-follow-speech = अपने फ़ोन से स्कैन करने के लिए एक कोड है, जिससे आप कतार में अपनी जगह देख सकते हैं। आप कहीं और भी इंतज़ार कर सकते हैं।
ticket-appointment-unknown = हमें आज यह अपॉइंटमेंट नहीं मिल रहा। अपने कन्फ़र्मेशन पर रेफ़रेंस देखें, या रिसेप्शन पर पूछें।
ticket-appointment-already = आप पहले ही चेक इन कर चुके हैं। आपका नंबर { $number } है।
