# Status: draft awaiting review by a native speaker (machine-assisted translation)
# Kiosk screens. Every message here must exist in every locale (a test enforces it).

## Welcome
welcome-title = أهلًا بكم في { $council }
welcome-choose-language = اختر لغتك
welcome-touch = المس لغتك للبدء

## Everywhere
back = رجوع
continue = متابعة
optional = (اختياري)
start-again = البدء من جديد
language = اللغة
large-text = خط أكبر
normal-text = خط عادي
question-progress = السؤال { $current } من { $total }

## Service menu
menu-title = ماذا تريد أن تفعل؟
menu-hint = اختر خدمة. يمكنك الرجوع في أي وقت.

## Questions
yes = نعم
no = لا
consent-agree = أوافق
choose-one = اختر خيارًا واحدًا
choose-many = اختر كل ما ينطبق
choose-up-to = اختر { $max } كحد أقصى
date-hint = مثال: 27 3 2007
date-day = اليوم
date-month = الشهر
date-year = السنة
address-postcode = الرمز البريدي (Postcode)
address-house = رقم المنزل أو اسمه
address-street = الشارع
address-town = البلدة أو المدينة
address-find-hint = اكتب الرمز البريدي وسنجد العنوان
address-select = اختر عنوانك
address-found = { $count ->
    [one] عنوان واحد في { $postcode }
   *[other] { $count } عناوين في { $postcode }
}
address-not-listed = عنواني غير موجود في القائمة
address-enter = اكتب العنوان
address-none-found = لم نجد عناوين في { $postcode }. اكتب العنوان.
address-unavailable = لا يمكن استخدام قائمة العناوين الآن. اكتب العنوان.
email-hint = لن نستخدم هذا إلا للتواصل معك بخصوص هذا الطلب
phone-hint = مثال: 07700 900 982 أو 0116 454 1000
postcode-hint = مثال: LE1 1AA

## Errors
error-summary-title = هناك مشكلة
error-required = يُرجى كتابة إجابة
error-choose = يُرجى اختيار خيار
error-consent = يجب أن توافق حتى تتمكن من المتابعة
error-too-long = يُرجى ألا يزيد عدد الأحرف على { $max }
error-too-short = يُرجى ألا يقل عدد الأحرف عن { $min }
error-characters = يُرجى حذف الرموز التي لا يمكن استخدامها
error-pattern = يُرجى التحقق من شكل إجابتك
error-number = يُرجى كتابة عدد صحيح، مثل 12
error-too-small = يُرجى كتابة عدد يساوي { $min } أو أكثر
error-too-large = يُرجى كتابة عدد يساوي { $max } أو أقل
error-choice = يُرجى اختيار أحد الخيارات المعروضة
error-too-few = يُرجى اختيار { $min } على الأقل
error-too-many = يُرجى عدم اختيار أكثر من { $max }
error-email = يُرجى كتابة عنوان بريد إلكتروني بالشكل الصحيح، مثل name@example.com
error-phone = يُرجى كتابة رقم هاتف بريطاني، مثل 07700 900 982
error-postcode = يُرجى كتابة رمز بريدي بريطاني حقيقي، مثل LE1 1AA
error-address-postcode = يُرجى كتابة الرمز البريدي
error-address-house = يُرجى كتابة رقم المنزل أو اسمه
error-address-street = يُرجى كتابة اسم الشارع
error-address-town = يُرجى كتابة اسم البلدة أو المدينة
error-address-select = اختر عنوانك، أو «عنواني غير موجود في القائمة»
error-date-part = يجب أن يتضمن التاريخ اليوم والشهر والسنة
error-date-invalid = يجب أن يكون التاريخ تاريخًا حقيقيًا
error-date-year = يجب أن تتكون السنة من 4 أرقام
error-date-past = يجب أن يكون التاريخ اليوم أو في المستقبل
error-date-future = يجب أن يكون التاريخ اليوم أو في الماضي
error-date-too-early = هذا التاريخ بعيد جدًا في الماضي
error-date-too-late = هذا التاريخ بعيد جدًا في المستقبل
error-wrong-type = هذه الإجابة ليست بالشكل الصحيح. يُرجى الإجابة عن السؤال مرة أخرى
error-unknown-question = هذه الإجابة لا تخص هذا النموذج
error-send-failed = تعذّر حفظ النموذج. يُرجى طلب المساعدة من أحد الموظفين

