# Status: draft awaiting review by a native speaker (machine-assisted translation)
# Kiosk screens. Every message here must exist in every locale (a test enforces it).

## Welcome
welcome-title = { $council } میں خوش آمدید
welcome-choose-language = اپنی زبان منتخب کریں
welcome-touch = شروع کرنے کے لیے اپنی زبان کو چھوئیں

## Everywhere
back = واپس
continue = آگے بڑھیں
optional = (اختیاری)
start-again = دوبارہ شروع کریں
language = زبان
large-text = بڑے حروف
normal-text = عام حروف
question-progress = سوال { $current } از { $total }

## Service menu
menu-title = آپ کیا کرنا چاہیں گے؟
menu-hint = ایک سروس منتخب کریں۔ آپ کسی بھی وقت واپس جا سکتے ہیں۔

## Questions
yes = ہاں
no = نہیں
consent-agree = میں متفق ہوں
choose-one = ایک جواب منتخب کریں
choose-many = جو جواب بھی درست ہوں، وہ سب منتخب کریں
choose-up-to = زیادہ سے زیادہ { $max } منتخب کریں
date-hint = مثال کے طور پر، 27 3 2007
date-day = دن
date-month = مہینہ
date-year = سال
address-postcode = پوسٹ کوڈ
address-house = گھر کا نمبر یا نام
address-street = گلی یا سڑک
address-town = قصبہ یا شہر
address-find-hint = پوسٹ کوڈ لکھیں، ہم پتہ ڈھونڈ لیں گے
address-select = اپنا پتہ چنیں
address-found = { $count ->
    [one] { $postcode } پر ایک پتہ
   *[other] { $postcode } پر { $count } پتے
}
address-not-listed = میرا پتہ فہرست میں نہیں ہے
address-enter = پتہ لکھیں
address-none-found = ہمیں { $postcode } پر کوئی پتہ نہیں ملا۔ پتہ لکھیں۔
address-unavailable = پتوں کی فہرست ابھی استعمال نہیں ہو سکتی۔ پتہ لکھیں۔
email-hint = ہم اسے صرف اس درخواست کے بارے میں آپ سے رابطہ کرنے کے لیے استعمال کریں گے
phone-hint = مثال کے طور پر، 07700 900 982 یا 0116 454 1000
postcode-hint = مثال کے طور پر، LE1 1AA

## Errors
error-summary-title = ایک مسئلہ ہے
error-required = جواب لکھیں
error-choose = ایک جواب منتخب کریں
error-consent = آگے بڑھنے کے لیے آپ کا متفق ہونا ضروری ہے
error-too-long = { $max } یا اس سے کم حروف لکھیں
error-too-short = کم از کم { $min } حروف لکھیں
error-characters = وہ نشانات ہٹا دیں جو استعمال نہیں ہو سکتے
error-pattern = اپنے جواب کی شکل چیک کریں
error-number = پورا عدد لکھیں، جیسے 12
error-too-small = { $min } یا اس سے بڑا عدد لکھیں
error-too-large = { $max } یا اس سے چھوٹا عدد لکھیں
error-choice = دکھائے گئے جوابات میں سے ایک منتخب کریں
error-too-few = کم از کم { $min } منتخب کریں
error-too-many = { $max } سے زیادہ منتخب نہ کریں
error-email = ای میل ایڈریس درست شکل میں لکھیں، جیسے name@example.com
error-phone = برطانیہ کا فون نمبر لکھیں، جیسے 07700 900 982
error-postcode = برطانیہ کا اصل پوسٹ کوڈ لکھیں، جیسے LE1 1AA
error-address-postcode = پوسٹ کوڈ لکھیں
error-address-house = گھر کا نمبر یا نام لکھیں
error-address-street = گلی یا سڑک کا نام لکھیں
error-address-town = قصبے یا شہر کا نام لکھیں
error-address-select = اپنا پتہ چنیں، یا ”میرا پتہ فہرست میں نہیں ہے“
error-date-part = تاریخ میں دن، مہینہ اور سال ہونا ضروری ہے
error-date-invalid = تاریخ اصل تاریخ ہونی چاہیے
error-date-year = سال میں 4 ہندسے ہونے چاہئیں
error-date-past = تاریخ آج کی یا آنے والے دنوں کی ہونی چاہیے
error-date-future = تاریخ آج کی یا گزرے ہوئے دنوں کی ہونی چاہیے
error-date-too-early = یہ تاریخ بہت پہلے کی ہے
error-date-too-late = یہ تاریخ بہت آگے کی ہے
error-wrong-type = یہ جواب صحیح شکل میں نہیں ہے۔ براہ کرم سوال کا دوبارہ جواب دیں
error-unknown-question = یہ جواب اس فارم کا حصہ نہیں ہے
error-send-failed = آپ کا فارم محفوظ نہیں ہو سکا۔ براہ کرم عملے کے کسی رکن سے مدد مانگیں

