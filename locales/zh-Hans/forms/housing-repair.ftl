# Status: draft awaiting review by a native speaker (machine-assisted translation)
title = 市政住房报修
summary = 如果您向市政府（council）租住的房屋需要维修，请告诉我们
next-steps = 我们会打电话给您，约定上门时间。我们的目标是：紧急维修在 24 小时内排除危险，急需维修在 5 个工作日内完成，一般维修在 28 天内完成。如果问题变得更严重，请打电话给我们的维修团队。

area = 问题出在哪里？
    .check = 位置
    .opt-kitchen = 厨房
    .opt-bathroom = 浴室或厕所
    .opt-heating-hot-water = 暖气或热水
    .opt-electrics = 电路、电灯或插座
    .opt-doors-windows = 门或窗户
    .opt-roof-gutters = 屋顶或排水槽
    .opt-damp-mould = 潮湿或发霉
    .opt-other = 其他地方

urgency = 维修有多紧急？
    .hint = 如果任何人的健康或安全，或者您的房屋有危险，请选择“紧急”，同时马上打电话给我们的紧急维修热线。工作人员可以告诉您电话号码。如果您闻到煤气味，请离开家，并拨打 0800 111 999 联系国家燃气紧急服务（National Gas Emergency Service）。
    .check = 紧急程度
    .opt-emergency-danger = 紧急：对人或房屋有危险，例如屋内进水、电线外露，或天冷时没有暖气
    .opt-urgent = 急需：给您带来很大困扰，例如马桶堵塞或没有热水
    .opt-routine = 一般：需要维修但可以等一等，例如水龙头滴水或门卡住

problem-description = 请描述问题
    .hint = 告诉我们哪里坏了、在什么位置，以及从什么时候开始的。
    .check = 问题

address = 您家的地址是什么？
    .check = 地址

access = 我们什么时候可以进入您家？
    .hint = 请选择所有符合的选项。
    .check = 可上门时间
    .opt-weekday-mornings = 周一至周五上午（上午 8 点至中午 12 点）
    .opt-weekday-afternoons = 周一至周五下午（中午 12 点至下午 5 点）
    .opt-saturday-mornings = 星期六上午（上午 8 点至中午 12 点）

phone = 您的电话号码是多少？
    .hint = 我们会打电话给您，约定上门时间。
    .check = 电话号码
