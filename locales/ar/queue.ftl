# Status: draft awaiting review by a native speaker (machine-assisted translation)
# The queue board and its spoken calls. Every message here must exist in every locale (a test
# enforces it). Spoken messages go to espeak-ng: { $ticket } is the letters, said as letters, then
# the number as a number ("A 42"), so write it as a number is written in running text, never
# spelled out.

## Services: one per [queue] service id, queue-service-<id>
queue-service-housing = الإسكان
queue-service-council-tax = ضريبة المجلس
queue-service-general = استفسارات عامة

## The board
queue-board-now-calling = يُنادى الآن
queue-board-counter = الشباك { $counter }
queue-board-recall = إعادة نداء
queue-board-last-calls = النداءات الأخيرة
queue-board-services = في الانتظار الآن
queue-board-waiting = { $count } في الانتظار
queue-board-wait = { $minutes ->
    [0] لا انتظار
   *[other] حوالي { $minutes } دقيقة
}
queue-board-no-calls = يرجى الانتظار حتى يُنادى رقمك
queue-board-offline = انقطع الاتصال بنظام الدور، جارٍ إعادة الاتصال. قد لا تكون النداءات المعروضة حديثة.
queue-board-connecting = جارٍ الاتصال بنظام الدور…

## The board: a service no open counter serves, and a board that cannot be heard
queue-board-no-counter = لا يوجد شباك مفتوح الآن
queue-board-silent = لا تُعلَن النداءات بالصوت حاليًا. يرجى متابعة رقمك على هذه الشاشة.

## Spoken
queue-speech-call = { $ticket }، الشباك { $counter }.
queue-speech-recall = { $ticket }، الشباك { $counter }، مرة أخرى.

## Opening hours
# Draft: the weekday and date wording awaits a native speaker's review.
# The board outside the site's opening hours ($when, $time, $date as in kiosk.ftl).
queue-board-closed = مغلق
queue-board-closed-opens = { $when ->
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

## Mobile ticket page
mobile-page-title = التذكرة { $ticket }
mobile-your-number = رقمك
mobile-next = أنت التالي
mobile-position = ترتيبك في الطابور: { $position }
mobile-wait = { $minutes ->
    [0] في أي لحظة الآن
    [one] حوالي دقيقة واحدة
    [two] حوالي دقيقتين
    [few] حوالي { $minutes } دقائق
   *[other] حوالي { $minutes } دقيقة
}
mobile-no-counter = لا يوجد شباك مفتوح الآن
mobile-then = بعد ذلك: { $service }
mobile-called = حان دورك: توجّه إلى الشباك { $counter }
mobile-recalled = حان دورك: توجّه إلى الشباك { $counter }، مرة أخرى
mobile-serving = تتم خدمتك الآن في الشباك { $counter }
mobile-parked = يرجى البقاء قريبًا: سينادي عليك الموظفون مرة أخرى.
mobile-done = انتهى كل شيء. شكرًا لزيارتك.
mobile-missed = نودي على رقمك ولم تحضر. يرجى السؤال في الاستقبال.
mobile-stale = قد لا تكون هذه الصفحة محدّثة. يرجى متابعة الشاشات أو السؤال في الاستقبال.
mobile-more-time = أحتاج إلى وقت إضافي
mobile-more-time-hint = { $places ->
    [one] يعيدك هذا مكانًا واحدًا إلى الخلف. يمكنك استخدامه مرة واحدة.
    [two] يعيدك هذا مكانين إلى الخلف. يمكنك استخدامه مرة واحدة.
    [few] يعيدك هذا { $places } أماكن إلى الخلف. يمكنك استخدامه مرة واحدة.
    [many] يعيدك هذا { $places } مكانًا إلى الخلف. يمكنك استخدامه مرة واحدة.
   *[other] يعيدك هذا { $places } مكان إلى الخلف. يمكنك استخدامه مرة واحدة.
}
mobile-more-time-used = لقد طلبت وقتًا إضافيًا

## Board: several services

# Under a called ticket whose visit goes on to another service: the next service's name.
queue-board-then = ثم { $service }