## Check your answers
check-title = بھیجنے سے پہلے اپنے جوابات چیک کریں
check-change = تبدیل کریں
check-not-answered = جواب نہیں دیا گیا
check-send-heading = اب اپنا فارم بھیجیں
check-send-body = یہ فارم بھیج کر آپ تصدیق کرتے ہیں کہ آپ کی معلومات کے مطابق، آپ کی دی گئی تفصیلات درست ہیں۔
send = بھیجیں

## Confirmation
confirm-title = فارم بھیج دیا گیا
confirm-reference = آپ کا ریفرنس نمبر
confirm-write-down = اپنا ریفرنس نمبر لکھ لیں یا اس کی تصویر لے لیں۔ اس کے ذریعے آپ اپنی درخواست کے بارے میں معلوم کر سکتے ہیں۔
confirm-next = آگے کیا ہوگا
confirm-next-generic = ہم آپ کی درخواست کونسل کی اس ٹیم کو بھیج دیں گے جو اس پر کام کرتی ہے۔
confirm-finish = ختم کریں

## Idle timeout
timeout-title = کیا آپ کو مزید وقت چاہیے؟
timeout-body = آپ کی رازداری کے لیے، ہم { $seconds ->
    [one] { $seconds } سیکنڈ
   *[other] { $seconds } سیکنڈ
} میں آپ کے جوابات مٹا دیں گے۔
timeout-more-time = مجھے مزید وقت چاہیے
timeout-clear = ابھی میرے جوابات مٹا دیں

## Leaving a form
leave-title = کیا آپ دوبارہ شروع کرنا چاہتے ہیں؟
leave-body = آپ کے جوابات مٹا دیے جائیں گے۔
leave-yes = ہاں، میرے جوابات مٹا دیں
leave-no = نہیں، فارم پر واپس جائیں

## On-screen keyboard
keyboard-show = کی بورڈ دکھائیں
keyboard-hide = کی بورڈ چھپائیں

