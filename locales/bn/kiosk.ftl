# Status: draft awaiting review by a native speaker (machine-assisted translation)
# Kiosk screens (Bengali). Every message here must exist in every locale (a test enforces it).

## Welcome
welcome-title = { $council }-এ আপনাকে স্বাগতম
welcome-choose-language = আপনার ভাষা বেছে নিন
welcome-touch = শুরু করতে আপনার ভাষাটি স্পর্শ করুন

## Everywhere
back = পিছনে
continue = এগিয়ে যান
optional = (ঐচ্ছিক)
start-again = আবার শুরু করুন
language = ভাষা
large-text = বড় লেখা
normal-text = সাধারণ লেখা
question-progress = মোট { $total }টি প্রশ্নের মধ্যে { $current } নম্বর প্রশ্ন

## Service menu
menu-title = আপনি কী করতে চান?
menu-hint = একটি পরিষেবা বেছে নিন। আপনি যেকোনো সময় পিছনে যেতে পারবেন।

## Questions
yes = হ্যাঁ
no = না
consent-agree = আমি সম্মত
choose-one = একটি বিকল্প বেছে নিন
choose-many = যেগুলো প্রযোজ্য, সবগুলো বেছে নিন
choose-up-to = সর্বোচ্চ { $max }টি বেছে নিন
date-hint = যেমন, 27 3 2007
date-day = দিন
date-month = মাস
date-year = বছর
address-postcode = পোস্টকোড
address-house = বাড়ির নম্বর বা নাম
address-street = রাস্তা
address-town = শহর
address-find-hint = পোস্টকোড লিখুন, আমরা ঠিকানা খুঁজে দেব
address-select = আপনার ঠিকানা বেছে নিন
address-found = { $count ->
    [one] { $postcode }-এ একটি ঠিকানা
   *[other] { $postcode }-এ { $count }টি ঠিকানা
}
address-not-listed = আমার ঠিকানা তালিকায় নেই
address-enter = ঠিকানা লিখুন
address-none-found = { $postcode }-এ আমরা কোনো ঠিকানা পাইনি। ঠিকানা লিখুন।
address-unavailable = ঠিকানার তালিকা এখন ব্যবহার করা যাচ্ছে না। ঠিকানা লিখুন।
email-hint = শুধু এই অনুরোধের বিষয়ে আপনার সাথে যোগাযোগ করতে আমরা এটি ব্যবহার করব
phone-hint = যেমন, 07700 900 982 বা 0116 454 1000
postcode-hint = যেমন, LE1 1AA

## Errors
error-summary-title = একটি সমস্যা হয়েছে
error-required = একটি উত্তর লিখুন
error-choose = একটি বিকল্প বেছে নিন
error-consent = এগিয়ে যেতে হলে আপনাকে সম্মতি দিতে হবে
error-too-long = { $max }টি বা তার কম অক্ষর লিখুন
error-too-short = কমপক্ষে { $min }টি অক্ষর লিখুন
error-characters = যে চিহ্নগুলো ব্যবহার করা যায় না, সেগুলো মুছে দিন
error-pattern = আপনার উত্তরটি সঠিক নিয়মে লেখা হয়েছে কিনা দেখে নিন
error-number = একটি পূর্ণ সংখ্যা লিখুন, যেমন 12
error-too-small = { $min } বা তার বেশি একটি সংখ্যা লিখুন
error-too-large = { $max } বা তার কম একটি সংখ্যা লিখুন
error-choice = দেখানো বিকল্পগুলোর মধ্যে একটি বেছে নিন
error-too-few = কমপক্ষে { $min }টি বেছে নিন
error-too-many = { $max }টির বেশি বেছে নেবেন না
error-email = সঠিক নিয়মে একটি ইমেইল ঠিকানা লিখুন, যেমন name@example.com
error-phone = একটি যুক্তরাজ্যের (UK) ফোন নম্বর লিখুন, যেমন 07700 900 982
error-postcode = একটি সঠিক UK পোস্টকোড লিখুন, যেমন LE1 1AA
error-address-postcode = পোস্টকোড লিখুন
error-address-house = বাড়ির নম্বর বা নাম লিখুন
error-address-street = রাস্তার নাম লিখুন
error-address-town = শহরের নাম লিখুন
error-address-select = আপনার ঠিকানা বেছে নিন, অথবা “আমার ঠিকানা তালিকায় নেই”
error-date-part = তারিখে দিন, মাস এবং বছর থাকতে হবে
error-date-invalid = তারিখটি অবশ্যই একটি সত্যিকারের তারিখ হতে হবে
error-date-year = বছরে 4টি সংখ্যা থাকতে হবে
error-date-past = তারিখটি আজকের বা ভবিষ্যতের হতে হবে
error-date-future = তারিখটি আজকের বা অতীতের হতে হবে
error-date-too-early = তারিখটি অনেক বেশি আগের
error-date-too-late = তারিখটি ভবিষ্যতের অনেক বেশি পরের
error-wrong-type = এই উত্তরটি সঠিক আকারে নেই। দয়া করে প্রশ্নটির উত্তর আবার দিন
error-unknown-question = এই উত্তরটি এই ফর্মের অংশ নয়
error-send-failed = আপনার ফর্মটি সংরক্ষণ করা যায়নি। দয়া করে একজন কর্মীর কাছে সাহায্য চান

