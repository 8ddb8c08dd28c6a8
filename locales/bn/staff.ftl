# Status: draft (machine-assisted; awaiting review by a native speaker)
# The staff screen's words (Bengali), read when the config's [staff] locale is "bn".

## PIN pad
staff-pin-title = শুধু কর্মীদের জন্য
staff-pin-hint = কর্মীদের PIN লিখুন, তারপর ↵ বা আনলক চাপুন।
staff-pin-typed = PIN: { $count ->
    [0] কিছু লেখা হয়নি
    [one] { $count }টি অঙ্ক লেখা হয়েছে
   *[other] { $count }টি অঙ্ক লেখা হয়েছে
}
staff-pin-unlock = আনলক
staff-pin-checking = PIN যাচাই করা হচ্ছে…
staff-pin-wrong = ভুল PIN। { $tries ->
    [one] আর { $tries }টি ভুল PIN দিলে কর্মীদের স্ক্রিন লক হয়ে যাবে।
   *[other] আর { $tries }টি ভুল PIN দিলে কর্মীদের স্ক্রিন লক হয়ে যাবে।
}
staff-pin-locked = অনেকবার ভুল PIN দেওয়া হয়েছে। কর্মীদের স্ক্রিন { $time } পর্যন্ত লক থাকবে।
staff-pin-length = কর্মীদের PIN-এ 4 থেকে 12টি অঙ্ক থাকে।
staff-pin-check-failed = PIN যাচাই করা যায়নি ({ $error })।
staff-db-write-failed = কিয়স্কের ডেটাবেসে লেখা যায়নি ({ $error })।
staff-db-read-failed = কিয়স্কের ডেটাবেস পড়া যায়নি ({ $error })।
staff-months = জানু ফেব্রু মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টে অক্টো নভে ডিসে
staff-date-time = { $day } { $month } { $time }
staff-disabled = এই কিয়স্কে কর্মীদের স্ক্রিন বন্ধ আছে। এটি চালু করতে কনফিগে staff.pin_hash সেট করুন (docs/OPERATIONS.md দেখুন)।
staff-close = বন্ধ করুন

## The staff screen
staff-title = কর্মী: আউটবক্স
staff-count-pending = অপেক্ষমাণ
staff-count-retrying = আবার চেষ্টা চলছে
staff-count-parked = আটকে রাখা
staff-count-acknowledged = প্রাপ্তি নিশ্চিত
staff-count-purged = মুছে ফেলা
staff-connectivity-title = কাউন্সিলের সিস্টেমের সাথে সংযোগ
staff-crm-none = কোনো CRM সেট করা নেই (crm.kind = "none"): CRM সেট না হওয়া পর্যন্ত ফর্মগুলো এই কিয়স্কেই থাকবে।
staff-crm-never = কিয়স্ক এখনও এর সাথে যোগাযোগের চেষ্টা করেনি।
staff-crm-ok = শেষ যোগাযোগ সফল হয়েছে ({ $when })।
staff-crm-failed = শেষ যোগাযোগ ব্যর্থ হয়েছে ({ $when })।
staff-crm-last-reached = শেষ সফল যোগাযোগ: { $when }।
staff-crm-never-reached = এই কিয়স্ক থেকে কখনও যোগাযোগ হয়নি।
staff-crm-error = শেষ ত্রুটি: { $error }
staff-waiting = { $waiting }টি পাঠানোর অপেক্ষায়, { $parked }টি আটকে রাখা।
staff-attention = { $count ->
    [one] { $count }টি ফর্মে মনোযোগ দেওয়া দরকার (সবার উপরে দেখানো হয়েছে)।
   *[other] { $count }টি ফর্মে মনোযোগ দেওয়া দরকার (সবার উপরে দেখানো হয়েছে)।
}
staff-crm-dropped = কাউন্সিলের সিস্টেম ফর্মগুলো গ্রহণ করেছে, কিন্তু কিছু ফিল্ড রাখেনি। প্রতিটি উত্তর বিবরণেও আছে, তাই কিছুই হারায়নি; CRM-এর অ্যাডমিনিস্ট্রেটরকে এই ফিল্ডগুলো ম্যাপ করতে বলুন।
staff-forwarder-fault = পাঠানো থেমে আছে: কিয়স্কের ডেটাবেসে ত্রুটি হয়েছে ({ $when })। কিছুই হারায়নি; ত্রুটি দূর হলে পাঠানো নিজে থেকেই আবার শুরু হবে (যেমন, ডিস্কে জায়গা খালি করলে)।
staff-forwarder-restarted = { $count ->
    [one] পাঠানোর কাজটি { $count } বার থেমে গিয়েছিল এবং আবার চালু করা হয়েছে।
   *[other] পাঠানোর কাজটি { $count } বার থেমে গিয়েছিল এবং আবার চালু করা হয়েছে।
}
staff-send-now = এখনই পাঠান
staff-sent-now = এখনই পাঠানো হচ্ছে। { $count ->
    [0] আবার চেষ্টার জন্য কিছুই অপেক্ষায় ছিল না।
    [one] { $count }টি পুনঃচেষ্টা এগিয়ে আনা হয়েছে।
   *[other] { $count }টি পুনঃচেষ্টা এগিয়ে আনা হয়েছে।
}
staff-send-none = কোনো CRM সেট করা নেই, তাই কিছুই পাঠানো যাবে না।
staff-refresh = রিফ্রেশ করুন
staff-rows-title = পাঠানো ফর্ম, নতুনগুলো আগে
staff-rows-empty = আউটবক্স খালি।
staff-rows-more = মোট { $total }টির মধ্যে নতুন { $shown }টি দেখানো হচ্ছে।
staff-row-age = { $age } আগের
staff-row-attempts = { $attempts ->
    [0] এখনও চেষ্টা করা হয়নি
    [one] { $attempts } বার চেষ্টা
   *[other] { $attempts } বার চেষ্টা
}
staff-row-next = পরের চেষ্টা { $time }
staff-row-error = ত্রুটি: { $error }
staff-retry = { $reference } আবার পাঠান
staff-retried = { $reference } আবার পাঠানো হবে।
staff-retry-failed = { $reference } আর আটকে নেই; আবার চেষ্টা করার কিছু নেই।
staff-state-pending = অপেক্ষমাণ
staff-state-retrying = আবার চেষ্টা চলছে
staff-state-parked = আটকে রাখা
staff-state-acknowledged = প্রাপ্তি নিশ্চিত
staff-state-purged = প্রাপ্তি নিশ্চিত, উত্তর মুছে ফেলা হয়েছে
staff-state-attention = { $state }: মনোযোগ দেওয়া দরকার, { $for } ধরে একই ত্রুটি হচ্ছে
staff-time-unknown = সময় জানা নেই
staff-when = { $time }, { $ago } আগে