## Track my enquiry
track-menu-title = اپنی درخواست کی صورتحال معلوم کریں
track-menu-summary = اپنا ریفرنس نمبر استعمال کر کے دیکھیں کہ آپ کے بھیجے ہوئے فارم کا کیا ہوا
track-title = اپنی درخواست کی صورتحال معلوم کریں
track-hint = اپنی رسید یا تصدیقی اسکرین پر دیا گیا ریفرنس نمبر لکھیں، مثال کے طور پر K7QF-9M2A
track-label = ریفرنس نمبر
track-find = تلاش کریں
track-error-length = ریفرنس نمبر میں 8 حروف اور ہندسے ہوتے ہیں، جیسے K7QF-9M2A
track-error-character = ریفرنس نمبر میں 0, O, 1, I یا U نہیں ہوتے۔ چیک کریں کہ آپ نے کیا لکھا ہے
track-error-check = اس ریفرنس نمبر میں کوئی غلطی ہے۔ ہر حرف چیک کریں
track-not-found = ہمیں اس کیوسک پر یہ ریفرنس نمبر نہیں مل رہا۔ براہ کرم عملے کے کسی رکن سے پوچھیں
track-pending = آپ کا فارم محفوظ ہے اور کونسل کو بھیجے جانے کا انتظار کر رہا ہے۔ آپ کو کچھ کرنے کی ضرورت نہیں۔
track-sent = آپ کا فارم کونسل تک پہنچ گیا ہے۔ کونسل کا ریفرنس نمبر { $crm } ہے۔
track-parked = آپ کا فارم بھیجنے سے پہلے عملے کے کسی رکن کو اسے چیک کرنا ہوگا۔ براہ کرم استقبالیہ پر پوچھیں۔
track-status-open = کونسل اس پر کام کر رہی ہے۔
track-status-closed = کونسل نے اس پر کام مکمل کر لیا ہے۔
track-status-other = کونسل کا کہنا ہے: { $status }
track-status-expected = کونسل کو { $date } تک کام مکمل ہونے کی توقع ہے۔
track-status-notes = کونسل کا نوٹ: { $notes }
track-checking = تازہ معلومات کے لیے کونسل سے پوچھا جا رہا ہے…
track-offline = ابھی ہم کونسل تک نہیں پہنچ پا رہے۔ یہ ہمیں ملنے والی آخری معلومات ہیں۔
track-checked = کونسل سے آخری بار { $date } کو پوچھا گیا۔

## Take a ticket (the queue)
ticket-menu-title = ٹکٹ لیں
ticket-menu-summary = استقبالیہ پر کسی سے ملنے کے لیے نمبر لیں، یا اپنی اپائنٹمنٹ کے لیے حاضری درج کریں
ticket-title = ٹکٹ لیں
ticket-hint = منتخب کریں کہ آپ کو کس چیز میں مدد چاہیے۔ آپ کو ایک نمبر ملے گا، اور آپ کی باری آنے پر ہم آپ کو بلائیں گے۔
ticket-hint-appointment = منتخب کریں کہ آپ کی اپائنٹمنٹ کس بارے میں ہے۔
ticket-service-housing = رہائش
ticket-service-council-tax = کونسل ٹیکس
ticket-service-general = عمومی معلومات
ticket-wait = { $minutes ->
    [0] اس وقت کوئی انتظار نہیں
    [one] تقریباً { $minutes } منٹ کا انتظار
   *[other] تقریباً { $minutes } منٹ کا انتظار
}
ticket-extra-help = مجھے اضافی مدد چاہیے (مثال کے طور پر، میں معذور ہوں، میری طبیعت ٹھیک نہیں، یا میں زیادہ دیر انتظار نہیں کر سکتا)
ticket-appointment-link = میری اپائنٹمنٹ ہے
ticket-appointment-title = اپائنٹمنٹ کے لیے حاضری درج کریں
ticket-appointment-hint = اپنی اپائنٹمنٹ کے خط، ای میل یا ٹیکسٹ میسج میں دیا گیا ریفرنس لکھیں
ticket-appointment-label = اپائنٹمنٹ ریفرنس
ticket-appointment-error = اپائنٹمنٹ ریفرنس میں زیادہ سے زیادہ 20 حروف اور اعداد ہوتے ہیں۔ جو لکھا ہے اسے چیک کریں
ticket-appointment-note = اپائنٹمنٹ { $reference } کے لیے حاضری
ticket-number-label = آپ کا ٹکٹ نمبر
ticket-wait-estimate = { $minutes ->
    [0] آپ کو بہت جلد بلایا جائے گا
    [one] متوقع انتظار: تقریباً { $minutes } منٹ
   *[other] متوقع انتظار: تقریباً { $minutes } منٹ
}
ticket-instructions = براہ کرم بلائے جانے کا انتظار کریں۔ اسکرین دیکھتے رہیں: اس پر آپ کا نمبر اور وہ کاؤنٹر دکھایا جائے گا جہاں آپ کو جانا ہے۔
ticket-priority = آپ کو ترجیحی بنیاد پر دیکھا جائے گا۔
ticket-checked-in = اپائنٹمنٹ { $reference } کے لیے آپ کی حاضری درج ہو گئی ہے۔
ticket-unavailable = اس وقت ٹکٹ دستیاب نہیں ہیں
ticket-unavailable-body = براہ کرم استقبالیہ پر پوچھیں۔ عملے کا کوئی رکن آپ کی مدد کرے گا۔
ticket-none-left = آج { $service } کے لیے مزید ٹکٹ نہیں ہیں
ticket-no-more-today = آج مزید ٹکٹ نہیں ہیں
ticket-finish = ختم کریں
ticket-sms-offer = اپنی باری آنے پر ٹیکسٹ حاصل کریں
ticket-sms-title = جب میری باری قریب ہو تو مجھے ٹیکسٹ کریں؟
ticket-sms-body = آج ہم اس نمبر پر زیادہ سے زیادہ دو ٹیکسٹ بھیجیں گے: ایک جب آپ قطار میں تیسرے ہوں گے، اور ایک جب آپ کو بلایا جائے گا۔ ہم آپ کا نمبر خفیہ (encrypted) حالت میں صرف آج کے دن کے اختتام تک رکھتے ہیں، پھر اسے مٹا دیتے ہیں۔ یہ کسی اور کام کے لیے استعمال نہیں ہوتا۔ کونسل کی طرف سے ٹیکسٹ GOV.UK Notify بھیجتا ہے۔ آپ اسے چھوڑ سکتے ہیں: "نہیں، شکریہ" چنیں۔
ticket-sms-label = آپ کا موبائل نمبر
ticket-sms-error = برطانیہ کا موبائل نمبر درج کریں، جیسے ‎07700 900123
ticket-sms-send = مجھے ٹیکسٹ بھیجیں
ticket-sms-no = نہیں، شکریہ
ticket-sms-agreed = جب آپ تیسرے ہوں گے اور جب آپ کو بلایا جائے گا، ہم آپ کو ٹیکسٹ کریں گے۔
ticket-sms-unavailable = ابھی ٹیکسٹ دستیاب نہیں ہیں۔