## Check your answers
check-title = পাঠানোর আগে আপনার উত্তরগুলো দেখে নিন
check-change = পরিবর্তন করুন
check-not-answered = উত্তর দেওয়া হয়নি
check-send-heading = এখন আপনার ফর্মটি পাঠান
check-send-body = এই ফর্মটি পাঠিয়ে আপনি নিশ্চিত করছেন যে, আপনার জানামতে, আপনার দেওয়া তথ্য সঠিক।
send = পাঠান

## Confirmation
confirm-title = ফর্ম পাঠানো হয়েছে
confirm-reference = আপনার রেফারেন্স নম্বর
confirm-write-down = আপনার রেফারেন্স নম্বরটি লিখে রাখুন বা এর একটি ছবি তুলে রাখুন। এটি দিয়ে আপনি আপনার অনুরোধের খোঁজ নিতে পারবেন।
confirm-next = এরপর কী হবে
confirm-next-generic = আমরা আপনার অনুরোধটি কাউন্সিলের সংশ্লিষ্ট দলের কাছে পাঠিয়ে দেব।
confirm-finish = শেষ করুন

## Idle timeout
timeout-title = আপনার কি আরও সময় লাগবে?
timeout-body = আপনার গোপনীয়তা রক্ষার জন্য, { $seconds ->
    [one] { $seconds } সেকেন্ড
   *[other] { $seconds } সেকেন্ড
} পর আমরা আপনার উত্তরগুলো মুছে দেব।
timeout-more-time = আমার আরও সময় লাগবে
timeout-clear = এখনই আমার উত্তরগুলো মুছে দিন

## Leaving a form
leave-title = আপনি কি আবার শুরু করতে চান?
leave-body = আপনার উত্তরগুলো মুছে যাবে।
leave-yes = হ্যাঁ, আমার উত্তরগুলো মুছে দিন
leave-no = না, ফর্মে ফিরে যান

## On-screen keyboard
keyboard-show = কীবোর্ড দেখান
keyboard-hide = কীবোর্ড লুকান

