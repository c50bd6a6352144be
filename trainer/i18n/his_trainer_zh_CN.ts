<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutPage</name>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>构建</translation>
    </message>
    <message>
        <source>development checkout</source>
        <translation>开发版（源代码）</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>构建时间</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>System</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>运行模式</translation>
    </message>
    <message>
        <source>Networked: %1</source>
        <translation>联网：%1</translation>
    </message>
    <message>
        <source>Standalone (this PC only)</source>
        <translation>单机（仅本机）</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <source>Chinese text is set in LXGW WenKai (霞鹜文楷), SIL Open Font Licence 1.1. The interface uses Qt for Python (PySide6), LGPLv3.</source>
        <translation>中文字体为霞鹜文楷（LXGW WenKai），SIL 开源字体许可 1.1；界面使用 Qt for Python（PySide6），LGPLv3 许可。</translation>
    </message>
    <message>
        <source>About HIS Trainer</source>
        <translation>关于 HIS 培训系统</translation>
    </message>
</context>
<context>
    <name>AdmissionTab</name>
    <message>
        <source>Admission notices (住院证) waiting</source>
        <translation>待办理的住院证</translation>
    </message>
    <message>
        <source>admission notices</source>
        <translation>住院证列表</translation>
    </message>
    <message>
        <source>Insurance card:</source>
        <translation>医保卡：</translation>
    </message>
    <message>
        <source>Admissions (住院号) and deposits</source>
        <translation>在院登记（住院号）与预交金</translation>
    </message>
    <message>
        <source>admissions</source>
        <translation>住院登记列表</translation>
    </message>
    <message>
        <source>Deposit (yuan)</source>
        <translation>预交金（元）</translation>
    </message>
    <message>
        <source>deposit amount in yuan</source>
        <translation>预交金金额（元）</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>住院证号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>病区</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>住院号</translation>
    </message>
    <message>
        <source>Ward / bed</source>
        <translation>病区/床号</translation>
    </message>
    <message>
        <source>Deposit held</source>
        <translation>预交金余额</translation>
    </message>
    <message>
        <source>Deposit channel</source>
        <translation>预交方式</translation>
    </message>
    <message>
        <source>Insurance card</source>
        <translation>医保凭证</translation>
    </message>
    <message>
        <source>own</source>
        <translation>本人</translation>
    </message>
</context>
<context>
    <name>AlertPanel</name>
    <message>
        <source>Prescribing alert</source>
        <translation>用药警示</translation>
    </message>
    <message>
        <source>Reason (your assessment) — required to continue</source>
        <translation>理由（医生评估）— 继续开具必填</translation>
    </message>
    <message>
        <source>reason for continuing despite the alert</source>
        <translation>越过警示继续开具的理由</translation>
    </message>
    <message>
        <source>alert text</source>
        <translation>警示内容</translation>
    </message>
</context>
<context>
    <name>AllergyBadge</name>
    <message>
        <source>Allergies: NOT RECORDED — ask</source>
        <translation>过敏史：未录入 — 请询问</translation>
    </message>
    <message>
        <source>No known drug allergy</source>
        <translation>无已知药物过敏</translation>
    </message>
    <message>
        <source>ALLERGY: %1</source>
        <translation>过敏：%1</translation>
    </message>
</context>
<context>
    <name>AllergyForm</name>
    <message>
        <source>Allergy history</source>
        <translation>过敏史</translation>
    </message>
    <message>
        <source>No known drug allergy (asked)</source>
        <translation>无已知药物过敏（已询问）</translation>
    </message>
    <message>
        <source>Severe reaction (anaphylaxis) to the ticked classes</source>
        <translation>所选类别曾发生严重反应（过敏性休克）</translation>
    </message>
    <message>
        <source>Reason (needed when removing a recorded allergy)</source>
        <translation>理由（删除已登记过敏时必填）</translation>
    </message>
    <message>
        <source>reason for the change</source>
        <translation>修改理由</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>event type</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <source>staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>audit events</source>
        <translation>审计事件</translation>
    </message>
    <message>
        <source>from date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>to date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>全部事件</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Only administrators may export the audit log.</source>
        <translation>只有管理员可以导出审计日志。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 events exported to %2</source>
        <translation>已将 %1 条记录导出到 %2</translation>
    </message>
</context>
<context>
    <name>BankBrowserPage</name>
    <message>
        <source>Question banks</source>
        <extracomment>The background load started at login (None once it has ended).</extracomment>
        <translation>题库浏览</translation>
    </message>
    <message>
        <source>HIS module filter</source>
        <translation>按 HIS 模块筛选</translation>
    </message>
    <message>
        <source>knowledge point filter</source>
        <translation>按知识点筛选</translation>
    </message>
    <message>
        <source>difficulty filter</source>
        <translation>按难度筛选</translation>
    </message>
    <message>
        <source>pool filter</source>
        <translation>按题池筛选</translation>
    </message>
    <message>
        <source>question items</source>
        <translation>试题列表</translation>
    </message>
    <message>
        <source>item detail</source>
        <translation>试题详情</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>试题编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Knowledge point</source>
        <translation>知识点</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>题池</translation>
    </message>
    <message>
        <source>Stem</source>
        <translation>题干</translation>
    </message>
    <message>
        <source>Loading the question banks…</source>
        <translation>正在加载题库…</translation>
    </message>
    <message>
        <source>Only trainers and administrators may browse the banks.</source>
        <translation>只有培训师和管理员可以浏览题库。</translation>
    </message>
    <message>
        <source>The question banks could not be loaded.</source>
        <translation>题库无法加载。</translation>
    </message>
    <message>
        <source>Practice pool</source>
        <translation>练习题池</translation>
    </message>
    <message>
        <source>Exam pool</source>
        <translation>考试题池</translation>
    </message>
    <message>
        <source>All HIS modules</source>
        <translation>全部 HIS 模块</translation>
    </message>
    <message>
        <source>All knowledge points</source>
        <translation>全部知识点</translation>
    </message>
    <message>
        <source>All difficulties</source>
        <translation>全部难度</translation>
    </message>
    <message>
        <source>Difficulty %1</source>
        <translation>难度 %1</translation>
    </message>
    <message>
        <source>Both pools</source>
        <translation>全部题池</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>共 %1 题</translation>
    </message>
    <message>
        <source>%1 bank(s) left out because of errors (see: his-trainer content check)</source>
        <translation>%1 个题库因错误未加载（请运行 his-trainer content check 查看）</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>解析</translation>
    </message>
    <message>
        <source>Marking guide</source>
        <translation>评分要点</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>True</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>False</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>单选题</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>多选题</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>判断题</translation>
    </message>
    <message>
        <source>Fill in the blank</source>
        <translation>填空题</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>简答题</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <source>batches on the shelf with expiry dates</source>
        <extracomment>A batch expiring within this many days is 近效期 (flagged amber). 四查十对 as the pharmacist says it: each 查 with its 对.</extracomment>
        <translation>货架批号及有效期</translation>
    </message>
    <message>
        <source>Red: expired — do not dispense; amber: expires within %1 days</source>
        <translation>红色：已过期，不得发出；橙色：%1 天内到期（近效期）</translation>
    </message>
    <message>
        <source>Stock by batch (first expiry first out)</source>
        <translation>批号库存（近效期先出）</translation>
    </message>
    <message>
        <source>Batches: select a drug line</source>
        <translation>批号：请先选择药品行</translation>
    </message>
    <message>
        <source>Batches of %1 — today %2</source>
        <translation>%1 批号效期 — 今日 %2</translation>
    </message>
    <message>
        <source>Off the shelf</source>
        <translation>已下架</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Near expiry</source>
        <translation>近效期</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>数量(盒)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>药品</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>规格</translation>
    </message>
</context>
<context>
    <name>CardField</name>
    <message>
        <source>blank: the patient's own card</source>
        <translation>留空＝患者本人医保凭证</translation>
    </message>
    <message>
        <source>card used for the settlement</source>
        <translation>结算用卡号</translation>
    </message>
    <message>
        <source>holder of the card</source>
        <translation>持卡人</translation>
    </message>
    <message>
        <source>Card not found</source>
        <translation>查无此卡</translation>
    </message>
    <message>
        <source>Card holder: %1 (%2)</source>
        <translation>持卡人：%1（%2）</translation>
    </message>
    <message>
        <source>— NOT this patient</source>
        <translation>—— 非患者本人！</translation>
    </message>
