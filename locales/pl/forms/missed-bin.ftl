# Status: draft awaiting review by a native speaker (machine-assisted translation)
title = Zgłoś nieopróżniony kosz na śmieci
summary = Daj nam znać, jeśli nie opróżniliśmy Twojego kosza w dniu odbioru śmieci
next-steps = Staramy się opróżnić pominięte kosze w ciągu 2 dni roboczych. Zostaw kosz na zewnątrz, dopóki go nie opróżnimy. Nie musisz robić nic więcej.

bin-type = Który kosz pominęliśmy?
    .hint = Wybierz jeden. Jeśli pominęliśmy więcej niż jeden kosz, wyślij osobne zgłoszenie dla każdego kosza.
    .check = Kosz
    .opt-general = Odpady zmieszane (czarny kosz)
    .opt-recycling = Recykling (niebieski kosz)
    .opt-garden = Odpady z ogrodu (zielony kosz)
    .opt-food = Resztki jedzenia (mały pojemnik, caddy)

address = Jaki jest adres?
    .check = Adres

bin-out-by-7am = Czy kosz był wystawiony najpóźniej o 7:00 rano w dniu odbioru?
    .hint = Kosze muszą stać na skraju posesji, z zamkniętą pokrywą, najpóźniej o 7:00 rano.
    .check = Kosz wystawiony do 7:00

details = Czy jest coś jeszcze, o czym powinniśmy wiedzieć?
    .hint = Na przykład, gdzie zostawiasz kosz albo czy droga była zablokowana.
    .check = Więcej informacji