## Track my enquiry
track-menu-title = আপনার অনুরোধের খোঁজ নিন
track-menu-summary = আপনার পাঠানো একটি ফর্মের কী হয়েছে তা দেখতে আপনার রেফারেন্স নম্বর ব্যবহার করুন
track-title = আপনার অনুরোধের খোঁজ নিন
track-hint = আপনার রসিদ বা নিশ্চিতকরণ স্ক্রিন থেকে রেফারেন্স নম্বরটি লিখুন, যেমন K7QF-9M2A
track-label = রেফারেন্স নম্বর
track-find = খুঁজুন
track-error-length = একটি রেফারেন্স নম্বরে 8টি অক্ষর ও সংখ্যা থাকে, যেমন K7QF-9M2A
track-error-character = রেফারেন্স নম্বরে 0, O, 1, I বা U থাকে না। আপনি কী লিখেছেন তা দেখে নিন
track-error-check = এই রেফারেন্স নম্বরে একটি ভুল আছে। প্রতিটি অক্ষর দেখে নিন
track-not-found = এই কিয়স্কে আমরা এই রেফারেন্স নম্বরটি খুঁজে পাচ্ছি না। দয়া করে একজন কর্মীকে জিজ্ঞাসা করুন
track-pending = আপনার ফর্মটি সংরক্ষণ করা হয়েছে এবং কাউন্সিলে পাঠানোর অপেক্ষায় আছে। আপনাকে কিছু করতে হবে না।
track-sent = আপনার ফর্মটি কাউন্সিলের কাছে পৌঁছেছে। কাউন্সিলের রেফারেন্স নম্বর হলো { $crm }।
track-parked = পাঠানোর আগে আপনার ফর্মটি একজন কর্মীকে দিয়ে যাচাই করাতে হবে। দয়া করে রিসেপশনে জিজ্ঞাসা করুন।
track-status-open = কাউন্সিল এটি নিয়ে কাজ করছে।
track-status-closed = কাউন্সিল এটির কাজ শেষ করেছে।
track-status-other = কাউন্সিল বলছে: { $status }
track-status-expected = কাউন্সিল { $date } তারিখের মধ্যে কাজ শেষ করার আশা করছে।
track-status-notes = কাউন্সিলের নোট: { $notes }
track-checking = সর্বশেষ খবরের জন্য কাউন্সিলের সাথে যাচাই করা হচ্ছে…
track-offline = এই মুহূর্তে কাউন্সিলের সাথে যোগাযোগ করা যাচ্ছে না। এটি আমাদের জানা সর্বশেষ খবর।
track-checked = কাউন্সিলের সাথে সর্বশেষ যাচাই: { $date }।

