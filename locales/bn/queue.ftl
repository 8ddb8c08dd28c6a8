# Status: draft awaiting review by a native speaker (machine-assisted translation)
# The queue board and its spoken calls. Every message here must exist in every locale (a test
# enforces it). Spoken messages go to espeak-ng: { $ticket } is the letters, said as letters, then
# the number as a number ("A 42"), so write it as a number is written in running text, never
# spelled out.

## Services: one per [queue] service id, queue-service-<id>
queue-service-housing = আবাসন
queue-service-council-tax = কাউন্সিল ট্যাক্স
queue-service-general = সাধারণ জিজ্ঞাসা

## The board
queue-board-now-calling = এখন ডাকা হচ্ছে
queue-board-counter = কাউন্টার { $counter }
queue-board-recall = আবার ডাকা হচ্ছে
queue-board-last-calls = সাম্প্রতিক ডাক
queue-board-services = এখন অপেক্ষায়
queue-board-waiting = { $count } জন অপেক্ষায়
queue-board-wait = { $minutes ->
    [0] অপেক্ষা নেই
   *[other] প্রায় { $minutes } মিনিট
}
queue-board-no-calls = অনুগ্রহ করে আপনার ডাকের জন্য অপেক্ষা করুন
queue-board-offline = সারির সাথে সংযোগ বিচ্ছিন্ন, আবার সংযোগ করা হচ্ছে। দেখানো ডাকগুলো পুরনো হতে পারে।
queue-board-connecting = সারির সাথে সংযোগ করা হচ্ছে…

## The board: a service no open counter serves, and a board that cannot be heard
queue-board-no-counter = কোনো কাউন্টার খোলা নেই
queue-board-silent = এই মুহূর্তে ডাকগুলো বলে ঘোষণা করা হচ্ছে না। অনুগ্রহ করে আপনার নম্বরের জন্য এই স্ক্রিনটি দেখতে থাকুন।

## Spoken
queue-speech-call = { $ticket }, কাউন্টার { $counter }।
queue-speech-recall = { $ticket }, কাউন্টার { $counter }, আবার।

## Opening hours
# Draft: the weekday and date wording awaits a native speaker's review.
# The board outside the site's opening hours ($when, $time, $date as in kiosk.ftl).
queue-board-closed = বন্ধ
queue-board-closed-opens = { $when ->
    [today] বন্ধ, আজ { $time } টায় খুলবে
    [tomorrow] বন্ধ, আগামীকাল { $time } টায় খুলবে
    [monday] বন্ধ, সোমবার { $time } টায় খুলবে
    [tuesday] বন্ধ, মঙ্গলবার { $time } টায় খুলবে
    [wednesday] বন্ধ, বুধবার { $time } টায় খুলবে
    [thursday] বন্ধ, বৃহস্পতিবার { $time } টায় খুলবে
    [friday] বন্ধ, শুক্রবার { $time } টায় খুলবে
    [saturday] বন্ধ, শনিবার { $time } টায় খুলবে
    [sunday] বন্ধ, রবিবার { $time } টায় খুলবে
   *[date] বন্ধ, { $date } তারিখে { $time } টায় খুলবে
}

## Mobile ticket page
mobile-page-title = টিকিট { $ticket }
mobile-your-number = আপনার নম্বর
mobile-next = এর পরেই আপনার পালা
mobile-position = সারিতে আপনি { $position } নম্বরে আছেন
mobile-wait = { $minutes ->
    [0] যেকোনো মুহূর্তে
   *[other] প্রায় { $minutes } মিনিট
}
mobile-no-counter = এখন কোনো কাউন্টার খোলা নেই
mobile-then = এরপর: { $service }
mobile-called = আপনার পালা: কাউন্টার { $counter }-এ যান
mobile-recalled = আপনার পালা: কাউন্টার { $counter }-এ যান, আবার
mobile-serving = কাউন্টার { $counter }-এ আপনাকে সেবা দেওয়া হচ্ছে
mobile-parked = অনুগ্রহ করে কাছাকাছি থাকুন: কর্মীরা আপনাকে আবার ডাকবেন।
mobile-done = সব শেষ হয়েছে। আসার জন্য ধন্যবাদ।
mobile-missed = আপনাকে ডাকা হয়েছিল কিন্তু আপনি আসেননি। অনুগ্রহ করে রিসেপশনে জিজ্ঞাসা করুন।
mobile-stale = এই পাতাটি পুরোনো হতে পারে। অনুগ্রহ করে স্ক্রিনগুলো দেখুন বা রিসেপশনে জিজ্ঞাসা করুন।
mobile-more-time = আমার আরও সময় দরকার
mobile-more-time-hint = এতে আপনি { $places } জায়গা পিছিয়ে যাবেন। আপনি এটি কেবল একবার ব্যবহার করতে পারবেন।
mobile-more-time-used = আপনি আরও সময় চেয়েছেন

## Board: several services

# Under a called ticket whose visit goes on to another service: the next service's name.
queue-board-then = তারপর { $service }
