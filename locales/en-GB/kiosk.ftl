# Status: reviewed (en-GB source text)
# Kiosk screens. Every message here must exist in every locale (a test enforces it).

## Welcome
welcome-title = Welcome to { $council }
welcome-choose-language = Choose your language
welcome-touch = Touch your language to start

## Everywhere
back = Back
continue = Continue
optional = (optional)
start-again = Start again
language = Language
large-text = Larger text
normal-text = Normal text
question-progress = Question { $current } of { $total }

## Service menu
menu-title = What would you like to do?
menu-hint = Choose a service. You can go back at any time.

## Questions
yes = Yes
no = No
consent-agree = I agree
choose-one = Select one option
choose-many = Select all that apply
choose-up-to = Select up to { $max }
date-hint = For example, 27 3 2007
date-day = Day
date-month = Month
date-year = Year
address-postcode = Postcode
address-house = House number or name
address-street = Street
address-town = Town or city
address-find-hint = Enter the postcode and we will find the address
address-select = Select your address
address-found = { $count ->
    [one] One address at { $postcode }
   *[other] { $count } addresses at { $postcode }
}
address-not-listed = My address is not listed
address-enter = Enter the address
address-none-found = We could not find addresses at { $postcode }. Enter the address.
address-unavailable = The address list cannot be used now. Enter the address.
email-hint = We will only use this to contact you about this request
phone-hint = For example, 07700 900 982 or 0116 454 1000
postcode-hint = For example, LE1 1AA

## Errors
error-summary-title = There is a problem
error-required = Enter an answer
error-choose = Select an option
error-consent = You must agree to continue
error-too-long = Enter { $max } characters or fewer
error-too-short = Enter at least { $min } characters
error-characters = Remove the symbols that cannot be used
error-pattern = Check the format of your answer
error-number = Enter a whole number, like 12
error-too-small = Enter a number of { $min } or more
error-too-large = Enter a number of { $max } or less
error-choice = Select one of the options shown
error-too-few = Select at least { $min }
error-too-many = Select no more than { $max }
error-email = Enter an email address in the correct format, like name@example.com
error-phone = Enter a UK phone number, like 07700 900 982
error-postcode = Enter a real UK postcode, like LE1 1AA
error-address-postcode = Enter the postcode
error-address-house = Enter the house number or name
error-address-street = Enter the street
error-address-town = Enter the town or city
error-address-select = Select your address, or “My address is not listed”
error-date-part = The date must include a day, month and year
error-date-invalid = The date must be a real date
error-date-year = The year must include 4 numbers
error-date-past = The date must be today or in the future
error-date-future = The date must be today or in the past
error-date-too-early = The date is too far in the past
error-date-too-late = The date is too far in the future
error-wrong-type = This answer is not in the right form. Please answer the question again
error-unknown-question = This answer does not belong to this form
error-send-failed = Your form could not be saved. Please ask a member of staff for help

## Check your answers
check-title = Check your answers before sending
check-change = Change
check-not-answered = Not answered
check-send-heading = Now send your form
check-send-body = By sending this form you confirm that, to the best of your knowledge, the details you are giving are correct.
send = Send

## Confirmation
confirm-title = Form sent
confirm-reference = Your reference number
confirm-write-down = Write down or take a photo of your reference number. You can use it to check on your request.
confirm-next = What happens next
confirm-next-generic = We will pass your request to the council team that deals with it.
confirm-finish = Finish

## Idle timeout
timeout-title = Do you need more time?
timeout-body = For your privacy, we will clear your answers in { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}.
timeout-more-time = I need more time
timeout-clear = Clear my answers now

## Leaving a form
leave-title = Do you want to start again?
leave-body = Your answers will be deleted.
leave-yes = Yes, delete my answers
leave-no = No, go back to the form

## On-screen keyboard
keyboard-show = Show keyboard
keyboard-hide = Hide keyboard