## Take a ticket (the queue)
ticket-menu-title = টিকিট নিন
ticket-menu-summary = রিসেপশনে কারও সাথে দেখা করতে একটি নম্বর নিন, অথবা আপনার অ্যাপয়েন্টমেন্টের জন্য উপস্থিতি জানান
ticket-title = টিকিট নিন
ticket-hint = আপনার কোন বিষয়ে সাহায্য দরকার তা বেছে নিন। আপনি একটি নম্বর পাবেন, এবং আপনার পালা এলে আমরা আপনাকে ডাকব।
ticket-hint-appointment = আপনার অ্যাপয়েন্টমেন্ট কোন বিষয়ে তা বেছে নিন।
ticket-service-housing = আবাসন
ticket-service-council-tax = কাউন্সিল ট্যাক্স
ticket-service-general = সাধারণ জিজ্ঞাসা
ticket-wait = { $minutes ->
    [0] এই মুহূর্তে কোনো অপেক্ষা নেই
    [one] প্রায় { $minutes } মিনিট অপেক্ষা
   *[other] প্রায় { $minutes } মিনিট অপেক্ষা
}
ticket-extra-help = আমার অতিরিক্ত সাহায্য দরকার (যেমন, আমার প্রতিবন্ধকতা আছে, আমি অসুস্থ, অথবা আমি বেশিক্ষণ অপেক্ষা করতে পারি না)
ticket-appointment-link = আমার অ্যাপয়েন্টমেন্ট আছে
ticket-appointment-title = অ্যাপয়েন্টমেন্টের জন্য উপস্থিতি জানান
ticket-appointment-hint = আপনার অ্যাপয়েন্টমেন্টের চিঠি, ইমেল বা টেক্সট মেসেজে থাকা রেফারেন্সটি লিখুন
ticket-appointment-label = অ্যাপয়েন্টমেন্ট রেফারেন্স
ticket-appointment-error = অ্যাপয়েন্টমেন্ট রেফারেন্সে সর্বোচ্চ 20টি অক্ষর ও সংখ্যা থাকে। আপনি যা লিখেছেন তা যাচাই করুন
ticket-appointment-note = অ্যাপয়েন্টমেন্ট { $reference }-এর জন্য উপস্থিতি
ticket-number-label = আপনার টিকিট নম্বর
ticket-wait-estimate = { $minutes ->
    [0] আপনাকে খুব শিগগিরই ডাকা হবে
    [one] আনুমানিক অপেক্ষা: প্রায় { $minutes } মিনিট
   *[other] আনুমানিক অপেক্ষা: প্রায় { $minutes } মিনিট
}
ticket-instructions = অনুগ্রহ করে ডাকার জন্য অপেক্ষা করুন। স্ক্রিনের দিকে নজর রাখুন: সেখানে আপনার নম্বর এবং কোন কাউন্টারে যেতে হবে তা দেখানো হবে।
ticket-priority = আপনাকে অগ্রাধিকার দিয়ে দেখা হবে।
ticket-checked-in = অ্যাপয়েন্টমেন্ট { $reference }-এর জন্য আপনার উপস্থিতি নথিভুক্ত হয়েছে।
ticket-unavailable = এই মুহূর্তে টিকিট পাওয়া যাচ্ছে না
ticket-unavailable-body = অনুগ্রহ করে রিসেপশনে জিজ্ঞাসা করুন। একজন কর্মী আপনাকে সাহায্য করবেন।
ticket-none-left = আজ { $service } এর জন্য আর কোনো টিকিট নেই
ticket-no-more-today = আজ আর কোনো টিকিট নেই
ticket-finish = শেষ করুন
ticket-sms-offer = আপনার পালা এলে একটি টেক্সট পান
ticket-sms-title = আমার পালা প্রায় এলে আমাকে টেক্সট করবেন?
ticket-sms-body = আজ আমরা এই নম্বরে সর্বোচ্চ দুটি টেক্সট পাঠাব: একটি যখন আপনি লাইনে ৩য় হবেন, আর একটি যখন আপনাকে ডাকা হবে। আপনার নম্বর আমরা এনক্রিপ্ট করে রাখি, শুধু আজকের দিন শেষ হওয়া পর্যন্ত, তারপর মুছে ফেলি। এটি অন্য কোনো কাজে ব্যবহার করা হয় না। কাউন্সিলের হয়ে টেক্সট পাঠায় GOV.UK Notify। আপনি এটি বাদ দিতে পারেন: "না, ধন্যবাদ" বেছে নিন।
ticket-sms-label = আপনার মোবাইল নম্বর
ticket-sms-error = একটি যুক্তরাজ্যের মোবাইল নম্বর লিখুন, যেমন 07700 900123
ticket-sms-send = আমাকে টেক্সট পাঠান
ticket-sms-no = না, ধন্যবাদ
ticket-sms-agreed = আপনি ৩য় হলে এবং আপনাকে ডাকা হলে আমরা আপনাকে টেক্সট করব।
ticket-sms-unavailable = এই মুহূর্তে টেক্সট পাওয়া যাচ্ছে না।

## The receipt or ticket printer, under the reference or number
print-receipt-printing = আপনার রসিদ ছাপা হচ্ছে…
print-receipt-done = অনুগ্রহ করে প্রিন্টার থেকে আপনার রসিদ নিন।
print-receipt-failed = দুঃখিত, প্রিন্টার কাজ করছে না, তাই কাগজের রসিদ নেই। অনুগ্রহ করে আপনার রেফারেন্স নম্বর লিখে রাখুন বা এর ছবি তুলে নিন।
print-ticket-printing = আপনার টিকিট ছাপা হচ্ছে…
print-ticket-done = অনুগ্রহ করে প্রিন্টার থেকে আপনার টিকিট নিন।
print-ticket-failed = দুঃখিত, প্রিন্টার কাজ করছে না, তাই কাগজের টিকিট নেই। অনুগ্রহ করে আপনার নম্বর মনে রাখুন বা এর ছবি তুলে নিন।