</context>
<context>
    <name>CashierScreen</name>
    <message>
        <source>Supervisor signs in</source>
        <translation>主管登录</translation>
    </message>
    <message>
        <source>Supervisor signs out</source>
        <translation>主管退出</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>找零 %1</translation>
    </message>
    <message>
        <source>cash due %1</source>
        <translation>应收现金 %1</translation>
    </message>
    <message>
        <source>%1 back by %2</source>
        <translation>已退 %1 至 %2</translation>
    </message>
    <message>
        <source>fund (统筹) %1 re-settled; new invoice %2</source>
        <translation>医保重新结算，统筹退回 %1；重开发票 %2</translation>
    </message>
    <message>
        <source>paid back %1, to pay %2</source>
        <translation>退款 %1，补缴 %2</translation>
    </message>
    <message>
        <source>Insurance e-voucher (医保电子凭证): %1, %2</source>
        <translation>医保电子凭证：%1，%2</translation>
    </message>
    <message>
        <source>Card read: %1</source>
        <translation>读卡：%1</translation>
    </message>
    <message>
        <source>%1 patient(s) of that name: check the birth date</source>
        <translation>同名患者 %1 人：请核对出生日期</translation>
    </message>
    <message>
        <source>No patient with this card, e-voucher, ID or name</source>
        <translation>未找到该卡、医保电子凭证、身份证或姓名对应的患者</translation>
    </message>
    <message>
        <source>Read card / scan insurance e-voucher QR or ID card, or type a name, then Enter</source>
        <translation>读卡/扫医保电子凭证或身份证，或输入姓名后回车</translation>
    </message>
    <message>
        <source>card, insurance e-voucher, ID card or name</source>
        <translation>就诊卡、医保电子凭证、身份证或姓名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>就诊卡号</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>费别</translation>
    </message>
    <message>
        <source>Patient lookup — %1</source>
        <translation>患者查询 — %1</translation>
    </message>
    <message>
        <source>card reader result</source>
        <translation>读卡结果</translation>
    </message>
    <message>
        <source>patients found</source>
        <translation>查询到的患者</translation>
    </message>
    <message>
        <source>cashier station tabs</source>
        <translation>挂号收费页签</translation>
    </message>
    <message>
        <source>Notify:</source>
        <translation>通知/上报：</translation>
    </message>
    <message>
        <source>whom to notify</source>
        <translation>通知对象</translation>
    </message>
    <message>
        <source>What to report (e.g. someone else's insurance card offered, a cash shortfall)</source>
        <translation>上报内容（如：出示他人医保卡、现金短款）</translation>
    </message>
    <message>
        <source>message to report</source>
        <translation>上报内容</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Send the notification</source>
        <translation>发送通知</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>unknown problem</source>
        <translation>未知问题</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>课程目录</translation>
    </message>
    <message>
        <source>The courses for your roles and HIS modules. Select one and press Enter to continue where you left off. Keyboard shortcuts and FAQ are under Help.</source>
        <translation>适用于您的岗位和 HIS 模块的课程。选中一门课程后按回车键，即可从上次停下的地方继续阅读。快捷键和常见问题见“帮助”。</translation>
    </message>
    <message>
        <source>courses</source>
        <translation>课程列表</translation>
    </message>
    <message>
        <source>No courses for your roles yet.</source>
        <translation>您的岗位暂无课程。</translation>
    </message>
    <message>
        <source>Unavailable courses</source>
        <translation>暂不可用的课程</translation>
    </message>
    <message>
        <source>Course folder</source>
        <translation>课程文件夹</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>unavailable courses</source>
        <translation>暂不可用的课程</translation>
    </message>
</context>
<context>
    <name>CentralIssue</name>
    <message>
        <source>Nobody in the list is eligible for a certificate.</source>
        <translation>列表中没有符合发证条件的人员。</translation>
    </message>
    <message>
        <source>Issue certificates</source>
        <translation>发放证书</translation>
    </message>
    <message>
        <source>The sync service issues certificates. Your password (checked by the service):</source>
        <translation>证书由同步服务器签发。请输入您的密码（由服务器核验）：</translation>
    </message>
    <message>
        <source>%1 certificate(s) issued by the sync service</source>
        <translation>同步服务器已签发 %1 份证书</translation>
    </message>
    <message>
        <source>not issued: %1</source>
        <translation>未签发：%1</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Certificates</source>
        <translation>证书管理</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>HIS module</source>
        <translation>HIS 模块</translation>
    </message>
    <message>
        <source>department</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>issued from</source>
        <translation>发证日期起</translation>
    </message>
    <message>
        <source>issued until</source>
        <translation>发证日期止</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>batch progress</source>
        <translation>批量进度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>发证日期自</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>One file per person</source>
        <translation>每人一个文件</translation>
    </message>
    <message>
        <source>Training records…</source>
        <translation>培训考核记录…</translation>
    </message>
    <message>
        <source>Issue to eligible…</source>
        <translation>为符合条件者发证…</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>核验…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>失效日期</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>共 %1 行</translation>
    </message>
    <message>
        <source>No certificate in force to show.</source>
        <translation>没有可显示的有效证书。</translation>
    </message>
    <message>
        <source>Save certificates in</source>
        <translation>证书保存到</translation>
    </message>
    <message>
        <source>Save certificates</source>
        <translation>保存证书</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 file(s) written</source>
        <translation>已写入 %1 个文件</translation>
    </message>
    <message>
        <source>Save training records</source>
        <translation>保存培训考核记录</translation>
    </message>
    <message>
        <source>Issue certificates</source>
        <translation>发放证书</translation>
    </message>
    <message>
        <source>Issuer key passphrase:</source>
        <translation>签发密钥口令：</translation>
    </message>
    <message>
        <source>%1 certificate(s) issued</source>
        <translation>已发放 %1 份证书</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>ChargingTab</name>
    <message>
        <source>Insurance / visit card:</source>
        <translation>医保卡/就诊卡：</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Received (yuan)</source>
        <translation>实收（元）</translation>
    </message>
    <message>
        <source>cash: what the patient hands over</source>
        <translation>现金：患者实付金额</translation>
    </message>
    <message>
        <source>Change given</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>items to charge</source>
        <translation>收费明细</translation>
    </message>
    <message>
        <source>electronic invoice</source>
        <translation>电子票据</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>找零 %1</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>处方</translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Insurance class</source>
        <translation>医保类别</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>E-invoice %1: %2, %3 received, %4 change</source>
        <translation>电子票据 %1：%2，实收 %3，找零 %4</translation>
    </message>
    <message>
        <source>Pre-settled: confirm the charge to issue the e-invoice</source>
        <translation>已预结算：确认收费后开具电子票据</translation>
    </message>
    <message>
        <source>Read the card and pre-settle (F7)</source>
        <translation>请读卡并预结算（F7）</translation>
    </message>
</context>
<context>
    <name>ClosingTab</name>
    <message>
        <source>Takings by payment method (cash float included)</source>
        <translation>按支付方式汇总（含备用金）</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>System amount</source>
        <translation>系统应有</translation>
    </message>
    <message>
        <source>Counted (yuan)</source>
        <translation>实点（元）</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>counted: %1</source>
        <translation>实点：%1</translation>
    </message>
    <message>
        <source>system: %1</source>
        <translation>系统应有：%1</translation>
    </message>
    <message>
        <source>difference: %1</source>
        <translation>差额：%1</translation>
    </message>
    <message>
        <source>Note on any difference (what happened, who was told)</source>
        <translation>差额说明（原因、已报告何人）</translation>
    </message>
    <message>
        <source>closing note</source>
        <translation>日结说明</translation>
    </message>
    <message>
        <source>Closing report (日结报表)</source>
        <translation>日结报表</translation>
    </message>
    <message>
        <source>closing report</source>
        <translation>日结报表</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实点</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CounselTab</name>
    <message>
        <source>What the patient was told (edit as you say it):</source>
        <translation>交代内容（按实际交代修改）：</translation>
    </message>
    <message>
        <source>counselling note</source>
        <translation>用药交代记录</translation>
    </message>
    <message>
        <source>Points covered (★ = this prescription needs it):</source>
        <translation>已交代要点（★ 为本处方必须交代）：</translation>
    </message>
    <message>
        <source>prescription being counselled</source>
        <translation>正在交代的处方</translation>
    </message>
    <message>
        <source>counselling state</source>
        <translation>用药交代状态</translation>
    </message>
    <message>
        <source>No prescription selected</source>
        <translation>未选择处方</translation>
    </message>
    <message>
        <source>Counselling %1 · prescription %2</source>
        <translation>用药交代：%1 · 处方 %2</translation>
    </message>
    <message>
        <source>✓ Counselled</source>
        <translation>✓ 已用药交代</translation>
    </message>
    <message>
        <source>not covered: %1</source>
        <translation>未交代：%1</translation>
    </message>
    <message>
        <source>Not counselled yet</source>
        <translation>尚未用药交代</translation>
    </message>
</context>
<context>
    <name>CourseListPage</name>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Continue at: %1</source>
        <translation>继续阅读：%1</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已读完</translation>
    </message>
    <message>
        <source>%1 of %2 sections</source>
        <translation>%1 / %2 节</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>all HIS modules</source>
        <translation>全部 HIS 模块</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind and HIS modules</source>
        <translation>类型与 HIS 模块</translation>
    </message>
    <message>
        <source>Reading time</source>
        <translation>阅读时间</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>open the selected course</source>
        <translation>打开所选课程</translation>
    </message>
</context>
<context>
    <name>CoursePage</name>
    <message>
        <source>◀ Back</source>
        <extracomment>Rich-text style of course sections (Qt supports a subset of CSS 2.1).</extracomment>
        <translation>◀ 返回</translation>
    </message>
    <message>
        <source>Back to where you were (Alt+Left)</source>
        <translation>回到上一个位置（Alt+←）</translation>
    </message>
    <message>
        <source>back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>table of contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>section text</source>
        <translation>章节正文</translation>
    </message>
    <message>
        <source>mark as read</source>
        <translation>标记为已读</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+回车</translation>
    </message>
    <message>
        <source>Choose a course in the course catalogue.</source>
        <translation>请在课程目录中选择一门课程。</translation>
    </message>
    <message>
        <source>Your reading could not be saved: %1</source>
        <translation>阅读进度未能保存：%1</translation>
    </message>
    <message>
        <source>This link cannot be opened: %1</source>
        <translation>无法打开此链接：%1</translation>
    </message>
    <message>
        <source>This link leads out of HIS Trainer to a web site:
%1

Open it in the web browser?</source>
        <translation>此链接将离开 HIS 培训系统，前往外部网站：
%1

要在浏览器中打开吗？</translation>
    </message>
    <message>
        <source>This course is not part of your training.</source>
        <translation>此课程不属于您的培训内容。</translation>
    </message>
    <message>
        <source>This course is not available: %1</source>
        <translation>此课程暂不可用：%1</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>课程阅读</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>Already read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>%1 of %2 sections read</source>
        <translation>已读 %1 / %2 节</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>标记为已读</translation>
    </message>
    <message>
        <source>Mark as read and continue ▶</source>
        <translation>标记为已读，继续 ▶</translation>
    </message>
</context>
<context>
    <name>DemoControls</name>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>play or pause the demonstration</source>
        <translation>播放或暂停示范</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>show the next step</source>
        <translation>显示下一步</translation>
    </message>
    <message>
        <source>demonstration speed</source>
        <translation>示范速度</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
</context>
<context>
    <name>DepartmentPage</name>
    <message>
        <source>My department: training and certification</source>
        <translation>本科室培训与认证</translation>
    </message>
    <message>
        <source>HIS module</source>
        <translation>HIS 模块</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>staff of my department</source>
        <translation>本科室人员</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Theory</source>
        <translation>理论</translation>
    </message>
    <message>
        <source>Practical</source>
        <translation>实操</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>失效日期</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>尚缺条件</translation>
    </message>
    <message>
        <source>%1 staff; by HIS module: certified %2, expiring soon %3, expired %4, in retraining %5, in training %6</source>
        <translation>共 %1 人；按 HIS 模块计：已认证 %2，即将到期 %3，已过期 %4，补训中 %5，培训中 %6</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>your password on the sync service</source>
        <extracomment>A call to the service ended (tests wait for it).</extracomment>
        <translation>您在同步服务上的密码</translation>
    </message>
    <message>
        <source>enrolled workstations</source>
        <translation>已注册的工作站</translation>
    </message>
    <message>
        <source>departments for the new workstation</source>
        <translation>新工作站服务的科室</translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Your password, to confirm it is you</source>
        <translation>输入您的密码以确认身份</translation>
    </message>
    <message>
        <source>Show workstations</source>
        <translation>显示工作站</translation>
    </message>
    <message>
        <source>Departments the new PC serves, separated by 、</source>
        <translation>新电脑服务的科室，用“、”分隔</translation>
    </message>
    <message>
        <source>New enrolment code</source>
        <translation>生成注册码</translation>
    </message>
    <message>
        <source>For a standalone PC with its own staff (merge)</source>
        <translation>用于已有人员的单机电脑（合并）</translation>
    </message>
    <message>
        <source>the new code merges a standalone PC's staff and history</source>
        <translation>新注册码将合并单机电脑的人员和历史记录</translation>
    </message>
    <message>
        <source>Enrol this PC…</source>
        <translation>注册本机…</translation>
    </message>
    <message>
        <source>Revoke the selected workstation</source>
        <translation>吊销所选工作站</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Events waiting</source>
        <translation>待同步记录</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>This PC syncs with %1. The list and new codes come from that service.</source>
        <translation>本机与 %1 同步。工作站列表和注册码由该服务提供。</translation>
    </message>
    <message>
        <source>This PC is standalone: it is not enrolled with a sync service. Enrol it with the service's address and a code from IT.</source>
        <translation>本机为单机模式，尚未注册到同步服务。可使用服务地址和信息科提供的注册码注册。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>已替换</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Select the workstation to revoke.</source>
        <translation>请选择要吊销的工作站。</translation>
    </message>
    <message>
        <source>Enter the departments the new PC serves.</source>
        <translation>请输入新电脑服务的科室。</translation>
    </message>
    <message>
        <source>One-time merge code for %1, valid until %2: the standalone PC brings its staff and history.</source>
        <translation>%1 的一次性合并注册码，有效期至 %2：单机电脑将带入其人员和历史记录。</translation>
    </message>
    <message>
        <source>One-time code for %1, valid until %2.</source>
        <translation>%1 的一次性注册码，有效期至 %2。</translation>
    </message>
    <message>
        <source>Asking the sync service…</source>
        <translation>正在请求同步服务…</translation>
    </message>
    <message>
        <source>The service refused: wrong password, or you are not an administrator there.</source>
        <translation>服务拒绝：密码错误，或您在服务端不是管理员。</translation>
    </message>
    <message>
        <source>The sync service cannot be reached: %1.</source>
        <translation>无法使用同步服务：%1。</translation>
    </message>
</context>
<context>
    <name>DiagnosisTab</name>
    <message>
        <source>ICD-10 code, pinyin initials or name, e.g. J03.9 or GXY</source>
        <translation>ICD-10 编码、拼音首字母或名称，如 J03.9 或 GXY</translation>
    </message>
    <message>
        <source>diagnosis search</source>
        <translation>诊断检索</translation>
    </message>
    <message>
        <source>Primary diagnosis</source>
        <translation>主诊断</translation>
    </message>
    <message>
        <source>diagnoses of this visit</source>
        <translation>本次就诊诊断</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>主</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主诊断</translation>
    </message>
</context>
<context>
    <name>DispenseTab</name>
    <message>
        <source>Scan drug (batch barcode):</source>
        <translation>扫描药品（批号条码）：</translation>
    </message>
    <message>
        <source>scan field for drug batch barcodes</source>
        <translation>药品批号条码扫描框</translation>
    </message>
    <message>
        <source>scan or type the batch number, then Enter</source>
        <translation>扫码或输入批号后回车</translation>
    </message>
    <message>
        <source>scan result</source>
        <translation>扫码结果</translation>
    </message>
    <message>
        <source>drugs to dispense with the chosen batch</source>
        <translation>待发药品及所选批号</translation>
    </message>
    <message>
        <source>who prepared the prescription</source>
        <translation>配药人</translation>
    </message>
    <message>
        <source>Not on this prescription: %1</source>
        <translation>不是本处方的药品：%1</translation>
    </message>
    <message>
        <source>Unknown code: %1</source>
        <translation>无法识别的条码：%1</translation>
    </message>
    <message>
        <source>%1 batch %2 EXPIRED %3 — do not dispense</source>
        <translation>%1 批号 %2 已过期（%3）— 不得发出</translation>
    </message>
    <message>
        <source>%1 batch %2 is off the shelf (expiry %3) — do not dispense</source>
        <translation>%1 批号 %2 已下架（有效期 %3）— 不得发出</translation>
    </message>
    <message>
        <source>%1 batch %2 near expiry: %3</source>
        <translation>%1 批号 %2 近效期：%3</translation>
    </message>
    <message>
        <source>%1 batch %2, expires %3</source>
        <translation>%1 批号 %2，有效期至 %3</translation>
    </message>
    <message>
        <source>Dispensed</source>
        <translation>已发药</translation>
    </message>
    <message>
        <source>Batch chosen</source>
        <translation>已指定批号</translation>
    </message>
    <message>
        <source>not chosen (shelf order)</source>
        <translation>未指定（按货架顺序）</translation>
    </message>
    <message>
        <source>EXPIRED batch — do not dispense</source>
        <translation>已过期批号 — 不得发出</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>药品</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>剂量</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>数量(盒)</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Prepared by %1: check it again before handing it over</source>
        <translation>配药人 %1：发药前请再次核对</translation>
    </message>
    <message>
        <source>Not confirmed as prepared (配药确认) yet</source>
        <translation>尚未配药确认</translation>
    </message>
</context>
<context>
    <name>DoctorScreen</name>
    <message>
        <source>F</source>
        <translation>女</translation>
    </message>
    <message>
        <source>M</source>
        <translation>男</translation>
    </message>
    <message>
        <source>called</source>
        <translation>已叫号</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>就诊号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>号别</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>叫号</translation>
    </message>
    <message>
        <source>queue status</source>
        <translation>就诊状态</translation>
    </message>
    <message>
        <source>patient queue</source>
        <translation>候诊患者列表</translation>
    </message>
    <message>
        <source>record tabs</source>
        <translation>病历页签</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol this PC with the sync service</source>
        <extracomment>The enrolment (and merge) call ended, well or not (tests wait for it). The PC is now enrolled (the page shows the service). A profile with staff or history of its own offers them to the service.</extracomment>
        <translation>将本机注册到同步服务</translation>
    </message>
    <message>
        <source>Service &amp;address</source>
        <translation>服务地址(&amp;A)</translation>
    </message>
    <message>
        <source>One-time &amp;code</source>
        <translation>一次性注册码(&amp;C)</translation>
    </message>
    <message>
        <source>CA certificate (&amp;optional)</source>
        <translation>CA 证书（可选）(&amp;O)</translation>
    </message>
    <message>
        <source>https://server:port</source>
        <translation>https://服务器:端口</translation>
    </message>
    <message>
        <source>address of the sync service</source>
        <translation>同步服务的地址</translation>
    </message>
    <message>
        <source>one-time enrolment code from IT</source>
        <translation>信息科提供的一次性注册码</translation>
    </message>
    <message>
        <source>CA certificate file to trust, optional</source>
        <translation>要信任的 CA 证书文件（可选）</translation>
    </message>
    <message>
        <source>Only if IT gave you a certificate file</source>
        <translation>仅当信息科提供了证书文件时填写</translation>
    </message>
    <message>
        <source>what the service made of each person</source>
        <translation>服务端对每位人员的处理结果</translation>
    </message>
    <message>
        <source>This PC has been used on its own: %1 staff and %2 recorded events. Enrolling merges its staff into the service's roster and sends its history there (certificates issued here stay marked self-attested). Use a merge code from IT. A staff number the service already uses for someone else is never merged silently: IT resolves it on the Workstations page, and that person's history waits until then.</source>
        <translation>本机一直单机使用：有 %1 名人员、%2 条记录。注册后，其人员将合并到服务端名单，历史记录也会发送到服务端（本机颁发的证书仍标注为自行认证）。请使用信息科提供的合并注册码。若某工号在服务端已属于另一人，绝不会自动合并：由信息科在“工作站”页面处理，处理前此人的记录暂不同步。</translation>
    </message>
    <message>
        <source>Enter the service's address and the one-time code IT gave you. This PC then gets its staff from the service.</source>
        <translation>请输入服务地址和信息科提供的一次性注册码。注册后本机的人员名单由服务端提供。</translation>
    </message>
    <message>
        <source>Merge the roster again</source>
        <translation>重新合并人员名单</translation>
    </message>
    <message>
        <source>Enrol and merge this PC's staff</source>
        <translation>注册并合并本机人员</translation>
    </message>
    <message>
        <source>Enrol this PC</source>
        <translation>注册本机</translation>
    </message>
    <message>
        <source>Enter the service's address and the code.</source>
        <translation>请输入服务地址和注册码。</translation>
    </message>
    <message>
        <source>Asking the sync service…</source>
        <translation>正在请求同步服务…</translation>
    </message>
    <message>
        <source>Enrolled. The service added %1 people, knew %2 already, and lists %3 staff number(s) in clash for IT.</source>
        <translation>注册成功。服务端新增 %1 人，已有 %2 人，另有 %3 个工号冲突待信息科处理。</translation>
    </message>
    <message>
        <source>Enrolled. This PC now syncs with the service.</source>
        <translation>注册成功，本机现与服务端同步。</translation>
    </message>
    <message>
        <source>added to the service's roster</source>
        <translation>已加入服务端人员名单</translation>
    </message>
    <message>
        <source>already on the service: the same person</source>
        <translation>服务端已有此人（同一人）</translation>
    </message>
    <message>
        <source>this staff number belongs to someone else on the service; IT resolves it on the Workstations page, and this person's history waits until then</source>
        <translation>该工号在服务端属于另一人；由信息科在“工作站”页面处理，处理前此人的记录暂不同步</translation>
    </message>
    <message>
        <source>Enrolled, but the staff could not be merged yet: %1</source>
        <translation>已注册，但人员尚未合并：%1</translation>
    </message>
    <message>
        <source>Not enrolled: %1</source>
        <translation>未注册：%1</translation>
    </message>
</context>
<context>
    <name>EntrustedTab</name>
    <message>
        <source>entrusted orders of the ward</source>
        <translation>病区嘱托医嘱</translation>
    </message>
    <message>
        <source>What was done (e.g. patient told to fast)</source>
        <translation>执行情况（如：已告知患者禁食）</translation>
    </message>
    <message>
        <source>note on carrying out the entrusted order</source>
        <translation>嘱托执行说明</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>医嘱号</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>床号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Entrusted order</source>
        <translation>嘱托内容</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Times done</source>
        <translation>执行次数</translation>
    </message>
    <message>
        <source>Last note</source>
        <translation>最近执行说明</translation>
    </message>
</context>
<context>
    <name>ExamPage</name>
    <message>
        <source>Theory exams</source>
        <translation>理论考试</translation>
    </message>
    <message>
        <source>Resume the interrupted exam</source>
        <translation>继续被中断的考试</translation>
    </message>
    <message>
        <source>Back to the exam list</source>
        <translation>返回考试列表</translation>
    </message>
    <message>
        <source>I confirm I am {name} ({staff}) and sit this exam myself</source>
        <translation>本人确认是 {name}（{staff}），并由本人参加考试</translation>
    </message>
    <message>
        <source>Practise</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>Practise {module}</source>
        <translation>练习{module}</translation>
    </message>
    <message>
        <source>Start the exam</source>
        <translation>开始考试</translation>
    </message>
    <message>
        <source>Start the {module} exam</source>
        <translation>开始{module}考试</translation>
    </message>
    <message>
        <source>Unlocked: {module}.</source>
        <translation>已解锁：{module}。</translation>
    </message>
    <message>
        <source>The exam could not be resumed in time and was submitted as it stood.</source>
        <translation>考试超过可继续时限，已按现有作答交卷。</translation>
    </message>
</context>
<context>
    <name>ExamRunner</name>
    <message>
        <source>← Previous</source>
        <translation>← 上一题</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>下一题 →</translation>
    </message>
    <message>
        <source>Flag for review (Ctrl+F)</source>
        <translation>标记待查（Ctrl+F）</translation>
    </message>
    <message>
        <source>Submit (Ctrl+Enter)</source>
        <translation>交卷（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Paused: the exam clock is stopped.</source>
        <translation>已暂停：考试计时已停止。</translation>
    </message>
    <message>
        <source>Time remaining</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>考试</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>已保存 {time}</translation>
    </message>
    <message>
        <source>A trainer marks this answer.</source>
        <translation>此题由培训老师评分。</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>回答正确。</translation>
    </message>
    <message>
        <source>Not right.</source>
        <translation>回答错误。</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>已作答</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <source>Practice — untimed</source>
        <translation>练习——不计时</translation>
    </message>
    <message>
        <source>Time left {clock}</source>
        <translation>剩余时间 {clock}</translation>
    </message>
    <message>
        <source>Submit now? Enter submits, Esc goes back.</source>
        <translation>现在交卷吗？按 Enter 交卷，按 Esc 返回。</translation>
    </message>
    <message>
        <source>Unanswered: {items}.</source>
        <translation>未作答：第 {items} 题。</translation>
    </message>
</context>
<context>
    <name>ExamStatus</name>
    <message>
        <source>Passed.</source>
        <translation>已通过。</translation>
    </message>
    <message>
        <source>Retraining: {sections} section(s) left to read in {courses}.</source>
        <translation>补训：{courses} 中还有 {sections} 节未学习。</translation>
    </message>
    <message>
        <source>Retake from {time}.</source>
        <translation>{time} 后可补考。</translation>
    </message>
    <message>
        <source>No attempts left today.</source>
        <translation>今日考试次数已用完。</translation>
    </message>
    <message>
        <source>Unlocked: confirm who you are and start.</source>
        <translation>已解锁：请确认身份后开始。</translation>
    </message>
    <message>
        <source>Ask a trainer to unlock the exam at this PC, or type the sitting code.</source>
        <translation>请培训老师在本机解锁考试，或输入考场码。</translation>
    </message>
</context>
<context>
    <name>ExecutionTab</name>
    <message>
        <source>Scan (wristband / drug label):</source>
        <translation>扫码（腕带/药品标签）：</translation>
    </message>
    <message>
        <source>scan field for wristbands and drug labels</source>
        <translation>腕带和药品标签扫码框</translation>
    </message>
    <message>
        <source>scan or type the code, then Enter</source>
        <translation>扫码或输入条码后回车</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>床号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>药品</translation>
    </message>
    <message>
        <source>Concentration</source>
        <translation>浓度</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>剂量</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>用法</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>check: %1</source>
        <translation>核对：%1</translation>
    </message>
    <message>
        <source>three checks, eight matches</source>
        <translation>三查八对</translation>
    </message>
    <message>
        <source>orders to give</source>
        <translation>待执行医嘱</translation>
    </message>
    <message>
        <source>bedside scan status</source>
        <translation>床旁扫码状态</translation>
    </message>
    <message>
        <source>Reason for holding (e.g. positive skin test)</source>
        <translation>暂停执行理由（如皮试阳性）</translation>
    </message>
    <message>
        <source>reason for holding the order</source>
        <translation>暂停执行理由</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>医嘱号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Drug scanned</source>
        <translation>已扫药</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>核对项</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>已执行</translation>
    </message>
    <message>
        <source>Wristband scanned: %1 bed %2</source>
        <translation>已扫腕带：%1 %2床</translation>
    </message>
    <message>
        <source>No wristband scanned yet</source>
        <translation>尚未扫描腕带</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>My practical exams (results signed off by a trainer)</source>
        <translation>我的操作考核（培训老师已签字确认的成绩）</translation>
    </message>
    <message>
        <source>Handed in, waiting for a trainer: your {0} practical exam. The result is provisional until a trainer signs it off.</source>
        <translation>已交卷，等待老师评审：您的{0}操作考核。老师签字确认前，成绩只是暂定的。</translation>
    </message>
    <message>
        <source>No signed-off practical exam yet. A result shows here once a trainer has signed it off.</source>
        <translation>还没有已确认的操作考核成绩。培训老师签字确认后，成绩会显示在这里。</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Score {0} (pass mark {1}) — {2}</source>
        <translation>得分 {0}（及格线 {1}）— {2}</translation>
    </message>
    <message>
        <source>Critical error: {0}</source>
        <translation>否决项：{0}</translation>
    </message>
    <message>
        <source>Not done: {0}</source>
        <translation>未做到：{0}</translation>
    </message>
    <message>
        <source>Trainer's comments: {0}</source>
        <translation>老师评语：{0}</translation>
    </message>
    <message>
        <source>Retraining has been assigned: see your home page.</source>
        <translation>已安排补训：请看首页。</translation>
    </message>
</context>
<context>
    <name>FlagsView</name>
    <message>
        <source>Grading flags from the sync service</source>
        <translation>同步服务器的评分标记</translation>
    </message>
    <message>
        <source>Certifying theory exams the sync service held, did not certify, waits to be marked, or graded differently from this PC. The service checks your password and roles.</source>
        <translation>同步服务器暂缓评分、不予认证、等待阅卷，或评分结果与本机不一致的认证理论考试。服务器会核对您的密码和角色。</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>您的密码：</translation>
    </message>
    <message>
        <source>your password for the sync service</source>
        <translation>您在同步服务器上的密码</translation>
    </message>
    <message>
        <source>Show the flags</source>
        <translation>查看标记</translation>
    </message>
    <message>
        <source>Back to the review queue</source>
        <translation>返回评审队列</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Type your password first.</source>
        <translation>请先输入密码。</translation>
    </message>
    <message>
        <source>Asking the sync service…</source>
        <translation>正在请求同步服务…</translation>
    </message>
    <message>
        <source>%1 flagged attempt(s), newest first.</source>
        <translation>共 %1 条被标记的考试记录，最新的在前。</translation>
    </message>
    <message>
        <source>The sync service flags no attempt.</source>
        <translation>同步服务器没有标记任何考试记录。</translation>
    </message>
    <message>
        <source>The sync service refused: wrong password, or you are not a trainer there.</source>
        <translation>同步服务器拒绝：密码错误，或您在服务器上不是培训师。</translation>
    </message>
    <message>
        <source>The sync service cannot be reached: %1</source>
        <translation>无法连接同步服务器：%1</translation>
    </message>
</context>
<context>
    <name>HandOverPanel</name>
    <message>
        <source>&amp;Switch user</source>
        <translation>切换用户(&amp;S)</translation>
    </message>
    <message>
        <source>Switch user: log out so the next person can log in</source>
        <translation>切换用户：退出登录，由下一位人员登录</translation>
    </message>
    <message>
        <source>Back to the journeys</source>
        <translation>返回旅程列表</translation>
    </message>
    <message>
        <source>who plays the next leg</source>
        <translation>下一段由谁完成</translation>
    </message>
</context>
<context>
    <name>HandoverTab</name>
    <message>
        <source>S — Situation</source>
        <translation>S 现状</translation>
    </message>
    <message>
        <source>B — Background</source>
        <translation>B 背景</translation>
    </message>
    <message>
        <source>A — Assessment</source>
        <translation>A 评估</translation>
    </message>
    <message>
        <source>R — Recommendation</source>
        <translation>R 建议</translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation>班次：</translation>
    </message>
    <message>
        <source>Day shift</source>
        <translation>白班</translation>
    </message>
    <message>
        <source>Evening shift</source>
        <translation>小夜班</translation>
    </message>
    <message>
        <source>Night shift</source>
        <translation>大夜班</translation>
    </message>
    <message>
        <source>shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>ward census</source>
        <translation>病区患者动态</translation>
    </message>
    <message>
        <source>patients to hand over</source>
        <translation>交班患者</translation>
    </message>
    <message>
        <source>Handed over at the bedside</source>
        <translation>床旁交接</translation>
    </message>
    <message>
        <source>In the ward %1 · critical %2 · serious %3</source>
        <translation>现有 %1 人 · 病危 %2 · 病重 %3</translation>
    </message>
    <message>
        <source>Critical (病危)</source>
        <translation>病危</translation>
    </message>
    <message>
        <source>Serious (病重)</source>
        <translation>病重</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>床号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>病情</translation>
    </message>
    <message>
        <source>Note written</source>
        <translation>已交班</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>FAQ</source>
        <translation>常见问题</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Frequently asked questions and the keyboard shortcuts of your HIS stations. Press Ctrl+F to search all courses and help.</source>
        <translation>您所在 HIS 工作站的常见问题和快捷键。按 Ctrl+F 可搜索全部课程和帮助。</translation>
    </message>
    <message>
        <source>help topics</source>
        <translation>帮助主题</translation>
    </message>
    <message>
        <source>No help topics for your roles yet.</source>
        <translation>暂无适用于您岗位的帮助内容。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>course progress</source>
        <translation>课程进度</translation>
    </message>
    <message>
        <source>Your courses</source>
        <translation>我的课程</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Sections read</source>
        <translation>已读章节</translation>
    </message>
    <message>
        <source>Continue at</source>
        <translation>继续阅读</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>最近阅读</translation>
    </message>
    <message>
        <source>No courses for your roles yet.</source>
        <translation>您的岗位暂无课程。</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>欢迎，%1</translation>
    </message>
    <message>
        <source>Roles: %1
HIS modules: %2</source>
        <translation>岗位：%1
HIS 模块：%2</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已读完</translation>
    </message>
</context>
<context>
    <name>IdentityForm</name>
    <message>
        <source>Identity check: what the patient states (two identifiers)</source>
        <translation>身份核对：患者自述（至少两种标识）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Date of birth (YYYY-MM-DD)</source>
        <translation>出生日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>就诊卡号</translation>
    </message>
    <message>
        <source>Wristband</source>
        <translation>腕带号</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import staff</source>
        <translation>导入人员</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged. Nothing is changed until you press Import.</source>
        <translation>新增 %1 人，变更 %2 人，不变 %3 人。点击“导入”之前不会做任何修改。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The file has %1 problem(s). Nothing will be imported; correct the file and try again.</source>
        <translation>文件有 %1 处问题，不会导入任何数据；请修改文件后重试。</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>department (transfer)</source>
        <translation>科室（调动）</translation>
    </message>
    <message>
        <source> — disabled, stays disabled</source>
        <translation> — 已停用，保持停用</translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <source>Back to the journeys (continue later)</source>
        <extracomment>The simulators folder (None: the shipped one; tests give their own).</extracomment>
        <translation>返回旅程列表（稍后继续）</translation>
    </message>
    <message>
        <source>Hand over to the next station (Ctrl+Shift+H)</source>
        <translation>交班给下一岗位（Ctrl+Shift+H）</translation>
    </message>
    <message>
        <source>Hand over: end this leg; the next station takes the patient over</source>
        <translation>交班：结束本段，由下一岗位接手这位患者</translation>
    </message>
    <message>
        <source>The %1 station is not part of this version of HIS Trainer, so this leg cannot be played here.</source>
        <translation>本版本 HIS 培训系统不含%1工作站，这一段无法在此练习。</translation>
    </message>
    <message>
        <source>leg %1 of %2 (%3)</source>
        <translation>第 %1/%2 段（%3）</translation>
    </message>
    <message>
        <source>Handed over. Next: %1, played by %2. Switch user so that %2 can log in and continue the journey on this page.</source>
        <translation>已交班。下一段：%1，由 %2 完成。请切换用户，由 %2 登录后在本页继续这次旅程。</translation>
    </message>
    <message>
        <source>You may not play %1 under your login (%2): it is a %3's leg. Switch user so that %4 can log in and continue it here.</source>
        <translation>不能以您的账号（%2）完成%1：这是%3的工作。请切换用户，由 %4 登录后在此继续。</translation>
    </message>
    <message>
        <source>%1 is not yours: it is played by %2. Switch user so that %2 can log in and continue the journey on this page.</source>
        <translation>%1 不由您完成，而由 %2 完成。请切换用户，由 %2 登录后在本页继续这次旅程。</translation>
    </message>
</context>
<context>
    <name>JourneyResult</name>
    <message>
        <source>each leg's verdict and who played it</source>
        <translation>各段结果及完成人</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>段</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Played by</source>
        <translation>完成人</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>critical error: %1</source>
        <translation>否决项：%1</translation>
    </message>
</context>
<context>
    <name>JourneySetup</name>
    <message>
        <source>Patient journeys: one patient, every station in turn</source>
        <translation>患者旅程：同一位患者，依次经过各个岗位</translation>
    </message>
    <message>
        <source>journey scenarios</source>
        <translation>旅程场景</translation>
    </message>
    <message>
        <source>Legs (a team exercise: type the staff number of the person who plays each leg)</source>
        <translation>各段（团队演练：请填写完成每一段的人员工号）</translation>
    </message>
    <message>
        <source>legs of the journey and who plays them</source>
        <translation>旅程的各段及其完成人</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>段</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Played by (staff number)</source>
        <translation>完成人（工号）</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>模式(&amp;M)</translation>
    </message>
    <message>
        <source>practice mode</source>
        <translation>练习模式</translation>
    </message>
    <message>
        <source>Guided practice</source>
        <translation>引导练习</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>自主练习</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>考试</translation>
    </message>
    <message>
        <source>&amp;Play all legs (training)</source>
        <translation>独自完成全部各段（培训）(&amp;P)</translation>
    </message>
    <message>
        <source>Play every leg of the journey yourself</source>
        <translation>由您本人完成旅程的每一段</translation>
    </message>
    <message>
        <source>Start &amp;team exercise</source>
        <translation>开始团队演练(&amp;T)</translation>
    </message>
    <message>
        <source>Start a team exercise: each leg played by the person typed in</source>
        <translation>开始团队演练：每一段由所填工号的人员完成</translation>
    </message>
    <message>
        <source>Unfinished journeys you play a leg of</source>
        <translation>您参与的未完成旅程</translation>
    </message>
    <message>
        <source>unfinished journeys</source>
        <translation>未完成的旅程</translation>
    </message>
    <message>
        <source>&amp;Continue the journey</source>
        <translation>继续旅程(&amp;C)</translation>
    </message>
    <message>
        <source>Continue the selected journey</source>
        <translation>继续所选的旅程</translation>
    </message>
    <message>
        <source>(%1 legs)</source>
        <translation>（%1 段）</translation>
    </message>
    <message>
        <source>team exercise</source>
        <translation>团队演练</translation>
    </message>
    <message>
        <source>training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>%1 (%2) — leg %3 of %4, %5, played by %6</source>
        <translation>%1（%2）—— 第 %3/%4 段，%5，由 %6 完成</translation>
    </message>
    <message>
        <source> — your turn</source>
        <translation> —— 轮到您了</translation>
    </message>
    <message>
        <source>Type the staff number of the person who plays leg %1.</source>
        <translation>请填写完成第 %1 段的人员工号。</translation>
    </message>
</context>
<context>
    <name>LegStrip</name>
    <message>
        <source>leg %1 of %2: %3, played by %4, %5</source>
        <translation>第 %1/%2 段：%3，完成人 %4，%5</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>已交班</translation>
    </message>
    <message>
        <source>now</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>待进行</translation>
    </message>
    <message>
        <source>Leg %1 of %2 — %3: %4</source>
        <translation>第 %1/%2 段 —— %3：%4</translation>
    </message>
    <message>
        <source>this leg's brief</source>
        <translation>本段说明</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>password to unlock</source>
        <translation>解锁密码</translation>
    </message>
    <message>
        <source>switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>In use by %1. Only this person can unlock; anyone else may switch user, which ends this session.</source>
        <translation>%1 正在使用。只有本人可以解锁；其他人可以切换用户，这会结束当前会话。</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>密码错误。</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>staff number</source>
        <extracomment>The password policy's maximum (trainer.auth.passwords.MAX_LENGTH, not imported here: that module loads argon2, and this page must appear before anything heavy loads). Refusals of the details typed for a new person (said in words; anything else on the first-administrator form means someone else was quicker). Sync errors that mean "no answer from the service" rather than "no such person". An online lookup of an unknown staff number has ended (tests wait for it).</extracomment>
        <translation>工号</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>administrator staff number</source>
        <translation>管理员工号</translation>
    </message>
    <message>
        <source>administrator name</source>
        <translation>管理员姓名</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>HIS Trainer</source>
        <translation>HIS 培训系统</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>e.g. N0123</source>
        <translation>例如 N0123</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>First start on this computer: create the administrator account. There is no default password; choose one of at least 8 characters.</source>
        <translation>本机首次启动：请创建管理员账号。系统没有默认密码，请设置至少 8 个字符的密码。</translation>
    </message>
    <message>
        <source>Hospital information system training and certification</source>
        <translation>医院信息系统培训与上岗考核</translation>
    </message>
    <message>
        <source>This computer's training data could not be opened. Please call IT. (%1)</source>
        <translation>无法打开本机的培训数据，请联系信息科。（%1）</translation>
    </message>
    <message>
        <source>Checking with the hospital server…</source>
        <translation>正在向医院服务器核实…</translation>
    </message>
    <message>
        <source>The hospital server cannot be reached; only staff known to this computer can log in now.</source>
        <translation>无法连接医院服务器；目前只有本机已有的人员可以登录。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Enter the staff number and the name.</source>
        <translation>请输入工号和姓名。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>lock screen</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <source>log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>HIS Trainer</source>
        <translation>HIS 培训系统</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>锁屏（Ctrl+L）</translation>
    </message>
    <message>
        <source>DEMO profile — practice data only, not real training records</source>
        <translation>演示环境 — 仅供练习，不是正式培训记录</translation>
    </message>
</context>
<context>
    <name>NurseScreen</name>
    <message>
        <source>not recorded</source>
        <translation>未录入</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>床号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>过敏</translation>
    </message>
    <message>
        <source>New orders</source>
        <translation>新医嘱</translation>
    </message>
    <message>
        <source>Entrusted: %1</source>
        <translation>嘱托：%1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>医嘱号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>药品</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>剂量</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>用法</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>bed overview</source>
        <translation>床位一览</translation>
    </message>
    <message>
        <source>orders to verify</source>
        <translation>待审核医嘱</translation>
    </message>
    <message>
        <source>What to tell the doctor</source>
        <translation>需告知医生的内容</translation>
    </message>
    <message>
        <source>message to the doctor</source>
        <translation>给医生的消息</translation>
    </message>
    <message>
        <source>nurse station tabs</source>
        <translation>护士站页签</translation>
    </message>
</context>
<context>
    <name>OwnCertificates</name>
    <message>
        <source>%1 valid until %2 (%3 days left)</source>
        <translation>%1 有效期至 %2（剩余 %3 天）</translation>
    </message>
    <message>
        <source>top-up course %1 due by %2</source>
        <translation>须于 %2 前完成补充课程 %1</translation>
    </message>
    <message>
        <source>your certificates</source>
        <translation>我的证书</translation>
    </message>
</context>
<context>
    <name>PaperPreviewPage</name>
    <message>
        <source>Paper preview</source>
        <translation>试卷预览</translation>
    </message>
    <message>
        <source>HIS module</source>
        <translation>HIS 模块</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Knowledge point</source>
        <translation>知识点</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>试卷</translation>
    </message>
    <message>
        <source>{items} questions, {minutes} minutes, pass mark {mark}%. The same seed gives the same paper on any PC.</source>
        <translation>共 {items} 题，{minutes} 分钟，及格线 {mark}%。同一种子在任何电脑上生成同一份试卷。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>temporary password</source>
        <translation>临时密码</translation>
    </message>
    <message>
        <source>%1 must choose a new password at the next login.</source>
        <translation>%1 下次登录时必须设置新密码。</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Change password</source>
        <extracomment>A save attempt ended, successfully or not (tests wait for it).</extracomment>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>repeat new password</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>You must choose a new password before you continue: it was set by an administrator or is too old. Use at least 8 characters; a short sentence is easy to remember and hard to guess.</source>
        <translation>继续之前必须设置新密码：当前密码由管理员设置或已过期。请至少使用 8 个字符；一句短语既好记又难猜。</translation>
    </message>
    <message>
        <source>Use at least 8 characters; a short sentence is easy to remember and hard to guess.</source>
        <translation>请至少使用 8 个字符；一句短语既好记又难猜。</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>The hospital server cannot be reached; try again when this computer is connected. Your password was not changed.</source>
        <translation>无法连接医院服务器，请在本机联网后重试。密码未修改。</translation>
    </message>
</context>
<context>
    <name>PatientBanner</name>
    <message>
        <source>No patient selected</source>
        <translation>未选择患者</translation>
    </message>
    <message>
        <source>patient banner</source>
        <translation>患者信息栏</translation>
    </message>
    <message>
        <source>F</source>
        <translation>女</translation>
    </message>
    <message>
        <source>M</source>
        <translation>男</translation>
    </message>
    <message>
        <source>bed</source>
        <translation>床</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1岁</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>就诊号</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>费别</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>个账余额</translation>
    </message>
</context>
<context>
    <name>PharmacyScreen</name>
    <message>
        <source>Not found: %1</source>
        <translation>未找到：%1</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>住院号</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已缴费</translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation>未缴费</translation>
    </message>
    <message>
        <source>Rx</source>
        <translation>处方号</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>处方类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>缴费</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>床号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>待审</translation>
    </message>
    <message>
        <source>Ward patients</source>
        <translation>病区患者</translation>
    </message>
    <message>
        <source>Prescription queue</source>
        <translation>处方队列</translation>
    </message>
    <message>
        <source>Swipe the card or type the Rx number, then Enter</source>
        <translation>刷卡或输入处方号后回车</translation>
    </message>
    <message>
        <source>find a prescription by card or Rx number</source>
        <translation>按就诊卡号或处方号查找处方</translation>
    </message>
    <message>
        <source>ward patients</source>
        <translation>病区患者</translation>
    </message>
    <message>
        <source>prescription queue</source>
        <translation>处方队列</translation>
    </message>
    <message>
        <source>pharmacy station tabs</source>
        <translation>药房页签</translation>
    </message>
</context>
<context>
    <name>PracticalExamPage</name>
    <message>
        <source>Practical exams (实操考试)</source>
        <translation>操作考核（实操考试）</translation>
    </message>
    <message>
        <source>Your proctor unlocks your practical exam on this PC. Tick the box to confirm who you are, then start it: a task opens on the station screen, without hints and against the clock. Hand it in when you are done; a trainer reviews it.</source>
        <translation>监考老师在本机为您解锁操作考核后，请先勾选确认本人身份，再点“开始操作考核”：考题会在工作站界面打开，没有提示，限时完成。做完请点“交卷”，由培训老师评审。</translation>
    </message>
    <message>
        <source>Resume my practical exam</source>
        <translation>继续我的操作考核</translation>
    </message>
    <message>
        <source>Back to my practical exams</source>
        <translation>返回操作考核</translation>
    </message>
    <message>
        <source>I confirm I am {name} ({staff}) and sit this practical exam myself</source>
        <translation>本人确认：我是 {name}（{staff}），本次操作考核由本人完成</translation>
    </message>
    <message>
        <source>Confirm who you are</source>
        <translation>确认本人身份</translation>
    </message>
    <message>
        <source>Start the practical exam</source>
        <translation>开始操作考核</translation>
    </message>
    <message>
        <source>Start the {module} practical exam</source>
        <translation>开始{module}操作考核</translation>
    </message>
    <message>
        <source>This module has no practical exam.</source>
        <translation>本模块没有操作考核。</translation>
    </message>
    <message>
        <source>This version has no station screen for this module yet: the practical exam cannot be taken here.</source>
        <translation>本版本尚无该模块的工作站界面，暂不能在此进行操作考核。</translation>
    </message>
    <message>
        <source>Finish the practical exam you started first.</source>
        <translation>请先完成已开始的操作考核。</translation>
    </message>
    <message>
        <source>Unlocked for you on this PC: confirm who you are and start.</source>
        <translation>已在本机为您解锁：请确认身份后开始。</translation>
    </message>
    <message>
        <source>Not unlocked. Your proctor unlocks it on this PC, or gives you the sitting code.</source>
        <translation>尚未解锁。请监考老师在本机解锁，或向监考老师索取考场码。</translation>
    </message>
    <message>
        <source>Unlocked: {module}.</source>
        <translation>已解锁：{module}。</translation>
    </message>
    <message>
        <source>Your {module} practical exam is handed in.

Its result is provisional until a trainer has reviewed your work and signed it off. You will then find the result, the trainer's comments and anything to practise again under “My practical exams”.</source>
        <translation>您的{module}操作考核已交卷。

在培训老师评审并签字确认之前，成绩只是暂定的。签字确认后，可在“我的操作考核”中查看成绩、老师评语和需要再练习的内容。</translation>
    </message>
</context>
<context>
    <name>PrepareTab</name>
    <message>
        <source>drugs to prepare</source>
        <translation>待调配药品</translation>
    </message>
    <message>
        <source>Prepared by (staff id):</source>
        <translation>配药人（工号）：</translation>
    </message>
    <message>
        <source>staff id of the pharmacist who prepared it</source>
        <translation>配药药师工号</translation>
    </message>
    <message>
        <source>staff id</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>preparation state</source>
        <translation>配药状态</translation>
    </message>
    <message>
        <source>✓ Prepared by %1 — check it again at the window, then dispense</source>
        <translation>✓ 已由 %1 配药 — 请在窗口复核后发药</translation>
    </message>
    <message>
        <source>Ready to prepare</source>
        <translation>待配药</translation>
    </message>
    <message>
        <source>Not ready: prepare after approval and payment</source>
        <translation>不可配药：须审方通过并已缴费</translation>
    </message>
</context>
<context>
    <name>PrescriptionTab</name>
    <message>
        <source>Ordinary</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>急诊</translation>
    </message>
    <message>
        <source>Paediatric</source>
        <translation>儿科</translation>
    </message>
    <message>
        <source>Psychotropic II</source>
        <translation>精二</translation>
    </message>
    <message>
        <source>Psychotropic I</source>
        <translation>精一</translation>
    </message>
    <message>
        <source>Narcotic</source>
        <translation>麻醉</translation>
    </message>
    <message>
        <source>prescription kind</source>
        <translation>处方类型</translation>
    </message>
    <message>
        <source>No pain indication</source>
        <translation>无疼痛标识</translation>
    </message>
    <message>
        <source>Cancer pain</source>
        <translation>癌痛</translation>
    </message>
    <message>
        <source>Chronic pain</source>
        <translation>慢性疼痛</translation>
    </message>
    <message>
        <source>pain indication (controlled drugs)</source>
        <translation>疼痛标识（麻精药品）</translation>
    </message>
    <message>
        <source>Drug (pinyin initials, e.g. AMXL)</source>
        <translation>药品（拼音首字母，如 AMXL）</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>剂量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>用法</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>drugs on the prescription</source>
        <translation>处方药品明细</translation>
    </message>
    <message>
        <source>current prescription</source>
        <translation>当前处方</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>处方</translation>
    </message>
    <message>
        <source>No prescription: press New prescription (F3)</source>
        <translation>无处方：请按 新处方(F3)</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>药品</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>数量(盒)</translation>
    </message>
    <message>
        <source>Alerts overridden</source>
        <translation>已说明理由的警示</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <source>True</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>False</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>你的答案</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Practical exams waiting for review (oldest first)</source>
        <translation>待评审的操作考核（最早的在前）</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Open the replay</source>
        <translation>打开回放</translation>
    </message>
    <message>
        <source>Grading flags from the sync service…</source>
        <translation>同步服务器的评分标记…</translation>
    </message>
    <message>
        <source>Nothing waiting for review.</source>
        <translation>没有待评审的操作考核。</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>全部模块</translation>
    </message>
    <message>
        <source>Waiting for a trainer</source>
        <translation>待老师评审</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部科室</translation>
    </message>
    <message>
        <source>Finished at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>考题</translation>
    </message>
    <message>
        <source>Automatic score</source>
        <translation>自动评分</translation>
    </message>
    <message>
        <source>Agreement between markers (double-marked attempts)</source>
        <translation>双人评分一致性（两位老师评过的考核）</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <source>Double-marked</source>
        <translation>双评次数</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>一致次数</translation>
    </message>
    <message>
        <source>Mean difference (points)</source>
        <translation>平均分差（分）</translation>
    </message>
    <message>
        <source>Adjudicated towards</source>
        <translation>仲裁倾向次数</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Chief complaint</source>
        <translation>主诉</translation>
    </message>
    <message>
        <source>Present illness</source>
        <translation>现病史</translation>
    </message>
    <message>
        <source>Past history</source>
        <translation>既往史</translation>
    </message>
    <message>
        <source>Allergy history</source>
        <translation>过敏史</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>体格检查</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>辅助检查</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>处理意见</translation>
    </message>
</context>
<context>
    <name>RefundLines</name>
    <message>
        <source>lines of the invoice to refund</source>
        <translation>退费明细</translation>
    </message>
    <message>
        <source>what the refund pays back</source>
        <translation>退费金额预览</translation>
    </message>
    <message>
        <source>Charge item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>收费数量</translation>
    </message>
    <message>
        <source>Dispensed</source>
        <translation>已发药</translation>
    </message>
    <message>
        <source>Returned (退药确认)</source>
        <translation>已退药（退药确认）</translation>
    </message>
    <message>
        <source>Refundable</source>
        <translation>可退数量</translation>
    </message>
    <message>
        <source>Refund packs</source>
        <translation>退费数量</translation>
    </message>
    <message>
        <source>packs to refund: %1</source>
        <translation>退费数量：%1</translation>
    </message>
    <message>
        <source>No packs entered: whole invoice</source>
        <translation>未输入退费数量＝整张发票</translation>
    </message>
    <message>
        <source>Whole invoice</source>
        <translation>整张发票</translation>
    </message>
    <message>
        <source>back: fund (统筹) %1, personal account %2, %3 %4</source>
        <translation>退回：统筹 %1，个账 %2，%3 %4</translation>
    </message>
    <message>
        <source>; new invoice for the rest %1</source>
        <translation>；剩余项目重开发票 %1</translation>
    </message>
    <message>
        <source>⚠ Enter the packs to refund: the whole invoice is more than the pharmacy confirmed returned (%1)</source>
        <translation>⚠ 请填写退费数量：整张发票超过药房已确认退药的数量（%1）</translation>
    </message>
    <message>
        <source>✘ More than the pharmacy confirmed returned: %1</source>
        <translation>✘ 超过药房退药确认的数量：%1</translation>
    </message>
</context>
<context>
    <name>RefundTab</name>
    <message>
        <source>Invoice number or patient name</source>
        <translation>发票号或患者姓名</translation>
    </message>
    <message>
        <source>find invoice</source>
        <translation>查找发票</translation>
    </message>
    <message>
        <source>paid invoices</source>
        <translation>已收费发票</translation>
    </message>
    <message>
        <source>refund requests</source>
        <translation>退费申请</translation>
    </message>
    <message>
        <source>Reason for the refund request</source>
        <translation>退费原因</translation>
    </message>
    <message>
        <source>reason for the refund request</source>
        <translation>退费原因</translation>
    </message>
    <message>
        <source>Supervisor (in person):</source>
        <translation>主管本人：</translation>
    </message>
    <message>
        <source>Supervisor approval (the supervisor in person)</source>
        <translation>主管审批（须主管本人操作）</translation>
    </message>
    <message>
        <source>supervisor's staff id (typed by the supervisor)</source>
        <translation>主管工号（主管本人输入）</translation>
    </message>
    <message>
        <source>supervisor's staff id</source>
        <translation>主管工号</translation>
    </message>
    <message>
        <source>Supervisor signs in</source>
        <translation>主管登录</translation>
    </message>
    <message>
        <source>Supervisor signs out</source>
        <translation>主管退出</translation>
    </message>
    <message>
        <source>who is signed in on this PC</source>
        <translation>本机当前登录人</translation>
    </message>
    <message>
        <source>Refund to</source>
        <translation>退款方式</translation>
    </message>
    <message>
        <source>refund channel</source>
        <translation>退款方式</translation>
    </message>
    <message>
        <source>original payment channel</source>
        <translation>原支付方式</translation>
    </message>
    <message>
        <source>reason for declining the refund</source>
        <translation>拒绝退费理由</translation>
    </message>
    <message>
        <source>Refund rules (退费须知)</source>
        <translation>退费须知</translation>
    </message>
    <message>
        <source>1. Drugs: refund only after the pharmacy has confirmed the return (退药确认).</source>
        <translation>1. 药品费用：药房确认退药后方可退费。</translation>
    </message>
    <message>
        <source>2. Every refund needs the supervisor's approval, signed in person.</source>
        <translation>2. 退费须经主管本人登录审批，不得代输工号。</translation>
    </message>
    <message>
        <source>3. Pay back through the original channel (原路退回) — never cash for WeChat.</source>
        <translation>3. 原路退回：微信付的退回微信，不得改退现金。</translation>
    </message>
    <message>
        <source>4. The original invoice is reversed (冲红); check the patient's identity first.</source>
        <translation>4. 原发票冲红；退费前核对患者身份。</translation>
    </message>
    <message>
        <source>Pharmacy return confirmed</source>
        <translation>药房已确认退药</translation>
    </message>
    <message>
        <source>Pharmacy has NOT confirmed the return — do not refund</source>
        <translation>药房未确认退药——不得退费</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>已审批：%1</translation>
    </message>
    <message>
        <source>Not approved by a supervisor yet</source>
        <translation>尚未经主管审批</translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation>拒绝退费理由</translation>
    </message>
    <message>
        <source>5. Partial refund: only the packs the pharmacy confirmed returned; the insurance is re-settled and a new invoice is issued for the rest.</source>
        <translation>5. 部分退费：只退药房已确认退回的数量；医保重新结算，剩余项目重开发票。</translation>
    </message>
    <message>
        <source>Pharmacy confirmed the return of the packs refunded: %1</source>
        <translation>药房已确认退回本次退费的药品：%1</translation>
    </message>
    <message>
        <source>Refund exceeds what the pharmacy confirmed returned (%1) — do not refund</source>
        <translation>退费数量超过药房退药确认（%1）——不得退费</translation>
    </message>
    <message>
        <source>Back the way it came: %1 %2; personal account %3; fund (统筹) %4</source>
        <translation>原路退回：%1 %2；个账 %3；统筹 %4</translation>
    </message>
    <message>
        <source>original: %1</source>
        <translation>原支付：%1</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总费用</translation>
    </message>
    <message>
        <source>Personal account (个账)</source>
        <translation>个人账户支付</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>挂号</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>处方</translation>
    </message>
    <message>
        <source>Whole invoice</source>
        <translation>整张发票</translation>
    </message>
    <message>
        <source>not returned</source>
        <translation>未退药</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退费</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退费单号</translation>
    </message>
    <message>
        <source>Refund packs</source>
        <translation>退费数量</translation>
    </message>
    <message>
        <source>Pharmacy return</source>
        <translation>药房退药</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Original channel</source>
        <translation>原支付方式</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reissued invoice</source>
        <translation>重开发票号</translation>
    </message>
    <message>
        <source>Signed in: supervisor %1</source>
        <translation>当前登录：主管 %1</translation>
    </message>
    <message>
        <source>Signed in: cashier</source>
        <translation>当前登录：收费员</translation>
    </message>
</context>
<context>
    <name>RegistrationTab</name>
    <message>
        <source>Clinic level</source>
        <translation>号别</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>医生</translation>
    </message>
    <message>
        <source>Card / insurance e-voucher</source>
        <translation>卡号/医保电子凭证</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>应收金额</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Received (yuan)</source>
        <translation>实收（元）</translation>
    </message>
    <message>
        <source>Change given</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>cash: what the patient hands over</source>
        <translation>现金：患者实付金额</translation>
    </message>
    <message>
        <source>Reason for cancelling (退号原因)</source>
        <translation>退号原因</translation>
    </message>
    <message>
        <source>reason for cancelling the registration</source>
        <translation>退号原因</translation>
    </message>
    <message>
        <source>registrations today</source>
        <translation>今日挂号记录</translation>
    </message>
    <message>
        <source>doctor schedule of the department</source>
        <translation>本科室出诊表</translation>
    </message>
    <message>
        <source>— department (no doctor chosen) —</source>
        <translation>— 不指定医生（按科室） —</translation>
    </message>
    <message>
        <source>am</source>
        <translation>上午</translation>
    </message>
    <message>
        <source>pm</source>
        <translation>下午</translation>
    </message>
    <message>
        <source>%1  %2  %3 left</source>
        <translation>%1  %2  余号 %3</translation>
    </message>
    <message>
        <source>(full)</source>
        <translation>（已满）</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Slots left</source>
        <translation>余号</translation>
    </message>
    <message>
        <source>%1  (fee %2, insurance pays %3)</source>
        <translation>%1（挂号费 %2，医保支付 %3）</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>就诊号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ReplayView</name>
    <message>
        <source>◀ Back to the queue</source>
        <translation>◀ 返回评审列表</translation>
    </message>
    <message>
        <source>← Previous step</source>
        <translation>← 上一步</translation>
    </message>
    <message>
        <source>Next step →</source>
        <translation>下一步 →</translation>
    </message>
    <message>
        <source>Jump to the next problem</source>
        <translation>跳到下一个问题步骤</translation>
    </message>
    <message>
        <source>Mark this attempt ▶</source>
        <translation>去评分 ▶</translation>
    </message>
    <message>
        <source>✓ the HIS accepted the command · ✗ the HIS refused it · red: a problem at this step (a check lost, a critical error, a refusal) · ⏸ a pause before the step</source>
        <translation>✓ 系统接受了该操作 · ✗ 系统拒绝了该操作 · 红色：这一步有问题（失分、否决项或被拒绝） · ⏸ 这一步之前的停顿</translation>
    </message>
    <message>
        <source>The trainee's screen after this step (read-only: nothing here changes the attempt)</source>
        <translation>这一步之后学员看到的界面（只读：在此操作不会改变考核记录）</translation>
    </message>
    <message>
        <source>Orders (医嘱)</source>
        <translation>医嘱</translation>
    </message>
    <message>
        <source>Prescriptions (处方)</source>
        <translation>处方</translation>
    </message>
    <message>
        <source>Line no.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Drug and use</source>
        <translation>药品及用法</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>screen locked</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <source>user switched or logged out</source>
        <translation>切换用户或退出登录</translation>
    </message>
    <message>
        <source>Paused during the exam: {0}</source>
        <translation>考核中暂停：{0}</translation>
    </message>
    <message>
        <source>0  Start: the patient as given</source>
        <translation>0  开始：患者初始状态</translation>
    </message>
    <message>
        <source>⏸ paused {0}</source>
        <translation>⏸ 停顿 {0}</translation>
    </message>
    <message>
        <source>Before the first command. Task: {0}</source>
        <translation>尚未操作。考题：{0}</translation>
    </message>
    <message>
        <source>Step {0} at {1}: {2}</source>
        <translation>第 {0} 步（{1}）：{2}</translation>
    </message>
    <message>
        <source>Critical error: {0}</source>
        <translation>否决项：{0}</translation>
    </message>
    <message>
        <source>Check lost: {0}</source>
        <translation>此步丢分：{0}</translation>
    </message>
    <message>
        <source>Never done: {0}</source>
        <translation>始终未完成：{0}</translation>
    </message>
    <message>
        <source>Refused by the HIS: {0}</source>
        <translation>系统拒绝：{0}</translation>
    </message>
    <message>
        <source>M</source>
        <translation>男</translation>
    </message>
    <message>
        <source>F</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Allergies not recorded</source>
        <translation>过敏史未录入</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>无已知过敏</translation>
    </message>
    <message>
        <source>⚠ Allergic: {0}</source>
        <translation>⚠ 过敏：{0}</translation>
    </message>
</context>
<context>
    <name>RequestTab</name>
    <message>
        <source>Lab test</source>
        <translation>检验项目</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>标本</translation>
    </message>
    <message>
        <source>Clinical note</source>
        <translation>临床说明</translation>
    </message>
    <message>
        <source>Imaging exam</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Body site</source>
        <translation>检查部位</translation>
    </message>
    <message>
        <source>e.g. fever for 3 days, check for infection</source>
        <translation>如：发热3天，查感染指标</translation>
    </message>
    <message>
        <source>requests of this visit</source>
        <translation>本次就诊的申请</translation>
    </message>
    <message>
        <source>fees of the requests</source>
        <translation>申请费用</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已缴费</translation>
    </message>
    <message>
        <source>to pay</source>
        <translation>待缴费</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请单号</translation>
    </message>
    <message>
        <source>Requested item</source>
        <translation>申请项目</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>缴费</translation>
    </message>
    <message>
        <source>Total %1 — paid at the cashier</source>
        <translation>合计 %1（到收费处缴费）</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <source>Try this scenario again</source>
        <translation>重新练习本场景</translation>
    </message>
    <message>
        <source>Next scenario</source>
        <translation>下一个场景</translation>
    </message>
    <message>
        <source>Go to the next scenario</source>
        <translation>进入下一个场景</translation>
    </message>
    <message>
        <source>result details</source>
        <translation>成绩明细</translation>
    </message>
    <message>
        <source>score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>NOT PASSED</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>pass mark %1</source>
        <translation>及格线 %1</translation>
    </message>
    <message>
        <source>Critical errors</source>
        <translation>严重错误</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>核对项</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>效率</translation>
    </message>
    <message>
        <source>Time %1 s, %2 commands, %3 refused, %4 detours</source>
        <translation>用时 %1 秒，操作 %2 次，被拒 %3 次，绕路 %4 次</translation>
    </message>
    <message>
        <source>The expert: %1 s, %2 commands</source>
        <translation>标准操作：%1 秒，%2 次操作</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>No finished practice yet: open your station and practise.</source>
        <translation>尚无完成的练习：请打开您的工作站开始练习。</translation>
    </message>
</context>
<context>
    <name>ReturnsTab</name>
    <message>
        <source>Rule: once dispensed, drugs are not taken back except for a quality defect (医疗机构药事管理规定). Never return more than was dispensed.</source>
        <translation>规定：除药品质量原因外，药品一经发出，不得退换（《医疗机构药事管理规定》）。退药数量不得超过已发数量。</translation>
    </message>
    <message>
        <source>dispensed drugs of the prescription</source>
        <translation>本处方已发药品</translation>
    </message>
    <message>
        <source>Packs returned:</source>
        <translation>退药数量(盒)：</translation>
    </message>
    <message>
        <source>packs returned</source>
        <translation>退药数量</translation>
    </message>
    <message>
        <source>Cashier's office (refund)</source>
        <translation>收费处（退费）</translation>
    </message>
    <message>
        <source>Prescribing doctor</source>
        <translation>开方医生</translation>
    </message>
    <message>
        <source>whom to notify</source>
        <translation>通知对象</translation>
    </message>
    <message>
        <source>message</source>
        <translation>通知内容</translation>
    </message>
    <message>
        <source>What to tell them</source>
        <translation>通知内容</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>send the notification</source>
        <translation>发送通知</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>处方</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>药品</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Dispensed packs</source>
        <translation>已发数量</translation>
    </message>
    <message>
        <source>Returned packs</source>
        <translation>已退数量</translation>
    </message>
    <message>
        <source>Returnable</source>
        <translation>可退数量</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>{0} — {1} — {2}</source>
        <translation>{0} — {1} — {2}</translation>
    </message>
    <message>
        <source>Adjudicate</source>
        <translation>仲裁评定</translation>
    </message>
    <message>
        <source>Submit my mark</source>
        <translation>提交我的评分</translation>
    </message>
    <message>
        <source>Another trainer has marked this attempt. You mark it on your own: their mark is hidden until you submit yours.</source>
        <translation>已有一位老师评过分。请您独立评分：提交前看不到对方的评分。</translation>
    </message>
    <message>
        <source>Mark by {0}: {1} ({2})</source>
        <translation>{0} 的评分：{1} 分（{2}）</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>及格</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不及格</translation>
    </message>
    <message>
        <source> — changed: {0}</source>
        <translation> — 已改判：{0}</translation>
    </message>
    <message>
        <source>Flagged by the service: {0}</source>
        <translation>服务器已标记待复核：{0}</translation>
    </message>
    <message>
        <source>The two marks disagree: a third trainer decides.</source>
        <translation>两位老师评分不一致：由第三位老师仲裁。</translation>
    </message>
    <message>
        <source>You have marked it. Sign off, or wait for a second mark.</source>
        <translation>您已评分。可签字确认，或等待第二位老师评分。</translation>
    </message>
    <message>
        <source>Not marked yet. Look at the replay, tick the rubric, then submit your mark and sign off.</source>
        <translation>尚未评分。请先看回放，再勾选评分项，提交评分后签字确认。</translation>
    </message>
    <message>
        <source>Your mark is saved.</source>
        <translation>评分已保存。</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>drugs on the prescription under review</source>
        <translation>待审处方药品明细</translation>
    </message>
    <message>
        <source>prescription review alerts</source>
        <translation>审方提示</translation>
    </message>
    <message>
        <source>prescription under review</source>
        <translation>当前审核处方</translation>
    </message>
    <message>
        <source>Reason for returning:</source>
        <translation>退方理由：</translation>
    </message>
    <message>
        <source>reason for returning the prescription</source>
        <translation>退方理由</translation>
    </message>
    <message>
        <source>pick a reason or type it</source>
        <translation>选择常用理由或直接输入</translation>
    </message>
    <message>
        <source>No prescription selected</source>
        <translation>未选择处方</translation>
    </message>
    <message>
        <source>Prescription %1 · form: %2 · diagnosis: %3</source>
        <translation>处方 %1 · 处方类型：%2 · 诊断：%3</translation>
    </message>
    <message>
        <source>Open the prescription (F3) to run the review checks.</source>
        <translation>打开处方（F3）后进行审方检查。</translation>
    </message>
    <message>
        <source>Review checks: no alert.</source>
        <translation>审方检查：无提示。</translation>
    </message>
</context>
<context>
    <name>ReviewWidget</name>
    <message>
        <source>Exam review</source>
        <translation>考试回顾</translation>
    </message>
    <message>
        <source>Submitted — result after grading. The sync service grades certifying exams; your result appears here after the next sync.</source>
        <translation>已交卷——成绩待评分。认证考试由同步服务评分，下次同步后成绩将显示在这里。</translation>
    </message>
    <message>
        <source>By knowledge point</source>
        <translation>按知识点</translation>
    </message>
    <message>
        <source>provisional — short answers wait for a trainer</source>
        <translation>暂定——简答题待培训老师评分</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Score {score} / {max} ({percent}%): {verdict}. Pass mark {mark}%.</source>
        <translation>得分 {score} / {max}（{percent}%）：{verdict}。及格线 {mark}%。</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>你的答案</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>正确答案</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>作答情况</translation>
    </message>
    <message>
        <source>True</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>False</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>(not shown)</source>
        <translation>（不显示）</translation>
    </message>
    <message>
        <source>The explanation of exam questions is not shown (hospital setting).</source>
        <translation>考试题的解析不显示（医院设置）。</translation>
    </message>
</context>
<context>
    <name>RosterClashes</name>
    <message>
        <source>Roster clashes</source>
        <translation>工号冲突</translation>
    </message>
    <message>
        <source>staff numbers in clash after a merge</source>
        <translation>合并后冲突的工号</translation>
    </message>
    <message>
        <source>the selected clash is the same person</source>
        <translation>所选冲突为同一人</translation>
    </message>
    <message>
        <source>new staff number for the PC's person</source>
        <translation>本地人员的新工号</translation>
    </message>
    <message>
        <source>rename the PC's person to the new staff number</source>
        <translation>将该电脑上的人员改为新工号</translation>
    </message>
    <message>
        <source>Same person (map)</source>
        <translation>同一人（合并）</translation>
    </message>
    <message>
        <source>Rename the PC's person to…</source>
        <translation>将该电脑上的人员改为工号…</translation>
    </message>
    <message>
        <source>New staff number</source>
        <translation>新工号</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>On the service</source>
        <translation>服务端</translation>
    </message>
    <message>
        <source>On the PC</source>
        <translation>该电脑上</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>暂存的记录</translation>
    </message>
    <message>
        <source>Show workstations to see the staff numbers in clash after merging a standalone PC.</source>
        <translation>点击“显示工作站”查看单机电脑合并后冲突的工号。</translation>
    </message>
    <message>
        <source>No staff number is in clash.</source>
        <translation>没有冲突的工号。</translation>
    </message>
    <message>
        <source>A merged PC uses these staff numbers for someone else than the service does; their events wait on the service. Select one: the same person, or give the PC's person a new staff number.</source>
        <translation>合并进来的电脑上，以下工号对应的人员与服务端不同；其记录暂存在服务端等待处理。请选择一项：确认为同一人，或为该电脑上的人员分配新工号。</translation>
    </message>
    <message>
        <source>Select the staff number in clash first.</source>
        <translation>请先选择冲突的工号。</translation>
    </message>
    <message>
        <source>Same person?</source>
        <translation>确认为同一人？</translation>
    </message>
    <message>
        <source>%1 on %2 and %3 on the service are one person: the PC's history under %4 becomes theirs. This cannot be undone.</source>
        <translation>%2 上的 %1 与服务端的 %3 为同一人：该电脑上工号 %4 的历史记录将归入此人名下。此操作无法撤销。</translation>
    </message>
    <message>
        <source>A staff number is 1 to 32 letters, digits, - or _, starting with a letter or digit.</source>
        <translation>工号为 1 至 32 位字母、数字、- 或 _，须以字母或数字开头。</translation>
    </message>
    <message>
        <source>Give the PC's person a staff number other than %1.</source>
        <translation>请为该电脑上的人员分配一个不同于 %1 的工号。</translation>
    </message>
    <message>
        <source>%1 is itself in clash: choose another staff number.</source>
        <translation>%1 本身也存在冲突，请另选工号。</translation>
    </message>
    <message>
        <source>%1 on %2 is now %3; %4 waiting event(s) were released.</source>
        <translation>%2 上的 %1 已改为 %3；%4 条等待中的记录已放行。</translation>
    </message>
    <message>
        <source>%1 on %2 is the service's %3; %4 waiting event(s) were released.</source>
        <translation>%2 上的 %1 与服务端的 %3 为同一人；%4 条等待中的记录已放行。</translation>
    </message>
</context>
<context>
    <name>RubricView</name>
    <message>
        <source>◀ Back to the replay</source>
        <translation>◀ 返回回放</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>签字确认</translation>
    </message>
    <message>
        <source>1. What the system checked (automatic, provisional)</source>
        <translation>一、系统自动评分（暂定）</translation>
    </message>
    <message>
        <source>2. What you saw: tick each item the trainee did</source>
        <translation>二、现场观察：学员做到的请打勾</translation>
    </message>
    <message>
        <source>3. Your mark</source>
        <translation>三、您的评分</translation>
    </message>
    <message>
        <source>Change the score (needs a reason):</source>
        <translation>改判分数（须写明理由）：</translation>
    </message>
    <message>
        <source>Reason for changing the system's verdict (required if you change the score or clear a critical error):</source>
        <translation>改判理由（改分数或取消否决项时必填）：</translation>
    </message>
    <message>
        <source>Comments for the trainee:</source>
        <translation>给学员的评语：</translation>
    </message>
    <message>
        <source>This module's certificate is issued when the exam is signed off. If you hold the issuer key passphrase (HR or the admin does), type it here; otherwise leave it empty and HR issues the certificate.</source>
        <translation>本模块在签字确认后自动发证。如您掌握发证密钥密码（由人事科或管理员保管），请在此输入；否则请留空，由人事科签发证书。</translation>
    </message>
    <message>
        <source>Issuer key passphrase</source>
        <translation>发证密钥密码</translation>
    </message>
    <message>
        <source>Automatic score: {0} (pass mark {1})</source>
        <translation>自动评分：{0} 分（及格线 {1} 分）</translation>
    </message>
    <message>
        <source>⚠ Critical error — uphold: {0}</source>
        <translation>⚠ 否决项 — 确认成立：{0}</translation>
    </message>
    <message>
        <source>{0} ({1} points)</source>
        <translation>{0}（{1} 分）</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>及格</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>不及格</translation>
    </message>
    <message>
        <source>Score: {0} — {1}</source>
        <translation>得分：{0} — {1}</translation>
    </message>
    <message>
        <source>Score = {0}% of the automatic score + {1}% for the ticked items. Pass: {2} or more and no critical error upheld.</source>
        <translation>得分 = 自动评分 × {0}% + 勾选项 × {1}%。及格：{2} 分及以上，且没有成立的否决项。</translation>
    </message>
</context>
<context>
    <name>ScenarioPicker</name>
    <message>
        <source>Practise on the HIS: choose a scenario</source>
        <translation>HIS 模拟练习：请选择场景</translation>
    </message>
    <message>
        <source>scenarios of your role</source>
        <translation>本岗位的练习场景</translation>
    </message>
    <message>
        <source>Guided practice</source>
        <translation>引导练习</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>自主练习</translation>
    </message>
    <message>
        <source>Exam (timed)</source>
        <translation>考试（计时）</translation>
    </message>
    <message>
        <source>Watch demonstration</source>
        <translation>看示范</translation>
    </message>
    <message>
        <source>Unfinished attempts (resume where you stopped)</source>
        <translation>未完成的练习（从中断处继续）</translation>
    </message>
    <message>
        <source>unfinished attempts</source>
        <translation>未完成的练习</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Resume the selected attempt</source>
        <translation>继续所选练习</translation>
    </message>
    <message>
        <source>%1 — %2 commands, %3 s</source>
        <translation>%1 — 已操作 %2 次，%3 秒</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search courses and help</source>
        <extracomment>What the page searches for when first shown: a key term of the person's station (also what ``his-trainer screenshot --page search`` shows).</extracomment>
        <translation>搜索课程和帮助</translation>
    </message>
    <message>
        <source>Words to find, in Chinese or English, e.g. 医嘱, 退费, refund</source>
        <translation>输入要查找的中文或英文词语，例如：医嘱、退费、refund</translation>
    </message>
    <message>
        <source>search query</source>
        <translation>搜索词</translation>
    </message>
    <message>
        <source>search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>共 %1 条结果</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>没有找到</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>常见问题</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>idle lock minutes</source>
        <translation>空闲锁屏分钟数</translation>
    </message>
    <message>
        <source>change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Lock the screen after idle (minutes)</source>
        <translation>无操作自动锁屏（分钟）</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <source>Workstation settings can be changed by administrators only.</source>
        <translation>工作站设置仅管理员可以修改。</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Only administrators may change this setting.</source>
        <translation>只有管理员可以修改此设置。</translation>
    </message>
</context>
<context>
    <name>SettlementTab</name>
    <message>
        <source>admissions to settle</source>
        <translation>待结算住院患者</translation>
    </message>
    <message>
        <source>settlements</source>
        <translation>结算记录</translation>
    </message>
    <message>
        <source>Balance paid back by</source>
        <translation>余额退还方式</translation>
    </message>
    <message>
        <source>channel of the balance</source>
        <translation>余额退还方式</translation>
    </message>
    <message>
        <source>channel of the deposits</source>
        <translation>预交金支付方式</translation>
    </message>
    <message>
        <source>Settlement rules (出院结算须知)</source>
        <translation>出院结算须知</translation>
    </message>
    <message>
        <source>Check the identity first (two identifiers).</source>
        <translation>先核对身份（两种标识）。</translation>
    </message>
    <message>
        <source>Ward drugs all returned (病区退药完成)</source>
        <translation>病区退药已完成</translation>
    </message>
    <message>
        <source>%1 unit doses not returned to the pharmacy — do not settle; ask the ward nurse to return them</source>
        <translation>病区尚有 %1 单位药品未退回药房——不得结算，请通知护士先办理退药</translation>
    </message>
    <message>
        <source>Discharge ordered by the doctor</source>
        <translation>医生已开出院医嘱</translation>
    </message>
    <message>
        <source>No discharge order yet</source>
        <translation>尚无出院医嘱</translation>
    </message>
    <message>
        <source>Deposit paid by %1: the balance goes back the same way (原路退回)</source>
        <translation>预交金以%1支付：余额原路退回</translation>
    </message>
    <message>
        <source>Amounts due are after the insurance split (统筹/个账/自付/自费).</source>
        <translation>应付金额为医保分割后金额（统筹/个账/自付/自费）。</translation>
    </message>
    <message>
        <source>deposit: %1</source>
        <translation>预交：%1</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>住院号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Ward / bed</source>
        <translation>病区/床号</translation>
    </message>
    <message>
        <source>Discharge ordered</source>
        <translation>出院医嘱</translation>
    </message>
    <message>
        <source>Unsettled charges</source>
        <translation>未结费用</translation>
    </message>
    <message>
        <source>Deposit held</source>
        <translation>预交金余额</translation>
    </message>
    <message>
        <source>Deposit channel</source>
        <translation>预交方式</translation>
    </message>
    <message>
        <source>Ward drugs returned</source>
        <translation>病区退药</translation>
    </message>
    <message>
        <source>Interim</source>
        <translation>中途结算</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>出院结算</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>结算单号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总费用</translation>
    </message>
    <message>
        <source>Pooled fund (统筹)</source>
        <translation>统筹基金支付</translation>
    </message>
    <message>
        <source>Personal account (个账)</source>
        <translation>个人账户支付</translation>
    </message>
    <message>
        <source>Co-payment (自付)</source>
        <translation>个人自付</translation>
    </message>
    <message>
        <source>Self-paid (自费)</source>
        <translation>个人自费</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应付</translation>
    </message>
    <message>
        <source>Deposit set off</source>
        <translation>预交金冲抵</translation>
    </message>
    <message>
        <source>Paid back / to pay</source>
        <translation>退款（负数为补缴）</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
</context>
<context>
    <name>SittingCodeRow</name>
    <message>
        <source>Sitting code from the proctor</source>
        <translation>监考老师提供的考场码</translation>
    </message>
    <message>
        <source>Sitting code</source>
        <translation>考场码</translation>
    </message>
    <message>
        <source>Use code</source>
        <translation>使用考场码</translation>
    </message>
</context>
<context>
    <name>SittingsPage</name>
    <message>
        <source>Exam sittings</source>
        <translation>考场管理</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>HIS module</source>
        <translation>HIS 模块</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>考场</translation>
    </message>
    <message>
        <source>Staff numbers (comma-separated)</source>
        <translation>工号（逗号分隔）</translation>
    </message>
    <message>
        <source>Unlock the exam at this PC</source>
        <translation>在本机解锁考试</translation>
    </message>
    <message>
        <source>Schedule a sitting</source>
        <translation>安排考场</translation>
    </message>
    <message>
        <source>Signed in (签到)</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>Short answers to mark</source>
        <translation>待评分的简答题</translation>
    </message>
    <message>
        <source>Mark (0 to 1)</source>
        <translation>评分（0 到 1）</translation>
    </message>
    <message>
        <source>Save the mark</source>
        <translation>保存评分</translation>
    </message>
    <message>
        <source>Unlocked for {staff} at this PC: they can log in and start.</source>
        <translation>已在本机为 {staff} 解锁：其登录后即可开始。</translation>
    </message>
    <message>
        <source>Sitting scheduled. Its one-time code is {code} (shown once).</source>
        <translation>考场已安排。一次性考场码为 {code}（仅显示一次）。</translation>
    </message>
</context>
<context>
    <name>SkinTestTab</name>
    <message>
        <source>drug tested</source>
        <translation>皮试药品</translation>
    </message>
    <message>
        <source>skin tests of the patient</source>
        <translation>患者皮试记录</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>药品</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>SplitPanel</name>
    <message>
        <source>Total</source>
        <translation>总费用</translation>
    </message>
    <message>
        <source>Pooled fund (统筹)</source>
        <translation>统筹基金支付</translation>
    </message>
    <message>
        <source>Personal account (个账)</source>
        <translation>个人账户支付</translation>
    </message>
    <message>
        <source>Co-payment (自付)</source>
        <translation>个人自付</translation>
    </message>
    <message>
        <source>Self-paid (自费)</source>
        <translation>个人自费</translation>
    </message>
    <message>
        <source>Cash due (现金支付)</source>
        <translation>个人现金支付</translation>
    </message>
    <message>
        <source>insurance pre-settlement</source>
        <translation>医保预结算</translation>
    </message>
</context>
<context>
    <name>StaffAdminPage</name>
    <message>
        <source>filter staff</source>
        <translation>筛选人员</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员管理</translation>
    </message>
    <message>
        <source>Filter by staff number, name or department</source>
        <translation>按工号、姓名或科室筛选</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Import from HR file…</source>
        <translation>从人事文件导入…</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>共 %1 人</translation>
    </message>
    <message>
        <source>Re-enable</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Disable %1? They can no longer log in; their records are kept.</source>
        <translation>停用 %1？停用后无法登录，培训记录保留。</translation>
    </message>
    <message>
        <source>HR staff list</source>
        <translation>人事人员名单</translation>
    </message>
    <message>
        <source>Staff lists (*.xlsx *.csv)</source>
        <translation>人员名单 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Checking %1 …</source>
        <translation>正在检查 %1 …</translation>
    </message>
    <message>
        <source>The file could not be checked.</source>
        <translation>无法检查该文件。</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 changed.</source>
        <translation>已导入：新增 %1 人，变更 %2 人。</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>temporary password</source>
        <translation>临时密码</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Departments (separate with 、)</source>
        <translation>科室（用“、”分隔）</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>临时密码</translation>
    </message>
    <message>
        <source>New member of staff</source>
        <translation>新建人员</translation>
    </message>
    <message>
        <source>Edit member of staff</source>
        <translation>编辑人员</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>StationHost</name>
    <message>
        <source>Finish and grade</source>
        <extracomment>For a hint judged on the state, the command that usually makes it true. A practical exam's own time limit (its definition), instead of the scenario's.</extracomment>
        <translation>交卷评分</translation>
    </message>
    <message>
        <source>Finish the attempt and see the result</source>
        <translation>结束本次练习并查看成绩</translation>
    </message>
    <message>
        <source>attempt time</source>
        <translation>练习用时</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>操作引导</translation>
    </message>
    <message>
        <source>message from the HIS</source>
        <translation>系统提示</translation>
    </message>
    <message>
        <source>scenario brief</source>
        <translation>场景说明</translation>
    </message>
    <message>
        <source>Guided practice</source>
        <translation>引导练习</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>自主练习</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>考试</translation>
    </message>
    <message>
        <source>Demonstration</source>
        <translation>示范</translation>
    </message>
    <message>
        <source>Practical exam</source>
        <translation>操作考核</translation>
    </message>
    <message>
        <source>Hand in the practical exam</source>
        <translation>交卷</translation>
    </message>
    <message>
        <source>saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>The patient says: %1</source>
        <translation>患者自述：%1</translation>
    </message>
    <message>
        <source>no drug allergy</source>
        <translation>无药物过敏</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>All tasks done: finish to see your result.</source>
        <translation>任务已全部完成：请交卷查看成绩。</translation>
    </message>
    <message>
        <source>Task done: %1</source>
        <translation>任务完成：%1</translation>
    </message>
    <message>
        <source>Time left %1</source>
        <translation>剩余时间 %1</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Back to the scenario list (resume later)</source>
        <translation>返回场景列表（稍后继续）</translation>
    </message>
</context>
<context>
    <name>StockTab</name>
    <message>
        <source>Counted (packs) for the chosen batch:</source>
        <translation>所选批号实盘数量（盒）：</translation>
    </message>
    <message>
        <source>packs counted</source>
        <translation>实盘数量</translation>
    </message>
    <message>
        <source>stocktake result</source>
        <translation>盘点结果</translation>
    </message>
    <message>
        <source>Choose a batch in the list first</source>
        <translation>请先在列表中选择批号</translation>
    </message>
    <message>
        <source>Not counted yet</source>
        <translation>尚未盘点</translation>
    </message>
    <message>
        <source>Counted %1, book %2, difference %3</source>
        <translation>实盘 %1，账存 %2，差异 %3</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Standalone — no sync server</source>
        <extracomment>A sync run ended (successfully or not); :meth:`status` has the result. The indicator's text changed.</extracomment>
        <translation>单机模式 — 未连接同步服务器</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>待上传：%1</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>上次错误：%1</translation>
    </message>
    <message>
        <source>this PC's clock is wrong</source>
        <translation>本机时钟不准</translation>
    </message>
    <message>
        <source>sync status</source>
        <translation>同步状态</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
</context>
<context>
    <name>TenMatches</name>
    <message>
        <source>Four checks, ten matches</source>
        <translation>四查十对</translation>
    </message>
    <message>
        <source>Check the prescription:</source>
        <translation>查处方，对</translation>
    </message>
    <message>
        <source>Check the drug:</source>
        <translation>查药品，对</translation>
    </message>
    <message>
        <source>Check compatibility:</source>
        <translation>查配伍禁忌，对</translation>
    </message>
    <message>
        <source>Check rationality:</source>
        <translation>查用药合理性，对</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Drug name</source>
        <translation>药名</translation>
    </message>
    <message>
        <source>Dosage form</source>
        <translation>剂型</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>药品性状</translation>
    </message>
    <message>
        <source>Usage and dose</source>
        <translation>用法用量</translation>
    </message>
    <message>
        <source>Clinical diagnosis</source>
        <translation>临床诊断</translation>
    </message>
    <message>
        <source>match: %1</source>
        <translation>核对：%1</translation>
    </message>
</context>
<context>
    <name>TrainingRecords</name>
    <message>
        <source>Training records</source>
        <translation>培训考核记录</translation>
    </message>
    <message>
        <source>Issuer key passphrase to sign the records
(leave empty to print them unsigned, for information only):</source>
        <translation>用于签署记录的签发密钥口令
（留空则打印未签名的记录，仅供参考）：</translation>
    </message>
    <message>
        <source>unsigned, for information only</source>
        <translation>未签名，仅供参考</translation>
    </message>
</context>
<context>
    <name>UnitDoseTab</name>
    <message>
        <source>orders for unit-dose dispensing</source>
        <translation>待摆药医嘱</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>天数：</translation>
    </message>
    <message>
        <source>days of doses to prepare</source>
        <translation>摆药天数</translation>
    </message>
    <message>
        <source>Pharmacist review</source>
        <translation>药师审核</translation>
    </message>
    <message>
        <source>Units a day</source>
        <translation>每日数量</translation>
    </message>
    <message>
        <source>Batch chosen</source>
        <translation>已指定批号</translation>
    </message>
    <message>
        <source>In the drawer</source>
        <translation>已摆药</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a certificate</source>
        <translation>核验证书</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Verify a certificate</source>
        <translation>核验证书</translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <source>QR text or verification code</source>
        <translation>二维码内容或核验码</translation>
    </message>
    <message>
        <source>verification result</source>
        <translation>核验结果</translation>
    </message>
    <message>
        <source>Paste the text of the QR code of a certificate or a training record, type a certificate's verification code, or open the PDF.</source>
        <translation>粘贴证书或培训考核记录二维码的文本、输入证书验证码，或打开 PDF 文件。</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>核验</translation>
    </message>
    <message>
        <source>Open PDF…</source>
        <translation>打开 PDF…</translation>
    </message>
    <message>
        <source>Open certificate</source>
        <translation>打开证书</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>VitalsTab</name>
    <message>
        <source>T ℃</source>
        <translation>体温 ℃</translation>
    </message>
    <message>
        <source>P /min</source>
        <translation>脉搏 次/分</translation>
    </message>
    <message>
        <source>R /min</source>
        <translation>呼吸 次/分</translation>
    </message>
    <message>
        <source>BP sys</source>
        <translation>收缩压</translation>
    </message>
    <message>
        <source>BP dia</source>
        <translation>舒张压</translation>
    </message>
    <message>
        <source>SpO2 %</source>
        <translation>血氧 %</translation>
    </message>
    <message>
        <source>Pain 0-10</source>
        <translation>疼痛 0-10</translation>
    </message>
    <message>
        <source>axillary</source>
        <translation>腋温</translation>
    </message>
    <message>
        <source>oral</source>
        <translation>口温</translation>
    </message>
    <message>
        <source>rectal</source>
        <translation>肛温</translation>
    </message>
    <message>
        <source>temperature method</source>
        <translation>测温方式</translation>
    </message>
    <message>
        <source>vital-signs chart</source>
        <translation>体温单曲线</translation>
    </message>
</context>
<context>
    <name>WardDoctorScreen</name>
    <message>
        <source>Bed</source>
        <translation>床号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>过敏</translation>
    </message>
    <message>
        <source>Entrusted: %1</source>
        <translation>嘱托：%1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>医嘱号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>药品</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>剂量</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>用法</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>bed cards</source>
        <translation>床位卡</translation>
    </message>
    <message>
        <source>orders of the patient</source>
        <translation>患者医嘱</translation>
    </message>
    <message>
        <source>Drug (pinyin initials, e.g. AMXL)</source>
        <translation>药品（拼音首字母，如 AMXL）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Entrusted order:</source>
        <translation>嘱托：</translation>
    </message>
    <message>
        <source>e.g. fasting blood test tomorrow morning</source>
        <translation>如：明日晨空腹抽血</translation>
    </message>
    <message>
        <source>text of the entrusted order</source>
        <translation>嘱托内容</translation>
    </message>
    <message>
        <source>PRN (as needed)</source>
        <translation>备用（必要时）</translation>
    </message>
</context>
<context>
    <name>WardReturnsTab</name>
    <message>
        <source>returns sent by the wards</source>
        <translation>病区退药申请</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退药单号</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>床号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>药品</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No ward returns waiting.</source>
        <translation>暂无病区退药申请。</translation>
    </message>
</context>
<context>
    <name>WardReviewTab</name>
    <message>
        <source>ward orders to review</source>
        <translation>待审核病区医嘱</translation>
    </message>
    <message>
        <source>review alerts of the selected order</source>
        <translation>所选医嘱的审核提示</translation>
    </message>
    <message>
        <source>Reason for sending back:</source>
        <translation>退回理由：</translation>
    </message>
    <message>
        <source>reason for sending the order back</source>
        <translation>医嘱退回理由</translation>
    </message>
    <message>
        <source>pick a reason or type it</source>
        <translation>选择常用理由或直接输入</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>医嘱状态</translation>
    </message>
    <message>
        <source>Pharmacist review</source>
        <translation>药师审核</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>审方提示</translation>
    </message>
    <message>
        <source>Review checks: no alert.</source>
        <translation>审方检查：无提示。</translation>
    </message>
</context>
<context>
    <name>WindowIdentity</name>
    <message>
        <source>Identity check: what the patient states (two identifiers)</source>
        <translation>身份核对：患者自述（至少两种标识）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>就诊卡号</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>identity check state</source>
        <translation>身份核对状态</translation>
    </message>
    <message>
        <source>identity check at the window</source>
        <translation>窗口身份核对</translation>
    </message>
    <message>
        <source>✓ identity checked</source>
        <translation>✓ 身份已核对</translation>
    </message>
    <message>
        <source>identity not checked yet</source>
        <translation>尚未核对身份</translation>
    </message>
</context>
<context>
    <name>WrongAnswersPage</name>
    <message>
        <source>Wrong-answer notebook</source>
        <translation>错题本</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Knowledge point</source>
        <translation>知识点</translation>
    </message>
    <message>
        <source>Times wrong</source>
        <translation>错误次数</translation>
    </message>
    <message>
        <source>Right in a row</source>
        <translation>连续答对</translation>
    </message>
    <message>
        <source>Questions to practise again</source>
        <translation>需要再练的题目</translation>
    </message>
    <message>
        <source>Practise these (Enter)</source>
        <translation>练习这些题（Enter）</translation>
    </message>
    <message>
        <source>Back to the notebook</source>
        <translation>返回错题本</translation>
    </message>
    <message>
        <source>{count} question(s) to get right twice in a row.</source>
        <translation>有 {count} 道题需要连续答对两次。</translation>
    </message>
    <message>
        <source>Nothing to practise again: every question you missed has been answered right twice in a row.</source>
        <translation>没有需要再练的题：做错的题都已连续答对两次。</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Login</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>User switched</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <source>Roster or password change</source>
        <translation>人员或密码变更</translation>
    </message>
</context>
<context>
    <name>cashier</name>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Finance office</source>
        <translation>财务科</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>药房</translation>
    </message>
    <message>
        <source>Ward nurse</source>
        <translation>病区护士</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>医生</translation>
    </message>
    <message>
        <source>Ward %1</source>
        <translation>%1病区</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Pre-settled, not paid</source>
        <translation>已预结算，未收费</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>已收费</translation>
    </message>
    <message>
        <source>Reversed (冲红)</source>
        <translation>已冲红</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>候诊</translation>
    </message>
    <message>
        <source>In consultation</source>
        <translation>就诊中</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>已就诊</translation>
    </message>
    <message>
        <source>Cancelled (退号)</source>
        <translation>已退号</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>HIS Trainer</source>
        <translation>HIS 培训系统</translation>
    </message>
    <message>
        <source>HIS Trainer — unexpected error</source>
        <translation>HIS 培训系统 — 意外错误</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved work is kept.
Please send this report to IT. The log is at:
%1</source>
        <translation>程序出现错误。已保存的内容不会丢失。
请将此报告发给信息科。日志位置：
%1</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Home</source>
        <extracomment>Navigation order. ``login`` is shown before anyone is logged in, outside the shell.</extracomment>
        <translation>首页</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>课程目录</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>课程阅读</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Exams</source>
        <translation>考试</translation>
    </message>
    <message>
        <source>Practical exam</source>
        <translation>操作考核</translation>
    </message>
    <message>
        <source>Wrong answers</source>
        <translation>错题本</translation>
    </message>
    <message>
        <source>Exam sittings</source>
        <translation>考场管理</translation>
    </message>
    <message>
        <source>Paper preview</source>
        <translation>试卷预览</translation>
    </message>
    <message>
        <source>Question banks</source>
        <translation>题库浏览</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员管理</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Outpatient doctor station</source>
        <translation>门诊医生站</translation>
    </message>
    <message>
        <source>Nurse station</source>
        <translation>护士站</translation>
    </message>
    <message>
        <source>Registration and cashier station</source>
        <translation>挂号收费</translation>
    </message>
    <message>
        <source>Pharmacy station</source>
        <translation>药房</translation>
    </message>
    <message>
        <source>Patient journeys</source>
        <translation>患者旅程</translation>
    </message>
    <message>
        <source>Practice results</source>
        <translation>练习成绩</translation>
    </message>
    <message>
        <source>My practical exams</source>
        <translation>我的操作考核</translation>
    </message>
    <message>
        <source>Practical exam review</source>
        <translation>操作考核评审</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书管理</translation>
    </message>
    <message>
        <source>My department</source>
        <translation>本科室</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>核验</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>pharmacy</name>
    <message>
        <source>Not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Returned to prescriber</source>
        <translation>已退回医生</translation>
    </message>
    <message>
        <source>Dispensed</source>
        <translation>已发药</translation>
    </message>
    <message>
        <source>Drugs returned</source>
        <translation>已退药</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Allergy: the patient is allergic to this drug's class</source>
        <extracomment>常用退方理由: the reasons the HIS offers; the pharmacist picks one and adds the detail.</extracomment>
        <translation>过敏禁忌：患者对该类药物过敏</translation>
    </message>
    <message>
        <source>Duplicate therapy: two drugs of the same class</source>
        <translation>重复用药：同类药物两种</translation>
    </message>
    <message>
        <source>Wrong prescription form: a psychotropic drug needs its special prescription</source>
        <translation>处方类型不符：第二类精神药品须使用精二专用处方</translation>
    </message>
    <message>
        <source>Drug interaction with the patient's other drugs</source>
        <translation>与患者在用药物存在相互作用</translation>
    </message>
    <message>
        <source>Dose over the maximum daily dose</source>
        <translation>剂量超过每日最大剂量</translation>
    </message>
    <message>
        <source>Route not suitable for this drug</source>
        <translation>给药途径不适宜</translation>
    </message>
    <message>
        <source>Ordinary (white)</source>
        <translation>普通处方（白色）</translation>
    </message>
    <message>
        <source>Emergency (light yellow)</source>
        <translation>急诊处方（淡黄色）</translation>
    </message>
    <message>
        <source>Paediatric (light green)</source>
        <translation>儿科处方（淡绿色）</translation>
    </message>
    <message>
        <source>Psychotropic II (white, marked)</source>
        <translation>第二类精神药品处方（白色，右上角标注“精二”）</translation>
    </message>
    <message>
        <source>Psychotropic I (light red)</source>
        <translation>第一类精神药品处方（淡红色）</translation>
    </message>
    <message>
        <source>Narcotic (light red)</source>
        <translation>麻醉药品处方（淡红色）</translation>
    </message>
    <message>
        <source>Psych. II</source>
        <translation>精二</translation>
    </message>
    <message>
        <source>Psych. I</source>
        <translation>精一</translation>
    </message>
    <message>
        <source>Narcotic</source>
        <translation>麻醉</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>药品</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>剂量</translation>
    </message>
    <message>
        <source>When and how to take it</source>
        <translation>服用时间与方法</translation>
    </message>
    <message>
        <source>Main adverse effects</source>
        <translation>主要不良反应</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>贮存</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>用药对象</translation>
    </message>
    <message>
        <source>Special warning (controlled / high-alert)</source>
        <translation>特殊警示（麻精/高警示药品）</translation>
    </message>
    <message>
        <source>Controlled drug: for this patient only, never give it to others; keep it locked away; bring back what is left and the empty packs</source>
        <translation>麻醉/精神药品：仅限患者本人使用，不得转给他人；妥善锁存；剩余药品及空包装交回药房</translation>
    </message>
    <message>
        <source>High-alert drug: take exactly the dose prescribed; come back at once if you feel unwell</source>
        <translation>高警示药品：严格按处方剂量使用；如有不适立即就诊</translation>
    </message>
    <message>
        <source>Storage: keep in a cool, dry place out of the reach of children</source>
        <translation>贮存：置阴凉干燥处，儿童不可触及</translation>
    </message>
    <message>
        <source>For: %1 only</source>
        <translation>用药对象：仅限 %1 本人</translation>
    </message>
    <message>
        <source>for %1 days</source>
        <translation>共 %1 天</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>用法</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>数量(盒)</translation>
    </message>
    <message>
        <source>Controlled</source>
        <translation>特殊管理</translation>
    </message>
    <message>
        <source>A once-only frequency on a long-term order</source>
        <extracomment>The order's safety facts in the words of the review system (the refusal words where the HIS has them).</extracomment>
        <translation>临时（一次性）频次开成了长期医嘱</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>医嘱号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>self.banner</name>
    <message>
        <source>F</source>
        <translation>女</translation>
    </message>
    <message>
        <source>M</source>
        <translation>男</translation>
    </message>
</context>
<context>
    <name>stations</name>
    <message>
        <source>Penicillins</source>
        <translation>青霉素类</translation>
    </message>
    <message>
        <source>Cephalosporins</source>
        <translation>头孢菌素类</translation>
    </message>
    <message>
        <source>Beta-lactams</source>
        <translation>β-内酰胺类</translation>
    </message>
    <message>
        <source>Sulfonamides</source>
        <translation>磺胺类</translation>
    </message>
    <message>
        <source>NSAIDs</source>
        <translation>非甾体抗炎药</translation>
    </message>
    <message>
        <source>Salicylates</source>
        <translation>水杨酸类</translation>
    </message>
    <message>
        <source>Macrolides</source>
        <translation>大环内酯类</translation>
    </message>
    <message>
        <source>Quinolones</source>
        <translation>喹诺酮类</translation>
    </message>
    <message>
        <source>Nitroimidazoles</source>
        <translation>硝基咪唑类</translation>
    </message>
    <message>
        <source>Long-term</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>临时</translation>
    </message>
    <message>
        <source>Long-term PRN</source>
        <translation>长期备用</translation>
    </message>
    <message>
        <source>Once PRN</source>
        <translation>临时备用</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新开</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>暂停执行</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>未提交</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Dispensed</source>
        <translation>已发药</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>已开皮试</translation>
    </message>
    <message>
        <source>Positive (+)</source>
        <translation>阳性(+)</translation>
    </message>
    <message>
        <source>General clinic</source>
        <translation>普通号</translation>
    </message>
    <message>
        <source>Associate chief</source>
        <translation>副主任号</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>专家号</translation>
    </message>
    <message>
        <source>Expert clinic</source>
        <translation>知名专家号</translation>
    </message>
    <message>
        <source>Emergency clinic</source>
        <translation>急诊号</translation>
    </message>
    <message>
        <source>Negative (-)</source>
        <translation>阴性(-)</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>Doctor</source>
        <translation>医生</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>护士</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>药师</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收费员</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <source>Department head</source>
        <translation>科室负责人</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>人事</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Outpatient doctor station</source>
        <translation>门诊医生站</translation>
    </message>
    <message>
        <source>Inpatient doctor station</source>
        <translation>住院医生站</translation>
    </message>
    <message>
        <source>Nurse station</source>
        <translation>护士站</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>药房</translation>
    </message>
    <message>
        <source>Registration and cashier</source>
        <translation>挂号收费</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
</TS>