## Track my enquiry
track-menu-title = Track an enquiry
track-menu-summary = Use your reference number to see what has happened to a form you sent
track-title = Track an enquiry
track-hint = Enter the reference number from your receipt or confirmation screen, for example K7QF-9M2A
track-label = Reference number
track-find = Find
track-error-length = A reference number has 8 letters and numbers, like K7QF-9M2A
track-error-character = Reference numbers do not contain 0, O, 1, I or U. Check what you typed
track-error-check = That reference number has a mistake in it. Check each character
track-not-found = We cannot find that reference on this kiosk. Please ask a member of staff
track-pending = Your form is saved and waiting to be sent to the council. You do not need to do anything.
track-sent = Your form has reached the council. Their reference is { $crm }.
track-parked = Your form needs checking by a member of staff before it can be sent. Please ask at reception.
track-status-open = The council is working on it.
track-status-closed = The council has finished working on it.
track-status-other = The council says: { $status }
track-status-expected = The council expects to finish by { $date }.
track-status-notes = Note from the council: { $notes }
track-checking = Checking with the council for the latest news…
track-offline = We cannot reach the council just now. This is what we last heard.
track-checked = Last checked with the council on { $date }.

## Take a ticket (the queue)
ticket-menu-title = Take a ticket
ticket-menu-summary = Get a number to see someone at reception, or check in for an appointment
ticket-title = Take a ticket
ticket-hint = Choose what you need help with. You will get a number, and we will call you when it is your turn.
ticket-hint-appointment = Choose what your appointment is about.
ticket-service-housing = Housing
ticket-service-council-tax = Council Tax
ticket-service-general = General enquiries
ticket-wait = { $minutes ->
    [0] No wait at the moment
    [one] About { $minutes } minute wait
   *[other] About { $minutes } minutes wait
}
ticket-extra-help = I need extra help (for example, I have a disability, I am unwell or I cannot wait long)
ticket-appointment-link = I have an appointment
ticket-appointment-title = Check in for an appointment
ticket-appointment-hint = Type the reference from your appointment letter, email or text message
ticket-appointment-label = Appointment reference
ticket-appointment-error = An appointment reference has up to 20 letters and numbers. Check what you typed
ticket-appointment-note = Checking in for appointment { $reference }
ticket-number-label = Your ticket number
ticket-wait-estimate = { $minutes ->
    [0] You should be called very soon
    [one] Estimated wait: about { $minutes } minute
   *[other] Estimated wait: about { $minutes } minutes
}
ticket-instructions = Please wait to be called. Watch the screen: it will show your number and the counter to go to.
ticket-priority = You will be seen as a priority.
ticket-checked-in = You are checked in for appointment { $reference }.
ticket-unavailable = Tickets are not available right now
ticket-unavailable-body = Please ask at reception. A member of staff will help you.
# A service has issued all the tickets it may today (staff can allow more at a counter).
ticket-none-left = There are no more tickets for { $service } today
ticket-no-more-today = No more tickets today
ticket-finish = Finish
ticket-sms-offer = Get a text when it's your turn
ticket-sms-title = Text me when it is nearly my turn?
ticket-sms-body = We will send up to two texts to this number today: one when you are 3rd in the queue, and one when you are called. We keep your number encrypted, only until the end of today, and then delete it. It is used for nothing else. Texts are sent by GOV.UK Notify for the council. You can skip this: choose "No thanks".
ticket-sms-label = Your mobile number
ticket-sms-error = Enter a UK mobile number, like 07700 900123
ticket-sms-send = Send me texts
ticket-sms-no = No thanks
ticket-sms-agreed = We will text you when you are 3rd and when you are called.
ticket-sms-unavailable = Texts are not available right now.

## The receipt or ticket printer, under the reference or number
print-receipt-printing = Printing your receipt…
print-receipt-done = Please take your receipt from the printer.
print-receipt-failed = Sorry, the printer is not working, so there is no paper receipt. Please write down your reference number or take a photo of it.
print-ticket-printing = Printing your ticket…
print-ticket-done = Please take your ticket from the printer.
print-ticket-failed = Sorry, the printer is not working, so there is no paper ticket. Please remember your ticket number or take a photo of it.