## Check your answers
check-title = راجع إجاباتك قبل الإرسال
check-change = تغيير
check-not-answered = لم تتم الإجابة
check-send-heading = أرسل النموذج الآن
check-send-body = بإرسال هذا النموذج، فإنك تؤكد أن المعلومات التي تقدمها صحيحة حسب علمك.
send = إرسال

## Confirmation
confirm-title = تم إرسال النموذج
confirm-reference = رقمك المرجعي
confirm-write-down = اكتب رقمك المرجعي أو التقط له صورة. يمكنك استخدامه لمتابعة طلبك.
confirm-next = ماذا سيحدث بعد ذلك
confirm-next-generic = سنرسل طلبك إلى فريق المجلس المختص بمعالجته.
confirm-finish = إنهاء

## Idle timeout
timeout-title = هل تحتاج إلى مزيد من الوقت؟
timeout-body = حفاظًا على خصوصيتك، سنمسح إجاباتك خلال { $seconds ->
    [zero] { $seconds } ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوانٍ
    [many] { $seconds } ثانية
   *[other] { $seconds } ثانية
}.
timeout-more-time = أحتاج إلى مزيد من الوقت
timeout-clear = امسح إجاباتي الآن

## Leaving a form
leave-title = هل تريد البدء من جديد؟
leave-body = سيتم حذف إجاباتك.
leave-yes = نعم، احذف إجاباتي
leave-no = لا، العودة إلى النموذج

## On-screen keyboard
keyboard-show = إظهار لوحة المفاتيح
keyboard-hide = إخفاء لوحة المفاتيح

## Track my enquiry
track-menu-title = تتبع طلبك
track-menu-summary = استخدم رقمك المرجعي لمعرفة ما حدث لنموذج أرسلته
track-title = تتبع طلبك
track-hint = اكتب الرقم المرجعي الموجود على الإيصال أو على شاشة التأكيد، مثال: K7QF-9M2A
track-label = الرقم المرجعي
track-find = بحث
track-error-length = يتكون الرقم المرجعي من 8 أحرف وأرقام، مثل K7QF-9M2A
track-error-character = لا تحتوي الأرقام المرجعية على 0, O, 1, I أو U. يُرجى التحقق مما كتبته
track-error-check = يوجد خطأ في هذا الرقم المرجعي. يُرجى التحقق من كل رمز فيه
track-not-found = لا يمكننا العثور على هذا الرقم المرجعي على هذا الجهاز. يُرجى سؤال أحد الموظفين
track-pending = تم حفظ نموذجك وهو في انتظار إرساله إلى المجلس. لا تحتاج إلى فعل أي شيء.
track-sent = وصل نموذجك إلى المجلس. الرقم المرجعي لدى المجلس هو { $crm }.
track-parked = يجب أن يراجع أحد الموظفين نموذجك قبل أن يمكن إرساله. يُرجى السؤال في مكتب الاستقبال.
track-status-open = المجلس يعمل على طلبك.
track-status-closed = أنهى المجلس العمل على طلبك.
track-status-other = يقول المجلس: { $status }
track-status-expected = يتوقع المجلس الانتهاء بحلول { $date }.
track-status-notes = ملاحظة من المجلس: { $notes }
track-checking = جارٍ التحقق من آخر الأخبار لدى المجلس…
track-offline = لا يمكننا الوصول إلى المجلس الآن. هذا آخر ما سمعناه.
track-checked = آخر تحقق لدى المجلس كان في { $date }.

