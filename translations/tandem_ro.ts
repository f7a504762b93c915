<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
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
        <source>The bundle holds %1 changes but its header announces %2. Nothing was imported.</source>
        <translation>Numărul de modificări din pachet (%1) nu corespunde celui anunțat în antet (%2). Nu s-a importat nimic.</translation>
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
        <source>Demo data: %1 users, %2 companies, %3 contacts, %4 leads, %5 deals, %6 activities in %7 s.</source>
        <translation>Date demonstrative: utilizatori: %1, companii: %2, contacte: %3, lead-uri: %4, oportunități: %5, activități: %6, în %7 s.</translation>
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
        <source>usage: restore FILE [--preview]</source>
        <translation>utilizare: restore FILE [--preview]</translation>
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
  restore FILE [--preview]
  whoami [--set USER_ID]                 the user this copy writes as
  sync export --to FILE [--peer SITE] | sync import FILE | sync folder DIR
  sync status | sync conflicts [--json] | sync resolve ID --take-other|--keep
  sync passphrase --set TEXT | --clear

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
  restore FILE [--preview]
  whoami [--set USER_ID]                 utilizatorul cu care lucrează această copie locală
  sync export --to FILE [--peer SITE] | sync import FILE | sync folder DIR
  sync status | sync conflicts [--json] | sync resolve ID --take-other|--keep
  sync passphrase --set TEXT | --clear

ENTITY: %1
Baza de date implicită este %2 (sau $TANDEM_DB).
</translation>
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
        <source>Wrote %1 changes to %2</source>
        <translation>Modificări scrise în %2: %1</translation>
    </message>
    <message>
        <source>usage: sync import FILE</source>
        <translation>utilizare: sync import FILE</translation>
    </message>
    <message>
        <source>Imported %1 new of %2 changes from %3 (%4 records); %5 conflicts to review.</source>
        <translation>Import din %3: modificări noi: %1 din %2 (înregistrări afectate: %4); conflicte de verificat: %5.</translation>
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
        <source>Read %1 bundles (%2 new changes); wrote %3</source>
        <translation>Pachete citite: %1 (modificări noi: %2); pachet scris: %3</translation>
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
        <source>peer %1	last sent %2	last received %3</source>
        <translation>copia %1	ultima trimitere %2	ultima primire %3</translation>
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
        <source>usage: sync export|import|folder|status|conflicts|resolve|passphrase …</source>
        <translation>utilizare: sync export|import|folder|status|conflicts|resolve|passphrase …</translation>
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
        <source>The change could not be saved: no transaction is open.</source>
        <translation>Modificarea nu a putut fi salvată: nu există nicio tranzacție deschisă.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Demo data is being written.</source>
        <translation>Datele demonstrative sunt în curs de scriere.</translation>
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
        <source>The search index holds %1 records but %2 are searchable; rebuild it with &apos;tandem-cli check --repair&apos;.</source>
        <translation>Indexul de căutare nu este la zi (înregistrări indexate: %1, înregistrări care pot fi căutate: %2); reconstruiți-l cu &apos;tandem-cli check --repair&apos;.</translation>
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
</TS>
