# Status: draft awaiting review by a native speaker (machine-assisted translation)
# The queue board and its spoken calls. Every message here must exist in every locale (a test
# enforces it). Spoken messages go to espeak-ng: { $ticket } is the letters, said as letters, then
# the number as a number ("A 42"), so write it as a number is written in running text, never
# spelled out.

## Services: one per [queue] service id, queue-service-<id>
queue-service-housing = رہائش
queue-service-council-tax = کونسل ٹیکس
queue-service-general = عمومی معلومات

## The board
queue-board-now-calling = اب بلایا جا رہا ہے
queue-board-counter = کاؤنٹر { $counter }
queue-board-recall = دوبارہ بلاوا
queue-board-last-calls = پچھلے بلاوے
queue-board-services = ابھی منتظر
queue-board-waiting = { $count } منتظر
queue-board-wait = { $minutes ->
    [0] کوئی انتظار نہیں
   *[other] تقریباً { $minutes } منٹ
}
queue-board-no-calls = براہ کرم اپنی باری کا انتظار کریں
queue-board-offline = قطار سے رابطہ ٹوٹ گیا، دوبارہ جوڑا جا رہا ہے۔ دکھائے گئے بلاوے پرانے ہو سکتے ہیں۔
queue-board-connecting = قطار سے رابطہ کیا جا رہا ہے…

## The board: a service no open counter serves, and a board that cannot be heard
queue-board-no-counter = ابھی کوئی کاؤنٹر کھلا نہیں
queue-board-silent = اس وقت بلاوے بول کر نہیں سنائے جا رہے۔ براہ کرم اپنے نمبر کے لیے یہ اسکرین دیکھتے رہیں۔

## Spoken
queue-speech-call = { $ticket }، کاؤنٹر { $counter }۔
queue-speech-recall = { $ticket }، کاؤنٹر { $counter }، دوبارہ۔

## Opening hours
# Draft: the weekday and date wording awaits a native speaker's review.
# The board outside the site's opening hours ($when, $time, $date as in kiosk.ftl).
queue-board-closed = بند ہے
queue-board-closed-opens = { $when ->
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

## Mobile ticket page
mobile-page-title = ٹکٹ { $ticket }
mobile-your-number = آپ کا نمبر
mobile-next = اگلی باری آپ کی ہے
mobile-position = قطار میں آپ { $position } نمبر پر ہیں
mobile-wait = { $minutes ->
    [0] کسی بھی لمحے
   *[other] تقریباً { $minutes } منٹ
}
mobile-no-counter = ابھی کوئی کاؤنٹر کھلا نہیں
mobile-then = اس کے بعد: { $service }
mobile-called = آپ کی باری: کاؤنٹر { $counter } پر جائیں
mobile-recalled = آپ کی باری: کاؤنٹر { $counter } پر جائیں، دوبارہ
mobile-serving = کاؤنٹر { $counter } پر آپ کی خدمت کی جا رہی ہے
mobile-parked = براہ کرم قریب رہیں: عملہ آپ کو دوبارہ بلائے گا۔
mobile-done = سب مکمل ہو گیا۔ تشریف لانے کا شکریہ۔
mobile-missed = آپ کو بلایا گیا تھا لیکن آپ نہیں آئے۔ براہ کرم استقبالیہ پر پوچھیں۔
mobile-stale = یہ صفحہ پرانا ہو سکتا ہے۔ براہ کرم اسکرینیں دیکھیں یا استقبالیہ پر پوچھیں۔
mobile-more-time = مجھے مزید وقت چاہیے
mobile-more-time-hint = { $places ->
    [one] اس سے آپ { $places } جگہ پیچھے چلے جائیں گے۔ آپ اسے ایک ہی بار استعمال کر سکتے ہیں۔
   *[other] اس سے آپ { $places } جگہیں پیچھے چلے جائیں گے۔ آپ اسے ایک ہی بار استعمال کر سکتے ہیں۔
}
mobile-more-time-used = آپ نے مزید وقت مانگا ہے

## Board: several services

# Under a called ticket whose visit goes on to another service: the next service's name.
queue-board-then = پھر { $service }