## Take a ticket (the queue)
ticket-menu-title = خذ رقمًا
ticket-menu-summary = احصل على رقم لمقابلة أحد موظفي الاستقبال، أو سجّل حضورك لموعد
ticket-title = خذ رقمًا
ticket-hint = اختر ما تحتاج إلى المساعدة فيه. ستحصل على رقم، وسننادي عليك عندما يحين دورك.
ticket-hint-appointment = اختر موضوع موعدك.
ticket-service-housing = السكن
ticket-service-council-tax = ضريبة المجلس
ticket-service-general = استفسارات عامة
ticket-wait = { $minutes ->
    [0] لا يوجد انتظار حاليًا
    [zero] لا يوجد انتظار حاليًا
    [one] انتظار حوالي دقيقة واحدة
    [two] انتظار حوالي دقيقتين
    [few] انتظار حوالي { $minutes } دقائق
    [many] انتظار حوالي { $minutes } دقيقة
   *[other] انتظار حوالي { $minutes } دقيقة
}
ticket-extra-help = أحتاج إلى مساعدة إضافية (مثلًا: لديّ إعاقة، أو أنا مريض، أو لا أستطيع الانتظار طويلًا)
ticket-appointment-link = لديّ موعد
ticket-appointment-title = سجّل حضورك لموعد
ticket-appointment-hint = اكتب الرقم المرجعي الموجود في رسالة الموعد أو البريد الإلكتروني أو الرسالة النصية
ticket-appointment-label = الرقم المرجعي للموعد
ticket-appointment-error = يتكوّن الرقم المرجعي للموعد من 20 حرفًا ورقمًا على الأكثر. تحقّق مما كتبته
ticket-appointment-note = تسجيل الحضور للموعد { $reference }
ticket-number-label = رقم دورك
ticket-wait-estimate = { $minutes ->
    [0] سيتم النداء عليك قريبًا جدًا
    [zero] سيتم النداء عليك قريبًا جدًا
    [one] الانتظار المتوقع: حوالي دقيقة واحدة
    [two] الانتظار المتوقع: حوالي دقيقتين
    [few] الانتظار المتوقع: حوالي { $minutes } دقائق
    [many] الانتظار المتوقع: حوالي { $minutes } دقيقة
   *[other] الانتظار المتوقع: حوالي { $minutes } دقيقة
}
ticket-instructions = يُرجى الانتظار حتى يُنادى عليك. راقب الشاشة: ستعرض رقمك والمكتب الذي تتوجه إليه.
ticket-priority = ستتم خدمتك بالأولوية.
ticket-checked-in = تم تسجيل حضورك للموعد { $reference }.
ticket-unavailable = الأرقام غير متاحة الآن
ticket-unavailable-body = يُرجى السؤال في الاستقبال. سيساعدك أحد الموظفين.
ticket-none-left = لا توجد أرقام أخرى لخدمة { $service } اليوم
ticket-no-more-today = لا توجد أرقام أخرى اليوم
ticket-finish = إنهاء
ticket-sms-offer = احصل على رسالة نصية عندما يحين دورك
ticket-sms-title = هل نرسل لك رسالة عندما يقترب دورك؟
ticket-sms-body = سنرسل إلى هذا الرقم رسالتين نصيتين على الأكثر اليوم: واحدة عندما تصبح الثالث في الطابور، وأخرى عندما يُنادى عليك. نحفظ رقمك مشفرًا حتى نهاية اليوم فقط، ثم نحذفه. لا يُستخدم لأي شيء آخر. يرسل الرسائل GOV.UK Notify نيابة عن المجلس. يمكنك تخطي ذلك: اختر «لا، شكرًا».
ticket-sms-label = رقم هاتفك المحمول
ticket-sms-error = أدخل رقم هاتف محمول في المملكة المتحدة، مثل ‎07700 900123
ticket-sms-send = أرسلوا لي رسائل
ticket-sms-no = لا، شكرًا
ticket-sms-agreed = سنرسل لك رسالة عندما تصبح الثالث وعندما يُنادى عليك.
ticket-sms-unavailable = الرسائل النصية غير متاحة الآن.

