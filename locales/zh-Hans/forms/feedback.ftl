# Status: draft awaiting review by a native speaker (machine-assisted translation)
title = 表扬、意见和投诉
summary = 告诉我们哪些地方做得好，哪些地方可以做得更好
next-steps = 感谢您的反馈。如果您要求回复，我们会尽量在 10 个工作日内回复。如果我们需要更多时间调查投诉，我们会告诉您原因，以及您大约什么时候能收到完整的答复。

feedback-type = 您想给我们哪种反馈？
    .check = 反馈类型
    .opt-compliment = 表扬
    .opt-comment = 意见或建议
    .opt-complaint = 投诉

service = 这与哪项服务有关？
    .check = 服务
    .opt-waste = 垃圾桶和回收
    .opt-streets = 道路和街道
    .opt-housing = 市政住房（council housing）
    .opt-council-tax = 市政税（council tax）
    .opt-libraries = 图书馆
    .opt-other = 其他

what-happened = 发生了什么事？
    .hint = 请写上日期、地点，如果知道的话，也请写上工作人员的姓名。
    .check = 发生了什么

put-right = 怎样做才能解决这个问题？
    .hint = 告诉我们您希望我们做什么。
    .check = 如何解决

reply = 您需要回复吗？
    .hint = 如果需要，我们会请您提供姓名，以及电子邮箱地址或电话号码。
    .check = 需要回复

name = 您的姓名是什么？
    .check = 姓名

email = 您的电子邮箱地址是什么？
    .hint = 如果您提供了电子邮箱地址，我们会用电子邮件回复。
    .check = 电子邮箱地址

phone = 您的电话号码是多少？
    .hint = 如果您没有提供电子邮箱地址，我们会打电话给您。
    .check = 电话号码
