# Status: draft awaiting review by a native speaker (machine-assisted translation)
title = 报告垃圾桶漏收
summary = 如果我们在收垃圾的那天没有清空您的垃圾桶，请告诉我们
next-steps = 我们会尽量在 2 个工作日内收取漏收的垃圾桶。在我们清空之前，请一直把垃圾桶放在外面。您不需要做其他事情。

bin-type = 我们漏收了哪个垃圾桶？
    .hint = 请选择一项。如果我们漏收了不止一个垃圾桶，请为每个垃圾桶分别报告。
    .check = 垃圾桶
    .opt-general = 一般垃圾（黑色垃圾桶）
    .opt-recycling = 可回收物（蓝色垃圾桶）
    .opt-garden = 园林垃圾（绿色垃圾桶）
    .opt-food = 厨余垃圾（小厨余桶）

address = 地址是什么？
    .check = 地址

bin-out-by-7am = 收垃圾那天早上 7 点前，您的垃圾桶已经放到外面了吗？
    .hint = 垃圾桶需要在早上 7 点前盖好盖子，放在您住所的边上（靠近路边）。
    .check = 早上 7 点前已放出垃圾桶

details = 还有什么需要告诉我们的吗？
    .hint = 例如，您把垃圾桶放在哪里，或者道路是否被堵住了。
    .check = 更多详情
