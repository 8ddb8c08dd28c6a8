# Status: draft awaiting review by a native speaker (machine-assisted translation)
# Kiosk screens (Simplified Chinese). Every message here must exist in every locale (a test enforces it).

## Welcome
welcome-title = 欢迎来到 { $council }
welcome-choose-language = 请选择您的语言
welcome-touch = 请点击您的语言开始

## Everywhere
back = 返回
continue = 继续
optional = （选填）
start-again = 重新开始
language = 语言
large-text = 放大字体
normal-text = 正常字体
question-progress = 第 { $current } 题，共 { $total } 题

## Service menu
menu-title = 您想办理什么事情？
menu-hint = 请选择一项服务。您可以随时返回。

## Questions
yes = 是
no = 否
consent-agree = 我同意
choose-one = 请选择一项
choose-many = 请选择所有符合的选项
choose-up-to = 最多可选 { $max } 项
date-hint = 例如：27 3 2007（日 月 年）
date-day = 日
date-month = 月
date-year = 年
address-postcode = 邮编（postcode）
address-house = 门牌号或房屋名称
address-street = 街道
address-town = 城镇或城市
address-find-hint = 请输入邮政编码，我们会为您查找地址
address-select = 请选择您的地址
address-found = { $postcode } 有 { $count } 个地址
address-not-listed = 我的地址不在列表中
address-enter = 请输入地址
address-none-found = 在 { $postcode } 未找到地址。请输入地址。
address-unavailable = 地址列表暂时无法使用。请输入地址。
email-hint = 我们只会用它就这次申请与您联系
phone-hint = 例如：07700 900 982 或 0116 454 1000
postcode-hint = 例如：LE1 1AA

## Errors
error-summary-title = 出现问题
error-required = 请填写答案
error-choose = 请选择一个选项
error-consent = 您必须同意才能继续
error-too-long = 请输入不超过 { $max } 个字符
error-too-short = 请输入至少 { $min } 个字符
error-characters = 请删除不能使用的符号
error-pattern = 请检查您答案的格式
error-number = 请输入整数，例如 12
error-too-small = 请输入 { $min } 或以上的数字
error-too-large = 请输入 { $max } 或以下的数字
error-choice = 请从显示的选项中选择一项
error-too-few = 请至少选择 { $min } 项
error-too-many = 最多只能选择 { $max } 项
error-email = 请按正确格式输入电子邮箱地址，例如 name@example.com
error-phone = 请输入英国电话号码，例如 07700 900 982
error-postcode = 请输入真实有效的英国邮编，例如 LE1 1AA
error-address-postcode = 请输入邮编
error-address-house = 请输入门牌号或房屋名称
error-address-street = 请输入街道
error-address-town = 请输入城镇或城市
error-address-select = 请选择您的地址，或选择“我的地址不在列表中”
error-date-part = 日期必须包括日、月和年
error-date-invalid = 日期必须是真实存在的日期
error-date-year = 年份必须是 4 位数字
error-date-past = 日期必须是今天或以后
error-date-future = 日期必须是今天或以前
error-date-too-early = 这个日期太早了
error-date-too-late = 这个日期太晚了
error-wrong-type = 这个答案的形式不正确。请重新回答这个问题
error-unknown-question = 这个答案不属于这份表格
error-send-failed = 无法保存您的表格。请向工作人员寻求帮助

## Check your answers
check-title = 发送前请检查您的答案
check-change = 修改
check-not-answered = 未回答
check-send-heading = 现在发送您的表格
check-send-body = 发送这份表格，即表示您确认：据您所知，您提供的信息是正确的。
send = 发送

## Confirmation
confirm-title = 表格已发送
confirm-reference = 您的参考编号
confirm-write-down = 请记下您的参考编号，或拍照保存。您可以用它查询申请的进度。
confirm-next = 接下来会怎样
confirm-next-generic = 我们会将您的申请转交给负责处理的市议会团队。
confirm-finish = 完成

## Idle timeout
timeout-title = 您需要更多时间吗？
timeout-body = 为保护您的隐私，我们将在 { $seconds ->
   *[other] { $seconds } 秒
} 后清除您的答案。
timeout-more-time = 我需要更多时间
timeout-clear = 立即清除我的答案

## Leaving a form
leave-title = 您想重新开始吗？
leave-body = 您的答案将被删除。
leave-yes = 是，删除我的答案
leave-no = 否，返回表格

## On-screen keyboard
keyboard-show = 显示键盘
keyboard-hide = 隐藏键盘

