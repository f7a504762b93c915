<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt_LT">
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
        <source>The bundle holds %1 changes but its header announces %2. Nothing was imported.</source>
        <translation>Pakete yra pakeitimų: %1, tačiau jo antraštėje nurodyta: %2. Nieko neimportuota.</translation>
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
        <source>Demo data: %1 users, %2 companies, %3 contacts, %4 leads, %5 deals, %6 activities in %7 s.</source>
        <translation>Demonstraciniai duomenys: naudotojų – %1, įmonių – %2, kontaktų – %3, potencialių klientų – %4, sandorių – %5, veiklų – %6; sukurta per %7 s.</translation>
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
        <source>usage: restore FILE [--preview]</source>
        <translation>naudojimas: restore FILE [--preview]</translation>
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
  restore FILE [--preview]
  whoami [--set USER_ID]                 naudotojas, kurio vardu rašo ši kopija
  sync export --to FILE [--peer SITE] | sync import FILE | sync folder DIR
  sync status | sync conflicts [--json] | sync resolve ID --take-other|--keep
  sync passphrase --set TEXT | --clear

ENTITY: %1
Numatytoji duomenų bazė: %2 (arba $TANDEM_DB).
</translation>
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
        <source>Wrote %1 changes to %2</source>
        <translation>Į %2 įrašyta pakeitimų: %1</translation>
    </message>
    <message>
        <source>usage: sync import FILE</source>
        <translation>naudojimas: sync import FILE</translation>
    </message>
    <message>
        <source>Imported %1 new of %2 changes from %3 (%4 records); %5 conflicts to review.</source>
        <translation>Iš kopijos %3 importuota naujų pakeitimų: %1 iš %2 (paveikta įrašų: %4); peržiūrėtinų konfliktų: %5.</translation>
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
        <source>Read %1 bundles (%2 new changes); wrote %3</source>
        <translation>Nuskaityta paketų: %1 (naujų pakeitimų: %2); įrašytas paketas %3</translation>
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
        <source>peer %1	last sent %2	last received %3</source>
        <translation>kopija %1	paskutinį kartą išsiųsta %2	paskutinį kartą gauta %3</translation>
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
        <source>usage: sync export|import|folder|status|conflicts|resolve|passphrase …</source>
        <translation>naudojimas: sync export|import|folder|status|conflicts|resolve|passphrase …</translation>
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
        <source>The change could not be saved: no transaction is open.</source>
        <translation>Pakeitimo išsaugoti nepavyko: nepradėta duomenų bazės operacija.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Demo data is being written.</source>
        <translation>Kuriami demonstraciniai duomenys.</translation>
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
        <source>The search index holds %1 records but %2 are searchable; rebuild it with &apos;tandem-cli check --repair&apos;.</source>
        <translation>Paieškos indekse yra įrašų: %1, tačiau paieškai prieinamų įrašų turėtų būti: %2; atkurkite indeksą komanda &apos;tandem-cli check --repair&apos;.</translation>
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
</TS>
