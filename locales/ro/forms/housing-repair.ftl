# Status: draft awaiting review by a native speaker (machine-assisted translation)
title = Semnalați o reparație în locuința de la consiliu
summary = Spuneți-ne ce trebuie reparat în locuința pe care o închiriați de la consiliu (council)
next-steps = Vă vom suna ca să stabilim când venim. Ne străduim ca, în caz de avarie, să înlăturăm pericolul în 24 de ore, să facem reparațiile urgente în 5 zile lucrătoare și reparațiile obișnuite în 28 de zile. Dacă problema se agravează, sunați la echipa noastră de reparații.

area = Unde este problema?
    .check = Locul
    .opt-kitchen = Bucătărie
    .opt-bathroom = Baie sau toaletă
    .opt-heating-hot-water = Încălzire sau apă caldă
    .opt-electrics = Instalația electrică, lumini sau prize
    .opt-doors-windows = Uși sau ferestre
    .opt-roof-gutters = Acoperiș sau jgheaburi
    .opt-damp-mould = Umezeală sau mucegai
    .opt-other = În altă parte

urgency = Cât de urgentă este reparația?
    .hint = Dacă există un pericol pentru sănătatea sau siguranța cuiva ori pentru locuința dumneavoastră, alegeți „Avarie” și sunați imediat și la linia noastră pentru avarii. Personalul vă poate da numărul. Dacă simțiți miros de gaz, ieșiți din casă și sunați la serviciul de urgență pentru gaz (National Gas Emergency Service), la 0800 111 999.
    .check = Cât de urgent
    .opt-emergency-danger = Avarie: există un pericol pentru oameni sau pentru locuință, de exemplu o inundație, fire electrice neizolate sau lipsa încălzirii pe vreme rece
    .opt-urgent = Urgent: vă creează probleme serioase, de exemplu toaleta înfundată sau lipsa apei calde
    .opt-routine = Obișnuit: trebuie reparat, dar poate aștepta, de exemplu un robinet care picură sau o ușă care se blochează

problem-description = Descrieți problema
    .hint = Spuneți-ne ce nu este în regulă, unde este și când a început.
    .check = Problema

address = Care este adresa locuinței dumneavoastră?
    .check = Adresa

access = Când putem intra în locuința dumneavoastră?
    .hint = Alegeți toate variantele potrivite.
    .check = Acces
    .opt-weekday-mornings = De luni până vineri, dimineața (de la 8:00 la 12:00)
    .opt-weekday-afternoons = De luni până vineri, după-amiaza (de la 12:00 la 17:00)
    .opt-saturday-mornings = Sâmbăta dimineața (de la 8:00 la 12:00)

phone = Care este numărul dumneavoastră de telefon?
    .hint = Vă vom suna ca să stabilim o vizită.
    .check = Număr de telefon
