# Status: draft awaiting review by a native speaker (machine-assisted translation)
title = Zapisz się do biblioteki
summary = Odbierz bezpłatną kartę biblioteczną, aby wypożyczać książki, korzystać z komputerów i nie tylko
next-steps = Przyjdź z numerem referencyjnym do lady w bibliotece i przynieś dokument potwierdzający Twój adres, na przykład niedawny rachunek lub wyciąg z banku. Wydamy Ci kartę biblioteczną. Dzieci poniżej 16 lat muszą przyjść z rodzicem lub opiekunem.

first-name = Jak masz na imię?
    .check = Imię

last-name = Jakie jest Twoje nazwisko?
    .check = Nazwisko

date-of-birth = Jaka jest Twoja data urodzenia?
    .check = Data urodzenia

address = Jaki jest Twój adres?
    .check = Adres

email = Jaki jest Twój adres e-mail?
    .hint = Użyjemy go, aby przypomnieć Ci, kiedy trzeba oddać wypożyczone rzeczy.
    .check = Adres e-mail

phone = Jaki jest Twój numer telefonu?
    .hint = Użyjemy go, aby dać Ci znać, kiedy zarezerwowane przez Ciebie rzeczy będą gotowe do odbioru.
    .check = Numer telefonu

terms = Akceptuję regulamin biblioteki
    .hint = Odpowiadasz za wszystko, co zostało wypożyczone na Twoją kartę. Od razu nas poinformuj, jeśli zgubisz kartę lub zmienisz adres. Pracownik może dać Ci pełny regulamin.
    .check = Regulamin biblioteki
