<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
    <context>
        <name>ActivityTab</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="28" />
            <source>Details</source>
            <translation>Tiedot</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="44" />
            <source>Follow-up</source>
            <translation>Jatkotoimi</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="44" />
            <source>Follow-up (done)</source>
            <translation>Jatkotoimi (tehty)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="48" />
            <source>Objection</source>
            <translation>Vastaväite</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="32" />
            <source>Select an entry to read it in full</source>
            <translation>Valitse merkintä, niin näet sen kokonaan</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="46" />
            <source>Stage</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="28" />
            <source>What</source>
            <translation>Mitä</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/activity_tab.py" line="28" />
            <source>When</source>
            <translation>Ajankohta</translation>
        </message>
    </context>
    <context>
        <name>BackupController</name>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="131" />
            <source>A backup is already running…</source>
            <translation>Varmuuskopiointi on jo käynnissä…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="91" />
            <source>Back up &amp;now</source>
            <translation>Varmuuskopioi &amp;nyt</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="190" />
            <source>Backed up to {path}</source>
            <translation>Varmuuskopioitu: {path}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="194" />
            <source>Backed up, but not to the second folder {folder}</source>
            <translation>Varmuuskopioitu, mutta ei toiseen kansioon {folder}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="145" />
            <source>Backing up…</source>
            <translation>Varmuuskopioidaan…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="206" />
            <source>Backup failed</source>
            <translation>Varmuuskopiointi epäonnistui</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="236" />
            <source>Backups are no longer copied to a second folder.</source>
            <translation>Varmuuskopioita ei enää kopioida toiseen kansioon.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="95" />
            <source>Restore from a bac&amp;kup…</source>
            <translation>P&amp;alauta varmuuskopiosta…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="102" />
            <source>Second backup &amp;folder…</source>
            <translation>Toinen varmuuskopio&amp;kansio…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="198" />
            <source>Second backup folder failed: {folder}</source>
            <translation>Toinen varmuuskopiokansio epäonnistui: {folder}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="208" />
            <source>The backup failed</source>
            <translation>Varmuuskopiointi epäonnistui</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="205" />
            <source>The backup failed.</source>
            <translation>Varmuuskopiointi epäonnistui.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="115" />
            <source>The backup when SalesDesk last closed failed.</source>
            <translation>Varmuuskopiointi epäonnistui, kun SalesDesk suljettiin viimeksi.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/controller.py" line="232" />
            <source>The setting was not saved</source>
            <translation>Asetusta ei tallennettu</translation>
        </message>
    </context>
    <context>
        <name>BoardView</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/board/view.py" line="258" />
            <source>%Ln deals moved on with exit criteria unmet.</source>
            <translation>
                <numerusform>%Ln kauppa siirtyi eteenpäin, vaikka siirtymäkriteerit eivät täyttyneet.</numerusform>
                <numerusform>%Ln kauppaa siirtyi eteenpäin, vaikka siirtymäkriteerit eivät täyttyneet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/board/view.py" line="328" />
            <source>Delete %Ln deal(s)</source>
            <translation>
                <numerusform>%Ln kaupan poisto</numerusform>
                <numerusform>%Ln kaupan poisto</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="61" />
            <source>Lost</source>
            <translation>Hävitty</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/board/view.py" line="296" />
            <source>Move %Ln deal(s) to {stage}</source>
            <translation>
                <numerusform>%Ln kaupan siirto vaiheeseen {stage}</numerusform>
                <numerusform>%Ln kaupan siirto vaiheeseen {stage}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="338" />
            <location filename="../../salesdesk/ui/board/view.py" line="357" />
            <source>New deal</source>
            <translation>Uusi kauppa</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="325" />
            <source>The deal was not deleted</source>
            <translation>Kauppaa ei poistettu</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="222" />
            <location filename="../../salesdesk/ui/board/view.py" line="242" />
            <source>The deal was not moved</source>
            <translation>Kauppaa ei siirretty</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="355" />
            <source>The deal was not saved</source>
            <translation>Kauppaa ei tallennettu</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="243" />
            <source>These exit criteria are not met yet:
{list}

Tick them in the deal's checklist first, or change the rule in Deal &gt; Unmet exit criteria.</source>
            <translation>Nämä siirtymäkriteerit eivät vielä täyty:
{list}

Merkitse ne ensin kaupan tarkistuslistaan tai muuta sääntöä kohdassa Kauppa &gt; Täyttymättömät siirtymäkriteerit.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="60" />
            <source>Won</source>
            <translation>Voitettu</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/view.py" line="254" />
            <source>“{title}” moved on with exit criteria unmet: {list}</source>
            <translation>”{title}” siirtyi eteenpäin, vaikka siirtymäkriteerit eivät täyttyneet: {list}</translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <location filename="../../salesdesk/ui/board/delegate.py" line="109" />
            <source>overdue {date}</source>
            <translation>myöhässä {date}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/delegate.py" line="116" />
            <source>today {time}</source>
            <translation>tänään {time}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/delegate.py" line="96" />
            <source>{days} d in stage</source>
            <translation>{days} pv vaiheessa</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/delegate.py" line="98" />
            <source>{days} d, idle {idle} d</source>
            <translation>{days} pv, hiljaista {idle} pv</translation>
        </message>
    </context>
    <context>
        <name>ChartCard</name>
        <message>
            <location filename="../../salesdesk/ui/insights/cards.py" line="66" />
            <source>Nothing to show for this period.</source>
            <translation>Tältä jaksolta ei ole näytettävää.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/cards.py" line="77" />
            <source>{title}: figures</source>
            <translation>{title}: luvut</translation>
        </message>
    </context>
    <context>
        <name>ChecklistTab</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="184" />
            <source>Answer</source>
            <translation>Vastaus</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="256" />
            <source>Edit answer</source>
            <translation>Vastauksen muokkaus</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="159" />
            <source>Evidence-based probability: {evidence} ({met} of {total} exit criteria met; stage default {stage})</source>
            <translation>Näyttöön perustuva todennäköisyys: {evidence} (siirtymäkriteereistä täyttynyt {met}/{total}; vaiheen oletus {stage})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="190" />
            <source>Exit criteria</source>
            <translation>Siirtymäkriteerit</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="180" />
            <source>Questions to ask</source>
            <translation>Kysyttävät kysymykset</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="153" />
            <source>This deal is closed; its checklists are kept below.</source>
            <translation>Tämä kauppa on päätetty; sen tarkistuslistat säilyvät alla.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="155" />
            <source>This stage has no exit criteria.</source>
            <translation>Tässä vaiheessa ei ole siirtymäkriteerejä.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="275" />
            <source>Tick exit criterion</source>
            <translation>Siirtymäkriteerin merkintä täyttyneeksi</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/checklist.py" line="275" />
            <source>Untick exit criterion</source>
            <translation>Siirtymäkriteerin merkinnän poisto</translation>
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
                <numerusform>%Ln kauppa</numerusform>
                <numerusform>%Ln kauppaa</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/column.py" line="223" />
            <source>Total: {total}
Weighted by win probability: {weighted}</source>
            <translation>Yhteensä: {total}
Painotettuna voiton todennäköisyydellä: {weighted}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/board/column.py" line="200" />
            <source>{shown} of %Ln deal(s)</source>
            <translation>
                <numerusform>{shown}/%Ln kauppa</numerusform>
                <numerusform>{shown}/%Ln kauppaa</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/column.py" line="207" />
            <source>{total}
weighted {weighted}</source>
            <translation>{total}
painotettu {weighted}</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="130" />
            <source>&amp;Email:</source>
            <translation>&amp;Sähköposti:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="126" />
            <source>&amp;Name:</source>
            <translation>&amp;Nimi:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="127" />
            <source>&amp;Organization:</source>
            <translation>&amp;Organisaatio:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="129" />
            <source>&amp;Phone:</source>
            <translation>&amp;Puhelin:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="128" />
            <source>&amp;Role:</source>
            <translation>&amp;Rooli:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="168" />
            <source>Save it anyway, as a second person of that name?</source>
            <translation>Tallennetaanko silti toisena samannimisenä henkilönä?</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="137" />
            <source>as you would dial it, e.g. +358 40 123 4567</source>
            <translation>niin kuin sen valitsisit, esim. +358 40 123 4567</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="139" />
            <source>name@example.com</source>
            <translation>nimi@example.com</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="140" />
            <source>none</source>
            <translation>ei organisaatiota</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="80" />
            <source>&amp;Copy details</source>
            <translation>&amp;Kopioi tiedot</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="99" />
            <source>&amp;Keep working</source>
            <translation>&amp;Jatka työskentelyä</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="95" />
            <source>&amp;Quit SalesDesk</source>
            <translation>L&amp;opeta SalesDesk</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="107" />
            <source>Copied</source>
            <translation>Kopioitu</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="84" />
            <source>Open &amp;log folder</source>
            <translation>Avaa &amp;lokikansio</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="50" />
            <source>SalesDesk: unexpected error</source>
            <translation>SalesDesk: odottamaton virhe</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="64" />
            <source>Something went wrong inside SalesDesk. A change that was being saved when it happened is either saved whole or not at all, never halfway: check that your last change is there before doing it again.

You can keep working. If it happens again, please send us the details.</source>
            <translation>SalesDeskissä tapahtui virhe. Jos jokin muutos oli juuri tallentumassa, se on tallentunut joko kokonaan tai ei lainkaan, ei koskaan puoliksi: tarkista, että viimeisin muutoksesi on tallessa, ennen kuin teet sen uudelleen.

Voit jatkaa työskentelyä. Jos virhe toistuu, lähetä meille tiedot.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="59" />
            <source>Something went wrong while SalesDesk was starting, and it has to close. Your data was not changed.

Please send us the details.</source>
            <translation>SalesDeskin käynnistyksessä tapahtui virhe, ja ohjelma on suljettava. Tietojasi ei muutettu.

