# Status: draft (machine-assisted; awaiting review by a native speaker)
# Words printed on receipts and queue tickets (Simplified Chinese). Words also on screen (the reference,
# what happens next, the ticket number and wait) come from kiosk.ftl and the forms.

receipt-title = 您的回执
receipt-sent = 发送于 { $date } { $time }
receipt-track = 如需查询您的请求，请扫描此二维码，或在自助机上输入您的参考编号。
ticket-taken = 取号时间 { $time }
# Under the QR code of a ticket that has a mobile page (served by the site's own hub).
ticket-follow = 用手机扫描此二维码，查看您在队列中的位置。您可以在别处等候。
