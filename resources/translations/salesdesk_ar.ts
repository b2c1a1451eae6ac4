<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>ActivityTab</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="28" />
            <source>Details</source>
            <translation>التفاصيل</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="44" />
            <source>Follow-up</source>
            <translation>متابعة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="44" />
            <source>Follow-up (done)</source>
            <translation>متابعة (منجزة)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="48" />
            <source>Objection</source>
            <translation>اعتراض</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="32" />
            <source>Select an entry to read it in full</source>
            <translation>اختر إدخالًا لقراءته كاملًا</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="46" />
            <source>Stage</source>
            <translation>المرحلة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="28" />
            <source>What</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="28" />
            <source>When</source>
            <translation>الوقت</translation>
        </message>
    </context>
    <context>
        <name>BackupController</name>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="131" />
            <source>A backup is already running…</source>
            <translation>يجري نسخ احتياطي بالفعل…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="91" />
            <source>Back up &amp;now</source>
            <translation>نسخ احتياطي &amp;الآن</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="190" />
            <source>Backed up to {path}</source>
            <translation>حُفظت النسخة الاحتياطية في {path}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="194" />
            <source>Backed up, but not to the second folder {folder}</source>
            <translation>حُفظت النسخة الاحتياطية، ولكن ليس في المجلد الثاني {folder}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="145" />
            <source>Backing up…</source>
            <translation>جارٍ النسخ الاحتياطي…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="206" />
            <source>Backup failed</source>
            <translation>فشل النسخ الاحتياطي</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="236" />
            <source>Backups are no longer copied to a second folder.</source>
            <translation>لم تعد النسخ الاحتياطية تُنسخ إلى مجلد ثانٍ.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="95" />
            <source>Restore from a bac&amp;kup…</source>
            <translation>استعادة من &amp;نسخة احتياطية…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="102" />
            <source>Second backup &amp;folder…</source>
            <translation>&amp;مجلد النسخ الاحتياطي الثاني…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="198" />
            <source>Second backup folder failed: {folder}</source>
            <translation>فشل النسخ إلى مجلد النسخ الاحتياطي الثاني: {folder}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="208" />
            <source>The backup failed</source>
            <translation>فشل النسخ الاحتياطي</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="205" />
            <source>The backup failed.</source>
            <translation>فشل النسخ الاحتياطي.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="115" />
            <source>The backup when SalesDesk last closed failed.</source>
            <translation>فشل النسخ الاحتياطي عند آخر إغلاق لـ SalesDesk.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="232" />
            <source>The setting was not saved</source>
            <translation>لم يُحفظ الإعداد</translation>
        </message>
    </context>
    <context>
        <name>BoardView</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/board/view.py" line="258" />
            <source>%Ln deals moved on with exit criteria unmet.</source>
            <translation>
                <numerusform>انتقلت %Ln صفقة إلى مرحلة تالية دون استيفاء معايير الخروج.</numerusform>
                <numerusform>انتقلت %Ln صفقة إلى مرحلة تالية دون استيفاء معايير الخروج.</numerusform>
                <numerusform>انتقلت %Ln صفقتان إلى مرحلة تالية دون استيفاء معايير الخروج.</numerusform>
                <numerusform>انتقلت %Ln صفقات إلى مرحلة تالية دون استيفاء معايير الخروج.</numerusform>
                <numerusform>انتقلت %Ln صفقة إلى مرحلة تالية دون استيفاء معايير الخروج.</numerusform>
                <numerusform>انتقلت %Ln صفقة إلى مرحلة تالية دون استيفاء معايير الخروج.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/board/view.py" line="328" />
            <source>Delete %Ln deal(s)</source>
            <translation>
                <numerusform>حذف %Ln صفقة</numerusform>
                <numerusform>حذف %Ln صفقة</numerusform>
                <numerusform>حذف %Ln صفقتين</numerusform>
                <numerusform>حذف %Ln صفقات</numerusform>
                <numerusform>حذف %Ln صفقة</numerusform>
                <numerusform>حذف %Ln صفقة</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="61" />
            <source>Lost</source>
            <translation>خاسرة</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/board/view.py" line="296" />
            <source>Move %Ln deal(s) to {stage}</source>
            <translation>
                <numerusform>نقل %Ln صفقة إلى {stage}</numerusform>
                <numerusform>نقل %Ln صفقة إلى {stage}</numerusform>
                <numerusform>نقل %Ln صفقتين إلى {stage}</numerusform>
                <numerusform>نقل %Ln صفقات إلى {stage}</numerusform>
                <numerusform>نقل %Ln صفقة إلى {stage}</numerusform>
                <numerusform>نقل %Ln صفقة إلى {stage}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="338" />
            <location filename="../../salesdesk/ui/board/view.py" line="357" />
            <source>New deal</source>
            <translation>صفقة جديدة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="325" />
            <source>The deal was not deleted</source>
            <translation>لم تُحذف الصفقة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="222" />
            <location filename="../../salesdesk/ui/board/view.py" line="242" />
            <source>The deal was not moved</source>
            <translation>لم تُنقل الصفقة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="355" />
            <source>The deal was not saved</source>
            <translation>لم تُحفظ الصفقة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="243" />
            <source>These exit criteria are not met yet:
{list}

Tick them in the deal's checklist first, or change the rule in Deal &gt; Unmet exit criteria.</source>
            <translation>معايير الخروج التالية لم تُستوفَ بعد:
{list}

حدّدها أولًا في قائمة التحقق الخاصة بالصفقة، أو غيّر القاعدة من الصفقة &gt; معايير الخروج غير المستوفاة.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="60" />
            <source>Won</source>
            <translation>رابحة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="254" />
            <source>“{title}” moved on with exit criteria unmet: {list}</source>
            <translation>انتقلت «{title}» إلى مرحلة تالية دون استيفاء معايير الخروج: {list}</translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <location filename="../../salesdesk/ui/board/delegate.py" line="109" />
            <source>overdue {date}</source>
            <translation>متأخرة منذ {date}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/delegate.py" line="116" />
            <source>today {time}</source>
            <translation>اليوم {time}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/delegate.py" line="96" />
            <source>{days} d in stage</source>
            <translation>أيام في المرحلة: {days}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/delegate.py" line="98" />
            <source>{days} d, idle {idle} d</source>
            <translation>أيام: {days}، بلا نشاط: {idle}</translation>
        </message>
    </context>
    <context>
        <name>ChartCard</name>
        <message>
            <location filename="../../salesdesk/ui/insights/cards.py" line="66" />
            <source>Nothing to show for this period.</source>
            <translation>لا يوجد ما يُعرض لهذه الفترة.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/cards.py" line="77" />
            <source>{title}: figures</source>
            <translation>{title}: الأرقام</translation>
        </message>
    </context>
    <context>
        <name>ChecklistTab</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="184" />
            <source>Answer</source>
            <translation>الإجابة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="256" />
            <source>Edit answer</source>
            <translation>تعديل الإجابة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="159" />
            <source>Evidence-based probability: {evidence} ({met} of {total} exit criteria met; stage default {stage})</source>
            <translation>الاحتمالية المبنية على الأدلة: {evidence} (المعايير المستوفاة: {met} من {total}؛ القيمة الافتراضية للمرحلة {stage})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="190" />
            <source>Exit criteria</source>
            <translation>معايير الخروج</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="180" />
            <source>Questions to ask</source>
            <translation>أسئلة ينبغي طرحها</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="153" />
            <source>This deal is closed; its checklists are kept below.</source>
            <translation>هذه الصفقة مغلقة؛ قوائم التحقق الخاصة بها محفوظة أدناه.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="155" />
            <source>This stage has no exit criteria.</source>
            <translation>لا توجد معايير خروج لهذه المرحلة.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="275" />
            <source>Tick exit criterion</source>
            <translation>تحديد معيار الخروج</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="275" />
            <source>Untick exit criterion</source>
            <translation>إلغاء تحديد معيار الخروج</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="209" />
            <source>{stage} · {evidence}</source>
            <translation>{stage} · {evidence}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="194" />
            <source>{text} ({weight})</source>
            <translation>{text} ({weight})</translation>
        </message>
    </context>
    <context>
        <name>ColumnWidget</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/board/column.py" line="202" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln صفقة</numerusform>
                <numerusform>%Ln صفقة</numerusform>
                <numerusform>%Ln صفقتان</numerusform>
                <numerusform>%Ln صفقات</numerusform>
                <numerusform>%Ln صفقة</numerusform>
                <numerusform>%Ln صفقة</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/column.py" line="223" />
            <source>Total: {total}
Weighted by win probability: {weighted}</source>
            <translation>الإجمالي: {total}
مرجّحًا باحتمالية الفوز: {weighted}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/board/column.py" line="200" />
            <source>{shown} of %Ln deal(s)</source>
            <translation>
                <numerusform>{shown} من %Ln صفقة</numerusform>
                <numerusform>{shown} من %Ln صفقة</numerusform>
                <numerusform>{shown} من %Ln صفقتين</numerusform>
                <numerusform>{shown} من %Ln صفقات</numerusform>
                <numerusform>{shown} من %Ln صفقة</numerusform>
                <numerusform>{shown} من %Ln صفقة</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/column.py" line="207" />
            <source>{total}
weighted {weighted}</source>
            <translation>{total}
المرجّح: {weighted}</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="130" />
            <source>&amp;Email:</source>
            <translation>ال&amp;بريد الإلكتروني:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="126" />
            <source>&amp;Name:</source>
            <translation>ال&amp;اسم:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="127" />
            <source>&amp;Organization:</source>
            <translation>ال&amp;مؤسسة:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="129" />
            <source>&amp;Phone:</source>
            <translation>ال&amp;هاتف:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="128" />
            <source>&amp;Role:</source>
            <translation>ال&amp;دور:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="168" />
            <source>Save it anyway, as a second person of that name?</source>
            <translation>هل تريد حفظها على أي حال، كشخص ثانٍ بالاسم نفسه؟</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="137" />
            <source>as you would dial it, e.g. +358 40 123 4567</source>
            <translation>كما تطلبه على الهاتف، مثل +358 40 123 4567</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="139" />
            <source>name@example.com</source>
            <translation>name@example.com</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="140" />
            <source>none</source>
            <translation>لا شيء</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="80" />
            <source>&amp;Copy details</source>
            <translation>&amp;نسخ التفاصيل</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="99" />
            <source>&amp;Keep working</source>
            <translation>&amp;متابعة العمل</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="95" />
            <source>&amp;Quit SalesDesk</source>
            <translation>&amp;إنهاء SalesDesk</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="107" />
            <source>Copied</source>
            <translation>تم النسخ</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="84" />
            <source>Open &amp;log folder</source>
            <translation>فتح مجلد ال&amp;سجلات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="50" />
            <source>SalesDesk: unexpected error</source>
            <translation>SalesDesk: خطأ غير متوقع</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="64" />
            <source>Something went wrong inside SalesDesk. A change that was being saved when it happened is either saved whole or not at all, never halfway: check that your last change is there before doing it again.

You can keep working. If it happens again, please send us the details.</source>
            <translation>حدث خطأ داخل SalesDesk. أي تغيير كان يُحفظ لحظة وقوعه إما حُفظ كاملًا وإما لم يُحفظ إطلاقًا، ولا يُحفظ جزء منه أبدًا: تحقّق من وجود آخر تغيير أجريته قبل أن تعيده.

يمكنك متابعة العمل. وإذا تكرر ذلك، فنرجو أن ترسل إلينا التفاصيل.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="59" />
            <source>Something went wrong while SalesDesk was starting, and it has to close. Your data was not changed.

Please send us the details.</source>
            <translation>حدث خطأ أثناء بدء تشغيل SalesDesk، ولا بد من إغلاقه. لم تتغير بياناتك.