## Track my enquiry
track-menu-title = 查询办理进度
track-menu-summary = 使用您的参考编号，查看您已发送的表格处理得怎么样了
track-title = 查询办理进度
track-hint = 请输入回执或确认页面上的参考编号，例如：K7QF-9M2A
track-label = 参考编号
track-find = 查找
track-error-length = 参考编号由 8 个字母和数字组成，例如 K7QF-9M2A
track-error-character = 参考编号中不含 0, O, 1, I 或 U。请检查您输入的内容
track-error-check = 这个参考编号有错误。请逐个检查每个字符
track-not-found = 在这台自助机上找不到这个参考编号。请询问工作人员
track-pending = 您的表格已保存，正在等待发送给市政府。您不需要做任何事情。
track-sent = 您的表格已送达市政府。市政府的参考编号是 { $crm }。
track-parked = 您的表格需要先由工作人员检查，然后才能发送。请到前台咨询。
track-status-open = 市政府正在处理。
track-status-closed = 市政府已处理完毕。
track-status-other = 市政府的状态：{ $status }
track-status-expected = 市政府预计在 { $date } 之前完成。
track-status-notes = 市政府的备注：{ $notes }
track-checking = 正在向市政府查询最新进展…
track-offline = 目前无法联系市政府。以下是我们最后得到的消息。
track-checked = 最后一次向市政府查询的日期：{ $date }。

## Take a ticket (the queue)
ticket-menu-title = 取号
ticket-menu-summary = 取一个号码，在前台与工作人员面谈；或为您的预约办理签到
ticket-title = 取号
ticket-hint = 请选择您需要帮助的事项。您将获得一个号码，轮到您时我们会叫号。
ticket-hint-appointment = 请选择您的预约所涉及的事项。
ticket-service-housing = 住房
ticket-service-council-tax = 市政税（Council Tax）
ticket-service-general = 一般咨询
ticket-wait = { $minutes ->
    [0] 目前无需等候
   *[other] 约需等候 { $minutes } 分钟
}
ticket-extra-help = 我需要额外帮助（例如：我有残疾、身体不适，或无法长时间等候）
ticket-appointment-link = 我有预约
ticket-appointment-title = 预约签到
ticket-appointment-hint = 请输入预约信件、电子邮件或短信中的参考编号
ticket-appointment-label = 预约参考编号
ticket-appointment-error = 预约参考编号最多包含 20 个字母和数字。请检查您输入的内容
ticket-appointment-note = 正在为预约 { $reference } 签到
ticket-number-label = 您的号码
ticket-wait-estimate = { $minutes ->
    [0] 很快就会叫到您
   *[other] 预计等候：约 { $minutes } 分钟
}
ticket-instructions = 请等候叫号。请留意屏幕：屏幕会显示您的号码以及您应前往的柜台。
ticket-priority = 您将获得优先办理。
ticket-checked-in = 您已为预约 { $reference } 完成签到。
ticket-unavailable = 目前无法取号
ticket-unavailable-body = 请到前台咨询，工作人员会为您提供帮助。
ticket-none-left = 今天{ $service }的号已经取完了
ticket-no-more-today = 今天的号已经取完了
ticket-finish = 完成
ticket-sms-offer = 轮到您时收到短信
ticket-sms-title = 快轮到我时给我发短信？
ticket-sms-body = 今天我们最多会向这个号码发送两条短信：一条在您排到第 3 位时，一条在叫到您时。您的号码只会加密保存到今天结束，然后删除，不作任何其他用途。短信由 GOV.UK Notify 代表市政厅发送。您可以跳过：选择“不用了，谢谢”。
ticket-sms-label = 您的手机号码
ticket-sms-error = 请输入英国手机号码，例如 07700 900123
ticket-sms-send = 给我发短信
ticket-sms-no = 不用了，谢谢
ticket-sms-agreed = 您排到第 3 位和叫到您时，我们会给您发短信。
ticket-sms-unavailable = 目前无法发送短信。

## The receipt or ticket printer, under the reference or number
print-receipt-printing = 正在打印您的回执…
print-receipt-done = 请从打印机取走您的回执。
print-receipt-failed = 抱歉，打印机无法工作，因此没有纸质回执。请记下您的参考编号或拍照保存。
print-ticket-printing = 正在打印您的号码票…
print-ticket-done = 请从打印机取走您的号码票。
print-ticket-failed = 抱歉，打印机无法工作，因此没有纸质号码票。请记住您的号码或拍照保存。

