# Status: reviewed (en-GB source text)
title = Report a repair in your council home
summary = Tell us about a repair needed in the home you rent from the council
next-steps = We will phone you to arrange a time to visit. We aim to make emergency repairs safe within 24 hours, do urgent repairs within 5 working days and routine repairs within 28 days. If the problem gets worse, phone our repairs team.

area = Where is the problem?
    .check = Area
    .opt-kitchen = Kitchen
    .opt-bathroom = Bathroom or toilet
    .opt-heating-hot-water = Heating or hot water
    .opt-electrics = Electrics, lights or sockets
    .opt-doors-windows = Doors or windows
    .opt-roof-gutters = Roof or gutters
    .opt-damp-mould = Damp or mould
    .opt-other = Somewhere else

urgency = How urgent is the repair?
    .hint = If there is a danger to anyone's health or safety, or to your home, choose emergency and also phone our emergency repairs line now. Staff can give you the number. If you smell gas, leave your home and phone the National Gas Emergency Service on 0800 111 999.
    .check = How urgent
    .opt-emergency-danger = Emergency: there is a danger to people or to your home, such as flooding, exposed wires or no heating in cold weather
    .opt-urgent = Urgent: it is causing you real problems, such as a blocked toilet or no hot water
    .opt-routine = Routine: it needs fixing but can wait, such as a dripping tap or a sticking door

problem-description = Describe the problem
    .hint = Tell us what is wrong, where it is and when it started.
    .check = Problem

address = What is the address of your home?
    .check = Address

access = When can we get into your home?
    .hint = Choose all that apply.
    .check = Access
    .opt-weekday-mornings = Weekday mornings (8am to 12 noon)
    .opt-weekday-afternoons = Weekday afternoons (12 noon to 5pm)
    .opt-saturday-mornings = Saturday mornings (8am to 12 noon)

phone = What is your phone number?
    .hint = We will phone you to arrange a visit.
    .check = Phone number
