<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name>AbcClasses</name>
    <message>
        <source>ABC classes are set from the whole team&apos;s revenue: run it without the owner, team and territory filters.</source>
        <translation>Clasele ABC se stabilesc pe baza veniturilor întregii echipe: rulați raportul fără filtrele de responsabil, echipă și teritoriu.</translation>
    </message>
</context>
<context>
    <name>ActivityOutcome</name>
    <message>
        <source>There is no such activity.</source>
        <translation>Această activitate nu există.</translation>
    </message>
    <message>
        <source>Say how the call went (reached, no answer …) before marking it done.</source>
        <translation>Indicați cum a decurs apelul (contactat, fără răspuns …) înainte de a-l marca drept finalizat.</translation>
    </message>
    <message>
        <source>Say how the meeting went before marking it done.</source>
        <translation>Indicați cum a decurs întâlnirea înainte de a o marca drept finalizată.</translation>
    </message>
    <message>
        <source>Name the follow-up task, or write the next step.</source>
        <translation>Indicați subiectul sarcinii de urmărire sau scrieți pasul următor.</translation>
    </message>
</context>
<context>
    <name>AttachmentFiles</name>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Deschidere document</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documente PDF (*.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Salvare copie</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>At least one backup must be kept (%1 given).</source>
        <translation>Trebuie păstrată cel puțin o copie de siguranță (valoare indicată: %1).</translation>
    </message>
    <message>
        <source>The number of days cannot be negative (%1 given).</source>
        <translation>Numărul de zile nu poate fi negativ (valoare indicată: %1).</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be made: the disk or folder is read-only.</source>
        <translation>Folderul pentru copii de siguranță %1 nu poate fi creat: discul sau folderul este protejat la scriere.</translation>
    </message>
    <message>
        <source>The backup %1 could not be put in place.</source>
        <translation>Copia de siguranță %1 nu a putut fi mutată la locul ei.</translation>
    </message>
    <message>
        <source>No backup could be written first, so nothing was synchronised: %1</source>
        <translation>Nu s-a putut face în prealabil o copie de siguranță, așa că nu s-a sincronizat nimic: %1</translation>
    </message>
    <message>
        <source>No backup could be written first, so nothing was imported: %1</source>
        <translation>Nu s-a putut face în prealabil o copie de siguranță, așa că nu s-a importat nimic: %1</translation>
    </message>
    <message>
        <source>When Tandem started</source>
        <translation>La pornirea Tandem</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Zilnic</translation>
    </message>
    <message>
        <source>Before a database update</source>
        <translation>Înainte de actualizarea bazei de date</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Înainte de import</translation>
    </message>
    <message>
        <source>Before a sync</source>
        <translation>Înainte de sincronizare</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Înainte de restaurare</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Copying %1 failed: %2</source>
        <translation>Copierea fișierului %1 a eșuat: %2</translation>
    </message>
    <message>
        <source>Copying %1 failed: the disk is full.</source>
        <translation>Copierea fișierului %1 a eșuat: discul este plin.</translation>
    </message>
    <message>
        <source>Cannot write the backup file %1.</source>
        <translation>Fișierul copiei de siguranță %1 nu poate fi scris.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Tandem backup.</source>
        <translation>%1 este un fișier gol, nu o copie de siguranță Tandem.</translation>
    </message>
    <message>
        <source>The current data could not be saved first, so nothing was restored: %1</source>
        <translation>Datele actuale nu au putut fi salvate în prealabil, așa că nu s-a restaurat nimic: %1</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Nu se poate citi %1.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged, so nothing was restored: %2</source>
        <translation>Copia de siguranță %1 este deteriorată, așa că nu s-a restaurat nimic: %2</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>change %1 is incomplete</source>
        <translation>modificarea %1 este incompletă</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>Componenta de criptare nu a putut fi pornită.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the team key.</source>
        <translation>Memorie insuficientă pentru generarea cheii echipei.</translation>
    </message>
    <message>
        <source>This bundle was written in a newer sync format; update Tandem to read it. Nothing was imported.</source>
        <translation>Acest pachet de sincronizare a fost creat într-un format de sincronizare mai nou; actualizați Tandem pentru a-l putea citi. Nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>This is not a Tandem sync bundle. Nothing was imported.</source>
        <translation>Acesta nu este un pachet de sincronizare Tandem. Nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>The bundle is damaged or truncated (it may still be copying). Nothing was imported.</source>
        <translation>Pachetul este deteriorat sau incomplet (este posibil să se copieze încă). Nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>The bundle is damaged or truncated (its integrity check failed). Nothing was imported.</source>
        <translation>Pachetul este deteriorat sau incomplet (verificarea integrității a eșuat). Nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>The bundle&apos;s header is damaged. Nothing was imported.</source>
        <translation>Antetul pachetului este deteriorat. Nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>This bundle was written by Tandem %1 in a newer sync format; update Tandem to read it. Nothing was imported.</source>
        <translation>Acest pachet a fost creat de Tandem %1 într-un format de sincronizare mai nou; actualizați Tandem pentru a-l putea citi. Nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>This bundle is encrypted with a team passphrase; set the passphrase to import it. Nothing was imported.</source>
        <translation>Acest pachet este criptat cu fraza de acces a echipei; setați fraza de acces pentru a-l importa. Nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>The bundle is truncated. Nothing was imported.</source>
        <translation>Pachetul este incomplet (trunchiat). Nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>This bundle is from another team or was altered: it does not open with this team&apos;s passphrase. Nothing was imported.</source>
        <translation>Acest pachet provine de la altă echipă sau a fost modificat: nu se deschide cu fraza de acces a acestei echipe. Nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>This bundle is not encrypted, but this team requires a passphrase. Nothing was imported.</source>
        <translation>Acest pachet nu este criptat, dar această echipă impune o frază de acces. Nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>The bundle&apos;s changes are damaged. Nothing was imported.</source>
        <translation>Modificările din pachet sunt deteriorate. Nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>The bundle is incomplete: it holds %1 of the %2 changes its header announces. Nothing was imported.</source>
        <translation>Pachetul este incomplet (modificări conținute: %1; anunțate în antet: %2). Nu s-a importat nimic.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>The event no longer exists.</source>
        <translation>Evenimentul nu mai există.</translation>
    </message>
</context>
<context>
    <name>CalendarFiles</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… și încă %n problemă.</numerusform>
            <numerusform>… și încă %n probleme.</numerusform>
            <numerusform>… și încă %n de probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a calendar</source>
        <translation>Importați un calendar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>Fișiere iCalendar (*.ics *.ical *.ifb);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Calendar not imported</source>
        <translation>Nu s-a putut importa calendarul</translation>
    </message>
    <message>
        <source>Nothing in %1 can be imported.</source>
        <translation>Nimic din %1 nu poate fi importat.</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Probleme în fișier</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of %1 cannot be imported:</source>
        <translation>
            <numerusform>%n element din %1 nu poate fi importat:</numerusform>
            <numerusform>%n elemente din %1 nu pot fi importate:</numerusform>
            <numerusform>%n de elemente din %1 nu pot fi importate:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the other %n item(s) and leave these out?</source>
        <translation>
            <numerusform>Importați elementul rămas (%n) și le omiteți pe acestea?</numerusform>
            <numerusform>Importați cele %n elemente rămase și le omiteți pe acestea?</numerusform>
            <numerusform>Importați cele %n de elemente rămase și le omiteți pe acestea?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>The file changed while it was being imported; try again.</source>
        <translation>Fișierul s-a modificat în timpul importului; încercați din nou.</translation>
    </message>
    <message>
        <source>Calendar imported</source>
        <translation>Calendar importat</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 already here.</source>
        <translation>%1 — elemente noi: %2, actualizate: %3, existente deja: %4.</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nimic de exportat</translation>
    </message>
    <message>
        <source>There is nothing in these days to export.</source>
        <translation>În aceste zile nu există nimic de exportat.</translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>Exportați calendarul</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fișiere iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Calendar not exported</source>
        <translation>Nu s-a putut exporta calendarul</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>Calendar exportat</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) and task(s) written to %1.</source>
        <translation>
            <numerusform>S-a scris în %1 %n element (eveniment sau sarcină).</numerusform>
            <numerusform>S-au scris în %1 %n elemente (evenimente și sarcini).</numerusform>
            <numerusform>S-au scris în %1 %n de elemente (evenimente și sarcini).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>the same e-mail</source>
        <translation>același e-mail</translation>
    </message>
    <message>
        <source>the same phone</source>
        <translation>același telefon</translation>
    </message>
    <message>
        <source>the same name at the same company</source>
        <translation>același nume, la aceeași companie</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>Campania %1 nu există.</translation>
    </message>
    <message>
        <source>The new lead could not be read back.</source>
        <translation>Lead-ul nou nu a putut fi recitit.</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Urmărire: %1</translation>
    </message>
    <message>
        <source>A response needs a name or an e-mail address.</source>
        <translation>Un răspuns trebuie să aibă un nume sau o adresă de e-mail.</translation>
    </message>
    <message>
        <source>%1 already responded to this campaign (%2): no second lead.</source>
        <translation>%1 a răspuns deja la această campanie (%2): nu se creează un al doilea lead.</translation>
    </message>
    <message>
        <source>Job title: %1</source>
        <translation>Funcție: %1</translation>
    </message>
    <message>
        <source>%1: a new lead.</source>
        <translation>%1: lead nou.</translation>
    </message>
    <message>
        <source>%1: a new lead, linked to the existing contact %2 (%3).</source>
        <translation>%1: lead nou, asociat contactului existent %2 (%3).</translation>
    </message>
    <message>
        <source>The file has no column for the name or the e-mail address (the first line must name the columns).</source>
        <translation>Fișierul nu are o coloană pentru nume sau pentru adresa de e-mail (prima linie trebuie să conțină numele coloanelor).</translation>
    </message>
    <message>
        <source>already responded (%1)</source>
        <translation>a răspuns deja (%1)</translation>
    </message>
