# Status: reviewed (en-GB source text)
title = Compliments, comments and complaints
summary = Tell us what we did well or what we could do better
next-steps = Thank you for your feedback. If you asked for a reply, we aim to reply within 10 working days. If we need more time to look into a complaint, we will tell you why and when you can expect a full reply.

feedback-type = What would you like to give us?
    .check = Type of feedback
    .opt-compliment = A compliment
    .opt-comment = A comment or suggestion
    .opt-complaint = A complaint

service = Which service is it about?
    .check = Service
    .opt-waste = Bins and recycling
    .opt-streets = Roads and streets
    .opt-housing = Council housing
    .opt-council-tax = Council tax
    .opt-libraries = Libraries
    .opt-other = Something else

what-happened = What happened?
    .hint = Include dates, places and the names of staff if you know them.
    .check = What happened

put-right = What would put it right?
    .hint = Tell us what you would like us to do.
    .check = What would put it right

reply = Do you want a reply?
    .hint = If you do, we will ask for your name and an email address or phone number.
    .check = Reply wanted

name = What is your name?
    .check = Name

email = What is your email address?
    .hint = We will reply by email if you give us an address.
    .check = Email address

phone = What is your phone number?
    .hint = We will phone you if you do not give an email address.
    .check = Phone number
