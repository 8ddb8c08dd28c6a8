# Status: reviewed (en-GB source text)
title = Book a bulky item collection
summary = Ask us to collect up to 3 large household items, such as a sofa or fridge
next-steps = We will send you your collection date. Put your items outside your property, where we can easily reach them, by 7am on that day. Do not leave them on the pavement or road.

items = What do you want us to collect?
    .hint = Choose up to 3 items. If you have more, you will need to make another booking.
    .check = Items
    .opt-sofa = Sofa
    .opt-armchair = Armchair
    .opt-mattress = Mattress
    .opt-bed-frame = Bed frame
    .opt-fridge-freezer = Fridge or freezer
    .opt-washing-machine = Washing machine
    .opt-table = Table
    .opt-wardrobe = Wardrobe
    .opt-other = Something else

address = What is the collection address?
    .check = Collection address

contact-method = How should we tell you the collection date?
    .check = Tell me the date by
    .opt-sms = Text message
    .opt-email = Email

phone = What is your mobile phone number?
    .hint = We will text your collection date to this number.
    .check = Mobile number

email = What is your email address?
    .hint = We will email your collection date to this address.
    .check = Email address

preferred-date = Is there a date that suits you best?
    .hint = We will try to collect on this date, but we cannot promise. The date must be at least 2 days from today and no more than 60 days away.
    .check = Preferred date
