# Status: draft (machine-assisted; awaiting review by a native speaker)
# The staff screen's words (Urdu), read when the config's [staff] locale is "ur".

## PIN pad
staff-pin-title = صرف عملے کے لیے
staff-pin-hint = عملے کا PIN لکھیں، پھر ↵ یا کھولیں کا بٹن دبائیں۔
staff-pin-typed = PIN: { $count ->
    [0] کچھ نہیں لکھا گیا
    [one] 1 ہندسہ لکھا گیا
   *[other] { $count } ہندسے لکھے گئے
}
staff-pin-unlock = کھولیں
staff-pin-checking = PIN چیک کیا جا رہا ہے…
staff-pin-wrong = غلط PIN۔ { $tries ->
    [one] مزید 1 غلط PIN سے عملے کی اسکرین لاک ہو جائے گی۔
   *[other] مزید { $tries } غلط PIN سے عملے کی اسکرین لاک ہو جائے گی۔
}
staff-pin-locked = بہت زیادہ غلط PIN۔ عملے کی اسکرین { $time } تک لاک ہے۔
staff-pin-length = عملے کا PIN 4 سے 12 ہندسوں کا ہوتا ہے۔
staff-pin-check-failed = PIN چیک نہیں کیا جا سکا ({ $error })۔
staff-db-write-failed = کیوسک کے ڈیٹا بیس میں لکھا نہیں جا سکا ({ $error })۔
staff-db-read-failed = کیوسک کا ڈیٹا بیس پڑھا نہیں جا سکا ({ $error })۔
staff-months = جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر
staff-date-time = { $day } { $month } { $time }
staff-disabled = اس کیوسک پر عملے کی اسکرین بند ہے۔ اسے چالو کرنے کے لیے کنفیگ میں staff.pin_hash سیٹ کریں (docs/OPERATIONS.md دیکھیں)۔
staff-close = بند کریں

## The staff screen
staff-title = عملہ: آؤٹ باکس
staff-count-pending = زیر التوا
staff-count-retrying = دوبارہ کوشش جاری
staff-count-parked = روکے گئے
staff-count-acknowledged = وصولی کی تصدیق
staff-count-purged = مٹا دیے گئے
staff-connectivity-title = کونسل کے سسٹم سے رابطہ
staff-crm-none = کوئی CRM سیٹ نہیں ہے (crm.kind = "none"): جب تک CRM سیٹ نہ ہو، فارم اسی کیوسک پر رہیں گے۔
staff-crm-never = کیوسک نے ابھی تک اس سے رابطے کی کوشش نہیں کی۔
staff-crm-ok = آخری رابطہ کامیاب رہا ({ $when })۔
staff-crm-failed = آخری رابطہ ناکام رہا ({ $when })۔
staff-crm-last-reached = آخری کامیاب رابطہ: { $when }۔
staff-crm-never-reached = اس کیوسک سے کبھی رابطہ نہیں ہو سکا۔
staff-crm-error = آخری خرابی: { $error }
staff-waiting = { $waiting } بھیجے جانے کے منتظر، { $parked } روکے گئے۔
staff-attention = { $count ->
    [one] 1 فارم پر توجہ کی ضرورت ہے (سب سے اوپر دکھایا گیا)۔
   *[other] { $count } فارموں پر توجہ کی ضرورت ہے (سب سے اوپر دکھائے گئے)۔
}
staff-crm-dropped = کونسل کے سسٹم نے فارم قبول کر لیے، لیکن کچھ فیلڈز محفوظ نہیں کیے۔ ہر جواب تفصیل میں بھی موجود ہے، اس لیے کچھ ضائع نہیں ہوا؛ CRM کے ایڈمنسٹریٹر سے کہیں کہ ان فیلڈز کو میپ کریں۔
staff-forwarder-fault = بھیجنا رکا ہوا ہے: کیوسک کے ڈیٹا بیس میں خرابی ہوئی ({ $when })۔ کچھ ضائع نہیں ہوا؛ خرابی دور ہوتے ہی بھیجنا خود بخود دوبارہ شروع ہو جائے گا (مثلاً ڈسک پر جگہ خالی کرنے سے)۔
staff-forwarder-restarted = { $count ->
    [one] بھیجنے کا عمل ایک بار رک گیا اور اسے دوبارہ شروع کیا گیا۔
   *[other] بھیجنے کا عمل { $count } بار رک گیا اور اسے دوبارہ شروع کیا گیا۔
}
staff-send-now = ابھی بھیجیں
staff-sent-now = ابھی بھیجا جا رہا ہے۔ { $count ->
    [0] کوئی فارم دوبارہ کوشش کا منتظر نہیں تھا۔
    [one] 1 دوبارہ کوشش پہلے کر دی گئی۔
   *[other] { $count } دوبارہ کوششیں پہلے کر دی گئیں۔
}
staff-send-none = کوئی CRM سیٹ نہیں ہے، اس لیے کچھ نہیں بھیجا جا سکتا۔
staff-refresh = تازہ کریں
staff-rows-title = بھیجے گئے فارم، نئے پہلے
staff-rows-empty = آؤٹ باکس خالی ہے۔
staff-rows-more = { $total } میں سے سب سے نئے { $shown } دکھائے جا رہے ہیں۔
staff-row-age = { $age } پرانا
staff-row-attempts = { $attempts ->
    [0] ابھی کوشش نہیں کی گئی
    [one] 1 کوشش
   *[other] { $attempts } کوششیں
}
staff-row-next = اگلی کوشش { $time }
staff-row-error = خرابی: { $error }
staff-retry = { $reference } دوبارہ بھیجیں
staff-retried = { $reference } دوبارہ بھیجا جائے گا۔
staff-retry-failed = { $reference } اب روکا ہوا نہیں ہے؛ دوبارہ کوشش کے لیے کچھ نہیں۔
staff-state-pending = زیر التوا
staff-state-retrying = دوبارہ کوشش جاری
staff-state-parked = روکا گیا
staff-state-acknowledged = وصولی کی تصدیق ہو گئی
staff-state-purged = وصولی کی تصدیق ہو گئی، جوابات مٹا دیے گئے
staff-state-attention = { $state }: توجہ کی ضرورت ہے، { $for } سے ایک ہی خرابی آ رہی ہے
staff-time-unknown = وقت معلوم نہیں
staff-when = { $time }، { $ago } پہلے