## Signing in with a library or council card
card-hint = 有图书馆卡或市政卡吗？在读卡器上轻触或扫描，即可填写您的信息。
card-checking = 正在核对您的卡…
card-unavailable = 现在无法使用卡。请自己填写表格。
card-not-used = 无法使用这张卡。请自己填写表格，或到前台咨询。
card-offline = 现在无法核对您的卡。您的卡号会随表格一起发送，由市政府核对。
card-used = 已根据您的卡填写了您的信息。请在每一页核对；您可以修改。
card-pin-title = 请输入卡的密码
card-pin-hint = 请使用下面的按键。密码只用于核对您的卡，绝不会保存或打印。
card-pin-typed = { $count ->
   *[other] 已输入 { $count } 位
}
card-pin-length = 密码为 4 到 12 位数字。请重新输入。
card-pin-wrong = { $left ->
   *[other] 密码不正确。您还可以再试 { $left } 次。
}
card-pin-locked = 这张卡输错密码次数过多。请自己填写表格，或到前台咨询。
card-cancel = 取消
card-consent-title = 使用卡上的信息吗？
card-consent-body = 您的卡提供以下信息。要用它们填写表格吗？您可以在每一页核对并修改。
card-consent-yes = 是，使用这些信息
card-consent-no = 不，我自己填写

key-enter = 回车
key-space = 空格
key-backspace = 删除
key-shift = 大小写
key-switch = 切换键盘

## Access: the keypad, speech, the low layout
# Header buttons.
low-layout = 低位布局
listen = 朗读
# Shown while speech is in English because the visitor's language has no voice (only Somali
# shows it; in English it is never seen).
speech-in-english = 朗读使用英语：这种语言暂时还没有语音。
# What speech calls each kind of control.
speech-role-button = 按钮
speech-role-radio = 单选按钮
speech-role-checkbox = 复选框
speech-role-edit = 输入框
speech-role-key = 按键
speech-role-pin-key = 密码键
# An option's place among the options: "2 of 4".
speech-position = 第 { $pos } 项，共 { $count } 项
speech-selected = 已选中
speech-not-selected = 未选中
speech-dimmed = 暂不可用
speech-blank = 空白
speech-deleted = 已删除
# The PIN pad never says a digit.
speech-pin-hint = 请用数字键输入密码，然后按回车键。
speech-pin-entered = 已输入数字
speech-pin-deleted = 已删除数字
speech-pin-again = 密码未被接受。请重新输入。
speech-louder = 音量调大
speech-quieter = 音量调小
# F1 on the keypad.
speech-help = 上下键在各项之间移动。左右键在列表内移动。回车键选择。退出键返回。加号键和减号键调节音量。F2 朗读整个页面。

## How was this?
rate-title = 您觉得怎么样？
rate-hint = 请点一个表情，或者跳过。我们只记录数量，不记录您的任何信息。
rate-1 = 很差
rate-2 = 差
rate-3 = 一般
rate-4 = 好
rate-5 = 很好
rate-skip = 跳过
# Said when a rating ends the visit.
rate-thanks = 谢谢。

## Opening hours
# Draft: the weekday and date wording awaits a native speaker's review.
# Outside the site's opening hours: the welcome screen, the menu and the ticket card. $when is
# today, tomorrow, a weekday (within the coming week) or date (then $date is 07/01/2027);
# $time is 09:00.
hours-closed = 已关闭
hours-closed-opens = { $when ->
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
ticket-closed = 关闭期间不发放号码票

## "I need help", "anything else?", the ticket's QR code and appointment check-in
help-button = 我需要帮助
help-told = 已通知工作人员，会有人来这台自助机。
help-coming = 工作人员正在赶来。
help-unreachable = 请到前台咨询。
help-close = 关闭
ticket-also-title = 今天您还需要办理其他事项吗？
ticket-also-hint = 您选择了{ $service }。如果今天还需要办理其他事项，请勾选（最多再选 { $max } 项）。每一项都会为您保留排队位置。
ticket-also-go = 取号
ticket-also-full = 最多只能再选 { $max } 项。请先取消一项，再选择其他项。
ticket-then = 之后：{ $service }
ticket-follow-screen = 用手机扫描此二维码，即可查看您的排队位置。您可以在别处等候。
ticket-follow-speech = 有一个二维码可以用手机扫描，查看您的排队位置。您可以在别处等候。
ticket-appointment-unknown = 找不到您今天的这个预约。请核对确认信息上的参考编号，或到前台咨询。
ticket-appointment-already = 您已经签到过了。您的号码是 { $number }。
