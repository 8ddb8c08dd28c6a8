# Status: draft awaiting review by a native speaker (machine-assisted translation)
title = 加入图书馆
summary = 免费办理图书馆借书卡，可以借书、使用电脑等等
next-steps = 请带上您的参考编号和地址证明（例如最近的账单或银行对账单）到图书馆服务台。我们会给您图书馆借书卡。16 岁以下的儿童需要由父母或照顾者陪同。

first-name = 您的名字（不含姓）是什么？
    .check = 名字

last-name = 您的姓氏是什么？
    .check = 姓氏

date-of-birth = 您的出生日期是什么？
    .check = 出生日期

address = 您的地址是什么？
    .check = 地址

email = 您的电子邮箱地址是什么？
    .hint = 我们会用它提醒您借的物品什么时候需要归还。
    .check = 电子邮箱地址

phone = 您的电话号码是多少？
    .hint = 您预约的物品可以领取时，我们会用它通知您。
    .check = 电话号码

terms = 我同意图书馆的条款和条件
    .hint = 用您的卡借出的所有物品都由您负责。如果您的卡丢失或者您搬家，请马上告诉我们。工作人员可以给您一份完整的条款。
    .check = 图书馆条款
