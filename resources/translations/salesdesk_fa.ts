<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
    <context>
        <name>ActivityTab</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="28" />
            <source>Details</source>
            <translation>جزئیات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="44" />
            <source>Follow-up</source>
            <translation>پیگیری</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="44" />
            <source>Follow-up (done)</source>
            <translation>پیگیری (انجام‌شده)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="48" />
            <source>Objection</source>
            <translation>اعتراض</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="32" />
            <source>Select an entry to read it in full</source>
            <translation>یک مورد را انتخاب کنید تا متن کاملش را بخوانید</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="46" />
            <source>Stage</source>
            <translation>مرحله</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="28" />
            <source>What</source>
            <translation>نوع</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="28" />
            <source>When</source>
            <translation>زمان</translation>
        </message>
    </context>
    <context>
        <name>BackupController</name>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="131" />
            <source>A backup is already running…</source>
            <translation>پشتیبان‌گیری دیگری در حال انجام است…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="91" />
            <source>Back up &amp;now</source>
            <translation>پشتیبان‌گیری &amp;همین حالا</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="190" />
            <source>Backed up to {path}</source>
            <translation>نسخه‌ی پشتیبان در {path} ذخیره شد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="194" />
            <source>Backed up, but not to the second folder {folder}</source>
            <translation>پشتیبان‌گیری انجام شد، اما نه در پوشه‌ی دوم {folder}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="145" />
            <source>Backing up…</source>
            <translation>در حال پشتیبان‌گیری…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="206" />
            <source>Backup failed</source>
            <translation>پشتیبان‌گیری ناموفق بود</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="236" />
            <source>Backups are no longer copied to a second folder.</source>
            <translation>نسخه‌های پشتیبان دیگر در پوشه‌ی دوم کپی نمی‌شوند.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="95" />
            <source>Restore from a bac&amp;kup…</source>
            <translation>بازیابی از &amp;نسخه‌ی پشتیبان…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="102" />
            <source>Second backup &amp;folder…</source>
            <translation>&amp;پوشه‌ی دوم پشتیبان…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="198" />
            <source>Second backup folder failed: {folder}</source>
            <translation>پشتیبان‌گیری در پوشه‌ی دوم ناموفق بود: {folder}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="208" />
            <source>The backup failed</source>
            <translation>پشتیبان‌گیری ناموفق بود</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="205" />
            <source>The backup failed.</source>
            <translation>پشتیبان‌گیری ناموفق بود.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="115" />
            <source>The backup when SalesDesk last closed failed.</source>
            <translation>پشتیبان‌گیری هنگام آخرین بسته شدن SalesDesk ناموفق بود.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="232" />
            <source>The setting was not saved</source>
            <translation>تنظیم ذخیره نشد</translation>
        </message>
    </context>
    <context>
        <name>BoardView</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/board/view.py" line="258" />
            <source>%Ln deals moved on with exit criteria unmet.</source>
            <translation>
                <numerusform>%Ln معامله با وجود برآورده‌نشدن معیارهای خروج به مرحله‌ی بعد رفت.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/board/view.py" line="328" />
            <source>Delete %Ln deal(s)</source>
            <translation>
                <numerusform>حذف %Ln معامله</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="61" />
            <source>Lost</source>
            <translation>از دست رفته</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/board/view.py" line="296" />
            <source>Move %Ln deal(s) to {stage}</source>
            <translation>
                <numerusform>انتقال %Ln معامله به {stage}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="338" />
            <location filename="../../salesdesk/ui/board/view.py" line="357" />
            <source>New deal</source>
            <translation>معامله‌ی جدید</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="325" />
            <source>The deal was not deleted</source>
            <translation>معامله حذف نشد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="222" />
            <location filename="../../salesdesk/ui/board/view.py" line="242" />
            <source>The deal was not moved</source>
            <translation>معامله جابه‌جا نشد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="355" />
            <source>The deal was not saved</source>
            <translation>معامله ذخیره نشد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="243" />
            <source>These exit criteria are not met yet:
{list}

Tick them in the deal's checklist first, or change the rule in Deal &gt; Unmet exit criteria.</source>
            <translation>این معیارهای خروج هنوز برآورده نشده‌اند:
{list}

اول آن‌ها را در چک‌لیست معامله تیک بزنید، یا قاعده را در منوی معامله &gt; معیارهای خروج برآورده‌نشده تغییر دهید.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="60" />
            <source>Won</source>
            <translation>موفق</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="254" />
            <source>“{title}” moved on with exit criteria unmet: {list}</source>
            <translation>«{title}» با وجود برآورده‌نشدن معیارهای خروج به مرحله‌ی بعد رفت: {list}</translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <location filename="../../salesdesk/ui/board/delegate.py" line="109" />
            <source>overdue {date}</source>
            <translation>عقب‌افتاده از {date}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/delegate.py" line="116" />
            <source>today {time}</source>
            <translation>امروز {time}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/delegate.py" line="96" />
            <source>{days} d in stage</source>
            <translation>{days} روز در این مرحله</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/delegate.py" line="98" />
            <source>{days} d, idle {idle} d</source>
            <translation>{days} روز، {idle} روز بی‌فعالیت</translation>
        </message>
    </context>
    <context>
        <name>ChartCard</name>
        <message>
            <location filename="../../salesdesk/ui/insights/cards.py" line="66" />
            <source>Nothing to show for this period.</source>
            <translation>برای این دوره چیزی برای نمایش نیست.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/cards.py" line="77" />
            <source>{title}: figures</source>
            <translation>{title}: ارقام</translation>
        </message>
    </context>
    <context>
        <name>ChecklistTab</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="184" />
            <source>Answer</source>
            <translation>پاسخ</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="256" />
            <source>Edit answer</source>
            <translation>ویرایش پاسخ</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="159" />
            <source>Evidence-based probability: {evidence} ({met} of {total} exit criteria met; stage default {stage})</source>
            <translation>احتمال بر پایه‌ی شواهد: {evidence} ({met} از {total} معیار خروج برآورده شده؛ پیش‌فرض مرحله: {stage})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="190" />
            <source>Exit criteria</source>
            <translation>معیارهای خروج</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="180" />
            <source>Questions to ask</source>
            <translation>سؤال‌هایی که باید بپرسید</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="153" />
            <source>This deal is closed; its checklists are kept below.</source>
            <translation>این معامله بسته شده است؛ چک‌لیست‌هایش در پایین نگه داشته شده‌اند.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="155" />
            <source>This stage has no exit criteria.</source>
            <translation>این مرحله معیار خروجی ندارد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="275" />
            <source>Tick exit criterion</source>
            <translation>تیک زدن معیار خروج</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="275" />
            <source>Untick exit criterion</source>
            <translation>برداشتن تیک معیار خروج</translation>
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
                <numerusform>%Ln معامله</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/column.py" line="223" />
            <source>Total: {total}
Weighted by win probability: {weighted}</source>
            <translation>جمع: {total}
وزن‌دار بر پایه‌ی احتمال موفقیت: {weighted}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/board/column.py" line="200" />
            <source>{shown} of %Ln deal(s)</source>
            <translation>
                <numerusform>{shown} از %Ln معامله</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/column.py" line="207" />
            <source>{total}
weighted {weighted}</source>
            <translation>{total}
وزن‌دار: {weighted}</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="130" />
            <source>&amp;Email:</source>
            <translation>&amp;ایمیل:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="126" />
            <source>&amp;Name:</source>
            <translation>&amp;نام:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="127" />
            <source>&amp;Organization:</source>
            <translation>&amp;سازمان:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="129" />
            <source>&amp;Phone:</source>
            <translation>&amp;تلفن:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="128" />
            <source>&amp;Role:</source>
            <translation>س&amp;مت:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="168" />
            <source>Save it anyway, as a second person of that name?</source>
            <translation>با این حال ذخیره شود، به‌عنوان فرد دیگری با همین نام؟</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="137" />
            <source>as you would dial it, e.g. +358 40 123 4567</source>
            <translation>همان‌طور که شماره را می‌گیرید، مثلاً همراه با کد کشور</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="139" />
            <source>name@example.com</source>
            <translation>name@example.com</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="140" />
            <source>none</source>
            <translation>بدون سازمان</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="80" />
            <source>&amp;Copy details</source>
            <translation>&amp;کپی جزئیات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="99" />
            <source>&amp;Keep working</source>
            <translation>&amp;ادامه‌ی کار</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="95" />
            <source>&amp;Quit SalesDesk</source>
            <translation>&amp;خروج از SalesDesk</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="107" />
            <source>Copied</source>
            <translation>کپی شد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="84" />
            <source>Open &amp;log folder</source>
            <translation>باز کردن پوشه‌ی &amp;گزارش‌ها</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="50" />
            <source>SalesDesk: unexpected error</source>
            <translation>SalesDesk: خطای غیرمنتظره</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="64" />
            <source>Something went wrong inside SalesDesk. A change that was being saved when it happened is either saved whole or not at all, never halfway: check that your last change is there before doing it again.

You can keep working. If it happens again, please send us the details.</source>
            <translation>مشکلی درون SalesDesk پیش آمد. تغییری که در آن لحظه در حال ذخیره شدن بود یا کامل ذخیره شده است یا اصلاً ذخیره نشده، هرگز نیمه‌کاره نمی‌ماند: پیش از انجام دوباره‌ی آخرین تغییرتان، بررسی کنید که سر جایش هست یا نه.

می‌توانید به کارتان ادامه دهید. اگر دوباره پیش آمد، لطفاً جزئیات را برای ما بفرستید.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="59" />
            <source>Something went wrong while SalesDesk was starting, and it has to close. Your data was not changed.

Please send us the details.</source>
            <translation>هنگام راه‌اندازی SalesDesk مشکلی پیش آمد و برنامه باید بسته شود. داده‌های شما تغییری نکرده است.

