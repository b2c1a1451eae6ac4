<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
    <context>
        <name>ActivityTab</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="28" />
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="44" />
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="44" />
            <source>Follow-up (done)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="48" />
            <source>Objection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="32" />
            <source>Select an entry to read it in full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="46" />
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="28" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="28" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BackupController</name>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="131" />
            <source>A backup is already running…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="91" />
            <source>Back up &amp;now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="190" />
            <source>Backed up to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="194" />
            <source>Backed up, but not to the second folder {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="145" />
            <source>Backing up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="206" />
            <source>Backup failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="236" />
            <source>Backups are no longer copied to a second folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="95" />
            <source>Restore from a bac&amp;kup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="102" />
            <source>Second backup &amp;folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="198" />
            <source>Second backup folder failed: {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="208" />
            <source>The backup failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="205" />
            <source>The backup failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="115" />
            <source>The backup when SalesDesk last closed failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="232" />
            <source>The setting was not saved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BoardView</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/board/view.py" line="258" />
            <source>%n deals moved on with exit criteria unmet.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/board/view.py" line="328" />
            <source>Delete %n deal(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="61" />
            <source>Lost</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/board/view.py" line="296" />
            <source>Move %n deal(s) to {stage}</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="338" />
            <location filename="../../salesdesk/ui/board/view.py" line="357" />
            <source>New deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="325" />
            <source>The deal was not deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="222" />
            <location filename="../../salesdesk/ui/board/view.py" line="242" />
            <source>The deal was not moved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="355" />
            <source>The deal was not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="243" />
            <source>These exit criteria are not met yet:
{list}

Tick them in the deal's checklist first, or change the rule in Deal &gt; Unmet exit criteria.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="60" />
            <source>Won</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="254" />
            <source>“{title}” moved on with exit criteria unmet: {list}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <location filename="../../salesdesk/ui/board/delegate.py" line="107" />
            <source>overdue {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/delegate.py" line="111" />
            <source>today {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/delegate.py" line="95" />
            <source>{days} d in stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/delegate.py" line="97" />
            <source>{days} d, idle {idle} d</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChartCard</name>
        <message>
            <location filename="../../salesdesk/ui/insights/cards.py" line="66" />
            <source>Nothing to show for this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/cards.py" line="77" />
            <source>{title}: figures</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChecklistTab</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="184" />
            <source>Answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="256" />
            <source>Edit answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="159" />
            <source>Evidence-based probability: {evidence} ({met} of {total} exit criteria met; stage default {stage})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="190" />
            <source>Exit criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="180" />
            <source>Questions to ask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="153" />
            <source>This deal is closed; its checklists are kept below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="155" />
            <source>This stage has no exit criteria.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="275" />
            <source>Tick exit criterion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="275" />
            <source>Untick exit criterion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="209" />
            <source>{stage} · {evidence}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="194" />
            <source>{text} ({weight})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ColumnWidget</name>
        <message>
            <location filename="../../salesdesk/ui/board/column.py" line="201" />
            <source>Total: {total}
Weighted by win probability: {weighted}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/column.py" line="180" />
            <source>{count} deals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/column.py" line="176" />
            <source>{shown} of {total} deals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/column.py" line="185" />
            <source>{total}
weighted {weighted}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="130" />
            <source>&amp;Email:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="126" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="127" />
            <source>&amp;Organization:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="129" />
            <source>&amp;Phone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="128" />
            <source>&amp;Role:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="168" />
            <source>Save it anyway, as a second person of that name?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="137" />
            <source>as you would dial it, e.g. +358 40 123 4567</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="139" />
            <source>name@example.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="140" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="80" />
            <source>&amp;Copy details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="99" />
            <source>&amp;Keep working</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="95" />
            <source>&amp;Quit SalesDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="107" />
            <source>Copied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="84" />
            <source>Open &amp;log folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="50" />
            <source>SalesDesk: unexpected error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="64" />
            <source>Something went wrong inside SalesDesk. A change that was being saved when it happened is either saved whole or not at all, never halfway: check that your last change is there before doing it again.

You can keep working. If it happens again, please send us the details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="59" />
            <source>Something went wrong while SalesDesk was starting, and it has to close. Your data was not changed.

Please send us the details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="57" />
            <source>The details could not be saved to a file; copy them from below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="55" />
            <source>The details were saved to {path}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DealDialog</name>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="109" />
            <source>&amp;Organization:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="108" />
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="110" />
            <source>&amp;Value:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="111" />
            <source>C&amp;urrency:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="97" />
            <source>Expected close:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DealWorkspace</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="66" />
            <source>&amp;Activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="64" />
            <source>&amp;Checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="52" />
            <source>&amp;Log a call or meeting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="63" />
            <source>&amp;Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="53" />
            <source>Ctrl+L</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="125" />
            <source>Lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="65" />
            <source>O&amp;bjections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="77" />
            <source>Open a deal (Enter or double-click a card) to see it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="118" />
            <source>This deal was deleted. Ctrl+Z brings it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="125" />
            <source>Won</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DealsTableView</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="185" />
            <source>%Ln deal(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="440" />
            <source>%n deal(s) written to {path}</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="300" />
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="295" />
            <source>&amp;Expected close…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="288" />
            <source>&amp;Open deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="296" />
            <source>&amp;Reopen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="95" />
            <source>&amp;Selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="80" />
            <source>All deals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="103" />
            <source>C&amp;olumns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="401" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="376" />
            <source>Change %n deals?</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="340" />
            <source>Change expected close of %n deal(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="298" />
            <source>E&amp;xport to CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="399" />
            <source>Export the selected deals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="83" />
            <source>Lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="289" />
            <source>Move to &amp;stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="81" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="181" />
            <source>Reading…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="358" />
            <source>Reopen %n deal(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="356" />
            <source>The deal was not reopened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="194" />
            <source>The deals could not be read: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="336" />
            <source>The deals were not changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="426" />
            <location filename="../../salesdesk/ui/table/view.py" line="433" />
            <source>The deals were not exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="377" />
            <source>This changes {count} deals at once and may take a minute or more; the window waits until it is done. It can be undone with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="82" />
            <source>Won</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="84" />
            <source>Won and lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="427" />
            <source>{path} could not be written: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="187" />
            <source>{shown} of {total} deals</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExpectedCloseDialog</name>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="174" />
            <source>&amp;No expected close date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="169" />
            <source>Expected close</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/dialogs.py" line="181" />
            <source>Expected close for %n deal(s):</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/exports.py" line="182" />
            <source>%n deal(s) and everything else exported to {path}</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/exports.py" line="184" />
            <source>%n deal(s) exported as CSV files to {path}</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="140" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="101" />
            <source>Choose where to put the CSV folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="58" />
            <source>E&amp;xport data…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="195" />
            <source>Export cancelled; nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="89" />
            <location filename="../../salesdesk/ui/exports.py" line="142" />
            <source>Export data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="140" />
            <source>Exporting to {path}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="91" />
            <source>SalesDesk data (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="206" />
            <source>The data was not exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="201" />
            <source>{path} could not be written: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../salesdesk/ui/export_dialog.py" line="29" />
            <source>&amp;CSV files for a spreadsheet (a folder)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/export_dialog.py" line="38" />
            <source>&amp;Deals of:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/export_dialog.py" line="45" />
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/export_dialog.py" line="27" />
            <source>&amp;One JSON file: everything, to import again or keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/export_dialog.py" line="35" />
            <source>All pipelines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/export_dialog.py" line="25" />
            <source>Export data</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message>
            <location filename="../../salesdesk/ui/imports/controller.py" line="28" />
            <source>&amp;Import deals…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/controller.py" line="49" />
            <source>Imported {n} deals.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="286" />
            <source>&amp;Amounts:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="169" />
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="540" />
            <source>&amp;Cancel the import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="285" />
            <source>&amp;Dates:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="175" />
            <source>&amp;File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="461" />
            <source>&amp;Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="419" />
            <source>(no stage)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="274" />
            <source>1,234.56</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="275" />
            <source>1.234,56</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="161" />
            <source>A CSV export from Pipedrive, HubSpot or Salesforce, or any CSV with one deal per row. Nothing changes until the last step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="228" />
            <source>Account id (looked up in Account.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="187" />
            <source>CSV files (*.csv *.txt);;SalesDesk exports (*.json);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="614" />
            <source>Cancelling… nothing will be imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="248" />
            <source>Check the columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="409" />
            <source>Choose a stage…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="364" />
            <source>Choose the column that holds the deal's title (or its organization).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="159" />
            <source>Choose the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="235" />
            <source>Closed (yes/no)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="237" />
            <source>Closed on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="229" />
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="238" />
            <source>Created on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="231" />
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="287" />
            <source>Currency when the file has &amp;none:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="267" />
            <source>Day first (31.12.2024)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="266" />
            <location filename="../../salesdesk/ui/imports/wizard.py" line="273" />
            <source>Decide from the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="239" />
            <source>Entered the stage on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="433" />
            <source>Every stage in the file matches a stage of your pipeline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="236" />
            <source>Expected close date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="284" />
            <source>F&amp;ormat:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="97" />
            <location filename="../../salesdesk/ui/imports/wizard.py" line="146" />
            <location filename="../../salesdesk/ui/imports/wizard.py" line="185" />
            <location filename="../../salesdesk/ui/imports/wizard.py" line="363" />
            <source>Import deals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="628" />
            <source>Imported {deals} deals, {orgs} organizations, {contacts} contacts and {activities} activities; {skipped} deals were imported before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="647" />
            <source>Imported {n} deals ({won} won, {lost} lost) and {orgs} new organizations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="537" />
            <source>Importing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="581" />
            <source>Importing the SalesDesk export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="240" />
            <source>Lost reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="382" />
            <source>Map the stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="268" />
            <source>Month first (12/31/2024)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="661" />
            <source>Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="227" />
            <source>Organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="251" />
            <source>Other CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="167" />
            <source>Path of a .csv file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="224" />
            <source>Record id (skips rows imported before)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="459" />
            <source>Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="412" />
            <source>Skip these rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="145" />
            <source>Something went wrong: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="232" />
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="233" />
            <source>Status (open, won, lost)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="659" />
            <source>The import was cancelled; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="427" />
            <source>These stages of the file are not in your pipeline. Choose where their deals go; SalesDesk remembers it for the next import from {source}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="225" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="226" />
            <source>Title, second part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="230" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="234" />
            <source>Won (yes/no)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="565" />
            <source>Writing {n} deals…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="313" />
            <source>commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="77" />
            <source>line {line}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="313" />
            <source>semicolons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="313" />
            <source>tabs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="505" />
            <source>{file} is a SalesDesk export of {when}: {deals} deals, {orgs} organizations, {contacts} contacts, {activities} activities. Deals imported from it before are skipped; pipelines, stages and organizations it shares with this database are matched by name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="307" />
            <source>{file}: {rows} rows, {encoding}, separated by {delimiter}. Recognised as: {fmt}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="418" />
            <source>{name} ({rows} rows)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="474" />
            <source>{n} deals will be added: {open} open, {won} won, {lost} lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="480" />
            <source>{n} new organizations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="487" />
            <source>{n} rows are skipped as you chose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="491" />
            <source>{n} rows cannot be imported and are listed below; the others will be.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="484" />
            <source>{n} rows were imported before and are skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="321" />
            <source>— not in the file —</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InsightsView</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/insights/view.py" line="385" />
            <source>%n chart(s) saved in {folder}</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/insights/view.py" line="403" />
            <source>%n figure(s) saved to {path}</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="74" />
            <source>&amp;Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="103" />
            <source>Average sales cycle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="102" />
            <source>Average won value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="393" />
            <source>CSV file (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="359" />
            <source>Chart saved to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="77" />
            <source>Charts as &amp;PNG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="90" />
            <source>Currency:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="78" />
            <source>Figures as &amp;CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="123" />
            <source>Flows per stage in the period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="69" />
            <source>Forecast currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="121" />
            <source>Funnel: deals reaching each stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="126" />
            <source>Lost reasons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="71" />
            <source>Monthly &amp;target…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="125" />
            <source>Objections raised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="349" />
            <source>PNG image (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="65" />
            <source>Pipeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="104" />
            <source>Pipeline velocity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="86" />
            <source>Pipeline:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="206" />
            <source>Reading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="349" />
            <source>Save chart as PNG</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="366" />
            <source>Save the charts in a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="393" />
            <source>Save the figures as CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="356" />
            <source>The chart was not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="379" />
            <source>The charts were not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="221" />
            <source>The figures could not be read: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="400" />
            <source>The figures were not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="228" />
            <source>There is no pipeline yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="346" />
            <source>This chart has nothing to show yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="122" />
            <source>Time in stage (days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="124" />
            <source>Weighted forecast by expected close month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="100" />
            <source>Win rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="101" />
            <source>Won / lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="275" />
            <source>{amount} a day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="258" />
            <source>{first} – {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="333" />
            <source>{path} could not be written: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LibraryDialog</name>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="191" />
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="189" />
            <source>&amp;New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="198" />
            <source>&amp;Objection:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="190" />
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="197" />
            <source>C&amp;ategory:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="180" />
            <source>Choose or type a category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="192" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="325" />
            <source>Delete objection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="321" />
            <source>Delete “{text}” from the library?

Deals where it was raised keep the objection's text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="148" />
            <source>Objection library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="155" />
            <source>Search objections, categories and answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="199" />
            <source>Standard &amp;answer:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LibraryModel</name>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="78" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="78" />
            <source>Objection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="79" />
            <source>Raised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="79" />
            <source>Stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="78" />
            <source>Standard answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="79" />
            <source>Won</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="116" />
            <source>{won} of {closed} closed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <location filename="../../salesdesk/ui/people/list_page.py" line="32" />
            <source>Sea&amp;rch:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LogCallDialog</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="75" />
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="148" />
            <source>&amp;Duration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="86" />
            <source>&amp;Next step:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="149" />
            <source>&amp;Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="146" />
            <source>&amp;Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="147" />
            <source>&amp;When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="81" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="138" />
            <source>Ctrl+Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="290" />
            <source>Discard this log?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="59" />
            <source>Log a call or meeting — {title}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="96" />
            <source>Mark the %n due follow-up(s) as done</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="156" />
            <source>No&amp;tes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="126" />
            <source>Objections raised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="104" />
            <source>Questions answered — {stage}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="84" />
            <source>What was said, what was agreed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="291" />
            <source>What you typed has not been saved. Discard it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="89" />
            <source>e.g. send the proposal</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LostReasonDialog</name>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="40" />
            <source>Choose or type a reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="34" />
            <source>Mark as lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="48" />
            <source>Why was this deal lost?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="50" />
            <source>Why were these {n} deals lost?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/main_window.py" line="530" />
            <source>%n event(s) written to {path}</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="259" />
            <source>&amp;About SalesDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="312" />
            <source>&amp;Allow without a word</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="311" />
            <source>&amp;Block the move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="231" />
            <source>&amp;Board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="180" />
            <source>&amp;Deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="232" />
            <source>&amp;Deals table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="224" />
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="158" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="138" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="175" />
            <source>&amp;Filter deals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="258" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="236" />
            <source>&amp;Insights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="185" />
            <source>&amp;Log a call or meeting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="182" />
            <source>&amp;New deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="184" />
            <source>&amp;Open deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="234" />
            <source>&amp;Organizations and contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="156" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="161" />
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="247" />
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="170" />
            <source>&amp;Search everything…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="230" />
            <source>&amp;Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="159" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="229" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="310" />
            <source>&amp;Warn, then move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="552" />
            <source>About SalesDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="512" />
            <source>Calendar (*.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="485" />
            <source>Cannot log a call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="77" />
            <source>Deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="240" />
            <source>Deal &amp;workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="147" />
            <source>Export &amp;calendar…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="512" />
            <source>Export calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="152" />
            <source>Export the deal's ca&amp;lendar…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="211" />
            <source>Mark as &amp;lost…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="204" />
            <source>Mark as &amp;won</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="197" />
            <source>Move one stage &amp;left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="190" />
            <source>Move one stage &amp;right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="218" />
            <source>Objection &amp;library…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="500" />
            <source>Reopen deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="553" />
            <source>SalesDesk {version}
Your pipeline, on your laptop, offline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="113" />
            <source>SalesDesk — {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="523" />
            <source>The calendar was not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="498" />
            <source>The deal was not reopened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="306" />
            <source>Unmet e&amp;xit criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="524" />
            <source>{path} could not be written: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="59" />
            <source>{warning} Ctrl+Z undoes the move.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/merge.py" line="129" />
            <source>%n group(s) of organizations with the same name (case, accents, spelling variants and spaces aside). Every deal and contact is kept.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="76" />
            <source>&amp;Keep:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="62" />
            <source>&amp;Merge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="59" />
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="59" />
            <source>Deals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="177" />
            <source>Kept: the others are merged into it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="101" />
            <source>Looking for organizations with the same name…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/merge.py" line="243" />
            <source>Merge %n duplicate organization(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/merge.py" line="216" />
            <source>Merge %n organization(s) into {name}</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="66" />
            <source>Merge &amp;all groups (keeping the oldest)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="41" />
            <source>Merge duplicate organizations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="234" />
            <location filename="../../salesdesk/ui/people/merge.py" line="246" />
            <source>Merged. Ctrl+Z in the main window undoes it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="138" />
            <source>No duplicate organizations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="254" />
            <source>Nothing was merged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="59" />
            <source>Organization (ticked: merged)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="122" />
            <source>{name} ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="156" />
            <source>{name} — {deals} deals, {contacts} contacts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ObjectionForm</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="41" />
            <source>&amp;Add objection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="53" />
            <source>Ans&amp;wer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="52" />
            <source>Cate&amp;gory:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="51" />
            <source>Ob&amp;jection:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="39" />
            <source>Resol&amp;ved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="40" />
            <source>Save to the &amp;library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="37" />
            <source>What you answered (the library's answer to adapt)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ObjectionPicker</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/picker.py" line="36" />
            <source>Type an objection; matches from the library appear</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ObjectionsTab</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="60" />
            <source>&amp;Delete objection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="59" />
            <source>&amp;Resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="87" />
            <source>Add an objection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="173" />
            <source>Add objection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="47" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="231" />
            <source>Delete objection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="197" />
            <source>Edit answer to objection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="206" />
            <source>Mark objection resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="47" />
            <source>Objection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="114" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="206" />
            <source>Reopen objection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="114" />
            <source>Resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="47" />
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="47" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="57" />
            <source>What you answered</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrganizationDialog</name>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="95" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="102" />
            <source>Save it anyway, as a second organization? (Merge duplicates… joins two into one.)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="93" />
            <source>&amp;Contact:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="92" />
            <source>&amp;Organization:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="101" />
            <source>&amp;Stage:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="91" />
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="94" />
            <source>&amp;Value:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="296" />
            <source>'{text}' is not a date. Type it as {format} or 2026-12-31.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="95" />
            <source>E&amp;xpected close:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="271" />
            <source>Edit contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="301" />
            <source>Edit expected close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="250" />
            <source>Edit organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="237" />
            <source>Edit title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="283" />
            <source>Edit value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="74" />
            <source>Lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="72" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="109" />
            <source>Pick or type a new name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="102" />
            <source>Stat&amp;us:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="103" />
            <source>Win probability:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="73" />
            <source>Won</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="175" />
            <source>{evidence} from the exit criteria met (stage default {stage})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PeopleEditing</name>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="119" />
            <source>Add contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="70" />
            <source>Add organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="233" />
            <source>Call {phone}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="139" />
            <location filename="../../salesdesk/ui/people/editing.py" line="157" />
            <source>Edit contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="83" />
            <source>Edit organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="218" />
            <location filename="../../salesdesk/ui/people/editing.py" line="226" />
            <source>Edit…	F2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="236" />
            <source>Email {email}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="223" />
            <source>Merge duplicates…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="103" />
            <source>New contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="220" />
            <source>New contact at this organization…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="65" />
            <source>New organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="89" />
            <source>Rename organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="241" />
            <source>Show organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="129" />
            <source>The contact was not changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="81" />
            <source>The organization was not changed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PeopleView</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/view.py" line="274" />
            <source>%n contact(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/view.py" line="273" />
            <source>%n organization(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="75" />
            <source>&amp;Merge duplicates…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="57" />
            <source>Co&amp;ntacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="73" />
            <source>Ed&amp;it… (F2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="306" />
            <source>It no longer exists (merged or undone).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="51" />
            <source>Name, in any script or spelling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="53" />
            <source>Name, organization, role, email or phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="69" />
            <source>Ne&amp;w organization…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="71" />
            <source>New conta&amp;ct…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="268" />
            <source>No contacts yet: New contact adds one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="267" />
            <source>No organizations yet: New organization adds one, and so does a deal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="56" />
            <source>Or&amp;ganizations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="136" />
            <source>Reading organizations and contacts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="205" />
            <source>The lists could not be read: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="280" />
            <source>{shown} of {all}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PeriodBar</name>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="25" />
            <source>&amp;Period:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="36" />
            <source>All time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="37" />
            <source>Custom…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="31" />
            <source>Last month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="33" />
            <source>Last quarter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="35" />
            <source>Last year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="30" />
            <source>This month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="32" />
            <source>This quarter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="34" />
            <source>This year</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlaybookChooser</name>
        <message>
            <location filename="../../salesdesk/ui/first_run.py" line="78" />
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/first_run.py" line="44" />
            <source>Choose the sales process to start from. You can change stages, questions and objections later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/first_run.py" line="73" />
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/first_run.py" line="37" />
            <source>Welcome to SalesDesk</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlaybookController</name>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="55" />
            <source>&amp;Pipeline</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/playbooks.py" line="141" />
            <source>(%n objection(s) with no answer left out)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="99" />
            <source>Cannot switch pipelines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="41" />
            <source>E&amp;xport playbook…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="117" />
            <source>Export playbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="48" />
            <source>Import &amp;playbook…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="154" />
            <source>Import playbook</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/playbooks.py" line="172" />
            <source>Imported “{name}” with %n stage(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="139" />
            <source>Playbook written to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="117" />
            <location filename="../../salesdesk/ui/playbooks.py" line="154" />
            <source>Playbooks (*.toml)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="128" />
            <location filename="../../salesdesk/ui/playbooks.py" line="133" />
            <source>The playbook was not exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="167" />
            <source>The playbook was not imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="134" />
            <source>{path} could not be written: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/reminders.py" line="64" />
            <source>%n follow-up(s) overdue. Today (Ctrl+T) lists them.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/reminders.py" line="84" />
            <source>%n follow-ups due</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/reminders.py" line="80" />
            <source>Follow-up due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/reminders.py" line="47" />
            <source>Open Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/reminders.py" line="63" />
            <source>SalesDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/reminders.py" line="113" />
            <source>Snooze</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/reminders.py" line="49" />
            <source>Snooze an hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/reminders.py" line="50" />
            <source>Snooze until tomorrow</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="55" />
            <source>&amp;Choose file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="57" />
            <source>&amp;Restore…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="196" />
            <source>At exit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="194" />
            <source>At start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="197" />
            <source>Backed up now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="198" />
            <source>Before a restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="204" />
            <source>Before an upgrade (schema {revision})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="105" />
            <source>Choose a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="114" />
            <source>Chosen file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="195" />
            <source>Daily</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="199" />
            <source>Damaged database, before a restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="159" />
            <source>Deals: {open} open, {won} won, {lost} lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="43" />
            <source>Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="166" />
            <source>Last change: {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="43" />
            <source>Made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="152" />
            <source>Made: {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="96" />
            <source>No backups yet in {folder}. Choose file… opens any backup file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="160" />
            <source>Organizations: {organizations} · Contacts: {contacts} · Activities: {activities}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="163" />
            <source>Pipelines: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="133" />
            <source>Reading {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="35" />
            <source>Restore from a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="176" />
            <source>Restore this backup?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="107" />
            <source>SalesDesk databases (*.sqlite *.db);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="43" />
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="153" />
            <source>Size: {size}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="43" />
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="177" />
            <source>Your data will be replaced by the backup made {date} ({deals} deals).

The current database is backed up first: restoring that backup undoes this.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SearchPalette</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/palette.py" line="556" />
            <source>%n deal(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/palette.py" line="500" />
            <source>%n result(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="521" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="525" />
            <source>Call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="517" />
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="515" />
            <source>Deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="527" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="529" />
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="523" />
            <source>Lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="526" />
            <source>Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="520" />
            <location filename="../../salesdesk/ui/palette.py" line="528" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="498" />
            <source>Nothing found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="518" />
            <location filename="../../salesdesk/ui/palette.py" line="519" />
            <source>Objection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="560" />
            <source>Objection library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="489" />
            <source>Only actions can be searched: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="523" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="516" />
            <source>Organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="491" />
            <source>Reading deals, notes and objections…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="562" />
            <source>Resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="327" />
            <source>Search deals, organizations, contacts, notes, objections and actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="315" />
            <source>Search everything</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="493" />
            <source>The best {shown} of {total} results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="487" />
            <source>Type to search · Enter opens or runs · Esc closes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="523" />
            <source>Won</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SecondFolderDialog</name>
        <message>
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="38" />
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="41" />
            <source>&amp;Turn off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="27" />
            <source>Every backup is also copied to this folder: a USB stick or a synced folder keeps your pipeline safe if the laptop is lost. Leave it empty to keep backups only in the data folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="36" />
            <source>No second folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="25" />
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="71" />
            <source>Second backup folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="79" />
            <source>{folder} is not a folder that exists. Plug the drive in, or choose another.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TargetDialog</name>
        <message>
            <location filename="../../salesdesk/ui/insights/target_dialog.py" line="46" />
            <source>&amp;Amount a month:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/target_dialog.py" line="45" />
            <source>&amp;Currency:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/target_dialog.py" line="30" />
            <source>Monthly target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/target_dialog.py" line="54" />
            <source>The weighted forecast is set against this target each month.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/target_dialog.py" line="39" />
            <source>no target</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Toast</name>
        <message>
            <location filename="../../salesdesk/ui/board/toast.py" line="26" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/toast.py" line="29" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="85" />
            <source>&amp;Done (D)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="99" />
            <source>&amp;Reschedule… (R)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="87" />
            <source>&amp;Snooze</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="91" />
            <source>An hour (1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="169" />
            <source>Coming week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="322" />
            <source>Complete follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="200" />
            <source>Deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="168" />
            <source>Due today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="105" />
            <source>Enter opens the deal · D done · 1 snooze an hour · 2 tomorrow · 3 next week · R pick a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="261" />
            <source>Many sales come only after the fifth touch; most reps stop after two.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="93" />
            <source>Next week (3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="170" />
            <source>No next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="201" />
            <source>Organization · stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="167" />
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="97" />
            <source>Pick a date… (4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="148" />
            <source>Reading your day…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="336" />
            <location filename="../../salesdesk/ui/today/view.py" line="364" />
            <source>Reschedule follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="171" />
            <source>Stalled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="319" />
            <location filename="../../salesdesk/ui/today/view.py" line="360" />
            <source>The follow-up was not changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="179" />
            <source>Today, {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="92" />
            <source>Tomorrow morning (2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="203" />
            <source>Touches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="199" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="202" />
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="251" />
            <source>{n} of {goal}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="185" />
            <source>{overdue} overdue · {today} due today · {week} this week · {none} without a next step · {stalled} stalled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="224" />
            <source>… and {n} more</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_ChartView</name>
        <message>
            <location filename="../../salesdesk/ui/insights/cards.py" line="42" />
            <source>Save chart as PNG…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../salesdesk/ui/app.py" line="207" />
            <source>SalesDesk cannot start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/app.py" line="208" />
            <source>SalesDesk is already running with the data folder {path}, but it did not answer. Switch to its window, or close it and start SalesDesk again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/app.py" line="78" />
            <source>Using the data folder {path} until SalesDesk closes; start it with --data-dir to use that folder again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>board</name>
        <message>
            <location filename="../../salesdesk/ui/board/model.py" line="99" />
            <source>Stalled: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dealsTable</name>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="53" />
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="59" />
            <source>Days in stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="58" />
            <source>Expected close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="60" />
            <source>Last activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="73" />
            <source>Lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="61" />
            <source>Next follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="71" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="52" />
            <source>Organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="57" />
            <source>Probability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="54" />
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="55" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="51" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="56" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="72" />
            <source>Won</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="403" />
            <source>'{email}' does not look like an email address (name@example.com).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="124" />
            <source>'{name}' cannot be edited.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="414" />
            <source>'{phone}' is not a phone number: it has no digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvvalues.py" line="34" />
            <source>'{text}' is not a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/metrics/period.py" line="138" />
            <source>'{text}' is not a period: use month, quarter, year, all or START..END (YYYY-MM-DD..YYYY-MM-DD).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvvalues.py" line="35" />
            <source>'{text}' is not a valid time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvvalues.py" line="32" />
            <source>'{text}' is not an amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/money.py" line="72" />
            <location filename="../../salesdesk/core/money.py" line="78" />
            <source>'{text}' is not an amount.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/timeutil.py" line="69" />
            <source>'{value}' is not a date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/timeutil.py" line="56" />
            <source>'{value}' is not a time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/interactions.py" line="84" />
            <source>A call is logged after it happened, not before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="85" />
            <source>A new deal must start in an open stage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="116" />
            <source>A quote (") opened on line {line} is never closed, so the rest of the file would be read as one cell. Close the quote, or save the file again from the program that wrote it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/timeutil.py" line="34" />
            <source>A time without a time zone cannot be stored (naive datetime {value}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/organizations.py" line="78" />
            <source>An organization cannot be merged into itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="34" />
            <source>Another program is using the database. Close it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/metrics/alerts.py" line="24" />
            <source>Bottleneck: deals stay {days:.1f} days on average in {stage}, longer than its {limit} stalled-after days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="88" />
            <source>Check that the backup folder exists, is writable and has free space, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="487" />
            <source>Choose a stage for: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/organizations.py" line="75" />
            <source>Choose organizations to merge.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="206" />
            <source>Choose the column that holds the deal's title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="199" />
            <source>Free some space on that disk, then back up again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="22" />
            <source>Free some space on the disk, then try again. Nothing was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/metrics/alerts.py" line="17" />
            <source>Inverted funnel: {late} open deals in the later stages, {early} in the earlier ones.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="27" />
            <source>Make the data folder writable, or start SalesDesk with another folder (--data-dir).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="204" />
            <source>Make the folder writable, or choose another backup folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="53" />
            <source>Restore a backup to carry on where you were, or start a new, empty database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/pipelines.py" line="41" />
            <source>That pipeline does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/checklists.py" line="84" />
            <source>That question belongs to another pipeline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/document_check.py" line="54" />
            <source>The SalesDesk export has no valid version number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="212" />
            <source>The accounts file (Account.csv) is not beside the import: deals are imported without their organization.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="196" />
            <source>The backup in {folder} was not made: the disk is full.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="218" />
            <source>The backup in {folder} was not made: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="212" />
            <source>The backup was not made: the database file is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="207" />
            <source>The backup was not made: the database is locked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="179" />
            <source>The backup {path} failed its integrity check ({problem}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="185" />
            <source>The backup {path} is not a SalesDesk database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="575" />
            <source>The contact already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/app.py" line="186" />
            <source>The data folder {path} cannot be used: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/app.py" line="99" />
            <source>The data folder {path} is read-only or cannot be locked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="70" />
            <source>The database file cannot be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="77" />
            <source>The database file is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/storage/database.py" line="260" />
            <source>The database file is damaged. ({path})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="71" />
            <source>The database is locked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="69" />
            <source>The database is read-only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="97" />
            <source>The database may be damaged: run 'salesdesk check', and restore an earlier backup if it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/timeutil.py" line="46" />
            <source>The date {value} is out of range ({first} to {last}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="274" />
            <source>The deal already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="217" />
            <source>The deal is already lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="226" />
            <source>The deal is already open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="208" />
            <source>The deal is already won.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/moves.py" line="71" />
            <source>The deal to place it before is not in that stage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="68" />
            <source>The disk could not be written (I/O error).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="67" />
            <source>The disk is full.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/activities.py" line="38" />
            <source>The duration must be between 0 and 24 hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/export_json.py" line="49" />
            <source>The export was cancelled; no file was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="129" />
            <source>The file has only one column. A CSV export has a header row and columns separated by commas, semicolons or tabs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="125" />
            <source>The file is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="75" />
            <location filename="../../salesdesk/storage/errors.py" line="78" />
            <source>The file is not a SalesDesk database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="110" />
            <source>The file is not a readable CSV table (line {line}: {reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="71" />
            <source>The file is not text in a known encoding (UTF-8, UTF-16 or Windows-1252).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="158" />
            <source>The file is too large to import ({size} MB).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="49" />
            <source>The file starts as {encoding} text but is not valid {encoding} (byte {position}: {reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/document_check.py" line="57" />
            <source>The file was exported by a newer SalesDesk (document version {version}); install the newer version to import it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="39" />
            <source>The file was left untouched. Restore a backup, or choose another data folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/document_check.py" line="37" />
            <source>The file was not imported ({count} problems); nothing was changed:
{details}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="202" />
            <source>The folder {folder} cannot be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="200" />
            <source>The header row holds characters that are not valid text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/cancel.py" line="11" />
            <source>The import was cancelled; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/organizations.py" line="110" />
            <source>The merge can no longer be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/interactions.py" line="122" />
            <source>The next step must come after the call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/organizations.py" line="230" />
            <source>The organization already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/metrics/period.py" line="48" />
            <location filename="../../salesdesk/core/metrics/period.py" line="119" />
            <source>The period must end after it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/pipelines.py" line="59" />
            <source>The pipeline has no '{kind}' stage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/playbook.py" line="39" />
            <source>The playbook {source} has problems:
{problems}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="274" />
            <source>The second backup folder {folder} is not there (is the drive plugged in?).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="85" />
            <source>The text contains characters that are not valid text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="82" />
            <source>The text contains control characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="80" />
            <source>The text is too long (1 MB at most).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/money.py" line="59" />
            <source>The value cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/money.py" line="61" />
            <source>The value is too large.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/money.py" line="57" />
            <source>The value must be a whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="57" />
            <location filename="../../salesdesk/ui/dialogs.py" line="149" />
            <source>The {label} cannot be empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="65" />
            <source>The {label} contains characters that are not valid text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="60" />
            <source>The {label} contains control characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="51" />
            <source>The {label} is too long ({length} characters; {limit} at most).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="30" />
            <location filename="../../salesdesk/core/services/moves.py" line="104" />
            <location filename="../../salesdesk/core/services/people.py" line="281" />
            <source>The {what} no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="470" />
            <source>There is already a contact named {existing} at this organization.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/organizations.py" line="155" />
            <source>There is already an organization named {existing}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/bootstrap.py" line="51" />
            <source>There is no database with your deals in {folder}, but there are backups of one ({count}), the newest made on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="347" />
            <source>There is no file {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="486" />
            <source>There is no organization named {name}. Add it first with New organization.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/export.py" line="91" />
            <location filename="../../salesdesk/core/metrics/history.py" line="109" />
            <source>There is no pipeline with id {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/playbook_export.py" line="103" />
            <source>There is no pipeline with id {pipeline_id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/bootstrap.py" line="82" />
            <source>There is no playbook called '{name}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/activities.py" line="112" />
            <location filename="../../salesdesk/core/services/activities.py" line="134" />
            <source>This activity is not a follow-up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="60" />
            <source>This database was written by a newer SalesDesk. Install the newer version to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/activities.py" line="136" />
            <source>This follow-up is already done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/document_check.py" line="50" />
            <source>This is not a SalesDesk export (no "format": "salesdesk").</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/metrics/alerts.py" line="20" />
            <source>Too few new deals: {created} created against {closed} closed; the top of the pipeline is not being refilled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/activities.py" line="31" />
            <location filename="../../salesdesk/core/services/activities.py" line="95" />
            <location filename="../../salesdesk/core/services/interactions.py" line="75" />
            <source>Unknown activity type '{kind}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/money.py" line="47" />
            <source>Unknown currency code '{code}'. Use a three-letter ISO code such as EUR.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/export.py" line="85" />
            <source>Unknown export format '{format}': use json or csv.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/interactions.py" line="79" />
            <source>Unknown outcome '{outcome}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="40" />
            <location filename="../../salesdesk/core/services/moves.py" line="111" />
            <source>Unknown stage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="104" />
            <source>Your current database was not changed. Choose another backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/objections.py" line="67" />
            <location filename="../../salesdesk/core/services/objections.py" line="163" />
            <location filename="../../salesdesk/core/services/objections.py" line="179" />
            <source>category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/contacts.py" line="42" />
            <location filename="../../salesdesk/core/services/people.py" line="444" />
            <source>contact name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="399" />
            <source>email address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/moves.py" line="114" />
            <source>lost reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="255" />
            <source>more cells than the header has columns (a comma or semicolon inside a cell that is not in quotes?)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvvalues.py" line="33" />
            <source>negative amount '{text}'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="347" />
            <source>no title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/objections.py" line="35" />
            <location filename="../../salesdesk/core/services/objections.py" line="164" />
            <location filename="../../salesdesk/core/services/objections.py" line="180" />
            <source>objection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="46" />
            <location filename="../../salesdesk/core/services/organizations.py" line="164" />
            <location filename="../../salesdesk/core/services/organizations.py" line="185" />
            <source>organization name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="411" />
            <source>phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="446" />
            <source>role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="379" />
            <source>the amount '{amount}' is not in {currency}, the currency column's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvvalues.py" line="36" />
            <source>the date '{text}' is out of range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="264" />
            <source>the row holds characters that are not valid text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="275" />
            <source>the same record as line {other} ({id})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="351" />
            <source>the title is longer than {limit} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="92" />
            <location filename="../../salesdesk/core/services/deals.py" line="131" />
            <location filename="../../salesdesk/ui/dialogs.py" line="149" />
            <source>title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="425" />
            <source>unknown status '{text}' (open, won or lost)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="444" />
            <source>{currency} has {digits} decimal places at most</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/money.py" line="84" />
            <source>{currency} has {digits} decimal places at most.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="193" />
            <source>{folder} is a file, not a folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="164" />
            <location filename="../../salesdesk/core/io/document_import.py" line="50" />
            <source>{path} cannot be read: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="375" />
            <location filename="../../salesdesk/storage/backups.py" line="400" />
            <source>{path} is damaged ({problem}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="170" />
            <source>{path} is not a CSV file (it holds binary data).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/core/io/document_import.py" line="56" />
            <source>{path} is not a JSON file ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="350" />
            <location filename="../../salesdesk/storage/backups.py" line="356" />
            <location filename="../../salesdesk/storage/database.py" line="59" />
            <location filename="../../salesdesk/storage/database.py" line="239" />
            <source>{path} is not a SalesDesk database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="457" />
            <source>{path} is the database in use, not a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="359" />
            <location filename="../../salesdesk/storage/database.py" line="242" />
            <source>{path} was written by a newer version of SalesDesk (schema {revision}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>filterBar</name>
        <message>
            <location filename="../../salesdesk/ui/board/filter_bar.py" line="38" />
            <source>Closing this month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/filter_bar.py" line="30" />
            <source>Filter by title, organization or contact ({key})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/filter_bar.py" line="37" />
            <source>Follow-up overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/filter_bar.py" line="36" />
            <source>Stalled</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>formatting</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/formatting.py" line="43" />
            <source> + %n other currencies</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/formatting.py" line="118" />
            <source>, no activity for {days} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/formatting.py" line="114" />
            <source>{days} days in {stage}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>insights</name>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="308" />
            <location filename="../../salesdesk/ui/insights/charts.py" line="311" />
            <source>(no reason)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="196" />
            <source>At start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="179" />
            <source>Average</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="166" />
            <source>Average days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="283" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="156" />
            <location filename="../../salesdesk/ui/insights/charts.py" line="243" />
            <location filename="../../salesdesk/ui/insights/charts.py" line="286" />
            <location filename="../../salesdesk/ui/insights/charts.py" line="306" />
            <source>Deals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="312" />
            <source>Deals lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="185" />
            <source>Deals stay longest in {stage}: {days} days on average</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="197" />
            <source>Entered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="201" />
            <source>Lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="179" />
            <source>Median</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="166" />
            <source>Median days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="243" />
            <source>Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="198" />
            <source>Moved on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="284" />
            <source>Objection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="243" />
            <source>Of target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="137" />
            <source>Reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="306" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="202" />
            <source>Remain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="306" />
            <source>Share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="137" />
            <location filename="../../salesdesk/ui/insights/charts.py" line="166" />
            <location filename="../../salesdesk/ui/insights/charts.py" line="208" />
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="288" />
            <source>Stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="166" />
            <source>Stays</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="243" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="264" />
            <source>Target ({currency})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="285" />
            <source>Times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="301" />
            <source>Times raised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="137" />
            <source>To next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="137" />
            <source>To won</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="137" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="243" />
            <source>Weighted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="262" />
            <source>Weighted forecast ({currency})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="199" />
            <source>Went back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="287" />
            <source>Win rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="200" />
            <source>Won</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="268" />
            <source>{n} of {total} deals weighted by their checklist's evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="160" />
            <source>{rate} of the deals in play reached won</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="221" />
            <source>{stage}: started with {start}, {on} moved on, {added} were added, {left} remain</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>outcomes</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="27" />
            <source>Call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="29" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="18" />
            <source>Left a voicemail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="28" />
            <source>Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="19" />
            <source>Meeting held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="17" />
            <source>No answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="21" />
            <source>Not interested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="30" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="16" />
            <source>Reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="20" />
            <source>Rescheduled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="31" />
            <source>Task</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>people</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/detail.py" line="226" />
            <source>%n deal(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="244" />
            <source>Activit&amp;y ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="222" />
            <source>Added {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="300" />
            <source>Call {phone}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="114" />
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/lists.py" line="170" />
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="242" />
            <source>Contacts ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/links.py" line="71" />
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="243" />
            <source>Dea&amp;ls ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="113" />
            <location filename="../../salesdesk/ui/people/detail.py" line="196" />
            <source>Deal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/lists.py" line="172" />
            <location filename="../../salesdesk/ui/people/lists.py" line="212" />
            <source>Deals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="187" />
            <location filename="../../salesdesk/ui/people/lists.py" line="211" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="302" />
            <source>Email {email}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="331" />
            <source>Email:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="115" />
            <source>Expected close / closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="255" />
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="115" />
            <location filename="../../salesdesk/ui/people/lists.py" line="173" />
            <source>Last activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="332" />
            <source>Last reached:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="60" />
            <source>Lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="187" />
            <location filename="../../salesdesk/ui/people/lists.py" line="207" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="363" />
            <source>Not yet (no call, meeting or email that reached them is logged)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="196" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/detail.py" line="355" />
            <source>On %n deal(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="60" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/lists.py" line="171" />
            <source>Open deals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="114" />
            <location filename="../../salesdesk/ui/people/lists.py" line="169" />
            <location filename="../../salesdesk/ui/people/lists.py" line="208" />
            <source>Organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="329" />
            <source>Organization:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="196" />
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="187" />
            <location filename="../../salesdesk/ui/people/lists.py" line="210" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="330" />
            <source>Phone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="187" />
            <location filename="../../salesdesk/ui/people/lists.py" line="209" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="328" />
            <source>Role:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="295" />
            <source>Show contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="113" />
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="113" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="196" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="113" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="196" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="60" />
            <source>Won</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="256" />
            <source>{kind} (done)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="256" />
            <source>{kind} (planned)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="365" />
            <source>{when} ({kind}, {deal})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="273" />
            <source>… and {n} earlier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="158" />
            <source>… and {n} more: the deals table lists them all.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>restoring</name>
        <message>
            <location filename="../../salesdesk/ui/backups/restoring.py" line="71" />
            <source>Restored {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restoring.py" line="87" />
            <source>Restoring the backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restoring.py" line="42" />
            <source>The backup was not restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restoring.py" line="49" />
            <source>The restored database cannot be opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restoring.py" line="47" />
            <location filename="../../salesdesk/ui/backups/restoring.py" line="73" />
            <source>Your database as it was is kept in {path}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>startup</name>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="59" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="61" />
            <source>&amp;Restore a backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="60" />
            <source>&amp;Try again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="78" />
            <source>Choose a folder for SalesDesk's data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="92" />
            <source>Data folder: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="119" />
            <source>Restored {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="90" />
            <source>SalesDesk cannot open its database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="63" />
            <source>Start a &amp;new database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="117" />
            <source>The backup was not restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="121" />
            <source>The database that could not be opened is kept in {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="62" />
            <source>Use &amp;another folder…</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
