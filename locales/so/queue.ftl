# Status: draft awaiting review by a native speaker (machine-assisted translation)
# The queue board and its spoken calls. Every message here must exist in every locale (a test
# enforces it). Spoken messages go to espeak-ng: { $ticket } is the letters, said as letters, then
# the number as a number ("A 42"), so write it as a number is written in running text, never
# spelled out.

## Services: one per [queue] service id, queue-service-<id>
queue-service-housing = Guryaha
queue-service-council-tax = Canshuurta Golaha (Council Tax)
queue-service-general = Su'aalo guud

## The board
queue-board-now-calling = Hadda waxaa la yeerayaa
queue-board-counter = Miiska { $counter }
queue-board-recall = Dib-u-yeerid
queue-board-last-calls = Yeeritaannadii ugu dambeeyay
queue-board-services = Hadda sugaya
queue-board-waiting = { $count } ayaa sugaya
queue-board-wait = { $minutes ->
    [0] Sugitaan ma jiro
   *[other] Qiyaastii { $minutes } daqiiqo
}
queue-board-no-calls = Fadlan sug inta lagaa yeerayo
queue-board-offline = Xiriirka safka waa go'ay, dib ayaa loo xirayaa. Yeeritaannada la muujiyay waxay noqon karaan kuwo duugoobay.
queue-board-connecting = Waxaa lagu xirayaa safka…

## The board: a service no open counter serves, and a board that cannot be heard
queue-board-no-counter = Hadda miis furan ma jiro
queue-board-silent = Hadda yeeritaannada cod ahaan looma akhrinayo. Fadlan lambarkaaga ka eeg shaashaddan.

## Spoken
queue-speech-call = { $ticket }, miiska { $counter }.
queue-speech-recall = { $ticket }, miiska { $counter }, mar kale.

## Opening hours
# Draft: the weekday and date wording awaits a native speaker's review.
# The board outside the site's opening hours ($when, $time, $date as in kiosk.ftl).
queue-board-closed = Waa xiran yahay
queue-board-closed-opens = { $when ->
    [today] Waa xiran yahay, wuxuu furmayaa maanta saacadda { $time }
    [tomorrow] Waa xiran yahay, wuxuu furmayaa berri saacadda { $time }
    [monday] Waa xiran yahay, wuxuu furmayaa Isniinta saacadda { $time }
    [tuesday] Waa xiran yahay, wuxuu furmayaa Talaadada saacadda { $time }
    [wednesday] Waa xiran yahay, wuxuu furmayaa Arbacada saacadda { $time }
    [thursday] Waa xiran yahay, wuxuu furmayaa Khamiista saacadda { $time }
    [friday] Waa xiran yahay, wuxuu furmayaa Jimcaha saacadda { $time }
    [saturday] Waa xiran yahay, wuxuu furmayaa Sabtida saacadda { $time }
    [sunday] Waa xiran yahay, wuxuu furmayaa Axadda saacadda { $time }
   *[date] Waa xiran yahay, wuxuu furmayaa { $date } saacadda { $time }
}
