# Status: reviewed (en-GB source text)
title = Report a street problem
summary = Tell us about a pothole, graffiti, fly-tipping or dog fouling
next-steps = We will inspect the problem and decide what to do. We usually remove offensive graffiti within 1 working day and fly-tipping within 5 working days. If you gave us your email address, we will email you when we have dealt with it.

problem = What is the problem?
    .check = Problem
    .opt-pothole = Pothole
    .opt-graffiti = Graffiti
    .opt-fly-tipping = Fly-tipping (rubbish dumped illegally)
    .opt-dog-fouling = Dog fouling

offensive = Is the graffiti offensive?
    .hint = For example, racist, sexual or threatening words or pictures.
    .check = Offensive graffiti

dumped-items = What has been dumped?
    .hint = Choose all that apply. Do not touch or move anything.
    .check = What has been dumped
    .opt-bags = Bags of rubbish
    .opt-furniture = Furniture
    .opt-mattress = Mattresses
    .opt-electrical = Fridges, TVs or other electrical items
    .opt-building-waste = Building rubble or bathroom and kitchen fittings
    .opt-garden-waste = Garden waste
    .opt-tyres = Tyres
    .opt-hazardous = Something that could be dangerous, such as needles, chemicals or asbestos
    .opt-other = Something else

location = Where is the problem?
    .hint = For example, outside 12 High Street, or by the bus stop on Mill Lane.
    .check = Location

postcode = What is the postcode of the nearest address?
    .hint = This helps us find the problem. Leave it blank if you do not know.
    .check = Nearest postcode

details = Is there anything else we should know?
    .hint = For example, how big the pothole is or what the graffiti is on.
    .check = More details

email = What is your email address?
    .hint = We will only use this to tell you when we have dealt with the problem.
    .check = Email address