نرجو أن ترسل إلينا التفاصيل.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="57" />
            <source>The details could not be saved to a file; copy them from below.</source>
            <translation>تعذّر حفظ التفاصيل في ملف؛ انسخها من الأسفل.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="55" />
            <source>The details were saved to {path}.</source>
            <translation>حُفظت التفاصيل في {path}.</translation>
        </message>
    </context>
    <context>
        <name>DealDialog</name>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="111" />
            <source>&amp;Organization:</source>
            <translation>ال&amp;مؤسسة:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="110" />
            <source>&amp;Title:</source>
            <translation>ال&amp;عنوان:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="112" />
            <source>&amp;Value:</source>
            <translation>ال&amp;قيمة:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="113" />
            <source>C&amp;urrency:</source>
            <translation>العم&amp;لة:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="98" />
            <source>Expected close:</source>
            <translation>الإغلاق المتوقع:</translation>
        </message>
    </context>
    <context>
        <name>DealWorkspace</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="66" />
            <source>&amp;Activity</source>
            <translation>النشا&amp;ط</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="64" />
            <source>&amp;Checklist</source>
            <translation>&amp;قائمة التحقق</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="52" />
            <source>&amp;Log a call or meeting…</source>
            <translation>&amp;تسجيل مكالمة أو اجتماع…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="63" />
            <source>&amp;Overview</source>
            <translation>&amp;نظرة عامة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="53" />
            <source>Ctrl+L</source>
            <translation>Ctrl+L</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="125" />
            <source>Lost</source>
            <translation>خاسرة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="65" />
            <source>O&amp;bjections</source>
            <translation>الا&amp;عتراضات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="77" />
            <source>Open a deal (Enter or double-click a card) to see it here.</source>
            <translation>افتح صفقة (بالضغط على Enter أو بالنقر المزدوج على بطاقة) لتظهر هنا.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="118" />
            <source>This deal was deleted. Ctrl+Z brings it back.</source>
            <translation>حُذفت هذه الصفقة. لاستعادتها اضغط Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="125" />
            <source>Won</source>
            <translation>رابحة</translation>
        </message>
    </context>
    <context>
        <name>DealsTableView</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="185" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln صفقة</numerusform>
                <numerusform>%Ln صفقة</numerusform>
                <numerusform>%Ln صفقتان</numerusform>
                <numerusform>%Ln صفقات</numerusform>
                <numerusform>%Ln صفقة</numerusform>
                <numerusform>%Ln صفقة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="440" />
            <source>%Ln deal(s) written to {path}</source>
            <translation>
                <numerusform>حُفظت %Ln صفقة في {path}</numerusform>
                <numerusform>حُفظت %Ln صفقة في {path}</numerusform>
                <numerusform>حُفظت %Ln صفقتان في {path}</numerusform>
                <numerusform>حُفظت %Ln صفقات في {path}</numerusform>
                <numerusform>حُفظت %Ln صفقة في {path}</numerusform>
                <numerusform>حُفظت %Ln صفقة في {path}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="300" />
            <source>&amp;Delete</source>
            <translation>&amp;حذف</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="295" />
            <source>&amp;Expected close…</source>
            <translation>&amp;الإغلاق المتوقع…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="288" />
            <source>&amp;Open deal</source>
            <translation>&amp;فتح الصفقة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="296" />
            <source>&amp;Reopen</source>
            <translation>إعادة ف&amp;تح</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="95" />
            <source>&amp;Selection</source>
            <translation>ال&amp;تحديد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="80" />
            <source>All deals</source>
            <translation>كل الصفقات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="103" />
            <source>C&amp;olumns</source>
            <translation>الأ&amp;عمدة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="401" />
            <source>CSV files (*.csv)</source>
            <translation>ملفات CSV (*.csv)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="376" />
            <source>Change %Ln deals?</source>
            <translation>
                <numerusform>تغيير %Ln صفقة؟</numerusform>
                <numerusform>تغيير %Ln صفقة؟</numerusform>
                <numerusform>تغيير %Ln صفقتين؟</numerusform>
                <numerusform>تغيير %Ln صفقات؟</numerusform>
                <numerusform>تغيير %Ln صفقة؟</numerusform>
                <numerusform>تغيير %Ln صفقة؟</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="340" />
            <source>Change expected close of %Ln deal(s)</source>
            <translation>
                <numerusform>تغيير الإغلاق المتوقع لـ%Ln صفقة</numerusform>
                <numerusform>تغيير الإغلاق المتوقع لـ%Ln صفقة</numerusform>
                <numerusform>تغيير الإغلاق المتوقع لـ%Ln صفقتين</numerusform>
                <numerusform>تغيير الإغلاق المتوقع لـ%Ln صفقات</numerusform>
                <numerusform>تغيير الإغلاق المتوقع لـ%Ln صفقة</numerusform>
                <numerusform>تغيير الإغلاق المتوقع لـ%Ln صفقة</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="298" />
            <source>E&amp;xport to CSV…</source>
            <translation>ت&amp;صدير إلى CSV…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="399" />
            <source>Export the selected deals</source>
            <translation>تصدير الصفقات المحددة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="83" />
            <source>Lost</source>
            <translation>خاسرة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="289" />
            <source>Move to &amp;stage</source>
            <translation>نقل إلى &amp;مرحلة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="81" />
            <source>Open</source>
            <translation>مفتوحة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="181" />
            <source>Reading…</source>
            <translation>جارٍ القراءة…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="358" />
            <source>Reopen %Ln deal(s)</source>
            <translation>
                <numerusform>إعادة فتح %Ln صفقة</numerusform>
                <numerusform>إعادة فتح %Ln صفقة</numerusform>
                <numerusform>إعادة فتح %Ln صفقتين</numerusform>
                <numerusform>إعادة فتح %Ln صفقات</numerusform>
                <numerusform>إعادة فتح %Ln صفقة</numerusform>
                <numerusform>إعادة فتح %Ln صفقة</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="356" />
            <source>The deal was not reopened</source>
            <translation>لم يُعد فتح الصفقة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="194" />
            <source>The deals could not be read: {error}</source>
            <translation>تعذّرت قراءة الصفقات: {error}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="336" />
            <source>The deals were not changed</source>
            <translation>لم تتغير الصفقات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="426" />
            <location filename="../../salesdesk/ui/table/view.py" line="433" />
            <source>The deals were not exported</source>
            <translation>لم تُصدَّر الصفقات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="377" />
            <source>This changes {count} deals at once and may take a minute or more; the window waits until it is done. It can be undone with Ctrl+Z.</source>
            <translation>سيغيّر هذا عددًا كبيرًا من الصفقات دفعة واحدة ({count})، وقد يستغرق ذلك دقيقة أو أكثر؛ وستنتظر النافذة حتى ينتهي. ويمكن التراجع عنه بالضغط على Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="82" />
            <source>Won</source>
            <translation>رابحة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="84" />
            <source>Won and lost</source>
            <translation>الرابحة والخاسرة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="427" />
            <source>{path} could not be written: {reason}</source>
            <translation>تعذّرت الكتابة في {path}: {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="187" />
            <source>{shown} of %Ln deal(s)</source>
            <translation>
                <numerusform>{shown} من %Ln صفقة</numerusform>
                <numerusform>{shown} من %Ln صفقة</numerusform>
                <numerusform>{shown} من %Ln صفقتين</numerusform>
                <numerusform>{shown} من %Ln صفقات</numerusform>
                <numerusform>{shown} من %Ln صفقة</numerusform>
                <numerusform>{shown} من %Ln صفقة</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExpectedCloseDialog</name>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="183" />
            <source>&amp;No expected close date</source>
            <translation>&amp;بلا تاريخ إغلاق متوقع</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="177" />
            <source>Expected close</source>
            <translation>الإغلاق المتوقع</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/dialogs.py" line="190" />
            <source>Expected close for %Ln deal(s):</source>
            <translation>
                <numerusform>الإغلاق المتوقع لـ%Ln صفقة:</numerusform>
                <numerusform>الإغلاق المتوقع لـ%Ln صفقة:</numerusform>
                <numerusform>الإغلاق المتوقع لـ%Ln صفقتين:</numerusform>
                <numerusform>الإغلاق المتوقع لـ%Ln صفقات:</numerusform>
                <numerusform>الإغلاق المتوقع لـ%Ln صفقة:</numerusform>
                <numerusform>الإغلاق المتوقع لـ%Ln صفقة:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/exports.py" line="182" />
            <source>%Ln deal(s) and everything else exported to {path}</source>
            <translation>
                <numerusform>صُدّرت %Ln صفقة وكل البيانات الأخرى إلى {path}</numerusform>
                <numerusform>صُدّرت %Ln صفقة وكل البيانات الأخرى إلى {path}</numerusform>
                <numerusform>صُدّرت %Ln صفقتان وكل البيانات الأخرى إلى {path}</numerusform>
                <numerusform>صُدّرت %Ln صفقات وكل البيانات الأخرى إلى {path}</numerusform>
                <numerusform>صُدّرت %Ln صفقة وكل البيانات الأخرى إلى {path}</numerusform>
                <numerusform>صُدّرت %Ln صفقة وكل البيانات الأخرى إلى {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/exports.py" line="184" />
            <source>%Ln deal(s) exported as CSV files to {path}</source>
            <translation>
                <numerusform>صُدّرت %Ln صفقة في ملفات CSV إلى {path}</numerusform>
                <numerusform>صُدّرت %Ln صفقة في ملفات CSV إلى {path}</numerusform>
                <numerusform>صُدّرت %Ln صفقتان في ملفات CSV إلى {path}</numerusform>
                <numerusform>صُدّرت %Ln صفقات في ملفات CSV إلى {path}</numerusform>
                <numerusform>صُدّرت %Ln صفقة في ملفات CSV إلى {path}</numerusform>
                <numerusform>صُدّرت %Ln صفقة في ملفات CSV إلى {path}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="140" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="101" />
            <source>Choose where to put the CSV folder</source>
            <translation>اختر مكان مجلد ملفات CSV</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="58" />
            <source>E&amp;xport data…</source>
            <translation>ت&amp;صدير البيانات…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="195" />
            <source>Export cancelled; nothing was written.</source>
            <translation>أُلغي التصدير؛ لم يُكتب أي شيء.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="89" />
            <location filename="../../salesdesk/ui/exports.py" line="142" />
            <source>Export data</source>
            <translation>تصدير البيانات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="140" />
            <source>Exporting to {path}…</source>
            <translation>جارٍ التصدير إلى {path}…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="91" />
            <source>SalesDesk data (*.json)</source>
            <translation>بيانات SalesDesk (*.json)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="206" />
            <source>The data was not exported</source>
            <translation>لم تُصدَّر البيانات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="201" />
            <source>{path} could not be written: {reason}</source>
            <translation>تعذّرت الكتابة في {path}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../salesdesk/ui/export_dialog.py" line="29" />
            <source>&amp;CSV files for a spreadsheet (a folder)</source>
            <translation>ملفات CSV ل&amp;جدول بيانات (في مجلد)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/export_dialog.py" line="38" />
            <source>&amp;Deals of:</source>
            <translation>صفقات &amp;المسار:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/export_dialog.py" line="45" />
            <source>&amp;Export…</source>
            <translation>&amp;تصدير…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/export_dialog.py" line="27" />
            <source>&amp;One JSON file: everything, to import again or keep</source>
            <translation>ملف JSON &amp;واحد: كل شيء، لاستيراده مجددًا أو للاحتفاظ به</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/export_dialog.py" line="35" />
            <source>All pipelines</source>
            <translation>كل المسارات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/export_dialog.py" line="25" />
            <source>Export data</source>
            <translation>تصدير البيانات</translation>
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message>
            <location filename="../../salesdesk/ui/imports/controller.py" line="28" />
            <source>&amp;Import deals…</source>
            <translation>ا&amp;ستيراد صفقات…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/imports/controller.py" line="48" />
            <source>Imported %Ln deal(s).</source>
            <translation>
                <numerusform>استُوردت %Ln صفقة.</numerusform>
                <numerusform>استُوردت %Ln صفقة.</numerusform>
                <numerusform>استُوردت %Ln صفقتان.</numerusform>
                <numerusform>استُوردت %Ln صفقات.</numerusform>
                <numerusform>استُوردت %Ln صفقة.</numerusform>
                <numerusform>استُوردت %Ln صفقة.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="281" />
            <source>&amp;Amounts:</source>
            <translation>ال&amp;مبالغ:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="164" />
            <source>&amp;Browse…</source>
            <translation>&amp;استعراض…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="537" />
            <source>&amp;Cancel the import</source>
            <translation>إ&amp;لغاء الاستيراد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="280" />
            <source>&amp;Dates:</source>
            <translation>الت&amp;واريخ:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="170" />
            <source>&amp;File:</source>
            <translation>ال&amp;ملف:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="458" />
            <source>&amp;Import</source>
            <translation>ا&amp;ستيراد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="416" />
            <source>(no stage)</source>
            <translation>(بلا مرحلة)</translation>
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
            <translation>ملف CSV مُصدَّر من Pipedrive أو HubSpot أو Salesforce، أو أي ملف CSV يضم صفقة واحدة في كل صف. لن يتغير شيء قبل الخطوة الأخيرة.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="223" />
            <source>Account id (looked up in Account.csv)</source>
            <translation>معرّف الحساب (يُبحث عنه في Account.csv)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="182" />
            <source>CSV files (*.csv *.txt);;SalesDesk exports (*.json);;All files (*)</source>
            <translation>ملفات CSV (*.csv *.txt);;ملفات تصدير SalesDesk (*.json);;كل الملفات (*)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="611" />
            <source>Cancelling… nothing will be imported.</source>
            <translation>جارٍ الإلغاء… لن يُستورد أي شيء.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="243" />
            <source>Check the columns</source>
            <translation>تحقّق من الأعمدة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="406" />
            <source>Choose a stage…</source>
            <translation>اختر مرحلة…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="361" />
            <source>Choose the column that holds the deal's title (or its organization).</source>
            <translation>اختر العمود الذي يحتوي على عنوان الصفقة (أو اسم مؤسستها).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="154" />
            <source>Choose the file</source>
            <translation>اختر الملف</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="230" />
            <source>Closed (yes/no)</source>
            <translation>مغلقة (yes/no)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="232" />
            <source>Closed on</source>
            <translation>تاريخ الإغلاق</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="224" />
            <source>Contact</source>
            <translation>جهة الاتصال</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="233" />
            <source>Created on</source>
            <translation>تاريخ الإنشاء</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="226" />
            <source>Currency</source>
            <translation>العملة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="282" />
            <source>Currency when the file has &amp;none:</source>
            <translation>العملة عندما &amp;لا يحددها الملف:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="262" />
            <source>Day first (31.12.2024)</source>
            <translation>اليوم أولًا (31.12.2024)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="261" />
            <location filename="../../salesdesk/ui/imports/wizard.py" line="268" />
            <source>Decide from the file</source>
            <translation>حسب ما في الملف</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="234" />
            <source>Entered the stage on</source>
            <translation>تاريخ دخول المرحلة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="430" />
            <source>Every stage in the file matches a stage of your pipeline.</source>
            <translation>كل مراحل الملف تطابق مراحل في مسار المبيعات الخاص بك.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="231" />
            <source>Expected close date</source>
            <translation>تاريخ الإغلاق المتوقع</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="279" />
            <source>F&amp;ormat:</source>
            <translation>ال&amp;تنسيق:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="92" />
            <location filename="../../salesdesk/ui/imports/wizard.py" line="141" />
            <location filename="../../salesdesk/ui/imports/wizard.py" line="180" />
            <location filename="../../salesdesk/ui/imports/wizard.py" line="360" />
            <source>Import deals</source>
            <translation>استيراد الصفقات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="625" />
            <source>Imported {deals} deals, {orgs} organizations, {contacts} contacts and {activities} activities; {skipped} deals were imported before.</source>
            <translation>تم الاستيراد: الصفقات {deals}، المؤسسات {orgs}، جهات الاتصال {contacts}، الأنشطة {activities}؛ وصفقات سبق استيرادها: {skipped}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="644" />
            <source>Imported {n} deals ({won} won, {lost} lost) and {orgs} new organizations.</source>
            <translation>تم استيراد الصفقات: {n} (الرابحة {won}، الخاسرة {lost})، والمؤسسات الجديدة: {orgs}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="534" />
            <source>Importing</source>
            <translation>جارٍ الاستيراد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="578" />
            <source>Importing the SalesDesk export…</source>
            <translation>جارٍ استيراد ملف تصدير SalesDesk…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="235" />
            <source>Lost reason</source>
            <translation>سبب الخسارة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="379" />
            <source>Map the stages</source>
            <translation>مطابقة المراحل</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="263" />
            <source>Month first (12/31/2024)</source>
            <translation>الشهر أولًا (12/31/2024)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="658" />
            <source>Nothing was imported.</source>
            <translation>لم يُستورد أي شيء.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="222" />
            <source>Organization</source>
            <translation>المؤسسة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="246" />
            <source>Other CSV</source>
            <translation>ملف CSV آخر</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="162" />
            <source>Path of a .csv file</source>
            <translation>مسار ملف بامتداد .csv</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="219" />
            <source>Record id (skips rows imported before)</source>
            <translation>معرّف السجل (يتخطى الصفوف المستوردة سابقًا)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="456" />
            <source>Review</source>
            <translation>المراجعة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="409" />
            <source>Skip these rows</source>
            <translation>تخطي هذه الصفوف</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="140" />
            <source>Something went wrong: {reason}</source>
            <translation>حدث خطأ: {reason}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="227" />
            <source>Stage</source>
            <translation>المرحلة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="228" />
            <source>Status (open, won, lost)</source>
            <translation>الحالة (open أو won أو lost)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="656" />
            <source>The import was cancelled; nothing was imported.</source>
            <translation>أُلغي الاستيراد؛ لم يُستورد أي شيء.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="424" />
            <source>These stages of the file are not in your pipeline. Choose where their deals go; SalesDesk remembers it for the next import from {source}.</source>
            <translation>هذه المراحل الواردة في الملف غير موجودة في مسار المبيعات الخاص بك. اختر أين تذهب صفقاتها؛ وسيتذكر SalesDesk اختيارك في الاستيراد القادم من {source}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="220" />
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="221" />
            <source>Title, second part</source>
            <translation>العنوان، الجزء الثاني</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="225" />
            <source>Value</source>
            <translation>القيمة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="229" />
            <source>Won (yes/no)</source>
            <translation>رابحة (yes/no)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="562" />
            <source>Writing {n} deals…</source>
            <translation>جارٍ كتابة الصفقات ({n})…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="308" />
            <source>commas</source>
            <translation>الفواصل</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="72" />
            <source>line {line}: {reason}</source>
            <translation>السطر {line}: {reason}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="308" />
            <source>semicolons</source>
            <translation>الفواصل المنقوطة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="308" />
            <source>tabs</source>
            <translation>علامات الجدولة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="502" />
            <source>{file} is a SalesDesk export of {when}: {deals} deals, {orgs} organizations, {contacts} contacts, {activities} activities. Deals imported from it before are skipped; pipelines, stages and organizations it shares with this database are matched by name.</source>
            <translation>{file} ملف تصدير من SalesDesk بتاريخ {when}: الصفقات {deals}، المؤسسات {orgs}، جهات الاتصال {contacts}، الأنشطة {activities}. تُتخطى الصفقات التي سبق استيرادها منه؛ وتُطابَق المسارات والمراحل والمؤسسات المشتركة مع قاعدة البيانات هذه حسب الاسم.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="302" />
            <source>{file}: {rows} rows, {encoding}, separated by {delimiter}. Recognised as: {fmt}.</source>
            <translation>{file}: عدد الصفوف {rows}، الترميز {encoding}، والفاصل: {delimiter}. تم التعرف عليه على أنه: {fmt}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="415" />
            <source>{name} ({rows} rows)</source>
            <translation>{name} (الصفوف: {rows})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="471" />
            <source>{n} deals will be added: {open} open, {won} won, {lost} lost.</source>
            <translation>ستُضاف صفقات عددها {n}: المفتوحة {open}، الرابحة {won}، الخاسرة {lost}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="477" />
            <source>{n} new organizations.</source>
            <translation>المؤسسات الجديدة: {n}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="484" />
            <source>{n} rows are skipped as you chose.</source>
            <translation>صفوف تُتخطى بناءً على اختيارك: {n}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="488" />
            <source>{n} rows cannot be imported and are listed below; the others will be.</source>
            <translation>صفوف لا يمكن استيرادها: {n}، وهي مدرجة أدناه؛ أما البقية فستُستورد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="481" />
            <source>{n} rows were imported before and are skipped.</source>
            <translation>صفوف سبق استيرادها وستُتخطى: {n}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="316" />
            <source>— not in the file —</source>
            <translation>— غير موجود في الملف —</translation>
        </message>
    </context>
    <context>
        <name>InsightsView</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/insights/view.py" line="378" />
            <source>%Ln chart(s) saved in {folder}</source>
            <translation>
                <numerusform>حُفظ %Ln مخطط في {folder}</numerusform>
                <numerusform>حُفظ %Ln مخطط في {folder}</numerusform>
                <numerusform>حُفظ %Ln مخططان في {folder}</numerusform>
                <numerusform>حُفظ %Ln مخططات في {folder}</numerusform>
                <numerusform>حُفظ %Ln مخططًا في {folder}</numerusform>
                <numerusform>حُفظ %Ln مخطط في {folder}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/insights/view.py" line="396" />
            <source>%Ln figure(s) saved to {path}</source>
            <translation>
                <numerusform>حُفظ %Ln رقم في {path}</numerusform>
                <numerusform>حُفظ %Ln رقم في {path}</numerusform>
                <numerusform>حُفظ %Ln رقمان في {path}</numerusform>
                <numerusform>حُفظ %Ln أرقام في {path}</numerusform>
                <numerusform>حُفظ %Ln رقمًا في {path}</numerusform>
                <numerusform>حُفظ %Ln رقم في {path}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="74" />
            <source>&amp;Export</source>
            <translation>ت&amp;صدير</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="103" />
            <source>Average sales cycle</source>
            <translation>متوسط دورة المبيعات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="102" />
            <source>Average won value</source>
            <translation>متوسط قيمة الصفقات الرابحة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="386" />
            <source>CSV file (*.csv)</source>
            <translation>ملف CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="352" />
            <source>Chart saved to {path}</source>
            <translation>حُفظ المخطط في {path}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="77" />
            <source>Charts as &amp;PNG…</source>
            <translation>ال&amp;مخططات بصيغة PNG…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="90" />
            <source>Currency:</source>
            <translation>العملة:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="78" />
            <source>Figures as &amp;CSV…</source>
            <translation>الأ&amp;رقام بصيغة CSV…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="123" />
            <source>Flows per stage in the period</source>
            <translation>التدفقات في كل مرحلة خلال الفترة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="69" />
            <source>Forecast currency</source>
            <translation>عملة التوقعات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="121" />
            <source>Funnel: deals reaching each stage</source>
            <translation>القمع: الصفقات التي بلغت كل مرحلة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="126" />
            <source>Lost reasons</source>
            <translation>أسباب الخسارة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="71" />
            <source>Monthly &amp;target…</source>
            <translation>ال&amp;هدف الشهري…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="125" />
            <source>Objections raised</source>
            <translation>الاعتراضات المطروحة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="342" />
            <source>PNG image (*.png)</source>
            <translation>صورة PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="65" />
            <source>Pipeline</source>
            <translation>مسار المبيعات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="104" />
            <source>Pipeline velocity</source>
            <translation>سرعة مسار المبيعات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="86" />
            <source>Pipeline:</source>
            <translation>مسار المبيعات:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="206" />
            <source>Reading…</source>
            <translation>جارٍ القراءة…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="342" />
            <source>Save chart as PNG</source>
            <translation>حفظ المخطط بصيغة PNG</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="359" />
            <source>Save the charts in a folder</source>
            <translation>حفظ المخططات في مجلد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="386" />
            <source>Save the figures as CSV</source>
            <translation>حفظ الأرقام بصيغة CSV</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="349" />
            <source>The chart was not saved</source>
            <translation>لم يُحفظ المخطط</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="372" />
            <source>The charts were not saved</source>
            <translation>لم تُحفظ المخططات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="221" />
            <source>The figures could not be read: {reason}</source>
            <translation>تعذّرت قراءة الأرقام: {reason}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="393" />
            <source>The figures were not saved</source>
            <translation>لم تُحفظ الأرقام</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="228" />
            <source>There is no pipeline yet.</source>
            <translation>لا يوجد مسار مبيعات بعد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="339" />
            <source>This chart has nothing to show yet.</source>
            <translation>لا يوجد ما يعرضه هذا المخطط بعد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="122" />
            <source>Time in stage (days)</source>
            <translation>المدة في المرحلة (بالأيام)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="124" />
            <source>Weighted forecast by expected close month</source>
            <translation>التوقعات المرجّحة حسب شهر الإغلاق المتوقع</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="100" />
            <source>Win rate</source>
            <translation>معدل الفوز</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="101" />
            <source>Won / lost</source>
            <translation>رابحة / خاسرة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="275" />
            <source>{amount} a day</source>
            <translation>{amount} يوميًا</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="258" />
            <source>{first} – {last}</source>
            <translation>{first} – {last}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="326" />
            <source>{path} could not be written: {reason}</source>
            <translation>تعذّرت الكتابة في {path}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>LibraryDialog</name>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="191" />
            <source>&amp;Delete</source>
            <translation>ح&amp;ذف</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="189" />
            <source>&amp;New</source>
            <translation>&amp;جديد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="198" />
            <source>&amp;Objection:</source>
            <translation>الا&amp;عتراض:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="190" />
            <source>&amp;Save</source>
            <translation>&amp;حفظ</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="197" />
            <source>C&amp;ategory:</source>
            <translation>ال&amp;فئة:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="180" />
            <source>Choose or type a category</source>
            <translation>اختر فئة أو اكتبها</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="192" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="325" />
            <source>Delete objection</source>
            <translation>حذف الاعتراض</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="321" />
            <source>Delete “{text}” from the library?

Deals where it was raised keep the objection's text.</source>
            <translation>هل تريد حذف «{text}» من المكتبة؟

الصفقات التي طُرح فيها تحتفظ بنص الاعتراض.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="148" />
            <source>Objection library</source>
            <translation>مكتبة الاعتراضات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="155" />
            <source>Search objections, categories and answers</source>
            <translation>البحث في الاعتراضات والفئات والردود</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="199" />
            <source>Standard &amp;answer:</source>
            <translation>الرد ال&amp;معتمد:</translation>
        </message>
    </context>
    <context>
        <name>LibraryModel</name>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="78" />
            <source>Category</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="78" />
            <source>Objection</source>
            <translation>الاعتراض</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="79" />
            <source>Raised</source>
            <translation>مرات الطرح</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="79" />
            <source>Stages</source>
            <translation>المراحل</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="78" />
            <source>Standard answer</source>
            <translation>الرد المعتمد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="79" />
            <source>Won</source>
            <translation>الرابحة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="116" />
            <source>{won} of {closed} closed</source>
            <translation>{won} من أصل {closed} مغلقة</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <location filename="../../salesdesk/ui/people/list_page.py" line="32" />
            <source>Sea&amp;rch:</source>
            <translation>ب&amp;حث:</translation>
        </message>
    </context>
    <context>
        <name>LogCallDialog</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="76" />
            <source> min</source>
            <translation> دقيقة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="150" />
            <source>&amp;Duration</source>
            <translation>ال&amp;مدة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="87" />
            <source>&amp;Next step:</source>
            <translation>الخطوة ال&amp;تالية:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="151" />
            <source>&amp;Outcome</source>
            <translation>النت&amp;يجة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="148" />
            <source>&amp;Type</source>
            <translation>ال&amp;نوع</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="149" />
            <source>&amp;When</source>
            <translation>ال&amp;وقت</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="82" />
            <source>Choose…</source>
            <translation>اختر…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="140" />
            <source>Ctrl+Enter</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="292" />
            <source>Discard this log?</source>
            <translation>هل تريد تجاهل هذا التسجيل؟</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="59" />
            <source>Log a call or meeting — {title}</source>
            <translation>تسجيل مكالمة أو اجتماع — {title}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="98" />
            <source>Mark the %Ln due follow-up(s) as done</source>
            <translation>
                <numerusform>اعتبار المتابعات المستحقة (%Ln) منجزة</numerusform>
                <numerusform>اعتبار المتابعة المستحقة (%Ln) منجزة</numerusform>
                <numerusform>اعتبار المتابعتين المستحقتين (%Ln) منجزتين</numerusform>
                <numerusform>اعتبار المتابعات المستحقة (%Ln) منجزة</numerusform>
                <numerusform>اعتبار المتابعات المستحقة (%Ln) منجزة</numerusform>
                <numerusform>اعتبار المتابعات المستحقة (%Ln) منجزة</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="158" />
            <source>No&amp;tes</source>
            <translation>الم&amp;لاحظات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="128" />
            <source>Objections raised</source>
            <translation>الاعتراضات المطروحة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="106" />
            <source>Questions answered — {stage}</source>
            <translation>الأسئلة التي أُجيب عنها — {stage}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="85" />
            <source>What was said, what was agreed</source>
            <translation>ما الذي قيل، وما الذي اتُّفق عليه</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="293" />
            <source>What you typed has not been saved. Discard it?</source>
            <translation>لم يُحفظ ما كتبته. هل تريد تجاهله؟</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="90" />
            <source>e.g. send the proposal</source>
            <translation>مثلًا: إرسال العرض</translation>
        </message>
    </context>
    <context>
        <name>LostReasonDialog</name>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="40" />
            <source>Choose or type a reason</source>
            <translation>اختر سببًا أو اكتبه</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="34" />
            <source>Mark as lost</source>
            <translation>تسجيل الصفقة خاسرة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="48" />
            <source>Why was this deal lost?</source>
            <translation>لماذا خُسرت هذه الصفقة؟</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/dialogs.py" line="50" />
            <source>Why were these %Ln deals lost?</source>
            <translation>
                <numerusform>لماذا خُسرت هذه الصفقات (%Ln)؟</numerusform>
                <numerusform>لماذا خُسرت هذه الصفقات (%Ln)؟</numerusform>
                <numerusform>لماذا خُسرت هذه الصفقات (%Ln)؟</numerusform>
                <numerusform>لماذا خُسرت هذه الصفقات (%Ln)؟</numerusform>
                <numerusform>لماذا خُسرت هذه الصفقات (%Ln)؟</numerusform>
                <numerusform>لماذا خُسرت هذه الصفقات (%Ln)؟</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/main_window.py" line="533" />
            <source>%Ln event(s) written to {path}</source>
            <translation>
                <numerusform>حُفظ %Ln حدث في {path}</numerusform>
                <numerusform>حُفظ %Ln حدث في {path}</numerusform>
                <numerusform>حُفظ %Ln حدثان في {path}</numerusform>
                <numerusform>حُفظ %Ln أحداث في {path}</numerusform>
                <numerusform>حُفظ %Ln حدثًا في {path}</numerusform>
                <numerusform>حُفظ %Ln حدث في {path}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="262" />
            <source>&amp;About SalesDesk</source>
            <translation>&amp;حول SalesDesk</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="315" />
            <source>&amp;Allow without a word</source>
            <translation>ال&amp;سماح دون تنبيه</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="314" />
            <source>&amp;Block the move</source>
            <translation>&amp;منع النقل</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="234" />
            <source>&amp;Board</source>
            <translation>ال&amp;لوحة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="183" />
            <source>&amp;Deal</source>
            <translation>ال&amp;صفقة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="235" />
            <source>&amp;Deals table</source>
            <translation>&amp;جدول الصفقات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="227" />
            <source>&amp;Delete</source>
            <translation>&amp;حذف</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="159" />
            <source>&amp;Edit</source>
            <translation>ت&amp;حرير</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="139" />
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="176" />
            <source>&amp;Filter deals</source>
            <translation>&amp;تصفية الصفقات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="261" />
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="239" />
            <source>&amp;Insights</source>
            <translation>الت&amp;حليلات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="188" />
            <source>&amp;Log a call or meeting…</source>
            <translation>&amp;تسجيل مكالمة أو اجتماع…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="185" />
            <source>&amp;New deal</source>
            <translation>صفقة &amp;جديدة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="187" />
            <source>&amp;Open deal</source>
            <translation>&amp;فتح الصفقة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="237" />
            <source>&amp;Organizations and contacts</source>
            <translation>ال&amp;مؤسسات وجهات الاتصال</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="157" />
            <source>&amp;Quit</source>
            <translation>إن&amp;هاء</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="162" />
            <source>&amp;Redo</source>
            <translation>إ&amp;عادة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="250" />
            <source>&amp;Refresh</source>
            <translation>&amp;تحديث</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="171" />
            <source>&amp;Search everything…</source>
            <translation>ال&amp;بحث في كل شيء…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="233" />
            <source>&amp;Today</source>
            <translation>ال&amp;يوم</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="160" />
            <source>&amp;Undo</source>
            <translation>ت&amp;راجع</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="232" />
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="313" />
            <source>&amp;Warn, then move</source>
            <translation>ال&amp;تنبيه ثم النقل</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="567" />
            <source>About SalesDesk</source>
            <translation>حول SalesDesk</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="515" />
            <source>Calendar (*.ics)</source>
            <translation>تقويم (*.ics)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="488" />
            <source>Cannot log a call</source>
            <translation>تعذّر تسجيل المكالمة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="78" />
            <source>Deal</source>
            <translation>الصفقة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="243" />
            <source>Deal &amp;workspace</source>
            <translation>مساحة &amp;عمل الصفقة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="148" />
            <source>Export &amp;calendar…</source>
            <translation>تصدير ال&amp;تقويم…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="515" />
            <source>Export calendar</source>
            <translation>تصدير التقويم</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="153" />
            <source>Export the deal's ca&amp;lendar…</source>
            <translation>تصدير تق&amp;ويم الصفقة…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="214" />
            <source>Mark as &amp;lost…</source>
            <translation>تسجيل الصفقة &amp;خاسرة…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="207" />
            <source>Mark as &amp;won</source>
            <translation>تسجيل الصفقة &amp;رابحة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="200" />
            <source>Move one stage &amp;left</source>
            <translation>نقل مرحلة واحدة إلى ال&amp;يسار</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="193" />
            <source>Move one stage &amp;right</source>
            <translation>نقل مرحلة واحدة إلى الي&amp;مين</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="221" />
            <source>Objection &amp;library…</source>
            <translation>م&amp;كتبة الاعتراضات…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="503" />
            <source>Reopen deal</source>
            <translation>إعادة فتح الصفقة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="561" />
            <source>SalesDesk will use the new language and calendar the next time it starts.</source>
            <translation>سيستخدم SalesDesk اللغة والتقويم الجديدين عند تشغيله في المرة القادمة.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="568" />
            <source>SalesDesk {version}
Your pipeline, on your laptop, offline.</source>
            <translation>SalesDesk {version}
مسار مبيعاتك على حاسوبك المحمول، دون اتصال بالإنترنت.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="114" />
            <source>SalesDesk — {name}</source>
            <translation>SalesDesk — {name}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="181" />
            <source>Se&amp;ttings…</source>
            <translation>الإ&amp;عدادات…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="560" />
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="526" />
            <source>The calendar was not saved</source>
            <translation>لم يُحفظ التقويم</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="501" />
            <source>The deal was not reopened</source>
            <translation>لم يُعد فتح الصفقة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="309" />
            <source>Unmet e&amp;xit criteria</source>
            <translation>م&amp;عايير الخروج غير المستوفاة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="527" />
            <source>{path} could not be written: {reason}</source>
            <translation>تعذّرت الكتابة في {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="60" />
            <source>{warning} Ctrl+Z undoes the move.</source>
            <translation>{warning} للتراجع عن النقل اضغط Ctrl+Z.</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/merge.py" line="129" />
            <source>%Ln group(s) of organizations with the same name (case, accents, spelling variants and spaces aside). Every deal and contact is kept.</source>
            <translation>
                <numerusform>عُثر على %Ln مجموعة من المؤسسات التي تحمل الاسم نفسه (بصرف النظر عن حالة الأحرف وعلامات التشكيل واختلاف الإملاء والمسافات). تُحفظ كل الصفقات وجهات الاتصال.</numerusform>
                <numerusform>عُثر على %Ln مجموعة من المؤسسات التي تحمل الاسم نفسه (بصرف النظر عن حالة الأحرف وعلامات التشكيل واختلاف الإملاء والمسافات). تُحفظ كل الصفقات وجهات الاتصال.</numerusform>
                <numerusform>عُثر على %Ln مجموعتين من المؤسسات التي تحمل الاسم نفسه (بصرف النظر عن حالة الأحرف وعلامات التشكيل واختلاف الإملاء والمسافات). تُحفظ كل الصفقات وجهات الاتصال.</numerusform>
                <numerusform>عُثر على %Ln مجموعات من المؤسسات التي تحمل الاسم نفسه (بصرف النظر عن حالة الأحرف وعلامات التشكيل واختلاف الإملاء والمسافات). تُحفظ كل الصفقات وجهات الاتصال.</numerusform>
                <numerusform>عُثر على %Ln مجموعة من المؤسسات التي تحمل الاسم نفسه (بصرف النظر عن حالة الأحرف وعلامات التشكيل واختلاف الإملاء والمسافات). تُحفظ كل الصفقات وجهات الاتصال.</numerusform>
                <numerusform>عُثر على %Ln مجموعة من المؤسسات التي تحمل الاسم نفسه (بصرف النظر عن حالة الأحرف وعلامات التشكيل واختلاف الإملاء والمسافات). تُحفظ كل الصفقات وجهات الاتصال.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="76" />
            <source>&amp;Keep:</source>
            <translation>ال&amp;إبقاء على:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="62" />
            <source>&amp;Merge</source>
            <translation>&amp;دمج</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="59" />
            <source>Contacts</source>
            <translation>جهات الاتصال</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="59" />
            <source>Deals</source>
            <translation>الصفقات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="177" />
            <source>Kept: the others are merged into it</source>
            <translation>المُبقى عليها: تُدمج الأخرى فيها</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="101" />
            <source>Looking for organizations with the same name…</source>
            <translation>جارٍ البحث عن مؤسسات تحمل الاسم نفسه…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/merge.py" line="243" />
            <source>Merge %Ln duplicate organization(s)</source>
            <translation>
                <numerusform>دمج %Ln مؤسسة مكررة</numerusform>
                <numerusform>دمج %Ln مؤسسة مكررة</numerusform>
                <numerusform>دمج %Ln مؤسستين مكررتين</numerusform>
                <numerusform>دمج %Ln مؤسسات مكررة</numerusform>
                <numerusform>دمج %Ln مؤسسة مكررة</numerusform>
                <numerusform>دمج %Ln مؤسسة مكررة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/merge.py" line="216" />
            <source>Merge %Ln organization(s) into {name}</source>
            <translation>
                <numerusform>دمج %Ln مؤسسة في {name}</numerusform>
                <numerusform>دمج %Ln مؤسسة في {name}</numerusform>
                <numerusform>دمج %Ln مؤسستين في {name}</numerusform>
                <numerusform>دمج %Ln مؤسسات في {name}</numerusform>
                <numerusform>دمج %Ln مؤسسة في {name}</numerusform>
                <numerusform>دمج %Ln مؤسسة في {name}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="66" />
            <source>Merge &amp;all groups (keeping the oldest)</source>
            <translation>دمج &amp;كل المجموعات (مع الإبقاء على الأقدم)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="41" />
            <source>Merge duplicate organizations</source>
            <translation>دمج المؤسسات المكررة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="234" />
            <location filename="../../salesdesk/ui/people/merge.py" line="246" />
            <source>Merged. Ctrl+Z in the main window undoes it.</source>
            <translation>تم الدمج. للتراجع عنه اضغط Ctrl+Z في النافذة الرئيسية.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="138" />
            <source>No duplicate organizations.</source>
            <translation>لا توجد مؤسسات مكررة.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="254" />
            <source>Nothing was merged</source>
            <translation>لم يُدمج أي شيء</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="59" />
            <source>Organization (ticked: merged)</source>
            <translation>المؤسسة (المحددة: تُدمج)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="122" />
            <source>{name} ({n})</source>
            <translation>{name} ({n})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="156" />
            <source>{name} — {deals} deals, {contacts} contacts</source>
            <translation>{name} — الصفقات: {deals}، جهات الاتصال: {contacts}</translation>
        </message>
    </context>
    <context>
        <name>ObjectionForm</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="41" />
            <source>&amp;Add objection</source>
            <translation>إ&amp;ضافة اعتراض</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="53" />
            <source>Ans&amp;wer:</source>
            <translation>ال&amp;رد:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="52" />
            <source>Cate&amp;gory:</source>
            <translation>ال&amp;فئة:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="51" />
            <source>Ob&amp;jection:</source>
            <translation>الاعتر&amp;اض:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="39" />
            <source>Resol&amp;ved</source>
            <translation>محس&amp;وم</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="40" />
            <source>Save to the &amp;library</source>
            <translation>حفظ في المكت&amp;بة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="37" />
            <source>What you answered (the library's answer to adapt)</source>
            <translation>ما رددت به (ردّ المكتبة لتكييفه)</translation>
        </message>
    </context>
    <context>
        <name>ObjectionPicker</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/picker.py" line="36" />
            <source>Type an objection; matches from the library appear</source>
            <translation>اكتب اعتراضًا؛ وستظهر الاعتراضات المطابقة من المكتبة</translation>
        </message>
    </context>
    <context>
        <name>ObjectionsTab</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="60" />
            <source>&amp;Delete objection</source>
            <translation>&amp;حذف الاعتراض</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="59" />
            <source>&amp;Resolved</source>
            <translation>&amp;محسوم</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="87" />
            <source>Add an objection</source>
            <translation>إضافة اعتراض</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="173" />
            <source>Add objection</source>
            <translation>إضافة اعتراض</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="47" />
            <source>Category</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="231" />
            <source>Delete objection</source>
            <translation>حذف الاعتراض</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="197" />
            <source>Edit answer to objection</source>
            <translation>تعديل الرد على الاعتراض</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="206" />
            <source>Mark objection resolved</source>
            <translation>اعتبار الاعتراض محسومًا</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="47" />
            <source>Objection</source>
            <translation>الاعتراض</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="114" />
            <source>Open</source>
            <translation>قائم</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="206" />
            <source>Reopen objection</source>
            <translation>إعادة فتح الاعتراض</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="114" />
            <source>Resolved</source>
            <translation>محسوم</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="47" />
            <source>Stage</source>
            <translation>المرحلة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="47" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="57" />
            <source>What you answered</source>
            <translation>ما رددت به</translation>
        </message>
    </context>
    <context>
        <name>OrganizationDialog</name>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="95" />
            <source>&amp;Name:</source>
            <translation>ال&amp;اسم:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="102" />
            <source>Save it anyway, as a second organization? (Merge duplicates… joins two into one.)</source>
            <translation>هل تريد حفظها على أي حال، كمؤسسة ثانية؟ (يجمع «دمج المكررات…» مؤسستين في واحدة.)</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="93" />
            <source>&amp;Contact:</source>
            <translation>&amp;جهة الاتصال:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="92" />
            <source>&amp;Organization:</source>
            <translation>ال&amp;مؤسسة:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="101" />
            <source>&amp;Stage:</source>
            <translation>المر&amp;حلة:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="91" />
            <source>&amp;Title:</source>
            <translation>ال&amp;عنوان:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="94" />
            <source>&amp;Value:</source>
            <translation>ال&amp;قيمة:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="296" />
            <source>'{text}' is not a date. Type it as {format} or 2026-12-31.</source>
            <translation>«{text}» ليس تاريخًا. اكتبه بالتنسيق {format} أو 2026-12-31.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="95" />
            <source>E&amp;xpected close:</source>
            <translation>الإغلاق المت&amp;وقع:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="271" />
            <source>Edit contact</source>
            <translation>تعديل جهة الاتصال</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="301" />
            <source>Edit expected close</source>
            <translation>تعديل الإغلاق المتوقع</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="250" />
            <source>Edit organization</source>
            <translation>تعديل المؤسسة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="237" />
            <source>Edit title</source>
            <translation>تعديل العنوان</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="283" />
            <source>Edit value</source>
            <translation>تعديل القيمة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="74" />
            <source>Lost</source>
            <translation>خاسرة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="72" />
            <source>Open</source>
            <translation>مفتوحة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="109" />
            <source>Pick or type a new name</source>
            <translation>اختر اسمًا جديدًا أو اكتبه</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="102" />
            <source>Stat&amp;us:</source>
            <translation>الحا&amp;لة:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="103" />
            <source>Win probability:</source>
            <translation>احتمالية الفوز:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="73" />
            <source>Won</source>
            <translation>رابحة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="175" />
            <source>{evidence} from the exit criteria met (stage default {stage})</source>
            <translation>{evidence} من معايير الخروج المستوفاة (القيمة الافتراضية للمرحلة {stage})</translation>
        </message>
    </context>
    <context>
        <name>PeopleEditing</name>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="119" />
            <source>Add contact</source>
            <translation>إضافة جهة اتصال</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="70" />
            <source>Add organization</source>
            <translation>إضافة مؤسسة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="233" />
            <source>Call {phone}</source>
            <translation>الاتصال بـ {phone}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="139" />
            <location filename="../../salesdesk/ui/people/editing.py" line="157" />
            <source>Edit contact</source>
            <translation>تعديل جهة الاتصال</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="83" />
            <source>Edit organization</source>
            <translation>تعديل المؤسسة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="218" />
            <location filename="../../salesdesk/ui/people/editing.py" line="226" />
            <source>Edit…	F2</source>
            <translation>تعديل…	F2</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="236" />
            <source>Email {email}</source>
            <translation>مراسلة {email}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="223" />
            <source>Merge duplicates…</source>
            <translation>دمج المكررات…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="103" />
            <source>New contact</source>
            <translation>جهة اتصال جديدة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="220" />
            <source>New contact at this organization…</source>
            <translation>جهة اتصال جديدة في هذه المؤسسة…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="65" />
            <source>New organization</source>
            <translation>مؤسسة جديدة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="89" />
            <source>Rename organization</source>
            <translation>إعادة تسمية المؤسسة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="241" />
            <source>Show organization</source>
            <translation>عرض المؤسسة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="129" />
            <source>The contact was not changed</source>
            <translation>لم تتغير جهة الاتصال</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="81" />
            <source>The organization was not changed</source>
            <translation>لم تتغير المؤسسة</translation>
        </message>
    </context>
    <context>
        <name>PeopleView</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/view.py" line="274" />
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln جهة اتصال</numerusform>
                <numerusform>%Ln جهة اتصال</numerusform>
                <numerusform>%Ln جهتا اتصال</numerusform>
                <numerusform>%Ln جهات اتصال</numerusform>
                <numerusform>%Ln جهة اتصال</numerusform>
                <numerusform>%Ln جهة اتصال</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/view.py" line="273" />
            <source>%Ln organization(s)</source>
            <translation>
                <numerusform>%Ln مؤسسة</numerusform>
                <numerusform>%Ln مؤسسة</numerusform>
                <numerusform>%Ln مؤسستان</numerusform>
                <numerusform>%Ln مؤسسات</numerusform>
                <numerusform>%Ln مؤسسة</numerusform>
                <numerusform>%Ln مؤسسة</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="75" />
            <source>&amp;Merge duplicates…</source>
            <translation>&amp;دمج المكررات…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="57" />
            <source>Co&amp;ntacts</source>
            <translation>&amp;جهات الاتصال</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="73" />
            <source>Ed&amp;it… (F2)</source>
            <translation>ت&amp;عديل… (F2)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="306" />
            <source>It no longer exists (merged or undone).</source>
            <translation>لم يعد هذا العنصر موجودًا (دُمج أو تم التراجع عنه).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="51" />
            <source>Name, in any script or spelling</source>
            <translation>الاسم، بأي كتابة أو تهجئة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="53" />
            <source>Name, organization, role, email or phone</source>
            <translation>الاسم أو المؤسسة أو الدور أو البريد الإلكتروني أو الهاتف</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="69" />
            <source>Ne&amp;w organization…</source>
            <translation>مؤسسة جد&amp;يدة…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="71" />
            <source>New conta&amp;ct…</source>
            <translation>جهة ا&amp;تصال جديدة…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="268" />
            <source>No contacts yet: New contact adds one.</source>
            <translation>لا توجد جهات اتصال بعد: استخدم «جهة اتصال جديدة» لإضافة واحدة.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="267" />
            <source>No organizations yet: New organization adds one, and so does a deal.</source>
            <translation>لا توجد مؤسسات بعد: استخدم «مؤسسة جديدة» لإضافة واحدة، أو أنشئ صفقة فتُضاف مؤسستها.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="56" />
            <source>Or&amp;ganizations</source>
            <translation>ال&amp;مؤسسات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="136" />
            <source>Reading organizations and contacts…</source>
            <translation>جارٍ قراءة المؤسسات وجهات الاتصال…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="205" />
            <source>The lists could not be read: {error}</source>
            <translation>تعذّرت قراءة القوائم: {error}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="280" />
            <source>{shown} of {all}</source>
            <translation>{shown} من {all}</translation>
        </message>
    </context>
    <context>
        <name>PeriodBar</name>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="25" />
            <source>&amp;Period:</source>
            <translation>ال&amp;فترة:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="36" />
            <source>All time</source>
            <translation>كل الأوقات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="37" />
            <source>Custom…</source>
            <translation>مخصصة…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="31" />
            <source>Last month</source>
            <translation>الشهر الماضي</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="33" />
            <source>Last quarter</source>
            <translation>الربع الماضي</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="35" />
            <source>Last year</source>
            <translation>العام الماضي</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="30" />
            <source>This month</source>
            <translation>هذا الشهر</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="32" />
            <source>This quarter</source>
            <translation>هذا الربع</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="34" />
            <source>This year</source>
            <translation>هذا العام</translation>
        </message>
    </context>
    <context>
        <name>PlaybookChooser</name>
        <message>
            <location filename="../../salesdesk/ui/first_run.py" line="71" />
            <source>&amp;Language:</source>
            <translation>ال&amp;لغة:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/first_run.py" line="37" />
            <source>Choose the sales process to start from. You can change stages, questions and objections later.</source>
            <translation>اختر عملية المبيعات التي تبدأ بها. يمكنك تغيير المراحل والأسئلة والاعتراضات لاحقًا.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/first_run.py" line="66" />
            <source>Start</source>
            <translation>ابدأ</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/first_run.py" line="30" />
            <source>Welcome to SalesDesk</source>
            <translation>مرحبًا بك في SalesDesk</translation>
        </message>
    </context>
    <context>
        <name>PlaybookController</name>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="55" />
            <source>&amp;Pipeline</source>
            <translation>م&amp;سار المبيعات</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/playbooks.py" line="141" />
            <source>(%Ln objection(s) with no answer left out)</source>
            <translation>
                <numerusform>(استُبعد %Ln اعتراض بلا رد)</numerusform>
                <numerusform>(استُبعد %Ln اعتراض بلا رد)</numerusform>
                <numerusform>(استُبعد %Ln اعتراضان بلا رد)</numerusform>
                <numerusform>(استُبعد %Ln اعتراضات بلا رد)</numerusform>
                <numerusform>(استُبعد %Ln اعتراضًا بلا رد)</numerusform>
                <numerusform>(استُبعد %Ln اعتراض بلا رد)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="99" />
            <source>Cannot switch pipelines</source>
            <translation>تعذّر التبديل بين مسارات المبيعات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="41" />
            <source>E&amp;xport playbook…</source>
            <translation>تصدير د&amp;ليل المبيعات…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="117" />
            <source>Export playbook</source>
            <translation>تصدير دليل المبيعات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="48" />
            <source>Import &amp;playbook…</source>
            <translation>استيراد &amp;دليل مبيعات…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="154" />
            <source>Import playbook</source>
            <translation>استيراد دليل مبيعات</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/playbooks.py" line="172" />
            <source>Imported “{name}” with %Ln stage(s)</source>
            <translation>
                <numerusform>استُورد «{name}» ويضم %Ln مرحلة</numerusform>
                <numerusform>استُورد «{name}» ويضم %Ln مرحلة</numerusform>
                <numerusform>استُورد «{name}» ويضم %Ln مرحلتين</numerusform>
                <numerusform>استُورد «{name}» ويضم %Ln مراحل</numerusform>
                <numerusform>استُورد «{name}» ويضم %Ln مرحلة</numerusform>
                <numerusform>استُورد «{name}» ويضم %Ln مرحلة</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="139" />
            <source>Playbook written to {path}</source>
            <translation>كُتب دليل المبيعات في {path}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="117" />
            <location filename="../../salesdesk/ui/playbooks.py" line="154" />
            <source>Playbooks (*.toml)</source>
            <translation>أدلة المبيعات (*.toml)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="128" />
            <location filename="../../salesdesk/ui/playbooks.py" line="133" />
            <source>The playbook was not exported</source>
            <translation>لم يُصدَّر دليل المبيعات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="167" />
            <source>The playbook was not imported</source>
            <translation>لم يُستورد دليل المبيعات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="134" />
            <source>{path} could not be written: {reason}</source>
            <translation>تعذّرت الكتابة في {path}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../salesdesk/ui/preferences.py" line="69" />
            <source>&amp;Calendar:</source>
            <translation>ال&amp;تقويم:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/preferences.py" line="68" />
            <source>&amp;Language:</source>
            <translation>ال&amp;لغة:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/preferences.py" line="70" />
            <source>Changes apply the next time SalesDesk starts.</source>
            <translation>تسري التغييرات عند تشغيل SalesDesk في المرة القادمة.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/preferences.py" line="63" />
            <source>Gregorian</source>
            <translation>الميلادي</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/preferences.py" line="52" />
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/preferences.py" line="64" />
            <source>Solar Hijri (Jalali)</source>
            <translation>الهجري الشمسي (الجلالي)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/preferences.py" line="56" />
            <source>System language ({name})</source>
            <translation>لغة النظام ({name})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/preferences.py" line="62" />
            <source>The language's usual calendar</source>
            <translation>التقويم المعتاد للغة</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/reminders.py" line="64" />
            <source>%Ln follow-up(s) overdue. Today (Ctrl+T) lists them.</source>
            <translation>
                <numerusform>لديك %Ln متابعة متأخرة. تعرضها شاشة «اليوم» (Ctrl+T).</numerusform>
                <numerusform>لديك %Ln متابعة متأخرة. تعرضها شاشة «اليوم» (Ctrl+T).</numerusform>
                <numerusform>لديك %Ln متابعتان متأخرتان. تعرضهما شاشة «اليوم» (Ctrl+T).</numerusform>
                <numerusform>لديك %Ln متابعات متأخرة. تعرضها شاشة «اليوم» (Ctrl+T).</numerusform>
                <numerusform>لديك %Ln متابعة متأخرة. تعرضها شاشة «اليوم» (Ctrl+T).</numerusform>
                <numerusform>لديك %Ln متابعة متأخرة. تعرضها شاشة «اليوم» (Ctrl+T).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/reminders.py" line="84" />
            <source>%Ln follow-ups due</source>
            <translation>
                <numerusform>%Ln متابعة مستحقة</numerusform>
                <numerusform>%Ln متابعة مستحقة</numerusform>
                <numerusform>%Ln متابعتان مستحقتان</numerusform>
                <numerusform>%Ln متابعات مستحقة</numerusform>
                <numerusform>%Ln متابعة مستحقة</numerusform>
                <numerusform>%Ln متابعة مستحقة</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/reminders.py" line="80" />
            <source>Follow-up due</source>
            <translation>متابعة مستحقة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/reminders.py" line="47" />
            <source>Open Today</source>
            <translation>فتح «اليوم»</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/reminders.py" line="63" />
            <source>SalesDesk</source>
            <translation>SalesDesk</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/reminders.py" line="113" />
            <source>Snooze</source>
            <translation>تأجيل</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/reminders.py" line="49" />
            <source>Snooze an hour</source>
            <translation>تأجيل ساعة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/reminders.py" line="50" />
            <source>Snooze until tomorrow</source>
            <translation>تأجيل حتى الغد</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="55" />
            <source>&amp;Choose file…</source>
            <translation>ا&amp;ختيار ملف…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="57" />
            <source>&amp;Restore…</source>
            <translation>ا&amp;ستعادة…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="196" />
            <source>At exit</source>
            <translation>عند الإغلاق</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="194" />
            <source>At start</source>
            <translation>عند البدء</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="197" />
            <source>Backed up now</source>
            <translation>نسخ احتياطي يدوي</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="198" />
            <source>Before a restore</source>
            <translation>قبل الاستعادة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="204" />
            <source>Before an upgrade (schema {revision})</source>
            <translation>قبل الترقية (المخطط {revision})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="105" />
            <source>Choose a backup</source>
            <translation>اختر نسخة احتياطية</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="114" />
            <source>Chosen file</source>
            <translation>الملف المختار</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="195" />
            <source>Daily</source>
            <translation>يومية</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="199" />
            <source>Damaged database, before a restore</source>
            <translation>قاعدة بيانات تالفة، قبل الاستعادة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="159" />
            <source>Deals: {open} open, {won} won, {lost} lost</source>
            <translation>الصفقات: المفتوحة {open}، الرابحة {won}، الخاسرة {lost}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="43" />
            <source>Folder</source>
            <translation>المجلد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="166" />
            <source>Last change: {date}</source>
            <translation>آخر تغيير: {date}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="43" />
            <source>Made</source>
            <translation>تاريخ الإنشاء</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="152" />
            <source>Made: {date}</source>
            <translation>تاريخ الإنشاء: {date}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="96" />
            <source>No backups yet in {folder}. Choose file… opens any backup file.</source>
            <translation>لا توجد نسخ احتياطية بعد في {folder}. يفتح «اختيار ملف…» أي ملف نسخة احتياطية.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="160" />
            <source>Organizations: {organizations} · Contacts: {contacts} · Activities: {activities}</source>
            <translation>المؤسسات: {organizations} · جهات الاتصال: {contacts} · الأنشطة: {activities}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="163" />
            <source>Pipelines: {names}</source>
            <translation>مسارات المبيعات: {names}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="133" />
            <source>Reading {name}…</source>
            <translation>جارٍ قراءة {name}…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="35" />
            <source>Restore from a backup</source>
            <translation>الاستعادة من نسخة احتياطية</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="176" />
            <source>Restore this backup?</source>
            <translation>هل تريد استعادة هذه النسخة الاحتياطية؟</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="107" />
            <source>SalesDesk databases (*.sqlite *.db);;All files (*)</source>
            <translation>قواعد بيانات SalesDesk (*.sqlite *.db);;كل الملفات (*)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="43" />
            <source>Size</source>
            <translation>الحجم</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="153" />
            <source>Size: {size}</source>
            <translation>الحجم: {size}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="43" />
            <source>Why</source>
            <translation>السبب</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="177" />
            <source>Your data will be replaced by the backup made {date} ({deals} deals).

The current database is backed up first: restoring that backup undoes this.</source>
            <translation>ستحل النسخة الاحتياطية المُنشأة في {date} (الصفقات: {deals}) محل بياناتك.

تُنسخ قاعدة البيانات الحالية احتياطيًا أولًا: واستعادة تلك النسخة تتراجع عن هذه العملية.</translation>
        </message>
    </context>
    <context>
        <name>SearchPalette</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/palette.py" line="556" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln صفقة</numerusform>
                <numerusform>%Ln صفقة</numerusform>
                <numerusform>%Ln صفقتان</numerusform>
                <numerusform>%Ln صفقات</numerusform>
                <numerusform>%Ln صفقة</numerusform>
                <numerusform>%Ln صفقة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/palette.py" line="500" />
            <source>%Ln result(s)</source>
            <translation>
                <numerusform>%Ln نتيجة</numerusform>
                <numerusform>%Ln نتيجة</numerusform>
                <numerusform>%Ln نتيجتان</numerusform>
                <numerusform>%Ln نتائج</numerusform>
                <numerusform>%Ln نتيجة</numerusform>
                <numerusform>%Ln نتيجة</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="521" />
            <source>Action</source>
            <translation>إجراء</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="525" />
            <source>Call</source>
            <translation>مكالمة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="517" />
            <source>Contact</source>
            <translation>جهة اتصال</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="515" />
            <source>Deal</source>
            <translation>صفقة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="527" />
            <source>Email</source>
            <translation>بريد إلكتروني</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="529" />
            <source>Follow-up</source>
            <translation>متابعة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="523" />
            <source>Lost</source>
            <translation>خاسرة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="526" />
            <source>Meeting</source>
            <translation>اجتماع</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="520" />
            <location filename="../../salesdesk/ui/palette.py" line="528" />
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="498" />
            <source>Nothing found</source>
            <translation>لم يُعثر على شيء</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="518" />
            <location filename="../../salesdesk/ui/palette.py" line="519" />
            <source>Objection</source>
            <translation>اعتراض</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="560" />
            <source>Objection library</source>
            <translation>مكتبة الاعتراضات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="489" />
            <source>Only actions can be searched: {error}</source>
            <translation>يمكن البحث في الإجراءات فقط: {error}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="523" />
            <source>Open</source>
            <translation>مفتوحة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="516" />
            <source>Organization</source>
            <translation>مؤسسة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="491" />
            <source>Reading deals, notes and objections…</source>
            <translation>جارٍ قراءة الصفقات والملاحظات والاعتراضات…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="562" />
            <source>Resolved</source>
            <translation>محسوم</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="327" />
            <source>Search deals, organizations, contacts, notes, objections and actions</source>
            <translation>البحث في الصفقات والمؤسسات وجهات الاتصال والملاحظات والاعتراضات والإجراءات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="315" />
            <source>Search everything</source>
            <translation>البحث في كل شيء</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="493" />
            <source>The best {shown} of {total} results</source>
            <translation>أفضل النتائج: {shown} من أصل {total}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="487" />
            <source>Type to search · Enter opens or runs · Esc closes</source>
            <translation>اكتب للبحث · Enter يفتح أو ينفّذ · Esc يغلق</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="523" />
            <source>Won</source>
            <translation>رابحة</translation>
        </message>
    </context>
    <context>
        <name>SecondFolderDialog</name>
        <message>
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="38" />
            <source>&amp;Browse…</source>
            <translation>&amp;استعراض…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="41" />
            <source>&amp;Turn off</source>
            <translation>إي&amp;قاف</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="27" />
            <source>Every backup is also copied to this folder: a USB stick or a synced folder keeps your pipeline safe if the laptop is lost. Leave it empty to keep backups only in the data folder.</source>
            <translation>تُنسخ كل نسخة احتياطية أيضًا إلى هذا المجلد: فوحدة تخزين USB أو مجلد متزامن يحفظ مسار مبيعاتك إذا فُقد الحاسوب المحمول. اتركه فارغًا للاحتفاظ بالنسخ الاحتياطية في مجلد البيانات فقط.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="36" />
            <source>No second folder</source>
            <translation>بلا مجلد ثانٍ</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="25" />
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="71" />
            <source>Second backup folder</source>
            <translation>مجلد النسخ الاحتياطي الثاني</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="79" />
            <source>{folder} is not a folder that exists. Plug the drive in, or choose another.</source>
            <translation>{folder} ليس مجلدًا موجودًا. صِل وحدة التخزين، أو اختر مجلدًا آخر.</translation>
        </message>
    </context>
    <context>
        <name>TargetDialog</name>
        <message>
            <location filename="../../salesdesk/ui/insights/target_dialog.py" line="46" />
            <source>&amp;Amount a month:</source>
            <translation>المبلغ &amp;شهريًا:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/target_dialog.py" line="45" />
            <source>&amp;Currency:</source>
            <translation>ال&amp;عملة:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/target_dialog.py" line="30" />
            <source>Monthly target</source>
            <translation>الهدف الشهري</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/target_dialog.py" line="54" />
            <source>The weighted forecast is set against this target each month.</source>
            <translation>تُقارن التوقعات المرجّحة بهذا الهدف كل شهر.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/target_dialog.py" line="39" />
            <source>no target</source>
            <translation>بلا هدف</translation>
        </message>
    </context>
    <context>
        <name>Toast</name>
        <message>
            <location filename="../../salesdesk/ui/board/toast.py" line="26" />
            <source>&amp;Undo</source>
            <translation>ت&amp;راجع</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/toast.py" line="29" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="91" />
            <source>&amp;Done (D)</source>
            <translation>إ&amp;نجاز (D)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="105" />
            <source>&amp;Reschedule… (R)</source>
            <translation>إعادة &amp;جدولة… (R)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="93" />
            <source>&amp;Snooze</source>
            <translation>&amp;تأجيل</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="97" />
            <source>An hour (1)</source>
            <translation>ساعة (1)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="175" />
            <source>Coming week</source>
            <translation>خلال الأسبوع القادم</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="324" />
            <source>Complete follow-up</source>
            <translation>إنجاز المتابعة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="204" />
            <source>Deal</source>
            <translation>الصفقة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="174" />
            <source>Due today</source>
            <translation>مستحقة اليوم</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="111" />
            <source>Enter opens the deal · D done · 1 snooze an hour · 2 tomorrow · 3 next week · R pick a date</source>
            <translation>Enter يفتح الصفقة · D إنجاز · 1 تأجيل ساعة · 2 الغد · 3 الأسبوع المقبل · R اختيار تاريخ</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="263" />
            <source>Many sales come only after the fifth touch; most reps stop after two.</source>
            <translation>كثير من المبيعات لا تتم إلا بعد نقطة التواصل الخامسة؛ ومعظم المندوبين يتوقفون بعد محاولتين.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="99" />
            <source>Next week (3)</source>
            <translation>الأسبوع المقبل (3)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="176" />
            <source>No next step</source>
            <translation>بلا خطوة تالية</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="205" />
            <source>Organization · stage</source>
            <translation>المؤسسة · المرحلة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="173" />
            <source>Overdue</source>
            <translation>متأخرة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="103" />
            <source>Pick a date… (4)</source>
            <translation>اختيار تاريخ… (4)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="154" />
            <source>Reading your day…</source>
            <translation>جارٍ قراءة مهام يومك…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="338" />
            <location filename="../../salesdesk/ui/today/view.py" line="367" />
            <source>Reschedule follow-up</source>
            <translation>إعادة جدولة المتابعة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="177" />
            <source>Stalled</source>
            <translation>متعثرة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="321" />
            <location filename="../../salesdesk/ui/today/view.py" line="363" />
            <source>The follow-up was not changed</source>
            <translation>لم تتغير المتابعة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="185" />
            <source>Today, {date}</source>
            <translation>اليوم، {date}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="98" />
            <source>Tomorrow morning (2)</source>
            <translation>صباح الغد (2)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="207" />
            <source>Touches</source>
            <translation>نقاط التواصل</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="203" />
            <source>When</source>
            <translation>الموعد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="206" />
            <source>Why</source>
            <translation>السبب</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="253" />
            <source>{n} of {goal}</source>
            <translation>{n} من {goal}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="189" />
            <source>{overdue} overdue · {today} due today · {week} this week · {none} without a next step · {stalled} stalled</source>
            <translation>متأخرة: {overdue} · مستحقة اليوم: {today} · هذا الأسبوع: {week} · بلا خطوة تالية: {none} · متعثرة: {stalled}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/today/view.py" line="227" />
            <source>… and %Ln more</source>
            <translation>
                <numerusform>… و%Ln غيرها</numerusform>
                <numerusform>… و%Ln غيرها</numerusform>
                <numerusform>… و%Ln غيرها</numerusform>
                <numerusform>… و%Ln غيرها</numerusform>
                <numerusform>… و%Ln غيرها</numerusform>
                <numerusform>… و%Ln غيرها</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_ChartView</name>
        <message>
            <location filename="../../salesdesk/ui/insights/cards.py" line="42" />
            <source>Save chart as PNG…</source>
            <translation>حفظ المخطط بصيغة PNG…</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../salesdesk/ui/app.py" line="208" />
            <source>SalesDesk cannot start</source>
            <translation>تعذّر بدء تشغيل SalesDesk</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/app.py" line="209" />
            <source>SalesDesk is already running with the data folder {path}, but it did not answer. Switch to its window, or close it and start SalesDesk again.</source>
            <translation>يعمل SalesDesk بالفعل باستخدام مجلد البيانات {path}، لكنه لم يستجب. انتقل إلى نافذته، أو أغلقه ثم شغّل SalesDesk من جديد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/app.py" line="79" />
            <source>Using the data folder {path} until SalesDesk closes; start it with --data-dir to use that folder again.</source>
            <translation>يُستخدم مجلد البيانات {path} حتى يُغلق SalesDesk؛ شغّله مع الخيار --data-dir لاستخدام ذلك المجلد مرة أخرى.</translation>
        </message>
    </context>
    <context>
        <name>board</name>
        <message>
            <location filename="../../salesdesk/ui/board/model.py" line="99" />
            <source>Stalled: {reason}</source>
            <translation>متعثرة: {reason}</translation>
        </message>
    </context>
    <context>
        <name>dealsTable</name>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="53" />
            <source>Contact</source>
            <translation>جهة الاتصال</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="59" />
            <source>Days in stage</source>
            <translation>الأيام في المرحلة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="58" />
            <source>Expected close</source>
            <translation>الإغلاق المتوقع</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="60" />
            <source>Last activity</source>
            <translation>آخر نشاط</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="73" />
            <source>Lost</source>
            <translation>خاسرة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="61" />
            <source>Next follow-up</source>
            <translation>المتابعة التالية</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="71" />
            <source>Open</source>
            <translation>مفتوحة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="52" />
            <source>Organization</source>
            <translation>المؤسسة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="57" />
            <source>Probability</source>
            <translation>الاحتمالية</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="54" />
            <source>Stage</source>
            <translation>المرحلة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="55" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="51" />
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="56" />
            <source>Value</source>
            <translation>القيمة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="72" />
            <source>Won</source>
            <translation>رابحة</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="409" />
            <source>'{email}' does not look like an email address (name@example.com).</source>
            <translation>لا يبدو أن «{email}» عنوان بريد إلكتروني (name@example.com).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="124" />
            <source>'{name}' cannot be edited.</source>
            <translation>لا يمكن تعديل «{name}».</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="420" />
            <source>'{phone}' is not a phone number: it has no digits.</source>
            <translation>«{phone}» ليس رقم هاتف: فهو لا يحتوي على أي رقم.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvvalues.py" line="34" />
            <source>'{text}' is not a date</source>
            <translation>«{text}» ليس تاريخًا</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/metrics/period.py" line="138" />
            <source>'{text}' is not a period: use month, quarter, year, all or START..END (YYYY-MM-DD..YYYY-MM-DD).</source>
            <translation>«{text}» ليست فترة صالحة: استخدم month أو quarter أو year أو all أو البداية..النهاية (YYYY-MM-DD..YYYY-MM-DD).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvvalues.py" line="35" />
            <source>'{text}' is not a valid time</source>
            <translation>«{text}» ليس وقتًا صالحًا</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvvalues.py" line="32" />
            <source>'{text}' is not an amount</source>
            <translation>«{text}» ليس مبلغًا</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/money.py" line="72" />
            <location filename="../../salesdesk/core/money.py" line="78" />
            <source>'{text}' is not an amount.</source>
            <translation>«{text}» ليس مبلغًا.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/timeutil.py" line="69" />
            <source>'{value}' is not a date.</source>
            <translation>«{value}» ليس تاريخًا.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/timeutil.py" line="56" />
            <source>'{value}' is not a time.</source>
            <translation>«{value}» ليس وقتًا.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/interactions.py" line="84" />
            <source>A call is logged after it happened, not before.</source>
            <translation>تُسجَّل المكالمة بعد حدوثها، لا قبل حدوثها.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="85" />
            <source>A new deal must start in an open stage.</source>
            <translation>يجب أن تبدأ الصفقة الجديدة في مرحلة مفتوحة.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="116" />
            <source>A quote (") opened on line {line} is never closed, so the rest of the file would be read as one cell. Close the quote, or save the file again from the program that wrote it.</source>
            <translation>علامة اقتباس (") فُتحت في السطر {line} ولم تُغلق أبدًا، لذا سيُقرأ باقي الملف كخلية واحدة. أغلق علامة الاقتباس، أو احفظ الملف مجددًا من البرنامج الذي أنشأه.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/timeutil.py" line="34" />
            <source>A time without a time zone cannot be stored (naive datetime {value}).</source>
            <translation>لا يمكن تخزين وقت بلا منطقة زمنية (قيمة تاريخ ووقت دون منطقة زمنية: {value}).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/organizations.py" line="78" />
            <source>An organization cannot be merged into itself.</source>
            <translation>لا يمكن دمج مؤسسة في نفسها.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="34" />
            <source>Another program is using the database. Close it and try again.</source>
            <translation>برنامج آخر يستخدم قاعدة البيانات. أغلقه ثم حاول مجددًا.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/metrics/alerts.py" line="24" />
            <source>Bottleneck: deals stay {days:.1f} days on average in {stage}, longer than its {limit} stalled-after days.</source>
            <translation>عنق زجاجة: متوسط بقاء الصفقات في {stage} بلغ {days:.1f} يومًا، متجاوزًا حد التعثر لهذه المرحلة ({limit} يومًا).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="88" />
            <source>Check that the backup folder exists, is writable and has free space, then try again.</source>
            <translation>تحقّق من أن مجلد النسخ الاحتياطي موجود وقابل للكتابة وفيه مساحة فارغة، ثم حاول مجددًا.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="487" />
            <source>Choose a stage for: {names}</source>
            <translation>اختر مرحلة لـ: {names}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/organizations.py" line="75" />
            <source>Choose organizations to merge.</source>
            <translation>اختر المؤسسات المراد دمجها.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="206" />
            <source>Choose the column that holds the deal's title.</source>
            <translation>اختر العمود الذي يحتوي على عنوان الصفقة.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="199" />
            <source>Free some space on that disk, then back up again.</source>
            <translation>حرّر بعض المساحة على ذلك القرص، ثم أعد النسخ الاحتياطي.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="22" />
            <source>Free some space on the disk, then try again. Nothing was saved.</source>
            <translation>حرّر بعض المساحة على القرص، ثم حاول مجددًا. لم يُحفظ أي شيء.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/metrics/alerts.py" line="17" />
            <source>Inverted funnel: {late} open deals in the later stages, {early} in the earlier ones.</source>
            <translation>قمع مقلوب: الصفقات المفتوحة في المراحل المتأخرة {late}، وفي المراحل المبكرة {early}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="27" />
            <source>Make the data folder writable, or start SalesDesk with another folder (--data-dir).</source>
            <translation>اجعل مجلد البيانات قابلًا للكتابة، أو شغّل SalesDesk باستخدام مجلد آخر (--data-dir).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="204" />
            <source>Make the folder writable, or choose another backup folder.</source>
            <translation>اجعل المجلد قابلًا للكتابة، أو اختر مجلد نسخ احتياطي آخر.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="53" />
            <source>Restore a backup to carry on where you were, or start a new, empty database.</source>
            <translation>استعد نسخة احتياطية لتتابع من حيث توقفت، أو ابدأ قاعدة بيانات جديدة فارغة.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/pipelines.py" line="41" />
            <source>That pipeline does not exist.</source>
            <translation>مسار المبيعات هذا غير موجود.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/checklists.py" line="84" />
            <source>That question belongs to another pipeline.</source>
            <translation>ينتمي هذا السؤال إلى مسار مبيعات آخر.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/document_check.py" line="54" />
            <source>The SalesDesk export has no valid version number.</source>
            <translation>لا يحتوي ملف تصدير SalesDesk على رقم إصدار صالح.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="212" />
            <source>The accounts file (Account.csv) is not beside the import: deals are imported without their organization.</source>
            <translation>ملف الحسابات (Account.csv) غير موجود بجانب الملف المستورد: ستُستورد الصفقات دون مؤسساتها.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="196" />
            <source>The backup in {folder} was not made: the disk is full.</source>
            <translation>لم تُنشأ النسخة الاحتياطية في {folder}: القرص ممتلئ.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="218" />
            <source>The backup in {folder} was not made: {reason}</source>
            <translation>لم تُنشأ النسخة الاحتياطية في {folder}: {reason}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="212" />
            <source>The backup was not made: the database file is damaged.</source>
            <translation>لم تُنشأ النسخة الاحتياطية: ملف قاعدة البيانات تالف.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="207" />
            <source>The backup was not made: the database is locked.</source>
            <translation>لم تُنشأ النسخة الاحتياطية: قاعدة البيانات مقفلة.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="179" />
            <source>The backup {path} failed its integrity check ({problem}).</source>
            <translation>لم تجتز النسخة الاحتياطية {path} فحص السلامة ({problem}).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="185" />
            <source>The backup {path} is not a SalesDesk database.</source>
            <translation>النسخة الاحتياطية {path} ليست قاعدة بيانات SalesDesk.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="581" />
            <source>The contact already exists.</source>
            <translation>جهة الاتصال موجودة بالفعل.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/app.py" line="187" />
            <source>The data folder {path} cannot be used: {reason}</source>
            <translation>لا يمكن استخدام مجلد البيانات {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/app.py" line="100" />
            <source>The data folder {path} is read-only or cannot be locked.</source>
            <translation>مجلد البيانات {path} للقراءة فقط أو لا يمكن قفله.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="70" />
            <source>The database file cannot be opened.</source>
            <translation>تعذّر فتح ملف قاعدة البيانات.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="77" />
            <source>The database file is damaged.</source>
            <translation>ملف قاعدة البيانات تالف.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/database.py" line="260" />
            <source>The database file is damaged. ({path})</source>
            <translation>ملف قاعدة البيانات تالف. ({path})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="71" />
            <source>The database is locked.</source>
            <translation>قاعدة البيانات مقفلة.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="69" />
            <source>The database is read-only.</source>
            <translation>قاعدة البيانات للقراءة فقط.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="97" />
            <source>The database may be damaged: run 'salesdesk check', and restore an earlier backup if it is.</source>
            <translation>قد تكون قاعدة البيانات تالفة: شغّل الأمر «salesdesk check»، واستعد نسخة احتياطية سابقة إن تبيّن أنها تالفة.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/timeutil.py" line="46" />
            <source>The date {value} is out of range ({first} to {last}).</source>
            <translation>التاريخ {value} خارج النطاق المسموح (من {first} إلى {last}).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="274" />
            <source>The deal already exists.</source>
            <translation>الصفقة موجودة بالفعل.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="217" />
            <source>The deal is already lost.</source>
            <translation>الصفقة مسجّلة خاسرة بالفعل.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="226" />
            <source>The deal is already open.</source>
            <translation>الصفقة مفتوحة بالفعل.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="208" />
            <source>The deal is already won.</source>
            <translation>الصفقة مسجّلة رابحة بالفعل.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/moves.py" line="71" />
            <source>The deal to place it before is not in that stage.</source>
            <translation>الصفقة المراد وضعها قبلها ليست في تلك المرحلة.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="68" />
            <source>The disk could not be written (I/O error).</source>
            <translation>تعذّرت الكتابة على القرص (خطأ إدخال/إخراج).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="67" />
            <source>The disk is full.</source>
            <translation>القرص ممتلئ.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/activities.py" line="38" />
            <source>The duration must be between 0 and 24 hours.</source>
            <translation>يجب أن تكون المدة بين 0 و24 ساعة.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/export_json.py" line="49" />
            <source>The export was cancelled; no file was written.</source>
            <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="129" />
            <source>The file has only one column. A CSV export has a header row and columns separated by commas, semicolons or tabs.</source>
            <translation>يحتوي الملف على عمود واحد فقط. ملف التصدير بصيغة CSV يضم صف عناوين وأعمدة تفصل بينها فواصل أو فواصل منقوطة أو علامات جدولة.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="125" />
            <source>The file is empty.</source>
            <translation>الملف فارغ.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="75" />
            <location filename="../../salesdesk/storage/errors.py" line="78" />
            <source>The file is not a SalesDesk database.</source>
            <translation>الملف ليس قاعدة بيانات SalesDesk.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="110" />
            <source>The file is not a readable CSV table (line {line}: {reason}).</source>
            <translation>الملف ليس جدول CSV قابلًا للقراءة (السطر {line}: {reason}).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="71" />
            <source>The file is not text in a known encoding (UTF-8, UTF-16 or Windows-1252).</source>
            <translation>الملف ليس نصًا بترميز معروف (UTF-8 أو UTF-16 أو Windows-1252).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="158" />
            <source>The file is too large to import ({size} MB).</source>
            <translation>الملف أكبر من أن يُستورد ({size} ميغابايت).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="49" />
            <source>The file starts as {encoding} text but is not valid {encoding} (byte {position}: {reason}).</source>
            <translation>يبدأ الملف كنص بترميز {encoding} لكنه ليس نصًا صالحًا بترميز {encoding} (البايت {position}: {reason}).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/document_check.py" line="57" />
            <source>The file was exported by a newer SalesDesk (document version {version}); install the newer version to import it.</source>
            <translation>صُدّر الملف من إصدار أحدث من SalesDesk (إصدار المستند {version})؛ ثبّت الإصدار الأحدث لاستيراده.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="39" />
            <source>The file was left untouched. Restore a backup, or choose another data folder.</source>
            <translation>لم يُمَسّ الملف. استعد نسخة احتياطية، أو اختر مجلد بيانات آخر.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/document_check.py" line="37" />
            <source>The file was not imported ({count} problems); nothing was changed:
{details}</source>
            <translation>لم يُستورد الملف (عدد المشكلات: {count})؛ لم يتغير أي شيء:
{details}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="202" />
            <source>The folder {folder} cannot be written.</source>
            <translation>لا يمكن الكتابة في المجلد {folder}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="200" />
            <source>The header row holds characters that are not valid text.</source>
            <translation>يحتوي صف العناوين على أحرف ليست نصًا صالحًا.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/cancel.py" line="11" />
            <source>The import was cancelled; nothing was imported.</source>
            <translation>أُلغي الاستيراد؛ لم يُستورد أي شيء.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/organizations.py" line="110" />
            <source>The merge can no longer be undone.</source>
            <translation>لم يعد بالإمكان التراجع عن الدمج.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/interactions.py" line="122" />
            <source>The next step must come after the call.</source>
            <translation>يجب أن يكون موعد الخطوة التالية بعد المكالمة.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/organizations.py" line="230" />
            <source>The organization already exists.</source>
            <translation>المؤسسة موجودة بالفعل.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/metrics/period.py" line="48" />
            <location filename="../../salesdesk/core/metrics/period.py" line="119" />
            <source>The period must end after it starts.</source>
            <translation>يجب أن تنتهي الفترة بعد بدايتها.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/pipelines.py" line="59" />
            <source>The pipeline has no '{kind}' stage.</source>
            <translation>لا يحتوي مسار المبيعات على مرحلة من نوع «{kind}».</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/playbook.py" line="39" />
            <source>The playbook {source} has problems:
{problems}</source>
            <translation>في دليل المبيعات {source} مشكلات:
{problems}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="274" />
            <source>The second backup folder {folder} is not there (is the drive plugged in?).</source>
            <translation>مجلد النسخ الاحتياطي الثاني {folder} غير موجود (هل وحدة التخزين موصولة؟).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="102" />
            <source>The text contains characters that are not valid text.</source>
            <translation>يحتوي النص على أحرف ليست نصًا صالحًا.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="99" />
            <source>The text contains control characters.</source>
            <translation>يحتوي النص على أحرف تحكم.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="97" />
            <source>The text is too long (1 MB at most).</source>
            <translation>النص طويل جدًا (الحد الأقصى 1 ميغابايت).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/money.py" line="59" />
            <source>The value cannot be negative.</source>
            <translation>لا يمكن أن تكون القيمة سالبة.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/money.py" line="61" />
            <source>The value is too large.</source>
            <translation>القيمة كبيرة جدًا.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/money.py" line="57" />
            <source>The value must be a whole number.</source>
            <translation>يجب أن تكون القيمة عددًا صحيحًا.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="74" />
            <location filename="../../salesdesk/ui/dialogs.py" line="157" />
            <source>The {label} cannot be empty.</source>
            <translation>لا يمكن ترك حقل {label} فارغًا.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="82" />
            <source>The {label} contains characters that are not valid text.</source>
            <translation>يحتوي حقل {label} على أحرف ليست نصًا صالحًا.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="77" />
            <source>The {label} contains control characters.</source>
            <translation>يحتوي حقل {label} على أحرف تحكم.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="68" />
            <source>The {label} is too long ({length} characters; {limit} at most).</source>
            <translation>حقل {label} طويل جدًا (عدد الأحرف {length}، والحد الأقصى {limit}).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="47" />
            <location filename="../../salesdesk/core/services/moves.py" line="104" />
            <location filename="../../salesdesk/core/services/people.py" line="287" />
            <source>The {what} no longer exists.</source>
            <translation>لم يعد العنصر المطلوب ({what}) موجودًا.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="476" />
            <source>There is already a contact named {existing} at this organization.</source>
            <translation>توجد بالفعل جهة اتصال باسم {existing} في هذه المؤسسة.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/organizations.py" line="155" />
            <source>There is already an organization named {existing}.</source>
            <translation>توجد بالفعل مؤسسة باسم {existing}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/bootstrap.py" line="51" />
            <source>There is no database with your deals in {folder}, but there are backups of one ({count}), the newest made on {date}.</source>
            <translation>لا توجد قاعدة بيانات بصفقاتك في {folder}، لكن توجد نسخ احتياطية منها (عددها {count})، وأحدثها بتاريخ {date}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="347" />
            <source>There is no file {path}.</source>
            <translation>لا يوجد ملف {path}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="492" />
            <source>There is no organization named {name}. Add it first with New organization.</source>
            <translation>لا توجد مؤسسة باسم {name}. أضفها أولًا باستخدام «مؤسسة جديدة».</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/export.py" line="91" />
            <location filename="../../salesdesk/core/metrics/history.py" line="109" />
            <source>There is no pipeline with id {id}.</source>
            <translation>لا يوجد مسار مبيعات بالمعرّف {id}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/playbook_export.py" line="103" />
            <source>There is no pipeline with id {pipeline_id}.</source>
            <translation>لا يوجد مسار مبيعات بالمعرّف {pipeline_id}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/bootstrap.py" line="82" />
            <source>There is no playbook called '{name}'.</source>
            <translation>لا يوجد دليل مبيعات باسم «{name}».</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/activities.py" line="112" />
            <location filename="../../salesdesk/core/services/activities.py" line="134" />
            <source>This activity is not a follow-up.</source>
            <translation>هذا النشاط ليس متابعة.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="60" />
            <source>This database was written by a newer SalesDesk. Install the newer version to open it.</source>
            <translation>أُنشئت قاعدة البيانات هذه بإصدار أحدث من SalesDesk. ثبّت الإصدار الأحدث لفتحها.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/activities.py" line="136" />
            <source>This follow-up is already done.</source>
            <translation>هذه المتابعة منجزة بالفعل.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/document_check.py" line="50" />
            <source>This is not a SalesDesk export (no "format": "salesdesk").</source>
            <translation>هذا ليس ملف تصدير من SalesDesk (لا يحتوي على "format": "salesdesk").</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/metrics/alerts.py" line="20" />
            <source>Too few new deals: {created} created against {closed} closed; the top of the pipeline is not being refilled.</source>
            <translation>الصفقات الجديدة قليلة جدًا: المُنشأة {created} مقابل المغلقة {closed}؛ أعلى مسار المبيعات لا يُغذّى بصفقات جديدة.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/activities.py" line="31" />
            <location filename="../../salesdesk/core/services/activities.py" line="95" />
            <location filename="../../salesdesk/core/services/interactions.py" line="75" />
            <source>Unknown activity type '{kind}'.</source>
            <translation>نوع نشاط غير معروف: «{kind}».</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/money.py" line="47" />
            <source>Unknown currency code '{code}'. Use a three-letter ISO code such as EUR.</source>
            <translation>رمز عملة غير معروف: «{code}». استخدم رمز ISO من ثلاثة أحرف مثل EUR.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/export.py" line="85" />
            <source>Unknown export format '{format}': use json or csv.</source>
            <translation>تنسيق تصدير غير معروف: «{format}». استخدم json أو csv.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/interactions.py" line="79" />
            <source>Unknown outcome '{outcome}'.</source>
            <translation>نتيجة غير معروفة: «{outcome}».</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="40" />
            <location filename="../../salesdesk/core/services/moves.py" line="111" />
            <source>Unknown stage.</source>
            <translation>مرحلة غير معروفة.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="104" />
            <source>Your current database was not changed. Choose another backup.</source>
            <translation>لم تتغير قاعدة بياناتك الحالية. اختر نسخة احتياطية أخرى.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/objections.py" line="67" />
            <location filename="../../salesdesk/core/services/objections.py" line="163" />
            <location filename="../../salesdesk/core/services/objections.py" line="179" />
            <source>category</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="31" />
            <source>contact</source>
            <translation>جهة الاتصال</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="360" />
            <location filename="../../salesdesk/core/services/contacts.py" line="42" />
            <location filename="../../salesdesk/core/services/people.py" line="450" />
            <source>contact name</source>
            <translation>اسم جهة الاتصال</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="30" />
            <location filename="../../salesdesk/core/services/moves.py" line="104" />
            <source>deal</source>
            <translation>الصفقة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="405" />
            <source>email address</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="36" />
            <source>exit criterion</source>
            <translation>معيار الخروج</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="38" />
            <source>follow-up</source>
            <translation>المتابعة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="34" />
            <source>library objection</source>
            <translation>اعتراض المكتبة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="40" />
            <source>lost</source>
            <translation>خاسرة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="399" />
            <location filename="../../salesdesk/core/services/moves.py" line="115" />
            <source>lost reason</source>
            <translation>سبب الخسارة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="255" />
            <source>more cells than the header has columns (a comma or semicolon inside a cell that is not in quotes?)</source>
            <translation>عدد الخلايا أكبر من عدد أعمدة صف العناوين (هل توجد فاصلة أو فاصلة منقوطة داخل خلية غير محاطة بعلامات اقتباس؟)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvvalues.py" line="33" />
            <source>negative amount '{text}'</source>
            <translation>مبلغ سالب: «{text}»</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="347" />
            <source>no title</source>
            <translation>لا يوجد عنوان</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="33" />
            <location filename="../../salesdesk/core/services/objections.py" line="35" />
            <location filename="../../salesdesk/core/services/objections.py" line="164" />
            <location filename="../../salesdesk/core/services/objections.py" line="180" />
            <source>objection</source>
            <translation>الاعتراض</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="32" />
            <source>organization</source>
            <translation>المؤسسة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="357" />
            <location filename="../../salesdesk/core/services/deals.py" line="46" />
            <location filename="../../salesdesk/core/services/organizations.py" line="164" />
            <location filename="../../salesdesk/core/services/organizations.py" line="185" />
            <source>organization name</source>
            <translation>اسم المؤسسة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="417" />
            <source>phone number</source>
            <translation>رقم الهاتف</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="35" />
            <source>question</source>
            <translation>السؤال</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="452" />
            <source>role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="37" />
            <source>stage</source>
            <translation>المرحلة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="379" />
            <source>the amount '{amount}' is not in {currency}, the currency column's</source>
            <translation>المبلغ «{amount}» ليس بعملة {currency}، وهي العملة الواردة في عمود العملة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvvalues.py" line="36" />
            <source>the date '{text}' is out of range</source>
            <translation>التاريخ «{text}» خارج النطاق المسموح</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="264" />
            <source>the row holds characters that are not valid text</source>
            <translation>يحتوي الصف على أحرف ليست نصًا صالحًا</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="275" />
            <source>the same record as line {other} ({id})</source>
            <translation>السجل نفسه الوارد في السطر {other} ({id})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="351" />
            <source>the title is longer than {limit} characters</source>
            <translation>العنوان أطول من الحد الأقصى لعدد الأحرف ({limit})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="355" />
            <location filename="../../salesdesk/core/services/deals.py" line="92" />
            <location filename="../../salesdesk/core/services/deals.py" line="131" />
            <location filename="../../salesdesk/ui/dialogs.py" line="157" />
            <source>title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="425" />
            <source>unknown status '{text}' (open, won or lost)</source>
            <translation>حالة غير معروفة: «{text}» (القيم المقبولة: open أو won أو lost)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="39" />
            <source>won</source>
            <translation>رابحة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="444" />
            <source>{currency} has {digits} decimal places at most</source>
            <translation>لا تتجاوز المنازل العشرية في {currency} العدد {digits}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/money.py" line="84" />
            <source>{currency} has {digits} decimal places at most.</source>
            <translation>لا تتجاوز المنازل العشرية في {currency} العدد {digits}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="193" />
            <source>{folder} is a file, not a folder.</source>
            <translation>{folder} ملف وليس مجلدًا.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="164" />
            <location filename="../../salesdesk/core/io/document_import.py" line="50" />
            <source>{path} cannot be read: {reason}</source>
            <translation>تعذّرت قراءة {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="375" />
            <location filename="../../salesdesk/storage/backups.py" line="400" />
            <source>{path} is damaged ({problem}).</source>
            <translation>{path} تالف ({problem}).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="170" />
            <source>{path} is not a CSV file (it holds binary data).</source>
            <translation>{path} ليس ملف CSV (يحتوي على بيانات ثنائية).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/document_import.py" line="56" />
            <source>{path} is not a JSON file ({reason}).</source>
            <translation>{path} ليس ملف JSON ({reason}).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="350" />
            <location filename="../../salesdesk/storage/backups.py" line="356" />
            <location filename="../../salesdesk/storage/database.py" line="59" />
            <location filename="../../salesdesk/storage/database.py" line="239" />
            <source>{path} is not a SalesDesk database.</source>
            <translation>{path} ليس قاعدة بيانات SalesDesk.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="457" />
            <source>{path} is the database in use, not a backup.</source>
            <translation>{path} هو قاعدة البيانات المستخدمة حاليًا، وليس نسخة احتياطية.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="359" />
            <location filename="../../salesdesk/storage/database.py" line="242" />
            <source>{path} was written by a newer version of SalesDesk (schema {revision}).</source>
            <translation>أُنشئ {path} بإصدار أحدث من SalesDesk (المخطط {revision}).</translation>
        </message>
    </context>
    <context>
        <name>filterBar</name>
        <message>
            <location filename="../../salesdesk/ui/board/filter_bar.py" line="38" />
            <source>Closing this month</source>
            <translation>تُغلق هذا الشهر</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/filter_bar.py" line="30" />
            <source>Filter by title, organization or contact ({key})</source>
            <translation>التصفية حسب العنوان أو المؤسسة أو جهة الاتصال ({key})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/filter_bar.py" line="37" />
            <source>Follow-up overdue</source>
            <translation>متابعة متأخرة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/filter_bar.py" line="36" />
            <source>Stalled</source>
            <translation>متعثرة</translation>
        </message>
    </context>
    <context>
        <name>formatting</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/formatting.py" line="80" />
            <source> + %Ln other currencies</source>
            <translation>
                <numerusform> + %Ln عملة أخرى</numerusform>
                <numerusform> + %Ln عملة أخرى</numerusform>
                <numerusform> + %Ln عملتان أخريان</numerusform>
                <numerusform> + %Ln عملات أخرى</numerusform>
                <numerusform> + %Ln عملة أخرى</numerusform>
                <numerusform> + %Ln عملة أخرى</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/formatting.py" line="258" />
            <source>, no activity for {days} days</source>
            <translation>، والأيام بلا نشاط: {days}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/formatting.py" line="254" />
            <source>{days} days in {stage}</source>
            <translation>الأيام في {stage}: {days}</translation>
        </message>
    </context>
    <context>
        <name>insights</name>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="308" />
            <location filename="../../salesdesk/ui/insights/charts.py" line="311" />
            <source>(no reason)</source>
            <translation>(بلا سبب)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="196" />
            <source>At start</source>
            <translation>في البداية</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="179" />
            <source>Average</source>
            <translation>المتوسط</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="166" />
            <source>Average days</source>
            <translation>متوسط الأيام</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="283" />
            <source>Category</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="156" />
            <location filename="../../salesdesk/ui/insights/charts.py" line="243" />
            <location filename="../../salesdesk/ui/insights/charts.py" line="286" />
            <location filename="../../salesdesk/ui/insights/charts.py" line="306" />
            <source>Deals</source>
            <translation>الصفقات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="312" />
            <source>Deals lost</source>
            <translation>الصفقات الخاسرة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="185" />
            <source>Deals stay longest in {stage}: {days} days on average</source>
            <translation>أطول مدة بقاء للصفقات في {stage}: {days} يومًا في المتوسط</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="197" />
            <source>Entered</source>
            <translation>دخلت</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="201" />
            <source>Lost</source>
            <translation>خاسرة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="179" />
            <source>Median</source>
            <translation>الوسيط</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="166" />
            <source>Median days</source>
            <translation>وسيط الأيام</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="243" />
            <source>Month</source>
            <translation>الشهر</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="198" />
            <source>Moved on</source>
            <translation>انتقلت للتالية</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="284" />
            <source>Objection</source>
            <translation>الاعتراض</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="243" />
            <source>Of target</source>
            <translation>النسبة من الهدف</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="137" />
            <source>Reached</source>
            <translation>بلغت المرحلة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="306" />
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="202" />
            <source>Remain</source>
            <translation>متبقية</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="306" />
            <source>Share</source>
            <translation>النسبة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="137" />
            <location filename="../../salesdesk/ui/insights/charts.py" line="166" />
            <location filename="../../salesdesk/ui/insights/charts.py" line="208" />
            <source>Stage</source>
            <translation>المرحلة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="288" />
            <source>Stages</source>
            <translation>المراحل</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="166" />
            <source>Stays</source>
            <translation>مرات البقاء</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="243" />
            <source>Target</source>
            <translation>الهدف</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="264" />
            <source>Target ({currency})</source>
            <translation>الهدف ({currency})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="285" />
            <source>Times</source>
            <translation>المرات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="301" />
            <source>Times raised</source>
            <translation>مرات الطرح</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="137" />
            <source>To next</source>
            <translation>إلى التالية</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="137" />
            <source>To won</source>
            <translation>إلى الفوز</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="137" />
            <source>Value</source>
            <translation>القيمة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="243" />
            <source>Weighted</source>
            <translation>المرجّح</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="262" />
            <source>Weighted forecast ({currency})</source>
            <translation>التوقعات المرجّحة ({currency})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="199" />
            <source>Went back</source>
            <translation>عادت لمرحلة سابقة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="287" />
            <source>Win rate</source>
            <translation>معدل الفوز</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="200" />
            <source>Won</source>
            <translation>رابحة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="268" />
            <source>{n} of {total} deals weighted by their checklist's evidence</source>
            <translation>صفقات مرجّحة بأدلة قائمة التحقق: {n} من {total}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="160" />
            <source>{rate} of the deals in play reached won</source>
            <translation>بلغت {rate} من الصفقات الجارية مرحلة الفوز</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="221" />
            <source>{stage}: started with {start}, {on} moved on, {added} were added, {left} remain</source>
            <translation>{stage}: في البداية {start}، انتقلت للتالية {on}، أُضيفت {added}، متبقية {left}</translation>
        </message>
    </context>
    <context>
        <name>outcomes</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="27" />
            <source>Call</source>
            <translation>مكالمة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="29" />
            <source>Email</source>
            <translation>بريد إلكتروني</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="18" />
            <source>Left a voicemail</source>
            <translation>تُركت رسالة صوتية</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="28" />
            <source>Meeting</source>
            <translation>اجتماع</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="19" />
            <source>Meeting held</source>
            <translation>عُقد الاجتماع</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="17" />
            <source>No answer</source>
            <translation>لا رد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="21" />
            <source>Not interested</source>
            <translation>غير مهتم</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="30" />
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="16" />
            <source>Reached</source>
            <translation>تم التواصل</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="20" />
            <source>Rescheduled</source>
            <translation>أُعيدت الجدولة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="31" />
            <source>Task</source>
            <translation>مهمة</translation>
        </message>
    </context>
    <context>
        <name>people</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/detail.py" line="228" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln صفقة</numerusform>
                <numerusform>%Ln صفقة</numerusform>
                <numerusform>%Ln صفقتان</numerusform>
                <numerusform>%Ln صفقات</numerusform>
                <numerusform>%Ln صفقة</numerusform>
                <numerusform>%Ln صفقة</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="246" />
            <source>Activit&amp;y ({n})</source>
            <translation>الن&amp;شاط ({n})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="224" />
            <source>Added {date}</source>
            <translation>أُضيفت في {date}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="304" />
            <source>Call {phone}</source>
            <translation>الاتصال بـ {phone}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="114" />
            <source>Contact</source>
            <translation>جهة الاتصال</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/lists.py" line="170" />
            <source>Contacts</source>
            <translation>جهات الاتصال</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="244" />
            <source>Contacts ({n})</source>
            <translation>جهات الاتصال ({n})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/links.py" line="71" />
            <source>Copy</source>
            <translation>نسخ</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="245" />
            <source>Dea&amp;ls ({n})</source>
            <translation>ال&amp;صفقات ({n})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="113" />
            <location filename="../../salesdesk/ui/people/detail.py" line="198" />
            <source>Deal</source>
            <translation>الصفقة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/lists.py" line="172" />
            <location filename="../../salesdesk/ui/people/lists.py" line="212" />
            <source>Deals</source>
            <translation>الصفقات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="189" />
            <location filename="../../salesdesk/ui/people/lists.py" line="211" />
            <source>Email</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="306" />
            <source>Email {email}</source>
            <translation>مراسلة {email}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="335" />
            <source>Email:</source>
            <translation>البريد الإلكتروني:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="115" />
            <source>Expected close / closed</source>
            <translation>الإغلاق المتوقع / الفعلي</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="257" />
            <source>Follow-up</source>
            <translation>متابعة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="115" />
            <location filename="../../salesdesk/ui/people/lists.py" line="173" />
            <source>Last activity</source>
            <translation>آخر نشاط</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="336" />
            <source>Last reached:</source>
            <translation>آخر تواصل:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="60" />
            <source>Lost</source>
            <translation>خاسرة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="189" />
            <location filename="../../salesdesk/ui/people/lists.py" line="207" />
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="367" />
            <source>Not yet (no call, meeting or email that reached them is logged)</source>
            <translation>لم يتم بعد (لا توجد مكالمة أو اجتماع أو رسالة بريد إلكتروني مسجّلة تم فيها التواصل)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="198" />
            <source>Notes</source>
            <translation>الملاحظات</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/detail.py" line="359" />
            <source>On %Ln deal(s)</source>
            <translation>
                <numerusform>في %Ln صفقة</numerusform>
                <numerusform>في %Ln صفقة</numerusform>
                <numerusform>في %Ln صفقتين</numerusform>
                <numerusform>في %Ln صفقات</numerusform>
                <numerusform>في %Ln صفقة</numerusform>
                <numerusform>في %Ln صفقة</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="60" />
            <source>Open</source>
            <translation>مفتوحة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/lists.py" line="171" />
            <source>Open deals</source>
            <translation>الصفقات المفتوحة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="114" />
            <location filename="../../salesdesk/ui/people/lists.py" line="169" />
            <location filename="../../salesdesk/ui/people/lists.py" line="208" />
            <source>Organization</source>
            <translation>المؤسسة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="333" />
            <source>Organization:</source>
            <translation>المؤسسة:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="198" />
            <source>Outcome</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="189" />
            <location filename="../../salesdesk/ui/people/lists.py" line="210" />
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="334" />
            <source>Phone:</source>
            <translation>الهاتف:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="189" />
            <location filename="../../salesdesk/ui/people/lists.py" line="209" />
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="332" />
            <source>Role:</source>
            <translation>الدور:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="299" />
            <source>Show contact</source>
            <translation>عرض جهة الاتصال</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="113" />
            <source>Stage</source>
            <translation>المرحلة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="113" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="198" />
            <source>Type</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="113" />
            <source>Value</source>
            <translation>القيمة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="198" />
            <source>When</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="60" />
            <source>Won</source>
            <translation>رابحة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="258" />
            <source>{kind} (done)</source>
            <translation>{kind} (منجز)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="258" />
            <source>{kind} (planned)</source>
            <translation>{kind} (مخطط له)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="369" />
            <source>{when} ({kind}, {deal})</source>
            <translation>{when} ({kind}، {deal})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/detail.py" line="276" />
            <source>… and %Ln earlier</source>
            <translation>
                <numerusform>… و%Ln أقدم</numerusform>
                <numerusform>… و%Ln أقدم</numerusform>
                <numerusform>… و%Ln أقدم</numerusform>
                <numerusform>… و%Ln أقدم</numerusform>
                <numerusform>… و%Ln أقدم</numerusform>
                <numerusform>… و%Ln أقدم</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/detail.py" line="158" />
            <source>… and %Ln more: the deals table lists them all.</source>
            <translation>
                <numerusform>… و%Ln غيرها: يعرضها جدول الصفقات كلها.</numerusform>
                <numerusform>… و%Ln غيرها: يعرضها جدول الصفقات كلها.</numerusform>
                <numerusform>… و%Ln غيرها: يعرضها جدول الصفقات كلها.</numerusform>
                <numerusform>… و%Ln غيرها: يعرضها جدول الصفقات كلها.</numerusform>
                <numerusform>… و%Ln غيرها: يعرضها جدول الصفقات كلها.</numerusform>
                <numerusform>… و%Ln غيرها: يعرضها جدول الصفقات كلها.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>restoring</name>
        <message>
            <location filename="../../salesdesk/ui/backups/restoring.py" line="71" />
            <source>Restored {file}.</source>
            <translation>استُعيد {file}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restoring.py" line="87" />
            <source>Restoring the backup…</source>
            <translation>جارٍ استعادة النسخة الاحتياطية…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restoring.py" line="42" />
            <source>The backup was not restored</source>
            <translation>لم تُستعد النسخة الاحتياطية</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restoring.py" line="49" />
            <source>The restored database cannot be opened</source>
            <translation>تعذّر فتح قاعدة البيانات المستعادة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restoring.py" line="47" />
            <location filename="../../salesdesk/ui/backups/restoring.py" line="73" />
            <source>Your database as it was is kept in {path}.</source>
            <translation>حُفظت قاعدة بياناتك كما كانت في {path}.</translation>
        </message>
    </context>
    <context>
        <name>startup</name>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="59" />
            <source>&amp;Quit</source>
            <translation>إ&amp;نهاء</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="61" />
            <source>&amp;Restore a backup…</source>
            <translation>ا&amp;ستعادة نسخة احتياطية…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="60" />
            <source>&amp;Try again</source>
            <translation>إعادة ال&amp;محاولة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="78" />
            <source>Choose a folder for SalesDesk's data</source>
            <translation>اختر مجلدًا لبيانات SalesDesk</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="92" />
            <source>Data folder: {path}</source>
            <translation>مجلد البيانات: {path}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="119" />
            <source>Restored {file}.</source>
            <translation>استُعيد {file}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="90" />
            <source>SalesDesk cannot open its database</source>
            <translation>تعذّر على SalesDesk فتح قاعدة بياناته</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="63" />
            <source>Start a &amp;new database</source>
            <translation>بدء قاعدة بيانات &amp;جديدة</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="117" />
            <source>The backup was not restored</source>
            <translation>لم تُستعد النسخة الاحتياطية</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="121" />
            <source>The database that could not be opened is kept in {path}.</source>
            <translation>حُفظت قاعدة البيانات التي تعذّر فتحها في {path}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="62" />
            <source>Use &amp;another folder…</source>
            <translation>استخدام مجلد &amp;آخر…</translation>
        </message>
    </context>
</TS>