Lähetä meille tiedot.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="57" />
            <source>The details could not be saved to a file; copy them from below.</source>
            <translation>Tietoja ei voitu tallentaa tiedostoon; kopioi ne alta.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/crash.py" line="55" />
            <source>The details were saved to {path}.</source>
            <translation>Tiedot tallennettiin tiedostoon {path}.</translation>
        </message>
    </context>
    <context>
        <name>DealDialog</name>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="111" />
            <source>&amp;Organization:</source>
            <translation>O&amp;rganisaatio:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="110" />
            <source>&amp;Title:</source>
            <translation>&amp;Otsikko:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="112" />
            <source>&amp;Value:</source>
            <translation>&amp;Arvo:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="113" />
            <source>C&amp;urrency:</source>
            <translation>&amp;Valuutta:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="98" />
            <source>Expected close:</source>
            <translation>Arvioitu päättämispäivä:</translation>
        </message>
    </context>
    <context>
        <name>DealWorkspace</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="66" />
            <source>&amp;Activity</source>
            <translation>&amp;Aktiviteetit</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="64" />
            <source>&amp;Checklist</source>
            <translation>Tark&amp;istuslista</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="52" />
            <source>&amp;Log a call or meeting…</source>
            <translation>Kirjaa &amp;puhelu tai tapaaminen…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="63" />
            <source>&amp;Overview</source>
            <translation>&amp;Yleiskatsaus</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="53" />
            <source>Ctrl+L</source>
            <translation>Ctrl+L</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="125" />
            <source>Lost</source>
            <translation>Hävitty</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="65" />
            <source>O&amp;bjections</source>
            <translation>Vastav&amp;äitteet</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="77" />
            <source>Open a deal (Enter or double-click a card) to see it here.</source>
            <translation>Avaa kauppa (Enter tai kaksoisnapsauta korttia), niin se näkyy tässä.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="118" />
            <source>This deal was deleted. Ctrl+Z brings it back.</source>
            <translation>Tämä kauppa poistettiin. Ctrl+Z palauttaa sen.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/panel.py" line="125" />
            <source>Won</source>
            <translation>Voitettu</translation>
        </message>
    </context>
    <context>
        <name>DealsTableView</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="185" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln kauppa</numerusform>
                <numerusform>%Ln kauppaa</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="440" />
            <source>%Ln deal(s) written to {path}</source>
            <translation>
                <numerusform>%Ln kauppa kirjoitettu tiedostoon {path}</numerusform>
                <numerusform>%Ln kauppaa kirjoitettu tiedostoon {path}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="300" />
            <source>&amp;Delete</source>
            <translation>&amp;Poista</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="295" />
            <source>&amp;Expected close…</source>
            <translation>A&amp;rvioitu päättämispäivä…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="288" />
            <source>&amp;Open deal</source>
            <translation>&amp;Avaa kauppa</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="296" />
            <source>&amp;Reopen</source>
            <translation>Avaa &amp;uudelleen</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="95" />
            <source>&amp;Selection</source>
            <translation>&amp;Valinta</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="80" />
            <source>All deals</source>
            <translation>Kaikki kaupat</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="103" />
            <source>C&amp;olumns</source>
            <translation>&amp;Sarakkeet</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="401" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-tiedostot (*.csv)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="376" />
            <source>Change %Ln deals?</source>
            <translation>
                <numerusform>Muutetaanko %Ln kauppa?</numerusform>
                <numerusform>Muutetaanko %Ln kauppaa?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="340" />
            <source>Change expected close of %Ln deal(s)</source>
            <translation>
                <numerusform>%Ln kaupan arvioidun päättämispäivän muutos</numerusform>
                <numerusform>%Ln kaupan arvioidun päättämispäivän muutos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="298" />
            <source>E&amp;xport to CSV…</source>
            <translation>Vie &amp;CSV-tiedostoon…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="399" />
            <source>Export the selected deals</source>
            <translation>Vie valitut kaupat</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="83" />
            <source>Lost</source>
            <translation>Hävityt</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="289" />
            <source>Move to &amp;stage</source>
            <translation>Siirrä &amp;vaiheeseen</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="81" />
            <source>Open</source>
            <translation>Avoimet</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="181" />
            <source>Reading…</source>
            <translation>Luetaan…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="358" />
            <source>Reopen %Ln deal(s)</source>
            <translation>
                <numerusform>%Ln kaupan uudelleenavaus</numerusform>
                <numerusform>%Ln kaupan uudelleenavaus</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="356" />
            <source>The deal was not reopened</source>
            <translation>Kauppaa ei avattu uudelleen</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="194" />
            <source>The deals could not be read: {error}</source>
            <translation>Kauppoja ei voitu lukea: {error}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="336" />
            <source>The deals were not changed</source>
            <translation>Kauppoja ei muutettu</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="426" />
            <location filename="../../salesdesk/ui/table/view.py" line="433" />
            <source>The deals were not exported</source>
            <translation>Kauppoja ei viety</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="377" />
            <source>This changes {count} deals at once and may take a minute or more; the window waits until it is done. It can be undone with Ctrl+Z.</source>
            <translation>Tämä muuttaa kerralla {count} kauppaa, mikä voi kestää minuutin tai kauemmin; ikkuna odottaa, kunnes muutos on valmis. Muutoksen voi kumota näppäimillä Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="82" />
            <source>Won</source>
            <translation>Voitetut</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="84" />
            <source>Won and lost</source>
            <translation>Voitetut ja hävityt</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/view.py" line="427" />
            <source>{path} could not be written: {reason}</source>
            <translation>Tiedostoon {path} ei voitu kirjoittaa: {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/table/view.py" line="187" />
            <source>{shown} of %Ln deal(s)</source>
            <translation>
                <numerusform>{shown}/%Ln kauppa</numerusform>
                <numerusform>{shown}/%Ln kauppaa</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExpectedCloseDialog</name>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="183" />
            <source>&amp;No expected close date</source>
            <translation>&amp;Ei arvioitua päättämispäivää</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="177" />
            <source>Expected close</source>
            <translation>Arvioitu päättämispäivä</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/dialogs.py" line="190" />
            <source>Expected close for %Ln deal(s):</source>
            <translation>
                <numerusform>Arvioitu päättämispäivä %Ln kaupalle:</numerusform>
                <numerusform>Arvioitu päättämispäivä %Ln kaupalle:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/exports.py" line="182" />
            <source>%Ln deal(s) and everything else exported to {path}</source>
            <translation>
                <numerusform>%Ln kauppa ja kaikki muut tiedot viety tiedostoon {path}</numerusform>
                <numerusform>%Ln kauppaa ja kaikki muut tiedot viety tiedostoon {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/exports.py" line="184" />
            <source>%Ln deal(s) exported as CSV files to {path}</source>
            <translation>
                <numerusform>%Ln kauppa viety CSV-tiedostoina kansioon {path}</numerusform>
                <numerusform>%Ln kauppaa viety CSV-tiedostoina kansioon {path}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="140" />
            <source>Cancel</source>
            <translation>Peruuta</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="101" />
            <source>Choose where to put the CSV folder</source>
            <translation>Valitse, mihin CSV-kansio tallennetaan</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="58" />
            <source>E&amp;xport data…</source>
            <translation>&amp;Vie tiedot…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="195" />
            <source>Export cancelled; nothing was written.</source>
            <translation>Vienti peruutettiin; mitään ei kirjoitettu.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="89" />
            <location filename="../../salesdesk/ui/exports.py" line="142" />
            <source>Export data</source>
            <translation>Vie tiedot</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="140" />
            <source>Exporting to {path}…</source>
            <translation>Viedään: {path}…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="91" />
            <source>SalesDesk data (*.json)</source>
            <translation>SalesDesk-tiedot (*.json)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="206" />
            <source>The data was not exported</source>
            <translation>Tietoja ei viety</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/exports.py" line="201" />
            <source>{path} could not be written: {reason}</source>
            <translation>Kohteeseen {path} ei voitu kirjoittaa: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../salesdesk/ui/export_dialog.py" line="29" />
            <source>&amp;CSV files for a spreadsheet (a folder)</source>
            <translation>&amp;CSV-tiedostoja taulukkolaskentaan (kansio)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/export_dialog.py" line="38" />
            <source>&amp;Deals of:</source>
            <translation>&amp;Myyntiputki:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/export_dialog.py" line="45" />
            <source>&amp;Export…</source>
            <translation>&amp;Vie…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/export_dialog.py" line="27" />
            <source>&amp;One JSON file: everything, to import again or keep</source>
            <translation>&amp;Yksi JSON-tiedosto: kaikki tiedot uudelleen tuotaviksi tai talteen</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/export_dialog.py" line="35" />
            <source>All pipelines</source>
            <translation>Kaikki myyntiputket</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/export_dialog.py" line="25" />
            <source>Export data</source>
            <translation>Vie tiedot</translation>
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message>
            <location filename="../../salesdesk/ui/imports/controller.py" line="28" />
            <source>&amp;Import deals…</source>
            <translation>&amp;Tuo kauppoja…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/imports/controller.py" line="48" />
            <source>Imported %Ln deal(s).</source>
            <translation>
                <numerusform>Tuotiin %Ln kauppa.</numerusform>
                <numerusform>Tuotiin %Ln kauppaa.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="281" />
            <source>&amp;Amounts:</source>
            <translation>&amp;Summat:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="164" />
            <source>&amp;Browse…</source>
            <translation>&amp;Selaa…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="537" />
            <source>&amp;Cancel the import</source>
            <translation>&amp;Peruuta tuonti</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="280" />
            <source>&amp;Dates:</source>
            <translation>&amp;Päivämäärät:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="170" />
            <source>&amp;File:</source>
            <translation>&amp;Tiedosto:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="458" />
            <source>&amp;Import</source>
            <translation>&amp;Tuo</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="416" />
            <source>(no stage)</source>
            <translation>(ei vaihetta)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="269" />
            <source>1,234.56</source>
            <translation>1,234.56 (desimaalipiste)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="270" />
            <source>1.234,56</source>
            <translation>1.234,56 (desimaalipilkku)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="156" />
            <source>A CSV export from Pipedrive, HubSpot or Salesforce, or any CSV with one deal per row. Nothing changes until the last step.</source>
            <translation>CSV-vienti Pipedrivesta, HubSpotista tai Salesforcesta tai mikä tahansa CSV-tiedosto, jossa on yksi kauppa riviä kohden. Mikään ei muutu ennen viimeistä vaihetta.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="223" />
            <source>Account id (looked up in Account.csv)</source>
            <translation>Asiakastilin tunniste (haetaan tiedostosta Account.csv)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="182" />
            <source>CSV files (*.csv *.txt);;SalesDesk exports (*.json);;All files (*)</source>
            <translation>CSV-tiedostot (*.csv *.txt);;SalesDesk-viennit (*.json);;Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="611" />
            <source>Cancelling… nothing will be imported.</source>
            <translation>Peruutetaan… mitään ei tuoda.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="243" />
            <source>Check the columns</source>
            <translation>Tarkista sarakkeet</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="406" />
            <source>Choose a stage…</source>
            <translation>Valitse vaihe…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="361" />
            <source>Choose the column that holds the deal's title (or its organization).</source>
            <translation>Valitse sarake, jossa on kaupan otsikko (tai sen organisaatio).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="154" />
            <source>Choose the file</source>
            <translation>Valitse tiedosto</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="230" />
            <source>Closed (yes/no)</source>
            <translation>Päätetty (yes/no)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="232" />
            <source>Closed on</source>
            <translation>Päättämispäivä</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="224" />
            <source>Contact</source>
            <translation>Yhteyshenkilö</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="233" />
            <source>Created on</source>
            <translation>Luontipäivä</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="226" />
            <source>Currency</source>
            <translation>Valuutta</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="282" />
            <source>Currency when the file has &amp;none:</source>
            <translation>&amp;Valuutta, jos tiedostossa ei ole:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="262" />
            <source>Day first (31.12.2024)</source>
            <translation>Päivä ensin (31.12.2024)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="261" />
            <location filename="../../salesdesk/ui/imports/wizard.py" line="268" />
            <source>Decide from the file</source>
            <translation>Päättele tiedostosta</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="234" />
            <source>Entered the stage on</source>
            <translation>Vaiheeseen siirtymisen päivä</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="430" />
            <source>Every stage in the file matches a stage of your pipeline.</source>
            <translation>Jokainen tiedoston vaihe vastaa jotakin myyntiputkesi vaihetta.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="231" />
            <source>Expected close date</source>
            <translation>Arvioitu päättämispäivä</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="279" />
            <source>F&amp;ormat:</source>
            <translation>&amp;Muoto:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="92" />
            <location filename="../../salesdesk/ui/imports/wizard.py" line="141" />
            <location filename="../../salesdesk/ui/imports/wizard.py" line="180" />
            <location filename="../../salesdesk/ui/imports/wizard.py" line="360" />
            <source>Import deals</source>
            <translation>Tuo kauppoja</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="625" />
            <source>Imported {deals} deals, {orgs} organizations, {contacts} contacts and {activities} activities; {skipped} deals were imported before.</source>
            <translation>Tuotu: kauppoja {deals}, organisaatioita {orgs}, yhteyshenkilöitä {contacts} ja aktiviteetteja {activities}. Aiemmin tuotuja kauppoja ohitettiin: {skipped}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="644" />
            <source>Imported {n} deals ({won} won, {lost} lost) and {orgs} new organizations.</source>
            <translation>Tuotu: kauppoja {n} (voitettuja {won}, hävittyjä {lost}) ja uusia organisaatioita {orgs}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="534" />
            <source>Importing</source>
            <translation>Tuodaan</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="578" />
            <source>Importing the SalesDesk export…</source>
            <translation>Tuodaan SalesDesk-vientiä…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="235" />
            <source>Lost reason</source>
            <translation>Häviön syy</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="379" />
            <source>Map the stages</source>
            <translation>Kohdista vaiheet</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="263" />
            <source>Month first (12/31/2024)</source>
            <translation>Kuukausi ensin (12/31/2024)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="658" />
            <source>Nothing was imported.</source>
            <translation>Mitään ei tuotu.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="222" />
            <source>Organization</source>
            <translation>Organisaatio</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="246" />
            <source>Other CSV</source>
            <translation>Muu CSV</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="162" />
            <source>Path of a .csv file</source>
            <translation>.csv-tiedoston polku</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="219" />
            <source>Record id (skips rows imported before)</source>
            <translation>Tietueen tunniste (ohittaa aiemmin tuodut rivit)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="456" />
            <source>Review</source>
            <translation>Tarkistus</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="409" />
            <source>Skip these rows</source>
            <translation>Ohita nämä rivit</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="140" />
            <source>Something went wrong: {reason}</source>
            <translation>Tapahtui virhe: {reason}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="227" />
            <source>Stage</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="228" />
            <source>Status (open, won, lost)</source>
            <translation>Tila (open, won, lost)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="656" />
            <source>The import was cancelled; nothing was imported.</source>
            <translation>Tuonti peruutettiin; mitään ei tuotu.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="424" />
            <source>These stages of the file are not in your pipeline. Choose where their deals go; SalesDesk remembers it for the next import from {source}.</source>
            <translation>Näitä tiedoston vaiheita ei ole myyntiputkessasi. Valitse, mihin vaiheeseen niiden kaupat siirretään; SalesDesk muistaa valinnan seuraavalla tuontikerralla lähteestä {source}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="220" />
            <source>Title</source>
            <translation>Otsikko</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="221" />
            <source>Title, second part</source>
            <translation>Otsikon jälkiosa</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="225" />
            <source>Value</source>
            <translation>Arvo</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="229" />
            <source>Won (yes/no)</source>
            <translation>Voitettu (yes/no)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="562" />
            <source>Writing {n} deals…</source>
            <translation>Kirjoitetaan kauppoja ({n})…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="308" />
            <source>commas</source>
            <translation>pilkku</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="72" />
            <source>line {line}: {reason}</source>
            <translation>rivi {line}: {reason}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="308" />
            <source>semicolons</source>
            <translation>puolipiste</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="308" />
            <source>tabs</source>
            <translation>sarkain</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="502" />
            <source>{file} is a SalesDesk export of {when}: {deals} deals, {orgs} organizations, {contacts} contacts, {activities} activities. Deals imported from it before are skipped; pipelines, stages and organizations it shares with this database are matched by name.</source>
            <translation>{file} on {when} tehty SalesDesk-vienti: kauppoja {deals}, organisaatioita {orgs}, yhteyshenkilöitä {contacts}, aktiviteetteja {activities}. Siitä aiemmin tuodut kaupat ohitetaan; myyntiputket, vaiheet ja organisaatiot, jotka ovat myös tässä tietokannassa, yhdistetään nimen perusteella.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="302" />
            <source>{file}: {rows} rows, {encoding}, separated by {delimiter}. Recognised as: {fmt}.</source>
            <translation>{file}: rivejä {rows}, merkistö {encoding}, erotin {delimiter}. Tunnistettu muoto: {fmt}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="415" />
            <source>{name} ({rows} rows)</source>
            <translation>{name} (rivejä {rows})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="471" />
            <source>{n} deals will be added: {open} open, {won} won, {lost} lost.</source>
            <translation>Lisättäviä kauppoja {n}: avoimia {open}, voitettuja {won}, hävittyjä {lost}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="477" />
            <source>{n} new organizations.</source>
            <translation>Uusia organisaatioita: {n}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="484" />
            <source>{n} rows are skipped as you chose.</source>
            <translation>Valintasi mukaan ohitettavia rivejä: {n}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="488" />
            <source>{n} rows cannot be imported and are listed below; the others will be.</source>
            <translation>Rivejä, joita ei voi tuoda: {n}. Ne luetellaan alla; muut rivit tuodaan.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="481" />
            <source>{n} rows were imported before and are skipped.</source>
            <translation>Aiemmin tuotuja, ohitettavia rivejä: {n}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/imports/wizard.py" line="316" />
            <source>— not in the file —</source>
            <translation>— ei tiedostossa —</translation>
        </message>
    </context>
    <context>
        <name>InsightsView</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/insights/view.py" line="378" />
            <source>%Ln chart(s) saved in {folder}</source>
            <translation>
                <numerusform>%Ln kaavio tallennettu kansioon {folder}</numerusform>
                <numerusform>%Ln kaaviota tallennettu kansioon {folder}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/insights/view.py" line="396" />
            <source>%Ln figure(s) saved to {path}</source>
            <translation>
                <numerusform>%Ln luku tallennettu tiedostoon {path}</numerusform>
                <numerusform>%Ln lukua tallennettu tiedostoon {path}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="74" />
            <source>&amp;Export</source>
            <translation>&amp;Vie</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="103" />
            <source>Average sales cycle</source>
            <translation>Myyntisyklin keskipituus</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="102" />
            <source>Average won value</source>
            <translation>Voitettujen kauppojen keskiarvo</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="386" />
            <source>CSV file (*.csv)</source>
            <translation>CSV-tiedosto (*.csv)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="352" />
            <source>Chart saved to {path}</source>
            <translation>Kaavio tallennettu tiedostoon {path}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="77" />
            <source>Charts as &amp;PNG…</source>
            <translation>Kaaviot &amp;PNG-kuvina…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="90" />
            <source>Currency:</source>
            <translation>Valuutta:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="78" />
            <source>Figures as &amp;CSV…</source>
            <translation>Luvut &amp;CSV-tiedostona…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="123" />
            <source>Flows per stage in the period</source>
            <translation>Kauppojen liikkeet vaiheittain jakson aikana</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="69" />
            <source>Forecast currency</source>
            <translation>Ennusteen valuutta</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="121" />
            <source>Funnel: deals reaching each stage</source>
            <translation>Suppilo: kuhunkin vaiheeseen edenneet kaupat</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="126" />
            <source>Lost reasons</source>
            <translation>Häviön syyt</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="71" />
            <source>Monthly &amp;target…</source>
            <translation>Kuukausi&amp;tavoite…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="125" />
            <source>Objections raised</source>
            <translation>Esitetyt vastaväitteet</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="342" />
            <source>PNG image (*.png)</source>
            <translation>PNG-kuva (*.png)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="65" />
            <source>Pipeline</source>
            <translation>Myyntiputki</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="104" />
            <source>Pipeline velocity</source>
            <translation>Myyntiputken nopeus</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="86" />
            <source>Pipeline:</source>
            <translation>Myyntiputki:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="206" />
            <source>Reading…</source>
            <translation>Luetaan…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="342" />
            <source>Save chart as PNG</source>
            <translation>Tallenna kaavio PNG-kuvana</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="359" />
            <source>Save the charts in a folder</source>
            <translation>Tallenna kaaviot kansioon</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="386" />
            <source>Save the figures as CSV</source>
            <translation>Tallenna luvut CSV-tiedostona</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="349" />
            <source>The chart was not saved</source>
            <translation>Kaaviota ei tallennettu</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="372" />
            <source>The charts were not saved</source>
            <translation>Kaavioita ei tallennettu</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="221" />
            <source>The figures could not be read: {reason}</source>
            <translation>Lukuja ei voitu lukea: {reason}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="393" />
            <source>The figures were not saved</source>
            <translation>Lukuja ei tallennettu</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="228" />
            <source>There is no pipeline yet.</source>
            <translation>Myyntiputkea ei ole vielä.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="339" />
            <source>This chart has nothing to show yet.</source>
            <translation>Tässä kaaviossa ei ole vielä näytettävää.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="122" />
            <source>Time in stage (days)</source>
            <translation>Aika vaiheessa (päivää)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="124" />
            <source>Weighted forecast by expected close month</source>
            <translation>Painotettu ennuste arvioidun päättämiskuukauden mukaan</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="100" />
            <source>Win rate</source>
            <translation>Voittoprosentti</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="101" />
            <source>Won / lost</source>
            <translation>Voitetut / hävityt</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="275" />
            <source>{amount} a day</source>
            <translation>{amount} päivässä</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="258" />
            <source>{first} – {last}</source>
            <translation>{first}–{last}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/view.py" line="326" />
            <source>{path} could not be written: {reason}</source>
            <translation>Tiedostoon {path} ei voitu kirjoittaa: {reason}</translation>
        </message>
    </context>
    <context>
        <name>LibraryDialog</name>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="191" />
            <source>&amp;Delete</source>
            <translation>&amp;Poista</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="189" />
            <source>&amp;New</source>
            <translation>&amp;Uusi</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="198" />
            <source>&amp;Objection:</source>
            <translation>&amp;Vastaväite:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="190" />
            <source>&amp;Save</source>
            <translation>&amp;Tallenna</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="197" />
            <source>C&amp;ategory:</source>
            <translation>&amp;Luokka:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="180" />
            <source>Choose or type a category</source>
            <translation>Valitse tai kirjoita luokka</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="192" />
            <source>Close</source>
            <translation>Sulje</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="325" />
            <source>Delete objection</source>
            <translation>Poista vastaväite</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="321" />
            <source>Delete “{text}” from the library?

Deals where it was raised keep the objection's text.</source>
            <translation>Poistetaanko ”{text}” kirjastosta?

Kaupoissa, joissa vastaväite esitettiin, sen teksti säilyy.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="148" />
            <source>Objection library</source>
            <translation>Vastaväitekirjasto</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="155" />
            <source>Search objections, categories and answers</source>
            <translation>Hae vastaväitteitä, luokkia ja vastauksia</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="199" />
            <source>Standard &amp;answer:</source>
            <translation>V&amp;akiovastaus:</translation>
        </message>
    </context>
    <context>
        <name>LibraryModel</name>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="78" />
            <source>Category</source>
            <translation>Luokka</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="78" />
            <source>Objection</source>
            <translation>Vastaväite</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="79" />
            <source>Raised</source>
            <translation>Esitetty</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="79" />
            <source>Stages</source>
            <translation>Vaiheet</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="78" />
            <source>Standard answer</source>
            <translation>Vakiovastaus</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="79" />
            <source>Won</source>
            <translation>Voitetut</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/library.py" line="116" />
            <source>{won} of {closed} closed</source>
            <translation>{won}/{closed} päätetystä</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <location filename="../../salesdesk/ui/people/list_page.py" line="32" />
            <source>Sea&amp;rch:</source>
            <translation>Ha&amp;e:</translation>
        </message>
    </context>
    <context>
        <name>LogCallDialog</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="76" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="150" />
            <source>&amp;Duration</source>
            <translation>&amp;Kesto</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="87" />
            <source>&amp;Next step:</source>
            <translation>Seu&amp;raava askel:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="151" />
            <source>&amp;Outcome</source>
            <translation>Tul&amp;os</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="148" />
            <source>&amp;Type</source>
            <translation>&amp;Tyyppi</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="149" />
            <source>&amp;When</source>
            <translation>Aja&amp;nkohta</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="82" />
            <source>Choose…</source>
            <translation>Valitse…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="140" />
            <source>Ctrl+Enter</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="292" />
            <source>Discard this log?</source>
            <translation>Hylätäänkö tämä kirjaus?</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="59" />
            <source>Log a call or meeting — {title}</source>
            <translation>Kirjaa puhelu tai tapaaminen — {title}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="98" />
            <source>Mark the %Ln due follow-up(s) as done</source>
            <translation>
                <numerusform>Merkitse %Ln erääntynyt jatkotoimi tehdyksi</numerusform>
                <numerusform>Merkitse %Ln erääntynyttä jatkotointa tehdyiksi</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="158" />
            <source>No&amp;tes</source>
            <translation>&amp;Muistiinpanot</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="128" />
            <source>Objections raised</source>
            <translation>Esitetyt vastaväitteet</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="106" />
            <source>Questions answered — {stage}</source>
            <translation>Vastatut kysymykset — {stage}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="85" />
            <source>What was said, what was agreed</source>
            <translation>Mitä puhuttiin, mistä sovittiin</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="293" />
            <source>What you typed has not been saved. Discard it?</source>
            <translation>Kirjoittamaasi ei ole tallennettu. Hylätäänkö se?</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/log_dialog.py" line="90" />
            <source>e.g. send the proposal</source>
            <translation>esim. lähetä tarjous</translation>
        </message>
    </context>
    <context>
        <name>LostReasonDialog</name>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="40" />
            <source>Choose or type a reason</source>
            <translation>Valitse tai kirjoita syy</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="34" />
            <source>Mark as lost</source>
            <translation>Merkitse hävityksi</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/dialogs.py" line="48" />
            <source>Why was this deal lost?</source>
            <translation>Miksi tämä kauppa hävittiin?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/dialogs.py" line="50" />
            <source>Why were these %Ln deals lost?</source>
            <translation>
                <numerusform>Miksi tämä %Ln kauppa hävittiin?</numerusform>
                <numerusform>Miksi nämä %Ln kauppaa hävittiin?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/main_window.py" line="533" />
            <source>%Ln event(s) written to {path}</source>
            <translation>
                <numerusform>%Ln tapahtuma kirjoitettu tiedostoon {path}</numerusform>
                <numerusform>%Ln tapahtumaa kirjoitettu tiedostoon {path}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="262" />
            <source>&amp;About SalesDesk</source>
            <translation>&amp;Tietoja SalesDeskistä</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="315" />
            <source>&amp;Allow without a word</source>
            <translation>&amp;Salli huomauttamatta</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="314" />
            <source>&amp;Block the move</source>
            <translation>&amp;Estä siirto</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="234" />
            <source>&amp;Board</source>
            <translation>Ta&amp;ulu</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="183" />
            <source>&amp;Deal</source>
            <translation>&amp;Kauppa</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="235" />
            <source>&amp;Deals table</source>
            <translation>&amp;Kauppataulukko</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="227" />
            <source>&amp;Delete</source>
            <translation>&amp;Poista</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="159" />
            <source>&amp;Edit</source>
            <translation>&amp;Muokkaa</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="139" />
            <source>&amp;File</source>
            <translation>&amp;Tiedosto</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="176" />
            <source>&amp;Filter deals</source>
            <translation>&amp;Suodata kauppoja</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="261" />
            <source>&amp;Help</source>
            <translation>O&amp;hje</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="239" />
            <source>&amp;Insights</source>
            <translation>Tunnus&amp;luvut</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="188" />
            <source>&amp;Log a call or meeting…</source>
            <translation>&amp;Kirjaa puhelu tai tapaaminen…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="185" />
            <source>&amp;New deal</source>
            <translation>&amp;Uusi kauppa</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="187" />
            <source>&amp;Open deal</source>
            <translation>&amp;Avaa kauppa</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="237" />
            <source>&amp;Organizations and contacts</source>
            <translation>&amp;Organisaatiot ja yhteyshenkilöt</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="157" />
            <source>&amp;Quit</source>
            <translation>&amp;Lopeta</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="162" />
            <source>&amp;Redo</source>
            <translation>&amp;Tee uudelleen</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="250" />
            <source>&amp;Refresh</source>
            <translation>&amp;Päivitä</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="171" />
            <source>&amp;Search everything…</source>
            <translation>&amp;Hae kaikkialta…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="233" />
            <source>&amp;Today</source>
            <translation>&amp;Tänään</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="160" />
            <source>&amp;Undo</source>
            <translation>&amp;Kumoa</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="232" />
            <source>&amp;View</source>
            <translation>&amp;Näytä</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="313" />
            <source>&amp;Warn, then move</source>
            <translation>&amp;Varoita ja siirrä</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="567" />
            <source>About SalesDesk</source>
            <translation>Tietoja SalesDeskistä</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="515" />
            <source>Calendar (*.ics)</source>
            <translation>Kalenteri (*.ics)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="488" />
            <source>Cannot log a call</source>
            <translation>Puhelua ei voi kirjata</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="78" />
            <source>Deal</source>
            <translation>Kauppa</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="243" />
            <source>Deal &amp;workspace</source>
            <translation>Kaupan t&amp;yötila</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="148" />
            <source>Export &amp;calendar…</source>
            <translation>Vie kal&amp;enteri…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="515" />
            <source>Export calendar</source>
            <translation>Vie kalenteri</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="153" />
            <source>Export the deal's ca&amp;lendar…</source>
            <translation>Vie ka&amp;upan kalenteri…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="214" />
            <source>Mark as &amp;lost…</source>
            <translation>Merkitse &amp;hävityksi…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="207" />
            <source>Mark as &amp;won</source>
            <translation>&amp;Merkitse voitetuksi</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="200" />
            <source>Move one stage &amp;left</source>
            <translation>Siirrä yksi vaihe &amp;vasemmalle</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="193" />
            <source>Move one stage &amp;right</source>
            <translation>Siirrä yksi vaihe &amp;oikealle</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="221" />
            <source>Objection &amp;library…</source>
            <translation>Vastaväitek&amp;irjasto…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="503" />
            <source>Reopen deal</source>
            <translation>Kaupan uudelleenavaus</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="561" />
            <source>SalesDesk will use the new language and calendar the next time it starts.</source>
            <translation>SalesDesk käyttää uutta kieltä ja kalenteria, kun se käynnistetään seuraavan kerran.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="568" />
            <source>SalesDesk {version}
Your pipeline, on your laptop, offline.</source>
            <translation>SalesDesk {version}
Myyntiputkesi omalla kannettavallasi, ilman verkkoyhteyttä.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="114" />
            <source>SalesDesk — {name}</source>
            <translation>SalesDesk — {name}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="181" />
            <source>Se&amp;ttings…</source>
            <translation>&amp;Asetukset…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="560" />
            <source>Settings</source>
            <translation>Asetukset</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="526" />
            <source>The calendar was not saved</source>
            <translation>Kalenteria ei tallennettu</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="501" />
            <source>The deal was not reopened</source>
            <translation>Kauppaa ei avattu uudelleen</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="309" />
            <source>Unmet e&amp;xit criteria</source>
            <translation>Täyttymättömät &amp;siirtymäkriteerit</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="527" />
            <source>{path} could not be written: {reason}</source>
            <translation>Tiedostoon {path} ei voitu kirjoittaa: {reason}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/main_window.py" line="60" />
            <source>{warning} Ctrl+Z undoes the move.</source>
            <translation>{warning} Ctrl+Z kumoaa siirron.</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/merge.py" line="129" />
            <source>%Ln group(s) of organizations with the same name (case, accents, spelling variants and spaces aside). Every deal and contact is kept.</source>
            <translation>
                <numerusform>%Ln ryhmä samannimisiä organisaatioita (kirjainkokoa, tarkkeita, kirjoitusasun muunnelmia ja välilyöntejä lukuun ottamatta). Kaikki kaupat ja yhteyshenkilöt säilyvät.</numerusform>
                <numerusform>%Ln ryhmää samannimisiä organisaatioita (kirjainkokoa, tarkkeita, kirjoitusasun muunnelmia ja välilyöntejä lukuun ottamatta). Kaikki kaupat ja yhteyshenkilöt säilyvät.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="76" />
            <source>&amp;Keep:</source>
            <translation>&amp;Säilytettävä:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="62" />
            <source>&amp;Merge</source>
            <translation>&amp;Yhdistä</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="59" />
            <source>Contacts</source>
            <translation>Yhteyshenkilöt</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="59" />
            <source>Deals</source>
            <translation>Kaupat</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="177" />
            <source>Kept: the others are merged into it</source>
            <translation>Säilytetään: muut yhdistetään tähän</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="101" />
            <source>Looking for organizations with the same name…</source>
            <translation>Etsitään samannimisiä organisaatioita…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/merge.py" line="243" />
            <source>Merge %Ln duplicate organization(s)</source>
            <translation>
                <numerusform>%Ln päällekkäisen organisaation yhdistäminen</numerusform>
                <numerusform>%Ln päällekkäisen organisaation yhdistäminen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/merge.py" line="216" />
            <source>Merge %Ln organization(s) into {name}</source>
            <translation>
                <numerusform>%Ln organisaation yhdistäminen organisaatioon {name}</numerusform>
                <numerusform>%Ln organisaation yhdistäminen organisaatioon {name}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="66" />
            <source>Merge &amp;all groups (keeping the oldest)</source>
            <translation>Yhdistä &amp;kaikki ryhmät (vanhin säilytetään)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="41" />
            <source>Merge duplicate organizations</source>
            <translation>Yhdistä päällekkäiset organisaatiot</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="234" />
            <location filename="../../salesdesk/ui/people/merge.py" line="246" />
            <source>Merged. Ctrl+Z in the main window undoes it.</source>
            <translation>Yhdistetty. Ctrl+Z pääikkunassa kumoaa yhdistämisen.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="138" />
            <source>No duplicate organizations.</source>
            <translation>Päällekkäisiä organisaatioita ei ole.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="254" />
            <source>Nothing was merged</source>
            <translation>Mitään ei yhdistetty</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="59" />
            <source>Organization (ticked: merged)</source>
            <translation>Organisaatio (valitut yhdistetään)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="122" />
            <source>{name} ({n})</source>
            <translation>{name} ({n})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/merge.py" line="156" />
            <source>{name} — {deals} deals, {contacts} contacts</source>
            <translation>{name} — kauppoja {deals}, yhteyshenkilöitä {contacts}</translation>
        </message>
    </context>
    <context>
        <name>ObjectionForm</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="41" />
            <source>&amp;Add objection</source>
            <translation>&amp;Lisää vastaväite</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="53" />
            <source>Ans&amp;wer:</source>
            <translation>&amp;Vastaus:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="52" />
            <source>Cate&amp;gory:</source>
            <translation>L&amp;uokka:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="51" />
            <source>Ob&amp;jection:</source>
            <translation>Vastaväit&amp;e:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="39" />
            <source>Resol&amp;ved</source>
            <translation>Ratkai&amp;stu</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="40" />
            <source>Save to the &amp;library</source>
            <translation>Tallenna kir&amp;jastoon</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objection_form.py" line="37" />
            <source>What you answered (the library's answer to adapt)</source>
            <translation>Mitä vastasit (muokattava kirjaston vastaus)</translation>
        </message>
    </context>
    <context>
        <name>ObjectionPicker</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/picker.py" line="36" />
            <source>Type an objection; matches from the library appear</source>
            <translation>Kirjoita vastaväite; kirjaston osumat tulevat näkyviin</translation>
        </message>
    </context>
    <context>
        <name>ObjectionsTab</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="60" />
            <source>&amp;Delete objection</source>
            <translation>P&amp;oista vastaväite</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="59" />
            <source>&amp;Resolved</source>
            <translation>&amp;Ratkaistu</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="87" />
            <source>Add an objection</source>
            <translation>Lisää vastaväite</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="173" />
            <source>Add objection</source>
            <translation>Vastaväitteen lisäys</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="47" />
            <source>Category</source>
            <translation>Luokka</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="231" />
            <source>Delete objection</source>
            <translation>Vastaväitteen poisto</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="197" />
            <source>Edit answer to objection</source>
            <translation>Vastaväitteen vastauksen muokkaus</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="206" />
            <source>Mark objection resolved</source>
            <translation>Vastaväitteen merkintä ratkaistuksi</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="47" />
            <source>Objection</source>
            <translation>Vastaväite</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="114" />
            <source>Open</source>
            <translation>Avoin</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="206" />
            <source>Reopen objection</source>
            <translation>Vastaväitteen avaaminen uudelleen</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="114" />
            <source>Resolved</source>
            <translation>Ratkaistu</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="47" />
            <source>Stage</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="47" />
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/objections_tab.py" line="57" />
            <source>What you answered</source>
            <translation>Mitä vastasit</translation>
        </message>
    </context>
    <context>
        <name>OrganizationDialog</name>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="95" />
            <source>&amp;Name:</source>
            <translation>&amp;Nimi:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/dialogs.py" line="102" />
            <source>Save it anyway, as a second organization? (Merge duplicates… joins two into one.)</source>
            <translation>Tallennetaanko silti toisena organisaationa? (Yhdistä päällekkäiset… yhdistää kaksi yhdeksi.)</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="93" />
            <source>&amp;Contact:</source>
            <translation>Yhtey&amp;shenkilö:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="92" />
            <source>&amp;Organization:</source>
            <translation>Or&amp;ganisaatio:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="101" />
            <source>&amp;Stage:</source>
            <translation>Vaih&amp;e:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="91" />
            <source>&amp;Title:</source>
            <translation>&amp;Otsikko:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="94" />
            <source>&amp;Value:</source>
            <translation>A&amp;rvo:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="296" />
            <source>'{text}' is not a date. Type it as {format} or 2026-12-31.</source>
            <translation>”{text}” ei ole päivämäärä. Kirjoita se muodossa {format} tai 2026-12-31.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="95" />
            <source>E&amp;xpected close:</source>
            <translation>Arvioit&amp;u päättämispäivä:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="271" />
            <source>Edit contact</source>
            <translation>Yhteyshenkilön muokkaus</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="301" />
            <source>Edit expected close</source>
            <translation>Arvioidun päättämispäivän muokkaus</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="250" />
            <source>Edit organization</source>
            <translation>Organisaation muokkaus</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="237" />
            <source>Edit title</source>
            <translation>Otsikon muokkaus</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="283" />
            <source>Edit value</source>
            <translation>Arvon muokkaus</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="74" />
            <source>Lost</source>
            <translation>Hävitty</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="72" />
            <source>Open</source>
            <translation>Avoin</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="109" />
            <source>Pick or type a new name</source>
            <translation>Valitse tai kirjoita uusi nimi</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="102" />
            <source>Stat&amp;us:</source>
            <translation>Ti&amp;la:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="103" />
            <source>Win probability:</source>
            <translation>Voiton todennäköisyys:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="73" />
            <source>Won</source>
            <translation>Voitettu</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/overview.py" line="175" />
            <source>{evidence} from the exit criteria met (stage default {stage})</source>
            <translation>{evidence} täyttyneiden siirtymäkriteerien perusteella (vaiheen oletus {stage})</translation>
        </message>
    </context>
    <context>
        <name>PeopleEditing</name>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="119" />
            <source>Add contact</source>
            <translation>Yhteyshenkilön lisäys</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="70" />
            <source>Add organization</source>
            <translation>Organisaation lisäys</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="233" />
            <source>Call {phone}</source>
            <translation>Soita numeroon {phone}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="139" />
            <location filename="../../salesdesk/ui/people/editing.py" line="157" />
            <source>Edit contact</source>
            <translation>Yhteyshenkilön muokkaus</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="83" />
            <source>Edit organization</source>
            <translation>Organisaation muokkaus</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="218" />
            <location filename="../../salesdesk/ui/people/editing.py" line="226" />
            <source>Edit…	F2</source>
            <translation>Muokkaa…	F2</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="236" />
            <source>Email {email}</source>
            <translation>Lähetä sähköpostia osoitteeseen {email}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="223" />
            <source>Merge duplicates…</source>
            <translation>Yhdistä päällekkäiset…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="103" />
            <source>New contact</source>
            <translation>Uusi yhteyshenkilö</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="220" />
            <source>New contact at this organization…</source>
            <translation>Uusi yhteyshenkilö tähän organisaatioon…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="65" />
            <source>New organization</source>
            <translation>Uusi organisaatio</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="89" />
            <source>Rename organization</source>
            <translation>Organisaation nimeäminen uudelleen</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="241" />
            <source>Show organization</source>
            <translation>Näytä organisaatio</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="129" />
            <source>The contact was not changed</source>
            <translation>Yhteyshenkilöä ei muutettu</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/editing.py" line="81" />
            <source>The organization was not changed</source>
            <translation>Organisaatiota ei muutettu</translation>
        </message>
    </context>
    <context>
        <name>PeopleView</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/view.py" line="274" />
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln yhteyshenkilö</numerusform>
                <numerusform>%Ln yhteyshenkilöä</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/view.py" line="273" />
            <source>%Ln organization(s)</source>
            <translation>
                <numerusform>%Ln organisaatio</numerusform>
                <numerusform>%Ln organisaatiota</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="75" />
            <source>&amp;Merge duplicates…</source>
            <translation>Yhdistä &amp;päällekkäiset…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="57" />
            <source>Co&amp;ntacts</source>
            <translation>&amp;Yhteyshenkilöt</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="73" />
            <source>Ed&amp;it… (F2)</source>
            <translation>Muokk&amp;aa… (F2)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="306" />
            <source>It no longer exists (merged or undone).</source>
            <translation>Sitä ei ole enää olemassa (yhdistetty tai kumottu).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="51" />
            <source>Name, in any script or spelling</source>
            <translation>Nimi millä tahansa kirjaimistolla tai kirjoitusasulla</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="53" />
            <source>Name, organization, role, email or phone</source>
            <translation>Nimi, organisaatio, rooli, sähköposti tai puhelin</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="69" />
            <source>Ne&amp;w organization…</source>
            <translation>Uusi o&amp;rganisaatio…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="71" />
            <source>New conta&amp;ct…</source>
            <translation>Uusi yhteyshenki&amp;lö…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="268" />
            <source>No contacts yet: New contact adds one.</source>
            <translation>Yhteyshenkilöitä ei vielä ole: Uusi yhteyshenkilö lisää sellaisen.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="267" />
            <source>No organizations yet: New organization adds one, and so does a deal.</source>
            <translation>Organisaatioita ei vielä ole: Uusi organisaatio lisää sellaisen, samoin uusi kauppa.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="56" />
            <source>Or&amp;ganizations</source>
            <translation>&amp;Organisaatiot</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="136" />
            <source>Reading organizations and contacts…</source>
            <translation>Luetaan organisaatioita ja yhteyshenkilöitä…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/view.py" line="205" />
            <source>The lists could not be read: {error}</source>
            <translation>Luetteloita ei voitu lukea: {error}</translation>
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
            <translation>&amp;Jakso:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="36" />
            <source>All time</source>
            <translation>Koko aika</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="37" />
            <source>Custom…</source>
            <translation>Mukautettu…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="31" />
            <source>Last month</source>
            <translation>Edellinen kuukausi</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="33" />
            <source>Last quarter</source>
            <translation>Edellinen kvartaali</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="35" />
            <source>Last year</source>
            <translation>Edellinen vuosi</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="30" />
            <source>This month</source>
            <translation>Tämä kuukausi</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="32" />
            <source>This quarter</source>
            <translation>Tämä kvartaali</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/period_bar.py" line="34" />
            <source>This year</source>
            <translation>Tämä vuosi</translation>
        </message>
    </context>
    <context>
        <name>PlaybookChooser</name>
        <message>
            <location filename="../../salesdesk/ui/first_run.py" line="71" />
            <source>&amp;Language:</source>
            <translation>&amp;Kieli:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/first_run.py" line="37" />
            <source>Choose the sales process to start from. You can change stages, questions and objections later.</source>
            <translation>Valitse myyntiprosessi, josta aloitat. Voit muuttaa vaiheita, kysymyksiä ja vastaväitteitä myöhemmin.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/first_run.py" line="66" />
            <source>Start</source>
            <translation>Aloita</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/first_run.py" line="30" />
            <source>Welcome to SalesDesk</source>
            <translation>Tervetuloa SalesDeskiin</translation>
        </message>
    </context>
    <context>
        <name>PlaybookController</name>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="55" />
            <source>&amp;Pipeline</source>
            <translation>&amp;Myyntiputki</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/playbooks.py" line="141" />
            <source>(%Ln objection(s) with no answer left out)</source>
            <translation>
                <numerusform>(%Ln vastaväite ilman vastausta jätettiin pois)</numerusform>
                <numerusform>(%Ln vastaväitettä ilman vastausta jätettiin pois)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="99" />
            <source>Cannot switch pipelines</source>
            <translation>Myyntiputkea ei voi vaihtaa</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="41" />
            <source>E&amp;xport playbook…</source>
            <translation>Vie &amp;pelikirja…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="117" />
            <source>Export playbook</source>
            <translation>Vie pelikirja</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="48" />
            <source>Import &amp;playbook…</source>
            <translation>Tuo pel&amp;ikirja…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="154" />
            <source>Import playbook</source>
            <translation>Tuo pelikirja</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/playbooks.py" line="172" />
            <source>Imported “{name}” with %Ln stage(s)</source>
            <translation>
                <numerusform>Tuotu ”{name}”, jossa on %Ln vaihe</numerusform>
                <numerusform>Tuotu ”{name}”, jossa on %Ln vaihetta</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="139" />
            <source>Playbook written to {path}</source>
            <translation>Pelikirja kirjoitettu tiedostoon {path}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="117" />
            <location filename="../../salesdesk/ui/playbooks.py" line="154" />
            <source>Playbooks (*.toml)</source>
            <translation>Pelikirjat (*.toml)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="128" />
            <location filename="../../salesdesk/ui/playbooks.py" line="133" />
            <source>The playbook was not exported</source>
            <translation>Pelikirjaa ei viety</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="167" />
            <source>The playbook was not imported</source>
            <translation>Pelikirjaa ei tuotu</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/playbooks.py" line="134" />
            <source>{path} could not be written: {reason}</source>
            <translation>Tiedostoon {path} ei voitu kirjoittaa: {reason}</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../salesdesk/ui/preferences.py" line="69" />
            <source>&amp;Calendar:</source>
            <translation>K&amp;alenteri:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/preferences.py" line="68" />
            <source>&amp;Language:</source>
            <translation>&amp;Kieli:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/preferences.py" line="70" />
            <source>Changes apply the next time SalesDesk starts.</source>
            <translation>Muutokset tulevat voimaan, kun SalesDesk käynnistetään seuraavan kerran.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/preferences.py" line="63" />
            <source>Gregorian</source>
            <translation>Gregoriaaninen</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/preferences.py" line="52" />
            <source>Settings</source>
            <translation>Asetukset</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/preferences.py" line="64" />
            <source>Solar Hijri (Jalali)</source>
            <translation>Iranilainen aurinkokalenteri (Jalali)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/preferences.py" line="56" />
            <source>System language ({name})</source>
            <translation>Järjestelmän kieli ({name})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/preferences.py" line="62" />
            <source>The language's usual calendar</source>
            <translation>Kielen tavallinen kalenteri</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/reminders.py" line="64" />
            <source>%Ln follow-up(s) overdue. Today (Ctrl+T) lists them.</source>
            <translation>
                <numerusform>%Ln jatkotoimi on myöhässä. Tänään-näkymä (Ctrl+T) näyttää sen.</numerusform>
                <numerusform>%Ln jatkotointa on myöhässä. Tänään-näkymä (Ctrl+T) näyttää ne.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/reminders.py" line="84" />
            <source>%Ln follow-ups due</source>
            <translation>
                <numerusform>%Ln jatkotoimen aika</numerusform>
                <numerusform>%Ln jatkotoimen aika</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/reminders.py" line="80" />
            <source>Follow-up due</source>
            <translation>Jatkotoimen aika</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/reminders.py" line="47" />
            <source>Open Today</source>
            <translation>Avaa Tänään-näkymä</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/reminders.py" line="63" />
            <source>SalesDesk</source>
            <translation>SalesDesk</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/reminders.py" line="113" />
            <source>Snooze</source>
            <translation>Torkutus</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/reminders.py" line="49" />
            <source>Snooze an hour</source>
            <translation>Torkuta tunniksi</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/reminders.py" line="50" />
            <source>Snooze until tomorrow</source>
            <translation>Torkuta huomiseen</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="55" />
            <source>&amp;Choose file…</source>
            <translation>&amp;Valitse tiedosto…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="57" />
            <source>&amp;Restore…</source>
            <translation>&amp;Palauta…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="196" />
            <source>At exit</source>
            <translation>Suljettaessa</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="194" />
            <source>At start</source>
            <translation>Käynnistettäessä</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="197" />
            <source>Backed up now</source>
            <translation>Käsin tehty</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="198" />
            <source>Before a restore</source>
            <translation>Ennen palautusta</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="204" />
            <source>Before an upgrade (schema {revision})</source>
            <translation>Ennen päivitystä (skeema {revision})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="105" />
            <source>Choose a backup</source>
            <translation>Valitse varmuuskopio</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="114" />
            <source>Chosen file</source>
            <translation>Valittu tiedosto</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="195" />
            <source>Daily</source>
            <translation>Päivittäinen</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="199" />
            <source>Damaged database, before a restore</source>
            <translation>Vioittunut tietokanta, ennen palautusta</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="159" />
            <source>Deals: {open} open, {won} won, {lost} lost</source>
            <translation>Kaupat: avoimia {open}, voitettuja {won}, hävittyjä {lost}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="43" />
            <source>Folder</source>
            <translation>Kansio</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="166" />
            <source>Last change: {date}</source>
            <translation>Viimeisin muutos: {date}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="43" />
            <source>Made</source>
            <translation>Tehty</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="152" />
            <source>Made: {date}</source>
            <translation>Tehty: {date}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="96" />
            <source>No backups yet in {folder}. Choose file… opens any backup file.</source>
            <translation>Kansiossa {folder} ei ole vielä varmuuskopioita. Valitse tiedosto… avaa minkä tahansa varmuuskopiotiedoston.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="160" />
            <source>Organizations: {organizations} · Contacts: {contacts} · Activities: {activities}</source>
            <translation>Organisaatiot: {organizations} · Yhteyshenkilöt: {contacts} · Aktiviteetit: {activities}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="163" />
            <source>Pipelines: {names}</source>
            <translation>Myyntiputket: {names}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="133" />
            <source>Reading {name}…</source>
            <translation>Luetaan tiedostoa {name}…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="35" />
            <source>Restore from a backup</source>
            <translation>Palauta varmuuskopiosta</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="176" />
            <source>Restore this backup?</source>
            <translation>Palautetaanko tämä varmuuskopio?</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="107" />
            <source>SalesDesk databases (*.sqlite *.db);;All files (*)</source>
            <translation>SalesDesk-tietokannat (*.sqlite *.db);;Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="43" />
            <source>Size</source>
            <translation>Koko</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="153" />
            <source>Size: {size}</source>
            <translation>Koko: {size}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="43" />
            <source>Why</source>
            <translation>Syy</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restore_dialog.py" line="177" />
            <source>Your data will be replaced by the backup made {date} ({deals} deals).

The current database is backed up first: restoring that backup undoes this.</source>
            <translation>Tietosi korvataan varmuuskopiolla, joka on tehty {date} (kauppoja {deals}).

Nykyisestä tietokannasta tehdään ensin varmuuskopio: sen palauttaminen kumoaa tämän.</translation>
        </message>
    </context>
    <context>
        <name>SearchPalette</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/palette.py" line="556" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln kauppa</numerusform>
                <numerusform>%Ln kauppaa</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/palette.py" line="500" />
            <source>%Ln result(s)</source>
            <translation>
                <numerusform>%Ln tulos</numerusform>
                <numerusform>%Ln tulosta</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="521" />
            <source>Action</source>
            <translation>Toiminto</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="525" />
            <source>Call</source>
            <translation>Puhelu</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="517" />
            <source>Contact</source>
            <translation>Yhteyshenkilö</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="515" />
            <source>Deal</source>
            <translation>Kauppa</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="527" />
            <source>Email</source>
            <translation>Sähköposti</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="529" />
            <source>Follow-up</source>
            <translation>Jatkotoimi</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="523" />
            <source>Lost</source>
            <translation>Hävitty</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="526" />
            <source>Meeting</source>
            <translation>Tapaaminen</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="520" />
            <location filename="../../salesdesk/ui/palette.py" line="528" />
            <source>Note</source>
            <translation>Muistiinpano</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="498" />
            <source>Nothing found</source>
            <translation>Mitään ei löytynyt</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="518" />
            <location filename="../../salesdesk/ui/palette.py" line="519" />
            <source>Objection</source>
            <translation>Vastaväite</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="560" />
            <source>Objection library</source>
            <translation>Vastaväitekirjasto</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="489" />
            <source>Only actions can be searched: {error}</source>
            <translation>Vain toimintoja voi hakea: {error}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="523" />
            <source>Open</source>
            <translation>Avoin</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="516" />
            <source>Organization</source>
            <translation>Organisaatio</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="491" />
            <source>Reading deals, notes and objections…</source>
            <translation>Luetaan kauppoja, muistiinpanoja ja vastaväitteitä…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="562" />
            <source>Resolved</source>
            <translation>Ratkaistu</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="327" />
            <source>Search deals, organizations, contacts, notes, objections and actions</source>
            <translation>Hae kauppoja, organisaatioita, yhteyshenkilöitä, muistiinpanoja, vastaväitteitä ja toimintoja</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="315" />
            <source>Search everything</source>
            <translation>Hae kaikkialta</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="493" />
            <source>The best {shown} of {total} results</source>
            <translation>Parhaat {shown} tulosta (yhteensä {total})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="487" />
            <source>Type to search · Enter opens or runs · Esc closes</source>
            <translation>Hae kirjoittamalla · Enter avaa tai suorittaa · Esc sulkee</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/palette.py" line="523" />
            <source>Won</source>
            <translation>Voitettu</translation>
        </message>
    </context>
    <context>
        <name>SecondFolderDialog</name>
        <message>
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="38" />
            <source>&amp;Browse…</source>
            <translation>&amp;Selaa…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="41" />
            <source>&amp;Turn off</source>
            <translation>&amp;Poista käytöstä</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="27" />
            <source>Every backup is also copied to this folder: a USB stick or a synced folder keeps your pipeline safe if the laptop is lost. Leave it empty to keep backups only in the data folder.</source>
            <translation>Jokainen varmuuskopio kopioidaan myös tähän kansioon: USB-tikku tai synkronoitu kansio pitää myyntiputkesi tallessa, vaikka kannettava katoaisi. Jätä kenttä tyhjäksi, jos haluat säilyttää varmuuskopiot vain datakansiossa.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="36" />
            <source>No second folder</source>
            <translation>Ei toista kansiota</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="25" />
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="71" />
            <source>Second backup folder</source>
            <translation>Toinen varmuuskopiokansio</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/folder_dialog.py" line="79" />
            <source>{folder} is not a folder that exists. Plug the drive in, or choose another.</source>
            <translation>Kansiota {folder} ei ole olemassa. Liitä asema tai valitse toinen kansio.</translation>
        </message>
    </context>
    <context>
        <name>TargetDialog</name>
        <message>
            <location filename="../../salesdesk/ui/insights/target_dialog.py" line="46" />
            <source>&amp;Amount a month:</source>
            <translation>&amp;Summa kuukaudessa:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/target_dialog.py" line="45" />
            <source>&amp;Currency:</source>
            <translation>&amp;Valuutta:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/target_dialog.py" line="30" />
            <source>Monthly target</source>
            <translation>Kuukausitavoite</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/target_dialog.py" line="54" />
            <source>The weighted forecast is set against this target each month.</source>
            <translation>Painotettua ennustetta verrataan joka kuukausi tähän tavoitteeseen.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/target_dialog.py" line="39" />
            <source>no target</source>
            <translation>ei tavoitetta</translation>
        </message>
    </context>
    <context>
        <name>Toast</name>
        <message>
            <location filename="../../salesdesk/ui/board/toast.py" line="26" />
            <source>&amp;Undo</source>
            <translation>&amp;Kumoa</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/toast.py" line="29" />
            <source>Close</source>
            <translation>Sulje</translation>
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="91" />
            <source>&amp;Done (D)</source>
            <translation>&amp;Valmis (D)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="105" />
            <source>&amp;Reschedule… (R)</source>
            <translation>&amp;Ajoita uudelleen… (R)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="93" />
            <source>&amp;Snooze</source>
            <translation>T&amp;orkuta</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="97" />
            <source>An hour (1)</source>
            <translation>Tunniksi (1)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="175" />
            <source>Coming week</source>
            <translation>Tuleva viikko</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="324" />
            <source>Complete follow-up</source>
            <translation>Jatkotoimen merkintä tehdyksi</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="204" />
            <source>Deal</source>
            <translation>Kauppa</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="174" />
            <source>Due today</source>
            <translation>Tänään</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="111" />
            <source>Enter opens the deal · D done · 1 snooze an hour · 2 tomorrow · 3 next week · R pick a date</source>
            <translation>Enter avaa kaupan · D valmis · 1 torkuta tunniksi · 2 huomisaamuun · 3 ensi viikkoon · R valitse päivä</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="263" />
            <source>Many sales come only after the fifth touch; most reps stop after two.</source>
            <translation>Moni kauppa syntyy vasta viidennen yhteydenoton jälkeen; useimmat myyjät luovuttavat jo kahden jälkeen.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="99" />
            <source>Next week (3)</source>
            <translation>Ensi viikkoon (3)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="176" />
            <source>No next step</source>
            <translation>Ei seuraavaa askelta</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="205" />
            <source>Organization · stage</source>
            <translation>Organisaatio · vaihe</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="173" />
            <source>Overdue</source>
            <translation>Myöhässä</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="103" />
            <source>Pick a date… (4)</source>
            <translation>Valitse päivä… (4)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="154" />
            <source>Reading your day…</source>
            <translation>Luetaan päiväsi tehtäviä…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="338" />
            <location filename="../../salesdesk/ui/today/view.py" line="367" />
            <source>Reschedule follow-up</source>
            <translation>Jatkotoimen uudelleenajoitus</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="177" />
            <source>Stalled</source>
            <translation>Jumissa</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="321" />
            <location filename="../../salesdesk/ui/today/view.py" line="363" />
            <source>The follow-up was not changed</source>
            <translation>Jatkotoimea ei muutettu</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="185" />
            <source>Today, {date}</source>
            <translation>Tänään, {date}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="98" />
            <source>Tomorrow morning (2)</source>
            <translation>Huomisaamuun (2)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="207" />
            <source>Touches</source>
            <translation>Yhteydenotot</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="203" />
            <source>When</source>
            <translation>Ajankohta</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="206" />
            <source>Why</source>
            <translation>Syy</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="253" />
            <source>{n} of {goal}</source>
            <translation>{n}/{goal}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/today/view.py" line="189" />
            <source>{overdue} overdue · {today} due today · {week} this week · {none} without a next step · {stalled} stalled</source>
            <translation>Myöhässä {overdue} · tänään {today} · tällä viikolla {week} · ilman seuraavaa askelta {none} · jumissa {stalled}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/today/view.py" line="227" />
            <source>… and %Ln more</source>
            <translation>
                <numerusform>… ja %Ln muu</numerusform>
                <numerusform>… ja %Ln muuta</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_ChartView</name>
        <message>
            <location filename="../../salesdesk/ui/insights/cards.py" line="42" />
            <source>Save chart as PNG…</source>
            <translation>Tallenna kaavio PNG-kuvana…</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../salesdesk/ui/app.py" line="208" />
            <source>SalesDesk cannot start</source>
            <translation>SalesDesk ei voi käynnistyä</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/app.py" line="209" />
            <source>SalesDesk is already running with the data folder {path}, but it did not answer. Switch to its window, or close it and start SalesDesk again.</source>
            <translation>SalesDesk on jo käynnissä datakansiolla {path}, mutta se ei vastannut. Siirry sen ikkunaan tai sulje se ja käynnistä SalesDesk uudelleen.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/app.py" line="79" />
            <source>Using the data folder {path} until SalesDesk closes; start it with --data-dir to use that folder again.</source>
            <translation>Käytetään datakansiota {path}, kunnes SalesDesk suljetaan; jos haluat käyttää tätä kansiota myöhemminkin, käynnistä ohjelma valitsimella --data-dir.</translation>
        </message>
    </context>
    <context>
        <name>board</name>
        <message>
            <location filename="../../salesdesk/ui/board/model.py" line="99" />
            <source>Stalled: {reason}</source>
            <translation>Jumissa: {reason}</translation>
        </message>
    </context>
    <context>
        <name>dealsTable</name>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="53" />
            <source>Contact</source>
            <translation>Yhteyshenkilö</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="59" />
            <source>Days in stage</source>
            <translation>Päiviä vaiheessa</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="58" />
            <source>Expected close</source>
            <translation>Arvioitu päättämispäivä</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="60" />
            <source>Last activity</source>
            <translation>Viimeisin aktiviteetti</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="73" />
            <source>Lost</source>
            <translation>Hävitty</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="61" />
            <source>Next follow-up</source>
            <translation>Seuraava jatkotoimi</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="71" />
            <source>Open</source>
            <translation>Avoin</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="52" />
            <source>Organization</source>
            <translation>Organisaatio</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="57" />
            <source>Probability</source>
            <translation>Todennäköisyys</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="54" />
            <source>Stage</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="55" />
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="51" />
            <source>Title</source>
            <translation>Otsikko</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="56" />
            <source>Value</source>
            <translation>Arvo</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/table/model.py" line="72" />
            <source>Won</source>
            <translation>Voitettu</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="409" />
            <source>'{email}' does not look like an email address (name@example.com).</source>
            <translation>”{email}” ei näytä sähköpostiosoitteelta (nimi@example.com).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="124" />
            <source>'{name}' cannot be edited.</source>
            <translation>Kenttää ”{name}” ei voi muokata.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="420" />
            <source>'{phone}' is not a phone number: it has no digits.</source>
            <translation>”{phone}” ei ole puhelinnumero: siinä ei ole numeroita.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvvalues.py" line="34" />
            <source>'{text}' is not a date</source>
            <translation>”{text}” ei ole päivämäärä</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/metrics/period.py" line="138" />
            <source>'{text}' is not a period: use month, quarter, year, all or START..END (YYYY-MM-DD..YYYY-MM-DD).</source>
            <translation>”{text}” ei ole kelvollinen jakso: käytä arvoa month, quarter, year, all tai ALKU..LOPPU (VVVV-KK-PP..VVVV-KK-PP).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvvalues.py" line="35" />
            <source>'{text}' is not a valid time</source>
            <translation>”{text}” ei ole kelvollinen kellonaika</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvvalues.py" line="32" />
            <source>'{text}' is not an amount</source>
            <translation>”{text}” ei ole rahamäärä</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/money.py" line="72" />
            <location filename="../../salesdesk/core/money.py" line="78" />
            <source>'{text}' is not an amount.</source>
            <translation>”{text}” ei ole rahamäärä.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/timeutil.py" line="69" />
            <source>'{value}' is not a date.</source>
            <translation>”{value}” ei ole päivämäärä.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/timeutil.py" line="56" />
            <source>'{value}' is not a time.</source>
            <translation>”{value}” ei ole ajankohta.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/interactions.py" line="84" />
            <source>A call is logged after it happened, not before.</source>
            <translation>Puhelu kirjataan vasta sen jälkeen, kun se on käyty, ei etukäteen.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="85" />
            <source>A new deal must start in an open stage.</source>
            <translation>Uuden kaupan on alettava avoimesta vaiheesta.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="116" />
            <source>A quote (") opened on line {line} is never closed, so the rest of the file would be read as one cell. Close the quote, or save the file again from the program that wrote it.</source>
            <translation>Rivillä {line} avattua lainausmerkkiä (") ei suljeta, joten loppu tiedostosta luettaisiin yhtenä soluna. Sulje lainausmerkki tai tallenna tiedosto uudelleen ohjelmasta, jolla se on tehty.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/timeutil.py" line="34" />
            <source>A time without a time zone cannot be stored (naive datetime {value}).</source>
            <translation>Ajankohtaa ilman aikavyöhykettä ei voi tallentaa (aikavyöhyketön ajankohta {value}).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/organizations.py" line="78" />
            <source>An organization cannot be merged into itself.</source>
            <translation>Organisaatiota ei voi yhdistää itseensä.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="34" />
            <source>Another program is using the database. Close it and try again.</source>
            <translation>Jokin toinen ohjelma käyttää tietokantaa. Sulje se ja yritä uudelleen.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/metrics/alerts.py" line="24" />
            <source>Bottleneck: deals stay {days:.1f} days on average in {stage}, longer than its {limit} stalled-after days.</source>
            <translation>Pullonkaula: kaupat viipyvät vaiheessa {stage} keskimäärin {days:.1f} päivää, eli kauemmin kuin vaiheen jumiutumisraja ({limit} pv).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="88" />
            <source>Check that the backup folder exists, is writable and has free space, then try again.</source>
            <translation>Tarkista, että varmuuskopiokansio on olemassa, siihen voi kirjoittaa ja levyllä on tilaa, ja yritä sitten uudelleen.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="487" />
            <source>Choose a stage for: {names}</source>
            <translation>Valitse vaihe näille: {names}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/organizations.py" line="75" />
            <source>Choose organizations to merge.</source>
            <translation>Valitse yhdistettävät organisaatiot.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="206" />
            <source>Choose the column that holds the deal's title.</source>
            <translation>Valitse sarake, jossa on kaupan otsikko.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="199" />
            <source>Free some space on that disk, then back up again.</source>
            <translation>Vapauta tilaa levyltä ja varmuuskopioi sitten uudelleen.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="22" />
            <source>Free some space on the disk, then try again. Nothing was saved.</source>
            <translation>Vapauta tilaa levyltä ja yritä sitten uudelleen. Mitään ei tallennettu.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/metrics/alerts.py" line="17" />
            <source>Inverted funnel: {late} open deals in the later stages, {early} in the earlier ones.</source>
            <translation>Käänteinen suppilo: avoimia kauppoja on myöhemmissä vaiheissa {late}, aiemmissa vaiheissa {early}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="27" />
            <source>Make the data folder writable, or start SalesDesk with another folder (--data-dir).</source>
            <translation>Salli kirjoittaminen datakansioon tai käynnistä SalesDesk toisella kansiolla (--data-dir).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="204" />
            <source>Make the folder writable, or choose another backup folder.</source>
            <translation>Salli kirjoittaminen kansioon tai valitse toinen varmuuskopiokansio.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="53" />
            <source>Restore a backup to carry on where you were, or start a new, empty database.</source>
            <translation>Palauta varmuuskopio, niin voit jatkaa siitä, mihin jäit, tai aloita uusi, tyhjä tietokanta.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/pipelines.py" line="41" />
            <source>That pipeline does not exist.</source>
            <translation>Kyseistä myyntiputkea ei ole olemassa.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/checklists.py" line="84" />
            <source>That question belongs to another pipeline.</source>
            <translation>Kysymys kuuluu toiseen myyntiputkeen.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/document_check.py" line="54" />
            <source>The SalesDesk export has no valid version number.</source>
            <translation>SalesDesk-viennissä ei ole kelvollista versionumeroa.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="212" />
            <source>The accounts file (Account.csv) is not beside the import: deals are imported without their organization.</source>
            <translation>Asiakastilitiedostoa (Account.csv) ei ole tuotavan tiedoston vieressä: kaupat tuodaan ilman organisaatiota.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="196" />
            <source>The backup in {folder} was not made: the disk is full.</source>
            <translation>Varmuuskopiota kansioon {folder} ei tehty: levy on täynnä.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="218" />
            <source>The backup in {folder} was not made: {reason}</source>
            <translation>Varmuuskopiota kansioon {folder} ei tehty: {reason}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="212" />
            <source>The backup was not made: the database file is damaged.</source>
            <translation>Varmuuskopiota ei tehty: tietokantatiedosto on vioittunut.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="207" />
            <source>The backup was not made: the database is locked.</source>
            <translation>Varmuuskopiota ei tehty: tietokanta on lukittu.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="179" />
            <source>The backup {path} failed its integrity check ({problem}).</source>
            <translation>Varmuuskopio {path} ei läpäissyt eheystarkistusta ({problem}).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="185" />
            <source>The backup {path} is not a SalesDesk database.</source>
            <translation>Varmuuskopio {path} ei ole SalesDesk-tietokanta.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="581" />
            <source>The contact already exists.</source>
            <translation>Yhteyshenkilö on jo olemassa.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/app.py" line="187" />
            <source>The data folder {path} cannot be used: {reason}</source>
            <translation>Datakansiota {path} ei voi käyttää: {reason}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/app.py" line="100" />
            <source>The data folder {path} is read-only or cannot be locked.</source>
            <translation>Datakansio {path} on vain luku -tilassa, tai sitä ei voi lukita.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="70" />
            <source>The database file cannot be opened.</source>
            <translation>Tietokantatiedostoa ei voi avata.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="77" />
            <source>The database file is damaged.</source>
            <translation>Tietokantatiedosto on vioittunut.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/database.py" line="260" />
            <source>The database file is damaged. ({path})</source>
            <translation>Tietokantatiedosto on vioittunut. ({path})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="71" />
            <source>The database is locked.</source>
            <translation>Tietokanta on lukittu.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="69" />
            <source>The database is read-only.</source>
            <translation>Tietokanta on vain luku -tilassa.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="97" />
            <source>The database may be damaged: run 'salesdesk check', and restore an earlier backup if it is.</source>
            <translation>Tietokanta voi olla vioittunut: suorita komento ”salesdesk check” ja palauta aiempi varmuuskopio, jos se on.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/timeutil.py" line="46" />
            <source>The date {value} is out of range ({first} to {last}).</source>
            <translation>Päivämäärä {value} on sallitun välin ulkopuolella ({first}–{last}).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="274" />
            <source>The deal already exists.</source>
            <translation>Kauppa on jo olemassa.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="217" />
            <source>The deal is already lost.</source>
            <translation>Kauppa on jo hävitty.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="226" />
            <source>The deal is already open.</source>
            <translation>Kauppa on jo avoin.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="208" />
            <source>The deal is already won.</source>
            <translation>Kauppa on jo voitettu.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/moves.py" line="71" />
            <source>The deal to place it before is not in that stage.</source>
            <translation>Kauppa, jonka eteen se pitäisi sijoittaa, ei ole kyseisessä vaiheessa.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="68" />
            <source>The disk could not be written (I/O error).</source>
            <translation>Levylle ei voitu kirjoittaa (I/O-virhe).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="67" />
            <source>The disk is full.</source>
            <translation>Levy on täynnä.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/activities.py" line="38" />
            <source>The duration must be between 0 and 24 hours.</source>
            <translation>Keston on oltava 0–24 tuntia.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/export_json.py" line="49" />
            <source>The export was cancelled; no file was written.</source>
            <translation>Vienti peruutettiin; tiedostoa ei kirjoitettu.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="129" />
            <source>The file has only one column. A CSV export has a header row and columns separated by commas, semicolons or tabs.</source>
            <translation>Tiedostossa on vain yksi sarake. CSV-viennissä on otsikkorivi ja sarakkeet, jotka on erotettu pilkuilla, puolipisteillä tai sarkaimilla.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="125" />
            <source>The file is empty.</source>
            <translation>Tiedosto on tyhjä.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="75" />
            <location filename="../../salesdesk/storage/errors.py" line="78" />
            <source>The file is not a SalesDesk database.</source>
            <translation>Tiedosto ei ole SalesDesk-tietokanta.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="110" />
            <source>The file is not a readable CSV table (line {line}: {reason}).</source>
            <translation>Tiedosto ei ole luettava CSV-taulukko (rivi {line}: {reason}).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="71" />
            <source>The file is not text in a known encoding (UTF-8, UTF-16 or Windows-1252).</source>
            <translation>Tiedosto ei ole tekstiä tunnetulla merkistöllä (UTF-8, UTF-16 tai Windows-1252).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="158" />
            <source>The file is too large to import ({size} MB).</source>
            <translation>Tiedosto on liian suuri tuotavaksi ({size} Mt).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="49" />
            <source>The file starts as {encoding} text but is not valid {encoding} (byte {position}: {reason}).</source>
            <translation>Tiedosto alkaa {encoding}-tekstinä, mutta se ei ole kelvollista {encoding}-tekstiä (tavu {position}: {reason}).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/document_check.py" line="57" />
            <source>The file was exported by a newer SalesDesk (document version {version}); install the newer version to import it.</source>
            <translation>Tiedosto on viety SalesDeskin uudemmalla versiolla (asiakirjaversio {version}); asenna uudempi versio, jotta voit tuoda sen.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="39" />
            <source>The file was left untouched. Restore a backup, or choose another data folder.</source>
            <translation>Tiedostoon ei koskettu. Palauta varmuuskopio tai valitse toinen datakansio.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/document_check.py" line="37" />
            <source>The file was not imported ({count} problems); nothing was changed:
{details}</source>
            <translation>Tiedostoa ei tuotu (ongelmia: {count}); mitään ei muutettu:
{details}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="202" />
            <source>The folder {folder} cannot be written.</source>
            <translation>Kansioon {folder} ei voi kirjoittaa.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="200" />
            <source>The header row holds characters that are not valid text.</source>
            <translation>Otsikkorivillä on merkkejä, jotka eivät ole kelvollista tekstiä.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/cancel.py" line="11" />
            <source>The import was cancelled; nothing was imported.</source>
            <translation>Tuonti peruutettiin; mitään ei tuotu.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/organizations.py" line="110" />
            <source>The merge can no longer be undone.</source>
            <translation>Yhdistämistä ei voi enää kumota.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/interactions.py" line="122" />
            <source>The next step must come after the call.</source>
            <translation>Seuraavan askeleen on oltava puhelun jälkeen.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/organizations.py" line="230" />
            <source>The organization already exists.</source>
            <translation>Organisaatio on jo olemassa.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/metrics/period.py" line="48" />
            <location filename="../../salesdesk/core/metrics/period.py" line="119" />
            <source>The period must end after it starts.</source>
            <translation>Jakson on päätyttävä alkamisensa jälkeen.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/pipelines.py" line="59" />
            <source>The pipeline has no '{kind}' stage.</source>
            <translation>Myyntiputkessa ei ole vaihetta ”{kind}”.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/playbook.py" line="39" />
            <source>The playbook {source} has problems:
{problems}</source>
            <translation>Pelikirjassa {source} on ongelmia:
{problems}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="274" />
            <source>The second backup folder {folder} is not there (is the drive plugged in?).</source>
            <translation>Toista varmuuskopiokansiota {folder} ei löydy (onko asema liitetty?).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="102" />
            <source>The text contains characters that are not valid text.</source>
            <translation>Tekstissä on merkkejä, jotka eivät ole kelvollista tekstiä.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="99" />
            <source>The text contains control characters.</source>
            <translation>Tekstissä on ohjausmerkkejä.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="97" />
            <source>The text is too long (1 MB at most).</source>
            <translation>Teksti on liian pitkä (enintään 1 Mt).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/money.py" line="59" />
            <source>The value cannot be negative.</source>
            <translation>Arvo ei voi olla negatiivinen.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/money.py" line="61" />
            <source>The value is too large.</source>
            <translation>Arvo on liian suuri.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/money.py" line="57" />
            <source>The value must be a whole number.</source>
            <translation>Arvon on oltava kokonaisluku.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="74" />
            <location filename="../../salesdesk/ui/dialogs.py" line="157" />
            <source>The {label} cannot be empty.</source>
            <translation>{label} ei voi olla tyhjä.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="82" />
            <source>The {label} contains characters that are not valid text.</source>
            <translation>{label} sisältää merkkejä, jotka eivät ole kelvollista tekstiä.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="77" />
            <source>The {label} contains control characters.</source>
            <translation>{label} sisältää ohjausmerkkejä.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="68" />
            <source>The {label} is too long ({length} characters; {limit} at most).</source>
            <translation>{label} on liian pitkä ({length} merkkiä, enintään {limit}).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="47" />
            <location filename="../../salesdesk/core/services/moves.py" line="104" />
            <location filename="../../salesdesk/core/services/people.py" line="287" />
            <source>The {what} no longer exists.</source>
            <translation>Kohdetta ({what}) ei ole enää olemassa.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="476" />
            <source>There is already a contact named {existing} at this organization.</source>
            <translation>Tässä organisaatiossa on jo yhteyshenkilö nimeltä {existing}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/organizations.py" line="155" />
            <source>There is already an organization named {existing}.</source>
            <translation>Organisaatio nimeltä {existing} on jo olemassa.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/bootstrap.py" line="51" />
            <source>There is no database with your deals in {folder}, but there are backups of one ({count}), the newest made on {date}.</source>
            <translation>Kansiossa {folder} ei ole tietokantaa, jossa kauppasi ovat, mutta siitä on varmuuskopioita ({count}); uusin on tehty {date}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="347" />
            <source>There is no file {path}.</source>
            <translation>Tiedostoa {path} ei ole.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="492" />
            <source>There is no organization named {name}. Add it first with New organization.</source>
            <translation>Organisaatiota nimeltä {name} ei ole. Lisää se ensin toiminnolla Uusi organisaatio.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/export.py" line="91" />
            <location filename="../../salesdesk/core/metrics/history.py" line="109" />
            <source>There is no pipeline with id {id}.</source>
            <translation>Myyntiputkea, jonka tunniste on {id}, ei ole.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/playbook_export.py" line="103" />
            <source>There is no pipeline with id {pipeline_id}.</source>
            <translation>Myyntiputkea, jonka tunniste on {pipeline_id}, ei ole.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/bootstrap.py" line="82" />
            <source>There is no playbook called '{name}'.</source>
            <translation>Pelikirjaa nimeltä ”{name}” ei ole.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/activities.py" line="112" />
            <location filename="../../salesdesk/core/services/activities.py" line="134" />
            <source>This activity is not a follow-up.</source>
            <translation>Tämä aktiviteetti ei ole jatkotoimi.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/errors.py" line="60" />
            <source>This database was written by a newer SalesDesk. Install the newer version to open it.</source>
            <translation>Tämä tietokanta on kirjoitettu SalesDeskin uudemmalla versiolla. Asenna uudempi versio, jotta voit avata sen.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/activities.py" line="136" />
            <source>This follow-up is already done.</source>
            <translation>Tämä jatkotoimi on jo tehty.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/document_check.py" line="50" />
            <source>This is not a SalesDesk export (no "format": "salesdesk").</source>
            <translation>Tämä ei ole SalesDesk-vienti (siitä puuttuu "format": "salesdesk").</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/metrics/alerts.py" line="20" />
            <source>Too few new deals: {created} created against {closed} closed; the top of the pipeline is not being refilled.</source>
            <translation>Liian vähän uusia kauppoja: luotuja {created}, päätettyjä {closed}; myyntiputken alkupäätä ei täydennetä.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/activities.py" line="31" />
            <location filename="../../salesdesk/core/services/activities.py" line="95" />
            <location filename="../../salesdesk/core/services/interactions.py" line="75" />
            <source>Unknown activity type '{kind}'.</source>
            <translation>Tuntematon aktiviteetin tyyppi ”{kind}”.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/money.py" line="47" />
            <source>Unknown currency code '{code}'. Use a three-letter ISO code such as EUR.</source>
            <translation>Tuntematon valuuttakoodi ”{code}”. Käytä kolmikirjaimista ISO-koodia, kuten EUR.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/export.py" line="85" />
            <source>Unknown export format '{format}': use json or csv.</source>
            <translation>Tuntematon vientimuoto ”{format}”: käytä muotoa json tai csv.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/interactions.py" line="79" />
            <source>Unknown outcome '{outcome}'.</source>
            <translation>Tuntematon tulos ”{outcome}”.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/deals.py" line="40" />
            <location filename="../../salesdesk/core/services/moves.py" line="111" />
            <source>Unknown stage.</source>
            <translation>Tuntematon vaihe.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="104" />
            <source>Your current database was not changed. Choose another backup.</source>
            <translation>Nykyistä tietokantaasi ei muutettu. Valitse toinen varmuuskopio.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/objections.py" line="67" />
            <location filename="../../salesdesk/core/services/objections.py" line="163" />
            <location filename="../../salesdesk/core/services/objections.py" line="179" />
            <source>category</source>
            <translation>Luokka</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="31" />
            <source>contact</source>
            <translation>yhteyshenkilö</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="360" />
            <location filename="../../salesdesk/core/services/contacts.py" line="42" />
            <location filename="../../salesdesk/core/services/people.py" line="450" />
            <source>contact name</source>
            <translation>Yhteyshenkilön nimi</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="30" />
            <location filename="../../salesdesk/core/services/moves.py" line="104" />
            <source>deal</source>
            <translation>kauppa</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="405" />
            <source>email address</source>
            <translation>Sähköpostiosoite</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="36" />
            <source>exit criterion</source>
            <translation>siirtymäkriteeri</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="38" />
            <source>follow-up</source>
            <translation>jatkotoimi</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="34" />
            <source>library objection</source>
            <translation>kirjaston vastaväite</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="40" />
            <source>lost</source>
            <translation>hävitty</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="399" />
            <location filename="../../salesdesk/core/services/moves.py" line="115" />
            <source>lost reason</source>
            <translation>Häviön syy</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="255" />
            <source>more cells than the header has columns (a comma or semicolon inside a cell that is not in quotes?)</source>
            <translation>enemmän soluja kuin otsikkorivillä on sarakkeita (pilkku tai puolipiste solussa, jota ei ole lainausmerkeissä?)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvvalues.py" line="33" />
            <source>negative amount '{text}'</source>
            <translation>negatiivinen rahamäärä ”{text}”</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="347" />
            <source>no title</source>
            <translation>ei otsikkoa</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="33" />
            <location filename="../../salesdesk/core/services/objections.py" line="35" />
            <location filename="../../salesdesk/core/services/objections.py" line="164" />
            <location filename="../../salesdesk/core/services/objections.py" line="180" />
            <source>objection</source>
            <translation>Vastaväite</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="32" />
            <source>organization</source>
            <translation>organisaatio</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="357" />
            <location filename="../../salesdesk/core/services/deals.py" line="46" />
            <location filename="../../salesdesk/core/services/organizations.py" line="164" />
            <location filename="../../salesdesk/core/services/organizations.py" line="185" />
            <source>organization name</source>
            <translation>Organisaation nimi</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="417" />
            <source>phone number</source>
            <translation>Puhelinnumero</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="35" />
            <source>question</source>
            <translation>kysymys</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/people.py" line="452" />
            <source>role</source>
            <translation>Rooli</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="37" />
            <source>stage</source>
            <translation>vaihe</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="379" />
            <source>the amount '{amount}' is not in {currency}, the currency column's</source>
            <translation>rahamäärä ”{amount}” ei ole valuuttasarakkeen valuutassa {currency}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvvalues.py" line="36" />
            <source>the date '{text}' is out of range</source>
            <translation>päivämäärä ”{text}” on sallitun välin ulkopuolella</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="264" />
            <source>the row holds characters that are not valid text</source>
            <translation>rivillä on merkkejä, jotka eivät ole kelvollista tekstiä</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="275" />
            <source>the same record as line {other} ({id})</source>
            <translation>sama tietue kuin rivillä {other} ({id})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="351" />
            <source>the title is longer than {limit} characters</source>
            <translation>otsikko on pidempi kuin {limit} merkkiä</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="355" />
            <location filename="../../salesdesk/core/services/deals.py" line="92" />
            <location filename="../../salesdesk/core/services/deals.py" line="131" />
            <location filename="../../salesdesk/ui/dialogs.py" line="157" />
            <source>title</source>
            <translation>Otsikko</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="425" />
            <source>unknown status '{text}' (open, won or lost)</source>
            <translation>tuntematon tila ”{text}” (sallitut: open, won tai lost)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/services/_common.py" line="39" />
            <source>won</source>
            <translation>voitettu</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvimport.py" line="444" />
            <source>{currency} has {digits} decimal places at most</source>
            <translation>{currency}: desimaaleja saa olla enintään {digits}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/money.py" line="84" />
            <source>{currency} has {digits} decimal places at most.</source>
            <translation>{currency}: desimaaleja saa olla enintään {digits}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="193" />
            <source>{folder} is a file, not a folder.</source>
            <translation>{folder} on tiedosto eikä kansio.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="164" />
            <location filename="../../salesdesk/core/io/document_import.py" line="50" />
            <source>{path} cannot be read: {reason}</source>
            <translation>Tiedostoa {path} ei voi lukea: {reason}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="375" />
            <location filename="../../salesdesk/storage/backups.py" line="400" />
            <source>{path} is damaged ({problem}).</source>
            <translation>{path} on vioittunut ({problem}).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/csvread.py" line="170" />
            <source>{path} is not a CSV file (it holds binary data).</source>
            <translation>{path} ei ole CSV-tiedosto (siinä on binääridataa).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/core/io/document_import.py" line="56" />
            <source>{path} is not a JSON file ({reason}).</source>
            <translation>{path} ei ole JSON-tiedosto ({reason}).</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="350" />
            <location filename="../../salesdesk/storage/backups.py" line="356" />
            <location filename="../../salesdesk/storage/database.py" line="59" />
            <location filename="../../salesdesk/storage/database.py" line="239" />
            <source>{path} is not a SalesDesk database.</source>
            <translation>{path} ei ole SalesDesk-tietokanta.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="457" />
            <source>{path} is the database in use, not a backup.</source>
            <translation>{path} on käytössä oleva tietokanta eikä varmuuskopio.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/storage/backups.py" line="359" />
            <location filename="../../salesdesk/storage/database.py" line="242" />
            <source>{path} was written by a newer version of SalesDesk (schema {revision}).</source>
            <translation>{path} on kirjoitettu SalesDeskin uudemmalla versiolla (skeema {revision}).</translation>
        </message>
    </context>
    <context>
        <name>filterBar</name>
        <message>
            <location filename="../../salesdesk/ui/board/filter_bar.py" line="38" />
            <source>Closing this month</source>
            <translation>Päätetään tässä kuussa</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/filter_bar.py" line="30" />
            <source>Filter by title, organization or contact ({key})</source>
            <translation>Suodata otsikon, organisaation tai yhteyshenkilön mukaan ({key})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/filter_bar.py" line="37" />
            <source>Follow-up overdue</source>
            <translation>Jatkotoimi myöhässä</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/board/filter_bar.py" line="36" />
            <source>Stalled</source>
            <translation>Jumissa</translation>
        </message>
    </context>
    <context>
        <name>formatting</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/formatting.py" line="80" />
            <source> + %Ln other currencies</source>
            <translation>
                <numerusform> + %Ln muu valuutta</numerusform>
                <numerusform> + %Ln muuta valuuttaa</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/formatting.py" line="258" />
            <source>, no activity for {days} days</source>
            <translation>, ilman aktiviteetteja {days} pv</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/formatting.py" line="254" />
            <source>{days} days in {stage}</source>
            <translation>{days} pv vaiheessa {stage}</translation>
        </message>
    </context>
    <context>
        <name>insights</name>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="308" />
            <location filename="../../salesdesk/ui/insights/charts.py" line="311" />
            <source>(no reason)</source>
            <translation>(ei syytä)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="196" />
            <source>At start</source>
            <translation>Alussa</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="179" />
            <source>Average</source>
            <translation>Keskiarvo</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="166" />
            <source>Average days</source>
            <translation>Päiviä keskimäärin</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="283" />
            <source>Category</source>
            <translation>Luokka</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="156" />
            <location filename="../../salesdesk/ui/insights/charts.py" line="243" />
            <location filename="../../salesdesk/ui/insights/charts.py" line="286" />
            <location filename="../../salesdesk/ui/insights/charts.py" line="306" />
            <source>Deals</source>
            <translation>Kaupat</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="312" />
            <source>Deals lost</source>
            <translation>Hävityt kaupat</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="185" />
            <source>Deals stay longest in {stage}: {days} days on average</source>
            <translation>Kaupat viipyvät pisimpään vaiheessa {stage}: keskimäärin {days} pv</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="197" />
            <source>Entered</source>
            <translation>Tulleet</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="201" />
            <source>Lost</source>
            <translation>Hävityt</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="179" />
            <source>Median</source>
            <translation>Mediaani</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="166" />
            <source>Median days</source>
            <translation>Päivien mediaani</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="243" />
            <source>Month</source>
            <translation>Kuukausi</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="198" />
            <source>Moved on</source>
            <translation>Edenneet</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="284" />
            <source>Objection</source>
            <translation>Vastaväite</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="243" />
            <source>Of target</source>
            <translation>Tavoitteesta</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="137" />
            <source>Reached</source>
            <translation>Saavuttaneet</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="306" />
            <source>Reason</source>
            <translation>Syy</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="202" />
            <source>Remain</source>
            <translation>Jäljellä</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="306" />
            <source>Share</source>
            <translation>Osuus</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="137" />
            <location filename="../../salesdesk/ui/insights/charts.py" line="166" />
            <location filename="../../salesdesk/ui/insights/charts.py" line="208" />
            <source>Stage</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="288" />
            <source>Stages</source>
            <translation>Vaiheet</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="166" />
            <source>Stays</source>
            <translation>Käyntikerrat</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="243" />
            <source>Target</source>
            <translation>Tavoite</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="264" />
            <source>Target ({currency})</source>
            <translation>Tavoite ({currency})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="285" />
            <source>Times</source>
            <translation>Kertoja</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="301" />
            <source>Times raised</source>
            <translation>Esityskerrat</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="137" />
            <source>To next</source>
            <translation>Seuraavaan</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="137" />
            <source>To won</source>
            <translation>Voitetuksi</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="137" />
            <source>Value</source>
            <translation>Arvo</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="243" />
            <source>Weighted</source>
            <translation>Painotettu</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="262" />
            <source>Weighted forecast ({currency})</source>
            <translation>Painotettu ennuste ({currency})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="199" />
            <source>Went back</source>
            <translation>Palanneet</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="287" />
            <source>Win rate</source>
            <translation>Voittoprosentti</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="200" />
            <source>Won</source>
            <translation>Voitetut</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="268" />
            <source>{n} of {total} deals weighted by their checklist's evidence</source>
            <translation>Kaupoista {n}/{total} painotettu tarkistuslistan näytön perusteella</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="160" />
            <source>{rate} of the deals in play reached won</source>
            <translation>{rate} mukana olleista kaupoista päättyi voittoon</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/insights/charts.py" line="221" />
            <source>{stage}: started with {start}, {on} moved on, {added} were added, {left} remain</source>
            <translation>{stage}: alussa {start}, edenneitä {on}, lisättyjä {added}, jäljellä {left}</translation>
        </message>
    </context>
    <context>
        <name>outcomes</name>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="27" />
            <source>Call</source>
            <translation>Puhelu</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="29" />
            <source>Email</source>
            <translation>Sähköposti</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="18" />
            <source>Left a voicemail</source>
            <translation>Jätetty vastaajaviesti</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="28" />
            <source>Meeting</source>
            <translation>Tapaaminen</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="19" />
            <source>Meeting held</source>
            <translation>Tapaaminen pidetty</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="17" />
            <source>No answer</source>
            <translation>Ei vastausta</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="21" />
            <source>Not interested</source>
            <translation>Ei kiinnostunut</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="30" />
            <source>Note</source>
            <translation>Muistiinpano</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="16" />
            <source>Reached</source>
            <translation>Tavoitettu</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="20" />
            <source>Rescheduled</source>
            <translation>Siirretty</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/workspace/outcomes.py" line="31" />
            <source>Task</source>
            <translation>Tehtävä</translation>
        </message>
    </context>
    <context>
        <name>people</name>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/detail.py" line="228" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln kauppa</numerusform>
                <numerusform>%Ln kauppaa</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="246" />
            <source>Activit&amp;y ({n})</source>
            <translation>Aktiviteet&amp;it ({n})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="224" />
            <source>Added {date}</source>
            <translation>Lisätty {date}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="304" />
            <source>Call {phone}</source>
            <translation>Soita numeroon {phone}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="114" />
            <source>Contact</source>
            <translation>Yhteyshenkilö</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/lists.py" line="170" />
            <source>Contacts</source>
            <translation>Yhteyshenkilöt</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="244" />
            <source>Contacts ({n})</source>
            <translation>Yhteyshenkilöt ({n})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/links.py" line="71" />
            <source>Copy</source>
            <translation>Kopioi</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="245" />
            <source>Dea&amp;ls ({n})</source>
            <translation>Ka&amp;upat ({n})</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="113" />
            <location filename="../../salesdesk/ui/people/detail.py" line="198" />
            <source>Deal</source>
            <translation>Kauppa</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/lists.py" line="172" />
            <location filename="../../salesdesk/ui/people/lists.py" line="212" />
            <source>Deals</source>
            <translation>Kaupat</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="189" />
            <location filename="../../salesdesk/ui/people/lists.py" line="211" />
            <source>Email</source>
            <translation>Sähköposti</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="306" />
            <source>Email {email}</source>
            <translation>Lähetä sähköpostia osoitteeseen {email}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="335" />
            <source>Email:</source>
            <translation>Sähköposti:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="115" />
            <source>Expected close / closed</source>
            <translation>Arvioitu päättämispäivä / päätetty</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="257" />
            <source>Follow-up</source>
            <translation>Jatkotoimi</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="115" />
            <location filename="../../salesdesk/ui/people/lists.py" line="173" />
            <source>Last activity</source>
            <translation>Viimeisin aktiviteetti</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="336" />
            <source>Last reached:</source>
            <translation>Viimeksi tavoitettu:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="60" />
            <source>Lost</source>
            <translation>Hävitty</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="189" />
            <location filename="../../salesdesk/ui/people/lists.py" line="207" />
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="367" />
            <source>Not yet (no call, meeting or email that reached them is logged)</source>
            <translation>Ei vielä (ei kirjattua puhelua, tapaamista tai sähköpostia, jolla hänet olisi tavoitettu)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="198" />
            <source>Notes</source>
            <translation>Muistiinpanot</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/detail.py" line="359" />
            <source>On %Ln deal(s)</source>
            <translation>
                <numerusform>Mukana %Ln kaupassa</numerusform>
                <numerusform>Mukana %Ln kaupassa</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="60" />
            <source>Open</source>
            <translation>Avoin</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/lists.py" line="171" />
            <source>Open deals</source>
            <translation>Avoimet kaupat</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="114" />
            <location filename="../../salesdesk/ui/people/lists.py" line="169" />
            <location filename="../../salesdesk/ui/people/lists.py" line="208" />
            <source>Organization</source>
            <translation>Organisaatio</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="333" />
            <source>Organization:</source>
            <translation>Organisaatio:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="198" />
            <source>Outcome</source>
            <translation>Tulos</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="189" />
            <location filename="../../salesdesk/ui/people/lists.py" line="210" />
            <source>Phone</source>
            <translation>Puhelin</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="334" />
            <source>Phone:</source>
            <translation>Puhelin:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="189" />
            <location filename="../../salesdesk/ui/people/lists.py" line="209" />
            <source>Role</source>
            <translation>Rooli</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="332" />
            <source>Role:</source>
            <translation>Rooli:</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="299" />
            <source>Show contact</source>
            <translation>Näytä yhteyshenkilö</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="113" />
            <source>Stage</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="113" />
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="198" />
            <source>Type</source>
            <translation>Tyyppi</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="113" />
            <source>Value</source>
            <translation>Arvo</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="198" />
            <source>When</source>
            <translation>Ajankohta</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="60" />
            <source>Won</source>
            <translation>Voitettu</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="258" />
            <source>{kind} (done)</source>
            <translation>{kind} (tehty)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="258" />
            <source>{kind} (planned)</source>
            <translation>{kind} (suunniteltu)</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/people/detail.py" line="369" />
            <source>{when} ({kind}, {deal})</source>
            <translation>{when} ({kind}, {deal})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/detail.py" line="276" />
            <source>… and %Ln earlier</source>
            <translation>
                <numerusform>… ja %Ln aiempi</numerusform>
                <numerusform>… ja %Ln aiempaa</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../salesdesk/ui/people/detail.py" line="158" />
            <source>… and %Ln more: the deals table lists them all.</source>
            <translation>
                <numerusform>… ja %Ln muu: kauppataulukossa näkyvät kaikki.</numerusform>
                <numerusform>… ja %Ln muuta: kauppataulukossa näkyvät kaikki.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>restoring</name>
        <message>
            <location filename="../../salesdesk/ui/backups/restoring.py" line="71" />
            <source>Restored {file}.</source>
            <translation>Palautettu {file}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restoring.py" line="87" />
            <source>Restoring the backup…</source>
            <translation>Palautetaan varmuuskopiota…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restoring.py" line="42" />
            <source>The backup was not restored</source>
            <translation>Varmuuskopiota ei palautettu</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restoring.py" line="49" />
            <source>The restored database cannot be opened</source>
            <translation>Palautettua tietokantaa ei voi avata</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/backups/restoring.py" line="47" />
            <location filename="../../salesdesk/ui/backups/restoring.py" line="73" />
            <source>Your database as it was is kept in {path}.</source>
            <translation>Tietokantasi aiempi tila on tallessa tiedostossa {path}.</translation>
        </message>
    </context>
    <context>
        <name>startup</name>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="59" />
            <source>&amp;Quit</source>
            <translation>&amp;Lopeta</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="61" />
            <source>&amp;Restore a backup…</source>
            <translation>&amp;Palauta varmuuskopio…</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="60" />
            <source>&amp;Try again</source>
            <translation>&amp;Yritä uudelleen</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="78" />
            <source>Choose a folder for SalesDesk's data</source>
            <translation>Valitse kansio SalesDeskin tiedoille</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="92" />
            <source>Data folder: {path}</source>
            <translation>Datakansio: {path}</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="119" />
            <source>Restored {file}.</source>
            <translation>Palautettu {file}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="90" />
            <source>SalesDesk cannot open its database</source>
            <translation>SalesDesk ei voi avata tietokantaansa</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="63" />
            <source>Start a &amp;new database</source>
            <translation>Aloita &amp;uusi tietokanta</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="117" />
            <source>The backup was not restored</source>
            <translation>Varmuuskopiota ei palautettu</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="121" />
            <source>The database that could not be opened is kept in {path}.</source>
            <translation>Tietokanta, jota ei voitu avata, on tallessa tiedostossa {path}.</translation>
        </message>
        <message>
            <location filename="../../salesdesk/ui/startup_problem.py" line="62" />
            <source>Use &amp;another folder…</source>
            <translation>Käytä &amp;toista kansiota…</translation>
        </message>
    </context>
</TS>
