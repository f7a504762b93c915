<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt_LT">
<context>
    <name>AbcClasses</name>
    <message>
        <source>ABC classes are set from the whole team&apos;s revenue: run it without the owner, team and territory filters.</source>
        <translation>ABC klasės nustatomos pagal visos komandos pajamas: paleiskite ataskaitą be atsakingo darbuotojo, komandos ir teritorijos filtrų.</translation>
    </message>
</context>
<context>
    <name>ActivityOutcome</name>
    <message>
        <source>There is no such activity.</source>
        <translation>Tokios veiklos nėra.</translation>
    </message>
    <message>
        <source>Say how the call went (reached, no answer …) before marking it done.</source>
        <translation>Prieš pažymėdami skambutį kaip atliktą, nurodykite, kaip jis baigėsi (pavyko susisiekti, neatsiliepė …).</translation>
    </message>
    <message>
        <source>Say how the meeting went before marking it done.</source>
        <translation>Prieš pažymėdami susitikimą kaip atliktą, nurodykite, kaip jis praėjo.</translation>
    </message>
    <message>
        <source>Name the follow-up task, or write the next step.</source>
        <translation>Nurodykite tolesnės užduoties temą arba parašykite kitą žingsnį.</translation>
    </message>
</context>
<context>
    <name>AttachmentFiles</name>
    <message>
        <source>document</source>
        <translation>dokumentas</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Atidaryti dokumentą</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumentai (*.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Visi failai (*)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Išsaugoti kopiją</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>At least one backup must be kept (%1 given).</source>
        <translation>Turi būti saugoma bent viena atsarginė kopija (nurodyta: %1).</translation>
    </message>
    <message>
        <source>The number of days cannot be negative (%1 given).</source>
        <translation>Dienų skaičius negali būti neigiamas (nurodyta: %1).</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be made: the disk or folder is read-only.</source>
        <translation>Nepavyko sukurti atsarginių kopijų aplanko %1: diskas arba aplankas skirtas tik skaityti.</translation>
    </message>
    <message>
        <source>The backup %1 could not be put in place.</source>
        <translation>Nepavyko užbaigti atsarginės kopijos %1 įrašymo.</translation>
    </message>
    <message>
        <source>No backup could be written first, so nothing was synchronised: %1</source>
        <translation>Prieš sinchronizavimą nepavyko sukurti atsarginės kopijos, todėl nieko nesinchronizuota: %1</translation>
    </message>
    <message>
        <source>No backup could be written first, so nothing was imported: %1</source>
        <translation>Prieš importą nepavyko sukurti atsarginės kopijos, todėl nieko neimportuota: %1</translation>
    </message>
    <message>
        <source>When Tandem started</source>
        <translation>Paleidus Tandem</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Kasdien</translation>
    </message>
    <message>
        <source>Before a database update</source>
        <translation>Prieš atnaujinant duomenų bazę</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Prieš importą</translation>
    </message>
    <message>
        <source>Before a sync</source>
        <translation>Prieš sinchronizavimą</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Prieš atkūrimą</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Copying %1 failed: %2</source>
        <translation>Nepavyko nukopijuoti %1: %2</translation>
    </message>
    <message>
        <source>Copying %1 failed: the disk is full.</source>
        <translation>Nepavyko nukopijuoti %1: diske nebeliko vietos.</translation>
    </message>
    <message>
        <source>Cannot write the backup file %1.</source>
        <translation>Nepavyko įrašyti atsarginės kopijos failo %1.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Tandem backup.</source>
        <translation>%1 yra tuščias failas, o ne Tandem atsarginė kopija.</translation>
    </message>
    <message>
        <source>The current data could not be saved first, so nothing was restored: %1</source>
        <translation>Prieš atkūrimą nepavyko išsaugoti dabartinių duomenų, todėl nieko neatkurta: %1</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Nepavyko nuskaityti %1.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged, so nothing was restored: %2</source>
        <translation>Atsarginė kopija %1 sugadinta, todėl nieko neatkurta: %2</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>change %1 is incomplete</source>
        <translation>pakeitimas Nr. %1 yra nepilnas</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>Nepavyko paleisti šifravimo bibliotekos.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the team key.</source>
        <translation>Nepakanka atminties komandos raktui sugeneruoti.</translation>
    </message>
    <message>
        <source>This bundle was written in a newer sync format; update Tandem to read it. Nothing was imported.</source>
        <translation>Šis paketas sukurtas naujesniu sinchronizavimo formatu; kad galėtumėte jį nuskaityti, atnaujinkite Tandem. Nieko neimportuota.</translation>
    </message>
    <message>
        <source>This is not a Tandem sync bundle. Nothing was imported.</source>
        <translation>Tai ne Tandem sinchronizavimo paketas. Nieko neimportuota.</translation>
    </message>
    <message>
        <source>The bundle is damaged or truncated (it may still be copying). Nothing was imported.</source>
        <translation>Paketas sugadintas arba nepilnas (galbūt jis dar kopijuojamas). Nieko neimportuota.</translation>
    </message>
    <message>
        <source>The bundle is damaged or truncated (its integrity check failed). Nothing was imported.</source>
        <translation>Paketas sugadintas arba nepilnas (nepraėjo vientisumo patikros). Nieko neimportuota.</translation>
    </message>
    <message>
        <source>The bundle&apos;s header is damaged. Nothing was imported.</source>
        <translation>Paketo antraštė sugadinta. Nieko neimportuota.</translation>
    </message>
    <message>
        <source>This bundle was written by Tandem %1 in a newer sync format; update Tandem to read it. Nothing was imported.</source>
        <translation>Šį paketą sukūrė Tandem %1 naujesniu sinchronizavimo formatu; kad galėtumėte jį nuskaityti, atnaujinkite Tandem. Nieko neimportuota.</translation>
    </message>
    <message>
        <source>This bundle is encrypted with a team passphrase; set the passphrase to import it. Nothing was imported.</source>
        <translation>Šis paketas užšifruotas komandos slaptafraze; kad galėtumėte jį importuoti, nustatykite slaptafrazę. Nieko neimportuota.</translation>
    </message>
    <message>
        <source>The bundle is truncated. Nothing was imported.</source>
        <translation>Paketas nepilnas (nutrūkęs). Nieko neimportuota.</translation>
    </message>
    <message>
        <source>This bundle is from another team or was altered: it does not open with this team&apos;s passphrase. Nothing was imported.</source>
        <translation>Šis paketas yra kitos komandos arba buvo pakeistas: jo nepavyksta atidaryti šios komandos slaptafraze. Nieko neimportuota.</translation>
    </message>
    <message>
        <source>This bundle is not encrypted, but this team requires a passphrase. Nothing was imported.</source>
        <translation>Šis paketas neužšifruotas, tačiau šiai komandai privaloma slaptafrazė. Nieko neimportuota.</translation>
    </message>
    <message>
        <source>The bundle&apos;s changes are damaged. Nothing was imported.</source>
        <translation>Paketo pakeitimai sugadinti. Nieko neimportuota.</translation>
    </message>
    <message>
        <source>The bundle is incomplete: it holds %1 of the %2 changes its header announces. Nothing was imported.</source>
        <translation>Paketas nepilnas: jame yra %1 iš %2 pakeitimų, nurodytų jo antraštėje. Nieko neimportuota.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>The event no longer exists.</source>
        <translation>Įvykio nebėra.</translation>
    </message>
</context>
<context>
    <name>CalendarFiles</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… ir dar %n.</numerusform>
            <numerusform>… ir dar %n.</numerusform>
            <numerusform>… ir dar %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a calendar</source>
        <translation>Importuoti kalendorių</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>iCalendar failai (*.ics *.ical *.ifb);;Visi failai (*)</translation>
    </message>
    <message>
        <source>Calendar not imported</source>
        <translation>Kalendorius neimportuotas</translation>
    </message>
    <message>
        <source>Nothing in %1 can be imported.</source>
        <translation>Iš %1 nieko negalima importuoti.</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Faile yra klaidų</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of %1 cannot be imported:</source>
        <translation>
            <numerusform>%n įrašo iš %1 negalima importuoti:</numerusform>
            <numerusform>%n įrašų iš %1 negalima importuoti:</numerusform>
            <numerusform>%n įrašų iš %1 negalima importuoti:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the other %n item(s) and leave these out?</source>
        <translation>
            <numerusform>Importuoti kitą %n įrašą, o šiuos praleisti?</numerusform>
            <numerusform>Importuoti kitus %n įrašus, o šiuos praleisti?</numerusform>
            <numerusform>Importuoti kitus %n įrašų, o šiuos praleisti?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importas: %1</translation>
    </message>
    <message>
        <source>The file changed while it was being imported; try again.</source>
        <translation>Importuojant failas pasikeitė; bandykite dar kartą.</translation>
    </message>
    <message>
        <source>Calendar imported</source>
        <translation>Kalendorius importuotas</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 already here.</source>
        <translation>%1: naujų – %2, atnaujintų – %3, jau buvusių – %4.</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nėra ką eksportuoti</translation>
    </message>
    <message>
        <source>There is nothing in these days to export.</source>
        <translation>Šiomis dienomis nėra nieko, ką būtų galima eksportuoti.</translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>Eksportuoti kalendorių</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar failai (*.ics)</translation>
    </message>
    <message>
        <source>Calendar not exported</source>
        <translation>Kalendorius neeksportuotas</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>Kalendorius eksportuotas</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) and task(s) written to %1.</source>
        <translation>
            <numerusform>Į %1 įrašytas %n įvykis ar užduotis.</numerusform>
            <numerusform>Į %1 įrašyti %n įvykiai ir užduotys.</numerusform>
            <numerusform>Į %1 įrašyta %n įvykių ir užduočių.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>the same e-mail</source>
        <translation>sutampa el. pašto adresas</translation>
    </message>
    <message>
        <source>the same phone</source>
        <translation>sutampa telefono numeris</translation>
    </message>
    <message>
        <source>the same name at the same company</source>
        <translation>sutampa vardas ir pavardė toje pačioje įmonėje</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>Nėra kampanijos su ID %1.</translation>
    </message>
    <message>
        <source>The new lead could not be read back.</source>
        <translation>Nepavyko nuskaityti naujai sukurto potencialaus kliento.</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Susisiekti: %1</translation>
    </message>
    <message>
        <source>A response needs a name or an e-mail address.</source>
        <translation>Atsiliepimui reikia nurodyti vardą arba el. pašto adresą.</translation>
    </message>
    <message>
        <source>%1 already responded to this campaign (%2): no second lead.</source>
        <translation>%1 jau atsiliepė į šią kampaniją (%2): antras potencialus klientas nekuriamas.</translation>
    </message>
    <message>
        <source>Job title: %1</source>
        <translation>Pareigos: %1</translation>
    </message>
    <message>
        <source>%1: a new lead.</source>
        <translation>%1: naujas potencialus klientas.</translation>
    </message>
    <message>
        <source>%1: a new lead, linked to the existing contact %2 (%3).</source>
        <translation>%1: naujas potencialus klientas, susietas su esamu kontaktu %2 (%3).</translation>
    </message>
    <message>
        <source>The file has no column for the name or the e-mail address (the first line must name the columns).</source>
        <translation>Faile nėra stulpelio su vardu ar el. pašto adresu (pirmoje eilutėje turi būti stulpelių pavadinimai).</translation>
    </message>
    <message>
        <source>already responded (%1)</source>
        <translation>jau atsiliepė (%1)</translation>
    </message>
</context>
<context>
    <name>CaseQueries</name>
    <message>
        <source>unknown grouping &apos;%1&apos;</source>
        <translation>nežinomas grupavimas &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>Satisfaction is a score from 1 to 5, not “%1”.</source>
        <translation>Pasitenkinimas vertinamas balais nuo 1 iki 5, o ne „%1“.</translation>
    </message>
    <message>
        <source>Satisfaction is recorded once the case is resolved.</source>
        <translation>Pasitenkinimas įrašomas tik išsprendus kreipinį.</translation>
    </message>
    <message>
        <source>Write down how the case was resolved before resolving or closing it.</source>
        <translation>Prieš išspręsdami ar uždarydami kreipinį, aprašykite, kaip jis buvo išspręstas.</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>skundas</translation>
    </message>
    <message>
        <source>question</source>
        <translation>klausimas</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>pristatymas</translation>
    </message>
    <message>
        <source>service request</source>
        <translation>aptarnavimo užklausa</translation>
    </message>
    <message>
        <source>A %1 is yours: “%2”%3.</source>
        <translation>Jums priskirtas kreipinys (%1): „%2“%3.</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation>, įmonė %1</translation>
    </message>
    <message>
        <source>Your customer %1 has made a complaint: “%2”.</source>
        <translation>Jūsų klientas %1 pateikė skundą: „%2“.</translation>
    </message>
    <message>
        <source>There is no case with id %1</source>
        <translation>Nėra kreipinio su ID %1</translation>
    </message>
    <message>
        <source>The case “%1” of your customer %2 is resolved.</source>
        <translation>Jūsų kliento %2 kreipinys „%1“ išspręstas.</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Active</source>
        <translation>Aktyvus</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Neaktyvus</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Perspektyvus klientas</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klientas</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partneris</translation>
    </message>
    <message>
        <source>Former customer</source>
        <translation>Buvęs klientas</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nėra</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Bronzinis</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Sidabrinis</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Auksinis</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Interneto forma</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Skambutis</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Renginys</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Rekomendacija</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanija</translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation>Šaltasis skambutis</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Kita</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Naujas</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Susisiekta</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Kvalifikuotas</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Prarastas</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Konvertuotas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atviras</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Laimėtas</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Susitikimas</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Pastaba</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Užduotis</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Žemas</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Įprastas</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Aukštas</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Skubus</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Komandai</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privatus</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Pardavimų vadybininkas</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Vadovas</translation>
    </message>
    <message>
        <source>Office manager</source>
        <translation>Biuro vadovas</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administratorius</translation>
    </message>
    <message>
        <source>A chosen user</source>
        <translation>Pasirinktam naudotojui</translation>
    </message>
    <message>
        <source>The territory&apos;s owner</source>
        <translation>Už teritoriją atsakingam darbuotojui</translation>
    </message>
    <message>
        <source>Each team member in turn</source>
        <translation>Komandos nariams paeiliui</translation>
    </message>
    <message>
        <source>The team member with the fewest open leads</source>
        <translation>Komandos nariui, turinčiam mažiausiai aktyvių potencialių klientų</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Priskirta jums</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalavimas</translation>
    </message>
    <message>
        <source>Your customer</source>
        <translation>Jūsų klientas</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informacija</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Potencialiems klientams</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Sandoriams</translation>
    </message>
    <message>
        <source>Leads and deals</source>
        <translation>Potencialiems klientams ir sandoriams</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regionas</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sektorius</translation>
    </message>
    <message>
        <source>Named accounts</source>
        <translation>Konkretūs klientai</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Seminaras</translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation>Laiškų siuntimas</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Internetas</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Reklama</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Suplanuota</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Baigta</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Skundas</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Aptarnavimo užklausa</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Klausimas</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Pristatymas</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Vykdomas</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Laukiama kliento</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Išspręstas</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Uždarytas</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Vizitas</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Me</source>
        <translation>Aš</translation>
    </message>
    <message>
        <source>usage: init [--company NAME] [--user NAME] [--currency CODE]</source>
        <translation>naudojimas: init [--company NAME] [--user NAME] [--currency CODE]</translation>
    </message>
    <message>
        <source>My company</source>
        <translation>Mano įmonė</translation>
    </message>
    <message>
        <source>Created %1 for %2; you are user %3.</source>
        <translation>Sukurta %1 (įmonė: %2); jūsų naudotojo ID: %3.</translation>
    </message>
    <message>
        <source>usage: demo [--contacts N] [--seed S]</source>
        <translation>naudojimas: demo [--contacts N] [--seed S]</translation>
    </message>
    <message>
        <source>--contacts needs a whole number from 10 to 1000000</source>
        <translation>--contacts reikšmė turi būti sveikasis skaičius nuo 10 iki 1000000</translation>
    </message>
    <message>
        <source>--seed needs a whole number</source>
        <translation>--seed reikšmė turi būti sveikasis skaičius</translation>
    </message>
    <message>
        <source>Tandem Demo</source>
        <translation>Tandem demo</translation>
    </message>
    <message>
        <source>Demo Manager</source>
        <translation>Demo vadovas</translation>
    </message>
    <message>
        <source>usage: backup --to FILE</source>
        <translation>naudojimas: backup --to FILE</translation>
    </message>
    <message>
        <source>the file already exists; choose a new name</source>
        <translation>toks failas jau yra; pasirinkite kitą pavadinimą</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Atsarginė kopija išsaugota: %1</translation>
    </message>
    <message>
        <source>Backup %1 (database version %2) of %3 holds:</source>
        <translation>Atsarginėje kopijoje %1 (duomenų bazės versija %2, įmonė: %3) yra:</translation>
    </message>
    <message>
        <source>an unnamed company</source>
        <translation>be pavadinimo</translation>
    </message>
    <message>
        <source>Restored. The data it replaced was saved to %1</source>
        <translation>Duomenys atkurti. Ankstesni duomenys išsaugoti faile %1</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>parinkčiai --%1 reikia nurodyti reikšmę</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>nežinoma parinktis --%1</translation>
    </message>
    <message>
        <source>Create it with &apos;tandem-cli init&apos; or &apos;tandem-cli demo&apos;.</source>
        <translation>Sukurkite ją komanda &apos;tandem-cli init&apos; arba &apos;tandem-cli demo&apos;.</translation>
    </message>
    <message>
        <source>Run &apos;tandem-cli --help&apos; for the list of commands.</source>
        <translation>Komandų sąrašą parodys &apos;tandem-cli --help&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not of the form field=value</source>
        <translation>&apos;%1&apos; neatitinka formos field=value</translation>
    </message>
    <message>
        <source>given twice</source>
        <translation>nurodyta du kartus</translation>
    </message>
    <message>
        <source>usage: search TEXT [--limit N] [--json]</source>
        <translation>naudojimas: search TEXT [--limit N] [--json]</translation>
    </message>
    <message>
        <source>usage: history ENTITY ID [--json]</source>
        <translation>naudojimas: history ENTITY ID [--json]</translation>
    </message>
    <message>
        <source>unknown record type &apos;%1&apos;</source>
        <translation>nežinomas įrašo tipas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>nėra %1 įrašo su ID %2</translation>
    </message>
    <message>
        <source>usage: dump --canonical</source>
        <translation>naudojimas: dump --canonical</translation>
    </message>
    <message>
        <source>usage: check [--repair]</source>
        <translation>naudojimas: check [--repair]</translation>
    </message>
    <message>
        <source>ok: %1 is healthy</source>
        <translation>gerai: duomenų bazė %1 tvarkinga</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>nežinoma parinktis %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>nenurodyta komanda</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>nežinoma komanda &apos;%1&apos;</translation>
    </message>
    <message>
        <source>usage: add ENTITY field=value …</source>
        <translation>naudojimas: add ENTITY field=value …</translation>
    </message>
    <message>
        <source>usage: set ENTITY ID field=value …</source>
        <translation>naudojimas: set ENTITY ID field=value …</translation>
    </message>
    <message>
        <source>usage: rm ENTITY ID</source>
        <translation>naudojimas: rm ENTITY ID</translation>
    </message>
    <message>
        <source>usage: show ENTITY ID [--json]</source>
        <translation>naudojimas: show ENTITY ID [--json]</translation>
    </message>
    <message>
        <source>usage: list ENTITY [--where field=value]… [--sort FIELD [--desc]] [--limit N] [--json]</source>
        <translation>naudojimas: list ENTITY [--where field=value]… [--sort FIELD [--desc]] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>--limit needs a whole number</source>
        <translation>--limit reikšmė turi būti sveikasis skaičius</translation>
    </message>
    <message>
        <source>usage: whoami [--set USER_ID]</source>
        <translation>naudojimas: whoami [--set USER_ID]</translation>
    </message>
    <message>
        <source>No user chosen on this copy; pick one with &apos;whoami --set USER_ID&apos; (see &apos;list user&apos;).</source>
        <translation>Šioje kopijoje nepasirinktas naudotojas; pasirinkite jį komanda &apos;whoami --set USER_ID&apos; (žr. &apos;list user&apos;).</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(ištrinta)</translation>
    </message>
    <message>
        <source>usage: sync export --to FILE [--peer SITE]</source>
        <translation>naudojimas: sync export --to FILE [--peer SITE]</translation>
    </message>
    <message>
        <source>usage: sync import FILE</source>
        <translation>naudojimas: sync import FILE</translation>
    </message>
    <message>
        <source>usage: sync folder DIR</source>
        <translation>naudojimas: sync folder DIR</translation>
    </message>
    <message>
        <source>tandem-cli: skipped for now: %1</source>
        <translation>tandem-cli: kol kas praleista: %1</translation>
    </message>
    <message>
        <source>This copy: %1</source>
        <translation>Ši kopija: %1</translation>
    </message>
    <message>
        <source>Changes not yet acknowledged by any peer: %1</source>
        <translation>Pakeitimai, kurių dar nepatvirtino nė viena kita kopija: %1</translation>
    </message>
    <message>
        <source>Conflicts to review: %1</source>
        <translation>Peržiūrėtini konfliktai: %1</translation>
    </message>
    <message>
        <source>Team passphrase: %1</source>
        <translation>Komandos slaptafrazė: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nenustatyta</translation>
    </message>
    <message>
        <source>set</source>
        <translation>nustatyta</translation>
    </message>
    <message>
        <source>(any peer)</source>
        <translation>(bet kuri kopija)</translation>
    </message>
    <message>
        <source>shown: %1 (%2, %3)</source>
        <translation>rodoma reikšmė: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>other: %1 (%2, %3)</source>
        <translation>kita reikšmė: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>usage: sync resolve CONFLICT_ID --take-other|--keep</source>
        <translation>naudojimas: sync resolve CONFLICT_ID --take-other|--keep</translation>
    </message>
    <message>
        <source>usage: sync passphrase --set TEXT | --clear</source>
        <translation>naudojimas: sync passphrase --set TEXT | --clear</translation>
    </message>
    <message>
        <source>a team passphrase needs at least 8 characters</source>
        <translation>komandos slaptafrazę turi sudaryti bent 8 simboliai</translation>
    </message>
    <message>
        <source>Demo data in %7 s: users %1, companies %2, contacts %3, leads %4, deals %5, activities %6.</source>
        <translation>Demonstraciniai duomenys sukurti per %7 s: naudotojų – %1, įmonių – %2, kontaktų – %3, potencialių klientų – %4, sandorių – %5, veiklų – %6.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1</source>
        <translation>
            <numerusform>%n pakeitimas įrašytas į %1</numerusform>
            <numerusform>%n pakeitimai įrašyti į %1</numerusform>
            <numerusform>%n pakeitimų įrašyta į %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new change(s) from %1.</source>
        <translation>
            <numerusform>Iš %1 importuotas %n naujas pakeitimas.</numerusform>
            <numerusform>Iš %1 importuoti %n nauji pakeitimai.</numerusform>
            <numerusform>Iš %1 importuota %n naujų pakeitimų.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) updated.</source>
        <translation>
            <numerusform>Atnaujintas %n įrašas.</numerusform>
            <numerusform>Atnaujinti %n įrašai.</numerusform>
            <numerusform>Atnaujinta %n įrašų.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review.</source>
        <translation>
            <numerusform>Reikia peržiūrėti %n konfliktą.</numerusform>
            <numerusform>Reikia peržiūrėti %n konfliktus.</numerusform>
            <numerusform>Reikia peržiūrėti %n konfliktų.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n bundle(s) of other copies.</source>
        <translation>
            <numerusform>Nuskaitytas %n kitų kopijų paketas.</numerusform>
            <numerusform>Nuskaityti %n kitų kopijų paketai.</numerusform>
            <numerusform>Nuskaityta %n kitų kopijų paketų.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new change(s).</source>
        <translation>
            <numerusform>%n naujas pakeitimas.</numerusform>
            <numerusform>%n nauji pakeitimai.</numerusform>
            <numerusform>%n naujų pakeitimų.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Šios kopijos paketas įrašytas: %1.</translation>
    </message>
    <message>
        <source>line %1: %2 is already here (%3), skipped</source>
        <translation>eilutė %1: %2 jau yra (%3), praleista</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 skipped as duplicates, %4 rejected.</source>
        <translation>sukurta: %1, atnaujinta: %2, praleista kaip dublikatai: %3, atmesta: %4.</translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1</source>
        <translation>Bandomasis vykdymas, nieko neįrašyta: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importas baigtas: %1</translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported: %n problem(s) in the file. Fix them, or import the rest with --skip-invalid.</source>
        <translation>
            <numerusform>nieko neimportuota: faile rasta %n klaida. Ištaisykite ją arba importuokite likusius duomenis su --skip-invalid.</numerusform>
            <numerusform>nieko neimportuota: faile rastos %n klaidos. Ištaisykite jas arba importuokite likusius duomenis su --skip-invalid.</numerusform>
            <numerusform>nieko neimportuota: faile rasta %n klaidų. Ištaisykite jas arba importuokite likusius duomenis su --skip-invalid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>Į failą %1 eksportuotas %n įrašas.</numerusform>
            <numerusform>Į failą %1 eksportuoti %n įrašai.</numerusform>
            <numerusform>Į failą %1 eksportuota %n įrašų.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of contacts that arrived look like the same person: review them with tandem-cli duplicates.</source>
        <translation>
            <numerusform>%n atkeltų kontaktų pora atrodo kaip tas pats asmuo: peržiūrėkite su tandem-cli duplicates.</numerusform>
            <numerusform>%n atkeltų kontaktų poros atrodo kaip tas pats asmuo: peržiūrėkite su tandem-cli duplicates.</numerusform>
            <numerusform>%n atkeltų kontaktų porų atrodo kaip tas pats asmuo: peržiūrėkite su tandem-cli duplicates.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: duplicates [--entity contact|company] [--json] | duplicates --dismiss ID ID [--entity contact|company]</source>
        <translation>naudojimas: duplicates [--entity contact|company] [--json] | duplicates --dismiss ID ID [--entity contact|company]</translation>
    </message>
    <message>
        <source>Marked as not duplicates; the pair is not proposed again.</source>
        <translation>Pažymėta, kad tai ne dublikatai; ši pora daugiau nebus siūloma.</translation>
    </message>
    <message>
        <source>usage: merge contact|company KEEP_ID OTHER_ID [--take FIELD]…</source>
        <translation>naudojimas: merge contact|company KEEP_ID OTHER_ID [--take FIELD]…</translation>
    </message>
    <message numerus="yes">
        <source>Merged %1 into %2: %n linked record(s) moved.</source>
        <translation>
            <numerusform>%1 sujungtas su %2: perkeltas %n susietas įrašas.</numerusform>
            <numerusform>%1 sujungtas su %2: perkelti %n susieti įrašai.</numerusform>
            <numerusform>%1 sujungtas su %2: perkelta %n susietų įrašų.</numerusform>
        </translation>
    </message>
    <message>
        <source>--update and --create-duplicates exclude each other</source>
        <translation>--update ir --create-duplicates negali būti naudojami kartu</translation>
    </message>
    <message>
        <source>there is no segment of %1 records called “%2”</source>
        <translation>nėra %1 įrašų segmento „%2“</translation>
    </message>
    <message>
        <source>the pipeline “%1” of “%2” has no stage “%3”; its stages are: %4</source>
        <translation>sandorio „%2“ pardavimų piltuve „%1“ nėra etapo „%3“; jo etapai: %4</translation>
    </message>
    <message>
        <source>%1 Done anyway; the owner has been told.</source>
        <translation>%1 Vis tiek atlikta; atsakingam darbuotojui pranešta.</translation>
    </message>
    <message>
        <source>usage: convert lead ID [--company ID] [--contact ID] [--title TEXT] [--amount DECIMAL] [--json]</source>
        <translation>naudojimas: convert lead ID [--company ID] [--contact ID] [--title TEXT] [--amount DECIMAL] [--json]</translation>
    </message>
    <message>
        <source>usage: move deal ID STAGE</source>
        <translation>naudojimas: move deal ID STAGE</translation>
    </message>
    <message>
        <source>usage: win deal ID</source>
        <translation>naudojimas: win deal ID</translation>
    </message>
    <message>
        <source>usage: lose deal ID --reason TEXT [--competitor ID|NAME] | lose lead ID --reason TEXT</source>
        <translation>naudojimas: lose deal ID --reason TEXT [--competitor ID|NAME] | lose lead ID --reason TEXT</translation>
    </message>
    <message>
        <source>usage: reopen deal|lead ID</source>
        <translation>naudojimas: reopen deal|lead ID</translation>
    </message>
    <message>
        <source>usage: qualify lead ID [--answer &quot;Question=answer&quot;]…</source>
        <translation>naudojimas: qualify lead ID [--answer &quot;Question=answer&quot;]…</translation>
    </message>
    <message>
        <source>there is no question %1; the questions are numbered 1 to %2</source>
        <translation>nėra klausimo Nr. %1; klausimai sunumeruoti nuo 1 iki %2</translation>
    </message>
    <message>
        <source>usage: checklist deal ID [--json]</source>
        <translation>naudojimas: checklist deal ID [--json]</translation>
    </message>
    <message>
        <source>“%1” in stage “%2”:</source>
        <translation>„%1“ etape „%2“:</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>terminas %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>privaloma</translation>
    </message>
    <message>
        <source>hard deadline</source>
        <translation>griežtas terminas</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>pavėluota</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>netaikoma</translation>
    </message>
    <message>
        <source>usage: escalate [--json]</source>
        <translation>naudojimas: escalate [--json]</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>Gavėjas: %1. %2</translation>
    </message>
    <message>
        <source>usage: overdue leads [--owner ID] [--json]</source>
        <translation>naudojimas: overdue leads [--owner ID] [--json]</translation>
    </message>
    <message>
        <source>usage: forecast [--pipeline ID] [--by-owner] [--json]</source>
        <translation>naudojimas: forecast [--pipeline ID] [--by-owner] [--json]</translation>
    </message>
    <message>
        <source>no close date</source>
        <translation>be uždarymo datos</translation>
    </message>
    <message>
        <source>Wrote %1 for a scoped copy.</source>
        <translation>Dalinei kopijai įrašytas paketas: %1.</translation>
    </message>
    <message>
        <source>Sync scope: %1</source>
        <translation>Sinchronizavimo apimtis: %1</translation>
    </message>
    <message>
        <source>peer %1	last sent %2	last received %3	scope %4</source>
        <translation>kopija %1	paskutinį kartą išsiųsta %2	paskutinį kartą gauta %3	apimtis: %4</translation>
    </message>
    <message>
        <source>usage: sync scope [--owner USER_ID | --territory TERRITORY_ID | --all]</source>
        <translation>naudojimas: sync scope [--owner USER_ID | --territory TERRITORY_ID | --all]</translation>
    </message>
    <message>
        <source>usage: sync export|import|folder|status|conflicts|resolve|passphrase|scope …</source>
        <translation>naudojimas: sync export|import|folder|status|conflicts|resolve|passphrase|scope …</translation>
    </message>
    <message>
        <source>usage: import ics FILE [--dry-run] [--skip-invalid]</source>
        <translation>naudojimas: import ics FILE [--dry-run] [--skip-invalid]</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation>sukurta: %1, atnaujinta: %2, nepakeista: %3, atmesta: %4.</translation>
    </message>
    <message>
        <source>nothing was imported: the file cannot be read.</source>
        <translation>nieko neimportuota: failo nepavyko perskaityti.</translation>
    </message>
    <message>
        <source>usage: export ics FILE [--where field=value]… [--from DATE] [--to DATE]</source>
        <translation>naudojimas: export ics FILE [--where field=value]… [--from DATE] [--to DATE]</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a date (YYYY-MM-DD) or date and time</source>
        <translation>--%1 &apos;%2&apos; nėra data (YYYY-MM-DD) arba data ir laikas</translation>
    </message>
    <message>
        <source>usage: import csv|vcard|ics FILE [--entity ENTITY] [--mapping FILE] [--dry-run] [--skip-invalid] [--update | --create-duplicates]</source>
        <translation>naudojimas: import csv|vcard|ics FILE [--entity ENTITY] [--mapping FILE] [--dry-run] [--skip-invalid] [--update | --create-duplicates]</translation>
    </message>
    <message>
        <source>usage: export csv|vcard|ics FILE [--entity ENTITY] [--segment NAME] [--where field=value]… [--vcard3] [--from DATE] [--to DATE]</source>
        <translation>naudojimas: export csv|vcard|ics FILE [--entity ENTITY] [--segment NAME] [--where field=value]… [--vcard3] [--from DATE] [--to DATE]</translation>
    </message>
    <message>
        <source>--%1 needs a positive whole number</source>
        <translation>--%1 turi būti teigiamas sveikasis skaičius</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Pavėluota</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Šiandien</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Artėjančios</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Be termino</translation>
    </message>
    <message>
        <source>usage: done ID [--outcome TEXT] [--next-step TEXT] [--follow-up-due DATE]</source>
        <translation>naudojimas: done ID [--outcome TEXT] [--next-step TEXT] [--follow-up-due DATE]</translation>
    </message>
    <message>
        <source>usage: dormant [--rule NAME] [--json] | dormant --rule NAME --propose</source>
        <translation>naudojimas: dormant [--rule NAME] [--json] | dormant --rule NAME --propose</translation>
    </message>
    <message>
        <source>there is no dormant-customer rule “%1”</source>
        <translation>nėra neaktyvių klientų taisyklės „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Created %n follow-up task(s).</source>
        <translation>
            <numerusform>Sukurta %n susisiekimo užduotis.</numerusform>
            <numerusform>Sukurtos %n susisiekimo užduotys.</numerusform>
            <numerusform>Sukurta %n susisiekimo užduočių.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: free-slots --users ID[,ID…] --from DATE --to DATE [--minutes N]</source>
        <translation>naudojimas: free-slots --users ID[,ID…] --from DATE --to DATE [--minutes N]</translation>
    </message>
    <message>
        <source>--to must be later than --from</source>
        <translation>--to turi būti vėliau nei --from</translation>
    </message>
    <message>
        <source>default</source>
        <translation>numatytoji reikšmė</translation>
    </message>
    <message>
        <source>report needs a report name (see &apos;report --list&apos;)</source>
        <translation>komandai report reikia nurodyti ataskaitos pavadinimą (žr. &apos;report --list&apos;)</translation>
    </message>
    <message>
        <source>--period must be one of this-month, last-month, this-quarter, last-quarter, this-year, last-year, year-to-date, last-12-months</source>
        <translation>--period turi būti viena iš reikšmių: this-month, last-month, this-quarter, last-quarter, this-year, last-year, year-to-date, last-12-months</translation>
    </message>
    <message>
        <source>--%1 expects a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>--%1 reikšmė turi būti data formatu YYYY-MM-DD, o ne &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--compare must be previous, year or none</source>
        <translation>--compare turi būti previous, year arba none</translation>
    </message>
    <message>
        <source>--option expects KEY=VALUE, not &apos;%1&apos;</source>
        <translation>--option reikšmė turi būti formatu KEY=VALUE, o ne &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--page must be a4 or letter</source>
        <translation>--page turi būti a4 arba letter</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with an open complaint left out.</source>
        <translation>
            <numerusform>Praleistas %n klientas su neišspręstu skundu.</numerusform>
            <numerusform>Praleisti %n klientai su neišspręstais skundais.</numerusform>
            <numerusform>Praleista %n klientų su neišspręstais skundais.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: backups [--json] | backups --keep N [--days D]</source>
        <translation>naudojimas: backups [--json] | backups --keep N [--days D]</translation>
    </message>
    <message>
        <source>not a whole number: %1</source>
        <translation>%1 nėra sveikasis skaičius</translation>
    </message>
    <message>
        <source>Automatic backups in %1 (kept: the newest %2, and the newest of each of the last %3 days):</source>
        <translation>Automatinės atsarginės kopijos aplanke %1 (saugoma naujausių: %2, taip pat kiekvienos dienos naujausia per paskutines %3 d.):</translation>
    </message>
    <message>
        <source>usage: restore FILE [--preview] | restore --latest [--preview]</source>
        <translation>naudojimas: restore FILE [--preview] | restore --latest [--preview]</translation>
    </message>
    <message>
        <source>there is no sound automatic backup in %1</source>
        <translation>aplanke %1 nėra nepažeistos automatinės atsarginės kopijos</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>sugadinta: %1</translation>
    </message>
    <message>
        <source>the latest sound backup was taken %1 (%2); go back to it with: tandem-cli restore --latest</source>
        <translation>naujausia nepažeista atsarginė kopija sukurta %1 (%2); ją atkurti galima komanda: tandem-cli restore --latest</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n gavėjas</numerusform>
            <numerusform>%n gavėjai</numerusform>
            <numerusform>%n gavėjų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no postal consent</source>
        <translation>
            <numerusform>praleistas %n: nėra sutikimo dėl pašto siuntų</numerusform>
            <numerusform>praleisti %n: nėra sutikimo dėl pašto siuntų</numerusform>
            <numerusform>praleista %n: nėra sutikimo dėl pašto siuntų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no complete address (%1)</source>
        <translation>
            <numerusform>praleistas %n: nepilnas adresas (%1)</numerusform>
            <numerusform>praleisti %n: nepilnas adresas (%1)</numerusform>
            <numerusform>praleista %n: nepilnas adresas (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>nepavyko nuskaityti %1: %2</translation>
    </message>
    <message>
        <source>note: no value for %1</source>
        <translation>pastaba: palikta tuščia, nes nėra reikšmės: %1</translation>
    </message>
    <message>
        <source>usage: render quote ID [--template NAME] --out FILE.pdf [--sent-to EMAIL]
       render letter CONTACT_ID [--template NAME] [--body TEXT | --body-file FILE] [--language LL] --out FILE.pdf [--sent-to EMAIL]</source>
        <translation>naudojimas: render quote ID [--template NAME] --out FILE.pdf [--sent-to EMAIL]
            render letter CONTACT_ID [--template NAME] [--body TEXT | --body-file FILE] [--language LL] --out FILE.pdf [--sent-to EMAIL]</translation>
    </message>
    <message>
        <source>usage: approve quote ID</source>
        <translation>naudojimas: approve quote ID</translation>
    </message>
    <message>
        <source>usage: revise quote ID      a new version as a draft; prints its id</source>
        <translation>naudojimas: revise quote ID      sukuria naują versiją kaip juodraštį; išveda jos ID</translation>
    </message>
    <message>
        <source>usage: mailing SEGMENT [--csv FILE] [--labels FILE.pdf [--sheet KEY] [--skip N]]
                       [--letters FILE.pdf [--template NAME] [--body TEXT | --body-file FILE]]
       mailing --sheets      the label sheets --sheet takes</source>
        <translation>naudojimas: mailing SEGMENT [--csv FILE] [--labels FILE.pdf [--sheet KEY] [--skip N]]
                            [--letters FILE.pdf [--template NAME] [--body TEXT | --body-file FILE]]
            mailing --sheets      etikečių lapai, kuriuos galima nurodyti su --sheet</translation>
    </message>
    <message>
        <source>unknown label sheet &apos;%1&apos; (see mailing --sheets)</source>
        <translation>nežinomas etikečių lapas &apos;%1&apos; (žr. mailing --sheets)</translation>
    </message>
    <message>
        <source>--skip needs a label number from 0 to %1</source>
        <translation>--skip reikia etiketės numerio nuo 0 iki %1</translation>
    </message>
    <message>
        <source>usage: templates [--export]      lists the document templates; --export copies the shipped ones into the templates folder to edit</source>
        <translation>naudojimas: templates [--export]      išvardija dokumentų šablonus; --export nukopijuoja su programa pateikiamus šablonus į šablonų aplanką, kad juos galėtumėte redaguoti</translation>
    </message>
    <message>
        <source>Templates folder: %1</source>
        <translation>Šablonų aplankas: %1</translation>
    </message>
    <message>
        <source>usage: material add FILE… [--tags TEXT] | material tag ID --tags TEXT | material replace ID FILE | material rm ID | material get ID --out FILE | material attach ID --deal ID [--quote ID]</source>
        <translation>naudojimas: material add FILE… [--tags TEXT] | material tag ID --tags TEXT | material replace ID FILE | material rm ID | material get ID --out FILE | material attach ID --deal ID [--quote ID]</translation>
    </message>
    <message>
        <source>no sales materials match</source>
        <translation>pardavimų medžiagoje nėra atitinkančių failų</translation>
    </message>
    <message>
        <source>usage: materials [WORDS…] [--tag TAG] [--json]</source>
        <translation>naudojimas: materials [WORDS…] [--tag TAG] [--json]</translation>
    </message>
    <message>
        <source>usage: quote-series [SERIES | --clear]   this computer&apos;s quote number series (Q-2026-SERIES-0001)</source>
        <translation>naudojimas: quote-series [SERIES | --clear]   šio kompiuterio komercinių pasiūlymų numerių serija (Q-2026-SERIES-0001)</translation>
    </message>
    <message>
        <source>No series: quotes made here are numbered Q-YYYY-NNNN.</source>
        <translation>Serija nenustatyta: šiame kompiuteryje kuriami komerciniai pasiūlymai numeruojami Q-YYYY-NNNN.</translation>
    </message>
    <message>
        <source>usage: notifications [--user NAME|ID] [--all] [--json] | notifications --read ID…</source>
        <translation>naudojimas: notifications [--user NAME|ID] [--all] [--json] | notifications --read ID…</translation>
    </message>
    <message>
        <source>usage: agenda [--user NAME|ID] [--from DATE] [--days N] [--json]</source>
        <translation>naudojimas: agenda [--user NAME|ID] [--from DATE] [--days N] [--json]</translation>
    </message>
    <message>
        <source>usage: my-day [--user NAME|ID] [--json]</source>
        <translation>naudojimas: my-day [--user NAME|ID] [--json]</translation>
    </message>
    <message>
        <source>usage: reminders [--user NAME|ID] [--json]</source>
        <translation>naudojimas: reminders [--user NAME|ID] [--json]</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n eilutė</numerusform>
            <numerusform>%1: %n eilutės</numerusform>
            <numerusform>%1: %n eilučių</numerusform>
        </translation>
    </message>
    <message>
        <source>new leads: %1</source>
        <translation>naujų potencialių klientų: %1</translation>
    </message>
    <message>
        <source>matched to existing contacts: %1</source>
        <translation>susieta su esamais kontaktais: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>praleista: %1</translation>
    </message>
    <message>
        <source>  line %1: %2 — %3</source>
        <translation>  eilutė %1: %2 — %3</translation>
    </message>
    <message>
        <source>usage: campaign NAME|ID [--json] | campaign respond NAME|ID --first-name TEXT --last-name TEXT --email TEXT --phone TEXT --company TEXT | campaign import NAME|ID FILE.csv</source>
        <translation>naudojimas: campaign NAME|ID [--json] | campaign respond NAME|ID --first-name TEXT --last-name TEXT --email TEXT --phone TEXT --company TEXT | campaign import NAME|ID FILE.csv</translation>
    </message>
    <message>
        <source>unknown entity %1</source>
        <translation>nežinomas įrašo tipas %1</translation>
    </message>
    <message>
        <source>name a %1</source>
        <translation>nurodykite pavadinimą arba ID: %1</translation>
    </message>
    <message>
        <source>%1 %2 are named “%3”: give the id</source>
        <translation>pavadinimą „%3“ turi keli įrašai (%2: %1): nurodykite ID</translation>
    </message>
    <message>
        <source>there is no %1 called or with id “%2”</source>
        <translation>nerastas įrašas (%1), kurio pavadinimas arba ID yra „%2“</translation>
    </message>
    <message>
        <source>“%1” could be any of: %2</source>
        <translation>„%1“ gali reikšti bet kurį iš šių: %2</translation>
    </message>
    <message>
        <source>no user chosen on this copy: give --user NAME|ID, or pick one with &apos;whoami --set USER_ID&apos;</source>
        <translation>šioje kopijoje nepasirinktas naudotojas: nurodykite --user NAME|ID arba pasirinkite naudotoją komanda &apos;whoami --set USER_ID&apos;</translation>
    </message>
    <message>
        <source>usage: competitor [NAME|ID] [--json]</source>
        <translation>naudojimas: competitor [NAME|ID] [--json]</translation>
    </message>
    <message>
        <source>%1%2, no target</source>
        <translation>%1%2, tikslas nenustatytas</translation>
    </message>
    <message>
        <source>%1 / %2%3 (%4%)</source>
        <translation>%1 / %2%3 (%4 %)</translation>
    </message>
    <message>
        <source>  %1 (%2 – %3): revenue %4; new deals %5; activities %6</source>
        <translation>  %1 (%2 – %3): pajamos %4; nauji sandoriai %5; veiklos %6</translation>
    </message>
    <message>
        <source>Team of %1</source>
        <translation>Komanda, kuriai vadovauja %1</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Pavėluotos užduotys</translation>
    </message>
    <message>
        <source>Tasks today</source>
        <translation>Šiandienos užduotys</translation>
    </message>
    <message>
        <source>Stalled deals</source>
        <translation>Įstrigę sandoriai</translation>
    </message>
    <message>
        <source>Closing this month</source>
        <translation>Uždaromi šį mėnesį</translation>
    </message>
    <message>
        <source>Past expected close</source>
        <translation>Praėjusi numatoma uždarymo data</translation>
    </message>
    <message>
        <source>Untouched leads</source>
        <translation>Potencialūs klientai be susisiekimo</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Pardavimų tikslai</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Šis mėnuo</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Šis ketvirtis</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Nariai</translation>
    </message>
    <message>
        <source>name</source>
        <translation>vardas</translation>
    </message>
    <message>
        <source>today</source>
        <translation>šiandien</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>įstrigę</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>uždaromi</translation>
    </message>
    <message>
        <source>past close</source>
        <translation>praėjusi data</translation>
    </message>
    <message>
        <source>untouched</source>
        <translation>be susisiekimo</translation>
    </message>
    <message>
        <source>revenue %</source>
        <translation>pajamos, %</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>tikslas nenustatytas</translation>
    </message>
    <message>
        <source>usage: dashboard [--user NAME|ID] [--team] [--json]</source>
        <translation>naudojimas: dashboard [--user NAME|ID] [--team] [--json]</translation>
    </message>
    <message>
        <source>%1 leads no one: there is no team to show</source>
        <translation>%1 niekam nevadovauja: nėra komandos, kurią būtų galima parodyti</translation>
    </message>
    <message>
        <source>Usage: tandem-cli [--db FILE] COMMAND …

Commands:
  init [--company NAME] [--user NAME] [--currency CODE]
  demo [--contacts N] [--seed S]
  add ENTITY field=value …              prints the new id
  set ENTITY ID field=value …
  rm ENTITY ID
  show ENTITY ID [--json]
  list ENTITY [--where field=value]… [--sort FIELD [--desc]] [--limit N] [--json]
  search TEXT [--limit N] [--json]
  history ENTITY ID [--json]
  dump --canonical
  check [--repair]
  backup --to FILE
  restore FILE [--preview] | restore --latest [--preview]
  backups [--json] | backups --keep N [--days D]   the automatic backups
  whoami [--set USER_ID]                 the user this copy writes as
  import csv|vcard FILE [--entity ENTITY] [--mapping FILE] [--dry-run] [--skip-invalid]
         [--update | --create-duplicates]
  export csv|vcard FILE [--entity ENTITY] [--segment NAME] [--where field=value]… [--vcard3]
  import ics FILE [--dry-run] [--skip-invalid]
  export ics FILE [--where field=value]… [--from DATE] [--to DATE]
  duplicates [--entity contact|company] [--json] | duplicates --dismiss ID ID
  merge contact|company KEEP_ID OTHER_ID [--take FIELD]…
  sync export --to FILE [--peer SITE] | sync import FILE | sync folder DIR
  sync status | sync conflicts [--json] | sync resolve ID --take-other|--keep
  sync passphrase --set TEXT | --clear
  qualify lead ID [--answer &quot;Question=answer&quot;]…
  convert lead ID [--company ID] [--contact ID] [--title TEXT] [--amount DECIMAL] [--json]
  move deal ID STAGE                     STAGE: an id, or a stage name of the deal&apos;s pipeline
  win deal ID | lose deal ID --reason TEXT [--competitor ID|NAME]
  lose lead ID --reason TEXT | reopen deal|lead ID
  checklist deal ID [--json]
  escalate [--json]                      tells managers of overdue playbook tasks
  overdue leads [--owner ID] [--json]
  forecast [--pipeline ID] [--by-owner] [--json]
  targets [--month YYYY-MM | --quarter YYYY-Qn] [--team NAME|ID | --user NAME|ID]
          [--currency CODE] [--json]     progress against the targets
  competitor [NAME|ID] [--json]          a competitor and the deals lost to it
  campaign NAME|ID [--json]              a campaign&apos;s figures and responses
  campaign respond NAME|ID [--first-name TEXT] [--last-name TEXT] [--email TEXT]
         [--phone TEXT] [--company TEXT] [--job-title TEXT] [--notes TEXT]
  campaign import NAME|ID FILE.csv       attendees as responses, all or nothing
  territories [--json]                   rules, owners and figures of each territory
  territory assign | territory reassign NAME|ID --to USER
  experts WORDS… [--json]                colleagues whose skills hold the words
  notifications [--user NAME|ID] [--all] [--json] | notifications --read ID…
  agenda [--user NAME|ID] [--from DATE] [--days N] [--json]
  dashboard [--user NAME|ID] [--team] [--json]  what needs attention today, targets
  my-day [--user NAME|ID] [--json]
  done ID [--outcome TEXT] [--next-step TEXT] [--follow-up-due DATE]
  dormant [--rule NAME] [--json] | dormant --rule NAME --propose
  free-slots --users ID[,ID…] --from DATE --to DATE [--minutes N]
  reminders [--user NAME|ID] [--json]
  report --list [--json]
  report NAME [--from DATE] [--to DATE] [--period PRESET] [--compare previous|year]
         [--owner ID] [--team ID] [--territory ID] [--pipeline ID] [--currency CODE]
         [--option KEY=VALUE]… [--page a4|letter] [--out FILE.pdf|.csv|.html] [--json]
  render quote ID [--template NAME] --out FILE.pdf [--sent-to EMAIL]
  render letter CONTACT_ID [--template NAME] [--body TEXT|--body-file FILE] --out FILE.pdf
  approve quote ID | revise quote ID     a manager&apos;s approval; a new version as a draft
  mailing SEGMENT [--csv FILE] [--labels FILE.pdf [--sheet KEY] [--skip N]]
                  [--letters FILE.pdf [--template NAME] [--body-file FILE]] | mailing --sheets
  templates [--export]                   the document templates and their folder
  materials [WORDS…] [--tag TAG] [--json] the sales materials library
  material add FILE… [--tags TEXT] | material tag ID --tags TEXT | material rm ID
  material replace ID FILE | material get ID --out FILE
  material attach ID --deal ID [--quote ID]   a copy on the deal (and its offer)
  quote-series [SERIES | --clear]        this computer&apos;s quote numbers: Q-2026-SERIES-0001

ENTITY: %1
The default database is %2 (or $TANDEM_DB).
</source>
        <translation>Naudojimas: tandem-cli [--db FILE] COMMAND …

Komandos:
  init [--company NAME] [--user NAME] [--currency CODE]
  demo [--contacts N] [--seed S]
  add ENTITY field=value …              išveda naujo įrašo ID
  set ENTITY ID field=value …
  rm ENTITY ID
  show ENTITY ID [--json]
  list ENTITY [--where field=value]… [--sort FIELD [--desc]] [--limit N] [--json]
  search TEXT [--limit N] [--json]
  history ENTITY ID [--json]
  dump --canonical
  check [--repair]
  backup --to FILE
  restore FILE [--preview] | restore --latest [--preview]
  backups [--json] | backups --keep N [--days D]   automatinės atsarginės kopijos
  whoami [--set USER_ID]                 naudotojas, kurio vardu rašo ši kopija
  import csv|vcard FILE [--entity ENTITY] [--mapping FILE] [--dry-run] [--skip-invalid]
         [--update | --create-duplicates]
  export csv|vcard FILE [--entity ENTITY] [--segment NAME] [--where field=value]… [--vcard3]
  import ics FILE [--dry-run] [--skip-invalid]
  export ics FILE [--where field=value]… [--from DATE] [--to DATE]
  duplicates [--entity contact|company] [--json] | duplicates --dismiss ID ID
  merge contact|company KEEP_ID OTHER_ID [--take FIELD]…
  sync export --to FILE [--peer SITE] | sync import FILE | sync folder DIR
  sync status | sync conflicts [--json] | sync resolve ID --take-other|--keep
  sync passphrase --set TEXT | --clear
  qualify lead ID [--answer &quot;Question=answer&quot;]…
  convert lead ID [--company ID] [--contact ID] [--title TEXT] [--amount DECIMAL] [--json]
  move deal ID STAGE                     STAGE: ID arba sandorio pardavimų piltuvo etapo pavadinimas
  win deal ID | lose deal ID --reason TEXT [--competitor ID|NAME]
  lose lead ID --reason TEXT | reopen deal|lead ID
  checklist deal ID [--json]
  escalate [--json]                      praneša vadovams apie pavėluotas scenarijaus užduotis
  overdue leads [--owner ID] [--json]
  forecast [--pipeline ID] [--by-owner] [--json]
  targets [--month YYYY-MM | --quarter YYYY-Qn] [--team NAME|ID | --user NAME|ID]
          [--currency CODE] [--json]     pardavimų tikslų vykdymas
  competitor [NAME|ID] [--json]          konkurentas ir jam atitekę sandoriai
  campaign NAME|ID [--json]              kampanijos rodikliai ir atsiliepimai
  campaign respond NAME|ID [--first-name TEXT] [--last-name TEXT] [--email TEXT]
         [--phone TEXT] [--company TEXT] [--job-title TEXT] [--notes TEXT]
  campaign import NAME|ID FILE.csv       dalyviai kaip atsiliepimai; importuojami visi arba nė vienas
  territories [--json]                   kiekvienos teritorijos taisyklės, atsakingi darbuotojai ir rodikliai
  territory assign | territory reassign NAME|ID --to USER
  experts WORDS… [--json]                kolegos, kurių įgūdžiuose yra nurodyti žodžiai
  notifications [--user NAME|ID] [--all] [--json] | notifications --read ID…
  agenda [--user NAME|ID] [--from DATE] [--days N] [--json]
  dashboard [--user NAME|ID] [--team] [--json]  kam šiandien reikia dėmesio, pardavimų tikslai
  my-day [--user NAME|ID] [--json]
  done ID [--outcome TEXT] [--next-step TEXT] [--follow-up-due DATE]
  dormant [--rule NAME] [--json] | dormant --rule NAME --propose
  free-slots --users ID[,ID…] --from DATE --to DATE [--minutes N]
  reminders [--user NAME|ID] [--json]
  report --list [--json]
  report NAME [--from DATE] [--to DATE] [--period PRESET] [--compare previous|year]
         [--owner ID] [--team ID] [--territory ID] [--pipeline ID] [--currency CODE]
         [--option KEY=VALUE]… [--page a4|letter] [--out FILE.pdf|.csv|.html] [--json]
  render quote ID [--template NAME] --out FILE.pdf [--sent-to EMAIL]
  render letter CONTACT_ID [--template NAME] [--body TEXT|--body-file FILE] --out FILE.pdf
  approve quote ID | revise quote ID     vadovo patvirtinimas; nauja versija kaip juodraštis
  mailing SEGMENT [--csv FILE] [--labels FILE.pdf [--sheet KEY] [--skip N]]
                  [--letters FILE.pdf [--template NAME] [--body-file FILE]] | mailing --sheets
  templates [--export]                   dokumentų šablonai ir jų aplankas
  materials [WORDS…] [--tag TAG] [--json] pardavimų medžiagos biblioteka
  material add FILE… [--tags TEXT] | material tag ID --tags TEXT | material rm ID
  material replace ID FILE | material get ID --out FILE
  material attach ID --deal ID [--quote ID]   prisega kopiją prie sandorio (ir jo pasiūlymo)
  quote-series [SERIES | --clear]        šio kompiuterio pasiūlymų numeriai: Q-2026-SERIES-0001

ENTITY: %1
Numatytoji duomenų bazė: %2 (arba $TANDEM_DB).
</translation>
    </message>
    <message>
        <source>usage: targets [--month YYYY-MM | --quarter YYYY-Qn] [--team NAME|ID | --user NAME|ID] [--currency CODE] [--json]</source>
        <translation>naudojimas: targets [--month YYYY-MM | --quarter YYYY-Qn] [--team NAME|ID | --user NAME|ID] [--currency CODE] [--json]</translation>
    </message>
    <message>
        <source>give --month or --quarter, not both</source>
        <translation>nurodykite --month arba --quarter, bet ne abu</translation>
    </message>
    <message>
        <source>--month expects a month as YYYY-MM (2026-03), not &apos;%1&apos;</source>
        <translation>--month reikšmė turi būti mėnuo formatu YYYY-MM (2026-03), o ne &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--quarter expects a quarter as YYYY-Qn (2026-Q1), not &apos;%1&apos;</source>
        <translation>--quarter reikšmė turi būti ketvirtis formatu YYYY-Qn (2026-Q1), o ne &apos;%1&apos;</translation>
    </message>
    <message>
        <source>usage: territory reassign NAME|ID --to USER</source>
        <translation>naudojimas: territory reassign NAME|ID --to USER</translation>
    </message>
    <message>
        <source>Territory “%1” now belongs to %2; moved to them: %3.</source>
        <translation>Už teritoriją „%1“ dabar atsako %2; perkelta: %3.</translation>
    </message>
    <message>
        <source>usage: territories [--json]</source>
        <translation>naudojimas: territories [--json]</translation>
    </message>
    <message>
        <source>usage: territory assign | territory reassign NAME|ID --to USER</source>
        <translation>naudojimas: territory assign | territory reassign NAME|ID --to USER</translation>
    </message>
    <message>
        <source>Companies given a territory by its rules: %1</source>
        <translation>Įmonių, kurioms pagal taisykles priskirta teritorija: %1</translation>
    </message>
    <message>
        <source>usage: experts WORDS… [--json]</source>
        <translation>naudojimas: experts WORDS… [--json]</translation>
    </message>
    <message>
        <source>nobody lists that among their skills; skills are on each user (tandem-cli set user ID skills=…)</source>
        <translation>niekas to nenurodė savo įgūdžiuose; įgūdžiai nurodomi kiekvienam naudotojui (tandem-cli set user ID skills=…)</translation>
    </message>
</context>
<context>
    <name>Competitors</name>
    <message>
        <source>There is no competitor with id %1</source>
        <translation>Nėra konkurento su ID %1</translation>
    </message>
    <message>
        <source>There is no deal with id %1</source>
        <translation>Nėra sandorio su ID %1</translation>
    </message>
    <message>
        <source>“%1” is not lost: a competitor is named on a deal lost to it</source>
        <translation>„%1“ nėra prarastas sandoris: konkurentą galima nurodyti tik sandoriui, kuris jam atiteko</translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>there is no user &apos;%1&apos;</source>
        <translation>nėra naudotojo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>an import cannot set this field</source>
        <translation>importuojant šio lauko nustatyti negalima</translation>
    </message>
    <message>
        <source>a contact needs a name or an e-mail address</source>
        <translation>kontaktui būtinas vardas arba el. pašto adresas</translation>
    </message>
    <message>
        <source>there is no contact with id %1</source>
        <translation>nėra kontakto su ID %1</translation>
    </message>
</context>
<context>
    <name>ConvertLeadDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <source>Lithuania</source>
        <translation>Lietuva</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Latvija</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estija</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Lenkija</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraina</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumunija</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Moldova</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Vokietija</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Jungtinė Karalystė</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Airija</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Prancūzija</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Nyderlandai</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Švedija</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Suomija</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Čekija</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovakija</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Vengrija</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgarija</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Jungtinės Amerikos Valstijos</translation>
    </message>
</context>
<context>
    <name>CsvContacts</name>
    <message>
        <source>the row has neither a name nor an e-mail address</source>
        <translation>eilutėje nėra nei vardo, nei el. pašto adreso</translation>
    </message>
</context>
<context>
    <name>CsvMapping</name>
    <message>
        <source>E-mail %1</source>
        <translation>El. paštas %1</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Telefonas %1</translation>
    </message>
    <message>
        <source>Website %1</source>
        <translation>Svetainė %1</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>Adresas %1</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipas</translation>
    </message>
    <message>
        <source>value</source>
        <translation>reikšmė</translation>
    </message>
    <message>
        <source>street</source>
        <translation>gatvė</translation>
    </message>
    <message>
        <source>city</source>
        <translation>miestas</translation>
    </message>
    <message>
        <source>region</source>
        <translation>regionas</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>pašto kodas</translation>
    </message>
    <message>
        <source>country</source>
        <translation>šalis</translation>
    </message>
    <message>
        <source>PO box</source>
        <translation>pašto dėžutė</translation>
    </message>
    <message>
        <source>extended address</source>
        <translation>papildoma adreso informacija</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>cannot open the mapping file: %1</source>
        <translation>nepavyko atidaryti stulpelių susiejimo failo: %1</translation>
    </message>
    <message>
        <source>not a mapping file (JSON object): %1</source>
        <translation>tai ne stulpelių susiejimo failas (reikia JSON objekto): %1</translation>
    </message>
    <message>
        <source>the delimiter must be one character, not “%1”</source>
        <translation>skyriklis turi būti vienas simbolis, o ne „%1“</translation>
    </message>
    <message>
        <source>“columns” must map column headers to fields</source>
        <translation>„columns“ turi susieti stulpelių antraštes su laukais</translation>
    </message>
    <message>
        <source>the column must map to a field name</source>
        <translation>stulpelis turi būti susietas su lauko pavadinimu</translation>
    </message>
    <message>
        <source>cannot write the mapping file: %1</source>
        <translation>nepavyko įrašyti stulpelių susiejimo failo: %1</translation>
    </message>
    <message>
        <source>“%1” is not a field a %2 column can be imported into</source>
        <translation>„%1“ nėra %2 įrašo laukas, į kurį galima importuoti stulpelį</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is empty</source>
        <translation>failas tuščias</translation>
    </message>
    <message>
        <source>a quoted field starts on line %1 and is never closed</source>
        <translation>%1 eilutėje prasideda kabutėmis apskliaustas laukas, bet kabutės neuždarytos</translation>
    </message>
    <message>
        <source>the file has no header line with column names</source>
        <translation>faile nėra antraštės eilutės su stulpelių pavadinimais</translation>
    </message>
    <message>
        <source>line %1 has %2 fields, the header has %3</source>
        <translation>%1 eilutėje laukų: %2, o antraštėje: %3</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>nepavyko atidaryti failo: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no Tandem database at %1.</source>
        <translation>Tandem duomenų bazė %1 nerasta.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Tandem database.</source>
        <translation>%1 yra aplankas, o ne Tandem duomenų bazė.</translation>
    </message>
    <message>
        <source>%1 is not a Tandem database (it is not an SQLite file, or it is damaged).</source>
        <translation>%1 nėra Tandem duomenų bazė (tai ne SQLite failas arba jis sugadintas).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Aplanko %1 nėra.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Nepavyko atidaryti %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read: %2</source>
        <translation>Failas %1 sugadintas, jo nepavyksta nuskaityti: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read.</source>
        <translation>Failas %1 sugadintas, jo nepavyksta nuskaityti.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Tandem database.</source>
        <translation>%1 yra kitos programos SQLite duomenų bazė, o ne Tandem duomenų bazė.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Tandem (database version %2; this version reads up to %3). Update Tandem to open it; the file was left untouched.</source>
        <translation>Failas %1 sukurtas naujesne Tandem versija (duomenų bazės versija %2; ši versija gali atidaryti tik iki %3 versijos). Kad galėtumėte jį atidaryti, atnaujinkite Tandem; failas nebuvo pakeistas.</translation>
    </message>
    <message>
        <source>Cannot write to %1: the file or its folder is read-only.</source>
        <translation>Nepavyko įrašyti į %1: failas arba jo aplankas skirtas tik skaityti.</translation>
    </message>
    <message>
        <source>No backup could be written before updating %1, so it was not updated: %2</source>
        <translation>Prieš atnaujinant %1 nepavyko sukurti atsarginės kopijos, todėl duomenų bazė nebuvo atnaujinta: %2</translation>
    </message>
    <message>
        <source>Updating the database to version %1 failed: %2</source>
        <translation>Nepavyko atnaujinti duomenų bazės iki %1 versijos: %2</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Nepavyko išsaugoti pakeitimo.</translation>
    </message>
    <message>
        <source>Nothing was saved because part of the change failed.</source>
        <translation>Nieko neišsaugota, nes nepavyko atlikti dalies pakeitimo.</translation>
    </message>
    <message>
        <source>The database could not be read: %1</source>
        <translation>Nepavyko nuskaityti duomenų bazės: %1</translation>
    </message>
    <message>
        <source>The disk is full, so the change could not be saved and nothing was changed. Free some space and try again.</source>
        <translation>Diske nebeliko vietos, todėl pakeitimo išsaugoti nepavyko ir nieko nepakeista. Atlaisvinkite vietos ir bandykite dar kartą.</translation>
    </message>
    <message>
        <source>The database file or its folder is read-only, so nothing was changed. Check the file&apos;s permissions, or whether the disk is mounted read-only.</source>
        <translation>Duomenų bazės failas arba jo aplankas skirtas tik skaityti, todėl nieko nepakeista. Patikrinkite failo teises arba ar diskas nėra prijungtas tik skaityti.</translation>
    </message>
    <message>
        <source>The disk could not be written or read (%1), so nothing was changed. If the database is on a USB stick or a network drive, check that it is still there.</source>
        <translation>Nepavyko įrašyti į diską arba nuskaityti iš jo (%1), todėl nieko nepakeista. Jei duomenų bazė yra USB atmintinėje ar tinklo diske, patikrinkite, ar ji vis dar pasiekiama.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Restore a backup: File › Restore from backup…</source>
        <translation>Duomenų bazės failas sugadintas (%1). Atkurkite duomenis iš atsarginės kopijos: Failas › Atkurti iš atsarginės kopijos…</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Try again in a moment.</source>
        <translation>Duomenų bazė užimta: į ją rašo kita programa. Po akimirkos bandykite dar kartą.</translation>
    </message>
</context>
<context>
    <name>DealCommands</name>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n sandoris</numerusform>
            <numerusform>%n sandoriai</numerusform>
            <numerusform>%n sandorių</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>perkėlimą į etapą „%2“: %1</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Neperkelta</translation>
    </message>
    <message>
        <source>Mark %1 won</source>
        <translation>pažymėjimą laimėtu: %1</translation>
    </message>
    <message>
        <source>Not marked won</source>
        <translation>Nepažymėta laimėtu</translation>
    </message>
    <message>
        <source>Mark %1 lost</source>
        <translation>pažymėjimą prarastu: %1</translation>
    </message>
    <message>
        <source>Not marked lost</source>
        <translation>Nepažymėta prarastu</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>atidarymą iš naujo: %1</translation>
    </message>
    <message>
        <source>Not reopened</source>
        <translation>Neatidaryta iš naujo</translation>
    </message>
</context>
<context>
    <name>DealFlow</name>
    <message>
        <source>There is no deal with id %1</source>
        <translation>Nėra sandorio su ID %1</translation>
    </message>
    <message>
        <source>“%1” is won; reopen it first to change its course</source>
        <translation>Sandoris „%1“ laimėtas; kad galėtumėte keisti jo eigą, pirmiausia atidarykite jį iš naujo</translation>
    </message>
    <message>
        <source>“%1” is lost; reopen it first to change its course</source>
        <translation>Sandoris „%1“ prarastas; kad galėtumėte keisti jo eigą, pirmiausia atidarykite jį iš naujo</translation>
    </message>
    <message>
        <source>There is no stage with id %1</source>
        <translation>Nėra etapo su ID %1</translation>
    </message>
    <message>
        <source>“%1” is not finished yet; still to do: %2</source>
        <translation>Etapas „%1“ dar neužbaigtas; liko atlikti: %2</translation>
    </message>
    <message>
        <source>Stage “%1” is not a stage of the deal&apos;s pipeline</source>
        <translation>Etapas „%1“ nepriklauso sandorio pardavimų piltuvui</translation>
    </message>
    <message>
        <source>There is no default pipeline to put the deal on; set one up first</source>
        <translation>Nėra numatytojo pardavimų piltuvo, į kurį būtų galima įtraukti sandorį; pirmiausia jį nustatykite</translation>
    </message>
    <message>
        <source>Pipeline “%1” has no open stage to start a deal in</source>
        <translation>Pardavimų piltuve „%1“ nėra atviro etapo, kuriame sandoris galėtų prasidėti</translation>
    </message>
    <message>
        <source>Losing a deal needs a reason: mark “%1” lost instead of moving it to “%2”</source>
        <translation>Sandorio praradimui reikia nurodyti priežastį: užuot perkėlę „%1“ į „%2“, pažymėkite jį prarastu</translation>
    </message>
    <message>
        <source>Say why the deal was lost</source>
        <translation>Nurodykite, kodėl sandoris prarastas</translation>
    </message>
    <message>
        <source>There is no competitor with id %1</source>
        <translation>Nėra konkurento su ID %1</translation>
    </message>
    <message>
        <source>“%1” is open already</source>
        <translation>Sandoris „%1“ jau atviras</translation>
    </message>
    <message>
        <source>There is no deal with id %1.</source>
        <translation>Nėra sandorio su ID %1.</translation>
    </message>
    <message>
        <source>A deal is always in a stage: give the stage to move it to.</source>
        <translation>Sandoris visada yra kuriame nors etape: nurodykite etapą, į kurį jį perkelti.</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2.</source>
        <translation>„%1“ nėra leistina reikšmė; galimos reikšmės: %2.</translation>
    </message>
    <message>
        <source>Say why the deal was lost: a lost deal needs a reason.</source>
        <translation>Nurodykite, kodėl sandoris prarastas: be priežasties sandorio pažymėti prarastu negalima.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Demo data needs at least one contact.</source>
        <translation>Demonstraciniams duomenims reikia bent vieno kontakto.</translation>
    </message>
    <message>
        <source>Set up the database (company and first user) before adding demo data.</source>
        <translation>Prieš pridėdami demonstracinius duomenis, parenkite duomenų bazę (nurodykite įmonę ir pirmąjį naudotoją).</translation>
    </message>
    <message numerus="yes">
        <source>This database already holds %n contact(s); demo data only goes into a new, empty database.</source>
        <translation>
            <numerusform>Šioje duomenų bazėje jau yra %n kontaktas; demonstraciniai duomenys įrašomi tik į naują, tuščią duomenų bazę.</numerusform>
            <numerusform>Šioje duomenų bazėje jau yra %n kontaktai; demonstraciniai duomenys įrašomi tik į naują, tuščią duomenų bazę.</numerusform>
            <numerusform>Šioje duomenų bazėje jau yra %n kontaktų; demonstraciniai duomenys įrašomi tik į naują, tuščią duomenų bazę.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data needs a default pipeline with open, won and lost stages.</source>
        <translation>Demonstraciniams duomenims reikia numatytojo pardavimų piltuvo su atvirų, laimėtų ir prarastų sandorių etapais.</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Sprendimas nepriimtas</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>Gamyba</translation>
    </message>
    <message>
        <source>Wholesale</source>
        <translation>Didmeninė prekyba</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Mažmeninė prekyba</translation>
    </message>
    <message>
        <source>Transport and logistics</source>
        <translation>Transportas ir logistika</translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation>Maistas ir gėrimai</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Statyba</translation>
    </message>
    <message>
        <source>Pharmaceuticals</source>
        <translation>Farmacija</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>Automobilių pramonė</translation>
    </message>
    <message>
        <source>E-commerce</source>
        <translation>Elektroninė prekyba</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Žemės ūkis</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>Baldai</translation>
    </message>
    <message>
        <source>Chemicals</source>
        <translation>Chemijos pramonė</translation>
    </message>
    <message>
        <source>Small business</source>
        <translation>Smulkusis verslas</translation>
    </message>
    <message>
        <source>Mid-market</source>
        <translation>Vidutinis verslas</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Stambusis verslas</translation>
    </message>
    <message>
        <source>racking projects</source>
        <translation>stelažų projektai</translation>
    </message>
    <message>
        <source>forklifts</source>
        <translation>krautuvai</translation>
    </message>
    <message>
        <source>warehouse software</source>
        <translation>sandėlio programinė įranga</translation>
    </message>
    <message>
        <source>service contracts</source>
        <translation>aptarnavimo sutartys</translation>
    </message>
    <message>
        <source>public tenders</source>
        <translation>viešieji pirkimai</translation>
    </message>
    <message>
        <source>key accounts</source>
        <translation>strateginiai klientai</translation>
    </message>
    <message>
        <source>Warehouse racking</source>
        <translation>Sandėlio stelažai</translation>
    </message>
    <message>
        <source>Forklift fleet rental</source>
        <translation>Krautuvų parko nuoma</translation>
    </message>
    <message>
        <source>Warehouse software roll-out</source>
        <translation>Sandėlio programinės įrangos įdiegimas</translation>
    </message>
    <message>
        <source>Barcode scanners</source>
        <translation>Brūkšninių kodų skaitytuvai</translation>
    </message>
    <message>
        <source>Maintenance contract renewal</source>
        <translation>Techninės priežiūros sutarties pratęsimas</translation>
    </message>
    <message>
        <source>New warehouse fit-out</source>
        <translation>Naujo sandėlio įrengimas</translation>
    </message>
    <message>
        <source>Packaging line</source>
        <translation>Pakavimo linija</translation>
    </message>
    <message>
        <source>Safety training</source>
        <translation>Darbų saugos mokymai</translation>
    </message>
    <message>
        <source>Label printers</source>
        <translation>Etikečių spausdintuvai</translation>
    </message>
    <message>
        <source>Spare parts</source>
        <translation>Atsarginės dalys</translation>
    </message>
    <message>
        <source>Pallet racking bay</source>
        <translation>Padėklinių stelažų sekcija</translation>
    </message>
    <message>
        <source>pc</source>
        <translation>vnt.</translation>
    </message>
    <message>
        <source>Racking</source>
        <translation>Stelažai</translation>
    </message>
    <message>
        <source>Light-duty shelving unit</source>
        <translation>Lentyninis stelažas lengviems kroviniams</translation>
    </message>
    <message>
        <source>Electric pallet truck</source>
        <translation>Elektrinis padėklų vežimėlis</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Įranga</translation>
    </message>
    <message>
        <source>Forklift rental</source>
        <translation>Krautuvo nuoma</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mėnuo</translation>
    </message>
    <message>
        <source>Rental</source>
        <translation>Nuoma</translation>
    </message>
    <message>
        <source>Handheld barcode scanner</source>
        <translation>Rankinis brūkšninių kodų skaitytuvas</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>Etikečių spausdintuvas</translation>
    </message>
    <message>
        <source>Warehouse software licence</source>
        <translation>Sandėlio programinės įrangos licencija</translation>
    </message>
    <message>
        <source>user/year</source>
        <translation>naudotojas/metai</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Programinė įranga</translation>
    </message>
    <message>
        <source>Warehouse software implementation</source>
        <translation>Sandėlio programinės įrangos diegimo paslaugos</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>valanda</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Paslaugos</translation>
    </message>
    <message>
        <source>Maintenance contract</source>
        <translation>Techninės priežiūros sutartis</translation>
    </message>
    <message>
        <source>year</source>
        <translation>metai</translation>
    </message>
    <message>
        <source>Forklift safety training</source>
        <translation>Saugaus darbo su krautuvu mokymai</translation>
    </message>
    <message>
        <source>day</source>
        <translation>diena</translation>
    </message>
    <message>
        <source>Stretch wrapping machine</source>
        <translation>Padėklų vyniojimo plėvele mašina</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Montavimas</translation>
    </message>
    <message>
        <source>Warehouse efficiency webinar</source>
        <translation>Vebinaras „Efektyvus sandėlis“</translation>
    </message>
    <message>
        <source>Logistics trade fair stand</source>
        <translation>Stendas logistikos parodoje</translation>
    </message>
    <message>
        <source>Spring forklift rental offer</source>
        <translation>Pavasario krautuvų nuomos pasiūlymas</translation>
    </message>
    <message>
        <source>Safety training roadshow</source>
        <translation>Išvažiuojamieji darbų saugos seminarai</translation>
    </message>
    <message>
        <source>Online ads: warehouse software</source>
        <translation>Internetinė reklama: sandėlio programinė įranga</translation>
    </message>
    <message>
        <source>Partner referral programme</source>
        <translation>Partnerių rekomendacijų programa</translation>
    </message>
    <message>
        <source>Autumn trade fair</source>
        <translation>Rudens paroda</translation>
    </message>
    <message>
        <source>Large rental fleet, fast delivery.</source>
        <translation>Didelis nuomojamos technikos parkas, greitas pristatymas.</translation>
    </message>
    <message>
        <source>Slow service outside the capital.</source>
        <translation>Lėtas aptarnavimas už sostinės ribų.</translation>
    </message>
    <message>
        <source>Low prices on standard racking.</source>
        <translation>Žemos standartinių stelažų kainos.</translation>
    </message>
    <message>
        <source>No installation team of their own.</source>
        <translation>Neturi savos montavimo komandos.</translation>
    </message>
    <message>
        <source>Strong in Poland, good references.</source>
        <translation>Tvirtos pozicijos Lenkijoje, geros rekomendacijos.</translation>
    </message>
    <message>
        <source>Long lead times.</source>
        <translation>Ilgi pristatymo terminai.</translation>
    </message>
    <message>
        <source>Local warehouse software, cheap licences.</source>
        <translation>Vietinė sandėlio programinė įranga, pigios licencijos.</translation>
    </message>
    <message>
        <source>Limited integrations.</source>
        <translation>Ribotos integracijos.</translation>
    </message>
    <message>
        <source>Well-known brand, complete projects.</source>
        <translation>Žinomas prekės ženklas, projektai „iki rakto“.</translation>
    </message>
    <message>
        <source>Expensive; little room to negotiate.</source>
        <translation>Brangu; mažai erdvės deryboms.</translation>
    </message>
    <message>
        <source>Dense service network in Romania.</source>
        <translation>Tankus aptarnavimo tinklas Rumunijoje.</translation>
    </message>
    <message>
        <source>Weak in software.</source>
        <translation>Silpnos pozicijos programinės įrangos srityje.</translation>
    </message>
    <message>
        <source>Modern cloud software.</source>
        <translation>Moderni debesijos programinė įranga.</translation>
    </message>
    <message>
        <source>No hardware, needs partners.</source>
        <translation>Neturi savos techninės įrangos, reikia partnerių.</translation>
    </message>
    <message>
        <source>Flexible short-term rental.</source>
        <translation>Lanksti trumpalaikė nuoma.</translation>
    </message>
    <message>
        <source>Old equipment.</source>
        <translation>Pasenusi įranga.</translation>
    </message>
    <message>
        <source>Team North</source>
        <translation>Komanda „Šiaurė“</translation>
    </message>
    <message>
        <source>Team South-East</source>
        <translation>Komanda „Pietryčiai“</translation>
    </message>
    <message>
        <source>Team Baltic and Export</source>
        <translation>Komanda „Baltija ir eksportas“</translation>
    </message>
    <message>
        <source>Team Poland</source>
        <translation>Komanda „Lenkija“</translation>
    </message>
    <message>
        <source>Team Ukraine</source>
        <translation>Komanda „Ukraina“</translation>
    </message>
    <message>
        <source>Team Romania and Moldova</source>
        <translation>Komanda „Rumunija ir Moldova“</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Lietuva</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Lenkija</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraina</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumunija</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Moldova</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Jungtinė Karalystė</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Airija</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Lietuvių</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Lenkų</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainiečių</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumunų</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Rusų</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglų</translation>
    </message>
    <message>
        <source>Weekly sales meeting</source>
        <translation>Savaitinis pardavimų susirinkimas</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Posėdžių salė</translation>
    </message>
    <message>
        <source>One-to-one: pipeline and coaching</source>
        <translation>Individualus pokalbis: pardavimų piltuvas ir ugdymas</translation>
    </message>
    <message>
        <source>Sales management meeting</source>
        <translation>Pardavimų vadovų susirinkimas</translation>
    </message>
    <message>
        <source>Pipeline review</source>
        <translation>Pardavimų piltuvo peržiūra</translation>
    </message>
    <message>
        <source>Doctor&apos;s appointment</source>
        <translation>Vizitas pas gydytoją</translation>
    </message>
</context>
<context>
    <name>DocumentTemplates</name>
    <message>
        <source>Offer</source>
        <translation>Pasiūlymas</translation>
    </message>
    <message>
        <source>Order confirmation</source>
        <translation>Užsakymo patvirtinimas</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Sutartis</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Laiškas</translation>
    </message>
    <message>
        <source>There is no document template &quot;%1&quot;: neither %1.%2.html nor %1.html in %3, and none is shipped with Tandem.</source>
        <translation>Nėra dokumento šablono „%1“: aplanke %3 nėra nei %1.%2.html, nei %1.html, o su Tandem toks šablonas nepateikiamas.</translation>
    </message>
    <message>
        <source>cannot write the document template: %1</source>
        <translation>nepavyko įrašyti dokumento šablono: %1</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>nepavyko sukurti aplanko</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>cannot write the document: %1</source>
        <translation>nepavyko įrašyti dokumento: %1</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>aplanko %1 nėra</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>į aplanką negalima rašyti</translation>
    </message>
    <message>
        <source>The document has no pages.</source>
        <translation>Dokumente nėra puslapių.</translation>
    </message>
    <message>
        <source>There is no document with id %1.</source>
        <translation>Nėra dokumento su ID %1.</translation>
    </message>
    <message>
        <source>Sent “%1” to %2</source>
        <translation>Išsiųsta „%1“ adresu %2</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Nėra kontakto su ID %1.</translation>
    </message>
    <message>
        <source>The logo is not an image.</source>
        <translation>Logotipas nėra vaizdas.</translation>
    </message>
</context>
<context>
    <name>DormantRules</name>
    <message>
        <source>No purchase in 6 months</source>
        <translation>Nepirkta 6 mėnesius</translation>
    </message>
    <message>
        <source>Offer something new to {company}</source>
        <translation>Pasiūlyti ką nors naujo įmonei {company}</translation>
    </message>
    <message>
        <source>No contact in 90 days</source>
        <translation>Nebendrauta 90 dienų</translation>
    </message>
    <message>
        <source>Get back in touch with {company}</source>
        <translation>Vėl susisiekti su įmone {company}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>niekada</translation>
    </message>
    <message>
        <source>Dear {contact},

we last spoke on {last_contact}, and I would like to hear how things are going at {company}. May I call you one of these days, or would you like to meet?

Kind regards,
{owner}</source>
        <translation>Laba diena, {contact},

paskutinį kartą kalbėjomės {last_contact}, ir norėčiau sužinoti, kaip sekasi įmonei {company}. Ar galėčiau jums paskambinti vieną iš artimiausių dienų, o gal norėtumėte susitikti?

Pagarbiai
{owner}</translation>
    </message>
    <message>
        <source>Dear {contact},

thank you for your order of {last_purchase}. Since then we have added products and services that may be of use to {company}, and I would be glad to show them to you.

Kind regards,
{owner}</source>
        <translation>Laba diena, {contact},

dėkoju už {last_purchase} pateiktą užsakymą. Nuo to laiko pasiūlyme atsirado naujų produktų ir paslaugų, kurios gali būti naudingos įmonei {company}, ir mielai jas jums pristatyčiau.

Pagarbiai
{owner}</translation>
    </message>
    <message>
        <source>The dormant-customer rule no longer exists.</source>
        <translation>Neaktyvių klientų taisyklės nebėra.</translation>
    </message>
    <message>
        <source>“%1” is no longer waiting for a follow-up by this rule.</source>
        <translation>Pagal šią taisyklę su „%1“ nebereikia susisiekti.</translation>
    </message>
    <message>
        <source>Follow up with {company}</source>
        <translation>Susisiekti su įmone {company}</translation>
    </message>
    <message>
        <source>No follow-up tasks were created: the task for “%1” was refused (%2).</source>
        <translation>Susisiekimo užduotys nesukurtos: užduotis, skirta „%1“, atmesta (%2).</translation>
    </message>
    <message>
        <source>“%1” has an open complaint: resolve it before sending a sales letter.</source>
        <translation>„%1“ turi neišspręstą skundą: prieš siųsdami pardavimo laišką, jį išspręskite.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same registration code</source>
        <translation>sutampa įmonės kodas</translation>
    </message>
    <message>
        <source>same VAT code</source>
        <translation>sutampa PVM mokėtojo kodas</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>sutampa el. pašto adresas</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>sutampa telefono numeris</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>sutampa vardas ar pavadinimas</translation>
    </message>
    <message>
        <source>similar name at the same company</source>
        <translation>panašus vardas toje pačioje įmonėje</translation>
    </message>
    <message>
        <source>same website</source>
        <translation>sutampa svetainė</translation>
    </message>
    <message>
        <source>duplicates are looked for among contacts and companies, not &apos;%1&apos;</source>
        <translation>dublikatų ieškoma tik tarp kontaktų ir įmonių, o ne tarp &apos;%1&apos; įrašų</translation>
    </message>
    <message>
        <source>a record cannot be a duplicate of itself</source>
        <translation>įrašas negali būti savo paties dublikatas</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>nėra %1 įrašo su ID %2</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>Setting</source>
        <translation>Nustatymas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nustatymai</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Naudotojas</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Naudotojai</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Komanda</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Komandos</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Teritorija</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Teritorijos</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Įmonė</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Įmonės</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontaktas</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktai</translation>
    </message>
    <message>
        <source>Contact detail</source>
        <translation>Kontaktinis duomuo</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktiniai duomenys</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Žyma</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Žymos</translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation>Žymos priskyrimas</translation>
    </message>
    <message>
        <source>Taggings</source>
        <translation>Žymų priskyrimai</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmentas</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentai</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Potencialus klientas</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Potencialūs klientai</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pardavimų piltuvas</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Pardavimų piltuvai</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapai</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Sandoris</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Sandoriai</translation>
    </message>
    <message>
        <source>Playbook action</source>
        <translation>Scenarijaus veiksmas</translation>
    </message>
    <message>
        <source>Playbook actions</source>
        <translation>Scenarijaus veiksmai</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Praradimo priežastis</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>Praradimo priežastys</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Konkurentas</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Konkurentai</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Pardavimų tikslas</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Pardavimų tikslai</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanija</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanijos</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Veikla</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Veiklos</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Užduotis</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Užduotys</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Dalyvis</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Dalyviai</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produktas</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produktai</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Kainoraštis</translation>
    </message>
    <message>
        <source>Price lists</source>
        <translation>Kainoraščiai</translation>
    </message>
    <message>
        <source>Price list item</source>
        <translation>Kainoraščio eilutė</translation>
    </message>
    <message>
        <source>Price list items</source>
        <translation>Kainoraščio eilutės</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Komercinis pasiūlymas</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Komerciniai pasiūlymai</translation>
    </message>
    <message>
        <source>Quote line</source>
        <translation>Pasiūlymo eilutė</translation>
    </message>
    <message>
        <source>Quote lines</source>
        <translation>Pasiūlymo eilutės</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kreipinys</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kreipiniai</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumentas</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumentai</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Ne dublikatas</translation>
    </message>
    <message>
        <source>Not duplicates</source>
        <translation>Ne dublikatai</translation>
    </message>
    <message>
        <source>Routing rule</source>
        <translation>Paskirstymo taisyklė</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>Paskirstymo taisyklės</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Pranešimas</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Pranešimai</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Priminimas</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Priminimai</translation>
    </message>
    <message>
        <source>Dormant-customer rule</source>
        <translation>Neaktyvių klientų taisyklė</translation>
    </message>
    <message>
        <source>Dormant-customer rules</source>
        <translation>Neaktyvių klientų taisyklės</translation>
    </message>
    <message>
        <source>Case deadline rule</source>
        <translation>Kreipinių terminų taisyklė</translation>
    </message>
    <message>
        <source>Case deadline rules</source>
        <translation>Kreipinių terminų taisyklės</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Nedarbo diena</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Nedarbo dienos</translation>
    </message>
</context>
<context>
    <name>Escalations</name>
    <message>
        <source>no owner</source>
        <translation>be atsakingo darbuotojo</translation>
    </message>
    <message>
        <source>“%1” on deal “%2” (%3) is past its deadline and not done.</source>
        <translation>Sandorio „%2“ (%3) veiksmas „%1“ neatliktas, nors jo terminas jau praėjo.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” on deal “%2” (%3) is not done %n day(s) after the deal entered “%4”.</source>
        <translation>
            <numerusform>Sandorio „%2“ (%3) veiksmas „%1“ neatliktas praėjus %n dienai nuo sandorio patekimo į etapą „%4“.</numerusform>
            <numerusform>Sandorio „%2“ (%3) veiksmas „%1“ neatliktas praėjus %n dienoms nuo sandorio patekimo į etapą „%4“.</numerusform>
            <numerusform>Sandorio „%2“ (%3) veiksmas „%1“ neatliktas praėjus %n dienų nuo sandorio patekimo į etapą „%4“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deal “%1” (%2) has been in “%3” for more than %n day(s).</source>
        <translation>
            <numerusform>Sandoris „%1“ (%2) etape „%3“ yra jau ilgiau nei %n dieną.</numerusform>
            <numerusform>Sandoris „%1“ (%2) etape „%3“ yra jau ilgiau nei %n dienas.</numerusform>
            <numerusform>Sandoris „%1“ (%2) etape „%3“ yra jau ilgiau nei %n dienų.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has answered the case “%1” of %2 (%3) by its deadline.</source>
        <translation>Į įmonės %2 (%3) kreipinį „%1“ iki termino niekas neatsakė.</translation>
    </message>
    <message>
        <source>The case “%1” of %2 (%3) is past its resolution deadline.</source>
        <translation>Įmonės %2 (%3) kreipinio „%1“ išsprendimo terminas jau praėjo.</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>be kliento</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Key</source>
        <translation>Raktas</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Reikšmė</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vaidmuo</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Vadovas</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Komanda</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Įgūdžiai</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kalba</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktyvus</translation>
    </message>
    <message>
        <source>Calendar visibility</source>
        <translation>Kalendoriaus matomumas</translation>
    </message>
    <message>
        <source>Parent team</source>
        <translation>Aukštesnio lygio komanda</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipas</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regionas</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miestas</translation>
    </message>
    <message>
        <source>Postcode from</source>
        <translation>Pašto kodas nuo</translation>
    </message>
    <message>
        <source>Postcode to</source>
        <translation>Pašto kodas iki</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sektorius</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Atsakingas</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Juridinis pavadinimas</translation>
    </message>
    <message>
        <source>Registration code</source>
        <translation>Įmonės kodas</translation>
    </message>
    <message>
        <source>VAT code</source>
        <translation>PVM mokėtojo kodas</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Pašto kodas</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Gatvė</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Svetainė</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmentas</translation>
    </message>
    <message>
        <source>Loyalty tier</source>
        <translation>Lojalumo lygis</translation>
    </message>
    <message>
        <source>ABC class</source>
        <translation>ABC klasė</translation>
    </message>
    <message>
        <source>Parent company</source>
        <translation>Patronuojanti įmonė</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Teritorija</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>Pratęsimo data</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Pastabos</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Pavardė</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Įmonė</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Pareigos</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Padalinys</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Priima sprendimus</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Tiesioginis vadovas</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobilusis telefonas</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Gimtadienis</translation>
    </message>
    <message>
        <source>E-mail consent</source>
        <translation>Sutikimas dėl el. laiškų</translation>
    </message>
    <message>
        <source>Phone consent</source>
        <translation>Sutikimas dėl skambučių</translation>
    </message>
    <message>
        <source>Postal consent</source>
        <translation>Sutikimas dėl pašto siuntų</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Kitas susisiekimas</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Nuotrauka</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontaktas</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiketė</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Pagrindinis</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Spalva</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Žyma</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Įrašo tipas</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Įrašas</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtras</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Įmonės pavadinimas</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Šaltinis</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanija</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Praradimo priežastis</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Poreikiai</translation>
    </message>
    <message>
        <source>Qualification answers</source>
        <translation>Kvalifikavimo atsakymai</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Sandoris</translation>
    </message>
    <message>
        <source>Converted at</source>
        <translation>Konvertavimo data</translation>
    </message>
    <message>
        <source>First contact due</source>
        <translation>Pirmojo susisiekimo terminas</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Eilės nr.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Numatytasis</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pardavimų piltuvas</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>Tikimybė, %</translation>
    </message>
    <message>
        <source>Stalled after days</source>
        <translation>Įstrigęs po (dienų)</translation>
    </message>
    <message>
        <source>Requires checklist</source>
        <translation>Būtinas kontrolinis sąrašas</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valiuta</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Numatoma uždarymo data</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Konkurentas</translation>
    </message>
    <message>
        <source>Won at</source>
        <translation>Laimėjimo data</translation>
    </message>
    <message>
        <source>Lost at</source>
        <translation>Praradimo data</translation>
    </message>
    <message>
        <source>In stage since</source>
        <translation>Etape nuo</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Potencialus klientas</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Kitas žingsnis</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrukcijos</translation>
    </message>
    <message>
        <source>Deadline (days)</source>
        <translation>Terminas (dienomis)</translation>
    </message>
    <message>
        <source>Hard deadline</source>
        <translation>Griežtas terminas</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Vykdytojas</translation>
    </message>
    <message>
        <source>Document template</source>
        <translation>Dokumento šablonas</translation>
    </message>
    <message>
        <source>Escalate after days</source>
        <translation>Eskaluoti po (dienų)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Privalomas</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Sąlyga</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Taikoma</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Stiprybės</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Silpnybės</translation>
    </message>
    <message>
        <source>Price points</source>
        <translation>Kainodara</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Naudotojas</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Laikotarpio pradžia</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Laikotarpis</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Pajamos</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>Nauji sandoriai</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Veiklos</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Pradžios data</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Pabaigos data</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Biudžetas</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Išlaidos</translation>
    </message>
    <message>
        <source>Goal: leads</source>
        <translation>Tikslas: potencialūs klientai</translation>
    </message>
    <message>
        <source>Goal: revenue</source>
        <translation>Tikslas: pajamos</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Pradžia</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Pabaiga</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Terminas</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Visą dieną</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Atlikta</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Atlikimo data</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezultatas</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritetas</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kreipinys</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Kartojimas</translation>
    </message>
    <message>
        <source>Reminder (minutes before)</source>
        <translation>Priminimas (prieš kiek minučių)</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Matomumas</translation>
    </message>
    <message>
        <source>Playbook action</source>
        <translation>Scenarijaus veiksmas</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Veikla</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Atsakymas</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Prekės kodas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Aprašymas</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Matavimo vienetas</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Kaina</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>PVM, %</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Galioja nuo</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Galioja iki</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Kainoraštis</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produktas</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numeris</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versija</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Galioja iki</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Nuolaida, %</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Išsiuntimo data</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Patvirtino</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Šablonas</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Komercinis pasiūlymas</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Kiekis</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Vieneto kaina</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanalas</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Sprendimas</translation>
    </message>
    <message>
        <source>Respond by</source>
        <translation>Atsakyti iki</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>Išspręsti iki</translation>
    </message>
    <message>
        <source>Responded at</source>
        <translation>Atsakymo data</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>Išsprendimo data</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>Pasitenkinimas (1-5)</translation>
    </message>
    <message>
        <source>Satisfaction comment</source>
        <translation>Pasitenkinimo komentaras</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Failo tipas</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dydis</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Kontrolinė suma</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Turinys</translation>
    </message>
    <message>
        <source>Linked record type</source>
        <translation>Susieto įrašo tipas</translation>
    </message>
    <message>
        <source>Linked record</source>
        <translation>Susietas įrašas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Žymos</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Išsiuntė</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Gavėjas</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vardas ir pavardė</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Sujungtas su</translation>
    </message>
    <message>
        <source>First record</source>
        <translation>Pirmasis įrašas</translation>
    </message>
    <message>
        <source>Second record</source>
        <translation>Antrasis įrašas</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Antrasis vardas</translation>
    </message>
    <message>
        <source>Name prefix</source>
        <translation>Vardo priešdėlis</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Vardo priesaga</translation>
    </message>
    <message>
        <source>Work e-mail</source>
        <translation>Darbo el. paštas</translation>
    </message>
    <message>
        <source>Home e-mail</source>
        <translation>Namų el. paštas</translation>
    </message>
    <message>
        <source>Other e-mail</source>
        <translation>Kitas el. paštas</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Darbo telefonas</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Namų telefonas</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Kitas telefonas</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Faksas</translation>
    </message>
    <message>
        <source>Home fax</source>
        <translation>Namų faksas</translation>
    </message>
    <message>
        <source>Home street</source>
        <translation>Namų adresas: gatvė</translation>
    </message>
    <message>
        <source>Home city</source>
        <translation>Namų adresas: miestas</translation>
    </message>
    <message>
        <source>Home region</source>
        <translation>Namų adresas: regionas</translation>
    </message>
    <message>
        <source>Home postcode</source>
        <translation>Namų adresas: pašto kodas</translation>
    </message>
    <message>
        <source>Home country</source>
        <translation>Namų adresas: šalis</translation>
    </message>
    <message>
        <source>When the source is</source>
        <translation>Jei šaltinis</translation>
    </message>
    <message>
        <source>When the industry is</source>
        <translation>Jei sektorius</translation>
    </message>
    <message>
        <source>When the territory is</source>
        <translation>Jei teritorija</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Kam priskirti</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Gavėjas</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekstas</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>Perskaitymo data</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Laiko juosta</translation>
    </message>
    <message>
        <source>Skipped occurrences</source>
        <translation>Praleisti pasikartojimai</translation>
    </message>
    <message>
        <source>Calendar UID</source>
        <translation>Kalendoriaus UID</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Pasikartojimas</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>Atidėta iki</translation>
    </message>
    <message>
        <source>Dismissed at</source>
        <translation>Atmetimo data</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dienų skaičius</translation>
    </message>
    <message>
        <source>Task subject</source>
        <translation>Užduoties tema</translation>
    </message>
    <message>
        <source>Task due in days</source>
        <translation>Užduoties terminas (po kiek dienų)</translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation>Laiško šablonas</translation>
    </message>
    <message>
        <source>Done by (person)</source>
        <translation>Vykdytojas (asmuo)</translation>
    </message>
    <message>
        <source>Opens a case</source>
        <translation>Sukuria kreipinį</translation>
    </message>
    <message>
        <source>Respond within (working hours)</source>
        <translation>Atsakymo terminas (darbo valandomis)</translation>
    </message>
    <message>
        <source>Resolve within (working hours)</source>
        <translation>Išsprendimo terminas (darbo valandomis)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diena</translation>
    </message>
</context>
<context>
    <name>FieldDisplay</name>
    <message>
        <source>Yes</source>
        <translation>Taip</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message numerus="yes">
        <source>(%n bytes)</source>
        <translation>
            <numerusform>(%n baitas)</numerusform>
            <numerusform>(%n baitai)</numerusform>
            <numerusform>(%n baitų)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldFormat</name>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>&apos;%1&apos; nėra el. pašto adresas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address</source>
        <translation>&apos;%1&apos; nėra interneto adresas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; nėra sveikasis skaičius</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not true or false</source>
        <translation>&apos;%1&apos; nėra reikšmė true arba false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number with at most %2 decimals</source>
        <translation>&apos;%1&apos; nėra tinkamas skaičius (skaitmenų po kablelio – ne daugiau kaip %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; nėra data (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (YYYY-MM-DDTHH:MM)</source>
        <translation>&apos;%1&apos; nėra data ir laikas (YYYY-MM-DDTHH:MM)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>&apos;%1&apos; nėra leistina reikšmė; galimos reikšmės: %2</translation>
    </message>
</context>
<context>
    <name>FileSystemKind</name>
    <message>
        <source>%1 is on a network share (%2). Tandem keeps its database on this computer: over a network the file&apos;s locks are not reliable, and two computers writing it at once can damage it. Copy the database to this computer and share your work through a shared sync folder instead (Settings › Shared sync folder).</source>
        <translation>%1 yra tinklo diske (%2). Tandem duomenų bazė turi būti laikoma šiame kompiuteryje: per tinklą failo užraktai nepatikimi, o du kompiuteriai, vienu metu rašydami į failą, gali jį sugadinti. Nukopijuokite duomenų bazę į šį kompiuterį, o darbo rezultatais dalykitės per bendrinamą sinchronizavimo aplanką (Nustatymai › Bendrinamas sinchronizavimo aplankas).</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Nepavyko įrašyti %1: %2</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Euro</source>
        <translation>Euras</translation>
    </message>
    <message>
        <source>Polish złoty</source>
        <translation>Lenkijos zlotas</translation>
    </message>
    <message>
        <source>Ukrainian hryvnia</source>
        <translation>Ukrainos grivina</translation>
    </message>
    <message>
        <source>Romanian leu</source>
        <translation>Rumunijos lėja</translation>
    </message>
    <message>
        <source>Moldovan leu</source>
        <translation>Moldovos lėja</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>JAV doleris</translation>
    </message>
    <message>
        <source>Pound sterling</source>
        <translation>Svaras sterlingų</translation>
    </message>
    <message>
        <source>Swiss franc</source>
        <translation>Šveicarijos frankas</translation>
    </message>
    <message>
        <source>Czech koruna</source>
        <translation>Čekijos krona</translation>
    </message>
    <message>
        <source>Swedish krona</source>
        <translation>Švedijos krona</translation>
    </message>
    <message>
        <source>Norwegian krone</source>
        <translation>Norvegijos krona</translation>
    </message>
    <message>
        <source>Danish krone</source>
        <translation>Danijos krona</translation>
    </message>
    <message>
        <source>Hungarian forint</source>
        <translation>Vengrijos forintas</translation>
    </message>
    <message>
        <source>Bulgarian lev</source>
        <translation>Bulgarijos levas</translation>
    </message>
</context>
<context>
    <name>Ics</name>
    <message>
        <source>“%1” is not a date (YYYYMMDD)</source>
        <translation>„%1“ nėra data (YYYYMMDD)</translation>
    </message>
    <message>
        <source>“%1” is not a date and time (YYYYMMDDTHHMMSS, Z for UTC)</source>
        <translation>„%1“ nėra data ir laikas (YYYYMMDDTHHMMSS, Z – UTC laikas)</translation>
    </message>
    <message>
        <source>the event has no DTSTART</source>
        <translation>įvykis neturi DTSTART</translation>
    </message>
    <message>
        <source>“%1” is not a duration (PT1H30M)</source>
        <translation>„%1“ nėra trukmė (PT1H30M)</translation>
    </message>
    <message>
        <source>the end is before the start (DTSTART %1)</source>
        <translation>pabaiga yra anksčiau už pradžią (DTSTART %1)</translation>
    </message>
    <message>
        <source>a repeating item needs a DTSTART</source>
        <translation>pasikartojančiam įrašui būtinas DTSTART</translation>
    </message>
    <message>
        <source>the file is empty: there is no calendar in it</source>
        <translation>failas tuščias: jame nėra kalendoriaus</translation>
    </message>
    <message>
        <source>this is not an iCalendar file: it starts with “%1”, not BEGIN:VCALENDAR</source>
        <translation>tai ne iCalendar failas: jis prasideda „%1“, o ne BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>BEGIN:%1 outside the calendar</source>
        <translation>BEGIN:%1 už kalendoriaus ribų</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>nepavyko atidaryti failo: %1</translation>
    </message>
    <message>
        <source>BEGIN:%1 has no END:%1 (%2 follows on line %3)</source>
        <translation>BEGIN:%1 neturi END:%1 (%3 eilutėje toliau eina %2)</translation>
    </message>
    <message>
        <source>END:%1 without BEGIN:%1</source>
        <translation>END:%1 be BEGIN:%1</translation>
    </message>
    <message>
        <source>END:%1 where END:%2 was expected (BEGIN:%2 on line %3)</source>
        <translation>END:%1, nors tikėtasi END:%2 (BEGIN:%2 yra %3 eilutėje)</translation>
    </message>
    <message>
        <source>text outside the calendar (BEGIN:VCALENDAR … END:VCALENDAR)</source>
        <translation>tekstas už kalendoriaus ribų (BEGIN:VCALENDAR … END:VCALENDAR)</translation>
    </message>
    <message>
        <source>the file ends inside the %1 that starts on this line (no END:%1)</source>
        <translation>failas baigiasi nepasibaigus šioje eilutėje prasidedančiam %1 (nėra END:%1)</translation>
    </message>
    <message>
        <source>the line has no “:” between the property name and its value</source>
        <translation>eilutėje tarp savybės pavadinimo ir reikšmės nėra „:“</translation>
    </message>
    <message>
        <source>the line is not an iCalendar property (NAME:value expected)</source>
        <translation>eilutė nėra iCalendar savybė (tikimasi NAME:value)</translation>
    </message>
    <message>
        <source>the parameter “%1” has no NAME=value form</source>
        <translation>parametras „%1“ nėra NAME=value formos</translation>
    </message>
    <message>
        <source>the VTIMEZONE has no TZID</source>
        <translation>VTIMEZONE neturi TZID</translation>
    </message>
    <message>
        <source>the time zone “%1” has a %2 without a valid DTSTART</source>
        <translation>laiko juostoje „%1“ yra %2 be tinkamo DTSTART</translation>
    </message>
    <message>
        <source>the time zone “%1” has a %2 without a valid TZOFFSETTO</source>
        <translation>laiko juostoje „%1“ yra %2 be tinkamo TZOFFSETTO</translation>
    </message>
    <message>
        <source>the time zone “%1” has neither STANDARD nor DAYLIGHT</source>
        <translation>laiko juostoje „%1“ nėra nei STANDARD, nei DAYLIGHT</translation>
    </message>
    <message>
        <source>unknown time zone “%1”, and the file has no VTIMEZONE that defines it</source>
        <translation>nežinoma laiko juosta „%1“, o faile nėra ją apibrėžiančio VTIMEZONE</translation>
    </message>
    <message>
        <source>the UID “%1” is already used by the item on line %2</source>
        <translation>UID „%1“ jau naudoja %2 eilutėje esantis įrašas</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>nepavyko įrašyti failo: %1</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>vCard files hold contacts, not %1 records</source>
        <translation>vCard failuose saugomi kontaktai, o ne %1 įrašai</translation>
    </message>
    <message>
        <source>the file&apos;s columns changed since they were mapped; open it again</source>
        <translation>po susiejimo failo stulpeliai pasikeitė; atidarykite failą iš naujo</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>nėra %1 įrašo su ID %2</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>The database file cannot be read: it is damaged.</source>
        <translation>Duomenų bazės failo nepavyksta nuskaityti: jis sugadintas.</translation>
    </message>
    <message>
        <source>Damaged storage: %1</source>
        <translation>Sugadinti saugomi duomenys: %1</translation>
    </message>
    <message>
        <source>A %1 record (row %2) points to a missing %3.</source>
        <translation>%1 įraše (eilutė %2) yra nuoroda į neegzistuojantį %3 įrašą.</translation>
    </message>
    <message>
        <source>The search index is incomplete (%1 of %2 records); rebuild it with &apos;tandem-cli check --repair&apos;.</source>
        <translation>Paieškos indeksas nepilnas (%1 iš %2 įrašų); sukurkite jį iš naujo komanda &apos;tandem-cli check --repair&apos;.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>cannot write the labels: %1</source>
        <translation>nepavyko įrašyti etikečių: %1</translation>
    </message>
    <message>
        <source>A4, 3 × 8 labels, 70 × 37 mm (Avery 3474)</source>
        <translation>A4, etiketės 3 × 8, 70 × 37 mm (Avery 3474)</translation>
    </message>
    <message>
        <source>A4, 3 × 7 labels, 70 × 42.3 mm (Avery 3652)</source>
        <translation>A4, etiketės 3 × 7, 70 × 42,3 mm (Avery 3652)</translation>
    </message>
    <message>
        <source>A4, 2 × 7 labels, 99.1 × 38.1 mm (Avery L7163)</source>
        <translation>A4, etiketės 2 × 7, 99,1 × 38,1 mm (Avery L7163)</translation>
    </message>
    <message>
        <source>A4, 2 × 8 labels, 105 × 37 mm (Avery 3484)</source>
        <translation>A4, etiketės 2 × 8, 105 × 37 mm (Avery 3484)</translation>
    </message>
    <message>
        <source>A4, 3 × 11 labels, 70 × 25.4 mm (Avery 3421)</source>
        <translation>A4, etiketės 3 × 11, 70 × 25,4 mm (Avery 3421)</translation>
    </message>
    <message>
        <source>A4, 3 × 7 labels, 63.5 × 38.1 mm (Avery L7160)</source>
        <translation>A4, etiketės 3 × 7, 63,5 × 38,1 mm (Avery L7160)</translation>
    </message>
    <message>
        <source>A4, 2 × 8 labels, 99.1 × 33.9 mm (Avery L7162)</source>
        <translation>A4, etiketės 2 × 8, 99,1 × 33,9 mm (Avery L7162)</translation>
    </message>
    <message>
        <source>A4, 2 × 5 labels, 99.1 × 57 mm (Avery L7173)</source>
        <translation>A4, etiketės 2 × 5, 99,1 × 57 mm (Avery L7173)</translation>
    </message>
    <message>
        <source>there are no addresses to print</source>
        <translation>nėra adresų, kuriuos būtų galima spausdinti</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>Adresų etiketės</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>į aplanką negalima rašyti</translation>
    </message>
</context>
<context>
    <name>LeadConversion</name>
    <message>
        <source>There is no lead with id %1.</source>
        <translation>Nėra potencialaus kliento su ID %1.</translation>
    </message>
    <message>
        <source>“%1” was already converted to the deal “%2”.</source>
        <translation>„%1“ jau konvertuotas į sandorį „%2“.</translation>
    </message>
    <message>
        <source>“%1” was lost. Reopen it before converting it.</source>
        <translation>„%1“ prarastas. Prieš konvertuodami atidarykite jį iš naujo.</translation>
    </message>
    <message>
        <source>“%1” was lost (%2). Reopen it before converting it.</source>
        <translation>„%1“ prarastas (%2). Prieš konvertuodami atidarykite jį iš naujo.</translation>
    </message>
    <message>
        <source>named on the lead</source>
        <translation>nurodyta potencialaus kliento duomenyse</translation>
    </message>
    <message>
        <source>where %1 works</source>
        <translation>čia dirba %1</translation>
    </message>
    <message>
        <source>There is no company with id %1.</source>
        <translation>Nėra įmonės su ID %1.</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Nėra kontakto su ID %1.</translation>
    </message>
</context>
<context>
    <name>LeadIntake</name>
    <message>
        <source>New lead assigned to you by rule “%1”: %2</source>
        <translation>Pagal taisyklę „%1“ jums priskirtas naujas potencialus klientas: %2</translation>
    </message>
    <message>
        <source>New lead assigned to you: %1</source>
        <translation>Jums priskirtas naujas potencialus klientas: %1</translation>
    </message>
    <message>
        <source>%1 assigned a new lead to you: %2</source>
        <translation>%1 priskyrė jums naują potencialų klientą: %2</translation>
    </message>
    <message>
        <source>The new lead could not be read back.</source>
        <translation>Nepavyko nuskaityti naujai sukurto potencialaus kliento.</translation>
    </message>
    <message>
        <source>First contact: %1</source>
        <translation>Pirmasis susisiekimas: %1</translation>
    </message>
    <message>
        <source>The first contact must be due within 0 to 90 days.</source>
        <translation>Pirmojo susisiekimo terminas turi būti nuo 0 iki 90 dienų.</translation>
    </message>
</context>
<context>
    <name>LeadQualification</name>
    <message>
        <source>What problem do they need solved?</source>
        <translation>Kokią problemą klientas nori išspręsti?</translation>
    </message>
    <message>
        <source>Is there a budget, and how big is it?</source>
        <translation>Ar yra biudžetas ir koks jis?</translation>
    </message>
    <message>
        <source>Who makes the decision?</source>
        <translation>Kas priima sprendimą?</translation>
    </message>
    <message>
        <source>When do they want to start?</source>
        <translation>Kada klientas nori pradėti?</translation>
    </message>
    <message>
        <source>There is no lead with id %1.</source>
        <translation>Nėra potencialaus kliento su ID %1.</translation>
    </message>
    <message>
        <source>“%1” was lost. Reopen it before qualifying it.</source>
        <translation>„%1“ prarastas. Prieš kvalifikuodami atidarykite jį iš naujo.</translation>
    </message>
    <message>
        <source>“%1” was lost (%2). Reopen it before qualifying it.</source>
        <translation>„%1“ prarastas (%2). Prieš kvalifikuodami atidarykite jį iš naujo.</translation>
    </message>
    <message>
        <source>“%1” was already converted to the deal “%2”; qualify the deal instead.</source>
        <translation>„%1“ jau konvertuotas į sandorį „%2“; kvalifikuokite sandorį.</translation>
    </message>
    <message>
        <source>“%1” was already converted to the deal “%2”; if the sale fell through, lose the deal.</source>
        <translation>„%1“ jau konvertuotas į sandorį „%2“; jei pardavimas žlugo, pažymėkite sandorį prarastu.</translation>
    </message>
    <message>
        <source>Say why the lead was lost.</source>
        <translation>Nurodykite, kodėl potencialus klientas prarastas.</translation>
    </message>
    <message>
        <source>“%1” is not lost.</source>
        <translation>„%1“ nėra prarastas.</translation>
    </message>
    <message>
        <source>Convert the lead to a deal instead (Convert to deal…, or tandem-cli convert lead): that makes its company, contact and deal.</source>
        <translation>Verčiau konvertuokite potencialų klientą į sandorį (Konvertuoti į sandorį… arba tandem-cli convert lead): taip bus sukurta jo įmonė, kontaktas ir sandoris.</translation>
    </message>
    <message>
        <source>“%1” was converted to the deal “%2” and stays converted.</source>
        <translation>„%1“ konvertuotas į sandorį „%2“ ir lieka konvertuotas.</translation>
    </message>
</context>
<context>
    <name>LocaleValues</name>
    <message>
        <source>&apos;%1&apos; is not a date (%2 or YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; nėra data (%2 arba YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (%2)</source>
        <translation>&apos;%1&apos; nėra data ir laikas (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2 or %3</source>
        <translation>&apos;%1&apos; nėra reikšmė %2 arba %3</translation>
    </message>
</context>
<context>
    <name>Mailing</name>
    <message>
        <source>segment “%1” lists %2, not contacts: a mailing needs a segment of contacts</source>
        <translation>segmente „%1“ yra ne kontaktai, o įrašai „%2“: laiškų siuntimui reikia kontaktų segmento</translation>
    </message>
    <message>
        <source>there is no contact segment “%1”</source>
        <translation>nėra kontaktų segmento „%1“</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vardas ir pavardė</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Įmonė</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Adreso 1 eilutė</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adreso 2 eilutė</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Pašto kodas</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miestas</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kalba</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Tandem, a desktop CRM for small sales teams.</source>
        <translation>Tandem – kompiuterinė CRM sistema mažoms pardavimų komandoms.</translation>
    </message>
    <message>
        <source>Open FILE instead of the default database (%1).</source>
        <translation>Atidaryti FILE, o ne numatytąją duomenų bazę (%1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <source>Tandem cannot open the database %1.</source>
        <translation>Tandem nepavyko atidaryti duomenų bazės %1.</translation>
    </message>
    <message>
        <source>A Tandem bundle (.tandem), address book (.vcf) or calendar (.ics) to bring in.</source>
        <translation>Įkeliamas Tandem paketas (.tandem), adresų knyga (.vcf) arba kalendorius (.ics).</translation>
    </message>
    <message>
        <source>Tandem is already open on the database %1.</source>
        <translation>Duomenų bazė %1 jau atidaryta kitame Tandem lange.</translation>
    </message>
    <message>
        <source>It is held by %1, which does not answer. Close that Tandem window (or end that process) and start Tandem again.</source>
        <translation>Ją naudoja %1, bet jis neatsako. Uždarykite tą Tandem langą (arba nutraukite tą procesą) ir paleiskite Tandem iš naujo.</translation>
    </message>
    <message>
        <source>Open it anyway?</source>
        <translation>Vis tiek atidaryti?</translation>
    </message>
</context>
<context>
    <name>Materials</name>
    <message>
        <source>“%1” is empty; there is nothing to keep.</source>
        <translation>Failas „%1“ tuščias; nėra ko išsaugoti.</translation>
    </message>
    <message>
        <source>“%1” is %2; the library takes files up to %3.</source>
        <translation>Failo „%1“ dydis – %2; į biblioteką galima įtraukti failus iki %3.</translation>
    </message>
    <message>
        <source>There is no file with id %1 in the sales materials library.</source>
        <translation>Pardavimų medžiagos bibliotekoje nėra failo su ID %1.</translation>
    </message>
    <message>
        <source>A file in the library needs a name.</source>
        <translation>Bibliotekos failui būtinas pavadinimas.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Nepavyko nuskaityti „%1“: %2</translation>
    </message>
    <message>
        <source>There is no sales material with id %1.</source>
        <translation>Nėra pardavimų medžiagos failo su ID %1.</translation>
    </message>
    <message>
        <source>There is no deal with id %1.</source>
        <translation>Nėra sandorio su ID %1.</translation>
    </message>
    <message>
        <source>There is no quote with id %1.</source>
        <translation>Nėra komercinio pasiūlymo su ID %1.</translation>
    </message>
    <message>
        <source>Quote %1 belongs to another deal.</source>
        <translation>Komercinis pasiūlymas %1 priklauso kitam sandoriui.</translation>
    </message>
</context>
<context>
    <name>MergeTemplate</name>
    <message>
        <source>%1, line %2: %3</source>
        <extracomment>%1 is the template file, %2 the line number, %3 what is wrong</extracomment>
        <translation>%1, %2 eilutė: %3</translation>
    </message>
    <message>
        <source>the tag %1 is never closed with %2</source>
        <extracomment>%1 is the start of the tag as written in the template, %2 is }} or }}}</extracomment>
        <translation>žymė %1 niekur neuždaryta simboliais %2</translation>
    </message>
    <message>
        <source>the tag %1 has no field name</source>
        <translation>žymėje %1 nenurodytas lauko pavadinimas</translation>
    </message>
    <message>
        <source>%1 closes a section that was never opened</source>
        <translation>%1 uždaro bloką, kuris nebuvo pradėtas</translation>
    </message>
    <message>
        <source>%1 closes a section, but the open one is {{#%2}} (line %3)</source>
        <extracomment>%3 is the line where the section %2 was opened</extracomment>
        <translation>%1 uždaro bloką, bet pradėtas blokas yra {{#%2}} (%3 eilutė)</translation>
    </message>
    <message>
        <source>the section {{#%1}} is never closed</source>
        <translation>blokas {{#%1}} niekur neuždarytas</translation>
    </message>
</context>
<context>
    <name>OwnershipGuard</name>
    <message>
        <source>%1 owns %2, where %3 works. Agree with %1 before you contact %3.</source>
        <translation>Už įmonę „%2“, kurioje dirba %3, atsako %1. Prieš susisiekdami su šiuo kontaktu, suderinkite tai su atsakingu darbuotoju.</translation>
    </message>
    <message>
        <source>%1 owns %2. Agree with %1 before you work on it.</source>
        <translation>Už „%2“ atsako %1. Prieš imdamiesi darbo, suderinkite tai su atsakingu darbuotoju.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Kolega</translation>
    </message>
    <message>
        <source>%1 is working on %2, which you own.</source>
        <translation>%1 dirba su įrašu „%2“, už kurį atsakote jūs.</translation>
    </message>
    <message>
        <source>%1 is working with %2 at %3, which you own.</source>
        <translation>%1 dirba su kontaktu %2 iš įmonės „%3“, už kurią atsakote jūs.</translation>
    </message>
</context>
<context>
    <name>PlaybookCondition</name>
    <message>
        <source>A condition starts with a deal field, as in: amount &gt; 10000</source>
        <translation>Sąlyga prasideda sandorio lauku, pvz.: amount &gt; 10000</translation>
    </message>
    <message>
        <source>A deal has no field &apos;%1&apos;</source>
        <translation>Sandoris neturi lauko &apos;%1&apos;</translation>
    </message>
    <message>
        <source>After &apos;%1&apos; comes a comparison: one of &gt; &gt;= &lt; &lt;= = !=</source>
        <translation>Po &apos;%1&apos; turi būti palyginimo operatorius: vienas iš &gt; &gt;= &lt; &lt;= = !=</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a comparison; use one of &gt; &gt;= &lt; &lt;= = !=</source>
        <translation>&apos;%1&apos; nėra palyginimo operatorius; naudokite vieną iš &gt; &gt;= &lt; &lt;= = !=</translation>
    </message>
    <message>
        <source>The condition has no value after &apos;%1&apos;</source>
        <translation>Sąlygoje po &apos;%1&apos; nenurodyta reikšmė</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number to compare %2 with</source>
        <translation>&apos;%1&apos; nėra skaičius, su kuriuo būtų galima palyginti %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more decimals than %2 amounts have</source>
        <translation>&apos;%1&apos; turi daugiau skaitmenų po kablelio, nei leidžia valiuta %2</translation>
    </message>
</context>
<context>
    <name>Playbooks</name>
    <message>
        <source>There is no deal with id %1</source>
        <translation>Nėra sandorio su ID %1</translation>
    </message>
    <message>
        <source>The playbook action “%1” has a condition that cannot be used: %2</source>
        <translation>Scenarijaus veiksmo „%1“ sąlygos negalima pritaikyti: %2</translation>
    </message>
    <message>
        <source>This playbook action is not part of the deal&apos;s stage.</source>
        <translation>Šis scenarijaus veiksmas nepriklauso sandorio etapui.</translation>
    </message>
</context>
<context>
    <name>PublicHolidays</name>
    <message>
        <source>Lithuania</source>
        <translation>Lietuva</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Lenkija</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumunija</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraina</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Naujųjų metų diena</translation>
    </message>
    <message>
        <source>Day of Restoration of the State of Lithuania</source>
        <translation>Lietuvos valstybės atkūrimo diena</translation>
    </message>
    <message>
        <source>Day of Restoration of Independence of Lithuania</source>
        <translation>Lietuvos nepriklausomybės atkūrimo diena</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Velykos</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Antroji Velykų diena</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Tarptautinė darbo diena</translation>
    </message>
    <message>
        <source>Mother&apos;s Day</source>
        <translation>Motinos diena</translation>
    </message>
    <message>
        <source>Father&apos;s Day</source>
        <translation>Tėvo diena</translation>
    </message>
    <message>
        <source>St. John&apos;s Day</source>
        <translation>Rasos ir Joninių diena</translation>
    </message>
    <message>
        <source>Statehood Day</source>
        <translation>Valstybės diena</translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation>Žolinė (Švč. Mergelės Marijos ėmimo į dangų diena)</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>Visų šventųjų diena</translation>
    </message>
    <message>
        <source>All Souls&apos; Day</source>
        <translation>Mirusiųjų atminimo (Vėlinių) diena</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Kūčių diena</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Kalėdos</translation>
    </message>
    <message>
        <source>Second Day of Christmas</source>
        <translation>Antroji Kalėdų diena</translation>
    </message>
    <message>
        <source>Epiphany</source>
        <translation>Trijų Karalių diena</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>Konstitucijos diena</translation>
    </message>
    <message>
        <source>Pentecost Sunday</source>
        <translation>Sekminės</translation>
    </message>
    <message>
        <source>Corpus Christi</source>
        <translation>Devintinės</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Nepriklausomybės diena</translation>
    </message>
    <message>
        <source>Day after New Year&apos;s Day</source>
        <translation>Antroji Naujųjų metų diena</translation>
    </message>
    <message>
        <source>Union Day</source>
        <translation>Rumunijos kunigaikštysčių susivienijimo diena</translation>
    </message>
    <message>
        <source>Orthodox Good Friday</source>
        <translation>Stačiatikių Didysis penktadienis</translation>
    </message>
    <message>
        <source>Orthodox Easter Sunday</source>
        <translation>Stačiatikių Velykos</translation>
    </message>
    <message>
        <source>Orthodox Easter Monday</source>
        <translation>Antroji stačiatikių Velykų diena</translation>
    </message>
    <message>
        <source>Children&apos;s Day</source>
        <translation>Tarptautinė vaikų gynimo diena</translation>
    </message>
    <message>
        <source>Orthodox Pentecost Sunday</source>
        <translation>Stačiatikių Sekminės</translation>
    </message>
    <message>
        <source>Orthodox Pentecost Monday</source>
        <translation>Antroji stačiatikių Sekminių diena</translation>
    </message>
    <message>
        <source>St. Andrew&apos;s Day</source>
        <translation>Šv. Andriejaus diena</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>Nacionalinė diena</translation>
    </message>
    <message>
        <source>Synaxis of St. John the Baptist</source>
        <translation>Šv. Jono Krikštytojo soboras</translation>
    </message>
    <message>
        <source>International Women&apos;s Day</source>
        <translation>Tarptautinė moters diena</translation>
    </message>
    <message>
        <source>Trinity Sunday</source>
        <translation>Švč. Trejybės diena</translation>
    </message>
    <message>
        <source>Day of Remembrance and Victory</source>
        <translation>Atminimo ir pergalės diena</translation>
    </message>
    <message>
        <source>Defenders Day</source>
        <translation>Ukrainos gynėjų diena</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <source>There is no quote with id %1.</source>
        <translation>Nėra komercinio pasiūlymo su ID %1.</translation>
    </message>
    <message>
        <source>Line %1: the amount is too large.</source>
        <translation>%1 eilutė: suma per didelė.</translation>
    </message>
    <message>
        <source>The quote&apos;s total is too large.</source>
        <translation>Pasiūlymo bendra suma per didelė.</translation>
    </message>
    <message>
        <source>The overall discount must be between 0 and 100 %.</source>
        <translation>Bendra nuolaida turi būti nuo 0 iki 100 %.</translation>
    </message>
    <message>
        <source>Line %1: the VAT rate must be between 0 and 100 %.</source>
        <translation>%1 eilutė: PVM tarifas turi būti nuo 0 iki 100 %.</translation>
    </message>
    <message>
        <source>Line %1: the discount must be between 0 and 100 %.</source>
        <translation>%1 eilutė: nuolaida turi būti nuo 0 iki 100 %.</translation>
    </message>
    <message>
        <source>Quote %1 has been sent and cannot be changed. Make a new version of it.</source>
        <translation>Komercinis pasiūlymas %1 jau išsiųstas, jo keisti negalima. Sukurkite naują jo versiją.</translation>
    </message>
    <message>
        <source>The discount needing approval (setting quote_approval_discount) is not a percentage: “%1”.</source>
        <translation>Nuolaida, kuriai reikia patvirtinimo (nustatymas quote_approval_discount), nėra procentinė reikšmė: „%1“.</translation>
    </message>
    <message>
        <source>Quote %1 for “%2” has a discount that needs your approval.</source>
        <translation>Komerciniame pasiūlyme %1 sandoriui „%2“ yra nuolaida, kurią turite patvirtinti.</translation>
    </message>
    <message>
        <source>Quote %1 has been sent; it cannot become a draft again. Make a new version of it.</source>
        <translation>Komercinis pasiūlymas %1 jau išsiųstas, todėl jo nebegalima vėl paversti juodraščiu. Sukurkite naują jo versiją.</translation>
    </message>
    <message>
        <source>Quote %1 has not been sent yet; send it before it is accepted or rejected.</source>
        <translation>Komercinis pasiūlymas %1 dar neišsiųstas; išsiųskite jį, prieš pažymėdami priimtu ar atmestu.</translation>
    </message>
    <message>
        <source>A quote is made for a deal: give deal_id.</source>
        <translation>Komercinis pasiūlymas kuriamas sandoriui: nurodykite deal_id.</translation>
    </message>
    <message>
        <source>There is no deal with id %1.</source>
        <translation>Nėra sandorio su ID %1.</translation>
    </message>
    <message>
        <source>A new quote starts as a draft.</source>
        <translation>Naujas komercinis pasiūlymas sukuriamas kaip juodraštis.</translation>
    </message>
    <message>
        <source>There is no product with id %1.</source>
        <translation>Nėra produkto su ID %1.</translation>
    </message>
    <message>
        <source>“%1” has no price in %2: add it to a price list or give a unit_price.</source>
        <translation>„%1“ neturi kainos valiuta %2: įtraukite jį į kainoraštį arba nurodykite unit_price.</translation>
    </message>
    <message>
        <source>A line needs a description or a product.</source>
        <translation>Eilutėje būtinas aprašymas arba produktas.</translation>
    </message>
    <message>
        <source>A line needs a unit_price.</source>
        <translation>Eilutėje būtina nurodyti unit_price.</translation>
    </message>
    <message>
        <source>There is no quote line with id %1.</source>
        <translation>Nėra pasiūlymo eilutės su ID %1.</translation>
    </message>
    <message>
        <source>A line stays on its quote.</source>
        <translation>Eilutės negalima perkelti į kitą pasiūlymą.</translation>
    </message>
    <message>
        <source>A quote is approved with “approve”, by a manager.</source>
        <translation>Komercinį pasiūlymą tvirtina vadovas, naudodamas komandą „approve“.</translation>
    </message>
    <message>
        <source>The currency of a quote with lines cannot change: its prices are in %1.</source>
        <translation>Pasiūlymo, kuriame jau yra eilučių, valiutos keisti negalima: jo kainos nurodytos valiuta %1.</translation>
    </message>
    <message>
        <source>Quote %1 has already been sent.</source>
        <translation>Komercinis pasiūlymas %1 jau išsiųstas.</translation>
    </message>
    <message>
        <source>Quote %1 has a discount above what needs a manager&apos;s approval; it can be sent once it is approved.</source>
        <translation>Komercinio pasiūlymo %1 nuolaida viršija ribą, nuo kurios reikia vadovo patvirtinimo; pasiūlymą bus galima išsiųsti, kai nuolaida bus patvirtinta.</translation>
    </message>
    <message>
        <source>Only a manager can approve a quote&apos;s discount.</source>
        <translation>Pasiūlymo nuolaidą gali patvirtinti tik vadovas.</translation>
    </message>
    <message>
        <source>A quote number series is 1 to 4 letters A–Z or digits, such as VN or K2; “%1” is not.</source>
        <translation>Komercinių pasiūlymų numerių seriją sudaro nuo 1 iki 4 raidžių A–Z arba skaitmenų, pvz., VN ar K2; „%1“ tokia serija negali būti.</translation>
    </message>
    <message>
        <source>Another computer of the team numbers its quotes with series %1 already; choose another.</source>
        <translation>Serija %1 jau naudojama kitame komandos kompiuteryje; pasirinkite kitą.</translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <source>Create %1 %2</source>
        <extracomment>Undo menu entry, e.g. &quot;Create Contact Šarūnas Kazlauskas&quot;</extracomment>
        <translation>sukūrimą: %1 %2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>Undo menu entry, e.g. &quot;Edit Šarūnas Kazlauskas&quot;</extracomment>
        <translation>redagavimą: %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <extracomment>Undo menu entry, e.g. &quot;Delete Šarūnas Kazlauskas&quot;</extracomment>
        <translation>ištrynimą: %1</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Šio įrašo nebėra.</translation>
    </message>
</context>
<context>
    <name>RecordCsvExport</name>
    <message>
        <source>a %1 has no field “%2”</source>
        <translation>%1 įrašas neturi lauko „%2“</translation>
    </message>
    <message>
        <source>unknown record type “%1”</source>
        <translation>nežinomas įrašo tipas „%1“</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>nepavyko įrašyti failo: %1</translation>
    </message>
</context>
<context>
    <name>RecordCsvImport</name>
    <message>
        <source>%1 “%2” is ambiguous: %3 records have that name; give the id instead</source>
        <translation>%1 „%2“: pavadinimas nevienareikšmis (tokį pavadinimą turinčių įrašų: %3); nurodykite ID</translation>
    </message>
    <message>
        <source>%1 “%2” not found</source>
        <translation>nerasta: %1 „%2“</translation>
    </message>
    <message>
        <source>unknown record type “%1”</source>
        <translation>nežinomas įrašo tipas „%1“</translation>
    </message>
    <message>
        <source>contacts are imported with the contact import, not as plain records</source>
        <translation>kontaktus reikia importuoti kontaktų importu, o ne kaip paprastus įrašus</translation>
    </message>
    <message>
        <source>a record cannot refer to itself</source>
        <translation>įrašas negali turėti nuorodos į save patį</translation>
    </message>
    <message>
        <source>duplicate of line %1, which cannot be imported</source>
        <translation>%1 eilutės dublikatas, o tos eilutės importuoti negalima</translation>
    </message>
    <message>
        <source>“%1” needs a value</source>
        <translation>laukas „%1“ privalomas</translation>
    </message>
    <message>
        <source>one of %1 needs a value</source>
        <translation>būtina užpildyti bent vieną iš laukų: %1</translation>
    </message>
</context>
<context>
    <name>RecordMerge</name>
    <message>
        <source>%1 was already merged into another record</source>
        <translation>%1: šis įrašas jau sujungtas su kitu įrašu</translation>
    </message>
    <message>
        <source>%1 is deleted; restore it before merging</source>
        <translation>%1: įrašas ištrintas; prieš sujungdami jį atkurkite</translation>
    </message>
    <message>
        <source>a contact and a company cannot be merged</source>
        <translation>kontakto ir įmonės sujungti negalima</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>nėra %1 įrašo su ID %2</translation>
    </message>
    <message>
        <source>%1 has no such field to merge</source>
        <translation>%1 įrašas neturi tokio lauko, kurį būtų galima sujungti</translation>
    </message>
    <message>
        <source>choose &apos;keep&apos; or &apos;other&apos;, not &apos;%1&apos;</source>
        <translation>pasirinkite &apos;keep&apos; arba &apos;other&apos;, o ne &apos;%1&apos;</translation>
    </message>
    <message>
        <source>only contacts and companies can be merged, not &apos;%1&apos;</source>
        <translation>sujungti galima tik kontaktus ir įmones, o ne &apos;%1&apos; įrašus</translation>
    </message>
    <message>
        <source>a record cannot be merged with itself</source>
        <translation>įrašo negalima sujungti su juo pačiu</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>unknown record type &apos;%1&apos; (known: %2)</source>
        <translation>nežinomas įrašo tipas &apos;%1&apos; (galimi tipai: %2)</translation>
    </message>
    <message>
        <source>unknown field for %1 (fields: %2)</source>
        <translation>nežinomas %1 įrašo laukas (galimi laukai: %2)</translation>
    </message>
    <message>
        <source>a %1 always has %2 &apos;%3&apos;</source>
        <translation>%1 įrašo lauko %2 reikšmė visada yra &apos;%3&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code such as EUR or PLN</source>
        <translation>&apos;%1&apos; nėra valiutos kodas (pvz., EUR ar PLN)</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>nėra %1 įrašo su ID %2</translation>
    </message>
    <message>
        <source>a %1 needs a value here</source>
        <translation>%1 įrašui šis laukas privalomas</translation>
    </message>
    <message>
        <source>a %1 needs at least one of: %2</source>
        <translation>%1 įrašui būtina užpildyti bent vieną iš laukų: %2</translation>
    </message>
    <message>
        <source>unknown field for %1</source>
        <translation>nežinomas %1 įrašo laukas</translation>
    </message>
    <message>
        <source>unknown record type &apos;%1&apos;</source>
        <translation>nežinomas įrašo tipas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot sort %1 by an unknown field</source>
        <translation>negalima rikiuoti %1 įrašų pagal nežinomą lauką</translation>
    </message>
    <message numerus="yes">
        <source>(%n bytes)</source>
        <translation>
            <numerusform>(%n baitas)</numerusform>
            <numerusform>(%n baitai)</numerusform>
            <numerusform>(%n baitų)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has more decimals than %2 allows; give the amount in %2 too</source>
        <translation>Suma %1 turi daugiau skaitmenų po kablelio, nei leidžia valiuta %2; nurodykite sumą ir valiuta %2</translation>
    </message>
    <message>
        <source>%1 has no reference %2</source>
        <translation>%1 įrašas neturi nuorodos %2</translation>
    </message>
    <message>
        <source>%1 records have no activities to go by</source>
        <translation>%1 įrašai nesiejami su veiklomis, todėl pagal jas atrinkti negalima</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>%1 cannot be “%2”.</source>
        <translation>%1 negali būti „%2“.</translation>
    </message>
    <message>
        <source>FREQ=%1 is not supported: events repeat daily at most often.</source>
        <translation>FREQ=%1 nepalaikoma: įvykiai gali kartotis ne dažniau kaip kasdien.</translation>
    </message>
    <message>
        <source>UNTIL and COUNT cannot both be given.</source>
        <translation>UNTIL ir COUNT negali būti nurodyti kartu.</translation>
    </message>
    <message>
        <source>BYDAY can number its weekdays (2TU, -1FR) only when repeating monthly or yearly.</source>
        <translation>BYDAY savaitės dienas numeruoti (2TU, -1FR) galima tik kartojant kas mėnesį arba kasmet.</translation>
    </message>
    <message>
        <source>BYDAY cannot name more than the fifth weekday of a month.</source>
        <translation>BYDAY negali nurodyti toliau nei penktosios mėnesio savaitės dienos.</translation>
    </message>
    <message>
        <source>BYMONTHDAY cannot be used when repeating weekly.</source>
        <translation>BYMONTHDAY negalima naudoti kartojant kas savaitę.</translation>
    </message>
    <message>
        <source>BYSETPOS needs another BY part (BYDAY, BYMONTHDAY or BYMONTH) to choose from.</source>
        <translation>BYSETPOS reikia kitos BY dalies (BYDAY, BYMONTHDAY arba BYMONTH), iš kurios būtų renkamasi.</translation>
    </message>
    <message>
        <source>%1 has no value.</source>
        <translation>%1 neturi reikšmės.</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 nurodyta du kartus.</translation>
    </message>
    <message>
        <source>%1 must be a whole number above zero, not “%2”.</source>
        <translation>%1 turi būti sveikasis skaičius, didesnis už nulį, o ne „%2“.</translation>
    </message>
    <message>
        <source>UNTIL must be a date (20261231) or a UTC date and time (20261231T235959Z), not “%1”.</source>
        <translation>UNTIL turi būti data (20261231) arba UTC data ir laikas (20261231T235959Z), o ne „%1“.</translation>
    </message>
    <message>
        <source>%1 is not supported.</source>
        <translation>%1 nepalaikoma.</translation>
    </message>
    <message>
        <source>“%1” is not a part of a repeat rule.</source>
        <translation>„%1“ nėra kartojimo taisyklės dalis.</translation>
    </message>
    <message>
        <source>FREQ is missing.</source>
        <translation>Trūksta FREQ.</translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Kas %n dieną</numerusform>
            <numerusform>Kas %n dienas</numerusform>
            <numerusform>Kas %n dienų</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Kasdien</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Kas %n savaitę</numerusform>
            <numerusform>Kas %n savaites</numerusform>
            <numerusform>Kas %n savaičių</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Kas savaitę</translation>
    </message>
    <message numerus="yes">
        <source>Every %n months</source>
        <translation>
            <numerusform>Kas %n mėnesį</numerusform>
            <numerusform>Kas %n mėnesius</numerusform>
            <numerusform>Kas %n mėnesių</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Kas mėnesį</translation>
    </message>
    <message numerus="yes">
        <source>Every %n years</source>
        <translation>
            <numerusform>Kas %n metus</numerusform>
            <numerusform>Kas %n metus</numerusform>
            <numerusform>Kas %n metų</numerusform>
        </translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Kasmet</translation>
    </message>
    <message>
        <source>first</source>
        <translation>pirmas</translation>
    </message>
    <message>
        <source>second</source>
        <translation>antras</translation>
    </message>
    <message>
        <source>third</source>
        <translation>trečias</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>ketvirtas</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>penktas</translation>
    </message>
    <message>
        <source>last</source>
        <translation>paskutinis</translation>
    </message>
    <message>
        <source>second to last</source>
        <translation>priešpaskutinis</translation>
    </message>
    <message>
        <source>third to last</source>
        <translation>trečias nuo galo</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>%1-as</translation>
    </message>
    <message>
        <source>no. %1 from the end</source>
        <translation>%1-as nuo galo</translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <comment>the third Tuesday</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>paskutinė mėnesio diena</translation>
    </message>
    <message>
        <source>the %1 day</source>
        <comment>the second to last day</comment>
        <translation>mėnesio diena: %1</translation>
    </message>
    <message>
        <source>on %1 %2</source>
        <comment>on 29 February</comment>
        <translation>%2 %1 d.</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>mėn.: %1</translation>
    </message>
    <message>
        <source>on the last workday</source>
        <translation>paskutinis darbadienis</translation>
    </message>
    <message>
        <source>on the %1 workday</source>
        <translation>%1 darbadienis</translation>
    </message>
    <message>
        <source>on weekdays</source>
        <translation>darbo dienomis</translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>on Monday and Wednesday</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>on the last day</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>on day %1</source>
        <translation>mėnesio diena: %1</translation>
    </message>
    <message>
        <source>on days %1</source>
        <translation>mėnesio dienos: %1</translation>
    </message>
    <message>
        <source>(only the %1 of these)</source>
        <comment>(only the first and last of these)</comment>
        <translation>(tik %1 iš jų)</translation>
    </message>
    <message>
        <source>(only the %1 of these)</source>
        <translation>(tik %1 iš jų)</translation>
    </message>
    <message>
        <source>once</source>
        <translation>vieną kartą</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n kartą</numerusform>
            <numerusform>%n kartus</numerusform>
            <numerusform>%n kartų</numerusform>
        </translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>iki %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>Weekly + on Monday</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>Weekly on Monday + 10 times</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ReportParamsBar</name>
    <message>
        <source>This month</source>
        <translation>Šis mėnuo</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Praėjęs mėnuo</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Šis ketvirtis</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Praėjęs ketvirtis</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Nuo metų pradžios</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Šie metai</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Praėję metai</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Paskutiniai 12 mėnesių</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Class A up to (% of revenue)</source>
        <translation>A klasė iki (% pajamų)</translation>
    </message>
    <message>
        <source>Class B up to (% of revenue)</source>
        <translation>B klasė iki (% pajamų)</translation>
    </message>
    <message>
        <source>b (%1 %) must be greater than a (%2 %): class B takes up where class A ends</source>
        <translation>b (%1 %) turi būti didesnis nei a (%2 %): B klasė prasideda ten, kur baigiasi A klasė</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasė</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Laimėti sandoriai</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Kiekis</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Pajamos</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Dalis, %</translation>
    </message>
    <message>
        <source>Cumulative %</source>
        <translation>Sukaupta, %</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produktas</numerusform>
            <numerusform>%n produktai</numerusform>
            <numerusform>%n produktų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n klientas</numerusform>
            <numerusform>%n klientai</numerusform>
            <numerusform>%n klientų</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Iš viso</translation>
    </message>
    <message>
        <source>Ranked by revenue, largest first. Class A: those ranked before hold less than %1 % of the revenue (so the one that crosses %1 % is still A); class B: likewise up to %2 %; class C: the rest.</source>
        <translation>Surikiuota pagal pajamas, nuo didžiausių. A klasė: tie, prieš kuriuos esančių bendra pajamų dalis mažesnė nei %1 % (todėl tas, su kuriuo peržengiama %1 % riba, dar priklauso A klasei); B klasė: analogiškai iki %2 %; C klasė: visi likę.</translation>
    </message>
    <message numerus="yes">
        <source>Not included: %n won deal(s) in other currencies (%1).</source>
        <translation>
            <numerusform>Neįtraukta: %n laimėtas sandoris kitomis valiutomis (%1).</numerusform>
            <numerusform>Neįtraukta: %n laimėti sandoriai kitomis valiutomis (%1).</numerusform>
            <numerusform>Neįtraukta: %n laimėtų sandorių kitomis valiutomis (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not included: %n won deal(s) without a company.</source>
        <translation>
            <numerusform>Neįtraukta: %n laimėtas sandoris be įmonės.</numerusform>
            <numerusform>Neįtraukta: %n laimėti sandoriai be įmonės.</numerusform>
            <numerusform>Neįtraukta: %n laimėtų sandorių be įmonės.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klientas</translation>
    </message>
    <message>
        <source>Revenue of the largest customers</source>
        <translation>Didžiausių klientų pajamos</translation>
    </message>
    <message>
        <source>ABC analysis of customers</source>
        <translation>Klientų ABC analizė</translation>
    </message>
    <message>
        <source>Customers ranked by won revenue in the period and classed A, B or C by their cumulative share of it.</source>
        <translation>Klientai, surikiuoti pagal per laikotarpį laimėtas pajamas ir suskirstyti į A, B ar C klases pagal sukauptą šių pajamų dalį.</translation>
    </message>
    <message numerus="yes">
        <source>Not included: %n won deal(s) without quote lines (what they sold is not known).</source>
        <translation>
            <numerusform>Neįtraukta: %n laimėtas sandoris be pasiūlymo eilučių (nežinoma, kas parduota).</numerusform>
            <numerusform>Neįtraukta: %n laimėti sandoriai be pasiūlymo eilučių (nežinoma, kas parduota).</numerusform>
            <numerusform>Neįtraukta: %n laimėtų sandorių be pasiūlymo eilučių (nežinoma, kas parduota).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not included: %n quote line(s) in other currencies (%1).</source>
        <translation>
            <numerusform>Neįtraukta: %n pasiūlymo eilutė kitomis valiutomis (%1).</numerusform>
            <numerusform>Neįtraukta: %n pasiūlymo eilutės kitomis valiutomis (%1).</numerusform>
            <numerusform>Neįtraukta: %n pasiūlymo eilučių kitomis valiutomis (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not included: %n quote line(s) without a product (free text).</source>
        <translation>
            <numerusform>Neįtraukta: %n pasiūlymo eilutė be produkto (laisvas tekstas).</numerusform>
            <numerusform>Neįtraukta: %n pasiūlymo eilutės be produkto (laisvas tekstas).</numerusform>
            <numerusform>Neįtraukta: %n pasiūlymo eilučių be produkto (laisvas tekstas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produktas</translation>
    </message>
    <message>
        <source>Revenue of the best-selling products</source>
        <translation>Perkamiausių produktų pajamos</translation>
    </message>
    <message>
        <source>Revenue of a product: its lines on the accepted (else the latest) quote of each won deal, quantity × unit price less the line&apos;s discount and then the quote&apos;s, without VAT.</source>
        <translation>Produkto pajamos: jo eilutės kiekvieno laimėto sandorio priimtame (jei tokio nėra – naujausiame) komerciniame pasiūlyme, kiekis × vieneto kaina, atėmus eilutės, o po to ir pasiūlymo nuolaidą, be PVM.</translation>
    </message>
    <message>
        <source>ABC analysis of products</source>
        <translation>Produktų ABC analizė</translation>
    </message>
    <message>
        <source>Products ranked by their revenue on the quotes of deals won in the period and classed A, B or C by their cumulative share of it.</source>
        <translation>Produktai, surikiuoti pagal pajamas per laikotarpį laimėtų sandorių komerciniuose pasiūlymuose ir suskirstyti į A, B ar C klases pagal sukauptą šių pajamų dalį.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanija</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipas</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Potencialūs klientai</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Kvalifikuoti</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Sandoriai</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Laimėti</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Išlaidos</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Išlaidos potencialiam klientui</translation>
    </message>
    <message>
        <source>Return %</source>
        <translation>Grąža, %</translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) in other currencies (%1) count under Won but not in Revenue.</source>
        <translation>
            <numerusform>%n laimėtas sandoris kitomis valiutomis (%1) įskaičiuotas į stulpelį „Laimėti“, bet ne į stulpelį „Pajamos“.</numerusform>
            <numerusform>%n laimėti sandoriai kitomis valiutomis (%1) įskaičiuoti į stulpelį „Laimėti“, bet ne į stulpelį „Pajamos“.</numerusform>
            <numerusform>%n laimėtų sandorių kitomis valiutomis (%1) įskaičiuota į stulpelį „Laimėti“, bet ne į stulpelį „Pajamos“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cost of %n campaign(s) in other currencies (%1) is not shown, nor their cost per lead and return.</source>
        <translation>
            <numerusform>Nerodomos %n kampanijos kitomis valiutomis (%1) išlaidos, išlaidos potencialiam klientui ir grąža.</numerusform>
            <numerusform>Nerodomos %n kampanijų kitomis valiutomis (%1) išlaidos, išlaidos potencialiam klientui ir grąža.</numerusform>
            <numerusform>Nerodomos %n kampanijų kitomis valiutomis (%1) išlaidos, išlaidos potencialiam klientui ir grąža.</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner and team choose campaigns by the campaign&apos;s owner; their leads and deals count whoever owns them.</source>
        <translation>Atsakingo darbuotojo ir komandos filtrai kampanijas atrenka pagal už kampaniją atsakingą darbuotoją; jų potencialūs klientai ir sandoriai skaičiuojami nepriklausomai nuo to, kas už juos atsakingas.</translation>
    </message>
    <message>
        <source>Campaigns running in the period, or with leads, deals or wins in it. Leads and deals: registered in the period; won and revenue: won in the period; cost: the campaign&apos;s whole cost. Return % = (revenue − cost) ÷ cost.</source>
        <translation>Kampanijos, vykusios per laikotarpį arba per jį turėjusios potencialių klientų, sandorių ar laimėjimų. Potencialūs klientai ir sandoriai: užregistruoti per laikotarpį; laimėti ir pajamos: laimėti per laikotarpį; išlaidos: visos kampanijos išlaidos. Grąža, % = (pajamos − išlaidos) ÷ išlaidos.</translation>
    </message>
    <message>
        <source>Revenue and cost by campaign</source>
        <translation>Pajamos ir išlaidos pagal kampanijas</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanijos</translation>
    </message>
    <message>
        <source>Campaigns in the period: their leads, deals, won revenue and cost, cost per lead and return.</source>
        <translation>Laikotarpio kampanijos: jų potencialūs klientai, sandoriai, laimėtos pajamos ir išlaidos, išlaidos potencialiam klientui ir grąža.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Atsakingas</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Paskutinis pirkimas</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Paskutinis susisiekimas</translation>
    </message>
    <message>
        <source>Days dormant</source>
        <translation>Neaktyvumo dienos</translation>
    </message>
    <message>
        <source>Main contact</source>
        <translation>Pagrindinis kontaktas</translation>
    </message>
    <message>
        <source>Customers whose latest won deal (its win date, else its expected close) is on or before %1.</source>
        <translation>Klientai, kurių paskutinis laimėtas sandoris (jo laimėjimo data, jei jos nėra – numatoma uždarymo data) yra %1 arba anksčiau.</translation>
    </message>
    <message>
        <source>Customers (status “customer” or a won deal) whose latest call, meeting or e-mail with them, their people or their deals (done, or a meeting already held) is on or before %1; never contacted: counted from the day they were entered.</source>
        <translation>Klientai (būsena „Klientas“ arba turintys laimėtą sandorį), su kuriais, jų kontaktais ar sandoriais paskutinis skambutis, susitikimas ar el. laiškas (atliktas arba jau įvykęs susitikimas) buvo %1 arba anksčiau; jei niekada nesusisiekta – skaičiuojama nuo įrašo sukūrimo dienos.</translation>
    </message>
    <message>
        <source>Days dormant, longest first</source>
        <translation>Neaktyvumo dienos, nuo ilgiausio laikotarpio</translation>
    </message>
    <message>
        <source>No active dormant-customer rule of this kind looks back %1 days or less: add one under Dormant customers to create the follow-up tasks.</source>
        <translation>Nėra aktyvios tokio tipo neaktyvių klientų taisyklės, kurios laikotarpis būtų %1 d. ar trumpesnis: pridėkite ją lange „Neaktyvūs klientai“, kad galėtumėte sukurti susisiekimo užduotis.</translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation>Neaktyvūs klientai</translation>
    </message>
    <message>
        <source>Customers with no purchase, or no contact, for a number of days: with their owner, main contact and last purchase and contact.</source>
        <translation>Klientai, kurie tam tikrą dienų skaičių nieko nepirko arba su kuriais nebuvo susisiekta, su atsakingu darbuotoju, pagrindiniu kontaktu, paskutiniu pirkimu ir susisiekimu.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dienų skaičius</translation>
    </message>
    <message>
        <source>Dormant means</source>
        <translation>Neaktyvumo kriterijus</translation>
    </message>
    <message>
        <source>No purchase for that many days</source>
        <translation>Tiek dienų nebuvo pirkimų</translation>
    </message>
    <message>
        <source>No contact for that many days</source>
        <translation>Tiek dienų nebuvo susisiekta</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in other currencies (%1) are not included.</source>
        <translation>
            <numerusform>Neįtrauktas %n sandoris kitomis valiutomis (%1).</numerusform>
            <numerusform>Neįtraukti %n sandoriai kitomis valiutomis (%1).</numerusform>
            <numerusform>Neįtraukta %n sandorių kitomis valiutomis (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) without an expected close date are not included.</source>
        <translation>
            <numerusform>Neįtrauktas %n atviras sandoris be numatomos uždarymo datos.</numerusform>
            <numerusform>Neįtraukti %n atviri sandoriai be numatomos uždarymo datos.</numerusform>
            <numerusform>Neįtraukta %n atvirų sandorių be numatomos uždarymo datos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) in other currencies (%1) are ignored.</source>
        <translation>
            <numerusform>Neatsižvelgta į %n pardavimų tikslą kitomis valiutomis (%1).</numerusform>
            <numerusform>Neatsižvelgta į %n pardavimų tikslus kitomis valiutomis (%1).</numerusform>
            <numerusform>Neatsižvelgta į %n pardavimų tikslų kitomis valiutomis (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Pipeline: the open deals expected to close in the period. Weighted: each deal&apos;s amount × its stage&apos;s probability ÷ 100, rounded to the minor unit. Won: deals won in the period (by their won date, UTC). Of target %: (won + weighted) ÷ target.</source>
        <translation>Piltuvo suma: atviri sandoriai, kuriuos numatoma uždaryti per laikotarpį. Svertinė suma: kiekvieno sandorio suma × jo etapo tikimybė ÷ 100, suapvalinta iki mažiausio piniginio vieneto. Laimėta iki šiol: per laikotarpį laimėti sandoriai (pagal laimėjimo datą, UTC). Nuo tikslo, %: (laimėta + svertinė suma) ÷ tikslas.</translation>
    </message>
    <message>
        <source>Targets: a month target counts in its month, also when the period covers only part of it; a quarter (year) target is spread evenly over its 3 (12) months, any remainder going to the first month.</source>
        <translation>Pardavimų tikslai: mėnesio tikslas skaičiuojamas tą mėnesį, net jei laikotarpis apima tik jo dalį; ketvirčio (metų) tikslas tolygiai paskirstomas per 3 (12) mėnesius, o likutis priskiriamas pirmajam mėnesiui.</translation>
    </message>
    <message>
        <source>Target: the rep&apos;s own targets.</source>
        <translation>Tikslas: paties vadybininko tikslai.</translation>
    </message>
    <message>
        <source>Target: the team&apos;s own target for a month where it has one, otherwise the sum of its members&apos; targets.</source>
        <translation>Tikslas: komandos tikslas tiems mėnesiams, kuriems jis nustatytas, kitais mėnesiais – komandos narių tikslų suma.</translation>
    </message>
    <message>
        <source>Target: the sum of every rep&apos;s targets (team targets are not added, so that nothing counts twice).</source>
        <translation>Tikslas: visų vadybininkų tikslų suma (komandų tikslai nepridedami, kad niekas nebūtų įskaičiuota du kartus).</translation>
    </message>
    <message>
        <source>Each rep&apos;s row shows the rep&apos;s own targets; the total follows the rule above.</source>
        <translation>Kiekvieno vadybininko eilutėje rodomi jo paties tikslai; bendra suma skaičiuojama pagal aukščiau nurodytą taisyklę.</translation>
    </message>
    <message>
        <source>Targets are not split by territory or pipeline: they are shown whole.</source>
        <translation>Pardavimų tikslai neskaidomi pagal teritorijas ar pardavimų piltuvus: jie rodomi visi.</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Vadybininkas</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mėnuo</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Piltuvo suma</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Svertinė suma</translation>
    </message>
    <message>
        <source>Won so far</source>
        <translation>Laimėta iki šiol</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Tikslas</translation>
    </message>
    <message>
        <source>Of target %</source>
        <translation>Nuo tikslo, %</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(nepriskirta)</translation>
    </message>
    <message>
        <source>Weighted pipeline, won and target</source>
        <translation>Svertinė piltuvo suma, laimėta suma ir tikslas</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognozė</translation>
    </message>
    <message>
        <source>Open deals expected to close in the period, weighted by their stage&apos;s probability, per month or rep, beside what was won and the revenue targets.</source>
        <translation>Atviri sandoriai, kuriuos numatoma uždaryti per laikotarpį, su jų etapo tikimybe pasvertomis sumomis, pagal mėnesius arba vadybininkus, šalia laimėtų sumų ir pajamų tikslų.</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Grupavimas</translation>
    </message>
    <message>
        <source>Close month</source>
        <translation>Uždarymo mėnuo</translation>
    </message>
    <message>
        <source>others %1</source>
        <translation>kitos %1</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(priežastis nenurodyta)</translation>
    </message>
    <message>
        <source>Leads registered</source>
        <translation>Užregistruoti potencialūs klientai</translation>
    </message>
    <message>
        <source>Converted to deals</source>
        <translation>Konvertuoti į sandorius</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Žingsnis</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Skaičius</translation>
    </message>
    <message>
        <source>Conversion %</source>
        <translation>Konversija, %</translation>
    </message>
    <message>
        <source>Of first step %</source>
        <translation>Nuo pirmo žingsnio, %</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Iškrito</translation>
    </message>
    <message>
        <source>Top lost reasons</source>
        <translation>Dažniausios praradimo priežastys</translation>
    </message>
    <message>
        <source>Pipeline: %1 (the default)</source>
        <translation>Pardavimų piltuvas: %1 (numatytasis)</translation>
    </message>
    <message>
        <source>Lead steps follow the leads registered in the period: qualified counts those qualified or converted, and those lost after being qualified; dropped counts the leads lost at that step.</source>
        <translation>Potencialių klientų žingsniai apima per laikotarpį užregistruotus potencialius klientus: „Kvalifikuoti“ – kvalifikuoti arba konvertuoti, taip pat prarasti po kvalifikavimo; „Iškrito“ – tame žingsnyje prarasti potencialūs klientai.</translation>
    </message>
    <message>
        <source>Stage steps follow the deals created in the period on the pipeline. A deal has reached a stage when it is there or further now, was there or further before (its stage history), or was won. Dropped counts the deals lost in that stage.</source>
        <translation>Etapų žingsniai apima per laikotarpį šiame pardavimų piltuve sukurtus sandorius. Sandoris pasiekė etapą, jei dabar yra jame ar toliau, anksčiau buvo jame ar toliau (pagal etapų istoriją) arba buvo laimėtas. „Iškrito“ – tame etape prarasti sandoriai.</translation>
    </message>
    <message>
        <source>Conversion % is the step&apos;s count against the step before it within the leads and within the deals; the first stage counts every deal, including those that did not come from a lead.</source>
        <translation>Konversija, % – žingsnio skaičius, palyginti su ankstesniu žingsniu, atskirai potencialių klientų ir sandorių žingsniuose; pirmajame etape skaičiuojami visi sandoriai, taip pat ir tie, kurie nebuvo konvertuoti iš potencialių klientų.</translation>
    </message>
    <message>
        <source>Leads belong to no pipeline: the lead steps are not filtered by it.</source>
        <translation>Potencialūs klientai nepriklauso jokiam pardavimų piltuvui: jų žingsniai pagal jį nefiltruojami.</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Konversijos piltuvas</translation>
    </message>
    <message>
        <source>Leads and deals of the period step by step, from registered and qualified through each stage to won, with conversion, drop-off and lost reasons at each step.</source>
        <translation>Laikotarpio potencialūs klientai ir sandoriai žingsnis po žingsnio – nuo užregistravimo ir kvalifikavimo per kiekvieną etapą iki laimėjimo, su kiekvieno žingsnio konversija, iškritimu ir praradimo priežastimis.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nenurodyta)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Šaltinis</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Konvertuoti</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>Laimėtos pajamos</translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) in other currencies (%1) count under Won deals but not in Won revenue.</source>
        <translation>
            <numerusform>%n laimėtas sandoris kitomis valiutomis (%1) įskaičiuotas į stulpelį „Laimėti sandoriai“, bet ne į stulpelį „Laimėtos pajamos“.</numerusform>
            <numerusform>%n laimėti sandoriai kitomis valiutomis (%1) įskaičiuoti į stulpelį „Laimėti sandoriai“, bet ne į stulpelį „Laimėtos pajamos“.</numerusform>
            <numerusform>%n laimėtų sandorių kitomis valiutomis (%1) įskaičiuota į stulpelį „Laimėti sandoriai“, bet ne į stulpelį „Laimėtos pajamos“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leads registered in the period and what has come of them so far: qualified (now qualified or converted), converted to a deal, and the deals from them won at any date. Conversion % = converted ÷ leads.</source>
        <translation>Per laikotarpį užregistruoti potencialūs klientai ir kas iš jų iki šiol išėjo: kvalifikuoti (dabar kvalifikuoti arba konvertuoti), konvertuoti į sandorį ir iš jų gauti sandoriai, laimėti bet kuriuo metu. Konversija, % = konvertuoti ÷ potencialūs klientai.</translation>
    </message>
    <message>
        <source>Leads and conversions by source</source>
        <translation>Potencialūs klientai ir konversijos pagal šaltinius</translation>
    </message>
    <message>
        <source>Lead sources</source>
        <translation>Potencialių klientų šaltiniai</translation>
    </message>
    <message>
        <source>Leads registered in the period per source: how many were qualified and converted, and the deals and revenue they brought.</source>
        <translation>Per laikotarpį užregistruoti potencialūs klientai pagal šaltinius: kiek jų kvalifikuota ir konvertuota, kiek sandorių ir pajamų jie atnešė.</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Laikotarpis: %1</translation>
    </message>
    <message>
        <source>Compared with: %1</source>
        <translation>Palyginti su: %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 duomenimis</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Atsakingas: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Komanda: %1</translation>
    </message>
    <message>
        <source>Territory: %1</source>
        <translation>Teritorija: %1</translation>
    </message>
    <message>
        <source>Pipeline: %1</source>
        <translation>Pardavimų piltuvas: %1</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>Valiuta: %1</translation>
    </message>
    <message>
        <source>%1 (earlier)</source>
        <translation>%1 (anksčiau)</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Pokytis, %</translation>
    </message>
    <message>
        <source>no report &apos;%1&apos; (there are: %2)</source>
        <translation>nėra ataskaitos &apos;%1&apos; (yra: %2)</translation>
    </message>
    <message>
        <source>the %1 report takes no options</source>
        <translation>ataskaita %1 neturi parinkčių</translation>
    </message>
    <message>
        <source>the %1 report has no option &apos;%2&apos; (it has: %3)</source>
        <translation>ataskaita %1 neturi parinkties &apos;%2&apos; (turi: %3)</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &apos;%3&apos;</source>
        <translation>%1 turi būti viena iš reikšmių: %2, o ne &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>%1 turi būti sveikasis skaičius nuo %2 iki %3, o ne &apos;%4&apos;</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>laikotarpis baigiasi (%1) anksčiau, nei prasideda (%2)</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Sandoris</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Įmonė</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Closed or expected</source>
        <translation>Uždarymo ar numatoma data</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Potencialus klientas</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Asmuo</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registracijos data</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Laikas (UTC)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Atlikta</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miestas</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sektorius</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Pradžia</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Pabaiga</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Prekės kodas</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Matavimo vienetas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vardas ir pavardė</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vaidmuo</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Komanda</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>no list of %1 records to show</source>
        <translation>negalima parodyti %1 įrašų sąrašo</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Išspausdinta %1</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Šiuo laikotarpiu duomenų nėra.</translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation>nepavyko įrašyti ataskaitos: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Puslapis %1 iš %2</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>į aplanką negalima rašyti</translation>
    </message>
    <message>
        <source>the file name must end in .pdf, .csv or .html</source>
        <translation>failo pavadinimas turi baigtis .pdf, .csv arba .html</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Ketvirtis</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmentas</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%2 m. %1 ketv.</translation>
    </message>
    <message>
        <source>(no company)</source>
        <translation>(be įmonės)</translation>
    </message>
    <message>
        <source>(no product)</source>
        <translation>(be produkto)</translation>
    </message>
    <message>
        <source>Repeat revenue</source>
        <translation>Pakartotinės pajamos</translation>
    </message>
    <message>
        <source>New-customer revenue</source>
        <translation>Naujų klientų pajamos</translation>
    </message>
    <message numerus="yes">
        <source>%n quote line(s) in other currencies (%1) are not included.</source>
        <translation>
            <numerusform>Neįtraukta %n pasiūlymo eilutė kitomis valiutomis (%1).</numerusform>
            <numerusform>Neįtrauktos %n pasiūlymo eilutės kitomis valiutomis (%1).</numerusform>
            <numerusform>Neįtraukta %n pasiūlymo eilučių kitomis valiutomis (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) in other currencies (%1) are not included.</source>
        <translation>
            <numerusform>Neįtrauktas %n laimėtas sandoris kitomis valiutomis (%1).</numerusform>
            <numerusform>Neįtraukti %n laimėti sandoriai kitomis valiutomis (%1).</numerusform>
            <numerusform>Neįtraukta %n laimėtų sandorių kitomis valiutomis (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) without quote lines are not included: what they sold is not known.</source>
        <translation>
            <numerusform>Neįtrauktas %n laimėtas sandoris be pasiūlymo eilučių: nežinoma, kas parduota.</numerusform>
            <numerusform>Neįtraukti %n laimėti sandoriai be pasiūlymo eilučių: nežinoma, kas parduota.</numerusform>
            <numerusform>Neįtraukta %n laimėtų sandorių be pasiūlymo eilučių: nežinoma, kas parduota.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) without a company count in neither repeat nor new-customer revenue.</source>
        <translation>
            <numerusform>%n laimėtas sandoris be įmonės neįskaičiuotas nei į pakartotines, nei į naujų klientų pajamas.</numerusform>
            <numerusform>%n laimėti sandoriai be įmonės neįskaičiuoti nei į pakartotines, nei į naujų klientų pajamas.</numerusform>
            <numerusform>%n laimėtų sandorių be įmonės neįskaičiuota nei į pakartotines, nei į naujų klientų pajamas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Avg deal size</source>
        <translation>Vid. sandorio suma</translation>
    </message>
    <message>
        <source>Revenue: the amounts of the deals won in the period (by their won date, UTC). Avg deal size: revenue ÷ won deals. Repeat revenue: deals of customers who had won a deal with us before; new-customer revenue: each customer&apos;s first won deal.</source>
        <translation>Pajamos: per laikotarpį laimėtų sandorių sumos (pagal laimėjimo datą, UTC). Vid. sandorio suma: pajamos ÷ laimėti sandoriai. Pakartotinės pajamos: sandoriai su klientais, su kuriais jau anksčiau buvo laimėtas sandoris; naujų klientų pajamos: kiekvieno kliento pirmasis laimėtas sandoris.</translation>
    </message>
    <message>
        <source>Revenue by product comes from quotes: the lines of the accepted (else the latest) quote of each won deal, quantity × unit price less the line&apos;s discount and then the quote&apos;s, without VAT. Won deals without a quote do not show here.</source>
        <translation>Pajamos pagal produktus skaičiuojamos iš komercinių pasiūlymų: kiekvieno laimėto sandorio priimto (jei tokio nėra – naujausio) pasiūlymo eilutės, kiekis × vieneto kaina, atėmus eilutės, o po to ir pasiūlymo nuolaidą, be PVM. Laimėti sandoriai be pasiūlymo čia nerodomi.</translation>
    </message>
    <message>
        <source>Revenue won in the period by month, quarter, customer, industry, country, segment, rep or product, with shares, average deal size and repeat versus new-customer revenue.</source>
        <translation>Per laikotarpį laimėtos pajamos pagal mėnesius, ketvirčius, klientus, sektorius, šalis, segmentus, vadybininkus ar produktus, su dalimis, vidutine sandorio suma ir pakartotinių bei naujų klientų pajamų palyginimu.</translation>
    </message>
    <message>
        <source>Lead to win</source>
        <translation>Nuo potencialaus kliento iki laimėjimo</translation>
    </message>
    <message>
        <source>Deal created to win</source>
        <translation>Nuo sandorio sukūrimo iki laimėjimo</translation>
    </message>
    <message>
        <source>Avg days</source>
        <translation>Vid. dienų</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Dienų mediana</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Dabar atviri</translation>
    </message>
    <message>
        <source>Avg days open</source>
        <translation>Atvirų vid. dienų</translation>
    </message>
    <message>
        <source>Stalled now</source>
        <translation>Dabar įstrigę</translation>
    </message>
    <message>
        <source>Stall limit days</source>
        <translation>Įstrigimo riba, d.</translation>
    </message>
    <message>
        <source>Deals and Avg days: the deals that left the stage in the period (moved on, won or lost) and the days they had spent in it, from their stage history; a deal that was in the stage twice counts once, with both stays added up.</source>
        <translation>„Sandoriai“ ir „Vid. dienų“: per laikotarpį etapą palikę sandoriai (perkelti toliau, laimėti ar prarasti) ir dienos, kurias jie jame praleido, pagal etapų istoriją; du kartus etape buvęs sandoris skaičiuojamas vieną kartą, sudėjus abu buvimo jame laikotarpius.</translation>
    </message>
    <message>
        <source>Open now, Avg days open and Stalled now: the open deals in the stage at the end of %1, how long they have been there, and those there longer than the stage&apos;s stall limit.</source>
        <translation>„Dabar atviri“, „Atvirų vid. dienų“ ir „Dabar įstrigę“: atviri sandoriai, esantys etape %1 pabaigoje, kiek laiko jie jame yra ir kurie jame ilgiau nei etapo įstrigimo riba.</translation>
    </message>
    <message>
        <source>Deal created to win: the deals won in the period, from their creation to the win. Lead to win: those of them that came from a lead, from the lead&apos;s registration to the win.</source>
        <translation>„Nuo sandorio sukūrimo iki laimėjimo“: per laikotarpį laimėti sandoriai, nuo jų sukūrimo iki laimėjimo. „Nuo potencialaus kliento iki laimėjimo“: tie iš jų, kurie konvertuoti iš potencialių klientų, nuo potencialaus kliento užregistravimo iki laimėjimo.</translation>
    </message>
    <message>
        <source>Days in each stage</source>
        <translation>Dienos kiekviename etape</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>Pardavimų ciklas</translation>
    </message>
    <message>
        <source>Average and median days deals spend in each stage and from lead to win, and the stages where open deals stall now.</source>
        <translation>Vidutinis ir medianinis dienų skaičius, kurį sandoriai praleidžia kiekviename etape ir nuo potencialaus kliento iki laimėjimo, bei etapai, kuriuose dabar įstrigę atviri sandoriai.</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Skambučiai</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Susitikimai</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>El. laiškai</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Per savaitę</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Įmonės</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Laiku</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Atlikta pavėluotai</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Pavėluota</translation>
    </message>
    <message>
        <source>On-time %</source>
        <translation>Laiku, %</translation>
    </message>
    <message>
        <source>≤ 1 day %</source>
        <translation>≤ 1 d., %</translation>
    </message>
    <message>
        <source>≤ 7 days %</source>
        <translation>≤ 7 d., %</translation>
    </message>
    <message>
        <source>≤ 30 days %</source>
        <translation>≤ 30 d., %</translation>
    </message>
    <message>
        <source>Calls, meetings and e-mails per rep</source>
        <translation>Skambučiai, susitikimai ir el. laiškai pagal vadybininkus</translation>
    </message>
    <message>
        <source>Calls, meetings, e-mails: the rep&apos;s activities of that kind marked done whose start (without a start: the time they were marked done) falls in the period. Per week = their sum ÷ (days in the period ÷ 7). Companies: the different companies they were with (the activity&apos;s company, else its contact&apos;s, else its deal&apos;s).</source>
        <translation>Skambučiai, susitikimai, el. laiškai: atliktomis pažymėtos vadybininko tokio tipo veiklos, kurių pradžia (jei pradžios nėra – laikas, kai veikla pažymėta atlikta) patenka į laikotarpį. Per savaitę = jų suma ÷ (laikotarpio dienos ÷ 7). Įmonės: skirtingos įmonės, su kuriomis susijusios šios veiklos (veiklos įmonė, jei jos nėra – kontakto įmonė, jei ir jos nėra – sandorio įmonė).</translation>
    </message>
    <message>
        <source>Tasks due in the period: on time if marked done by the due time (an all-day task: by the end of its day), late if after it, overdue if still open after it (as of the start of today). On-time % = on time ÷ (on time + late + overdue).</source>
        <translation>Užduotys, kurių terminas patenka į laikotarpį: „Laiku“ – pažymėtos kaip atliktos iki termino (visos dienos užduotis – iki tos dienos pabaigos), „Atlikta pavėluotai“ – pažymėtos po termino, „Pavėluota“ – po termino vis dar neatliktos (šios dienos pradžioje). Laiku, % = laiku ÷ (laiku + atlikta pavėluotai + pavėluota).</translation>
    </message>
    <message>
        <source>Avg days: from creating a task to marking it done, for the tasks marked done in the period (tasks recorded after they were done are left out).</source>
        <translation>Vid. dienų: nuo užduoties sukūrimo iki jos pažymėjimo kaip atliktos, skaičiuojama per laikotarpį atliktomis pažymėtoms užduotims (užduotys, užregistruotos jau po jų atlikimo, neįtraukiamos).</translation>
    </message>
    <message>
        <source>Leads: registered in the period and owned by the rep. ≤ 1/7/30 days %: the share of them with a call, meeting or e-mail marked done within 1, 7 or 30 days of being registered (a lead registered near the end of the period has had less time).</source>
        <translation>Potencialūs klientai: užregistruoti per laikotarpį ir priskirti vadybininkui. ≤ 1/7/30 d., %: dalis tų, su kuriais per 1, 7 ar 30 dienų nuo užregistravimo buvo atliktas skambutis, susitikimas ar el. laiškas (laikotarpio pabaigoje užregistruotiems potencialiems klientams liko mažiau laiko).</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Savaitė</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Atliktos užduotys</translation>
    </message>
    <message>
        <source>Calls, meetings and e-mails per week</source>
        <translation>Skambučiai, susitikimai ir el. laiškai pagal savaites</translation>
    </message>
    <message>
        <source>Calls, meetings, e-mails: activities of that kind marked done whose start (without a start: the time they were marked done) falls in the week. Tasks done: tasks marked done that week. The first and last weeks count only their days inside the period.</source>
        <translation>Skambučiai, susitikimai, el. laiškai: atliktomis pažymėtos tokio tipo veiklos, kurių pradžia (jei pradžios nėra – laikas, kai veikla pažymėta atlikta) patenka į savaitę. Atliktos užduotys: tą savaitę atliktomis pažymėtos užduotys. Pirmojoje ir paskutinėje savaitėje skaičiuojamos tik į laikotarpį patenkančios dienos.</translation>
    </message>
    <message>
        <source>Team activity</source>
        <translation>Komandos veikla</translation>
    </message>
    <message>
        <source>Per rep: calls, meetings and e-mails done in the period, companies contacted, tasks done on time, late or overdue, and how soon new leads were contacted.</source>
        <translation>Pagal vadybininkus: per laikotarpį atlikti skambučiai, susitikimai ir el. laiškai, įmonės, su kuriomis susisiekta, laiku, pavėluotai atliktos ir pavėluotos užduotys bei tai, kaip greitai susisiekta su naujais potencialiais klientais.</translation>
    </message>
    <message>
        <source>One row per</source>
        <translation>Grupavimas</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Konkurentas</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regionas</translation>
    </message>
    <message>
        <source>Deal size</source>
        <translation>Sandorio dydis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Priežastis</translation>
    </message>
    <message>
        <source>Under %1</source>
        <translation>Mažiau nei %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Nuo %1 iki %2</translation>
    </message>
    <message>
        <source>%1 and more</source>
        <translation>%1 ir daugiau</translation>
    </message>
    <message>
        <source>(no amount)</source>
        <translation>(be sumos)</translation>
    </message>
    <message>
        <source>(no competitor)</source>
        <translation>(be konkurento)</translation>
    </message>
    <message numerus="yes">
        <source>%n closed deal(s) in other currencies (%1) are not included.</source>
        <translation>
            <numerusform>Neįtrauktas %n uždarytas sandoris kitomis valiutomis (%1).</numerusform>
            <numerusform>Neįtraukti %n uždaryti sandoriai kitomis valiutomis (%1).</numerusform>
            <numerusform>Neįtraukta %n uždarytų sandorių kitomis valiutomis (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Prarasti</translation>
    </message>
    <message>
        <source>Win rate %</source>
        <translation>Laimėjimų dalis, %</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Laimėta suma</translation>
    </message>
    <message>
        <source>Lost amount</source>
        <translation>Prarasta suma</translation>
    </message>
    <message>
        <source>Avg won deal</source>
        <translation>Vid. laimėtas sandoris</translation>
    </message>
    <message>
        <source>Each lost deal counts under the reason it was lost for; won deals have a row of their own, so the win rate is given for the total only.</source>
        <translation>Kiekvienas prarastas sandoris skaičiuojamas prie jo praradimo priežasties; laimėti sandoriai turi atskirą eilutę, todėl laimėjimų dalis pateikiama tik bendroje eilutėje.</translation>
    </message>
    <message>
        <source>A deal counts in the period in which it was won or lost. Win rate = won ÷ (won + lost); average won deal = won amount ÷ won deals.</source>
        <translation>Sandoris skaičiuojamas tame laikotarpyje, kai buvo laimėtas ar prarastas. Laimėjimų dalis = laimėti ÷ (laimėti + prarasti); vid. laimėtas sandoris = laimėta suma ÷ laimėti sandoriai.</translation>
    </message>
    <message>
        <source>Deals won and lost</source>
        <translation>Laimėti ir prarasti sandoriai</translation>
    </message>
    <message>
        <source>Win/loss analysis</source>
        <translation>Laimėjimų ir praradimų analizė</translation>
    </message>
    <message>
        <source>Deals won and lost in the period by lost reason, competitor, rep, source, industry, region or deal size, with win rates and amounts.</source>
        <translation>Per laikotarpį laimėti ir prarasti sandoriai pagal praradimo priežastis, konkurentus, vadybininkus, šaltinius, sektorius, regionus ar sandorio dydį, su laimėjimų dalimis ir sumomis.</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Praradimo priežastis</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(be kliento)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritetas</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Užregistruoti</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Išspręsti</translation>
    </message>
    <message>
        <source>Answered in time %</source>
        <translation>Atsakyta laiku, %</translation>
    </message>
    <message>
        <source>Resolved in time %</source>
        <translation>Išspręsta laiku, %</translation>
    </message>
    <message>
        <source>Avg. first answer (hours)</source>
        <translation>Vid. laikas iki pirmojo atsakymo, val.</translation>
    </message>
    <message>
        <source>Avg. satisfaction (1–5)</source>
        <translation>Vid. pasitenkinimas (1–5)</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Įvertinti</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Dabar pavėluoti</translation>
    </message>
    <message>
        <source>Opened and resolved: cases opened, and resolved, in the period. Answered in time: of the cases opened in the period with a response deadline, those answered by it (a case not answered and past it counts as late; one not yet due is left out). Resolved in time: of the cases resolved in the period with a resolution deadline, those resolved by it. The first answer is counted in calendar hours; satisfaction is the average score of the cases resolved in the period. Open and overdue: now.</source>
        <translation>Užregistruoti ir išspręsti: per laikotarpį užregistruoti ir per laikotarpį išspręsti kreipiniai. Atsakyta laiku: iš per laikotarpį užregistruotų kreipinių, kuriems nustatytas atsakymo terminas, – tie, į kuriuos atsakyta iki jo (kreipinys, į kurį neatsakyta ir kurio terminas jau praėjo, laikomas pavėluotu; kreipinys, kurio terminas dar nesuėjo, neįtraukiamas). Išspręsta laiku: iš per laikotarpį išspręstų kreipinių, kuriems nustatytas išsprendimo terminas, – tie, kurie išspręsti iki jo. Pirmasis atsakymas skaičiuojamas kalendorinėmis valandomis; pasitenkinimas – vidutinis per laikotarpį išspręstų kreipinių įvertinimas. Dabar atviri ir dabar pavėluoti: šiuo metu.</translation>
    </message>
    <message>
        <source>Cases opened and resolved</source>
        <translation>Užregistruoti ir išspręsti kreipiniai</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kreipiniai</translation>
    </message>
    <message>
        <source>Customers&apos; cases after the sale: opened and resolved, answered and resolved in time, time to a first answer, satisfaction, and what is open and overdue now.</source>
        <translation>Klientų kreipiniai po pardavimo: kiek užregistruota ir išspręsta, kiek atsakyta ir išspręsta laiku, per kiek laiko pirmą kartą atsakyta, klientų pasitenkinimas ir kas dabar atvira bei pavėluota.</translation>
    </message>
    <message>
        <source>Cases resolved</source>
        <translation>Išspręsti kreipiniai</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Pasitenkinimas (1–5)</translation>
    </message>
    <message>
        <source>Cases resolved: customers&apos; cases the rep owned that were resolved in the period; satisfaction: the average score (1–5) the customers gave them.</source>
        <translation>Išspręsti kreipiniai: per laikotarpį išspręsti klientų kreipiniai, už kuriuos buvo atsakingas vadybininkas; pasitenkinimas: vidutinis įvertinimas (1–5), kurį jiems skyrė klientai.</translation>
    </message>
    <message>
        <source>Revenue target</source>
        <translation>Pajamų tikslas</translation>
    </message>
    <message>
        <source>Won %</source>
        <translation>Laimėta, %</translation>
    </message>
    <message>
        <source>New deals target</source>
        <translation>Naujų sandorių tikslas</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>Nauji sandoriai</translation>
    </message>
    <message>
        <source>New deals %</source>
        <translation>Nauji sandoriai, %</translation>
    </message>
    <message>
        <source>Activities target</source>
        <translation>Veiklų tikslas</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Veiklos</translation>
    </message>
    <message>
        <source>Activities %</source>
        <translation>Veiklos, %</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) won in other currencies are not included.</source>
        <translation>
            <numerusform>Neįtrauktas %n laimėtas sandoris kitomis valiutomis.</numerusform>
            <numerusform>Neįtraukti %n laimėti sandoriai kitomis valiutomis.</numerusform>
            <numerusform>Neįtraukta %n laimėtų sandorių kitomis valiutomis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Won: deals won in the period (by their won date, UTC) in the report&apos;s currency. New deals: deals created in the period. Activities: calls, meetings, e-mails and tasks marked done in the period (by when they were marked done; without that time, by their start). Each is counted for the deal&apos;s or activity&apos;s owner.</source>
        <translation>Laimėti: per laikotarpį laimėti sandoriai (pagal laimėjimo datą, UTC) ataskaitos valiuta. Nauji sandoriai: per laikotarpį sukurti sandoriai. Veiklos: per laikotarpį atliktais pažymėti skambučiai, susitikimai, el. laiškai ir užduotys (pagal tai, kada pažymėti atliktais; jei šis laikas nežinomas, – pagal jų pradžią). Kiekvienas įrašas priskiriamas už sandorį ar veiklą atsakingam darbuotojui.</translation>
    </message>
    <message>
        <source>Targets: a month counts its month target; without one, a third of the quarter target or a twelfth of the year target covering it (any remainder going to the first month). Revenue targets in other currencies are left out. A month without a target adds nothing; a rep without any has no target and no %.</source>
        <translation>Pardavimų tikslai: mėnesiui skaičiuojamas jo mėnesio tikslas, o jei jo nėra, – trečdalis ketvirčio arba dvyliktadalis metų tikslo, į kurį tas mėnuo patenka (liekana priskiriama pirmajam mėnesiui). Pajamų tikslai kitomis valiutomis neįtraukiami. Mėnuo be tikslo nieko neprideda; vadybininkui, neturinčiam jokio tikslo, nerodomas nei tikslas, nei procentai.</translation>
    </message>
    <message>
        <source>Total: the team&apos;s own target for a month where it has one, otherwise the sum of its members&apos; targets.</source>
        <translation>Iš viso: mėnesiais, kuriems komanda turi savo tikslą, – komandos tikslas, kitais – jos narių tikslų suma.</translation>
    </message>
    <message>
        <source>Total: the sum of the reps&apos; targets (team targets are not added).</source>
        <translation>Iš viso: vadybininkų tikslų suma (komandų tikslai nepridedami).</translation>
    </message>
    <message>
        <source>Share of each target reached, per rep</source>
        <translation>Pasiekta kiekvieno tikslo dalis pagal vadybininkus</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Pardavimų tikslai</translation>
    </message>
    <message>
        <source>Per rep: revenue won, new deals and activities done in the period, each beside its target and the share of it reached.</source>
        <translation>Kiekvieno vadybininko per laikotarpį laimėtos pajamos, nauji sandoriai ir atliktos veiklos, greta – tikslas ir pasiekta jo dalis.</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>the segment&apos;s filter has a malformed condition</source>
        <translation>segmento filtre yra netaisyklinga sąlyga</translation>
    </message>
    <message>
        <source>a segment needs a name</source>
        <translation>segmentui būtinas pavadinimas</translation>
    </message>
    <message>
        <source>the filter of segment “%1” is not readable: %2</source>
        <translation>segmento „%1“ filtro nepavyksta nuskaityti: %2</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>there is no user with id %1</source>
        <translation>nėra naudotojo su ID %1</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>change %1 is for an unknown record type &apos;%2&apos;; nothing was imported</source>
        <translation>pakeitimas Nr. %1 skirtas nežinomam įrašo tipui &apos;%2&apos;; nieko neimportuota</translation>
    </message>
    <message>
        <source>change %1 sets an unknown field of %2; nothing was imported</source>
        <translation>pakeitimas Nr. %1 keičia nežinomą %2 įrašo lauką; nieko neimportuota</translation>
    </message>
    <message>
        <source>cannot write the bundle: %1</source>
        <translation>nepavyko įrašyti paketo: %1</translation>
    </message>
    <message>
        <source>cannot read the bundle: %1</source>
        <translation>nepavyko nuskaityti paketo: %1</translation>
    </message>
    <message>
        <source>this bundle was written by Tandem %1 (database version %2; this copy has %3). Update Tandem to version %1 to import it; nothing was imported.</source>
        <translation>šį paketą sukūrė Tandem %1 (duomenų bazės versija %2; šioje kopijoje – %3). Kad galėtumėte jį importuoti, atnaujinkite Tandem iki %1 versijos; nieko neimportuota.</translation>
    </message>
    <message>
        <source>the shared folder does not exist</source>
        <translation>bendrinamo aplanko nėra</translation>
    </message>
    <message>
        <source>there is no open conflict with id %1</source>
        <translation>nėra neišspręsto konflikto su ID %1</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>atsakingo darbuotojo %1 duomenys</translation>
    </message>
    <message>
        <source>territory %1</source>
        <translation>teritorijos %1 duomenys</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>visi duomenys</translation>
    </message>
    <message>
        <source>this bundle is from a copy that holds only part of the data, and it refers to records this copy does not hold yet; import a bundle from the office (a copy that holds everything) first. Nothing was imported.</source>
        <translation>šis paketas gautas iš dalinės kopijos, kurioje yra tik dalis duomenų, ir jame nurodomi įrašai, kurių šioje kopijoje dar nėra; pirmiausia importuokite paketą iš biuro (kopijos, kurioje yra visi duomenys). Nieko neimportuota.</translation>
    </message>
</context>
<context>
    <name>TargetProgress</name>
    <message>
        <source>the period of the targets must start before it ends</source>
        <translation>pardavimų tikslų laikotarpio pradžia turi būti ankstesnė už pabaigą</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>nėra %1 įrašo su ID %2</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>a target is either a rep&apos;s or a team&apos;s</source>
        <translation>pardavimų tikslas priskiriamas arba vadybininkui, arba komandai</translation>
    </message>
    <message>
        <source>a target cannot be below zero</source>
        <translation>pardavimų tikslas negali būti neigiamas</translation>
    </message>
    <message>
        <source>no month was given for the targets</source>
        <translation>nenurodytas pardavimų tikslų mėnuo</translation>
    </message>
    <message>
        <source>“%1” is not a period for targets: month, quarter or year</source>
        <translation>„%1“ nėra pardavimų tikslų laikotarpis: galimi month, quarter arba year</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>A task needs a subject.</source>
        <translation>Užduočiai būtina tema.</translation>
    </message>
    <message>
        <source>The priority must be low, normal or high.</source>
        <translation>Prioritetas turi būti žemas, įprastas arba aukštas.</translation>
    </message>
    <message>
        <source>The repeat rule cannot be used: %1</source>
        <translation>Kartojimo taisyklės negalima naudoti: %1</translation>
    </message>
    <message>
        <source>A repeating task needs a due date.</source>
        <translation>Pasikartojančiai užduočiai būtinas terminas.</translation>
    </message>
    <message>
        <source>There is no such task.</source>
        <translation>Tokios užduoties nėra.</translation>
    </message>
</context>
<context>
    <name>Territories</name>
    <message>
        <source>There is no territory with id %1.</source>
        <translation>Nėra teritorijos su ID %1.</translation>
    </message>
    <message>
        <source>Choose a territory to reassign.</source>
        <translation>Pasirinkite teritoriją, kurią norite perduoti.</translation>
    </message>
    <message>
        <source>There is no user with id “%1” to take the territory.</source>
        <translation>Nėra naudotojo su ID „%1“, kuriam būtų galima perduoti teritoriją.</translation>
    </message>
    <message>
        <source>%1 is no longer active and cannot take territory “%2”.</source>
        <translation>Naudotojas %1 nebėra aktyvus, todėl negali perimti teritorijos „%2“.</translation>
    </message>
    <message>
        <source>%1 already owns territory “%2”.</source>
        <translation>Už teritoriją „%2“ jau atsako %1.</translation>
    </message>
    <message>
        <source>Territory “%1” is yours now: %2.</source>
        <translation>Teritorija „%1“ dabar priskirta jums: %2.</translation>
    </message>
    <message>
        <source>Territory “%1” is yours now, handed over from %2: %3.</source>
        <translation>Teritorija „%1“ dabar priskirta jums (anksčiau už ją atsakė %2): %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n įmonė</numerusform>
            <numerusform>%n įmonės</numerusform>
            <numerusform>%n įmonių</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n atviras sandoris</numerusform>
            <numerusform>%n atviri sandoriai</numerusform>
            <numerusform>%n atvirų sandorių</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open lead(s)</source>
        <translation>
            <numerusform>%n atviras potencialus klientas</numerusform>
            <numerusform>%n atviri potencialūs klientai</numerusform>
            <numerusform>%n atvirų potencialių klientų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n neatlikta užduotis</numerusform>
            <numerusform>%n neatliktos užduotys</numerusform>
            <numerusform>%n neatliktų užduočių</numerusform>
        </translation>
    </message>
    <message>
        <source>Named accounts, assigned by hand</source>
        <translation>Konkretūs klientai, priskiriami rankiniu būdu</translation>
    </message>
    <message>
        <source>industry: %1</source>
        <translation>sektorius: %1</translation>
    </message>
    <message>
        <source>country: %1</source>
        <translation>šalis: %1</translation>
    </message>
    <message>
        <source>region: %1</source>
        <translation>regionas: %1</translation>
    </message>
    <message>
        <source>city: %1</source>
        <translation>miestas: %1</translation>
    </message>
    <message>
        <source>postcodes %1–%2</source>
        <translation>pašto kodai %1–%2</translation>
    </message>
    <message>
        <source>postcodes from %1</source>
        <translation>pašto kodai nuo %1</translation>
    </message>
    <message>
        <source>postcodes up to %1</source>
        <translation>pašto kodai iki %1</translation>
    </message>
    <message>
        <source>No rule yet: companies are assigned by hand</source>
        <translation>Taisyklė dar nenustatyta: įmonės priskiriamos rankiniu būdu</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>unknown encoding “%1”</source>
        <translation>nežinoma koduotė „%1“</translation>
    </message>
    <message>
        <source>the file is not valid %1 text; choose its encoding</source>
        <translation>failas nėra tinkamas %1 tekstas; pasirinkite jo koduotę</translation>
    </message>
    <message>
        <source>this is not a text file</source>
        <translation>tai ne tekstinis failas</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Offer %1</source>
        <translation>Pasiūlymas %1</translation>
    </message>
    <message>
        <source>Added to Tandem</source>
        <translation>Įtraukta į Tandem</translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>vCard version “%1” is not supported (2.1, 3.0 and 4.0 are)</source>
        <translation>vCard versija „%1“ nepalaikoma (palaikomos 2.1, 3.0 ir 4.0)</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD expected)</source>
        <translation>„%1“ nėra data (tikimasi formato YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>BEGIN:VCARD inside a card: the card that starts on line %1 has no END:VCARD</source>
        <translation>BEGIN:VCARD kortelės viduje: %1 eilutėje prasidedanti kortelė neturi END:VCARD</translation>
    </message>
    <message>
        <source>END:VCARD without BEGIN:VCARD</source>
        <translation>END:VCARD be BEGIN:VCARD</translation>
    </message>
    <message>
        <source>text outside a card (BEGIN:VCARD … END:VCARD)</source>
        <translation>tekstas už kortelės ribų (BEGIN:VCARD … END:VCARD)</translation>
    </message>
    <message>
        <source>END:%1 inside a card</source>
        <translation>END:%1 kortelės viduje</translation>
    </message>
    <message>
        <source>BEGIN:%1 inside a card</source>
        <translation>BEGIN:%1 kortelės viduje</translation>
    </message>
    <message>
        <source>the file ends inside the card that starts on this line (no END:VCARD)</source>
        <translation>failas baigiasi nepasibaigus šioje eilutėje prasidedančiai kortelei (nėra END:VCARD)</translation>
    </message>
    <message>
        <source>the file holds no vCard (no BEGIN:VCARD line)</source>
        <translation>faile nėra vCard kortelės (nėra eilutės BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>nepavyko atidaryti failo: %1</translation>
    </message>
    <message>
        <source>the line has no “:” between the property name and its value</source>
        <translation>eilutėje tarp savybės pavadinimo ir reikšmės nėra „:“</translation>
    </message>
    <message>
        <source>the line is not a vCard property (NAME:value expected)</source>
        <translation>eilutė nėra vCard savybė (tikimasi NAME:value)</translation>
    </message>
    <message>
        <source>“%1” is not valid quoted-printable text</source>
        <translation>„%1“ nėra tinkamas quoted-printable tekstas</translation>
    </message>
    <message>
        <source>the base64 data is damaged (characters outside base64, or cut off)</source>
        <translation>base64 duomenys sugadinti (yra ne base64 simbolių arba duomenys nutrūkę)</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 and the line names no CHARSET</source>
        <translation>tekstas nėra tinkamas UTF-8, o eilutėje nenurodytas CHARSET</translation>
    </message>
    <message>
        <source>unknown character set “%1”</source>
        <translation>nežinomas simbolių rinkinys „%1“</translation>
    </message>
    <message>
        <source>the data: URI has no “,” before its data</source>
        <translation>data: URI prieš duomenis nėra „,“</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Introduction</source>
        <translation>Susipažinimas</translation>
    </message>
    <message>
        <source>First call or meeting</source>
        <translation>Pirmas skambutis arba susitikimas</translation>
    </message>
    <message>
        <source>Introduce the company and learn who decides.</source>
        <translation>Pristatykite įmonę ir išsiaiškinkite, kas priima sprendimus.</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Kvalifikavimas</translation>
    </message>
    <message>
        <source>Qualify needs and budget</source>
        <translation>Įvertinti poreikius ir biudžetą</translation>
    </message>
    <message>
        <source>Confirm need, budget, decision maker and timing.</source>
        <translation>Patikslinkite poreikį, biudžetą, sprendimą priimantį asmenį ir terminus.</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Pasiūlymas</translation>
    </message>
    <message>
        <source>Send the offer</source>
        <translation>Išsiųsti pasiūlymą</translation>
    </message>
    <message>
        <source>Prepare and send the offer from the offer template.</source>
        <translation>Parenkite pasiūlymą pagal pasiūlymo šabloną ir išsiųskite jį.</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Derybos</translation>
    </message>
    <message>
        <source>Agree terms</source>
        <translation>Suderinti sąlygas</translation>
    </message>
    <message>
        <source>Follow up the offer and agree price and terms.</source>
        <translation>Susisiekite dėl pateikto pasiūlymo ir suderinkite kainą bei sąlygas.</translation>
    </message>
    <message>
        <source>Contract and invoicing</source>
        <translation>Sutartis ir sąskaita</translation>
    </message>
    <message>
        <source>Sign the contract and invoice</source>
        <translation>Pasirašyti sutartį ir išrašyti sąskaitą</translation>
    </message>
    <message>
        <source>Send the contract for signature and issue the invoice.</source>
        <translation>Išsiųskite sutartį pasirašyti ir išrašykite sąskaitą faktūrą.</translation>
    </message>
    <message>
        <source>Handover to delivery</source>
        <translation>Perdavimas vykdymui</translation>
    </message>
    <message>
        <source>Hand over to delivery and support</source>
        <translation>Perduoti vykdymo ir aptarnavimo komandai</translation>
    </message>
    <message>
        <source>Introduce the delivery team and agree the start date.</source>
        <translation>Supažindinkite klientą su vykdymo komanda ir suderinkite darbų pradžios datą.</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>Per didelė kaina</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>Pasirinko konkurentą</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Nėra biudžeto</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Sprendimas nepriimtas</translation>
    </message>
    <message>
        <source>Not followed up in time</source>
        <translation>Laiku nesusisiekta</translation>
    </message>
    <message>
        <source>Product does not fit</source>
        <translation>Produktas netinka</translation>
    </message>
    <message>
        <source>This database is already set up for %1.</source>
        <translation>Ši duomenų bazė jau parengta įmonei %1.</translation>
    </message>
    <message>
        <source>Enter your company&apos;s name.</source>
        <translation>Įveskite savo įmonės pavadinimą.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Įveskite savo vardą.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code such as EUR or PLN.</source>
        <translation>&apos;%1&apos; nėra valiutos kodas (pvz., EUR ar PLN).</translation>
    </message>
    <message>
        <source>New business</source>
        <translation>Nauji klientai</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Prarastas</translation>
    </message>
</context>
<context>
    <name>tandem::ActivitiesModule</name>
    <message>
        <source>New activity</source>
        <translation>veiklos sukūrimą</translation>
    </message>
    <message>
        <source>Someone else&apos;s customer</source>
        <translation>Kito darbuotojo klientas</translation>
    </message>
    <message>
        <source>%1

The activity is logged and the owner has been told.</source>
        <translation>%1

Veikla užregistruota, atsakingam darbuotojui pranešta.</translation>
    </message>
</context>
<context>
    <name>tandem::AgendaView</name>
    <message>
        <source>Time</source>
        <translation>Laikas</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipas</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Atsakingas</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Darbotvarkė</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Visą dieną</translation>
    </message>
    <message>
        <source>Nothing planned in these days.</source>
        <translation>Šiomis dienomis nieko nesuplanuota.</translation>
    </message>
</context>
<context>
    <name>tandem::BoardFilterBar</name>
    <message>
        <source>Closing by</source>
        <translation>Uždaromi iki</translation>
    </message>
    <message>
        <source>Only this salesperson&apos;s deals</source>
        <translation>Tik šio pardavimų vadybininko sandoriai</translation>
    </message>
    <message>
        <source>Only deals owned by this team&apos;s members</source>
        <translation>Tik sandoriai, už kuriuos atsakingi šios komandos nariai</translation>
    </message>
    <message>
        <source>Only deals with companies in this territory</source>
        <translation>Tik sandoriai su šios teritorijos įmonėmis</translation>
    </message>
    <message>
        <source>Amount from</source>
        <translation>Suma nuo</translation>
    </message>
    <message>
        <source>Only deals of at least this amount</source>
        <translation>Tik sandoriai, kurių suma ne mažesnė už nurodytą</translation>
    </message>
    <message>
        <source>Find a deal or company</source>
        <translation>Ieškoti sandorio ar įmonės</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Išvalyti filtrus</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Visi atsakingi darbuotojai</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Visos komandos</translation>
    </message>
    <message>
        <source>All territories</source>
        <translation>Visos teritorijos</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Atsakingas</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Komandai</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Teritorija</translation>
    </message>
</context>
<context>
    <name>tandem::BoardModel</name>
    <message>
        <source>Next: %1</source>
        <translation>Toliau: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · weighted %2</source>
        <translation>%1 · svertinė suma %2</translation>
    </message>
    <message numerus="yes">
        <source>+ %n other currency(ies)</source>
        <translation>
            <numerusform>+ %n kita valiuta</numerusform>
            <numerusform>+ %n kitos valiutos</numerusform>
            <numerusform>+ %n kitų valiutų</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::BoardView</name>
    <message>
        <source>Drop here: won</source>
        <translation>Nuvilkite čia: laimėtas</translation>
    </message>
    <message>
        <source>Drop here: lost…</source>
        <translation>Nuvilkite čia: prarastas…</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pardavimų piltuvas</translation>
    </message>
    <message>
        <source>The pipeline the board shows</source>
        <translation>Lentoje rodomas pardavimų piltuvas</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognozė</translation>
    </message>
    <message>
        <source>Show the weighted forecast of these deals by close month</source>
        <translation>Rodyti šių sandorių svertinę prognozę pagal uždarymo mėnesį</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n atviras sandoris</numerusform>
            <numerusform>%n atviri sandoriai</numerusform>
            <numerusform>%n atvirų sandorių</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::CalendarModel</name>
    <message>
        <source>Busy</source>
        <translation>Užimta</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Skambutis</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Užduotis</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Pastaba</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Susitikimas</translation>
    </message>
</context>
<context>
    <name>tandem::CalendarModule</name>
    <message>
        <source>New &amp;event…</source>
        <translation>&amp;Naujas įvykis…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Šiandien</translation>
    </message>
    <message>
        <source>&amp;Previous period</source>
        <translation>&amp;Ankstesnis laikotarpis</translation>
    </message>
    <message>
        <source>Ne&amp;xt period</source>
        <translation>&amp;Kitas laikotarpis</translation>
    </message>
    <message>
        <source>Find a &amp;free time…</source>
        <translation>Rasti &amp;laisvo laiko…</translation>
    </message>
    <message>
        <source>&amp;Dormant customers…</source>
        <translation>N&amp;eaktyvūs klientai…</translation>
    </message>
    <message>
        <source>&amp;Import calendar (.ics)…</source>
        <translation>&amp;Importuoti kalendorių (.ics)…</translation>
    </message>
    <message>
        <source>E&amp;xport these days (.ics)…</source>
        <translation>Eks&amp;portuoti šias dienas (.ics)…</translation>
    </message>
    <message>
        <source>A time when you and the colleagues you pick are all free</source>
        <translation>Laikas, kai jūs ir pasirinkti kolegos esate laisvi</translation>
    </message>
    <message>
        <source>Customers who have not bought or heard from us for a while</source>
        <translation>Klientai, kurie kurį laiką nieko nepirko ir su kuriais nebendrauta</translation>
    </message>
    <message>
        <source>Events and tasks from Thunderbird, Outlook or Google Calendar</source>
        <translation>Įvykiai ir užduotys iš Thunderbird, Outlook arba Google Calendar</translation>
    </message>
    <message>
        <source>The days and calendars on screen, as a file other calendars open</source>
        <translation>Ekrane rodomos dienos ir kalendoriai kaip failas, kurį atidaro kiti kalendoriai</translation>
    </message>
    <message>
        <source>Plan a meeting, call or task (Ctrl+Shift+E)</source>
        <translation>Suplanuoti susitikimą, skambutį ar užduotį (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalendorius</translation>
    </message>
</context>
<context>
    <name>tandem::CalendarView</name>
    <message>
        <source>Side by side</source>
        <translation>Greta</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Šiandien</translation>
    </message>
    <message>
        <source>Go to today (Ctrl+T)</source>
        <translation>Eiti į šiandieną (Ctrl+T)</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Ankstesnis laikotarpis</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Kitas laikotarpis</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diena</translation>
    </message>
    <message>
        <source>Work week</source>
        <translation>Darbo savaitė</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Savaitė</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mėnuo</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Darbotvarkė</translation>
    </message>
    <message>
        <source>Colour by kind</source>
        <translation>Spalva pagal tipą</translation>
    </message>
    <message>
        <source>Colour by owner</source>
        <translation>Spalva pagal atsakingą darbuotoją</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Spalva pagal</translation>
    </message>
    <message>
        <source>Each chosen colleague in a column of their own</source>
        <translation>Kiekvienas pasirinktas kolega atskirame stulpelyje</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Kalendoriai</translation>
    </message>
    <message>
        <source>Whose calendars to show: yours and your colleagues&apos;</source>
        <translation>Kieno kalendorius rodyti: jūsų ir kolegų</translation>
    </message>
    <message>
        <source>Calendars (%1)</source>
        <translation>Kalendoriai (%1)</translation>
    </message>
    <message>
        <source>New event “%1”</source>
        <translation>įvykio „%1“ sukūrimą</translation>
    </message>
    <message>
        <source>Event not saved</source>
        <translation>Įvykis neišsaugotas</translation>
    </message>
    <message>
        <source>Move a repeating event</source>
        <translation>Perkelti pasikartojantį įvykį</translation>
    </message>
    <message>
        <source>“%1” repeats. Move only this occurrence (Yes) or every occurrence (Yes to All)?</source>
        <translation>„%1“ kartojasi. Perkelti tik šį pasikartojimą (Taip) ar visus pasikartojimus (Taip visiems)?</translation>
    </message>
    <message>
        <source>Change the length of “%1”</source>
        <translation>įvykio „%1“ trukmės keitimą</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>įvykio „%1“ perkėlimą</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Neperkelta</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>redagavimą: „%1“</translation>
    </message>
    <message>
        <source>Delete a repeating event</source>
        <translation>Ištrinti pasikartojantį įvykį</translation>
    </message>
    <message>
        <source>“%1” repeats. Delete only this occurrence (Yes) or the whole series (Yes to All)?</source>
        <translation>„%1“ kartojasi. Ištrinti tik šį pasikartojimą (Taip) ar visą seriją (Taip visiems)?</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>ištrynimą: „%1“</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Neištrinta</translation>
    </message>
</context>
<context>
    <name>tandem::CampaignCardView</name>
    <message>
        <source>Record response…</source>
        <translation>Registruoti atsiliepimą…</translation>
    </message>
    <message>
        <source>Import attendees…</source>
        <translation>Importuoti dalyvius…</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Redaguoti duomenis</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Atsiliepimai</translation>
    </message>
    <message>
        <source>Untouched</source>
        <translation>Be susisiekimo</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Kvalifikuoti</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Laimėti sandoriai</translation>
    </message>
    <message>
        <source>Revenue won</source>
        <translation>Laimėtos pajamos</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Išlaidos</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Išlaidos potencialiam klientui</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Grąža</translation>
    </message>
    <message>
        <source>Someone answered the campaign: make them a lead with a follow-up</source>
        <translation>Užregistruoti į kampaniją atsiliepusį asmenį kaip potencialų klientą su susisiekimo užduotimi</translation>
    </message>
    <message>
        <source>Add a CSV list of attendees as responses, all or nothing</source>
        <translation>Pridėti dalyvių sąrašą iš CSV failo kaip atsiliepimus (importuojami visi arba nė vienas)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vardas ir pavardė</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Įmonė</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Atsakingas</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Gavimo data</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>atsakingas: %1</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>segmentas %1</translation>
    </message>
    <message>
        <source>goal %1 · %2</source>
        <translation>tikslas %1 · %2</translation>
    </message>
    <message>
        <source>Responses nobody has called, met or written to yet</source>
        <translation>Atsiliepę asmenys, su kuriais dar niekas nesusisiekė: neskambino, nesusitiko ir nerašė</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 iš %2</translation>
    </message>
    <message>
        <source>Deals won of the deals the campaign brought</source>
        <translation>Kiek laimėta sandorių iš visų kampanijos atneštų sandorių</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>budget %1 · %2</source>
        <translation>biudžetas %1 · %2</translation>
    </message>
    <message>
        <source>(revenue won − cost) ÷ cost</source>
        <translation>(laimėtos pajamos − išlaidos) ÷ išlaidos</translation>
    </message>
    <message>
        <source>No responses yet</source>
        <translation>Atsiliepimų dar nėra</translation>
    </message>
    <message>
        <source>Responses (%1)</source>
        <translation>Atsiliepimai (%1)</translation>
    </message>
    <message>
        <source>%1 · untouched</source>
        <translation>%1 · be susisiekimo</translation>
    </message>
    <message>
        <source>Nobody has called, met or written to them yet</source>
        <translation>Su šiuo asmeniu dar niekas nesusisiekė: neskambino, nesusitiko ir nerašė</translation>
    </message>
    <message>
        <source>Response to “%1”</source>
        <translation>atsiliepimo į „%1“ registravimą</translation>
    </message>
    <message>
        <source>Record response</source>
        <translation>Atsiliepimo registravimas</translation>
    </message>
    <message>
        <source>The response was not recorded: %1</source>
        <translation>Atsiliepimas neužregistruotas: %1</translation>
    </message>
    <message>
        <source>Import attendees of “%1”</source>
        <translation>Kampanijos „%1“ dalyvių importas</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV failai (*.csv *.txt);;Visi failai (*)</translation>
    </message>
    <message>
        <source>Import attendees from %1</source>
        <translation>dalyvių importą iš %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nieko neimportuota: %1</translation>
    </message>
    <message>
        <source>Import attendees</source>
        <translation>Dalyvių importas</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2</source>
        <translation>Iš %1 nieko neimportuota:
%2</translation>
    </message>
    <message>
        <source>%1: %2 new lead(s), %3 of them linked to existing contacts; %4 skipped.</source>
        <translation>%1: naujų potencialių klientų: %2 (iš jų susieta su esamais kontaktais: %3); praleista: %4.</translation>
    </message>
    <message>
        <source>Line %1: %2 — %3</source>
        <translation>%1 eilutė: %2 — %3</translation>
    </message>
</context>
<context>
    <name>tandem::CaseCardView</name>
    <message>
        <source>Start work</source>
        <translation>Pradėti darbą</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Laukiama kliento</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Išspręsti…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Atidaryti iš naujo</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Redaguoti duomenis</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Eiga</translation>
    </message>
    <message>
        <source>Steps of the case</source>
        <translation>Kreipinio eiga</translation>
    </message>
    <message>
        <source>start work</source>
        <translation>darbo pradžią</translation>
    </message>
    <message>
        <source>wait for the customer</source>
        <translation>kliento laukimą</translation>
    </message>
    <message>
        <source>close the case</source>
        <translation>kreipinio uždarymą</translation>
    </message>
    <message>
        <source>reopen the case</source>
        <translation>kreipinio atidarymą iš naujo</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kreipinys</translation>
    </message>
    <message>
        <source>resolve the case</source>
        <translation>kreipinio išsprendimą</translation>
    </message>
    <message>
        <source>priority: %1</source>
        <translation>prioritetas: %1</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>be atsakingo darbuotojo</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>atsakingas: %1</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>be termino</translation>
    </message>
    <message>
        <source>done %1, late</source>
        <translation>atlikta %1, pavėluotai</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>atlikta %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>pavėluota</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>artėja terminas</translation>
    </message>
    <message>
        <source>Respond by</source>
        <translation>Atsakyti iki</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>Išspręsti iki</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Sprendimas:</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>Pasitenkinimas:</translation>
    </message>
</context>
<context>
    <name>tandem::CaseRulesDialog</name>
    <message>
        <source>Deadlines per priority, in working hours</source>
        <translation>Terminai pagal prioritetą, darbo valandomis</translation>
    </message>
    <message>
        <source>The team&apos;s own days off</source>
        <translation>Komandos nedarbo dienos</translation>
    </message>
    <message>
        <source>Case deadline rules</source>
        <translation>Kreipinių terminų taisyklės</translation>
    </message>
    <message>
        <source>A new case must be answered and resolved within these working hours, counted from when it was opened. Working hours and days are set in Settings › Working hours; public holidays and the team&apos;s days off do not count. A changed rule applies to cases opened from now on.</source>
        <translation>Į naują kreipinį turi būti atsakyta ir jis turi būti išspręstas per nurodytą darbo valandų skaičių nuo jo užregistravimo. Darbo laikas ir darbo dienos nustatomi skiltyje Nustatymai › Darbo laikas; valstybinės šventės ir komandos nedarbo dienos neskaičiuojamos. Pakeista taisyklė taikoma nuo šiol užregistruotiems kreipiniams.</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Terminai</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nėra</translation>
    </message>
    <message>
        <source>Public holidays of:</source>
        <translation>Šalies valstybinės šventės:</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Nedarbo diena</translation>
    </message>
    <message>
        <source>Days &amp;off</source>
        <translation>&amp;Nedarbo dienos</translation>
    </message>
    <message>
        <source>holiday country</source>
        <translation>valstybinių švenčių šalies keitimą</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Neišsaugota</translation>
    </message>
    <message>
        <source>No public holidays are counted as days off.</source>
        <translation>Valstybinės šventės nelaikomos nedarbo dienomis.</translation>
    </message>
    <message>
        <source>Days off in %1: %2</source>
        <translation>%1 m. nedarbo dienos: %2</translation>
    </message>
</context>
<context>
    <name>tandem::CasesModule</name>
    <message>
        <source>Case</source>
        <translation>Kreipinys</translation>
    </message>
    <message>
        <source>Which cases</source>
        <translation>Kurie kreipiniai</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Atviri kreipiniai</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>Reikia dėmesio</translation>
    </message>
    <message>
        <source>My open cases</source>
        <translation>Mano atviri kreipiniai</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Visi kreipiniai</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Rodyti:</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>kreipinio sukūrimą</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>redagavimą: „%1“</translation>
    </message>
    <message>
        <source>Deadline &amp;rules…</source>
        <translation>Terminų &amp;taisyklės…</translation>
    </message>
    <message>
        <source>How soon cases must be answered and resolved, and the days off</source>
        <translation>Per kiek laiko reikia atsakyti į kreipinius ir juos išspręsti, taip pat nedarbo dienos</translation>
    </message>
</context>
<context>
    <name>tandem::CatalogueModule</name>
    <message>
        <source>Catalogue</source>
        <translation>Katalogas</translation>
    </message>
    <message>
        <source>Sales materials</source>
        <translation>Pardavimų medžiaga</translation>
    </message>
    <message>
        <source>Add files to the sales materials library</source>
        <translation>Įtraukti failus į pardavimų medžiagos biblioteką</translation>
    </message>
    <message>
        <source>Remove the selected files from the sales materials library</source>
        <translation>Pašalinti pasirinktus failus iš pardavimų medžiagos bibliotekos</translation>
    </message>
</context>
<context>
    <name>tandem::CompanyCardView</name>
    <message>
        <source>Name</source>
        <translation>Vardas ir pavardė</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Pareigos</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Padalinys</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Sandoris</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Numatoma uždarymo data</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Kontaktai</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Sandoriai</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologija</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Priima sprendimus</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>%1 klasė</translation>
    </message>
    <message>
        <source>&lt;b&gt;Won revenue&lt;/b&gt; %1 (%2 deals) &amp;nbsp;&amp;nbsp; &lt;b&gt;Open pipeline&lt;/b&gt; %3 (%4 deals) &amp;nbsp;&amp;nbsp; &lt;b&gt;Lost&lt;/b&gt; %5 deals</source>
        <translation>&lt;b&gt;Laimėtos pajamos&lt;/b&gt; %1 (sandorių: %2) &amp;nbsp;&amp;nbsp; &lt;b&gt;Pardavimų piltuve&lt;/b&gt; %3 (sandorių: %4) &amp;nbsp;&amp;nbsp; &lt;b&gt;Prarasta&lt;/b&gt; sandorių: %5</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresas</translation>
    </message>
    <message>
        <source>Subsidiaries</source>
        <translation>Dukterinės įmonės</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Kontaktai (%1)</translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation>Sandoriai (%1)</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Chronologija (%1)</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Naujas kreipinys…</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kreipinys</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Terminas</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Atsakingas</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kreipiniai</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Satisfaction&lt;/b&gt; %1 / 5 (%n case(s))</source>
        <translation>
            <numerusform>&lt;b&gt;Pasitenkinimas&lt;/b&gt; %1 / 5 (%n kreipinys)</numerusform>
            <numerusform>&lt;b&gt;Pasitenkinimas&lt;/b&gt; %1 / 5 (%n kreipiniai)</numerusform>
            <numerusform>&lt;b&gt;Pasitenkinimas&lt;/b&gt; %1 / 5 (%n kreipinių)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases (%1 open)</source>
        <translation>Kreipiniai (atvirų: %1)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumentai</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Dokumentai (%1)</translation>
    </message>
</context>
<context>
    <name>tandem::CompanyDocumentsView</name>
    <message>
        <source>Open</source>
        <translation>Atidaryti</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Išsaugoti kopiją…</translation>
    </message>
    <message>
        <source>Filter by name, deal, person or recipient…</source>
        <translation>Filtruoti pagal pavadinimą, sandorį, asmenį arba gavėją…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Gavėjas</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Sukūrė</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Sukurta</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Gavėjas</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Išsiųsta</translation>
    </message>
    <message>
        <source>No documents yet. The offers, orders and contracts made on this company&apos;s deals and the letters to its people are kept here.</source>
        <translation>Dokumentų dar nėra. Čia saugomi šios įmonės sandoriams parengti pasiūlymai, užsakymų patvirtinimai ir sutartys bei laiškai jos kontaktams.</translation>
    </message>
</context>
<context>
    <name>tandem::CompetitorCardView</name>
    <message>
        <source>Edit details</source>
        <translation>Redaguoti duomenis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Pastabos</translation>
    </message>
    <message>
        <source>Deals lost to them</source>
        <translation>Šiam konkurentui atitekę sandoriai</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Stiprybės</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Silpnybės</translation>
    </message>
    <message>
        <source>Price points</source>
        <translation>Kainodara</translation>
    </message>
    <message>
        <source>Lost on</source>
        <translation>Praradimo data</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Sandoris</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Įmonė</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Atsakingas</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Priežastis</translation>
    </message>
    <message>
        <source>Take “%1” off “%2”</source>
        <translation>sandorio „%1“ atsiejimą nuo konkurento „%2“</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Konkurentas</translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation>Atidaryti sandorį</translation>
    </message>
    <message>
        <source>Not lost to this competitor</source>
        <translation>Neatiteko šiam konkurentui</translation>
    </message>
    <message>
        <source>Nothing noted yet</source>
        <translation>Dar nieko neužrašyta</translation>
    </message>
    <message>
        <source>No deal has been lost to %1 yet.</source>
        <translation>Konkurentui %1 dar neatiteko nė vienas sandoris.</translation>
    </message>
    <message>
        <source>Deals lost: %1</source>
        <translation>Prarastų sandorių: %1</translation>
    </message>
    <message>
        <source>Deals lost: %1, worth %2</source>
        <translation>Prarastų sandorių: %1, jų vertė %2</translation>
    </message>
    <message>
        <source>last on %1</source>
        <translation>paskutinį kartą %1</translation>
    </message>
    <message>
        <source>usual reason “%1” (%2 of %3)</source>
        <translation>dažniausia priežastis „%1“ (%2 iš %3)</translation>
    </message>
    <message>
        <source>Deals lost to them (%1)</source>
        <translation>Šiam konkurentui atitekę sandoriai (%1)</translation>
    </message>
</context>
<context>
    <name>tandem::CompetitorsPart</name>
    <message>
        <source>Competitor</source>
        <translation>Konkurentas</translation>
    </message>
    <message>
        <source>Most deals lost to: %1</source>
        <translation>Daugiausia sandorių atiteko: %1</translation>
    </message>
</context>
<context>
    <name>tandem::ConflictModel</name>
    <message>
        <source>(deleted)</source>
        <translation>(ištrinta)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tuščia)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>kažkas</translation>
    </message>
    <message>
        <source>Deleted or kept</source>
        <translation>Ištrinti ar palikti</translation>
    </message>
    <message>
        <source>The value every copy shows now</source>
        <translation>Reikšmė, kurią dabar rodo visos kopijos</translation>
    </message>
    <message>
        <source>The value written at the same time on another copy</source>
        <translation>Reikšmė, tuo pačiu metu įrašyta kitoje kopijoje</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Įrašas</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Laukas</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Dabar rodoma</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Kita reikšmė</translation>
    </message>
</context>
<context>
    <name>tandem::ContactCardView</name>
    <message>
        <source>Timeline (%1)</source>
        <translation>Chronologija (%1)</translation>
    </message>
    <message>
        <source>★ Decision maker</source>
        <translation>★ Priima sprendimus</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>%1 klasė</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresas</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>pavėluota</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Sutikimai</translation>
    </message>
</context>
<context>
    <name>tandem::ConvertLeadDialog</name>
    <message>
        <source>Expected to close on</source>
        <translation>Numatoma uždarymo data</translation>
    </message>
    <message>
        <source>Convert lead to deal</source>
        <translation>Konvertuoti potencialų klientą į sandorį</translation>
    </message>
    <message>
        <source>“%1” becomes a deal. Its calls, notes and documents go with it; the lead stays, marked converted.</source>
        <translation>„%1“ taps sandoriu. Skambučiai, pastabos ir dokumentai bus perkelti kartu; potencialus klientas liks sąraše, pažymėtas kaip konvertuotas.</translation>
    </message>
    <message>
        <source>No company</source>
        <translation>Be įmonės</translation>
    </message>
    <message>
        <source>New company “%1”</source>
        <translation>Nauja įmonė „%1“</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Be kontakto</translation>
    </message>
    <message>
        <source>New contact “%1”</source>
        <translation>Naujas kontaktas „%1“</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>Į&amp;monė:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>&amp;Kontaktas:</translation>
    </message>
    <message>
        <source>The lead&apos;s title</source>
        <translation>Potencialaus kliento pavadinimas</translation>
    </message>
    <message>
        <source>Deal &amp;title:</source>
        <translation>Sandorio &amp;pavadinimas:</translation>
    </message>
    <message>
        <source>Amount in %1 (optional)</source>
        <translation>Suma, %1 (neprivaloma)</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Suma:</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Konvertuoti</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Type it like 12500 or 12 500,50, or leave it empty.</source>
        <translation>„%1“ nėra suma. Įveskite ją taip: 12500 arba 12 500,50, arba palikite lauką tuščią.</translation>
    </message>
</context>
<context>
    <name>tandem::CsvColumnsView</name>
    <message>
        <source>Comma ( , )</source>
        <translation>Kablelis ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Kabliataškis ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabuliacija</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Koduotė:</translation>
    </message>
    <message>
        <source>Separated by:</source>
        <translation>Skyriklis:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Stulpelis faile</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Pirmosios reikšmės</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importuojama kaip</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— neimportuojama —</translation>
    </message>
    <message>
        <source>Not imported unless you pick a field: %1</source>
        <translation>Nebus importuota, jei nepasirinksite lauko: %1</translation>
    </message>
    <message>
        <source>Every column with data goes into a field.</source>
        <translation>Kiekvienas stulpelis su duomenimis turi lauką.</translation>
    </message>
</context>
<context>
    <name>tandem::DashboardSection</name>
    <message>
        <source>Task</source>
        <translation>Užduotis</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Susiję su</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Terminas</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Sandoris</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Numatoma uždarymo data</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Potencialus klientas</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Įmonė</translation>
    </message>
    <message>
        <source>First contact due</source>
        <translation>Pirmojo susisiekimo terminas</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Atsakingas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Šiandien</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Šiandien %1</translation>
    </message>
    <message>
        <source>%1 &lt;span style=&apos;color:#6b7280&apos;&gt;%2&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&apos;color:#6b7280&apos;&gt;%2&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>tandem::DateField</name>
    <message>
        <source>Pick a date</source>
        <translation>Pasirinkti datą</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as %2</source>
        <translation>„%1“ nėra data; įveskite ją taip: %2</translation>
    </message>
    <message>
        <source>“%1” is not a date and time; write it as %2</source>
        <translation>„%1“ nėra data ir laikas; įveskite taip: %2</translation>
    </message>
</context>
<context>
    <name>tandem::DealCardDelegate</name>
    <message>
        <source>closes %1</source>
        <translation>uždarymas %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) here</source>
        <translation>
            <numerusform>%n diena etape</numerusform>
            <numerusform>%n dienos etape</numerusform>
            <numerusform>%n dienų etape</numerusform>
        </translation>
    </message>
    <message>
        <source>No next step planned</source>
        <translation>Kitas žingsnis nesuplanuotas</translation>
    </message>
</context>
<context>
    <name>tandem::DealCardView</name>
    <message>
        <source>Next stage</source>
        <translation>Kitas etapas</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Laimėtas</translation>
    </message>
    <message>
        <source>Lost…</source>
        <translation>Prarastas…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Atidaryti iš naujo</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Redaguoti duomenis</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>atsakingas: %1</translation>
    </message>
    <message>
        <source>expected to close %1</source>
        <translation>numatoma uždaryti %1</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>Prarastas: %1</translation>
    </message>
    <message>
        <source>No playbook actions in this stage</source>
        <translation>Šiame etape scenarijaus veiksmų nėra</translation>
    </message>
    <message>
        <source>Playbook of “%1”</source>
        <translation>Etapo „%1“ pardavimų scenarijus</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(privaloma)</translation>
    </message>
    <message>
        <source>was due %1</source>
        <translation>terminas buvo %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>pavėluota nuo %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>terminas %1</translation>
    </message>
    <message>
        <source>%1 — not needed for this deal</source>
        <translation>%1 — šiam sandoriui nereikia</translation>
    </message>
    <message>
        <source>Tick “%1”</source>
        <translation>pažymėjimą atliktu: „%1“</translation>
    </message>
    <message>
        <source>Untick “%1”</source>
        <translation>pažymėjimą neatliktu: „%1“</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Komerciniai pasiūlymai</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumentai</translation>
    </message>
    <message>
        <source>Quote — %1</source>
        <translation>Komercinis pasiūlymas — %1</translation>
    </message>
</context>
<context>
    <name>tandem::DealDocumentsView</name>
    <message>
        <source>Open</source>
        <translation>Atidaryti</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Išsaugoti kaip…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Sukūrė</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Sukurta</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Gavėjas</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Išsiųsta</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Pasiūlymas</translation>
    </message>
    <message>
        <source>Sales material</source>
        <translation>Pardavimų medžiaga</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Nuotrauka</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumentas</translation>
    </message>
    <message>
        <source>Attach from library…</source>
        <translation>Prisegti iš bibliotekos…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipas</translation>
    </message>
    <message>
        <source>Attach brochures, presentations or price sheets from the sales materials library</source>
        <translation>Prisegti brošiūras, pristatymus ar kainoraščius iš pardavimų medžiagos bibliotekos</translation>
    </message>
    <message>
        <source>Attach from the sales materials</source>
        <translation>Prisegti iš pardavimų medžiagos</translation>
    </message>
    <message numerus="yes">
        <source>Attach %n file(s) from the sales materials</source>
        <translation>
            <numerusform>%n failo iš pardavimų medžiagos prisegimą</numerusform>
            <numerusform>%n failų iš pardavimų medžiagos prisegimą</numerusform>
            <numerusform>%n failų iš pardavimų medžiagos prisegimą</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach from library</source>
        <translation>Prisegti iš bibliotekos</translation>
    </message>
</context>
<context>
    <name>tandem::DealQuotesView</name>
    <message>
        <source>New quote</source>
        <translation>Naujas pasiūlymas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atidaryti</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numeris</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versija</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Iš viso</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Išsiųsta</translation>
    </message>
</context>
<context>
    <name>tandem::DealsModule</name>
    <message>
        <source>Deal</source>
        <translation>Sandoris</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>sandorio sukūrimą</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>redagavimą: „%1“</translation>
    </message>
</context>
<context>
    <name>tandem::DocumentSettingsPage</name>
    <message>
        <source>Open folder</source>
        <translation>Atidaryti aplanką</translation>
    </message>
    <message>
        <source>Copy the shipped templates there</source>
        <translation>Nukopijuoti į jį su programa pateikiamus šablonus</translation>
    </message>
    <message>
        <source>Letterhead lines</source>
        <translation>Firminio blanko eilutės</translation>
    </message>
    <message>
        <source>Discount needing a manager&apos;s approval</source>
        <translation>Nuolaida, kuriai reikia vadovo patvirtinimo</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Niekada</translation>
    </message>
    <message>
        <source>Offers valid for</source>
        <translation>Pasiūlymų galiojimo trukmė</translation>
    </message>
    <message>
        <source> days</source>
        <translation> d.</translation>
    </message>
    <message>
        <source>Quote number series on this computer</source>
        <translation>Komercinių pasiūlymų numerių serija šiame kompiuteryje</translation>
    </message>
    <message>
        <source>&amp;Letterhead:</source>
        <translation>&amp;Firminis blankas:</translation>
    </message>
    <message>
        <source>Under the company&apos;s name on every page, one line each. Empty: the Company tab&apos;s address, VAT code, phone, e-mail and website.</source>
        <translation>Rodoma po įmonės pavadinimu kiekviename puslapyje, kiekvienas tekstas atskiroje eilutėje. Jei paliksite tuščią, bus rodomi skirtuko „Įmonė“ adresas, PVM mokėtojo kodas, telefonas, el. paštas ir svetainė.</translation>
    </message>
    <message>
        <source>Discount needing &amp;approval:</source>
        <translation>Nuolaida, kuriai reikia &amp;patvirtinimo:</translation>
    </message>
    <message>
        <source>A quote with a larger discount is sent once a manager approves it.</source>
        <translation>Komercinį pasiūlymą su didesne nuolaida galima išsiųsti tik tada, kai ją patvirtina vadovas.</translation>
    </message>
    <message>
        <source>Offers &amp;valid for:</source>
        <translation>Pasiūlymų &amp;galiojimo trukmė:</translation>
    </message>
    <message>
        <source>Number &amp;series:</source>
        <translation>Numerių &amp;serija:</translation>
    </message>
    <message>
        <source>1 to 4 letters or digits, for the quotes made on this computer: laptops making offers offline never give two the same number.</source>
        <translation>Nuo 1 iki 4 raidžių ar skaitmenų šiame kompiuteryje kuriamiems komerciniams pasiūlymams: taip nešiojamieji kompiuteriai, kuriantys pasiūlymus be tinklo, niekada nesuteiks dviem pasiūlymams to paties numerio.</translation>
    </message>
    <message>
        <source>Templates folder:</source>
        <translation>Šablonų aplankas:</translation>
    </message>
    <message>
        <source>Your own templates (HTML) there win over the shipped ones.</source>
        <translation>Šiame aplanke esantys jūsų šablonai (HTML) naudojami vietoj su programa pateikiamų.</translation>
    </message>
    <message>
        <source>Next offers: %1</source>
        <extracomment>Settings › Offers and documents, beside the number series: &quot;Next offers: Q-2026-VN-0001&quot;</extracomment>
        <translation>Kito pasiūlymo numeris: %1</translation>
    </message>
    <message>
        <source>Document templates</source>
        <translation>Dokumentų šablonai</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Nepavyko sukurti aplanko %1.</translation>
    </message>
    <message>
        <source>The templates are in %1.</source>
        <translation>Šablonai yra aplanke %1.</translation>
    </message>
    <message>
        <source>All the templates were there already; none was changed.</source>
        <translation>Visi šablonai aplanke jau buvo; nė vienas nepakeistas.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n template(s).</source>
        <translation>
            <numerusform>Nukopijuotas %n šablonas.</numerusform>
            <numerusform>Nukopijuoti %n šablonai.</numerusform>
            <numerusform>Nukopijuota %n šablonų.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n template(s) already there unchanged.</source>
        <translation>
            <numerusform>%n jau buvęs šablonas paliktas nepakeistas.</numerusform>
            <numerusform>%n jau buvę šablonai palikti nepakeisti.</numerusform>
            <numerusform>%n jau buvusių šablonų palikta nepakeista.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::DormantDialog</name>
    <message>
        <source>Save letter</source>
        <translation>Išsaugoti laišką</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Pažymėti visus</translation>
    </message>
    <message>
        <source>Create follow-up tasks</source>
        <translation>Sukurti susisiekimo užduotis</translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation>Neaktyvūs klientai</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Taisyklės</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nauja taisyklė</translation>
    </message>
    <message>
        <source>Get back in touch with {company}</source>
        <translation>Vėl susisiekti su įmone {company}</translation>
    </message>
    <message>
        <source>&amp;Letter for the follow-up task (placeholders: {company}, {contact}, {owner}, {last_purchase}, {last_contact}):</source>
        <translation>&amp;Laiškas susisiekimo užduočiai (žymės: {company}, {contact}, {owner}, {last_purchase}, {last_contact}):</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Įmonė</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Atsakingas</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Paskutinis pirkimas</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Paskutinis susisiekimas</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dienų</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Neišsaugota</translation>
    </message>
    <message>
        <source>Choose or add a rule.</source>
        <translation>Pasirinkite arba pridėkite taisyklę.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>niekada</translation>
    </message>
    <message>
        <source>No customer is dormant by this rule.</source>
        <translation>Pagal šią taisyklę neaktyvių klientų nėra.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found. Tick those who should get a follow-up task.</source>
        <translation>
            <numerusform>Rastas %n klientas. Pažymėkite tuos, kuriems reikia sukurti susisiekimo užduotį.</numerusform>
            <numerusform>Rasti %n klientai. Pažymėkite tuos, kuriems reikia sukurti susisiekimo užduotį.</numerusform>
            <numerusform>Rasta %n klientų. Pažymėkite tuos, kuriems reikia sukurti susisiekimo užduotį.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the customers who should get a follow-up task.</source>
        <translation>Pažymėkite klientus, kuriems reikia sukurti susisiekimo užduotį.</translation>
    </message>
    <message numerus="yes">
        <source>Create %n follow-up task(s)</source>
        <translation>
            <numerusform>Sukurti %n susisiekimo užduotį</numerusform>
            <numerusform>Sukurti %n susisiekimo užduotis</numerusform>
            <numerusform>Sukurti %n susisiekimo užduočių</numerusform>
        </translation>
    </message>
    <message>
        <source>No follow-up tasks created</source>
        <translation>Susisiekimo užduotys nesukurtos</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up task(s) created.</source>
        <translation>
            <numerusform>Sukurta %n susisiekimo užduotis.</numerusform>
            <numerusform>Sukurtos %n susisiekimo užduotys.</numerusform>
            <numerusform>Sukurta %n susisiekimo užduočių.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open complaint(s): no sales letter until resolved</source>
        <translation>
            <numerusform>%n neišspręstas skundas: kol jis neišspręstas, pardavimo laiškas nesiunčiamas</numerusform>
            <numerusform>%n neišspręsti skundai: kol jie neišspręsti, pardavimo laiškas nesiunčiamas</numerusform>
            <numerusform>%n neišspręstų skundų: kol jie neišspręsti, pardavimo laiškas nesiunčiamas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an open complaint left out (greyed).</source>
        <translation>
            <numerusform>Praleistas %n klientas su neišspręstu skundu (pažymėtas pilkai).</numerusform>
            <numerusform>Praleisti %n klientai su neišspręstais skundais (pažymėti pilkai).</numerusform>
            <numerusform>Praleista %n klientų su neišspręstais skundais (pažymėti pilkai).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::DrillDialog</name>
    <message numerus="yes">
        <source>%n record(s). Double-click one to open it.</source>
        <translation>
            <numerusform>%n įrašas. Dukart spustelėkite jį, kad atidarytumėte.</numerusform>
            <numerusform>%n įrašai. Dukart spustelėkite įrašą, kad jį atidarytumėte.</numerusform>
            <numerusform>%n įrašų. Dukart spustelėkite įrašą, kad jį atidarytumėte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Įrašai</translation>
    </message>
</context>
<context>
    <name>tandem::DuplicatesDialog</name>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Sujungti</translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation>&amp;Ne dublikatai</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Dublikatai: %1</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Atitiktis</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Įrašas</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Panašus į</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Priežastis</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Palikti:</translation>
    </message>
    <message>
        <source>Tick the values the kept record should have. Empty fields are filled from the other; every activity, deal, note and history entry of both is kept.</source>
        <translation>Pažymėkite reikšmes, kurias turės paliekamas įrašas. Tušti laukai užpildomi iš kito įrašo; visos abiejų įrašų veiklos, sandoriai, pastabos ir pakeitimų istorijos įrašai išsaugomi.</translation>
    </message>
    <message>
        <source>Make the two one record, keeping everything linked to either</source>
        <translation>Sujungti abu įrašus į vieną ir išsaugoti viską, kas susieta su bet kuriuo iš jų</translation>
    </message>
    <message>
        <source>These are different records: do not propose them again</source>
        <translation>Tai skirtingi įrašai: daugiau jų nesiūlyti</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No likely duplicates among the %1.</source>
        <translation>Tikėtinų dublikatų nerasta (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) that look like the same record.</source>
        <translation>
            <numerusform>Rasta %n galimų dublikatų pora.</numerusform>
            <numerusform>Rastos %n galimų dublikatų poros.</numerusform>
            <numerusform>Rasta %n galimų dublikatų porų.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Laukas</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Sujungti</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”? Everything linked to “%1” moves to “%2”, and “%1” is kept only in the history.</source>
        <translation>Sujungti „%1“ su „%2“? Viskas, kas susieta su „%1“, bus perkelta į „%2“, o „%1“ liks tik pakeitimų istorijoje.</translation>
    </message>
    <message>
        <source>Not duplicates</source>
        <translation>Ne dublikatai</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <extracomment>Undo menu entry: &quot;Merge Ruta Jankauskaite into Rūta Jankauskaitė&quot;</extracomment>
        <translation>Sujungti „%1“ su „%2“</translation>
    </message>
</context>
<context>
    <name>tandem::EventDialog</name>
    <message>
        <source>All day</source>
        <translation>Visą dieną</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Pabaiga</translation>
    </message>
    <message>
        <source>Private: colleagues see only that I am busy</source>
        <translation>Privatus: kolegoms rodoma tik „Užimta“</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Įvykis</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Susitikimas</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Skambutis</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Užduotis</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Pastaba</translation>
    </message>
    <message>
        <source>Presentation for …, call back …</source>
        <translation>Pristatymas …, perskambinti …</translation>
    </message>
    <message>
        <source>Address, room or video link</source>
        <translation>Adresas, patalpa arba vaizdo skambučio nuoroda</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Be priminimo</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Pradžioje</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>Prieš %n minutę</numerusform>
            <numerusform>Prieš %n minutes</numerusform>
            <numerusform>Prieš %n minučių</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>Prieš 1 valandą</translation>
    </message>
    <message>
        <source>2 hours before</source>
        <translation>Prieš 2 valandas</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>Prieš 1 dieną</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Įprastas</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Aukštas</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Žemas</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Pradžia</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipas</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Atsakingas</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontaktas</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Įmonė</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Sandoris</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Priminimas</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritetas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Pastabos</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ištrinti</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Atlikta…</translation>
    </message>
    <message>
        <source>Mark it done and record how it went</source>
        <translation>Pažymėti kaip atliktą ir užregistruoti rezultatą</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Naujas įvykis</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Redaguoti įvykį</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>Įvykio pabaiga yra anksčiau už pradžią.</translation>
    </message>
    <message>
        <source>“%1” is not a known record: pick one from the list or clear it.</source>
        <translation>„%1“ nėra žinomas įrašas: pasirinkite jį iš sąrašo arba išvalykite lauką.</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Pakviesti…</translation>
    </message>
    <message>
        <source>Colleagues who take part: it shows on their calendars too</source>
        <translation>Dalyvaujantys kolegos: įvykis matysis ir jų kalendoriuose</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Kolegos</translation>
    </message>
</context>
<context>
    <name>tandem::FieldEditor</name>
    <message>
        <source>Write an e-mail</source>
        <translation>Rašyti el. laišką</translation>
    </message>
    <message>
        <source>Open in the browser</source>
        <translation>Atidaryti naršyklėje</translation>
    </message>
    <message>
        <source>there is no %1 called “%2”; pick one from the list</source>
        <translation>nerasta: %1 „%2“; pasirinkite iš sąrašo</translation>
    </message>
</context>
<context>
    <name>tandem::FirstRunDialog</name>
    <message>
        <source>Welcome to Tandem</source>
        <translation>Sveiki atvykę į Tandem</translation>
    </message>
    <message>
        <source>Your CRM lives in one file on this computer. How would you like to start?</source>
        <translation>Jūsų CRM sistema saugoma viename šio kompiuterio faile. Kaip norėtumėte pradėti?</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Pradėti</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Išeiti</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Pradėti nuo nulio</translation>
    </message>
    <message>
        <source>Name your company and yourself, then add your own contacts.</source>
        <translation>Įveskite įmonės pavadinimą ir savo vardą, tada pridėkite savo kontaktus.</translation>
    </message>
    <message>
        <source>e.g. UAB Baltic Trade</source>
        <translation>pvz., UAB „Baltic Trade“</translation>
    </message>
    <message>
        <source>e.g. Ona Petraitienė</source>
        <translation>pvz., Ona Petraitienė</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Įmonės pavadinimas:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Jūsų vardas:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Valiuta:</translation>
    </message>
    <message>
        <source>Explore with demo data</source>
        <translation>Išbandyti su demonstraciniais duomenimis</translation>
    </message>
    <message>
        <source>A made-up trading company with 2,000 contacts and their companies, leads, deals and activities, in six languages. Good for trying things out; start a new database for your real work.</source>
        <translation>Išgalvota prekybos įmonė su 2&#xa0;000 kontaktų ir jų įmonėmis, potencialiais klientais, sandoriais bei veiklomis šešiomis kalbomis. Tinka viskam išbandyti; tikram darbui sukurkite naują duomenų bazę.</translation>
    </message>
    <message>
        <source>Writing demo data… %p%</source>
        <translation>Kuriami demonstraciniai duomenys… %p%</translation>
    </message>
    <message>
        <source>Tandem Demo</source>
        <translation>Tandem demo</translation>
    </message>
    <message>
        <source>Demo Manager</source>
        <translation>Demo vadovas</translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation>Nepavyko įrašyti demonstracinių duomenų: %1</translation>
    </message>
</context>
<context>
    <name>tandem::FollowUpDialog</name>
    <message>
        <source>Leads waiting for a first contact</source>
        <translation>Potencialūs klientai, laukiantys pirmojo susisiekimo</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Visi</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Potencialus klientas</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Atsakingas</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Šaltinis</translation>
    </message>
    <message>
        <source>First contact was due</source>
        <translation>Pirmojo susisiekimo terminas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Pavėluota</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nepriskirta</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n diena</numerusform>
            <numerusform>%n dienos</numerusform>
            <numerusform>%n dienų</numerusform>
        </translation>
    </message>
    <message>
        <source>Every lead has had its first contact on time.</source>
        <translation>Su visais potencialiais klientais pirmą kartą susisiekta laiku.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) have not been contacted although their first contact is due. Leads not followed up within days are the ones that get lost.</source>
        <translation>
            <numerusform>Su %n potencialiu klientu nesusisiekta, nors pirmojo susisiekimo terminas jau suėjo. Potencialūs klientai, su kuriais nesusisiekiama per kelias dienas, dažniausiai ir prarandami.</numerusform>
            <numerusform>Su %n potencialiais klientais nesusisiekta, nors pirmojo susisiekimo terminas jau suėjo. Potencialūs klientai, su kuriais nesusisiekiama per kelias dienas, dažniausiai ir prarandami.</numerusform>
            <numerusform>Su %n potencialių klientų nesusisiekta, nors pirmojo susisiekimo terminas jau suėjo. Potencialūs klientai, su kuriais nesusisiekiama per kelias dienas, dažniausiai ir prarandami.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ForecastView</name>
    <message>
        <source>Split by owner</source>
        <translation>Išskaidyti pagal atsakingus darbuotojus</translation>
    </message>
    <message>
        <source>Weighted forecast by expected close month</source>
        <translation>Svertinė prognozė pagal numatomą uždarymo mėnesį</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mėnuo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Atsakingas</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Sandoriai</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Bendra suma</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Svertinė suma</translation>
    </message>
    <message>
        <source>No close date</source>
        <translation>Be uždarymo datos</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nepriskirta</translation>
    </message>
    <message>
        <source>Weighted in all: %1</source>
        <translation>Bendra svertinė suma: %1</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valiuta</translation>
    </message>
</context>
<context>
    <name>tandem::FreeSlotDialog</name>
    <message>
        <source>&amp;Find free times</source>
        <translation>&amp;Rasti laisvo laiko</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Suplanuoti</translation>
    </message>
    <message>
        <source>Find a free time</source>
        <translation>Rasti laisvo laiko</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>&amp;Who takes part:</source>
        <translation>&amp;Kas dalyvauja:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Trukmė:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Nuo:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Iki:</translation>
    </message>
    <message>
        <source>Working hours %1–%2</source>
        <translation>Darbo laikas %1–%2</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diena</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Nuo</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Iki</translation>
    </message>
    <message>
        <source>Tick who takes part.</source>
        <translation>Pažymėkite, kas dalyvauja.</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>Paskutinė diena yra anksčiau už pirmąją.</translation>
    </message>
    <message>
        <source>There is no common free time of this length in these days.</source>
        <translation>Šiomis dienomis nėra tokios trukmės laiko, kai visi laisvi.</translation>
    </message>
    <message>
        <source>The first %1 of %2 free times.</source>
        <translation>Rodomi pirmieji laisvi laiko tarpai: %1 iš %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n free time(s) when everyone can.</source>
        <translation>
            <numerusform>Rastas %n laiko tarpas, kai visi laisvi.</numerusform>
            <numerusform>Rasti %n laiko tarpai, kai visi laisvi.</numerusform>
            <numerusform>Rasta %n laiko tarpų, kai visi laisvi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::GlobalSearch</name>
    <message>
        <source>Search contacts, companies, leads, deals…  (Ctrl+K)</source>
        <translation>Ieškoti kontaktų, įmonių, potencialių klientų, sandorių…  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Paieška</translation>
    </message>
    <message>
        <source>No matches for “%1”</source>
        <translation>Pagal „%1“ nieko nerasta</translation>
    </message>
    <message>
        <source>Knows: %1</source>
        <translation>Išmano: %1</translation>
    </message>
</context>
<context>
    <name>tandem::HomeModule</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atnaujinti</translation>
    </message>
    <message>
        <source>Read the home screen&apos;s figures again</source>
        <translation>Iš naujo nuskaityti pradžios ekrano duomenis</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Pradžia</translation>
    </message>
</context>
<context>
    <name>tandem::HomeView</name>
    <message>
        <source>My team</source>
        <translation>Mano komanda</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Narys</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Pavėluota</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Šiandien</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Įstrigę</translation>
    </message>
    <message>
        <source>Closing this month</source>
        <translation>Uždaromi šį mėnesį</translation>
    </message>
    <message>
        <source>Past close</source>
        <translation>Praėjusi uždarymo data</translation>
    </message>
    <message>
        <source>Untouched leads</source>
        <translation>Potencialūs klientai be susisiekimo</translation>
    </message>
    <message>
        <source>Revenue vs target</source>
        <translation>Pajamos nuo tikslo, %</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Pavėluotos užduotys</translation>
    </message>
    <message>
        <source>Nothing overdue. Well done!</source>
        <translation>Pavėluotų užduočių nėra. Puiku!</translation>
    </message>
    <message>
        <source>Today&apos;s tasks</source>
        <translation>Šiandienos užduotys</translation>
    </message>
    <message>
        <source>No more tasks due today.</source>
        <translation>Šiandienai daugiau užduočių nėra.</translation>
    </message>
    <message>
        <source>Stalled deals</source>
        <translation>Įstrigę sandoriai</translation>
    </message>
    <message>
        <source>Every open deal is moving.</source>
        <translation>Visi atviri sandoriai juda į priekį.</translation>
    </message>
    <message>
        <source>No open deal is expected to close this month.</source>
        <translation>Šį mėnesį nenumatoma uždaryti nė vieno atviro sandorio.</translation>
    </message>
    <message>
        <source>Past their expected close</source>
        <translation>Praėjusi numatoma uždarymo data</translation>
    </message>
    <message>
        <source>No deal is past its expected close.</source>
        <translation>Nėra sandorių, kurių numatoma uždarymo data jau praėjo.</translation>
    </message>
    <message>
        <source>Every lead has been contacted.</source>
        <translation>Su visais potencialiais klientais jau susisiekta.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Aš</translation>
    </message>
    <message>
        <source>What needs your attention</source>
        <translation>Kam reikia jūsų dėmesio</translation>
    </message>
    <message>
        <source>What needs the attention of the people you lead</source>
        <translation>Kam reikia jūsų vadovaujamų darbuotojų dėmesio</translation>
    </message>
    <message>
        <source>Tasks today</source>
        <translation>Šiandienos užduotys</translation>
    </message>
    <message>
        <source>The home screen could not be read: %1</source>
        <translation>Nepavyko nuskaityti pradžios ekrano duomenų: %1</translation>
    </message>
    <message>
        <source>Good morning, %1</source>
        <translation>Labas rytas, %1</translation>
    </message>
    <message>
        <source>Good afternoon, %1</source>
        <translation>Laba diena, %1</translation>
    </message>
    <message>
        <source>Good evening, %1</source>
        <translation>Labas vakaras, %1</translation>
    </message>
    <message>
        <source>%1&apos;s team</source>
        <translation>Komanda, kuriai vadovauja %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no target set</source>
        <translation>tikslas nenustatytas</translation>
    </message>
</context>
<context>
    <name>tandem::ImportDialog</name>
    <message>
        <source>Import the rest and leave out the rows with problems</source>
        <translation>Importuoti likusias eilutes, praleidžiant eilutes su klaidomis</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuoti</translation>
    </message>
    <message>
        <source>Import %1</source>
        <extracomment>Undo menu entry: &quot;Import contacts.vcf&quot;</extracomment>
        <translation>Importas: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; into %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – importuojama į sąrašą „%2“</translation>
    </message>
    <message>
        <source>When a record is already here</source>
        <translation>Jei toks įrašas jau yra</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Praleisti</translation>
    </message>
    <message>
        <source>Fill in its empty fields</source>
        <translation>Užpildyti jo tuščius laukus</translation>
    </message>
    <message>
        <source>Create another one</source>
        <translation>Sukurti dar vieną</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Eilutė</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Įrašas</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Kas bus atlikta</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>Išsaugoti susiejimą…</translation>
    </message>
    <message>
        <source>Keep these columns in a file, for the next import or for tandem-cli --mapping</source>
        <translation>Išsaugoti šį stulpelių susiejimą faile kitam importui arba komandai tandem-cli --mapping</translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation>Išsaugoti stulpelių susiejimą</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>Stulpelių susiejimai (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n naujas įrašas</numerusform>
            <numerusform>%n nauji įrašai</numerusform>
            <numerusform>%n naujų įrašų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to fill in</source>
        <translation>
            <numerusform>%n įrašas bus papildytas</numerusform>
            <numerusform>%n įrašai bus papildyti</numerusform>
            <numerusform>%n įrašų bus papildyta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here</source>
        <translation>
            <numerusform>%n įrašas jau yra</numerusform>
            <numerusform>%n įrašai jau yra</numerusform>
            <numerusform>%n įrašų jau yra</numerusform>
        </translation>
    </message>
    <message>
        <source>What the import will do: %1.</source>
        <translation>Numatomas importo rezultatas: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems: fix the file, or import the rest without them.</source>
        <translation>
            <numerusform>%n eilutė su klaidomis: ištaisykite failą arba importuokite likusias eilutes be jos.</numerusform>
            <numerusform>%n eilutės su klaidomis: ištaisykite failą arba importuokite likusias eilutes be jų.</numerusform>
            <numerusform>%n eilučių su klaidomis: ištaisykite failą arba importuokite likusias eilutes be jų.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>an earlier row of this file</source>
        <translation>ankstesnė šio failo eilutė</translation>
    </message>
    <message>
        <source>Fills in the empty fields of %1</source>
        <translation>Bus užpildyti tušti laukai (%1)</translation>
    </message>
    <message>
        <source>Already here as %1: skipped</source>
        <translation>Jau yra (%1): praleista</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ir dar %n</numerusform>
            <numerusform>… ir dar %n</numerusform>
            <numerusform>… ir dar %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: the file has problems.</source>
        <translation>Nieko neimportuota: faile yra klaidų.</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>sukurtas %n įrašas</numerusform>
            <numerusform>sukurti %n įrašai</numerusform>
            <numerusform>sukurta %n įrašų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filled in</source>
        <translation>
            <numerusform>papildytas %n įrašas</numerusform>
            <numerusform>papildyti %n įrašai</numerusform>
            <numerusform>papildyta %n įrašų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here, skipped</source>
        <translation>
            <numerusform>praleistas %n jau esantis įrašas</numerusform>
            <numerusform>praleisti %n jau esantys įrašai</numerusform>
            <numerusform>praleista %n jau esančių įrašų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out with problems</source>
        <translation>
            <numerusform>neimportuota %n eilutė su klaidomis</numerusform>
            <numerusform>neimportuotos %n eilutės su klaidomis</numerusform>
            <numerusform>neimportuota %n eilučių su klaidomis</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importas baigtas: %1.</translation>
    </message>
</context>
<context>
    <name>tandem::LeadRulesDialog</name>
    <message>
        <source>Rules, first match wins</source>
        <translation>Taisyklės (taikoma pirmoji tinkanti)</translation>
    </message>
    <message>
        <source>Reasons offered when a lead or deal is lost</source>
        <translation>Priežastys, siūlomos praradus potencialų klientą ar sandorį</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Išsaugoti</translation>
    </message>
    <message>
        <source>How new leads are handled</source>
        <translation>Naujų potencialių klientų tvarkymas</translation>
    </message>
    <message>
        <source>A new lead without an owner goes to the first active rule whose conditions it meets (empty conditions match any lead). “Each team member in turn” and “the team member with the fewest open leads” choose among the active users of the rule&apos;s team. The chosen owner is notified.</source>
        <translation>Naujas potencialus klientas be atsakingo darbuotojo paskirstomas pagal pirmąją aktyvią taisyklę, kurios sąlygas jis atitinka (tuščios sąlygos tinka bet kuriam potencialiam klientui). Taikant būdus „Komandos nariams paeiliui“ ir „Komandos nariui, turinčiam mažiausiai aktyvių potencialių klientų“, atsakingas darbuotojas parenkamas iš aktyvių taisyklės komandos naudotojų. Paskirtam atsakingam darbuotojui išsiunčiamas pranešimas.</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nauja taisyklė</translation>
    </message>
    <message>
        <source>&amp;Routing</source>
        <translation>&amp;Paskirstymas</translation>
    </message>
    <message>
        <source>First contact due within (days):</source>
        <translation>Pirmojo susisiekimo terminas (dienų):</translation>
    </message>
    <message>
        <source>Every new lead gets a first-contact task due this many days after it arrives; leads nobody contacted in time are listed under Leads › Waiting for first contact.</source>
        <translation>Kiekvienam naujam potencialiam klientui sukuriama pirmojo susisiekimo užduotis, kurios terminas – tiek dienų nuo jo gavimo; potencialūs klientai, su kuriais niekas laiku nesusisiekė, rodomi skiltyje Potencialūs klientai › Laukia pirmojo susisiekimo.</translation>
    </message>
    <message>
        <source>&amp;Qualification questions, one per line:</source>
        <translation>&amp;Kvalifikavimo klausimai (po vieną eilutėje):</translation>
    </message>
    <message>
        <source>&amp;Follow-up and qualification</source>
        <translation>&amp;Susisiekimas ir kvalifikavimas</translation>
    </message>
    <message>
        <source>New reason</source>
        <translation>Nauja priežastis</translation>
    </message>
    <message>
        <source>&amp;Lost reasons</source>
        <translation>P&amp;raradimo priežastys</translation>
    </message>
    <message>
        <source>Change the follow-up rules</source>
        <translation>susisiekimo ir kvalifikavimo taisyklių keitimą</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Neišsaugota</translation>
    </message>
</context>
<context>
    <name>tandem::LeadsModule</name>
    <message>
        <source>&amp;Qualify…</source>
        <translation>&amp;Kvalifikuoti…</translation>
    </message>
    <message>
        <source>&amp;Convert to deal…</source>
        <translation>Konvertuoti į &amp;sandorį…</translation>
    </message>
    <message>
        <source>Mark &amp;lost…</source>
        <translation>Pažymėti p&amp;rarastu…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Atidaryti iš &amp;naujo</translation>
    </message>
    <message>
        <source>&amp;Waiting for first contact…</source>
        <translation>&amp;Laukia pirmojo susisiekimo…</translation>
    </message>
    <message>
        <source>Record the answers to the qualification questions</source>
        <translation>Įrašyti atsakymus į kvalifikavimo klausimus</translation>
    </message>
    <message>
        <source>Turn the lead into a deal with its company and contact</source>
        <translation>Paversti potencialų klientą sandoriu su įmone ir kontaktu</translation>
    </message>
    <message>
        <source>The lead will not buy now: keep it with the reason</source>
        <translation>Potencialus klientas dabar nepirks: išsaugoti jį nurodant priežastį</translation>
    </message>
    <message>
        <source>Work on a lost lead again</source>
        <translation>Vėl dirbti su prarastu potencialiu klientu</translation>
    </message>
    <message>
        <source>Leads whose first contact is overdue</source>
        <translation>Potencialūs klientai, su kuriais laiku nesusisiekta pirmą kartą</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>potencialaus kliento sukūrimą</translation>
    </message>
    <message>
        <source>Qualify “%1”</source>
        <translation>kvalifikavimą: „%1“</translation>
    </message>
    <message>
        <source>Not qualified</source>
        <translation>Nekvalifikuota</translation>
    </message>
    <message>
        <source>Not converted</source>
        <translation>Nekonvertuota</translation>
    </message>
    <message>
        <source>Convert “%1”</source>
        <translation>konvertavimą: „%1“</translation>
    </message>
    <message>
        <source>Lead converted</source>
        <translation>Potencialus klientas konvertuotas</translation>
    </message>
    <message numerus="yes">
        <source>The deal “%1” is on the pipeline, with %n activity(ies) carried over. Open it now?</source>
        <translation>
            <numerusform>Sandoris „%1“ įtrauktas į pardavimų piltuvą, perkelta %n veikla. Atidaryti jį dabar?</numerusform>
            <numerusform>Sandoris „%1“ įtrauktas į pardavimų piltuvą, perkeltos %n veiklos. Atidaryti jį dabar?</numerusform>
            <numerusform>Sandoris „%1“ įtrauktas į pardavimų piltuvą, perkelta %n veiklų. Atidaryti jį dabar?</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark “%1” lost</source>
        <translation>pažymėjimą prarastu: „%1“</translation>
    </message>
    <message>
        <source>Not marked lost</source>
        <translation>Nepažymėta prarastu</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>atidarymą iš naujo: „%1“</translation>
    </message>
    <message>
        <source>Not reopened</source>
        <translation>Neatidaryta iš naujo</translation>
    </message>
    <message>
        <source>Lead &amp;rules…</source>
        <translation>P&amp;otencialių klientų taisyklės…</translation>
    </message>
    <message>
        <source>Routing rules, first-contact deadline, qualification questions and lost reasons</source>
        <translation>Paskirstymo taisyklės, pirmojo susisiekimo terminas, kvalifikavimo klausimai ir praradimo priežastys</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>redagavimą: „%1“</translation>
    </message>
</context>
<context>
    <name>tandem::ListFilterBar</name>
    <message>
        <source>All contacts</source>
        <translation>Visi kontaktai</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Visos įmonės</translation>
    </message>
    <message>
        <source>Saved filters (segments) for mailings, exports and reports</source>
        <translation>Išsaugoti filtrai (segmentai) siuntimams, eksportui ir ataskaitoms</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Bet kuris atsakingas darbuotojas</translation>
    </message>
    <message>
        <source>Any company</source>
        <translation>Bet kuri įmonė</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Bet kuri būsena</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Bet kuri žyma</translation>
    </message>
    <message>
        <source>Any industry</source>
        <translation>Bet kuris sektorius</translation>
    </message>
    <message>
        <source>Any territory</source>
        <translation>Bet kuri teritorija</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>Bet koks sutikimas</translation>
    </message>
    <message>
        <source>Any last contact</source>
        <translation>Paskutinis susisiekimas: bet kada</translation>
    </message>
    <message>
        <source>No contact for </source>
        <extracomment>The &quot;no contact for N days&quot; filter: &quot;No contact for 90 days&quot;</extracomment>
        <translation>Nesusisiekta </translation>
    </message>
    <message>
        <source> days</source>
        <translation> d.</translation>
    </message>
    <message>
        <source>Only those with no call, meeting, e-mail or note for this many days</source>
        <translation>Tik įrašai, kuriems tiek dienų nebuvo užregistruota skambučių, susitikimų, el. laiškų ar pastabų</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Išvalyti</translation>
    </message>
    <message>
        <source>Show all records again</source>
        <translation>Vėl rodyti visus įrašus</translation>
    </message>
    <message>
        <source>Save as segment…</source>
        <translation>Išsaugoti kaip segmentą…</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmentas</translation>
    </message>
    <message>
        <source>This segment cannot be shown.</source>
        <translation>Šio segmento parodyti nepavyko.</translation>
    </message>
    <message>
        <source>Save as segment</source>
        <translation>Išsaugoti kaip segmentą</translation>
    </message>
    <message>
        <source>Name of the segment (an existing one of that name is replaced):</source>
        <translation>Segmento pavadinimas (esamas tokio pavadinimo segmentas bus pakeistas):</translation>
    </message>
    <message>
        <source>The segment was not saved.</source>
        <translation>Segmentas neišsaugotas.</translation>
    </message>
    <message>
        <source>Save segment %1</source>
        <extracomment>Undo menu entry: &quot;Save segment Vilnius customers&quot;</extracomment>
        <translation>Išsaugoti segmentą „%1“</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Atsakingas</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Įmonė</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Žyma</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sektorius</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Teritorija</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Sutikimai</translation>
    </message>
    <message>
        <source>Days without contact</source>
        <translation>Dienos be kontakto</translation>
    </message>
</context>
<context>
    <name>tandem::LoseDialog</name>
    <message>
        <source>Deal lost</source>
        <translation>Sandoris prarastas</translation>
    </message>
    <message>
        <source>Lead lost</source>
        <translation>Potencialus klientas prarastas</translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation>Kodėl prarasta: „%1“?</translation>
    </message>
    <message>
        <source>Why was the lead “%1” lost?</source>
        <translation>Kodėl prarastas potencialus klientas „%1“?</translation>
    </message>
    <message>
        <source>Pick or type a reason</source>
        <translation>Pasirinkite arba įveskite priežastį</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Priežastis:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nėra</translation>
    </message>
    <message>
        <source>Lost &amp;to:</source>
        <translation>Atiteko &amp;konkurentui:</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>Pažymėti prarastu</translation>
    </message>
    <message>
        <source>Mark lead lost</source>
        <translation>Pažymėti potencialų klientą prarastu</translation>
    </message>
</context>
<context>
    <name>tandem::MailingDialog</name>
    <message>
        <source>Preview…</source>
        <translation>Peržiūra…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Išsaugoti PDF…</translation>
    </message>
    <message>
        <source>Draw the label edges (a test on plain paper)</source>
        <translation>Nubrėžti etikečių kraštus (bandymui ant paprasto popieriaus)</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Išsaugoti CSV…</translation>
    </message>
    <message>
        <source>Open templates folder</source>
        <translation>Atidaryti šablonų aplanką</translation>
    </message>
    <message>
        <source>Mail merge and labels</source>
        <translation>Laiškų suliejimas ir etiketės</translation>
    </message>
    <message>
        <source>The letter&apos;s text. The template adds the letterhead, the address, the date and the greeting.</source>
        <translation>Laiško tekstas. Firminį blanką, adresą, datą ir pasisveikinimą prideda šablonas.</translation>
    </message>
    <message>
        <source>Labels already used on the first sheet are skipped, row by row</source>
        <translation>Pirmajame lape jau panaudotos etiketės praleidžiamos, skaičiuojant eilutėmis</translation>
    </message>
    <message>
        <source>The recipients&apos; addresses for a mailing house or another tool</source>
        <translation>Gavėjų adresai pašto siuntų paslaugų įmonei arba kitai programai</translation>
    </message>
    <message>
        <source>Edit the letterhead and letter templates your team uses (HTML files)</source>
        <translation>Redaguoti komandos naudojamą firminį blanką ir laiškų šablonus (HTML failai)</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segmentas:</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Laiškai</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>Ša&amp;blonas:</translation>
    </message>
    <message>
        <source>Letter &amp;text:</source>
        <translation>Laiško &amp;tekstas:</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>Adresų etiketės</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Lapas:</translation>
    </message>
    <message>
        <source>Start at &amp;label:</source>
        <translation>Pradėti nuo &amp;etiketės:</translation>
    </message>
    <message>
        <source>There is no saved contact segment yet. Filter the contacts list and save the filter as a segment to send it a mailing.</source>
        <translation>Išsaugotų kontaktų segmentų dar nėra. Kad galėtumėte siųsti laiškus, filtruokite kontaktų sąrašą ir išsaugokite filtrą kaip segmentą.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n gavėjas</numerusform>
            <numerusform>%n gavėjai</numerusform>
            <numerusform>%n gavėjų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without postal consent left out</source>
        <translation>
            <numerusform>praleistas %n kontaktas be sutikimo dėl pašto siuntų</numerusform>
            <numerusform>praleisti %n kontaktai be sutikimo dėl pašto siuntų</numerusform>
            <numerusform>praleista %n kontaktų be sutikimo dėl pašto siuntų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a complete address left out (%1)</source>
        <translation>
            <numerusform>praleistas %n kontaktas su nepilnu adresu (%1)</numerusform>
            <numerusform>praleisti %n kontaktai su nepilnu adresu (%1)</numerusform>
            <numerusform>praleista %n kontaktų su nepilnu adresu (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>No one in this segment can be sent post: nothing to print or save.</source>
        <translation>Nė vienam šio segmento kontaktui negalima siųsti pašto siuntų: nėra ką spausdinti ar išsaugoti.</translation>
    </message>
    <message>
        <source>Save letters as PDF</source>
        <translation>Išsaugoti laiškus PDF formatu</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>laiškai</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumentai (*.pdf)</translation>
    </message>
    <message>
        <source>Letters not saved</source>
        <translation>Laiškai neišsaugoti</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved to %1.</source>
        <translation>
            <numerusform>%n laiškas išsaugotas faile %1.</numerusform>
            <numerusform>%n laiškai išsaugoti faile %1.</numerusform>
            <numerusform>%n laiškų išsaugota faile %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left blank where the records have no value: %1.</source>
        <translation>Palikta tuščia, nes įrašuose nėra reikšmės: %1.</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>Išsaugoti etiketes PDF formatu</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>etiketės</translation>
    </message>
    <message>
        <source>Labels not saved</source>
        <translation>Etiketės neišsaugotos</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) saved to %1.</source>
        <translation>
            <numerusform>%n etiketė išsaugota faile %1.</numerusform>
            <numerusform>%n etiketės išsaugotos faile %1.</numerusform>
            <numerusform>%n etikečių išsaugota faile %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save addresses as CSV</source>
        <translation>Išsaugoti adresus CSV formatu</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>adresai</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV failai (*.csv)</translation>
    </message>
    <message>
        <source>Addresses not saved</source>
        <translation>Adresai neišsaugoti</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) saved to %1.</source>
        <translation>
            <numerusform>%n adresas išsaugotas faile %1.</numerusform>
            <numerusform>%n adresai išsaugoti faile %1.</numerusform>
            <numerusform>%n adresų išsaugota faile %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Peržiūra negalima</translation>
    </message>
    <message>
        <source>Letters — print preview</source>
        <translation>Laiškai — spaudinio peržiūra</translation>
    </message>
    <message>
        <source>Address labels — print preview</source>
        <translation>Adresų etiketės — spaudinio peržiūra</translation>
    </message>
    <message>
        <source>Templates folder</source>
        <translation>Šablonų aplankas</translation>
    </message>
    <message>
        <source>The templates are in %1.</source>
        <translation>Šablonai yra aplanke %1.</translation>
    </message>
</context>
<context>
    <name>tandem::MainWindow</name>
    <message>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <source>%1 — Tandem</source>
        <translation>%1 — Tandem</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Neatlikta</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Pagrindinė įrankių juosta</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anuliuoti</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Perdaryti</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Failas</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>Sukurti duomenų bazės &amp;atsarginę kopiją…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Išeiti</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Taisa</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rasti…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Rodinys</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ž&amp;inynas</translation>
    </message>
    <message>
        <source>&amp;Check database…</source>
        <translation>&amp;Patikrinti duomenų bazę…</translation>
    </message>
    <message>
        <source>&amp;About Tandem</source>
        <translation>&amp;Apie Tandem</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Duomenų bazė: %1</translation>
    </message>
    <message>
        <source>tandem-%1.tandem-backup</source>
        <extracomment>Suggested file name of a backup; %1 is today&apos;s date</extracomment>
        <translation>tandem-%1.tandem-backup</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Duomenų bazės atsarginė kopija</translation>
    </message>
    <message>
        <source>Tandem backups (*.tandem-backup);;All files (*)</source>
        <translation>Tandem atsarginės kopijos (*.tandem-backup);;Visi failai (*)</translation>
    </message>
    <message>
        <source>The backup was not written.</source>
        <translation>Atsarginė kopija neįrašyta.</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Atsarginė kopija išsaugota: %1</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Duomenų bazės patikra</translation>
    </message>
    <message>
        <source>The database is healthy: no problems found in %1.</source>
        <translation>Duomenų bazė tvarkinga: faile %1 problemų nerasta.</translation>
    </message>
    <message>
        <source>About Tandem</source>
        <translation>Apie Tandem</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tandem %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for small sales teams: contacts, companies, leads, deals and activities, on your own computer, working with or without a network.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tandem %1&lt;/h3&gt;&lt;p&gt;Kompiuterinė CRM sistema mažoms pardavimų komandoms: kontaktai, įmonės, potencialūs klientai, sandoriai ir veiklos jūsų kompiuteryje – su tinklu arba be jo.&lt;/p&gt;&lt;p&gt;Duomenų bazė: %2&lt;/p&gt;&lt;p&gt;Licencija: GNU GPL 3 arba vėlesnės versijos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>In the status bar: &quot;Contacts 2,000&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Priminimai…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Atverti failą</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 nėra.</translation>
    </message>
    <message>
        <source>Tandem cannot open %1: it opens Tandem bundles (.tandem), address books (.vcf) and calendars (.ics).</source>
        <translation>Tandem negali atverti %1: atveriami Tandem paketai (.tandem), adresų knygos (.vcf) ir kalendoriai (.ics).</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Nustatymai…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Spartieji klavišai</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>A&amp;tkurti iš atsarginės kopijos…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Atkūrimas iš atsarginės kopijos</translation>
    </message>
    <message>
        <source>Restored. The data it replaced was saved to %1. Tandem now reopens the database.</source>
        <translation>Duomenys atkurti. Ankstesni duomenys išsaugoti faile %1. Tandem dabar iš naujo atidarys duomenų bazę.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1.</source>
        <translation>
            <numerusform>Faile %1 rasta %n problema.</numerusform>
            <numerusform>Faile %1 rastos %n problemos.</numerusform>
            <numerusform>Faile %1 rasta %n problemų.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no sound automatic backup to go back to. Make a backup, then run “tandem-cli check --repair”.</source>
        <translation>Nėra nepažeistos automatinės atsarginės kopijos, kurią būtų galima atkurti. Sukurkite atsarginę kopiją ir paleiskite „tandem-cli check --repair“.</translation>
    </message>
    <message>
        <source>Restore the latest sound backup, taken %1 (%2)? What is here now is kept as a backup.</source>
        <translation>Atkurti naujausią nepažeistą atsarginę kopiją, sukurtą %1 (%2)? Dabartiniai duomenys bus išsaugoti kaip atsarginė kopija.</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Nieko neatkurta.</translation>
    </message>
    <message>
        <source>Backed up automatically to %1</source>
        <translation>Automatinė atsarginė kopija išsaugota: %1</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Automatinė atsarginė kopija</translation>
    </message>
    <message>
        <source>Tandem could not back up the database automatically. Your data is unchanged, but until this is solved there is no fresh backup to go back to.</source>
        <translation>Tandem nepavyko automatiškai sukurti duomenų bazės atsarginės kopijos. Jūsų duomenys nepakeisti, tačiau kol problema nepašalinta, nėra naujos atsarginės kopijos, iš kurios būtų galima atkurti duomenis.</translation>
    </message>
    <message>
        <source>&amp;Mail merge and labels…</source>
        <translation>&amp;Laiškų suliejimas ir etiketės…</translation>
    </message>
</context>
<context>
    <name>tandem::MarketingModule</name>
    <message>
        <source>Marketing</source>
        <translation>Rinkodara</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanija</translation>
    </message>
</context>
<context>
    <name>tandem::MaterialLibraryView</name>
    <message>
        <source>Choose the new version of “%1”</source>
        <translation>Pasirinkite naują „%1“ versiją</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Žymos</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dydis</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Pridėjo</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Pridėta</translation>
    </message>
    <message>
        <source>Drop files here to add them to the library</source>
        <translation>Nuvilkite failus čia, kad įtrauktumėte juos į biblioteką</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Pridėti failus…</translation>
    </message>
    <message>
        <source>Edit tags…</source>
        <translation>Redaguoti žymas…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Pervadinti…</translation>
    </message>
    <message>
        <source>Replace with a new version…</source>
        <translation>Pakeisti nauja versija…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atidaryti</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Išsaugoti kopiją…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Pašalinti…</translation>
    </message>
    <message>
        <source>Add brochures, presentations or price sheets to the library</source>
        <translation>Įtraukti brošiūras, pristatymus ar kainoraščius į biblioteką</translation>
    </message>
    <message>
        <source>Put a new version in place of this file; copies already attached to deals keep what the customer was given</source>
        <translation>Pakeisti šį failą nauja versija; prie sandorių jau prisegtose kopijose lieka tai, kas buvo pateikta klientui</translation>
    </message>
    <message>
        <source>No file in the library matches the search.</source>
        <translation>Bibliotekoje nėra paiešką atitinkančių failų.</translation>
    </message>
    <message>
        <source>The library is empty. Add brochures, presentations and price sheets with Add files…, or drop them here from the file manager.</source>
        <translation>Biblioteka tuščia. Įtraukite brošiūras, pristatymus ir kainoraščius komanda „Pridėti failus…“ arba nuvilkite juos čia iš failų tvarkyklės.</translation>
    </message>
    <message>
        <source>Add files to the sales materials</source>
        <translation>Įtraukti failus į pardavimų medžiagą</translation>
    </message>
    <message>
        <source>Add to the sales materials</source>
        <translation>Įtraukti į pardavimų medžiagą</translation>
    </message>
    <message numerus="yes">
        <source>Tags for the %n file(s), separated by commas, e.g. “brochure, en” (may stay empty):</source>
        <translation>
            <numerusform>%n failo žymos, atskirtos kableliais, pvz., „brošiūra, en“ (galima palikti tuščią):</numerusform>
            <numerusform>%n failų žymos, atskirtos kableliais, pvz., „brošiūra, en“ (galima palikti tuščią):</numerusform>
            <numerusform>%n failų žymos, atskirtos kableliais, pvz., „brošiūra, en“ (galima palikti tuščią):</numerusform>
        </translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Pridėti failus</translation>
    </message>
    <message numerus="yes">
        <source>Add %n file(s) to the sales materials</source>
        <translation>
            <numerusform>%n failo įtraukimą į pardavimų medžiagą</numerusform>
            <numerusform>%n failų įtraukimą į pardavimų medžiagą</numerusform>
            <numerusform>%n failų įtraukimą į pardavimų medžiagą</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n files was added.</source>
        <translation>
            <numerusform>Neįtrauktas nė vienas iš %n failo.</numerusform>
            <numerusform>Neįtrauktas nė vienas iš %n failų.</numerusform>
            <numerusform>Neįtrauktas nė vienas iš %n failų.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Redaguoti žymas</translation>
    </message>
    <message>
        <source>Tags of “%1”, separated by commas:</source>
        <translation>„%1“ žymos, atskirtos kableliais:</translation>
    </message>
    <message numerus="yes">
        <source>Tags of the %n selected files, separated by commas (tags only some of them have are kept):</source>
        <translation>
            <numerusform>%n pasirinkto failo bendros žymos, atskirtos kableliais (žymos, kurias turi tik dalis failų, paliekamos):</numerusform>
            <numerusform>%n pasirinktų failų bendros žymos, atskirtos kableliais (žymos, kurias turi tik dalis failų, paliekamos):</numerusform>
            <numerusform>%n pasirinktų failų bendros žymos, atskirtos kableliais (žymos, kurias turi tik dalis failų, paliekamos):</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translation>„%1“ žymų keitimą</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n files</source>
        <translation>
            <numerusform>%n failo žymų keitimą</numerusform>
            <numerusform>%n failų žymų keitimą</numerusform>
            <numerusform>%n failų žymų keitimą</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Pervadinti</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>Naujas „%1“ pavadinimas:</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>„%1“ pervadinimą į „%2“</translation>
    </message>
    <message>
        <source>Replace with a new version</source>
        <translation>Pakeisti nauja versija</translation>
    </message>
    <message>
        <source>Replace “%1” with a new version</source>
        <translation>„%1“: nauja versija</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Visi failai (*)</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Nepavyko nuskaityti „%1“: %2</translation>
    </message>
    <message numerus="yes">
        <source>Save copies of %n files</source>
        <translation>
            <numerusform>Išsaugoti %n failo kopijas</numerusform>
            <numerusform>Išsaugoti %n failų kopijas</numerusform>
            <numerusform>Išsaugoti %n failų kopijas</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Išsaugoti kopiją</translation>
    </message>
    <message>
        <source>Remove “%1” from the sales materials? Copies already attached to deals and offers stay with them.</source>
        <translation>Pašalinti „%1“ iš pardavimų medžiagos? Prie sandorių ir pasiūlymų jau prisegtos kopijos liks.</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n selected files from the sales materials? Copies already attached to deals and offers stay with them.</source>
        <translation>
            <numerusform>Pašalinti %n pasirinktą failą iš pardavimų medžiagos? Prie sandorių ir pasiūlymų jau prisegtos kopijos liks.</numerusform>
            <numerusform>Pašalinti %n pasirinktus failus iš pardavimų medžiagos? Prie sandorių ir pasiūlymų jau prisegtos kopijos liks.</numerusform>
            <numerusform>Pašalinti %n pasirinktų failų iš pardavimų medžiagos? Prie sandorių ir pasiūlymų jau prisegtos kopijos liks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>Remove “%1” from the sales materials</source>
        <translation>„%1“ pašalinimą iš pardavimų medžiagos</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n files from the sales materials</source>
        <translation>
            <numerusform>%n failo pašalinimą iš pardavimų medžiagos</numerusform>
            <numerusform>%n failų pašalinimą iš pardavimų medžiagos</numerusform>
            <numerusform>%n failų pašalinimą iš pardavimų medžiagos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::MaterialPicker</name>
    <message>
        <source>Attach</source>
        <translation>Prisegti</translation>
    </message>
</context>
<context>
    <name>tandem::MaterialSearchBar</name>
    <message>
        <source>Search by name or tag: “pri bro” finds a price list brochure</source>
        <translation>Ieškoti pagal pavadinimą arba žymą: „kai bro“ suras kainoraščio brošiūrą</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Žyma</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Visos žymos</translation>
    </message>
</context>
<context>
    <name>tandem::MonthView</name>
    <message>
        <source>Month</source>
        <translation>Mėnuo</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+ dar %n</numerusform>
            <numerusform>+ dar %n</numerusform>
            <numerusform>+ dar %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::NotificationsButton</name>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n naujas pranešimas</numerusform>
            <numerusform>%n nauji pranešimai</numerusform>
            <numerusform>%n naujų pranešimų</numerusform>
        </translation>
    </message>
    <message>
        <source>No new notifications</source>
        <translation>Naujų pranešimų nėra</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ir dar %n</numerusform>
            <numerusform>… ir dar %n</numerusform>
            <numerusform>… ir dar %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Pažymėti visus kaip perskaitytus</translation>
    </message>
</context>
<context>
    <name>tandem::OutcomeDialog</name>
    <message>
        <source>Create a follow-up task</source>
        <translation>Sukurti tolesnę užduotį</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>Kaip sekėsi?</translation>
    </message>
    <message>
        <source>How did “%1” go?</source>
        <translation>Kaip praėjo „%1“?</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Kas įvyko</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezultatas</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Kas toliau</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Kitas žingsnis</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Pavyko susisiekti</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Neatsiliepė</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Palikta žinutė</translation>
    </message>
    <message>
        <source>Meeting held</source>
        <translation>Susitikimas įvyko</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Atidėta</translation>
    </message>
    <message>
        <source>The next step</source>
        <translation>Kitas žingsnis</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Užduotis</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Terminas</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Pažymėti kaip atliktą</translation>
    </message>
    <message>
        <source>Log how “%1” went</source>
        <translation>Užregistruoti, kaip praėjo „%1“</translation>
    </message>
</context>
<context>
    <name>tandem::PartiesModule</name>
    <message>
        <source>&amp;Import…</source>
        <translation>I&amp;mportuoti…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;ksportuoti…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Rasti d&amp;ublikatus…</translation>
    </message>
    <message>
        <source>Bring in contacts from a vCard or CSV file</source>
        <translation>Importuoti kontaktus iš vCard arba CSV failo</translation>
    </message>
    <message>
        <source>Bring in companies from a CSV file</source>
        <translation>Importuoti įmones iš CSV failo</translation>
    </message>
    <message>
        <source>Save the contacts the list shows as vCard or CSV</source>
        <translation>Išsaugoti sąraše rodomus kontaktus vCard arba CSV formatu</translation>
    </message>
    <message>
        <source>Save the companies the list shows as CSV</source>
        <translation>Išsaugoti sąraše rodomas įmones CSV formatu</translation>
    </message>
    <message>
        <source>Review records that look like the same one, and merge them</source>
        <translation>Peržiūrėti įrašus, kurie atrodo kaip tas pats įrašas, ir juos sujungti</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kortelė</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Galimas dublikatas</translation>
    </message>
    <message>
        <source>“%1” may already be here: %2.

Save it as a new contact anyway, or open the existing one?</source>
        <translation>„%1“ galbūt jau yra: %2.

Vis tiek išsaugoti kaip naują kontaktą ar atidaryti esamą?</translation>
    </message>
    <message>
        <source>Address books (*.vcf *.vcard *.csv);;vCard (*.vcf *.vcard);;CSV (*.csv *.txt)</source>
        <translation>Adresų knygos (*.vcf *.vcard *.csv);;vCard (*.vcf *.vcard);;CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>vCard (*.vcf);;CSV (*.csv)</source>
        <translation>vCard (*.vcf);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>Į failą %1 eksportuotas %n įrašas.</numerusform>
            <numerusform>Į failą %1 eksportuoti %n įrašai.</numerusform>
            <numerusform>Į failą %1 eksportuota %n įrašų.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” may already be here.

Save it as a new company anyway, or open the existing one?</source>
        <translation>„%1“ galbūt jau yra.

Vis tiek išsaugoti kaip naują įmonę ar atidaryti esamą?</translation>
    </message>
</context>
<context>
    <name>tandem::PartyCard</name>
    <message>
        <source>Log &amp;call</source>
        <translation>Registruoti &amp;skambutį</translation>
    </message>
    <message>
        <source>Log a call with this contact (Ctrl+L)</source>
        <translation>Užregistruoti skambutį su šiuo kontaktu (Ctrl+L)</translation>
    </message>
    <message>
        <source>Log a call with this company (Ctrl+L)</source>
        <translation>Užregistruoti skambutį su šia įmone (Ctrl+L)</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Pridėti pasta&amp;bą</translation>
    </message>
    <message>
        <source>Write a note on this contact (Ctrl+Shift+L)</source>
        <translation>Parašyti pastabą apie šį kontaktą (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Write a note on this company (Ctrl+Shift+L)</source>
        <translation>Parašyti pastabą apie šią įmonę (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation>Redaguoti &amp;duomenis</translation>
    </message>
</context>
<context>
    <name>tandem::PipelineEditor</name>
    <message>
        <source>A condition limits an action to the deals it fits, as in “amount &gt; 10000”. With “quote_discount &gt; 15” (the largest discount on the deal&apos;s open quotes, in percent) the action is a manager&apos;s approval: the quote waits for it, and ticking it approves the quote.</source>
        <translation>Sąlyga apriboja veiksmą tinkamais sandoriais, pvz., „amount &gt; 10000“. Su „quote_discount &gt; 15“ (didžiausia nuolaida atviruose sandorio komerciniuose pasiūlymuose, procentais) veiksmas yra vadovo patvirtinimas: pasiūlymas jo laukia, o pažymėjus veiksmą pasiūlymas patvirtinamas.</translation>
    </message>
    <message>
        <source>New pipeline…</source>
        <translation>Pridėti pardavimų piltuvą…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Pervadinti…</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Nustatyti numatytuoju</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapai</translation>
    </message>
    <message>
        <source>Playbook of the selected stage</source>
        <translation>Pasirinkto etapo pardavimų scenarijus</translation>
    </message>
    <message>
        <source>Pipelines and playbooks</source>
        <translation>Pardavimų piltuvai ir scenarijai</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Pardavimų piltuvas:</translation>
    </message>
    <message>
        <source>Double-click a cell to change it. A stage&apos;s probability weighs the forecast; a deal that sits in a stage longer than its “stalled after” days is marked on the board. Entering a stage gives the deal owner its playbook actions as tasks.</source>
        <translation>Norėdami pakeisti reikšmę, dukart spustelėkite langelį. Etapo tikimybė naudojama svertinei prognozei; sandoris, esantis etape ilgiau, nei nurodyta lauke „Įstrigęs po (dienų)“, lentoje pažymimas. Sandoriui patekus į etapą, už jį atsakingam darbuotojui etapo scenarijaus veiksmai priskiriami kaip užduotys.</translation>
    </message>
    <message>
        <source>&amp;Instructions for the selected action:</source>
        <translation>Pasirinkto veiksmo &amp;instrukcijos:</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Naujas etapas</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Naujas veiksmas</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>Naujas pardavimų piltuvas</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Pavadinimas:</translation>
    </message>
    <message>
        <source>Rename pipeline</source>
        <translation>Pervadinti pardavimų piltuvą</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (numatytasis)</translation>
    </message>
    <message>
        <source>Add pipeline “%1”</source>
        <translation>pardavimų piltuvo „%1“ pridėjimą</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Naujas</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Laimėtas</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Prarastas</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Nepridėta</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>Nepervadinta</translation>
    </message>
    <message>
        <source>Make “%1” the default pipeline</source>
        <translation>numatytojo pardavimų piltuvo keitimą: „%1“</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nepakeista</translation>
    </message>
</context>
<context>
    <name>tandem::PipelineModule</name>
    <message>
        <source>&amp;Open deal</source>
        <translation>&amp;Atidaryti sandorį</translation>
    </message>
    <message>
        <source>&amp;Previous stage</source>
        <translation>A&amp;nkstesnis etapas</translation>
    </message>
    <message>
        <source>&amp;Next stage</source>
        <translation>&amp;Kitas etapas</translation>
    </message>
    <message>
        <source>Mark &amp;won</source>
        <translation>Pažymėti &amp;laimėtu</translation>
    </message>
    <message>
        <source>Mark &amp;lost…</source>
        <translation>Pažymėti p&amp;rarastu…</translation>
    </message>
    <message>
        <source>&amp;Edit pipelines…</source>
        <translation>Redaguoti pardavimų &amp;piltuvus…</translation>
    </message>
    <message>
        <source>Move the selected deal one stage back (Ctrl+Left)</source>
        <translation>Grąžinti pasirinktą sandorį į ankstesnį etapą (Ctrl+Left)</translation>
    </message>
    <message>
        <source>Move the selected deal to the next stage (Ctrl+Right)</source>
        <translation>Perkelti pasirinktą sandorį į kitą etapą (Ctrl+Right)</translation>
    </message>
    <message>
        <source>The customer said yes</source>
        <translation>Klientas sutiko</translation>
    </message>
    <message>
        <source>The deal is lost: say why</source>
        <translation>Sandoris prarastas: nurodykite priežastį</translation>
    </message>
    <message>
        <source>Stages, probabilities and the playbook of each stage</source>
        <translation>Etapai, tikimybės ir kiekvieno etapo pardavimų scenarijus</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pardavimų piltuvas</translation>
    </message>
</context>
<context>
    <name>tandem::ProductPicker</name>
    <message>
        <source>Add product</source>
        <translation>Pridėti produktą</translation>
    </message>
    <message>
        <source>Search the catalogue by name or code</source>
        <translation>Ieškoti kataloge pagal pavadinimą arba kodą</translation>
    </message>
    <message>
        <source>Add to quote</source>
        <translation>Pridėti į pasiūlymą</translation>
    </message>
</context>
<context>
    <name>tandem::QualifyDialog</name>
    <message>
        <source>Qualify lead</source>
        <translation>Kvalifikuoti potencialų klientą</translation>
    </message>
    <message>
        <source>What did you learn from “%1”?</source>
        <translation>Ką sužinojote apie „%1“?</translation>
    </message>
    <message>
        <source>Mark qualified</source>
        <translation>Pažymėti kvalifikuotu</translation>
    </message>
</context>
<context>
    <name>tandem::QuickLog</name>
    <message>
        <source>Log</source>
        <translation>Registruoti</translation>
    </message>
    <message>
        <source>What happened? The first line becomes the subject. Ctrl+Enter logs it, Esc closes.</source>
        <translation>Kas įvyko? Pirmoji eilutė taps tema. Ctrl+Enter – užregistruoti, Esc – uždaryti.</translation>
    </message>
    <message>
        <source>Log it (Ctrl+Enter)</source>
        <translation>Užregistruoti (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
    <message>
        <source>Type what happened first.</source>
        <translation>Pirmiausia įveskite, kas įvyko.</translation>
    </message>
    <message>
        <source>Not logged: %1</source>
        <translation>Neužregistruota: %1</translation>
    </message>
    <message>
        <source>Someone else&apos;s customer</source>
        <translation>Kito darbuotojo klientas</translation>
    </message>
    <message>
        <source>%1

Log it anyway? The owner will be told.</source>
        <translation>%1

Vis tiek užregistruoti? Atsakingam darbuotojui bus pranešta.</translation>
    </message>
</context>
<context>
    <name>tandem::QuoteEditor</name>
    <message>
        <source>Add product…</source>
        <translation>Pridėti produktą…</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Pridėti eilutę</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Pašalinti eilutę</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Peržiūra…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Išsaugoti PDF…</translation>
    </message>
    <message>
        <source>Send by e-mail…</source>
        <translation>Siųsti el. paštu…</translation>
    </message>
    <message>
        <source>Mark accepted</source>
        <translation>Pažymėti priimtu</translation>
    </message>
    <message>
        <source>Mark rejected</source>
        <translation>Pažymėti atmestu</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Nauja versija</translation>
    </message>
    <message>
        <source>Approve discount</source>
        <translation>Patvirtinti nuolaidą</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Galioja iki:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Kalba:</translation>
    </message>
    <message>
        <source>Overall discount %:</source>
        <translation>Bendra nuolaida, %:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Šablonas:</translation>
    </message>
    <message>
        <source>Notes printed on the offer</source>
        <translation>Pastabos, spausdinamos pasiūlyme</translation>
    </message>
    <message>
        <source>“%1” is not a percentage.</source>
        <translation>„%1“ nėra procentinė reikšmė.</translation>
    </message>
    <message>
        <source>Quote %1 v%2 · %3</source>
        <translation>Pasiūlymas %1 v%2 · %3</translation>
    </message>
    <message>
        <source>Sent on %1 — a sent quote cannot change. Make a new version to revise it.</source>
        <translation>Išsiųsta %1 — išsiųsto pasiūlymo keisti negalima. Norėdami jį pataisyti, sukurkite naują versiją.</translation>
    </message>
    <message>
        <source>an earlier day</source>
        <translation>anksčiau</translation>
    </message>
    <message>
        <source>A discount on this quote is above the team&apos;s limit: approve it before it is sent.</source>
        <translation>Šio pasiūlymo nuolaida viršija komandos nustatytą ribą: patvirtinkite ją prieš išsiųsdami pasiūlymą.</translation>
    </message>
    <message>
        <source>A discount on this quote is above the team&apos;s limit: it can be sent once a manager approves it.</source>
        <translation>Šio pasiūlymo nuolaida viršija komandos nustatytą ribą: pasiūlymą bus galima išsiųsti, kai nuolaidą patvirtins vadovas.</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Tarpinė suma</translation>
    </message>
    <message>
        <source>Discount %1</source>
        <translation>Nuolaida %1</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Suma be PVM</translation>
    </message>
    <message>
        <source>VAT %1 of %2</source>
        <translation>PVM %1 nuo %2</translation>
    </message>
    <message>
        <source>Total to pay, VAT included</source>
        <translation>Mokėtina suma su PVM</translation>
    </message>
    <message>
        <source>Change the quote&apos;s details</source>
        <translation>pasiūlymo duomenų keitimą</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nauja eilutė</translation>
    </message>
    <message>
        <source>Keep “%1”</source>
        <translation>„%1“ išsaugojimą</translation>
    </message>
    <message>
        <source>Preview — %1</source>
        <translation>Peržiūra — %1</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Išsaugoti PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumentai (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1; it is kept with the deal&apos;s documents.</source>
        <translation>Išsaugota: %1; dokumentas saugomas kartu su sandorio dokumentais.</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>Siųsti el. paštu</translation>
    </message>
    <message>
        <source>The deal has no e-mail address. Send the offer to:</source>
        <translation>Sandoryje nenurodytas el. pašto adresas. Kokiu adresu siųsti pasiūlymą?</translation>
    </message>
    <message>
        <source>Hello,

please find attached our %1.

Kind regards,
%2</source>
        <translation>Laba diena,

prisegtame faile rasite: %1.

Pagarbiai
%2</translation>
    </message>
    <message>
        <source>Was the offer sent to %1?</source>
        <translation>Ar pasiūlymas išsiųstas adresu %1?</translation>
    </message>
    <message>
        <source>The PDF is kept with the deal&apos;s documents; it is not marked as sent.</source>
        <translation>PDF saugomas kartu su sandorio dokumentais; jis nepažymėtas kaip išsiųstas.</translation>
    </message>
    <message>
        <source>Send “%1” to %2</source>
        <translation>„%1“ išsiuntimą adresu %2</translation>
    </message>
    <message>
        <source>Sent to %1 — logged on the deal&apos;s timeline.</source>
        <translation>Išsiųsta adresu %1 — užregistruota sandorio chronologijoje.</translation>
    </message>
    <message>
        <source>Mark the quote accepted</source>
        <translation>pasiūlymo pažymėjimą priimtu</translation>
    </message>
    <message>
        <source>Mark the quote rejected</source>
        <translation>pasiūlymo pažymėjimą atmestu</translation>
    </message>
    <message>
        <source>Approve the quote&apos;s discount</source>
        <translation>pasiūlymo nuolaidos patvirtinimą</translation>
    </message>
    <message>
        <source>Discount approved: the quote can be sent.</source>
        <translation>Nuolaida patvirtinta: pasiūlymą galima išsiųsti.</translation>
    </message>
    <message>
        <source>New version of the quote</source>
        <translation>naujos pasiūlymo versijos sukūrimą</translation>
    </message>
    <message>
        <source>Your mail program has a new message to %1. Attach %2 from the folder that has just opened.</source>
        <translation>Jūsų el. pašto programoje parengtas naujas laiškas, siunčiamas adresu %1. Prisekite %2 iš ką tik atidaryto aplanko.</translation>
    </message>
</context>
<context>
    <name>tandem::QuoteLinesModel</name>
    <message>
        <source>Add “%1” to the quote</source>
        <translation>„%1“ pridėjimą į pasiūlymą</translation>
    </message>
    <message>
        <source>Add a line to the quote</source>
        <translation>eilutės pridėjimą į pasiūlymą</translation>
    </message>
    <message>
        <source>Remove “%1” from the quote</source>
        <translation>„%1“ pašalinimą iš pasiūlymo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Aprašymas</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Kiekis</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Vieneto kaina</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Nuolaida, %</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>PVM, %</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Suma be PVM</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1“ nėra skaičius.</translation>
    </message>
    <message>
        <source>Change %1 of “%2”</source>
        <translation>eilutės „%2“ lauko „%1“ keitimą</translation>
    </message>
</context>
<context>
    <name>tandem::QuoteMaterials</name>
    <message>
        <source>Add…</source>
        <translation>Pridėti…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>Materials sent with this offer:</source>
        <translation>Su šiuo pasiūlymu siunčiama medžiaga:</translation>
    </message>
    <message>
        <source>none yet — Add… attaches brochures or price sheets from the library</source>
        <translation>kol kas nieko — mygtukas „Pridėti…“ prisega brošiūras ar kainoraščius iš bibliotekos</translation>
    </message>
    <message>
        <source>Attach files from the sales materials library to this offer&apos;s e-mail</source>
        <translation>Prisegti failus iš pardavimų medžiagos bibliotekos prie šio pasiūlymo el. laiško</translation>
    </message>
    <message>
        <source>Materials to send with this offer</source>
        <translation>Medžiaga, siunčiama su šiuo pasiūlymu</translation>
    </message>
    <message numerus="yes">
        <source>Send %n file(s) from the sales materials with the offer</source>
        <translation>
            <numerusform>%n failo iš pardavimų medžiagos pridėjimą prie pasiūlymo</numerusform>
            <numerusform>%n failų iš pardavimų medžiagos pridėjimą prie pasiūlymo</numerusform>
            <numerusform>%n failų iš pardavimų medžiagos pridėjimą prie pasiūlymo</numerusform>
        </translation>
    </message>
    <message>
        <source>Materials sent with this offer</source>
        <translation>Su šiuo pasiūlymu siunčiama medžiaga</translation>
    </message>
    <message numerus="yes">
        <source>Do not send %n file(s) with the offer</source>
        <translation>
            <numerusform>%n failo pašalinimą iš pasiūlymo</numerusform>
            <numerusform>%n failų pašalinimą iš pasiūlymo</numerusform>
            <numerusform>%n failų pašalinimą iš pasiūlymo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ReassignDialog</name>
    <message>
        <source>Reassign territory</source>
        <translation>Teritorijos perdavimas</translation>
    </message>
    <message>
        <source>Give territory “%1” an owner.</source>
        <translation>Paskirkite už teritoriją „%1“ atsakingą darbuotoją.</translation>
    </message>
    <message>
        <source>Hand territory “%1” over from %2 to:</source>
        <translation>Perduoti teritoriją „%1“, už kurią dabar atsako %2:</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Naujas atsakingas darbuotojas</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Perduoti</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pasirinkite…</translation>
    </message>
    <message>
        <source>Their open accounts, deals, leads and tasks here move with it.</source>
        <translation>Kartu perkeliamos ir dabartinio atsakingo darbuotojo šios teritorijos įmonės, atviri sandoriai, potencialūs klientai ir užduotys.</translation>
    </message>
    <message>
        <source>The territory had no owner, so no records move.</source>
        <translation>Teritorija neturėjo atsakingo darbuotojo, todėl jokie įrašai neperkeliami.</translation>
    </message>
    <message>
        <source>Moves to %1: %2.</source>
        <translation>Naujam atsakingam darbuotojui (%1) bus perkelta: %2.</translation>
    </message>
</context>
<context>
    <name>tandem::RecordForm</name>
    <message>
        <source>Pick one from the list, or press New to add one.</source>
        <translation>Pasirinkite įrašą iš sąrašo arba spustelėkite „Pridėti“, kad sukurtumėte naują.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Išsami informacija</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Pakeitimų istorija</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Ištrinti…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Atmesti</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Išsaugoti</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Neišsaugota. %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Sukurti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Naujas įrašas: %1</translation>
    </message>
    <message>
        <source>%1 · added %2</source>
        <extracomment>Under a record&apos;s name: &quot;Contact · added 15/06/2026 by Ona Petraitienė&quot;</extracomment>
        <translation>%1 · sukurta %2</translation>
    </message>
    <message>
        <source>%1 · added %2 by %3</source>
        <translation>%1 · %2 sukūrė %3</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Pakeitimų istorija (%1)</translation>
    </message>
</context>
<context>
    <name>tandem::RecordHistoryView</name>
    <message>
        <source>Created</source>
        <translation>Sukurta</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Pakeista</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Ištrinta</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Atkurta</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Laukas</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Reikšmė</translation>
    </message>
</context>
<context>
    <name>tandem::RecordListView</name>
    <message>
        <source>Filter by name…</source>
        <translation>Filtruoti pagal pavadinimą…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Pridėti</translation>
    </message>
    <message>
        <source>Add a new %1</source>
        <translation>Pridėti naują įrašą: %1</translation>
    </message>
    <message>
        <source>%1 shown of %2 (more load as you scroll)</source>
        <translation>Rodoma %1 iš %2 (slenkant įkeliama daugiau)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Neišsaugoti pakeitimai</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Išsaugoti „%1“ pakeitimus?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ištrinti</translation>
    </message>
    <message>
        <source>Delete “%1”?

Edit › Undo brings it back.</source>
        <translation>Ištrinti „%1“?

Įrašą galėsite grąžinti pasirinkę Taisa › Anuliuoti.</translation>
    </message>
    <message>
        <source>“%1” was not deleted.</source>
        <translation>„%1“ nepavyko ištrinti.</translation>
    </message>
</context>
<context>
    <name>tandem::RecordTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reorder %1</source>
        <translation>eilės tvarkos keitimą: %1</translation>
    </message>
</context>
<context>
    <name>tandem::RecordTableView</name>
    <message>
        <source>Add</source>
        <translation>Pridėti</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Pašalinti…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Perkelti aukštyn</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Perkelti žemyn</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Neišsaugota</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>Remove “%1”? Edit › Undo brings it back.</source>
        <translation>Pašalinti „%1“? Įrašą galėsite grąžinti pasirinkę Taisa › Anuliuoti.</translation>
    </message>
</context>
<context>
    <name>tandem::RecordsModule</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Pridėti</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Išsaugoti</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Atmesti</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Iš&amp;trinti…</translation>
    </message>
    <message>
        <source>Add a new %1</source>
        <translation>Pridėti naują įrašą: %1</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Išsaugoti pakeitimus</translation>
    </message>
    <message>
        <source>Forget the changes not saved yet</source>
        <translation>Atmesti dar neišsaugotus pakeitimus</translation>
    </message>
    <message>
        <source>Delete the open %1</source>
        <translation>Ištrinti atidarytą įrašą: %1</translation>
    </message>
</context>
<context>
    <name>tandem::RecurrenceEditor</name>
    <message>
        <source> day</source>
        <translation> dieną</translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <translation>
            <numerusform> dieną</numerusform>
            <numerusform> dienas</numerusform>
            <numerusform> dienų</numerusform>
        </translation>
    </message>
    <message>
        <source> week</source>
        <translation> savaitę</translation>
    </message>
    <message numerus="yes">
        <source> weeks</source>
        <translation>
            <numerusform> savaitę</numerusform>
            <numerusform> savaites</numerusform>
            <numerusform> savaičių</numerusform>
        </translation>
    </message>
    <message>
        <source> month</source>
        <translation> mėnesį</translation>
    </message>
    <message numerus="yes">
        <source> months</source>
        <translation>
            <numerusform> mėnesį</numerusform>
            <numerusform> mėnesius</numerusform>
            <numerusform> mėnesių</numerusform>
        </translation>
    </message>
    <message>
        <source> year</source>
        <translation> metus</translation>
    </message>
    <message numerus="yes">
        <source> years</source>
        <translation>
            <numerusform> metus</numerusform>
            <numerusform> metus</numerusform>
            <numerusform> metų</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nekartoti</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Kasdien</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Kas savaitę</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Kas mėnesį</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Kasmet</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Kartoti:</translation>
    </message>
    <message>
        <source>every </source>
        <translation>kas </translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Kada:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>niekada</translation>
    </message>
    <message>
        <source>after</source>
        <translation>po</translation>
    </message>
    <message>
        <source>on date</source>
        <translation>nurodytą dieną</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Baigiasi:</translation>
    </message>
    <message>
        <source>on day %1</source>
        <translation>mėnesio %1 d.</translation>
    </message>
    <message>
        <source>on the same day each month</source>
        <translation>tą pačią mėnesio dieną</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>on the last day of the month</source>
        <translation>paskutinė mėnesio diena</translation>
    </message>
    <message>
        <source> time</source>
        <translation> karto</translation>
    </message>
    <message numerus="yes">
        <source> times</source>
        <translation>
            <numerusform> karto</numerusform>
            <numerusform> kartų</numerusform>
            <numerusform> kartų</numerusform>
        </translation>
    </message>
    <message>
        <source>This repeat rule cannot be read: %1</source>
        <translation>Šios kartojimo taisyklės nepavyko perskaityti: %1</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Nesikartoja</translation>
    </message>
</context>
<context>
    <name>tandem::ReferenceCombo</name>
    <message>
        <source>Type a name…</source>
        <translation>Įveskite pavadinimą…</translation>
    </message>
</context>
<context>
    <name>tandem::ReminderCenter</name>
    <message>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ir dar %n</numerusform>
            <numerusform>… ir dar %n</numerusform>
            <numerusform>… ir dar %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n priminimas</numerusform>
            <numerusform>%n priminimai</numerusform>
            <numerusform>%n priminimų</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ReminderDialog</name>
    <message>
        <source>Meeting</source>
        <translation>Susitikimas</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Skambutis</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Pastaba</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Užduotis</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Kitas susisiekimas</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Atidaryti</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>Ati&amp;dėti</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>Atm&amp;esti</translation>
    </message>
    <message>
        <source>Dismiss &amp;all</source>
        <translation>Atmesti &amp;visus</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Priminimai</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Priminimas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 minutėms</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minučių</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 valandai</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Iki rytojaus ryto</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
    <message>
        <source>Missed while Tandem was closed (since %1)</source>
        <translation>Praleista, kol Tandem buvo uždaryta (nuo %1)</translation>
    </message>
    <message>
        <source>Missed while Tandem was closed</source>
        <translation>Praleista, kol Tandem buvo uždaryta</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Jau laikas</translation>
    </message>
    <message>
        <source>No reminders are due.</source>
        <translation>Priminimų nėra.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) need your attention.</source>
        <translation>
            <numerusform>Jūsų dėmesio reikia %n priminimui.</numerusform>
            <numerusform>Jūsų dėmesio reikia %n priminimams.</numerusform>
            <numerusform>Jūsų dėmesio reikia %n priminimų.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(be temos)</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Atidėta</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Pratęsimas</translation>
    </message>
</context>
<context>
    <name>tandem::ReportParamsBar</name>
    <message>
        <source>Custom dates</source>
        <translation>Pasirinktos datos</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Laikotarpis</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Nuo</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Iki</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Be palyginimo</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Ankstesnis laikotarpis</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Tas pats laikotarpis pernai</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Palyginti su</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valiuta</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Laikotarpis:</translation>
    </message>
    <message>
        <source>Co&amp;mpare:</source>
        <translation>Pal&amp;yginti su:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Valiuta:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Atsakingas:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Visi</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>&amp;Komanda:</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Visos komandos</translation>
    </message>
    <message>
        <source>Te&amp;rritory:</source>
        <translation>T&amp;eritorija:</translation>
    </message>
    <message>
        <source>All territories</source>
        <translation>Visos teritorijos</translation>
    </message>
    <message>
        <source>Pipe&amp;line:</source>
        <translation>Pardavimų &amp;piltuvas:</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>Visi pardavimų piltuvai</translation>
    </message>
</context>
<context>
    <name>tandem::ReportTableModel</name>
    <message numerus="yes">
        <source>Double-click to see the %n record(s) behind this figure.</source>
        <translation>
            <numerusform>Dukart spustelėkite, kad pamatytumėte %n įrašą, iš kurio gautas šis skaičius.</numerusform>
            <numerusform>Dukart spustelėkite, kad pamatytumėte %n įrašus, iš kurių gautas šis skaičius.</numerusform>
            <numerusform>Dukart spustelėkite, kad pamatytumėte %n įrašų, iš kurių gautas šis skaičius.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ReportsModule</name>
    <message>
        <source>&amp;Print report…</source>
        <translation>&amp;Spausdinti ataskaitą…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Eksportuoti ataskaitą…</translation>
    </message>
    <message>
        <source>&amp;Refresh report</source>
        <translation>&amp;Atnaujinti ataskaitą</translation>
    </message>
    <message>
        <source>Print the report, with a preview first</source>
        <translation>Spausdinti ataskaitą (pirmiausia parodoma peržiūra)</translation>
    </message>
    <message>
        <source>Save the report as PDF, CSV (for Excel) or HTML</source>
        <translation>Išsaugoti ataskaitą PDF, CSV (Excel) arba HTML formatu</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Ataskaitos</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Spausdinti…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuoti…</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagrama</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Ataskaitos lentelė</translation>
    </message>
    <message>
        <source>Create follow-up tasks…</source>
        <translation>Sukurti susisiekimo užduotis…</translation>
    </message>
    <message>
        <source>Show these classes on company cards…</source>
        <translation>Rodyti šias klases įmonių kortelėse…</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>Pardavimų tikslai…</translation>
    </message>
    <message>
        <source>Nothing in this period: choose a longer period or fewer filters.</source>
        <translation>Šiuo laikotarpiu duomenų nėra: pasirinkite ilgesnį laikotarpį arba mažiau filtrų.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 ms</source>
        <translation>
            <numerusform>%n eilutė per %1 ms</numerusform>
            <numerusform>%n eilutės per %1 ms</numerusform>
            <numerusform>%n eilučių per %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Ataskaitos eksportas</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;CSV for Excel (*.csv);;Web page (*.html)</source>
        <translation>PDF dokumentas (*.pdf);;CSV, skirtas Excel (*.csv);;Tinklalapis (*.html)</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Spausdinimas: %1</translation>
    </message>
    <message numerus="yes">
        <source>Create a follow-up task for each of the %n customer(s) listed, for their owners?</source>
        <translation>
            <numerusform>Sukurti po susisiekimo užduotį kiekvienam sąraše esančiam klientui (klientų: %n) ir priskirti jas už klientus atsakingiems darbuotojams?</numerusform>
            <numerusform>Sukurti po susisiekimo užduotį kiekvienam sąraše esančiam klientui (klientų: %n) ir priskirti jas už klientus atsakingiems darbuotojams?</numerusform>
            <numerusform>Sukurti po susisiekimo užduotį kiekvienam sąraše esančiam klientui (klientų: %n) ir priskirti jas už klientus atsakingiems darbuotojams?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) already have an open follow-up task and are left out.</source>
        <translation>
            <numerusform>%n klientas jau turi atvirą susisiekimo užduotį, todėl praleidžiamas.</numerusform>
            <numerusform>%n klientai jau turi atvirą susisiekimo užduotį, todėl praleidžiami.</numerusform>
            <numerusform>%n klientų jau turi atvirą susisiekimo užduotį, todėl jie praleidžiami.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every customer listed already has an open follow-up task.</source>
        <translation>Visi sąraše esantys klientai jau turi atvirą susisiekimo užduotį.</translation>
    </message>
    <message>
        <source>Follow up dormant customers</source>
        <translation>susisiekimo užduočių neaktyviems klientams sukūrimą</translation>
    </message>
    <message>
        <source>Store each customer&apos;s class from this period on its company card? Customers without revenue in the period lose their class.</source>
        <translation>Įrašyti kiekvieno kliento šio laikotarpio klasę į jo įmonės kortelę? Klientams, per šį laikotarpį neturėjusiems pajamų, klasė bus panaikinta.</translation>
    </message>
    <message>
        <source>Update customer classes</source>
        <translation>klientų klasių atnaujinimą</translation>
    </message>
    <message numerus="yes">
        <source>%n company card(s) now show a different class.</source>
        <translation>
            <numerusform>%n įmonės kortelėje dabar rodoma kita klasė.</numerusform>
            <numerusform>%n įmonių kortelėse dabar rodoma kita klasė.</numerusform>
            <numerusform>%n įmonių kortelėse dabar rodoma kita klasė.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with an open complaint are left out: no sales letter until it is resolved.</source>
        <translation>
            <numerusform>%n klientas turi neišspręstą skundą, todėl praleidžiamas: kol skundas neišspręstas, pardavimo laiškas nesiunčiamas.</numerusform>
            <numerusform>%n klientai turi neišspręstų skundų, todėl praleidžiami: kol skundai neišspręsti, pardavimo laiškai nesiunčiami.</numerusform>
            <numerusform>%n klientų turi neišspręstų skundų, todėl jie praleidžiami: kol skundai neišspręsti, pardavimo laiškai nesiunčiami.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ResolveCaseDialog</name>
    <message>
        <source>Resolve case</source>
        <translation>Išspręsti kreipinį</translation>
    </message>
    <message>
        <source>What was done for the customer</source>
        <translation>Kas buvo padaryta klientui</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Sprendimas</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Sprendimas:</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Neklausta</translation>
    </message>
    <message>
        <source>very dissatisfied</source>
        <translation>labai nepatenkintas</translation>
    </message>
    <message>
        <source>dissatisfied</source>
        <translation>nepatenkintas</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutralus</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>patenkintas</translation>
    </message>
    <message>
        <source>very satisfied</source>
        <translation>labai patenkintas</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>Kliento pasitenkinimas</translation>
    </message>
    <message>
        <source>Customer &amp;satisfaction:</source>
        <translation>Kliento &amp;pasitenkinimas:</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>Ką sakė klientas</translation>
    </message>
    <message>
        <source>Satisfaction comment</source>
        <translation>Pasitenkinimo komentaras</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>&amp;Komentaras:</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Išspręsti</translation>
    </message>
    <message>
        <source>Write down how the case was resolved before resolving it.</source>
        <translation>Prieš išspręsdami kreipinį, aprašykite, kaip jis buvo išspręstas.</translation>
    </message>
</context>
<context>
    <name>tandem::ResponseDialog</name>
    <message>
        <source>Record response — %1</source>
        <translation>Atsiliepimo registravimas — %1</translation>
    </message>
    <message>
        <source>Someone answered “%1”. They become a lead with a follow-up task for its owner; a known contact is linked, not entered again.</source>
        <translation>Kažkas atsiliepė į kampaniją „%1“. Atsiliepęs asmuo taps potencialiu klientu, o atsakingam darbuotojui bus sukurta susisiekimo užduotis; jau žinomas kontaktas susiejamas, o ne įvedamas iš naujo.</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Vardas:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Pavardė:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>El. paštas:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefonas:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Įmonė:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Pareigos:</translation>
    </message>
    <message>
        <source>Asked about:</source>
        <translation>Domėjosi:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Užregistruoti</translation>
    </message>
    <message>
        <source>Give a name or an e-mail address.</source>
        <translation>Nurodykite vardą arba el. pašto adresą.</translation>
    </message>
</context>
<context>
    <name>tandem::RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Atkūrimas iš atsarginės kopijos</translation>
    </message>
    <message>
        <source>Tandem backs up this database when it starts, once a day, and before every update, import, sync and restore. Pick the state to go back to: what is here now is backed up first, so a restore can be undone by restoring that backup.</source>
        <translation>Tandem sukuria šios duomenų bazės atsarginę kopiją paleidus programą, kartą per dieną ir prieš kiekvieną atnaujinimą, importą, sinchronizavimą ir atkūrimą. Pasirinkite, kurią būseną atkurti: pirmiausia sukuriama dabartinių duomenų atsarginė kopija, todėl ją atkūrę galėsite grįžti atgal.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Sukurta</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Priežastis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dydis</translation>
    </message>
    <message>
        <source>Other backup &amp;file…</source>
        <translation>Kitas atsarginės kopijos &amp;failas…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Atkurti</translation>
    </message>
    <message>
        <source>There are no automatic backups of this database yet in %1. Choose a backup file with “Other backup file…”.</source>
        <translation>Aplanke %1 šios duomenų bazės automatinių atsarginių kopijų dar nėra. Atsarginės kopijos failą pasirinkite mygtuku „Kitas atsarginės kopijos failas…“.</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored: %1</source>
        <translation>Ši atsarginė kopija sugadinta, jos atkurti negalima: %1</translation>
    </message>
    <message>
        <source>the same as now</source>
        <translation>tiek pat kaip dabar</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>dabar %1</translation>
    </message>
    <message>
        <source>A backup of %1 (database version %2). It holds:</source>
        <translation>Atsarginė kopija (įmonė: %1, duomenų bazės versija %2). Joje yra:</translation>
    </message>
    <message>
        <source>Tandem backups (*.tandem-backup *.bak *.db);;All files (*)</source>
        <translation>Tandem atsarginės kopijos (*.tandem-backup *.bak *.db);;Visi failai (*)</translation>
    </message>
    <message>
        <source>Replace all data in this database with the backup taken %1? What is here now is backed up first.</source>
        <translation>Pakeisti visus šios duomenų bazės duomenis atsargine kopija, sukurta %1? Prieš tai bus sukurta dabartinių duomenų atsarginė kopija.</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Nieko neatkurta.</translation>
    </message>
</context>
<context>
    <name>tandem::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Nustatymai</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Bendra</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Įmonė</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Darbo laikas</translation>
    </message>
    <message>
        <source>Sync and backups</source>
        <translation>Sinchronizavimas ir atsarginės kopijos</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kalba</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Kaip sistemoje (%1)</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Numatytoji valiuta</translation>
    </message>
    <message>
        <source>New deals, quotes and reports use it unless another is chosen. Amounts already entered keep their currency.</source>
        <translation>Ji naudojama naujiems sandoriams, komerciniams pasiūlymams ir ataskaitoms, jei nepasirenkama kita valiuta. Jau įvestų sumų valiuta nesikeičia.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kalba:</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>Numatytoji &amp;valiuta:</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Įmonės pavadinimas</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresas</translation>
    </message>
    <message>
        <source>VAT code</source>
        <translation>PVM mokėtojo kodas</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Svetainė</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipas</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pasirinkti…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation>Įmonės logotipas</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Vaizdai (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>The team&apos;s details for the documents it sends; shared with the whole team.</source>
        <translation>Komandos rekvizitai jos siunčiamiems dokumentams; jie bendri visai komandai.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Pavadinimas:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresas:</translation>
    </message>
    <message>
        <source>&amp;VAT code:</source>
        <translation>P&amp;VM mokėtojo kodas:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefonas:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;El. paštas:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Svetainė:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logotipas:</translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation>Darbo dienos pradžia</translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation>Darbo dienos pabaiga</translation>
    </message>
    <message>
        <source>Remind before meetings and calls</source>
        <translation>Priminti prieš susitikimus ir skambučius</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Be priminimo</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Free times are looked for, and tasks due &quot;in the morning&quot; are reminded of, within working hours. A meeting or call without its own reminder is reminded of this long before it starts.</source>
        <translation>Darbo laiku ieškoma laisvo laiko ir primenama apie užduotis, kurias reikia atlikti „ryte“. Apie susitikimą ar skambutį, kuriam nenustatytas atskiras priminimas, primenama tiek laiko prieš jo pradžią.</translation>
    </message>
    <message>
        <source>Day &amp;starts:</source>
        <translation>Darbo &amp;pradžia:</translation>
    </message>
    <message>
        <source>Day &amp;ends:</source>
        <translation>Darbo pa&amp;baiga:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Darbo dienos:</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>P&amp;riminimas:</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Komandos slaptafrazė</translation>
    </message>
    <message>
        <source>Team passphrase again</source>
        <translation>Pakartokite komandos slaptafrazę</translation>
    </message>
    <message>
        <source>Team &amp;passphrase:</source>
        <translation>Komandos &amp;slaptafrazė:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Pakartokite:</translation>
    </message>
    <message>
        <source>Shared sync folder</source>
        <translation>Bendrinamas sinchronizavimo aplankas</translation>
    </message>
    <message>
        <source>&amp;Shared sync folder:</source>
        <translation>&amp;Bendrinamas sinchronizavimo aplankas:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Atsarginių kopijų aplankas</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>&amp;Atsarginių kopijų aplankas:</translation>
    </message>
    <message>
        <source>The passphrase and folders belong to this computer: each copy of Tandem in the team sets them once.</source>
        <translation>Slaptafrazė ir aplankai priklauso šiam kompiuteriui: kiekvienoje komandos Tandem kopijoje juos reikia nustatyti vieną kartą.</translation>
    </message>
    <message>
        <source>Bundles are encrypted. Type a new passphrase to change it; leave both fields empty to keep it.</source>
        <translation>Paketai šifruojami. Jei norite pakeisti slaptafrazę, įveskite naują; jei norite palikti esamą, abu laukus palikite tuščius.</translation>
    </message>
    <message>
        <source>Bundles are not encrypted. Everyone in the team types the same passphrase (at least 8 characters) to encrypt them.</source>
        <translation>Paketai nešifruojami. Kad jie būtų šifruojami, visi komandos nariai turi įvesti tą pačią slaptafrazę (bent 8 simbolių).</translation>
    </message>
    <message>
        <source>The company name cannot be empty.</source>
        <translation>Įmonės pavadinimas negali būti tuščias.</translation>
    </message>
    <message>
        <source>%1 is not an image Tandem can read.</source>
        <translation>%1 nėra vaizdas, kurį Tandem galėtų nuskaityti.</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>Darbo dienos pabaiga turi būti vėlesnė nei pradžia.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Pasirinkite bent vieną darbo dieną.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Įvestos slaptafrazės nesutampa.</translation>
    </message>
    <message>
        <source>A team passphrase needs at least 8 characters.</source>
        <translation>Komandos slaptafrazę turi sudaryti bent 8 simboliai.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Aplanko %1 nėra.</translation>
    </message>
    <message>
        <source>Tandem shows the new language after a restart. Restart now?</source>
        <translation>Nauja kalba bus rodoma iš naujo paleidus Tandem. Paleisti iš naujo dabar?</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>nustatymų keitimą</translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <extracomment>Settings › Automatic backups: &quot;Keep the newest [10] backups and one a day for [7] days&quot;</extracomment>
        <translation>Saugoti naujausių kopijų:</translation>
    </message>
    <message>
        <source>backups and one a day for</source>
        <translation>ir po vieną kiekvienos dienos kopiją per paskutines</translation>
    </message>
    <message>
        <source>days</source>
        <translation>d.</translation>
    </message>
    <message>
        <source>Au&amp;tomatic backups:</source>
        <translation>Automatinės atsarginės &amp;kopijos:</translation>
    </message>
    <message>
        <source>Tandem backs up the database when it starts, once a day, and before every update, import, sync and restore; with no folder chosen they go to “backups” beside the database.</source>
        <translation>Tandem sukuria duomenų bazės atsarginę kopiją paleidus programą, kartą per dieną ir prieš kiekvieną atnaujinimą, importą, sinchronizavimą ir atkūrimą; jei aplankas nepasirinktas, kopijos įrašomos į aplanką „backups“ šalia duomenų bazės.</translation>
    </message>
    <message>
        <source>Offers and documents</source>
        <translation>Pasiūlymai ir dokumentai</translation>
    </message>
    <message>
        <source>(the team&apos;s logo, not on this computer yet)</source>
        <translation>(komandos logotipas, šiame kompiuteryje jo dar nėra)</translation>
    </message>
</context>
<context>
    <name>tandem::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Spartieji klavišai</translation>
    </message>
    <message>
        <source>Find a command or a key</source>
        <translation>Ieškoti komandos ar klavišo</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Komanda</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klavišai</translation>
    </message>
</context>
<context>
    <name>tandem::SingleInstance</name>
    <message>
        <source>process %1 on %2</source>
        <translation>procesas %1 kompiuteryje %2</translation>
    </message>
</context>
<context>
    <name>tandem::StageColumn</name>
    <message>
        <source>%1 · %2 %</source>
        <translation>%1 · %2 %</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n sandoris</numerusform>
            <numerusform>%n sandoriai</numerusform>
            <numerusform>%n sandorių</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::SyncModule</name>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Sinchronizuoti dabar</translation>
    </message>
    <message>
        <source>Read the other copies&apos; bundles from the shared folder and write this copy&apos;s</source>
        <translation>Nuskaityti kitų kopijų paketus iš bendrinamo aplanko ir įrašyti šios kopijos paketą</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinchronizavimas</translation>
    </message>
</context>
<context>
    <name>tandem::SyncView</name>
    <message>
        <source>never</source>
        <translation>niekada</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sinchronizuoti dabar</translation>
    </message>
    <message>
        <source>Use the other value</source>
        <translation>Naudoti kitą reikšmę</translation>
    </message>
    <message>
        <source>Keep the shown value</source>
        <translation>Palikti rodomą reikšmę</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinchronizavimas</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Bendrinamas aplankas</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pasirinkti…</translation>
    </message>
    <message>
        <source>A folder your team&apos;s file-sync tool keeps in step</source>
        <translation>Aplankas, kurį sinchronizuoja jūsų komandos failų sinchronizavimo programa</translation>
    </message>
    <message>
        <source>Bundle files</source>
        <translation>Paketų failai</translation>
    </message>
    <message>
        <source>Export bundle…</source>
        <translation>Eksportuoti paketą…</translation>
    </message>
    <message>
        <source>Import bundle…</source>
        <translation>Importuoti paketą…</translation>
    </message>
    <message>
        <source>Team passphrase…</source>
        <translation>Komandos slaptafrazė…</translation>
    </message>
    <message>
        <source>Other copies</source>
        <translation>Kitos kopijos</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopija</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Paskutinį kartą išsiųsta</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Paskutinį kartą gauta</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Peržiūrėtini konfliktai</translation>
    </message>
    <message>
        <source>Two people changed the same field before their copies met. Every copy shows the later change; pick the one that is right.</source>
        <translation>Du žmonės pakeitė tą patį lauką, kol jų kopijos dar nebuvo susinchronizuotos. Visose kopijose rodomas vėlesnis pakeitimas; pasirinkite teisingą.</translation>
    </message>
    <message numerus="yes">
        <source>This copy is %1. %n change(s) made here have not reached another copy yet.</source>
        <translation>
            <numerusform>Ši kopija: %1. %n čia atliktas pakeitimas dar nepasiekė jokios kitos kopijos.</numerusform>
            <numerusform>Ši kopija: %1. %n čia atlikti pakeitimai dar nepasiekė jokios kitos kopijos.</numerusform>
            <numerusform>Ši kopija: %1. %n čia atliktų pakeitimų dar nepasiekė jokios kitos kopijos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundles are not encrypted.</source>
        <translation>Paketai nešifruojami.</translation>
    </message>
    <message>
        <source>Bundles are encrypted with the team passphrase.</source>
        <translation>Paketai šifruojami komandos slaptafraze.</translation>
    </message>
    <message>
        <source>Shared sync folder</source>
        <translation>Bendrinamas sinchronizavimo aplankas</translation>
    </message>
    <message numerus="yes">
        <source>Read %n bundle(s) of other copies.</source>
        <translation>
            <numerusform>Nuskaitytas %n kitų kopijų paketas.</numerusform>
            <numerusform>Nuskaityti %n kitų kopijų paketai.</numerusform>
            <numerusform>Nuskaityta %n kitų kopijų paketų.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new change(s).</source>
        <translation>
            <numerusform>%n naujas pakeitimas.</numerusform>
            <numerusform>%n nauji pakeitimai.</numerusform>
            <numerusform>%n naujų pakeitimų.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped for now (still copying?): %1</source>
        <translation>Kol kas praleista (gal dar kopijuojama?): %1</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Eksportuoti paketą</translation>
    </message>
    <message>
        <source>Tandem bundles (*.tandem)</source>
        <translation>Tandem paketai (*.tandem)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1</source>
        <translation>
            <numerusform>%n pakeitimas įrašytas į %1</numerusform>
            <numerusform>%n pakeitimai įrašyti į %1</numerusform>
            <numerusform>%n pakeitimų įrašyta į %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Importuoti paketą</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new change(s) from %1.</source>
        <translation>
            <numerusform>Iš %1 importuotas %n naujas pakeitimas.</numerusform>
            <numerusform>Iš %1 importuoti %n nauji pakeitimai.</numerusform>
            <numerusform>Iš %1 importuota %n naujų pakeitimų.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review.</source>
        <translation>
            <numerusform>Reikia peržiūrėti %n konfliktą.</numerusform>
            <numerusform>Reikia peržiūrėti %n konfliktus.</numerusform>
            <numerusform>Reikia peržiūrėti %n konfliktų.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Komandos slaptafrazė</translation>
    </message>
    <message>
        <source>Everyone in the team uses the same passphrase; bundles of other teams will not open. Leave empty to stop encrypting.</source>
        <translation>Visi komandos nariai naudoja tą pačią slaptafrazę; kitų komandų paketai nebus atidaromi. Jei norite išjungti šifravimą, palikite lauką tuščią.</translation>
    </message>
    <message>
        <source>A team passphrase needs at least 8 characters.</source>
        <translation>Komandos slaptafrazę turi sudaryti bent 8 simboliai.</translation>
    </message>
    <message>
        <source>Settled. The choice reaches the other copies with the next sync.</source>
        <translation>Išspręsta. Pasirinkimas kitas kopijas pasieks kito sinchronizavimo metu.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of contacts that arrived look like the same person: review them in Contacts → Find duplicates.</source>
        <translation>
            <numerusform>%n atkeltų kontaktų pora atrodo kaip tas pats asmuo: peržiūrėkite per Kontaktai → Rasti dublikatus.</numerusform>
            <numerusform>%n atkeltų kontaktų poros atrodo kaip tas pats asmuo: peržiūrėkite per Kontaktai → Rasti dublikatus.</numerusform>
            <numerusform>%n atkeltų kontaktų porų atrodo kaip tas pats asmuo: peržiūrėkite per Kontaktai → Rasti dublikatus.</numerusform>
        </translation>
    </message>
    <message>
        <source>This copy &amp;holds:</source>
        <translation>Šioje kopijoje &amp;yra:</translation>
    </message>
    <message>
        <source>A field laptop can hold only one salesperson&apos;s or territory&apos;s customers, with everything they refer to; the office sends it nothing else.</source>
        <translation>Lauko darbuotojo nešiojamajame kompiuteryje gali būti tik vieno pardavėjo arba vienos teritorijos klientai su viskuo, kas su jais susiję; biuras jam nesiunčia nieko kito.</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Turi</translation>
    </message>
    <message>
        <source>Hold only part of the data</source>
        <translation>Laikyti tik dalį duomenų</translation>
    </message>
    <message>
        <source>From the next sync on, other copies send this one only what it holds (%1) and what that refers to. Nothing already here is removed. Go on?</source>
        <translation>Nuo kito sinchronizavimo kitos kopijos šiai siųs tik tai, kas jai priklauso (%1), ir tai, kas su tuo susiję. Niekas, kas jau yra čia, nebus pašalinta. Tęsti?</translation>
    </message>
    <message>
        <source>Everything (the office, or a laptop that sees all customers)</source>
        <translation>Viskas (biuras arba nešiojamasis kompiuteris, kuriame matomi visi klientai)</translation>
    </message>
    <message>
        <source>Only %1&apos;s customers</source>
        <translation>Tik atsakingo darbuotojo %1 klientai</translation>
    </message>
    <message>
        <source>Only the territory %1</source>
        <translation>Tik teritorija %1</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Viskas</translation>
    </message>
</context>
<context>
    <name>tandem::TargetPanel</name>
    <message>
        <source>Targets</source>
        <translation>Pardavimų tikslai</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Šis mėnuo</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Šis ketvirtis</translation>
    </message>
    <message>
        <source>Revenue won</source>
        <translation>Laimėtos pajamos</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>Nauji sandoriai</translation>
    </message>
    <message>
        <source>Activities done</source>
        <translation>Atliktos veiklos</translation>
    </message>
    <message>
        <source>%1 of %2 · %3%</source>
        <translation>%1 iš %2 · %3 %</translation>
    </message>
    <message>
        <source>%1 · no target set</source>
        <translation>%1 · tikslas nenustatytas</translation>
    </message>
    <message numerus="yes">
        <source> · +%n won in other currencies</source>
        <translation>
            <numerusform> · +%n laimėtas sandoris kitomis valiutomis</numerusform>
            <numerusform> · +%n laimėti sandoriai kitomis valiutomis</numerusform>
            <numerusform> · +%n laimėtų sandorių kitomis valiutomis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::TargetsDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Išsaugoti</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Pardavimų tikslai</translation>
    </message>
    <message>
        <source>Rep or team</source>
        <translation>Vadybininkas ar komanda</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Pajamos (%1)</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>Nauji sandoriai</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Veiklos</translation>
    </message>
    <message>
        <source>This target is in %1; a new amount is saved in %2.</source>
        <translation>Šis tikslas nustatytas valiuta %1; nauja suma bus išsaugota valiuta %2.</translation>
    </message>
    <message>
        <source>%1 (team)</source>
        <translation>%1 (komanda)</translation>
    </message>
    <message>
        <source>Targets not saved</source>
        <translation>Pardavimų tikslai neišsaugoti</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Set targets for %1</source>
        <translation>pardavimų tikslų nustatymą: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) saved.</source>
        <translation>
            <numerusform>Išsaugotas %n pardavimų tikslas.</numerusform>
            <numerusform>Išsaugoti %n pardavimų tikslai.</numerusform>
            <numerusform>Išsaugota %n pardavimų tikslų.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved targets</source>
        <translation>Neišsaugoti pardavimų tikslai</translation>
    </message>
    <message>
        <source>Save the changes to the targets of %1?</source>
        <translation>Išsaugoti pardavimų tikslų pakeitimus (%1)?</translation>
    </message>
    <message>
        <source>Q%1 (%2–%3)</source>
        <translation>%1 ketv. (%2–%3)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Laikotarpis:</translation>
    </message>
    <message>
        <source>Set targets for a month, or for a quarter at the end of the list. A month without its own target counts a third of its quarter&apos;s; a team without its own target is measured by its members&apos; together.</source>
        <translation>Nustatykite pardavimų tikslus mėnesiui arba ketvirčiui (ketvirčiai – sąrašo pabaigoje). Mėnesiui be savo tikslo skaičiuojamas trečdalis ketvirčio tikslo; komanda be savo tikslo vertinama pagal bendrus jos narių tikslus.</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%2 m. %1 ketv.</translation>
    </message>
</context>
<context>
    <name>tandem::TaskDialog</name>
    <message>
        <source>Due</source>
        <translation>Terminas</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Visą dieną</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Užduotis</translation>
    </message>
    <message>
        <source>Send the offer, call back …</source>
        <translation>Išsiųsti pasiūlymą, perskambinti …</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Įprastas</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Aukštas</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Žemas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritetas</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Atsakingas</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontaktas</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Įmonė</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Sandoris</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Kartoti</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Pastabos</translation>
    </message>
    <message>
        <source>“%1” is not a known record: pick one from the list or clear it.</source>
        <translation>„%1“ nėra žinomas įrašas: pasirinkite jį iš sąrašo arba išvalykite lauką.</translation>
    </message>
</context>
<context>
    <name>tandem::TaskListModel</name>
    <message>
        <source>Overdue</source>
        <translation>Pavėluota</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Šiandien</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Artėjančios</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Be termino</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>Pažymėti „%1“ kaip atliktą</translation>
    </message>
    <message>
        <source>Mark “%1” not done</source>
        <translation>Pažymėti „%1“ kaip neatliktą</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Aukštas prioritetas</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Žemas prioritetas</translation>
    </message>
    <message>
        <source>Normal priority</source>
        <translation>Įprastas prioritetas</translation>
    </message>
    <message>
        <source>%1 ↻</source>
        <translation>%1 ↻</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Atlikta</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritetas</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Užduotis</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Terminas</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Kam skirta</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Atsakingas</translation>
    </message>
</context>
<context>
    <name>tandem::TasksModule</name>
    <message>
        <source>New &amp;task…</source>
        <translation>Nauja &amp;užduotis…</translation>
    </message>
    <message>
        <source>Mark &amp;done / not done</source>
        <translation>Pažymėti &amp;atliktą / neatliktą</translation>
    </message>
    <message>
        <source>A task with a due date, priority and what it is for</source>
        <translation>Užduotis su terminu, prioritetu ir nurodyta, kam ji skirta</translation>
    </message>
    <message>
        <source>Tick the selected task off, or back on (Space)</source>
        <translation>Pažymėti pasirinktą užduotį kaip atliktą arba vėl neatliktą (tarpo klavišas)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Užduotys</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Mano diena</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Komanda</translation>
    </message>
    <message>
        <source>Whose tasks</source>
        <translation>Kieno užduotys</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Neatliktos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Atliktos</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Atsakingas</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Visi</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nepakeista</translation>
    </message>
    <message>
        <source>New task “%1”</source>
        <translation>užduoties „%1“ sukūrimą</translation>
    </message>
    <message>
        <source>Someone else&apos;s customer</source>
        <translation>Kito darbuotojo klientas</translation>
    </message>
    <message>
        <source>%1

The task is saved and the owner has been told.</source>
        <translation>%1

Užduotis išsaugota, atsakingam darbuotojui pranešta.</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nauja užduotis</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>redagavimą: „%1“</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Užduotis</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>pavėluota</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>artėja terminas</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>be kliento</translation>
    </message>
    <message numerus="yes">
        <source>Customer cases needing attention (%n):</source>
        <translation>
            <numerusform>Klientų kreipiniai, kuriems reikia dėmesio (%n):</numerusform>
            <numerusform>Klientų kreipiniai, kuriems reikia dėmesio (%n):</numerusform>
            <numerusform>Klientų kreipiniai, kuriems reikia dėmesio (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more in Cases.</source>
        <translation>
            <numerusform>ir dar %n kreipinys skiltyje „Kreipiniai“.</numerusform>
            <numerusform>ir dar %n kreipiniai skiltyje „Kreipiniai“.</numerusform>
            <numerusform>ir dar %n kreipinių skiltyje „Kreipiniai“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::TeamModule</name>
    <message>
        <source>Team</source>
        <translation>Komanda</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Darbuotojai</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Darbuotojas</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Teritorija</translation>
    </message>
</context>
<context>
    <name>tandem::TerritoryCardView</name>
    <message>
        <source>Assign companies by rules</source>
        <translation>Priskirti įmones pagal taisykles</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Perduoti…</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Redaguoti duomenis</translation>
    </message>
    <message>
        <source>Give every company that has no territory yet the one its country, region, city, postcode or industry falls in</source>
        <translation>Kiekvienai įmonei, kuri dar neturi teritorijos, priskirti teritoriją pagal jos šalį, regioną, miestą, pašto kodą ar sektorių</translation>
    </message>
    <message>
        <source>Hand this territory and its owner&apos;s open business in it to another salesperson</source>
        <translation>Perduoti šią teritoriją ir atsakingo darbuotojo atvirus reikalus joje kitam pardavimų vadybininkui</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Įmonė</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miestas</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Atsakingas</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Atviri sandoriai</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Atsakingas: %1</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>dar nepaskirtas</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Komanda: %1</translation>
    </message>
    <message>
        <source>Companies: %1 · Open deals: %2 · Open leads: %3</source>
        <translation>Įmonių: %1 · Atvirų sandorių: %2 · Atvirų potencialių klientų: %3</translation>
    </message>
    <message>
        <source>Named accounts: put a company here by choosing this territory on it.</source>
        <translation>Konkretūs klientai: įmonė įtraukiama čia, kai jos kortelėje pasirenkama ši teritorija.</translation>
    </message>
    <message>
        <source>New companies that match the rule are placed here as they are created.</source>
        <translation>Naujos taisyklę atitinkančios įmonės įtraukiamos čia iškart, kai sukuriamos.</translation>
    </message>
    <message>
        <source>Assign companies to territories</source>
        <translation>įmonių priskyrimą teritorijoms</translation>
    </message>
    <message>
        <source>Every company the rules can place already has a territory.</source>
        <translation>Visos įmonės, kurias galima priskirti pagal taisykles, jau turi teritoriją.</translation>
    </message>
    <message>
        <source>Companies given a territory by the rules: %1 (Edit › Undo puts them back).</source>
        <translation>Įmonių, kurioms pagal taisykles priskirta teritorija: %1 (Taisa › Anuliuoti viską atstato).</translation>
    </message>
    <message>
        <source>Reassign territory “%1”</source>
        <translation>teritorijos „%1“ perdavimą</translation>
    </message>
</context>
<context>
    <name>tandem::TimeGridCanvas</name>
    <message>
        <source>Calendar hours</source>
        <translation>Kalendoriaus valandos</translation>
    </message>
</context>
<context>
    <name>tandem::TimeGridHeader</name>
    <message>
        <source>Days and all-day events</source>
        <translation>Dienos ir visos dienos įvykiai</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Visą dieną</translation>
    </message>
</context>
<context>
    <name>tandem::TimelineModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Deal: %1</source>
        <extracomment>A deal on a timeline: &quot;Deal: Forklift fleet (won)&quot;</extracomment>
        <translation>Sandoris: %1</translation>
    </message>
    <message>
        <source>Deal: %1 (%2)</source>
        <translation>Sandoris: %1 (%2)</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Dokumentas: %1</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <extracomment>A case&apos;s step on a timeline: &quot;Case: Broken cooling unit (resolved)&quot;</extracomment>
        <translation>Kreipinys: %1</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <extracomment>A field change on a timeline: &quot;Job title changed&quot;</extracomment>
        <translation>Pakeista: %1</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>išvalyta</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>On a timeline: &quot;15/06/2026 14:30 · Ona Petraitienė&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Case: %1 (%2)</source>
        <translation>Kreipinys: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>tandem::UserCardView</name>
    <message>
        <source>Edit details</source>
        <translation>Redaguoti duomenis</translation>
    </message>
    <message>
        <source>Ask them about</source>
        <translation>Galima kreiptis dėl</translation>
    </message>
    <message>
        <source>Territories they own</source>
        <translation>Teritorijos, už kurias atsako</translation>
    </message>
    <message>
        <source>%1 (no longer active)</source>
        <translation>%1 (nebeaktyvus naudotojas)</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Komanda: %1</translation>
    </message>
    <message>
        <source>Manager: %1</source>
        <translation>Vadovas: %1</translation>
    </message>
    <message>
        <source>No skills listed yet: add them under Edit details so colleagues find them from the search box.</source>
        <translation>Įgūdžių dar nenurodyta: įrašykite juos per „Redaguoti duomenis“, kad kolegos rastų šį darbuotoją paieškos laukelyje.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nėra</translation>
    </message>
</context>
</TS>
