<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="93"/>
        <source>Approve a device card</source>
        <translation>اعتماد بطاقة جهاز</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="99"/>
        <source>Compare the fingerprint aloud</source>
        <translation>قارِن البصمة بصوت مسموع</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="112"/>
        <source>Name of this device:</source>
        <translation>اسم هذا الجهاز:</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="118"/>
        <source>It matches: approve</source>
        <translation>متطابقة: اعتماد</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="119"/>
        <source>It does not match</source>
        <translation>غير متطابقة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="103"/>
        <source>Ask the national coordinator to read the fingerprint shown on their screen. Approve only if every character matches this one:</source>
        <translation>اطلب من المنسّق الوطني قراءة البصمة الظاهرة على شاشته. لا تعتمد إلا إذا طابق كل حرف هذه البصمة:</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="106"/>
        <source>Ask the monitor to read the fingerprint shown on their screen. Approve only if every group of digits matches this one:</source>
        <translation>اطلب من الراصد أن يقرأ البصمة الظاهرة على شاشته. لا توافق إلا إذا تطابقت كل مجموعة من الأرقام مع هذه:</translation>
    </message>
</context>
<context>
    <name>AssessView</name>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="376"/>
        <source>confidential</source>
        <translation>سري</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="479"/>
        <source>Saved in the vault as you type. Not stored as assessed until you check it.</source>
        <translation>يُحفظ في الخزنة أثناء الكتابة. لا يُخزَّن على أنه مُقيَّم حتى تتحقق منه.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="496"/>
        <source>Not stored: %n problem(s) to fix first. Your changes are kept.</source>
        <translation>
            <numerusform>لم يُخزَّن: عدد المشكلات التي يجب إصلاحها أولًا: %n. تغييراتك محفوظة.</numerusform>
            <numerusform>لم يُخزَّن: عدد المشكلات التي يجب إصلاحها أولًا: %n. تغييراتك محفوظة.</numerusform>
            <numerusform>لم يُخزَّن: عدد المشكلات التي يجب إصلاحها أولًا: %n. تغييراتك محفوظة.</numerusform>
            <numerusform>لم يُخزَّن: عدد المشكلات التي يجب إصلاحها أولًا: %n. تغييراتك محفوظة.</numerusform>
            <numerusform>لم يُخزَّن: عدد المشكلات التي يجب إصلاحها أولًا: %n. تغييراتك محفوظة.</numerusform>
            <numerusform>لم يُخزَّن: عدد المشكلات التي يجب إصلاحها أولًا: %n. تغييراتك محفوظة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="517"/>
        <source>Assess a period</source>
        <translation>تقييم فترة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="519"/>
        <source>Every change is saved in the vault at once. Ctrl+S checks the period and stores it.</source>
        <translation>يُحفظ كل تغيير في الخزنة فورًا. يتحقق Ctrl+S من الفترة ويخزّنها.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="521"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="521"/>
        <source>Name of the period</source>
        <translation>اسم الفترة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="522"/>
        <source>First month (YYYY-MM)</source>
        <translation>الشهر الأول (YYYY-MM)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="522"/>
        <source>Last month (YYYY-MM)</source>
        <translation>الشهر الأخير (YYYY-MM)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="523"/>
        <source>Assessed on (YYYY-MM-DD)</source>
        <translation>تاريخ التقييم (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="525"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="525"/>
        <source>Government&apos;s status</source>
        <translation>الحالة بحسب الحكومة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="526"/>
        <source>Government&apos;s claim and its evidence</source>
        <translation>ما تقوله الحكومة وأدلته</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="527"/>
        <source>Civil society&apos;s assessment and its evidence</source>
        <translation>تقييم المجتمع المدني وأدلته</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="529"/>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="530"/>
        <source>Value (survey: released period)</source>
        <translation>القيمة (المسح: الفترة المنشورة)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="531"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="531"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="533"/>
        <source>One document a line: title | issuer | date | page | link — or: confidential</source>
        <translation>وثيقة واحدة في كل سطر: العنوان | الجهة المصدرة | التاريخ | الصفحة | الرابط — أو: سري</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="538"/>
        <source>not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="538"/>
        <source>on track</source>
        <translation>يسير وفق الخطة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="539"/>
        <source>delayed</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="539"/>
        <source>completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="539"/>
        <source>dropped</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="544"/>
        <source>Parliament</source>
        <translation>البرلمان</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="544"/>
        <source>The United Nations</source>
        <translation>الأمم المتحدة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="545"/>
        <source>The CEDAW Committee</source>
        <translation>لجنة القضاء على التمييز ضد المرأة (سيداو)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="548"/>
        <source>Addressed to</source>
        <translation>موجّه إلى</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="549"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="553"/>
        <source>%1: findings</source>
        <translation>%1: الاستنتاجات</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="554"/>
        <source>%1: recommendations, one a line</source>
        <translation>%1: التوصيات، توصية في كل سطر</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="555"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="555"/>
        <source>Fiscal year</source>
        <translation>السنة المالية</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="555"/>
        <source>Allocated</source>
        <translation>المخصص</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="555"/>
        <source>Disbursed</source>
        <translation>المصروف</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="556"/>
        <source>national</source>
        <translation>وطنية</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="556"/>
        <source>local</source>
        <translation>محلية</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="556"/>
        <source>international</source>
        <translation>دولية</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="557"/>
        <source>core</source>
        <translation>تمويل أساسي</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="557"/>
        <source>project</source>
        <translation>تمويل مشاريع</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="558"/>
        <source>Women&apos;s organisations, %1, %2</source>
        <translation>المنظمات النسائية، %1، %2</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="561"/>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="561"/>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="561"/>
        <source>Money</source>
        <translation>التمويل</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="562"/>
        <source>Shadow report</source>
        <translation>تقرير الظل</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="564"/>
        <source>Check and store</source>
        <translation>تحقق وخزّن</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="565"/>
        <source>Discard changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/assess_view.py" line="566"/>
        <source>Back to the plan</source>
        <translation>العودة إلى الخطة</translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="322"/>
        <source>Bundles</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="323"/>
        <source>The bundles you imported from USB sticks, newest first.</source>
        <translation>الحزم التي استوردتها من ذاكرات USB، الأحدث أولًا.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="324"/>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="324"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="324"/>
        <source>Made on</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="324"/>
        <source>Imported on</source>
        <translation>تاريخ الاستيراد</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="325"/>
        <source>No bundle imported yet.</source>
        <translation>لم تُستورد أي حزمة بعد.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="327"/>
        <source>Import bundles…</source>
        <translation>استيراد الحزم…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="328"/>
        <source>Write a receipt…</source>
        <translation>كتابة إيصال استلام…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="332"/>
        <source>Save the receipt</source>
        <translation>حفظ إيصال الاستلام</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="348"/>
        <source>Receipt written</source>
        <translation>كُتب إيصال الاستلام</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="349"/>
        <source>File: %1</source>
        <translation>الملف: %1</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="350"/>
        <source>Give it to the monitors: their devices may then remove the acknowledged records.</source>
        <translation>سلّمه إلى الراصدين: يمكن لأجهزتهم بعد ذلك حذف السجلات المؤكَّد استلامها.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="353"/>
        <source>Writing the receipt…</source>
        <translation>جارٍ كتابة إيصال الاستلام…</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="100"/>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="106"/>
        <source>Change the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="108"/>
        <source>The data is not re-encrypted: only the key that opens it. The recovery key stays the same.</source>
        <translation>لا يُعاد تشفير البيانات، بل المفتاح الذي يفتحها فقط. يبقى مفتاح الاسترداد كما هو.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="117"/>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="118"/>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="120"/>
        <source>Type it again</source>
        <translation>اكتبها مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="126"/>
        <source>Change</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="128"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="176"/>
        <source>Passphrase changed. Use the new one from now on.</source>
        <translation>تم تغيير عبارة المرور. استخدم الجديدة من الآن فصاعدًا.</translation>
    </message>
</context>
<context>
    <name>CoordinatorHome</name>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="69"/>
        <source>Overview</source>
        <extracomment>Section keys, in the order of the side list.</extracomment>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="70"/>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="71"/>
        <source>Bundles</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="72"/>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="73"/>
        <source>Reports and tables</source>
        <translation>التقارير والجداول</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="74"/>
        <source>National Action Plan</source>
        <translation>خطة العمل الوطنية</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_home.py" line="75"/>
        <source>Hub</source>
        <translation>المركز</translation>
    </message>
</context>
<context>
    <name>CoordinatorOverview</name>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="97"/>
        <source>%1: late, nothing since %2 (%3 days)</source>
        <translation>%1: متأخر، لا شيء منذ %2 (%3 يومًا)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="101"/>
        <source>%1: bundle %2 missing</source>
        <translation>%1: الحزمة %2 مفقودة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="107"/>
        <source>open, closes %1</source>
        <translation>مفتوحة، تُغلق في %1</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="109"/>
        <source>closed, released (edition %1)</source>
        <translation>مغلقة، منشورة (الإصدار %1)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="110"/>
        <source>closed, not released yet</source>
        <translation>مغلقة، لم تُنشر بعد</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="113"/>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="115"/>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="124"/>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="116"/>
        <source>Interviews received</source>
        <translation>المقابلات المستلمة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="119"/>
        <source>Exact counts from the bundles imported, for you only: they never leave this computer this way. Published figures come from releases of closed periods.</source>
        <translation>أعداد دقيقة من الحزم المستوردة، لك وحدك: لا تغادر هذا الحاسوب بهذا الشكل أبدًا. الأرقام المنشورة تأتي من إصدارات الفترات المغلقة.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="124"/>
        <source>Questionnaire</source>
        <translation>الاستبيان</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="124"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="124"/>
        <source>Interviews</source>
        <translation>المقابلات</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="124"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="128"/>
        <source>Next steps: prepare an enrollment kit for each monitor, approve their device cards, then import the bundles they bring back.</source>
        <translation>الخطوات التالية: جهّز عُدّة تسجيل لكل راصد، ووافق على بطاقات أجهزتهم، ثم استورد الحزم التي يعيدونها.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="138"/>
        <source>This computer&apos;s fingerprint: %1</source>
        <translation>بصمة هذا الحاسوب: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="139"/>
        <source>%n bundle(s) imported</source>
        <translation>
            <numerusform>الحزم المستوردة: %n</numerusform>
            <numerusform>الحزم المستوردة: %n</numerusform>
            <numerusform>الحزم المستوردة: %n</numerusform>
            <numerusform>الحزم المستوردة: %n</numerusform>
            <numerusform>الحزم المستوردة: %n</numerusform>
            <numerusform>الحزم المستوردة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="141"/>
        <source>%n file(s) refused</source>
        <translation>
            <numerusform>الملفات المرفوضة: %n</numerusform>
            <numerusform>الملفات المرفوضة: %n</numerusform>
            <numerusform>الملفات المرفوضة: %n</numerusform>
            <numerusform>الملفات المرفوضة: %n</numerusform>
            <numerusform>الملفات المرفوضة: %n</numerusform>
            <numerusform>الملفات المرفوضة: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="143"/>
        <source>last import %1</source>
        <translation>آخر استيراد في %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="148"/>
        <source>%n release(s) made</source>
        <translation>
            <numerusform>الإصدارات المنشورة: %n</numerusform>
            <numerusform>الإصدارات المنشورة: %n</numerusform>
            <numerusform>الإصدارات المنشورة: %n</numerusform>
            <numerusform>الإصدارات المنشورة: %n</numerusform>
            <numerusform>الإصدارات المنشورة: %n</numerusform>
            <numerusform>الإصدارات المنشورة: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="149"/>
        <source>last on %1</source>
        <translation>آخرها في %1</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="152"/>
        <source>No release made yet.</source>
        <translation>لم يُنشر أي إصدار بعد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="155"/>
        <source>%n device(s) approved</source>
        <translation>
            <numerusform>الأجهزة الموافق عليها: %n</numerusform>
            <numerusform>الأجهزة الموافق عليها: %n</numerusform>
            <numerusform>الأجهزة الموافق عليها: %n</numerusform>
            <numerusform>الأجهزة الموافق عليها: %n</numerusform>
            <numerusform>الأجهزة الموافق عليها: %n</numerusform>
            <numerusform>الأجهزة الموافق عليها: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="156"/>
        <source>%n late</source>
        <translation>
            <numerusform>المتأخرة: %n</numerusform>
            <numerusform>المتأخرة: %n</numerusform>
            <numerusform>المتأخرة: %n</numerusform>
            <numerusform>المتأخرة: %n</numerusform>
            <numerusform>المتأخرة: %n</numerusform>
            <numerusform>المتأخرة: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="157"/>
        <source>one bundle expected every %1 days</source>
        <translation>حزمة واحدة متوقعة كل %1 يومًا</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator_overview.py" line="178"/>
        <source>No questionnaire issued yet.</source>
        <translation>لم يُصدر أي استبيان بعد.</translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="368"/>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="369"/>
        <source>Interviews per questionnaire and month, and where data is missing.</source>
        <translation>المقابلات حسب الاستبيان والشهر، والمواضع التي تنقصها بيانات.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="370"/>
        <source>Questionnaire</source>
        <translation>الاستبيان</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="370"/>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="370"/>
        <source>Interviews</source>
        <translation>المقابلات</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="370"/>
        <source>Refused</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="371"/>
        <source>Ended (child)</source>
        <translation>منتهية (طفل)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="371"/>
        <source>Stopped</source>
        <translation>موقوفة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="371"/>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="372"/>
        <source>Nothing to show until bundles are imported.</source>
        <translation>لا شيء للعرض قبل استيراد الحزم.</translation>
    </message>
</context>
<context>
    <name>DeviceCardDialog</name>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="148"/>
        <source>Device card</source>
        <translation>بطاقة الجهاز</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="154"/>
        <source>This device&apos;s fingerprint</source>
        <translation>بصمة هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="157"/>
        <source>Give the card file to your coordinator, then read this fingerprint aloud to them:</source>
        <translation>سلّم ملف البطاقة إلى منسّقك، ثم اقرأ له هذه البصمة بصوت مسموع:</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="161"/>
        <source>A name for this laptop the coordinator will see (not a person&apos;s name):</source>
        <translation>اسم لهذا الحاسوب يراه المنسّق (وليس اسم شخص):</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="168"/>
        <source>Save the card…</source>
        <translation>حفظ البطاقة…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="169"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="183"/>
        <source>Card written: %1</source>
        <translation>كُتبت البطاقة: %1</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="188"/>
        <source>device %1: bundle %2 missing</source>
        <translation>الجهاز %1: الحزمة %2 مفقودة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="204"/>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="207"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="207"/>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="183"/>
        <source>late: %1 days without a bundle</source>
        <translation>متأخر: %1 يومًا دون حزمة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="184"/>
        <source>next bundle due by %1</source>
        <translation>الحزمة التالية متوقعة قبل %1</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="193"/>
        <source>device %1: late, no bundle since %2 (%3 days)</source>
        <translation>الجهاز %1: متأخر، لا حزمة منذ %2 (%3 يومًا)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="205"/>
        <source>Every monitor&apos;s computer you approved: its last bundle, the last day it was heard of, any missing bundle, and whether it is late.</source>
        <translation>كل حاسوب راصد وافقت عليه: آخر حزمة منه، وآخر يوم ظهر فيه، وأي حزمة مفقودة، وهل هو متأخر.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="207"/>
        <source>Bundles</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="207"/>
        <source>Last bundle</source>
        <translation>آخر حزمة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="207"/>
        <source>Last seen</source>
        <translation>آخر ظهور</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="208"/>
        <source>Missing bundles</source>
        <translation>الحزم المفقودة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="208"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="209"/>
        <source>No device approved yet. Approve a monitor&apos;s device card to see it here.</source>
        <translation>لم يُعتمد أي جهاز بعد. اعتمد بطاقة جهاز أحد الراصدين لتراه هنا.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="212"/>
        <source>Approve a device card…</source>
        <translation>اعتماد بطاقة جهاز…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="213"/>
        <source>Create enrollment kit…</source>
        <translation>إنشاء عُدّة تسجيل…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="218"/>
        <source>Choose the device card</source>
        <translation>اختر بطاقة الجهاز</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="251"/>
        <source>Already approved</source>
        <translation>موافق عليه من قبل</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="252"/>
        <source>%1 is already approved; nothing changed.</source>
        <translation>%1 موافق عليه من قبل؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="259"/>
        <source>Device renamed</source>
        <translation>أُعيدت تسمية الجهاز</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="260"/>
        <source>This device was already approved; it is now called %1.</source>
        <translation>كان هذا الجهاز موافقًا عليه من قبل؛ اسمه الآن %1.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="262"/>
        <source>Device approved</source>
        <translation>اعتُمد الجهاز</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/views.py" line="263"/>
        <source>Bundles from %1 will now be accepted.</source>
        <translation>ستُقبل الآن الحزم الواردة من %1.</translation>
    </message>
</context>
<context>
    <name>EndingPage</name>
    <message>
        <location filename="../../napsurvey/gui/interview/ending_page.py" line="62"/>
        <source>Interview completed</source>
        <translation>اكتملت المقابلة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/ending_page.py" line="63"/>
        <source>The respondent did not consent</source>
        <translation>لم يوافق المُجيب</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/ending_page.py" line="64"/>
        <source>The interview has ended</source>
        <translation>انتهت المقابلة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/ending_page.py" line="65"/>
        <source>The interview was stopped</source>
        <translation>أُوقفت المقابلة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/ending_page.py" line="68"/>
        <source>The answers were anonymised and saved in the encrypted vault. Names and exact dates were not kept.</source>
        <translation>جُرّدت الإجابات من الهوية وحُفظت في الخزنة المشفّرة. لم تُحفظ الأسماء ولا التواريخ الدقيقة.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/ending_page.py" line="69"/>
        <source>No answer was kept: only the fact that an interview was refused is counted.</source>
        <translation>لم تُحفظ أي إجابة: لا يُحتسب إلا أن مقابلة قد رُفضت.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/ending_page.py" line="70"/>
        <source>No answer was kept: only the fact that the interview ended is counted.</source>
        <translation>لم تُحفظ أي إجابة: لا يُحتسب إلا أن المقابلة انتهت.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/ending_page.py" line="71"/>
        <source>No answer was kept.</source>
        <translation>لم تُحفظ أي إجابة.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/ending_page.py" line="75"/>
        <source>Where to get help</source>
        <translation>أين تجد المساعدة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/ending_page.py" line="76"/>
        <source>Back to the start page</source>
        <translation>العودة إلى صفحة البداية</translation>
    </message>
</context>
<context>
    <name>EnrollCodeDialog</name>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="21"/>
        <source>Enroll with a kit</source>
        <translation>التسجيل بعُدّة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="21"/>
        <source>Join a hub</source>
        <translation>الانضمام إلى مركز</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="27"/>
        <source>Enrollment code</source>
        <translation>رمز التسجيل</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="29"/>
        <source>Type the code the hub reads out to you: three groups of five digits.</source>
        <translation>اكتب الرمز الذي يقرؤه لك المركز: ثلاث مجموعات من خمسة أرقام.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="30"/>
        <source>Type the code your coordinator reads out to you: three groups of five digits.</source>
        <translation>اكتب الرمز الذي يقرؤه لك منسّقك: ثلاث مجموعات من خمسة أرقام.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="37"/>
        <source>Open the kit</source>
        <translation>فتح العُدّة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="38"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>EnrollConfirmDialog</name>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="70"/>
        <source>Enroll with a kit</source>
        <translation>التسجيل بعُدّة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="76"/>
        <source>Check who made this kit</source>
        <translation>تحقّق ممّن أعدّ هذه العُدّة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="88"/>
        <source>%n questionnaire(s): </source>
        <translation>
            <numerusform>%n استبيان: </numerusform>
            <numerusform>استبيان واحد: </numerusform>
            <numerusform>استبيانان: </numerusform>
            <numerusform>%n استبيانات: </numerusform>
            <numerusform>%n استبيانًا: </numerusform>
            <numerusform>%n استبيان: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="89"/>
        <source>Referral services for %n area(s).</source>
        <translation>
            <numerusform>خدمات الإحالة لـ%n منطقة.</numerusform>
            <numerusform>خدمات الإحالة لمنطقة واحدة.</numerusform>
            <numerusform>خدمات الإحالة لمنطقتين.</numerusform>
            <numerusform>خدمات الإحالة لـ%n مناطق.</numerusform>
            <numerusform>خدمات الإحالة لـ%n منطقة.</numerusform>
            <numerusform>خدمات الإحالة لـ%n منطقة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="91"/>
        <source>Study protocol: %1</source>
        <translation>بروتوكول الدراسة: %1</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="93"/>
        <source>No study protocol.</source>
        <translation>لا يوجد بروتوكول دراسة.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="99"/>
        <source>It matches: install</source>
        <translation>متطابقة: تثبيت</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="100"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="79"/>
        <source>Your coordinator reads their fingerprint aloud. Install the kit only if every group of digits matches:</source>
        <translation>يقرأ منسّقك بصمته بصوت عالٍ. لا تثبّت العُدّة إلا إذا تطابقت كل مجموعة من الأرقام:</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="115"/>
        <source>This kit comes from another coordinator than the one this device trusts (%1). Install it only if your coordinator&apos;s key was lost and the new coordinator reads their fingerprint to you in person. Type it here as you hear it:</source>
        <translation>هذه العُدّة من منسّق غير الذي يثق به هذا الجهاز (%1). لا تثبّتها إلا إذا فُقد مفتاح منسّقك وقرأ لك المنسّق الجديد بصمته شخصيًا. اكتبها هنا كما تسمعها:</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/enroll_dialogs.py" line="124"/>
        <source>Replace the coordinator</source>
        <translation>استبدال المنسّق</translation>
    </message>
</context>
<context>
    <name>ErrorCode</name>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="21"/>
        <source>unexpected internal error ({kind}); nothing was changed</source>
        <extracomment>English template of every code the app may show, as marked for the extractor.</extracomment>
        <translation>خطأ داخلي غير متوقع ({kind})؛ لم يُغيَّر أي شيء</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="22"/>
        <source>cannot {action} {path}: {reason}</source>
        <translation>تعذّر تنفيذ «{action}» على {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="23"/>
        <source>not enough disk space to write {path}; nothing was written</source>
        <translation>لا توجد مساحة كافية على القرص لكتابة {path}؛ لم يُكتب أي شيء</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="24"/>
        <source>{path} already exists; choose another name</source>
        <translation>{path} موجود بالفعل؛ اختر اسمًا آخر</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="25"/>
        <source>{path} is a folder; give a file name</source>
        <translation>{path} مجلد؛ أعطِ اسم ملف</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="26"/>
        <source>{path}: the folder does not exist</source>
        <translation>{path}: المجلد غير موجود</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="27"/>
        <source>{path}: the file is far too large</source>
        <translation>{path}: الملف كبير جدًا</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="28"/>
        <source>form file not found: {path}</source>
        <translation>ملف الاستمارة غير موجود: {path}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="29"/>
        <location filename="../../napsurvey/gui/error_catalog.py" line="432"/>
        <source>not valid YAML: {reason}</source>
        <translation>ليس ملف YAML صالحًا: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="30"/>
        <source>not a form: {reason}</source>
        <translation>ليس استمارة: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="31"/>
        <location filename="../../napsurvey/gui/error_catalog.py" line="433"/>
        <location filename="../../napsurvey/gui/error_catalog.py" line="450"/>
        <location filename="../../napsurvey/gui/error_catalog.py" line="451"/>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="32"/>
        <source>name &apos;{name}&apos; is used more than once</source>
        <translation>الاسم &apos;{name}&apos; مستخدم أكثر من مرة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="33"/>
        <source>choice list &apos;{list}&apos; is not defined in choices</source>
        <translation>قائمة الخيارات &apos;{list}&apos; غير معرّفة في الخيارات</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="36"/>
        <source>expression refers to unknown question &apos;{name}&apos;</source>
        <translation>يشير التعبير إلى سؤال غير معروف &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="37"/>
        <source>{column} refers to &apos;{name}&apos;, which comes later in the form</source>
        <translation>يشير {column} إلى &apos;{name}&apos; الذي يأتي لاحقًا في الاستمارة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="40"/>
        <source>calculations form a cycle: {cycle}</source>
        <translation>الحسابات تشكّل حلقة مغلقة: {cycle}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="41"/>
        <source>{column}: {reason}</source>
        <translation>{column}: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="42"/>
        <source>{kind} &apos;{name}&apos; is never closed</source>
        <translation>{kind} &apos;{name}&apos; لا يُغلق أبدًا</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="43"/>
        <source>{kind} has no matching begin</source>
        <translation>{kind} ليس له بداية مطابقة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="44"/>
        <source>{column} has no text for language &apos;{language}&apos;</source>
        <translation>لا يوجد نص في {column} للغة &apos;{language}&apos;</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="47"/>
        <source>free-text question not allowed in a sensitivity: high form</source>
        <translation>سؤال النص الحر غير مسموح به في استمارة حساسيتها عالية (sensitivity: high)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="50"/>
        <source>identifier question not allowed in a sensitivity: high form</source>
        <translation>سؤال الهوية غير مسموح به في استمارة حساسيتها عالية (sensitivity: high)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="53"/>
        <source>indicator &apos;{indicator}&apos;: &apos;{name}&apos; is not a select question</source>
        <translation>المؤشر &apos;{indicator}&apos;: &apos;{name}&apos; ليس سؤال اختيار</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="56"/>
        <source>indicator &apos;{indicator}&apos; has {count} disaggregations (at most 2)</source>
        <translation>للمؤشر &apos;{indicator}&apos; عدد {count} من التصنيفات الفرعية (الحد الأقصى 2)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="59"/>
        <source>indicator &apos;{indicator}&apos; names unknown question &apos;{name}&apos;</source>
        <translation>يذكر المؤشر &apos;{indicator}&apos; سؤالًا غير معروف &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="65"/>
        <source>unknown question type &apos;{type}&apos;</source>
        <translation>نوع سؤال غير معروف &apos;{type}&apos;</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="66"/>
        <source>unsupported {what}: {detail}</source>
        <translation>{what} غير مدعوم: {detail}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="67"/>
        <source>consent: {reason}</source>
        <translation>الموافقة: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="68"/>
        <source>child_protocol: {reason}</source>
        <translation>بروتوكول الأطفال (child_protocol): {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="69"/>
        <source>privacy: {reason}</source>
        <translation>الخصوصية: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="70"/>
        <source>{sheet} row {row}: {reason}</source>
        <translation>{sheet}، الصف {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="71"/>
        <source>question type &apos;{type}&apos; is not supported; the row was not imported</source>
        <translation>نوع السؤال &apos;{type}&apos; غير مدعوم؛ لم يُستورد الصف</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="74"/>
        <source>metadata type &apos;{type}&apos; is not collected by napsurvey; the row was not imported</source>
        <translation>نوع البيانات الوصفية &apos;{type}&apos; لا يجمعه napsurvey؛ لم يُستورد الصف</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="89"/>
        <source>&apos;{type}&apos; is not supported; the loop and the {count} row(s) inside it were not imported</source>
        <translation>&apos;{type}&apos; غير مدعوم؛ لم تُستورد الحلقة ولا الصفوف الـ{count} التي بداخلها</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="95"/>
        <source>type &apos;{type}&apos; imported as {target}</source>
        <translation>استُورد النوع &apos;{type}&apos; على أنه {target}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="96"/>
        <source>column &apos;{column}&apos; is not supported; its values were not imported</source>
        <translation>العمود &apos;{column}&apos; غير مدعوم؛ لم تُستورد قيمه</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="99"/>
        <source>unknown column &apos;{column}&apos;; its values were not imported</source>
        <translation>عمود غير معروف &apos;{column}&apos;؛ لم تُستورد قيمه</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="108"/>
        <source>setting &apos;{setting}&apos; is not supported and was ignored</source>
        <translation>الإعداد &apos;{setting}&apos; غير مدعوم وتم تجاهله</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="111"/>
        <source>sheet &apos;{sheet}&apos; is not used by napsurvey and was ignored</source>
        <translation>الورقة &apos;{sheet}&apos; لا يستخدمها napsurvey وتم تجاهلها</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="129"/>
        <source>{column} uses {function}(), which napsurvey does not support</source>
        <translation>يستخدم {column} الدالة {function}() التي لا يدعمها napsurvey</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="135"/>
        <source>{column}: typographic quotes were replaced by straight quotes</source>
        <translation>{column}: استُبدلت علامات الاقتباس المطبعية بعلامات اقتباس مستقيمة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="138"/>
        <source>a {type} row needs a name</source>
        <translation>يحتاج صف من نوع {type} إلى اسم</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="145"/>
        <source>the row has no type; it was not imported</source>
        <translation>ليس للصف نوع؛ لم يُستورد</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="149"/>
        <source>the choice has no list_name; it was not imported</source>
        <translation>ليس للخيار اسم قائمة (list_name)؛ لم يُستورد</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="161"/>
        <source>form_id &apos;{old}&apos; became &apos;{new}&apos; (lower-case letters, digits and _ only)</source>
        <translation>أصبح معرّف الاستمارة &apos;{old}&apos; هو &apos;{new}&apos; (أحرف لاتينية صغيرة وأرقام و_ فقط)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="173"/>
        <source>the file is larger than {limit}; a form is much smaller</source>
        <translation>الملف أكبر من {limit}؛ الاستمارة أصغر من ذلك بكثير</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="174"/>
        <source>referral: {reason}</source>
        <translation>الإحالة: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="175"/>
        <source>the form declares no indicators, so nothing it collects can be reported</source>
        <translation>لا تعلن الاستمارة أي مؤشرات، لذا لا يمكن الإبلاغ عن أي شيء تجمعه</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="178"/>
        <source>{kind} closes {open_kind} &apos;{name}&apos;</source>
        <translation>{kind} يُغلق {open_kind} &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="182"/>
        <source>syntax error at position {pos}: {reason}</source>
        <translation>خطأ في الصياغة عند الموضع {pos}: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="183"/>
        <source>unknown function &apos;{name}()&apos;</source>
        <translation>دالة غير معروفة &apos;{name}()&apos;</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="185"/>
        <source>{name}() takes {expected} argument(s), got {got}</source>
        <translation>تأخذ الدالة {name}() عدد {expected} من الوسائط، وأُعطيت {got}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="208"/>
        <source>unknown question &apos;{name}&apos;</source>
        <translation>سؤال غير معروف &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="229"/>
        <source>the draft cannot be resumed: {reason}</source>
        <translation>لا يمكن متابعة المسودة: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="230"/>
        <source>no vault in this home folder</source>
        <translation>لا توجد خزنة في هذا المجلد</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="318"/>
        <source>this device has no enrollment kit yet</source>
        <translation>لم تُثبَّت عُدّة تسجيل على هذا الجهاز بعد؛ ثبّت عُدّة منسّقك</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="324"/>
        <source>form &apos;{form_id}&apos; is sensitivity: high; the kit needs a referral directory</source>
        <translation>الاستمارة &apos;{form_id}&apos; حساسيتها عالية؛ يجب أن تتضمن العُدّة دليل إحالة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="327"/>
        <source>form &apos;{form_id}&apos; is sensitivity: high; the kit needs a study protocol</source>
        <translation>الاستمارة &apos;{form_id}&apos; حساسيتها عالية؛ يجب أن تتضمن العُدّة بروتوكول دراسة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="330"/>
        <source>{path}: not a referral directory: {reason}</source>
        <translation>{path}: ليس دليل إحالة: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="331"/>
        <source>{path}: not a study protocol: {reason}</source>
        <translation>{path}: ليس بروتوكول دراسة: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="397"/>
        <source>&apos;{period}&apos; is not a period (2026Q3, 2026-07, 2026) or a range of periods (2026Q1..2026Q2)</source>
        <translation>&apos;{period}&apos; ليست فترة (2026Q3، 2026-07، 2026) ولا مدى من الفترات (2026Q1..2026Q2)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="403"/>
        <source>DHIS2 mapping {path}: two values for {element}, {period}, {org_unit}, {combo}</source>
        <translation>مطابقة DHIS2 {path}: قيمتان لـ{element}، {period}، {org_unit}، {combo}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="406"/>
        <source>DHIS2 mapping {path}: data element {element} would receive {kinds} periods; one period type per data element</source>
        <translation>مطابقة DHIS2 {path}: سيتلقى عنصر البيانات {element} فترات من الأنواع {kinds}؛ نوع فترة واحد لكل عنصر بيانات</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="409"/>
        <source>DHIS2 mapping {path}: {what} &apos;{name}&apos; is not in the published tables</source>
        <translation>مطابقة DHIS2 {path}: {what} &apos;{name}&apos; غير موجود في الجداول المنشورة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="412"/>
        <source>&apos;{period}&apos; is not one {kind} of form &apos;{form_id}&apos; (for example {example})</source>
        <translation>&apos;{period}&apos; ليست فترة ({kind}) من فترات الاستبيان &apos;{form_id}&apos; (مثلًا {example})</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="415"/>
        <source>{period} of form &apos;{form_id}&apos; closes on {day}, {grace} days after its end; release it from then</source>
        <translation>تُغلق الفترة {period} من الاستبيان &apos;{form_id}&apos; في {day}، بعد {grace} يومًا من نهايتها؛ انشرها ابتداءً من ذلك اليوم</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="418"/>
        <source>{period} of form &apos;{form_id}&apos; is released (edition {edition}) and nothing imported since changes it</source>
        <translation>الفترة {period} من الاستبيان &apos;{form_id}&apos; منشورة (الإصدار {edition}) ولا شيء مما استُورد بعدها يغيّرها</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="421"/>
        <source>no imported interview of form &apos;{form_id}&apos; falls in {period}</source>
        <translation>لا توجد مقابلة مستوردة من الاستبيان &apos;{form_id}&apos; تقع في {period}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="428"/>
        <source>paper &apos;{paper}&apos; is neither a4 nor letter</source>
        <translation>الورق &apos;{paper}&apos; ليس a4 ولا letter</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="186"/>
        <source>expression is too long or too deeply nested</source>
        <translation>التعبير طويل جدًا أو متداخل بعمق مفرط</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="62"/>
        <source>indicator &apos;{indicator}&apos;, groups of &apos;{name}&apos;: {reason}</source>
        <translation>المؤشر &apos;{indicator}&apos;، مجموعات &apos;{name}&apos;: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="77"/>
        <source>&apos;{type}&apos; is an identifier of the device or the monitor, never kept by napsurvey; the row was not imported</source>
        <translation>&apos;{type}&apos; مُعرِّف للجهاز أو للراصد، لا يحتفظ به napsurvey أبدًا؛ لم يُستورد الصف</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="80"/>
        <source>&apos;{type}&apos; is a GPS position, never collected by napsurvey; the row was not imported{alternative}</source>
        <translation>&apos;{type}&apos; موقع GPS، لا يجمعه napsurvey أبدًا؛ لم يُستورد الصف{alternative}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="83"/>
        <source>&apos;{type}&apos; imported as a choice of place from list &apos;{list}&apos;, never a position{level}</source>
        <translation>استُورد &apos;{type}&apos; كاختيار لمكان من القائمة &apos;{list}&apos;، لا كموقع جغرافي أبدًا{level}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="86"/>
        <source>&apos;{type}&apos; records a photo, a sound, a video, a file or a scan, never collected by napsurvey; the row was not imported</source>
        <translation>&apos;{type}&apos; يسجّل صورة أو صوتًا أو فيديو أو ملفًا أو مسحًا ضوئيًا، لا يجمعه napsurvey أبدًا؛ لم يُستورد الصف</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="92"/>
        <source>&apos;or_other&apos;: a choice &apos;{choice}&apos; and a text question &apos;{name}&apos; for it were added</source>
        <translation>&apos;or_other&apos;: أُضيف الخيار &apos;{choice}&apos; وسؤال نصي &apos;{name}&apos; لتحديده</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="102"/>
        <source>column &apos;{column}&apos; appears {count} times; only the first was imported{lost}</source>
        <translation>يظهر العمود &apos;{column}&apos; {count} مرات؛ لم يُستورد إلا أولها{lost}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="105"/>
        <source>&apos;{plain}&apos; and &apos;{explicit}&apos; are one language and differ on {count} row(s) ({rows}); the second was kept</source>
        <translation>&apos;{plain}&apos; و&apos;{explicit}&apos; لغة واحدة ويختلفان في {count} من الصفوف ({rows})؛ احتُفظ بالثانية</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="114"/>
        <source>{column} refers to &apos;{name}&apos;, which was not imported ({type}); {effect}</source>
        <translation>يشير {column} إلى &apos;{name}&apos; الذي لم يُستورد ({type})؛ {effect}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="117"/>
        <source>{column} refers to &apos;{name}&apos; ({type}), which was not imported; it reads today()</source>
        <translation>يشير {column} إلى &apos;{name}&apos; ({type}) الذي لم يُستورد؛ وقيمته today()</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="120"/>
        <source>{column} refers to &apos;{name}&apos;, which names more than one question</source>
        <translation>يشير {column} إلى &apos;{name}&apos;، وهو اسم لأكثر من سؤال</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="123"/>
        <source>{column}: the path &apos;{path}&apos; does not lead to a question of the form</source>
        <translation>{column}: المسار &apos;{path}&apos; لا يؤدي إلى أي سؤال في الاستبيان</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="126"/>
        <source>{column} reads &apos;{name}&apos; of the last saved interview, never carried to the next respondent; {action}</source>
        <translation>يقرأ {column} قيمة &apos;{name}&apos; من آخر مقابلة محفوظة، ولا ينقلها napsurvey أبدًا إلى المستجيب التالي؛ {action}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="132"/>
        <source>{column} uses {function}(), which napsurvey refuses: {reason}</source>
        <translation>يستخدم {column} الدالة {function}()، التي يرفضها napsurvey: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="139"/>
        <source>the {type} row has no name; it was imported as &apos;{name}&apos;</source>
        <translation>الصف من نوع {type} بلا اسم؛ استُورد باسم &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="142"/>
        <source>name &apos;{name}&apos; is also used in {other}; this one was imported as &apos;{new}&apos;</source>
        <translation>الاسم &apos;{name}&apos; مستخدم أيضًا في {other}؛ استُورد هذا باسم &apos;{new}&apos;</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="146"/>
        <source>the group names &apos;{indicator}&apos;, which is not an indicator of the indicators sheet; it was not imported</source>
        <translation>تسمّي المجموعة &apos;{indicator}&apos;، وهو ليس مؤشرًا في ورقة indicators؛ لم تُستورد</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="150"/>
        <source>the {what} has no label; {shown} is shown instead</source>
        <translation>{what} بلا نص؛ يُعرض {shown} بدلًا منه</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="153"/>
        <source>choice &apos;{name}&apos; is written twice in list &apos;{list}&apos;; the second was not imported</source>
        <translation>الخيار &apos;{name}&apos; مكتوب مرتين في القائمة &apos;{list}&apos;؛ لم يُستورد الثاني</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="156"/>
        <source>{column} has no &apos;{language}&apos; text on {count} row(s) ({rows}); they show the &apos;{fallback}&apos; text</source>
        <translation>لا يحتوي {column} على نص &apos;{language}&apos; في {count} من الصفوف ({rows})؛ يُعرض فيها نص &apos;{fallback}&apos;</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="159"/>
        <source>default &apos;{value}&apos; was not imported: {reason}</source>
        <translation>لم تُستورد القيمة الافتراضية &apos;{value}&apos;: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="160"/>
        <source>list &apos;{file}&apos; {reason}</source>
        <translation>القائمة &apos;{file}&apos;: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="164"/>
        <source>appearance &apos;{appearance}&apos; looks up choices while the form runs; the choices of list &apos;{list}&apos; are offered instead</source>
        <translation>المظهر &apos;{appearance}&apos; يبحث عن الخيارات أثناء سير الاستبيان؛ تُعرض خيارات القائمة &apos;{list}&apos; بدلًا منها</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="167"/>
        <source>the workbook has no sheet named survey; sheet &apos;{sheet}&apos; was read as the survey</source>
        <translation>لا يحتوي المصنف على ورقة باسم survey؛ قُرئت الورقة &apos;{sheet}&apos; على أنها الاستبيان</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="170"/>
        <source>no question a respondent answers was imported; the workbook is not a usable form</source>
        <translation>لم يُستورد أي سؤال يجيب عنه المستجيب؛ المصنف ليس استبيانًا صالحًا للاستخدام</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="179"/>
        <source>repeat_count {count} is more than the {limit} instances a repeat may have</source>
        <translation>قيمة repeat_count {count} أكبر من {limit}، وهو أقصى عدد لتكرارات القسم المتكرر</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="184"/>
        <source>{name}() is refused: {reason}</source>
        <translation>الدالة {name}() مرفوضة: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="187"/>
        <source>{where}the expression took longer than the {seconds} s allowed; nothing was changed</source>
        <translation>{where}استغرق التعبير أكثر من {seconds} ثانية المسموح بها؛ لم يُغيَّر شيء</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="190"/>
        <source>{where}the expression makes a text longer than {limit} characters; nothing was changed</source>
        <translation>{where}ينتج التعبير نصًا أطول من {limit} حرفًا؛ لم يُغيَّر شيء</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="193"/>
        <source>{where}the evaluation was interrupted; nothing was changed</source>
        <translation>{where}قُطع الحساب؛ لم يُغيَّر شيء</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="196"/>
        <source>consent must be recorded before any other question</source>
        <translation>يجب تسجيل الموافقة قبل أي سؤال آخر</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="199"/>
        <source>this form needs a referral directory for the area before it can start</source>
        <translation>تحتاج هذه الاستمارة إلى دليل إحالة للمنطقة قبل أن تبدأ</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="202"/>
        <source>this form is locked until the monitor has a training sign-off</source>
        <translation>هذه الاستمارة مقفلة إلى أن يحصل الراصد على اعتماد التدريب</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="205"/>
        <source>this form runs only under a study protocol from a coordinator&apos;s kit</source>
        <translation>لا تعمل هذه الاستمارة إلا في إطار بروتوكول دراسة وارد في عُدّة من المنسّق</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="209"/>
        <source>question &apos;{name}&apos; does not apply given earlier answers</source>
        <translation>السؤال &apos;{name}&apos; لا ينطبق بالنظر إلى الإجابات السابقة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="212"/>
        <source>question &apos;{name}&apos;: {reason}</source>
        <translation>السؤال &apos;{name}&apos;: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="213"/>
        <source>question &apos;{name}&apos;: the value given is not one of its choices</source>
        <translation>السؤال &apos;{name}&apos;: القيمة المعطاة ليست من خياراته</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="216"/>
        <location filename="../../napsurvey/gui/error_catalog.py" line="217"/>
        <source>question &apos;{name}&apos;: {message}</source>
        <translation>السؤال &apos;{name}&apos;: {message}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="218"/>
        <source>the interview is not complete: {reason}</source>
        <translation>المقابلة غير مكتملة: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="219"/>
        <source>the interview has ended</source>
        <translation>انتهت المقابلة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="220"/>
        <source>question &apos;{name}&apos; is calculated and cannot be answered</source>
        <translation>السؤال &apos;{name}&apos; محسوب ولا يمكن الإجابة عنه</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="223"/>
        <source>section &apos;{name}&apos; cannot be opened before the questions that lead to it</source>
        <translation>لا يمكن فتح القسم &apos;{name}&apos; قبل الأسئلة التي تؤدي إليه</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="226"/>
        <source>{where}{what} would have {count} instances; at most {limit} are allowed; nothing was changed</source>
        <translation>{where}سيكون لـ{what} {count} من التكرارات؛ والحد الأقصى المسموح به {limit}؛ لم يُغيَّر شيء</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="231"/>
        <source>a vault already exists in this home folder</source>
        <translation>توجد خزنة بالفعل في هذا المجلد</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="232"/>
        <source>wrong passphrase{delay}</source>
        <translation>عبارة المرور غير صحيحة{delay}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="233"/>
        <source>too many failed attempts; try again in {seconds} s</source>
        <translation>محاولات فاشلة كثيرة؛ حاول مجددًا بعد {seconds} ثانية</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="234"/>
        <source>wrong recovery key</source>
        <translation>مفتاح الاسترداد غير صحيح</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="235"/>
        <source>the vault is open in another napsurvey window or command; close it first</source>
        <translation>الخزنة مفتوحة في نافذة أو أمر آخر من napsurvey؛ أغلقه أولًا</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="238"/>
        <source>the encrypted store is not configured safely ({setting}); refusing to run</source>
        <translation>المخزن المشفّر غير مضبوط بشكل آمن ({setting})؛ رفض التشغيل</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="241"/>
        <source>the vault is damaged: {reason}</source>
        <translation>الخزنة تالفة: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="242"/>
        <source>the key file is damaged or missing: {reason}</source>
        <translation>ملف المفاتيح تالف أو مفقود: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="243"/>
        <source>this vault was made by a newer napsurvey (schema {found} &gt; {supported})</source>
        <translation>أُنشئت هذه الخزنة بإصدار أحدث من napsurvey (المخطط {found} &gt; {supported})</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="246"/>
        <source>passphrase too weak: {reason}</source>
        <translation>عبارة المرور ضعيفة جدًا: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="247"/>
        <source>this command is for the {expected} role; this vault is a {actual}</source>
        <translation>هذا الأمر مخصص لدور {expected}؛ وهذه الخزنة لدور {actual}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="250"/>
        <source>form &apos;{form_id}&apos; is not installed in this vault</source>
        <translation>الاستمارة &apos;{form_id}&apos; غير مثبّتة في هذه الخزنة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="253"/>
        <source>form &apos;{form_id}&apos; is sensitivity: high and can only arrive in a coordinator&apos;s kit</source>
        <translation>الاستمارة &apos;{form_id}&apos; حساسيتها عالية ولا يمكن أن تصل إلا في عُدّة من المنسّق</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="256"/>
        <source>form &apos;{form_id}&apos; version {new} is older than installed {old}</source>
        <translation>الإصدار {new} من الاستمارة &apos;{form_id}&apos; أقدم من الإصدار المثبّت {old}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="259"/>
        <source>no draft {draft_id}</source>
        <translation>لا توجد مسودة {draft_id}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="260"/>
        <source>the vault is locked; unlock it again</source>
        <translation>الخزنة مقفلة؛ افتحها من جديد</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="261"/>
        <source>form &apos;{form_id}&apos; version {version} is already installed with different content; give the changed form a new version</source>
        <translation>الإصدار {version} من الاستمارة &apos;{form_id}&apos; مثبّت بالفعل بمحتوى مختلف؛ أعطِ الاستمارة المعدّلة إصدارًا جديدًا</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="264"/>
        <source>setting &apos;{key}&apos;: {reason}</source>
        <translation>الإعداد &apos;{key}&apos;: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="266"/>
        <source>a supervisor code is 2 to 5 letters, a hyphen and 1 to 6 digits, as your supervisor gives it (for example SUP-07)</source>
        <translation>يتكون رمز المشرف من 2 إلى 5 أحرف لاتينية وشرطة ومن 1 إلى 6 أرقام، كما يعطيك إياه مشرفك (مثلًا SUP-07)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="269"/>
        <source>the training date must be today or a day before, written YYYY-MM-DD (not &apos;{day}&apos;)</source>
        <translation>يجب أن يكون تاريخ التدريب اليوم أو يومًا سابقًا، مكتوبًا بصيغة YYYY-MM-DD (وليس &apos;{day}&apos;)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="272"/>
        <source>line {line}: not valid JSON: {reason}</source>
        <translation>السطر {line}: ليس JSON صالحًا: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="273"/>
        <source>line {line}: each interview must be a JSON object</source>
        <translation>السطر {line}: يجب أن تكون كل مقابلة كائن JSON</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="274"/>
        <source>line {line}: {question}: {reason_code}: {reason}</source>
        <translation>السطر {line}: {question}: {reason_code}: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="275"/>
        <source>{path}: not a napsurvey bundle</source>
        <translation>{path}: ليست حزمة napsurvey</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="276"/>
        <source>{path}: the file is truncated or damaged</source>
        <translation>{path}: الملف مبتور أو تالف</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="277"/>
        <source>{path}: the file was altered after it was made</source>
        <translation>{path}: عُدّل الملف بعد إنشائه</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="278"/>
        <source>{path}: the signature does not verify</source>
        <translation>{path}: تعذّر التحقق من التوقيع</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="279"/>
        <source>{path}: made by a device that is not approved ({fingerprint})</source>
        <translation>{path}: أنشأه جهاز غير معتمد ({fingerprint})</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="282"/>
        <source>{path}: bundle format version {found} is not supported (expected {expected})</source>
        <translation>{path}: إصدار تنسيق الحزمة {found} غير مدعوم (المتوقع {expected})</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="288"/>
        <source>{path}: already imported on {when}</source>
        <translation>{path}: استُوردت بالفعل في {when}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="289"/>
        <source>{path}: device {device} already sent bundle {sequence} with different content</source>
        <translation>{path}: أرسل الجهاز {device} الحزمة {sequence} من قبل بمحتوى مختلف</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="292"/>
        <source>{path}: device {device}: bundle {later} does not follow bundle {earlier}; the history was altered</source>
        <translation>{path}: الجهاز {device}: الحزمة {later} لا تتبع الحزمة {earlier}؛ لقد عُدّل السجل</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="295"/>
        <source>{path}: form &apos;{form_id}&apos; version {version} was not issued in any of this coordinator&apos;s kits</source>
        <translation>{path}: الإصدار {version} من الاستمارة &apos;{form_id}&apos; لم يصدر في أي من عُدد هذا المنسّق</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="298"/>
        <source>{path}: content does not match the bundle format: {reason}</source>
        <translation>{path}: المحتوى لا يطابق تنسيق الحزمة: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="301"/>
        <source>no completed records waiting for export</source>
        <translation>لا توجد سجلات مكتملة بانتظار التصدير</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="302"/>
        <source>no bundle with id {bundle_id}</source>
        <translation>لا توجد حزمة بالمعرّف {bundle_id}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="303"/>
        <source>{path}: the file read back differs from what was written; use another stick</source>
        <translation>{path}: الملف المقروء يختلف عمّا كُتب؛ استخدم ذاكرة أخرى</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="306"/>
        <source>{path}: not a valid enrollment kit: {reason}</source>
        <translation>{path}: ليست عُدّة تسجيل صالحة: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="307"/>
        <source>{path}: the kit&apos;s signature does not verify</source>
        <translation>{path}: تعذّر التحقق من توقيع العُدّة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="308"/>
        <source>{path}: the kit is signed by a different coordinator than the installed one</source>
        <translation>{path}: العُدّة موقّعة من منسّق غير المنسّق المثبّت</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="317"/>
        <source>{path}: the kit is older than the installed one</source>
        <translation>{path}: العُدّة أقدم من العُدّة المثبّتة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="319"/>
        <source>{path}: not a valid device card: {reason}</source>
        <translation>{path}: ليست بطاقة جهاز صالحة: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="320"/>
        <source>{path}: not a valid receipt: {reason}</source>
        <translation>{path}: ليس إيصال استلام صالحًا: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="321"/>
        <source>{path}: the receipt is not signed by this device&apos;s coordinator</source>
        <translation>{path}: إيصال الاستلام غير موقّع من منسّق هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="332"/>
        <source>a kit needs at least one form</source>
        <translation>تحتاج العُدّة إلى استمارة واحدة على الأقل</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="333"/>
        <source>the device was not approved (fingerprint not confirmed)</source>
        <translation>لم يُعتمد الجهاز (لم تُؤكَّد البصمة)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="337"/>
        <source>nothing imported{device} yet; no receipt to write</source>
        <translation>لم يُستورد شيء{device} بعد؛ لا يوجد إيصال استلام لكتابته</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="338"/>
        <source>the backup recipient must be an age public key (age1 followed by 58 characters)</source>
        <translation>يجب أن يكون مستلم النسخة الاحتياطية مفتاحًا عامًا من نوع age (age1 متبوعًا بـ58 حرفًا)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="341"/>
        <source>the enrollment code is three groups of five digits, as read out by the coordinator or hub that issued the kit</source>
        <translation>رمز التسجيل ثلاث مجموعات من خمسة أرقام، كما قرأه المنسّق أو المركز الذي أصدر العُدّة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="344"/>
        <source>{path}: this kit opens with the enrollment code read out by the coordinator or hub that issued it</source>
        <translation>{path}: تُفتح هذه العُدّة برمز التسجيل الذي قرأه المنسّق أو المركز الذي أصدرها</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="347"/>
        <source>{path}: this code does not open the kit (or the kit was altered); check it with the coordinator or hub that issued it</source>
        <translation>{path}: هذا الرمز لا يفتح العُدّة (أو أن العُدّة عُدّلت)؛ تحقّق منه مع المنسّق أو المركز الذي أصدرها</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="351"/>
        <source>{path}: this kit is not sealed; ask the coordinator or hub that issued it for a new one (kits now travel encrypted)</source>
        <translation>{path}: هذه العُدّة غير مختومة؛ اطلب عُدّة جديدة من المنسّق أو المركز الذي أصدرها (تُنقل العُدد الآن مشفّرة)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="354"/>
        <source>{path}: this card was sealed for another coordinator or hub</source>
        <translation>{path}: خُتمت هذه البطاقة لمنسّق آخر أو لمركز آخر</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="358"/>
        <source>a grace of {value} days is not allowed (0 to {maximum})</source>
        <translation>مهلة {value} يومًا غير مسموح بها (من 0 إلى {maximum})</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="359"/>
        <source>the expected interval between bundles must be 1 to {maximum} days, not {value}</source>
        <translation>يجب أن تكون المدة المتوقعة بين حزمتين من 1 إلى {maximum} يومًا، لا {value}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="362"/>
        <source>{path}: device {device} is already approved with another key; card refused (forged, or a clashing fingerprint)</source>
        <translation>{path}: الجهاز {device} موافق عليه من قبل بمفتاح آخر؛ رُفضت البطاقة (مزوّرة، أو بصمة متطابقة مع أخرى)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="365"/>
        <source>no bundle files in {path}</source>
        <translation>لا توجد ملفات حزم في {path}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="390"/>
        <source>disclosure threshold {value} is below the minimum of {minimum}</source>
        <translation>عتبة الإفصاح {value} أقل من الحد الأدنى {minimum}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="393"/>
        <source>disclosure threshold {value} is above the maximum of {maximum}</source>
        <translation>عتبة الإفصاح {value} أعلى من الحد الأقصى {maximum}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="396"/>
        <source>unknown table format &apos;{format}&apos;</source>
        <translation>تنسيق جدول غير معروف &apos;{format}&apos;</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="400"/>
        <source>DHIS2 mapping {path}: {reason}</source>
        <translation>ملف مطابقة DHIS2 ‏{path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="401"/>
        <source>the DHIS2 format needs a mapping file</source>
        <translation>يحتاج تنسيق DHIS2 إلى ملف مطابقة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="402"/>
        <source>no imported data to publish</source>
        <translation>لا توجد بيانات مستوردة للنشر</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="424"/>
        <source>not released{what}: {period}; publishable: {periods}</source>
        <translation>غير منشورة{what}: {period}؛ القابلة للنشر: {periods}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="427"/>
        <source>the report could not be made: {reason}</source>
        <translation>تعذّر إعداد التقرير: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="429"/>
        <source>not a plan file: {reason}</source>
        <translation>ليس ملف خطة: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="430"/>
        <source>{path}: no such file</source>
        <translation>{path}: لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="431"/>
        <source>the file is larger than {limit}; a plan is much smaller</source>
        <translation>الملف أكبر من {limit}؛ الخطة أصغر من ذلك بكثير</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="434"/>
        <source>sheet &apos;{sheet}&apos; row {row}: {reason}</source>
        <translation>الورقة &apos;{sheet}&apos;، الصف {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="435"/>
        <source>id &apos;{id}&apos; is used more than once</source>
        <translation>المعرّف &apos;{id}&apos; مستخدم أكثر من مرة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="436"/>
        <source>{field} refers to unknown {kind} &apos;{id}&apos;</source>
        <translation>يشير {field} إلى {kind} غير معروف &apos;{id}&apos;</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="437"/>
        <source>&apos;{scheme} {ref}&apos; is not a framework code napsurvey knows</source>
        <translation>&apos;{scheme} {ref}&apos; ليس من رموز الأطر التي يعرفها napsurvey</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="440"/>
        <source>indicator &apos;{id}&apos; has a target but no baseline</source>
        <translation>للمؤشر &apos;{id}&apos; هدف وليس له خط أساس</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="443"/>
        <source>action &apos;{id}&apos; names no responsible institution</source>
        <translation>لا يذكر الإجراء &apos;{id}&apos; أي جهة مسؤولة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="444"/>
        <source>&apos;{field}&apos; could hold a person; a plan names institutions, never persons</source>
        <translation>قد يحتوي &apos;{field}&apos; على شخص؛ الخطة تذكر المؤسسات ولا تذكر الأشخاص أبدًا</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="447"/>
        <source>{field}: {what} in the text; a plan names institutions, never persons</source>
        <translation>{field}: {what} في النص؛ الخطة تذكر المؤسسات ولا تذكر الأشخاص أبدًا</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="452"/>
        <source>{field}: currency {found} differs from the plan&apos;s currency {expected}</source>
        <translation>{field}: العملة {found} تختلف عن عملة الخطة {expected}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="455"/>
        <source>indicator &apos;{id}&apos;: {reason}</source>
        <translation>المؤشر &apos;{id}&apos;: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="456"/>
        <source>indicator &apos;{id}&apos; takes its value from the released survey tables; remove the value</source>
        <translation>يأخذ المؤشر &apos;{id}&apos; قيمته من جداول المسح المنشورة؛ احذف القيمة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="459"/>
        <source>indicator &apos;{id}&apos;: an observed value needs its source</source>
        <translation>المؤشر &apos;{id}&apos;: القيمة المرصودة تحتاج إلى مصدرها</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="460"/>
        <source>these assessments are for plan &apos;{found}&apos;, not for the imported plan &apos;{expected}&apos;</source>
        <translation>هذه التقييمات للخطة &apos;{found}&apos;، وليست للخطة المستوردة &apos;{expected}&apos;</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="463"/>
        <source>no plan has been imported into this vault yet</source>
        <translation>لم تُستورد أي خطة إلى هذه الخزنة بعد</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="464"/>
        <source>no assessment has been entered for {what}</source>
        <translation>لم يُدخَل أي تقييم لـ{what}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="465"/>
        <source>this vault holds plan &apos;{found}&apos; ({periods} assessed period(s)); replacing it by &apos;{new}&apos; must be asked for</source>
        <translation>تحتوي هذه الخزنة على الخطة &apos;{found}&apos; (الفترات المُقيَّمة: {periods})؛ ويجب طلب استبدالها بالخطة &apos;{new}&apos; صراحةً</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="468"/>
        <source>the new version of the plan does not fit the stored period {period}: {reason}</source>
        <translation>لا تتوافق النسخة الجديدة من الخطة مع الفترة المخزّنة {period}: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="265"/>
        <source>role &apos;{role}&apos; is not monitor, coordinator or hub</source>
        <translation>الدور &apos;{role}&apos; ليس راصدًا ولا منسّقًا ولا مركزًا</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="285"/>
        <source>{path}: this bundle was made for another coordinator or hub</source>
        <translation>{path}: صُنعت هذه الحزمة لمنسّق آخر أو لمركز آخر</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="366"/>
        <source>this coordinator has not joined a hub yet</source>
        <translation>لم ينضم هذا المنسّق إلى أي مركز بعد</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="367"/>
        <source>{path}: the kit is signed by a different hub than the one this coordinator joined</source>
        <translation>{path}: العُدّة موقّعة من مركز غير المركز الذي انضم إليه هذا المنسّق</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="370"/>
        <source>form &apos;{form_id}&apos; is sensitivity: high; its raw counts never leave a coordinator</source>
        <translation>الاستبيان &apos;{form_id}&apos; شديد الحساسية؛ لا تغادر أعداده الخام المنسّق أبدًا</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="373"/>
        <source>{path}: not an indicator set: {reason}</source>
        <translation>{path}: ليس مجموعة مؤشرات: {reason}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="374"/>
        <source>member {member} has not chosen to be compared side by side with other members</source>
        <translation>لم يختر العضو {member} أن يُقارن جنبًا إلى جنب مع أعضاء آخرين</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="377"/>
        <source>a twinning report compares at least two different members</source>
        <translation>تقرير التوأمة يقارن عضوين مختلفين على الأقل</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="380"/>
        <source>every release{what} was already sent to the hub</source>
        <translation>كل إصدار{what} أُرسل بالفعل إلى المركز</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="381"/>
        <source>no member has released anything here yet; import their bundles first</source>
        <translation>لم يصدر أي عضو شيئًا هنا بعد؛ استورد حزمهم أولًا</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="384"/>
        <source>no member named &apos;{member}&apos; (give a member&apos;s name or its fingerprint)</source>
        <translation>لا يوجد عضو باسم &apos;{member}&apos; (اكتب اسم العضو أو بصمته)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="387"/>
        <source>{path}: member {member} already sent edition {edition} of &apos;{form_id}&apos; for {period} with other figures</source>
        <translation>{path}: أرسل العضو {member} من قبل الطبعة {edition} من &apos;{form_id}&apos; عن {period} بأرقام أخرى</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="311"/>
        <source>{path}: the fingerprint you confirmed is not the one of this kit&apos;s coordinator; nothing was changed</source>
        <translation>{path}: البصمة التي أكّدتها ليست بصمة منسّق هذه العُدّة؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="314"/>
        <source>{path}: the kit claims another key&apos;s fingerprint; it was made to pass for another coordinator&apos;s kit</source>
        <translation>{path}: تدّعي العُدّة بصمة مفتاح آخر؛ صُنعت لتبدو عُدّة منسّق آخر</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="336"/>
        <source>no approved device {device}</source>
        <translation>لا يوجد جهاز معتمد {device}</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="350"/>
        <source>{path}: this kit was sealed for another device</source>
        <translation>{path}: خُتمت هذه العُدّة لجهاز آخر</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/error_catalog.py" line="357"/>
        <source>{path}: this receipt was sealed for another device</source>
        <translation>{path}: خُتم إيصال الاستلام هذا لجهاز آخر</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../napsurvey/gui/dialogs.py" line="53"/>
        <source>Not done</source>
        <translation>لم يتم</translation>
    </message>
</context>
<context>
    <name>ExportsDialog</name>
    <message>
        <location filename="../../napsurvey/gui/sync/exports_dialog.py" line="32"/>
        <source>Re-create a lost bundle</source>
        <translation>إعادة إنشاء حزمة مفقودة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/exports_dialog.py" line="39"/>
        <source>Bundles made on this device</source>
        <translation>الحزم التي أُنشئت على هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/exports_dialog.py" line="43"/>
        <source>If a stick was lost or broken, write the same bundle again. The coordinator counts it once, even if both copies arrive.</source>
        <translation>إذا فُقدت ذاكرة أو تعطّلت، فاكتب الحزمة نفسها مرة أخرى. يحتسبها المنسّق مرة واحدة حتى لو وصلته النسختان.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/exports_dialog.py" line="48"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/exports_dialog.py" line="48"/>
        <source>Made on</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/exports_dialog.py" line="48"/>
        <source>Coordinator receipt</source>
        <translation>إيصال المنسّق</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/exports_dialog.py" line="59"/>
        <source>not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/exports_dialog.py" line="68"/>
        <source>No bundle made yet.</source>
        <translation>لم تُنشأ أي حزمة بعد.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/exports_dialog.py" line="72"/>
        <source>Write again…</source>
        <translation>الكتابة مرة أخرى…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/exports_dialog.py" line="74"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/exports_dialog.py" line="61"/>
        <source>not written yet: the next export writes it</source>
        <translation>لم يُكتب بعد: يكتبه التصدير التالي</translation>
    </message>
</context>
<context>
    <name>FieldMessages</name>
    <message>
        <location filename="../../napsurvey/gui/interview/field_messages.py" line="37"/>
        <source>This question needs an answer, or Decline if the respondent prefers not to say.</source>
        <extracomment>The expression engine&apos;s limits: a check that could not run (the form&apos;s fault, not the answer&apos;s).</extracomment>
        <translation>يحتاج هذا السؤال إلى إجابة، أو اختر «رفض الإجابة» إن فضّل المُجيب عدم القول.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/field_messages.py" line="41"/>
        <source>Ask for consent and record the answer before going on.</source>
        <translation>اطلب الموافقة وسجّل الإجابة قبل المتابعة.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/field_messages.py" line="43"/>
        <source>This choice no longer applies after an earlier answer. Choose again.</source>
        <translation>لم يعد هذا الخيار ينطبق بعد إجابة سابقة. اختر من جديد.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/field_messages.py" line="45"/>
        <source>The questionnaire could not check this answer. Decline or try another, and tell your coordinator (%1).</source>
        <translation>تعذّر على الاستبيان التحقق من هذه الإجابة. ارفض الإجابة أو جرّب إجابة أخرى، وأخبر منسّقك (⁦%1⁩).</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/field_messages.py" line="48"/>
        <source>This answer is not possible here. Check it with the respondent.</source>
        <translation>هذه الإجابة غير ممكنة هنا. تحقّق منها مع المُجيب.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/field_messages.py" line="65"/>
        <source>Type a whole number.</source>
        <translation>اكتب عددًا صحيحًا.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/field_messages.py" line="67"/>
        <source>Type a number.</source>
        <translation>اكتب رقمًا.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/field_messages.py" line="69"/>
        <source>Enter a date as year-month-day.</source>
        <translation>أدخل التاريخ بصيغة سنة-شهر-يوم.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/field_messages.py" line="71"/>
        <source>This text is too long.</source>
        <translation>هذا النص طويل جدًا.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/field_messages.py" line="74"/>
        <source>This answer cannot be recorded. Check it and try again.</source>
        <translation>لا يمكن تسجيل هذه الإجابة. تحقّق منها وحاول مجددًا.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../napsurvey/gui/file_dialogs.py" line="22"/>
        <source>Back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/file_dialogs.py" line="23"/>
        <source>Forward</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/file_dialogs.py" line="24"/>
        <source>Parent folder</source>
        <translation>المجلد الأعلى</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/file_dialogs.py" line="25"/>
        <source>New folder</source>
        <translation>مجلد جديد</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/file_dialogs.py" line="45"/>
        <source>Look in:</source>
        <translation>البحث في:</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/file_dialogs.py" line="46"/>
        <source>Files of type:</source>
        <translation>الملفات من نوع:</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/file_dialogs.py" line="47"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/file_dialogs.py" line="54"/>
        <source>Folder:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/file_dialogs.py" line="54"/>
        <source>File name:</source>
        <translation>اسم الملف:</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/file_dialogs.py" line="88"/>
        <location filename="../../napsurvey/gui/file_dialogs.py" line="97"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/file_dialogs.py" line="113"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/file_dialogs.py" line="124"/>
        <source>Choose</source>
        <translation>اختيار</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../../napsurvey/gui/header.py" line="128"/>
        <location filename="../../napsurvey/gui/header.py" line="130"/>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/header.py" line="129"/>
        <location filename="../../napsurvey/gui/header.py" line="131"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/header.py" line="132"/>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/header.py" line="133"/>
        <source>Home and settings</source>
        <translation>الرئيسية والإعدادات</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/header.py" line="134"/>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/header.py" line="135"/>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/header.py" line="136"/>
        <source>Hide everything now (F12, or Esc twice)</source>
        <translation>إخفاء كل شيء الآن (F12، أو Esc مرتين)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/header.py" line="137"/>
        <source>Monitor</source>
        <translation>راصد</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/header.py" line="137"/>
        <source>Coordinator</source>
        <translation>منسّق</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/header.py" line="137"/>
        <source>Hub</source>
        <translation>المركز</translation>
    </message>
</context>
<context>
    <name>HubBundlesPage</name>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="133"/>
        <source>Bundles</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="134"/>
        <source>The bundles of releases your members sent, newest first.</source>
        <translation>حزم الإصدارات التي أرسلها أعضاؤك، الأحدث أولًا.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="135"/>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="135"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="135"/>
        <source>Made on</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="135"/>
        <source>Imported on</source>
        <translation>تاريخ الاستيراد</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="136"/>
        <source>No bundle imported yet.</source>
        <translation>لم تُستورد أي حزمة بعد.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="138"/>
        <source>Import bundles…</source>
        <translation>استيراد الحزم…</translation>
    </message>
</context>
<context>
    <name>HubCoveragePage</name>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="163"/>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="164"/>
        <source>What each member released, per questionnaire and period, and what is missing. Interviews are as the member published them.</source>
        <translation>ما أصدره كل عضو، لكل استبيان وفترة، وما ينقص. المقابلات كما نشرها العضو.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="166"/>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="166"/>
        <source>Questionnaire</source>
        <translation>الاستبيان</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="166"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="166"/>
        <source>Edition</source>
        <translation>الطبعة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="167"/>
        <source>Released on</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="167"/>
        <source>Interviews</source>
        <translation>المقابلات</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="168"/>
        <source>Nothing to show until members&apos; bundles are imported.</source>
        <translation>لا شيء يُعرض قبل استيراد حزم الأعضاء.</translation>
    </message>
</context>
<context>
    <name>HubHome</name>
    <message>
        <location filename="../../napsurvey/gui/hub_home.py" line="98"/>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub_home.py" line="99"/>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub_home.py" line="100"/>
        <source>Bundles</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub_home.py" line="101"/>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub_home.py" line="102"/>
        <source>Regional report</source>
        <translation>التقرير الإقليمي</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="49"/>
        <source>Import bundles</source>
        <extracomment>At least one bundle was imported (the views should reload).</extracomment>
        <translation>استيراد الحزم</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="55"/>
        <source>Import bundles from USB sticks</source>
        <translation>استيراد الحزم من ذاكرات USB</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="80"/>
        <source>Choose files…</source>
        <translation>اختيار الملفات…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="82"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="100"/>
        <source>Choose the bundle files</source>
        <translation>اختر ملفات الحزم</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="59"/>
        <source>Choose bundle files, or a whole USB stick or folder: every bundle in it and in its subfolders is found. Each one is checked (signature, device, content) and imported whole or not at all; a refused file changes nothing.</source>
        <translation>اختر ملفات الحزم، أو ذاكرة USB أو مجلدًا بأكمله: يُعثر على كل حزمة فيه وفي مجلداته الفرعية. تُفحص كل حزمة (التوقيع، الجهاز، المحتوى) وتُستورد كاملة أو لا تُستورد أبدًا؛ الملف المرفوض لا يغيّر شيئًا.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="81"/>
        <source>Choose a folder or stick…</source>
        <translation>اختر مجلدًا أو ذاكرة…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="106"/>
        <source>Choose the folder or USB stick</source>
        <translation>اختر المجلد أو ذاكرة USB</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="118"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="130"/>
        <source>Importing bundles…</source>
        <translation>جارٍ استيراد الحزم…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="174"/>
        <source>%1: imported bundle %2 from device %3</source>
        <translation>%1: استُوردت الحزمة %2 من الجهاز %3</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="185"/>
        <source>%1: duplicate, nothing changed (%2)</source>
        <translation>%1: مكرّرة، لم يتغيّر شيء (%2)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="186"/>
        <source>%1: refused: %2 (%3)</source>
        <translation>%1: مرفوضة: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="202"/>
        <source>device %1: bundle %2 missing</source>
        <translation>الجهاز %1: الحزمة %2 مفقودة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="207"/>
        <source>device %1: late, no bundle since %2 (%3 days)</source>
        <translation>الجهاز %1: متأخر، لا حزمة منذ %2 (%3 يومًا)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="245"/>
        <source>%n imported</source>
        <translation>
            <numerusform>%n مستوردة</numerusform>
            <numerusform>واحدة مستوردة</numerusform>
            <numerusform>اثنتان مستوردتان</numerusform>
            <numerusform>%n مستوردة</numerusform>
            <numerusform>%n مستوردة</numerusform>
            <numerusform>%n مستوردة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="245"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>واحدة مرفوضة</numerusform>
            <numerusform>اثنتان مرفوضتان</numerusform>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="167"/>
        <source>%1: imported bundle %2 from member %3</source>
        <translation>%1: استُوردت الحزمة %2 من العضو %3</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="220"/>
        <source>member %1: bundle %2 missing</source>
        <translation>العضو %1: الحزمة %2 مفقودة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="222"/>
        <source>member %1: %2 %3 not released</source>
        <translation>العضو %1: %2 %3 لم يصدر</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/import_dialog.py" line="224"/>
        <source>member %1: nothing received yet</source>
        <translation>العضو %1: لم يصل منه شيء بعد</translation>
    </message>
</context>
<context>
    <name>IndicatorBrowser</name>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="294"/>
        <source>No indicator is declared by the questionnaires of your kits.</source>
        <extracomment>Table formats offered as buttons, with the file extension each writes. The background protection of the indicator being shown (the newest request wins).</extracomment>
        <translation>لا تعلن استبيانات عُددك أي مؤشر.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="350"/>
        <source>No imported counts for this indicator in the chosen period.</source>
        <translation>لا توجد أعداد مستوردة لهذا المؤشر في الفترة المختارة.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="423"/>
        <source>all questionnaires</source>
        <translation>كل الاستبيانات</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="424"/>
        <source>every period</source>
        <translation>كل الفترات</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="437"/>
        <source>Choose the DHIS2 mapping file</source>
        <translation>اختر ملف مطابقة DHIS2</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="438"/>
        <source>Mapping files (*.json *.yaml *.yml);;All files (*)</source>
        <translation>ملفات المطابقة (*.json *.yaml *.yml);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="445"/>
        <source>Save the tables</source>
        <translation>حفظ الجداول</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="458"/>
        <source>Writing the tables…</source>
        <translation>جارٍ كتابة الجداول…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="486"/>
        <source>Save the report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="500"/>
        <source>Making the report…</source>
        <translation>جارٍ إعداد التقرير…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="505"/>
        <source>Saved the report %1 (%2 indicator(s)).</source>
        <translation>حُفظ التقرير %1 (عدد المؤشرات: %2).</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="527"/>
        <source>Reports and tables</source>
        <translation>التقارير والجداول</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="373"/>
        <source>highly sensitive: counts under %1 are shown as &lt; %1</source>
        <translation>شديد الحساسية: تُعرض الأعداد الأقل من %1 على أنها ‎&lt; %1</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="374"/>
        <source>counts under %1 are shown as &lt; %1</source>
        <translation>تُعرض الأعداد الأقل من %1 على أنها ‎&lt; %1</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="463"/>
        <source>Saved %1: %2 table(s), %3 cell(s) below the threshold.</source>
        <translation>حُفظ %1: الجداول: %2، الخلايا تحت العتبة: %3.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="531"/>
        <source>Every count is changed by at most 5 to protect respondents, totals too; counts under %1 (%2 for highly sensitive questionnaires) are shown as &lt; %1. Only released periods are shown.</source>
        <translation>يُغيَّر كل عدد بخمسة على الأكثر لحماية المستجيبين، والمجاميع كذلك؛ وتُعرض الأعداد الأقل من %1 (%2 للاستبيانات شديدة الحساسية) على أنها ‎&lt; %1. لا تُعرض إلا الفترات المنشورة.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="536"/>
        <source>Questionnaire</source>
        <translation>الاستبيان</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="537"/>
        <source>Answers by:</source>
        <translation>الإجابات حسب:</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="538"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="539"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="541"/>
        <source>All questionnaires</source>
        <translation>كل الاستبيانات</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="543"/>
        <source>earliest</source>
        <translation>الأقدم</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="545"/>
        <source>latest</source>
        <translation>الأحدث</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="546"/>
        <source>Export tables:</source>
        <translation>تصدير الجداول:</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="550"/>
        <source>A dataValueSets file; you choose the mapping file first.</source>
        <translation>ملف dataValueSets؛ تختار ملف المطابقة أولًا.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/browser.py" line="551"/>
        <source>Print / save report (PDF)…</source>
        <translation>طباعة / حفظ التقرير (PDF)…</translation>
    </message>
</context>
<context>
    <name>InterviewRunner</name>
    <message>
        <location filename="../../napsurvey/gui/interview/runner.py" line="319"/>
        <source>Questions in</source>
        <extracomment>Switch to the dummy questions and back (F9 from the main window does the same).</extracomment>
        <translation>الأسئلة باللغة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/runner.py" line="320"/>
        <source>Where to get help</source>
        <translation>أين تجد المساعدة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/runner.py" line="321"/>
        <source>Referral services for the respondent&apos;s area</source>
        <translation>خدمات الإحالة في منطقة المُجيب</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/runner.py" line="322"/>
        <source>Switch questions</source>
        <translation>تبديل الأسئلة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/runner.py" line="323"/>
        <source>Show harmless questions instead, and back (Ctrl+D or F9)</source>
        <translation>عرض أسئلة عادية بدلًا منها، ثم العودة (Ctrl+D أو F9)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/runner.py" line="324"/>
        <source>Stop interview</source>
        <translation>إيقاف المقابلة</translation>
    </message>
</context>
<context>
    <name>InterviewView</name>
    <message>
        <location filename="../../napsurvey/gui/interview/view.py" line="154"/>
        <source>%1 — %2 of %3</source>
        <extracomment>Width of the question column: long consent scripts stay readable, short questions do not float.</extracomment>
        <translation>%1 — %2 من %3</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/view.py" line="184"/>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/view.py" line="258"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/view.py" line="259"/>
        <source>Complete interview</source>
        <translation>إكمال المقابلة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/view.py" line="262"/>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/view.py" line="268"/>
        <source>Back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/view.py" line="270"/>
        <source>Keys: 1–9 choose · Enter next · Alt+← back</source>
        <translation>المفاتيح: 1–9 للاختيار · ⁦Enter⁩ للتالي · ⁦Alt+←⁩ للرجوع</translation>
    </message>
</context>
<context>
    <name>KitDialog</name>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="65"/>
        <source>Create enrollment kit</source>
        <translation>إنشاء عُدّة تسجيل</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="71"/>
        <source>Enrollment kit for monitors</source>
        <translation>عُدّة تسجيل للراصدين</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="74"/>
        <source>Questionnaires in the kit: %1</source>
        <translation>الاستبيانات في العُدّة: %1</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="78"/>
        <source>Sensitive questionnaires (need a study protocol and a referral directory)</source>
        <translation>الاستبيانات الحساسة (تحتاج إلى بروتوكول دراسة ودليل إحالة)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="84"/>
        <source>Include %1 (%2)</source>
        <translation>تضمين %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="91"/>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="96"/>
        <source>none chosen</source>
        <translation>لم يُختر شيء</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="93"/>
        <source>Choose referral directory…</source>
        <translation>اختيار دليل الإحالة…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="98"/>
        <source>Choose study protocol…</source>
        <translation>اختيار بروتوكول الدراسة…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="106"/>
        <source>Referral directory</source>
        <translation>دليل الإحالة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="107"/>
        <source>Study protocol</source>
        <translation>بروتوكول الدراسة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="108"/>
        <source>Smallest count shown</source>
        <translation>أصغر عدد يُعرض</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="109"/>
        <source>… for sensitive forms</source>
        <translation>… للاستمارات الحساسة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="114"/>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="120"/>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="115"/>
        <source>A bundle expected every</source>
        <translation>حزمة متوقعة كل</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="121"/>
        <source>Wait after a period ends</source>
        <translation>الانتظار بعد نهاية الفترة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="127"/>
        <source>Estimate</source>
        <translation>تقدير</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="129"/>
        <source>Interviews per reporting period</source>
        <translation>المقابلات في كل فترة تقرير</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="132"/>
        <source>Questionnaire</source>
        <translation>الاستبيان</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="132"/>
        <source>Below the threshold</source>
        <translation>تحت العتبة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="133"/>
        <source>Mostly blank tables</source>
        <translation>جداول فارغة في معظمها</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="141"/>
        <source>Write kit…</source>
        <translation>كتابة العُدّة…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="142"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="178"/>
        <source>Choose the referral directory</source>
        <translation>اختر دليل الإحالة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="183"/>
        <source>Choose the study protocol</source>
        <translation>اختر بروتوكول الدراسة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="189"/>
        <source>Save the kit</source>
        <translation>حفظ العُدّة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="218"/>
        <source>Signing and writing the kit…</source>
        <translation>جارٍ توقيع العُدّة وكتابتها…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="232"/>
        <source>Estimating…</source>
        <translation>جارٍ التقدير…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="252"/>
        <source>Kit written</source>
        <translation>كُتبت العُدّة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="254"/>
        <source>Give it to the monitor. When they install it, read this fingerprint aloud to them:</source>
        <translation>سلّمها إلى الراصد. وعندما يثبّتها، اقرأ له هذه البصمة بصوت مسموع:</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="253"/>
        <source>File: %1 (sealed: it opens only with the enrollment code below)</source>
        <translation>الملف: %1 (مختوم: لا يُفتح إلا برمز التسجيل أدناه)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/kit_dialog.py" line="257"/>
        <source>Then read them this enrollment code. Say it, do not write it on the stick:</source>
        <translation>ثم اقرأ له رمز التسجيل هذا. قله ولا تكتبه على الذاكرة المحمولة:</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="48"/>
        <source>Save the hub kit</source>
        <translation>حفظ عُدّة المركز</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="64"/>
        <source>Sealing and writing the hub kit…</source>
        <translation>جارٍ ختم حزمة المركز وكتابتها…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="68"/>
        <source>Hub kit written</source>
        <translation>كُتبت عُدّة المركز</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="69"/>
        <source>Give this file to each national coordinator; they open it with &apos;Join a hub…&apos;.</source>
        <translation>سلّم هذا الملف لكل منسّق وطني؛ يفتحه بـ«الانضمام إلى مركز…».</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="76"/>
        <source>Choose the coordinator&apos;s device card</source>
        <translation>اختر بطاقة جهاز المنسّق</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="107"/>
        <source>Member approved</source>
        <translation>اعتُمد العضو</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="108"/>
        <source>Bundles from %1 will now be accepted.</source>
        <translation>ستُقبل الآن الحزم الواردة من %1.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="112"/>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="113"/>
        <source>The national coordinators you approved, with their bundles and the periods they released.</source>
        <translation>المنسّقون الوطنيون الذين اعتمدتهم، مع حزمهم والفترات التي أصدروها.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="114"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="114"/>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="114"/>
        <source>Approved</source>
        <translation>تاريخ الاعتماد</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="114"/>
        <source>Bundles</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="115"/>
        <source>Last bundle</source>
        <translation>آخر حزمة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="115"/>
        <source>Missing bundles</source>
        <translation>الحزم المفقودة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="115"/>
        <source>Periods released</source>
        <translation>الفترات الصادرة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="116"/>
        <source>No member approved yet. Approve a coordinator&apos;s device card to see it here.</source>
        <translation>لم يُعتمد أي عضو بعد. اعتمد بطاقة جهاز منسّق ليظهر هنا.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="118"/>
        <source>Approve a coordinator&apos;s card…</source>
        <translation>اعتماد بطاقة منسّق…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="119"/>
        <source>Write the hub kit…</source>
        <translation>كتابة عُدّة المركز…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="70"/>
        <source>File: %1 (sealed: it opens only with the enrollment code below)</source>
        <translation>الملف: %1 (مختوم: لا يُفتح إلا برمز التسجيل أدناه)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/pages.py" line="72"/>
        <source>Then read them this enrollment code. Say it, do not write it on the stick:</source>
        <translation>ثم اقرأ له رمز التسجيل هذا. قله ولا تكتبه على الذاكرة المحمولة:</translation>
    </message>
</context>
<context>
    <name>MembershipPage</name>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="129"/>
        <source>Choose the hub kit</source>
        <translation>اختر عُدّة المركز</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="155"/>
        <source>Opening the hub kit…</source>
        <translation>جارٍ فتح حزمة المركز…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="160"/>
        <source>Hub joined</source>
        <translation>تم الانضمام إلى المركز</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="161"/>
        <source>You joined %1. Compare its fingerprint with the one the hub reads to you.</source>
        <translation>انضممت إلى %1. قارن بصمته بالبصمة التي يقرأها لك المركز.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="162"/>
        <source>Next: write this computer&apos;s card for the hub and give it to the hub.</source>
        <translation>الخطوة التالية: اكتب بطاقة هذا الحاسوب للمركز وسلّمها إليه.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="168"/>
        <source>Save this computer&apos;s card for the hub</source>
        <translation>حفظ بطاقة هذا الحاسوب للمركز</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="181"/>
        <source>Card written</source>
        <translation>كُتبت البطاقة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="182"/>
        <source>Give the card to the hub and read it this fingerprint aloud.</source>
        <translation>سلّم البطاقة إلى المركز واقرأ له هذه البصمة بصوت عالٍ.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="183"/>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="248"/>
        <source>File: %1</source>
        <translation>الملف: %1</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="186"/>
        <source>Hub</source>
        <translation>المركز</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="188"/>
        <source>A network or regional hub brings together what several national coordinators publish. It receives your releases only, never answers or records.</source>
        <translation>يجمع مركز الشبكة أو المركز الإقليمي ما ينشره عدة منسّقين وطنيين. لا يتلقى إلا إصداراتك، ولا يتلقى أبدًا إجابات أو سجلات.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="190"/>
        <source>Send releases to the hub…</source>
        <translation>إرسال الإصدارات إلى المركز…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="191"/>
        <source>Join a hub…</source>
        <translation>الانضمام إلى مركز…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="192"/>
        <source>Card for the hub…</source>
        <translation>بطاقة للمركز…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="193"/>
        <source>The hub may show us side by side with other members (twinning)</source>
        <translation>يجوز للمركز أن يعرضنا جنبًا إلى جنب مع أعضاء آخرين (التوأمة)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="195"/>
        <source>Send raw counts of %1 (never answers; the hub protects what it pools)</source>
        <translation>إرسال الأعداد الخام لـ %1 (لا إجابات أبدًا؛ ويحمي المركز ما يجمعه)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="199"/>
        <source>This coordinator has not joined a hub.</source>
        <translation>لم ينضم هذا المنسّق إلى أي مركز.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="204"/>
        <source>Member of %1 (fingerprint %2) since %3.</source>
        <translation>عضو في %1 (البصمة %2) منذ %3.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="208"/>
        <source>The hub asks for raw counts of: %1. You agreed for: %2.</source>
        <translation>يطلب المركز الأعداد الخام لـ: %1. وافقتَ على: %2.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="210"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="212"/>
        <source>Only your published figures go to the hub.</source>
        <translation>لا يذهب إلى المركز إلا أرقامك المنشورة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="214"/>
        <source>%n release(s) not sent yet</source>
        <translation>
            <numerusform>إصدارات لم تُرسل بعد: %n</numerusform>
            <numerusform>إصدارات لم تُرسل بعد: %n</numerusform>
            <numerusform>إصدارات لم تُرسل بعد: %n</numerusform>
            <numerusform>إصدارات لم تُرسل بعد: %n</numerusform>
            <numerusform>إصدارات لم تُرسل بعد: %n</numerusform>
            <numerusform>إصدارات لم تُرسل بعد: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="216"/>
        <source>%n hub bundle(s) made.</source>
        <translation>
            <numerusform>حزم المركز المُنشأة: %n.</numerusform>
            <numerusform>حزم المركز المُنشأة: %n.</numerusform>
            <numerusform>حزم المركز المُنشأة: %n.</numerusform>
            <numerusform>حزم المركز المُنشأة: %n.</numerusform>
            <numerusform>حزم المركز المُنشأة: %n.</numerusform>
            <numerusform>حزم المركز المُنشأة: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="217"/>
        <source>With twinning, the hub also gets your plan&apos;s scorecard and financing for: %1.</source>
        <translation>مع التوأمة، يتلقى المركز أيضًا بطاقة أداء خطتكم وتمويلها للفترات: %1.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="224"/>
        <source>Choose the USB stick or folder for the hub bundle</source>
        <translation>اختر مفتاح USB أو المجلد لحزمة المركز</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="241"/>
        <source>Writing and checking the hub bundle…</source>
        <translation>جارٍ كتابة حزمة المركز والتحقق منها…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="246"/>
        <source>%n release(s) went out in hub bundle %1.</source>
        <translation>
            <numerusform>إصدارات أُرسلت في حزمة المركز %1: %n.</numerusform>
            <numerusform>إصدارات أُرسلت في حزمة المركز %1: %n.</numerusform>
            <numerusform>إصدارات أُرسلت في حزمة المركز %1: %n.</numerusform>
            <numerusform>إصدارات أُرسلت في حزمة المركز %1: %n.</numerusform>
            <numerusform>إصدارات أُرسلت في حزمة المركز %1: %n.</numerusform>
            <numerusform>إصدارات أُرسلت في حزمة المركز %1: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="249"/>
        <source>The file was read back from the stick and matches what was written.</source>
        <translation>قُرئ الملف من المفتاح من جديد وهو مطابق لما كُتب.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="252"/>
        <source>Raw counts included for: %1.</source>
        <translation>الأعداد الخام مضمّنة لـ: %1.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="256"/>
        <source>Hub bundle written</source>
        <translation>كُتبت حزمة المركز</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/membership_page.py" line="254"/>
        <source>This hub bundle was made before but never written (the sending was interrupted). It is the same bundle; send again for what was released since.</source>
        <translation>أُعدّت حزمة المركز هذه من قبل ولم تُكتب قط (انقطع الإرسال). إنها الحزمة نفسها؛ أرسل من جديد لما نُشر منذ ذلك الحين.</translation>
    </message>
</context>
<context>
    <name>MonitorHome</name>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="415"/>
        <source>Welcome back</source>
        <translation>مرحبًا بعودتك</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="416"/>
        <source>Questionnaires</source>
        <translation>الاستبيانات</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="417"/>
        <source>No questionnaires are installed yet. They arrive with your coordinator&apos;s kit.</source>
        <translation>لم تُثبَّت أي استبيانات بعد. تصل مع عُدّة منسّقك.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="423"/>
        <source>Version %1 · Languages: %2</source>
        <translation>الإصدار %1 · اللغات: %2</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="425"/>
        <source>Drafts: %1 · Completed: %2</source>
        <translation>المسودات: %1 · المكتملة: %2</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="428"/>
        <source>Start interview</source>
        <translation>بدء المقابلة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="433"/>
        <source>Before it can start:</source>
        <translation>قبل أن يبدأ:</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="436"/>
        <source>Not installed yet</source>
        <translation>غير مثبّت بعد</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="437"/>
        <source>Drafts to resume</source>
        <translation>مسودات للمتابعة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="438"/>
        <source>No unfinished interviews.</source>
        <translation>لا توجد مقابلات غير مكتملة.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="442"/>
        <source>Resume: %1</source>
        <translation>متابعة: %1</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="444"/>
        <source>Waiting for export</source>
        <translation>بانتظار التصدير</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/monitor_home.py" line="445"/>
        <source>%n completed interview(s) not yet exported.</source>
        <translation>
            <numerusform>%n مقابلة مكتملة لم تُصدَّر بعد.</numerusform>
            <numerusform>مقابلة مكتملة واحدة لم تُصدَّر بعد.</numerusform>
            <numerusform>مقابلتان مكتملتان لم تُصدَّرا بعد.</numerusform>
            <numerusform>%n مقابلات مكتملة لم تُصدَّر بعد.</numerusform>
            <numerusform>%n مقابلة مكتملة لم تُصدَّر بعد.</numerusform>
            <numerusform>%n مقابلة مكتملة لم تُصدَّر بعد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="446"/>
        <source>Export to USB stick…</source>
        <translation>التصدير إلى ذاكرة USB…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="448"/>
        <source>Training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="450"/>
        <source>Not signed off yet. Sensitive questionnaires stay locked.</source>
        <translation>لم يُعتمد التدريب بعد. تبقى الاستبيانات الحساسة مقفلة.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="353"/>
        <location filename="../../napsurvey/gui/monitor_home.py" line="451"/>
        <source>Record training sign-off…</source>
        <translation>تسجيل اعتماد التدريب…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="344"/>
        <source>The study protocol and the referral services for your area, which come with your coordinator&apos;s kit.</source>
        <extracomment>The sync card (export, enrollment, receipts); &quot;Export to USB stick&quot; runs its export.</extracomment>
        <translation>بروتوكول الدراسة وخدمات الإحالة في منطقتك، وهي تأتي مع عُدّة التسجيل من منسّقك.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="346"/>
        <source>The kit from your coordinator: it brings this questionnaire with its study protocol and the referral services for your area.</source>
        <translation>عُدّة التسجيل من منسّقك: تأتي بهذا الاستبيان مع بروتوكول الدراسة الخاص به وخدمات الإحالة في منطقتك.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="350"/>
        <source>Enroll with a kit…</source>
        <translation>التسجيل بعُدّة…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="352"/>
        <source>Your training sign-off, recorded by the supervisor who trained you.</source>
        <translation>اعتماد تدريبك، الذي يسجّله المشرف الذي درّبك.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="363"/>
        <source>started today at %1</source>
        <translation>بدأت اليوم الساعة %1</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="365"/>
        <source>started %1 at %2</source>
        <translation>بدأت في %1 الساعة %2</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="368"/>
        <source>started before this version of the app</source>
        <translation>بدأت قبل هذا الإصدار من التطبيق</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/monitor_home.py" line="374"/>
        <source>%n question(s) answered</source>
        <translation>
            <numerusform>أُجيب عن %n سؤال</numerusform>
            <numerusform>أُجيب عن سؤال واحد</numerusform>
            <numerusform>أُجيب عن سؤالين</numerusform>
            <numerusform>أُجيب عن %n أسئلة</numerusform>
            <numerusform>أُجيب عن %n سؤالًا</numerusform>
            <numerusform>أُجيب عن %n سؤال</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="454"/>
        <source>Signed off on %1.</source>
        <translation>اعتُمد التدريب في %1.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/monitor_home.py" line="455"/>
        <source>Record a new sign-off…</source>
        <translation>تسجيل اعتماد جديد…</translation>
    </message>
</context>
<context>
    <name>MonitorSyncPanel</name>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="90"/>
        <source>Coordinator and USB stick</source>
        <extracomment>Something changed in the vault (records marked, kit installed): the home should redraw. How the last export went, in one line (text, ok): the home&apos;s export card shows it.</extracomment>
        <translation>المنسّق وذاكرة USB</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="93"/>
        <source>Enrolled with coordinator %1.</source>
        <translation>مسجَّل لدى المنسّق %1.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="95"/>
        <source>Not enrolled yet: ask your coordinator for a kit.</source>
        <translation>غير مسجَّل بعد: اطلب من منسّقك عُدّة تسجيل.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="105"/>
        <source>Export for coordinator…</source>
        <translation>التصدير للمنسّق…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="106"/>
        <source>Re-create a lost bundle…</source>
        <translation>إعادة إنشاء حزمة مفقودة…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="104"/>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="107"/>
        <source>Enroll with a kit…</source>
        <translation>التسجيل بعُدّة…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="99"/>
        <source>This laptop is not enrolled yet, so it has nobody to send the interviews to. Your coordinator gives you an enrollment kit, usually on a USB stick, and reads you their fingerprint: enroll with it, then export.</source>
        <translation>هذا الحاسوب غير مسجَّل بعد، فليس لديه من يرسل إليه المقابلات. يعطيك منسّقك عُدّة تسجيل، عادةً على ذاكرة USB، ويقرأ لك بصمته: سجّل بها، ثم صدّر.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="108"/>
        <source>Device card…</source>
        <translation>بطاقة الجهاز…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="109"/>
        <source>Accept a receipt…</source>
        <translation>قبول إيصال استلام…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="127"/>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="183"/>
        <source>Choose the USB stick or folder for the bundle</source>
        <translation>اختر ذاكرة USB أو المجلد الذي ستُكتب فيه الحزمة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="140"/>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="196"/>
        <source>Writing and checking the bundle…</source>
        <translation>جارٍ كتابة الحزمة والتحقق منها…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="150"/>
        <source>%n interview(s) went out in bundle %1.</source>
        <translation>
            <numerusform>خرجت %n مقابلة في الحزمة %1.</numerusform>
            <numerusform>خرجت مقابلة واحدة في الحزمة %1.</numerusform>
            <numerusform>خرجت مقابلتان في الحزمة %1.</numerusform>
            <numerusform>خرجت %n مقابلات في الحزمة %1.</numerusform>
            <numerusform>خرجت %n مقابلة في الحزمة %1.</numerusform>
            <numerusform>خرجت %n مقابلة في الحزمة %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="151"/>
        <source>File: %1</source>
        <translation>الملف: %1</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="152"/>
        <source>The file was read back from the stick and matches what was written.</source>
        <translation>قُرئ الملف مرة أخرى من الذاكرة وهو يطابق ما كُتب.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="159"/>
        <source>Bundle written</source>
        <translation>كُتبت الحزمة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="161"/>
        <source>Remove the USB stick safely (eject it first) before you unplug it.</source>
        <translation>أزل ذاكرة USB بأمان (أخرجها أولًا) قبل فصلها.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="202"/>
        <source>Choose the enrollment kit</source>
        <translation>اختر عُدّة التسجيل</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="251"/>
        <source>Installing the kit…</source>
        <translation>جارٍ تثبيت العُدّة…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="257"/>
        <source>Kit %1 updated.</source>
        <translation>حُدّثت العُدّة %1.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="257"/>
        <source>Kit %1 installed.</source>
        <translation>ثُبّتت العُدّة %1.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="260"/>
        <source>Coordinator: %1</source>
        <translation>المنسّق: %1</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="261"/>
        <source>Questionnaires: %1</source>
        <translation>الاستبيانات: %1</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="262"/>
        <source>Next: make the device card and give it to your coordinator.</source>
        <translation>الخطوة التالية: أنشئ بطاقة الجهاز وسلّمها إلى منسّقك.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="266"/>
        <source>Enrolled</source>
        <translation>تم التسجيل</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="269"/>
        <source>This device&apos;s fingerprint. Read it aloud to your coordinator:</source>
        <translation>بصمة هذا الجهاز. اقرأها لمنسّقك بصوت مسموع:</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="286"/>
        <source>Save the device card</source>
        <translation>حفظ بطاقة الجهاز</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="303"/>
        <source>Writing the device card…</source>
        <translation>جارٍ كتابة بطاقة الجهاز…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="309"/>
        <source>Choose the coordinator&apos;s receipt</source>
        <translation>اختر إيصال استلام المنسّق</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="326"/>
        <source>Receipt accepted</source>
        <translation>قُبل إيصال الاستلام</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="328"/>
        <source>%n bundle(s) acknowledged by the coordinator.</source>
        <translation>
            <numerusform>أكّد المنسّق استلام %n حزمة.</numerusform>
            <numerusform>أكّد المنسّق استلام حزمة واحدة.</numerusform>
            <numerusform>أكّد المنسّق استلام حزمتين.</numerusform>
            <numerusform>أكّد المنسّق استلام %n حزم.</numerusform>
            <numerusform>أكّد المنسّق استلام %n حزمة.</numerusform>
            <numerusform>أكّد المنسّق استلام %n حزمة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="329"/>
        <source>%n record(s) may now be removed by the retention rule.</source>
        <translation>
            <numerusform>يمكن الآن أن تحذف قاعدة الاحتفاظ %n سجل.</numerusform>
            <numerusform>يمكن الآن أن تحذف قاعدة الاحتفاظ سجلًا واحدًا.</numerusform>
            <numerusform>يمكن الآن أن تحذف قاعدة الاحتفاظ سجلين.</numerusform>
            <numerusform>يمكن الآن أن تحذف قاعدة الاحتفاظ %n سجلات.</numerusform>
            <numerusform>يمكن الآن أن تحذف قاعدة الاحتفاظ %n سجلًا.</numerusform>
            <numerusform>يمكن الآن أن تحذف قاعدة الاحتفاظ %n سجل.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="334"/>
        <source>Checking the receipt…</source>
        <translation>جارٍ التحقق من إيصال الاستلام…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="155"/>
        <source>This bundle was made before but never written (the export was interrupted). It is the same bundle; export again for the interviews completed since.</source>
        <translation>أُنشئت هذه الحزمة من قبل لكنها لم تُكتب قط (انقطع التصدير). إنها الحزمة نفسها؛ صدّر مرة أخرى للمقابلات التي اكتملت منذ ذلك الحين.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/sync/monitor_panel.py" line="240"/>
        <source>Opening the kit…</source>
        <translation>جارٍ فتح العُدّة…</translation>
    </message>
</context>
<context>
    <name>NeutralScreen</name>
    <message>
        <location filename="../../napsurvey/gui/neutral.py" line="58"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
</context>
<context>
    <name>PlanArea</name>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="118"/>
        <source>Nothing was stored.</source>
        <translation>لم يُخزَّن أي شيء.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="122"/>
        <source>Import a plan</source>
        <translation>استيراد خطة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="122"/>
        <source>Plan files (*.yaml *.yml *.xlsx)</source>
        <translation>ملفات الخطة (*.yaml *.yml *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="138"/>
        <source>The plan was not imported</source>
        <translation>لم تُستورد الخطة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="141"/>
        <source>%1: %2 actions and %3 indicators in %4 pillars.</source>
        <translation>%1: عدد الإجراءات %2 وعدد المؤشرات %3، في %4 من الركائز.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/plan/area.py" line="145"/>
        <source>%n assessed period(s) kept.</source>
        <translation>
            <numerusform>الفترات المُقيَّمة المحتفَظ بها: %n.</numerusform>
            <numerusform>الفترات المُقيَّمة المحتفَظ بها: %n.</numerusform>
            <numerusform>الفترات المُقيَّمة المحتفَظ بها: %n.</numerusform>
            <numerusform>الفترات المُقيَّمة المحتفَظ بها: %n.</numerusform>
            <numerusform>الفترات المُقيَّمة المحتفَظ بها: %n.</numerusform>
            <numerusform>الفترات المُقيَّمة المحتفَظ بها: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="146"/>
        <source>Plan imported</source>
        <translation>استُوردت الخطة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="154"/>
        <source>Checking the plan…</source>
        <translation>جارٍ التحقق من الخطة…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="160"/>
        <source>Replace the plan?</source>
        <translation>استبدال الخطة؟</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="161"/>
        <source>This vault holds plan %1 and its %2 assessed period(s). Replace it by %3, and drop those periods?</source>
        <translation>تحتوي هذه الخزنة على الخطة %1 وفتراتها المُقيَّمة (%2). هل تستبدلها بالخطة %3 وتحذف تلك الفترات؟</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="168"/>
        <source>Load assessments</source>
        <translation>تحميل التقييمات</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="168"/>
        <source>Assessments (*.yaml *.yml)</source>
        <translation>التقييمات (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="184"/>
        <source>The assessments were not stored</source>
        <translation>لم تُخزَّن التقييمات</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="187"/>
        <source>Assessments stored</source>
        <translation>خُزّنت التقييمات</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="188"/>
        <source>Periods stored: %1.</source>
        <translation>الفترات المخزّنة: %1.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="190"/>
        <source>Checking the assessments…</source>
        <translation>جارٍ التحقق من التقييمات…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="195"/>
        <source>Export the plan matrix</source>
        <translation>تصدير مصفوفة الخطة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="195"/>
        <source>Workbook (*.xlsx);;JSON (*.json)</source>
        <translation>مصنف Excel (*.xlsx);;ملف JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="207"/>
        <source>Matrix exported</source>
        <translation>صُدّرت المصفوفة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="207"/>
        <source>Saved to %1.</source>
        <translation>حُفظ في %1.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="241"/>
        <source>Period stored</source>
        <translation>خُزّنت الفترة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="242"/>
        <source>Period %1 is stored as assessed.</source>
        <translation>خُزّنت الفترة %1 على أنها مُقيَّمة.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="276"/>
        <source>National Action Plan</source>
        <translation>خطة العمل الوطنية</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="279"/>
        <source>No plan imported yet.</source>
        <translation>لم تُستورد أي خطة بعد.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="280"/>
        <source>Import the plan your government adopted: its actions, responsible institutions, indicators, baselines, targets and costing, as a YAML file or the XLSX template a ministry officer fills in.</source>
        <translation>استورد الخطة التي اعتمدتها حكومتك: إجراءاتها والجهات المسؤولة عنها ومؤشراتها وخطوط الأساس والأهداف والتكاليف، في ملف YAML أو في قالب XLSX يملؤه موظف في الوزارة.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="286"/>
        <source>%1 actions, %2 indicators.</source>
        <translation>الإجراءات: %1، المؤشرات: %2.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="289"/>
        <source>Assessed periods: %1.</source>
        <translation>الفترات المُقيَّمة: %1.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="290"/>
        <source>No period assessed yet.</source>
        <translation>لم تُقيَّم أي فترة بعد.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="293"/>
        <source>A new period…</source>
        <translation>فترة جديدة…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="294"/>
        <source>Import a plan…</source>
        <translation>استيراد خطة…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="295"/>
        <source>Load assessments from a file…</source>
        <translation>تحميل التقييمات من ملف…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="296"/>
        <source>Assess this period</source>
        <translation>تقييم هذه الفترة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="297"/>
        <source>Scorecard</source>
        <translation>بطاقة الأداء</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="298"/>
        <source>Export the matrix…</source>
        <translation>تصدير المصفوفة…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/area.py" line="299"/>
        <source>A plan names institutions, never persons: no names, phone numbers or e-mail addresses. Evidence is a public document, or a confidential source that is not named.</source>
        <translation>الخطة تذكر المؤسسات ولا تذكر الأشخاص أبدًا: لا أسماء ولا أرقام هواتف ولا عناوين بريد إلكتروني. الدليل وثيقة علنية، أو مصدر سري لا يُذكر اسمه.</translation>
    </message>
</context>
<context>
    <name>PromptView</name>
    <message>
        <location filename="../../napsurvey/gui/interview/prompt_view.py" line="101"/>
        <source>Answer after all</source>
        <extracomment>Labels longer than this are drawn as reading text, not as a bold question title.</extracomment>
        <translation>الإجابة رغم ذلك</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/prompt_view.py" line="101"/>
        <source>Decline to answer</source>
        <translation>رفض الإجابة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/prompt_view.py" line="102"/>
        <source>The respondent does not want to answer this question</source>
        <translation>لا يريد المُجيب الإجابة عن هذا السؤال</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/prompt_view.py" line="103"/>
        <source>Declined by the respondent</source>
        <translation>رفض المُجيب الإجابة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/prompt_view.py" line="105"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="240"/>
        <source>The two new passphrases are not the same.</source>
        <extracomment>True while the recovery key is being checked on the worker thread.</extracomment>
        <translation>عبارتا المرور الجديدتان غير متطابقتين.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="284"/>
        <source>Use the recovery key</source>
        <translation>استخدام مفتاح الاسترداد</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="286"/>
        <source>Type the recovery key you wrote down at set-up, then choose a new passphrase.</source>
        <translation>اكتب مفتاح الاسترداد الذي دوّنته عند الإعداد، ثم اختر عبارة مرور جديدة.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="288"/>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="290"/>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="291"/>
        <source>Type it again</source>
        <translation>اكتبها مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="292"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="293"/>
        <source>Open with the key</source>
        <translation>الفتح بالمفتاح</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="294"/>
        <source>Checking the recovery key…</source>
        <translation>جارٍ التحقق من مفتاح الاسترداد…</translation>
    </message>
</context>
<context>
    <name>ReferralList</name>
    <message>
        <location filename="../../napsurvey/gui/interview/referral_panel.py" line="83"/>
        <source>Medical care</source>
        <translation>رعاية طبية</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/referral_panel.py" line="84"/>
        <source>Psychosocial support</source>
        <translation>دعم نفسي واجتماعي</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/referral_panel.py" line="85"/>
        <source>Legal aid</source>
        <translation>مساعدة قانونية</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/referral_panel.py" line="86"/>
        <source>Safety and protection</source>
        <translation>السلامة والحماية</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/referral_panel.py" line="87"/>
        <source>Shelter</source>
        <translation>مأوى</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/referral_panel.py" line="88"/>
        <source>Other support</source>
        <translation>دعم آخر</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/referral_panel.py" line="95"/>
        <source>No service is listed for %1.</source>
        <translation>لا توجد خدمة مُدرجة في %1.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/referral_panel.py" line="97"/>
        <source>Nearest listed services</source>
        <translation>أقرب الخدمات المُدرجة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/referral_panel.py" line="97"/>
        <source>Other listed services</source>
        <translation>خدمات أخرى مُدرجة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/referral_panel.py" line="102"/>
        <source>No referral directory is installed for this area. Ask your coordinator for the list of services before asking about anything sensitive, and do not promise help you cannot arrange.</source>
        <translation>لا يوجد دليل إحالة مثبّت لهذه المنطقة. اطلب من منسّقك قائمة الخدمات قبل السؤال عن أي أمر حساس، ولا تَعِد بمساعدة لا تستطيع تدبيرها.</translation>
    </message>
</context>
<context>
    <name>ReferralPanel</name>
    <message>
        <location filename="../../napsurvey/gui/interview/referral_panel.py" line="150"/>
        <source>Where to get help</source>
        <translation>أين تجد المساعدة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/referral_panel.py" line="151"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>RegionalPage</name>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="133"/>
        <source>Regional report</source>
        <extracomment>The languages of the regional report (the coordinator&apos;s outputs screens, with the same list, load only with a coordinator&apos;s home: importing them here would bring the report libraries into the app&apos;s start).</extracomment>
        <translation>التقرير الإقليمي</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="135"/>
        <source>The regional report and tables bring together what your members released: each member&apos;s own figures, their sums, and the gaps. Leave the period empty for every period released, or type one (2026Q3) or a range (2026Q1..2026Q4).</source>
        <translation>يجمع التقرير والجداول الإقليمية ما أصدره أعضاؤك: أرقام كل عضو، ومجاميعها، وما ينقص. اترك الفترة فارغة لكل الفترات الصادرة، أو اكتب فترة (2026Q3) أو مدى (2026Q1..2026Q4).</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="138"/>
        <source>Report language</source>
        <translation>لغة التقرير</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="139"/>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="140"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="141"/>
        <source>Write the regional report…</source>
        <translation>كتابة التقرير الإقليمي…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="142"/>
        <source>Regional tables (CSV)…</source>
        <translation>الجداول الإقليمية (CSV)…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="143"/>
        <source>Regional tables (JSON)…</source>
        <translation>الجداول الإقليمية (JSON)…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="144"/>
        <source>Twinning</source>
        <translation>التوأمة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="146"/>
        <source>Tick two or more members to compare them side by side, each with the figures it released. Only members who chose to take part in twinning are listed.</source>
        <translation>اختر عضوين أو أكثر لمقارنتهم جنبًا إلى جنب، كلٌّ بالأرقام التي أصدرها. لا يظهر إلا الأعضاء الذين اختاروا المشاركة في التوأمة.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="148"/>
        <source>Write the twinning report…</source>
        <translation>كتابة تقرير التوأمة…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="155"/>
        <source>Save the regional report</source>
        <translation>حفظ التقرير الإقليمي</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="174"/>
        <source>Regional report written</source>
        <translation>كُتب التقرير الإقليمي</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="175"/>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="234"/>
        <source>%n indicator(s).</source>
        <translation>
            <numerusform>المؤشرات: %n.</numerusform>
            <numerusform>المؤشرات: %n.</numerusform>
            <numerusform>المؤشرات: %n.</numerusform>
            <numerusform>المؤشرات: %n.</numerusform>
            <numerusform>المؤشرات: %n.</numerusform>
            <numerusform>المؤشرات: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="176"/>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="203"/>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="235"/>
        <source>File: %1</source>
        <translation>الملف: %1</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="178"/>
        <source>Making the regional report…</source>
        <translation>جارٍ إعداد التقرير الإقليمي…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="183"/>
        <source>Save the regional tables</source>
        <translation>حفظ الجداول الإقليمية</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="202"/>
        <source>Regional tables written</source>
        <translation>كُتبت الجداول الإقليمية</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="203"/>
        <source>%n table(s).</source>
        <translation>
            <numerusform>الجداول: %n.</numerusform>
            <numerusform>الجداول: %n.</numerusform>
            <numerusform>الجداول: %n.</numerusform>
            <numerusform>الجداول: %n.</numerusform>
            <numerusform>الجداول: %n.</numerusform>
            <numerusform>الجداول: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="205"/>
        <source>Writing the regional tables…</source>
        <translation>جارٍ كتابة الجداول الإقليمية…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="210"/>
        <source>Save the twinning report</source>
        <translation>حفظ تقرير التوأمة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="233"/>
        <source>Twinning report written</source>
        <translation>كُتب تقرير التوأمة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub/regional_page.py" line="237"/>
        <source>Making the twinning report…</source>
        <translation>جارٍ إعداد تقرير التوأمة…</translation>
    </message>
</context>
<context>
    <name>RepeatScreen</name>
    <message>
        <location filename="../../napsurvey/gui/interview/screen_view.py" line="266"/>
        <source>Added so far: %1. Add another, or press Next to go on.</source>
        <translation>المُضاف حتى الآن: %1. أضف واحدًا آخر، أو اضغط «التالي» للمتابعة.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/screen_view.py" line="267"/>
        <source>+ Add another</source>
        <translation>+ إضافة آخر</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <location filename="../../napsurvey/gui/coordinator/report_dialog.py" line="52"/>
        <source>Print or save the summary report</source>
        <extracomment>Languages the report is written in (its fixed texts and fonts cover these).</extracomment>
        <translation>طباعة التقرير الموجز أو حفظه</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/report_dialog.py" line="54"/>
        <source>The report holds the same disclosure-controlled tables and charts as this screen, for the questionnaire and period chosen, with coverage and a methodology note. You choose where the PDF is saved next.</source>
        <translation>يتضمن التقرير الجداول والرسوم البيانية نفسها الخاضعة لضبط الإفصاح المعروضة في هذه الشاشة، للاستبيان والفترة المختارين، مع التغطية وملاحظة منهجية. تختار بعد ذلك مكان حفظ ملف PDF.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/report_dialog.py" line="58"/>
        <source>Report language</source>
        <translation>لغة التقرير</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/report_dialog.py" line="59"/>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/coordinator/report_dialog.py" line="60"/>
        <source>Choose where to save…</source>
        <translation>اختيار مكان الحفظ…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../napsurvey/gui/interview/review_page.py" line="97"/>
        <source>Review the answers</source>
        <translation>مراجعة الإجابات</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/review_page.py" line="99"/>
        <source>Read the answers back if the respondent wishes. Click an answer to change it, then press Complete.</source>
        <translation>اقرأ الإجابات على المُجيب إن رغب في ذلك. انقر على إجابة لتغييرها، ثم اضغط «إكمال».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/interview/review_page.py" line="102"/>
        <source>%n question(s) still need an answer or a correction before the interview can be completed.</source>
        <translation>
            <numerusform>ما زال %n سؤال بحاجة إلى إجابة أو تصحيح قبل إكمال المقابلة.</numerusform>
            <numerusform>ما زال سؤال واحد بحاجة إلى إجابة أو تصحيح قبل إكمال المقابلة.</numerusform>
            <numerusform>ما زال سؤالان بحاجة إلى إجابة أو تصحيح قبل إكمال المقابلة.</numerusform>
            <numerusform>ما زالت %n أسئلة بحاجة إلى إجابة أو تصحيح قبل إكمال المقابلة.</numerusform>
            <numerusform>ما زال %n سؤالًا بحاجة إلى إجابة أو تصحيح قبل إكمال المقابلة.</numerusform>
            <numerusform>ما زال %n سؤال بحاجة إلى إجابة أو تصحيح قبل إكمال المقابلة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/review_page.py" line="106"/>
        <source>Declined</source>
        <translation>رُفضت الإجابة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/review_page.py" line="108"/>
        <source>Not answered — change</source>
        <translation>بلا إجابة — تغيير</translation>
    </message>
</context>
<context>
    <name>RunnerBar</name>
    <message>
        <location filename="../../napsurvey/gui/interview/runner_bar.py" line="154"/>
        <source>More</source>
        <translation>المزيد</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/runner_bar.py" line="155"/>
        <source>The question language and the harmless questions</source>
        <translation>لغة الأسئلة والأسئلة العادية</translation>
    </message>
</context>
<context>
    <name>ScorecardView</name>
    <message>
        <location filename="../../napsurvey/gui/plan/scorecard_view.py" line="132"/>
        <source>Preparing the scorecard…</source>
        <translation>جارٍ إعداد بطاقة الأداء…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/plan/scorecard_view.py" line="145"/>
        <source>%n page(s), exactly as printed.</source>
        <translation>
            <numerusform>عدد الصفحات: %n، كما تُطبع تمامًا.</numerusform>
            <numerusform>عدد الصفحات: %n، كما تُطبع تمامًا.</numerusform>
            <numerusform>عدد الصفحات: %n، كما تُطبع تمامًا.</numerusform>
            <numerusform>عدد الصفحات: %n، كما تُطبع تمامًا.</numerusform>
            <numerusform>عدد الصفحات: %n، كما تُطبع تمامًا.</numerusform>
            <numerusform>عدد الصفحات: %n، كما تُطبع تمامًا.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/scorecard_view.py" line="157"/>
        <source>Save the scorecard</source>
        <translation>حفظ بطاقة الأداء</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/scorecard_view.py" line="157"/>
        <source>PDF (*.pdf)</source>
        <translation>ملف PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/scorecard_view.py" line="165"/>
        <source>Scorecard saved</source>
        <translation>حُفظت بطاقة الأداء</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/scorecard_view.py" line="165"/>
        <source>Saved to %1.</source>
        <translation>حُفظ في %1.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/scorecard_view.py" line="178"/>
        <source>Scorecard</source>
        <translation>بطاقة الأداء</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/scorecard_view.py" line="179"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/scorecard_view.py" line="179"/>
        <source>Compared with</source>
        <translation>مقارنةً بـ</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/scorecard_view.py" line="179"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/scorecard_view.py" line="180"/>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/scorecard_view.py" line="183"/>
        <source>no comparison</source>
        <translation>بلا مقارنة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/scorecard_view.py" line="184"/>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/scorecard_view.py" line="185"/>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/scorecard_view.py" line="186"/>
        <source>Back to the plan</source>
        <translation>العودة إلى الخطة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/plan/scorecard_view.py" line="188"/>
        <source>Choose the period and press Show: the pages are those the PDF prints.</source>
        <translation>اختر الفترة واضغط «عرض»: الصفحات هي نفسها التي يطبعها ملف PDF.</translation>
    </message>
</context>
<context>
    <name>SectionPanel</name>
    <message>
        <location filename="../../napsurvey/gui/interview/section_list.py" line="92"/>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/section_list.py" line="93"/>
        <source>Sections open once consent is recorded.</source>
        <translation>تُفتح الأقسام بعد تسجيل الموافقة.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/section_list.py" line="94"/>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/interview/section_list.py" line="96"/>
        <source>%n of %1 questions answered</source>
        <translation>
            <numerusform>الأسئلة المُجاب عنها: %n من %1</numerusform>
            <numerusform>الأسئلة المُجاب عنها: %n من %1</numerusform>
            <numerusform>الأسئلة المُجاب عنها: %n من %1</numerusform>
            <numerusform>الأسئلة المُجاب عنها: %n من %1</numerusform>
            <numerusform>الأسئلة المُجاب عنها: %n من %1</numerusform>
            <numerusform>الأسئلة المُجاب عنها: %n من %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../napsurvey/gui/settings_page.py" line="139"/>
        <location filename="../../napsurvey/gui/settings_page.py" line="156"/>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/settings_page.py" line="142"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/settings_page.py" line="143"/>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/settings_page.py" line="144"/>
        <source>Lock after idle (minutes)</source>
        <translation>القفل بعد الخمول (بالدقائق)</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/settings_page.py" line="145"/>
        <source>Window title</source>
        <translation>عنوان النافذة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/settings_page.py" line="146"/>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/settings_page.py" line="149"/>
        <source>The window title is what people around you see: keep it ordinary. These settings are stored inside the encrypted vault, except the interface language.</source>
        <translation>عنوان النافذة هو ما يراه الناس من حولك: اجعله عاديًا. تُحفظ هذه الإعدادات داخل الخزنة المشفّرة، باستثناء لغة الواجهة.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/settings_page.py" line="153"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/settings_page.py" line="154"/>
        <source>Change the passphrase…</source>
        <translation>تغيير عبارة المرور…</translation>
    </message>
</context>
<context>
    <name>StartRefusedPage</name>
    <message>
        <location filename="../../napsurvey/gui/interview/refused_page.py" line="37"/>
        <source>This questionnaire asks about sensitive matters. It opens once your supervisor has recorded your training sign-off on the start page.</source>
        <translation>يتناول هذا الاستبيان مسائل حساسة. يُفتح بعد أن يسجّل مشرفك اعتماد تدريبك في صفحة البداية.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/refused_page.py" line="41"/>
        <source>This questionnaire runs only under the study protocol that comes in your coordinator&apos;s kit.</source>
        <translation>لا يعمل هذا الاستبيان إلا في إطار بروتوكول الدراسة الوارد في عُدّة منسّقك.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/refused_page.py" line="44"/>
        <source>This questionnaire needs the list of referral services for your area before it can start, so that help can be offered. It comes in your coordinator&apos;s kit.</source>
        <translation>يحتاج هذا الاستبيان إلى قائمة خدمات الإحالة في منطقتك قبل أن يبدأ، حتى يمكن عرض المساعدة. تصل هذه القائمة في عُدّة منسّقك.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/refused_page.py" line="48"/>
        <source>This interview cannot start</source>
        <translation>لا يمكن بدء هذه المقابلة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/refused_page.py" line="52"/>
        <source>Back to the start page</source>
        <translation>العودة إلى صفحة البداية</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <location filename="../../napsurvey/gui/interview/stop_dialog.py" line="65"/>
        <source>Stop interview</source>
        <translation>إيقاف المقابلة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/stop_dialog.py" line="66"/>
        <source>Stop the interview?</source>
        <translation>إيقاف المقابلة؟</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/stop_dialog.py" line="69"/>
        <source>Keep the draft to finish it later with the same respondent (it stays encrypted), or discard it: every answer is destroyed and only the fact that an interview was stopped is counted.</source>
        <translation>احتفظ بالمسودة لإكمالها لاحقًا مع المُجيب نفسه (تبقى مشفّرة)، أو تخلّص منها: تُتلف كل الإجابات ولا يُحتسب إلا أن مقابلة قد أُوقفت.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/stop_dialog.py" line="73"/>
        <source>Continue interview</source>
        <translation>متابعة المقابلة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/stop_dialog.py" line="74"/>
        <source>Discard answers</source>
        <translation>إتلاف الإجابات</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/stop_dialog.py" line="75"/>
        <source>Keep draft for later</source>
        <translation>الاحتفاظ بالمسودة لوقت لاحق</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="26"/>
        <source>Very weak</source>
        <translation>ضعيفة جدًا</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="27"/>
        <source>Weak</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="28"/>
        <source>Fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="29"/>
        <source>Almost strong enough</source>
        <translation>قوية بما يكفي تقريبًا</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="30"/>
        <source>Strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="38"/>
        <source>Use at least 10 characters.</source>
        <translation>استخدم 10 أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="39"/>
        <source>It is, or is built on, a common password, word or name.</source>
        <translation>إنها كلمة مرور أو كلمة أو اسم شائع، أو مبنية على ذلك.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="40"/>
        <source>It uses a word an attacker would try first here (the app&apos;s own words).</source>
        <translation>تستخدم كلمة سيجرّبها المهاجم أولًا هنا (كلمات التطبيق نفسه).</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="43"/>
        <source>It follows a keyboard row, a sequence or a repeat.</source>
        <translation>تتبع صفًا من لوحة المفاتيح أو تسلسلًا أو تكرارًا.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="44"/>
        <source>Dates and years are among the first things tried.</source>
        <translation>التواريخ والسنوات من أول ما يُجرَّب.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/passphrase_widgets.py" line="45"/>
        <source>It is still too easy to guess: add another uncommon word or two.</source>
        <translation>لا يزال تخمينها سهلًا جدًا: أضف كلمة أو كلمتين غير شائعتين.</translation>
    </message>
</context>
<context>
    <name>TableList</name>
    <message>
        <location filename="../../napsurvey/gui/interview/table_list.py" line="263"/>
        <source>Answer</source>
        <translation>إجابة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/table_list.py" line="263"/>
        <source>Decline</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/table_list.py" line="265"/>
        <source>Answer this question after all</source>
        <translation>الإجابة عن هذا السؤال رغم ذلك</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/interview/table_list.py" line="265"/>
        <source>The respondent does not want to answer this question</source>
        <translation>لا يريد المُجيب الإجابة عن هذا السؤال</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../../napsurvey/gui/training_dialog.py" line="66"/>
        <source>Training sign-off</source>
        <translation>اعتماد التدريب</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/training_dialog.py" line="68"/>
        <source>To be filled in by the supervisor who trained this monitor. Sensitive forms open after sign-off.</source>
        <translation>يملؤه المشرف الذي درّب هذا الراصد. تُفتح الاستمارات الحساسة بعد الاعتماد.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/training_dialog.py" line="70"/>
        <source>Date of training</source>
        <translation>تاريخ التدريب</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/training_dialog.py" line="71"/>
        <source>Supervisor code</source>
        <translation>رمز المشرف</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/training_dialog.py" line="73"/>
        <source>As your supervisor gives it: 2 to 5 letters, a hyphen and 1 to 6 digits, for example SUP-07.</source>
        <translation>كما يعطيك إياه مشرفك: من 2 إلى 5 أحرف لاتينية وشرطة ومن 1 إلى 6 أرقام، مثلًا SUP-07.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/training_dialog.py" line="75"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/training_dialog.py" line="76"/>
        <source>Sign off</source>
        <translation>اعتماد</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/unlock.py" line="150"/>
        <source>You can try again in %n second(s).</source>
        <extracomment>True while the passphrase is being checked on the worker thread.</extracomment>
        <translation>
            <numerusform>يمكنك المحاولة مجددًا بعد %n ثانية.</numerusform>
            <numerusform>يمكنك المحاولة مجددًا بعد ثانية واحدة.</numerusform>
            <numerusform>يمكنك المحاولة مجددًا بعد ثانيتين.</numerusform>
            <numerusform>يمكنك المحاولة مجددًا بعد %n ثوانٍ.</numerusform>
            <numerusform>يمكنك المحاولة مجددًا بعد %n ثانية.</numerusform>
            <numerusform>يمكنك المحاولة مجددًا بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="163"/>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="164"/>
        <source>Type your passphrase to open your notes.</source>
        <translation>اكتب عبارة المرور لفتح ملاحظاتك.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="165"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="166"/>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="167"/>
        <source>I forgot my passphrase</source>
        <translation>نسيت عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/unlock.py" line="168"/>
        <source>Checking the passphrase…</source>
        <translation>جارٍ التحقق من عبارة المرور…</translation>
    </message>
</context>
<context>
    <name>_HubOverview</name>
    <message>
        <location filename="../../napsurvey/gui/hub_home.py" line="47"/>
        <source>Overview</source>
        <extracomment>Section keys, in the order of the side list.</extracomment>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub_home.py" line="49"/>
        <source>This computer&apos;s fingerprint: %1</source>
        <translation>بصمة هذا الحاسوب: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../napsurvey/gui/hub_home.py" line="51"/>
        <source>%n member(s) approved.</source>
        <translation>
            <numerusform>الأعضاء المعتمدون: %n.</numerusform>
            <numerusform>الأعضاء المعتمدون: %n.</numerusform>
            <numerusform>الأعضاء المعتمدون: %n.</numerusform>
            <numerusform>الأعضاء المعتمدون: %n.</numerusform>
            <numerusform>الأعضاء المعتمدون: %n.</numerusform>
            <numerusform>الأعضاء المعتمدون: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub_home.py" line="54"/>
        <source>Last import: %1</source>
        <translation>آخر استيراد: %1</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub_home.py" line="54"/>
        <source>No bundles imported yet.</source>
        <translation>لم تُستورد أي حزمة بعد.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/hub_home.py" line="58"/>
        <source>Next steps: prepare a hub kit for each national coordinator, approve their device cards, then import the releases they send.</source>
        <translation>الخطوات التالية: أعدّ عُدّة المركز لكل منسّق وطني، واعتمد بطاقات أجهزتهم، ثم استورد الإصدارات التي يرسلونها.</translation>
    </message>
</context>
<context>
    <name>_PassphrasePage</name>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="202"/>
        <source>Choose a passphrase</source>
        <translation>اختر عبارة مرور</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="204"/>
        <source>Everything you collect is locked with this passphrase. Use several words that you will remember.</source>
        <translation>كل ما تجمعه يُقفل بعبارة المرور هذه. استخدم عدة كلمات ستتذكرها.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="206"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="207"/>
        <source>Type it again</source>
        <translation>اكتبها مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="210"/>
        <source>If you forget the passphrase and lose the recovery key, nobody can open this data: not you, not your coordinator, not us.</source>
        <translation>إذا نسيت عبارة المرور وفقدت مفتاح الاسترداد، فلن يستطيع أحد فتح هذه البيانات: لا أنت، ولا منسّقك، ولا نحن.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="214"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="215"/>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="216"/>
        <source>Preparing the encrypted storage…</source>
        <translation>جارٍ إعداد التخزين المشفّر…</translation>
    </message>
</context>
<context>
    <name>_RecoveryKeyPage</name>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="256"/>
        <source>Your recovery key</source>
        <translation>مفتاح الاسترداد الخاص بك</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="258"/>
        <source>This key opens the data if the passphrase is forgotten. It is shown only this once.</source>
        <translation>يفتح هذا المفتاح البيانات إذا نُسيت عبارة المرور. لا يُعرض إلا هذه المرة.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="261"/>
        <source>Write it on paper now and keep the paper somewhere safe, away from this computer.</source>
        <translation>اكتبه على ورقة الآن واحفظ الورقة في مكان آمن، بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="263"/>
        <source>I have written it down</source>
        <translation>لقد دوّنته</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="264"/>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>_RolePage</name>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="105"/>
        <source>Set up this computer</source>
        <translation>إعداد هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="106"/>
        <source>Who will use this computer? You choose once; it cannot be changed later.</source>
        <translation>من سيستخدم هذا الحاسوب؟ تختار مرة واحدة، ولا يمكن تغيير ذلك لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="107"/>
        <source>Field monitor</source>
        <translation>راصد ميداني</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="109"/>
        <source>You fill in questionnaires with people, then take the results to your coordinator on a USB stick.</source>
        <translation>تملأ الاستبيانات مع الناس، ثم تحمل النتائج إلى منسّقك على ذاكرة USB.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="111"/>
        <source>Coordinator</source>
        <translation>منسّق</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="113"/>
        <source>You prepare the monitors&apos; computers, bring their results together and print the summary report.</source>
        <translation>تُعِدّ حواسيب الراصدين، وتجمع نتائجهم، وتطبع التقرير الموجز.</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="122"/>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="115"/>
        <source>Network or regional hub</source>
        <translation>مركز شبكة أو مركز إقليمي</translation>
    </message>
    <message>
        <location filename="../../napsurvey/gui/setup_wizard.py" line="118"/>
        <source>You bring together what several national coordinators have published, print the regional report and compare countries side by side.</source>
        <translation>تجمع ما نشره عدة منسّقين وطنيين، وتطبع التقرير الإقليمي، وتقارن البلدان جنبًا إلى جنب.</translation>
    </message>
</context>
</TS>