## Devices
staff-devices-title = প্রিন্টার ও কার্ড রিডার
staff-printer-none = প্রিন্টার: সেট করা নেই; নম্বর শুধু স্ক্রিনে দেখানো হয়।
staff-printer-unknown = প্রিন্টার: পরীক্ষা করা হচ্ছে…
staff-printer-nostatus = প্রিন্টার: সংযুক্ত (কাগজ বা ত্রুটির খবর দিতে পারে না)।
staff-printer-ready = প্রিন্টার: প্রস্তুত।
staff-printer-low = প্রিন্টার: কাগজ ফুরিয়ে আসছে। শীঘ্রই রোল বদলান।
staff-printer-fault = প্রিন্টার: কাজ করছে না ({ $reason })। দর্শনার্থীদের লিখে রাখার জন্য তাদের নম্বর দেখানো হয়।
staff-reader-none = কার্ড রিডার: কোনোটি সংযুক্ত নেই।
staff-reader-ready = কার্ড রিডার ({ $reader }): প্রস্তুত।
staff-reader-unavailable = কার্ড রিডার ({ $reader }): কাজ করছে না ({ $reason })। এটি আবার সংযোগের চেষ্টা করছে।
staff-card-last = শেষ পড়া কার্ড: { $card } ({ $reader }) { $time } সময়ে।
staff-card-none = কিয়স্ক চালু হওয়ার পর কোনো কার্ড পড়া হয়নি।
staff-print-test = একটি পরীক্ষামূলক পাতা ছাপুন
staff-print-test-sent = একটি পরীক্ষামূলক পাতা প্রিন্টারে পাঠানো হয়েছে।

## The answers block of an Open311 request's description (read by council staff in the CRM)
crm-answers-heading = কিয়স্কে দেওয়া উত্তর:
crm-answers-shortened = CRM-এর দৈর্ঘ্যসীমার জন্য বাদ দেওয়া উত্তর: { $count }

## The email a council with only a mailbox receives for each submission (read by council staff)
crm-email-subject = কিয়স্ক থেকে অনুরোধ { $reference }: { $subject }
crm-email-reference = রেফারেন্স: { $reference }
crm-email-form = ফর্ম: { $subject }
crm-email-sent = কিয়স্ক থেকে পাঠানো হয়েছে: { $when }
crm-email-uprn = UPRN: { $detail }
crm-email-uprn-typed = UPRN: নেই (হাতে লেখা, ঠিকানা তালিকা থেকে নয়; অনুগ্রহ করে ঠিকানা মিলিয়ে নিন)
crm-email-usrn = USRN: { $detail }
crm-email-location = অবস্থান (অক্ষাংশ, দ্রাঘিমাংশ): { $detail }
crm-email-card = কার্ড: { $card } ({ $reader }, { $state })
crm-email-card-none = কার্ড: ব্যবহার করা হয়নি
crm-email-check-kiosk = কিয়স্কে যাচাই করা হয়েছে
crm-email-check-unchecked = যাচাই করা হয়নি (কার্ড পরিষেবায় পৌঁছানো যায়নি)
crm-email-check-forwarded = পাঠানোর সময় নম্বর দিয়ে যাচাই করা হয়েছে
crm-email-check-rejected = পাঠানোর সময় কার্ড পরিষেবা প্রত্যাখ্যান করেছে
crm-email-attachment = একই অনুরোধ সিস্টেমের জন্য সংযুক্ত: { $detail }

## Visitor ratings ("How was this?" at the end of a visit), counted for today.
staff-ratings-title = আজ দর্শনার্থীদের রেটিং
staff-ratings-none = আজ এখনও কোনো রেটিং নেই।
staff-ratings-line = { $subject }: { $count ->
    [one] { $count }টি রেটিং
   *[other] { $count }টি রেটিং
}, গড় 5-এর মধ্যে { $average }