## Devices
staff-devices-title = پرنٹر اور کارڈ ریڈر
staff-printer-none = پرنٹر: ترتیب نہیں دیا گیا؛ نمبر صرف اسکرین پر دکھائے جاتے ہیں۔
staff-printer-unknown = پرنٹر: جانچ ہو رہی ہے…
staff-printer-nostatus = پرنٹر: منسلک ہے (کاغذ یا خرابی کی اطلاع نہیں دے سکتا)۔
staff-printer-ready = پرنٹر: تیار ہے۔
staff-printer-low = پرنٹر: کاغذ ختم ہونے والا ہے۔ جلد رول بدلیں۔
staff-printer-fault = پرنٹر: کام نہیں کر رہا ({ $reason })۔ آنے والوں کو لکھنے کے لیے ان کا نمبر دکھایا جاتا ہے۔
staff-reader-none = کارڈ ریڈر: کوئی منسلک نہیں۔
staff-reader-ready = کارڈ ریڈر ({ $reader }): تیار ہے۔
staff-reader-unavailable = کارڈ ریڈر ({ $reader }): کام نہیں کر رہا ({ $reason })۔ یہ دوبارہ جڑنے کی کوشش کرتا رہتا ہے۔
staff-card-last = آخری پڑھا گیا کارڈ: { $card } ({ $reader }) { $time } بجے۔
staff-card-none = کیوسک شروع ہونے کے بعد کوئی کارڈ نہیں پڑھا گیا۔
staff-print-test = ٹیسٹ صفحہ پرنٹ کریں
staff-print-test-sent = ٹیسٹ صفحہ پرنٹر کو بھیج دیا گیا۔

## The answers block of an Open311 request's description (read by council staff in the CRM)
crm-answers-heading = کیوسک پر دیے گئے جوابات:
crm-answers-shortened = CRM کی لمبائی کی حد کی وجہ سے چھوڑے گئے جوابات: { $count }

## The email a council with only a mailbox receives for each submission (read by council staff)
crm-email-subject = کیوسک سے درخواست { $reference }: { $subject }
crm-email-reference = حوالہ: { $reference }
crm-email-form = فارم: { $subject }
crm-email-sent = کیوسک سے بھیجا گیا: { $when }
crm-email-uprn = UPRN: { $detail }
crm-email-uprn-typed = UPRN: کوئی نہیں (ہاتھ سے لکھا گیا، پتوں کی فہرست سے نہیں؛ براہ کرم پتہ ملائیں)
crm-email-usrn = USRN: { $detail }
crm-email-location = مقام (عرض البلد، طول البلد): { $detail }
crm-email-card = کارڈ: { $card } ({ $reader }، { $state })
crm-email-card-none = کارڈ: استعمال نہیں ہوا
crm-email-check-kiosk = کیوسک پر تصدیق شدہ
crm-email-check-unchecked = تصدیق نہیں ہوئی (کارڈ سروس تک رسائی نہیں ہو سکی)
crm-email-check-forwarded = بھیجتے وقت نمبر سے تصدیق شدہ
crm-email-check-rejected = بھیجتے وقت کارڈ سروس نے مسترد کیا
crm-email-attachment = یہی درخواست نظاموں کے لیے منسلک ہے: { $detail }

## Visitor ratings ("How was this?" at the end of a visit), counted for today.
staff-ratings-title = آج آنے والوں کی ریٹنگ
staff-ratings-none = آج ابھی تک کوئی ریٹنگ نہیں۔
staff-ratings-line = { $subject }: { $count ->
    [one] 1 ریٹنگ
   *[other] { $count } ریٹنگز
}، اوسط 5 میں سے { $average }
