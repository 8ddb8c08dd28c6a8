# Status: draft (machine-assisted; awaiting review by a native speaker)
# The staff screen's words (Arabic), read when the config's [staff] locale is "ar".

## PIN pad
staff-pin-title = للموظفين فقط
staff-pin-hint = اكتب رمز PIN الخاص بالموظفين، ثم اضغط ↵ أو «فتح القفل».
staff-pin-typed = PIN: { $count ->
    [0] لم يُكتب أي رقم
    [zero] لم يُكتب أي رقم
    [one] تمت كتابة رقم واحد
    [two] تمت كتابة رقمين
    [few] تمت كتابة { $count } أرقام
    [many] تمت كتابة { $count } رقمًا
   *[other] تمت كتابة { $count } رقم
}
staff-pin-unlock = فتح القفل
staff-pin-checking = جارٍ التحقق من رمز PIN…
staff-pin-wrong = رمز PIN غير صحيح. { $tries ->
    [zero] ستُقفل شاشة الموظفين.
    [one] بعد محاولة خاطئة واحدة أخرى ستُقفل شاشة الموظفين.
    [two] بعد محاولتين خاطئتين أخريين ستُقفل شاشة الموظفين.
    [few] بعد { $tries } محاولات خاطئة أخرى ستُقفل شاشة الموظفين.
    [many] بعد { $tries } محاولة خاطئة أخرى ستُقفل شاشة الموظفين.
   *[other] بعد { $tries } محاولة خاطئة أخرى ستُقفل شاشة الموظفين.
}
staff-pin-locked = تم إدخال رمز PIN خاطئ مرات كثيرة جدًا. شاشة الموظفين مقفلة حتى { $time }.
staff-pin-length = يتكوّن رمز PIN الخاص بالموظفين من 4 إلى 12 رقمًا.
staff-pin-check-failed = تعذّر التحقق من رمز PIN ({ $error }).
staff-db-write-failed = تعذّرت الكتابة في قاعدة بيانات الكشك ({ $error }).
staff-db-read-failed = تعذّرت قراءة قاعدة بيانات الكشك ({ $error }).
staff-months = يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر
staff-date-time = { $day } { $month } { $time }
staff-disabled = شاشة الموظفين معطّلة على هذا الجهاز. لتشغيلها، اضبط staff.pin_hash في ملف الإعدادات (راجع docs/OPERATIONS.md).
staff-close = إغلاق

## The staff screen
staff-title = الموظفون: صندوق الصادر
staff-count-pending = في الانتظار
staff-count-retrying = إعادة المحاولة
staff-count-parked = متوقفة
staff-count-acknowledged = تم تأكيد الاستلام
staff-count-purged = محذوفة
staff-connectivity-title = الاتصال بنظام المجلس
staff-crm-none = لم يتم إعداد أي نظام CRM (crm.kind = "none"): تبقى النماذج المرسلة على هذا الجهاز إلى أن يتم إعداد نظام.
staff-crm-never = لم يحاول الجهاز الاتصال به بعد.
staff-crm-ok = نجح آخر اتصال ({ $when }).
staff-crm-failed = فشل آخر اتصال ({ $when }).
staff-crm-last-reached = آخر اتصال ناجح: { $when }.
staff-crm-never-reached = لم يتم الوصول إليه من هذا الجهاز أبدًا.
staff-crm-error = آخر خطأ: { $error }
staff-waiting = { $waiting } في انتظار الإرسال، { $parked } متوقفة.
staff-attention = { $count ->
    [zero] لا توجد نماذج بحاجة إلى متابعة.
    [one] نموذج واحد بحاجة إلى متابعة (يظهر في أعلى القائمة).
    [two] نموذجان بحاجة إلى متابعة (يظهران في أعلى القائمة).
    [few] { $count } نماذج بحاجة إلى متابعة (تظهر في أعلى القائمة).
    [many] { $count } نموذجًا بحاجة إلى متابعة (تظهر في أعلى القائمة).
   *[other] { $count } نموذج بحاجة إلى متابعة (تظهر في أعلى القائمة).
}
staff-crm-dropped = قبِل نظام المجلس النماذج المرسلة لكنه لم يحتفظ ببعض الحقول. كل إجابة موجودة أيضًا في وصف الطلب، لذلك لم يُفقد شيء؛ اطلب من مسؤول نظام CRM ربط هذه الحقول.
staff-forwarder-fault = الإرسال متوقف مؤقتًا: حدث عطل في قاعدة بيانات الجهاز ({ $when }). لم يُفقد شيء؛ سيُستأنف الإرسال تلقائيًا عند زوال العطل (مثلًا بعد توفير مساحة على القرص).
staff-forwarder-restarted = { $count ->
    [zero] لم تتوقف مهمة الإرسال.
    [one] توقفت مهمة الإرسال مرة واحدة وأُعيد تشغيلها.
    [two] توقفت مهمة الإرسال مرتين وأُعيد تشغيلها.
    [few] توقفت مهمة الإرسال { $count } مرات وأُعيد تشغيلها.
    [many] توقفت مهمة الإرسال { $count } مرة وأُعيد تشغيلها.
   *[other] توقفت مهمة الإرسال { $count } مرة وأُعيد تشغيلها.
}
staff-send-now = إرسال الآن
staff-sent-now = جارٍ الإرسال الآن. { $count ->
    [0] لم يكن هناك شيء في انتظار إعادة المحاولة.
    [zero] لم يكن هناك شيء في انتظار إعادة المحاولة.
    [one] تم تقديم موعد محاولة واحدة لإعادة الإرسال.
    [two] تم تقديم موعد محاولتين لإعادة الإرسال.
    [few] تم تقديم موعد { $count } محاولات لإعادة الإرسال.
    [many] تم تقديم موعد { $count } محاولة لإعادة الإرسال.
   *[other] تم تقديم موعد { $count } محاولة لإعادة الإرسال.
}
staff-send-none = لم يتم إعداد أي نظام CRM، لذلك لا يمكن إرسال أي شيء.
staff-refresh = تحديث
staff-rows-title = النماذج المرسلة، الأحدث أولًا
staff-rows-empty = صندوق الصادر فارغ.
staff-rows-more = يتم عرض أحدث { $shown } من أصل { $total }.
staff-row-age = منذ { $age }
staff-row-attempts = { $attempts ->
    [0] لم تتم أي محاولة بعد
    [zero] لم تتم أي محاولة بعد
    [one] محاولة واحدة
    [two] محاولتان
    [few] { $attempts } محاولات
    [many] { $attempts } محاولة
   *[other] { $attempts } محاولة
}
staff-row-next = المحاولة التالية { $time }
staff-row-error = خطأ: { $error }
staff-retry = إعادة محاولة { $reference }
staff-retried = سيتم إرسال { $reference } مرة أخرى.
staff-retry-failed = لم يعد { $reference } متوقفًا؛ لا يوجد ما تجب إعادة محاولته.
staff-state-pending = في الانتظار
staff-state-retrying = إعادة المحاولة
staff-state-parked = متوقف
staff-state-acknowledged = تم تأكيد الاستلام
staff-state-purged = تم تأكيد الاستلام، وحُذفت الإجابات
staff-state-attention = { $state }: بحاجة إلى متابعة، يتكرر الخطأ نفسه منذ { $for }
staff-time-unknown = الوقت غير معروف
staff-when = { $time }، منذ { $ago }

