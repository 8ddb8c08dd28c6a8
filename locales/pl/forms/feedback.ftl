# Status: draft awaiting review by a native speaker (machine-assisted translation)
title = Pochwały, uwagi i skargi
summary = Powiedz nam, co zrobiliśmy dobrze, a co moglibyśmy zrobić lepiej
next-steps = Dziękujemy za Twoją opinię. Jeśli prosisz o odpowiedź, staramy się odpowiedzieć w ciągu 10 dni roboczych. Jeśli będziemy potrzebować więcej czasu na zbadanie skargi, powiemy Ci, dlaczego, i kiedy możesz spodziewać się pełnej odpowiedzi.

feedback-type = Co chcesz nam przekazać?
    .check = Rodzaj opinii
    .opt-compliment = Pochwała
    .opt-comment = Uwaga lub sugestia
    .opt-complaint = Skarga

service = Jakiej usługi to dotyczy?
    .check = Usługa
    .opt-waste = Śmieci i recykling
    .opt-streets = Drogi i ulice
    .opt-housing = Mieszkania komunalne (council housing)
    .opt-council-tax = Podatek lokalny (council tax)
    .opt-libraries = Biblioteki
    .opt-other = Coś innego

what-happened = Co się stało?
    .hint = Podaj daty, miejsca i nazwiska pracowników, jeśli je znasz.
    .check = Co się stało

put-right = Co mogłoby naprawić sytuację?
    .hint = Napisz, co chcesz, żebyśmy zrobili.
    .check = Jak naprawić sytuację

reply = Czy chcesz otrzymać odpowiedź?
    .hint = Jeśli tak, poprosimy o Twoje imię i nazwisko oraz adres e-mail lub numer telefonu.
    .check = Prośba o odpowiedź

name = Jakie jest Twoje imię i nazwisko?
    .check = Imię i nazwisko

email = Jaki jest Twój adres e-mail?
    .hint = Jeśli podasz adres e-mail, odpowiemy e-mailem.
    .check = Adres e-mail

phone = Jaki jest Twój numer telefonu?
    .hint = Jeśli nie podasz adresu e-mail, zadzwonimy do Ciebie.
    .check = Numer telefonu