## Signing in with a library or council card
card-hint = Have a library or council card? Tap it on the reader or scan it to fill in your details.
card-checking = Checking your card…
card-unavailable = Cards cannot be used right now. Please fill in the form yourself.
card-not-used = We could not use this card. Please fill in the form yourself, or ask at reception.
card-offline = We could not check your card right now. Your card number will be sent with your form, and the council will check it.
card-used = Your details from your card are filled in. Check them on each page; you can change them.
card-pin-title = Type your card's PIN
card-pin-hint = Use the keys below. Your PIN is only used to check your card. It is never kept or printed.
card-pin-typed = { $count ->
    [one] { $count } digit typed
   *[other] { $count } digits typed
}
card-pin-length = A PIN has 4 to 12 digits. Please type it again.
card-pin-wrong = { $left ->
    [one] That PIN is not right. You can try once more.
   *[other] That PIN is not right. You can try { $left } more times.
}
card-pin-locked = Too many wrong PINs for this card. Please fill in the form yourself, or ask at reception.
card-cancel = Cancel
card-consent-title = Use the details from your card?
card-consent-body = Your card gives these details. Do you want to use them to fill in the form? You can check and change them on each page.
card-consent-yes = Yes, use these details
card-consent-no = No, I will type them myself

# The on-screen keyboard's keys that are not letters, as headphones and screen readers name them.
key-enter = Enter
key-space = Space
key-backspace = Delete
key-shift = Shift
key-switch = Change keyboard

## Access: the keypad, speech, the low layout
# Header buttons.
low-layout = Low layout
listen = Listen
# Shown while speech is in English because the visitor's language has no voice (only Somali
# shows it; in English it is never seen).
speech-in-english = Reading aloud is in English: there is no voice for this language yet.
# What speech calls each kind of control.
speech-role-button = button
speech-role-radio = radio button
speech-role-checkbox = tick box
speech-role-edit = edit text
speech-role-key = key
speech-role-pin-key = PIN key
# An option's place among the options: "2 of 4".
speech-position = { $pos } of { $count }
speech-selected = selected
speech-not-selected = not selected
speech-dimmed = not available yet
speech-blank = blank
speech-deleted = deleted
# The PIN pad never says a digit.
speech-pin-hint = Type your PIN with the number keys, then press Enter.
speech-pin-entered = Digit entered
speech-pin-deleted = Digit deleted
speech-pin-again = That PIN was not accepted. Please type it again.
speech-louder = Louder
speech-quieter = Quieter
# F1 on the keypad.
speech-help = Up and down move between items. Left and right move within a list. Enter chooses. Escape goes back. Plus and minus change the volume. F2 reads the whole page.

## How was this?
rate-title = How was this?
rate-hint = Tap a face, or skip. We keep only the count, nothing about you.
rate-1 = Very poor
rate-2 = Poor
rate-3 = All right
rate-4 = Good
rate-5 = Very good
rate-skip = Skip
# Said when a rating ends the visit.
rate-thanks = Thank you.

## Opening hours
# Outside the site's opening hours: the welcome screen, the menu and the ticket card. $when is
# today, tomorrow, a weekday (within the coming week) or date (then $date is 07/01/2027);
# $time is 09:00.
hours-closed = Closed
hours-closed-opens = { $when ->
    [today] Closed, opens at { $time }
    [tomorrow] Closed, opens tomorrow at { $time }
    [monday] Closed, opens on Monday at { $time }
    [tuesday] Closed, opens on Tuesday at { $time }
    [wednesday] Closed, opens on Wednesday at { $time }
    [thursday] Closed, opens on Thursday at { $time }
    [friday] Closed, opens on Friday at { $time }
    [saturday] Closed, opens on Saturday at { $time }
    [sunday] Closed, opens on Sunday at { $time }
   *[date] Closed, opens on { $date } at { $time }
}
ticket-closed = No tickets are given out while we are closed

## "I need help", "anything else?", the ticket's QR code and appointment check-in
help-button = I need help
help-told = Staff have been told. Someone will come to this kiosk.
help-coming = A member of staff is on their way.
help-unreachable = Please ask at reception.
help-close = Close
ticket-also-title = Do you need anything else today?
ticket-also-hint = You chose { $service }. If you also need help with something else today, tick it (up to { $max } more). You keep your place for each one.
ticket-also-go = Get my ticket
ticket-also-full = You can choose up to { $max } more. Untick one to choose a different one.
ticket-then = Then: { $service }
ticket-follow-screen = Scan this code with your phone to see your place in the queue. You can wait somewhere else.
ticket-follow-speech = There is a code to scan with your phone, to see your place in the queue. You can wait somewhere else.
ticket-appointment-unknown = We cannot find that appointment today. Check the reference on your confirmation, or ask at reception.
ticket-appointment-already = You have already checked in. Your number is { $number }.