## The receipt or ticket printer, under the reference or number
print-receipt-printing = جارٍ طباعة إيصالك…
print-receipt-done = يرجى أخذ إيصالك من الطابعة.
print-receipt-failed = عذرًا، الطابعة لا تعمل، لذلك لا يوجد إيصال ورقي. يرجى كتابة رقمك المرجعي أو التقاط صورة له.
print-ticket-printing = جارٍ طباعة تذكرتك…
print-ticket-done = يرجى أخذ تذكرتك من الطابعة.
print-ticket-failed = عذرًا، الطابعة لا تعمل، لذلك لا توجد تذكرة ورقية. يرجى تذكّر رقمك أو التقاط صورة له.

## Signing in with a library or council card
card-hint = هل لديك بطاقة مكتبة أو بطاقة المجلس؟ المسها على القارئ أو امسحها لملء بياناتك.
card-checking = جارٍ التحقق من بطاقتك…
card-unavailable = لا يمكن استخدام البطاقات الآن. يرجى ملء النموذج بنفسك.
card-not-used = لم نتمكن من استخدام هذه البطاقة. يرجى ملء النموذج بنفسك أو السؤال في الاستقبال.
card-offline = لم نتمكن من التحقق من بطاقتك الآن. سيُرسل رقم بطاقتك مع نموذجك وسيتحقق منه المجلس.
card-used = تم ملء بياناتك من بطاقتك. تحقق منها في كل صفحة؛ يمكنك تغييرها.
card-pin-title = اكتب الرقم السري لبطاقتك
card-pin-hint = استخدم المفاتيح أدناه. يُستخدم رقمك السري فقط للتحقق من بطاقتك، ولا يُحفظ ولا يُطبع أبدًا.
card-pin-typed = { $count ->
    [one] أُدخل رقم واحد
   *[other] أُدخلت { $count } أرقام
}
card-pin-length = يتكون الرقم السري من 4 إلى 12 رقمًا. يرجى كتابته مرة أخرى.
card-pin-wrong = { $left ->
    [one] الرقم السري غير صحيح. يمكنك المحاولة مرة أخرى واحدة.
   *[other] الرقم السري غير صحيح. يمكنك المحاولة { $left } مرات أخرى.
}
card-pin-locked = أُدخلت أرقام سرية خاطئة كثيرة لهذه البطاقة. يرجى ملء النموذج بنفسك أو السؤال في الاستقبال.
card-cancel = إلغاء
card-consent-title = هل تستخدم البيانات من بطاقتك؟
card-consent-body = تعطي بطاقتك هذه البيانات. هل تريد استخدامها لملء النموذج؟ يمكنك التحقق منها وتغييرها في كل صفحة.
card-consent-yes = نعم، استخدم هذه البيانات
card-consent-no = لا، سأكتبها بنفسي

key-enter = إدخال
key-space = مسافة
key-backspace = حذف
key-shift = الأحرف الكبيرة
key-switch = تغيير لوحة المفاتيح

## Access: the keypad, speech, the low layout
# Header buttons.
low-layout = تخطيط منخفض
listen = استماع
# Shown while speech is in English because the visitor's language has no voice (only Somali
# shows it; in English it is never seen).
speech-in-english = القراءة بصوت عالٍ باللغة الإنجليزية، لأنه لا يوجد صوت لهذه اللغة بعد.
# What speech calls each kind of control.
speech-role-button = زر
speech-role-radio = زر اختيار
speech-role-checkbox = مربع اختيار
speech-role-edit = مربع نص
speech-role-key = مفتاح
speech-role-pin-key = مفتاح الرقم السري
# An option's place among the options: "2 of 4".
speech-position = { $pos } من { $count }
speech-selected = محدد
speech-not-selected = غير محدد
speech-dimmed = غير متاح بعد
speech-blank = فارغ
speech-deleted = تم حذف
# The PIN pad never says a digit.
speech-pin-hint = اكتب رقمك السري بمفاتيح الأرقام، ثم اضغط مفتاح الإدخال.
speech-pin-entered = تم إدخال رقم
speech-pin-deleted = تم حذف رقم
speech-pin-again = لم يُقبل هذا الرقم السري. يُرجى كتابته مرة أخرى.
speech-louder = صوت أعلى
speech-quieter = صوت أخفض
# F1 on the keypad.
speech-help = مفتاحا الأعلى والأسفل للتنقل بين العناصر. مفتاحا اليسار واليمين للتنقل داخل القائمة. مفتاح الإدخال للاختيار. مفتاح الخروج للرجوع. مفتاحا الزائد والناقص لتغيير مستوى الصوت. مفتاح F2 لقراءة الصفحة كلها.

