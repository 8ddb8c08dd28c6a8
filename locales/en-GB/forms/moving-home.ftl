# Status: reviewed (en-GB source text)
title = Tell us you have moved home
summary = Update your council tax when you move into, out of or within the area
next-steps = We will close your council tax account for your old address and set one up for your new address if it is in our area. We will send you a final bill and, if needed, a new bill within 2 weeks. Keep paying your instalments until you receive them.

old-address = What was your old address?
    .check = Old address

moved-out-date = When did you move out?
    .hint = This is the day your tenancy ended or you stopped living there.
    .check = Date moved out

new-address = What is your new address?
    .check = New address

moved-in-date = When did you move in?
    .hint = This is the day your tenancy started or you started living there.
    .check = Date moved in

only-adult = Are you the only adult living at your new address?
    .hint = Only count people aged 18 or over. If you live alone, you may get 25% off your council tax.
    .check = Only adult at new address

adults = How many adults live at your new address, including you?
    .hint = Only count people aged 18 or over.
    .check = Adults at new address

full-name = What is your full name?
    .check = Full name

email = What is your email address?
    .hint = Give us an email address or a phone number so we can contact you if we have a question.
    .check = Email address

phone = What is your phone number?
    .check = Phone number

declaration = I confirm that the information I have given is true and complete
    .hint = If you give false information, you may have to pay a penalty or be prosecuted.
    .check = Declaration
