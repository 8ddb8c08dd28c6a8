# Status: reviewed (en-GB source text)
title = Report a missed bin collection
summary = Tell us if we did not empty your bin on your collection day
next-steps = We aim to collect missed bins within 2 working days. Leave your bin out until we have emptied it. You do not need to do anything else.

bin-type = Which bin did we miss?
    .hint = Choose one. If we missed more than one bin, send a report for each bin.
    .check = Bin
    .opt-general = General waste (black bin)
    .opt-recycling = Recycling (blue bin)
    .opt-garden = Garden waste (green bin)
    .opt-food = Food waste (caddy)

address = What is the address?
    .check = Address

bin-out-by-7am = Was your bin out by 7am on your collection day?
    .hint = Bins need to be at the edge of your property, with the lid closed, by 7am.
    .check = Bin out by 7am

details = Is there anything else we should know?
    .hint = For example, where you leave your bin or if the road was blocked.
    .check = More details
