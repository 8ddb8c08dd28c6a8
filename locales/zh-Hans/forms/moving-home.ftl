# Status: draft awaiting review by a native speaker (machine-assisted translation)
title = 通知我们您已搬家
summary = 当您搬入本区、搬离本区或在本区内搬家时，请更新您的市政税（council tax）信息
next-steps = 我们会关闭您旧地址的市政税账户；如果您的新地址在本区，我们会为新地址开设账户。我们会在 2 周内寄给您最终账单，如有需要，还会寄新账单给您。在收到账单之前，请继续按期缴款。

old-address = 您的旧地址是什么？
    .check = 旧地址

moved-out-date = 您是哪天搬走的？
    .hint = 就是您的租约结束，或者您不再住在那里的那一天。
    .check = 搬出日期

new-address = 您的新地址是什么？
    .check = 新地址

moved-in-date = 您是哪天搬进来的？
    .hint = 就是您的租约开始，或者您开始住在那里的那一天。
    .check = 搬入日期

only-adult = 您是新地址唯一居住的成年人吗？
    .hint = 只计算 18 岁或以上的人。如果您独自居住，您的市政税可能可以减免 25%。
    .check = 新地址唯一成年人

adults = 包括您在内，新地址共有多少成年人居住？
    .hint = 只计算 18 岁或以上的人。
    .check = 新地址成年人数

full-name = 您的全名是什么？
    .check = 全名

email = 您的电子邮箱地址是什么？
    .hint = 请留下电子邮箱地址或电话号码，以便我们有问题时联系您。
    .check = 电子邮箱地址

phone = 您的电话号码是多少？
    .check = 电话号码

declaration = 我确认我提供的信息真实、完整
    .hint = 如果您提供虚假信息，可能会被罚款或被起诉。
    .check = 声明
