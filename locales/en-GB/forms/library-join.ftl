# Status: reviewed (en-GB source text)
title = Join the library
summary = Get a free library card to borrow books, use the computers and more
next-steps = Take your reference number to the library desk with proof of your address, such as a recent bill or bank statement. We will give you your library card. Children under 16 need a parent or carer with them.

first-name = What is your first name?
    .check = First name

last-name = What is your last name?
    .check = Last name

date-of-birth = What is your date of birth?
    .check = Date of birth

address = What is your address?
    .check = Address

email = What is your email address?
    .hint = We will use this to remind you when your items are due back.
    .check = Email address

phone = What is your phone number?
    .hint = We will use this to tell you when items you reserved are ready.
    .check = Phone number

terms = I agree to the library terms and conditions
    .hint = You are responsible for everything borrowed on your card. Tell us straight away if you lose your card or move home. Staff can give you a copy of the full terms.
    .check = Library terms
