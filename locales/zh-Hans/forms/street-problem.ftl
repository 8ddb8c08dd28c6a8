# Status: draft awaiting review by a native speaker (machine-assisted translation)
title = 报告街道问题
summary = 告诉我们路面坑洞、涂鸦、乱倒垃圾或狗粪等问题
next-steps = 我们会检查问题，并决定如何处理。我们通常在 1 个工作日内清除冒犯性涂鸦，在 5 个工作日内清理乱倒的垃圾。如果您留下了电子邮箱地址，问题处理好后我们会发电子邮件通知您。

problem = 是什么问题？
    .check = 问题
    .opt-pothole = 路面坑洞
    .opt-graffiti = 涂鸦
    .opt-fly-tipping = 乱倒垃圾（非法倾倒垃圾）
    .opt-dog-fouling = 狗粪

offensive = 涂鸦的内容有冒犯性吗？
    .hint = 例如，有种族歧视、色情或威胁性的文字或图画。
    .check = 冒犯性涂鸦

dumped-items = 倒了些什么东西？
    .hint = 请选择所有符合的选项。请不要触碰或移动任何东西。
    .check = 倾倒的物品
    .opt-bags = 袋装垃圾
    .opt-furniture = 家具
    .opt-mattress = 床垫
    .opt-electrical = 冰箱、电视或其他电器
    .opt-building-waste = 建筑碎料，或拆下的浴室和厨房设施
    .opt-garden-waste = 园林垃圾
    .opt-tyres = 轮胎
    .opt-hazardous = 可能有危险的东西，例如针头、化学品或石棉
    .opt-other = 其他东西

location = 问题在哪里？
    .hint = 例如，12 High Street 门外，或 Mill Lane 的公交车站旁边。
    .check = 地点

postcode = 最近的地址的邮编是什么？
    .hint = 这可以帮助我们找到问题所在。如果您不知道，可以不填。
    .check = 最近的邮编

details = 还有什么需要告诉我们的吗？
    .hint = 例如，坑洞有多大，或者涂鸦画在什么东西上。
    .check = 更多详情

email = 您的电子邮箱地址是什么？
    .hint = 我们只会在问题处理好后，用它通知您。
    .check = 电子邮箱地址
