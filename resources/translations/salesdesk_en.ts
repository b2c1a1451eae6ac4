<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>BoardView</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/board/view.py" line="258" />
            <source>%Ln deals moved on with exit criteria unmet.</source>
            <translation>
                <numerusform>%Ln deal moved on with exit criteria unmet.</numerusform>
                <numerusform>%Ln deals moved on with exit criteria unmet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/board/view.py" line="328" />
            <source>Delete %Ln deal(s)</source>
            <translation>
                <numerusform>Delete %Ln deal</numerusform>
                <numerusform>Delete %Ln deals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/board/view.py" line="296" />
            <source>Move %Ln deal(s) to {stage}</source>
            <translation>
                <numerusform>Move %Ln deal to {stage}</numerusform>
                <numerusform>Move %Ln deals to {stage}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ColumnWidget</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/board/column.py" line="202" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln deal</numerusform>
                <numerusform>%Ln deals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/board/column.py" line="200" />
            <source>{shown} of %Ln deal(s)</source>
            <translation>
                <numerusform>{shown} of %Ln deal</numerusform>
                <numerusform>{shown} of %Ln deals</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DealsTableView</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="185" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln deal</numerusform>
                <numerusform>%Ln deals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="440" />
            <source>%Ln deal(s) written to {path}</source>
            <translation>
                <numerusform>%Ln deal written to {path}</numerusform>
                <numerusform>%Ln deals written to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="376" />
            <source>Change %Ln deals?</source>
            <translation>
                <numerusform>Change %Ln deal?</numerusform>
                <numerusform>Change %Ln deals?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="340" />
            <source>Change expected close of %Ln deal(s)</source>
            <translation>
                <numerusform>Change expected close of %Ln deal</numerusform>
                <numerusform>Change expected close of %Ln deals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="358" />
            <source>Reopen %Ln deal(s)</source>
            <translation>
                <numerusform>Reopen %Ln deal</numerusform>
                <numerusform>Reopen %Ln deals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="187" />
            <source>{shown} of %Ln deal(s)</source>
            <translation>
                <numerusform>{shown} of %Ln deal</numerusform>
                <numerusform>{shown} of %Ln deals</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExpectedCloseDialog</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/dialogs.py" line="190" />
            <source>Expected close for %Ln deal(s):</source>
            <translation>
                <numerusform>Expected close for %Ln deal:</numerusform>
                <numerusform>Expected close for %Ln deals:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/exports.py" line="182" />
            <source>%Ln deal(s) and everything else exported to {path}</source>
            <translation>
                <numerusform>%Ln deal and everything else exported to {path}</numerusform>
                <numerusform>%Ln deals and everything else exported to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/exports.py" line="184" />
            <source>%Ln deal(s) exported as CSV files to {path}</source>
            <translation>
                <numerusform>%Ln deal exported as CSV files to {path}</numerusform>
                <numerusform>%Ln deals exported as CSV files to {path}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/imports/controller.py" line="48" />
            <source>Imported %Ln deal(s).</source>
            <translation>
                <numerusform>Imported %Ln deal.</numerusform>
                <numerusform>Imported %Ln deals.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InsightsView</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/insights/view.py" line="378" />
            <source>%Ln chart(s) saved in {folder}</source>
            <translation>
                <numerusform>%Ln chart saved in {folder}</numerusform>
                <numerusform>%Ln charts saved in {folder}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/insights/view.py" line="396" />
            <source>%Ln figure(s) saved to {path}</source>
            <translation>
                <numerusform>%Ln figure saved to {path}</numerusform>
                <numerusform>%Ln figures saved to {path}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LogCallDialog</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="98" />
            <source>Mark the %Ln due follow-up(s) as done</source>
            <translation>
                <numerusform>Mark the %Ln due follow-up as done</numerusform>
                <numerusform>Mark the %Ln due follow-ups as done</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LostReasonDialog</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/dialogs.py" line="50" />
            <source>Why were these %Ln deals lost?</source>
            <translation>
                <numerusform>Why was this deal lost?</numerusform>
                <numerusform>Why were these %Ln deals lost?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/main_window.py" line="533" />
            <source>%Ln event(s) written to {path}</source>
            <translation>
                <numerusform>%Ln event written to {path}</numerusform>
                <numerusform>%Ln events written to {path}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/merge.py" line="129" />
            <source>%Ln group(s) of organizations with the same name (case, accents, spelling variants and spaces aside). Every deal and contact is kept.</source>
            <translation>
                <numerusform>%Ln group of organizations with the same name (case, accents, spelling variants and spaces aside). Every deal and contact is kept.</numerusform>
                <numerusform>%Ln groups of organizations with the same name (case, accents, spelling variants and spaces aside). Every deal and contact is kept.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/merge.py" line="243" />
            <source>Merge %Ln duplicate organization(s)</source>
            <translation>
                <numerusform>Merge %Ln duplicate organization</numerusform>
                <numerusform>Merge %Ln duplicate organizations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/merge.py" line="216" />
            <source>Merge %Ln organization(s) into {name}</source>
            <translation>
                <numerusform>Merge %Ln organization into {name}</numerusform>
                <numerusform>Merge %Ln organizations into {name}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeopleView</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/view.py" line="274" />
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln contact</numerusform>
                <numerusform>%Ln contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/view.py" line="273" />
            <source>%Ln organization(s)</source>
            <translation>
                <numerusform>%Ln organization</numerusform>
                <numerusform>%Ln organizations</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlaybookController</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/playbooks.py" line="141" />
            <source>(%Ln objection(s) with no answer left out)</source>
            <translation>
                <numerusform>(%Ln objection with no answer left out)</numerusform>
                <numerusform>(%Ln objections with no answer left out)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/playbooks.py" line="172" />
            <source>Imported “{name}” with %Ln stage(s)</source>
            <translation>
                <numerusform>Imported “{name}” with %Ln stage</numerusform>
                <numerusform>Imported “{name}” with %Ln stages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/reminders.py" line="64" />
            <source>%Ln follow-up(s) overdue. Today (Ctrl+T) lists them.</source>
            <translation>
                <numerusform>%Ln follow-up overdue. Today (Ctrl+T) lists them.</numerusform>
                <numerusform>%Ln follow-ups overdue. Today (Ctrl+T) lists them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/reminders.py" line="84" />
            <source>%Ln follow-ups due</source>
            <translation>
                <numerusform>%Ln follow-up due</numerusform>
                <numerusform>%Ln follow-ups due</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchPalette</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/palette.py" line="556" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln deal</numerusform>
                <numerusform>%Ln deals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/palette.py" line="500" />
            <source>%Ln result(s)</source>
            <translation>
                <numerusform>%Ln result</numerusform>
                <numerusform>%Ln results</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/today/view.py" line="227" />
            <source>… and %Ln more</source>
            <translation>
                <numerusform>… and %Ln more</numerusform>
                <numerusform>… and %Ln more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>formatting</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/formatting.py" line="80" />
            <source> + %Ln other currencies</source>
            <translation>
                <numerusform> + %Ln other currency</numerusform>
                <numerusform> + %Ln other currencies</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>people</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/detail.py" line="228" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln deal</numerusform>
                <numerusform>%Ln deals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/detail.py" line="359" />
            <source>On %Ln deal(s)</source>
            <translation>
                <numerusform>On %Ln deal</numerusform>
                <numerusform>On %Ln deals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/detail.py" line="276" />
            <source>… and %Ln earlier</source>
            <translation>
                <numerusform>… and %Ln earlier</numerusform>
                <numerusform>… and %Ln earlier</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/detail.py" line="158" />
            <source>… and %Ln more: the deals table lists them all.</source>
            <translation>
                <numerusform>… and %Ln more: the deals table lists them all.</numerusform>
                <numerusform>… and %Ln more: the deals table lists them all.</numerusform>
            </translation>
        </message>
    </context>
</TS>