## Signing in with a library or council card
card-hint = আপনার কাছে কি লাইব্রেরি বা কাউন্সিলের কার্ড আছে? আপনার তথ্য পূরণ করতে রিডারে ছোঁয়ান বা স্ক্যান করুন।
card-checking = আপনার কার্ড যাচাই করা হচ্ছে…
card-unavailable = এখন কার্ড ব্যবহার করা যাচ্ছে না। অনুগ্রহ করে নিজে ফর্ম পূরণ করুন।
card-not-used = আমরা এই কার্ড ব্যবহার করতে পারিনি। অনুগ্রহ করে নিজে ফর্ম পূরণ করুন বা রিসেপশনে জিজ্ঞাসা করুন।
card-offline = আমরা এখন আপনার কার্ড যাচাই করতে পারিনি। আপনার কার্ড নম্বর আপনার ফর্মের সাথে পাঠানো হবে এবং কাউন্সিল তা যাচাই করবে।
card-used = আপনার কার্ড থেকে আপনার তথ্য পূরণ করা হয়েছে। প্রতিটি পাতায় যাচাই করুন; আপনি বদলাতে পারেন।
card-pin-title = আপনার কার্ডের PIN লিখুন
card-pin-hint = নিচের কীগুলি ব্যবহার করুন। আপনার PIN শুধু কার্ড যাচাইয়ের জন্য ব্যবহৃত হয়। এটি কখনো রাখা বা ছাপা হয় না।
card-pin-typed = { $count ->
    [one] { $count }টি সংখ্যা লেখা হয়েছে
   *[other] { $count }টি সংখ্যা লেখা হয়েছে
}
card-pin-length = PIN-এ 4 থেকে 12টি সংখ্যা থাকে। অনুগ্রহ করে আবার লিখুন।
card-pin-wrong = { $left ->
    [one] এই PIN সঠিক নয়। আপনি আর একবার চেষ্টা করতে পারেন।
   *[other] এই PIN সঠিক নয়। আপনি আর { $left } বার চেষ্টা করতে পারেন।
}
card-pin-locked = এই কার্ডের জন্য অনেকবার ভুল PIN। অনুগ্রহ করে নিজে ফর্ম পূরণ করুন বা রিসেপশনে জিজ্ঞাসা করুন।
card-cancel = বাতিল
card-consent-title = আপনার কার্ডের তথ্য ব্যবহার করবেন?
card-consent-body = আপনার কার্ড এই তথ্য দেয়। ফর্ম পূরণে এগুলি ব্যবহার করতে চান? আপনি প্রতিটি পাতায় যাচাই করে বদলাতে পারেন।
card-consent-yes = হ্যাঁ, এই তথ্য ব্যবহার করুন
card-consent-no = না, আমি নিজে লিখব

key-enter = এন্টার
key-space = স্পেস
key-backspace = মুছুন
key-shift = শিফট
key-switch = কিবোর্ড বদলান