## Devices
staff-devices-title = الطابعة وقارئات البطاقات
staff-printer-none = الطابعة: غير مُعدّة؛ تُعرض الأرقام على الشاشة فقط.
staff-printer-unknown = الطابعة: جارٍ الفحص…
staff-printer-nostatus = الطابعة: متصلة (لا يمكنها الإبلاغ عن الورق أو الأعطال).
staff-printer-ready = الطابعة: جاهزة.
staff-printer-low = الطابعة: الورق يوشك على النفاد. غيّر اللفافة قريبًا.
staff-printer-fault = الطابعة: لا تعمل ({ $reason }). يُعرض على الزوار رقمهم لكتابته.
staff-reader-none = قارئات البطاقات: لا يوجد قارئ متصل.
staff-reader-ready = قارئ البطاقات ({ $reader }): جاهز.
staff-reader-unavailable = قارئ البطاقات ({ $reader }): لا يعمل ({ $reason }). يواصل محاولة إعادة الاتصال.
staff-card-last = آخر بطاقة مقروءة: { $card } ({ $reader }) الساعة { $time }.
staff-card-none = لم تُقرأ أي بطاقة منذ تشغيل الكشك.
staff-print-test = اطبع صفحة اختبار
staff-print-test-sent = أُرسلت صفحة اختبار إلى الطابعة.

## The answers block of an Open311 request's description (read by council staff in the CRM)
crm-answers-heading = الإجابات المقدمة في الكشك:
crm-answers-shortened = إجابات حُذفت لتناسب حد الطول في نظام CRM: { $count }

## The email a council with only a mailbox receives for each submission (read by council staff)
crm-email-subject = طلب من الكشك { $reference }: { $subject }
crm-email-reference = المرجع: { $reference }
crm-email-form = النموذج: { $subject }
crm-email-sent = أُرسل من الكشك: { $when }
crm-email-uprn = UPRN: { $detail }
crm-email-uprn-typed = UPRN: لا يوجد (أُدخل يدويًا وليس من سجل العناوين؛ يرجى مطابقة العنوان)
crm-email-usrn = USRN: { $detail }
crm-email-location = الموقع (خط العرض، خط الطول): { $detail }
crm-email-card = البطاقة: { $card } ({ $reader }، { $state })
crm-email-card-none = البطاقة: لم تُستخدم
crm-email-check-kiosk = تم التحقق منها في الكشك
crm-email-check-unchecked = لم يتم التحقق (تعذر الوصول إلى خدمة البطاقات)
crm-email-check-forwarded = تم التحقق من رقمها عند الإرسال
crm-email-check-rejected = رفضتها خدمة البطاقات عند الإرسال
crm-email-attachment = الطلب نفسه مرفق لتقرأه الأنظمة: { $detail }

## Visitor ratings ("How was this?" at the end of a visit), counted for today.
staff-ratings-title = تقييمات الزوار اليوم
staff-ratings-none = لا توجد تقييمات اليوم حتى الآن.
staff-ratings-line = { $subject }: { $count ->
    [zero] لا توجد تقييمات
    [one] تقييم واحد
    [two] تقييمان
    [few] { $count } تقييمات
    [many] { $count } تقييمًا
   *[other] { $count } تقييم
}، المتوسط { $average } من 5
