<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ActivityTab</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="28" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="44" />
            <source>Follow-up</source>
            <translation>跟进</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="44" />
            <source>Follow-up (done)</source>
            <translation>跟进（已完成）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="48" />
            <source>Objection</source>
            <translation>异议</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="32" />
            <source>Select an entry to read it in full</source>
            <translation>选择一条记录以查看全文</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="46" />
            <source>Stage</source>
            <translation>阶段变更</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="28" />
            <source>What</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="28" />
            <source>When</source>
            <translation>时间</translation>
        </message>
    </context>
    <context>
        <name>BackupController</name>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="131" />
            <source>A backup is already running…</source>
            <translation>已有备份正在进行…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="91" />
            <source>Back up &amp;now</source>
            <translation>立即备份(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="190" />
            <source>Backed up to {path}</source>
            <translation>已备份到 {path}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="194" />
            <source>Backed up, but not to the second folder {folder}</source>
            <translation>已备份，但未能复制到第二文件夹 {folder}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="145" />
            <source>Backing up…</source>
            <translation>正在备份…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="206" />
            <source>Backup failed</source>
            <translation>备份失败</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="236" />
            <source>Backups are no longer copied to a second folder.</source>
            <translation>备份将不再复制到第二文件夹。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="95" />
            <source>Restore from a bac&amp;kup…</source>
            <translation>从备份恢复(&amp;K)…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="102" />
            <source>Second backup &amp;folder…</source>
            <translation>第二备份文件夹(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="198" />
            <source>Second backup folder failed: {folder}</source>
            <translation>第二备份文件夹出错：{folder}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="208" />
            <source>The backup failed</source>
            <translation>备份失败</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="205" />
            <source>The backup failed.</source>
            <translation>备份失败。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="115" />
            <source>The backup when SalesDesk last closed failed.</source>
            <translation>SalesDesk 上次关闭时的备份失败了。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="232" />
            <source>The setting was not saved</source>
            <translation>设置未保存</translation>
        </message>
    </context>
    <context>
        <name>BoardView</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/board/view.py" line="258" />
            <source>%Ln deals moved on with exit criteria unmet.</source>
            <translation>
                <numerusform>%Ln 个商机已推进，但推进标准尚未满足。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/board/view.py" line="328" />
            <source>Delete %Ln deal(s)</source>
            <translation>
                <numerusform>删除 %Ln 个商机</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="61" />
            <source>Lost</source>
            <translation>丢单</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/board/view.py" line="296" />
            <source>Move %Ln deal(s) to {stage}</source>
            <translation>
                <numerusform>将 %Ln 个商机移到{stage}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="338" />
            <location filename="../../salesdesk/ui/board/view.py" line="357" />
            <source>New deal</source>
            <translation>新建商机</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="325" />
            <source>The deal was not deleted</source>
            <translation>商机未删除</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="222" />
            <location filename="../../salesdesk/ui/board/view.py" line="242" />
            <source>The deal was not moved</source>
            <translation>商机未移动</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="355" />
            <source>The deal was not saved</source>
            <translation>商机未保存</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="243" />
            <source>These exit criteria are not met yet:
{list}

Tick them in the deal's checklist first, or change the rule in Deal &gt; Unmet exit criteria.</source>
            <translation>以下推进标准尚未满足：
{list}

请先在商机的检查清单中勾选它们，或在“商机 &gt; 推进标准未满足时”中更改规则。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="60" />
            <source>Won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="254" />
            <source>“{title}” moved on with exit criteria unmet: {list}</source>
            <translation>“{title}”已推进，但以下推进标准尚未满足：{list}</translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <location filename="../../salesdesk/ui/board/delegate.py" line="109" />
            <source>overdue {date}</source>
            <translation>已逾期 {date}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/delegate.py" line="116" />
            <source>today {time}</source>
            <translation>今天 {time}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/delegate.py" line="96" />
            <source>{days} d in stage</source>
            <translation>本阶段 {days} 天</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/delegate.py" line="98" />
            <source>{days} d, idle {idle} d</source>
            <translation>{days} 天，{idle} 天无活动</translation>
        </message>
    </context>
    <context>
        <name>ChartCard</name>
        <message>
            <location filename="../../salesdesk/ui/insights/cards.py" line="66" />
            <source>Nothing to show for this period.</source>
            <translation>此时间段内没有可显示的数据。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/cards.py" line="77" />
            <source>{title}: figures</source>
            <translation>{title}：数据</translation>
        </message>
    </context>
    <context>
        <name>ChecklistTab</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="184" />
            <source>Answer</source>
            <translation>回答</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="256" />
            <source>Edit answer</source>
            <translation>编辑回答</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="159" />
            <source>Evidence-based probability: {evidence} ({met} of {total} exit criteria met; stage default {stage})</source>
            <translation>基于事实的赢单概率：{evidence}（已满足 {met}/{total} 项推进标准；阶段默认值 {stage}）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="190" />
            <source>Exit criteria</source>
            <translation>推进标准</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="180" />
            <source>Questions to ask</source>
            <translation>要问的问题</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="153" />
            <source>This deal is closed; its checklists are kept below.</source>
            <translation>此商机已结束，其检查清单保留在下方。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="155" />
            <source>This stage has no exit criteria.</source>
            <translation>此阶段没有推进标准。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="275" />
            <source>Tick exit criterion</source>
            <translation>勾选推进标准</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="275" />
            <source>Untick exit criterion</source>
            <translation>取消勾选推进标准</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="209" />
            <source>{stage} · {evidence}</source>
            <translation>{stage} · {evidence}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="194" />
            <source>{text} ({weight})</source>
            <translation>{text}（{weight}）</translation>
        </message>
    </context>
    <context>
        <name>ColumnWidget</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/board/column.py" line="202" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln 个商机</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/column.py" line="223" />
            <source>Total: {total}
Weighted by win probability: {weighted}</source>
            <translation>合计：{total}
按赢单概率加权：{weighted}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/board/column.py" line="200" />
            <source>{shown} of %Ln deal(s)</source>
            <translation>
                <numerusform>{shown}/%Ln 个商机</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/column.py" line="207" />
            <source>{total}
weighted {weighted}</source>
            <translation>{total}
加权 {weighted}</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="130" />
            <source>&amp;Email:</source>
            <translation>邮箱(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="126" />
            <source>&amp;Name:</source>
            <translation>姓名(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="127" />
            <source>&amp;Organization:</source>
            <translation>公司(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="129" />
            <source>&amp;Phone:</source>
            <translation>电话(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="128" />
            <source>&amp;Role:</source>
            <translation>职务(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="168" />
            <source>Save it anyway, as a second person of that name?</source>
            <translation>仍要保存为另一位同名联系人吗？</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="137" />
            <source>as you would dial it, e.g. +358 40 123 4567</source>
            <translation>按拨号格式填写，例如 +86 138 1234 5678</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="139" />
            <source>name@example.com</source>
            <translation>name@example.com</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="140" />
            <source>none</source>
            <translation>无</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="80" />
            <source>&amp;Copy details</source>
            <translation>复制详细信息(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="99" />
            <source>&amp;Keep working</source>
            <translation>继续工作(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="95" />
            <source>&amp;Quit SalesDesk</source>
            <translation>退出 SalesDesk(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="107" />
            <source>Copied</source>
            <translation>已复制</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="84" />
            <source>Open &amp;log folder</source>
            <translation>打开日志文件夹(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="50" />
            <source>SalesDesk: unexpected error</source>
            <translation>SalesDesk：意外错误</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="64" />
            <source>Something went wrong inside SalesDesk. A change that was being saved when it happened is either saved whole or not at all, never halfway: check that your last change is there before doing it again.

You can keep working. If it happens again, please send us the details.</source>
            <translation>SalesDesk 内部出现了问题。出错时正在保存的更改要么已完整保存，要么完全没有保存，绝不会只保存一半：重做之前，请先检查您最后的更改是否还在。

您可以继续工作。如果问题再次出现，请把详细信息发送给我们。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="59" />
            <source>Something went wrong while SalesDesk was starting, and it has to close. Your data was not changed.

Please send us the details.</source>
            <translation>SalesDesk 启动时出现问题，必须关闭。您的数据没有被更改。

请把详细信息发送给我们。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="57" />
            <source>The details could not be saved to a file; copy them from below.</source>
            <translation>无法将详细信息保存到文件，请从下方复制。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="55" />
            <source>The details were saved to {path}.</source>
            <translation>详细信息已保存到 {path}。</translation>
        </message>
    </context>
    <context>
        <name>DealDialog</name>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="111" />
            <source>&amp;Organization:</source>
            <translation>公司(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="110" />
            <source>&amp;Title:</source>
            <translation>标题(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="112" />
            <source>&amp;Value:</source>
            <translation>金额(&amp;V)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="113" />
            <source>C&amp;urrency:</source>
            <translation>货币(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="98" />
            <source>Expected close:</source>
            <translation>预计成交日期：</translation>
        </message>
    </context>
    <context>
        <name>DealWorkspace</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="66" />
            <source>&amp;Activity</source>
            <translation>活动(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="64" />
            <source>&amp;Checklist</source>
            <translation>检查清单(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="52" />
            <source>&amp;Log a call or meeting…</source>
            <translation>记录通话或会议(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="63" />
            <source>&amp;Overview</source>
            <translation>概览(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="53" />
            <source>Ctrl+L</source>
            <translation>Ctrl+L</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="125" />
            <source>Lost</source>
            <translation>丢单</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="65" />
            <source>O&amp;bjections</source>
            <translation>异议(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="77" />
            <source>Open a deal (Enter or double-click a card) to see it here.</source>
            <translation>打开一个商机（按 Enter 或双击卡片）即可在此查看。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="118" />
            <source>This deal was deleted. Ctrl+Z brings it back.</source>
            <translation>此商机已删除。按 Ctrl+Z 可恢复。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="125" />
            <source>Won</source>
            <translation>赢单</translation>
        </message>
    </context>
    <context>
        <name>DealsTableView</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="185" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln 个商机</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="440" />
            <source>%Ln deal(s) written to {path}</source>
            <translation>
                <numerusform>已将 %Ln 个商机写入 {path}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="300" />
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="295" />
            <source>&amp;Expected close…</source>
            <translation>预计成交日期(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="288" />
            <source>&amp;Open deal</source>
            <translation>打开商机(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="296" />
            <source>&amp;Reopen</source>
            <translation>重新打开(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="95" />
            <source>&amp;Selection</source>
            <translation>所选商机(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="80" />
            <source>All deals</source>
            <translation>全部商机</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="103" />
            <source>C&amp;olumns</source>
            <translation>列(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="401" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="376" />
            <source>Change %Ln deals?</source>
            <translation>
                <numerusform>要更改 %Ln 个商机吗？</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="340" />
            <source>Change expected close of %Ln deal(s)</source>
            <translation>
                <numerusform>更改 %Ln 个商机的预计成交日期</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="298" />
            <source>E&amp;xport to CSV…</source>
            <translation>导出为 CSV(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="399" />
            <source>Export the selected deals</source>
            <translation>导出所选商机</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="83" />
            <source>Lost</source>
            <translation>丢单</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="289" />
            <source>Move to &amp;stage</source>
            <translation>移到阶段(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="81" />
            <source>Open</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="181" />
            <source>Reading…</source>
            <translation>正在读取…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="358" />
            <source>Reopen %Ln deal(s)</source>
            <translation>
                <numerusform>重新打开 %Ln 个商机</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="356" />
            <source>The deal was not reopened</source>
            <translation>商机未重新打开</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="194" />
            <source>The deals could not be read: {error}</source>
            <translation>无法读取商机：{error}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="336" />
            <source>The deals were not changed</source>
            <translation>商机未更改</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="426" />
            <location filename="../../salesdesk/ui/table/view.py" line="433" />
            <source>The deals were not exported</source>
            <translation>商机未导出</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="377" />
            <source>This changes {count} deals at once and may take a minute or more; the window waits until it is done. It can be undone with Ctrl+Z.</source>
            <translation>此操作将一次性更改 {count} 个商机，可能需要一分钟或更久；完成之前窗口将暂停响应。可以按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="82" />
            <source>Won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="84" />
            <source>Won and lost</source>
            <translation>赢单和丢单</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="427" />
            <source>{path} could not be written: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="187" />
            <source>{shown} of %Ln deal(s)</source>
            <translation>
                <numerusform>{shown}/%Ln 个商机</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExpectedCloseDialog</name>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="183" />
            <source>&amp;No expected close date</source>
            <translation>无预计成交日期(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="177" />
            <source>Expected close</source>
            <translation>预计成交日期</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/dialogs.py" line="190" />
            <source>Expected close for %Ln deal(s):</source>
            <translation>
                <numerusform>%Ln 个商机的预计成交日期：</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/exports.py" line="182" />
            <source>%Ln deal(s) and everything else exported to {path}</source>
            <translation>
                <numerusform>已将 %Ln 个商机及其他全部数据导出到 {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/exports.py" line="184" />
            <source>%Ln deal(s) exported as CSV files to {path}</source>
            <translation>
                <numerusform>已将 %Ln 个商机以 CSV 文件导出到 {path}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="140" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="101" />
            <source>Choose where to put the CSV folder</source>
            <translation>选择 CSV 文件夹的存放位置</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="58" />
            <source>E&amp;xport data…</source>
            <translation>导出数据(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="195" />
            <source>Export cancelled; nothing was written.</source>
            <translation>导出已取消，未写入任何内容。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="89" />
            <location filename="../../salesdesk/ui/exports.py" line="142" />
            <source>Export data</source>
            <translation>导出数据</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="140" />
            <source>Exporting to {path}…</source>
            <translation>正在导出到 {path}…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="91" />
            <source>SalesDesk data (*.json)</source>
            <translation>SalesDesk 数据 (*.json)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="206" />
            <source>The data was not exported</source>
            <translation>数据未导出</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="201" />
            <source>{path} could not be written: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../salesdesk/ui/export_dialog.py" line="29" />
            <source>&amp;CSV files for a spreadsheet (a folder)</source>
            <translation>供电子表格使用的 CSV 文件（一个文件夹）(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/export_dialog.py" line="38" />
            <source>&amp;Deals of:</source>
            <translation>商机所属销售管道(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/export_dialog.py" line="45" />
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/export_dialog.py" line="27" />
            <source>&amp;One JSON file: everything, to import again or keep</source>
            <translation>单个 JSON 文件：包含全部数据，可重新导入或存档(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/export_dialog.py" line="35" />
            <source>All pipelines</source>
            <translation>全部销售管道</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/export_dialog.py" line="25" />
            <source>Export data</source>
            <translation>导出数据</translation>
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message>
            <location filename="../../salesdesk/ui/imports/controller.py" line="28" />
            <source>&amp;Import deals…</source>
            <translation>导入商机(&amp;I)…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/imports/controller.py" line="48" />
            <source>Imported %Ln deal(s).</source>
            <translation>
                <numerusform>已导入 %Ln 个商机。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="281" />
            <source>&amp;Amounts:</source>
            <translation>金额格式(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="164" />
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="537" />
            <source>&amp;Cancel the import</source>
            <translation>取消导入(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="280" />
            <source>&amp;Dates:</source>
            <translation>日期格式(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="170" />
            <source>&amp;File:</source>
            <translation>文件(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="458" />
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="416" />
            <source>(no stage)</source>
            <translation>（无阶段）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="269" />
            <source>1,234.56</source>
            <translation>1,234.56</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="270" />
            <source>1.234,56</source>
            <translation>1.234,56</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="156" />
            <source>A CSV export from Pipedrive, HubSpot or Salesforce, or any CSV with one deal per row. Nothing changes until the last step.</source>
            <translation>从 Pipedrive、HubSpot 或 Salesforce 导出的 CSV 文件，或任何每行一个商机的 CSV 文件。在最后一步之前不会做任何更改。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="223" />
            <source>Account id (looked up in Account.csv)</source>
            <translation>公司 ID（在 Account.csv 中查找）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="182" />
            <source>CSV files (*.csv *.txt);;SalesDesk exports (*.json);;All files (*)</source>
            <translation>CSV 文件 (*.csv *.txt);;SalesDesk 导出文件 (*.json);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="611" />
            <source>Cancelling… nothing will be imported.</source>
            <translation>正在取消…不会导入任何内容。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="243" />
            <source>Check the columns</source>
            <translation>检查各列</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="406" />
            <source>Choose a stage…</source>
            <translation>选择阶段…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="361" />
            <source>Choose the column that holds the deal's title (or its organization).</source>
            <translation>请选择包含商机标题（或其所属公司）的列。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="154" />
            <source>Choose the file</source>
            <translation>选择文件</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="230" />
            <source>Closed (yes/no)</source>
            <translation>已结束（是/否）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="232" />
            <source>Closed on</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="224" />
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="233" />
            <source>Created on</source>
            <translation>创建日期</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="226" />
            <source>Currency</source>
            <translation>货币</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="282" />
            <source>Currency when the file has &amp;none:</source>
            <translation>文件未注明货币时使用(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="262" />
            <source>Day first (31.12.2024)</source>
            <translation>日在前（31.12.2024）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="261" />
            <location filename="../../salesdesk/ui/imports/wizard.py" line="268" />
            <source>Decide from the file</source>
            <translation>根据文件判断</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="234" />
            <source>Entered the stage on</source>
            <translation>进入阶段日期</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="430" />
            <source>Every stage in the file matches a stage of your pipeline.</source>
            <translation>文件中的每个阶段都与您销售管道中的阶段相对应。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="231" />
            <source>Expected close date</source>
            <translation>预计成交日期</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="279" />
            <source>F&amp;ormat:</source>
            <translation>格式(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="92" />
            <location filename="../../salesdesk/ui/imports/wizard.py" line="141" />
            <location filename="../../salesdesk/ui/imports/wizard.py" line="180" />
            <location filename="../../salesdesk/ui/imports/wizard.py" line="360" />
            <source>Import deals</source>
            <translation>导入商机</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="625" />
            <source>Imported {deals} deals, {orgs} organizations, {contacts} contacts and {activities} activities; {skipped} deals were imported before.</source>
            <translation>已导入 {deals} 个商机、{orgs} 家公司、{contacts} 位联系人和 {activities} 条活动；另有 {skipped} 个商机此前已导入，已跳过。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="644" />
            <source>Imported {n} deals ({won} won, {lost} lost) and {orgs} new organizations.</source>
            <translation>已导入 {n} 个商机（{won} 个赢单，{lost} 个丢单）和 {orgs} 家新公司。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="534" />
            <source>Importing</source>
            <translation>正在导入</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="578" />
            <source>Importing the SalesDesk export…</source>
            <translation>正在导入 SalesDesk 导出文件…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="235" />
            <source>Lost reason</source>
            <translation>丢单原因</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="379" />
            <source>Map the stages</source>
            <translation>对应阶段</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="263" />
            <source>Month first (12/31/2024)</source>
            <translation>月在前（12/31/2024）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="658" />
            <source>Nothing was imported.</source>
            <translation>未导入任何内容。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="222" />
            <source>Organization</source>
            <translation>公司</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="246" />
            <source>Other CSV</source>
            <translation>其他 CSV</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="162" />
            <source>Path of a .csv file</source>
            <translation>.csv 文件的路径</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="219" />
            <source>Record id (skips rows imported before)</source>
            <translation>记录 ID（跳过此前已导入的行）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="456" />
            <source>Review</source>
            <translation>确认</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="409" />
            <source>Skip these rows</source>
            <translation>跳过这些行</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="140" />
            <source>Something went wrong: {reason}</source>
            <translation>出现问题：{reason}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="227" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="228" />
            <source>Status (open, won, lost)</source>
            <translation>状态（进行中、赢单、丢单）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="656" />
            <source>The import was cancelled; nothing was imported.</source>
            <translation>导入已取消，未导入任何内容。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="424" />
            <source>These stages of the file are not in your pipeline. Choose where their deals go; SalesDesk remembers it for the next import from {source}.</source>
            <translation>文件中的这些阶段不在您的销售管道中。请选择它们的商机归入哪个阶段；下次从 {source} 导入时，SalesDesk 会沿用您的选择。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="220" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="221" />
            <source>Title, second part</source>
            <translation>标题（第二部分）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="225" />
            <source>Value</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="229" />
            <source>Won (yes/no)</source>
            <translation>赢单（是/否）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="562" />
            <source>Writing {n} deals…</source>
            <translation>正在写入 {n} 个商机…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="308" />
            <source>commas</source>
            <translation>逗号</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="72" />
            <source>line {line}: {reason}</source>
            <translation>第 {line} 行：{reason}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="308" />
            <source>semicolons</source>
            <translation>分号</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="308" />
            <source>tabs</source>
            <translation>制表符</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="502" />
            <source>{file} is a SalesDesk export of {when}: {deals} deals, {orgs} organizations, {contacts} contacts, {activities} activities. Deals imported from it before are skipped; pipelines, stages and organizations it shares with this database are matched by name.</source>
            <translation>{file} 是 {when} 的 SalesDesk 导出文件：{deals} 个商机、{orgs} 家公司、{contacts} 位联系人、{activities} 条活动。此前已从中导入的商机会被跳过；与本数据库同名的销售管道、阶段和公司将按名称对应。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="302" />
            <source>{file}: {rows} rows, {encoding}, separated by {delimiter}. Recognised as: {fmt}.</source>
            <translation>{file}：{rows} 行，{encoding} 编码，以{delimiter}分隔。识别为：{fmt}。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="415" />
            <source>{name} ({rows} rows)</source>
            <translation>{name}（{rows} 行）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="471" />
            <source>{n} deals will be added: {open} open, {won} won, {lost} lost.</source>
            <translation>将添加 {n} 个商机：{open} 个进行中，{won} 个赢单，{lost} 个丢单。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="477" />
            <source>{n} new organizations.</source>
            <translation>{n} 家新公司。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="484" />
            <source>{n} rows are skipped as you chose.</source>
            <translation>按您的选择跳过 {n} 行。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="488" />
            <source>{n} rows cannot be imported and are listed below; the others will be.</source>
            <translation>有 {n} 行无法导入，已列在下方；其余行将正常导入。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="481" />
            <source>{n} rows were imported before and are skipped.</source>
            <translation>{n} 行此前已导入，将被跳过。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="316" />
            <source>— not in the file —</source>
            <translation>— 文件中没有 —</translation>
        </message>
    </context>
    <context>
        <name>InsightsView</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/insights/view.py" line="378" />
            <source>%Ln chart(s) saved in {folder}</source>
            <translation>
                <numerusform>已将 %Ln 张图表保存到 {folder}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/insights/view.py" line="396" />
            <source>%Ln figure(s) saved to {path}</source>
            <translation>
                <numerusform>已将 %Ln 项数据保存到 {path}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="74" />
            <source>&amp;Export</source>
            <translation>导出(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="103" />
            <source>Average sales cycle</source>
            <translation>平均销售周期</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="102" />
            <source>Average won value</source>
            <translation>平均赢单金额</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="386" />
            <source>CSV file (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="352" />
            <source>Chart saved to {path}</source>
            <translation>图表已保存到 {path}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="77" />
            <source>Charts as &amp;PNG…</source>
            <translation>图表导出为 PNG(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="90" />
            <source>Currency:</source>
            <translation>货币：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="78" />
            <source>Figures as &amp;CSV…</source>
            <translation>数据导出为 CSV(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="123" />
            <source>Flows per stage in the period</source>
            <translation>本期各阶段的商机流动</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="69" />
            <source>Forecast currency</source>
            <translation>预测货币</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="121" />
            <source>Funnel: deals reaching each stage</source>
            <translation>漏斗：到达各阶段的商机</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="126" />
            <source>Lost reasons</source>
            <translation>丢单原因</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="71" />
            <source>Monthly &amp;target…</source>
            <translation>月度目标(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="125" />
            <source>Objections raised</source>
            <translation>客户提出的异议</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="342" />
            <source>PNG image (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="65" />
            <source>Pipeline</source>
            <translation>销售管道</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="104" />
            <source>Pipeline velocity</source>
            <translation>销售管道速度</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="86" />
            <source>Pipeline:</source>
            <translation>销售管道：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="206" />
            <source>Reading…</source>
            <translation>正在读取…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="342" />
            <source>Save chart as PNG</source>
            <translation>将图表保存为 PNG</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="359" />
            <source>Save the charts in a folder</source>
            <translation>将图表保存到文件夹</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="386" />
            <source>Save the figures as CSV</source>
            <translation>将数据保存为 CSV</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="349" />
            <source>The chart was not saved</source>
            <translation>图表未保存</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="372" />
            <source>The charts were not saved</source>
            <translation>图表未保存</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="221" />
            <source>The figures could not be read: {reason}</source>
            <translation>无法读取数据：{reason}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="393" />
            <source>The figures were not saved</source>
            <translation>数据未保存</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="228" />
            <source>There is no pipeline yet.</source>
            <translation>还没有销售管道。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="339" />
            <source>This chart has nothing to show yet.</source>
            <translation>此图表暂无可显示的内容。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="122" />
            <source>Time in stage (days)</source>
            <translation>阶段停留时间（天）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="124" />
            <source>Weighted forecast by expected close month</source>
            <translation>按预计成交月份的加权预测</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="100" />
            <source>Win rate</source>
            <translation>赢单率</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="101" />
            <source>Won / lost</source>
            <translation>赢单 / 丢单</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="275" />
            <source>{amount} a day</source>
            <translation>每天 {amount}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="258" />
            <source>{first} – {last}</source>
            <translation>{first} 至 {last}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="326" />
            <source>{path} could not be written: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
    </context>
    <context>
        <name>LibraryDialog</name>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="191" />
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="189" />
            <source>&amp;New</source>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="198" />
            <source>&amp;Objection:</source>
            <translation>异议(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="190" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="197" />
            <source>C&amp;ategory:</source>
            <translation>类别(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="180" />
            <source>Choose or type a category</source>
            <translation>选择或输入类别</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="192" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="325" />
            <source>Delete objection</source>
            <translation>删除异议</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="321" />
            <source>Delete “{text}” from the library?

Deals where it was raised keep the objection's text.</source>
            <translation>要从异议库中删除“{text}”吗？

提出过该异议的商机仍会保留异议内容。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="148" />
            <source>Objection library</source>
            <translation>异议库</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="155" />
            <source>Search objections, categories and answers</source>
            <translation>搜索异议、类别和应答</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="199" />
            <source>Standard &amp;answer:</source>
            <translation>标准应答(&amp;A)：</translation>
        </message>
    </context>
    <context>
        <name>LibraryModel</name>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="78" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="78" />
            <source>Objection</source>
            <translation>异议</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="79" />
            <source>Raised</source>
            <translation>提出次数</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="79" />
            <source>Stages</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="78" />
            <source>Standard answer</source>
            <translation>标准应答</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="79" />
            <source>Won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="116" />
            <source>{won} of {closed} closed</source>
            <translation>已结束 {closed} 个，赢单 {won} 个</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <location filename="../../salesdesk/ui/people/list_page.py" line="32" />
            <source>Sea&amp;rch:</source>
            <translation>搜索(&amp;R)：</translation>
        </message>
    </context>
    <context>
        <name>LogCallDialog</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="76" />
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="150" />
            <source>&amp;Duration</source>
            <translation>时长(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="87" />
            <source>&amp;Next step:</source>
            <translation>下一步(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="151" />
            <source>&amp;Outcome</source>
            <translation>结果(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="148" />
            <source>&amp;Type</source>
            <translation>类型(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="149" />
            <source>&amp;When</source>
            <translation>时间(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="82" />
            <source>Choose…</source>
            <translation>请选择…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="140" />
            <source>Ctrl+Enter</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="292" />
            <source>Discard this log?</source>
            <translation>要放弃这条记录吗？</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="59" />
            <source>Log a call or meeting — {title}</source>
            <translation>记录通话或会议 — {title}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="98" />
            <source>Mark the %Ln due follow-up(s) as done</source>
            <translation>
                <numerusform>将 %Ln 项到期跟进标记为已完成</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="158" />
            <source>No&amp;tes</source>
            <translation>备注(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="128" />
            <source>Objections raised</source>
            <translation>客户提出的异议</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="106" />
            <source>Questions answered — {stage}</source>
            <translation>已回答的问题 — {stage}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="85" />
            <source>What was said, what was agreed</source>
            <translation>谈了什么，约定了什么</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="293" />
            <source>What you typed has not been saved. Discard it?</source>
            <translation>您输入的内容尚未保存。要放弃吗？</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="90" />
            <source>e.g. send the proposal</source>
            <translation>例如：发送方案</translation>
        </message>
    </context>
    <context>
        <name>LostReasonDialog</name>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="40" />
            <source>Choose or type a reason</source>
            <translation>选择或输入原因</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="34" />
            <source>Mark as lost</source>
            <translation>标记为丢单</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="48" />
            <source>Why was this deal lost?</source>
            <translation>这个商机为什么丢单？</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/dialogs.py" line="50" />
            <source>Why were these %Ln deals lost?</source>
            <translation>
                <numerusform>这 %Ln 个商机为什么丢单？</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/main_window.py" line="533" />
            <source>%Ln event(s) written to {path}</source>
            <translation>
                <numerusform>已将 %Ln 个日历事件写入 {path}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="262" />
            <source>&amp;About SalesDesk</source>
            <translation>关于 SalesDesk(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="315" />
            <source>&amp;Allow without a word</source>
            <translation>直接允许，不提示(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="314" />
            <source>&amp;Block the move</source>
            <translation>阻止移动(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="234" />
            <source>&amp;Board</source>
            <translation>看板(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="183" />
            <source>&amp;Deal</source>
            <translation>商机(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="235" />
            <source>&amp;Deals table</source>
            <translation>商机列表(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="227" />
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="159" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="139" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="176" />
            <source>&amp;Filter deals</source>
            <translation>筛选商机(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="261" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="239" />
            <source>&amp;Insights</source>
            <translation>数据分析(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="188" />
            <source>&amp;Log a call or meeting…</source>
            <translation>记录通话或会议(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="185" />
            <source>&amp;New deal</source>
            <translation>新建商机(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="187" />
            <source>&amp;Open deal</source>
            <translation>打开商机(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="237" />
            <source>&amp;Organizations and contacts</source>
            <translation>公司和联系人(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="157" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="162" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="250" />
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="171" />
            <source>&amp;Search everything…</source>
            <translation>全局搜索(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="233" />
            <source>&amp;Today</source>
            <translation>今日(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="160" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="232" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="313" />
            <source>&amp;Warn, then move</source>
            <translation>先警告，再移动(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="567" />
            <source>About SalesDesk</source>
            <translation>关于 SalesDesk</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="515" />
            <source>Calendar (*.ics)</source>
            <translation>日历 (*.ics)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="488" />
            <source>Cannot log a call</source>
            <translation>无法记录通话</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="78" />
            <source>Deal</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="243" />
            <source>Deal &amp;workspace</source>
            <translation>商机工作区(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="148" />
            <source>Export &amp;calendar…</source>
            <translation>导出日历(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="515" />
            <source>Export calendar</source>
            <translation>导出日历</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="153" />
            <source>Export the deal's ca&amp;lendar…</source>
            <translation>导出此商机的日历(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="214" />
            <source>Mark as &amp;lost…</source>
            <translation>标记为丢单(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="207" />
            <source>Mark as &amp;won</source>
            <translation>标记为赢单(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="200" />
            <source>Move one stage &amp;left</source>
            <translation>向左移动一个阶段(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="193" />
            <source>Move one stage &amp;right</source>
            <translation>向右移动一个阶段(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="221" />
            <source>Objection &amp;library…</source>
            <translation>异议库(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="503" />
            <source>Reopen deal</source>
            <translation>重新打开商机</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="561" />
            <source>SalesDesk will use the new language and calendar the next time it starts.</source>
            <translation>SalesDesk 下次启动时将使用新的语言和日历。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="568" />
            <source>SalesDesk {version}
Your pipeline, on your laptop, offline.</source>
            <translation>SalesDesk {version}
您的销售管道，就在您的笔记本电脑上，离线可用。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="114" />
            <source>SalesDesk — {name}</source>
            <translation>SalesDesk — {name}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="181" />
            <source>Se&amp;ttings…</source>
            <translation>设置(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="560" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="526" />
            <source>The calendar was not saved</source>
            <translation>日历未保存</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="501" />
            <source>The deal was not reopened</source>
            <translation>商机未重新打开</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="309" />
            <source>Unmet e&amp;xit criteria</source>
            <translation>推进标准未满足时(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="527" />
            <source>{path} could not be written: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="60" />
            <source>{warning} Ctrl+Z undoes the move.</source>
            <translation>{warning}按 Ctrl+Z 可撤销此次移动。</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/merge.py" line="129" />
            <source>%Ln group(s) of organizations with the same name (case, accents, spelling variants and spaces aside). Every deal and contact is kept.</source>
            <translation>
                <numerusform>找到 %Ln 组同名公司（不区分大小写、重音符号、拼写变体和空格）。所有商机和联系人都会保留。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="76" />
            <source>&amp;Keep:</source>
            <translation>保留(&amp;K)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="62" />
            <source>&amp;Merge</source>
            <translation>合并(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="59" />
            <source>Contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="59" />
            <source>Deals</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="177" />
            <source>Kept: the others are merged into it</source>
            <translation>保留：其他公司将合并到此公司</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="101" />
            <source>Looking for organizations with the same name…</source>
            <translation>正在查找同名公司…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/merge.py" line="243" />
            <source>Merge %Ln duplicate organization(s)</source>
            <translation>
                <numerusform>合并 %Ln 家重复公司</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/merge.py" line="216" />
            <source>Merge %Ln organization(s) into {name}</source>
            <translation>
                <numerusform>将 %Ln 家公司合并到 {name}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="66" />
            <source>Merge &amp;all groups (keeping the oldest)</source>
            <translation>合并所有组（保留最早创建的）(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="41" />
            <source>Merge duplicate organizations</source>
            <translation>合并重复公司</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="234" />
            <location filename="../../salesdesk/ui/people/merge.py" line="246" />
            <source>Merged. Ctrl+Z in the main window undoes it.</source>
            <translation>已合并。在主窗口中按 Ctrl+Z 可撤销。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="138" />
            <source>No duplicate organizations.</source>
            <translation>没有重复的公司。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="254" />
            <source>Nothing was merged</source>
            <translation>未合并任何内容</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="59" />
            <source>Organization (ticked: merged)</source>
            <translation>公司（勾选的将被合并）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="122" />
            <source>{name} ({n})</source>
            <translation>{name}（{n}）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="156" />
            <source>{name} — {deals} deals, {contacts} contacts</source>
            <translation>{name} — {deals} 个商机，{contacts} 位联系人</translation>
        </message>
    </context>
    <context>
        <name>ObjectionForm</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="41" />
            <source>&amp;Add objection</source>
            <translation>添加异议(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="53" />
            <source>Ans&amp;wer:</source>
            <translation>应答(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="52" />
            <source>Cate&amp;gory:</source>
            <translation>类别(&amp;G)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="51" />
            <source>Ob&amp;jection:</source>
            <translation>异议(&amp;J)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="39" />
            <source>Resol&amp;ved</source>
            <translation>已解决(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="40" />
            <source>Save to the &amp;library</source>
            <translation>保存到异议库(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="37" />
            <source>What you answered (the library's answer to adapt)</source>
            <translation>您的应答（可在异议库的应答基础上修改）</translation>
        </message>
    </context>
    <context>
        <name>ObjectionPicker</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/picker.py" line="36" />
            <source>Type an objection; matches from the library appear</source>
            <translation>输入异议，将显示异议库中的匹配项</translation>
        </message>
    </context>
    <context>
        <name>ObjectionsTab</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="60" />
            <source>&amp;Delete objection</source>
            <translation>删除异议(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="59" />
            <source>&amp;Resolved</source>
            <translation>已解决(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="87" />
            <source>Add an objection</source>
            <translation>添加异议</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="173" />
            <source>Add objection</source>
            <translation>添加异议</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="47" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="231" />
            <source>Delete objection</source>
            <translation>删除异议</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="197" />
            <source>Edit answer to objection</source>
            <translation>编辑异议应答</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="206" />
            <source>Mark objection resolved</source>
            <translation>将异议标记为已解决</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="47" />
            <source>Objection</source>
            <translation>异议</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="114" />
            <source>Open</source>
            <translation>未解决</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="206" />
            <source>Reopen objection</source>
            <translation>重新打开异议</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="114" />
            <source>Resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="47" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="47" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="57" />
            <source>What you answered</source>
            <translation>您的应答</translation>
        </message>
    </context>
    <context>
        <name>OrganizationDialog</name>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="95" />
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="102" />
            <source>Save it anyway, as a second organization? (Merge duplicates… joins two into one.)</source>
            <translation>仍要另存为一家新公司吗？（“合并重复项…”可将两家合并为一家。）</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="93" />
            <source>&amp;Contact:</source>
            <translation>联系人(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="92" />
            <source>&amp;Organization:</source>
            <translation>公司(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="101" />
            <source>&amp;Stage:</source>
            <translation>阶段(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="91" />
            <source>&amp;Title:</source>
            <translation>标题(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="94" />
            <source>&amp;Value:</source>
            <translation>金额(&amp;V)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="296" />
            <source>'{text}' is not a date. Type it as {format} or 2026-12-31.</source>
            <translation>“{text}”不是有效日期。请按 {format} 或 2026-12-31 的格式输入。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="95" />
            <source>E&amp;xpected close:</source>
            <translation>预计成交日期(&amp;X)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="271" />
            <source>Edit contact</source>
            <translation>编辑联系人</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="301" />
            <source>Edit expected close</source>
            <translation>编辑预计成交日期</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="250" />
            <source>Edit organization</source>
            <translation>编辑公司</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="237" />
            <source>Edit title</source>
            <translation>编辑标题</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="283" />
            <source>Edit value</source>
            <translation>编辑金额</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="74" />
            <source>Lost</source>
            <translation>丢单</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="72" />
            <source>Open</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="109" />
            <source>Pick or type a new name</source>
            <translation>选择或输入新名称</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="102" />
            <source>Stat&amp;us:</source>
            <translation>状态(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="103" />
            <source>Win probability:</source>
            <translation>赢单概率：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="73" />
            <source>Won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="175" />
            <source>{evidence} from the exit criteria met (stage default {stage})</source>
            <translation>根据已满足的推进标准为 {evidence}（阶段默认值 {stage}）</translation>
        </message>
    </context>
    <context>
        <name>PeopleEditing</name>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="119" />
            <source>Add contact</source>
            <translation>添加联系人</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="70" />
            <source>Add organization</source>
            <translation>添加公司</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="233" />
            <source>Call {phone}</source>
            <translation>拨打 {phone}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="139" />
            <location filename="../../salesdesk/ui/people/editing.py" line="157" />
            <source>Edit contact</source>
            <translation>编辑联系人</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="83" />
            <source>Edit organization</source>
            <translation>编辑公司</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="218" />
            <location filename="../../salesdesk/ui/people/editing.py" line="226" />
            <source>Edit…	F2</source>
            <translation>编辑…	F2</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="236" />
            <source>Email {email}</source>
            <translation>发邮件至 {email}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="223" />
            <source>Merge duplicates…</source>
            <translation>合并重复项…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="103" />
            <source>New contact</source>
            <translation>新建联系人</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="220" />
            <source>New contact at this organization…</source>
            <translation>在此公司新建联系人…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="65" />
            <source>New organization</source>
            <translation>新建公司</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="89" />
            <source>Rename organization</source>
            <translation>重命名公司</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="241" />
            <source>Show organization</source>
            <translation>显示公司</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="129" />
            <source>The contact was not changed</source>
            <translation>联系人未更改</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="81" />
            <source>The organization was not changed</source>
            <translation>公司未更改</translation>
        </message>
    </context>
    <context>
        <name>PeopleView</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/view.py" line="274" />
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln 位联系人</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/view.py" line="273" />
            <source>%Ln organization(s)</source>
            <translation>
                <numerusform>%Ln 家公司</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="75" />
            <source>&amp;Merge duplicates…</source>
            <translation>合并重复项(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="57" />
            <source>Co&amp;ntacts</source>
            <translation>联系人(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="73" />
            <source>Ed&amp;it… (F2)</source>
            <translation>编辑(&amp;I)…（F2）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="306" />
            <source>It no longer exists (merged or undone).</source>
            <translation>该项已不存在（已被合并或撤销）。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="51" />
            <source>Name, in any script or spelling</source>
            <translation>名称（任意文字或拼写均可）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="53" />
            <source>Name, organization, role, email or phone</source>
            <translation>姓名、公司、职务、邮箱或电话</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="69" />
            <source>Ne&amp;w organization…</source>
            <translation>新建公司(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="71" />
            <source>New conta&amp;ct…</source>
            <translation>新建联系人(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="268" />
            <source>No contacts yet: New contact adds one.</source>
            <translation>还没有联系人：点击“新建联系人”即可添加。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="267" />
            <source>No organizations yet: New organization adds one, and so does a deal.</source>
            <translation>还没有公司：点击“新建公司”即可添加，新建商机时也会自动添加。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="56" />
            <source>Or&amp;ganizations</source>
            <translation>公司(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="136" />
            <source>Reading organizations and contacts…</source>
            <translation>正在读取公司和联系人…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="205" />
            <source>The lists could not be read: {error}</source>
            <translation>无法读取列表：{error}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="280" />
            <source>{shown} of {all}</source>
            <translation>{shown}/{all}</translation>
        </message>
    </context>
    <context>
        <name>PeriodBar</name>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="25" />
            <source>&amp;Period:</source>
            <translation>时间段(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="36" />
            <source>All time</source>
            <translation>全部时间</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="37" />
            <source>Custom…</source>
            <translation>自定义…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="31" />
            <source>Last month</source>
            <translation>上月</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="33" />
            <source>Last quarter</source>
            <translation>上季度</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="35" />
            <source>Last year</source>
            <translation>去年</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="30" />
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="32" />
            <source>This quarter</source>
            <translation>本季度</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="34" />
            <source>This year</source>
            <translation>今年</translation>
        </message>
    </context>
    <context>
        <name>PlaybookChooser</name>
        <message>
            <location filename="../../salesdesk/ui/first_run.py" line="71" />
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/first_run.py" line="37" />
            <source>Choose the sales process to start from. You can change stages, questions and objections later.</source>
            <translation>请选择一套销售流程作为起点。阶段、问题和异议以后都可以修改。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/first_run.py" line="66" />
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/first_run.py" line="30" />
            <source>Welcome to SalesDesk</source>
            <translation>欢迎使用 SalesDesk</translation>
        </message>
    </context>
    <context>
        <name>PlaybookController</name>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="55" />
            <source>&amp;Pipeline</source>
            <translation>销售管道(&amp;P)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/playbooks.py" line="141" />
            <source>(%Ln objection(s) with no answer left out)</source>
            <translation>
                <numerusform>（%Ln 条没有应答的异议未导出）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="99" />
            <source>Cannot switch pipelines</source>
            <translation>无法切换销售管道</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="41" />
            <source>E&amp;xport playbook…</source>
            <translation>导出销售手册(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="117" />
            <source>Export playbook</source>
            <translation>导出销售手册</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="48" />
            <source>Import &amp;playbook…</source>
            <translation>导入销售手册(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="154" />
            <source>Import playbook</source>
            <translation>导入销售手册</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/playbooks.py" line="172" />
            <source>Imported “{name}” with %Ln stage(s)</source>
            <translation>
                <numerusform>已导入“{name}”，共 %Ln 个阶段</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="139" />
            <source>Playbook written to {path}</source>
            <translation>销售手册已写入 {path}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="117" />
            <location filename="../../salesdesk/ui/playbooks.py" line="154" />
            <source>Playbooks (*.toml)</source>
            <translation>销售手册 (*.toml)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="128" />
            <location filename="../../salesdesk/ui/playbooks.py" line="133" />
            <source>The playbook was not exported</source>
            <translation>销售手册未导出</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="167" />
            <source>The playbook was not imported</source>
            <translation>销售手册未导入</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="134" />
            <source>{path} could not be written: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../salesdesk/ui/preferences.py" line="69" />
            <source>&amp;Calendar:</source>
            <translation>日历(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/preferences.py" line="68" />
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/preferences.py" line="70" />
            <source>Changes apply the next time SalesDesk starts.</source>
            <translation>更改将在 SalesDesk 下次启动时生效。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/preferences.py" line="63" />
            <source>Gregorian</source>
            <translation>公历</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/preferences.py" line="52" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/preferences.py" line="64" />
            <source>Solar Hijri (Jalali)</source>
            <translation>伊朗阳历（贾拉利历）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/preferences.py" line="56" />
            <source>System language ({name})</source>
            <translation>系统语言（{name}）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/preferences.py" line="62" />
            <source>The language's usual calendar</source>
            <translation>该语言常用的日历</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/reminders.py" line="64" />
            <source>%Ln follow-up(s) overdue. Today (Ctrl+T) lists them.</source>
            <translation>
                <numerusform>%Ln 项跟进已逾期。可在“今日”（Ctrl+T）中查看。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/reminders.py" line="84" />
            <source>%Ln follow-ups due</source>
            <translation>
                <numerusform>%Ln 项跟进到期</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/reminders.py" line="80" />
            <source>Follow-up due</source>
            <translation>跟进到期</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/reminders.py" line="47" />
            <source>Open Today</source>
            <translation>打开“今日”</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/reminders.py" line="63" />
            <source>SalesDesk</source>
            <translation>SalesDesk</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/reminders.py" line="113" />
            <source>Snooze</source>
            <translation>稍后提醒</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/reminders.py" line="49" />
            <source>Snooze an hour</source>
            <translation>一小时后再提醒</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/reminders.py" line="50" />
            <source>Snooze until tomorrow</source>
            <translation>明天再提醒</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="55" />
            <source>&amp;Choose file…</source>
            <translation>选择文件(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="57" />
            <source>&amp;Restore…</source>
            <translation>恢复(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="196" />
            <source>At exit</source>
            <translation>退出时</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="194" />
            <source>At start</source>
            <translation>启动时</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="197" />
            <source>Backed up now</source>
            <translation>手动备份</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="198" />
            <source>Before a restore</source>
            <translation>恢复前</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="204" />
            <source>Before an upgrade (schema {revision})</source>
            <translation>升级前（数据库版本 {revision}）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="105" />
            <source>Choose a backup</source>
            <translation>选择备份</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="114" />
            <source>Chosen file</source>
            <translation>所选文件</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="195" />
            <source>Daily</source>
            <translation>每日</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="199" />
            <source>Damaged database, before a restore</source>
            <translation>数据库损坏，恢复前</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="159" />
            <source>Deals: {open} open, {won} won, {lost} lost</source>
            <translation>商机：{open} 个进行中，{won} 个赢单，{lost} 个丢单</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="43" />
            <source>Folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="166" />
            <source>Last change: {date}</source>
            <translation>最后更改：{date}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="43" />
            <source>Made</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="152" />
            <source>Made: {date}</source>
            <translation>创建时间：{date}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="96" />
            <source>No backups yet in {folder}. Choose file… opens any backup file.</source>
            <translation>{folder} 中还没有备份。点击“选择文件…”可打开任意备份文件。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="160" />
            <source>Organizations: {organizations} · Contacts: {contacts} · Activities: {activities}</source>
            <translation>公司：{organizations} · 联系人：{contacts} · 活动：{activities}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="163" />
            <source>Pipelines: {names}</source>
            <translation>销售管道：{names}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="133" />
            <source>Reading {name}…</source>
            <translation>正在读取 {name}…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="35" />
            <source>Restore from a backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="176" />
            <source>Restore this backup?</source>
            <translation>要恢复此备份吗？</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="107" />
            <source>SalesDesk databases (*.sqlite *.db);;All files (*)</source>
            <translation>SalesDesk 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="43" />
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="153" />
            <source>Size: {size}</source>
            <translation>大小：{size}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="43" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="177" />
            <source>Your data will be replaced by the backup made {date} ({deals} deals).

The current database is backed up first: restoring that backup undoes this.</source>
            <translation>您的数据将被替换为 {date} 创建的备份（{deals} 个商机）。

系统会先备份当前数据库：恢复那个备份即可撤销本次操作。</translation>
        </message>
    </context>
    <context>
        <name>SearchPalette</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/palette.py" line="556" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln 个商机</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/palette.py" line="500" />
            <source>%Ln result(s)</source>
            <translation>
                <numerusform>%Ln 个结果</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="521" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="525" />
            <source>Call</source>
            <translation>通话</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="517" />
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="515" />
            <source>Deal</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="527" />
            <source>Email</source>
            <translation>邮件</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="529" />
            <source>Follow-up</source>
            <translation>跟进</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="523" />
            <source>Lost</source>
            <translation>丢单</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="526" />
            <source>Meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="520" />
            <location filename="../../salesdesk/ui/palette.py" line="528" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="498" />
            <source>Nothing found</source>
            <translation>未找到任何结果</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="518" />
            <location filename="../../salesdesk/ui/palette.py" line="519" />
            <source>Objection</source>
            <translation>异议</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="560" />
            <source>Objection library</source>
            <translation>异议库</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="489" />
            <source>Only actions can be searched: {error}</source>
            <translation>只能搜索操作：{error}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="523" />
            <source>Open</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="516" />
            <source>Organization</source>
            <translation>公司</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="491" />
            <source>Reading deals, notes and objections…</source>
            <translation>正在读取商机、备注和异议…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="562" />
            <source>Resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="327" />
            <source>Search deals, organizations, contacts, notes, objections and actions</source>
            <translation>搜索商机、公司、联系人、备注、异议和操作</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="315" />
            <source>Search everything</source>
            <translation>全局搜索</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="493" />
            <source>The best {shown} of {total} results</source>
            <translation>共 {total} 个结果，显示最匹配的 {shown} 个</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="487" />
            <source>Type to search · Enter opens or runs · Esc closes</source>
            <translation>输入以搜索 · Enter 打开或执行 · Esc 关闭</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="523" />
            <source>Won</source>
            <translation>赢单</translation>
        </message>
    </context>
    <context>
        <name>SecondFolderDialog</name>
        <message>
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="38" />
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="41" />
            <source>&amp;Turn off</source>
            <translation>停用(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="27" />
            <source>Every backup is also copied to this folder: a USB stick or a synced folder keeps your pipeline safe if the laptop is lost. Leave it empty to keep backups only in the data folder.</source>
            <translation>每次备份都会同时复制到此文件夹：使用 U 盘或同步文件夹，即使笔记本电脑丢失，您的销售管道数据也安然无恙。留空则只在数据文件夹中保留备份。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="36" />
            <source>No second folder</source>
            <translation>无第二文件夹</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="25" />
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="71" />
            <source>Second backup folder</source>
            <translation>第二备份文件夹</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="79" />
            <source>{folder} is not a folder that exists. Plug the drive in, or choose another.</source>
            <translation>文件夹 {folder} 不存在。请插入驱动器，或选择其他文件夹。</translation>
        </message>
    </context>
    <context>
        <name>TargetDialog</name>
        <message>
            <location filename="../../salesdesk/ui/insights/target_dialog.py" line="46" />
            <source>&amp;Amount a month:</source>
            <translation>每月金额(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/target_dialog.py" line="45" />
            <source>&amp;Currency:</source>
            <translation>货币(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/target_dialog.py" line="30" />
            <source>Monthly target</source>
            <translation>月度目标</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/target_dialog.py" line="54" />
            <source>The weighted forecast is set against this target each month.</source>
            <translation>每月的加权预测将与此目标进行对比。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/target_dialog.py" line="39" />
            <source>no target</source>
            <translation>无目标</translation>
        </message>
    </context>
    <context>
        <name>Toast</name>
        <message>
            <location filename="../../salesdesk/ui/board/toast.py" line="26" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/toast.py" line="29" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="91" />
            <source>&amp;Done (D)</source>
            <translation>完成(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="105" />
            <source>&amp;Reschedule… (R)</source>
            <translation>改期(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="93" />
            <source>&amp;Snooze</source>
            <translation>稍后提醒(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="97" />
            <source>An hour (1)</source>
            <translation>一小时后（1）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="175" />
            <source>Coming week</source>
            <translation>未来一周</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="324" />
            <source>Complete follow-up</source>
            <translation>完成跟进</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="204" />
            <source>Deal</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="174" />
            <source>Due today</source>
            <translation>今天到期</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="111" />
            <source>Enter opens the deal · D done · 1 snooze an hour · 2 tomorrow · 3 next week · R pick a date</source>
            <translation>Enter 打开商机 · D 完成 · 1 一小时后提醒 · 2 明天 · 3 下周 · R 选择日期</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="263" />
            <source>Many sales come only after the fifth touch; most reps stop after two.</source>
            <translation>很多成交发生在第五次接触之后，而多数销售跟进两次就放弃了。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="99" />
            <source>Next week (3)</source>
            <translation>下周（3）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="176" />
            <source>No next step</source>
            <translation>没有下一步</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="205" />
            <source>Organization · stage</source>
            <translation>公司 · 阶段</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="173" />
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="103" />
            <source>Pick a date… (4)</source>
            <translation>选择日期…（4）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="154" />
            <source>Reading your day…</source>
            <translation>正在读取今日安排…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="338" />
            <location filename="../../salesdesk/ui/today/view.py" line="367" />
            <source>Reschedule follow-up</source>
            <translation>跟进改期</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="177" />
            <source>Stalled</source>
            <translation>停滞</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="321" />
            <location filename="../../salesdesk/ui/today/view.py" line="363" />
            <source>The follow-up was not changed</source>
            <translation>跟进未更改</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="185" />
            <source>Today, {date}</source>
            <translation>今天，{date}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="98" />
            <source>Tomorrow morning (2)</source>
            <translation>明天上午（2）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="207" />
            <source>Touches</source>
            <translation>接触次数</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="203" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="206" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="253" />
            <source>{n} of {goal}</source>
            <translation>{n}/{goal}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="189" />
            <source>{overdue} overdue · {today} due today · {week} this week · {none} without a next step · {stalled} stalled</source>
            <translation>{overdue} 项已逾期 · {today} 项今天到期 · {week} 项本周到期 · {none} 个没有下一步 · {stalled} 个停滞</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/today/view.py" line="227" />
            <source>… and %Ln more</source>
            <translation>
                <numerusform>…还有 %Ln 项</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_ChartView</name>
        <message>
            <location filename="../../salesdesk/ui/insights/cards.py" line="42" />
            <source>Save chart as PNG…</source>
            <translation>将图表保存为 PNG…</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../salesdesk/ui/app.py" line="208" />
            <source>SalesDesk cannot start</source>
            <translation>SalesDesk 无法启动</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/app.py" line="209" />
            <source>SalesDesk is already running with the data folder {path}, but it did not answer. Switch to its window, or close it and start SalesDesk again.</source>
            <translation>SalesDesk 已在使用数据文件夹 {path} 运行，但没有响应。请切换到它的窗口，或将其关闭后重新启动 SalesDesk。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/app.py" line="79" />
            <source>Using the data folder {path} until SalesDesk closes; start it with --data-dir to use that folder again.</source>
            <translation>在 SalesDesk 关闭之前将使用数据文件夹 {path}；以后如需再次使用该文件夹，请使用 --data-dir 参数启动。</translation>
        </message>
    </context>
    <context>
        <name>board</name>
        <message>
            <location filename="../../salesdesk/ui/board/model.py" line="99" />
            <source>Stalled: {reason}</source>
            <translation>停滞：{reason}</translation>
        </message>
    </context>
    <context>
        <name>dealsTable</name>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="53" />
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="59" />
            <source>Days in stage</source>
            <translation>阶段停留天数</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="58" />
            <source>Expected close</source>
            <translation>预计成交日期</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="60" />
            <source>Last activity</source>
            <translation>最近活动</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="73" />
            <source>Lost</source>
            <translation>丢单</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="61" />
            <source>Next follow-up</source>
            <translation>下次跟进</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="71" />
            <source>Open</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="52" />
            <source>Organization</source>
            <translation>公司</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="57" />
            <source>Probability</source>
            <translation>概率</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="54" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="55" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="51" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="56" />
            <source>Value</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="72" />
            <source>Won</source>
            <translation>赢单</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="409" />
            <source>'{email}' does not look like an email address (name@example.com).</source>
            <translation>“{email}”看起来不是有效的邮箱地址（name@example.com）。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="124" />
            <source>'{name}' cannot be edited.</source>
            <translation>无法编辑“{name}”。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="420" />
            <source>'{phone}' is not a phone number: it has no digits.</source>
            <translation>“{phone}”不是电话号码：其中没有数字。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvvalues.py" line="34" />
            <source>'{text}' is not a date</source>
            <translation>“{text}”不是日期</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/metrics/period.py" line="138" />
            <source>'{text}' is not a period: use month, quarter, year, all or START..END (YYYY-MM-DD..YYYY-MM-DD).</source>
            <translation>“{text}”不是有效的时间段：请使用 month、quarter、year、all 或 YYYY-MM-DD..YYYY-MM-DD（起始日期..结束日期）。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvvalues.py" line="35" />
            <source>'{text}' is not a valid time</source>
            <translation>“{text}”不是有效的时间</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvvalues.py" line="32" />
            <source>'{text}' is not an amount</source>
            <translation>“{text}”不是金额</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/money.py" line="72" />
            <location filename="../../salesdesk/core/money.py" line="78" />
            <source>'{text}' is not an amount.</source>
            <translation>“{text}”不是有效金额。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/timeutil.py" line="69" />
            <source>'{value}' is not a date.</source>
            <translation>“{value}”不是有效日期。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/timeutil.py" line="56" />
            <source>'{value}' is not a time.</source>
            <translation>“{value}”不是有效时间。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/interactions.py" line="84" />
            <source>A call is logged after it happened, not before.</source>
            <translation>通话需在发生之后记录，不能提前记录。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="85" />
            <source>A new deal must start in an open stage.</source>
            <translation>新商机必须从进行中的阶段开始，不能直接放入赢单或丢单。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="116" />
            <source>A quote (") opened on line {line} is never closed, so the rest of the file would be read as one cell. Close the quote, or save the file again from the program that wrote it.</source>
            <translation>第 {line} 行的引号（"）没有闭合，文件的其余部分会被当作一个单元格读取。请补上闭合引号，或用生成该文件的程序重新保存。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/timeutil.py" line="34" />
            <source>A time without a time zone cannot be stored (naive datetime {value}).</source>
            <translation>无法存储不带时区的时间（无时区的日期时间 {value}）。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/organizations.py" line="78" />
            <source>An organization cannot be merged into itself.</source>
            <translation>公司不能合并到自身。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="34" />
            <source>Another program is using the database. Close it and try again.</source>
            <translation>另一个程序正在使用数据库。请关闭该程序后重试。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/metrics/alerts.py" line="24" />
            <source>Bottleneck: deals stay {days:.1f} days on average in {stage}, longer than its {limit} stalled-after days.</source>
            <translation>瓶颈：商机在{stage}阶段平均停留 {days:.1f} 天，超过了该阶段 {limit} 天的停滞期限。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="88" />
            <source>Check that the backup folder exists, is writable and has free space, then try again.</source>
            <translation>请确认备份文件夹存在、可写入且有足够空间，然后重试。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="487" />
            <source>Choose a stage for: {names}</source>
            <translation>请为以下各项选择阶段：{names}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/organizations.py" line="75" />
            <source>Choose organizations to merge.</source>
            <translation>请选择要合并的公司。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="206" />
            <source>Choose the column that holds the deal's title.</source>
            <translation>请选择包含商机标题的列。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="199" />
            <source>Free some space on that disk, then back up again.</source>
            <translation>请在该磁盘上腾出一些空间，然后重新备份。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="22" />
            <source>Free some space on the disk, then try again. Nothing was saved.</source>
            <translation>请在磁盘上腾出一些空间，然后重试。未保存任何内容。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/metrics/alerts.py" line="17" />
            <source>Inverted funnel: {late} open deals in the later stages, {early} in the earlier ones.</source>
            <translation>倒漏斗：后期阶段有 {late} 个进行中的商机，而前期阶段只有 {early} 个。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="27" />
            <source>Make the data folder writable, or start SalesDesk with another folder (--data-dir).</source>
            <translation>请将数据文件夹设为可写，或使用其他文件夹启动 SalesDesk（--data-dir）。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="204" />
            <source>Make the folder writable, or choose another backup folder.</source>
            <translation>请将该文件夹设为可写，或选择其他备份文件夹。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="53" />
            <source>Restore a backup to carry on where you were, or start a new, empty database.</source>
            <translation>恢复一个备份，从上次的进度继续；或者新建一个空数据库。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/pipelines.py" line="41" />
            <source>That pipeline does not exist.</source>
            <translation>该销售管道不存在。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/checklists.py" line="84" />
            <source>That question belongs to another pipeline.</source>
            <translation>该问题属于另一个销售管道。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/document_check.py" line="54" />
            <source>The SalesDesk export has no valid version number.</source>
            <translation>该 SalesDesk 导出文件没有有效的版本号。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="212" />
            <source>The accounts file (Account.csv) is not beside the import: deals are imported without their organization.</source>
            <translation>导入文件旁边没有公司文件（Account.csv）：商机导入后将不带所属公司。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="196" />
            <source>The backup in {folder} was not made: the disk is full.</source>
            <translation>未能在 {folder} 中创建备份：磁盘已满。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="218" />
            <source>The backup in {folder} was not made: {reason}</source>
            <translation>未能在 {folder} 中创建备份：{reason}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="212" />
            <source>The backup was not made: the database file is damaged.</source>
            <translation>未能创建备份：数据库文件已损坏。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="207" />
            <source>The backup was not made: the database is locked.</source>
            <translation>未能创建备份：数据库已被锁定。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="179" />
            <source>The backup {path} failed its integrity check ({problem}).</source>
            <translation>备份 {path} 未通过完整性检查（{problem}）。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="185" />
            <source>The backup {path} is not a SalesDesk database.</source>
            <translation>备份 {path} 不是 SalesDesk 数据库。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="581" />
            <source>The contact already exists.</source>
            <translation>该联系人已存在。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/app.py" line="187" />
            <source>The data folder {path} cannot be used: {reason}</source>
            <translation>无法使用数据文件夹 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/app.py" line="100" />
            <source>The data folder {path} is read-only or cannot be locked.</source>
            <translation>数据文件夹 {path} 为只读或无法锁定。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="70" />
            <source>The database file cannot be opened.</source>
            <translation>无法打开数据库文件。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="77" />
            <source>The database file is damaged.</source>
            <translation>数据库文件已损坏。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/database.py" line="260" />
            <source>The database file is damaged. ({path})</source>
            <translation>数据库文件已损坏。（{path}）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="71" />
            <source>The database is locked.</source>
            <translation>数据库已被锁定。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="69" />
            <source>The database is read-only.</source>
            <translation>数据库为只读。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="97" />
            <source>The database may be damaged: run 'salesdesk check', and restore an earlier backup if it is.</source>
            <translation>数据库可能已损坏：请运行“salesdesk check”，如确已损坏，请恢复较早的备份。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/timeutil.py" line="46" />
            <source>The date {value} is out of range ({first} to {last}).</source>
            <translation>日期 {value} 超出范围（{first} 至 {last}）。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="274" />
            <source>The deal already exists.</source>
            <translation>该商机已存在。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="217" />
            <source>The deal is already lost.</source>
            <translation>该商机已经是丢单状态。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="226" />
            <source>The deal is already open.</source>
            <translation>该商机已经是进行中状态。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="208" />
            <source>The deal is already won.</source>
            <translation>该商机已经是赢单状态。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/moves.py" line="71" />
            <source>The deal to place it before is not in that stage.</source>
            <translation>要放在其前面的那个商机不在该阶段中。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="68" />
            <source>The disk could not be written (I/O error).</source>
            <translation>无法写入磁盘（I/O 错误）。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="67" />
            <source>The disk is full.</source>
            <translation>磁盘已满。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/activities.py" line="38" />
            <source>The duration must be between 0 and 24 hours.</source>
            <translation>时长必须在 0 到 24 小时之间。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/export_json.py" line="49" />
            <source>The export was cancelled; no file was written.</source>
            <translation>导出已取消，未写入任何文件。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="129" />
            <source>The file has only one column. A CSV export has a header row and columns separated by commas, semicolons or tabs.</source>
            <translation>该文件只有一列。CSV 导出文件应有一个标题行，各列以逗号、分号或制表符分隔。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="125" />
            <source>The file is empty.</source>
            <translation>文件为空。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="75" />
            <location filename="../../salesdesk/storage/errors.py" line="78" />
            <source>The file is not a SalesDesk database.</source>
            <translation>该文件不是 SalesDesk 数据库。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="110" />
            <source>The file is not a readable CSV table (line {line}: {reason}).</source>
            <translation>该文件不是可读取的 CSV 表格（第 {line} 行：{reason}）。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="71" />
            <source>The file is not text in a known encoding (UTF-8, UTF-16 or Windows-1252).</source>
            <translation>该文件不是已知编码（UTF-8、UTF-16 或 Windows-1252）的文本。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="158" />
            <source>The file is too large to import ({size} MB).</source>
            <translation>文件太大，无法导入（{size} MB）。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="49" />
            <source>The file starts as {encoding} text but is not valid {encoding} (byte {position}: {reason}).</source>
            <translation>该文件开头是 {encoding} 文本，但不是有效的 {encoding} 编码（第 {position} 字节：{reason}）。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/document_check.py" line="57" />
            <source>The file was exported by a newer SalesDesk (document version {version}); install the newer version to import it.</source>
            <translation>该文件由较新版本的 SalesDesk 导出（文档版本 {version}）；请安装新版本后再导入。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="39" />
            <source>The file was left untouched. Restore a backup, or choose another data folder.</source>
            <translation>该文件未做任何改动。请恢复一个备份，或选择其他数据文件夹。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/document_check.py" line="37" />
            <source>The file was not imported ({count} problems); nothing was changed:
{details}</source>
            <translation>文件未导入（发现 {count} 个问题），未做任何更改：
{details}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="202" />
            <source>The folder {folder} cannot be written.</source>
            <translation>无法写入文件夹 {folder}。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="200" />
            <source>The header row holds characters that are not valid text.</source>
            <translation>标题行包含无效的文本字符。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/cancel.py" line="11" />
            <source>The import was cancelled; nothing was imported.</source>
            <translation>导入已取消，未导入任何内容。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/organizations.py" line="110" />
            <source>The merge can no longer be undone.</source>
            <translation>该合并已无法撤销。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/interactions.py" line="122" />
            <source>The next step must come after the call.</source>
            <translation>下一步的时间必须晚于本次通话。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/organizations.py" line="230" />
            <source>The organization already exists.</source>
            <translation>该公司已存在。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/metrics/period.py" line="48" />
            <location filename="../../salesdesk/core/metrics/period.py" line="119" />
            <source>The period must end after it starts.</source>
            <translation>时间段的结束时间必须晚于开始时间。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/pipelines.py" line="59" />
            <source>The pipeline has no '{kind}' stage.</source>
            <translation>该销售管道没有“{kind}”阶段。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/playbook.py" line="39" />
            <source>The playbook {source} has problems:
{problems}</source>
            <translation>销售手册 {source} 存在问题：
{problems}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="274" />
            <source>The second backup folder {folder} is not there (is the drive plugged in?).</source>
            <translation>找不到第二备份文件夹 {folder}（驱动器是否已插入？）。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="102" />
            <source>The text contains characters that are not valid text.</source>
            <translation>文本中包含无效字符。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="99" />
            <source>The text contains control characters.</source>
            <translation>文本中包含控制字符。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="97" />
            <source>The text is too long (1 MB at most).</source>
            <translation>文本太长（最多 1 MB）。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/money.py" line="59" />
            <source>The value cannot be negative.</source>
            <translation>金额不能为负数。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/money.py" line="61" />
            <source>The value is too large.</source>
            <translation>金额太大。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/money.py" line="57" />
            <source>The value must be a whole number.</source>
            <translation>金额必须为整数。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="74" />
            <location filename="../../salesdesk/ui/dialogs.py" line="157" />
            <source>The {label} cannot be empty.</source>
            <translation>{label}不能为空。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="82" />
            <source>The {label} contains characters that are not valid text.</source>
            <translation>{label}中包含无效字符。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="77" />
            <source>The {label} contains control characters.</source>
            <translation>{label}中包含控制字符。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="68" />
            <source>The {label} is too long ({length} characters; {limit} at most).</source>
            <translation>{label}太长（{length} 个字符；最多 {limit} 个）。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="47" />
            <location filename="../../salesdesk/core/services/moves.py" line="104" />
            <location filename="../../salesdesk/core/services/people.py" line="287" />
            <source>The {what} no longer exists.</source>
            <translation>该项（{what}）已不存在。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="476" />
            <source>There is already a contact named {existing} at this organization.</source>
            <translation>此公司已有名为 {existing} 的联系人。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/organizations.py" line="155" />
            <source>There is already an organization named {existing}.</source>
            <translation>已有名为 {existing} 的公司。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/bootstrap.py" line="51" />
            <source>There is no database with your deals in {folder}, but there are backups of one ({count}), the newest made on {date}.</source>
            <translation>{folder} 中没有存放您商机的数据库，但有它的备份（{count} 个），最新的一个创建于 {date}。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="347" />
            <source>There is no file {path}.</source>
            <translation>文件 {path} 不存在。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="492" />
            <source>There is no organization named {name}. Add it first with New organization.</source>
            <translation>没有名为 {name} 的公司。请先通过“新建公司”添加。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/export.py" line="91" />
            <location filename="../../salesdesk/core/metrics/history.py" line="109" />
            <source>There is no pipeline with id {id}.</source>
            <translation>不存在 ID 为 {id} 的销售管道。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/playbook_export.py" line="103" />
            <source>There is no pipeline with id {pipeline_id}.</source>
            <translation>不存在 ID 为 {pipeline_id} 的销售管道。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/bootstrap.py" line="82" />
            <source>There is no playbook called '{name}'.</source>
            <translation>没有名为“{name}”的销售手册。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/activities.py" line="112" />
            <location filename="../../salesdesk/core/services/activities.py" line="134" />
            <source>This activity is not a follow-up.</source>
            <translation>此活动不是跟进。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="60" />
            <source>This database was written by a newer SalesDesk. Install the newer version to open it.</source>
            <translation>此数据库由较新版本的 SalesDesk 写入。请安装新版本后再打开。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/activities.py" line="136" />
            <source>This follow-up is already done.</source>
            <translation>此跟进已完成。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/document_check.py" line="50" />
            <source>This is not a SalesDesk export (no "format": "salesdesk").</source>
            <translation>这不是 SalesDesk 导出文件（缺少 "format": "salesdesk"）。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/metrics/alerts.py" line="20" />
            <source>Too few new deals: {created} created against {closed} closed; the top of the pipeline is not being refilled.</source>
            <translation>新商机太少：新建 {created} 个，结束 {closed} 个；销售管道的前端没有得到补充。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/activities.py" line="31" />
            <location filename="../../salesdesk/core/services/activities.py" line="95" />
            <location filename="../../salesdesk/core/services/interactions.py" line="75" />
            <source>Unknown activity type '{kind}'.</source>
            <translation>未知的活动类型“{kind}”。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/money.py" line="47" />
            <source>Unknown currency code '{code}'. Use a three-letter ISO code such as EUR.</source>
            <translation>未知的货币代码“{code}”。请使用三个字母的 ISO 代码，例如 CNY。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/export.py" line="85" />
            <source>Unknown export format '{format}': use json or csv.</source>
            <translation>未知的导出格式“{format}”：请使用 json 或 csv。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/interactions.py" line="79" />
            <source>Unknown outcome '{outcome}'.</source>
            <translation>未知的结果“{outcome}”。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="40" />
            <location filename="../../salesdesk/core/services/moves.py" line="111" />
            <source>Unknown stage.</source>
            <translation>未知阶段。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="104" />
            <source>Your current database was not changed. Choose another backup.</source>
            <translation>您当前的数据库未被更改。请选择其他备份。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/objections.py" line="67" />
            <location filename="../../salesdesk/core/services/objections.py" line="163" />
            <location filename="../../salesdesk/core/services/objections.py" line="179" />
            <source>category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="31" />
            <source>contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="360" />
            <location filename="../../salesdesk/core/services/contacts.py" line="42" />
            <location filename="../../salesdesk/core/services/people.py" line="450" />
            <source>contact name</source>
            <translation>联系人姓名</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="30" />
            <location filename="../../salesdesk/core/services/moves.py" line="104" />
            <source>deal</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="405" />
            <source>email address</source>
            <translation>邮箱地址</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="36" />
            <source>exit criterion</source>
            <translation>推进标准</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="38" />
            <source>follow-up</source>
            <translation>跟进</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="34" />
            <source>library objection</source>
            <translation>异议库条目</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="40" />
            <source>lost</source>
            <translation>丢单</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="399" />
            <location filename="../../salesdesk/core/services/moves.py" line="115" />
            <source>lost reason</source>
            <translation>丢单原因</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="255" />
            <source>more cells than the header has columns (a comma or semicolon inside a cell that is not in quotes?)</source>
            <translation>单元格数量多于标题行的列数（是否有单元格内含逗号或分号却没有加引号？）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvvalues.py" line="33" />
            <source>negative amount '{text}'</source>
            <translation>金额为负数：“{text}”</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="347" />
            <source>no title</source>
            <translation>没有标题</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="33" />
            <location filename="../../salesdesk/core/services/objections.py" line="35" />
            <location filename="../../salesdesk/core/services/objections.py" line="164" />
            <location filename="../../salesdesk/core/services/objections.py" line="180" />
            <source>objection</source>
            <translation>异议</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="32" />
            <source>organization</source>
            <translation>公司</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="357" />
            <location filename="../../salesdesk/core/services/deals.py" line="46" />
            <location filename="../../salesdesk/core/services/organizations.py" line="164" />
            <location filename="../../salesdesk/core/services/organizations.py" line="185" />
            <source>organization name</source>
            <translation>公司名称</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="417" />
            <source>phone number</source>
            <translation>电话号码</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="35" />
            <source>question</source>
            <translation>问题</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="452" />
            <source>role</source>
            <translation>职务</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="37" />
            <source>stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="379" />
            <source>the amount '{amount}' is not in {currency}, the currency column's</source>
            <translation>金额“{amount}”的货币与货币列中的 {currency} 不一致</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvvalues.py" line="36" />
            <source>the date '{text}' is out of range</source>
            <translation>日期“{text}”超出范围</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="264" />
            <source>the row holds characters that are not valid text</source>
            <translation>该行包含无效的文本字符</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="275" />
            <source>the same record as line {other} ({id})</source>
            <translation>与第 {other} 行是同一条记录（{id}）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="351" />
            <source>the title is longer than {limit} characters</source>
            <translation>标题超过 {limit} 个字符</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="355" />
            <location filename="../../salesdesk/core/services/deals.py" line="92" />
            <location filename="../../salesdesk/core/services/deals.py" line="131" />
            <location filename="../../salesdesk/ui/dialogs.py" line="157" />
            <source>title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="425" />
            <source>unknown status '{text}' (open, won or lost)</source>
            <translation>未知状态“{text}”（应为 open、won 或 lost）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="39" />
            <source>won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="444" />
            <source>{currency} has {digits} decimal places at most</source>
            <translation>{currency} 最多有 {digits} 位小数</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/money.py" line="84" />
            <source>{currency} has {digits} decimal places at most.</source>
            <translation>{currency} 最多有 {digits} 位小数。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="193" />
            <source>{folder} is a file, not a folder.</source>
            <translation>{folder} 是文件，不是文件夹。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="164" />
            <location filename="../../salesdesk/core/io/document_import.py" line="50" />
            <source>{path} cannot be read: {reason}</source>
            <translation>无法读取 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="375" />
            <location filename="../../salesdesk/storage/backups.py" line="400" />
            <source>{path} is damaged ({problem}).</source>
            <translation>{path} 已损坏（{problem}）。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="170" />
            <source>{path} is not a CSV file (it holds binary data).</source>
            <translation>{path} 不是 CSV 文件（其中包含二进制数据）。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/document_import.py" line="56" />
            <source>{path} is not a JSON file ({reason}).</source>
            <translation>{path} 不是 JSON 文件（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="350" />
            <location filename="../../salesdesk/storage/backups.py" line="356" />
            <location filename="../../salesdesk/storage/database.py" line="59" />
            <location filename="../../salesdesk/storage/database.py" line="239" />
            <source>{path} is not a SalesDesk database.</source>
            <translation>{path} 不是 SalesDesk 数据库。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="457" />
            <source>{path} is the database in use, not a backup.</source>
            <translation>{path} 是正在使用的数据库，不是备份。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="359" />
            <location filename="../../salesdesk/storage/database.py" line="242" />
            <source>{path} was written by a newer version of SalesDesk (schema {revision}).</source>
            <translation>{path} 由较新版本的 SalesDesk 写入（数据库版本 {revision}）。</translation>
        </message>
    </context>
    <context>
        <name>filterBar</name>
        <message>
            <location filename="../../salesdesk/ui/board/filter_bar.py" line="38" />
            <source>Closing this month</source>
            <translation>本月预计成交</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/filter_bar.py" line="30" />
            <source>Filter by title, organization or contact ({key})</source>
            <translation>按标题、公司或联系人筛选（{key}）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/filter_bar.py" line="37" />
            <source>Follow-up overdue</source>
            <translation>跟进已逾期</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/filter_bar.py" line="36" />
            <source>Stalled</source>
            <translation>停滞</translation>
        </message>
    </context>
    <context>
        <name>formatting</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/formatting.py" line="80" />
            <source> + %Ln other currencies</source>
            <translation>
                <numerusform> + 其他 %Ln 种货币</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/formatting.py" line="258" />
            <source>, no activity for {days} days</source>
            <translation>，{days} 天无活动</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/formatting.py" line="254" />
            <source>{days} days in {stage}</source>
            <translation>在{stage}阶段停留 {days} 天</translation>
        </message>
    </context>
    <context>
        <name>insights</name>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="308" />
            <location filename="../../salesdesk/ui/insights/charts.py" line="311" />
            <source>(no reason)</source>
            <translation>（无原因）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="196" />
            <source>At start</source>
            <translation>期初</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="179" />
            <source>Average</source>
            <translation>平均值</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="166" />
            <source>Average days</source>
            <translation>平均天数</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="283" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="156" />
            <location filename="../../salesdesk/ui/insights/charts.py" line="243" />
            <location filename="../../salesdesk/ui/insights/charts.py" line="286" />
            <location filename="../../salesdesk/ui/insights/charts.py" line="306" />
            <source>Deals</source>
            <translation>商机数</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="312" />
            <source>Deals lost</source>
            <translation>丢单商机数</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="185" />
            <source>Deals stay longest in {stage}: {days} days on average</source>
            <translation>商机在{stage}阶段停留时间最长：平均 {days} 天</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="197" />
            <source>Entered</source>
            <translation>流入</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="201" />
            <source>Lost</source>
            <translation>丢单</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="179" />
            <source>Median</source>
            <translation>中位数</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="166" />
            <source>Median days</source>
            <translation>天数中位数</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="243" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="198" />
            <source>Moved on</source>
            <translation>推进</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="284" />
            <source>Objection</source>
            <translation>异议</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="243" />
            <source>Of target</source>
            <translation>目标完成率</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="137" />
            <source>Reached</source>
            <translation>到达数</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="306" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="202" />
            <source>Remain</source>
            <translation>剩余</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="306" />
            <source>Share</source>
            <translation>占比</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="137" />
            <location filename="../../salesdesk/ui/insights/charts.py" line="166" />
            <location filename="../../salesdesk/ui/insights/charts.py" line="208" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="288" />
            <source>Stages</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="166" />
            <source>Stays</source>
            <translation>停留次数</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="243" />
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="264" />
            <source>Target ({currency})</source>
            <translation>目标（{currency}）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="285" />
            <source>Times</source>
            <translation>次数</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="301" />
            <source>Times raised</source>
            <translation>提出次数</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="137" />
            <source>To next</source>
            <translation>下一阶段转化率</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="137" />
            <source>To won</source>
            <translation>赢单转化率</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="137" />
            <source>Value</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="243" />
            <source>Weighted</source>
            <translation>加权金额</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="262" />
            <source>Weighted forecast ({currency})</source>
            <translation>加权预测（{currency}）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="199" />
            <source>Went back</source>
            <translation>退回</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="287" />
            <source>Win rate</source>
            <translation>赢单率</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="200" />
            <source>Won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="268" />
            <source>{n} of {total} deals weighted by their checklist's evidence</source>
            <translation>{total} 个商机中，有 {n} 个按检查清单中已满足的推进标准加权</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="160" />
            <source>{rate} of the deals in play reached won</source>
            <translation>统计范围内的商机中有 {rate} 最终赢单</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="221" />
            <source>{stage}: started with {start}, {on} moved on, {added} were added, {left} remain</source>
            <translation>{stage}：期初 {start} 个，推进 {on} 个，新增 {added} 个，剩余 {left} 个</translation>
        </message>
    </context>
    <context>
        <name>outcomes</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="27" />
            <source>Call</source>
            <translation>通话</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="29" />
            <source>Email</source>
            <translation>邮件</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="18" />
            <source>Left a voicemail</source>
            <translation>已留语音信息</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="28" />
            <source>Meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="19" />
            <source>Meeting held</source>
            <translation>会议已举行</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="17" />
            <source>No answer</source>
            <translation>无人接听</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="21" />
            <source>Not interested</source>
            <translation>不感兴趣</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="30" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="16" />
            <source>Reached</source>
            <translation>已联系上</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="20" />
            <source>Rescheduled</source>
            <translation>已改期</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="31" />
            <source>Task</source>
            <translation>任务</translation>
        </message>
    </context>
    <context>
        <name>people</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/detail.py" line="228" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln 个商机</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="246" />
            <source>Activit&amp;y ({n})</source>
            <translation>活动(&amp;Y)（{n}）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="224" />
            <source>Added {date}</source>
            <translation>添加于 {date}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="304" />
            <source>Call {phone}</source>
            <translation>拨打 {phone}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="114" />
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/lists.py" line="170" />
            <source>Contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="244" />
            <source>Contacts ({n})</source>
            <translation>联系人（{n}）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/links.py" line="71" />
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="245" />
            <source>Dea&amp;ls ({n})</source>
            <translation>商机(&amp;L)（{n}）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="113" />
            <location filename="../../salesdesk/ui/people/detail.py" line="198" />
            <source>Deal</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/lists.py" line="172" />
            <location filename="../../salesdesk/ui/people/lists.py" line="212" />
            <source>Deals</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="189" />
            <location filename="../../salesdesk/ui/people/lists.py" line="211" />
            <source>Email</source>
            <translation>邮箱</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="306" />
            <source>Email {email}</source>
            <translation>发邮件至 {email}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="335" />
            <source>Email:</source>
            <translation>邮箱：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="115" />
            <source>Expected close / closed</source>
            <translation>预计成交 / 结束日期</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="257" />
            <source>Follow-up</source>
            <translation>跟进</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="115" />
            <location filename="../../salesdesk/ui/people/lists.py" line="173" />
            <source>Last activity</source>
            <translation>最近活动</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="336" />
            <source>Last reached:</source>
            <translation>最近联系上：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="60" />
            <source>Lost</source>
            <translation>丢单</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="189" />
            <location filename="../../salesdesk/ui/people/lists.py" line="207" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="367" />
            <source>Not yet (no call, meeting or email that reached them is logged)</source>
            <translation>尚未联系上（没有记录过联系上对方的通话、会议或邮件）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="198" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/detail.py" line="359" />
            <source>On %Ln deal(s)</source>
            <translation>
                <numerusform>参与 %Ln 个商机</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="60" />
            <source>Open</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/lists.py" line="171" />
            <source>Open deals</source>
            <translation>进行中的商机</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="114" />
            <location filename="../../salesdesk/ui/people/lists.py" line="169" />
            <location filename="../../salesdesk/ui/people/lists.py" line="208" />
            <source>Organization</source>
            <translation>公司</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="333" />
            <source>Organization:</source>
            <translation>公司：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="198" />
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="189" />
            <location filename="../../salesdesk/ui/people/lists.py" line="210" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="334" />
            <source>Phone:</source>
            <translation>电话：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="189" />
            <location filename="../../salesdesk/ui/people/lists.py" line="209" />
            <source>Role</source>
            <translation>职务</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="332" />
            <source>Role:</source>
            <translation>职务：</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="299" />
            <source>Show contact</source>
            <translation>显示联系人</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="113" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="113" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="198" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="113" />
            <source>Value</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="198" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="60" />
            <source>Won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="258" />
            <source>{kind} (done)</source>
            <translation>{kind}（已完成）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="258" />
            <source>{kind} (planned)</source>
            <translation>{kind}（计划中）</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="369" />
            <source>{when} ({kind}, {deal})</source>
            <translation>{when}（{kind}，{deal}）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/detail.py" line="276" />
            <source>… and %Ln earlier</source>
            <translation>
                <numerusform>…以及更早的 %Ln 条</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/detail.py" line="158" />
            <source>… and %Ln more: the deals table lists them all.</source>
            <translation>
                <numerusform>…还有 %Ln 个：商机列表中列出了全部商机。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>restoring</name>
        <message>
            <location filename="../../salesdesk/ui/backups/restoring.py" line="71" />
            <source>Restored {file}.</source>
            <translation>已恢复 {file}。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restoring.py" line="87" />
            <source>Restoring the backup…</source>
            <translation>正在恢复备份…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restoring.py" line="42" />
            <source>The backup was not restored</source>
            <translation>备份未恢复</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restoring.py" line="49" />
            <source>The restored database cannot be opened</source>
            <translation>无法打开恢复后的数据库</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restoring.py" line="47" />
            <location filename="../../salesdesk/ui/backups/restoring.py" line="73" />
            <source>Your database as it was is kept in {path}.</source>
            <translation>您原来的数据库保存在 {path}。</translation>
        </message>
    </context>
    <context>
        <name>startup</name>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="59" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="61" />
            <source>&amp;Restore a backup…</source>
            <translation>恢复备份(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="60" />
            <source>&amp;Try again</source>
            <translation>重试(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="78" />
            <source>Choose a folder for SalesDesk's data</source>
            <translation>为 SalesDesk 的数据选择文件夹</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="92" />
            <source>Data folder: {path}</source>
            <translation>数据文件夹：{path}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="119" />
            <source>Restored {file}.</source>
            <translation>已恢复 {file}。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="90" />
            <source>SalesDesk cannot open its database</source>
            <translation>SalesDesk 无法打开其数据库</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="63" />
            <source>Start a &amp;new database</source>
            <translation>新建数据库(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="117" />
            <source>The backup was not restored</source>
            <translation>备份未恢复</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="121" />
            <source>The database that could not be opened is kept in {path}.</source>
            <translation>无法打开的数据库已保留在 {path}。</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="62" />
            <source>Use &amp;another folder…</source>
            <translation>使用其他文件夹(&amp;A)…</translation>
        </message>
    </context>
</TS>