## Access: the keypad, speech, the low layout
# Header buttons.
low-layout = নিচু লেআউট
listen = শুনুন
# Shown while speech is in English because the visitor's language has no voice (only Somali
# shows it; in English it is never seen).
speech-in-english = পড়ে শোনানো হয় ইংরেজিতে: এই ভাষার জন্য এখনও কোনো কণ্ঠ নেই।
# What speech calls each kind of control.
speech-role-button = বোতাম
speech-role-radio = রেডিও বোতাম
speech-role-checkbox = চেক বক্স
speech-role-edit = লেখার ঘর
speech-role-key = কী
speech-role-pin-key = PIN কী
# An option's place among the options: "2 of 4".
speech-position = { $count }টির মধ্যে { $pos }
speech-selected = বেছে নেওয়া হয়েছে
speech-not-selected = বেছে নেওয়া হয়নি
speech-dimmed = এখনও পাওয়া যাচ্ছে না
speech-blank = খালি
speech-deleted = মুছে ফেলা হয়েছে
# The PIN pad never says a digit.
speech-pin-hint = সংখ্যার কী দিয়ে আপনার PIN লিখুন, তারপর এন্টার চাপুন।
speech-pin-entered = অঙ্ক লেখা হয়েছে
speech-pin-deleted = অঙ্ক মুছে ফেলা হয়েছে
speech-pin-again = এই PIN গ্রহণ করা হয়নি। অনুগ্রহ করে আবার লিখুন।
speech-louder = আরও জোরে
speech-quieter = আরও আস্তে
# F1 on the keypad.
speech-help = উপর আর নিচের কী দিয়ে এক জিনিস থেকে আরেক জিনিসে যান। বাম আর ডান কী দিয়ে তালিকার ভিতরে সরুন। এন্টার দিয়ে বেছে নিন। এস্কেপ দিয়ে পিছনে যান। প্লাস আর মাইনাস দিয়ে আওয়াজ কমান বা বাড়ান। F2 চাপলে পুরো পাতাটি পড়ে শোনানো হয়।

## How was this?
rate-title = এটা কেমন ছিল?
rate-hint = একটি মুখ ছুঁয়ে দিন, অথবা বাদ দিন। আমরা শুধু সংখ্যাটা রাখি, আপনার সম্পর্কে কিছুই রাখি না।
rate-1 = খুব খারাপ
rate-2 = খারাপ
rate-3 = মোটামুটি
rate-4 = ভালো
rate-5 = খুব ভালো
rate-skip = বাদ দিন
# Said when a rating ends the visit.
rate-thanks = ধন্যবাদ।

## Opening hours
# Draft: the weekday and date wording awaits a native speaker's review.
# Outside the site's opening hours: the welcome screen, the menu and the ticket card. $when is
# today, tomorrow, a weekday (within the coming week) or date (then $date is 07/01/2027);
# $time is 09:00.
hours-closed = বন্ধ
hours-closed-opens = { $when ->
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
ticket-closed = বন্ধ থাকার সময় টিকিট দেওয়া হয় না

## "I need help", "anything else?", the ticket's QR code and appointment check-in
help-button = আমার সাহায্য দরকার
help-told = কর্মীদের জানানো হয়েছে। কেউ এই কিয়স্কে আসবেন।
help-coming = একজন কর্মী আপনার কাছে আসছেন।
help-unreachable = অনুগ্রহ করে রিসেপশনে জিজ্ঞাসা করুন।
help-close = বন্ধ করুন
ticket-also-title = আজ কি আপনার আর কিছু দরকার?
ticket-also-hint = আপনি { $service } বেছে নিয়েছেন। আজ অন্য কোনো বিষয়েও সাহায্য দরকার হলে সেটিতে টিক দিন (আরও সর্বোচ্চ { $max }টি)। প্রতিটির জন্য আপনার জায়গা থাকবে।
ticket-also-go = আমার টিকিট দিন
ticket-also-full = আপনি আরও সর্বোচ্চ { $max }টি বেছে নিতে পারেন। অন্যটি বাছতে একটির টিক তুলে দিন।
ticket-then = এরপর: { $service }
ticket-follow-screen = সারিতে আপনার জায়গা দেখতে এই কোডটি আপনার ফোন দিয়ে স্ক্যান করুন। আপনি অন্য কোথাও অপেক্ষা করতে পারেন।
ticket-follow-speech = আপনার ফোন দিয়ে স্ক্যান করার একটি কোড আছে, সারিতে আপনার জায়গা দেখার জন্য। আপনি অন্য কোথাও অপেক্ষা করতে পারেন।
ticket-appointment-unknown = আজকের জন্য এই অ্যাপয়েন্টমেন্টটি আমরা খুঁজে পাচ্ছি না। আপনার নিশ্চিতকরণে রেফারেন্সটি দেখুন, অথবা রিসেপশনে জিজ্ঞাসা করুন।
ticket-appointment-already = আপনি আগেই চেক ইন করেছেন। আপনার নম্বর { $number }।