</context>
<context>
    <name>CaseQueries</name>
    <message>
        <source>unknown grouping &apos;%1&apos;</source>
        <translation>grupare necunoscută &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>Satisfaction is a score from 1 to 5, not “%1”.</source>
        <translation>Satisfacția este o notă de la 1 la 5, nu „%1”.</translation>
    </message>
    <message>
        <source>Satisfaction is recorded once the case is resolved.</source>
        <translation>Satisfacția se poate nota doar după rezolvarea solicitării.</translation>
    </message>
    <message>
        <source>Write down how the case was resolved before resolving or closing it.</source>
        <translation>Descrieți cum a fost rezolvată solicitarea înainte de a o marca drept rezolvată sau de a o închide.</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>reclamație</translation>
    </message>
    <message>
        <source>question</source>
        <translation>întrebare</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>livrare</translation>
    </message>
    <message>
        <source>service request</source>
        <translation>cerere de service</translation>
    </message>
    <message>
        <source>A %1 is yours: “%2”%3.</source>
        <translation>Vi s-a repartizat o %1: „%2”%3.</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> de la %1</translation>
    </message>
    <message>
        <source>Your customer %1 has made a complaint: “%2”.</source>
        <translation>Clientul dumneavoastră %1 a făcut o reclamație: „%2”.</translation>
    </message>
    <message>
        <source>There is no case with id %1</source>
        <translation>Nu există nicio solicitare cu ID-ul %1</translation>
    </message>
    <message>
        <source>The case “%1” of your customer %2 is resolved.</source>
        <translation>Solicitarea „%1” a clientului dumneavoastră %2 a fost rezolvată.</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Active</source>
        <translation>Activ</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactiv</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Client potențial</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partener</translation>
    </message>
    <message>
        <source>Former customer</source>
        <translation>Fost client</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Fără</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Bronz</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Argint</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Aur</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formular web</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Apel</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Eveniment</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recomandare</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanie</translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation>Apel la rece</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altele</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nou</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactat</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Calificat</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Pierdută</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertit</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschisă</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Câștigată</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Întâlnire</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Sarcină</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Scăzută</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normală</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Ridicată</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgentă</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Echipă</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privată</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Agent de vânzări</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Office manager</source>
        <translation>Office manager</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>A chosen user</source>
        <translation>Un utilizator ales</translation>
    </message>
    <message>
        <source>The territory&apos;s owner</source>
        <translation>Responsabilul teritoriului</translation>
    </message>
    <message>
        <source>Each team member in turn</source>
        <translation>Membrii echipei, pe rând</translation>
    </message>
    <message>
        <source>The team member with the fewest open leads</source>
        <translation>Membrul echipei cu cele mai puține lead-uri deschise</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Repartizat dumneavoastră</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escaladare</translation>
    </message>
    <message>
        <source>Your customer</source>
        <translation>Clientul dumneavoastră</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informare</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Lead-uri</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Oportunități</translation>
    </message>
    <message>
        <source>Leads and deals</source>
        <translation>Lead-uri și oportunități</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regiune</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Domeniu de activitate</translation>
    </message>
    <message>
        <source>Named accounts</source>
        <translation>Clienți nominalizați</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Seminar</translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation>Mailing</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Publicitate</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificată</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Încheiată</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reclamație</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Cerere de service</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Întrebare</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livrare</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>În lucru</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>În așteptarea clientului</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rezolvată</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Închisă</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Vizită</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Me</source>
        <translation>Eu</translation>
    </message>
    <message>
        <source>usage: init [--company NAME] [--user NAME] [--currency CODE]</source>
        <translation>utilizare: init [--company NAME] [--user NAME] [--currency CODE]</translation>
    </message>
    <message>
        <source>My company</source>
        <translation>Compania mea</translation>
    </message>
    <message>
        <source>Created %1 for %2; you are user %3.</source>
        <translation>S-a creat %1 pentru %2; sunteți utilizatorul %3.</translation>
    </message>
    <message>
        <source>usage: demo [--contacts N] [--seed S]</source>
        <translation>utilizare: demo [--contacts N] [--seed S]</translation>
    </message>
    <message>
        <source>--contacts needs a whole number from 10 to 1000000</source>
        <translation>--contacts necesită un număr întreg între 10 și 1000000</translation>
    </message>
    <message>
        <source>--seed needs a whole number</source>
        <translation>--seed necesită un număr întreg</translation>
    </message>
    <message>
        <source>Tandem Demo</source>
        <translation>Tandem Demo</translation>
    </message>
    <message>
        <source>Demo Manager</source>
        <translation>Manager demo</translation>
    </message>
    <message>
        <source>usage: backup --to FILE</source>
        <translation>utilizare: backup --to FILE</translation>
    </message>
    <message>
        <source>the file already exists; choose a new name</source>
        <translation>fișierul există deja; alegeți alt nume</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Copia de siguranță a fost salvată în %1</translation>
    </message>
    <message>
        <source>Backup %1 (database version %2) of %3 holds:</source>
        <translation>Copia de siguranță %1 (versiunea bazei de date %2) pentru %3 conține:</translation>
    </message>
    <message>
        <source>an unnamed company</source>
        <translation>o companie fără nume</translation>
    </message>
    <message>
        <source>Restored. The data it replaced was saved to %1</source>
        <translation>Restaurare finalizată. Datele înlocuite au fost salvate în %1</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>opțiunea --%1 necesită o valoare</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>opțiune necunoscută --%1</translation>
    </message>
    <message>
        <source>Create it with &apos;tandem-cli init&apos; or &apos;tandem-cli demo&apos;.</source>
        <translation>Creați-o cu &apos;tandem-cli init&apos; sau &apos;tandem-cli demo&apos;.</translation>
    </message>
    <message>
        <source>Run &apos;tandem-cli --help&apos; for the list of commands.</source>
        <translation>Rulați &apos;tandem-cli --help&apos; pentru lista comenzilor.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not of the form field=value</source>
        <translation>&apos;%1&apos; nu are forma field=value</translation>
    </message>
    <message>
        <source>given twice</source>
        <translation>specificat de două ori</translation>
    </message>
    <message>
        <source>usage: search TEXT [--limit N] [--json]</source>
        <translation>utilizare: search TEXT [--limit N] [--json]</translation>
    </message>
    <message>
        <source>usage: history ENTITY ID [--json]</source>
        <translation>utilizare: history ENTITY ID [--json]</translation>
    </message>
    <message>
        <source>unknown record type &apos;%1&apos;</source>
        <translation>tip de înregistrare necunoscut &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>nu există nicio înregistrare de tip %1 cu ID-ul %2</translation>
    </message>
    <message>
        <source>usage: dump --canonical</source>
        <translation>utilizare: dump --canonical</translation>
    </message>
    <message>
        <source>usage: check [--repair]</source>
        <translation>utilizare: check [--repair]</translation>
    </message>
    <message>
        <source>ok: %1 is healthy</source>
        <translation>ok: %1 este în regulă</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>opțiune necunoscută %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>nu s-a specificat nicio comandă</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comandă necunoscută &apos;%1&apos;</translation>
    </message>
    <message>
        <source>usage: add ENTITY field=value …</source>
        <translation>utilizare: add ENTITY field=value …</translation>
    </message>
    <message>
        <source>usage: set ENTITY ID field=value …</source>
        <translation>utilizare: set ENTITY ID field=value …</translation>
    </message>
    <message>
        <source>usage: rm ENTITY ID</source>
        <translation>utilizare: rm ENTITY ID</translation>
    </message>
    <message>
        <source>usage: show ENTITY ID [--json]</source>
        <translation>utilizare: show ENTITY ID [--json]</translation>
    </message>
    <message>
        <source>usage: list ENTITY [--where field=value]… [--sort FIELD [--desc]] [--limit N] [--json]</source>
        <translation>utilizare: list ENTITY [--where field=value]… [--sort FIELD [--desc]] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>--limit needs a whole number</source>
        <translation>--limit necesită un număr întreg</translation>
    </message>
    <message>
        <source>usage: whoami [--set USER_ID]</source>
        <translation>utilizare: whoami [--set USER_ID]</translation>
    </message>
    <message>
        <source>No user chosen on this copy; pick one with &apos;whoami --set USER_ID&apos; (see &apos;list user&apos;).</source>
        <translation>Nu a fost ales niciun utilizator pentru această copie locală; alegeți unul cu &apos;whoami --set USER_ID&apos; (vezi &apos;list user&apos;).</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(înregistrare ștearsă)</translation>
    </message>
    <message>
        <source>usage: sync export --to FILE [--peer SITE]</source>
        <translation>utilizare: sync export --to FILE [--peer SITE]</translation>
    </message>
    <message>
        <source>usage: sync import FILE</source>
        <translation>utilizare: sync import FILE</translation>
    </message>
    <message>
        <source>usage: sync folder DIR</source>
        <translation>utilizare: sync folder DIR</translation>
    </message>
    <message>
        <source>tandem-cli: skipped for now: %1</source>
        <translation>tandem-cli: omis deocamdată: %1</translation>
    </message>
    <message>
        <source>This copy: %1</source>
        <translation>Copia locală: %1</translation>
    </message>
    <message>
        <source>Changes not yet acknowledged by any peer: %1</source>
        <translation>Modificări neconfirmate încă de nicio altă copie: %1</translation>
    </message>
    <message>
        <source>Conflicts to review: %1</source>
        <translation>Conflicte de verificat: %1</translation>
    </message>
    <message>
        <source>Team passphrase: %1</source>
        <translation>Fraza de acces a echipei: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nesetată</translation>
    </message>
    <message>
        <source>set</source>
        <translation>setată</translation>
    </message>
    <message>
        <source>(any peer)</source>
        <translation>(orice copie)</translation>
    </message>
    <message>
        <source>shown: %1 (%2, %3)</source>
        <translation>afișată: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>other: %1 (%2, %3)</source>
        <translation>cealaltă: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>usage: sync resolve CONFLICT_ID --take-other|--keep</source>
        <translation>utilizare: sync resolve CONFLICT_ID --take-other|--keep</translation>
    </message>
    <message>
        <source>usage: sync passphrase --set TEXT | --clear</source>
        <translation>utilizare: sync passphrase --set TEXT | --clear</translation>
    </message>
    <message>
        <source>a team passphrase needs at least 8 characters</source>
        <translation>fraza de acces a echipei trebuie să aibă cel puțin 8 caractere</translation>
    </message>
    <message>
        <source>Demo data in %7 s: users %1, companies %2, contacts %3, leads %4, deals %5, activities %6.</source>
        <translation>Date demo generate în %7 s: utilizatori %1, companii %2, contacte %3, lead-uri %4, oportunități %5, activități %6.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1</source>
        <translation>
            <numerusform>S-a scris %n modificare în %1</numerusform>
            <numerusform>S-au scris %n modificări în %1</numerusform>
            <numerusform>S-au scris %n de modificări în %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new change(s) from %1.</source>
        <translation>
            <numerusform>S-a importat %n modificare nouă de la copia %1.</numerusform>
            <numerusform>S-au importat %n modificări noi de la copia %1.</numerusform>
            <numerusform>S-au importat %n de modificări noi de la copia %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) updated.</source>
        <translation>
            <numerusform>%n înregistrare actualizată.</numerusform>
            <numerusform>%n înregistrări actualizate.</numerusform>
            <numerusform>%n de înregistrări actualizate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review.</source>
        <translation>
            <numerusform>%n conflict de verificat.</numerusform>
            <numerusform>%n conflicte de verificat.</numerusform>
            <numerusform>%n de conflicte de verificat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n bundle(s) of other copies.</source>
        <translation>
            <numerusform>S-a citit %n pachet de la alte copii.</numerusform>
            <numerusform>S-au citit %n pachete de la alte copii.</numerusform>
            <numerusform>S-au citit %n de pachete de la alte copii.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new change(s).</source>
        <translation>
            <numerusform>%n modificare nouă.</numerusform>
            <numerusform>%n modificări noi.</numerusform>
            <numerusform>%n de modificări noi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>S-a scris pachetul %1.</translation>
    </message>
    <message>
        <source>line %1: %2 is already here (%3), skipped</source>
        <translation>linia %1: %2 există deja (%3); se omite</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 skipped as duplicates, %4 rejected.</source>
        <translation>înregistrări create: %1, actualizate: %2, omise ca duplicate: %3, respinse: %4.</translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1</source>
        <translation>Simulare, nu s-a scris nimic; %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Import finalizat; %1</translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported: %n problem(s) in the file. Fix them, or import the rest with --skip-invalid.</source>
        <translation>
            <numerusform>nu s-a importat nimic: %n problemă în fișier. Corectați-o sau importați restul cu --skip-invalid.</numerusform>
            <numerusform>nu s-a importat nimic: %n probleme în fișier. Corectați-le sau importați restul cu --skip-invalid.</numerusform>
            <numerusform>nu s-a importat nimic: %n de probleme în fișier. Corectați-le sau importați restul cu --skip-invalid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>S-a scris %n înregistrare în %1.</numerusform>
            <numerusform>S-au scris %n înregistrări în %1.</numerusform>
            <numerusform>S-au scris %n de înregistrări în %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of contacts that arrived look like the same person: review them with tandem-cli duplicates.</source>
        <translation>
            <numerusform>%n pereche de contacte primite pare a fi aceeași persoană: verificați cu tandem-cli duplicates.</numerusform>
            <numerusform>%n perechi de contacte primite par a fi aceeași persoană: verificați cu tandem-cli duplicates.</numerusform>
            <numerusform>%n de perechi de contacte primite par a fi aceeași persoană: verificați cu tandem-cli duplicates.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: duplicates [--entity contact|company] [--json] | duplicates --dismiss ID ID [--entity contact|company]</source>
        <translation>utilizare: duplicates [--entity contact|company] [--json] | duplicates --dismiss ID ID [--entity contact|company]</translation>
    </message>
    <message>
        <source>Marked as not duplicates; the pair is not proposed again.</source>
        <translation>Marcate ca înregistrări diferite; perechea nu va mai fi propusă.</translation>
    </message>
    <message>
        <source>usage: merge contact|company KEEP_ID OTHER_ID [--take FIELD]…</source>
        <translation>utilizare: merge contact|company KEEP_ID OTHER_ID [--take FIELD]…</translation>
    </message>
    <message numerus="yes">
        <source>Merged %1 into %2: %n linked record(s) moved.</source>
        <translation>
            <numerusform>%1 a fost îmbinat în %2: s-a mutat %n înregistrare asociată.</numerusform>
            <numerusform>%1 a fost îmbinat în %2: s-au mutat %n înregistrări asociate.</numerusform>
            <numerusform>%1 a fost îmbinat în %2: s-au mutat %n de înregistrări asociate.</numerusform>
        </translation>
    </message>
    <message>
        <source>--update and --create-duplicates exclude each other</source>
        <translation>--update și --create-duplicates nu pot fi folosite împreună</translation>
    </message>
    <message>
        <source>there is no segment of %1 records called “%2”</source>
        <translation>nu există niciun segment de înregistrări de tip %1 numit „%2”</translation>
    </message>
    <message>
        <source>the pipeline “%1” of “%2” has no stage “%3”; its stages are: %4</source>
        <translation>fluxul de vânzări „%1” al oportunității „%2” nu are etapa „%3”; etapele sale sunt: %4</translation>
    </message>
    <message>
        <source>%1 Done anyway; the owner has been told.</source>
        <translation>%1 Operațiunea a fost totuși efectuată; responsabilul a fost anunțat.</translation>
    </message>
    <message>
        <source>usage: convert lead ID [--company ID] [--contact ID] [--title TEXT] [--amount DECIMAL] [--json]</source>
        <translation>utilizare: convert lead ID [--company ID] [--contact ID] [--title TEXT] [--amount DECIMAL] [--json]</translation>
    </message>
    <message>
        <source>usage: move deal ID STAGE</source>
        <translation>utilizare: move deal ID STAGE</translation>
    </message>
    <message>
        <source>usage: win deal ID</source>
        <translation>utilizare: win deal ID</translation>
    </message>
    <message>
        <source>usage: lose deal ID --reason TEXT [--competitor ID|NAME] | lose lead ID --reason TEXT</source>
        <translation>utilizare: lose deal ID --reason TEXT [--competitor ID|NAME] | lose lead ID --reason TEXT</translation>
    </message>
    <message>
        <source>usage: reopen deal|lead ID</source>
        <translation>utilizare: reopen deal|lead ID</translation>
    </message>
    <message>
        <source>usage: qualify lead ID [--answer &quot;Question=answer&quot;]…</source>
        <translation>utilizare: qualify lead ID [--answer &quot;Question=answer&quot;]…</translation>
    </message>
    <message>
        <source>there is no question %1; the questions are numbered 1 to %2</source>
        <translation>nu există întrebarea %1; întrebările sunt numerotate de la 1 la %2</translation>
    </message>
    <message>
        <source>usage: checklist deal ID [--json]</source>
        <translation>utilizare: checklist deal ID [--json]</translation>
    </message>
    <message>
        <source>“%1” in stage “%2”:</source>
        <translation>„%1” în etapa „%2”:</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>termen %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoriu</translation>
    </message>
    <message>
        <source>hard deadline</source>
        <translation>termen ferm</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>termen depășit</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>nu se aplică</translation>
    </message>
    <message>
        <source>usage: escalate [--json]</source>
        <translation>utilizare: escalate [--json]</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>Către %1: %2</translation>
    </message>
    <message>
        <source>usage: overdue leads [--owner ID] [--json]</source>
        <translation>utilizare: overdue leads [--owner ID] [--json]</translation>
    </message>
    <message>
        <source>usage: forecast [--pipeline ID] [--by-owner] [--json]</source>
        <translation>utilizare: forecast [--pipeline ID] [--by-owner] [--json]</translation>
    </message>
    <message>
        <source>no close date</source>
        <translation>fără dată de închidere</translation>
    </message>
    <message>
        <source>Wrote %1 for a scoped copy.</source>
        <translation>S-a scris pachetul %1 pentru o copie cu perimetru restrâns.</translation>
    </message>
    <message>
        <source>Sync scope: %1</source>
        <translation>Perimetru de sincronizare: %1</translation>
    </message>
    <message>
        <source>peer %1	last sent %2	last received %3	scope %4</source>
        <translation>copia %1	ultima trimitere %2	ultima primire %3	perimetru %4</translation>
    </message>
    <message>
        <source>usage: sync scope [--owner USER_ID | --territory TERRITORY_ID | --all]</source>
        <translation>utilizare: sync scope [--owner USER_ID | --territory TERRITORY_ID | --all]</translation>
    </message>
    <message>
        <source>usage: sync export|import|folder|status|conflicts|resolve|passphrase|scope …</source>
        <translation>utilizare: sync export|import|folder|status|conflicts|resolve|passphrase|scope …</translation>
    </message>
    <message>
        <source>usage: import ics FILE [--dry-run] [--skip-invalid]</source>
        <translation>utilizare: import ics FILE [--dry-run] [--skip-invalid]</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation>înregistrări create: %1, actualizate: %2, neschimbate: %3, respinse: %4.</translation>
    </message>
    <message>
        <source>nothing was imported: the file cannot be read.</source>
        <translation>nu s-a importat nimic: fișierul nu poate fi citit.</translation>
    </message>
    <message>
        <source>usage: export ics FILE [--where field=value]… [--from DATE] [--to DATE]</source>
        <translation>utilizare: export ics FILE [--where field=value]… [--from DATE] [--to DATE]</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a date (YYYY-MM-DD) or date and time</source>
        <translation>--%1 &apos;%2&apos; nu este o dată (YYYY-MM-DD) sau o dată și oră</translation>
    </message>
    <message>
        <source>usage: import csv|vcard|ics FILE [--entity ENTITY] [--mapping FILE] [--dry-run] [--skip-invalid] [--update | --create-duplicates]</source>
        <translation>utilizare: import csv|vcard|ics FILE [--entity ENTITY] [--mapping FILE] [--dry-run] [--skip-invalid] [--update | --create-duplicates]</translation>
    </message>
    <message>
        <source>usage: export csv|vcard|ics FILE [--entity ENTITY] [--segment NAME] [--where field=value]… [--vcard3] [--from DATE] [--to DATE]</source>
        <translation>utilizare: export csv|vcard|ics FILE [--entity ENTITY] [--segment NAME] [--where field=value]… [--vcard3] [--from DATE] [--to DATE]</translation>
    </message>
    <message>
        <source>--%1 needs a positive whole number</source>
        <translation>--%1 trebuie să fie un număr întreg pozitiv</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Întârziere</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Astăzi</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Următoare</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Fără termen</translation>
    </message>
    <message>
        <source>usage: done ID [--outcome TEXT] [--next-step TEXT] [--follow-up-due DATE]</source>
        <translation>utilizare: done ID [--outcome TEXT] [--next-step TEXT] [--follow-up-due DATE]</translation>
    </message>
    <message>
        <source>usage: dormant [--rule NAME] [--json] | dormant --rule NAME --propose</source>
        <translation>utilizare: dormant [--rule NAME] [--json] | dormant --rule NAME --propose</translation>
    </message>
    <message>
        <source>there is no dormant-customer rule “%1”</source>
        <translation>nu există regula pentru clienți inactivi „%1”</translation>
    </message>
    <message numerus="yes">
        <source>Created %n follow-up task(s).</source>
        <translation>
            <numerusform>A fost creată %n sarcină de urmărire.</numerusform>
            <numerusform>Au fost create %n sarcini de urmărire.</numerusform>
            <numerusform>Au fost create %n de sarcini de urmărire.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: free-slots --users ID[,ID…] --from DATE --to DATE [--minutes N]</source>
        <translation>utilizare: free-slots --users ID[,ID…] --from DATE --to DATE [--minutes N]</translation>
    </message>
    <message>
        <source>--to must be later than --from</source>
        <translation>--to trebuie să fie după --from</translation>
    </message>
    <message>
        <source>default</source>
        <translation>implicit</translation>
    </message>
    <message>
        <source>report needs a report name (see &apos;report --list&apos;)</source>
        <translation>report necesită numele unui raport (vezi &apos;report --list&apos;)</translation>
    </message>
    <message>
        <source>--period must be one of this-month, last-month, this-quarter, last-quarter, this-year, last-year, year-to-date, last-12-months</source>
        <translation>--period trebuie să fie una dintre valorile this-month, last-month, this-quarter, last-quarter, this-year, last-year, year-to-date, last-12-months</translation>
    </message>
    <message>
        <source>--%1 expects a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>--%1 necesită o dată în formatul YYYY-MM-DD, nu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--compare must be previous, year or none</source>
        <translation>--compare trebuie să fie previous, year sau none</translation>
    </message>
    <message>
        <source>--option expects KEY=VALUE, not &apos;%1&apos;</source>
        <translation>--option necesită forma KEY=VALUE, nu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--page must be a4 or letter</source>
        <translation>--page trebuie să fie a4 sau letter</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with an open complaint left out.</source>
        <translation>
            <numerusform>%n client cu o reclamație deschisă a fost omis.</numerusform>
            <numerusform>%n clienți cu reclamații deschise au fost omiși.</numerusform>
            <numerusform>%n de clienți cu reclamații deschise au fost omiși.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: backups [--json] | backups --keep N [--days D]</source>
        <translation>utilizare: backups [--json] | backups --keep N [--days D]</translation>
    </message>
    <message>
        <source>not a whole number: %1</source>
        <translation>nu este un număr întreg: %1</translation>
    </message>
    <message>
        <source>Automatic backups in %1 (kept: the newest %2, and the newest of each of the last %3 days):</source>
        <translation>Copii de siguranță automate în %1 (se păstrează cele mai noi %2, plus cea mai nouă din fiecare zi; număr de zile: %3):</translation>
    </message>
    <message>
        <source>usage: restore FILE [--preview] | restore --latest [--preview]</source>
        <translation>utilizare: restore FILE [--preview] | restore --latest [--preview]</translation>
    </message>
    <message>
        <source>there is no sound automatic backup in %1</source>
        <translation>nu există nicio copie de siguranță automată intactă în %1</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>deteriorare: %1</translation>
    </message>
    <message>
        <source>the latest sound backup was taken %1 (%2); go back to it with: tandem-cli restore --latest</source>
        <translation>cea mai recentă copie de siguranță intactă a fost realizată la %1 (%2); reveniți la ea cu: tandem-cli restore --latest</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n destinatar</numerusform>
            <numerusform>%n destinatari</numerusform>
            <numerusform>%n de destinatari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no postal consent</source>
        <translation>
            <numerusform>%n contact omis: fără acord poștă</numerusform>
            <numerusform>%n contacte omise: fără acord poștă</numerusform>
            <numerusform>%n de contacte omise: fără acord poștă</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no complete address (%1)</source>
        <translation>
            <numerusform>%n contact omis: fără adresă completă (%1)</numerusform>
            <numerusform>%n contacte omise: fără adresă completă (%1)</numerusform>
            <numerusform>%n de contacte omise: fără adresă completă (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 nu poate fi citit: %2</translation>
    </message>
    <message>
        <source>note: no value for %1</source>
        <translation>notă: nicio valoare pentru %1</translation>
    </message>
    <message>
        <source>usage: render quote ID [--template NAME] --out FILE.pdf [--sent-to EMAIL]
       render letter CONTACT_ID [--template NAME] [--body TEXT | --body-file FILE] [--language LL] --out FILE.pdf [--sent-to EMAIL]</source>
        <translation>utilizare: render quote ID [--template NAME] --out FILE.pdf [--sent-to EMAIL]
           render letter CONTACT_ID [--template NAME] [--body TEXT | --body-file FILE] [--language LL] --out FILE.pdf [--sent-to EMAIL]</translation>
    </message>
    <message>
        <source>usage: approve quote ID</source>
        <translation>utilizare: approve quote ID</translation>
    </message>
    <message>
        <source>usage: revise quote ID      a new version as a draft; prints its id</source>
        <translation>utilizare: revise quote ID      o versiune nouă, ca ciornă; afișează ID-ul ei</translation>
    </message>
    <message>
        <source>usage: mailing SEGMENT [--csv FILE] [--labels FILE.pdf [--sheet KEY] [--skip N]]
                       [--letters FILE.pdf [--template NAME] [--body TEXT | --body-file FILE]]
       mailing --sheets      the label sheets --sheet takes</source>
        <translation>utilizare: mailing SEGMENT [--csv FILE] [--labels FILE.pdf [--sheet KEY] [--skip N]]
                           [--letters FILE.pdf [--template NAME] [--body TEXT | --body-file FILE]]
           mailing --sheets      colile de etichete acceptate de --sheet</translation>
    </message>
    <message>
        <source>unknown label sheet &apos;%1&apos; (see mailing --sheets)</source>
        <translation>coală de etichete necunoscută &apos;%1&apos; (consultați mailing --sheets)</translation>
    </message>
    <message>
        <source>--skip needs a label number from 0 to %1</source>
        <translation>--skip necesită un număr de etichetă de la 0 la %1</translation>
    </message>
    <message>
        <source>usage: templates [--export]      lists the document templates; --export copies the shipped ones into the templates folder to edit</source>
        <translation>utilizare: templates [--export]      afișează șabloanele de document; --export copiază șabloanele incluse în Tandem în folderul de șabloane, pentru a fi editate</translation>
    </message>
    <message>
        <source>Templates folder: %1</source>
        <translation>Folder șabloane: %1</translation>
    </message>
    <message>
        <source>usage: material add FILE… [--tags TEXT] | material tag ID --tags TEXT | material replace ID FILE | material rm ID | material get ID --out FILE | material attach ID --deal ID [--quote ID]</source>
        <translation>utilizare: material add FILE… [--tags TEXT] | material tag ID --tags TEXT | material replace ID FILE | material rm ID | material get ID --out FILE | material attach ID --deal ID [--quote ID]</translation>
    </message>
    <message>
        <source>no sales materials match</source>
        <translation>niciun material de vânzare nu corespunde căutării</translation>
    </message>
    <message>
        <source>usage: materials [WORDS…] [--tag TAG] [--json]</source>
        <translation>utilizare: materials [WORDS…] [--tag TAG] [--json]</translation>
    </message>
    <message>
        <source>usage: quote-series [SERIES | --clear]   this computer&apos;s quote number series (Q-2026-SERIES-0001)</source>
        <translation>utilizare: quote-series [SERIES | --clear]   seria de numerotare a ofertelor pe acest computer (Q-2026-SERIES-0001)</translation>
    </message>
    <message>
        <source>No series: quotes made here are numbered Q-YYYY-NNNN.</source>
        <translation>Fără serie: ofertele create pe acest computer sunt numerotate Q-YYYY-NNNN.</translation>
    </message>
    <message>
        <source>usage: notifications [--user NAME|ID] [--all] [--json] | notifications --read ID…</source>
        <translation>utilizare: notifications [--user NAME|ID] [--all] [--json] | notifications --read ID…</translation>
    </message>
    <message>
        <source>usage: agenda [--user NAME|ID] [--from DATE] [--days N] [--json]</source>
        <translation>utilizare: agenda [--user NAME|ID] [--from DATE] [--days N] [--json]</translation>
    </message>
    <message>
        <source>usage: my-day [--user NAME|ID] [--json]</source>
        <translation>utilizare: my-day [--user NAME|ID] [--json]</translation>
    </message>
    <message>
        <source>usage: reminders [--user NAME|ID] [--json]</source>
        <translation>utilizare: reminders [--user NAME|ID] [--json]</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n rând</numerusform>
            <numerusform>%1: %n rânduri</numerusform>
            <numerusform>%1: %n de rânduri</numerusform>
        </translation>
    </message>
    <message>
        <source>new leads: %1</source>
        <translation>lead-uri noi: %1</translation>
    </message>
    <message>
        <source>matched to existing contacts: %1</source>
        <translation>asociate cu contacte existente: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>omise: %1</translation>
    </message>
    <message>
        <source>  line %1: %2 — %3</source>
        <translation>  linia %1: %2 — %3</translation>
    </message>
    <message>
        <source>usage: campaign NAME|ID [--json] | campaign respond NAME|ID --first-name TEXT --last-name TEXT --email TEXT --phone TEXT --company TEXT | campaign import NAME|ID FILE.csv</source>
        <translation>utilizare: campaign NAME|ID [--json] | campaign respond NAME|ID --first-name TEXT --last-name TEXT --email TEXT --phone TEXT --company TEXT | campaign import NAME|ID FILE.csv</translation>
    </message>
    <message>
        <source>unknown entity %1</source>
        <translation>tip de înregistrare necunoscut: %1</translation>
    </message>
    <message>
        <source>name a %1</source>
        <translation>indicați o înregistrare de tip %1 (nume sau ID)</translation>
    </message>
    <message>
        <source>%1 %2 are named “%3”: give the id</source>
        <translation>%2 cu numele „%3”: %1; indicați ID-ul</translation>
    </message>
    <message>
        <source>there is no %1 called or with id “%2”</source>
        <translation>nu există nicio înregistrare de tip %1 cu numele sau ID-ul „%2”</translation>
    </message>
    <message>
        <source>“%1” could be any of: %2</source>
        <translation>„%1” poate fi oricare dintre: %2</translation>
    </message>
    <message>
        <source>no user chosen on this copy: give --user NAME|ID, or pick one with &apos;whoami --set USER_ID&apos;</source>
        <translation>nu a fost ales niciun utilizator pentru această copie locală: indicați --user NAME|ID sau alegeți unul cu &apos;whoami --set USER_ID&apos;</translation>
    </message>
    <message>
        <source>usage: competitor [NAME|ID] [--json]</source>
        <translation>utilizare: competitor [NAME|ID] [--json]</translation>
    </message>
    <message>
        <source>%1%2, no target</source>
        <translation>%1%2, fără țintă</translation>
    </message>
    <message>
        <source>%1 / %2%3 (%4%)</source>
        <translation>%1 / %2%3 (%4 %)</translation>
    </message>
    <message>
        <source>  %1 (%2 – %3): revenue %4; new deals %5; activities %6</source>
        <translation>  %1 (%2 – %3): venituri %4; oportunități noi %5; activități %6</translation>
    </message>
    <message>
        <source>Team of %1</source>
        <translation>Echipa condusă de %1</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Sarcini cu termen depășit</translation>
    </message>
    <message>
        <source>Tasks today</source>
        <translation>Sarcini astăzi</translation>
    </message>
    <message>
        <source>Stalled deals</source>
        <translation>Oportunități în stagnare</translation>
    </message>
    <message>
        <source>Closing this month</source>
        <translation>Se închid luna aceasta</translation>
    </message>
    <message>
        <source>Past expected close</source>
        <translation>Cu închiderea estimată depășită</translation>
    </message>
    <message>
        <source>Untouched leads</source>
        <translation>Lead-uri necontactate</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ținte</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Luna aceasta</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Trimestrul acesta</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nume</translation>
    </message>
    <message>
        <source>today</source>
        <translation>astăzi</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>în stagnare</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>se închid</translation>
    </message>
    <message>
        <source>past close</source>
        <translation>închidere depășită</translation>
    </message>
    <message>
        <source>untouched</source>
        <translation>necontactate</translation>
    </message>
    <message>
        <source>revenue %</source>
        <translation>venituri %</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>fără țintă</translation>
    </message>
    <message>
        <source>usage: dashboard [--user NAME|ID] [--team] [--json]</source>
        <translation>utilizare: dashboard [--user NAME|ID] [--team] [--json]</translation>
    </message>
    <message>
        <source>%1 leads no one: there is no team to show</source>
        <translation>%1 nu conduce nicio echipă: nu există nicio echipă de afișat</translation>
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
        <translation>Utilizare: tandem-cli [--db FILE] COMMAND …

Comenzi:
  init [--company NAME] [--user NAME] [--currency CODE]
  demo [--contacts N] [--seed S]
  add ENTITY field=value …              afișează ID-ul noii înregistrări
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
  backups [--json] | backups --keep N [--days D]   copiile de siguranță automate
  whoami [--set USER_ID]                 utilizatorul în numele căruia scrie copia locală
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
  move deal ID STAGE                     STAGE: un ID sau numele unei etape din fluxul de vânzări al oportunității
  win deal ID | lose deal ID --reason TEXT [--competitor ID|NAME]
  lose lead ID --reason TEXT | reopen deal|lead ID
  checklist deal ID [--json]
  escalate [--json]                      anunță managerii despre sarcinile din ghidul de vânzare cu termen depășit
  overdue leads [--owner ID] [--json]
  forecast [--pipeline ID] [--by-owner] [--json]
  targets [--month YYYY-MM | --quarter YYYY-Qn] [--team NAME|ID | --user NAME|ID]
          [--currency CODE] [--json]     progresul față de ținte
  competitor [NAME|ID] [--json]          un concurent și oportunitățile pierdute în favoarea lui
  campaign NAME|ID [--json]              cifrele și răspunsurile unei campanii
  campaign respond NAME|ID [--first-name TEXT] [--last-name TEXT] [--email TEXT]
         [--phone TEXT] [--company TEXT] [--job-title TEXT] [--notes TEXT]
  campaign import NAME|ID FILE.csv       participanții ca răspunsuri, toți sau niciunul
  territories [--json]                   regulile, responsabilii și cifrele fiecărui teritoriu
  territory assign | territory reassign NAME|ID --to USER
  experts WORDS… [--json]                colegii ale căror competențe conțin cuvintele
  notifications [--user NAME|ID] [--all] [--json] | notifications --read ID…
  agenda [--user NAME|ID] [--from DATE] [--days N] [--json]
  dashboard [--user NAME|ID] [--team] [--json]  ce necesită atenție astăzi, ținte
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
  approve quote ID | revise quote ID     aprobarea unui manager; o versiune nouă, ca ciornă
  mailing SEGMENT [--csv FILE] [--labels FILE.pdf [--sheet KEY] [--skip N]]
                  [--letters FILE.pdf [--template NAME] [--body-file FILE]] | mailing --sheets
  templates [--export]                   șabloanele de document și folderul lor
  materials [WORDS…] [--tag TAG] [--json] biblioteca de materiale de vânzare
  material add FILE… [--tags TEXT] | material tag ID --tags TEXT | material rm ID
  material replace ID FILE | material get ID --out FILE
  material attach ID --deal ID [--quote ID]   o copie la oportunitate (și la oferta ei)
  quote-series [SERIES | --clear]        numerele ofertelor create pe acest computer: Q-2026-SERIES-0001

ENTITY: %1
Baza de date implicită este %2 (sau $TANDEM_DB).
</translation>
    </message>
    <message>
        <source>usage: targets [--month YYYY-MM | --quarter YYYY-Qn] [--team NAME|ID | --user NAME|ID] [--currency CODE] [--json]</source>
        <translation>utilizare: targets [--month YYYY-MM | --quarter YYYY-Qn] [--team NAME|ID | --user NAME|ID] [--currency CODE] [--json]</translation>
    </message>
    <message>
        <source>give --month or --quarter, not both</source>
        <translation>indicați --month sau --quarter, nu pe amândouă</translation>
    </message>
    <message>
        <source>--month expects a month as YYYY-MM (2026-03), not &apos;%1&apos;</source>
        <translation>--month așteaptă o lună în formatul YYYY-MM (2026-03), nu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--quarter expects a quarter as YYYY-Qn (2026-Q1), not &apos;%1&apos;</source>
        <translation>--quarter așteaptă un trimestru în formatul YYYY-Qn (2026-Q1), nu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>usage: territory reassign NAME|ID --to USER</source>
        <translation>utilizare: territory reassign NAME|ID --to USER</translation>
    </message>
    <message>
        <source>Territory “%1” now belongs to %2; moved to them: %3.</source>
        <translation>De teritoriul „%1” răspunde acum %2; i s-au transferat: %3.</translation>
    </message>
    <message>
        <source>usage: territories [--json]</source>
        <translation>utilizare: territories [--json]</translation>
    </message>
    <message>
        <source>usage: territory assign | territory reassign NAME|ID --to USER</source>
        <translation>utilizare: territory assign | territory reassign NAME|ID --to USER</translation>
    </message>
    <message>
        <source>Companies given a territory by its rules: %1</source>
        <translation>Companii repartizate pe teritorii prin reguli: %1</translation>
    </message>
    <message>
        <source>usage: experts WORDS… [--json]</source>
        <translation>utilizare: experts WORDS… [--json]</translation>
    </message>
    <message>
        <source>nobody lists that among their skills; skills are on each user (tandem-cli set user ID skills=…)</source>
        <translation>nimeni nu are aceste cuvinte printre competențe; competențele se completează la fiecare utilizator (tandem-cli set user ID skills=…)</translation>
    </message>
</context>
<context>
    <name>Competitors</name>
    <message>
        <source>There is no competitor with id %1</source>
        <translation>Nu există niciun concurent cu ID-ul %1</translation>
    </message>
    <message>
        <source>There is no deal with id %1</source>
        <translation>Nu există nicio oportunitate cu ID-ul %1</translation>
    </message>
    <message>
        <source>“%1” is not lost: a competitor is named on a deal lost to it</source>
        <translation>Oportunitatea „%1” nu este pierdută: concurentul se indică doar la o oportunitate pierdută în favoarea lui</translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>there is no user &apos;%1&apos;</source>
        <translation>nu există niciun utilizator &apos;%1&apos;</translation>
    </message>
    <message>
        <source>an import cannot set this field</source>
        <translation>acest câmp nu poate fi setat prin import</translation>
    </message>
    <message>
        <source>a contact needs a name or an e-mail address</source>
        <translation>un contact trebuie să aibă un nume sau o adresă de e-mail</translation>
    </message>
    <message>
        <source>there is no contact with id %1</source>
        <translation>nu există niciun contact cu ID-ul %1</translation>
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
        <translation>Lituania</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Letonia</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estonia</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polonia</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ucraina</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>România</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Republica Moldova</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Germania</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Regatul Unit</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Franța</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Țările de Jos</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Suedia</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlanda</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Cehia</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovacia</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Ungaria</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgaria</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Statele Unite</translation>
    </message>
</context>
<context>
    <name>CsvContacts</name>
    <message>
        <source>the row has neither a name nor an e-mail address</source>
        <translation>rândul nu are nici nume, nici adresă de e-mail</translation>
    </message>
</context>
<context>
    <name>CsvMapping</name>
    <message>
        <source>E-mail %1</source>
        <translation>E-mail %1</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <source>Website %1</source>
        <translation>Site web %1</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>Adresă %1</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tip</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valoare</translation>
    </message>
    <message>
        <source>street</source>
        <translation>stradă</translation>
    </message>
    <message>
        <source>city</source>
        <translation>localitate</translation>
    </message>
    <message>
        <source>region</source>
        <translation>regiune</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>cod poștal</translation>
    </message>
    <message>
        <source>country</source>
        <translation>țară</translation>
    </message>
    <message>
        <source>PO box</source>
        <translation>căsuță poștală</translation>
    </message>
    <message>
        <source>extended address</source>
        <translation>adresă suplimentară</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>cannot open the mapping file: %1</source>
        <translation>fișierul de corespondență a coloanelor nu poate fi deschis: %1</translation>
    </message>
    <message>
        <source>not a mapping file (JSON object): %1</source>
        <translation>nu este un fișier de corespondență a coloanelor (obiect JSON): %1</translation>
    </message>
    <message>
        <source>the delimiter must be one character, not “%1”</source>
        <translation>separatorul trebuie să fie un singur caracter, nu „%1”</translation>
    </message>
    <message>
        <source>“columns” must map column headers to fields</source>
        <translation>„columns” trebuie să asocieze antetele coloanelor cu câmpuri</translation>
    </message>
    <message>
        <source>the column must map to a field name</source>
        <translation>coloana trebuie asociată cu un nume de câmp</translation>
    </message>
    <message>
        <source>cannot write the mapping file: %1</source>
        <translation>fișierul de corespondență a coloanelor nu poate fi scris: %1</translation>
    </message>
    <message>
        <source>“%1” is not a field a %2 column can be imported into</source>
        <translation>„%1” nu este un câmp în care se poate importa o coloană pentru înregistrări de tip %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is empty</source>
        <translation>fișierul este gol</translation>
    </message>
    <message>
        <source>a quoted field starts on line %1 and is never closed</source>
        <translation>un câmp între ghilimele începe pe linia %1 și nu este închis</translation>
    </message>
    <message>
        <source>the file has no header line with column names</source>
        <translation>fișierul nu are o linie de antet cu numele coloanelor</translation>
    </message>
    <message>
        <source>line %1 has %2 fields, the header has %3</source>
        <translation>linia %1 nu are tot atâtea câmpuri ca antetul (câmpuri pe linie: %2, în antet: %3)</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>fișierul nu poate fi deschis: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no Tandem database at %1.</source>
        <translation>Nu există nicio bază de date Tandem la %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Tandem database.</source>
        <translation>%1 este un folder, nu o bază de date Tandem.</translation>
    </message>
    <message>
        <source>%1 is not a Tandem database (it is not an SQLite file, or it is damaged).</source>
        <translation>%1 nu este o bază de date Tandem (nu este un fișier SQLite sau este deteriorat).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folderul %1 nu există.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Nu se poate deschide %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read: %2</source>
        <translation>%1 este deteriorat și nu poate fi citit: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read.</source>
        <translation>%1 este deteriorat și nu poate fi citit.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Tandem database.</source>
        <translation>%1 este o bază de date SQLite a altui program, nu o bază de date Tandem.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Tandem (database version %2; this version reads up to %3). Update Tandem to open it; the file was left untouched.</source>
        <translation>%1 a fost creat de o versiune mai nouă de Tandem (versiunea bazei de date %2; această versiune citește cel mult versiunea %3). Actualizați Tandem pentru a-l deschide; fișierul nu a fost modificat.</translation>
    </message>
    <message>
        <source>Cannot write to %1: the file or its folder is read-only.</source>
        <translation>Nu se poate scrie în %1: fișierul sau folderul în care se află este protejat la scriere.</translation>
    </message>
    <message>
        <source>No backup could be written before updating %1, so it was not updated: %2</source>
        <translation>Nu s-a putut face o copie de siguranță înainte de actualizarea fișierului %1, așa că acesta nu a fost actualizat: %2</translation>
    </message>
    <message>
        <source>Updating the database to version %1 failed: %2</source>
        <translation>Actualizarea bazei de date la versiunea %1 a eșuat: %2</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Modificarea nu a putut fi salvată.</translation>
    </message>
    <message>
        <source>Nothing was saved because part of the change failed.</source>
        <translation>Nu s-a salvat nimic, deoarece o parte a modificării a eșuat.</translation>
    </message>
    <message>
        <source>The database could not be read: %1</source>
        <translation>Baza de date nu a putut fi citită: %1</translation>
    </message>
    <message>
        <source>The disk is full, so the change could not be saved and nothing was changed. Free some space and try again.</source>
        <translation>Discul este plin, așa că modificarea nu a putut fi salvată și nu s-a schimbat nimic. Eliberați spațiu și încercați din nou.</translation>
    </message>
    <message>
        <source>The database file or its folder is read-only, so nothing was changed. Check the file&apos;s permissions, or whether the disk is mounted read-only.</source>
        <translation>Fișierul bazei de date sau folderul în care se află este protejat la scriere, așa că nu s-a schimbat nimic. Verificați permisiunile fișierului sau dacă discul este montat doar pentru citire.</translation>
    </message>
    <message>
        <source>The disk could not be written or read (%1), so nothing was changed. If the database is on a USB stick or a network drive, check that it is still there.</source>
        <translation>Nu s-a putut scrie sau citi de pe disc (%1), așa că nu s-a schimbat nimic. Dacă baza de date se află pe un stick USB sau pe o unitate de rețea, verificați dacă dispozitivul este încă conectat.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Restore a backup: File › Restore from backup…</source>
        <translation>Fișierul bazei de date este deteriorat (%1). Restaurați o copie de siguranță: Fișier › Restaurare din copie de siguranță…</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Try again in a moment.</source>
        <translation>Baza de date este ocupată: alt program scrie în ea. Încercați din nou peste câteva momente.</translation>
    </message>
</context>
<context>
    <name>DealCommands</name>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n oportunitate</numerusform>
            <numerusform>%n oportunități</numerusform>
            <numerusform>%n de oportunități</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1”</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>mutare în etapa %2: %1</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Nu s-a putut muta</translation>
    </message>
    <message>
        <source>Mark %1 won</source>
        <translation>marcare ca câștigată: %1</translation>
    </message>
    <message>
        <source>Not marked won</source>
        <translation>Nu s-a putut marca ca câștigată</translation>
    </message>
    <message>
        <source>Mark %1 lost</source>
        <translation>marcare ca pierdută: %1</translation>
    </message>
    <message>
        <source>Not marked lost</source>
        <translation>Nu s-a putut marca ca pierdută</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>redeschidere: %1</translation>
    </message>
    <message>
        <source>Not reopened</source>
        <translation>Nu s-a putut redeschide</translation>
    </message>
</context>
<context>
    <name>DealFlow</name>
    <message>
        <source>There is no deal with id %1</source>
        <translation>Nu există nicio oportunitate cu ID-ul %1</translation>
    </message>
    <message>
        <source>“%1” is won; reopen it first to change its course</source>
        <translation>Oportunitatea „%1” este câștigată; redeschideți-o mai întâi pentru a-i schimba parcursul</translation>
    </message>
    <message>
        <source>“%1” is lost; reopen it first to change its course</source>
        <translation>Oportunitatea „%1” este pierdută; redeschideți-o mai întâi pentru a-i schimba parcursul</translation>
    </message>
    <message>
        <source>There is no stage with id %1</source>
        <translation>Nu există nicio etapă cu ID-ul %1</translation>
    </message>
    <message>
        <source>“%1” is not finished yet; still to do: %2</source>
        <translation>Etapa „%1” nu este încă încheiată; mai sunt de făcut: %2</translation>
    </message>
    <message>
        <source>Stage “%1” is not a stage of the deal&apos;s pipeline</source>
        <translation>Etapa „%1” nu face parte din fluxul de vânzări al oportunității</translation>
    </message>
    <message>
        <source>There is no default pipeline to put the deal on; set one up first</source>
        <translation>Nu există un flux de vânzări implicit în care să fie pusă oportunitatea; configurați mai întâi unul</translation>
    </message>
    <message>
        <source>Pipeline “%1” has no open stage to start a deal in</source>
        <translation>Fluxul de vânzări „%1” nu are nicio etapă pentru oportunități deschise în care să înceapă o oportunitate</translation>
    </message>
    <message>
        <source>Losing a deal needs a reason: mark “%1” lost instead of moving it to “%2”</source>
        <translation>Pierderea unei oportunități necesită un motiv: marcați „%1” ca pierdută în loc să o mutați în „%2”</translation>
    </message>
    <message>
        <source>Say why the deal was lost</source>
        <translation>Indicați motivul pentru care oportunitatea a fost pierdută</translation>
    </message>
    <message>
        <source>There is no competitor with id %1</source>
        <translation>Nu există niciun concurent cu ID-ul %1</translation>
    </message>
    <message>
        <source>“%1” is open already</source>
        <translation>Oportunitatea „%1” este deja deschisă</translation>
    </message>
    <message>
        <source>There is no deal with id %1.</source>
        <translation>Nu există nicio oportunitate cu ID-ul %1.</translation>
    </message>
    <message>
        <source>A deal is always in a stage: give the stage to move it to.</source>
        <translation>O oportunitate se află întotdeauna într-o etapă: indicați etapa în care trebuie mutată.</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2.</source>
        <translation>„%1” nu este una dintre valorile: %2.</translation>
    </message>
    <message>
        <source>Say why the deal was lost: a lost deal needs a reason.</source>
        <translation>Indicați motivul pentru care oportunitatea a fost pierdută: o oportunitate pierdută necesită un motiv.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Demo data needs at least one contact.</source>
        <translation>Datele demo necesită cel puțin un contact.</translation>
    </message>
    <message>
        <source>Set up the database (company and first user) before adding demo data.</source>
        <translation>Configurați baza de date (compania și primul utilizator) înainte de a adăuga date demo.</translation>
    </message>
    <message numerus="yes">
        <source>This database already holds %n contact(s); demo data only goes into a new, empty database.</source>
        <translation>
            <numerusform>Această bază de date conține deja %n contact; datele demo pot fi adăugate doar într-o bază de date nouă, goală.</numerusform>
            <numerusform>Această bază de date conține deja %n contacte; datele demo pot fi adăugate doar într-o bază de date nouă, goală.</numerusform>
            <numerusform>Această bază de date conține deja %n de contacte; datele demo pot fi adăugate doar într-o bază de date nouă, goală.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data needs a default pipeline with open, won and lost stages.</source>
        <translation>Datele demo necesită un flux de vânzări implicit cu etape pentru oportunități deschise, câștigate și pierdute.</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Fără decizie</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>Producție</translation>
    </message>
    <message>
        <source>Wholesale</source>
        <translation>Comerț cu ridicata</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Comerț cu amănuntul</translation>
    </message>
    <message>
        <source>Transport and logistics</source>
        <translation>Transport și logistică</translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation>Alimente și băuturi</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Construcții</translation>
    </message>
    <message>
        <source>Pharmaceuticals</source>
        <translation>Industrie farmaceutică</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>Industrie auto</translation>
    </message>
    <message>
        <source>E-commerce</source>
        <translation>Comerț electronic</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Agricultură</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>Mobilă</translation>
    </message>
    <message>
        <source>Chemicals</source>
        <translation>Industrie chimică</translation>
    </message>
    <message>
        <source>Small business</source>
        <translation>Întreprinderi mici</translation>
    </message>
    <message>
        <source>Mid-market</source>
        <translation>Companii mijlocii</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Companii mari</translation>
    </message>
    <message>
        <source>racking projects</source>
        <translation>proiecte de rafturi</translation>
    </message>
    <message>
        <source>forklifts</source>
        <translation>stivuitoare</translation>
    </message>
    <message>
        <source>warehouse software</source>
        <translation>software de depozit</translation>
    </message>
    <message>
        <source>service contracts</source>
        <translation>contracte de service</translation>
    </message>
    <message>
        <source>public tenders</source>
        <translation>licitații publice</translation>
    </message>
    <message>
        <source>key accounts</source>
        <translation>clienți-cheie</translation>
    </message>
    <message>
        <source>Warehouse racking</source>
        <translation>Rafturi pentru depozit</translation>
    </message>
    <message>
        <source>Forklift fleet rental</source>
        <translation>Închiriere flotă de stivuitoare</translation>
    </message>
    <message>
        <source>Warehouse software roll-out</source>
        <translation>Implementare software de depozit</translation>
    </message>
    <message>
        <source>Barcode scanners</source>
        <translation>Scanere de coduri de bare</translation>
    </message>
    <message>
        <source>Maintenance contract renewal</source>
        <translation>Reînnoire contract de mentenanță</translation>
    </message>
    <message>
        <source>New warehouse fit-out</source>
        <translation>Amenajare depozit nou</translation>
    </message>
    <message>
        <source>Packaging line</source>
        <translation>Linie de ambalare</translation>
    </message>
    <message>
        <source>Safety training</source>
        <translation>Instruire SSM</translation>
    </message>
    <message>
        <source>Label printers</source>
        <translation>Imprimante de etichete</translation>
    </message>
    <message>
        <source>Spare parts</source>
        <translation>Piese de schimb</translation>
    </message>
    <message>
        <source>Pallet racking bay</source>
        <translation>Modul de raft pentru paleți</translation>
    </message>
    <message>
        <source>pc</source>
        <translation>buc.</translation>
    </message>
    <message>
        <source>Racking</source>
        <translation>Rafturi</translation>
    </message>
    <message>
        <source>Light-duty shelving unit</source>
        <translation>Raft pentru sarcini ușoare</translation>
    </message>
    <message>
        <source>Electric pallet truck</source>
        <translation>Transpalet electric</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Echipamente</translation>
    </message>
    <message>
        <source>Forklift rental</source>
        <translation>Închiriere stivuitor</translation>
    </message>
    <message>
        <source>month</source>
        <translation>lună</translation>
    </message>
    <message>
        <source>Rental</source>
        <translation>Închirieri</translation>
    </message>
    <message>
        <source>Handheld barcode scanner</source>
        <translation>Scaner portabil de coduri de bare</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>Imprimantă de etichete</translation>
    </message>
    <message>
        <source>Warehouse software licence</source>
        <translation>Licență software de depozit</translation>
    </message>
    <message>
        <source>user/year</source>
        <translation>utilizator/an</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Warehouse software implementation</source>
        <translation>Servicii de implementare a software-ului de depozit</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>oră</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicii</translation>
    </message>
    <message>
        <source>Maintenance contract</source>
        <translation>Contract de mentenanță</translation>
    </message>
    <message>
        <source>year</source>
        <translation>an</translation>
    </message>
    <message>
        <source>Forklift safety training</source>
        <translation>Instruire SSM pentru operatori de stivuitoare</translation>
    </message>
    <message>
        <source>day</source>
        <translation>zi</translation>
    </message>
    <message>
        <source>Stretch wrapping machine</source>
        <translation>Mașină de înfoliat cu folie stretch</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Montaj</translation>
    </message>
    <message>
        <source>Warehouse efficiency webinar</source>
        <translation>Webinar despre eficiența depozitelor</translation>
    </message>
    <message>
        <source>Logistics trade fair stand</source>
        <translation>Stand la târgul de logistică</translation>
    </message>
    <message>
        <source>Spring forklift rental offer</source>
        <translation>Ofertă de primăvară la închirierea de stivuitoare</translation>
    </message>
    <message>
        <source>Safety training roadshow</source>
        <translation>Caravana de instruire SSM</translation>
    </message>
    <message>
        <source>Online ads: warehouse software</source>
        <translation>Reclame online: software de depozit</translation>
    </message>
    <message>
        <source>Partner referral programme</source>
        <translation>Program de recomandări prin parteneri</translation>
    </message>
    <message>
        <source>Autumn trade fair</source>
        <translation>Târgul de toamnă</translation>
    </message>
    <message>
        <source>Large rental fleet, fast delivery.</source>
        <translation>Flotă mare de închiriere, livrare rapidă.</translation>
    </message>
    <message>
        <source>Slow service outside the capital.</source>
        <translation>Service lent în afara capitalei.</translation>
    </message>
    <message>
        <source>Low prices on standard racking.</source>
        <translation>Prețuri mici la rafturile standard.</translation>
    </message>
    <message>
        <source>No installation team of their own.</source>
        <translation>Nu are echipă proprie de montaj.</translation>
    </message>
    <message>
        <source>Strong in Poland, good references.</source>
        <translation>Puternic în Polonia, referințe bune.</translation>
    </message>
    <message>
        <source>Long lead times.</source>
        <translation>Termene lungi de livrare.</translation>
    </message>
    <message>
        <source>Local warehouse software, cheap licences.</source>
        <translation>Software local de depozit, licențe ieftine.</translation>
    </message>
    <message>
        <source>Limited integrations.</source>
        <translation>Integrări limitate.</translation>
    </message>
    <message>
        <source>Well-known brand, complete projects.</source>
        <translation>Marcă cunoscută, proiecte la cheie.</translation>
    </message>
    <message>
        <source>Expensive; little room to negotiate.</source>
        <translation>Scump; marjă mică de negociere.</translation>
    </message>
    <message>
        <source>Dense service network in Romania.</source>
        <translation>Rețea densă de service în România.</translation>
    </message>
    <message>
        <source>Weak in software.</source>
        <translation>Slab la capitolul software.</translation>
    </message>
    <message>
        <source>Modern cloud software.</source>
        <translation>Software modern în cloud.</translation>
    </message>
    <message>
        <source>No hardware, needs partners.</source>
        <translation>Nu oferă hardware, are nevoie de parteneri.</translation>
    </message>
    <message>
        <source>Flexible short-term rental.</source>
        <translation>Închiriere flexibilă pe termen scurt.</translation>
    </message>
    <message>
        <source>Old equipment.</source>
        <translation>Echipamente vechi.</translation>
    </message>
    <message>
        <source>Team North</source>
        <translation>Echipa Nord</translation>
    </message>
    <message>
        <source>Team South-East</source>
        <translation>Echipa Sud-Est</translation>
    </message>
    <message>
        <source>Team Baltic and Export</source>
        <translation>Echipa Țări Baltice și Export</translation>
    </message>
    <message>
        <source>Team Poland</source>
        <translation>Echipa Polonia</translation>
    </message>
    <message>
        <source>Team Ukraine</source>
        <translation>Echipa Ucraina</translation>
    </message>
    <message>
        <source>Team Romania and Moldova</source>
        <translation>Echipa România și Moldova</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Lituania</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polonia</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ucraina</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>România</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Republica Moldova</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Regatul Unit</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>lituaniană</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>poloneză</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ucraineană</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>română</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>rusă</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engleză</translation>
    </message>
    <message>
        <source>Weekly sales meeting</source>
        <translation>Ședința săptămânală de vânzări</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Sala de ședințe</translation>
    </message>
    <message>
        <source>One-to-one: pipeline and coaching</source>
        <translation>Discuție individuală: flux de vânzări și coaching</translation>
    </message>
    <message>
        <source>Sales management meeting</source>
        <translation>Ședința conducerii vânzărilor</translation>
    </message>
    <message>
        <source>Pipeline review</source>
        <translation>Analiza fluxului de vânzări</translation>
    </message>
    <message>
        <source>Doctor&apos;s appointment</source>
        <translation>Programare la medic</translation>
    </message>
</context>
<context>
    <name>DocumentTemplates</name>
    <message>
        <source>Offer</source>
        <translation>Ofertă</translation>
    </message>
    <message>
        <source>Order confirmation</source>
        <translation>Confirmare de comandă</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Scrisoare</translation>
    </message>
    <message>
        <source>There is no document template &quot;%1&quot;: neither %1.%2.html nor %1.html in %3, and none is shipped with Tandem.</source>
        <translation>Nu există niciun șablon de document „%1”: nici %1.%2.html, nici %1.html nu se află în %3, iar Tandem nu include un astfel de șablon.</translation>
    </message>
    <message>
        <source>cannot write the document template: %1</source>
        <translation>șablonul de document nu poate fi scris: %1</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>folderul nu poate fi creat</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>cannot write the document: %1</source>
        <translation>documentul nu poate fi scris: %1</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>folderul %1 nu există</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>nu se poate scrie în acest folder</translation>
    </message>
    <message>
        <source>The document has no pages.</source>
        <translation>Documentul nu are nicio pagină.</translation>
    </message>
    <message>
        <source>There is no document with id %1.</source>
        <translation>Nu există niciun document cu ID-ul %1.</translation>
    </message>
    <message>
        <source>Sent “%1” to %2</source>
        <translation>„%1” trimis către %2</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Nu există niciun contact cu ID-ul %1.</translation>
    </message>
    <message>
        <source>The logo is not an image.</source>
        <translation>Logoul nu este o imagine.</translation>
    </message>
</context>
<context>
    <name>DormantRules</name>
    <message>
        <source>No purchase in 6 months</source>
        <translation>Fără achiziții de 6 luni</translation>
    </message>
    <message>
        <source>Offer something new to {company}</source>
        <translation>Propuneți ceva nou pentru {company}</translation>
    </message>
    <message>
        <source>No contact in 90 days</source>
        <translation>Fără contact de 90 de zile</translation>
    </message>
    <message>
        <source>Get back in touch with {company}</source>
        <translation>Reluați legătura cu {company}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>niciodată</translation>
    </message>
    <message>
        <source>Dear {contact},

we last spoke on {last_contact}, and I would like to hear how things are going at {company}. May I call you one of these days, or would you like to meet?

Kind regards,
{owner}</source>
        <translation>Bună ziua, {contact},

ultima dată am vorbit pe {last_contact} și aș dori să aflu cum merg lucrurile la {company}. Vă pot suna zilele acestea sau preferați să ne întâlnim?

Cu stimă,
{owner}</translation>
    </message>
    <message>
        <source>Dear {contact},

thank you for your order of {last_purchase}. Since then we have added products and services that may be of use to {company}, and I would be glad to show them to you.

Kind regards,
{owner}</source>
        <translation>Bună ziua, {contact},

vă mulțumim pentru comanda din {last_purchase}. Între timp am adăugat produse și servicii care ar putea fi utile pentru {company} și vi le-aș prezenta cu plăcere.

Cu stimă,
{owner}</translation>
    </message>
    <message>
        <source>The dormant-customer rule no longer exists.</source>
        <translation>Regula pentru clienți inactivi nu mai există.</translation>
    </message>
    <message>
        <source>“%1” is no longer waiting for a follow-up by this rule.</source>
        <translation>„%1” nu mai așteaptă o sarcină de urmărire conform acestei reguli.</translation>
    </message>
    <message>
        <source>Follow up with {company}</source>
        <translation>Reveniți la {company}</translation>
    </message>
    <message>
        <source>No follow-up tasks were created: the task for “%1” was refused (%2).</source>
        <translation>Nu s-a creat nicio sarcină de urmărire: sarcina pentru „%1” a fost respinsă (%2).</translation>
    </message>
    <message>
        <source>“%1” has an open complaint: resolve it before sending a sales letter.</source>
        <translation>„%1” are o reclamație deschisă: rezolvați-o înainte de a trimite o scrisoare comercială.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same registration code</source>
        <translation>același nr. de înregistrare</translation>
    </message>
    <message>
        <source>same VAT code</source>
        <translation>același cod TVA</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>același e-mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>același telefon</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>același nume</translation>
    </message>
    <message>
        <source>similar name at the same company</source>
        <translation>nume asemănător la aceeași companie</translation>
    </message>
    <message>
        <source>same website</source>
        <translation>același site web</translation>
    </message>
    <message>
        <source>duplicates are looked for among contacts and companies, not &apos;%1&apos;</source>
        <translation>duplicatele se caută printre contacte și companii, nu printre înregistrări de tip &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a record cannot be a duplicate of itself</source>
        <translation>o înregistrare nu poate fi propriul duplicat</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>nu există nicio înregistrare de tip %1 cu ID-ul %2</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>Setting</source>
        <translation>Setare</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizator</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilizatori</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Echipă</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Echipe</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Teritoriu</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Teritorii</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companii</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacte</translation>
    </message>
    <message>
        <source>Contact detail</source>
        <translation>Detaliu de contact</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Detalii de contact</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etichetă</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichete</translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation>Etichetare</translation>
    </message>
    <message>
        <source>Taggings</source>
        <translation>Etichetări</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Lead-uri</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Flux de vânzări</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Fluxuri de vânzări</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etape</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Oportunitate</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Oportunități</translation>
    </message>
    <message>
        <source>Playbook action</source>
        <translation>Acțiune de ghid</translation>
    </message>
    <message>
        <source>Playbook actions</source>
        <translation>Acțiuni de ghid</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Motiv de pierdere</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>Motive de pierdere</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Concurent</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Concurenți</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Țintă</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ținte</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanie</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campanii</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activitate</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activități</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Sarcină</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Sarcini</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participanți</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produs</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produse</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Listă de prețuri</translation>
    </message>
    <message>
        <source>Price lists</source>
        <translation>Liste de prețuri</translation>
    </message>
    <message>
        <source>Price list item</source>
        <translation>Articol din lista de prețuri</translation>
    </message>
    <message>
        <source>Price list items</source>
        <translation>Articole din lista de prețuri</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Ofertă</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Oferte</translation>
    </message>
    <message>
        <source>Quote line</source>
        <translation>Linie de ofertă</translation>
    </message>
    <message>
        <source>Quote lines</source>
        <translation>Linii de ofertă</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Solicitare</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Solicitări</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documente</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Nu este duplicat</translation>
    </message>
    <message>
        <source>Not duplicates</source>
        <translation>Nu sunt duplicate</translation>
    </message>
    <message>
        <source>Routing rule</source>
        <translation>Regulă de repartizare</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>Reguli de repartizare</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notificare</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificări</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Memento</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Mementouri</translation>
    </message>
    <message>
        <source>Dormant-customer rule</source>
        <translation>Regulă pentru clienți inactivi</translation>
    </message>
    <message>
        <source>Dormant-customer rules</source>
        <translation>Reguli pentru clienți inactivi</translation>
    </message>
    <message>
        <source>Case deadline rule</source>
        <translation>Regulă de termene pentru solicitări</translation>
    </message>
    <message>
        <source>Case deadline rules</source>
        <translation>Reguli de termene pentru solicitări</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Zi liberă</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Zile libere</translation>
    </message>
</context>
<context>
    <name>Escalations</name>
    <message>
        <source>no owner</source>
        <translation>fără responsabil</translation>
    </message>
    <message>
        <source>“%1” on deal “%2” (%3) is past its deadline and not done.</source>
        <translation>Sarcina „%1” pentru oportunitatea „%2” (%3) a depășit termenul și nu este finalizată.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” on deal “%2” (%3) is not done %n day(s) after the deal entered “%4”.</source>
        <translation>
            <numerusform>Sarcina „%1” pentru oportunitatea „%2” (%3) nu este finalizată la %n zi după intrarea oportunității în etapa „%4”.</numerusform>
            <numerusform>Sarcina „%1” pentru oportunitatea „%2” (%3) nu este finalizată la %n zile după intrarea oportunității în etapa „%4”.</numerusform>
            <numerusform>Sarcina „%1” pentru oportunitatea „%2” (%3) nu este finalizată la %n de zile după intrarea oportunității în etapa „%4”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deal “%1” (%2) has been in “%3” for more than %n day(s).</source>
        <translation>
            <numerusform>Oportunitatea „%1” (%2) se află în etapa „%3” de mai mult de %n zi.</numerusform>
            <numerusform>Oportunitatea „%1” (%2) se află în etapa „%3” de mai mult de %n zile.</numerusform>
            <numerusform>Oportunitatea „%1” (%2) se află în etapa „%3” de mai mult de %n de zile.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has answered the case “%1” of %2 (%3) by its deadline.</source>
        <translation>Solicitarea „%1” de la %2 (%3) nu a primit răspuns în termen.</translation>
    </message>
    <message>
        <source>The case “%1” of %2 (%3) is past its resolution deadline.</source>
        <translation>Solicitarea „%1” de la %2 (%3) a depășit termenul de rezolvare.</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>fără client</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Key</source>
        <translation>Cheie</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Echipă</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Competențe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activ</translation>
    </message>
    <message>
        <source>Calendar visibility</source>
        <translation>Vizibilitate calendar</translation>
    </message>
    <message>
        <source>Parent team</source>
        <translation>Echipă superioară</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regiune</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Localitate</translation>
    </message>
    <message>
        <source>Postcode from</source>
        <translation>Cod poștal de la</translation>
    </message>
    <message>
        <source>Postcode to</source>
        <translation>Cod poștal până la</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Domeniu de activitate</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Denumire juridică</translation>
    </message>
    <message>
        <source>Registration code</source>
        <translation>Nr. de înregistrare</translation>
    </message>
    <message>
        <source>VAT code</source>
        <translation>Cod TVA</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod poștal</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Stradă</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Loyalty tier</source>
        <translation>Nivel de fidelitate</translation>
    </message>
    <message>
        <source>ABC class</source>
        <translation>Clasă ABC</translation>
    </message>
    <message>
        <source>Parent company</source>
        <translation>Companie-mamă</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Teritoriu</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>Data reînnoirii</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observații</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nume de familie</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Funcție</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departament</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Factor de decizie</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Șef direct</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Data nașterii</translation>
    </message>
    <message>
        <source>E-mail consent</source>
        <translation>Acord e-mail</translation>
    </message>
    <message>
        <source>Phone consent</source>
        <translation>Acord telefon</translation>
    </message>
    <message>
        <source>Postal consent</source>
        <translation>Acord poștă</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Următorul contact</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Fotografie</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Denumire</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Culoare</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etichetă</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Tip de înregistrare</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Înregistrare</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtru</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nume companie</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanie</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Motiv de pierdere</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Nevoi</translation>
    </message>
    <message>
        <source>Qualification answers</source>
        <translation>Răspunsuri de calificare</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Oportunitate</translation>
    </message>
    <message>
        <source>Converted at</source>
        <translation>Data conversiei</translation>
    </message>
    <message>
        <source>First contact due</source>
        <translation>Termen primul contact</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Implicit</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Flux de vânzări</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>Probabilitate %</translation>
    </message>
    <message>
        <source>Stalled after days</source>
        <translation>Stagnare după (zile)</translation>
    </message>
    <message>
        <source>Requires checklist</source>
        <translation>Necesită listă de verificare</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Închidere estimată</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Concurent</translation>
    </message>
    <message>
        <source>Won at</source>
        <translation>Data câștigării</translation>
    </message>
    <message>
        <source>Lost at</source>
        <translation>Data pierderii</translation>
    </message>
    <message>
        <source>In stage since</source>
        <translation>În etapă din</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Pasul următor</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucțiuni</translation>
    </message>
    <message>
        <source>Deadline (days)</source>
        <translation>Termen (zile)</translation>
    </message>
    <message>
        <source>Hard deadline</source>
        <translation>Termen ferm</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Realizat de</translation>
    </message>
    <message>
        <source>Document template</source>
        <translation>Șablon de document</translation>
    </message>
    <message>
        <source>Escalate after days</source>
        <translation>Escaladare după (zile)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoriu</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condiție</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Se aplică la</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Puncte forte</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Puncte slabe</translation>
    </message>
    <message>
        <source>Price points</source>
        <translation>Niveluri de preț</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizator</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Început perioadă</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Venituri</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>Oportunități noi</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activități</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Data de început</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Data de sfârșit</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Buget</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Goal: leads</source>
        <translation>Obiectiv: lead-uri</translation>
    </message>
    <message>
        <source>Goal: revenue</source>
        <translation>Obiectiv: venituri</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Început</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Sfârșit</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toată ziua</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Finalizată</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Data finalizării</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritate</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Solicitare</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locație</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Repetare</translation>
    </message>
    <message>
        <source>Reminder (minutes before)</source>
        <translation>Memento (minute înainte)</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Vizibilitate</translation>
    </message>
    <message>
        <source>Playbook action</source>
        <translation>Acțiune de ghid</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activitate</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Răspuns</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Cod produs</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unitate de măsură</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preț</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>Cotă TVA %</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valabil de la</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valabil până la</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Listă de prețuri</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produs</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versiune</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valabilă până la</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Reducere %</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Data trimiterii</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprobată de</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Șablon</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Ofertă</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantitate</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Preț unitar</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Rezolvare</translation>
    </message>
    <message>
        <source>Respond by</source>
        <translation>Termen de răspuns</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>Termen de rezolvare</translation>
    </message>
    <message>
        <source>Responded at</source>
        <translation>Data răspunsului</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>Data rezolvării</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>Satisfacție (1-5)</translation>
    </message>
    <message>
        <source>Satisfaction comment</source>
        <translation>Comentariu privind satisfacția</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Tip fișier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensiune</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Sumă de control</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Conținut</translation>
    </message>
    <message>
        <source>Linked record type</source>
        <translation>Tip înregistrare asociată</translation>
    </message>
    <message>
        <source>Linked record</source>
        <translation>Înregistrare asociată</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichete</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Trimis de</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Trimis către</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nume complet</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Îmbinat în</translation>
    </message>
    <message>
        <source>First record</source>
        <translation>Prima înregistrare</translation>
    </message>
    <message>
        <source>Second record</source>
        <translation>A doua înregistrare</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Al doilea prenume</translation>
    </message>
    <message>
        <source>Name prefix</source>
        <translation>Prefix nume</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Sufix nume</translation>
    </message>
    <message>
        <source>Work e-mail</source>
        <translation>E-mail serviciu</translation>
    </message>
    <message>
        <source>Home e-mail</source>
        <translation>E-mail personal</translation>
    </message>
    <message>
        <source>Other e-mail</source>
        <translation>Alt e-mail</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Telefon serviciu</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Telefon acasă</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Alt telefon</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Home fax</source>
        <translation>Fax acasă</translation>
    </message>
    <message>
        <source>Home street</source>
        <translation>Stradă domiciliu</translation>
    </message>
    <message>
        <source>Home city</source>
        <translation>Localitate domiciliu</translation>
    </message>
    <message>
        <source>Home region</source>
        <translation>Regiune domiciliu</translation>
    </message>
    <message>
        <source>Home postcode</source>
        <translation>Cod poștal domiciliu</translation>
    </message>
    <message>
        <source>Home country</source>
        <translation>Țară domiciliu</translation>
    </message>
    <message>
        <source>When the source is</source>
        <translation>Când sursa este</translation>
    </message>
    <message>
        <source>When the industry is</source>
        <translation>Când domeniul de activitate este</translation>
    </message>
    <message>
        <source>When the territory is</source>
        <translation>Când teritoriul este</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Repartizare către</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pentru</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Temă</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>Data citirii</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fus orar</translation>
    </message>
    <message>
        <source>Skipped occurrences</source>
        <translation>Apariții omise</translation>
    </message>
    <message>
        <source>Calendar UID</source>
        <translation>UID calendar</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Apariție</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>Amânat până la</translation>
    </message>
    <message>
        <source>Dismissed at</source>
        <translation>Data ignorării</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Zile</translation>
    </message>
    <message>
        <source>Task subject</source>
        <translation>Subiectul sarcinii</translation>
    </message>
    <message>
        <source>Task due in days</source>
        <translation>Termen sarcină (zile)</translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation>Șablon de scrisoare</translation>
    </message>
    <message>
        <source>Done by (person)</source>
        <translation>Realizat de (persoană)</translation>
    </message>
    <message>
        <source>Opens a case</source>
        <translation>Deschide o solicitare</translation>
    </message>
    <message>
        <source>Respond within (working hours)</source>
        <translation>Termen de răspuns (ore lucrătoare)</translation>
    </message>
    <message>
        <source>Resolve within (working hours)</source>
        <translation>Termen de rezolvare (ore lucrătoare)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Zi</translation>
    </message>
</context>
<context>
    <name>FieldDisplay</name>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nu</translation>
    </message>
    <message numerus="yes">
        <source>(%n bytes)</source>
        <translation>
            <numerusform>(%n octet)</numerusform>
            <numerusform>(%n octeți)</numerusform>
            <numerusform>(%n de octeți)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldFormat</name>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>&apos;%1&apos; nu este o adresă de e-mail</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address</source>
        <translation>&apos;%1&apos; nu este o adresă web</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; nu este un număr întreg</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not true or false</source>
        <translation>&apos;%1&apos; nu este true sau false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number with at most %2 decimals</source>
        <translation>&apos;%1&apos; nu este un număr cu cel mult %2 zecimale</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; nu este o dată (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (YYYY-MM-DDTHH:MM)</source>
        <translation>&apos;%1&apos; nu este o dată și oră (YYYY-MM-DDTHH:MM)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>&apos;%1&apos; nu este una dintre valorile: %2</translation>
    </message>
</context>
<context>
    <name>FileSystemKind</name>
    <message>
        <source>%1 is on a network share (%2). Tandem keeps its database on this computer: over a network the file&apos;s locks are not reliable, and two computers writing it at once can damage it. Copy the database to this computer and share your work through a shared sync folder instead (Settings › Shared sync folder).</source>
        <translation>%1 se află pe o unitate de rețea (%2). Tandem își ține baza de date pe acest computer: în rețea, blocările fișierului nu sunt sigure, iar două computere care scriu în el în același timp îl pot deteriora. Copiați baza de date pe acest computer și partajați-vă munca printr-un folder partajat de sincronizare (Setări › Folder partajat de sincronizare).</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Fișierul %1 nu a putut fi scris: %2</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Euro</source>
        <translation>Euro</translation>
    </message>
    <message>
        <source>Polish złoty</source>
        <translation>Zlot polonez</translation>
    </message>
    <message>
        <source>Ukrainian hryvnia</source>
        <translation>Grivnă ucraineană</translation>
    </message>
    <message>
        <source>Romanian leu</source>
        <translation>Leu românesc</translation>
    </message>
    <message>
        <source>Moldovan leu</source>
        <translation>Leu moldovenesc</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>Dolar american</translation>
    </message>
    <message>
        <source>Pound sterling</source>
        <translation>Liră sterlină</translation>
    </message>
    <message>
        <source>Swiss franc</source>
        <translation>Franc elvețian</translation>
    </message>
    <message>
        <source>Czech koruna</source>
        <translation>Coroană cehă</translation>
    </message>
    <message>
        <source>Swedish krona</source>
        <translation>Coroană suedeză</translation>
    </message>
    <message>
        <source>Norwegian krone</source>
        <translation>Coroană norvegiană</translation>
    </message>
    <message>
        <source>Danish krone</source>
        <translation>Coroană daneză</translation>
    </message>
    <message>
        <source>Hungarian forint</source>
        <translation>Forint maghiar</translation>
    </message>
    <message>
        <source>Bulgarian lev</source>
        <translation>Leva bulgărească</translation>
    </message>
</context>
<context>
    <name>Ics</name>
    <message>
        <source>“%1” is not a date (YYYYMMDD)</source>
        <translation>„%1” nu este o dată (YYYYMMDD)</translation>
    </message>
    <message>
        <source>“%1” is not a date and time (YYYYMMDDTHHMMSS, Z for UTC)</source>
        <translation>„%1” nu este o dată și oră (YYYYMMDDTHHMMSS, Z pentru UTC)</translation>
    </message>
    <message>
        <source>the event has no DTSTART</source>
        <translation>evenimentul nu are DTSTART</translation>
    </message>
    <message>
        <source>“%1” is not a duration (PT1H30M)</source>
        <translation>„%1” nu este o durată (PT1H30M)</translation>
    </message>
    <message>
        <source>the end is before the start (DTSTART %1)</source>
        <translation>sfârșitul este înaintea începutului (DTSTART %1)</translation>
    </message>
    <message>
        <source>a repeating item needs a DTSTART</source>
        <translation>un element recurent trebuie să aibă DTSTART</translation>
    </message>
    <message>
        <source>the file is empty: there is no calendar in it</source>
        <translation>fișierul este gol: nu conține niciun calendar</translation>
    </message>
    <message>
        <source>this is not an iCalendar file: it starts with “%1”, not BEGIN:VCALENDAR</source>
        <translation>acesta nu este un fișier iCalendar: începe cu „%1”, nu cu BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>BEGIN:%1 outside the calendar</source>
        <translation>BEGIN:%1 în afara calendarului</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>fișierul nu poate fi deschis: %1</translation>
    </message>
    <message>
        <source>BEGIN:%1 has no END:%1 (%2 follows on line %3)</source>
        <translation>BEGIN:%1 nu are END:%1 (pe linia %3 urmează %2)</translation>
    </message>
    <message>
        <source>END:%1 without BEGIN:%1</source>
        <translation>END:%1 fără BEGIN:%1</translation>
    </message>
    <message>
        <source>END:%1 where END:%2 was expected (BEGIN:%2 on line %3)</source>
        <translation>END:%1 în loc de END:%2 (BEGIN:%2 pe linia %3)</translation>
    </message>
    <message>
        <source>text outside the calendar (BEGIN:VCALENDAR … END:VCALENDAR)</source>
        <translation>text în afara calendarului (BEGIN:VCALENDAR … END:VCALENDAR)</translation>
    </message>
    <message>
        <source>the file ends inside the %1 that starts on this line (no END:%1)</source>
        <translation>fișierul se termină în interiorul blocului %1 care începe pe această linie (lipsește END:%1)</translation>
    </message>
    <message>
        <source>the line has no “:” between the property name and its value</source>
        <translation>linia nu are „:” între numele proprietății și valoarea acesteia</translation>
    </message>
    <message>
        <source>the line is not an iCalendar property (NAME:value expected)</source>
        <translation>linia nu este o proprietate iCalendar (se aștepta NAME:value)</translation>
    </message>
    <message>
        <source>the parameter “%1” has no NAME=value form</source>
        <translation>parametrul „%1” nu are forma NAME=value</translation>
    </message>
    <message>
        <source>the VTIMEZONE has no TZID</source>
        <translation>VTIMEZONE nu are TZID</translation>
    </message>
    <message>
        <source>the time zone “%1” has a %2 without a valid DTSTART</source>
        <translation>fusul orar „%1” are un bloc %2 fără un DTSTART valid</translation>
    </message>
    <message>
        <source>the time zone “%1” has a %2 without a valid TZOFFSETTO</source>
        <translation>fusul orar „%1” are un bloc %2 fără un TZOFFSETTO valid</translation>
    </message>
    <message>
        <source>the time zone “%1” has neither STANDARD nor DAYLIGHT</source>
        <translation>fusul orar „%1” nu are nici STANDARD, nici DAYLIGHT</translation>
    </message>
    <message>
        <source>unknown time zone “%1”, and the file has no VTIMEZONE that defines it</source>
        <translation>fus orar necunoscut „%1”, iar fișierul nu are niciun VTIMEZONE care să-l definească</translation>
    </message>
    <message>
        <source>the UID “%1” is already used by the item on line %2</source>
        <translation>UID-ul „%1” este deja folosit de elementul de pe linia %2</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>fișierul nu poate fi scris: %1</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>vCard files hold contacts, not %1 records</source>
        <translation>fișierele vCard conțin contacte, nu înregistrări de tip %1</translation>
    </message>
    <message>
        <source>the file&apos;s columns changed since they were mapped; open it again</source>
        <translation>coloanele fișierului s-au modificat după stabilirea corespondenței; deschideți-l din nou</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>nu există nicio înregistrare de tip %1 cu ID-ul %2</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>The database file cannot be read: it is damaged.</source>
        <translation>Fișierul bazei de date nu poate fi citit: este deteriorat.</translation>
    </message>
    <message>
        <source>Damaged storage: %1</source>
        <translation>Zonă deteriorată în fișierul bazei de date: %1</translation>
    </message>
    <message>
        <source>A %1 record (row %2) points to a missing %3.</source>
        <translation>O înregistrare din %1 (rândul %2) face trimitere la o înregistrare inexistentă din %3.</translation>
    </message>
    <message>
        <source>The search index is incomplete (%1 of %2 records); rebuild it with &apos;tandem-cli check --repair&apos;.</source>
        <translation>Indexul de căutare este incomplet (înregistrări indexate: %1 din %2); reconstruiți-l cu &apos;tandem-cli check --repair&apos;.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>cannot write the labels: %1</source>
        <translation>etichetele nu pot fi scrise: %1</translation>
    </message>
    <message>
        <source>A4, 3 × 8 labels, 70 × 37 mm (Avery 3474)</source>
        <translation>A4, 3 × 8 etichete, 70 × 37 mm (Avery 3474)</translation>
    </message>
    <message>
        <source>A4, 3 × 7 labels, 70 × 42.3 mm (Avery 3652)</source>
        <translation>A4, 3 × 7 etichete, 70 × 42,3 mm (Avery 3652)</translation>
    </message>
    <message>
        <source>A4, 2 × 7 labels, 99.1 × 38.1 mm (Avery L7163)</source>
        <translation>A4, 2 × 7 etichete, 99,1 × 38,1 mm (Avery L7163)</translation>
    </message>
    <message>
        <source>A4, 2 × 8 labels, 105 × 37 mm (Avery 3484)</source>
        <translation>A4, 2 × 8 etichete, 105 × 37 mm (Avery 3484)</translation>
    </message>
    <message>
        <source>A4, 3 × 11 labels, 70 × 25.4 mm (Avery 3421)</source>
        <translation>A4, 3 × 11 etichete, 70 × 25,4 mm (Avery 3421)</translation>
    </message>
    <message>
        <source>A4, 3 × 7 labels, 63.5 × 38.1 mm (Avery L7160)</source>
        <translation>A4, 3 × 7 etichete, 63,5 × 38,1 mm (Avery L7160)</translation>
    </message>
    <message>
        <source>A4, 2 × 8 labels, 99.1 × 33.9 mm (Avery L7162)</source>
        <translation>A4, 2 × 8 etichete, 99,1 × 33,9 mm (Avery L7162)</translation>
    </message>
    <message>
        <source>A4, 2 × 5 labels, 99.1 × 57 mm (Avery L7173)</source>
        <translation>A4, 2 × 5 etichete, 99,1 × 57 mm (Avery L7173)</translation>
    </message>
    <message>
        <source>there are no addresses to print</source>
        <translation>nu există nicio adresă de tipărit</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>Etichete de adresă</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>nu se poate scrie în acest folder</translation>
    </message>
</context>
<context>
    <name>LeadConversion</name>
    <message>
        <source>There is no lead with id %1.</source>
        <translation>Nu există niciun lead cu ID-ul %1.</translation>
    </message>
    <message>
        <source>“%1” was already converted to the deal “%2”.</source>
        <translation>Lead-ul „%1” a fost deja convertit în oportunitatea „%2”.</translation>
    </message>
    <message>
        <source>“%1” was lost. Reopen it before converting it.</source>
        <translation>Lead-ul „%1” a fost pierdut. Redeschideți-l înainte de a-l converti.</translation>
    </message>
    <message>
        <source>“%1” was lost (%2). Reopen it before converting it.</source>
        <translation>Lead-ul „%1” a fost pierdut (%2). Redeschideți-l înainte de a-l converti.</translation>
    </message>
    <message>
        <source>named on the lead</source>
        <translation>indicat în lead</translation>
    </message>
    <message>
        <source>where %1 works</source>
        <translation>unde lucrează %1</translation>
    </message>
    <message>
        <source>There is no company with id %1.</source>
        <translation>Nu există nicio companie cu ID-ul %1.</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Nu există niciun contact cu ID-ul %1.</translation>
    </message>
</context>
<context>
    <name>LeadIntake</name>
    <message>
        <source>New lead assigned to you by rule “%1”: %2</source>
        <translation>Lead nou repartizat dumneavoastră prin regula „%1”: %2</translation>
    </message>
    <message>
        <source>New lead assigned to you: %1</source>
        <translation>Lead nou repartizat dumneavoastră: %1</translation>
    </message>
    <message>
        <source>%1 assigned a new lead to you: %2</source>
        <translation>%1 v-a repartizat un lead nou: %2</translation>
    </message>
    <message>
        <source>The new lead could not be read back.</source>
        <translation>Lead-ul nou nu a putut fi recitit.</translation>
    </message>
    <message>
        <source>First contact: %1</source>
        <translation>Primul contact: %1</translation>
    </message>
    <message>
        <source>The first contact must be due within 0 to 90 days.</source>
        <translation>Termenul primului contact trebuie să fie între 0 și 90 de zile.</translation>
    </message>
</context>
<context>
    <name>LeadQualification</name>
    <message>
        <source>What problem do they need solved?</source>
        <translation>Ce problemă trebuie să rezolve?</translation>
    </message>
    <message>
        <source>Is there a budget, and how big is it?</source>
        <translation>Există un buget și cât de mare este?</translation>
    </message>
    <message>
        <source>Who makes the decision?</source>
        <translation>Cine ia decizia?</translation>
    </message>
    <message>
        <source>When do they want to start?</source>
        <translation>Când doresc să înceapă?</translation>
    </message>
    <message>
        <source>There is no lead with id %1.</source>
        <translation>Nu există niciun lead cu ID-ul %1.</translation>
    </message>
    <message>
        <source>“%1” was lost. Reopen it before qualifying it.</source>
        <translation>Lead-ul „%1” a fost pierdut. Redeschideți-l înainte de a-l califica.</translation>
    </message>
    <message>
        <source>“%1” was lost (%2). Reopen it before qualifying it.</source>
        <translation>Lead-ul „%1” a fost pierdut (%2). Redeschideți-l înainte de a-l califica.</translation>
    </message>
    <message>
        <source>“%1” was already converted to the deal “%2”; qualify the deal instead.</source>
        <translation>Lead-ul „%1” a fost deja convertit în oportunitatea „%2”; calificați în schimb oportunitatea.</translation>
    </message>
    <message>
        <source>“%1” was already converted to the deal “%2”; if the sale fell through, lose the deal.</source>
        <translation>Lead-ul „%1” a fost deja convertit în oportunitatea „%2”; dacă vânzarea nu s-a concretizat, marcați oportunitatea ca pierdută.</translation>
    </message>
    <message>
        <source>Say why the lead was lost.</source>
        <translation>Indicați motivul pentru care lead-ul a fost pierdut.</translation>
    </message>
    <message>
        <source>“%1” is not lost.</source>
        <translation>Lead-ul „%1” nu este pierdut.</translation>
    </message>
    <message>
        <source>Convert the lead to a deal instead (Convert to deal…, or tandem-cli convert lead): that makes its company, contact and deal.</source>
        <translation>Convertiți în schimb lead-ul într-o oportunitate (Conversie în oportunitate… sau tandem-cli convert lead): așa se creează compania, contactul și oportunitatea.</translation>
    </message>
    <message>
        <source>“%1” was converted to the deal “%2” and stays converted.</source>
        <translation>Lead-ul „%1” a fost convertit în oportunitatea „%2” și rămâne convertit.</translation>
    </message>
</context>
<context>
    <name>LocaleValues</name>
    <message>
        <source>&apos;%1&apos; is not a date (%2 or YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; nu este o dată (%2 sau YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (%2)</source>
        <translation>&apos;%1&apos; nu este o dată și oră (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2 or %3</source>
        <translation>&apos;%1&apos; nu este %2 sau %3</translation>
    </message>
</context>
<context>
    <name>Mailing</name>
    <message>
        <source>segment “%1” lists %2, not contacts: a mailing needs a segment of contacts</source>
        <translation>segmentul „%1” conține %2, nu contacte: un mailing necesită un segment de contacte</translation>
    </message>
    <message>
        <source>there is no contact segment “%1”</source>
        <translation>nu există niciun segment de contacte „%1”</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Adresă (rândul 1)</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresă (rândul 2)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod poștal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Localitate</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Tandem, a desktop CRM for small sales teams.</source>
        <translation>Tandem, un CRM desktop pentru echipe mici de vânzări.</translation>
    </message>
    <message>
        <source>Open FILE instead of the default database (%1).</source>
        <translation>Deschide FILE în locul bazei de date implicite (%1).</translation>
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
        <translation>Tandem nu poate deschide baza de date %1.</translation>
    </message>
    <message>
        <source>A Tandem bundle (.tandem), address book (.vcf) or calendar (.ics) to bring in.</source>
        <translation>Un pachet Tandem (.tandem), o agendă de adrese (.vcf) sau un calendar (.ics) de adus în program.</translation>
    </message>
    <message>
        <source>Tandem is already open on the database %1.</source>
        <translation>Tandem este deja deschis cu baza de date %1.</translation>
    </message>
    <message>
        <source>It is held by %1, which does not answer. Close that Tandem window (or end that process) and start Tandem again.</source>
        <translation>Baza de date este folosită de %1, care nu răspunde. Închideți acea fereastră Tandem (sau opriți acel proces) și porniți din nou Tandem.</translation>
    </message>
    <message>
        <source>Open it anyway?</source>
        <translation>Doriți totuși să o deschideți?</translation>
    </message>
</context>
<context>
    <name>Materials</name>
    <message>
        <source>“%1” is empty; there is nothing to keep.</source>
        <translation>Fișierul „%1” este gol; nu există nimic de păstrat.</translation>
    </message>
    <message>
        <source>“%1” is %2; the library takes files up to %3.</source>
        <translation>Fișierul „%1” are %2; biblioteca acceptă fișiere de cel mult %3.</translation>
    </message>
    <message>
        <source>There is no file with id %1 in the sales materials library.</source>
        <translation>Nu există niciun fișier cu ID-ul %1 în biblioteca de materiale de vânzare.</translation>
    </message>
    <message>
        <source>A file in the library needs a name.</source>
        <translation>Un fișier din bibliotecă trebuie să aibă un nume.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Fișierul „%1” nu poate fi citit: %2</translation>
    </message>
    <message>
        <source>There is no sales material with id %1.</source>
        <translation>Nu există niciun material de vânzare cu ID-ul %1.</translation>
    </message>
    <message>
        <source>There is no deal with id %1.</source>
        <translation>Nu există nicio oportunitate cu ID-ul %1.</translation>
    </message>
    <message>
        <source>There is no quote with id %1.</source>
        <translation>Nu există nicio ofertă cu ID-ul %1.</translation>
    </message>
    <message>
        <source>Quote %1 belongs to another deal.</source>
        <translation>Oferta %1 aparține altei oportunități.</translation>
    </message>
</context>
<context>
    <name>MergeTemplate</name>
    <message>
        <source>%1, line %2: %3</source>
        <extracomment>%1 is the template file, %2 the line number, %3 what is wrong</extracomment>
        <translation>%1, linia %2: %3</translation>
    </message>
    <message>
        <source>the tag %1 is never closed with %2</source>
        <extracomment>%1 is the start of the tag as written in the template, %2 is }} or }}}</extracomment>
        <translation>marcajul %1 nu este închis cu %2</translation>
    </message>
    <message>
        <source>the tag %1 has no field name</source>
        <translation>marcajul %1 nu are nume de câmp</translation>
    </message>
    <message>
        <source>%1 closes a section that was never opened</source>
        <translation>%1 închide o secțiune care nu a fost deschisă</translation>
    </message>
    <message>
        <source>%1 closes a section, but the open one is {{#%2}} (line %3)</source>
        <extracomment>%3 is the line where the section %2 was opened</extracomment>
        <translation>%1 închide o secțiune, dar secțiunea deschisă este {{#%2}} (linia %3)</translation>
    </message>
    <message>
        <source>the section {{#%1}} is never closed</source>
        <translation>secțiunea {{#%1}} nu este închisă</translation>
    </message>
</context>
<context>
    <name>OwnershipGuard</name>
    <message>
        <source>%1 owns %2, where %3 works. Agree with %1 before you contact %3.</source>
        <translation>%1 răspunde de %2, unde lucrează %3. Discutați cu %1 înainte de a lua legătura cu %3.</translation>
    </message>
    <message>
        <source>%1 owns %2. Agree with %1 before you work on it.</source>
        <translation>%1 răspunde de %2. Discutați cu %1 înainte de a continua.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Un coleg</translation>
    </message>
    <message>
        <source>%1 is working on %2, which you own.</source>
        <translation>%1 lucrează la %2, de care răspundeți dumneavoastră.</translation>
    </message>
    <message>
        <source>%1 is working with %2 at %3, which you own.</source>
        <translation>%1 lucrează cu %2 de la %3, companie de care răspundeți dumneavoastră.</translation>
    </message>
</context>
<context>
    <name>PlaybookCondition</name>
    <message>
        <source>A condition starts with a deal field, as in: amount &gt; 10000</source>
        <translation>O condiție începe cu un câmp al oportunității, de exemplu: amount &gt; 10000</translation>
    </message>
    <message>
        <source>A deal has no field &apos;%1&apos;</source>
        <translation>Oportunitățile nu au câmpul &apos;%1&apos;</translation>
    </message>
    <message>
        <source>After &apos;%1&apos; comes a comparison: one of &gt; &gt;= &lt; &lt;= = !=</source>
        <translation>După &apos;%1&apos; urmează un operator de comparație: unul dintre &gt; &gt;= &lt; &lt;= = !=</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a comparison; use one of &gt; &gt;= &lt; &lt;= = !=</source>
        <translation>&apos;%1&apos; nu este un operator de comparație; folosiți unul dintre &gt; &gt;= &lt; &lt;= = !=</translation>
    </message>
    <message>
        <source>The condition has no value after &apos;%1&apos;</source>
        <translation>Condiția nu are nicio valoare după &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number to compare %2 with</source>
        <translation>&apos;%1&apos; nu este un număr cu care să se poată compara %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more decimals than %2 amounts have</source>
        <translation>&apos;%1&apos; are mai multe zecimale decât au sumele în %2</translation>
    </message>
</context>
<context>
    <name>Playbooks</name>
    <message>
        <source>There is no deal with id %1</source>
        <translation>Nu există nicio oportunitate cu ID-ul %1</translation>
    </message>
    <message>
        <source>The playbook action “%1” has a condition that cannot be used: %2</source>
        <translation>Acțiunea de ghid „%1” are o condiție care nu poate fi folosită: %2</translation>
    </message>
    <message>
        <source>This playbook action is not part of the deal&apos;s stage.</source>
        <translation>Această acțiune de ghid nu face parte din etapa oportunității.</translation>
    </message>
</context>
<context>
    <name>PublicHolidays</name>
    <message>
        <source>Lithuania</source>
        <translation>Lituania</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polonia</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>România</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ucraina</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Anul Nou</translation>
    </message>
    <message>
        <source>Day of Restoration of the State of Lithuania</source>
        <translation>Ziua Restaurării Statului Lituanian</translation>
    </message>
    <message>
        <source>Day of Restoration of Independence of Lithuania</source>
        <translation>Ziua Restabilirii Independenței Lituaniei</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Prima zi de Paști</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>A doua zi de Paști</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Ziua Muncii</translation>
    </message>
    <message>
        <source>Mother&apos;s Day</source>
        <translation>Ziua Mamei</translation>
    </message>
    <message>
        <source>Father&apos;s Day</source>
        <translation>Ziua Tatălui</translation>
    </message>
    <message>
        <source>St. John&apos;s Day</source>
        <translation>Ziua Sfântului Ioan</translation>
    </message>
    <message>
        <source>Statehood Day</source>
        <translation>Ziua Statalității</translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation>Adormirea Maicii Domnului</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>Ziua Tuturor Sfinților</translation>
    </message>
    <message>
        <source>All Souls&apos; Day</source>
        <translation>Ziua Morților</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Ajunul Crăciunului</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Prima zi de Crăciun</translation>
    </message>
    <message>
        <source>Second Day of Christmas</source>
        <translation>A doua zi de Crăciun</translation>
    </message>
    <message>
        <source>Epiphany</source>
        <translation>Boboteaza</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>Ziua Constituției</translation>
    </message>
    <message>
        <source>Pentecost Sunday</source>
        <translation>Prima zi de Rusalii</translation>
    </message>
    <message>
        <source>Corpus Christi</source>
        <translation>Corpus Christi</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Ziua Independenței</translation>
    </message>
    <message>
        <source>Day after New Year&apos;s Day</source>
        <translation>A doua zi de Anul Nou</translation>
    </message>
    <message>
        <source>Union Day</source>
        <translation>Ziua Unirii Principatelor Române</translation>
    </message>
    <message>
        <source>Orthodox Good Friday</source>
        <translation>Vinerea Mare</translation>
    </message>
    <message>
        <source>Orthodox Easter Sunday</source>
        <translation>Prima zi de Paști</translation>
    </message>
    <message>
        <source>Orthodox Easter Monday</source>
        <translation>A doua zi de Paști</translation>
    </message>
    <message>
        <source>Children&apos;s Day</source>
        <translation>Ziua Copilului</translation>
    </message>
    <message>
        <source>Orthodox Pentecost Sunday</source>
        <translation>Prima zi de Rusalii</translation>
    </message>
    <message>
        <source>Orthodox Pentecost Monday</source>
        <translation>A doua zi de Rusalii</translation>
    </message>
    <message>
        <source>St. Andrew&apos;s Day</source>
        <translation>Sfântul Apostol Andrei</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>Ziua Națională a României</translation>
    </message>
    <message>
        <source>Synaxis of St. John the Baptist</source>
        <translation>Soborul Sfântului Ioan Botezătorul</translation>
    </message>
    <message>
        <source>International Women&apos;s Day</source>
        <translation>Ziua Internațională a Femeii</translation>
    </message>
    <message>
        <source>Trinity Sunday</source>
        <translation>Duminica Sfintei Treimi</translation>
    </message>
    <message>
        <source>Day of Remembrance and Victory</source>
        <translation>Ziua Comemorării și a Victoriei</translation>
    </message>
    <message>
        <source>Defenders Day</source>
        <translation>Ziua Apărătorilor</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <source>There is no quote with id %1.</source>
        <translation>Nu există nicio ofertă cu ID-ul %1.</translation>
    </message>
    <message>
        <source>Line %1: the amount is too large.</source>
        <translation>Linia %1: suma este prea mare.</translation>
    </message>
    <message>
        <source>The quote&apos;s total is too large.</source>
        <translation>Totalul ofertei este prea mare.</translation>
    </message>
    <message>
        <source>The overall discount must be between 0 and 100 %.</source>
        <translation>Reducerea generală trebuie să fie între 0 și 100 %.</translation>
    </message>
    <message>
        <source>Line %1: the VAT rate must be between 0 and 100 %.</source>
        <translation>Linia %1: cota TVA trebuie să fie între 0 și 100 %.</translation>
    </message>
    <message>
        <source>Line %1: the discount must be between 0 and 100 %.</source>
        <translation>Linia %1: reducerea trebuie să fie între 0 și 100 %.</translation>
    </message>
    <message>
        <source>Quote %1 has been sent and cannot be changed. Make a new version of it.</source>
        <translation>Oferta %1 a fost trimisă și nu mai poate fi modificată. Creați o versiune nouă a ei.</translation>
    </message>
    <message>
        <source>The discount needing approval (setting quote_approval_discount) is not a percentage: “%1”.</source>
        <translation>Pragul de reducere care necesită aprobare (setarea quote_approval_discount) nu este un procent: „%1”.</translation>
    </message>
    <message>
        <source>Quote %1 for “%2” has a discount that needs your approval.</source>
        <translation>Oferta %1 pentru „%2” are o reducere care necesită aprobarea dumneavoastră.</translation>
    </message>
    <message>
        <source>Quote %1 has been sent; it cannot become a draft again. Make a new version of it.</source>
        <translation>Oferta %1 a fost trimisă; nu mai poate redeveni ciornă. Creați o versiune nouă a ei.</translation>
    </message>
    <message>
        <source>Quote %1 has not been sent yet; send it before it is accepted or rejected.</source>
        <translation>Oferta %1 nu a fost încă trimisă; trimiteți-o înainte de a o marca drept acceptată sau respinsă.</translation>
    </message>
    <message>
        <source>A quote is made for a deal: give deal_id.</source>
        <translation>O ofertă se creează pentru o oportunitate: indicați deal_id.</translation>
    </message>
    <message>
        <source>There is no deal with id %1.</source>
        <translation>Nu există nicio oportunitate cu ID-ul %1.</translation>
    </message>
    <message>
        <source>A new quote starts as a draft.</source>
        <translation>O ofertă nouă este creată ca ciornă.</translation>
    </message>
    <message>
        <source>There is no product with id %1.</source>
        <translation>Nu există niciun produs cu ID-ul %1.</translation>
    </message>
    <message>
        <source>“%1” has no price in %2: add it to a price list or give a unit_price.</source>
        <translation>„%1” nu are preț în %2: adăugați-l într-o listă de prețuri sau indicați un unit_price.</translation>
    </message>
    <message>
        <source>A line needs a description or a product.</source>
        <translation>O linie trebuie să aibă o descriere sau un produs.</translation>
    </message>
    <message>
        <source>A line needs a unit_price.</source>
        <translation>O linie trebuie să aibă un unit_price.</translation>
    </message>
    <message>
        <source>There is no quote line with id %1.</source>
        <translation>Nu există nicio linie de ofertă cu ID-ul %1.</translation>
    </message>
    <message>
        <source>A line stays on its quote.</source>
        <translation>O linie nu poate fi mutată în altă ofertă.</translation>
    </message>
    <message>
        <source>A quote is approved with “approve”, by a manager.</source>
        <translation>O ofertă este aprobată de un manager, cu „approve”.</translation>
    </message>
    <message>
        <source>The currency of a quote with lines cannot change: its prices are in %1.</source>
        <translation>Moneda unei oferte care are linii nu poate fi schimbată: prețurile sunt în %1.</translation>
    </message>
    <message>
        <source>Quote %1 has already been sent.</source>
        <translation>Oferta %1 a fost deja trimisă.</translation>
    </message>
    <message>
        <source>Quote %1 has a discount above what needs a manager&apos;s approval; it can be sent once it is approved.</source>
        <translation>Oferta %1 are o reducere peste pragul care necesită aprobarea unui manager; poate fi trimisă după ce este aprobată.</translation>
    </message>
    <message>
        <source>Only a manager can approve a quote&apos;s discount.</source>
        <translation>Doar un manager poate aproba reducerea unei oferte.</translation>
    </message>
    <message>
        <source>A quote number series is 1 to 4 letters A–Z or digits, such as VN or K2; “%1” is not.</source>
        <translation>Seria de numerotare a ofertelor are între 1 și 4 litere A–Z sau cifre, de exemplu VN sau K2; „%1” nu respectă această regulă.</translation>
    </message>
    <message>
        <source>Another computer of the team numbers its quotes with series %1 already; choose another.</source>
        <translation>Un alt computer al echipei numerotează deja ofertele cu seria %1; alegeți alta.</translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <source>Create %1 %2</source>
        <extracomment>Undo menu entry, e.g. &quot;Create Contact Šarūnas Kazlauskas&quot;</extracomment>
        <translation>creare: %1 %2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>Undo menu entry, e.g. &quot;Edit Šarūnas Kazlauskas&quot;</extracomment>
        <translation>editare: %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <extracomment>Undo menu entry, e.g. &quot;Delete Šarūnas Kazlauskas&quot;</extracomment>
        <translation>ștergere: %1</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Această înregistrare nu mai există.</translation>
    </message>
</context>
<context>
    <name>RecordCsvExport</name>
    <message>
        <source>a %1 has no field “%2”</source>
        <translation>o înregistrare de tip %1 nu are câmpul „%2”</translation>
    </message>
    <message>
        <source>unknown record type “%1”</source>
        <translation>tip de înregistrare necunoscut „%1”</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>fișierul nu poate fi scris: %1</translation>
    </message>
</context>
<context>
    <name>RecordCsvImport</name>
    <message>
        <source>%1 “%2” is ambiguous: %3 records have that name; give the id instead</source>
        <translation>numele „%2” (%1) este ambiguu (înregistrări cu acest nume: %3); indicați ID-ul</translation>
    </message>
    <message>
        <source>%1 “%2” not found</source>
        <translation>nu s-a găsit: %1 „%2”</translation>
    </message>
    <message>
        <source>unknown record type “%1”</source>
        <translation>tip de înregistrare necunoscut „%1”</translation>
    </message>
    <message>
        <source>contacts are imported with the contact import, not as plain records</source>
        <translation>contactele se importă prin importul de contacte, nu ca înregistrări simple</translation>
    </message>
    <message>
        <source>a record cannot refer to itself</source>
        <translation>o înregistrare nu poate face trimitere la ea însăși</translation>
    </message>
    <message>
        <source>duplicate of line %1, which cannot be imported</source>
        <translation>duplicat al liniei %1, care nu poate fi importată</translation>
    </message>
    <message>
        <source>“%1” needs a value</source>
        <translation>câmpul „%1” trebuie completat</translation>
    </message>
    <message>
        <source>one of %1 needs a value</source>
        <translation>cel puțin unul dintre câmpurile %1 trebuie completat</translation>
    </message>
</context>
<context>
    <name>RecordMerge</name>
    <message>
        <source>%1 was already merged into another record</source>
        <translation>înregistrarea %1 a fost deja îmbinată în altă înregistrare</translation>
    </message>
    <message>
        <source>%1 is deleted; restore it before merging</source>
        <translation>înregistrarea %1 este ștearsă; restaurați-o înainte de îmbinare</translation>
    </message>
    <message>
        <source>a contact and a company cannot be merged</source>
        <translation>un contact și o companie nu pot fi îmbinate</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>nu există nicio înregistrare de tip %1 cu ID-ul %2</translation>
    </message>
    <message>
        <source>%1 has no such field to merge</source>
        <translation>înregistrările de tip %1 nu au acest câmp pentru îmbinare</translation>
    </message>
    <message>
        <source>choose &apos;keep&apos; or &apos;other&apos;, not &apos;%1&apos;</source>
        <translation>alegeți &apos;keep&apos; sau &apos;other&apos;, nu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>only contacts and companies can be merged, not &apos;%1&apos;</source>
        <translation>se pot îmbina doar contacte și companii, nu înregistrări de tip &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a record cannot be merged with itself</source>
        <translation>o înregistrare nu poate fi îmbinată cu ea însăși</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>unknown record type &apos;%1&apos; (known: %2)</source>
        <translation>tip de înregistrare necunoscut &apos;%1&apos; (tipuri cunoscute: %2)</translation>
    </message>
    <message>
        <source>unknown field for %1 (fields: %2)</source>
        <translation>câmp necunoscut pentru tipul %1 (câmpuri disponibile: %2)</translation>
    </message>
    <message>
        <source>a %1 always has %2 &apos;%3&apos;</source>
        <translation>o înregistrare de tip %1 are întotdeauna %2 &apos;%3&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code such as EUR or PLN</source>
        <translation>&apos;%1&apos; nu este un cod de monedă valid, de exemplu EUR sau PLN</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>nu există nicio înregistrare de tip %1 cu ID-ul %2</translation>
    </message>
    <message>
        <source>a %1 needs a value here</source>
        <translation>o înregistrare de tip %1 trebuie să aibă o valoare în acest câmp</translation>
    </message>
    <message>
        <source>a %1 needs at least one of: %2</source>
        <translation>o înregistrare de tip %1 trebuie să aibă completat cel puțin unul dintre câmpurile: %2</translation>
    </message>
    <message>
        <source>unknown field for %1</source>
        <translation>câmp necunoscut pentru tipul %1</translation>
    </message>
    <message>
        <source>unknown record type &apos;%1&apos;</source>
        <translation>tip de înregistrare necunoscut &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot sort %1 by an unknown field</source>
        <translation>înregistrările de tip %1 nu pot fi sortate după un câmp necunoscut</translation>
    </message>
    <message numerus="yes">
        <source>(%n bytes)</source>
        <translation>
            <numerusform>(%n octet)</numerusform>
            <numerusform>(%n octeți)</numerusform>
            <numerusform>(%n de octeți)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has more decimals than %2 allows; give the amount in %2 too</source>
        <translation>suma %1 are mai multe zecimale decât permite moneda %2; introduceți și suma exprimată în %2</translation>
    </message>
    <message>
        <source>%1 has no reference %2</source>
        <translation>înregistrările de tip %1 nu au referința %2</translation>
    </message>
    <message>
        <source>%1 records have no activities to go by</source>
        <translation>înregistrările de tip %1 nu au activități asociate după care să se poată filtra</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>%1 cannot be “%2”.</source>
        <translation>%1 nu poate fi „%2”.</translation>
    </message>
    <message>
        <source>FREQ=%1 is not supported: events repeat daily at most often.</source>
        <translation>FREQ=%1 nu este acceptat: evenimentele se pot repeta cel mult zilnic.</translation>
    </message>
    <message>
        <source>UNTIL and COUNT cannot both be given.</source>
        <translation>UNTIL și COUNT nu pot fi specificate împreună.</translation>
    </message>
    <message>
        <source>BYDAY can number its weekdays (2TU, -1FR) only when repeating monthly or yearly.</source>
        <translation>BYDAY poate numerota zilele săptămânii (2TU, -1FR) doar la repetarea lunară sau anuală.</translation>
    </message>
    <message>
        <source>BYDAY cannot name more than the fifth weekday of a month.</source>
        <translation>BYDAY poate indica cel mult a cincea zi de același fel dintr-o lună.</translation>
    </message>
    <message>
        <source>BYMONTHDAY cannot be used when repeating weekly.</source>
        <translation>BYMONTHDAY nu poate fi folosit la repetarea săptămânală.</translation>
    </message>
    <message>
        <source>BYSETPOS needs another BY part (BYDAY, BYMONTHDAY or BYMONTH) to choose from.</source>
        <translation>BYSETPOS are nevoie de o altă parte BY (BYDAY, BYMONTHDAY sau BYMONTH) din care să aleagă.</translation>
    </message>
    <message>
        <source>%1 has no value.</source>
        <translation>%1 nu are nicio valoare.</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 apare de două ori.</translation>
    </message>
    <message>
        <source>%1 must be a whole number above zero, not “%2”.</source>
        <translation>%1 trebuie să fie un număr întreg mai mare decât zero, nu „%2”.</translation>
    </message>
    <message>
        <source>UNTIL must be a date (20261231) or a UTC date and time (20261231T235959Z), not “%1”.</source>
        <translation>UNTIL trebuie să fie o dată (20261231) sau o dată și oră UTC (20261231T235959Z), nu „%1”.</translation>
    </message>
    <message>
        <source>%1 is not supported.</source>
        <translation>%1 nu este acceptat.</translation>
    </message>
    <message>
        <source>“%1” is not a part of a repeat rule.</source>
        <translation>„%1” nu face parte dintr-o regulă de repetare.</translation>
    </message>
    <message>
        <source>FREQ is missing.</source>
        <translation>Lipsește FREQ.</translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>La fiecare %n zi</numerusform>
            <numerusform>La fiecare %n zile</numerusform>
            <numerusform>La fiecare %n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Zilnic</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>La fiecare %n săptămână</numerusform>
            <numerusform>La fiecare %n săptămâni</numerusform>
            <numerusform>La fiecare %n de săptămâni</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Săptămânal</translation>
    </message>
    <message numerus="yes">
        <source>Every %n months</source>
        <translation>
            <numerusform>La fiecare %n lună</numerusform>
            <numerusform>La fiecare %n luni</numerusform>
            <numerusform>La fiecare %n de luni</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Lunar</translation>
    </message>
    <message numerus="yes">
        <source>Every %n years</source>
        <translation>
            <numerusform>La fiecare %n an</numerusform>
            <numerusform>La fiecare %n ani</numerusform>
            <numerusform>La fiecare %n de ani</numerusform>
        </translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Anual</translation>
    </message>
    <message>
        <source>first</source>
        <translation>prima</translation>
    </message>
    <message>
        <source>second</source>
        <translation>a doua</translation>
    </message>
    <message>
        <source>third</source>
        <translation>a treia</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>a patra</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>a cincea</translation>
    </message>
    <message>
        <source>last</source>
        <translation>ultima</translation>
    </message>
    <message>
        <source>second to last</source>
        <translation>penultima</translation>
    </message>
    <message>
        <source>third to last</source>
        <translation>antepenultima</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>a %1-a</translation>
    </message>
    <message>
        <source>no. %1 from the end</source>
        <translation>a %1-a de la sfârșit</translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <comment>the third Tuesday</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>ultima zi</translation>
    </message>
    <message>
        <source>the %1 day</source>
        <comment>the second to last day</comment>
        <translation>%1 zi</translation>
    </message>
    <message>
        <source>on %1 %2</source>
        <comment>on 29 February</comment>
        <translation>pe %1 %2</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>în %1</translation>
    </message>
    <message>
        <source>on the last workday</source>
        <translation>în ultima zi lucrătoare</translation>
    </message>
    <message>
        <source>on the %1 workday</source>
        <translation>în %1 zi lucrătoare</translation>
    </message>
    <message>
        <source>on weekdays</source>
        <translation>în zilele lucrătoare</translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>on Monday and Wednesday</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>on the last day</comment>
        <translation>în %1</translation>
    </message>
    <message>
        <source>on day %1</source>
        <translation>pe data de %1</translation>
    </message>
    <message>
        <source>on days %1</source>
        <translation>în zilele %1</translation>
    </message>
    <message>
        <source>(only the %1 of these)</source>
        <comment>(only the first and last of these)</comment>
        <translation>(doar %1 dintre acestea)</translation>
    </message>
    <message>
        <source>(only the %1 of these)</source>
        <translation>(doar %1 dintre acestea)</translation>
    </message>
    <message>
        <source>once</source>
        <translation>o singură dată</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n dată</numerusform>
            <numerusform>de %n ori</numerusform>
            <numerusform>de %n de ori</numerusform>
        </translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>până la %1</translation>
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
        <translation>Luna aceasta</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Luna trecută</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Trimestrul acesta</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Trimestrul trecut</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>De la începutul anului</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Anul acesta</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Anul trecut</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimele 12 luni</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Class A up to (% of revenue)</source>
        <translation>Clasa A până la (% din venituri)</translation>
    </message>
    <message>
        <source>Class B up to (% of revenue)</source>
        <translation>Clasa B până la (% din venituri)</translation>
    </message>
    <message>
        <source>b (%1 %) must be greater than a (%2 %): class B takes up where class A ends</source>
        <translation>b (%1 %) trebuie să fie mai mare decât a (%2 %): clasa B începe unde se termină clasa A</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clasă</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Oportunități câștigate</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantitate</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Venituri</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Pondere %</translation>
    </message>
    <message>
        <source>Cumulative %</source>
        <translation>Cumulat %</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produs</numerusform>
            <numerusform>%n produse</numerusform>
            <numerusform>%n de produse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clienți</numerusform>
            <numerusform>%n de clienți</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Ranked by revenue, largest first. Class A: those ranked before hold less than %1 % of the revenue (so the one that crosses %1 % is still A); class B: likewise up to %2 %; class C: the rest.</source>
        <translation>Ordonare după venituri, de la cele mai mari. Clasa A: pozițiile dinainte însumează sub %1 % din venituri (deci poziția care depășește %1 % este tot în clasa A); clasa B: la fel, până la %2 %; clasa C: restul.</translation>
    </message>
    <message numerus="yes">
        <source>Not included: %n won deal(s) in other currencies (%1).</source>
        <translation>
            <numerusform>Nu este inclusă: %n oportunitate câștigată în altă monedă (%1).</numerusform>
            <numerusform>Nu sunt incluse: %n oportunități câștigate în alte monede (%1).</numerusform>
            <numerusform>Nu sunt incluse: %n de oportunități câștigate în alte monede (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not included: %n won deal(s) without a company.</source>
        <translation>
            <numerusform>Nu este inclusă: %n oportunitate câștigată fără companie.</numerusform>
            <numerusform>Nu sunt incluse: %n oportunități câștigate fără companie.</numerusform>
            <numerusform>Nu sunt incluse: %n de oportunități câștigate fără companie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Revenue of the largest customers</source>
        <translation>Veniturile celor mai mari clienți</translation>
    </message>
    <message>
        <source>ABC analysis of customers</source>
        <translation>Analiza ABC a clienților</translation>
    </message>
    <message>
        <source>Customers ranked by won revenue in the period and classed A, B or C by their cumulative share of it.</source>
        <translation>Clienții ordonați după veniturile câștigate în perioadă și împărțiți în clasele A, B și C după ponderea lor cumulată în aceste venituri.</translation>
    </message>
    <message numerus="yes">
        <source>Not included: %n won deal(s) without quote lines (what they sold is not known).</source>
        <translation>
            <numerusform>Nu este inclusă: %n oportunitate câștigată fără linii de ofertă (nu se știe ce s-a vândut).</numerusform>
            <numerusform>Nu sunt incluse: %n oportunități câștigate fără linii de ofertă (nu se știe ce s-a vândut).</numerusform>
            <numerusform>Nu sunt incluse: %n de oportunități câștigate fără linii de ofertă (nu se știe ce s-a vândut).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not included: %n quote line(s) in other currencies (%1).</source>
        <translation>
            <numerusform>Nu este inclusă: %n linie de ofertă în altă monedă (%1).</numerusform>
            <numerusform>Nu sunt incluse: %n linii de ofertă în alte monede (%1).</numerusform>
            <numerusform>Nu sunt incluse: %n de linii de ofertă în alte monede (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not included: %n quote line(s) without a product (free text).</source>
        <translation>
            <numerusform>Nu este inclusă: %n linie de ofertă fără produs (text liber).</numerusform>
            <numerusform>Nu sunt incluse: %n linii de ofertă fără produs (text liber).</numerusform>
            <numerusform>Nu sunt incluse: %n de linii de ofertă fără produs (text liber).</numerusform>
        </translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produs</translation>
    </message>
    <message>
        <source>Revenue of the best-selling products</source>
        <translation>Veniturile celor mai vândute produse</translation>
    </message>
    <message>
        <source>Revenue of a product: its lines on the accepted (else the latest) quote of each won deal, quantity × unit price less the line&apos;s discount and then the quote&apos;s, without VAT.</source>
        <translation>Venitul unui produs: liniile sale din oferta acceptată (altfel, din cea mai recentă) a fiecărei oportunități câștigate, cantitate × preț unitar, minus reducerea liniei și apoi cea a ofertei, fără TVA.</translation>
    </message>
    <message>
        <source>ABC analysis of products</source>
        <translation>Analiza ABC a produselor</translation>
    </message>
    <message>
        <source>Products ranked by their revenue on the quotes of deals won in the period and classed A, B or C by their cumulative share of it.</source>
        <translation>Produsele ordonate după veniturile din ofertele oportunităților câștigate în perioadă și împărțite în clasele A, B și C după ponderea lor cumulată în aceste venituri.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Lead-uri</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Calificate</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Oportunități</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Câștigate</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Cost pe lead</translation>
    </message>
    <message>
        <source>Return %</source>
        <translation>Rentabilitate %</translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) in other currencies (%1) count under Won but not in Revenue.</source>
        <translation>
            <numerusform>%n oportunitate câștigată în altă monedă (%1) este numărată la „Câștigate”, dar nu și la „Venituri”.</numerusform>
            <numerusform>%n oportunități câștigate în alte monede (%1) sunt numărate la „Câștigate”, dar nu și la „Venituri”.</numerusform>
            <numerusform>%n de oportunități câștigate în alte monede (%1) sunt numărate la „Câștigate”, dar nu și la „Venituri”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cost of %n campaign(s) in other currencies (%1) is not shown, nor their cost per lead and return.</source>
        <translation>
            <numerusform>Pentru %n campanie în altă monedă (%1) nu se afișează costul, costul pe lead și rentabilitatea.</numerusform>
            <numerusform>Pentru %n campanii în alte monede (%1) nu se afișează costul, costul pe lead și rentabilitatea.</numerusform>
            <numerusform>Pentru %n de campanii în alte monede (%1) nu se afișează costul, costul pe lead și rentabilitatea.</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner and team choose campaigns by the campaign&apos;s owner; their leads and deals count whoever owns them.</source>
        <translation>Filtrele de responsabil și echipă aleg campaniile după responsabilul campaniei; lead-urile și oportunitățile lor sunt numărate indiferent cine răspunde de ele.</translation>
    </message>
    <message>
        <source>Campaigns running in the period, or with leads, deals or wins in it. Leads and deals: registered in the period; won and revenue: won in the period; cost: the campaign&apos;s whole cost. Return % = (revenue − cost) ÷ cost.</source>
        <translation>Campaniile desfășurate în perioadă sau cu lead-uri, oportunități ori câștiguri în perioadă. Lead-uri și oportunități: înregistrate în perioadă; câștigate și venituri: câștigate în perioadă; cost: costul total al campaniei. Rentabilitate % = (venituri − cost) ÷ cost.</translation>
    </message>
    <message>
        <source>Revenue and cost by campaign</source>
        <translation>Venituri și costuri pe campanii</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campanii</translation>
    </message>
    <message>
        <source>Campaigns in the period: their leads, deals, won revenue and cost, cost per lead and return.</source>
        <translation>Campaniile din perioadă: lead-urile, oportunitățile, veniturile câștigate și costul lor, costul pe lead și rentabilitatea.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Ultima achiziție</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ultimul contact</translation>
    </message>
    <message>
        <source>Days dormant</source>
        <translation>Zile de inactivitate</translation>
    </message>
    <message>
        <source>Main contact</source>
        <translation>Contact principal</translation>
    </message>
    <message>
        <source>Customers whose latest won deal (its win date, else its expected close) is on or before %1.</source>
        <translation>Clienții a căror ultimă oportunitate câștigată (data câștigării, altfel închiderea estimată) este cel târziu pe %1.</translation>
    </message>
    <message>
        <source>Customers (status “customer” or a won deal) whose latest call, meeting or e-mail with them, their people or their deals (done, or a meeting already held) is on or before %1; never contacted: counted from the day they were entered.</source>
        <translation>Clienții (cu starea „Client” sau cu o oportunitate câștigată) la care ultimul apel, ultima întâlnire sau ultimul e-mail cu ei, cu persoanele sau cu oportunitățile lor (finalizate sau întâlniri deja avute) este cel târziu pe %1; pentru cei necontactați niciodată, se numără din ziua în care au fost introduși.</translation>
    </message>
    <message>
        <source>Days dormant, longest first</source>
        <translation>Zile de inactivitate, de la cele mai multe</translation>
    </message>
    <message>
        <source>No active dormant-customer rule of this kind looks back %1 days or less: add one under Dormant customers to create the follow-up tasks.</source>
        <translation>Nicio regulă activă pentru clienți inactivi de acest tip nu are un prag în zile de cel mult %1: adăugați una în „Clienți inactivi” pentru a crea sarcinile de urmărire.</translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation>Clienți inactivi</translation>
    </message>
    <message>
        <source>Customers with no purchase, or no contact, for a number of days: with their owner, main contact and last purchase and contact.</source>
        <translation>Clienții fără achiziții sau fără contact de un anumit număr de zile, cu responsabilul, contactul principal, ultima achiziție și ultimul contact.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Zile</translation>
    </message>
    <message>
        <source>Dormant means</source>
        <translation>Criteriu de inactivitate</translation>
    </message>
    <message>
        <source>No purchase for that many days</source>
        <translation>Fără achiziții de atâtea zile</translation>
    </message>
    <message>
        <source>No contact for that many days</source>
        <translation>Fără contact de atâtea zile</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in other currencies (%1) are not included.</source>
        <translation>
            <numerusform>%n oportunitate în altă monedă (%1) nu este inclusă.</numerusform>
            <numerusform>%n oportunități în alte monede (%1) nu sunt incluse.</numerusform>
            <numerusform>%n de oportunități în alte monede (%1) nu sunt incluse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) without an expected close date are not included.</source>
        <translation>
            <numerusform>%n oportunitate deschisă fără dată estimată de închidere nu este inclusă.</numerusform>
            <numerusform>%n oportunități deschise fără dată estimată de închidere nu sunt incluse.</numerusform>
            <numerusform>%n de oportunități deschise fără dată estimată de închidere nu sunt incluse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) in other currencies (%1) are ignored.</source>
        <translation>
            <numerusform>%n țintă în altă monedă (%1) este ignorată.</numerusform>
            <numerusform>%n ținte în alte monede (%1) sunt ignorate.</numerusform>
            <numerusform>%n de ținte în alte monede (%1) sunt ignorate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pipeline: the open deals expected to close in the period. Weighted: each deal&apos;s amount × its stage&apos;s probability ÷ 100, rounded to the minor unit. Won: deals won in the period (by their won date, UTC). Of target %: (won + weighted) ÷ target.</source>
        <translation>Flux de vânzări: oportunitățile deschise cu închidere estimată în perioadă. Ponderat: suma fiecărei oportunități × probabilitatea etapei ÷ 100, rotunjită la subunitatea monedei. Câștigat: oportunitățile câștigate în perioadă (după data câștigării, UTC). Din țintă %: (câștigat + ponderat) ÷ țintă.</translation>
    </message>
    <message>
        <source>Targets: a month target counts in its month, also when the period covers only part of it; a quarter (year) target is spread evenly over its 3 (12) months, any remainder going to the first month.</source>
        <translation>Ținte: ținta lunară se socotește în luna ei, chiar dacă perioada acoperă doar o parte din lună; ținta trimestrială (anuală) se împarte în mod egal pe cele 3 (12) luni, iar restul împărțirii revine primei luni.</translation>
    </message>
    <message>
        <source>Target: the rep&apos;s own targets.</source>
        <translation>Țintă: țintele proprii ale agentului.</translation>
    </message>
    <message>
        <source>Target: the team&apos;s own target for a month where it has one, otherwise the sum of its members&apos; targets.</source>
        <translation>Țintă: ținta proprie a echipei pentru lunile în care are una, altfel suma țintelor membrilor ei.</translation>
    </message>
    <message>
        <source>Target: the sum of every rep&apos;s targets (team targets are not added, so that nothing counts twice).</source>
        <translation>Țintă: suma țintelor tuturor agenților (țintele echipelor nu se adaugă, ca nimic să nu fie numărat de două ori).</translation>
    </message>
    <message>
        <source>Each rep&apos;s row shows the rep&apos;s own targets; the total follows the rule above.</source>
        <translation>Rândul fiecărui agent arată țintele proprii ale acestuia; totalul urmează regula de mai sus.</translation>
    </message>
    <message>
        <source>Targets are not split by territory or pipeline: they are shown whole.</source>
        <translation>Țintele nu sunt defalcate pe teritorii sau pe fluxuri de vânzări: sunt afișate integral.</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Lună</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Flux de vânzări</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Ponderat</translation>
    </message>
    <message>
        <source>Won so far</source>
        <translation>Câștigat până acum</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Țintă</translation>
    </message>
    <message>
        <source>Of target %</source>
        <translation>Din țintă %</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(fără responsabil)</translation>
    </message>
    <message>
        <source>Weighted pipeline, won and target</source>
        <translation>Flux de vânzări ponderat, câștigat și țintă</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognoză</translation>
    </message>
    <message>
        <source>Open deals expected to close in the period, weighted by their stage&apos;s probability, per month or rep, beside what was won and the revenue targets.</source>
        <translation>Oportunitățile deschise cu închidere estimată în perioadă, ponderate cu probabilitatea etapei, pe luni sau pe agenți, alături de sumele câștigate și de țintele de venituri.</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Grupare după</translation>
    </message>
    <message>
        <source>Close month</source>
        <translation>Luna închiderii</translation>
    </message>
    <message>
        <source>others %1</source>
        <translation>altele %1</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(fără motiv)</translation>
    </message>
    <message>
        <source>Leads registered</source>
        <translation>Lead-uri înregistrate</translation>
    </message>
    <message>
        <source>Converted to deals</source>
        <translation>Convertite în oportunități</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Conversion %</source>
        <translation>Conversie %</translation>
    </message>
    <message>
        <source>Of first step %</source>
        <translation>Din primul pas %</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Pierdute</translation>
    </message>
    <message>
        <source>Top lost reasons</source>
        <translation>Principalele motive de pierdere</translation>
    </message>
    <message>
        <source>Pipeline: %1 (the default)</source>
        <translation>Flux de vânzări: %1 (implicit)</translation>
    </message>
    <message>
        <source>Lead steps follow the leads registered in the period: qualified counts those qualified or converted, and those lost after being qualified; dropped counts the leads lost at that step.</source>
        <translation>Pașii pentru lead-uri urmăresc lead-urile înregistrate în perioadă: „Calificate” numără lead-urile calificate sau convertite, precum și pe cele pierdute după calificare; „Pierdute” numără lead-urile pierdute la pasul respectiv.</translation>
    </message>
    <message>
        <source>Stage steps follow the deals created in the period on the pipeline. A deal has reached a stage when it is there or further now, was there or further before (its stage history), or was won. Dropped counts the deals lost in that stage.</source>
        <translation>Pașii pentru etape urmăresc oportunitățile create în perioadă în fluxul de vânzări. O oportunitate a atins o etapă dacă se află acum în ea sau mai departe, s-a aflat înainte în ea sau mai departe (conform istoricului etapelor) ori a fost câștigată. „Pierdute” numără oportunitățile pierdute în etapa respectivă.</translation>
    </message>
    <message>
        <source>Conversion % is the step&apos;s count against the step before it within the leads and within the deals; the first stage counts every deal, including those that did not come from a lead.</source>
        <translation>Conversie % este numărul pasului raportat la pasul anterior, separat pentru lead-uri și pentru oportunități; prima etapă numără toate oportunitățile, inclusiv pe cele care nu provin dintr-un lead.</translation>
    </message>
    <message>
        <source>Leads belong to no pipeline: the lead steps are not filtered by it.</source>
        <translation>Lead-urile nu aparțin niciunui flux de vânzări: pașii pentru lead-uri nu sunt filtrați după acesta.</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Pâlnie de vânzări</translation>
    </message>
    <message>
        <source>Leads and deals of the period step by step, from registered and qualified through each stage to won, with conversion, drop-off and lost reasons at each step.</source>
        <translation>Lead-urile și oportunitățile perioadei, pas cu pas, de la înregistrare și calificare, prin fiecare etapă, până la câștig, cu conversia, pierderile și motivele de pierdere la fiecare pas.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(necompletat)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertite</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>Venituri câștigate</translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) in other currencies (%1) count under Won deals but not in Won revenue.</source>
        <translation>
            <numerusform>%n oportunitate câștigată în altă monedă (%1) este numărată la „Oportunități câștigate”, dar nu și la „Venituri câștigate”.</numerusform>
            <numerusform>%n oportunități câștigate în alte monede (%1) sunt numărate la „Oportunități câștigate”, dar nu și la „Venituri câștigate”.</numerusform>
            <numerusform>%n de oportunități câștigate în alte monede (%1) sunt numărate la „Oportunități câștigate”, dar nu și la „Venituri câștigate”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leads registered in the period and what has come of them so far: qualified (now qualified or converted), converted to a deal, and the deals from them won at any date. Conversion % = converted ÷ leads.</source>
        <translation>Lead-urile înregistrate în perioadă și ce a rezultat din ele până acum: calificate (acum calificate sau convertite), convertite în oportunitate și oportunitățile rezultate din ele, câștigate la orice dată. Conversie % = convertite ÷ lead-uri.</translation>
    </message>
    <message>
        <source>Leads and conversions by source</source>
        <translation>Lead-uri și conversii pe surse</translation>
    </message>
    <message>
        <source>Lead sources</source>
        <translation>Surse de lead-uri</translation>
    </message>
    <message>
        <source>Leads registered in the period per source: how many were qualified and converted, and the deals and revenue they brought.</source>
        <translation>Lead-urile înregistrate în perioadă, pe surse: câte au fost calificate și convertite și ce oportunități și venituri au adus.</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Perioadă: %1</translation>
    </message>
    <message>
        <source>Compared with: %1</source>
        <translation>Comparație cu: %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>La data de %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsabil: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Echipă: %1</translation>
    </message>
    <message>
        <source>Territory: %1</source>
        <translation>Teritoriu: %1</translation>
    </message>
    <message>
        <source>Pipeline: %1</source>
        <translation>Flux de vânzări: %1</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>Monedă: %1</translation>
    </message>
    <message>
        <source>%1 (earlier)</source>
        <translation>%1 (anterior)</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Variație %</translation>
    </message>
    <message>
        <source>no report &apos;%1&apos; (there are: %2)</source>
        <translation>nu există raportul &apos;%1&apos; (există: %2)</translation>
    </message>
    <message>
        <source>the %1 report takes no options</source>
        <translation>raportul %1 nu are opțiuni</translation>
    </message>
    <message>
        <source>the %1 report has no option &apos;%2&apos; (it has: %3)</source>
        <translation>raportul %1 nu are opțiunea &apos;%2&apos; (are: %3)</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &apos;%3&apos;</source>
        <translation>%1 trebuie să fie una dintre valorile %2, nu &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>%1 trebuie să fie un număr întreg între %2 și %3, nu &apos;%4&apos;</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>perioada se termină (%1) înainte să înceapă (%2)</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Oportunitate</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Closed or expected</source>
        <translation>Închidere (reală/estimată)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoană</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Data înregistrării</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Când (UTC)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Finalizată</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Localitate</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Domeniu de activitate</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Început</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Sfârșit</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Cod produs</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>U.M.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Echipă</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>no list of %1 records to show</source>
        <translation>nu există o listă de afișat pentru înregistrările de tip %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Tipărit la %1</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Nu există date în această perioadă.</translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation>raportul nu poate fi salvat: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 din %2</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>nu se poate scrie în acest folder</translation>
    </message>
    <message>
        <source>the file name must end in .pdf, .csv or .html</source>
        <translation>numele fișierului trebuie să se termine cu .pdf, .csv sau .html</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestru</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>(no company)</source>
        <translation>(fără companie)</translation>
    </message>
    <message>
        <source>(no product)</source>
        <translation>(fără produs)</translation>
    </message>
    <message>
        <source>Repeat revenue</source>
        <translation>Venituri clienți existenți</translation>
    </message>
    <message>
        <source>New-customer revenue</source>
        <translation>Venituri clienți noi</translation>
    </message>
    <message numerus="yes">
        <source>%n quote line(s) in other currencies (%1) are not included.</source>
        <translation>
            <numerusform>%n linie de ofertă în altă monedă (%1) nu este inclusă.</numerusform>
            <numerusform>%n linii de ofertă în alte monede (%1) nu sunt incluse.</numerusform>
            <numerusform>%n de linii de ofertă în alte monede (%1) nu sunt incluse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) in other currencies (%1) are not included.</source>
        <translation>
            <numerusform>%n oportunitate câștigată în altă monedă (%1) nu este inclusă.</numerusform>
            <numerusform>%n oportunități câștigate în alte monede (%1) nu sunt incluse.</numerusform>
            <numerusform>%n de oportunități câștigate în alte monede (%1) nu sunt incluse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) without quote lines are not included: what they sold is not known.</source>
        <translation>
            <numerusform>%n oportunitate câștigată fără linii de ofertă nu este inclusă: nu se știe ce s-a vândut.</numerusform>
            <numerusform>%n oportunități câștigate fără linii de ofertă nu sunt incluse: nu se știe ce s-a vândut.</numerusform>
            <numerusform>%n de oportunități câștigate fără linii de ofertă nu sunt incluse: nu se știe ce s-a vândut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) without a company count in neither repeat nor new-customer revenue.</source>
        <translation>
            <numerusform>%n oportunitate câștigată fără companie nu este numărată nici la veniturile din clienți existenți, nici la cele din clienți noi.</numerusform>
            <numerusform>%n oportunități câștigate fără companie nu sunt numărate nici la veniturile din clienți existenți, nici la cele din clienți noi.</numerusform>
            <numerusform>%n de oportunități câștigate fără companie nu sunt numărate nici la veniturile din clienți existenți, nici la cele din clienți noi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Avg deal size</source>
        <translation>Sumă medie</translation>
    </message>
    <message>
        <source>Revenue: the amounts of the deals won in the period (by their won date, UTC). Avg deal size: revenue ÷ won deals. Repeat revenue: deals of customers who had won a deal with us before; new-customer revenue: each customer&apos;s first won deal.</source>
        <translation>Venituri: sumele oportunităților câștigate în perioadă (după data câștigării, UTC). Sumă medie: venituri ÷ oportunități câștigate. Venituri clienți existenți: oportunitățile clienților cu care aveam deja o oportunitate câștigată; venituri clienți noi: prima oportunitate câștigată a fiecărui client.</translation>
    </message>
    <message>
        <source>Revenue by product comes from quotes: the lines of the accepted (else the latest) quote of each won deal, quantity × unit price less the line&apos;s discount and then the quote&apos;s, without VAT. Won deals without a quote do not show here.</source>
        <translation>Veniturile pe produse provin din oferte: liniile ofertei acceptate (altfel, ale celei mai recente) a fiecărei oportunități câștigate, cantitate × preț unitar, minus reducerea liniei și apoi cea a ofertei, fără TVA. Oportunitățile câștigate fără ofertă nu apar aici.</translation>
    </message>
    <message>
        <source>Revenue won in the period by month, quarter, customer, industry, country, segment, rep or product, with shares, average deal size and repeat versus new-customer revenue.</source>
        <translation>Veniturile câștigate în perioadă pe luni, trimestre, clienți, domenii de activitate, țări, segmente, agenți sau produse, cu ponderi, suma medie a oportunităților și veniturile din clienți existenți față de cele din clienți noi.</translation>
    </message>
    <message>
        <source>Lead to win</source>
        <translation>De la lead la câștig</translation>
    </message>
    <message>
        <source>Deal created to win</source>
        <translation>De la creare la câștig</translation>
    </message>
    <message>
        <source>Avg days</source>
        <translation>Medie zile</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Mediană zile</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Deschise acum</translation>
    </message>
    <message>
        <source>Avg days open</source>
        <translation>Medie zile deschise</translation>
    </message>
    <message>
        <source>Stalled now</source>
        <translation>În stagnare acum</translation>
    </message>
    <message>
        <source>Stall limit days</source>
        <translation>Stagnare după (zile)</translation>
    </message>
    <message>
        <source>Deals and Avg days: the deals that left the stage in the period (moved on, won or lost) and the days they had spent in it, from their stage history; a deal that was in the stage twice counts once, with both stays added up.</source>
        <translation>Oportunități și Medie zile: oportunitățile care au ieșit din etapă în perioadă (au avansat, au fost câștigate sau pierdute) și zilele petrecute în ea, conform istoricului etapelor; o oportunitate care a trecut de două ori prin etapă este numărată o singură dată, cu ambele șederi adunate.</translation>
    </message>
    <message>
        <source>Open now, Avg days open and Stalled now: the open deals in the stage at the end of %1, how long they have been there, and those there longer than the stage&apos;s stall limit.</source>
        <translation>Deschise acum, Medie zile deschise și În stagnare acum: oportunitățile deschise aflate în etapă la sfârșitul zilei de %1, de cât timp se află acolo și cele care stau acolo mai mult decât pragul de stagnare al etapei.</translation>
    </message>
    <message>
        <source>Deal created to win: the deals won in the period, from their creation to the win. Lead to win: those of them that came from a lead, from the lead&apos;s registration to the win.</source>
        <translation>De la creare la câștig: oportunitățile câștigate în perioadă, de la crearea lor până la câștig. De la lead la câștig: cele dintre ele care provin dintr-un lead, de la înregistrarea lead-ului până la câștig.</translation>
    </message>
    <message>
        <source>Days in each stage</source>
        <translation>Zile în fiecare etapă</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>Ciclul de vânzare</translation>
    </message>
    <message>
        <source>Average and median days deals spend in each stage and from lead to win, and the stages where open deals stall now.</source>
        <translation>Numărul mediu și median de zile petrecute de oportunități în fiecare etapă și de la lead la câștig, precum și etapele în care stagnează acum oportunitățile deschise.</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Apeluri</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Întâlniri</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mailuri</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Pe săptămână</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companii</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>La timp</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Cu întârziere</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Cu termen depășit</translation>
    </message>
    <message>
        <source>On-time %</source>
        <translation>La timp %</translation>
    </message>
    <message>
        <source>≤ 1 day %</source>
        <translation>≤ 1 zi %</translation>
    </message>
    <message>
        <source>≤ 7 days %</source>
        <translation>≤ 7 zile %</translation>
    </message>
    <message>
        <source>≤ 30 days %</source>
        <translation>≤ 30 de zile %</translation>
    </message>
    <message>
        <source>Calls, meetings and e-mails per rep</source>
        <translation>Apeluri, întâlniri și e-mailuri pe agent</translation>
    </message>
    <message>
        <source>Calls, meetings, e-mails: the rep&apos;s activities of that kind marked done whose start (without a start: the time they were marked done) falls in the period. Per week = their sum ÷ (days in the period ÷ 7). Companies: the different companies they were with (the activity&apos;s company, else its contact&apos;s, else its deal&apos;s).</source>
        <translation>Apeluri, întâlniri, e-mailuri: activitățile de acest tip ale agentului, marcate ca finalizate, al căror început (dacă nu au început: momentul marcării ca finalizate) cade în perioadă. Pe săptămână = suma lor ÷ (zilele perioadei ÷ 7). Companii: companiile distincte la care se referă (compania activității, altfel cea a contactului, altfel cea a oportunității).</translation>
    </message>
    <message>
        <source>Tasks due in the period: on time if marked done by the due time (an all-day task: by the end of its day), late if after it, overdue if still open after it (as of the start of today). On-time % = on time ÷ (on time + late + overdue).</source>
        <translation>Sarcinile cu termen în perioadă: la timp, dacă au fost marcate ca finalizate până la termen (o sarcină pe toată ziua: până la sfârșitul zilei respective); cu întârziere, dacă au fost marcate după termen; cu termen depășit, dacă sunt încă deschise după termen (la începutul zilei de azi). La timp % = la timp ÷ (la timp + cu întârziere + cu termen depășit).</translation>
    </message>
    <message>
        <source>Avg days: from creating a task to marking it done, for the tasks marked done in the period (tasks recorded after they were done are left out).</source>
        <translation>Medie zile: de la crearea unei sarcini până la marcarea ei ca finalizată, pentru sarcinile marcate ca finalizate în perioadă (sarcinile introduse după ce au fost făcute nu sunt incluse).</translation>
    </message>
    <message>
        <source>Leads: registered in the period and owned by the rep. ≤ 1/7/30 days %: the share of them with a call, meeting or e-mail marked done within 1, 7 or 30 days of being registered (a lead registered near the end of the period has had less time).</source>
        <translation>Lead-uri: înregistrate în perioadă, de care răspunde agentul. ≤ 1/7/30 zile %: ponderea celor cu un apel, o întâlnire sau un e-mail marcat ca finalizat în cel mult 1, 7 sau 30 de zile de la înregistrare (un lead înregistrat spre sfârșitul perioadei a avut mai puțin timp).</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Săptămână</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Sarcini finalizate</translation>
    </message>
    <message>
        <source>Calls, meetings and e-mails per week</source>
        <translation>Apeluri, întâlniri și e-mailuri pe săptămână</translation>
    </message>
    <message>
        <source>Calls, meetings, e-mails: activities of that kind marked done whose start (without a start: the time they were marked done) falls in the week. Tasks done: tasks marked done that week. The first and last weeks count only their days inside the period.</source>
        <translation>Apeluri, întâlniri, e-mailuri: activitățile de acest tip marcate ca finalizate al căror început (dacă nu au început: momentul marcării ca finalizate) cade în săptămâna respectivă. Sarcini finalizate: sarcinile marcate ca finalizate în acea săptămână. Prima și ultima săptămână includ doar zilele lor din perioadă.</translation>
    </message>
    <message>
        <source>Team activity</source>
        <translation>Activitatea echipei</translation>
    </message>
    <message>
        <source>Per rep: calls, meetings and e-mails done in the period, companies contacted, tasks done on time, late or overdue, and how soon new leads were contacted.</source>
        <translation>Pe agenți: apelurile, întâlnirile și e-mailurile finalizate în perioadă, companiile contactate, sarcinile finalizate la timp, cu întârziere sau cu termen depășit și cât de repede au fost contactate lead-urile noi.</translation>
    </message>
    <message>
        <source>One row per</source>
        <translation>Un rând pe</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Concurent</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regiune</translation>
    </message>
    <message>
        <source>Deal size</source>
        <translation>Sumă oportunitate</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>Under %1</source>
        <translation>Sub %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Între %1 și %2</translation>
    </message>
    <message>
        <source>%1 and more</source>
        <translation>%1 și peste</translation>
    </message>
    <message>
        <source>(no amount)</source>
        <translation>(fără sumă)</translation>
    </message>
    <message>
        <source>(no competitor)</source>
        <translation>(fără concurent)</translation>
    </message>
    <message numerus="yes">
        <source>%n closed deal(s) in other currencies (%1) are not included.</source>
        <translation>
            <numerusform>%n oportunitate închisă în altă monedă (%1) nu este inclusă.</numerusform>
            <numerusform>%n oportunități închise în alte monede (%1) nu sunt incluse.</numerusform>
            <numerusform>%n de oportunități închise în alte monede (%1) nu sunt incluse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Pierdute</translation>
    </message>
    <message>
        <source>Win rate %</source>
        <translation>Rată de câștig %</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Sumă câștigată</translation>
    </message>
    <message>
        <source>Lost amount</source>
        <translation>Sumă pierdută</translation>
    </message>
    <message>
        <source>Avg won deal</source>
        <translation>Sumă medie câștigată</translation>
    </message>
    <message>
        <source>Each lost deal counts under the reason it was lost for; won deals have a row of their own, so the win rate is given for the total only.</source>
        <translation>Fiecare oportunitate pierdută este numărată la motivul pentru care a fost pierdută; oportunitățile câștigate au un rând separat, așa că rata de câștig apare doar la total.</translation>
    </message>
    <message>
        <source>A deal counts in the period in which it was won or lost. Win rate = won ÷ (won + lost); average won deal = won amount ÷ won deals.</source>
        <translation>O oportunitate este numărată în perioada în care a fost câștigată sau pierdută. Rată de câștig = câștigate ÷ (câștigate + pierdute); sumă medie câștigată = sumă câștigată ÷ oportunități câștigate.</translation>
    </message>
    <message>
        <source>Deals won and lost</source>
        <translation>Oportunități câștigate și pierdute</translation>
    </message>
    <message>
        <source>Win/loss analysis</source>
        <translation>Analiza câștigurilor și pierderilor</translation>
    </message>
    <message>
        <source>Deals won and lost in the period by lost reason, competitor, rep, source, industry, region or deal size, with win rates and amounts.</source>
        <translation>Oportunitățile câștigate și pierdute în perioadă, pe motive de pierdere, concurenți, agenți, surse, domenii de activitate, regiuni sau sume, cu ratele de câștig și sumele aferente.</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Motiv de pierdere</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(fără client)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritate</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Deschise</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rezolvate</translation>
    </message>
    <message>
        <source>Answered in time %</source>
        <translation>Cu răspuns în termen %</translation>
    </message>
    <message>
        <source>Resolved in time %</source>
        <translation>Rezolvate în termen %</translation>
    </message>
    <message>
        <source>Avg. first answer (hours)</source>
        <translation>Primul răspuns, medie (ore)</translation>
    </message>
    <message>
        <source>Avg. satisfaction (1–5)</source>
        <translation>Satisfacție medie (1–5)</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Notate</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Cu termen depășit acum</translation>
    </message>
    <message>
        <source>Opened and resolved: cases opened, and resolved, in the period. Answered in time: of the cases opened in the period with a response deadline, those answered by it (a case not answered and past it counts as late; one not yet due is left out). Resolved in time: of the cases resolved in the period with a resolution deadline, those resolved by it. The first answer is counted in calendar hours; satisfaction is the average score of the cases resolved in the period. Open and overdue: now.</source>
        <translation>Deschise și rezolvate: solicitările deschise, respectiv rezolvate, în perioadă. Cu răspuns în termen: dintre solicitările deschise în perioadă care au termen de răspuns, cele care au primit răspuns până la termen (o solicitare fără răspuns și cu termenul depășit este socotită întârziată; una al cărei termen nu a sosit încă nu este inclusă). Rezolvate în termen: dintre solicitările rezolvate în perioadă care au termen de rezolvare, cele rezolvate până la termen. Primul răspuns se calculează în ore calendaristice; satisfacția este nota medie a solicitărilor rezolvate în perioadă. Deschise și cu termen depășit: situația din acest moment.</translation>
    </message>
    <message>
        <source>Cases opened and resolved</source>
        <translation>Solicitări deschise și rezolvate</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Solicitări</translation>
    </message>
    <message>
        <source>Customers&apos; cases after the sale: opened and resolved, answered and resolved in time, time to a first answer, satisfaction, and what is open and overdue now.</source>
        <translation>Solicitările clienților după vânzare: deschise și rezolvate, cu răspuns și rezolvate în termen, timpul până la primul răspuns, satisfacția și ce este deschis și cu termen depășit acum.</translation>
    </message>
    <message>
        <source>Cases resolved</source>
        <translation>Solicitări rezolvate</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Satisfacție (1–5)</translation>
    </message>
    <message>
        <source>Cases resolved: customers&apos; cases the rep owned that were resolved in the period; satisfaction: the average score (1–5) the customers gave them.</source>
        <translation>Solicitări rezolvate: solicitările clienților de care răspunde agentul, rezolvate în perioadă; satisfacție: nota medie (1–5) dată de clienți.</translation>
    </message>
    <message>
        <source>Revenue target</source>
        <translation>Țintă venituri</translation>
    </message>
    <message>
        <source>Won %</source>
        <translation>Câștigate %</translation>
    </message>
    <message>
        <source>New deals target</source>
        <translation>Țintă oportunități noi</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>Oportunități noi</translation>
    </message>
    <message>
        <source>New deals %</source>
        <translation>Oportunități noi %</translation>
    </message>
    <message>
        <source>Activities target</source>
        <translation>Țintă activități</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activități</translation>
    </message>
    <message>
        <source>Activities %</source>
        <translation>Activități %</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) won in other currencies are not included.</source>
        <translation>
            <numerusform>%n oportunitate câștigată în altă monedă nu este inclusă.</numerusform>
            <numerusform>%n oportunități câștigate în alte monede nu sunt incluse.</numerusform>
            <numerusform>%n de oportunități câștigate în alte monede nu sunt incluse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Won: deals won in the period (by their won date, UTC) in the report&apos;s currency. New deals: deals created in the period. Activities: calls, meetings, e-mails and tasks marked done in the period (by when they were marked done; without that time, by their start). Each is counted for the deal&apos;s or activity&apos;s owner.</source>
        <translation>Câștigate: oportunitățile câștigate în perioadă (după data câștigării, UTC), în moneda raportului. Oportunități noi: oportunitățile create în perioadă. Activități: apelurile, întâlnirile, e-mailurile și sarcinile marcate ca finalizate în perioadă (după momentul marcării; în lipsa acestuia, după data de început). Fiecare se socotește la responsabilul oportunității sau al activității.</translation>
    </message>
    <message>
        <source>Targets: a month counts its month target; without one, a third of the quarter target or a twelfth of the year target covering it (any remainder going to the first month). Revenue targets in other currencies are left out. A month without a target adds nothing; a rep without any has no target and no %.</source>
        <translation>Ținte: fiecare lună preia ținta ei lunară; în lipsa acesteia, o treime din ținta trimestrială sau o douăsprezecime din ținta anuală care o acoperă (restul împărțirii revine primei luni). Țintele de venituri în alte monede nu se iau în calcul. O lună fără țintă nu adaugă nimic; un agent fără nicio țintă nu are nici țintă, nici procent.</translation>
    </message>
    <message>
        <source>Total: the team&apos;s own target for a month where it has one, otherwise the sum of its members&apos; targets.</source>
        <translation>Total: ținta proprie a echipei pentru lunile în care are una, altfel suma țintelor membrilor ei.</translation>
    </message>
    <message>
        <source>Total: the sum of the reps&apos; targets (team targets are not added).</source>
        <translation>Total: suma țintelor agenților (țintele echipelor nu se adaugă).</translation>
    </message>
    <message>
        <source>Share of each target reached, per rep</source>
        <translation>Gradul de realizare a fiecărei ținte, pe agenți</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ținte</translation>
    </message>
    <message>
        <source>Per rep: revenue won, new deals and activities done in the period, each beside its target and the share of it reached.</source>
        <translation>Pe agenți: veniturile câștigate, oportunitățile noi și activitățile finalizate în perioadă, fiecare alături de ținta sa și de gradul ei de realizare.</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>the segment&apos;s filter has a malformed condition</source>
        <translation>filtrul segmentului conține o condiție incorectă</translation>
    </message>
    <message>
        <source>a segment needs a name</source>
        <translation>un segment trebuie să aibă un nume</translation>
    </message>
    <message>
        <source>the filter of segment “%1” is not readable: %2</source>
        <translation>filtrul segmentului „%1” nu poate fi citit: %2</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>there is no user with id %1</source>
        <translation>nu există niciun utilizator cu ID-ul %1</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>change %1 is for an unknown record type &apos;%2&apos;; nothing was imported</source>
        <translation>modificarea %1 se referă la un tip de înregistrare necunoscut &apos;%2&apos;; nu s-a importat nimic</translation>
    </message>
    <message>
        <source>change %1 sets an unknown field of %2; nothing was imported</source>
        <translation>modificarea %1 setează un câmp necunoscut al tipului %2; nu s-a importat nimic</translation>
    </message>
    <message>
        <source>cannot write the bundle: %1</source>
        <translation>pachetul nu poate fi scris: %1</translation>
    </message>
    <message>
        <source>cannot read the bundle: %1</source>
        <translation>pachetul nu poate fi citit: %1</translation>
    </message>
    <message>
        <source>this bundle was written by Tandem %1 (database version %2; this copy has %3). Update Tandem to version %1 to import it; nothing was imported.</source>
        <translation>acest pachet a fost creat de Tandem %1 (versiunea bazei de date %2; această copie locală are versiunea %3). Actualizați Tandem la versiunea %1 pentru a-l importa; nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>the shared folder does not exist</source>
        <translation>folderul partajat nu există</translation>
    </message>
    <message>
        <source>there is no open conflict with id %1</source>
        <translation>nu există niciun conflict deschis cu ID-ul %1</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>responsabilul %1</translation>
    </message>
    <message>
        <source>territory %1</source>
        <translation>teritoriul %1</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>toate datele</translation>
    </message>
    <message>
        <source>this bundle is from a copy that holds only part of the data, and it refers to records this copy does not hold yet; import a bundle from the office (a copy that holds everything) first. Nothing was imported.</source>
        <translation>acest pachet provine de la o copie care conține doar o parte din date și se referă la înregistrări pe care copia locală nu le conține încă; importați mai întâi un pachet de la birou (o copie care conține toate datele). Nu s-a importat nimic.</translation>
    </message>
</context>
<context>
    <name>TargetProgress</name>
    <message>
        <source>the period of the targets must start before it ends</source>
        <translation>perioada țintelor trebuie să înceapă înainte de a se încheia</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>nu există nicio înregistrare de tip %1 cu ID-ul %2</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>a target is either a rep&apos;s or a team&apos;s</source>
        <translation>o țintă aparține fie unui agent, fie unei echipe</translation>
    </message>
    <message>
        <source>a target cannot be below zero</source>
        <translation>o țintă nu poate fi negativă</translation>
    </message>
    <message>
        <source>no month was given for the targets</source>
        <translation>nu s-a indicat luna pentru ținte</translation>
    </message>
    <message>
        <source>“%1” is not a period for targets: month, quarter or year</source>
        <translation>„%1” nu este o perioadă validă pentru ținte: month, quarter sau year</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>A task needs a subject.</source>
        <translation>O sarcină trebuie să aibă un subiect.</translation>
    </message>
    <message>
        <source>The priority must be low, normal or high.</source>
        <translation>Prioritatea trebuie să fie scăzută, normală sau ridicată.</translation>
    </message>
    <message>
        <source>The repeat rule cannot be used: %1</source>
        <translation>Regula de repetare nu poate fi folosită: %1</translation>
    </message>
    <message>
        <source>A repeating task needs a due date.</source>
        <translation>O sarcină recurentă trebuie să aibă un termen.</translation>
    </message>
    <message>
        <source>There is no such task.</source>
        <translation>Această sarcină nu există.</translation>
    </message>
</context>
<context>
    <name>Territories</name>
    <message>
        <source>There is no territory with id %1.</source>
        <translation>Nu există niciun teritoriu cu ID-ul %1.</translation>
    </message>
    <message>
        <source>Choose a territory to reassign.</source>
        <translation>Alegeți un teritoriu de reatribuit.</translation>
    </message>
    <message>
        <source>There is no user with id “%1” to take the territory.</source>
        <translation>Nu există niciun utilizator cu ID-ul „%1” care să preia teritoriul.</translation>
    </message>
    <message>
        <source>%1 is no longer active and cannot take territory “%2”.</source>
        <translation>%1 nu mai este în activitate și nu poate prelua teritoriul „%2”.</translation>
    </message>
    <message>
        <source>%1 already owns territory “%2”.</source>
        <translation>%1 răspunde deja de teritoriul „%2”.</translation>
    </message>
    <message>
        <source>Territory “%1” is yours now: %2.</source>
        <translation>De acum răspundeți de teritoriul „%1”: %2.</translation>
    </message>
    <message>
        <source>Territory “%1” is yours now, handed over from %2: %3.</source>
        <translation>De acum răspundeți de teritoriul „%1”, preluat de la %2: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clienți</numerusform>
            <numerusform>%n de clienți</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n oportunitate deschisă</numerusform>
            <numerusform>%n oportunități deschise</numerusform>
            <numerusform>%n de oportunități deschise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open lead(s)</source>
        <translation>
            <numerusform>%n lead deschis</numerusform>
            <numerusform>%n lead-uri deschise</numerusform>
            <numerusform>%n de lead-uri deschise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n sarcină deschisă</numerusform>
            <numerusform>%n sarcini deschise</numerusform>
            <numerusform>%n de sarcini deschise</numerusform>
        </translation>
    </message>
    <message>
        <source>Named accounts, assigned by hand</source>
        <translation>Clienți nominalizați, repartizați manual</translation>
    </message>
    <message>
        <source>industry: %1</source>
        <translation>domeniu de activitate: %1</translation>
    </message>
    <message>
        <source>country: %1</source>
        <translation>țară: %1</translation>
    </message>
    <message>
        <source>region: %1</source>
        <translation>regiune: %1</translation>
    </message>
    <message>
        <source>city: %1</source>
        <translation>localitate: %1</translation>
    </message>
    <message>
        <source>postcodes %1–%2</source>
        <translation>coduri poștale %1–%2</translation>
    </message>
    <message>
        <source>postcodes from %1</source>
        <translation>coduri poștale de la %1</translation>
    </message>
    <message>
        <source>postcodes up to %1</source>
        <translation>coduri poștale până la %1</translation>
    </message>
    <message>
        <source>No rule yet: companies are assigned by hand</source>
        <translation>Nicio regulă deocamdată: companiile se repartizează manual</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>unknown encoding “%1”</source>
        <translation>codificare necunoscută „%1”</translation>
    </message>
    <message>
        <source>the file is not valid %1 text; choose its encoding</source>
        <translation>fișierul nu conține text %1 valid; alegeți codificarea acestuia</translation>
    </message>
    <message>
        <source>this is not a text file</source>
        <translation>acesta nu este un fișier text</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Offer %1</source>
        <translation>Oferta %1</translation>
    </message>
    <message>
        <source>Added to Tandem</source>
        <translation>Adăugare în Tandem</translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>vCard version “%1” is not supported (2.1, 3.0 and 4.0 are)</source>
        <translation>versiunea vCard „%1” nu este acceptată (sunt acceptate 2.1, 3.0 și 4.0)</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD expected)</source>
        <translation>„%1” nu este o dată (se așteaptă YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>BEGIN:VCARD inside a card: the card that starts on line %1 has no END:VCARD</source>
        <translation>BEGIN:VCARD în interiorul unui card: cardul care începe pe linia %1 nu are END:VCARD</translation>
    </message>
    <message>
        <source>END:VCARD without BEGIN:VCARD</source>
        <translation>END:VCARD fără BEGIN:VCARD</translation>
    </message>
    <message>
        <source>text outside a card (BEGIN:VCARD … END:VCARD)</source>
        <translation>text în afara unui card (BEGIN:VCARD … END:VCARD)</translation>
    </message>
    <message>
        <source>END:%1 inside a card</source>
        <translation>END:%1 în interiorul unui card</translation>
    </message>
    <message>
        <source>BEGIN:%1 inside a card</source>
        <translation>BEGIN:%1 în interiorul unui card</translation>
    </message>
    <message>
        <source>the file ends inside the card that starts on this line (no END:VCARD)</source>
        <translation>fișierul se termină în interiorul cardului care începe pe această linie (lipsește END:VCARD)</translation>
    </message>
    <message>
        <source>the file holds no vCard (no BEGIN:VCARD line)</source>
        <translation>fișierul nu conține niciun vCard (nu există nicio linie BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>fișierul nu poate fi deschis: %1</translation>
    </message>
    <message>
        <source>the line has no “:” between the property name and its value</source>
        <translation>linia nu are „:” între numele proprietății și valoarea acesteia</translation>
    </message>
    <message>
        <source>the line is not a vCard property (NAME:value expected)</source>
        <translation>linia nu este o proprietate vCard (se așteaptă NAME:value)</translation>
    </message>
    <message>
        <source>“%1” is not valid quoted-printable text</source>
        <translation>„%1” nu este text quoted-printable valid</translation>
    </message>
    <message>
        <source>the base64 data is damaged (characters outside base64, or cut off)</source>
        <translation>datele base64 sunt deteriorate (caractere din afara setului base64 sau date trunchiate)</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 and the line names no CHARSET</source>
        <translation>textul nu este UTF-8 valid, iar linia nu specifică niciun CHARSET</translation>
    </message>
    <message>
        <source>unknown character set “%1”</source>
        <translation>set de caractere necunoscut „%1”</translation>
    </message>
    <message>
        <source>the data: URI has no “,” before its data</source>
        <translation>URI-ul data: nu are „,” înaintea datelor</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Introduction</source>
        <translation>Prezentare</translation>
    </message>
    <message>
        <source>First call or meeting</source>
        <translation>Primul apel sau prima întâlnire</translation>
    </message>
    <message>
        <source>Introduce the company and learn who decides.</source>
        <translation>Prezentați compania și aflați cine ia decizia.</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Calificare</translation>
    </message>
    <message>
        <source>Qualify needs and budget</source>
        <translation>Clarificați nevoile și bugetul</translation>
    </message>
    <message>
        <source>Confirm need, budget, decision maker and timing.</source>
        <translation>Confirmați nevoia, bugetul, factorul de decizie și orizontul de timp.</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Ofertare</translation>
    </message>
    <message>
        <source>Send the offer</source>
        <translation>Trimiteți oferta</translation>
    </message>
    <message>
        <source>Prepare and send the offer from the offer template.</source>
        <translation>Pregătiți și trimiteți oferta pe baza șablonului de ofertă.</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negociere</translation>
    </message>
    <message>
        <source>Agree terms</source>
        <translation>Stabiliți condițiile</translation>
    </message>
    <message>
        <source>Follow up the offer and agree price and terms.</source>
        <translation>Reveniți asupra ofertei și stabiliți prețul și condițiile.</translation>
    </message>
    <message>
        <source>Contract and invoicing</source>
        <translation>Contractare și facturare</translation>
    </message>
    <message>
        <source>Sign the contract and invoice</source>
        <translation>Semnați contractul și emiteți factura</translation>
    </message>
    <message>
        <source>Send the contract for signature and issue the invoice.</source>
        <translation>Trimiteți contractul spre semnare și emiteți factura.</translation>
    </message>
    <message>
        <source>Handover to delivery</source>
        <translation>Predare către livrare</translation>
    </message>
    <message>
        <source>Hand over to delivery and support</source>
        <translation>Predați clientul echipei de livrare și suport</translation>
    </message>
    <message>
        <source>Introduce the delivery team and agree the start date.</source>
        <translation>Prezentați echipa de livrare și stabiliți data de începere.</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>Preț prea mare</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>A ales un concurent</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Lipsă buget</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Fără decizie</translation>
    </message>
    <message>
        <source>Not followed up in time</source>
        <translation>Nu s-a revenit la timp</translation>
    </message>
    <message>
        <source>Product does not fit</source>
        <translation>Produsul nu corespunde nevoilor</translation>
    </message>
    <message>
        <source>This database is already set up for %1.</source>
        <translation>Această bază de date este deja configurată pentru %1.</translation>
    </message>
    <message>
        <source>Enter your company&apos;s name.</source>
        <translation>Introduceți numele companiei.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Introduceți numele dumneavoastră.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code such as EUR or PLN.</source>
        <translation>&apos;%1&apos; nu este un cod de monedă valid, de exemplu EUR sau PLN.</translation>
    </message>
    <message>
        <source>New business</source>
        <translation>Vânzări noi</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Pierdută</translation>
    </message>
</context>
<context>
    <name>tandem::ActivitiesModule</name>
    <message>
        <source>New activity</source>
        <translation>activitate nouă</translation>
    </message>
    <message>
        <source>Someone else&apos;s customer</source>
        <translation>Clientul altui coleg</translation>
    </message>
    <message>
        <source>%1

The activity is logged and the owner has been told.</source>
        <translation>%1

Activitatea a fost consemnată, iar responsabilul a fost anunțat.</translation>
    </message>
</context>
<context>
    <name>tandem::AgendaView</name>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locație</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agendă</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toată ziua</translation>
    </message>
    <message>
        <source>Nothing planned in these days.</source>
        <translation>Nimic planificat în aceste zile.</translation>
    </message>
</context>
<context>
    <name>tandem::BoardFilterBar</name>
    <message>
        <source>Closing by</source>
        <translation>Închidere până la</translation>
    </message>
    <message>
        <source>Only this salesperson&apos;s deals</source>
        <translation>Doar oportunitățile acestui agent de vânzări</translation>
    </message>
    <message>
        <source>Only deals owned by this team&apos;s members</source>
        <translation>Doar oportunitățile membrilor acestei echipe</translation>
    </message>
    <message>
        <source>Only deals with companies in this territory</source>
        <translation>Doar oportunitățile cu companii din acest teritoriu</translation>
    </message>
    <message>
        <source>Amount from</source>
        <translation>Sumă de la</translation>
    </message>
    <message>
        <source>Only deals of at least this amount</source>
        <translation>Doar oportunitățile cu o sumă cel puțin egală cu aceasta</translation>
    </message>
    <message>
        <source>Find a deal or company</source>
        <translation>Căutați o oportunitate sau o companie</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Resetare filtre</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Toți responsabilii</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toate echipele</translation>
    </message>
    <message>
        <source>All territories</source>
        <translation>Toate teritoriile</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Echipă</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Teritoriu</translation>
    </message>
</context>
<context>
    <name>tandem::BoardModel</name>
    <message>
        <source>Next: %1</source>
        <translation>Pasul următor: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · weighted %2</source>
        <translation>%1 · ponderat %2</translation>
    </message>
    <message numerus="yes">
        <source>+ %n other currency(ies)</source>
        <translation>
            <numerusform>+ încă %n monedă</numerusform>
            <numerusform>+ încă %n monede</numerusform>
            <numerusform>+ încă %n de monede</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::BoardView</name>
    <message>
        <source>Drop here: won</source>
        <translation>Plasați aici: câștigată</translation>
    </message>
    <message>
        <source>Drop here: lost…</source>
        <translation>Plasați aici: pierdută…</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Flux de vânzări</translation>
    </message>
    <message>
        <source>The pipeline the board shows</source>
        <translation>Fluxul de vânzări afișat pe panou</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognoză</translation>
    </message>
    <message>
        <source>Show the weighted forecast of these deals by close month</source>
        <translation>Afișați prognoza ponderată a acestor oportunități, pe luni de închidere</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n oportunitate deschisă</numerusform>
            <numerusform>%n oportunități deschise</numerusform>
            <numerusform>%n de oportunități deschise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::CalendarModel</name>
    <message>
        <source>Busy</source>
        <translation>Ocupat</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Apel</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Sarcină</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Întâlnire</translation>
    </message>
</context>
<context>
    <name>tandem::CalendarModule</name>
    <message>
        <source>New &amp;event…</source>
        <translation>&amp;Eveniment nou…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Astăzi</translation>
    </message>
    <message>
        <source>&amp;Previous period</source>
        <translation>Perioada a&amp;nterioară</translation>
    </message>
    <message>
        <source>Ne&amp;xt period</source>
        <translation>Perioada &amp;următoare</translation>
    </message>
    <message>
        <source>Find a &amp;free time…</source>
        <translation>Căutare interval &amp;liber…</translation>
    </message>
    <message>
        <source>&amp;Dormant customers…</source>
        <translation>Clienți &amp;inactivi…</translation>
    </message>
    <message>
        <source>&amp;Import calendar (.ics)…</source>
        <translation>Im&amp;port calendar (.ics)…</translation>
    </message>
    <message>
        <source>E&amp;xport these days (.ics)…</source>
        <translation>E&amp;xport zilele afișate (.ics)…</translation>
    </message>
    <message>
        <source>A time when you and the colleagues you pick are all free</source>
        <translation>Un interval în care dumneavoastră și colegii aleși sunteți liberi</translation>
    </message>
    <message>
        <source>Customers who have not bought or heard from us for a while</source>
        <translation>Clienți care nu au mai cumpărat și nu au mai fost contactați de ceva vreme</translation>
    </message>
    <message>
        <source>Events and tasks from Thunderbird, Outlook or Google Calendar</source>
        <translation>Evenimente și sarcini din Thunderbird, Outlook sau Google Calendar</translation>
    </message>
    <message>
        <source>The days and calendars on screen, as a file other calendars open</source>
        <translation>Zilele și calendarele afișate, într-un fișier pe care îl pot deschide alte calendare</translation>
    </message>
    <message>
        <source>Plan a meeting, call or task (Ctrl+Shift+E)</source>
        <translation>Planificați o întâlnire, un apel sau o sarcină (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
</context>
<context>
    <name>tandem::CalendarView</name>
    <message>
        <source>Side by side</source>
        <translation>Unul lângă altul</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Astăzi</translation>
    </message>
    <message>
        <source>Go to today (Ctrl+T)</source>
        <translation>Mergeți la ziua de azi (Ctrl+T)</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Perioada anterioară</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Perioada următoare</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Zi</translation>
    </message>
    <message>
        <source>Work week</source>
        <translation>Săptămâna de lucru</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Săptămână</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Lună</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agendă</translation>
    </message>
    <message>
        <source>Colour by kind</source>
        <translation>Culoare după tip</translation>
    </message>
    <message>
        <source>Colour by owner</source>
        <translation>Culoare după responsabil</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Culoare după</translation>
    </message>
    <message>
        <source>Each chosen colleague in a column of their own</source>
        <translation>Fiecare coleg ales, într-o coloană separată</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Calendare</translation>
    </message>
    <message>
        <source>Whose calendars to show: yours and your colleagues&apos;</source>
        <translation>Ce calendare se afișează: al dumneavoastră și ale colegilor</translation>
    </message>
    <message>
        <source>Calendars (%1)</source>
        <translation>Calendare (%1)</translation>
    </message>
    <message>
        <source>New event “%1”</source>
        <translation>eveniment nou: „%1”</translation>
    </message>
    <message>
        <source>Event not saved</source>
        <translation>Nu s-a putut salva evenimentul</translation>
    </message>
    <message>
        <source>Move a repeating event</source>
        <translation>Mutare eveniment recurent</translation>
    </message>
    <message>
        <source>“%1” repeats. Move only this occurrence (Yes) or every occurrence (Yes to All)?</source>
        <translation>„%1” este recurent. Mutați doar această apariție (Yes) sau toate aparițiile (Yes to All)?</translation>
    </message>
    <message>
        <source>Change the length of “%1”</source>
        <translation>modificare durată: „%1”</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>mutare: „%1”</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Nu s-a putut muta</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>editare: „%1”</translation>
    </message>
    <message>
        <source>Delete a repeating event</source>
        <translation>Ștergere eveniment recurent</translation>
    </message>
    <message>
        <source>“%1” repeats. Delete only this occurrence (Yes) or the whole series (Yes to All)?</source>
        <translation>„%1” este recurent. Ștergeți doar această apariție (Yes) sau întreaga serie (Yes to All)?</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>ștergere: „%1”</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nu s-a putut șterge</translation>
    </message>
</context>
<context>
    <name>tandem::CampaignCardView</name>
    <message>
        <source>Record response…</source>
        <translation>Consemnare răspuns…</translation>
    </message>
    <message>
        <source>Import attendees…</source>
        <translation>Import participanți…</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Editare detalii</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Răspunsuri</translation>
    </message>
    <message>
        <source>Untouched</source>
        <translation>Necontactate</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Calificate</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Oportunități câștigate</translation>
    </message>
    <message>
        <source>Revenue won</source>
        <translation>Venituri câștigate</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Cost pe lead</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Rentabilitate</translation>
    </message>
    <message>
        <source>Someone answered the campaign: make them a lead with a follow-up</source>
        <translation>Cineva a răspuns la campanie: creați pentru această persoană un lead, cu o sarcină de urmărire</translation>
    </message>
    <message>
        <source>Add a CSV list of attendees as responses, all or nothing</source>
        <translation>Adăugați ca răspunsuri participanții dintr-o listă CSV; se importă toți sau niciunul</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Data primirii</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>responsabilul %1</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>segmentul %1</translation>
    </message>
    <message>
        <source>goal %1 · %2</source>
        <translation>obiectiv %1 · %2</translation>
    </message>
    <message>
        <source>Responses nobody has called, met or written to yet</source>
        <translation>Răspunsuri fără niciun apel, întâlnire sau e-mail până acum</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 din %2</translation>
    </message>
    <message>
        <source>Deals won of the deals the campaign brought</source>
        <translation>Oportunități câștigate din cele aduse de campanie</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>budget %1 · %2</source>
        <translation>buget %1 · %2</translation>
    </message>
    <message>
        <source>(revenue won − cost) ÷ cost</source>
        <translation>(venituri câștigate − cost) ÷ cost</translation>
    </message>
    <message>
        <source>No responses yet</source>
        <translation>Niciun răspuns încă</translation>
    </message>
    <message>
        <source>Responses (%1)</source>
        <translation>Răspunsuri (%1)</translation>
    </message>
    <message>
        <source>%1 · untouched</source>
        <translation>%1 · necontactat</translation>
    </message>
    <message>
        <source>Nobody has called, met or written to them yet</source>
        <translation>Niciun apel, întâlnire sau e-mail până acum</translation>
    </message>
    <message>
        <source>Response to “%1”</source>
        <translation>răspuns la campanie: „%1”</translation>
    </message>
    <message>
        <source>Record response</source>
        <translation>Consemnare răspuns</translation>
    </message>
    <message>
        <source>The response was not recorded: %1</source>
        <translation>Răspunsul nu a fost consemnat: %1</translation>
    </message>
    <message>
        <source>Import attendees of “%1”</source>
        <translation>Importați participanții la „%1”</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fișiere CSV (*.csv *.txt);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Import attendees from %1</source>
        <translation>import participanți: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nu s-a importat nimic: %1</translation>
    </message>
    <message>
        <source>Import attendees</source>
        <translation>Import participanți</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2</source>
        <translation>Nu s-a importat nimic din %1:
%2</translation>
    </message>
    <message>
        <source>%1: %2 new lead(s), %3 of them linked to existing contacts; %4 skipped.</source>
        <translation>%1 — lead-uri noi: %2 (dintre care asociate cu contacte existente: %3); rânduri omise: %4.</translation>
    </message>
    <message>
        <source>Line %1: %2 — %3</source>
        <translation>Linia %1: %2 — %3</translation>
    </message>
</context>
<context>
    <name>tandem::CaseCardView</name>
    <message>
        <source>Start work</source>
        <translation>Începere lucru</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>În așteptarea clientului</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Rezolvare…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închidere</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Redeschidere</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Editare detalii</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pași</translation>
    </message>
    <message>
        <source>Steps of the case</source>
        <translation>Pașii solicitării</translation>
    </message>
    <message>
        <source>start work</source>
        <translation>începere lucru</translation>
    </message>
    <message>
        <source>wait for the customer</source>
        <translation>punere în așteptarea clientului</translation>
    </message>
    <message>
        <source>close the case</source>
        <translation>închidere solicitare</translation>
    </message>
    <message>
        <source>reopen the case</source>
        <translation>redeschidere solicitare</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Solicitare</translation>
    </message>
    <message>
        <source>resolve the case</source>
        <translation>rezolvare solicitare</translation>
    </message>
    <message>
        <source>priority: %1</source>
        <translation>prioritate: %1</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>fără responsabil</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>responsabil: %1</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>fără termen</translation>
    </message>
    <message>
        <source>done %1, late</source>
        <translation>realizat la %1, cu întârziere</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>realizat la %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>termen depășit</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>termen apropiat</translation>
    </message>
    <message>
        <source>Respond by</source>
        <translation>Termen de răspuns</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>Termen de rezolvare</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Rezolvare:</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>Satisfacție:</translation>
    </message>
</context>
<context>
    <name>tandem::CaseRulesDialog</name>
    <message>
        <source>Deadlines per priority, in working hours</source>
        <translation>Termene pe priorități, în ore lucrătoare</translation>
    </message>
    <message>
        <source>The team&apos;s own days off</source>
        <translation>Zilele libere proprii ale echipei</translation>
    </message>
    <message>
        <source>Case deadline rules</source>
        <translation>Reguli de termene pentru solicitări</translation>
    </message>
    <message>
        <source>A new case must be answered and resolved within these working hours, counted from when it was opened. Working hours and days are set in Settings › Working hours; public holidays and the team&apos;s days off do not count. A changed rule applies to cases opened from now on.</source>
        <translation>O solicitare nouă trebuie să primească răspuns și să fie rezolvată în aceste ore lucrătoare, socotite de la deschiderea ei. Programul de lucru și zilele lucrătoare se setează în Setări › Program de lucru; sărbătorile legale și zilele libere ale echipei nu se iau în calcul. O regulă modificată se aplică solicitărilor deschise de acum înainte.</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Termene</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Fără</translation>
    </message>
    <message>
        <source>Public holidays of:</source>
        <translation>Sărbători legale din:</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Zi liberă</translation>
    </message>
    <message>
        <source>Days &amp;off</source>
        <translation>&amp;Zile libere</translation>
    </message>
    <message>
        <source>holiday country</source>
        <translation>modificare țară pentru sărbători legale</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nu s-a putut salva</translation>
    </message>
    <message>
        <source>No public holidays are counted as days off.</source>
        <translation>Nicio sărbătoare legală nu este socotită zi liberă.</translation>
    </message>
    <message>
        <source>Days off in %1: %2</source>
        <translation>Zile libere în %1: %2</translation>
    </message>
</context>
<context>
    <name>tandem::CasesModule</name>
    <message>
        <source>Case</source>
        <translation>Solicitare</translation>
    </message>
    <message>
        <source>Which cases</source>
        <translation>Solicitări afișate</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Solicitări deschise</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>Necesită atenție</translation>
    </message>
    <message>
        <source>My open cases</source>
        <translation>Solicitările mele deschise</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Toate solicitările</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afișare:</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>solicitare nouă</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>editare: „%1”</translation>
    </message>
    <message>
        <source>Deadline &amp;rules…</source>
        <translation>&amp;Reguli pentru termene…</translation>
    </message>
    <message>
        <source>How soon cases must be answered and resolved, and the days off</source>
        <translation>Termenele de răspuns și de rezolvare ale solicitărilor și zilele libere</translation>
    </message>
</context>
<context>
    <name>tandem::CatalogueModule</name>
    <message>
        <source>Catalogue</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>Sales materials</source>
        <translation>Materiale de vânzare</translation>
    </message>
    <message>
        <source>Add files to the sales materials library</source>
        <translation>Adăugați fișiere în biblioteca de materiale de vânzare</translation>
    </message>
    <message>
        <source>Remove the selected files from the sales materials library</source>
        <translation>Eliminați fișierele selectate din biblioteca de materiale de vânzare</translation>
    </message>
</context>
<context>
    <name>tandem::CompanyCardView</name>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Funcție</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departament</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Oportunitate</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Închidere estimată</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persoane</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Oportunități</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologie</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Factor de decizie</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Clasa %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Won revenue&lt;/b&gt; %1 (%2 deals) &amp;nbsp;&amp;nbsp; &lt;b&gt;Open pipeline&lt;/b&gt; %3 (%4 deals) &amp;nbsp;&amp;nbsp; &lt;b&gt;Lost&lt;/b&gt; %5 deals</source>
        <translation>&lt;b&gt;Venituri câștigate&lt;/b&gt; %1 (oportunități: %2) &amp;nbsp;&amp;nbsp; &lt;b&gt;Flux de vânzări deschis&lt;/b&gt; %3 (oportunități: %4) &amp;nbsp;&amp;nbsp; &lt;b&gt;Oportunități pierdute:&lt;/b&gt; %5</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <source>Subsidiaries</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Persoane (%1)</translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation>Oportunități (%1)</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Cronologie (%1)</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Solicitare nouă…</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Solicitare</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Solicitări</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Satisfaction&lt;/b&gt; %1 / 5 (%n case(s))</source>
        <translation>
            <numerusform>&lt;b&gt;Satisfacție&lt;/b&gt; %1 / 5 (%n solicitare)</numerusform>
            <numerusform>&lt;b&gt;Satisfacție&lt;/b&gt; %1 / 5 (%n solicitări)</numerusform>
            <numerusform>&lt;b&gt;Satisfacție&lt;/b&gt; %1 / 5 (%n de solicitări)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases (%1 open)</source>
        <translation>Solicitări (deschise: %1)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documente</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Documente (%1)</translation>
    </message>
</context>
<context>
    <name>tandem::CompanyDocumentsView</name>
    <message>
        <source>Open</source>
        <translation>Deschidere</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Salvare copie…</translation>
    </message>
    <message>
        <source>Filter by name, deal, person or recipient…</source>
        <translation>Filtrare după nume, oportunitate, persoană sau destinatar…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pentru</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Creat de</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Data creării</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Trimis către</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Data trimiterii</translation>
    </message>
    <message>
        <source>No documents yet. The offers, orders and contracts made on this company&apos;s deals and the letters to its people are kept here.</source>
        <translation>Niciun document deocamdată. Aici sunt păstrate ofertele, comenzile și contractele create pentru oportunitățile acestei companii, precum și scrisorile către persoanele sale.</translation>
    </message>
</context>
<context>
    <name>tandem::CompetitorCardView</name>
    <message>
        <source>Edit details</source>
        <translation>Editare detalii</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observații</translation>
    </message>
    <message>
        <source>Deals lost to them</source>
        <translation>Oportunități pierdute în favoarea lui</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Puncte forte</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Puncte slabe</translation>
    </message>
    <message>
        <source>Price points</source>
        <translation>Niveluri de preț</translation>
    </message>
    <message>
        <source>Lost on</source>
        <translation>Data pierderii</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Oportunitate</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>Take “%1” off “%2”</source>
        <translation>eliminare concurent: „%2” de la „%1”</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Concurent</translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation>Deschidere oportunitate</translation>
    </message>
    <message>
        <source>Not lost to this competitor</source>
        <translation>Nu a fost pierdută în favoarea acestui concurent</translation>
    </message>
    <message>
        <source>Nothing noted yet</source>
        <translation>Nimic notat încă</translation>
    </message>
    <message>
        <source>No deal has been lost to %1 yet.</source>
        <translation>Nicio oportunitate pierdută până acum în favoarea concurentului %1.</translation>
    </message>
    <message>
        <source>Deals lost: %1</source>
        <translation>Oportunități pierdute: %1</translation>
    </message>
    <message>
        <source>Deals lost: %1, worth %2</source>
        <translation>Oportunități pierdute: %1, totalizând %2</translation>
    </message>
    <message>
        <source>last on %1</source>
        <translation>ultima la %1</translation>
    </message>
    <message>
        <source>usual reason “%1” (%2 of %3)</source>
        <translation>motivul cel mai frecvent „%1” (%2 din %3)</translation>
    </message>
    <message>
        <source>Deals lost to them (%1)</source>
        <translation>Oportunități pierdute în favoarea lui (%1)</translation>
    </message>
</context>
<context>
    <name>tandem::CompetitorsPart</name>
    <message>
        <source>Competitor</source>
        <translation>Concurent</translation>
    </message>
    <message>
        <source>Most deals lost to: %1</source>
        <translation>Concurenții care au câștigat cele mai multe oportunități: %1</translation>
    </message>
</context>
<context>
    <name>tandem::ConflictModel</name>
    <message>
        <source>(deleted)</source>
        <translation>(înregistrare ștearsă)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(gol)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>cineva</translation>
    </message>
    <message>
        <source>Deleted or kept</source>
        <translation>Ștergere sau păstrare</translation>
    </message>
    <message>
        <source>The value every copy shows now</source>
        <translation>Valoarea afișată acum în toate copiile</translation>
    </message>
    <message>
        <source>The value written at the same time on another copy</source>
        <translation>Valoarea scrisă în același timp în altă copie</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Înregistrare</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Câmp</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Afișată acum</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Cealaltă valoare</translation>
    </message>
</context>
<context>
    <name>tandem::ContactCardView</name>
    <message>
        <source>Timeline (%1)</source>
        <translation>Cronologie (%1)</translation>
    </message>
    <message>
        <source>★ Decision maker</source>
        <translation>★ Factor de decizie</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Clasa %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>termen depășit</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Acord</translation>
    </message>
</context>
<context>
    <name>tandem::ConvertLeadDialog</name>
    <message>
        <source>Expected to close on</source>
        <translation>Închidere estimată la</translation>
    </message>
    <message>
        <source>Convert lead to deal</source>
        <translation>Conversie lead în oportunitate</translation>
    </message>
    <message>
        <source>“%1” becomes a deal. Its calls, notes and documents go with it; the lead stays, marked converted.</source>
        <translation>„%1” devine o oportunitate. Apelurile, notele și documentele sale sunt preluate de aceasta; lead-ul rămâne, marcat ca convertit.</translation>
    </message>
    <message>
        <source>No company</source>
        <translation>Fără companie</translation>
    </message>
    <message>
        <source>New company “%1”</source>
        <translation>Companie nouă: „%1”</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Fără contact</translation>
    </message>
    <message>
        <source>New contact “%1”</source>
        <translation>Contact nou: „%1”</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Companie:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontact:</translation>
    </message>
    <message>
        <source>The lead&apos;s title</source>
        <translation>Titlul lead-ului</translation>
    </message>
    <message>
        <source>Deal &amp;title:</source>
        <translation>&amp;Titlu oportunitate:</translation>
    </message>
    <message>
        <source>Amount in %1 (optional)</source>
        <translation>Sumă în %1 (opțional)</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Sumă:</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Conversie</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Type it like 12500 or 12 500,50, or leave it empty.</source>
        <translation>„%1” nu este o sumă. Introduceți-o sub forma 12500 sau 12 500,50 ori lăsați câmpul gol.</translation>
    </message>
</context>
<context>
    <name>tandem::CsvColumnsView</name>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgulă ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punct și virgulă ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codificare:</translation>
    </message>
    <message>
        <source>Separated by:</source>
        <translation>Separator:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Coloana din fișier</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Primele valori</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Se importă ca</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— nu se importă —</translation>
    </message>
    <message>
        <source>Not imported unless you pick a field: %1</source>
        <translation>Nu se importă decât dacă alegeți un câmp: %1</translation>
    </message>
    <message>
        <source>Every column with data goes into a field.</source>
        <translation>Fiecare coloană cu date are un câmp asociat.</translation>
    </message>
</context>
<context>
    <name>tandem::DashboardSection</name>
    <message>
        <source>Task</source>
        <translation>Sarcină</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Referitor la</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Oportunitate</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Închidere estimată</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>First contact due</source>
        <translation>Termen primul contact</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Astăzi</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Astăzi, %1</translation>
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
        <translation>Alegeți o dată</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as %2</source>
        <translation>„%1” nu este o dată; introduceți-o în formatul %2</translation>
    </message>
    <message>
        <source>“%1” is not a date and time; write it as %2</source>
        <translation>„%1” nu este o dată și oră; introduceți-o în formatul %2</translation>
    </message>
</context>
<context>
    <name>tandem::DealCardDelegate</name>
    <message>
        <source>closes %1</source>
        <translation>închidere %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) here</source>
        <translation>
            <numerusform>%n zi în etapă</numerusform>
            <numerusform>%n zile în etapă</numerusform>
            <numerusform>%n de zile în etapă</numerusform>
        </translation>
    </message>
    <message>
        <source>No next step planned</source>
        <translation>Niciun pas următor planificat</translation>
    </message>
</context>
<context>
    <name>tandem::DealCardView</name>
    <message>
        <source>Next stage</source>
        <translation>Etapa următoare</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Câștigată</translation>
    </message>
    <message>
        <source>Lost…</source>
        <translation>Pierdută…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Redeschidere</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Editare detalii</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>responsabil: %1</translation>
    </message>
    <message>
        <source>expected to close %1</source>
        <translation>închidere estimată: %1</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>Pierdută: %1</translation>
    </message>
    <message>
        <source>No playbook actions in this stage</source>
        <translation>Nicio acțiune de ghid în această etapă</translation>
    </message>
    <message>
        <source>Playbook of “%1”</source>
        <translation>Ghidul de vânzare al etapei „%1”</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(obligatoriu)</translation>
    </message>
    <message>
        <source>was due %1</source>
        <translation>termenul era %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>termen depășit din %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>termen %1</translation>
    </message>
    <message>
        <source>%1 — not needed for this deal</source>
        <translation>%1 — nu se aplică acestei oportunități</translation>
    </message>
    <message>
        <source>Tick “%1”</source>
        <translation>bifare: „%1”</translation>
    </message>
    <message>
        <source>Untick “%1”</source>
        <translation>debifare: „%1”</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Oferte</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documente</translation>
    </message>
    <message>
        <source>Quote — %1</source>
        <translation>Ofertă — %1</translation>
    </message>
</context>
<context>
    <name>tandem::DealDocumentsView</name>
    <message>
        <source>Open</source>
        <translation>Deschidere</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salvare ca…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Creat de</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Data creării</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Trimis către</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Data trimiterii</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Ofertă</translation>
    </message>
    <message>
        <source>Sales material</source>
        <translation>Material de vânzare</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Fotografie</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Attach from library…</source>
        <translation>Atașare din bibliotecă…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Attach brochures, presentations or price sheets from the sales materials library</source>
        <translation>Atașați broșuri, prezentări sau liste de prețuri din biblioteca de materiale de vânzare</translation>
    </message>
    <message>
        <source>Attach from the sales materials</source>
        <translation>Atașare din materialele de vânzare</translation>
    </message>
    <message numerus="yes">
        <source>Attach %n file(s) from the sales materials</source>
        <translation>
            <numerusform>atașare din materialele de vânzare: %n fișier</numerusform>
            <numerusform>atașare din materialele de vânzare: %n fișiere</numerusform>
            <numerusform>atașare din materialele de vânzare: %n de fișiere</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach from library</source>
        <translation>Atașare din bibliotecă</translation>
    </message>
</context>
<context>
    <name>tandem::DealQuotesView</name>
    <message>
        <source>New quote</source>
        <translation>Ofertă nouă</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschidere</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versiune</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Data trimiterii</translation>
    </message>
</context>
<context>
    <name>tandem::DealsModule</name>
    <message>
        <source>Deal</source>
        <translation>Oportunitate</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>oportunitate nouă</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>editare: „%1”</translation>
    </message>
</context>
<context>
    <name>tandem::DocumentSettingsPage</name>
    <message>
        <source>Open folder</source>
        <translation>Deschidere folder</translation>
    </message>
    <message>
        <source>Copy the shipped templates there</source>
        <translation>Copiere în folder a șabloanelor incluse</translation>
    </message>
    <message>
        <source>Letterhead lines</source>
        <translation>Rânduri antet</translation>
    </message>
    <message>
        <source>Discount needing a manager&apos;s approval</source>
        <translation>Reducere care necesită aprobarea unui manager</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Niciodată</translation>
    </message>
    <message>
        <source>Offers valid for</source>
        <translation>Valabilitate oferte</translation>
    </message>
    <message>
        <source> days</source>
        <translation> de zile</translation>
    </message>
    <message>
        <source>Quote number series on this computer</source>
        <translation>Seria de numerotare a ofertelor pe acest computer</translation>
    </message>
    <message>
        <source>&amp;Letterhead:</source>
        <translation>&amp;Antet:</translation>
    </message>
    <message>
        <source>Under the company&apos;s name on every page, one line each. Empty: the Company tab&apos;s address, VAT code, phone, e-mail and website.</source>
        <translation>Sub numele companiei, pe fiecare pagină, fiecare pe câte un rând. Dacă rămâne gol: adresa, codul TVA, telefonul, e-mailul și site-ul web din fila Companie.</translation>
    </message>
    <message>
        <source>Discount needing &amp;approval:</source>
        <translation>Reducere care necesită a&amp;probare:</translation>
    </message>
    <message>
        <source>A quote with a larger discount is sent once a manager approves it.</source>
        <translation>O ofertă cu o reducere mai mare poate fi trimisă după ce un manager o aprobă.</translation>
    </message>
    <message>
        <source>Offers &amp;valid for:</source>
        <translation>&amp;Valabilitate oferte:</translation>
    </message>
    <message>
        <source>Number &amp;series:</source>
        <translation>&amp;Serie de numerotare:</translation>
    </message>
    <message>
        <source>1 to 4 letters or digits, for the quotes made on this computer: laptops making offers offline never give two the same number.</source>
        <translation>Între 1 și 4 litere sau cifre, pentru ofertele create pe acest computer: astfel, laptopurile care creează oferte offline nu dau niciodată același număr la două oferte.</translation>
    </message>
    <message>
        <source>Templates folder:</source>
        <translation>Folder șabloane:</translation>
    </message>
    <message>
        <source>Your own templates (HTML) there win over the shipped ones.</source>
        <translation>Șabloanele proprii (HTML) din acest folder au prioritate față de cele incluse în Tandem.</translation>
    </message>
    <message>
        <source>Next offers: %1</source>
        <extracomment>Settings › Offers and documents, beside the number series: &quot;Next offers: Q-2026-VN-0001&quot;</extracomment>
        <translation>Următoarele oferte: %1</translation>
    </message>
    <message>
        <source>Document templates</source>
        <translation>Șabloane de document</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Folderul %1 nu poate fi creat.</translation>
    </message>
    <message>
        <source>The templates are in %1.</source>
        <translation>Șabloanele se află în %1.</translation>
    </message>
    <message>
        <source>All the templates were there already; none was changed.</source>
        <translation>Toate șabloanele existau deja; niciunul nu a fost modificat.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n template(s).</source>
        <translation>
            <numerusform>A fost copiat %n șablon.</numerusform>
            <numerusform>Au fost copiate %n șabloane.</numerusform>
            <numerusform>Au fost copiate %n de șabloane.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n template(s) already there unchanged.</source>
        <translation>
            <numerusform>%n șablon existent deja a fost păstrat nemodificat.</numerusform>
            <numerusform>%n șabloane existente deja au fost păstrate nemodificate.</numerusform>
            <numerusform>%n de șabloane existente deja au fost păstrate nemodificate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::DormantDialog</name>
    <message>
        <source>Save letter</source>
        <translation>Salvare scrisoare</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Bifare toate</translation>
    </message>
    <message>
        <source>Create follow-up tasks</source>
        <translation>Creare sarcini de urmărire</translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation>Clienți inactivi</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reguli</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Regulă nouă</translation>
    </message>
    <message>
        <source>Get back in touch with {company}</source>
        <translation>Reluați legătura cu {company}</translation>
    </message>
    <message>
        <source>&amp;Letter for the follow-up task (placeholders: {company}, {contact}, {owner}, {last_purchase}, {last_contact}):</source>
        <translation>&amp;Scrisoare pentru sarcina de urmărire (substituenți: {company}, {contact}, {owner}, {last_purchase}, {last_contact}):</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Ultima achiziție</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ultimul contact</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Zile</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nu s-a putut salva</translation>
    </message>
    <message>
        <source>Choose or add a rule.</source>
        <translation>Alegeți sau adăugați o regulă.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>niciodată</translation>
    </message>
    <message>
        <source>No customer is dormant by this rule.</source>
        <translation>Niciun client nu este inactiv conform acestei reguli.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found. Tick those who should get a follow-up task.</source>
        <translation>
            <numerusform>A fost găsit %n client. Bifați-l dacă trebuie creată o sarcină de urmărire.</numerusform>
            <numerusform>Au fost găsiți %n clienți. Bifați clienții pentru care trebuie creată o sarcină de urmărire.</numerusform>
            <numerusform>Au fost găsiți %n de clienți. Bifați clienții pentru care trebuie creată o sarcină de urmărire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the customers who should get a follow-up task.</source>
        <translation>Bifați clienții pentru care trebuie creată o sarcină de urmărire.</translation>
    </message>
    <message numerus="yes">
        <source>Create %n follow-up task(s)</source>
        <translation>
            <numerusform>creare: %n sarcină de urmărire</numerusform>
            <numerusform>creare: %n sarcini de urmărire</numerusform>
            <numerusform>creare: %n de sarcini de urmărire</numerusform>
        </translation>
    </message>
    <message>
        <source>No follow-up tasks created</source>
        <translation>Nu s-au putut crea sarcinile de urmărire</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up task(s) created.</source>
        <translation>
            <numerusform>A fost creată %n sarcină de urmărire.</numerusform>
            <numerusform>Au fost create %n sarcini de urmărire.</numerusform>
            <numerusform>Au fost create %n de sarcini de urmărire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open complaint(s): no sales letter until resolved</source>
        <translation>
            <numerusform>%n reclamație deschisă: nicio scrisoare comercială până la rezolvare</numerusform>
            <numerusform>%n reclamații deschise: nicio scrisoare comercială până la rezolvare</numerusform>
            <numerusform>%n de reclamații deschise: nicio scrisoare comercială până la rezolvare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an open complaint left out (greyed).</source>
        <translation>
            <numerusform>%n client cu o reclamație deschisă a fost omis (afișat cu gri).</numerusform>
            <numerusform>%n clienți cu reclamații deschise au fost omiși (afișați cu gri).</numerusform>
            <numerusform>%n de clienți cu reclamații deschise au fost omiși (afișați cu gri).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::DrillDialog</name>
    <message numerus="yes">
        <source>%n record(s). Double-click one to open it.</source>
        <translation>
            <numerusform>%n înregistrare. Faceți dublu clic pe ea pentru a o deschide.</numerusform>
            <numerusform>%n înregistrări. Faceți dublu clic pe una pentru a o deschide.</numerusform>
            <numerusform>%n de înregistrări. Faceți dublu clic pe una pentru a o deschide.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Înregistrări</translation>
    </message>
</context>
<context>
    <name>tandem::DuplicatesDialog</name>
    <message>
        <source>&amp;Merge</source>
        <translation>Î&amp;mbinare</translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation>&amp;Nu sunt duplicate</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Duplicate printre %1</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Potrivire</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Înregistrare</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Seamănă cu</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Se păstrează:</translation>
    </message>
    <message>
        <source>Tick the values the kept record should have. Empty fields are filled from the other; every activity, deal, note and history entry of both is kept.</source>
        <translation>Bifați valorile pe care trebuie să le aibă înregistrarea păstrată. Câmpurile goale se completează din cealaltă înregistrare; toate activitățile, oportunitățile, notele și intrările din istoric ale ambelor se păstrează.</translation>
    </message>
    <message>
        <source>Make the two one record, keeping everything linked to either</source>
        <translation>Îmbinați cele două într-o singură înregistrare, păstrând tot ce este asociat cu oricare dintre ele</translation>
    </message>
    <message>
        <source>These are different records: do not propose them again</source>
        <translation>Sunt înregistrări diferite: nu le mai propuneți ca duplicate</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No likely duplicates among the %1.</source>
        <translation>Nu există duplicate probabile printre %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) that look like the same record.</source>
        <translation>
            <numerusform>%n pereche de înregistrări care par identice.</numerusform>
            <numerusform>%n perechi de înregistrări care par identice.</numerusform>
            <numerusform>%n de perechi de înregistrări care par identice.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Câmp</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Îmbinare</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”? Everything linked to “%1” moves to “%2”, and “%1” is kept only in the history.</source>
        <translation>Îmbinați „%1” în „%2”? Tot ce este asociat cu „%1” se mută la „%2”, iar „%1” se păstrează doar în istoric.</translation>
    </message>
    <message>
        <source>Not duplicates</source>
        <translation>Nu sunt duplicate</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <extracomment>Undo menu entry: &quot;Merge Ruta Jankauskaite into Rūta Jankauskaitė&quot;</extracomment>
        <translation>Îmbinare „%1” în „%2”</translation>
    </message>
</context>
<context>
    <name>tandem::EventDialog</name>
    <message>
        <source>All day</source>
        <translation>Toată ziua</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Sfârșit</translation>
    </message>
    <message>
        <source>Private: colleagues see only that I am busy</source>
        <translation>Privat: colegii văd doar că intervalul este ocupat</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Eveniment</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Întâlnire</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Apel</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Sarcină</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>Presentation for …, call back …</source>
        <translation>Prezentare pentru …, reapelați …</translation>
    </message>
    <message>
        <source>Address, room or video link</source>
        <translation>Adresă, sală sau link video</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Fără memento</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>La ora de început</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>Cu %n minut înainte</numerusform>
            <numerusform>Cu %n minute înainte</numerusform>
            <numerusform>Cu %n de minute înainte</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>Cu o oră înainte</translation>
    </message>
    <message>
        <source>2 hours before</source>
        <translation>Cu 2 ore înainte</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>Cu o zi înainte</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normală</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Ridicată</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Scăzută</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Început</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locație</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Oportunitate</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Memento</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritate</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observații</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ștergere</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Finalizare…</translation>
    </message>
    <message>
        <source>Mark it done and record how it went</source>
        <translation>Marcați activitatea ca finalizată și notați cum a decurs</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Eveniment nou</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Editare eveniment</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>Evenimentul se termină înainte de a începe.</translation>
    </message>
    <message>
        <source>“%1” is not a known record: pick one from the list or clear it.</source>
        <translation>„%1” nu este o înregistrare cunoscută: alegeți una din listă sau ștergeți textul.</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Invită…</translation>
    </message>
    <message>
        <source>Colleagues who take part: it shows on their calendars too</source>
        <translation>Colegii care participă: evenimentul apare și în calendarele lor</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Colegi</translation>
    </message>
</context>
<context>
    <name>tandem::FieldEditor</name>
    <message>
        <source>Write an e-mail</source>
        <translation>Scrieți un e-mail</translation>
    </message>
    <message>
        <source>Open in the browser</source>
        <translation>Deschideți în browser</translation>
    </message>
    <message>
        <source>there is no %1 called “%2”; pick one from the list</source>
        <translation>nu există nicio înregistrare de tip %1 cu numele „%2”; alegeți una din listă</translation>
    </message>
</context>
<context>
    <name>tandem::FirstRunDialog</name>
    <message>
        <source>Welcome to Tandem</source>
        <translation>Bun venit în Tandem</translation>
    </message>
    <message>
        <source>Your CRM lives in one file on this computer. How would you like to start?</source>
        <translation>CRM-ul dumneavoastră este stocat într-un singur fișier pe acest computer. Cum doriți să începeți?</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Începeți</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ieșire</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Începeți de la zero</translation>
    </message>
    <message>
        <source>Name your company and yourself, then add your own contacts.</source>
        <translation>Introduceți numele companiei și numele dumneavoastră, apoi adăugați propriile contacte.</translation>
    </message>
    <message>
        <source>e.g. UAB Baltic Trade</source>
        <translation>de ex. Carpați Trading SRL</translation>
    </message>
    <message>
        <source>e.g. Ona Petraitienė</source>
        <translation>de ex. Ioana Popescu</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Nume companie:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Numele dumneavoastră:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Monedă:</translation>
    </message>
    <message>
        <source>Explore with demo data</source>
        <translation>Explorați cu date demo</translation>
    </message>
    <message>
        <source>A made-up trading company with 2,000 contacts and their companies, leads, deals and activities, in six languages. Good for trying things out; start a new database for your real work.</source>
        <translation>O companie comercială fictivă cu 2.000 de contacte, împreună cu companiile, lead-urile, oportunitățile și activitățile lor, în șase limbi. Potrivită pentru a încerca aplicația; pentru munca reală, creați o bază de date nouă.</translation>
    </message>
    <message>
        <source>Writing demo data… %p%</source>
        <translation>Se scriu datele demo… %p%</translation>
    </message>
    <message>
        <source>Tandem Demo</source>
        <translation>Tandem Demo</translation>
    </message>
    <message>
        <source>Demo Manager</source>
        <translation>Manager demo</translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation>Datele demo nu au putut fi scrise: %1</translation>
    </message>
</context>
<context>
    <name>tandem::FollowUpDialog</name>
    <message>
        <source>Leads waiting for a first contact</source>
        <translation>Lead-uri care așteaptă primul contact</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Toți responsabilii</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>First contact was due</source>
        <translation>Termen primul contact</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Întârziere</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Fără responsabil</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n zi</numerusform>
            <numerusform>%n zile</numerusform>
            <numerusform>%n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>Every lead has had its first contact on time.</source>
        <translation>Toate lead-urile au fost contactate pentru prima dată la timp.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) have not been contacted although their first contact is due. Leads not followed up within days are the ones that get lost.</source>
        <translation>
            <numerusform>%n lead nu a fost contactat, deși termenul primului contact a trecut. Lead-urile la care nu se revine în câteva zile sunt cele care se pierd.</numerusform>
            <numerusform>%n lead-uri nu au fost contactate, deși termenul primului contact a trecut. Lead-urile la care nu se revine în câteva zile sunt cele care se pierd.</numerusform>
            <numerusform>%n de lead-uri nu au fost contactate, deși termenul primului contact a trecut. Lead-urile la care nu se revine în câteva zile sunt cele care se pierd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ForecastView</name>
    <message>
        <source>Split by owner</source>
        <translation>Defalcare pe responsabili</translation>
    </message>
    <message>
        <source>Weighted forecast by expected close month</source>
        <translation>Prognoză ponderată pe luna estimată de închidere</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Lună</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Oportunități</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Ponderat</translation>
    </message>
    <message>
        <source>No close date</source>
        <translation>Fără dată de închidere</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Fără responsabil</translation>
    </message>
    <message>
        <source>Weighted in all: %1</source>
        <translation>Total ponderat: %1</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
</context>
<context>
    <name>tandem::FreeSlotDialog</name>
    <message>
        <source>&amp;Find free times</source>
        <translation>&amp;Căutare intervale libere</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Programare</translation>
    </message>
    <message>
        <source>Find a free time</source>
        <translation>Căutare interval liber</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Who takes part:</source>
        <translation>Partic&amp;ipanți:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Durată:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>De &amp;la:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>Pâ&amp;nă la:</translation>
    </message>
    <message>
        <source>Working hours %1–%2</source>
        <translation>Program de lucru %1–%2</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Zi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Până la</translation>
    </message>
    <message>
        <source>Tick who takes part.</source>
        <translation>Bifați participanții.</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>Ultima zi este înaintea primei zile.</translation>
    </message>
    <message>
        <source>There is no common free time of this length in these days.</source>
        <translation>În aceste zile nu există niciun interval liber comun de această durată.</translation>
    </message>
    <message>
        <source>The first %1 of %2 free times.</source>
        <translation>Intervale libere găsite: %2; se afișează primele %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n free time(s) when everyone can.</source>
        <translation>
            <numerusform>%n interval liber în care toți sunt disponibili.</numerusform>
            <numerusform>%n intervale libere în care toți sunt disponibili.</numerusform>
            <numerusform>%n de intervale libere în care toți sunt disponibili.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::GlobalSearch</name>
    <message>
        <source>Search contacts, companies, leads, deals…  (Ctrl+K)</source>
        <translation>Căutați contacte, companii, lead-uri, oportunități…  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Căutare</translation>
    </message>
    <message>
        <source>No matches for “%1”</source>
        <translation>Niciun rezultat pentru „%1”</translation>
    </message>
    <message>
        <source>Knows: %1</source>
        <translation>Competențe: %1</translation>
    </message>
</context>
<context>
    <name>tandem::HomeModule</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Reîmprospătare</translation>
    </message>
    <message>
        <source>Read the home screen&apos;s figures again</source>
        <translation>Reîncărcați cifrele din ecranul Acasă</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Acasă</translation>
    </message>
</context>
<context>
    <name>tandem::HomeView</name>
    <message>
        <source>My team</source>
        <translation>Echipa mea</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membru</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Termen depășit</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Astăzi</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>În stagnare</translation>
    </message>
    <message>
        <source>Closing this month</source>
        <translation>Se închid luna aceasta</translation>
    </message>
    <message>
        <source>Past close</source>
        <translation>Închidere depășită</translation>
    </message>
    <message>
        <source>Untouched leads</source>
        <translation>Lead-uri necontactate</translation>
    </message>
    <message>
        <source>Revenue vs target</source>
        <translation>Venituri față de țintă</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Sarcini cu termen depășit</translation>
    </message>
    <message>
        <source>Nothing overdue. Well done!</source>
        <translation>Nimic cu termen depășit. Felicitări!</translation>
    </message>
    <message>
        <source>Today&apos;s tasks</source>
        <translation>Sarcinile de astăzi</translation>
    </message>
    <message>
        <source>No more tasks due today.</source>
        <translation>Nu mai sunt sarcini cu termen astăzi.</translation>
    </message>
    <message>
        <source>Stalled deals</source>
        <translation>Oportunități în stagnare</translation>
    </message>
    <message>
        <source>Every open deal is moving.</source>
        <translation>Toate oportunitățile deschise avansează.</translation>
    </message>
    <message>
        <source>No open deal is expected to close this month.</source>
        <translation>Nicio oportunitate deschisă nu are închiderea estimată luna aceasta.</translation>
    </message>
    <message>
        <source>Past their expected close</source>
        <translation>Cu închiderea estimată depășită</translation>
    </message>
    <message>
        <source>No deal is past its expected close.</source>
        <translation>Nicio oportunitate nu a depășit data estimată de închidere.</translation>
    </message>
    <message>
        <source>Every lead has been contacted.</source>
        <translation>Toate lead-urile au fost contactate.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Eu</translation>
    </message>
    <message>
        <source>What needs your attention</source>
        <translation>Ce necesită atenția dumneavoastră</translation>
    </message>
    <message>
        <source>What needs the attention of the people you lead</source>
        <translation>Ce necesită atenția persoanelor pe care le coordonați</translation>
    </message>
    <message>
        <source>Tasks today</source>
        <translation>Sarcini astăzi</translation>
    </message>
    <message>
        <source>The home screen could not be read: %1</source>
        <translation>Nu s-au putut citi datele ecranului Acasă: %1</translation>
    </message>
    <message>
        <source>Good morning, %1</source>
        <translation>Bună dimineața, %1</translation>
    </message>
    <message>
        <source>Good afternoon, %1</source>
        <translation>Bună ziua, %1</translation>
    </message>
    <message>
        <source>Good evening, %1</source>
        <translation>Bună seara, %1</translation>
    </message>
    <message>
        <source>%1&apos;s team</source>
        <translation>Echipa condusă de %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no target set</source>
        <translation>fără țintă</translation>
    </message>
</context>
<context>
    <name>tandem::ImportDialog</name>
    <message>
        <source>Import the rest and leave out the rows with problems</source>
        <translation>Importați restul și omiteți rândurile cu probleme</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Import %1</source>
        <extracomment>Undo menu entry: &quot;Import contacts.vcf&quot;</extracomment>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; into %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; în %2</translation>
    </message>
    <message>
        <source>When a record is already here</source>
        <translation>Când înregistrarea există deja</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Se omite</translation>
    </message>
    <message>
        <source>Fill in its empty fields</source>
        <translation>Se completează câmpurile goale</translation>
    </message>
    <message>
        <source>Create another one</source>
        <translation>Se creează încă o înregistrare</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Înregistrare</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce se întâmplă</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>Salvare corespondență…</translation>
    </message>
    <message>
        <source>Keep these columns in a file, for the next import or for tandem-cli --mapping</source>
        <translation>Păstrați corespondența coloanelor într-un fișier, pentru următorul import sau pentru tandem-cli --mapping</translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation>Salvați corespondența coloanelor</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>Corespondențe de coloane (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n înregistrare nouă</numerusform>
            <numerusform>%n înregistrări noi</numerusform>
            <numerusform>%n de înregistrări noi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to fill in</source>
        <translation>
            <numerusform>%n înregistrare de completat</numerusform>
            <numerusform>%n înregistrări de completat</numerusform>
            <numerusform>%n de înregistrări de completat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here</source>
        <translation>
            <numerusform>%n înregistrare existentă deja</numerusform>
            <numerusform>%n înregistrări existente deja</numerusform>
            <numerusform>%n de înregistrări existente deja</numerusform>
        </translation>
    </message>
    <message>
        <source>What the import will do: %1.</source>
        <translation>Importul va avea ca rezultat: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems: fix the file, or import the rest without them.</source>
        <translation>
            <numerusform>%n rând cu probleme: corectați fișierul sau importați restul fără el.</numerusform>
            <numerusform>%n rânduri cu probleme: corectați fișierul sau importați restul fără ele.</numerusform>
            <numerusform>%n de rânduri cu probleme: corectați fișierul sau importați restul fără ele.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>an earlier row of this file</source>
        <translation>un rând anterior din acest fișier</translation>
    </message>
    <message>
        <source>Fills in the empty fields of %1</source>
        <translation>Se completează câmpurile goale pentru %1</translation>
    </message>
    <message>
        <source>Already here as %1: skipped</source>
        <translation>Există deja ca %1: se omite</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… și încă %n rând</numerusform>
            <numerusform>… și încă %n rânduri</numerusform>
            <numerusform>… și încă %n de rânduri</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: the file has problems.</source>
        <translation>Nu s-a importat nimic: fișierul are probleme.</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n înregistrare creată</numerusform>
            <numerusform>%n înregistrări create</numerusform>
            <numerusform>%n de înregistrări create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filled in</source>
        <translation>
            <numerusform>%n înregistrare completată</numerusform>
            <numerusform>%n înregistrări completate</numerusform>
            <numerusform>%n de înregistrări completate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here, skipped</source>
        <translation>
            <numerusform>%n înregistrare existentă deja, omisă</numerusform>
            <numerusform>%n înregistrări existente deja, omise</numerusform>
            <numerusform>%n de înregistrări existente deja, omise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out with problems</source>
        <translation>
            <numerusform>%n rând cu probleme, omis</numerusform>
            <numerusform>%n rânduri cu probleme, omise</numerusform>
            <numerusform>%n de rânduri cu probleme, omise</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Import finalizat: %1.</translation>
    </message>
</context>
<context>
    <name>tandem::LeadRulesDialog</name>
    <message>
        <source>Rules, first match wins</source>
        <translation>Reguli: se aplică prima care se potrivește</translation>
    </message>
    <message>
        <source>Reasons offered when a lead or deal is lost</source>
        <translation>Motive propuse la pierderea unui lead sau a unei oportunități</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvare</translation>
    </message>
    <message>
        <source>How new leads are handled</source>
        <translation>Gestionarea lead-urilor noi</translation>
    </message>
    <message>
        <source>A new lead without an owner goes to the first active rule whose conditions it meets (empty conditions match any lead). “Each team member in turn” and “the team member with the fewest open leads” choose among the active users of the rule&apos;s team. The chosen owner is notified.</source>
        <translation>Un lead nou fără responsabil este repartizat după prima regulă activă ale cărei condiții le îndeplinește (condițiile necompletate se potrivesc cu orice lead). „Membrii echipei, pe rând” și „Membrul echipei cu cele mai puține lead-uri deschise” aleg dintre utilizatorii activi ai echipei regulii. Responsabilul ales primește o notificare.</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Regulă nouă</translation>
    </message>
    <message>
        <source>&amp;Routing</source>
        <translation>&amp;Repartizare</translation>
    </message>
    <message>
        <source>First contact due within (days):</source>
        <translation>Termen primul contact (zile):</translation>
    </message>
    <message>
        <source>Every new lead gets a first-contact task due this many days after it arrives; leads nobody contacted in time are listed under Leads › Waiting for first contact.</source>
        <translation>Fiecare lead nou primește o sarcină de prim contact, cu termenul la acest număr de zile de la sosire; lead-urile necontactate la timp apar în Lead-uri › În așteptarea primului contact.</translation>
    </message>
    <message>
        <source>&amp;Qualification questions, one per line:</source>
        <translation>Întrebări de &amp;calificare, câte una pe linie:</translation>
    </message>
    <message>
        <source>&amp;Follow-up and qualification</source>
        <translation>&amp;Urmărire și calificare</translation>
    </message>
    <message>
        <source>New reason</source>
        <translation>Motiv nou</translation>
    </message>
    <message>
        <source>&amp;Lost reasons</source>
        <translation>&amp;Motive de pierdere</translation>
    </message>
    <message>
        <source>Change the follow-up rules</source>
        <translation>modificare reguli de urmărire</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nu s-a putut salva</translation>
    </message>
</context>
<context>
    <name>tandem::LeadsModule</name>
    <message>
        <source>&amp;Qualify…</source>
        <translation>&amp;Calificare…</translation>
    </message>
    <message>
        <source>&amp;Convert to deal…</source>
        <translation>C&amp;onversie în oportunitate…</translation>
    </message>
    <message>
        <source>Mark &amp;lost…</source>
        <translation>Marcare ca &amp;pierdut…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Re&amp;deschidere</translation>
    </message>
    <message>
        <source>&amp;Waiting for first contact…</source>
        <translation>În așteptarea pri&amp;mului contact…</translation>
    </message>
    <message>
        <source>Record the answers to the qualification questions</source>
        <translation>Notați răspunsurile la întrebările de calificare</translation>
    </message>
    <message>
        <source>Turn the lead into a deal with its company and contact</source>
        <translation>Transformați lead-ul într-o oportunitate, împreună cu compania și contactul său</translation>
    </message>
    <message>
        <source>The lead will not buy now: keep it with the reason</source>
        <translation>Lead-ul nu va cumpăra acum: păstrați-l, împreună cu motivul</translation>
    </message>
    <message>
        <source>Work on a lost lead again</source>
        <translation>Reluați lucrul la un lead pierdut</translation>
    </message>
    <message>
        <source>Leads whose first contact is overdue</source>
        <translation>Lead-uri cu termenul primului contact depășit</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>lead nou</translation>
    </message>
    <message>
        <source>Qualify “%1”</source>
        <translation>calificare: „%1”</translation>
    </message>
    <message>
        <source>Not qualified</source>
        <translation>Nu s-a putut califica</translation>
    </message>
    <message>
        <source>Not converted</source>
        <translation>Nu s-a putut converti</translation>
    </message>
    <message>
        <source>Convert “%1”</source>
        <translation>conversie: „%1”</translation>
    </message>
    <message>
        <source>Lead converted</source>
        <translation>Lead convertit</translation>
    </message>
    <message numerus="yes">
        <source>The deal “%1” is on the pipeline, with %n activity(ies) carried over. Open it now?</source>
        <translation>
            <numerusform>Oportunitatea „%1” este acum în fluxul de vânzări, cu %n activitate preluată. O deschideți acum?</numerusform>
            <numerusform>Oportunitatea „%1” este acum în fluxul de vânzări, cu %n activități preluate. O deschideți acum?</numerusform>
            <numerusform>Oportunitatea „%1” este acum în fluxul de vânzări, cu %n de activități preluate. O deschideți acum?</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark “%1” lost</source>
        <translation>marcare ca pierdut: „%1”</translation>
    </message>
    <message>
        <source>Not marked lost</source>
        <translation>Nu s-a putut marca ca pierdut</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>redeschidere: „%1”</translation>
    </message>
    <message>
        <source>Not reopened</source>
        <translation>Nu s-a putut redeschide</translation>
    </message>
    <message>
        <source>Lead &amp;rules…</source>
        <translation>Re&amp;guli pentru lead-uri…</translation>
    </message>
    <message>
        <source>Routing rules, first-contact deadline, qualification questions and lost reasons</source>
        <translation>Reguli de repartizare, termenul primului contact, întrebări de calificare și motive de pierdere</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>editare: „%1”</translation>
    </message>
</context>
<context>
    <name>tandem::ListFilterBar</name>
    <message>
        <source>All contacts</source>
        <translation>Toate contactele</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Toate companiile</translation>
    </message>
    <message>
        <source>Saved filters (segments) for mailings, exports and reports</source>
        <translation>Filtre salvate (segmente) pentru mailing, exporturi și rapoarte</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Orice responsabil</translation>
    </message>
    <message>
        <source>Any company</source>
        <translation>Orice companie</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Orice stare</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Orice etichetă</translation>
    </message>
    <message>
        <source>Any industry</source>
        <translation>Orice domeniu de activitate</translation>
    </message>
    <message>
        <source>Any territory</source>
        <translation>Orice teritoriu</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>Orice acord</translation>
    </message>
    <message>
        <source>Any last contact</source>
        <translation>Ultimul contact: oricând</translation>
    </message>
    <message>
        <source>No contact for </source>
        <extracomment>The &quot;no contact for N days&quot; filter: &quot;No contact for 90 days&quot;</extracomment>
        <translation>Fără contact de </translation>
    </message>
    <message>
        <source> days</source>
        <translation> de zile</translation>
    </message>
    <message>
        <source>Only those with no call, meeting, e-mail or note for this many days</source>
        <translation>Doar înregistrările fără apeluri, întâlniri, e-mailuri sau note în numărul de zile indicat</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Resetare</translation>
    </message>
    <message>
        <source>Show all records again</source>
        <translation>Afișați din nou toate înregistrările</translation>
    </message>
    <message>
        <source>Save as segment…</source>
        <translation>Salvare ca segment…</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>This segment cannot be shown.</source>
        <translation>Acest segment nu poate fi afișat.</translation>
    </message>
    <message>
        <source>Save as segment</source>
        <translation>Salvare ca segment</translation>
    </message>
    <message>
        <source>Name of the segment (an existing one of that name is replaced):</source>
        <translation>Numele segmentului (un segment existent cu același nume va fi înlocuit):</translation>
    </message>
    <message>
        <source>The segment was not saved.</source>
        <translation>Segmentul nu a fost salvat.</translation>
    </message>
    <message>
        <source>Save segment %1</source>
        <extracomment>Undo menu entry: &quot;Save segment Vilnius customers&quot;</extracomment>
        <translation>Salvare segment „%1”</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etichetă</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Domeniu de activitate</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Teritoriu</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Acord</translation>
    </message>
    <message>
        <source>Days without contact</source>
        <translation>Zile fără contact</translation>
    </message>
</context>
<context>
    <name>tandem::LoseDialog</name>
    <message>
        <source>Deal lost</source>
        <translation>Oportunitate pierdută</translation>
    </message>
    <message>
        <source>Lead lost</source>
        <translation>Lead pierdut</translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation>Care este motivul pierderii pentru „%1”?</translation>
    </message>
    <message>
        <source>Why was the lead “%1” lost?</source>
        <translation>De ce a fost pierdut lead-ul „%1”?</translation>
    </message>
    <message>
        <source>Pick or type a reason</source>
        <translation>Alegeți sau introduceți un motiv</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motiv:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Niciunul</translation>
    </message>
    <message>
        <source>Lost &amp;to:</source>
        <translation>&amp;Concurent câștigător:</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>Marcare ca pierdută</translation>
    </message>
    <message>
        <source>Mark lead lost</source>
        <translation>Marcare lead ca pierdut</translation>
    </message>
</context>
<context>
    <name>tandem::MailingDialog</name>
    <message>
        <source>Preview…</source>
        <translation>Previzualizare…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Salvare PDF…</translation>
    </message>
    <message>
        <source>Draw the label edges (a test on plain paper)</source>
        <translation>Trasare contur etichete (test pe hârtie simplă)</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Salvare CSV…</translation>
    </message>
    <message>
        <source>Open templates folder</source>
        <translation>Deschidere folder șabloane</translation>
    </message>
    <message>
        <source>Mail merge and labels</source>
        <translation>Îmbinare corespondență și etichete</translation>
    </message>
    <message>
        <source>The letter&apos;s text. The template adds the letterhead, the address, the date and the greeting.</source>
        <translation>Textul scrisorii. Șablonul adaugă antetul, adresa, data și formula de adresare.</translation>
    </message>
    <message>
        <source>Labels already used on the first sheet are skipped, row by row</source>
        <translation>Etichetele deja folosite de pe prima coală sunt omise, rând cu rând</translation>
    </message>
    <message>
        <source>The recipients&apos; addresses for a mailing house or another tool</source>
        <translation>Adresele destinatarilor, pentru o firmă de expediere poștală sau alt program</translation>
    </message>
    <message>
        <source>Edit the letterhead and letter templates your team uses (HTML files)</source>
        <translation>Editați antetul și șabloanele de scrisori folosite de echipă (fișiere HTML)</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Scrisori</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>Ș&amp;ablon:</translation>
    </message>
    <message>
        <source>Letter &amp;text:</source>
        <translation>&amp;Textul scrisorii:</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>Etichete de adresă</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Coală:</translation>
    </message>
    <message>
        <source>Start at &amp;label:</source>
        <translation>Începere de la &amp;eticheta:</translation>
    </message>
    <message>
        <source>There is no saved contact segment yet. Filter the contacts list and save the filter as a segment to send it a mailing.</source>
        <translation>Nu există încă niciun segment de contacte salvat. Filtrați lista de contacte și salvați filtrul ca segment pentru a-i trimite un mailing.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n destinatar</numerusform>
            <numerusform>%n destinatari</numerusform>
            <numerusform>%n de destinatari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without postal consent left out</source>
        <translation>
            <numerusform>%n contact fără acord poștă omis</numerusform>
            <numerusform>%n contacte fără acord poștă omise</numerusform>
            <numerusform>%n de contacte fără acord poștă omise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a complete address left out (%1)</source>
        <translation>
            <numerusform>%n contact fără adresă completă omis (%1)</numerusform>
            <numerusform>%n contacte fără adresă completă omise (%1)</numerusform>
            <numerusform>%n de contacte fără adresă completă omise (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>No one in this segment can be sent post: nothing to print or save.</source>
        <translation>Nimănui din acest segment nu i se poate trimite corespondență prin poștă: nu există nimic de tipărit sau de salvat.</translation>
    </message>
    <message>
        <source>Save letters as PDF</source>
        <translation>Salvare scrisori ca PDF</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>scrisori</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documente PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Letters not saved</source>
        <translation>Scrisorile nu au fost salvate</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved to %1.</source>
        <translation>
            <numerusform>%n scrisoare salvată în %1.</numerusform>
            <numerusform>%n scrisori salvate în %1.</numerusform>
            <numerusform>%n de scrisori salvate în %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left blank where the records have no value: %1.</source>
        <translation>Lăsate necompletate unde înregistrările nu au valori: %1.</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>Salvare etichete ca PDF</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>etichete</translation>
    </message>
    <message>
        <source>Labels not saved</source>
        <translation>Etichetele nu au fost salvate</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) saved to %1.</source>
        <translation>
            <numerusform>%n etichetă salvată în %1.</numerusform>
            <numerusform>%n etichete salvate în %1.</numerusform>
            <numerusform>%n de etichete salvate în %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save addresses as CSV</source>
        <translation>Salvare adrese ca CSV</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>adrese</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fișiere CSV (*.csv)</translation>
    </message>
    <message>
        <source>Addresses not saved</source>
        <translation>Adresele nu au fost salvate</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) saved to %1.</source>
        <translation>
            <numerusform>%n adresă salvată în %1.</numerusform>
            <numerusform>%n adrese salvate în %1.</numerusform>
            <numerusform>%n de adrese salvate în %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Previzualizare indisponibilă</translation>
    </message>
    <message>
        <source>Letters — print preview</source>
        <translation>Scrisori — previzualizare înainte de tipărire</translation>
    </message>
    <message>
        <source>Address labels — print preview</source>
        <translation>Etichete de adresă — previzualizare înainte de tipărire</translation>
    </message>
    <message>
        <source>Templates folder</source>
        <translation>Folder șabloane</translation>
    </message>
    <message>
        <source>The templates are in %1.</source>
        <translation>Șabloanele se află în %1.</translation>
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
        <translation>Operațiune neefectuată</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Bara principală</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulare</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refacere</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>&amp;Copie de siguranță a bazei de date…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ieșire</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editare</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Căutare…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vizualizare</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajutor</translation>
    </message>
    <message>
        <source>&amp;Check database…</source>
        <translation>&amp;Verificare bază de date…</translation>
    </message>
    <message>
        <source>&amp;About Tandem</source>
        <translation>&amp;Despre Tandem</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Baza de date: %1</translation>
    </message>
    <message>
        <source>tandem-%1.tandem-backup</source>
        <extracomment>Suggested file name of a backup; %1 is today&apos;s date</extracomment>
        <translation>tandem-%1.tandem-backup</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Copie de siguranță a bazei de date</translation>
    </message>
    <message>
        <source>Tandem backups (*.tandem-backup);;All files (*)</source>
        <translation>Copii de siguranță Tandem (*.tandem-backup);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>The backup was not written.</source>
        <translation>Copia de siguranță nu a fost salvată.</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Copia de siguranță a fost salvată în %1</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Verificare bază de date</translation>
    </message>
    <message>
        <source>The database is healthy: no problems found in %1.</source>
        <translation>Baza de date este în regulă: nu s-au găsit probleme în %1.</translation>
    </message>
    <message>
        <source>About Tandem</source>
        <translation>Despre Tandem</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tandem %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for small sales teams: contacts, companies, leads, deals and activities, on your own computer, working with or without a network.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tandem %1&lt;/h3&gt;&lt;p&gt;Un CRM desktop pentru echipe mici de vânzări: contacte, companii, lead-uri, oportunități și activități, pe propriul computer, cu sau fără conexiune la rețea.&lt;/p&gt;&lt;p&gt;Baza de date: %2&lt;/p&gt;&lt;p&gt;Licențiat sub GNU GPL, versiunea 3 sau ulterioară.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>In the status bar: &quot;Contacts 2,000&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Mementouri…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Deschidere fișier</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 nu există.</translation>
    </message>
    <message>
        <source>Tandem cannot open %1: it opens Tandem bundles (.tandem), address books (.vcf) and calendars (.ics).</source>
        <translation>Tandem nu poate deschide %1: deschide pachete Tandem (.tandem), agende de adrese (.vcf) și calendare (.ics).</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Setări…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Comenzi rapide de la tastatură</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurare din copie de siguranță…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurare din copie de siguranță</translation>
    </message>
    <message>
        <source>Restored. The data it replaced was saved to %1. Tandem now reopens the database.</source>
        <translation>Restaurare finalizată. Datele înlocuite au fost salvate în %1. Tandem redeschide acum baza de date.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1.</source>
        <translation>
            <numerusform>S-a găsit %n problemă în %1.</numerusform>
            <numerusform>S-au găsit %n probleme în %1.</numerusform>
            <numerusform>S-au găsit %n de probleme în %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no sound automatic backup to go back to. Make a backup, then run “tandem-cli check --repair”.</source>
        <translation>Nu există nicio copie de siguranță automată intactă la care să reveniți. Faceți o copie de siguranță, apoi rulați „tandem-cli check --repair”.</translation>
    </message>
    <message>
        <source>Restore the latest sound backup, taken %1 (%2)? What is here now is kept as a backup.</source>
        <translation>Restaurați cea mai recentă copie de siguranță intactă, realizată la %1 (%2)? Datele actuale sunt păstrate într-o copie de siguranță.</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Nu s-a restaurat nimic.</translation>
    </message>
    <message>
        <source>Backed up automatically to %1</source>
        <translation>Copia de siguranță automată a fost salvată în %1</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Copie de siguranță automată</translation>
    </message>
    <message>
        <source>Tandem could not back up the database automatically. Your data is unchanged, but until this is solved there is no fresh backup to go back to.</source>
        <translation>Tandem nu a putut face automat o copie de siguranță a bazei de date. Datele dumneavoastră nu au fost modificate, dar până la rezolvarea problemei nu există o copie de siguranță recentă la care să puteți reveni.</translation>
    </message>
    <message>
        <source>&amp;Mail merge and labels…</source>
        <translation>Îmbinare corespondență și &amp;etichete…</translation>
    </message>
</context>
<context>
    <name>tandem::MarketingModule</name>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanie</translation>
    </message>
</context>
<context>
    <name>tandem::MaterialLibraryView</name>
    <message>
        <source>Choose the new version of “%1”</source>
        <translation>Alegeți versiunea nouă a fișierului „%1”</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichete</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensiune</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Adăugat de</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Data adăugării</translation>
    </message>
    <message>
        <source>Drop files here to add them to the library</source>
        <translation>Plasați fișiere aici pentru a le adăuga în bibliotecă</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Adăugare fișiere…</translation>
    </message>
    <message>
        <source>Edit tags…</source>
        <translation>Editare etichete…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Redenumire…</translation>
    </message>
    <message>
        <source>Replace with a new version…</source>
        <translation>Înlocuire cu o versiune nouă…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschidere</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Salvare copie…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Eliminare…</translation>
    </message>
    <message>
        <source>Add brochures, presentations or price sheets to the library</source>
        <translation>Adăugați broșuri, prezentări sau liste de prețuri în bibliotecă</translation>
    </message>
    <message>
        <source>Put a new version in place of this file; copies already attached to deals keep what the customer was given</source>
        <translation>Înlocuiți acest fișier cu o versiune nouă; copiile deja atașate la oportunități rămân așa cum le-a primit clientul</translation>
    </message>
    <message>
        <source>No file in the library matches the search.</source>
        <translation>Niciun fișier din bibliotecă nu corespunde căutării.</translation>
    </message>
    <message>
        <source>The library is empty. Add brochures, presentations and price sheets with Add files…, or drop them here from the file manager.</source>
        <translation>Biblioteca este goală. Adăugați broșuri, prezentări și liste de prețuri cu „Adăugare fișiere…” sau plasați-le aici din managerul de fișiere.</translation>
    </message>
    <message>
        <source>Add files to the sales materials</source>
        <translation>Adăugare fișiere în materialele de vânzare</translation>
    </message>
    <message>
        <source>Add to the sales materials</source>
        <translation>Adăugare în materialele de vânzare</translation>
    </message>
    <message numerus="yes">
        <source>Tags for the %n file(s), separated by commas, e.g. “brochure, en” (may stay empty):</source>
        <translation>
            <numerusform>Etichete pentru %n fișier, separate prin virgule, de ex. „broșură, ro” (câmpul poate rămâne gol):</numerusform>
            <numerusform>Etichete pentru cele %n fișiere, separate prin virgule, de ex. „broșură, ro” (câmpul poate rămâne gol):</numerusform>
            <numerusform>Etichete pentru cele %n de fișiere, separate prin virgule, de ex. „broșură, ro” (câmpul poate rămâne gol):</numerusform>
        </translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Adăugare fișiere</translation>
    </message>
    <message numerus="yes">
        <source>Add %n file(s) to the sales materials</source>
        <translation>
            <numerusform>adăugare în materialele de vânzare: %n fișier</numerusform>
            <numerusform>adăugare în materialele de vânzare: %n fișiere</numerusform>
            <numerusform>adăugare în materialele de vânzare: %n de fișiere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n files was added.</source>
        <translation>
            <numerusform>%n fișier nu a fost adăugat.</numerusform>
            <numerusform>Niciunul dintre cele %n fișiere nu a fost adăugat.</numerusform>
            <numerusform>Niciunul dintre cele %n de fișiere nu a fost adăugat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Editare etichete</translation>
    </message>
    <message>
        <source>Tags of “%1”, separated by commas:</source>
        <translation>Etichetele fișierului „%1”, separate prin virgule:</translation>
    </message>
    <message numerus="yes">
        <source>Tags of the %n selected files, separated by commas (tags only some of them have are kept):</source>
        <translation>
            <numerusform>Etichetele pentru %n fișier selectat, separate prin virgule (etichetele pe care le au doar unele fișiere se păstrează):</numerusform>
            <numerusform>Etichetele celor %n fișiere selectate, separate prin virgule (etichetele pe care le au doar unele dintre ele se păstrează):</numerusform>
            <numerusform>Etichetele celor %n de fișiere selectate, separate prin virgule (etichetele pe care le au doar unele dintre ele se păstrează):</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translation>etichetare: „%1”</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n files</source>
        <translation>
            <numerusform>etichetare: %n fișier</numerusform>
            <numerusform>etichetare: %n fișiere</numerusform>
            <numerusform>etichetare: %n de fișiere</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Redenumire</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>Noul nume pentru „%1”:</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>redenumire: „%1” în „%2”</translation>
    </message>
    <message>
        <source>Replace with a new version</source>
        <translation>Înlocuire cu o versiune nouă</translation>
    </message>
    <message>
        <source>Replace “%1” with a new version</source>
        <translation>înlocuire cu o versiune nouă: „%1”</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Toate fișierele (*)</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Fișierul „%1” nu poate fi citit: %2</translation>
    </message>
    <message numerus="yes">
        <source>Save copies of %n files</source>
        <translation>
            <numerusform>Salvare copie pentru %n fișier</numerusform>
            <numerusform>Salvare copii pentru %n fișiere</numerusform>
            <numerusform>Salvare copii pentru %n de fișiere</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Salvare copie</translation>
    </message>
    <message>
        <source>Remove “%1” from the sales materials? Copies already attached to deals and offers stay with them.</source>
        <translation>Eliminați „%1” din materialele de vânzare? Copiile deja atașate la oportunități și oferte rămân la acestea.</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n selected files from the sales materials? Copies already attached to deals and offers stay with them.</source>
        <translation>
            <numerusform>Eliminați %n fișier selectat din materialele de vânzare? Copiile deja atașate la oportunități și oferte rămân la acestea.</numerusform>
            <numerusform>Eliminați cele %n fișiere selectate din materialele de vânzare? Copiile deja atașate la oportunități și oferte rămân la acestea.</numerusform>
            <numerusform>Eliminați cele %n de fișiere selectate din materialele de vânzare? Copiile deja atașate la oportunități și oferte rămân la acestea.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminare</translation>
    </message>
    <message>
        <source>Remove “%1” from the sales materials</source>
        <translation>eliminare din materialele de vânzare: „%1”</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n files from the sales materials</source>
        <translation>
            <numerusform>eliminare din materialele de vânzare: %n fișier</numerusform>
            <numerusform>eliminare din materialele de vânzare: %n fișiere</numerusform>
            <numerusform>eliminare din materialele de vânzare: %n de fișiere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::MaterialPicker</name>
    <message>
        <source>Attach</source>
        <translation>Atașare</translation>
    </message>
</context>
<context>
    <name>tandem::MaterialSearchBar</name>
    <message>
        <source>Search by name or tag: “pri bro” finds a price list brochure</source>
        <translation>Căutați după nume sau etichetă: „bro pre” găsește o broșură cu lista de prețuri</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etichetă</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toate etichetele</translation>
    </message>
</context>
<context>
    <name>tandem::MonthView</name>
    <message>
        <source>Month</source>
        <translation>Lună</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+încă %n</numerusform>
            <numerusform>+încă %n</numerusform>
            <numerusform>+încă %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::NotificationsButton</name>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n notificare nouă</numerusform>
            <numerusform>%n notificări noi</numerusform>
            <numerusform>%n de notificări noi</numerusform>
        </translation>
    </message>
    <message>
        <source>No new notifications</source>
        <translation>Nicio notificare nouă</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… și încă %n notificare</numerusform>
            <numerusform>… și încă %n notificări</numerusform>
            <numerusform>… și încă %n de notificări</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Marcare toate ca citite</translation>
    </message>
</context>
<context>
    <name>tandem::OutcomeDialog</name>
    <message>
        <source>Create a follow-up task</source>
        <translation>Creați o sarcină de urmărire</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>Cum a decurs?</translation>
    </message>
    <message>
        <source>How did “%1” go?</source>
        <translation>Cum a decurs „%1”?</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce s-a întâmplat</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Ce urmează</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Pasul următor</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Contactat</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Fără răspuns</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Mesaj lăsat</translation>
    </message>
    <message>
        <source>Meeting held</source>
        <translation>Întâlnire realizată</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Amânat</translation>
    </message>
    <message>
        <source>The next step</source>
        <translation>Pasul următor</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Sarcină</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcare ca finalizată</translation>
    </message>
    <message>
        <source>Log how “%1” went</source>
        <translation>consemnare rezultat: „%1”</translation>
    </message>
</context>
<context>
    <name>tandem::PartiesModule</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Căutare &amp;duplicate…</translation>
    </message>
    <message>
        <source>Bring in contacts from a vCard or CSV file</source>
        <translation>Importați contacte dintr-un fișier vCard sau CSV</translation>
    </message>
    <message>
        <source>Bring in companies from a CSV file</source>
        <translation>Importați companii dintr-un fișier CSV</translation>
    </message>
    <message>
        <source>Save the contacts the list shows as vCard or CSV</source>
        <translation>Salvați contactele afișate în listă ca vCard sau CSV</translation>
    </message>
    <message>
        <source>Save the companies the list shows as CSV</source>
        <translation>Salvați companiile afișate în listă ca CSV</translation>
    </message>
    <message>
        <source>Review records that look like the same one, and merge them</source>
        <translation>Verificați înregistrările care par a fi aceeași și îmbinați-le</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Fișă</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Posibil duplicat</translation>
    </message>
    <message>
        <source>“%1” may already be here: %2.

Save it as a new contact anyway, or open the existing one?</source>
        <translation>Este posibil ca „%1” să existe deja: %2.

Îl salvați totuși ca un contact nou sau deschideți contactul existent?</translation>
    </message>
    <message>
        <source>Address books (*.vcf *.vcard *.csv);;vCard (*.vcf *.vcard);;CSV (*.csv *.txt)</source>
        <translation>Agende de adrese (*.vcf *.vcard *.csv);;vCard (*.vcf *.vcard);;CSV (*.csv *.txt)</translation>
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
            <numerusform>S-a scris %n înregistrare în %1.</numerusform>
            <numerusform>S-au scris %n înregistrări în %1.</numerusform>
            <numerusform>S-au scris %n de înregistrări în %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” may already be here.

Save it as a new company anyway, or open the existing one?</source>
        <translation>Este posibil ca „%1” să existe deja.

O salvați totuși ca o companie nouă sau deschideți compania existentă?</translation>
    </message>
</context>
<context>
    <name>tandem::PartyCard</name>
    <message>
        <source>Log &amp;call</source>
        <translation>Consemnare &amp;apel</translation>
    </message>
    <message>
        <source>Log a call with this contact (Ctrl+L)</source>
        <translation>Consemnați un apel cu acest contact (Ctrl+L)</translation>
    </message>
    <message>
        <source>Log a call with this company (Ctrl+L)</source>
        <translation>Consemnați un apel cu această companie (Ctrl+L)</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Adăugare &amp;notă</translation>
    </message>
    <message>
        <source>Write a note on this contact (Ctrl+Shift+L)</source>
        <translation>Scrieți o notă despre acest contact (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Write a note on this company (Ctrl+Shift+L)</source>
        <translation>Scrieți o notă despre această companie (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation>&amp;Editare detalii</translation>
    </message>
</context>
<context>
    <name>tandem::PipelineEditor</name>
    <message>
        <source>A condition limits an action to the deals it fits, as in “amount &gt; 10000”. With “quote_discount &gt; 15” (the largest discount on the deal&apos;s open quotes, in percent) the action is a manager&apos;s approval: the quote waits for it, and ticking it approves the quote.</source>
        <translation>O condiție limitează acțiunea la oportunitățile potrivite, de exemplu „amount &gt; 10000”. Cu „quote_discount &gt; 15” (cea mai mare reducere din ofertele deschise ale oportunității, în procente) acțiunea este aprobarea managerului: oferta o așteaptă, iar bifarea acțiunii aprobă oferta.</translation>
    </message>
    <message>
        <source>New pipeline…</source>
        <translation>Flux de vânzări nou…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Redenumire…</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Setare ca implicit</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etape</translation>
    </message>
    <message>
        <source>Playbook of the selected stage</source>
        <translation>Ghidul de vânzare al etapei selectate</translation>
    </message>
    <message>
        <source>Pipelines and playbooks</source>
        <translation>Fluxuri de vânzări și ghiduri de vânzare</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Flux de vânzări:</translation>
    </message>
    <message>
        <source>Double-click a cell to change it. A stage&apos;s probability weighs the forecast; a deal that sits in a stage longer than its “stalled after” days is marked on the board. Entering a stage gives the deal owner its playbook actions as tasks.</source>
        <translation>Faceți dublu clic pe o celulă pentru a o modifica. Probabilitatea etapei ponderează prognoza; o oportunitate care stă într-o etapă mai multe zile decât valoarea „Stagnare după (zile)” este marcată pe panou. La intrarea într-o etapă, responsabilul oportunității primește acțiunile de ghid ale etapei ca sarcini.</translation>
    </message>
    <message>
        <source>&amp;Instructions for the selected action:</source>
        <translation>&amp;Instrucțiuni pentru acțiunea selectată:</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Etapă nouă</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Acțiune nouă</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>Flux de vânzări nou</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nume:</translation>
    </message>
    <message>
        <source>Rename pipeline</source>
        <translation>Redenumire flux de vânzări</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (implicit)</translation>
    </message>
    <message>
        <source>Add pipeline “%1”</source>
        <translation>adăugare flux de vânzări: „%1”</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouă</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Câștigată</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Pierdută</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Nu s-a putut adăuga</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>Nu s-a putut redenumi</translation>
    </message>
    <message>
        <source>Make “%1” the default pipeline</source>
        <translation>setare flux de vânzări implicit: „%1”</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nu s-a putut modifica</translation>
    </message>
</context>
<context>
    <name>tandem::PipelineModule</name>
    <message>
        <source>&amp;Open deal</source>
        <translation>&amp;Deschidere oportunitate</translation>
    </message>
    <message>
        <source>&amp;Previous stage</source>
        <translation>Etapa &amp;anterioară</translation>
    </message>
    <message>
        <source>&amp;Next stage</source>
        <translation>Etapa &amp;următoare</translation>
    </message>
    <message>
        <source>Mark &amp;won</source>
        <translation>Marcare ca &amp;câștigată</translation>
    </message>
    <message>
        <source>Mark &amp;lost…</source>
        <translation>Marcare ca &amp;pierdută…</translation>
    </message>
    <message>
        <source>&amp;Edit pipelines…</source>
        <translation>&amp;Editare fluxuri de vânzări…</translation>
    </message>
    <message>
        <source>Move the selected deal one stage back (Ctrl+Left)</source>
        <translation>Mutați oportunitatea selectată cu o etapă înapoi (Ctrl+Stânga)</translation>
    </message>
    <message>
        <source>Move the selected deal to the next stage (Ctrl+Right)</source>
        <translation>Mutați oportunitatea selectată în etapa următoare (Ctrl+Dreapta)</translation>
    </message>
    <message>
        <source>The customer said yes</source>
        <translation>Clientul a spus da</translation>
    </message>
    <message>
        <source>The deal is lost: say why</source>
        <translation>Oportunitatea s-a pierdut: indicați motivul</translation>
    </message>
    <message>
        <source>Stages, probabilities and the playbook of each stage</source>
        <translation>Etapele, probabilitățile și ghidul de vânzare al fiecărei etape</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Flux de vânzări</translation>
    </message>
</context>
<context>
    <name>tandem::ProductPicker</name>
    <message>
        <source>Add product</source>
        <translation>Adăugare produs</translation>
    </message>
    <message>
        <source>Search the catalogue by name or code</source>
        <translation>Căutați în catalog după nume sau cod</translation>
    </message>
    <message>
        <source>Add to quote</source>
        <translation>Adăugare în ofertă</translation>
    </message>
</context>
<context>
    <name>tandem::QualifyDialog</name>
    <message>
        <source>Qualify lead</source>
        <translation>Calificare lead</translation>
    </message>
    <message>
        <source>What did you learn from “%1”?</source>
        <translation>Ce ați aflat de la „%1”?</translation>
    </message>
    <message>
        <source>Mark qualified</source>
        <translation>Marcare ca calificat</translation>
    </message>
</context>
<context>
    <name>tandem::QuickLog</name>
    <message>
        <source>Log</source>
        <translation>Consemnare</translation>
    </message>
    <message>
        <source>What happened? The first line becomes the subject. Ctrl+Enter logs it, Esc closes.</source>
        <translation>Ce s-a întâmplat? Primul rând devine subiectul. Ctrl+Enter consemnează, Esc închide.</translation>
    </message>
    <message>
        <source>Log it (Ctrl+Enter)</source>
        <translation>Consemnați (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închidere</translation>
    </message>
    <message>
        <source>Type what happened first.</source>
        <translation>Scrieți mai întâi ce s-a întâmplat.</translation>
    </message>
    <message>
        <source>Not logged: %1</source>
        <translation>Nu s-a consemnat: %1</translation>
    </message>
    <message>
        <source>Someone else&apos;s customer</source>
        <translation>Clientul altui coleg</translation>
    </message>
    <message>
        <source>%1

Log it anyway? The owner will be told.</source>
        <translation>%1

Consemnați totuși? Responsabilul va fi anunțat.</translation>
    </message>
</context>
<context>
    <name>tandem::QuoteEditor</name>
    <message>
        <source>Add product…</source>
        <translation>Adăugare produs…</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Adăugare linie</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Eliminare linie</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Previzualizare…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Salvare PDF…</translation>
    </message>
    <message>
        <source>Send by e-mail…</source>
        <translation>Trimitere prin e-mail…</translation>
    </message>
    <message>
        <source>Mark accepted</source>
        <translation>Marcare ca acceptată</translation>
    </message>
    <message>
        <source>Mark rejected</source>
        <translation>Marcare ca respinsă</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Versiune nouă</translation>
    </message>
    <message>
        <source>Approve discount</source>
        <translation>Aprobare reducere</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valabilă până la:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Limbă:</translation>
    </message>
    <message>
        <source>Overall discount %:</source>
        <translation>Reducere generală %:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Șablon:</translation>
    </message>
    <message>
        <source>Notes printed on the offer</source>
        <translation>Observații tipărite pe ofertă</translation>
    </message>
    <message>
        <source>“%1” is not a percentage.</source>
        <translation>„%1” nu este un procent.</translation>
    </message>
    <message>
        <source>Quote %1 v%2 · %3</source>
        <translation>Oferta %1 v%2 · %3</translation>
    </message>
    <message>
        <source>Sent on %1 — a sent quote cannot change. Make a new version to revise it.</source>
        <translation>Trimisă la %1 — o ofertă trimisă nu mai poate fi modificată. Creați o versiune nouă pentru a o revizui.</translation>
    </message>
    <message>
        <source>an earlier day</source>
        <translation>o dată anterioară</translation>
    </message>
    <message>
        <source>A discount on this quote is above the team&apos;s limit: approve it before it is sent.</source>
        <translation>O reducere din această ofertă depășește limita echipei: aprobați-o înainte de trimiterea ofertei.</translation>
    </message>
    <message>
        <source>A discount on this quote is above the team&apos;s limit: it can be sent once a manager approves it.</source>
        <translation>O reducere din această ofertă depășește limita echipei: oferta poate fi trimisă după ce un manager aprobă reducerea.</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Discount %1</source>
        <translation>Reducere %1</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Valoare netă</translation>
    </message>
    <message>
        <source>VAT %1 of %2</source>
        <translation>TVA %1 la %2</translation>
    </message>
    <message>
        <source>Total to pay, VAT included</source>
        <translation>Total de plată, cu TVA inclus</translation>
    </message>
    <message>
        <source>Change the quote&apos;s details</source>
        <translation>modificare detalii ofertă</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Linie nouă</translation>
    </message>
    <message>
        <source>Keep “%1”</source>
        <translation>păstrare document: „%1”</translation>
    </message>
    <message>
        <source>Preview — %1</source>
        <translation>Previzualizare — %1</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Salvare PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documente PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1; it is kept with the deal&apos;s documents.</source>
        <translation>S-a salvat %1; fișierul este păstrat printre documentele oportunității.</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>Trimitere prin e-mail</translation>
    </message>
    <message>
        <source>The deal has no e-mail address. Send the offer to:</source>
        <translation>Oportunitatea nu are nicio adresă de e-mail. Trimiteți oferta la:</translation>
    </message>
    <message>
        <source>Hello,

please find attached our %1.

Kind regards,
%2</source>
        <translation>Bună ziua,

vă transmitem atașat documentul %1.

Cu stimă,
%2</translation>
    </message>
    <message>
        <source>Was the offer sent to %1?</source>
        <translation>Oferta a fost trimisă la %1?</translation>
    </message>
    <message>
        <source>The PDF is kept with the deal&apos;s documents; it is not marked as sent.</source>
        <translation>PDF-ul este păstrat printre documentele oportunității; nu este marcat ca trimis.</translation>
    </message>
    <message>
        <source>Send “%1” to %2</source>
        <translation>trimitere „%1” către %2</translation>
    </message>
    <message>
        <source>Sent to %1 — logged on the deal&apos;s timeline.</source>
        <translation>Trimisă la %1 — trimiterea a fost consemnată în cronologia oportunității.</translation>
    </message>
    <message>
        <source>Mark the quote accepted</source>
        <translation>marcare ofertă ca acceptată</translation>
    </message>
    <message>
        <source>Mark the quote rejected</source>
        <translation>marcare ofertă ca respinsă</translation>
    </message>
    <message>
        <source>Approve the quote&apos;s discount</source>
        <translation>aprobare reducere ofertă</translation>
    </message>
    <message>
        <source>Discount approved: the quote can be sent.</source>
        <translation>Reducere aprobată: oferta poate fi trimisă.</translation>
    </message>
    <message>
        <source>New version of the quote</source>
        <translation>versiune nouă a ofertei</translation>
    </message>
    <message>
        <source>Your mail program has a new message to %1. Attach %2 from the folder that has just opened.</source>
        <translation>Programul de e-mail are un mesaj nou către %1. Atașați %2 din folderul care tocmai s-a deschis.</translation>
    </message>
</context>
<context>
    <name>tandem::QuoteLinesModel</name>
    <message>
        <source>Add “%1” to the quote</source>
        <translation>adăugare în ofertă: „%1”</translation>
    </message>
    <message>
        <source>Add a line to the quote</source>
        <translation>adăugare linie în ofertă</translation>
    </message>
    <message>
        <source>Remove “%1” from the quote</source>
        <translation>eliminare din ofertă: „%1”</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantitate</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Preț unitar</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Reducere %</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>Cotă TVA %</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Valoare netă</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1” nu este un număr.</translation>
    </message>
    <message>
        <source>Change %1 of “%2”</source>
        <translation>modificare %1: „%2”</translation>
    </message>
</context>
<context>
    <name>tandem::QuoteMaterials</name>
    <message>
        <source>Add…</source>
        <translation>Adăugare…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminare</translation>
    </message>
    <message>
        <source>Materials sent with this offer:</source>
        <translation>Materiale trimise cu această ofertă:</translation>
    </message>
    <message>
        <source>none yet — Add… attaches brochures or price sheets from the library</source>
        <translation>niciunul deocamdată — „Adăugare…” atașează broșuri sau liste de prețuri din bibliotecă</translation>
    </message>
    <message>
        <source>Attach files from the sales materials library to this offer&apos;s e-mail</source>
        <translation>Atașați la e-mailul acestei oferte fișiere din biblioteca de materiale de vânzare</translation>
    </message>
    <message>
        <source>Materials to send with this offer</source>
        <translation>Materiale de trimis cu această ofertă</translation>
    </message>
    <message numerus="yes">
        <source>Send %n file(s) from the sales materials with the offer</source>
        <translation>
            <numerusform>trimitere cu oferta: %n fișier din materialele de vânzare</numerusform>
            <numerusform>trimitere cu oferta: %n fișiere din materialele de vânzare</numerusform>
            <numerusform>trimitere cu oferta: %n de fișiere din materialele de vânzare</numerusform>
        </translation>
    </message>
    <message>
        <source>Materials sent with this offer</source>
        <translation>Materiale trimise cu această ofertă</translation>
    </message>
    <message numerus="yes">
        <source>Do not send %n file(s) with the offer</source>
        <translation>
            <numerusform>eliminare din materialele trimise cu oferta: %n fișier</numerusform>
            <numerusform>eliminare din materialele trimise cu oferta: %n fișiere</numerusform>
            <numerusform>eliminare din materialele trimise cu oferta: %n de fișiere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ReassignDialog</name>
    <message>
        <source>Reassign territory</source>
        <translation>Reatribuire teritoriu</translation>
    </message>
    <message>
        <source>Give territory “%1” an owner.</source>
        <translation>Alegeți un responsabil pentru teritoriul „%1”.</translation>
    </message>
    <message>
        <source>Hand territory “%1” over from %2 to:</source>
        <translation>Transferați teritoriul „%1” de la %2 către:</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Responsabil nou</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Reatribuire</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Alegeți…</translation>
    </message>
    <message>
        <source>Their open accounts, deals, leads and tasks here move with it.</source>
        <translation>Clienții, oportunitățile, lead-urile și sarcinile deschise ale responsabilului actual din acest teritoriu se transferă odată cu el.</translation>
    </message>
    <message>
        <source>The territory had no owner, so no records move.</source>
        <translation>Teritoriul nu avea responsabil, deci nu se transferă nicio înregistrare.</translation>
    </message>
    <message>
        <source>Moves to %1: %2.</source>
        <translation>Se transferă către %1: %2.</translation>
    </message>
</context>
<context>
    <name>tandem::RecordForm</name>
    <message>
        <source>Pick one from the list, or press New to add one.</source>
        <translation>Alegeți o înregistrare din listă sau apăsați „Nou” pentru a adăuga una.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalii</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Istoric</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Ștergere…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revenire</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvare</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Modificările nu au fost salvate. %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Creare</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulare</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Înregistrare nouă: %1</translation>
    </message>
    <message>
        <source>%1 · added %2</source>
        <extracomment>Under a record&apos;s name: &quot;Contact · added 15/06/2026 by Ona Petraitienė&quot;</extracomment>
        <translation>%1 · înregistrare adăugată la %2</translation>
    </message>
    <message>
        <source>%1 · added %2 by %3</source>
        <translation>%1 · înregistrare adăugată la %2 de %3</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Istoric (%1)</translation>
    </message>
</context>
<context>
    <name>tandem::RecordHistoryView</name>
    <message>
        <source>Created</source>
        <translation>Creare</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificare</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Ștergere</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurare</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Utilizator</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Câmp</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
</context>
<context>
    <name>tandem::RecordListView</name>
    <message>
        <source>Filter by name…</source>
        <translation>Filtrare după nume…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nou</translation>
    </message>
    <message>
        <source>Add a new %1</source>
        <translation>Adăugați o înregistrare nouă: %1</translation>
    </message>
    <message>
        <source>%1 shown of %2 (more load as you scroll)</source>
        <translation>Afișate: %1 din %2 (se încarcă mai multe pe măsură ce derulați)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modificări nesalvate</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Salvați modificările pentru „%1”?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ștergere</translation>
    </message>
    <message>
        <source>Delete “%1”?

Edit › Undo brings it back.</source>
        <translation>Ștergeți „%1”?

Înregistrarea poate fi recuperată din Editare › Anulare.</translation>
    </message>
    <message>
        <source>“%1” was not deleted.</source>
        <translation>Înregistrarea „%1” nu a fost ștearsă.</translation>
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
        <translation>reordonare: %1</translation>
    </message>
</context>
<context>
    <name>tandem::RecordTableView</name>
    <message>
        <source>Add</source>
        <translation>Adăugare</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Eliminare…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mutare în sus</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mutare în jos</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Modificarea nu a fost salvată</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminare</translation>
    </message>
    <message>
        <source>Remove “%1”? Edit › Undo brings it back.</source>
        <translation>Eliminați „%1”? Înregistrarea poate fi recuperată din Editare › Anulare.</translation>
    </message>
</context>
<context>
    <name>tandem::RecordsModule</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nou</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvare</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revenire</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Ș&amp;tergere…</translation>
    </message>
    <message>
        <source>Add a new %1</source>
        <translation>Adăugați o înregistrare nouă: %1</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Salvați modificările</translation>
    </message>
    <message>
        <source>Forget the changes not saved yet</source>
        <translation>Renunțați la modificările încă nesalvate</translation>
    </message>
    <message>
        <source>Delete the open %1</source>
        <translation>Ștergeți înregistrarea deschisă: %1</translation>
    </message>
</context>
<context>
    <name>tandem::RecurrenceEditor</name>
    <message>
        <source> day</source>
        <translation> zi</translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <translation>
            <numerusform> zi</numerusform>
            <numerusform> zile</numerusform>
            <numerusform> de zile</numerusform>
        </translation>
    </message>
    <message>
        <source> week</source>
        <translation> săptămână</translation>
    </message>
    <message numerus="yes">
        <source> weeks</source>
        <translation>
            <numerusform> săptămână</numerusform>
            <numerusform> săptămâni</numerusform>
            <numerusform> de săptămâni</numerusform>
        </translation>
    </message>
    <message>
        <source> month</source>
        <translation> lună</translation>
    </message>
    <message numerus="yes">
        <source> months</source>
        <translation>
            <numerusform> lună</numerusform>
            <numerusform> luni</numerusform>
            <numerusform> de luni</numerusform>
        </translation>
    </message>
    <message>
        <source> year</source>
        <translation> an</translation>
    </message>
    <message numerus="yes">
        <source> years</source>
        <translation>
            <numerusform> an</numerusform>
            <numerusform> ani</numerusform>
            <numerusform> de ani</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Niciodată</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Zilnic</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Săptămânal</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Lunar</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Anual</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Repetare:</translation>
    </message>
    <message>
        <source>every </source>
        <translation>la fiecare </translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Când:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>niciodată</translation>
    </message>
    <message>
        <source>after</source>
        <translation>după</translation>
    </message>
    <message>
        <source>on date</source>
        <translation>la data</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Se termină:</translation>
    </message>
    <message>
        <source>on day %1</source>
        <translation>pe data de %1</translation>
    </message>
    <message>
        <source>on the same day each month</source>
        <translation>în aceeași zi a fiecărei luni</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>în %1</translation>
    </message>
    <message>
        <source>on the last day of the month</source>
        <translation>în ultima zi a lunii</translation>
    </message>
    <message>
        <source> time</source>
        <translation> repetare</translation>
    </message>
    <message numerus="yes">
        <source> times</source>
        <translation>
            <numerusform> repetare</numerusform>
            <numerusform> repetări</numerusform>
            <numerusform> de repetări</numerusform>
        </translation>
    </message>
    <message>
        <source>This repeat rule cannot be read: %1</source>
        <translation>Această regulă de repetare nu poate fi citită: %1</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Nu se repetă</translation>
    </message>
</context>
<context>
    <name>tandem::ReferenceCombo</name>
    <message>
        <source>Type a name…</source>
        <translation>Introduceți un nume…</translation>
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
            <numerusform>… și încă %n memento</numerusform>
            <numerusform>… și încă %n mementouri</numerusform>
            <numerusform>… și încă %n de mementouri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n memento</numerusform>
            <numerusform>%n mementouri</numerusform>
            <numerusform>%n de mementouri</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ReminderDialog</name>
    <message>
        <source>Meeting</source>
        <translation>Întâlnire</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Apel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Sarcină</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Următorul contact</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Deschidere</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Amânare</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignorare</translation>
    </message>
    <message>
        <source>Dismiss &amp;all</source>
        <translation>Ignorare &amp;toate</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Mementouri</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Memento</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 minute</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minute</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 oră</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Mâine dimineață</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închidere</translation>
    </message>
    <message>
        <source>Missed while Tandem was closed (since %1)</source>
        <translation>Ratate cât timp Tandem a fost închis (din %1)</translation>
    </message>
    <message>
        <source>Missed while Tandem was closed</source>
        <translation>Ratate cât timp Tandem a fost închis</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Scadente acum</translation>
    </message>
    <message>
        <source>No reminders are due.</source>
        <translation>Niciun memento scadent.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) need your attention.</source>
        <translation>
            <numerusform>%n memento necesită atenția dumneavoastră.</numerusform>
            <numerusform>%n mementouri necesită atenția dumneavoastră.</numerusform>
            <numerusform>%n de mementouri necesită atenția dumneavoastră.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(fără subiect)</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Amânat</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Reînnoire</translation>
    </message>
</context>
<context>
    <name>tandem::ReportParamsBar</name>
    <message>
        <source>Custom dates</source>
        <translation>Interval personalizat</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Până la</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Fără comparație</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Perioada anterioară</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Aceeași perioadă de anul trecut</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparație cu</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Perioadă:</translation>
    </message>
    <message>
        <source>Co&amp;mpare:</source>
        <translation>Co&amp;mparație:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Mo&amp;nedă:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsabil:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Toți responsabilii</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>E&amp;chipă:</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toate echipele</translation>
    </message>
    <message>
        <source>Te&amp;rritory:</source>
        <translation>&amp;Teritoriu:</translation>
    </message>
    <message>
        <source>All territories</source>
        <translation>Toate teritoriile</translation>
    </message>
    <message>
        <source>Pipe&amp;line:</source>
        <translation>F&amp;lux de vânzări:</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>Toate fluxurile de vânzări</translation>
    </message>
</context>
<context>
    <name>tandem::ReportTableModel</name>
    <message numerus="yes">
        <source>Double-click to see the %n record(s) behind this figure.</source>
        <translation>
            <numerusform>Faceți dublu clic pentru a vedea %n înregistrare pe care se bazează această cifră.</numerusform>
            <numerusform>Faceți dublu clic pentru a vedea cele %n înregistrări pe care se bazează această cifră.</numerusform>
            <numerusform>Faceți dublu clic pentru a vedea cele %n de înregistrări pe care se bazează această cifră.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ReportsModule</name>
    <message>
        <source>&amp;Print report…</source>
        <translation>&amp;Tipărire raport…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Export raport…</translation>
    </message>
    <message>
        <source>&amp;Refresh report</source>
        <translation>&amp;Reîmprospătare raport</translation>
    </message>
    <message>
        <source>Print the report, with a preview first</source>
        <translation>Tipăriți raportul, cu previzualizare înainte</translation>
    </message>
    <message>
        <source>Save the report as PDF, CSV (for Excel) or HTML</source>
        <translation>Salvați raportul ca PDF, CSV (pentru Excel) sau HTML</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapoarte</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tipărire…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafic</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Tabelul raportului</translation>
    </message>
    <message>
        <source>Create follow-up tasks…</source>
        <translation>Creare sarcini de urmărire…</translation>
    </message>
    <message>
        <source>Show these classes on company cards…</source>
        <translation>Afișare clase pe fișele companiilor…</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>Ținte…</translation>
    </message>
    <message>
        <source>Nothing in this period: choose a longer period or fewer filters.</source>
        <translation>Nu există date în această perioadă: alegeți o perioadă mai lungă sau mai puține filtre.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 ms</source>
        <translation>
            <numerusform>%n rând în %1 ms</numerusform>
            <numerusform>%n rânduri în %1 ms</numerusform>
            <numerusform>%n de rânduri în %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Export raport</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;CSV for Excel (*.csv);;Web page (*.html)</source>
        <translation>Document PDF (*.pdf);;CSV pentru Excel (*.csv);;Pagină web (*.html)</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Tipărire: %1</translation>
    </message>
    <message numerus="yes">
        <source>Create a follow-up task for each of the %n customer(s) listed, for their owners?</source>
        <translation>
            <numerusform>Creați o sarcină de urmărire pentru %n client din listă, pentru responsabilul său?</numerusform>
            <numerusform>Creați câte o sarcină de urmărire pentru fiecare dintre cei %n clienți din listă, pentru responsabilii lor?</numerusform>
            <numerusform>Creați câte o sarcină de urmărire pentru fiecare dintre cei %n de clienți din listă, pentru responsabilii lor?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) already have an open follow-up task and are left out.</source>
        <translation>
            <numerusform>%n client are deja o sarcină de urmărire deschisă și este omis.</numerusform>
            <numerusform>%n clienți au deja o sarcină de urmărire deschisă și sunt omiși.</numerusform>
            <numerusform>%n de clienți au deja o sarcină de urmărire deschisă și sunt omiși.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every customer listed already has an open follow-up task.</source>
        <translation>Toți clienții din listă au deja o sarcină de urmărire deschisă.</translation>
    </message>
    <message>
        <source>Follow up dormant customers</source>
        <translation>urmărire clienți inactivi</translation>
    </message>
    <message>
        <source>Store each customer&apos;s class from this period on its company card? Customers without revenue in the period lose their class.</source>
        <translation>Salvați clasa fiecărui client din această perioadă pe fișa companiei sale? Clienții fără venituri în perioadă își pierd clasa.</translation>
    </message>
    <message>
        <source>Update customer classes</source>
        <translation>actualizare clase clienți</translation>
    </message>
    <message numerus="yes">
        <source>%n company card(s) now show a different class.</source>
        <translation>
            <numerusform>%n fișă de companie afișează acum o altă clasă.</numerusform>
            <numerusform>%n fișe de companie afișează acum o altă clasă.</numerusform>
            <numerusform>%n de fișe de companie afișează acum o altă clasă.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with an open complaint are left out: no sales letter until it is resolved.</source>
        <translation>
            <numerusform>%n client cu o reclamație deschisă este omis: nicio scrisoare comercială până la rezolvarea ei.</numerusform>
            <numerusform>%n clienți cu reclamații deschise sunt omiși: nicio scrisoare comercială până la rezolvarea lor.</numerusform>
            <numerusform>%n de clienți cu reclamații deschise sunt omiși: nicio scrisoare comercială până la rezolvarea lor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ResolveCaseDialog</name>
    <message>
        <source>Resolve case</source>
        <translation>Rezolvare solicitare</translation>
    </message>
    <message>
        <source>What was done for the customer</source>
        <translation>Ce s-a făcut pentru client</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Rezolvare</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Rezolvare:</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Nu s-a întrebat</translation>
    </message>
    <message>
        <source>very dissatisfied</source>
        <translation>foarte nemulțumit</translation>
    </message>
    <message>
        <source>dissatisfied</source>
        <translation>nemulțumit</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutru</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>mulțumit</translation>
    </message>
    <message>
        <source>very satisfied</source>
        <translation>foarte mulțumit</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>Satisfacția clientului</translation>
    </message>
    <message>
        <source>Customer &amp;satisfaction:</source>
        <translation>&amp;Satisfacția clientului:</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>Ce a spus clientul</translation>
    </message>
    <message>
        <source>Satisfaction comment</source>
        <translation>Comentariu privind satisfacția</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>C&amp;omentariu:</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Rezolvare</translation>
    </message>
    <message>
        <source>Write down how the case was resolved before resolving it.</source>
        <translation>Descrieți cum a fost rezolvată solicitarea înainte de a o marca drept rezolvată.</translation>
    </message>
</context>
<context>
    <name>tandem::ResponseDialog</name>
    <message>
        <source>Record response — %1</source>
        <translation>Consemnare răspuns — %1</translation>
    </message>
    <message>
        <source>Someone answered “%1”. They become a lead with a follow-up task for its owner; a known contact is linked, not entered again.</source>
        <translation>Cineva a răspuns la „%1”. Persoana devine un lead, cu o sarcină de urmărire pentru responsabilul lead-ului; un contact existent este asociat, nu introdus din nou.</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Prenume:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Nume:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Companie:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Funcție:</translation>
    </message>
    <message>
        <source>Asked about:</source>
        <translation>A întrebat despre:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Consemnare</translation>
    </message>
    <message>
        <source>Give a name or an e-mail address.</source>
        <translation>Indicați un nume sau o adresă de e-mail.</translation>
    </message>
</context>
<context>
    <name>tandem::RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurare din copie de siguranță</translation>
    </message>
    <message>
        <source>Tandem backs up this database when it starts, once a day, and before every update, import, sync and restore. Pick the state to go back to: what is here now is backed up first, so a restore can be undone by restoring that backup.</source>
        <translation>Tandem face o copie de siguranță a acestei baze de date la pornire, o dată pe zi și înainte de fiecare actualizare, import, sincronizare și restaurare. Alegeți starea la care doriți să reveniți: datele actuale sunt salvate mai întâi într-o copie de siguranță, așa că o restaurare poate fi anulată prin restaurarea acelei copii.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Data realizării</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensiune</translation>
    </message>
    <message>
        <source>Other backup &amp;file…</source>
        <translation>Alt &amp;fișier de copie de siguranță…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurare</translation>
    </message>
    <message>
        <source>There are no automatic backups of this database yet in %1. Choose a backup file with “Other backup file…”.</source>
        <translation>În %1 nu există încă nicio copie de siguranță automată a acestei baze de date. Alegeți un fișier de copie de siguranță cu „Alt fișier de copie de siguranță…”.</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored: %1</source>
        <translation>Această copie de siguranță este deteriorată și nu poate fi restaurată: %1</translation>
    </message>
    <message>
        <source>the same as now</source>
        <translation>la fel ca acum</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>acum %1</translation>
    </message>
    <message>
        <source>A backup of %1 (database version %2). It holds:</source>
        <translation>Copie de siguranță pentru %1 (versiunea bazei de date %2). Conține:</translation>
    </message>
    <message>
        <source>Tandem backups (*.tandem-backup *.bak *.db);;All files (*)</source>
        <translation>Copii de siguranță Tandem (*.tandem-backup *.bak *.db);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Replace all data in this database with the backup taken %1? What is here now is backed up first.</source>
        <translation>Înlocuiți toate datele din această bază de date cu copia de siguranță realizată la %1? Datele actuale sunt salvate mai întâi într-o copie de siguranță.</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Nu s-a restaurat nimic.</translation>
    </message>
</context>
<context>
    <name>tandem::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Program de lucru</translation>
    </message>
    <message>
        <source>Sync and backups</source>
        <translation>Sincronizare și copii de siguranță</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Limba sistemului (%1)</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Monedă implicită</translation>
    </message>
    <message>
        <source>New deals, quotes and reports use it unless another is chosen. Amounts already entered keep their currency.</source>
        <translation>Oportunitățile, ofertele și rapoartele noi o folosesc dacă nu se alege altă monedă. Sumele deja introduse își păstrează moneda.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Limbă:</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>&amp;Monedă implicită:</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nume companie</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <source>VAT code</source>
        <translation>Cod TVA</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Alegeți…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminare</translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation>Logo companie</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Imagini (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>The team&apos;s details for the documents it sends; shared with the whole team.</source>
        <translation>Datele echipei care apar pe documentele trimise; sunt comune pentru întreaga echipă.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nume:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresă:</translation>
    </message>
    <message>
        <source>&amp;VAT code:</source>
        <translation>&amp;Cod TVA:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Site web:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation>Începutul zilei de lucru</translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation>Sfârșitul zilei de lucru</translation>
    </message>
    <message>
        <source>Remind before meetings and calls</source>
        <translation>Memento înainte de întâlniri și apeluri</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Fără memento</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Free times are looked for, and tasks due &quot;in the morning&quot; are reminded of, within working hours. A meeting or call without its own reminder is reminded of this long before it starts.</source>
        <translation>Intervalele libere se caută în programul de lucru, iar sarcinile cu termen „dimineața” sunt reamintite tot în acest interval. Pentru întâlnirile și apelurile fără memento propriu, mementoul apare cu atâtea minute înainte de început.</translation>
    </message>
    <message>
        <source>Day &amp;starts:</source>
        <translation>Î&amp;nceputul zilei:</translation>
    </message>
    <message>
        <source>Day &amp;ends:</source>
        <translation>&amp;Sfârșitul zilei:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Zile lucrătoare:</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>&amp;Memento:</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Fraza de acces a echipei</translation>
    </message>
    <message>
        <source>Team passphrase again</source>
        <translation>Confirmarea frazei de acces a echipei</translation>
    </message>
    <message>
        <source>Team &amp;passphrase:</source>
        <translation>&amp;Fraza de acces a echipei:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmare:</translation>
    </message>
    <message>
        <source>Shared sync folder</source>
        <translation>Folder partajat de sincronizare</translation>
    </message>
    <message>
        <source>&amp;Shared sync folder:</source>
        <translation>Folder &amp;partajat de sincronizare:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Folder pentru copii de siguranță</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>Folder pentru copii de &amp;siguranță:</translation>
    </message>
    <message>
        <source>The passphrase and folders belong to this computer: each copy of Tandem in the team sets them once.</source>
        <translation>Fraza de acces și folderele sunt specifice acestui computer: se setează o singură dată în fiecare copie Tandem din echipă.</translation>
    </message>
    <message>
        <source>Bundles are encrypted. Type a new passphrase to change it; leave both fields empty to keep it.</source>
        <translation>Pachetele sunt criptate. Introduceți o nouă frază de acces pentru a o schimba; lăsați ambele câmpuri goale pentru a o păstra.</translation>
    </message>
    <message>
        <source>Bundles are not encrypted. Everyone in the team types the same passphrase (at least 8 characters) to encrypt them.</source>
        <translation>Pachetele nu sunt criptate. Pentru a le cripta, toți membrii echipei introduc aceeași frază de acces (cel puțin 8 caractere).</translation>
    </message>
    <message>
        <source>The company name cannot be empty.</source>
        <translation>Numele companiei este obligatoriu.</translation>
    </message>
    <message>
        <source>%1 is not an image Tandem can read.</source>
        <translation>%1 nu este o imagine pe care Tandem o poate citi.</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>Sfârșitul zilei de lucru trebuie să fie după începutul ei.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Alegeți cel puțin o zi lucrătoare.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Cele două fraze de acces nu coincid.</translation>
    </message>
    <message>
        <source>A team passphrase needs at least 8 characters.</source>
        <translation>Fraza de acces a echipei trebuie să aibă cel puțin 8 caractere.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folderul %1 nu există.</translation>
    </message>
    <message>
        <source>Tandem shows the new language after a restart. Restart now?</source>
        <translation>Tandem va afișa noua limbă după repornire. Reporniți acum?</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>modificare setări</translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <extracomment>Settings › Automatic backups: &quot;Keep the newest [10] backups and one a day for [7] days&quot;</extracomment>
        <translation>Se păstrează cele mai noi</translation>
    </message>
    <message>
        <source>backups and one a day for</source>
        <translation>copii de siguranță și câte una pe zi din ultimele</translation>
    </message>
    <message>
        <source>days</source>
        <translation>zile</translation>
    </message>
    <message>
        <source>Au&amp;tomatic backups:</source>
        <translation>Copii de siguranță &amp;automate:</translation>
    </message>
    <message>
        <source>Tandem backs up the database when it starts, once a day, and before every update, import, sync and restore; with no folder chosen they go to “backups” beside the database.</source>
        <translation>Tandem face o copie de siguranță a bazei de date la pornire, o dată pe zi și înainte de fiecare actualizare, import, sincronizare și restaurare; dacă nu alegeți un folder, copiile sunt salvate în folderul „backups” de lângă baza de date.</translation>
    </message>
    <message>
        <source>Offers and documents</source>
        <translation>Oferte și documente</translation>
    </message>
    <message>
        <source>(the team&apos;s logo, not on this computer yet)</source>
        <translation>(logoul echipei, încă nu se află pe acest computer)</translation>
    </message>
</context>
<context>
    <name>tandem::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Comenzi rapide de la tastatură</translation>
    </message>
    <message>
        <source>Find a command or a key</source>
        <translation>Căutați o comandă sau o tastă</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comandă</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taste</translation>
    </message>
</context>
<context>
    <name>tandem::SingleInstance</name>
    <message>
        <source>process %1 on %2</source>
        <translation>procesul %1 de pe %2</translation>
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
            <numerusform>%n oportunitate</numerusform>
            <numerusform>%n oportunități</numerusform>
            <numerusform>%n de oportunități</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::SyncModule</name>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizare &amp;acum</translation>
    </message>
    <message>
        <source>Read the other copies&apos; bundles from the shared folder and write this copy&apos;s</source>
        <translation>Citiți pachetele celorlalte copii din folderul partajat și scrieți pachetul copiei locale</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizare</translation>
    </message>
</context>
<context>
    <name>tandem::SyncView</name>
    <message>
        <source>never</source>
        <translation>niciodată</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizare acum</translation>
    </message>
    <message>
        <source>Use the other value</source>
        <translation>Folosiți cealaltă valoare</translation>
    </message>
    <message>
        <source>Keep the shown value</source>
        <translation>Păstrați valoarea afișată</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizare</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Folder partajat</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Alegeți…</translation>
    </message>
    <message>
        <source>A folder your team&apos;s file-sync tool keeps in step</source>
        <translation>Un folder ținut la zi de aplicația de sincronizare a fișierelor folosită de echipă</translation>
    </message>
    <message>
        <source>Bundle files</source>
        <translation>Pachete de sincronizare</translation>
    </message>
    <message>
        <source>Export bundle…</source>
        <translation>Export pachet…</translation>
    </message>
    <message>
        <source>Import bundle…</source>
        <translation>Import pachet…</translation>
    </message>
    <message>
        <source>Team passphrase…</source>
        <translation>Fraza de acces a echipei…</translation>
    </message>
    <message>
        <source>Other copies</source>
        <translation>Alte copii</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copie</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Ultima trimitere</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Ultima primire</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflicte de verificat</translation>
    </message>
    <message>
        <source>Two people changed the same field before their copies met. Every copy shows the later change; pick the one that is right.</source>
        <translation>Două persoane au modificat același câmp înainte de sincronizarea copiilor lor. Toate copiile afișează modificarea mai recentă; alegeți varianta corectă.</translation>
    </message>
    <message numerus="yes">
        <source>This copy is %1. %n change(s) made here have not reached another copy yet.</source>
        <translation>
            <numerusform>Aceasta este copia %1. %n modificare făcută aici nu a ajuns încă în nicio altă copie.</numerusform>
            <numerusform>Aceasta este copia %1. %n modificări făcute aici nu au ajuns încă în nicio altă copie.</numerusform>
            <numerusform>Aceasta este copia %1. %n de modificări făcute aici nu au ajuns încă în nicio altă copie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundles are not encrypted.</source>
        <translation>Pachetele nu sunt criptate.</translation>
    </message>
    <message>
        <source>Bundles are encrypted with the team passphrase.</source>
        <translation>Pachetele sunt criptate cu fraza de acces a echipei.</translation>
    </message>
    <message>
        <source>Shared sync folder</source>
        <translation>Folder partajat de sincronizare</translation>
    </message>
    <message numerus="yes">
        <source>Read %n bundle(s) of other copies.</source>
        <translation>
            <numerusform>S-a citit %n pachet de la alte copii.</numerusform>
            <numerusform>S-au citit %n pachete de la alte copii.</numerusform>
            <numerusform>S-au citit %n de pachete de la alte copii.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new change(s).</source>
        <translation>
            <numerusform>%n modificare nouă.</numerusform>
            <numerusform>%n modificări noi.</numerusform>
            <numerusform>%n de modificări noi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped for now (still copying?): %1</source>
        <translation>Omise deocamdată (încă se copiază?): %1</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Export pachet</translation>
    </message>
    <message>
        <source>Tandem bundles (*.tandem)</source>
        <translation>Pachete Tandem (*.tandem)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1</source>
        <translation>
            <numerusform>S-a scris %n modificare în %1</numerusform>
            <numerusform>S-au scris %n modificări în %1</numerusform>
            <numerusform>S-au scris %n de modificări în %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Import pachet</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new change(s) from %1.</source>
        <translation>
            <numerusform>S-a importat %n modificare nouă de la copia %1.</numerusform>
            <numerusform>S-au importat %n modificări noi de la copia %1.</numerusform>
            <numerusform>S-au importat %n de modificări noi de la copia %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review.</source>
        <translation>
            <numerusform>%n conflict de verificat.</numerusform>
            <numerusform>%n conflicte de verificat.</numerusform>
            <numerusform>%n de conflicte de verificat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Fraza de acces a echipei</translation>
    </message>
    <message>
        <source>Everyone in the team uses the same passphrase; bundles of other teams will not open. Leave empty to stop encrypting.</source>
        <translation>Toți membrii echipei folosesc aceeași frază de acces; pachetele altor echipe nu se vor deschide. Lăsați câmpul gol pentru a opri criptarea.</translation>
    </message>
    <message>
        <source>A team passphrase needs at least 8 characters.</source>
        <translation>Fraza de acces a echipei trebuie să aibă cel puțin 8 caractere.</translation>
    </message>
    <message>
        <source>Settled. The choice reaches the other copies with the next sync.</source>
        <translation>Conflict rezolvat. Alegerea va ajunge la celelalte copii la următoarea sincronizare.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of contacts that arrived look like the same person: review them in Contacts → Find duplicates.</source>
        <translation>
            <numerusform>%n pereche de contacte primite pare a fi aceeași persoană: verificați în Contacte → Găsire duplicate.</numerusform>
            <numerusform>%n perechi de contacte primite par a fi aceeași persoană: verificați în Contacte → Găsire duplicate.</numerusform>
            <numerusform>%n de perechi de contacte primite par a fi aceeași persoană: verificați în Contacte → Găsire duplicate.</numerusform>
        </translation>
    </message>
    <message>
        <source>This copy &amp;holds:</source>
        <translation>Această copie &amp;conține:</translation>
    </message>
    <message>
        <source>A field laptop can hold only one salesperson&apos;s or territory&apos;s customers, with everything they refer to; the office sends it nothing else.</source>
        <translation>Laptopul unui agent de teren poate conține doar clienții unui singur agent de vânzări sau ai unui singur teritoriu, cu tot ce ține de ei; biroul nu îi trimite nimic altceva.</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Conține</translation>
    </message>
    <message>
        <source>Hold only part of the data</source>
        <translation>Doar o parte din date</translation>
    </message>
    <message>
        <source>From the next sync on, other copies send this one only what it holds (%1) and what that refers to. Nothing already here is removed. Go on?</source>
        <translation>De la următoarea sincronizare, celelalte copii îi vor trimite acesteia doar ce conține (%1) și ce ține de acestea. Nimic din ce există deja aici nu va fi șters. Continuați?</translation>
    </message>
    <message>
        <source>Everything (the office, or a laptop that sees all customers)</source>
        <translation>Tot (biroul sau un laptop care vede toți clienții)</translation>
    </message>
    <message>
        <source>Only %1&apos;s customers</source>
        <translation>Doar clienții de care răspunde %1</translation>
    </message>
    <message>
        <source>Only the territory %1</source>
        <translation>Doar teritoriul %1</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tot</translation>
    </message>
</context>
<context>
    <name>tandem::TargetPanel</name>
    <message>
        <source>Targets</source>
        <translation>Ținte</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Luna aceasta</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Trimestrul acesta</translation>
    </message>
    <message>
        <source>Revenue won</source>
        <translation>Venituri câștigate</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>Oportunități noi</translation>
    </message>
    <message>
        <source>Activities done</source>
        <translation>Activități finalizate</translation>
    </message>
    <message>
        <source>%1 of %2 · %3%</source>
        <translation>%1 din %2 · %3 %</translation>
    </message>
    <message>
        <source>%1 · no target set</source>
        <translation>%1 · fără țintă</translation>
    </message>
    <message numerus="yes">
        <source> · +%n won in other currencies</source>
        <translation>
            <numerusform> · +%n oportunitate câștigată în altă monedă</numerusform>
            <numerusform> · +%n oportunități câștigate în alte monede</numerusform>
            <numerusform> · +%n de oportunități câștigate în alte monede</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::TargetsDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvare</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ținte</translation>
    </message>
    <message>
        <source>Rep or team</source>
        <translation>Agent sau echipă</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Venituri (%1)</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>Oportunități noi</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activități</translation>
    </message>
    <message>
        <source>This target is in %1; a new amount is saved in %2.</source>
        <translation>Această țintă este în %1; o sumă nouă se salvează în %2.</translation>
    </message>
    <message>
        <source>%1 (team)</source>
        <translation>%1 (echipă)</translation>
    </message>
    <message>
        <source>Targets not saved</source>
        <translation>Nu s-au putut salva țintele</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Set targets for %1</source>
        <translation>setare ținte: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) saved.</source>
        <translation>
            <numerusform>A fost salvată %n țintă.</numerusform>
            <numerusform>Au fost salvate %n ținte.</numerusform>
            <numerusform>Au fost salvate %n de ținte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved targets</source>
        <translation>Ținte nesalvate</translation>
    </message>
    <message>
        <source>Save the changes to the targets of %1?</source>
        <translation>Salvați modificările țintelor pentru %1?</translation>
    </message>
    <message>
        <source>Q%1 (%2–%3)</source>
        <translation>T%1 (%2–%3)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Perioadă:</translation>
    </message>
    <message>
        <source>Set targets for a month, or for a quarter at the end of the list. A month without its own target counts a third of its quarter&apos;s; a team without its own target is measured by its members&apos; together.</source>
        <translation>Stabiliți ținte pentru o lună sau, la sfârșitul listei, pentru un trimestru. O lună fără țintă proprie preia o treime din ținta trimestrului; o echipă fără țintă proprie este evaluată după țintele cumulate ale membrilor ei.</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
</context>
<context>
    <name>tandem::TaskDialog</name>
    <message>
        <source>Due</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toată ziua</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Sarcină</translation>
    </message>
    <message>
        <source>Send the offer, call back …</source>
        <translation>Trimiteți oferta, reapelați …</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normală</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Ridicată</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Scăzută</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritate</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Oportunitate</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetare</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observații</translation>
    </message>
    <message>
        <source>“%1” is not a known record: pick one from the list or clear it.</source>
        <translation>„%1” nu este o înregistrare cunoscută: alegeți una din listă sau ștergeți textul.</translation>
    </message>
</context>
<context>
    <name>tandem::TaskListModel</name>
    <message>
        <source>Overdue</source>
        <translation>Cu termen depășit</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Astăzi</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Următoare</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Fără termen</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>marcare ca finalizată: „%1”</translation>
    </message>
    <message>
        <source>Mark “%1” not done</source>
        <translation>marcare ca nefinalizată: „%1”</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Prioritate ridicată</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Prioritate scăzută</translation>
    </message>
    <message>
        <source>Normal priority</source>
        <translation>Prioritate normală</translation>
    </message>
    <message>
        <source>%1 ↻</source>
        <translation>%1 ↻</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Finalizată</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritate</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Sarcină</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pentru</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
</context>
<context>
    <name>tandem::TasksModule</name>
    <message>
        <source>New &amp;task…</source>
        <translation>&amp;Sarcină nouă…</translation>
    </message>
    <message>
        <source>Mark &amp;done / not done</source>
        <translation>Marcare ca &amp;finalizată / nefinalizată</translation>
    </message>
    <message>
        <source>A task with a due date, priority and what it is for</source>
        <translation>O sarcină cu termen, prioritate și înregistrarea la care se referă</translation>
    </message>
    <message>
        <source>Tick the selected task off, or back on (Space)</source>
        <translation>Bifați sarcina selectată sau debifați-o (Spațiu)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Sarcini</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Ziua mea</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Echipă</translation>
    </message>
    <message>
        <source>Whose tasks</source>
        <translation>Responsabilul sarcinilor</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschise</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Finalizate</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Toți responsabilii</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nu s-a putut modifica</translation>
    </message>
    <message>
        <source>New task “%1”</source>
        <translation>sarcină nouă: „%1”</translation>
    </message>
    <message>
        <source>Someone else&apos;s customer</source>
        <translation>Clientul altui coleg</translation>
    </message>
    <message>
        <source>%1

The task is saved and the owner has been told.</source>
        <translation>%1

Sarcina a fost salvată, iar responsabilul a fost anunțat.</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Sarcină nouă</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>editare: „%1”</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Sarcină</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>termen depășit</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>termen apropiat</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>fără client</translation>
    </message>
    <message numerus="yes">
        <source>Customer cases needing attention (%n):</source>
        <translation>
            <numerusform>Solicitare de la un client care necesită atenție (%n):</numerusform>
            <numerusform>Solicitări de la clienți care necesită atenție (%n):</numerusform>
            <numerusform>Solicitări de la clienți care necesită atenție (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more in Cases.</source>
        <translation>
            <numerusform>și încă %n solicitare în modulul Solicitări.</numerusform>
            <numerusform>și încă %n solicitări în modulul Solicitări.</numerusform>
            <numerusform>și încă %n de solicitări în modulul Solicitări.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::TeamModule</name>
    <message>
        <source>Team</source>
        <translation>Echipă</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persoane</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoană</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Teritoriu</translation>
    </message>
</context>
<context>
    <name>tandem::TerritoryCardView</name>
    <message>
        <source>Assign companies by rules</source>
        <translation>Repartizare companii după reguli</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Reatribuire…</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Editare detalii</translation>
    </message>
    <message>
        <source>Give every company that has no territory yet the one its country, region, city, postcode or industry falls in</source>
        <translation>Atribuiți fiecărei companii care nu are încă un teritoriu teritoriul în care se încadrează după țară, regiune, localitate, cod poștal sau domeniu de activitate</translation>
    </message>
    <message>
        <source>Hand this territory and its owner&apos;s open business in it to another salesperson</source>
        <translation>Transferați acest teritoriu, împreună cu tot ce are deschis aici responsabilul său, unui alt agent de vânzări</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Localitate</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Oportunități deschise</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsabil: %1</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>niciunul încă</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Echipă: %1</translation>
    </message>
    <message>
        <source>Companies: %1 · Open deals: %2 · Open leads: %3</source>
        <translation>Companii: %1 · Oportunități deschise: %2 · Lead-uri deschise: %3</translation>
    </message>
    <message>
        <source>Named accounts: put a company here by choosing this territory on it.</source>
        <translation>Clienți nominalizați: o companie ajunge aici dacă alegeți acest teritoriu în fișa ei.</translation>
    </message>
    <message>
        <source>New companies that match the rule are placed here as they are created.</source>
        <translation>Companiile noi care corespund regulii sunt plasate aici la creare.</translation>
    </message>
    <message>
        <source>Assign companies to territories</source>
        <translation>repartizare companii pe teritorii</translation>
    </message>
    <message>
        <source>Every company the rules can place already has a territory.</source>
        <translation>Toate companiile pe care regulile le pot repartiza au deja un teritoriu.</translation>
    </message>
    <message>
        <source>Companies given a territory by the rules: %1 (Edit › Undo puts them back).</source>
        <translation>Companii repartizate pe teritorii prin reguli: %1 (Editare › Anulare le readuce la starea anterioară).</translation>
    </message>
    <message>
        <source>Reassign territory “%1”</source>
        <translation>reatribuire teritoriu: „%1”</translation>
    </message>
</context>
<context>
    <name>tandem::TimeGridCanvas</name>
    <message>
        <source>Calendar hours</source>
        <translation>Orele calendarului</translation>
    </message>
</context>
<context>
    <name>tandem::TimeGridHeader</name>
    <message>
        <source>Days and all-day events</source>
        <translation>Zilele și evenimentele de o zi întreagă</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toată ziua</translation>
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
        <translation>Oportunitate: %1</translation>
    </message>
    <message>
        <source>Deal: %1 (%2)</source>
        <translation>Oportunitate: %1 (%2)</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Document: %1</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <extracomment>A case&apos;s step on a timeline: &quot;Case: Broken cooling unit (resolved)&quot;</extracomment>
        <translation>Solicitare: %1</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <extracomment>A field change on a timeline: &quot;Job title changed&quot;</extracomment>
        <translation>Modificare: %1</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>valoare ștearsă</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>On a timeline: &quot;15/06/2026 14:30 · Ona Petraitienė&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Case: %1 (%2)</source>
        <translation>Solicitare: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>tandem::UserCardView</name>
    <message>
        <source>Edit details</source>
        <translation>Editare detalii</translation>
    </message>
    <message>
        <source>Ask them about</source>
        <translation>Poate ajuta cu</translation>
    </message>
    <message>
        <source>Territories they own</source>
        <translation>Teritorii de care răspunde</translation>
    </message>
    <message>
        <source>%1 (no longer active)</source>
        <translation>%1 (nu mai este în activitate)</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Echipă: %1</translation>
    </message>
    <message>
        <source>Manager: %1</source>
        <translation>Manager: %1</translation>
    </message>
    <message>
        <source>No skills listed yet: add them under Edit details so colleagues find them from the search box.</source>
        <translation>Nicio competență trecută încă: adăugați competențe din Editare detalii, ca persoana să poată fi găsită de colegi din caseta de căutare.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Niciunul</translation>
    </message>
</context>
</TS>
