# Status: draft (machine-assisted; awaiting review by a native speaker)
# The staff screen's words (Simplified Chinese), read when the config's [staff] locale is "zh-Hans".

## PIN pad
staff-pin-title = 仅限工作人员
staff-pin-hint = 请输入工作人员 PIN，然后按 ↵ 或“解锁”。
staff-pin-typed = PIN：{ $count ->
    [0] 尚未输入
   *[other] 已输入 { $count } 位
}
staff-pin-unlock = 解锁
staff-pin-checking = 正在验证 PIN…
staff-pin-wrong = PIN 错误。{ $tries ->
   *[other] 再输错 { $tries } 次，工作人员界面将被锁定。
}
staff-pin-locked = PIN 错误次数过多。工作人员界面已锁定，直到 { $time }。
staff-pin-length = 工作人员 PIN 为 4 到 12 位数字。
staff-pin-check-failed = 无法验证 PIN（{ $error }）。
staff-db-write-failed = 无法写入自助终端的数据库（{ $error }）。
staff-db-read-failed = 无法读取自助终端的数据库（{ $error }）。
staff-months = 1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月
staff-date-time = { $month }{ $day }日 { $time }
staff-disabled = 本自助机已关闭工作人员界面。如需开启，请在配置中设置 staff.pin_hash（参见 docs/OPERATIONS.md）。
staff-close = 关闭

## The staff screen
staff-title = 工作人员：发件箱
staff-count-pending = 待发送
staff-count-retrying = 重试中
staff-count-parked = 已搁置
staff-count-acknowledged = 已确认接收
staff-count-purged = 已清除
staff-connectivity-title = 与市政府系统的连接
staff-crm-none = 未配置 CRM（crm.kind = "none"）：在配置 CRM 之前，提交的表格会一直保留在本自助机上。
staff-crm-never = 自助机尚未尝试连接。
staff-crm-ok = 上次连接成功（{ $when }）。
staff-crm-failed = 上次连接失败（{ $when }）。
staff-crm-last-reached = 上次成功连接：{ $when }。
staff-crm-never-reached = 本自助机从未成功连接。
staff-crm-error = 上次错误：{ $error }
staff-waiting = { $waiting } 份等待发送，{ $parked } 份已搁置。
staff-attention = { $count ->
   *[other] { $count } 份表格需要处理（已排在最前）。
}
staff-crm-dropped = 市政府系统已接收提交的表格，但未保存部分字段。所有回答也都写在描述中，因此数据不会丢失；请让 CRM 管理员为这些字段设置映射。
staff-forwarder-fault = 发送已暂停：自助机的数据库出错（{ $when }）。数据不会丢失；故障排除后（例如清理出磁盘空间），发送会自动恢复。
staff-forwarder-restarted = { $count ->
   *[other] 发送任务已停止 { $count } 次，并已重新启动。
}
staff-send-now = 立即发送
staff-sent-now = 正在发送。{ $count ->
    [0] 没有等待重试的表格。
   *[other] 已将 { $count } 次重试提前。
}
staff-send-none = 未配置 CRM，因此无法发送任何内容。
staff-refresh = 刷新
staff-rows-title = 提交的表格（最新的在前）
staff-rows-empty = 发件箱为空。
staff-rows-more = 显示 { $total } 份中最新的 { $shown } 份。
staff-row-age = { $age } 前
staff-row-attempts = { $attempts ->
    [0] 尚未尝试
   *[other] 已尝试 { $attempts } 次
}
staff-row-next = 下次尝试 { $time }
staff-row-error = 错误：{ $error }
staff-retry = 重试 { $reference }
staff-retried = { $reference } 将重新发送。
staff-retry-failed = { $reference } 已不再搁置，无需重试。
staff-state-pending = 待发送
staff-state-retrying = 重试中
staff-state-parked = 已搁置
staff-state-acknowledged = 已确认接收
staff-state-purged = 已确认接收，答案已删除
staff-state-attention = { $state }：需要处理，相同错误已持续 { $for }
staff-time-unknown = 时间未知
staff-when = { $time }，{ $ago } 前

## Devices
staff-devices-title = 打印机和读卡器
staff-printer-none = 打印机：未配置；编号只在屏幕上显示。
staff-printer-unknown = 打印机：正在检查…
staff-printer-nostatus = 打印机：已连接（无法报告纸张或故障）。
staff-printer-ready = 打印机：就绪。
staff-printer-low = 打印机：纸快用完了，请尽快更换纸卷。
staff-printer-fault = 打印机：无法工作（{ $reason }）。访客会看到需要记下的编号。
staff-reader-none = 读卡器：未连接。
staff-reader-ready = 读卡器（{ $reader }）：就绪。
staff-reader-unavailable = 读卡器（{ $reader }）：无法工作（{ $reason }）。它会继续尝试重新连接。
staff-card-last = 最近读取的卡：{ $card }（{ $reader }），{ $time }。
staff-card-none = 自助机启动后尚未读取任何卡。
staff-print-test = 打印测试页
staff-print-test-sent = 测试页已发送到打印机。

## The answers block of an Open311 request's description (read by council staff in the CRM)
crm-answers-heading = 在自助服务机上提交的回答：
crm-answers-shortened = 因 CRM 长度限制而省略的回答：{ $count }

## The email a council with only a mailbox receives for each submission (read by council staff)
crm-email-subject = 自助机请求 { $reference }：{ $subject }
crm-email-reference = 编号：{ $reference }
crm-email-form = 表单：{ $subject }
crm-email-sent = 自助机发送时间：{ $when }
crm-email-uprn = UPRN：{ $detail }
crm-email-uprn-typed = UPRN：无（手动输入，非地址库所选；请核对地址）
crm-email-usrn = USRN：{ $detail }
crm-email-location = 位置（纬度，经度）：{ $detail }
crm-email-card = 卡：{ $card }（{ $reader }，{ $state }）
crm-email-card-none = 卡：未使用
crm-email-check-kiosk = 已在自助机验证
crm-email-check-unchecked = 未验证（无法连接卡服务）
crm-email-check-forwarded = 发送时按卡号验证
crm-email-check-rejected = 发送时被卡服务拒绝
crm-email-attachment = 同一提交的 JSON 附件供系统读取：{ $detail }

## Visitor ratings ("How was this?" at the end of a visit), counted for today.
staff-ratings-title = 今天的访客评价
staff-ratings-none = 今天还没有评价。
staff-ratings-line = { $subject }：{ $count ->
   *[other] { $count } 条评价
}，平均 { $average } 分（满分 5 分）