## The receipt or ticket printer, under the reference or number
print-receipt-printing = آپ کی رسید پرنٹ ہو رہی ہے…
print-receipt-done = براہ کرم پرنٹر سے اپنی رسید لے لیں۔
print-receipt-failed = معذرت، پرنٹر کام نہیں کر رہا، اس لیے کاغذی رسید نہیں ملے گی۔ براہ کرم اپنا ریفرنس نمبر لکھ لیں یا اس کی تصویر لے لیں۔
print-ticket-printing = آپ کا ٹکٹ پرنٹ ہو رہا ہے…
print-ticket-done = براہ کرم پرنٹر سے اپنا ٹکٹ لے لیں۔
print-ticket-failed = معذرت، پرنٹر کام نہیں کر رہا، اس لیے کاغذی ٹکٹ نہیں ملے گا۔ براہ کرم اپنا ٹکٹ نمبر یاد رکھیں یا اس کی تصویر لے لیں۔

## Signing in with a library or council card
card-hint = کیا آپ کے پاس لائبریری یا کونسل کا کارڈ ہے؟ اپنی تفصیلات بھرنے کے لیے اسے ریڈر پر لگائیں یا اسکین کریں۔
card-checking = آپ کا کارڈ چیک ہو رہا ہے…
card-unavailable = ابھی کارڈ استعمال نہیں ہو سکتے۔ براہ کرم فارم خود بھریں۔
card-not-used = ہم یہ کارڈ استعمال نہیں کر سکے۔ براہ کرم فارم خود بھریں یا استقبالیہ پر پوچھیں۔
card-offline = ہم ابھی آپ کا کارڈ چیک نہیں کر سکے۔ آپ کا کارڈ نمبر آپ کے فارم کے ساتھ بھیجا جائے گا اور کونسل اسے چیک کرے گی۔
card-used = آپ کے کارڈ سے آپ کی تفصیلات بھر دی گئی ہیں۔ ہر صفحے پر انہیں چیک کریں؛ آپ انہیں بدل سکتے ہیں۔
card-pin-title = اپنے کارڈ کا PIN لکھیں
card-pin-hint = نیچے دی گئی کیز استعمال کریں۔ آپ کا PIN صرف کارڈ چیک کرنے کے لیے استعمال ہوتا ہے۔ اسے کبھی محفوظ یا پرنٹ نہیں کیا جاتا۔
card-pin-typed = { $count ->
    [one] { $count } ہندسہ لکھا گیا
   *[other] { $count } ہندسے لکھے گئے
}
card-pin-length = PIN میں 4 سے 12 ہندسے ہوتے ہیں۔ براہ کرم دوبارہ لکھیں۔
card-pin-wrong = { $left ->
    [one] یہ PIN درست نہیں۔ آپ ایک بار اور کوشش کر سکتے ہیں۔
   *[other] یہ PIN درست نہیں۔ آپ { $left } بار اور کوشش کر سکتے ہیں۔
}
card-pin-locked = اس کارڈ کے لیے بہت زیادہ غلط PIN۔ براہ کرم فارم خود بھریں یا استقبالیہ پر پوچھیں۔
card-cancel = منسوخ کریں
card-consent-title = کیا اپنے کارڈ کی تفصیلات استعمال کریں؟
card-consent-body = آپ کا کارڈ یہ تفصیلات دیتا ہے۔ کیا آپ فارم بھرنے کے لیے انہیں استعمال کرنا چاہتے ہیں؟ آپ ہر صفحے پر انہیں چیک کر کے بدل سکتے ہیں۔
card-consent-yes = جی ہاں، یہ تفصیلات استعمال کریں
card-consent-no = نہیں، میں خود لکھوں گا

