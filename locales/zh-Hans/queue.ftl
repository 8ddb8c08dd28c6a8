# Status: draft awaiting review by a native speaker (machine-assisted translation)
# The queue board and its spoken calls. Every message here must exist in every locale (a test
# enforces it). Spoken messages go to espeak-ng: { $ticket } is the letters, said as letters, then
# the number as a number ("A 42"), so write it as a number is written in running text, never
# spelled out.

## Services: one per [queue] service id, queue-service-<id>
queue-service-housing = 住房
queue-service-council-tax = 市政税
queue-service-general = 一般咨询

## The board
queue-board-now-calling = 现在叫号
queue-board-counter = { $counter } 号窗口
queue-board-recall = 再次叫号
queue-board-last-calls = 最近叫号
queue-board-services = 正在等候
queue-board-waiting = { $count } 人等候
queue-board-wait = { $minutes ->
    [0] 无需等候
   *[other] 约 { $minutes } 分钟
}
queue-board-no-calls = 请等候叫号
queue-board-offline = 与排队系统的连接已断开，正在重新连接。显示的叫号可能不是最新的。
queue-board-connecting = 正在连接排队系统…

## The board: a service no open counter serves, and a board that cannot be heard
queue-board-no-counter = 暂无开放的窗口
queue-board-silent = 目前暂停语音叫号，请留意本屏幕上显示的号码。

## Spoken
queue-speech-call = 请 { $ticket } 号到 { $counter } 号窗口。
queue-speech-recall = 再次请 { $ticket } 号到 { $counter } 号窗口。

## Opening hours
# Draft: the weekday and date wording awaits a native speaker's review.
# The board outside the site's opening hours ($when, $time, $date as in kiosk.ftl).
queue-board-closed = 已关闭
queue-board-closed-opens = { $when ->
    [today] 已关闭，今天 { $time } 开放
    [tomorrow] 已关闭，明天 { $time } 开放
    [monday] 已关闭，星期一 { $time } 开放
    [tuesday] 已关闭，星期二 { $time } 开放
    [wednesday] 已关闭，星期三 { $time } 开放
    [thursday] 已关闭，星期四 { $time } 开放
    [friday] 已关闭，星期五 { $time } 开放
    [saturday] 已关闭，星期六 { $time } 开放
    [sunday] 已关闭，星期日 { $time } 开放
   *[date] 已关闭，{ $date } { $time } 开放
}

## Mobile ticket page
mobile-page-title = 票号 { $ticket }
mobile-your-number = 您的号码
mobile-next = 下一位就是您
mobile-position = 您在队列中排第 { $position } 位
mobile-wait = { $minutes ->
    [0] 马上就到
   *[other] 约 { $minutes } 分钟
}
mobile-no-counter = 暂无开放的窗口
mobile-then = 接下来：{ $service }
mobile-called = 轮到您了：请到 { $counter } 号窗口
mobile-recalled = 轮到您了：请到 { $counter } 号窗口（再次叫号）
mobile-serving = 您正在 { $counter } 号窗口办理
mobile-parked = 请在附近稍候：工作人员会再次叫您。
mobile-done = 已全部办理完毕。感谢您的光临。
mobile-missed = 已叫过您的号，但您未到场。请到接待处咨询。
mobile-stale = 此页面可能不是最新的。请留意屏幕或到接待处咨询。
mobile-more-time = 我需要更多时间
mobile-more-time-hint = 这会使您向后移 { $places } 位。只能使用一次。
mobile-more-time-used = 您已申请更多时间

## Board: several services

# Under a called ticket whose visit goes on to another service: the next service's name.
queue-board-then = 然后：{ $service }