لطفاً جزئیات را برای ما بفرستید.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="57" />
            <source>The details could not be saved to a file; copy them from below.</source>
            <translation>جزئیات در فایل ذخیره نشد؛ آن‌ها را از پایین کپی کنید.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="55" />
            <source>The details were saved to {path}.</source>
            <translation>جزئیات در {path} ذخیره شد.</translation>
        </message>
    </context>
    <context>
        <name>DealDialog</name>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="111" />
            <source>&amp;Organization:</source>
            <translation>&amp;سازمان:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="110" />
            <source>&amp;Title:</source>
            <translation>&amp;عنوان:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="112" />
            <source>&amp;Value:</source>
            <translation>&amp;مبلغ:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="113" />
            <source>C&amp;urrency:</source>
            <translation>&amp;ارز:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="98" />
            <source>Expected close:</source>
            <translation>تاریخ بستن پیش‌بینی‌شده:</translation>
        </message>
    </context>
    <context>
        <name>DealWorkspace</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="66" />
            <source>&amp;Activity</source>
            <translation>&amp;فعالیت‌ها</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="64" />
            <source>&amp;Checklist</source>
            <translation>&amp;چک‌لیست</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="52" />
            <source>&amp;Log a call or meeting…</source>
            <translation>&amp;ثبت تماس یا جلسه…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="63" />
            <source>&amp;Overview</source>
            <translation>&amp;نمای کلی</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="53" />
            <source>Ctrl+L</source>
            <translation>Ctrl+L</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="125" />
            <source>Lost</source>
            <translation>از دست رفته</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="65" />
            <source>O&amp;bjections</source>
            <translation>&amp;اعتراض‌ها</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="77" />
            <source>Open a deal (Enter or double-click a card) to see it here.</source>
            <translation>یک معامله را باز کنید (با Enter یا دوبار کلیک روی کارت) تا این‌جا نمایش داده شود.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="118" />
            <source>This deal was deleted. Ctrl+Z brings it back.</source>
            <translation>این معامله حذف شد. با Ctrl+Z برمی‌گردد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="125" />
            <source>Won</source>
            <translation>موفق</translation>
        </message>
    </context>
    <context>
        <name>DealsTableView</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="185" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln معامله</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="440" />
            <source>%Ln deal(s) written to {path}</source>
            <translation>
                <numerusform>%Ln معامله در {path} نوشته شد</numerusform>
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
            <translation>&amp;تاریخ بستن پیش‌بینی‌شده…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="288" />
            <source>&amp;Open deal</source>
            <translation>&amp;باز کردن معامله</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="296" />
            <source>&amp;Reopen</source>
            <translation>باز&amp;گشایی</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="95" />
            <source>&amp;Selection</source>
            <translation>&amp;انتخاب‌شده‌ها</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="80" />
            <source>All deals</source>
            <translation>همه‌ی معامله‌ها</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="103" />
            <source>C&amp;olumns</source>
            <translation>&amp;ستون‌ها</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="401" />
            <source>CSV files (*.csv)</source>
            <translation>فایل‌های CSV (*.csv)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="376" />
            <source>Change %Ln deals?</source>
            <translation>
                <numerusform>%Ln معامله تغییر کند؟</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="340" />
            <source>Change expected close of %Ln deal(s)</source>
            <translation>
                <numerusform>تغییر تاریخ بستن پیش‌بینی‌شده‌ی %Ln معامله</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="298" />
            <source>E&amp;xport to CSV…</source>
            <translation>برون‌&amp;ریزی به CSV…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="399" />
            <source>Export the selected deals</source>
            <translation>برون‌ریزی معامله‌های انتخاب‌شده</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="83" />
            <source>Lost</source>
            <translation>از دست رفته</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="289" />
            <source>Move to &amp;stage</source>
            <translation>انتقال به &amp;مرحله</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="81" />
            <source>Open</source>
            <translation>باز</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="181" />
            <source>Reading…</source>
            <translation>در حال خواندن…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="358" />
            <source>Reopen %Ln deal(s)</source>
            <translation>
                <numerusform>بازگشایی %Ln معامله</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="356" />
            <source>The deal was not reopened</source>
            <translation>معامله بازگشایی نشد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="194" />
            <source>The deals could not be read: {error}</source>
            <translation>معامله‌ها خوانده نشدند: {error}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="336" />
            <source>The deals were not changed</source>
            <translation>معامله‌ها تغییر نکردند</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="426" />
            <location filename="../../salesdesk/ui/table/view.py" line="433" />
            <source>The deals were not exported</source>
            <translation>معامله‌ها برون‌ریزی نشدند</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="377" />
            <source>This changes {count} deals at once and may take a minute or more; the window waits until it is done. It can be undone with Ctrl+Z.</source>
            <translation>این کار {count} معامله را یک‌جا تغییر می‌دهد و ممکن است یک دقیقه یا بیشتر طول بکشد؛ پنجره تا پایان کار منتظر می‌ماند. با Ctrl+Z می‌توانید آن را برگردانید.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="82" />
            <source>Won</source>
            <translation>موفق</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="84" />
            <source>Won and lost</source>
            <translation>موفق و از دست رفته</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="427" />
            <source>{path} could not be written: {reason}</source>
            <translation>نوشتن در {path} ممکن نشد: {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="187" />
            <source>{shown} of %Ln deal(s)</source>
            <translation>
                <numerusform>{shown} از %Ln معامله</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExpectedCloseDialog</name>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="183" />
            <source>&amp;No expected close date</source>
            <translation>&amp;بدون تاریخ بستن پیش‌بینی‌شده</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="177" />
            <source>Expected close</source>
            <translation>تاریخ بستن پیش‌بینی‌شده</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/dialogs.py" line="190" />
            <source>Expected close for %Ln deal(s):</source>
            <translation>
                <numerusform>تاریخ بستن پیش‌بینی‌شده برای %Ln معامله:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/exports.py" line="182" />
            <source>%Ln deal(s) and everything else exported to {path}</source>
            <translation>
                <numerusform>%Ln معامله و همه‌ی داده‌های دیگر در {path} برون‌ریزی شد</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/exports.py" line="184" />
            <source>%Ln deal(s) exported as CSV files to {path}</source>
            <translation>
                <numerusform>%Ln معامله به‌صورت فایل‌های CSV در {path} برون‌ریزی شد</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="140" />
            <source>Cancel</source>
            <translation>لغو</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="101" />
            <source>Choose where to put the CSV folder</source>
            <translation>محل پوشه‌ی CSV را انتخاب کنید</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="58" />
            <source>E&amp;xport data…</source>
            <translation>&amp;برون‌ریزی داده‌ها…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="195" />
            <source>Export cancelled; nothing was written.</source>
            <translation>برون‌ریزی لغو شد؛ چیزی نوشته نشد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="89" />
            <location filename="../../salesdesk/ui/exports.py" line="142" />
            <source>Export data</source>
            <translation>برون‌ریزی داده‌ها</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="140" />
            <source>Exporting to {path}…</source>
            <translation>در حال برون‌ریزی در {path}…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="91" />
            <source>SalesDesk data (*.json)</source>
            <translation>داده‌های SalesDesk (*.json)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="206" />
            <source>The data was not exported</source>
            <translation>داده‌ها برون‌ریزی نشدند</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="201" />
            <source>{path} could not be written: {reason}</source>
            <translation>نوشتن در {path} ممکن نشد: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../salesdesk/ui/export_dialog.py" line="29" />
            <source>&amp;CSV files for a spreadsheet (a folder)</source>
            <translation>&amp;فایل‌های CSV برای صفحه‌گسترده (یک پوشه)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/export_dialog.py" line="38" />
            <source>&amp;Deals of:</source>
            <translation>&amp;معامله‌ها از:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/export_dialog.py" line="45" />
            <source>&amp;Export…</source>
            <translation>&amp;برون‌ریزی…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/export_dialog.py" line="27" />
            <source>&amp;One JSON file: everything, to import again or keep</source>
            <translation>&amp;یک فایل JSON: همه‌چیز، برای درون‌ریزی دوباره یا نگهداری</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/export_dialog.py" line="35" />
            <source>All pipelines</source>
            <translation>همه‌ی کاریزهای فروش</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/export_dialog.py" line="25" />
            <source>Export data</source>
            <translation>برون‌ریزی داده‌ها</translation>
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message>
            <location filename="../../salesdesk/ui/imports/controller.py" line="28" />
            <source>&amp;Import deals…</source>
            <translation>&amp;درون‌ریزی معامله‌ها…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/imports/controller.py" line="48" />
            <source>Imported %Ln deal(s).</source>
            <translation>
                <numerusform>%Ln معامله درون‌ریزی شد.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="281" />
            <source>&amp;Amounts:</source>
            <translation>&amp;مبلغ‌ها:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="164" />
            <source>&amp;Browse…</source>
            <translation>&amp;مرور…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="537" />
            <source>&amp;Cancel the import</source>
            <translation>&amp;لغو درون‌ریزی</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="280" />
            <source>&amp;Dates:</source>
            <translation>&amp;تاریخ‌ها:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="170" />
            <source>&amp;File:</source>
            <translation>&amp;فایل:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="458" />
            <source>&amp;Import</source>
            <translation>&amp;درون‌ریزی</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="416" />
            <source>(no stage)</source>
            <translation>(بدون مرحله)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="269" />
            <source>1,234.56</source>
            <translation>اعشار با «.» و هزارگان با «,»</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="270" />
            <source>1.234,56</source>
            <translation>اعشار با «,» و هزارگان با «.»</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="156" />
            <source>A CSV export from Pipedrive, HubSpot or Salesforce, or any CSV with one deal per row. Nothing changes until the last step.</source>
            <translation>یک خروجی CSV از Pipedrive، HubSpot یا Salesforce، یا هر فایل CSV که در هر سطرش یک معامله باشد. تا گام آخر هیچ چیز تغییر نمی‌کند.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="223" />
            <source>Account id (looked up in Account.csv)</source>
            <translation>شناسه‌ی حساب (در Account.csv جست‌وجو می‌شود)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="182" />
            <source>CSV files (*.csv *.txt);;SalesDesk exports (*.json);;All files (*)</source>
            <translation>فایل‌های CSV (*.csv *.txt);;فایل‌های برون‌ریزی SalesDesk (*.json);;همه‌ی فایل‌ها (*)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="611" />
            <source>Cancelling… nothing will be imported.</source>
            <translation>در حال لغو… چیزی درون‌ریزی نمی‌شود.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="243" />
            <source>Check the columns</source>
            <translation>بررسی ستون‌ها</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="406" />
            <source>Choose a stage…</source>
            <translation>انتخاب مرحله…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="361" />
            <source>Choose the column that holds the deal's title (or its organization).</source>
            <translation>ستونی را که عنوان معامله (یا سازمان آن) در آن است انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="154" />
            <source>Choose the file</source>
            <translation>انتخاب فایل</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="230" />
            <source>Closed (yes/no)</source>
            <translation>بسته‌شده (yes/no)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="232" />
            <source>Closed on</source>
            <translation>تاریخ بسته شدن</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="224" />
            <source>Contact</source>
            <translation>مخاطب</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="233" />
            <source>Created on</source>
            <translation>تاریخ ایجاد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="226" />
            <source>Currency</source>
            <translation>ارز</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="282" />
            <source>Currency when the file has &amp;none:</source>
            <translation>ارز، وقتی فایل ارز &amp;ندارد:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="262" />
            <source>Day first (31.12.2024)</source>
            <translation>اول روز (روز.ماه.سال)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="261" />
            <location filename="../../salesdesk/ui/imports/wizard.py" line="268" />
            <source>Decide from the file</source>
            <translation>تشخیص از روی فایل</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="234" />
            <source>Entered the stage on</source>
            <translation>تاریخ ورود به مرحله</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="430" />
            <source>Every stage in the file matches a stage of your pipeline.</source>
            <translation>همه‌ی مرحله‌های فایل با مرحله‌های کاریز فروش شما جور است.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="231" />
            <source>Expected close date</source>
            <translation>تاریخ بستن پیش‌بینی‌شده</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="279" />
            <source>F&amp;ormat:</source>
            <translation>&amp;قالب:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="92" />
            <location filename="../../salesdesk/ui/imports/wizard.py" line="141" />
            <location filename="../../salesdesk/ui/imports/wizard.py" line="180" />
            <location filename="../../salesdesk/ui/imports/wizard.py" line="360" />
            <source>Import deals</source>
            <translation>درون‌ریزی معامله‌ها</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="625" />
            <source>Imported {deals} deals, {orgs} organizations, {contacts} contacts and {activities} activities; {skipped} deals were imported before.</source>
            <translation>{deals} معامله، {orgs} سازمان، {contacts} مخاطب و {activities} فعالیت درون‌ریزی شد؛ {skipped} معامله پیش‌تر درون‌ریزی شده بود.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="644" />
            <source>Imported {n} deals ({won} won, {lost} lost) and {orgs} new organizations.</source>
            <translation>{n} معامله ({won} موفق، {lost} از دست رفته) و {orgs} سازمان جدید درون‌ریزی شد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="534" />
            <source>Importing</source>
            <translation>در حال درون‌ریزی</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="578" />
            <source>Importing the SalesDesk export…</source>
            <translation>در حال درون‌ریزی فایل برون‌ریزی SalesDesk…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="235" />
            <source>Lost reason</source>
            <translation>دلیل از دست رفتن</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="379" />
            <source>Map the stages</source>
            <translation>تطبیق مرحله‌ها</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="263" />
            <source>Month first (12/31/2024)</source>
            <translation>اول ماه (ماه/روز/سال)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="658" />
            <source>Nothing was imported.</source>
            <translation>چیزی درون‌ریزی نشد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="222" />
            <source>Organization</source>
            <translation>سازمان</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="246" />
            <source>Other CSV</source>
            <translation>CSV عمومی</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="162" />
            <source>Path of a .csv file</source>
            <translation>مسیر یک فایل CSV</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="219" />
            <source>Record id (skips rows imported before)</source>
            <translation>شناسه‌ی رکورد (سطرهایی را که پیش‌تر درون‌ریزی شده‌اند کنار می‌گذارد)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="456" />
            <source>Review</source>
            <translation>بازبینی</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="409" />
            <source>Skip these rows</source>
            <translation>کنار گذاشتن این سطرها</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="140" />
            <source>Something went wrong: {reason}</source>
            <translation>مشکلی پیش آمد: {reason}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="227" />
            <source>Stage</source>
            <translation>مرحله</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="228" />
            <source>Status (open, won, lost)</source>
            <translation>وضعیت (open، won، lost)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="656" />
            <source>The import was cancelled; nothing was imported.</source>
            <translation>درون‌ریزی لغو شد؛ چیزی درون‌ریزی نشد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="424" />
            <source>These stages of the file are not in your pipeline. Choose where their deals go; SalesDesk remembers it for the next import from {source}.</source>
            <translation>این مرحله‌های فایل در کاریز فروش شما نیستند. انتخاب کنید معامله‌هایشان به کدام مرحله بروند؛ SalesDesk این انتخاب را برای درون‌ریزی بعدی از {source} به خاطر می‌سپارد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="220" />
            <source>Title</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="221" />
            <source>Title, second part</source>
            <translation>عنوان، بخش دوم</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="225" />
            <source>Value</source>
            <translation>مبلغ</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="229" />
            <source>Won (yes/no)</source>
            <translation>موفق (yes/no)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="562" />
            <source>Writing {n} deals…</source>
            <translation>در حال نوشتن {n} معامله…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="308" />
            <source>commas</source>
            <translation>ویرگول</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="72" />
            <source>line {line}: {reason}</source>
            <translation>سطر {line}: {reason}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="308" />
            <source>semicolons</source>
            <translation>نقطه‌ویرگول</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="308" />
            <source>tabs</source>
            <translation>تب</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="502" />
            <source>{file} is a SalesDesk export of {when}: {deals} deals, {orgs} organizations, {contacts} contacts, {activities} activities. Deals imported from it before are skipped; pipelines, stages and organizations it shares with this database are matched by name.</source>
            <translation>فایل {file} یک فایل برون‌ریزی SalesDesk از تاریخ {when} است: {deals} معامله، {orgs} سازمان، {contacts} مخاطب، {activities} فعالیت. معامله‌هایی که پیش‌تر از آن درون‌ریزی شده‌اند کنار گذاشته می‌شوند؛ کاریزها، مرحله‌ها و سازمان‌هایی که با این پایگاه داده مشترک‌اند از روی نام تطبیق داده می‌شوند.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="302" />
            <source>{file}: {rows} rows, {encoding}, separated by {delimiter}. Recognised as: {fmt}.</source>
            <translation>فایل {file}: {rows} سطر، {encoding}، جداشده با {delimiter}. قالب تشخیص‌داده‌شده: {fmt}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="415" />
            <source>{name} ({rows} rows)</source>
            <translation>{name} ({rows} سطر)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="471" />
            <source>{n} deals will be added: {open} open, {won} won, {lost} lost.</source>
            <translation>{n} معامله افزوده می‌شود: {open} باز، {won} موفق، {lost} از دست رفته.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="477" />
            <source>{n} new organizations.</source>
            <translation>{n} سازمان جدید.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="484" />
            <source>{n} rows are skipped as you chose.</source>
            <translation>طبق انتخاب شما {n} سطر کنار گذاشته می‌شود.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="488" />
            <source>{n} rows cannot be imported and are listed below; the others will be.</source>
            <translation>{n} سطر قابل درون‌ریزی نیست و در پایین فهرست شده است؛ بقیه درون‌ریزی می‌شوند.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="481" />
            <source>{n} rows were imported before and are skipped.</source>
            <translation>{n} سطر پیش‌تر درون‌ریزی شده و کنار گذاشته می‌شود.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="316" />
            <source>— not in the file —</source>
            <translation>— در فایل نیست —</translation>
        </message>
    </context>
    <context>
        <name>InsightsView</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/insights/view.py" line="378" />
            <source>%Ln chart(s) saved in {folder}</source>
            <translation>
                <numerusform>%Ln نمودار در {folder} ذخیره شد</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/insights/view.py" line="396" />
            <source>%Ln figure(s) saved to {path}</source>
            <translation>
                <numerusform>%Ln رقم در {path} ذخیره شد</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="74" />
            <source>&amp;Export</source>
            <translation>&amp;برون‌ریزی</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="103" />
            <source>Average sales cycle</source>
            <translation>میانگین چرخه‌ی فروش</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="102" />
            <source>Average won value</source>
            <translation>میانگین مبلغ معامله‌های موفق</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="386" />
            <source>CSV file (*.csv)</source>
            <translation>فایل CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="352" />
            <source>Chart saved to {path}</source>
            <translation>نمودار در {path} ذخیره شد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="77" />
            <source>Charts as &amp;PNG…</source>
            <translation>&amp;نمودارها به‌صورت PNG…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="90" />
            <source>Currency:</source>
            <translation>ارز:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="78" />
            <source>Figures as &amp;CSV…</source>
            <translation>&amp;ارقام به‌صورت CSV…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="123" />
            <source>Flows per stage in the period</source>
            <translation>جریان معامله‌ها در هر مرحله طی دوره</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="69" />
            <source>Forecast currency</source>
            <translation>ارز پیش‌بینی</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="121" />
            <source>Funnel: deals reaching each stage</source>
            <translation>قیف: معامله‌هایی که به هر مرحله رسیده‌اند</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="126" />
            <source>Lost reasons</source>
            <translation>دلایل از دست رفتن</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="71" />
            <source>Monthly &amp;target…</source>
            <translation>&amp;هدف ماهانه…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="125" />
            <source>Objections raised</source>
            <translation>اعتراض‌های مطرح‌شده</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="342" />
            <source>PNG image (*.png)</source>
            <translation>تصویر PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="65" />
            <source>Pipeline</source>
            <translation>کاریز فروش</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="104" />
            <source>Pipeline velocity</source>
            <translation>سرعت کاریز فروش</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="86" />
            <source>Pipeline:</source>
            <translation>کاریز فروش:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="206" />
            <source>Reading…</source>
            <translation>در حال خواندن…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="342" />
            <source>Save chart as PNG</source>
            <translation>ذخیره‌ی نمودار به‌صورت PNG</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="359" />
            <source>Save the charts in a folder</source>
            <translation>ذخیره‌ی نمودارها در یک پوشه</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="386" />
            <source>Save the figures as CSV</source>
            <translation>ذخیره‌ی ارقام به‌صورت CSV</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="349" />
            <source>The chart was not saved</source>
            <translation>نمودار ذخیره نشد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="372" />
            <source>The charts were not saved</source>
            <translation>نمودارها ذخیره نشدند</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="221" />
            <source>The figures could not be read: {reason}</source>
            <translation>ارقام خوانده نشدند: {reason}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="393" />
            <source>The figures were not saved</source>
            <translation>ارقام ذخیره نشدند</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="228" />
            <source>There is no pipeline yet.</source>
            <translation>هنوز کاریز فروشی وجود ندارد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="339" />
            <source>This chart has nothing to show yet.</source>
            <translation>این نمودار هنوز چیزی برای نمایش ندارد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="122" />
            <source>Time in stage (days)</source>
            <translation>مدت ماندن در مرحله (روز)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="124" />
            <source>Weighted forecast by expected close month</source>
            <translation>پیش‌بینی وزن‌دار بر پایه‌ی ماه بستن پیش‌بینی‌شده</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="100" />
            <source>Win rate</source>
            <translation>نرخ موفقیت</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="101" />
            <source>Won / lost</source>
            <translation>موفق / از دست رفته</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="275" />
            <source>{amount} a day</source>
            <translation>روزانه {amount}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="258" />
            <source>{first} – {last}</source>
            <translation>از {first} تا {last}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="326" />
            <source>{path} could not be written: {reason}</source>
            <translation>نوشتن در {path} ممکن نشد: {reason}</translation>
        </message>
    </context>
    <context>
        <name>LibraryDialog</name>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="191" />
            <source>&amp;Delete</source>
            <translation>&amp;حذف</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="189" />
            <source>&amp;New</source>
            <translation>&amp;جدید</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="198" />
            <source>&amp;Objection:</source>
            <translation>&amp;اعتراض:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="190" />
            <source>&amp;Save</source>
            <translation>&amp;ذخیره</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="197" />
            <source>C&amp;ategory:</source>
            <translation>&amp;دسته:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="180" />
            <source>Choose or type a category</source>
            <translation>یک دسته را انتخاب کنید یا بنویسید</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="192" />
            <source>Close</source>
            <translation>بستن</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="325" />
            <source>Delete objection</source>
            <translation>حذف اعتراض</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="321" />
            <source>Delete “{text}” from the library?

Deals where it was raised keep the objection's text.</source>
            <translation>«{text}» از کتابخانه حذف شود؟

متن اعتراض در معامله‌هایی که در آن‌ها مطرح شده است باقی می‌ماند.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="148" />
            <source>Objection library</source>
            <translation>کتابخانه‌ی اعتراض‌ها</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="155" />
            <source>Search objections, categories and answers</source>
            <translation>جست‌وجو در اعتراض‌ها، دسته‌ها و پاسخ‌ها</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="199" />
            <source>Standard &amp;answer:</source>
            <translation>&amp;پاسخ استاندارد:</translation>
        </message>
    </context>
    <context>
        <name>LibraryModel</name>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="78" />
            <source>Category</source>
            <translation>دسته</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="78" />
            <source>Objection</source>
            <translation>اعتراض</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="79" />
            <source>Raised</source>
            <translation>دفعات طرح</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="79" />
            <source>Stages</source>
            <translation>مرحله‌ها</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="78" />
            <source>Standard answer</source>
            <translation>پاسخ استاندارد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="79" />
            <source>Won</source>
            <translation>موفق</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="116" />
            <source>{won} of {closed} closed</source>
            <translation>{won} از {closed} بسته‌شده</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <location filename="../../salesdesk/ui/people/list_page.py" line="32" />
            <source>Sea&amp;rch:</source>
            <translation>&amp;جست‌وجو:</translation>
        </message>
    </context>
    <context>
        <name>LogCallDialog</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="76" />
            <source> min</source>
            <translation> دقیقه</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="150" />
            <source>&amp;Duration</source>
            <translation>&amp;مدت</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="87" />
            <source>&amp;Next step:</source>
            <translation>&amp;قدم بعدی:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="151" />
            <source>&amp;Outcome</source>
            <translation>ن&amp;تیجه</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="148" />
            <source>&amp;Type</source>
            <translation>&amp;نوع</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="149" />
            <source>&amp;When</source>
            <translation>&amp;زمان</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="82" />
            <source>Choose…</source>
            <translation>انتخاب کنید…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="140" />
            <source>Ctrl+Enter</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="292" />
            <source>Discard this log?</source>
            <translation>از ثبت این مورد صرف‌نظر شود؟</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="59" />
            <source>Log a call or meeting — {title}</source>
            <translation>ثبت تماس یا جلسه — {title}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="98" />
            <source>Mark the %Ln due follow-up(s) as done</source>
            <translation>
                <numerusform>علامت زدن %Ln پیگیری سررسیده به‌عنوان انجام‌شده</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="158" />
            <source>No&amp;tes</source>
            <translation>&amp;یادداشت‌ها</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="128" />
            <source>Objections raised</source>
            <translation>اعتراض‌های مطرح‌شده</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="106" />
            <source>Questions answered — {stage}</source>
            <translation>سؤال‌های پاسخ‌داده‌شده — {stage}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="85" />
            <source>What was said, what was agreed</source>
            <translation>چه گفته شد و روی چه توافق شد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="293" />
            <source>What you typed has not been saved. Discard it?</source>
            <translation>آنچه نوشته‌اید ذخیره نشده است. از آن صرف‌نظر شود؟</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="90" />
            <source>e.g. send the proposal</source>
            <translation>مثلاً ارسال پیشنهاد</translation>
        </message>
    </context>
    <context>
        <name>LostReasonDialog</name>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="40" />
            <source>Choose or type a reason</source>
            <translation>یک دلیل را انتخاب کنید یا بنویسید</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="34" />
            <source>Mark as lost</source>
            <translation>ثبت به‌عنوان از دست رفته</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="48" />
            <source>Why was this deal lost?</source>
            <translation>چرا این معامله از دست رفت؟</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/dialogs.py" line="50" />
            <source>Why were these %Ln deals lost?</source>
            <translation>
                <numerusform>چرا این %Ln معامله از دست رفت؟</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/main_window.py" line="533" />
            <source>%Ln event(s) written to {path}</source>
            <translation>
                <numerusform>%Ln رویداد در {path} نوشته شد</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="262" />
            <source>&amp;About SalesDesk</source>
            <translation>&amp;درباره‌ی SalesDesk</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="315" />
            <source>&amp;Allow without a word</source>
            <translation>&amp;اجازه بدون هیچ پیامی</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="314" />
            <source>&amp;Block the move</source>
            <translation>&amp;جلوگیری از جابه‌جایی</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="234" />
            <source>&amp;Board</source>
            <translation>&amp;تابلو</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="183" />
            <source>&amp;Deal</source>
            <translation>&amp;معامله</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="235" />
            <source>&amp;Deals table</source>
            <translation>&amp;جدول معامله‌ها</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="227" />
            <source>&amp;Delete</source>
            <translation>&amp;حذف</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="159" />
            <source>&amp;Edit</source>
            <translation>&amp;ویرایش</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="139" />
            <source>&amp;File</source>
            <translation>&amp;فایل</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="176" />
            <source>&amp;Filter deals</source>
            <translation>&amp;فیلتر کردن معامله‌ها</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="261" />
            <source>&amp;Help</source>
            <translation>&amp;راهنما</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="239" />
            <source>&amp;Insights</source>
            <translation>ت&amp;حلیل‌ها</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="188" />
            <source>&amp;Log a call or meeting…</source>
            <translation>&amp;ثبت تماس یا جلسه…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="185" />
            <source>&amp;New deal</source>
            <translation>معامله‌ی &amp;جدید</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="187" />
            <source>&amp;Open deal</source>
            <translation>&amp;باز کردن معامله</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="237" />
            <source>&amp;Organizations and contacts</source>
            <translation>&amp;سازمان‌ها و مخاطبان</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="157" />
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="162" />
            <source>&amp;Redo</source>
            <translation>&amp;ازنو</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="250" />
            <source>&amp;Refresh</source>
            <translation>&amp;نوسازی</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="171" />
            <source>&amp;Search everything…</source>
            <translation>&amp;جست‌وجو در همه‌چیز…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="233" />
            <source>&amp;Today</source>
            <translation>&amp;امروز</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="160" />
            <source>&amp;Undo</source>
            <translation>&amp;واگرد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="232" />
            <source>&amp;View</source>
            <translation>&amp;نما</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="313" />
            <source>&amp;Warn, then move</source>
            <translation>&amp;هشدار، سپس جابه‌جایی</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="567" />
            <source>About SalesDesk</source>
            <translation>درباره‌ی SalesDesk</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="515" />
            <source>Calendar (*.ics)</source>
            <translation>تقویم (*.ics)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="488" />
            <source>Cannot log a call</source>
            <translation>ثبت تماس ممکن نیست</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="78" />
            <source>Deal</source>
            <translation>معامله</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="243" />
            <source>Deal &amp;workspace</source>
            <translation>&amp;میز کار معامله</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="148" />
            <source>Export &amp;calendar…</source>
            <translation>برون‌ریزی &amp;تقویم…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="515" />
            <source>Export calendar</source>
            <translation>برون‌ریزی تقویم</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="153" />
            <source>Export the deal's ca&amp;lendar…</source>
            <translation>برون‌ریزی تقویم &amp;این معامله…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="214" />
            <source>Mark as &amp;lost…</source>
            <translation>ثبت به‌عنوان از &amp;دست رفته…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="207" />
            <source>Mark as &amp;won</source>
            <translation>ثبت به‌عنوان &amp;موفق</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="200" />
            <source>Move one stage &amp;left</source>
            <translation>انتقال یک مرحله به &amp;چپ</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="193" />
            <source>Move one stage &amp;right</source>
            <translation>انتقال یک مرحله به &amp;راست</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="221" />
            <source>Objection &amp;library…</source>
            <translation>&amp;کتابخانه‌ی اعتراض‌ها…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="503" />
            <source>Reopen deal</source>
            <translation>بازگشایی معامله</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="561" />
            <source>SalesDesk will use the new language and calendar the next time it starts.</source>
            <translation>زبان و تقویم تازه از دفعه‌ی بعد که SalesDesk باز شود به کار می‌رود.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="568" />
            <source>SalesDesk {version}
Your pipeline, on your laptop, offline.</source>
            <translation>SalesDesk {version}
کاریز فروش شما، روی لپ‌تاپ خودتان، بدون نیاز به اینترنت.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="114" />
            <source>SalesDesk — {name}</source>
            <translation>SalesDesk — {name}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="181" />
            <source>Se&amp;ttings…</source>
            <translation>&amp;تنظیمات…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="560" />
            <source>Settings</source>
            <translation>تنظیمات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="526" />
            <source>The calendar was not saved</source>
            <translation>تقویم ذخیره نشد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="501" />
            <source>The deal was not reopened</source>
            <translation>معامله بازگشایی نشد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="309" />
            <source>Unmet e&amp;xit criteria</source>
            <translation>معیارهای &amp;خروج برآورده‌نشده</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="527" />
            <source>{path} could not be written: {reason}</source>
            <translation>نوشتن در {path} ممکن نشد: {reason}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="60" />
            <source>{warning} Ctrl+Z undoes the move.</source>
            <translation>{warning} با Ctrl+Z جابه‌جایی برمی‌گردد.</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/merge.py" line="129" />
            <source>%Ln group(s) of organizations with the same name (case, accents, spelling variants and spaces aside). Every deal and contact is kept.</source>
            <translation>
                <numerusform>%Ln گروه سازمان با نام یکسان (بدون در نظر گرفتن بزرگی و کوچکی حروف، اِعراب و نشانه‌ها، شکل‌های مختلف املایی و فاصله‌ها). همه‌ی معامله‌ها و مخاطبان حفظ می‌شوند.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="76" />
            <source>&amp;Keep:</source>
            <translation>&amp;حفظ شود:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="62" />
            <source>&amp;Merge</source>
            <translation>&amp;ادغام</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="59" />
            <source>Contacts</source>
            <translation>مخاطبان</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="59" />
            <source>Deals</source>
            <translation>معامله‌ها</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="177" />
            <source>Kept: the others are merged into it</source>
            <translation>حفظ می‌شود: بقیه در آن ادغام می‌شوند</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="101" />
            <source>Looking for organizations with the same name…</source>
            <translation>در حال یافتن سازمان‌های هم‌نام…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/merge.py" line="243" />
            <source>Merge %Ln duplicate organization(s)</source>
            <translation>
                <numerusform>ادغام %Ln سازمان تکراری</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/merge.py" line="216" />
            <source>Merge %Ln organization(s) into {name}</source>
            <translation>
                <numerusform>ادغام %Ln سازمان در {name}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="66" />
            <source>Merge &amp;all groups (keeping the oldest)</source>
            <translation>ادغام &amp;همه‌ی گروه‌ها (با حفظ قدیمی‌ترین)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="41" />
            <source>Merge duplicate organizations</source>
            <translation>ادغام سازمان‌های تکراری</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="234" />
            <location filename="../../salesdesk/ui/people/merge.py" line="246" />
            <source>Merged. Ctrl+Z in the main window undoes it.</source>
            <translation>ادغام شد. با Ctrl+Z در پنجره‌ی اصلی برمی‌گردد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="138" />
            <source>No duplicate organizations.</source>
            <translation>هیچ سازمان تکراری‌ای وجود ندارد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="254" />
            <source>Nothing was merged</source>
            <translation>چیزی ادغام نشد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="59" />
            <source>Organization (ticked: merged)</source>
            <translation>سازمان (تیک‌خورده: ادغام می‌شود)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="122" />
            <source>{name} ({n})</source>
            <translation>{name} ({n})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="156" />
            <source>{name} — {deals} deals, {contacts} contacts</source>
            <translation>{name} — {deals} معامله، {contacts} مخاطب</translation>
        </message>
    </context>
    <context>
        <name>ObjectionForm</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="41" />
            <source>&amp;Add objection</source>
            <translation>ا&amp;فزودن اعتراض</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="53" />
            <source>Ans&amp;wer:</source>
            <translation>&amp;پاسخ:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="52" />
            <source>Cate&amp;gory:</source>
            <translation>د&amp;سته:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="51" />
            <source>Ob&amp;jection:</source>
            <translation>&amp;اعتراض:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="39" />
            <source>Resol&amp;ved</source>
            <translation>&amp;برطرف‌شده</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="40" />
            <source>Save to the &amp;library</source>
            <translation>ذخیره در &amp;کتابخانه</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="37" />
            <source>What you answered (the library's answer to adapt)</source>
            <translation>پاسخی که دادید (پاسخ کتابخانه را متناسب با این مورد تغییر دهید)</translation>
        </message>
    </context>
    <context>
        <name>ObjectionPicker</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/picker.py" line="36" />
            <source>Type an objection; matches from the library appear</source>
            <translation>اعتراض را بنویسید؛ موارد مشابه از کتابخانه نمایش داده می‌شوند</translation>
        </message>
    </context>
    <context>
        <name>ObjectionsTab</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="60" />
            <source>&amp;Delete objection</source>
            <translation>&amp;حذف اعتراض</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="59" />
            <source>&amp;Resolved</source>
            <translation>&amp;برطرف‌شده</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="87" />
            <source>Add an objection</source>
            <translation>افزودن یک اعتراض</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="173" />
            <source>Add objection</source>
            <translation>افزودن اعتراض</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="47" />
            <source>Category</source>
            <translation>دسته</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="231" />
            <source>Delete objection</source>
            <translation>حذف اعتراض</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="197" />
            <source>Edit answer to objection</source>
            <translation>ویرایش پاسخ به اعتراض</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="206" />
            <source>Mark objection resolved</source>
            <translation>علامت زدن اعتراض به‌عنوان برطرف‌شده</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="47" />
            <source>Objection</source>
            <translation>اعتراض</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="114" />
            <source>Open</source>
            <translation>باز</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="206" />
            <source>Reopen objection</source>
            <translation>بازگشایی اعتراض</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="114" />
            <source>Resolved</source>
            <translation>برطرف‌شده</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="47" />
            <source>Stage</source>
            <translation>مرحله</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="47" />
            <source>Status</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="57" />
            <source>What you answered</source>
            <translation>پاسخی که دادید</translation>
        </message>
    </context>
    <context>
        <name>OrganizationDialog</name>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="95" />
            <source>&amp;Name:</source>
            <translation>&amp;نام:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="102" />
            <source>Save it anyway, as a second organization? (Merge duplicates… joins two into one.)</source>
            <translation>با این حال به‌عنوان سازمانی دیگر ذخیره شود؟ (با «ادغام موارد تکراری…» می‌توانید این دو را یکی کنید.)</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="93" />
            <source>&amp;Contact:</source>
            <translation>&amp;مخاطب:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="92" />
            <source>&amp;Organization:</source>
            <translation>&amp;سازمان:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="101" />
            <source>&amp;Stage:</source>
            <translation>مر&amp;حله:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="91" />
            <source>&amp;Title:</source>
            <translation>&amp;عنوان:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="94" />
            <source>&amp;Value:</source>
            <translation>م&amp;بلغ:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="296" />
            <source>'{text}' is not a date. Type it as {format} or 2026-12-31.</source>
            <translation>«{text}» تاریخ نیست. آن را به‌صورت {format} یا YYYY-MM-DD بنویسید.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="95" />
            <source>E&amp;xpected close:</source>
            <translation>&amp;تاریخ بستن پیش‌بینی‌شده:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="271" />
            <source>Edit contact</source>
            <translation>ویرایش مخاطب</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="301" />
            <source>Edit expected close</source>
            <translation>ویرایش تاریخ بستن پیش‌بینی‌شده</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="250" />
            <source>Edit organization</source>
            <translation>ویرایش سازمان</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="237" />
            <source>Edit title</source>
            <translation>ویرایش عنوان</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="283" />
            <source>Edit value</source>
            <translation>ویرایش مبلغ</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="74" />
            <source>Lost</source>
            <translation>از دست رفته</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="72" />
            <source>Open</source>
            <translation>باز</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="109" />
            <source>Pick or type a new name</source>
            <translation>یک نام را انتخاب کنید یا نام تازه‌ای بنویسید</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="102" />
            <source>Stat&amp;us:</source>
            <translation>&amp;وضعیت:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="103" />
            <source>Win probability:</source>
            <translation>احتمال موفقیت:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="73" />
            <source>Won</source>
            <translation>موفق</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="175" />
            <source>{evidence} from the exit criteria met (stage default {stage})</source>
            <translation>{evidence} بر پایه‌ی معیارهای خروج برآورده‌شده (پیش‌فرض مرحله: {stage})</translation>
        </message>
    </context>
    <context>
        <name>PeopleEditing</name>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="119" />
            <source>Add contact</source>
            <translation>افزودن مخاطب</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="70" />
            <source>Add organization</source>
            <translation>افزودن سازمان</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="233" />
            <source>Call {phone}</source>
            <translation>تماس با {phone}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="139" />
            <location filename="../../salesdesk/ui/people/editing.py" line="157" />
            <source>Edit contact</source>
            <translation>ویرایش مخاطب</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="83" />
            <source>Edit organization</source>
            <translation>ویرایش سازمان</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="218" />
            <location filename="../../salesdesk/ui/people/editing.py" line="226" />
            <source>Edit…	F2</source>
            <translation>ویرایش…	F2</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="236" />
            <source>Email {email}</source>
            <translation>ایمیل به {email}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="223" />
            <source>Merge duplicates…</source>
            <translation>ادغام موارد تکراری…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="103" />
            <source>New contact</source>
            <translation>مخاطب جدید</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="220" />
            <source>New contact at this organization…</source>
            <translation>مخاطب جدید در این سازمان…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="65" />
            <source>New organization</source>
            <translation>سازمان جدید</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="89" />
            <source>Rename organization</source>
            <translation>تغییر نام سازمان</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="241" />
            <source>Show organization</source>
            <translation>نمایش سازمان</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="129" />
            <source>The contact was not changed</source>
            <translation>مخاطب تغییر نکرد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="81" />
            <source>The organization was not changed</source>
            <translation>سازمان تغییر نکرد</translation>
        </message>
    </context>
    <context>
        <name>PeopleView</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/view.py" line="274" />
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln مخاطب</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/view.py" line="273" />
            <source>%Ln organization(s)</source>
            <translation>
                <numerusform>%Ln سازمان</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="75" />
            <source>&amp;Merge duplicates…</source>
            <translation>&amp;ادغام موارد تکراری…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="57" />
            <source>Co&amp;ntacts</source>
            <translation>&amp;مخاطبان</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="73" />
            <source>Ed&amp;it… (F2)</source>
            <translation>&amp;ویرایش… (F2)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="306" />
            <source>It no longer exists (merged or undone).</source>
            <translation>دیگر وجود ندارد (ادغام یا برگردانده شده است).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="51" />
            <source>Name, in any script or spelling</source>
            <translation>نام، با هر خط یا املایی</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="53" />
            <source>Name, organization, role, email or phone</source>
            <translation>نام، سازمان، سمت، ایمیل یا تلفن</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="69" />
            <source>Ne&amp;w organization…</source>
            <translation>سازمان جدی&amp;د…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="71" />
            <source>New conta&amp;ct…</source>
            <translation>م&amp;خاطب جدید…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="268" />
            <source>No contacts yet: New contact adds one.</source>
            <translation>هنوز مخاطبی نیست: با «مخاطب جدید» یکی اضافه کنید.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="267" />
            <source>No organizations yet: New organization adds one, and so does a deal.</source>
            <translation>هنوز سازمانی نیست: با «سازمان جدید» یکی اضافه کنید؛ ساختن یک معامله هم سازمانش را اضافه می‌کند.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="56" />
            <source>Or&amp;ganizations</source>
            <translation>&amp;سازمان‌ها</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="136" />
            <source>Reading organizations and contacts…</source>
            <translation>در حال خواندن سازمان‌ها و مخاطبان…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="205" />
            <source>The lists could not be read: {error}</source>
            <translation>فهرست‌ها خوانده نشدند: {error}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="280" />
            <source>{shown} of {all}</source>
            <translation>{shown} از {all}</translation>
        </message>
    </context>
    <context>
        <name>PeriodBar</name>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="25" />
            <source>&amp;Period:</source>
            <translation>&amp;دوره:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="36" />
            <source>All time</source>
            <translation>همه‌ی زمان‌ها</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="37" />
            <source>Custom…</source>
            <translation>سفارشی…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="31" />
            <source>Last month</source>
            <translation>ماه گذشته</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="33" />
            <source>Last quarter</source>
            <translation>فصل گذشته</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="35" />
            <source>Last year</source>
            <translation>سال گذشته</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="30" />
            <source>This month</source>
            <translation>این ماه</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="32" />
            <source>This quarter</source>
            <translation>این فصل</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="34" />
            <source>This year</source>
            <translation>امسال</translation>
        </message>
    </context>
    <context>
        <name>PlaybookChooser</name>
        <message>
            <location filename="../../salesdesk/ui/first_run.py" line="71" />
            <source>&amp;Language:</source>
            <translation>&amp;زبان:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/first_run.py" line="37" />
            <source>Choose the sales process to start from. You can change stages, questions and objections later.</source>
            <translation>فرآیند فروشی را که می‌خواهید با آن شروع کنید انتخاب کنید. مرحله‌ها، سؤال‌ها و اعتراض‌ها را بعداً می‌توانید تغییر دهید.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/first_run.py" line="66" />
            <source>Start</source>
            <translation>شروع</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/first_run.py" line="30" />
            <source>Welcome to SalesDesk</source>
            <translation>به SalesDesk خوش آمدید</translation>
        </message>
    </context>
    <context>
        <name>PlaybookController</name>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="55" />
            <source>&amp;Pipeline</source>
            <translation>&amp;کاریز فروش</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/playbooks.py" line="141" />
            <source>(%Ln objection(s) with no answer left out)</source>
            <translation>
                <numerusform>(%Ln اعتراض بدون پاسخ کنار گذاشته شد)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="99" />
            <source>Cannot switch pipelines</source>
            <translation>تعویض کاریز فروش ممکن نیست</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="41" />
            <source>E&amp;xport playbook…</source>
            <translation>برون‌ریزی &amp;راهنمای فروش…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="117" />
            <source>Export playbook</source>
            <translation>برون‌ریزی راهنمای فروش</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="48" />
            <source>Import &amp;playbook…</source>
            <translation>درون‌ریزی راهنمای &amp;فروش…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="154" />
            <source>Import playbook</source>
            <translation>درون‌ریزی راهنمای فروش</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/playbooks.py" line="172" />
            <source>Imported “{name}” with %Ln stage(s)</source>
            <translation>
                <numerusform>«{name}» با %Ln مرحله درون‌ریزی شد</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="139" />
            <source>Playbook written to {path}</source>
            <translation>راهنمای فروش در {path} نوشته شد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="117" />
            <location filename="../../salesdesk/ui/playbooks.py" line="154" />
            <source>Playbooks (*.toml)</source>
            <translation>راهنماهای فروش (*.toml)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="128" />
            <location filename="../../salesdesk/ui/playbooks.py" line="133" />
            <source>The playbook was not exported</source>
            <translation>راهنمای فروش برون‌ریزی نشد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="167" />
            <source>The playbook was not imported</source>
            <translation>راهنمای فروش درون‌ریزی نشد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="134" />
            <source>{path} could not be written: {reason}</source>
            <translation>نوشتن در {path} ممکن نشد: {reason}</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../salesdesk/ui/preferences.py" line="69" />
            <source>&amp;Calendar:</source>
            <translation>&amp;تقویم:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/preferences.py" line="68" />
            <source>&amp;Language:</source>
            <translation>&amp;زبان:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/preferences.py" line="70" />
            <source>Changes apply the next time SalesDesk starts.</source>
            <translation>تغییرها از دفعه‌ی بعد که SalesDesk باز شود اعمال می‌شوند.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/preferences.py" line="63" />
            <source>Gregorian</source>
            <translation>میلادی</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/preferences.py" line="52" />
            <source>Settings</source>
            <translation>تنظیمات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/preferences.py" line="64" />
            <source>Solar Hijri (Jalali)</source>
            <translation>هجری شمسی (جلالی)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/preferences.py" line="56" />
            <source>System language ({name})</source>
            <translation>زبان سیستم ({name})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/preferences.py" line="62" />
            <source>The language's usual calendar</source>
            <translation>تقویم معمول زبان</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/reminders.py" line="64" />
            <source>%Ln follow-up(s) overdue. Today (Ctrl+T) lists them.</source>
            <translation>
                <numerusform>%Ln پیگیری عقب‌افتاده است. فهرستشان در «امروز» (Ctrl+T) آمده است.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/reminders.py" line="84" />
            <source>%Ln follow-ups due</source>
            <translation>
                <numerusform>موعد %Ln پیگیری رسیده است</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/reminders.py" line="80" />
            <source>Follow-up due</source>
            <translation>موعد پیگیری رسیده است</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/reminders.py" line="47" />
            <source>Open Today</source>
            <translation>باز کردن «امروز»</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/reminders.py" line="63" />
            <source>SalesDesk</source>
            <translation>SalesDesk</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/reminders.py" line="113" />
            <source>Snooze</source>
            <translation>تعویق</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/reminders.py" line="49" />
            <source>Snooze an hour</source>
            <translation>یک ساعت تعویق</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/reminders.py" line="50" />
            <source>Snooze until tomorrow</source>
            <translation>تعویق تا فردا</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="55" />
            <source>&amp;Choose file…</source>
            <translation>&amp;انتخاب فایل…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="57" />
            <source>&amp;Restore…</source>
            <translation>&amp;بازیابی…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="196" />
            <source>At exit</source>
            <translation>هنگام خروج</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="194" />
            <source>At start</source>
            <translation>هنگام شروع</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="197" />
            <source>Backed up now</source>
            <translation>پشتیبان‌گیری دستی</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="198" />
            <source>Before a restore</source>
            <translation>پیش از بازیابی</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="204" />
            <source>Before an upgrade (schema {revision})</source>
            <translation>پیش از ارتقا (طرح‌واره‌ی {revision})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="105" />
            <source>Choose a backup</source>
            <translation>انتخاب نسخه‌ی پشتیبان</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="114" />
            <source>Chosen file</source>
            <translation>فایل انتخاب‌شده</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="195" />
            <source>Daily</source>
            <translation>روزانه</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="199" />
            <source>Damaged database, before a restore</source>
            <translation>پایگاه داده‌ی آسیب‌دیده، پیش از بازیابی</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="159" />
            <source>Deals: {open} open, {won} won, {lost} lost</source>
            <translation>معامله‌ها: {open} باز، {won} موفق، {lost} از دست رفته</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="43" />
            <source>Folder</source>
            <translation>پوشه</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="166" />
            <source>Last change: {date}</source>
            <translation>آخرین تغییر: {date}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="43" />
            <source>Made</source>
            <translation>تاریخ ساخت</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="152" />
            <source>Made: {date}</source>
            <translation>تاریخ ساخت: {date}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="96" />
            <source>No backups yet in {folder}. Choose file… opens any backup file.</source>
            <translation>هنوز نسخه‌ی پشتیبانی در {folder} نیست. با «انتخاب فایل…» می‌توانید هر فایل پشتیبانی را باز کنید.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="160" />
            <source>Organizations: {organizations} · Contacts: {contacts} · Activities: {activities}</source>
            <translation>سازمان‌ها: {organizations} · مخاطبان: {contacts} · فعالیت‌ها: {activities}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="163" />
            <source>Pipelines: {names}</source>
            <translation>کاریزهای فروش: {names}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="133" />
            <source>Reading {name}…</source>
            <translation>در حال خواندن {name}…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="35" />
            <source>Restore from a backup</source>
            <translation>بازیابی از نسخه‌ی پشتیبان</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="176" />
            <source>Restore this backup?</source>
            <translation>این نسخه‌ی پشتیبان بازیابی شود؟</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="107" />
            <source>SalesDesk databases (*.sqlite *.db);;All files (*)</source>
            <translation>پایگاه‌های داده‌ی SalesDesk (*.sqlite *.db);;همه‌ی فایل‌ها (*)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="43" />
            <source>Size</source>
            <translation>اندازه</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="153" />
            <source>Size: {size}</source>
            <translation>اندازه: {size}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="43" />
            <source>Why</source>
            <translation>دلیل</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="177" />
            <source>Your data will be replaced by the backup made {date} ({deals} deals).

The current database is backed up first: restoring that backup undoes this.</source>
            <translation>داده‌های شما با نسخه‌ی پشتیبانی که در {date} ساخته شده است ({deals} معامله) جایگزین می‌شود.

پیش از آن، از پایگاه داده‌ی فعلی نسخه‌ی پشتیبان گرفته می‌شود: با بازیابی همان نسخه می‌توانید این کار را برگردانید.</translation>
        </message>
    </context>
    <context>
        <name>SearchPalette</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/palette.py" line="556" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln معامله</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/palette.py" line="500" />
            <source>%Ln result(s)</source>
            <translation>
                <numerusform>%Ln نتیجه</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="521" />
            <source>Action</source>
            <translation>فرمان</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="525" />
            <source>Call</source>
            <translation>تماس تلفنی</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="517" />
            <source>Contact</source>
            <translation>مخاطب</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="515" />
            <source>Deal</source>
            <translation>معامله</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="527" />
            <source>Email</source>
            <translation>ایمیل</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="529" />
            <source>Follow-up</source>
            <translation>پیگیری</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="523" />
            <source>Lost</source>
            <translation>از دست رفته</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="526" />
            <source>Meeting</source>
            <translation>جلسه</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="520" />
            <location filename="../../salesdesk/ui/palette.py" line="528" />
            <source>Note</source>
            <translation>یادداشت</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="498" />
            <source>Nothing found</source>
            <translation>چیزی پیدا نشد</translation>
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
            <translation>کتابخانه‌ی اعتراض‌ها</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="489" />
            <source>Only actions can be searched: {error}</source>
            <translation>فقط فرمان‌ها را می‌توان جست‌وجو کرد: {error}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="523" />
            <source>Open</source>
            <translation>باز</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="516" />
            <source>Organization</source>
            <translation>سازمان</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="491" />
            <source>Reading deals, notes and objections…</source>
            <translation>در حال خواندن معامله‌ها، یادداشت‌ها و اعتراض‌ها…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="562" />
            <source>Resolved</source>
            <translation>برطرف‌شده</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="327" />
            <source>Search deals, organizations, contacts, notes, objections and actions</source>
            <translation>جست‌وجو در معامله‌ها، سازمان‌ها، مخاطبان، یادداشت‌ها، اعتراض‌ها و فرمان‌ها</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="315" />
            <source>Search everything</source>
            <translation>جست‌وجو در همه‌چیز</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="493" />
            <source>The best {shown} of {total} results</source>
            <translation>بهترین {shown} نتیجه از {total} نتیجه</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="487" />
            <source>Type to search · Enter opens or runs · Esc closes</source>
            <translation>برای جست‌وجو بنویسید · Enter: باز کردن یا اجرا · Esc: بستن</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="523" />
            <source>Won</source>
            <translation>موفق</translation>
        </message>
    </context>
    <context>
        <name>SecondFolderDialog</name>
        <message>
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="38" />
            <source>&amp;Browse…</source>
            <translation>&amp;مرور…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="41" />
            <source>&amp;Turn off</source>
            <translation>&amp;غیرفعال کردن</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="27" />
            <source>Every backup is also copied to this folder: a USB stick or a synced folder keeps your pipeline safe if the laptop is lost. Leave it empty to keep backups only in the data folder.</source>
            <translation>هر نسخه‌ی پشتیبان در این پوشه هم کپی می‌شود: اگر لپ‌تاپ گم شود، یک فلش USB یا یک پوشه‌ی همگام‌سازی‌شده کاریز فروش شما را حفظ می‌کند. اگر می‌خواهید نسخه‌های پشتیبان فقط در پوشه‌ی داده‌ها بمانند، این را خالی بگذارید.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="36" />
            <source>No second folder</source>
            <translation>بدون پوشه‌ی دوم</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="25" />
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="71" />
            <source>Second backup folder</source>
            <translation>پوشه‌ی دوم پشتیبان</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="79" />
            <source>{folder} is not a folder that exists. Plug the drive in, or choose another.</source>
            <translation>پوشه‌ی {folder} وجود ندارد. درایو را وصل کنید یا پوشه‌ی دیگری انتخاب کنید.</translation>
        </message>
    </context>
    <context>
        <name>TargetDialog</name>
        <message>
            <location filename="../../salesdesk/ui/insights/target_dialog.py" line="46" />
            <source>&amp;Amount a month:</source>
            <translation>&amp;مبلغ ماهانه:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/target_dialog.py" line="45" />
            <source>&amp;Currency:</source>
            <translation>&amp;ارز:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/target_dialog.py" line="30" />
            <source>Monthly target</source>
            <translation>هدف ماهانه</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/target_dialog.py" line="54" />
            <source>The weighted forecast is set against this target each month.</source>
            <translation>پیش‌بینی وزن‌دار هر ماه با این هدف مقایسه می‌شود.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/target_dialog.py" line="39" />
            <source>no target</source>
            <translation>بدون هدف</translation>
        </message>
    </context>
    <context>
        <name>Toast</name>
        <message>
            <location filename="../../salesdesk/ui/board/toast.py" line="26" />
            <source>&amp;Undo</source>
            <translation>&amp;واگرد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/toast.py" line="29" />
            <source>Close</source>
            <translation>بستن</translation>
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="91" />
            <source>&amp;Done (D)</source>
            <translation>&amp;انجام شد (D)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="105" />
            <source>&amp;Reschedule… (R)</source>
            <translation>تغییر &amp;زمان… (R)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="93" />
            <source>&amp;Snooze</source>
            <translation>&amp;تعویق</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="97" />
            <source>An hour (1)</source>
            <translation>یک ساعت (1)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="175" />
            <source>Coming week</source>
            <translation>هفته‌ی پیش رو</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="324" />
            <source>Complete follow-up</source>
            <translation>انجام پیگیری</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="204" />
            <source>Deal</source>
            <translation>معامله</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="174" />
            <source>Due today</source>
            <translation>سررسید امروز</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="111" />
            <source>Enter opens the deal · D done · 1 snooze an hour · 2 tomorrow · 3 next week · R pick a date</source>
            <translation>Enter: باز کردن معامله · D: انجام شد · 1: یک ساعت تعویق · 2: فردا · 3: هفته‌ی بعد · R: انتخاب تاریخ</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="263" />
            <source>Many sales come only after the fifth touch; most reps stop after two.</source>
            <translation>بسیاری از فروش‌ها فقط بعد از پنجمین تماس به دست می‌آیند؛ بیشتر فروشنده‌ها بعد از دو تماس دست می‌کشند.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="99" />
            <source>Next week (3)</source>
            <translation>هفته‌ی بعد (3)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="176" />
            <source>No next step</source>
            <translation>بدون قدم بعدی</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="205" />
            <source>Organization · stage</source>
            <translation>سازمان · مرحله</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="173" />
            <source>Overdue</source>
            <translation>عقب‌افتاده</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="103" />
            <source>Pick a date… (4)</source>
            <translation>انتخاب تاریخ… (4)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="154" />
            <source>Reading your day…</source>
            <translation>در حال خواندن برنامه‌ی امروز شما…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="338" />
            <location filename="../../salesdesk/ui/today/view.py" line="367" />
            <source>Reschedule follow-up</source>
            <translation>تغییر زمان پیگیری</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="177" />
            <source>Stalled</source>
            <translation>گیرکرده</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="321" />
            <location filename="../../salesdesk/ui/today/view.py" line="363" />
            <source>The follow-up was not changed</source>
            <translation>پیگیری تغییر نکرد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="185" />
            <source>Today, {date}</source>
            <translation>امروز، {date}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="98" />
            <source>Tomorrow morning (2)</source>
            <translation>فردا صبح (2)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="207" />
            <source>Touches</source>
            <translation>دفعات تماس</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="203" />
            <source>When</source>
            <translation>زمان</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="206" />
            <source>Why</source>
            <translation>دلیل</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="253" />
            <source>{n} of {goal}</source>
            <translation>{n} از {goal}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="189" />
            <source>{overdue} overdue · {today} due today · {week} this week · {none} without a next step · {stalled} stalled</source>
            <translation>{overdue} عقب‌افتاده · {today} سررسید امروز · {week} این هفته · {none} بدون قدم بعدی · {stalled} گیرکرده</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/today/view.py" line="227" />
            <source>… and %Ln more</source>
            <translation>
                <numerusform>… و %Ln مورد دیگر</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_ChartView</name>
        <message>
            <location filename="../../salesdesk/ui/insights/cards.py" line="42" />
            <source>Save chart as PNG…</source>
            <translation>ذخیره‌ی نمودار به‌صورت PNG…</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../salesdesk/ui/app.py" line="208" />
            <source>SalesDesk cannot start</source>
            <translation>اجرای SalesDesk ممکن نیست</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/app.py" line="209" />
            <source>SalesDesk is already running with the data folder {path}, but it did not answer. Switch to its window, or close it and start SalesDesk again.</source>
            <translation>برنامه‌ی SalesDesk با پوشه‌ی داده‌های {path} از قبل در حال اجراست، اما پاسخ نداد. به پنجره‌ی آن بروید، یا آن را ببندید و SalesDesk را دوباره اجرا کنید.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/app.py" line="79" />
            <source>Using the data folder {path} until SalesDesk closes; start it with --data-dir to use that folder again.</source>
            <translation>تا بسته شدن SalesDesk از پوشه‌ی داده‌های {path} استفاده می‌شود؛ برای استفاده‌ی دوباره از آن پوشه، SalesDesk را با --data-dir اجرا کنید.</translation>
        </message>
    </context>
    <context>
        <name>board</name>
        <message>
            <location filename="../../salesdesk/ui/board/model.py" line="99" />
            <source>Stalled: {reason}</source>
            <translation>گیرکرده: {reason}</translation>
        </message>
    </context>
    <context>
        <name>dealsTable</name>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="53" />
            <source>Contact</source>
            <translation>مخاطب</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="59" />
            <source>Days in stage</source>
            <translation>روز در مرحله</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="58" />
            <source>Expected close</source>
            <translation>تاریخ بستن پیش‌بینی‌شده</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="60" />
            <source>Last activity</source>
            <translation>آخرین فعالیت</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="73" />
            <source>Lost</source>
            <translation>از دست رفته</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="61" />
            <source>Next follow-up</source>
            <translation>پیگیری بعدی</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="71" />
            <source>Open</source>
            <translation>باز</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="52" />
            <source>Organization</source>
            <translation>سازمان</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="57" />
            <source>Probability</source>
            <translation>احتمال</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="54" />
            <source>Stage</source>
            <translation>مرحله</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="55" />
            <source>Status</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="51" />
            <source>Title</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="56" />
            <source>Value</source>
            <translation>مبلغ</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="72" />
            <source>Won</source>
            <translation>موفق</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="409" />
            <source>'{email}' does not look like an email address (name@example.com).</source>
            <translation>«{email}» شبیه نشانی ایمیل نیست (name@example.com).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="124" />
            <source>'{name}' cannot be edited.</source>
            <translation>«{name}» قابل ویرایش نیست.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="420" />
            <source>'{phone}' is not a phone number: it has no digits.</source>
            <translation>«{phone}» شماره تلفن نیست: هیچ رقمی ندارد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvvalues.py" line="34" />
            <source>'{text}' is not a date</source>
            <translation>«{text}» تاریخ نیست</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/metrics/period.py" line="138" />
            <source>'{text}' is not a period: use month, quarter, year, all or START..END (YYYY-MM-DD..YYYY-MM-DD).</source>
            <translation>«{text}» دوره نیست: یکی از month، quarter، year، all یا START..END (YYYY-MM-DD..YYYY-MM-DD) را به کار ببرید.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvvalues.py" line="35" />
            <source>'{text}' is not a valid time</source>
            <translation>«{text}» زمان معتبری نیست</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvvalues.py" line="32" />
            <source>'{text}' is not an amount</source>
            <translation>«{text}» مبلغ نیست</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/money.py" line="72" />
            <location filename="../../salesdesk/core/money.py" line="78" />
            <source>'{text}' is not an amount.</source>
            <translation>«{text}» مبلغ نیست.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/timeutil.py" line="69" />
            <source>'{value}' is not a date.</source>
            <translation>«{value}» تاریخ نیست.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/timeutil.py" line="56" />
            <source>'{value}' is not a time.</source>
            <translation>«{value}» زمان نیست.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/interactions.py" line="84" />
            <source>A call is logged after it happened, not before.</source>
            <translation>تماس پس از انجام شدنش ثبت می‌شود، نه پیش از آن.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="85" />
            <source>A new deal must start in an open stage.</source>
            <translation>معامله‌ی جدید باید در یکی از مرحله‌های باز شروع شود.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="116" />
            <source>A quote (") opened on line {line} is never closed, so the rest of the file would be read as one cell. Close the quote, or save the file again from the program that wrote it.</source>
            <translation>گیومه‌ای (") که در سطر {line} باز شده هیچ‌جا بسته نشده است، پس بقیه‌ی فایل یک خانه خوانده می‌شود. گیومه را ببندید، یا فایل را دوباره از برنامه‌ای که آن را ساخته است ذخیره کنید.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/timeutil.py" line="34" />
            <source>A time without a time zone cannot be stored (naive datetime {value}).</source>
            <translation>زمانی که منطقه‌ی زمانی ندارد ذخیره نمی‌شود (تاریخ و زمان بدون منطقه‌ی زمانی: {value}).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/organizations.py" line="78" />
            <source>An organization cannot be merged into itself.</source>
            <translation>یک سازمان را نمی‌توان در خودش ادغام کرد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="34" />
            <source>Another program is using the database. Close it and try again.</source>
            <translation>برنامه‌ی دیگری از پایگاه داده استفاده می‌کند. آن را ببندید و دوباره تلاش کنید.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/metrics/alerts.py" line="24" />
            <source>Bottleneck: deals stay {days:.1f} days on average in {stage}, longer than its {limit} stalled-after days.</source>
            <translation>گلوگاه: معامله‌ها به‌طور میانگین {days:.1f} روز در {stage} می‌مانند؛ بیشتر از {limit} روزی که پس از آن، معامله در این مرحله گیرکرده به حساب می‌آید.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="88" />
            <source>Check that the backup folder exists, is writable and has free space, then try again.</source>
            <translation>بررسی کنید که پوشه‌ی پشتیبان وجود دارد، قابل نوشتن است و فضای خالی دارد؛ سپس دوباره تلاش کنید.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="487" />
            <source>Choose a stage for: {names}</source>
            <translation>برای این‌ها مرحله انتخاب کنید: {names}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/organizations.py" line="75" />
            <source>Choose organizations to merge.</source>
            <translation>سازمان‌هایی را برای ادغام انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="206" />
            <source>Choose the column that holds the deal's title.</source>
            <translation>ستونی را که عنوان معامله در آن است انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="199" />
            <source>Free some space on that disk, then back up again.</source>
            <translation>کمی از فضای آن دیسک را خالی کنید، سپس دوباره پشتیبان بگیرید.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="22" />
            <source>Free some space on the disk, then try again. Nothing was saved.</source>
            <translation>کمی از فضای دیسک را خالی کنید و دوباره تلاش کنید. چیزی ذخیره نشد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/metrics/alerts.py" line="17" />
            <source>Inverted funnel: {late} open deals in the later stages, {early} in the earlier ones.</source>
            <translation>قیف وارونه: {late} معامله‌ی باز در مرحله‌های پایانی و {early} معامله در مرحله‌های آغازین.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="27" />
            <source>Make the data folder writable, or start SalesDesk with another folder (--data-dir).</source>
            <translation>پوشه‌ی داده‌ها را قابل نوشتن کنید، یا SalesDesk را با پوشه‌ی دیگری اجرا کنید (--data-dir).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="204" />
            <source>Make the folder writable, or choose another backup folder.</source>
            <translation>پوشه را قابل نوشتن کنید، یا پوشه‌ی پشتیبان دیگری انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="53" />
            <source>Restore a backup to carry on where you were, or start a new, empty database.</source>
            <translation>برای ادامه از همان‌جا که بودید یک نسخه‌ی پشتیبان را بازیابی کنید، یا یک پایگاه داده‌ی جدید و خالی بسازید.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/pipelines.py" line="41" />
            <source>That pipeline does not exist.</source>
            <translation>آن کاریز فروش وجود ندارد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/checklists.py" line="84" />
            <source>That question belongs to another pipeline.</source>
            <translation>آن سؤال مربوط به کاریز فروش دیگری است.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/document_check.py" line="54" />
            <source>The SalesDesk export has no valid version number.</source>
            <translation>فایل برون‌ریزی SalesDesk شماره‌ی نسخه‌ی معتبری ندارد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="212" />
            <source>The accounts file (Account.csv) is not beside the import: deals are imported without their organization.</source>
            <translation>فایل حساب‌ها (Account.csv) کنار فایل درون‌ریزی نیست: معامله‌ها بدون سازمانشان درون‌ریزی می‌شوند.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="196" />
            <source>The backup in {folder} was not made: the disk is full.</source>
            <translation>نسخه‌ی پشتیبان در {folder} ساخته نشد: دیسک پر است.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="218" />
            <source>The backup in {folder} was not made: {reason}</source>
            <translation>نسخه‌ی پشتیبان در {folder} ساخته نشد: {reason}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="212" />
            <source>The backup was not made: the database file is damaged.</source>
            <translation>نسخه‌ی پشتیبان ساخته نشد: فایل پایگاه داده آسیب دیده است.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="207" />
            <source>The backup was not made: the database is locked.</source>
            <translation>نسخه‌ی پشتیبان ساخته نشد: پایگاه داده قفل است.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="179" />
            <source>The backup {path} failed its integrity check ({problem}).</source>
            <translation>نسخه‌ی پشتیبان {path} در بررسی یکپارچگی رد شد ({problem}).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="185" />
            <source>The backup {path} is not a SalesDesk database.</source>
            <translation>نسخه‌ی پشتیبان {path} پایگاه داده‌ی SalesDesk نیست.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="581" />
            <source>The contact already exists.</source>
            <translation>این مخاطب از قبل وجود دارد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/app.py" line="187" />
            <source>The data folder {path} cannot be used: {reason}</source>
            <translation>از پوشه‌ی داده‌های {path} نمی‌توان استفاده کرد: {reason}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/app.py" line="100" />
            <source>The data folder {path} is read-only or cannot be locked.</source>
            <translation>پوشه‌ی داده‌های {path} فقط‌خواندنی است یا قفل نمی‌شود.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="70" />
            <source>The database file cannot be opened.</source>
            <translation>فایل پایگاه داده باز نمی‌شود.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="77" />
            <source>The database file is damaged.</source>
            <translation>فایل پایگاه داده آسیب دیده است.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/database.py" line="260" />
            <source>The database file is damaged. ({path})</source>
            <translation>فایل پایگاه داده آسیب دیده است. ({path})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="71" />
            <source>The database is locked.</source>
            <translation>پایگاه داده قفل است.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="69" />
            <source>The database is read-only.</source>
            <translation>پایگاه داده فقط‌خواندنی است.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="97" />
            <source>The database may be damaged: run 'salesdesk check', and restore an earlier backup if it is.</source>
            <translation>ممکن است پایگاه داده آسیب دیده باشد: فرمان «salesdesk check» را اجرا کنید و اگر آسیب دیده بود، یک نسخه‌ی پشتیبان قدیمی‌تر را بازیابی کنید.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/timeutil.py" line="46" />
            <source>The date {value} is out of range ({first} to {last}).</source>
            <translation>تاریخ {value} خارج از محدوده است ({first} تا {last}).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="274" />
            <source>The deal already exists.</source>
            <translation>این معامله از قبل وجود دارد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="217" />
            <source>The deal is already lost.</source>
            <translation>این معامله پیش‌تر از دست رفته ثبت شده است.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="226" />
            <source>The deal is already open.</source>
            <translation>این معامله همین حالا باز است.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="208" />
            <source>The deal is already won.</source>
            <translation>این معامله پیش‌تر موفق ثبت شده است.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/moves.py" line="71" />
            <source>The deal to place it before is not in that stage.</source>
            <translation>معامله‌ای که باید پیش از آن قرار بگیرد در آن مرحله نیست.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="68" />
            <source>The disk could not be written (I/O error).</source>
            <translation>روی دیسک نوشته نشد (خطای ورودی/خروجی).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="67" />
            <source>The disk is full.</source>
            <translation>دیسک پر است.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/activities.py" line="38" />
            <source>The duration must be between 0 and 24 hours.</source>
            <translation>مدت باید بین صفر تا بیست‌وچهار ساعت باشد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/export_json.py" line="49" />
            <source>The export was cancelled; no file was written.</source>
            <translation>برون‌ریزی لغو شد؛ هیچ فایلی نوشته نشد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="129" />
            <source>The file has only one column. A CSV export has a header row and columns separated by commas, semicolons or tabs.</source>
            <translation>فایل فقط یک ستون دارد. فایل CSV یک سطر عنوان دارد و ستون‌هایش با ویرگول، نقطه‌ویرگول یا تب از هم جدا می‌شوند.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="125" />
            <source>The file is empty.</source>
            <translation>فایل خالی است.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="75" />
            <location filename="../../salesdesk/storage/errors.py" line="78" />
            <source>The file is not a SalesDesk database.</source>
            <translation>این فایل پایگاه داده‌ی SalesDesk نیست.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="110" />
            <source>The file is not a readable CSV table (line {line}: {reason}).</source>
            <translation>این فایل جدول CSV خوانایی نیست (سطر {line}: {reason}).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="71" />
            <source>The file is not text in a known encoding (UTF-8, UTF-16 or Windows-1252).</source>
            <translation>این فایل متنی با کدگذاری شناخته‌شده نیست (UTF-8، UTF-16 یا Windows-1252).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="158" />
            <source>The file is too large to import ({size} MB).</source>
            <translation>فایل برای درون‌ریزی بیش از حد بزرگ است ({size} مگابایت).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="49" />
            <source>The file starts as {encoding} text but is not valid {encoding} (byte {position}: {reason}).</source>
            <translation>فایل مثل متن {encoding} شروع می‌شود اما {encoding} معتبری نیست (بایت {position}: {reason}).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/document_check.py" line="57" />
            <source>The file was exported by a newer SalesDesk (document version {version}); install the newer version to import it.</source>
            <translation>این فایل با نسخه‌ی جدیدتری از SalesDesk برون‌ریزی شده است (نسخه‌ی سند: {version})؛ برای درون‌ریزی آن، نسخه‌ی جدیدتر را نصب کنید.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="39" />
            <source>The file was left untouched. Restore a backup, or choose another data folder.</source>
            <translation>به فایل دست زده نشد. یک نسخه‌ی پشتیبان را بازیابی کنید، یا پوشه‌ی داده‌های دیگری انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/document_check.py" line="37" />
            <source>The file was not imported ({count} problems); nothing was changed:
{details}</source>
            <translation>فایل درون‌ریزی نشد ({count} مشکل)؛ چیزی تغییر نکرد:
{details}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="202" />
            <source>The folder {folder} cannot be written.</source>
            <translation>در پوشه‌ی {folder} نمی‌توان نوشت.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="200" />
            <source>The header row holds characters that are not valid text.</source>
            <translation>سطر عنوان ستون‌ها نویسه‌هایی دارد که متن معتبر نیستند.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/cancel.py" line="11" />
            <source>The import was cancelled; nothing was imported.</source>
            <translation>درون‌ریزی لغو شد؛ چیزی درون‌ریزی نشد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/organizations.py" line="110" />
            <source>The merge can no longer be undone.</source>
            <translation>این ادغام دیگر برگشت‌پذیر نیست.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/interactions.py" line="122" />
            <source>The next step must come after the call.</source>
            <translation>قدم بعدی باید بعد از تماس باشد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/organizations.py" line="230" />
            <source>The organization already exists.</source>
            <translation>این سازمان از قبل وجود دارد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/metrics/period.py" line="48" />
            <location filename="../../salesdesk/core/metrics/period.py" line="119" />
            <source>The period must end after it starts.</source>
            <translation>پایان دوره باید بعد از شروع آن باشد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/pipelines.py" line="59" />
            <source>The pipeline has no '{kind}' stage.</source>
            <translation>کاریز فروش مرحله‌ی «{kind}» ندارد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/playbook.py" line="39" />
            <source>The playbook {source} has problems:
{problems}</source>
            <translation>راهنمای فروش {source} این مشکلات را دارد:
{problems}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="274" />
            <source>The second backup folder {folder} is not there (is the drive plugged in?).</source>
            <translation>پوشه‌ی دوم پشتیبان {folder} در دسترس نیست (آیا درایو وصل است؟).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="102" />
            <source>The text contains characters that are not valid text.</source>
            <translation>متن نویسه‌هایی دارد که متن معتبر نیستند.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="99" />
            <source>The text contains control characters.</source>
            <translation>متن نویسه‌های کنترلی دارد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="97" />
            <source>The text is too long (1 MB at most).</source>
            <translation>متن بیش از حد طولانی است (حداکثر یک مگابایت).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/money.py" line="59" />
            <source>The value cannot be negative.</source>
            <translation>مبلغ نمی‌تواند منفی باشد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/money.py" line="61" />
            <source>The value is too large.</source>
            <translation>مبلغ بیش از حد بزرگ است.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/money.py" line="57" />
            <source>The value must be a whole number.</source>
            <translation>مبلغ باید عدد صحیح باشد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="74" />
            <location filename="../../salesdesk/ui/dialogs.py" line="157" />
            <source>The {label} cannot be empty.</source>
            <translation>{label} نمی‌تواند خالی باشد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="82" />
            <source>The {label} contains characters that are not valid text.</source>
            <translation>{label} نویسه‌هایی دارد که متن معتبر نیستند.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="77" />
            <source>The {label} contains control characters.</source>
            <translation>{label} نویسه‌های کنترلی دارد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="68" />
            <source>The {label} is too long ({length} characters; {limit} at most).</source>
            <translation>{label} بیش از حد طولانی است ({length} نویسه؛ حداکثر {limit}).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="47" />
            <location filename="../../salesdesk/core/services/moves.py" line="104" />
            <location filename="../../salesdesk/core/services/people.py" line="287" />
            <source>The {what} no longer exists.</source>
            <translation>این مورد دیگر وجود ندارد ({what}).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="476" />
            <source>There is already a contact named {existing} at this organization.</source>
            <translation>در این سازمان از قبل مخاطبی به نام {existing} وجود دارد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/organizations.py" line="155" />
            <source>There is already an organization named {existing}.</source>
            <translation>سازمانی به نام {existing} از قبل وجود دارد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/bootstrap.py" line="51" />
            <source>There is no database with your deals in {folder}, but there are backups of one ({count}), the newest made on {date}.</source>
            <translation>در {folder} پایگاه داده‌ای با معامله‌های شما نیست، اما نسخه‌های پشتیبانی از آن هست ({count} نسخه) که جدیدترینشان در {date} ساخته شده است.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="347" />
            <source>There is no file {path}.</source>
            <translation>فایل {path} وجود ندارد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="492" />
            <source>There is no organization named {name}. Add it first with New organization.</source>
            <translation>سازمانی به نام {name} وجود ندارد. اول آن را با «سازمان جدید» اضافه کنید.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/export.py" line="91" />
            <location filename="../../salesdesk/core/metrics/history.py" line="109" />
            <source>There is no pipeline with id {id}.</source>
            <translation>کاریز فروشی با شناسه‌ی {id} وجود ندارد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/playbook_export.py" line="103" />
            <source>There is no pipeline with id {pipeline_id}.</source>
            <translation>کاریز فروشی با شناسه‌ی {pipeline_id} وجود ندارد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/bootstrap.py" line="82" />
            <source>There is no playbook called '{name}'.</source>
            <translation>راهنمای فروشی به نام «{name}» وجود ندارد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/activities.py" line="112" />
            <location filename="../../salesdesk/core/services/activities.py" line="134" />
            <source>This activity is not a follow-up.</source>
            <translation>این فعالیت پیگیری نیست.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="60" />
            <source>This database was written by a newer SalesDesk. Install the newer version to open it.</source>
            <translation>این پایگاه داده با نسخه‌ی جدیدتری از SalesDesk نوشته شده است. برای باز کردن آن، نسخه‌ی جدیدتر را نصب کنید.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/activities.py" line="136" />
            <source>This follow-up is already done.</source>
            <translation>این پیگیری پیش‌تر انجام شده است.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/document_check.py" line="50" />
            <source>This is not a SalesDesk export (no "format": "salesdesk").</source>
            <translation>این فایل برون‌ریزی SalesDesk نیست ("format": "salesdesk" در آن نیست).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/metrics/alerts.py" line="20" />
            <source>Too few new deals: {created} created against {closed} closed; the top of the pipeline is not being refilled.</source>
            <translation>معامله‌های جدید خیلی کم است: {created} معامله‌ی ایجادشده در برابر {closed} معامله‌ی بسته‌شده؛ ابتدای کاریز فروش دوباره پر نمی‌شود.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/activities.py" line="31" />
            <location filename="../../salesdesk/core/services/activities.py" line="95" />
            <location filename="../../salesdesk/core/services/interactions.py" line="75" />
            <source>Unknown activity type '{kind}'.</source>
            <translation>نوع فعالیت ناشناخته است: «{kind}».</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/money.py" line="47" />
            <source>Unknown currency code '{code}'. Use a three-letter ISO code such as EUR.</source>
            <translation>کد ارز ناشناخته است: «{code}». یک کد سه‌حرفی ISO مانند IRR یا EUR به کار ببرید.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/export.py" line="85" />
            <source>Unknown export format '{format}': use json or csv.</source>
            <translation>قالب برون‌ریزی ناشناخته است: «{format}»؛ json یا csv را به کار ببرید.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/interactions.py" line="79" />
            <source>Unknown outcome '{outcome}'.</source>
            <translation>نتیجه‌ی ناشناخته: «{outcome}».</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="40" />
            <location filename="../../salesdesk/core/services/moves.py" line="111" />
            <source>Unknown stage.</source>
            <translation>مرحله‌ی ناشناخته.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="104" />
            <source>Your current database was not changed. Choose another backup.</source>
            <translation>پایگاه داده‌ی فعلی شما تغییری نکرد. نسخه‌ی پشتیبان دیگری انتخاب کنید.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/objections.py" line="67" />
            <location filename="../../salesdesk/core/services/objections.py" line="163" />
            <location filename="../../salesdesk/core/services/objections.py" line="179" />
            <source>category</source>
            <translation>دسته</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="31" />
            <source>contact</source>
            <translation>مخاطب</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="360" />
            <location filename="../../salesdesk/core/services/contacts.py" line="42" />
            <location filename="../../salesdesk/core/services/people.py" line="450" />
            <source>contact name</source>
            <translation>نام مخاطب</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="30" />
            <location filename="../../salesdesk/core/services/moves.py" line="104" />
            <source>deal</source>
            <translation>معامله</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="405" />
            <source>email address</source>
            <translation>نشانی ایمیل</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="36" />
            <source>exit criterion</source>
            <translation>معیار خروج</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="38" />
            <source>follow-up</source>
            <translation>پیگیری</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="34" />
            <source>library objection</source>
            <translation>اعتراض کتابخانه</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="40" />
            <source>lost</source>
            <translation>از دست رفته</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="399" />
            <location filename="../../salesdesk/core/services/moves.py" line="115" />
            <source>lost reason</source>
            <translation>دلیل از دست رفتن</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="255" />
            <source>more cells than the header has columns (a comma or semicolon inside a cell that is not in quotes?)</source>
            <translation>تعداد خانه‌ها از ستون‌های سطر عنوان بیشتر است (شاید ویرگول یا نقطه‌ویرگولی درون خانه‌ای آمده که در گیومه نیست؟)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvvalues.py" line="33" />
            <source>negative amount '{text}'</source>
            <translation>مبلغ منفی «{text}»</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="347" />
            <source>no title</source>
            <translation>بدون عنوان</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="33" />
            <location filename="../../salesdesk/core/services/objections.py" line="35" />
            <location filename="../../salesdesk/core/services/objections.py" line="164" />
            <location filename="../../salesdesk/core/services/objections.py" line="180" />
            <source>objection</source>
            <translation>اعتراض</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="32" />
            <source>organization</source>
            <translation>سازمان</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="357" />
            <location filename="../../salesdesk/core/services/deals.py" line="46" />
            <location filename="../../salesdesk/core/services/organizations.py" line="164" />
            <location filename="../../salesdesk/core/services/organizations.py" line="185" />
            <source>organization name</source>
            <translation>نام سازمان</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="417" />
            <source>phone number</source>
            <translation>شماره تلفن</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="35" />
            <source>question</source>
            <translation>پرسش</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="452" />
            <source>role</source>
            <translation>سمت</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="37" />
            <source>stage</source>
            <translation>مرحله</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="379" />
            <source>the amount '{amount}' is not in {currency}, the currency column's</source>
            <translation>ارز مبلغ «{amount}» با ارز ستون ارز ({currency}) یکی نیست</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvvalues.py" line="36" />
            <source>the date '{text}' is out of range</source>
            <translation>تاریخ «{text}» خارج از محدوده است</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="264" />
            <source>the row holds characters that are not valid text</source>
            <translation>سطر نویسه‌هایی دارد که متن معتبر نیستند</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="275" />
            <source>the same record as line {other} ({id})</source>
            <translation>همان رکورد سطر {other} ({id})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="351" />
            <source>the title is longer than {limit} characters</source>
            <translation>عنوان بیشتر از {limit} نویسه است</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="355" />
            <location filename="../../salesdesk/core/services/deals.py" line="92" />
            <location filename="../../salesdesk/core/services/deals.py" line="131" />
            <location filename="../../salesdesk/ui/dialogs.py" line="157" />
            <source>title</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="425" />
            <source>unknown status '{text}' (open, won or lost)</source>
            <translation>وضعیت ناشناخته «{text}» (مقدارهای مجاز: open، won یا lost)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="39" />
            <source>won</source>
            <translation>موفق</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="444" />
            <source>{currency} has {digits} decimal places at most</source>
            <translation>ارز {currency} حداکثر {digits} رقم اعشار دارد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/money.py" line="84" />
            <source>{currency} has {digits} decimal places at most.</source>
            <translation>ارز {currency} حداکثر {digits} رقم اعشار دارد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="193" />
            <source>{folder} is a file, not a folder.</source>
            <translation>مسیر {folder} یک فایل است، نه پوشه.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="164" />
            <location filename="../../salesdesk/core/io/document_import.py" line="50" />
            <source>{path} cannot be read: {reason}</source>
            <translation>فایل {path} خوانده نمی‌شود: {reason}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="375" />
            <location filename="../../salesdesk/storage/backups.py" line="400" />
            <source>{path} is damaged ({problem}).</source>
            <translation>فایل {path} آسیب دیده است ({problem}).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="170" />
            <source>{path} is not a CSV file (it holds binary data).</source>
            <translation>فایل {path} از نوع CSV نیست (داده‌ی دودویی دارد).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/document_import.py" line="56" />
            <source>{path} is not a JSON file ({reason}).</source>
            <translation>فایل {path} از نوع JSON نیست ({reason}).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="350" />
            <location filename="../../salesdesk/storage/backups.py" line="356" />
            <location filename="../../salesdesk/storage/database.py" line="59" />
            <location filename="../../salesdesk/storage/database.py" line="239" />
            <source>{path} is not a SalesDesk database.</source>
            <translation>فایل {path} پایگاه داده‌ی SalesDesk نیست.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="457" />
            <source>{path} is the database in use, not a backup.</source>
            <translation>فایل {path} همان پایگاه داده‌ی در حال استفاده است، نه نسخه‌ی پشتیبان.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="359" />
            <location filename="../../salesdesk/storage/database.py" line="242" />
            <source>{path} was written by a newer version of SalesDesk (schema {revision}).</source>
            <translation>فایل {path} با نسخه‌ی جدیدتری از SalesDesk نوشته شده است (طرح‌واره‌ی {revision}).</translation>
        </message>
    </context>
    <context>
        <name>filterBar</name>
        <message>
            <location filename="../../salesdesk/ui/board/filter_bar.py" line="38" />
            <source>Closing this month</source>
            <translation>بستن در همین ماه</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/filter_bar.py" line="30" />
            <source>Filter by title, organization or contact ({key})</source>
            <translation>فیلتر بر اساس عنوان، سازمان یا مخاطب ({key})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/filter_bar.py" line="37" />
            <source>Follow-up overdue</source>
            <translation>پیگیری عقب‌افتاده</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/filter_bar.py" line="36" />
            <source>Stalled</source>
            <translation>گیرکرده</translation>
        </message>
    </context>
    <context>
        <name>formatting</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/formatting.py" line="80" />
            <source> + %Ln other currencies</source>
            <translation>
                <numerusform> + %Ln ارز دیگر</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/formatting.py" line="258" />
            <source>, no activity for {days} days</source>
            <translation>، {days} روز بدون فعالیت</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/formatting.py" line="254" />
            <source>{days} days in {stage}</source>
            <translation>{days} روز در {stage}</translation>
        </message>
    </context>
    <context>
        <name>insights</name>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="308" />
            <location filename="../../salesdesk/ui/insights/charts.py" line="311" />
            <source>(no reason)</source>
            <translation>(بدون دلیل)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="196" />
            <source>At start</source>
            <translation>در آغاز دوره</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="179" />
            <source>Average</source>
            <translation>میانگین</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="166" />
            <source>Average days</source>
            <translation>میانگین روزها</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="283" />
            <source>Category</source>
            <translation>دسته</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="156" />
            <location filename="../../salesdesk/ui/insights/charts.py" line="243" />
            <location filename="../../salesdesk/ui/insights/charts.py" line="286" />
            <location filename="../../salesdesk/ui/insights/charts.py" line="306" />
            <source>Deals</source>
            <translation>معامله‌ها</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="312" />
            <source>Deals lost</source>
            <translation>معامله‌های از دست رفته</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="185" />
            <source>Deals stay longest in {stage}: {days} days on average</source>
            <translation>معامله‌ها بیشترین مدت را در {stage} می‌مانند: به‌طور میانگین {days} روز</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="197" />
            <source>Entered</source>
            <translation>واردشده</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="201" />
            <source>Lost</source>
            <translation>از دست رفته</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="179" />
            <source>Median</source>
            <translation>میانه</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="166" />
            <source>Median days</source>
            <translation>میانه‌ی روزها</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="243" />
            <source>Month</source>
            <translation>ماه</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="198" />
            <source>Moved on</source>
            <translation>جلو رفته</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="284" />
            <source>Objection</source>
            <translation>اعتراض</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="243" />
            <source>Of target</source>
            <translation>درصد از هدف</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="137" />
            <source>Reached</source>
            <translation>رسیده</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="306" />
            <source>Reason</source>
            <translation>دلیل</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="202" />
            <source>Remain</source>
            <translation>مانده</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="306" />
            <source>Share</source>
            <translation>سهم</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="137" />
            <location filename="../../salesdesk/ui/insights/charts.py" line="166" />
            <location filename="../../salesdesk/ui/insights/charts.py" line="208" />
            <source>Stage</source>
            <translation>مرحله</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="288" />
            <source>Stages</source>
            <translation>مرحله‌ها</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="166" />
            <source>Stays</source>
            <translation>دفعات ماندن</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="243" />
            <source>Target</source>
            <translation>هدف</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="264" />
            <source>Target ({currency})</source>
            <translation>هدف ({currency})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="285" />
            <source>Times</source>
            <translation>دفعات</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="301" />
            <source>Times raised</source>
            <translation>دفعات طرح‌شدن</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="137" />
            <source>To next</source>
            <translation>به مرحله‌ی بعد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="137" />
            <source>To won</source>
            <translation>به موفقیت</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="137" />
            <source>Value</source>
            <translation>مبلغ</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="243" />
            <source>Weighted</source>
            <translation>وزن‌دار</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="262" />
            <source>Weighted forecast ({currency})</source>
            <translation>پیش‌بینی وزن‌دار ({currency})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="199" />
            <source>Went back</source>
            <translation>برگشته</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="287" />
            <source>Win rate</source>
            <translation>نرخ موفقیت</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="200" />
            <source>Won</source>
            <translation>موفق</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="268" />
            <source>{n} of {total} deals weighted by their checklist's evidence</source>
            <translation>{n} از {total} معامله بر پایه‌ی شواهد چک‌لیستشان وزن‌دهی شده‌اند</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="160" />
            <source>{rate} of the deals in play reached won</source>
            <translation>{rate} از معامله‌های در جریان به موفقیت رسیدند</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="221" />
            <source>{stage}: started with {start}, {on} moved on, {added} were added, {left} remain</source>
            <translation>{stage}: در آغاز {start}، {on} جلو رفتند، {added} اضافه شدند، {left} مانده‌اند</translation>
        </message>
    </context>
    <context>
        <name>outcomes</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="27" />
            <source>Call</source>
            <translation>تماس تلفنی</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="29" />
            <source>Email</source>
            <translation>ایمیل</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="18" />
            <source>Left a voicemail</source>
            <translation>پیام صوتی گذاشته شد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="28" />
            <source>Meeting</source>
            <translation>جلسه</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="19" />
            <source>Meeting held</source>
            <translation>جلسه برگزار شد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="17" />
            <source>No answer</source>
            <translation>پاسخ نداد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="21" />
            <source>Not interested</source>
            <translation>علاقه‌مند نیست</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="30" />
            <source>Note</source>
            <translation>یادداشت</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="16" />
            <source>Reached</source>
            <translation>ارتباط برقرار شد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="20" />
            <source>Rescheduled</source>
            <translation>زمانش تغییر کرد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="31" />
            <source>Task</source>
            <translation>کار</translation>
        </message>
    </context>
    <context>
        <name>people</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/detail.py" line="228" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln معامله</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="246" />
            <source>Activit&amp;y ({n})</source>
            <translation>&amp;فعالیت‌ها ({n})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="224" />
            <source>Added {date}</source>
            <translation>افزوده‌شده در {date}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="304" />
            <source>Call {phone}</source>
            <translation>تماس با {phone}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="114" />
            <source>Contact</source>
            <translation>مخاطب</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/lists.py" line="170" />
            <source>Contacts</source>
            <translation>مخاطبان</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="244" />
            <source>Contacts ({n})</source>
            <translation>مخاطبان ({n})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/links.py" line="71" />
            <source>Copy</source>
            <translation>کپی</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="245" />
            <source>Dea&amp;ls ({n})</source>
            <translation>م&amp;عامله‌ها ({n})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="113" />
            <location filename="../../salesdesk/ui/people/detail.py" line="198" />
            <source>Deal</source>
            <translation>معامله</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/lists.py" line="172" />
            <location filename="../../salesdesk/ui/people/lists.py" line="212" />
            <source>Deals</source>
            <translation>معامله‌ها</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="189" />
            <location filename="../../salesdesk/ui/people/lists.py" line="211" />
            <source>Email</source>
            <translation>ایمیل</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="306" />
            <source>Email {email}</source>
            <translation>ایمیل به {email}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="335" />
            <source>Email:</source>
            <translation>ایمیل:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="115" />
            <source>Expected close / closed</source>
            <translation>بستن پیش‌بینی‌شده / بسته‌شده</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="257" />
            <source>Follow-up</source>
            <translation>پیگیری</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="115" />
            <location filename="../../salesdesk/ui/people/lists.py" line="173" />
            <source>Last activity</source>
            <translation>آخرین فعالیت</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="336" />
            <source>Last reached:</source>
            <translation>آخرین ارتباط:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="60" />
            <source>Lost</source>
            <translation>از دست رفته</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="189" />
            <location filename="../../salesdesk/ui/people/lists.py" line="207" />
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="367" />
            <source>Not yet (no call, meeting or email that reached them is logged)</source>
            <translation>هنوز نه (هیچ تماس تلفنی، جلسه یا ایمیلی که به او رسیده باشد ثبت نشده است)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="198" />
            <source>Notes</source>
            <translation>یادداشت‌ها</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/detail.py" line="359" />
            <source>On %Ln deal(s)</source>
            <translation>
                <numerusform>در %Ln معامله</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="60" />
            <source>Open</source>
            <translation>باز</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/lists.py" line="171" />
            <source>Open deals</source>
            <translation>معامله‌های باز</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="114" />
            <location filename="../../salesdesk/ui/people/lists.py" line="169" />
            <location filename="../../salesdesk/ui/people/lists.py" line="208" />
            <source>Organization</source>
            <translation>سازمان</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="333" />
            <source>Organization:</source>
            <translation>سازمان:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="198" />
            <source>Outcome</source>
            <translation>نتیجه</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="189" />
            <location filename="../../salesdesk/ui/people/lists.py" line="210" />
            <source>Phone</source>
            <translation>تلفن</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="334" />
            <source>Phone:</source>
            <translation>تلفن:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="189" />
            <location filename="../../salesdesk/ui/people/lists.py" line="209" />
            <source>Role</source>
            <translation>سمت</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="332" />
            <source>Role:</source>
            <translation>سمت:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="299" />
            <source>Show contact</source>
            <translation>نمایش مخاطب</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="113" />
            <source>Stage</source>
            <translation>مرحله</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="113" />
            <source>Status</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="198" />
            <source>Type</source>
            <translation>نوع</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="113" />
            <source>Value</source>
            <translation>مبلغ</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="198" />
            <source>When</source>
            <translation>زمان</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="60" />
            <source>Won</source>
            <translation>موفق</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="258" />
            <source>{kind} (done)</source>
            <translation>{kind} (انجام‌شده)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="258" />
            <source>{kind} (planned)</source>
            <translation>{kind} (برنامه‌ریزی‌شده)</translation>
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
                <numerusform>… و %Ln مورد قدیمی‌تر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/detail.py" line="158" />
            <source>… and %Ln more: the deals table lists them all.</source>
            <translation>
                <numerusform>… و %Ln مورد دیگر: همه‌ی آن‌ها در جدول معامله‌ها آمده است.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>restoring</name>
        <message>
            <location filename="../../salesdesk/ui/backups/restoring.py" line="71" />
            <source>Restored {file}.</source>
            <translation>بازیابی {file} انجام شد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restoring.py" line="87" />
            <source>Restoring the backup…</source>
            <translation>در حال بازیابی نسخه‌ی پشتیبان…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restoring.py" line="42" />
            <source>The backup was not restored</source>
            <translation>نسخه‌ی پشتیبان بازیابی نشد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restoring.py" line="49" />
            <source>The restored database cannot be opened</source>
            <translation>پایگاه داده‌ی بازیابی‌شده باز نمی‌شود</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restoring.py" line="47" />
            <location filename="../../salesdesk/ui/backups/restoring.py" line="73" />
            <source>Your database as it was is kept in {path}.</source>
            <translation>پایگاه داده‌ی شما به همان شکل قبلی در {path} نگه داشته شده است.</translation>
        </message>
    </context>
    <context>
        <name>startup</name>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="59" />
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="61" />
            <source>&amp;Restore a backup…</source>
            <translation>&amp;بازیابی نسخه‌ی پشتیبان…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="60" />
            <source>&amp;Try again</source>
            <translation>&amp;تلاش دوباره</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="78" />
            <source>Choose a folder for SalesDesk's data</source>
            <translation>پوشه‌ای برای داده‌های SalesDesk انتخاب کنید</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="92" />
            <source>Data folder: {path}</source>
            <translation>پوشه‌ی داده‌ها: {path}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="119" />
            <source>Restored {file}.</source>
            <translation>بازیابی {file} انجام شد.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="90" />
            <source>SalesDesk cannot open its database</source>
            <translation>برنامه‌ی SalesDesk نمی‌تواند پایگاه داده‌اش را باز کند</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="63" />
            <source>Start a &amp;new database</source>
            <translation>ساختن پایگاه داده‌ی &amp;جدید</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="117" />
            <source>The backup was not restored</source>
            <translation>نسخه‌ی پشتیبان بازیابی نشد</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="121" />
            <source>The database that could not be opened is kept in {path}.</source>
            <translation>پایگاه داده‌ای که باز نشد در {path} نگه داشته شده است.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="62" />
            <source>Use &amp;another folder…</source>
            <translation>استفاده از &amp;پوشه‌ای دیگر…</translation>
        </message>
    </context>
</TS>