key-enter = انٹر
key-space = اسپیس
key-backspace = مٹائیں
key-shift = شفٹ
key-switch = کی بورڈ بدلیں

## Access: the keypad, speech, the low layout
# Header buttons.
low-layout = نیچا لے آؤٹ
listen = سنیں
# Shown while speech is in English because the visitor's language has no voice (only Somali
# shows it; in English it is never seen).
speech-in-english = پڑھ کر سنانا انگریزی میں ہے، کیونکہ اس زبان کے لیے ابھی کوئی آواز نہیں ہے۔
# What speech calls each kind of control.
speech-role-button = بٹن
speech-role-radio = ریڈیو بٹن
speech-role-checkbox = چیک باکس
speech-role-edit = لکھنے کا خانہ
speech-role-key = کی
speech-role-pin-key = PIN کی
# An option's place among the options: "2 of 4".
speech-position = { $count } میں سے { $pos }
speech-selected = منتخب
speech-not-selected = منتخب نہیں
speech-dimmed = ابھی دستیاب نہیں
speech-blank = خالی
speech-deleted = مٹایا گیا
# The PIN pad never says a digit.
speech-pin-hint = نمبر والی کیز سے اپنا PIN لکھیں، پھر انٹر دبائیں۔
speech-pin-entered = ہندسہ لکھا گیا
speech-pin-deleted = ہندسہ مٹایا گیا
speech-pin-again = یہ PIN قبول نہیں ہوا۔ براہ کرم اسے دوبارہ لکھیں۔
speech-louder = آواز اونچی
speech-quieter = آواز دھیمی
# F1 on the keypad.
speech-help = اوپر اور نیچے والی کیز سے ایک چیز سے دوسری پر جائیں۔ بائیں اور دائیں والی کیز سے فہرست کے اندر جائیں۔ انٹر سے منتخب کریں۔ ایسکیپ سے واپس جائیں۔ پلس اور مائنس سے آواز کم یا زیادہ کریں۔ F2 سے پورا صفحہ پڑھ کر سنایا جاتا ہے۔

