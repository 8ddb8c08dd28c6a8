# Status: draft awaiting review by a native speaker (machine-assisted translation)
title = 预约上门收取大件物品
summary = 请我们上门收取最多 3 件大型家居物品，例如沙发或冰箱
next-steps = 我们会把收取日期发给您。请在当天早上 7 点前，把物品放在您住所外面我们方便拿到的地方。请不要放在人行道或马路上。

items = 您想让我们收走哪些物品？
    .hint = 最多可选 3 件物品。如果您有更多物品，需要再预约一次。
    .check = 物品
    .opt-sofa = 沙发
    .opt-armchair = 扶手椅
    .opt-mattress = 床垫
    .opt-bed-frame = 床架
    .opt-fridge-freezer = 冰箱或冰柜
    .opt-washing-machine = 洗衣机
    .opt-table = 桌子
    .opt-wardrobe = 衣柜
    .opt-other = 其他物品

address = 收取地址是什么？
    .check = 收取地址

contact-method = 我们应该怎样通知您收取日期？
    .check = 通知方式
    .opt-sms = 短信
    .opt-email = 电子邮件

phone = 您的手机号码是多少？
    .hint = 我们会用短信把收取日期发到这个号码。
    .check = 手机号码

email = 您的电子邮箱地址是什么？
    .hint = 我们会用电子邮件把收取日期发到这个地址。
    .check = 电子邮箱地址

preferred-date = 哪一天对您最方便？
    .hint = 我们会尽量在这一天上门收取，但不能保证。日期必须在今天起至少 2 天以后，并且不超过 60 天。
    .check = 希望的日期