## How was this?
rate-title = كيف كانت تجربتك؟
rate-hint = المس أحد الوجوه، أو تخطَّ هذه الخطوة. نحفظ العدد فقط، ولا نحفظ أي شيء عنك.
rate-1 = سيئ جدًا
rate-2 = سيئ
rate-3 = مقبول
rate-4 = جيد
rate-5 = جيد جدًا
rate-skip = تخطي
# Said when a rating ends the visit.
rate-thanks = شكرًا لك.

## Opening hours
# Draft: the weekday and date wording awaits a native speaker's review.
# Outside the site's opening hours: the welcome screen, the menu and the ticket card. $when is
# today, tomorrow, a weekday (within the coming week) or date (then $date is 07/01/2027);
# $time is 09:00.
hours-closed = مغلق
hours-closed-opens = { $when ->
    [today] مغلق، يفتح اليوم الساعة { $time }
    [tomorrow] مغلق، يفتح غدًا الساعة { $time }
    [monday] مغلق، يفتح يوم الاثنين الساعة { $time }
    [tuesday] مغلق، يفتح يوم الثلاثاء الساعة { $time }
    [wednesday] مغلق، يفتح يوم الأربعاء الساعة { $time }
    [thursday] مغلق، يفتح يوم الخميس الساعة { $time }
    [friday] مغلق، يفتح يوم الجمعة الساعة { $time }
    [saturday] مغلق، يفتح يوم السبت الساعة { $time }
    [sunday] مغلق، يفتح يوم الأحد الساعة { $time }
   *[date] مغلق، يفتح في { $date } الساعة { $time }
}
ticket-closed = لا تُصرف تذاكر أثناء الإغلاق

## "I need help", "anything else?", the ticket's QR code and appointment check-in
help-button = أحتاج إلى مساعدة
help-told = تم إبلاغ الموظفين. سيأتي أحدهم إلى هذا الجهاز.
help-coming = أحد الموظفين في طريقه إليك.
help-unreachable = يُرجى السؤال في الاستقبال.
help-close = إغلاق
ticket-also-title = هل تحتاج إلى شيء آخر اليوم؟
ticket-also-hint = اخترت { $service }. إذا كنت تحتاج اليوم أيضًا إلى مساعدة في أمر آخر، فضع علامة عليه (حتى { $max } إضافية). ستحتفظ بمكانك في الدور لكل منها.
ticket-also-go = أعطني رقمي
ticket-also-full = يمكنك اختيار { $max } إضافية على الأكثر. أزل العلامة عن واحدة لتختار غيرها.
ticket-then = بعد ذلك: { $service }
ticket-follow-screen = امسح هذا الرمز بهاتفك لترى مكانك في الدور. يمكنك الانتظار في مكان آخر.
ticket-follow-speech = يوجد رمز يمكنك مسحه بهاتفك لترى مكانك في الدور. يمكنك الانتظار في مكان آخر.
ticket-appointment-unknown = لا نجد هذا الموعد اليوم. تحقق من الرقم المرجعي في رسالة التأكيد، أو اسأل في الاستقبال.
ticket-appointment-already = لقد سجلت حضورك من قبل. رقمك هو { $number }.