## How was this?
rate-title = یہ کیسا رہا؟
rate-hint = کسی چہرے کو چھوئیں، یا چھوڑ دیں۔ ہم صرف گنتی رکھتے ہیں، آپ کے بارے میں کچھ نہیں۔
rate-1 = بہت برا
rate-2 = برا
rate-3 = ٹھیک ہے
rate-4 = اچھا
rate-5 = بہت اچھا
rate-skip = چھوڑ دیں
# Said when a rating ends the visit.
rate-thanks = شکریہ۔

## Opening hours
# Draft: the weekday and date wording awaits a native speaker's review.
# Outside the site's opening hours: the welcome screen, the menu and the ticket card. $when is
# today, tomorrow, a weekday (within the coming week) or date (then $date is 07/01/2027);
# $time is 09:00.
hours-closed = بند ہے
hours-closed-opens = { $when ->
    [today] بند ہے، آج { $time } بجے کھلے گا
    [tomorrow] بند ہے، کل { $time } بجے کھلے گا
    [monday] بند ہے، پیر کو { $time } بجے کھلے گا
    [tuesday] بند ہے، منگل کو { $time } بجے کھلے گا
    [wednesday] بند ہے، بدھ کو { $time } بجے کھلے گا
    [thursday] بند ہے، جمعرات کو { $time } بجے کھلے گا
    [friday] بند ہے، جمعہ کو { $time } بجے کھلے گا
    [saturday] بند ہے، ہفتہ کو { $time } بجے کھلے گا
    [sunday] بند ہے، اتوار کو { $time } بجے کھلے گا
   *[date] بند ہے، { $date } کو { $time } بجے کھلے گا
}
ticket-closed = بند ہونے کے دوران ٹکٹ نہیں دیے جاتے

## "I need help", "anything else?", the ticket's QR code and appointment check-in
help-button = مجھے مدد چاہیے
help-told = عملے کو بتا دیا گیا ہے۔ کوئی اس کیوسک پر آئے گا۔
help-coming = عملے کا ایک رکن آپ کی طرف آ رہا ہے۔
help-unreachable = براہ کرم استقبالیہ پر پوچھیں۔
help-close = بند کریں
ticket-also-title = کیا آج آپ کو کچھ اور بھی چاہیے؟
ticket-also-hint = آپ نے { $service } چنا ہے۔ اگر آج آپ کو کسی اور کام میں بھی مدد چاہیے تو اس پر نشان لگائیں (زیادہ سے زیادہ { $max } مزید)۔ ہر ایک کے لیے آپ کی باری برقرار رہے گی۔
ticket-also-go = میرا ٹکٹ دیں
ticket-also-full = آپ زیادہ سے زیادہ { $max } مزید چن سکتے ہیں۔ کوئی اور چننے کے لیے ایک کا نشان ہٹائیں۔
ticket-then = اس کے بعد: { $service }
ticket-follow-screen = قطار میں اپنی جگہ دیکھنے کے لیے یہ کوڈ اپنے فون سے اسکین کریں۔ آپ کہیں اور بھی انتظار کر سکتے ہیں۔
ticket-follow-speech = ایک کوڈ ہے جسے آپ اپنے فون سے اسکین کر کے قطار میں اپنی جگہ دیکھ سکتے ہیں۔ آپ کہیں اور بھی انتظار کر سکتے ہیں۔
ticket-appointment-unknown = ہمیں آج یہ اپائنٹمنٹ نہیں مل رہی۔ اپنی تصدیق پر ریفرنس دیکھیں، یا استقبالیہ پر پوچھیں۔
ticket-appointment-already = آپ پہلے ہی چیک اِن کر چکے ہیں۔ آپ کا نمبر { $number } ہے۔
