<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AbcClasses</name>
    <message>
        <source>ABC classes are set from the whole team&apos;s revenue: run it without the owner, team and territory filters.</source>
        <translation>Klasy ABC są wyznaczane na podstawie przychodu całego zespołu: uruchom raport bez filtrów właściciela, zespołu i terytorium.</translation>
    </message>
</context>
<context>
    <name>ActivityOutcome</name>
    <message>
        <source>There is no such activity.</source>
        <translation>Taka aktywność nie istnieje.</translation>
    </message>
    <message>
        <source>Say how the call went (reached, no answer …) before marking it done.</source>
        <translation>Zanim oznaczysz rozmowę jako wykonaną, opisz jej wynik (rozmowa odbyta, brak odpowiedzi …).</translation>
    </message>
    <message>
        <source>Say how the meeting went before marking it done.</source>
        <translation>Zanim oznaczysz spotkanie jako wykonane, opisz jego przebieg.</translation>
    </message>
    <message>
        <source>Name the follow-up task, or write the next step.</source>
        <translation>Podaj temat kolejnego zadania lub wpisz następny krok.</translation>
    </message>
</context>
<context>
    <name>AttachmentFiles</name>
    <message>
        <source>document</source>
        <translation>dokument</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Otwórz dokument</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Zapisz kopię</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>At least one backup must be kept (%1 given).</source>
        <translation>Trzeba zachować co najmniej jedną kopię zapasową (podano %1).</translation>
    </message>
    <message>
        <source>The number of days cannot be negative (%1 given).</source>
        <translation>Liczba dni nie może być ujemna (podano %1).</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be made: the disk or folder is read-only.</source>
        <translation>Nie można utworzyć folderu kopii zapasowych %1: dysk lub folder jest tylko do odczytu.</translation>
    </message>
    <message>
        <source>The backup %1 could not be put in place.</source>
        <translation>Nie udało się zapisać kopii zapasowej %1 pod docelową nazwą.</translation>
    </message>
    <message>
        <source>No backup could be written first, so nothing was synchronised: %1</source>
        <translation>Nie udało się najpierw utworzyć kopii zapasowej, dlatego niczego nie zsynchronizowano: %1</translation>
    </message>
    <message>
        <source>No backup could be written first, so nothing was imported: %1</source>
        <translation>Nie udało się najpierw utworzyć kopii zapasowej, dlatego niczego nie zaimportowano: %1</translation>
    </message>
    <message>
        <source>When Tandem started</source>
        <translation>Przy uruchomieniu programu</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Codziennie</translation>
    </message>
    <message>
        <source>Before a database update</source>
        <translation>Przed aktualizacją bazy danych</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Przed importem</translation>
    </message>
    <message>
        <source>Before a sync</source>
        <translation>Przed synchronizacją</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Przed przywróceniem</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Copying %1 failed: %2</source>
        <translation>Kopiowanie pliku %1 nie powiodło się: %2</translation>
    </message>
    <message>
        <source>Copying %1 failed: the disk is full.</source>
        <translation>Kopiowanie pliku %1 nie powiodło się: dysk jest pełny.</translation>
    </message>
    <message>
        <source>Cannot write the backup file %1.</source>
        <translation>Nie można zapisać pliku kopii zapasowej %1.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Tandem backup.</source>
        <translation>%1 to pusty plik, a nie kopia zapasowa programu Tandem.</translation>
    </message>
    <message>
        <source>The current data could not be saved first, so nothing was restored: %1</source>
        <translation>Nie udało się najpierw zabezpieczyć bieżących danych, dlatego niczego nie przywrócono: %1</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Nie można odczytać pliku %1.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged, so nothing was restored: %2</source>
        <translation>Kopia zapasowa %1 jest uszkodzona, dlatego niczego nie przywrócono: %2</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>change %1 is incomplete</source>
        <translation>zmiana %1 jest niekompletna</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>Nie udało się uruchomić biblioteki szyfrowania.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the team key.</source>
        <translation>Za mało pamięci, aby utworzyć klucz zespołu.</translation>
    </message>
    <message>
        <source>This bundle was written in a newer sync format; update Tandem to read it. Nothing was imported.</source>
        <translation>Ta paczka została zapisana w nowszym formacie synchronizacji; zaktualizuj program Tandem, aby ją odczytać. Nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>This is not a Tandem sync bundle. Nothing was imported.</source>
        <translation>To nie jest paczka synchronizacji programu Tandem. Nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>The bundle is damaged or truncated (it may still be copying). Nothing was imported.</source>
        <translation>Paczka jest uszkodzona lub niekompletna (być może nadal trwa jej kopiowanie). Nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>The bundle is damaged or truncated (its integrity check failed). Nothing was imported.</source>
        <translation>Paczka jest uszkodzona lub niekompletna (nie przeszła kontroli integralności). Nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>The bundle&apos;s header is damaged. Nothing was imported.</source>
        <translation>Nagłówek paczki jest uszkodzony. Nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>This bundle was written by Tandem %1 in a newer sync format; update Tandem to read it. Nothing was imported.</source>
        <translation>Tę paczkę zapisał Tandem %1 w nowszym formacie synchronizacji; zaktualizuj program Tandem, aby ją odczytać. Nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>This bundle is encrypted with a team passphrase; set the passphrase to import it. Nothing was imported.</source>
        <translation>Ta paczka jest zaszyfrowana hasłem zespołu; ustaw hasło, aby ją zaimportować. Nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>The bundle is truncated. Nothing was imported.</source>
        <translation>Paczka jest niekompletna. Nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>This bundle is from another team or was altered: it does not open with this team&apos;s passphrase. Nothing was imported.</source>
        <translation>Ta paczka pochodzi od innego zespołu lub została zmieniona: nie można jej otworzyć hasłem tego zespołu. Nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>This bundle is not encrypted, but this team requires a passphrase. Nothing was imported.</source>
        <translation>Ta paczka nie jest zaszyfrowana, a ten zespół wymaga hasła. Nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>The bundle&apos;s changes are damaged. Nothing was imported.</source>
        <translation>Zmiany zapisane w paczce są uszkodzone. Nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>The bundle is incomplete: it holds %1 of the %2 changes its header announces. Nothing was imported.</source>
        <translation>Paczka jest niekompletna: zawiera %1 z %2 zmian zapowiedzianych w nagłówku. Nic nie zaimportowano.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>The event no longer exists.</source>
        <translation>To wydarzenie już nie istnieje.</translation>
    </message>
</context>
<context>
    <name>CalendarFiles</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… i jeszcze %n.</numerusform>
            <numerusform>… i jeszcze %n.</numerusform>
            <numerusform>… i jeszcze %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a calendar</source>
        <translation>Importuj kalendarz</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>Pliki iCalendar (*.ics *.ical *.ifb);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Calendar not imported</source>
        <translation>Nie zaimportowano kalendarza</translation>
    </message>
    <message>
        <source>Nothing in %1 can be imported.</source>
        <translation>Z pliku %1 nie można nic zaimportować.</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problemy w pliku</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of %1 cannot be imported:</source>
        <translation>
            <numerusform>%n element pliku %1 nie może zostać zaimportowany:</numerusform>
            <numerusform>%n elementy pliku %1 nie mogą zostać zaimportowane:</numerusform>
            <numerusform>%n elementów pliku %1 nie może zostać zaimportowanych:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the other %n item(s) and leave these out?</source>
        <translation>
            <numerusform>Zaimportować pozostały %n element i pominąć powyższe?</numerusform>
            <numerusform>Zaimportować pozostałe %n elementy i pominąć powyższe?</numerusform>
            <numerusform>Zaimportować pozostałych %n elementów i pominąć powyższe?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>import pliku %1</translation>
    </message>
    <message>
        <source>The file changed while it was being imported; try again.</source>
        <translation>Plik zmienił się w trakcie importu; spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Calendar imported</source>
        <translation>Zaimportowano kalendarz</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 already here.</source>
        <translation>%1 – nowe: %2, zaktualizowane: %3, już istniejące: %4.</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Brak danych do eksportu</translation>
    </message>
    <message>
        <source>There is nothing in these days to export.</source>
        <translation>W wybranych dniach nie ma nic do wyeksportowania.</translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>Eksportuj kalendarz</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Pliki iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Calendar not exported</source>
        <translation>Nie wyeksportowano kalendarza</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>Wyeksportowano kalendarz</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) and task(s) written to %1.</source>
        <translation>
            <numerusform>Zapisano %n wydarzenie lub zadanie w pliku %1.</numerusform>
            <numerusform>Zapisano %n wydarzenia i zadania w pliku %1.</numerusform>
            <numerusform>Zapisano %n wydarzeń i zadań w pliku %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>the same e-mail</source>
        <translation>ten sam adres e-mail</translation>
    </message>
    <message>
        <source>the same phone</source>
        <translation>ten sam numer telefonu</translation>
    </message>
    <message>
        <source>the same name at the same company</source>
        <translation>to samo imię i nazwisko w tej samej firmie</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>Nie ma kampanii %1.</translation>
    </message>
    <message>
        <source>The new lead could not be read back.</source>
        <translation>Nie udało się ponownie odczytać nowego leada.</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Skontaktuj się: %1</translation>
    </message>
    <message>
        <source>A response needs a name or an e-mail address.</source>
        <translation>Odpowiedź wymaga podania imienia, nazwiska lub adresu e-mail.</translation>
    </message>
    <message>
        <source>%1 already responded to this campaign (%2): no second lead.</source>
        <translation>%1: odpowiedź na tę kampanię została już zarejestrowana (%2); nie utworzono drugiego leada.</translation>
    </message>
    <message>
        <source>Job title: %1</source>
        <translation>Stanowisko: %1</translation>
    </message>
    <message>
        <source>%1: a new lead.</source>
        <translation>%1: nowy lead.</translation>
    </message>
    <message>
        <source>%1: a new lead, linked to the existing contact %2 (%3).</source>
        <translation>%1: nowy lead powiązany z istniejącym kontaktem %2 (%3).</translation>
    </message>
    <message>
        <source>The file has no column for the name or the e-mail address (the first line must name the columns).</source>
        <translation>Plik nie ma kolumny z imieniem i nazwiskiem ani z adresem e-mail (pierwszy wiersz musi zawierać nazwy kolumn).</translation>
    </message>
    <message>
        <source>already responded (%1)</source>
        <translation>odpowiedź już zarejestrowana (%1)</translation>
    </message>
</context>
<context>
    <name>CaseQueries</name>
    <message>
        <source>unknown grouping &apos;%1&apos;</source>
        <translation>nieznane grupowanie &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>Satisfaction is a score from 1 to 5, not “%1”.</source>
        <translation>Zadowolenie klienta ocenia się w skali od 1 do 5, a nie „%1”.</translation>
    </message>
    <message>
        <source>Satisfaction is recorded once the case is resolved.</source>
        <translation>Zadowolenie klienta można zapisać dopiero po rozwiązaniu zgłoszenia.</translation>
    </message>
    <message>
        <source>Write down how the case was resolved before resolving or closing it.</source>
        <translation>Zanim rozwiążesz lub zamkniesz zgłoszenie, opisz, jak zostało rozwiązane.</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>reklamacja</translation>
    </message>
    <message>
        <source>question</source>
        <translation>pytanie</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>dostawa</translation>
    </message>
    <message>
        <source>service request</source>
        <translation>prośba serwisowa</translation>
    </message>
    <message>
        <source>A %1 is yours: “%2”%3.</source>
        <translation>Przydzielono Ci zgłoszenie (%1): „%2”%3.</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> od firmy %1</translation>
    </message>
    <message>
        <source>Your customer %1 has made a complaint: “%2”.</source>
        <translation>Twój klient %1 złożył reklamację: „%2”.</translation>
    </message>
    <message>
        <source>There is no case with id %1</source>
        <translation>Nie ma zgłoszenia o id %1</translation>
    </message>
    <message>
        <source>The case “%1” of your customer %2 is resolved.</source>
        <translation>Zgłoszenie „%1” Twojego klienta %2 zostało rozwiązane.</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Nieaktywny</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Potencjalny klient</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Former customer</source>
        <translation>Były klient</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Brązowy</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Srebrny</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Złoty</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formularz WWW</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Rozmowa telefoniczna</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Polecenie</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation>Zimny telefon</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowy</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Nawiązano kontakt</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Zakwalifikowany</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Przegrana</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Skonwertowany</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Wygrana</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niski</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normalny</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Wysoki</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Pilny</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Dla zespołu</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Prywatna</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Handlowiec</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Kierownik</translation>
    </message>
    <message>
        <source>Office manager</source>
        <translation>Kierownik biura</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>A chosen user</source>
        <translation>Wybrany użytkownik</translation>
    </message>
    <message>
        <source>The territory&apos;s owner</source>
        <translation>Właściciel terytorium</translation>
    </message>
    <message>
        <source>Each team member in turn</source>
        <translation>Kolejno każdy członek zespołu</translation>
    </message>
    <message>
        <source>The team member with the fewest open leads</source>
        <translation>Członek zespołu z najmniejszą liczbą otwartych leadów</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Przydzielone Tobie</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalacja</translation>
    </message>
    <message>
        <source>Your customer</source>
        <translation>Twój klient</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informacja</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <source>Leads and deals</source>
        <translation>Leady i transakcje</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branża</translation>
    </message>
    <message>
        <source>Named accounts</source>
        <translation>Lista klientów</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Seminarium</translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation>Mailing</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Reklama</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planowany</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Zakończony</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reklamacja</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Prośba serwisowa</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Dostawa</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Oczekiwanie na klienta</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rozwiązane</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięte</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Wizyta</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Me</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>usage: init [--company NAME] [--user NAME] [--currency CODE]</source>
        <translation>użycie: init [--company NAME] [--user NAME] [--currency CODE]</translation>
    </message>
    <message>
        <source>My company</source>
        <translation>Moja firma</translation>
    </message>
    <message>
        <source>Created %1 for %2; you are user %3.</source>
        <translation>Utworzono bazę danych %1 dla firmy %2; jesteś użytkownikiem %3.</translation>
    </message>
    <message>
        <source>usage: demo [--contacts N] [--seed S]</source>
        <translation>użycie: demo [--contacts N] [--seed S]</translation>
    </message>
    <message>
        <source>--contacts needs a whole number from 10 to 1000000</source>
        <translation>--contacts wymaga liczby całkowitej od 10 do 1000000</translation>
    </message>
    <message>
        <source>--seed needs a whole number</source>
        <translation>--seed wymaga liczby całkowitej</translation>
    </message>
    <message>
        <source>Tandem Demo</source>
        <translation>Tandem Demo</translation>
    </message>
    <message>
        <source>Demo Manager</source>
        <translation>Kierownik Demo</translation>
    </message>
    <message>
        <source>usage: backup --to FILE</source>
        <translation>użycie: backup --to FILE</translation>
    </message>
    <message>
        <source>the file already exists; choose a new name</source>
        <translation>plik już istnieje; wybierz inną nazwę</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Zapisano kopię zapasową w pliku %1</translation>
    </message>
    <message>
        <source>Backup %1 (database version %2) of %3 holds:</source>
        <translation>Kopia zapasowa %1 (firma: %3, wersja bazy danych %2) zawiera:</translation>
    </message>
    <message>
        <source>an unnamed company</source>
        <translation>bez nazwy</translation>
    </message>
    <message>
        <source>Restored. The data it replaced was saved to %1</source>
        <translation>Przywrócono. Zastąpione dane zapisano w pliku %1</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>opcja --%1 wymaga wartości</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>nieznana opcja --%1</translation>
    </message>
    <message>
        <source>Create it with &apos;tandem-cli init&apos; or &apos;tandem-cli demo&apos;.</source>
        <translation>Utwórz ją poleceniem &apos;tandem-cli init&apos; lub &apos;tandem-cli demo&apos;.</translation>
    </message>
    <message>
        <source>Run &apos;tandem-cli --help&apos; for the list of commands.</source>
        <translation>Uruchom &apos;tandem-cli --help&apos;, aby wyświetlić listę poleceń.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not of the form field=value</source>
        <translation>&apos;%1&apos; nie ma postaci field=value</translation>
    </message>
    <message>
        <source>given twice</source>
        <translation>podano dwukrotnie</translation>
    </message>
    <message>
        <source>usage: search TEXT [--limit N] [--json]</source>
        <translation>użycie: search TEXT [--limit N] [--json]</translation>
    </message>
    <message>
        <source>usage: history ENTITY ID [--json]</source>
        <translation>użycie: history ENTITY ID [--json]</translation>
    </message>
    <message>
        <source>unknown record type &apos;%1&apos;</source>
        <translation>nieznany typ rekordu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>nie ma rekordu %1 o id %2</translation>
    </message>
    <message>
        <source>usage: dump --canonical</source>
        <translation>użycie: dump --canonical</translation>
    </message>
    <message>
        <source>usage: check [--repair]</source>
        <translation>użycie: check [--repair]</translation>
    </message>
    <message>
        <source>ok: %1 is healthy</source>
        <translation>ok: baza danych %1 jest w dobrym stanie</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>nieznana opcja %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>nie podano polecenia</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>nieznane polecenie &apos;%1&apos;</translation>
    </message>
    <message>
        <source>usage: add ENTITY field=value …</source>
        <translation>użycie: add ENTITY field=value …</translation>
    </message>
    <message>
        <source>usage: set ENTITY ID field=value …</source>
        <translation>użycie: set ENTITY ID field=value …</translation>
    </message>
    <message>
        <source>usage: rm ENTITY ID</source>
        <translation>użycie: rm ENTITY ID</translation>
    </message>
    <message>
        <source>usage: show ENTITY ID [--json]</source>
        <translation>użycie: show ENTITY ID [--json]</translation>
    </message>
    <message>
        <source>usage: list ENTITY [--where field=value]… [--sort FIELD [--desc]] [--limit N] [--json]</source>
        <translation>użycie: list ENTITY [--where field=value]… [--sort FIELD [--desc]] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>--limit needs a whole number</source>
        <translation>--limit wymaga liczby całkowitej</translation>
    </message>
    <message>
        <source>usage: whoami [--set USER_ID]</source>
        <translation>użycie: whoami [--set USER_ID]</translation>
    </message>
    <message>
        <source>No user chosen on this copy; pick one with &apos;whoami --set USER_ID&apos; (see &apos;list user&apos;).</source>
        <translation>W tej kopii nie wybrano użytkownika; wybierz go poleceniem &apos;whoami --set USER_ID&apos; (zob. &apos;list user&apos;).</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(usunięto)</translation>
    </message>
    <message>
        <source>usage: sync export --to FILE [--peer SITE]</source>
        <translation>użycie: sync export --to FILE [--peer SITE]</translation>
    </message>
    <message>
        <source>usage: sync import FILE</source>
        <translation>użycie: sync import FILE</translation>
    </message>
    <message>
        <source>usage: sync folder DIR</source>
        <translation>użycie: sync folder DIR</translation>
    </message>
    <message>
        <source>tandem-cli: skipped for now: %1</source>
        <translation>tandem-cli: na razie pominięto: %1</translation>
    </message>
    <message>
        <source>This copy: %1</source>
        <translation>Ta kopia: %1</translation>
    </message>
    <message>
        <source>Changes not yet acknowledged by any peer: %1</source>
        <translation>Zmiany niepotwierdzone jeszcze przez żadną inną kopię: %1</translation>
    </message>
    <message>
        <source>Conflicts to review: %1</source>
        <translation>Konflikty do rozstrzygnięcia: %1</translation>
    </message>
    <message>
        <source>Team passphrase: %1</source>
        <translation>Hasło zespołu: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nie ustawiono</translation>
    </message>
    <message>
        <source>set</source>
        <translation>ustawiono</translation>
    </message>
    <message>
        <source>(any peer)</source>
        <translation>(dowolna kopia)</translation>
    </message>
    <message>
        <source>shown: %1 (%2, %3)</source>
        <translation>widoczna: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>other: %1 (%2, %3)</source>
        <translation>druga: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>usage: sync resolve CONFLICT_ID --take-other|--keep</source>
        <translation>użycie: sync resolve CONFLICT_ID --take-other|--keep</translation>
    </message>
    <message>
        <source>usage: sync passphrase --set TEXT | --clear</source>
        <translation>użycie: sync passphrase --set TEXT | --clear</translation>
    </message>
    <message>
        <source>a team passphrase needs at least 8 characters</source>
        <translation>hasło zespołu musi mieć co najmniej 8 znaków</translation>
    </message>
    <message>
        <source>Demo data in %7 s: users %1, companies %2, contacts %3, leads %4, deals %5, activities %6.</source>
        <translation>Dane demonstracyjne utworzone w %7 s: użytkownicy: %1, firmy: %2, kontakty: %3, leady: %4, transakcje: %5, aktywności: %6.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1</source>
        <translation>
            <numerusform>Zapisano %n zmianę w pliku %1</numerusform>
            <numerusform>Zapisano %n zmiany w pliku %1</numerusform>
            <numerusform>Zapisano %n zmian w pliku %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new change(s) from %1.</source>
        <translation>
            <numerusform>Zaimportowano %n nową zmianę z kopii %1.</numerusform>
            <numerusform>Zaimportowano %n nowe zmiany z kopii %1.</numerusform>
            <numerusform>Zaimportowano %n nowych zmian z kopii %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) updated.</source>
        <translation>
            <numerusform>Zaktualizowano %n rekord.</numerusform>
            <numerusform>Zaktualizowano %n rekordy.</numerusform>
            <numerusform>Zaktualizowano %n rekordów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review.</source>
        <translation>
            <numerusform>%n konflikt do rozstrzygnięcia.</numerusform>
            <numerusform>%n konflikty do rozstrzygnięcia.</numerusform>
            <numerusform>%n konfliktów do rozstrzygnięcia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n bundle(s) of other copies.</source>
        <translation>
            <numerusform>Odczytano %n paczkę z innych kopii.</numerusform>
            <numerusform>Odczytano %n paczki z innych kopii.</numerusform>
            <numerusform>Odczytano %n paczek z innych kopii.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new change(s).</source>
        <translation>
            <numerusform>%n nowa zmiana.</numerusform>
            <numerusform>%n nowe zmiany.</numerusform>
            <numerusform>%n nowych zmian.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Zapisano plik %1.</translation>
    </message>
    <message>
        <source>line %1: %2 is already here (%3), skipped</source>
        <translation>wiersz %1: %2 już istnieje (%3), pominięto</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 skipped as duplicates, %4 rejected.</source>
        <translation>utworzono %1, zaktualizowano %2, pominięto %3 jako duplikaty, odrzucono %4.</translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1</source>
        <translation>Przebieg próbny, niczego nie zapisano: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Import zakończony: %1</translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported: %n problem(s) in the file. Fix them, or import the rest with --skip-invalid.</source>
        <translation>
            <numerusform>nic nie zaimportowano: w pliku jest %n problem. Popraw go lub zaimportuj resztę z opcją --skip-invalid.</numerusform>
            <numerusform>nic nie zaimportowano: w pliku są %n problemy. Popraw je lub zaimportuj resztę z opcją --skip-invalid.</numerusform>
            <numerusform>nic nie zaimportowano: w pliku jest %n problemów. Popraw je lub zaimportuj resztę z opcją --skip-invalid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>Zapisano %n rekord w pliku %1.</numerusform>
            <numerusform>Zapisano %n rekordy w pliku %1.</numerusform>
            <numerusform>Zapisano %n rekordów w pliku %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of contacts that arrived look like the same person: review them with tandem-cli duplicates.</source>
        <translation>
            <numerusform>%n para otrzymanych kontaktów wygląda na tę samą osobę: przejrzyj je poleceniem tandem-cli duplicates.</numerusform>
            <numerusform>%n pary otrzymanych kontaktów wyglądają na tę samą osobę: przejrzyj je poleceniem tandem-cli duplicates.</numerusform>
            <numerusform>%n par otrzymanych kontaktów wygląda na tę samą osobę: przejrzyj je poleceniem tandem-cli duplicates.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: duplicates [--entity contact|company] [--json] | duplicates --dismiss ID ID [--entity contact|company]</source>
        <translation>użycie: duplicates [--entity contact|company] [--json] | duplicates --dismiss ID ID [--entity contact|company]</translation>
    </message>
    <message>
        <source>Marked as not duplicates; the pair is not proposed again.</source>
        <translation>Oznaczono jako różne rekordy; ta para nie będzie już proponowana.</translation>
    </message>
    <message>
        <source>usage: merge contact|company KEEP_ID OTHER_ID [--take FIELD]…</source>
        <translation>użycie: merge contact|company KEEP_ID OTHER_ID [--take FIELD]…</translation>
    </message>
    <message numerus="yes">
        <source>Merged %1 into %2: %n linked record(s) moved.</source>
        <translation>
            <numerusform>Scalono %1 z %2: przeniesiono %n powiązany rekord.</numerusform>
            <numerusform>Scalono %1 z %2: przeniesiono %n powiązane rekordy.</numerusform>
            <numerusform>Scalono %1 z %2: przeniesiono %n powiązanych rekordów.</numerusform>
        </translation>
    </message>
    <message>
        <source>--update and --create-duplicates exclude each other</source>
        <translation>opcji --update i --create-duplicates nie można używać razem</translation>
    </message>
    <message>
        <source>there is no segment of %1 records called “%2”</source>
        <translation>nie ma segmentu rekordów %1 o nazwie „%2”</translation>
    </message>
    <message>
        <source>the pipeline “%1” of “%2” has no stage “%3”; its stages are: %4</source>
        <translation>lejek sprzedaży „%1” transakcji „%2” nie ma etapu „%3”; jego etapy to: %4</translation>
    </message>
    <message>
        <source>%1 Done anyway; the owner has been told.</source>
        <translation>%1 Mimo to wykonano; właściciel został powiadomiony.</translation>
    </message>
    <message>
        <source>usage: convert lead ID [--company ID] [--contact ID] [--title TEXT] [--amount DECIMAL] [--json]</source>
        <translation>użycie: convert lead ID [--company ID] [--contact ID] [--title TEXT] [--amount DECIMAL] [--json]</translation>
    </message>
    <message>
        <source>usage: move deal ID STAGE</source>
        <translation>użycie: move deal ID STAGE</translation>
    </message>
    <message>
        <source>usage: win deal ID</source>
        <translation>użycie: win deal ID</translation>
    </message>
    <message>
        <source>usage: lose deal ID --reason TEXT [--competitor ID|NAME] | lose lead ID --reason TEXT</source>
        <translation>użycie: lose deal ID --reason TEXT [--competitor ID|NAME] | lose lead ID --reason TEXT</translation>
    </message>
    <message>
        <source>usage: reopen deal|lead ID</source>
        <translation>użycie: reopen deal|lead ID</translation>
    </message>
    <message>
        <source>usage: qualify lead ID [--answer &quot;Question=answer&quot;]…</source>
        <translation>użycie: qualify lead ID [--answer &quot;Question=answer&quot;]…</translation>
    </message>
    <message>
        <source>there is no question %1; the questions are numbered 1 to %2</source>
        <translation>nie ma pytania %1; pytania mają numery od 1 do %2</translation>
    </message>
    <message>
        <source>usage: checklist deal ID [--json]</source>
        <translation>użycie: checklist deal ID [--json]</translation>
    </message>
    <message>
        <source>“%1” in stage “%2”:</source>
        <translation>„%1” w etapie „%2”:</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>termin %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obowiązkowy</translation>
    </message>
    <message>
        <source>hard deadline</source>
        <translation>termin nieprzekraczalny</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>po terminie</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>nie dotyczy</translation>
    </message>
    <message>
        <source>usage: escalate [--json]</source>
        <translation>użycie: escalate [--json]</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>Odbiorca: %1 – %2</translation>
    </message>
    <message>
        <source>usage: overdue leads [--owner ID] [--json]</source>
        <translation>użycie: overdue leads [--owner ID] [--json]</translation>
    </message>
    <message>
        <source>usage: forecast [--pipeline ID] [--by-owner] [--json]</source>
        <translation>użycie: forecast [--pipeline ID] [--by-owner] [--json]</translation>
    </message>
    <message>
        <source>no close date</source>
        <translation>bez daty zamknięcia</translation>
    </message>
    <message>
        <source>Wrote %1 for a scoped copy.</source>
        <translation>Zapisano plik %1 dla kopii z ograniczonym zakresem synchronizacji.</translation>
    </message>
    <message>
        <source>Sync scope: %1</source>
        <translation>Zakres synchronizacji: %1</translation>
    </message>
    <message>
        <source>peer %1	last sent %2	last received %3	scope %4</source>
        <translation>kopia %1	ostatnio wysłano %2	ostatnio odebrano %3	zakres: %4</translation>
    </message>
    <message>
        <source>usage: sync scope [--owner USER_ID | --territory TERRITORY_ID | --all]</source>
        <translation>użycie: sync scope [--owner USER_ID | --territory TERRITORY_ID | --all]</translation>
    </message>
    <message>
        <source>usage: sync export|import|folder|status|conflicts|resolve|passphrase|scope …</source>
        <translation>użycie: sync export|import|folder|status|conflicts|resolve|passphrase|scope …</translation>
    </message>
    <message>
        <source>usage: import ics FILE [--dry-run] [--skip-invalid]</source>
        <translation>użycie: import ics FILE [--dry-run] [--skip-invalid]</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation>Utworzono: %1, zaktualizowano: %2, bez zmian: %3, odrzucono: %4.</translation>
    </message>
    <message>
        <source>nothing was imported: the file cannot be read.</source>
        <translation>nic nie zaimportowano: nie można odczytać pliku.</translation>
    </message>
    <message>
        <source>usage: export ics FILE [--where field=value]… [--from DATE] [--to DATE]</source>
        <translation>użycie: export ics FILE [--where field=value]… [--from DATE] [--to DATE]</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a date (YYYY-MM-DD) or date and time</source>
        <translation>--%1 &apos;%2&apos; nie jest datą (RRRR-MM-DD) ani datą z godziną</translation>
    </message>
    <message>
        <source>usage: import csv|vcard|ics FILE [--entity ENTITY] [--mapping FILE] [--dry-run] [--skip-invalid] [--update | --create-duplicates]</source>
        <translation>użycie: import csv|vcard|ics FILE [--entity ENTITY] [--mapping FILE] [--dry-run] [--skip-invalid] [--update | --create-duplicates]</translation>
    </message>
    <message>
        <source>usage: export csv|vcard|ics FILE [--entity ENTITY] [--segment NAME] [--where field=value]… [--vcard3] [--from DATE] [--to DATE]</source>
        <translation>użycie: export csv|vcard|ics FILE [--entity ENTITY] [--segment NAME] [--where field=value]… [--vcard3] [--from DATE] [--to DATE]</translation>
    </message>
    <message>
        <source>--%1 needs a positive whole number</source>
        <translation>--%1 wymaga dodatniej liczby całkowitej</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Nadchodzące</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Bez terminu</translation>
    </message>
    <message>
        <source>usage: done ID [--outcome TEXT] [--next-step TEXT] [--follow-up-due DATE]</source>
        <translation>użycie: done ID [--outcome TEXT] [--next-step TEXT] [--follow-up-due DATE]</translation>
    </message>
    <message>
        <source>usage: dormant [--rule NAME] [--json] | dormant --rule NAME --propose</source>
        <translation>użycie: dormant [--rule NAME] [--json] | dormant --rule NAME --propose</translation>
    </message>
    <message>
        <source>there is no dormant-customer rule “%1”</source>
        <translation>nie ma reguły uśpionych klientów „%1”</translation>
    </message>
    <message numerus="yes">
        <source>Created %n follow-up task(s).</source>
        <translation>
            <numerusform>Utworzono %n zadanie ponownego kontaktu.</numerusform>
            <numerusform>Utworzono %n zadania ponownego kontaktu.</numerusform>
            <numerusform>Utworzono %n zadań ponownego kontaktu.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: free-slots --users ID[,ID…] --from DATE --to DATE [--minutes N]</source>
        <translation>użycie: free-slots --users ID[,ID…] --from DATE --to DATE [--minutes N]</translation>
    </message>
    <message>
        <source>--to must be later than --from</source>
        <translation>--to musi być późniejsze niż --from</translation>
    </message>
    <message>
        <source>default</source>
        <translation>domyślnie</translation>
    </message>
    <message>
        <source>report needs a report name (see &apos;report --list&apos;)</source>
        <translation>polecenie report wymaga nazwy raportu (zobacz &apos;report --list&apos;)</translation>
    </message>
    <message>
        <source>--period must be one of this-month, last-month, this-quarter, last-quarter, this-year, last-year, year-to-date, last-12-months</source>
        <translation>--period musi mieć jedną z wartości: this-month, last-month, this-quarter, last-quarter, this-year, last-year, year-to-date, last-12-months</translation>
    </message>
    <message>
        <source>--%1 expects a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>--%1 wymaga daty w formacie RRRR-MM-DD, a nie &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--compare must be previous, year or none</source>
        <translation>--compare musi mieć wartość previous, year lub none</translation>
    </message>
    <message>
        <source>--option expects KEY=VALUE, not &apos;%1&apos;</source>
        <translation>--option wymaga postaci KEY=VALUE, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--page must be a4 or letter</source>
        <translation>--page musi mieć wartość a4 lub letter</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with an open complaint left out.</source>
        <translation>
            <numerusform>Pominięto %n klienta z otwartą reklamacją.</numerusform>
            <numerusform>Pominięto %n klientów z otwartą reklamacją.</numerusform>
            <numerusform>Pominięto %n klientów z otwartą reklamacją.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: backups [--json] | backups --keep N [--days D]</source>
        <translation>użycie: backups [--json] | backups --keep N [--days D]</translation>
    </message>
    <message>
        <source>not a whole number: %1</source>
        <translation>to nie jest liczba całkowita: %1</translation>
    </message>
    <message>
        <source>Automatic backups in %1 (kept: the newest %2, and the newest of each of the last %3 days):</source>
        <translation>Automatyczne kopie zapasowe w folderze %1 (zachowywane: najnowsze w liczbie %2 oraz najnowsza z każdego z ostatnich %3 dni):</translation>
    </message>
    <message>
        <source>usage: restore FILE [--preview] | restore --latest [--preview]</source>
        <translation>użycie: restore FILE [--preview] | restore --latest [--preview]</translation>
    </message>
    <message>
        <source>there is no sound automatic backup in %1</source>
        <translation>w folderze %1 nie ma nieuszkodzonej automatycznej kopii zapasowej</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>uszkodzenie: %1</translation>
    </message>
    <message>
        <source>the latest sound backup was taken %1 (%2); go back to it with: tandem-cli restore --latest</source>
        <translation>najnowsza nieuszkodzona kopia zapasowa pochodzi z %1 (%2); aby do niej wrócić, użyj polecenia: tandem-cli restore --latest</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n odbiorca</numerusform>
            <numerusform>%n odbiorców</numerusform>
            <numerusform>%n odbiorców</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no postal consent</source>
        <translation>
            <numerusform>Pominięto %n kontakt bez zgody na korespondencję pocztową</numerusform>
            <numerusform>Pominięto %n kontakty bez zgody na korespondencję pocztową</numerusform>
            <numerusform>Pominięto %n kontaktów bez zgody na korespondencję pocztową</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no complete address (%1)</source>
        <translation>
            <numerusform>Pominięto %n kontakt bez pełnego adresu (%1)</numerusform>
            <numerusform>Pominięto %n kontakty bez pełnego adresu (%1)</numerusform>
            <numerusform>Pominięto %n kontaktów bez pełnego adresu (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>nie można odczytać pliku %1: %2</translation>
    </message>
    <message>
        <source>note: no value for %1</source>
        <translation>uwaga: brak wartości dla: %1</translation>
    </message>
    <message>
        <source>usage: render quote ID [--template NAME] --out FILE.pdf [--sent-to EMAIL]
       render letter CONTACT_ID [--template NAME] [--body TEXT | --body-file FILE] [--language LL] --out FILE.pdf [--sent-to EMAIL]</source>
        <translation>użycie: render quote ID [--template NAME] --out FILE.pdf [--sent-to EMAIL]
        render letter CONTACT_ID [--template NAME] [--body TEXT | --body-file FILE] [--language LL] --out FILE.pdf [--sent-to EMAIL]</translation>
    </message>
    <message>
        <source>usage: approve quote ID</source>
        <translation>użycie: approve quote ID</translation>
    </message>
    <message>
        <source>usage: revise quote ID      a new version as a draft; prints its id</source>
        <translation>użycie: revise quote ID      tworzy nową wersję roboczą; wypisuje jej id</translation>
    </message>
    <message>
        <source>usage: mailing SEGMENT [--csv FILE] [--labels FILE.pdf [--sheet KEY] [--skip N]]
                       [--letters FILE.pdf [--template NAME] [--body TEXT | --body-file FILE]]
       mailing --sheets      the label sheets --sheet takes</source>
        <translation>użycie: mailing SEGMENT [--csv FILE] [--labels FILE.pdf [--sheet KEY] [--skip N]]
                        [--letters FILE.pdf [--template NAME] [--body TEXT | --body-file FILE]]
        mailing --sheets      arkusze etykiet dostępne w opcji --sheet</translation>
    </message>
    <message>
        <source>unknown label sheet &apos;%1&apos; (see mailing --sheets)</source>
        <translation>nieznany arkusz etykiet &apos;%1&apos; (zobacz mailing --sheets)</translation>
    </message>
    <message>
        <source>--skip needs a label number from 0 to %1</source>
        <translation>--skip wymaga numeru etykiety od 0 do %1</translation>
    </message>
    <message>
        <source>usage: templates [--export]      lists the document templates; --export copies the shipped ones into the templates folder to edit</source>
        <translation>użycie: templates [--export]      wyświetla listę szablonów dokumentów; --export kopiuje szablony dostarczane z programem do folderu szablonów, aby można je było edytować</translation>
    </message>
    <message>
        <source>Templates folder: %1</source>
        <translation>Folder szablonów: %1</translation>
    </message>
    <message>
        <source>usage: material add FILE… [--tags TEXT] | material tag ID --tags TEXT | material replace ID FILE | material rm ID | material get ID --out FILE | material attach ID --deal ID [--quote ID]</source>
        <translation>użycie: material add FILE… [--tags TEXT] | material tag ID --tags TEXT | material replace ID FILE | material rm ID | material get ID --out FILE | material attach ID --deal ID [--quote ID]</translation>
    </message>
    <message>
        <source>no sales materials match</source>
        <translation>brak pasujących materiałów sprzedażowych</translation>
    </message>
    <message>
        <source>usage: materials [WORDS…] [--tag TAG] [--json]</source>
        <translation>użycie: materials [WORDS…] [--tag TAG] [--json]</translation>
    </message>
    <message>
        <source>usage: quote-series [SERIES | --clear]   this computer&apos;s quote number series (Q-2026-SERIES-0001)</source>
        <translation>użycie: quote-series [SERIES | --clear]   seria numerów ofert tego komputera (Q-2026-SERIES-0001)</translation>
    </message>
    <message>
        <source>No series: quotes made here are numbered Q-YYYY-NNNN.</source>
        <translation>Brak serii: oferty tworzone na tym komputerze mają numery Q-YYYY-NNNN.</translation>
    </message>
    <message>
        <source>usage: notifications [--user NAME|ID] [--all] [--json] | notifications --read ID…</source>
        <translation>użycie: notifications [--user NAME|ID] [--all] [--json] | notifications --read ID…</translation>
    </message>
    <message>
        <source>usage: agenda [--user NAME|ID] [--from DATE] [--days N] [--json]</source>
        <translation>użycie: agenda [--user NAME|ID] [--from DATE] [--days N] [--json]</translation>
    </message>
    <message>
        <source>usage: my-day [--user NAME|ID] [--json]</source>
        <translation>użycie: my-day [--user NAME|ID] [--json]</translation>
    </message>
    <message>
        <source>usage: reminders [--user NAME|ID] [--json]</source>
        <translation>użycie: reminders [--user NAME|ID] [--json]</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n wiersz</numerusform>
            <numerusform>%1: %n wiersze</numerusform>
            <numerusform>%1: %n wierszy</numerusform>
        </translation>
    </message>
    <message>
        <source>new leads: %1</source>
        <translation>nowe leady: %1</translation>
    </message>
    <message>
        <source>matched to existing contacts: %1</source>
        <translation>dopasowane do istniejących kontaktów: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>pominięte: %1</translation>
    </message>
    <message>
        <source>  line %1: %2 — %3</source>
        <translation>  wiersz %1: %2 — %3</translation>
    </message>
    <message>
        <source>usage: campaign NAME|ID [--json] | campaign respond NAME|ID --first-name TEXT --last-name TEXT --email TEXT --phone TEXT --company TEXT | campaign import NAME|ID FILE.csv</source>
        <translation>użycie: campaign NAME|ID [--json] | campaign respond NAME|ID --first-name TEXT --last-name TEXT --email TEXT --phone TEXT --company TEXT | campaign import NAME|ID FILE.csv</translation>
    </message>
    <message>
        <source>unknown entity %1</source>
        <translation>nieznany typ rekordu %1</translation>
    </message>
    <message>
        <source>name a %1</source>
        <translation>podaj nazwę lub id rekordu typu %1</translation>
    </message>
    <message>
        <source>%1 %2 are named “%3”: give the id</source>
        <translation>%2 o nazwie „%3”: %1; podaj id</translation>
    </message>
    <message>
        <source>there is no %1 called or with id “%2”</source>
        <translation>nie ma rekordu typu %1 o nazwie lub id „%2”</translation>
    </message>
    <message>
        <source>“%1” could be any of: %2</source>
        <translation>„%1” pasuje do kilku rekordów: %2</translation>
    </message>
    <message>
        <source>no user chosen on this copy: give --user NAME|ID, or pick one with &apos;whoami --set USER_ID&apos;</source>
        <translation>w tej kopii nie wybrano użytkownika: podaj --user NAME|ID albo wybierz go poleceniem &apos;whoami --set USER_ID&apos;</translation>
    </message>
    <message>
        <source>usage: competitor [NAME|ID] [--json]</source>
        <translation>użycie: competitor [NAME|ID] [--json]</translation>
    </message>
    <message>
        <source>%1%2, no target</source>
        <translation>%1%2, brak celu</translation>
    </message>
    <message>
        <source>%1 / %2%3 (%4%)</source>
        <translation>%1 / %2%3 (%4%)</translation>
    </message>
    <message>
        <source>  %1 (%2 – %3): revenue %4; new deals %5; activities %6</source>
        <translation>  %1 (%2 – %3): przychód %4; nowe transakcje %5; aktywności %6</translation>
    </message>
    <message>
        <source>Team of %1</source>
        <translation>Zespół użytkownika %1</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Zadania po terminie</translation>
    </message>
    <message>
        <source>Tasks today</source>
        <translation>Zadania na dziś</translation>
    </message>
    <message>
        <source>Stalled deals</source>
        <translation>Transakcje w zastoju</translation>
    </message>
    <message>
        <source>Closing this month</source>
        <translation>Do zamknięcia w tym miesiącu</translation>
    </message>
    <message>
        <source>Past expected close</source>
        <translation>Po przewidywanej dacie zamknięcia</translation>
    </message>
    <message>
        <source>Untouched leads</source>
        <translation>Leady bez kontaktu</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cele sprzedażowe</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bieżący miesiąc</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Bieżący kwartał</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Członkowie zespołu</translation>
    </message>
    <message>
        <source>name</source>
        <translation>osoba</translation>
    </message>
    <message>
        <source>today</source>
        <translation>dziś</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>w zastoju</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>do zamknięcia</translation>
    </message>
    <message>
        <source>past close</source>
        <translation>po dacie zamknięcia</translation>
    </message>
    <message>
        <source>untouched</source>
        <translation>bez kontaktu</translation>
    </message>
    <message>
        <source>revenue %</source>
        <translation>przychód %</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>brak celu</translation>
    </message>
    <message>
        <source>usage: dashboard [--user NAME|ID] [--team] [--json]</source>
        <translation>użycie: dashboard [--user NAME|ID] [--team] [--json]</translation>
    </message>
    <message>
        <source>%1 leads no one: there is no team to show</source>
        <translation>%1 nie jest niczyim kierownikiem: nie ma zespołu do pokazania</translation>
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
        <translation>Użycie: tandem-cli [--db FILE] COMMAND …

Polecenia:
  init [--company NAME] [--user NAME] [--currency CODE]
  demo [--contacts N] [--seed S]
  add ENTITY field=value …              wypisuje id nowego rekordu
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
  backups [--json] | backups --keep N [--days D]   automatyczne kopie zapasowe
  whoami [--set USER_ID]                 użytkownik, w imieniu którego ta kopia zapisuje zmiany
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
  move deal ID STAGE                     STAGE: id lub nazwa etapu z lejka sprzedaży transakcji
  win deal ID | lose deal ID --reason TEXT [--competitor ID|NAME]
  lose lead ID --reason TEXT | reopen deal|lead ID
  checklist deal ID [--json]
  escalate [--json]                      powiadamia kierowników o zaległych zadaniach ze scenariuszy
  overdue leads [--owner ID] [--json]
  forecast [--pipeline ID] [--by-owner] [--json]
  targets [--month YYYY-MM | --quarter YYYY-Qn] [--team NAME|ID | --user NAME|ID]
          [--currency CODE] [--json]     realizacja celów sprzedażowych
  competitor [NAME|ID] [--json]          konkurent i transakcje przegrane na jego rzecz
  campaign NAME|ID [--json]              wyniki kampanii i odpowiedzi na nią
  campaign respond NAME|ID [--first-name TEXT] [--last-name TEXT] [--email TEXT]
         [--phone TEXT] [--company TEXT] [--job-title TEXT] [--notes TEXT]
  campaign import NAME|ID FILE.csv       uczestnicy jako odpowiedzi – wszyscy albo żaden
  territories [--json]                   reguły, właściciel i dane liczbowe każdego terytorium
  territory assign | territory reassign NAME|ID --to USER
  experts WORDS… [--json]                współpracownicy, których umiejętności zawierają te słowa
  notifications [--user NAME|ID] [--all] [--json] | notifications --read ID…
  agenda [--user NAME|ID] [--from DATE] [--days N] [--json]
  dashboard [--user NAME|ID] [--team] [--json]  co dziś wymaga uwagi, cele sprzedażowe
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
  approve quote ID | revise quote ID     zatwierdzenie przez kierownika; nowa wersja robocza
  mailing SEGMENT [--csv FILE] [--labels FILE.pdf [--sheet KEY] [--skip N]]
                  [--letters FILE.pdf [--template NAME] [--body-file FILE]] | mailing --sheets
  templates [--export]                   szablony dokumentów i ich folder
  materials [WORDS…] [--tag TAG] [--json] biblioteka materiałów sprzedażowych
  material add FILE… [--tags TEXT] | material tag ID --tags TEXT | material rm ID
  material replace ID FILE | material get ID --out FILE
  material attach ID --deal ID [--quote ID]   kopia w transakcji (i w jej ofercie)
  quote-series [SERIES | --clear]        numery ofert z tego komputera: Q-2026-SERIES-0001

ENTITY (typ rekordu): %1
Domyślna baza danych: %2 (lub $TANDEM_DB).
</translation>
    </message>
    <message>
        <source>usage: targets [--month YYYY-MM | --quarter YYYY-Qn] [--team NAME|ID | --user NAME|ID] [--currency CODE] [--json]</source>
        <translation>użycie: targets [--month YYYY-MM | --quarter YYYY-Qn] [--team NAME|ID | --user NAME|ID] [--currency CODE] [--json]</translation>
    </message>
    <message>
        <source>give --month or --quarter, not both</source>
        <translation>podaj --month albo --quarter, nie oba naraz</translation>
    </message>
    <message>
        <source>--month expects a month as YYYY-MM (2026-03), not &apos;%1&apos;</source>
        <translation>--month wymaga miesiąca w postaci YYYY-MM (2026-03), a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--quarter expects a quarter as YYYY-Qn (2026-Q1), not &apos;%1&apos;</source>
        <translation>--quarter wymaga kwartału w postaci YYYY-Qn (2026-Q1), a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <source>usage: territory reassign NAME|ID --to USER</source>
        <translation>użycie: territory reassign NAME|ID --to USER</translation>
    </message>
    <message>
        <source>Territory “%1” now belongs to %2; moved to them: %3.</source>
        <translation>Terytorium „%1” należy teraz do użytkownika %2; razem z nim przeniesiono: %3.</translation>
    </message>
    <message>
        <source>usage: territories [--json]</source>
        <translation>użycie: territories [--json]</translation>
    </message>
    <message>
        <source>usage: territory assign | territory reassign NAME|ID --to USER</source>
        <translation>użycie: territory assign | territory reassign NAME|ID --to USER</translation>
    </message>
    <message>
        <source>Companies given a territory by its rules: %1</source>
        <translation>Firmy, którym reguły przypisały terytorium: %1</translation>
    </message>
    <message>
        <source>usage: experts WORDS… [--json]</source>
        <translation>użycie: experts WORDS… [--json]</translation>
    </message>
    <message>
        <source>nobody lists that among their skills; skills are on each user (tandem-cli set user ID skills=…)</source>
        <translation>nikt nie ma tego na liście swoich umiejętności; umiejętności wpisuje się w rekordzie każdego użytkownika (tandem-cli set user ID skills=…)</translation>
    </message>
</context>
<context>
    <name>Competitors</name>
    <message>
        <source>There is no competitor with id %1</source>
        <translation>Nie ma konkurenta o id %1</translation>
    </message>
    <message>
        <source>There is no deal with id %1</source>
        <translation>Nie ma transakcji o id %1</translation>
    </message>
    <message>
        <source>“%1” is not lost: a competitor is named on a deal lost to it</source>
        <translation>Transakcja „%1” nie jest przegrana: konkurenta podaje się w transakcji przegranej na jego rzecz</translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>there is no user &apos;%1&apos;</source>
        <translation>nie ma użytkownika &apos;%1&apos;</translation>
    </message>
    <message>
        <source>an import cannot set this field</source>
        <translation>tego pola nie można ustawić podczas importu</translation>
    </message>
    <message>
        <source>a contact needs a name or an e-mail address</source>
        <translation>kontakt musi mieć imię i nazwisko lub adres e-mail</translation>
    </message>
    <message>
        <source>there is no contact with id %1</source>
        <translation>nie ma kontaktu o id %1</translation>
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
        <translation>Litwa</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Łotwa</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estonia</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polska</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraina</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumunia</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Mołdawia</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Niemcy</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Wielka Brytania</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlandia</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francja</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Holandia</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Szwecja</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlandia</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Czechy</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Słowacja</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Węgry</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bułgaria</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Stany Zjednoczone</translation>
    </message>
</context>
<context>
    <name>CsvContacts</name>
    <message>
        <source>the row has neither a name nor an e-mail address</source>
        <translation>wiersz nie zawiera ani imienia i nazwiska, ani adresu e-mail</translation>
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
        <translation>Strona WWW %1</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>Adres %1</translation>
    </message>
    <message>
        <source>type</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>value</source>
        <translation>wartość</translation>
    </message>
    <message>
        <source>street</source>
        <translation>ulica</translation>
    </message>
    <message>
        <source>city</source>
        <translation>miejscowość</translation>
    </message>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>kod pocztowy</translation>
    </message>
    <message>
        <source>country</source>
        <translation>kraj</translation>
    </message>
    <message>
        <source>PO box</source>
        <translation>skrytka pocztowa</translation>
    </message>
    <message>
        <source>extended address</source>
        <translation>uzupełnienie adresu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>cannot open the mapping file: %1</source>
        <translation>nie można otworzyć pliku mapowania kolumn: %1</translation>
    </message>
    <message>
        <source>not a mapping file (JSON object): %1</source>
        <translation>to nie jest plik mapowania kolumn (obiekt JSON): %1</translation>
    </message>
    <message>
        <source>the delimiter must be one character, not “%1”</source>
        <translation>separator musi być jednym znakiem, a nie „%1”</translation>
    </message>
    <message>
        <source>“columns” must map column headers to fields</source>
        <translation>„columns” musi przypisywać nagłówki kolumn do pól</translation>
    </message>
    <message>
        <source>the column must map to a field name</source>
        <translation>kolumna musi być przypisana do nazwy pola</translation>
    </message>
    <message>
        <source>cannot write the mapping file: %1</source>
        <translation>nie można zapisać pliku mapowania kolumn: %1</translation>
    </message>
    <message>
        <source>“%1” is not a field a %2 column can be imported into</source>
        <translation>„%1” nie jest polem rekordu %2, do którego można zaimportować kolumnę</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is empty</source>
        <translation>plik jest pusty</translation>
    </message>
    <message>
        <source>a quoted field starts on line %1 and is never closed</source>
        <translation>pole w cudzysłowie zaczyna się w wierszu %1 i nie zostało zamknięte</translation>
    </message>
    <message>
        <source>the file has no header line with column names</source>
        <translation>plik nie ma wiersza nagłówka z nazwami kolumn</translation>
    </message>
    <message>
        <source>line %1 has %2 fields, the header has %3</source>
        <translation>liczba pól w wierszu %1 (%2) nie zgadza się z liczbą pól nagłówka (%3)</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>nie można otworzyć pliku: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no Tandem database at %1.</source>
        <translation>W lokalizacji %1 nie ma bazy danych programu Tandem.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Tandem database.</source>
        <translation>%1 to folder, a nie baza danych programu Tandem.</translation>
    </message>
    <message>
        <source>%1 is not a Tandem database (it is not an SQLite file, or it is damaged).</source>
        <translation>%1 nie jest bazą danych programu Tandem (to nie jest plik SQLite albo plik jest uszkodzony).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 nie istnieje.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Nie można otworzyć pliku %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read: %2</source>
        <translation>Plik %1 jest uszkodzony i nie można go odczytać: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read.</source>
        <translation>Plik %1 jest uszkodzony i nie można go odczytać.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Tandem database.</source>
        <translation>%1 to baza danych SQLite innego programu, a nie baza danych programu Tandem.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Tandem (database version %2; this version reads up to %3). Update Tandem to open it; the file was left untouched.</source>
        <translation>Plik %1 został zapisany przez nowszą wersję programu Tandem (wersja bazy danych %2; ta wersja obsługuje najwyżej wersję %3). Zaktualizuj program Tandem, aby go otworzyć; plik pozostał bez zmian.</translation>
    </message>
    <message>
        <source>Cannot write to %1: the file or its folder is read-only.</source>
        <translation>Nie można zapisać pliku %1: plik lub jego folder jest tylko do odczytu.</translation>
    </message>
    <message>
        <source>No backup could be written before updating %1, so it was not updated: %2</source>
        <translation>Przed aktualizacją pliku %1 nie udało się utworzyć kopii zapasowej, dlatego plik nie został zaktualizowany: %2</translation>
    </message>
    <message>
        <source>Updating the database to version %1 failed: %2</source>
        <translation>Aktualizacja bazy danych do wersji %1 nie powiodła się: %2</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Nie udało się zapisać zmiany.</translation>
    </message>
    <message>
        <source>Nothing was saved because part of the change failed.</source>
        <translation>Nic nie zapisano, ponieważ części zmiany nie udało się wykonać.</translation>
    </message>
    <message>
        <source>The database could not be read: %1</source>
        <translation>Nie udało się odczytać bazy danych: %1</translation>
    </message>
    <message>
        <source>The disk is full, so the change could not be saved and nothing was changed. Free some space and try again.</source>
        <translation>Dysk jest pełny, dlatego nie udało się zapisać zmiany i nic nie zostało zmienione. Zwolnij trochę miejsca na dysku i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The database file or its folder is read-only, so nothing was changed. Check the file&apos;s permissions, or whether the disk is mounted read-only.</source>
        <translation>Plik bazy danych lub jego folder jest tylko do odczytu, dlatego nic nie zostało zmienione. Sprawdź uprawnienia do pliku lub to, czy dysk nie jest zamontowany tylko do odczytu.</translation>
    </message>
    <message>
        <source>The disk could not be written or read (%1), so nothing was changed. If the database is on a USB stick or a network drive, check that it is still there.</source>
        <translation>Nie udało się zapisać ani odczytać danych na dysku (%1), dlatego nic nie zostało zmienione. Jeśli baza danych znajduje się na pendrivie lub dysku sieciowym, sprawdź, czy jest nadal dostępny.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Restore a backup: File › Restore from backup…</source>
        <translation>Plik bazy danych jest uszkodzony (%1). Przywróć kopię zapasową: Plik › Przywróć z kopii zapasowej…</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Try again in a moment.</source>
        <translation>Baza danych jest zajęta: zapisuje do niej inny program. Spróbuj ponownie za chwilę.</translation>
    </message>
</context>
<context>
    <name>DealCommands</name>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n transakcja</numerusform>
            <numerusform>%n transakcje</numerusform>
            <numerusform>%n transakcji</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1”</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>przeniesienie do etapu %2: %1</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Nie przeniesiono</translation>
    </message>
    <message>
        <source>Mark %1 won</source>
        <translation>oznaczenie jako wygranej: %1</translation>
    </message>
    <message>
        <source>Not marked won</source>
        <translation>Nie oznaczono jako wygranej</translation>
    </message>
    <message>
        <source>Mark %1 lost</source>
        <translation>oznaczenie jako przegranej: %1</translation>
    </message>
    <message>
        <source>Not marked lost</source>
        <translation>Nie oznaczono jako przegranej</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>ponowne otwarcie: %1</translation>
    </message>
    <message>
        <source>Not reopened</source>
        <translation>Nie otwarto ponownie</translation>
    </message>
</context>
<context>
    <name>DealFlow</name>
    <message>
        <source>There is no deal with id %1</source>
        <translation>Nie ma transakcji o id %1</translation>
    </message>
    <message>
        <source>“%1” is won; reopen it first to change its course</source>
        <translation>Transakcja „%1” jest wygrana; aby zmienić jej przebieg, najpierw otwórz ją ponownie</translation>
    </message>
    <message>
        <source>“%1” is lost; reopen it first to change its course</source>
        <translation>Transakcja „%1” jest przegrana; aby zmienić jej przebieg, najpierw otwórz ją ponownie</translation>
    </message>
    <message>
        <source>There is no stage with id %1</source>
        <translation>Nie ma etapu o id %1</translation>
    </message>
    <message>
        <source>“%1” is not finished yet; still to do: %2</source>
        <translation>Etap „%1” nie jest jeszcze ukończony; pozostało do zrobienia: %2</translation>
    </message>
    <message>
        <source>Stage “%1” is not a stage of the deal&apos;s pipeline</source>
        <translation>Etap „%1” nie należy do lejka sprzedaży tej transakcji</translation>
    </message>
    <message>
        <source>There is no default pipeline to put the deal on; set one up first</source>
        <translation>Nie ma domyślnego lejka sprzedaży, do którego można dodać transakcję; najpierw go skonfiguruj</translation>
    </message>
    <message>
        <source>Pipeline “%1” has no open stage to start a deal in</source>
        <translation>Lejek sprzedaży „%1” nie ma etapu typu „W toku”, w którym mogłaby się zacząć transakcja</translation>
    </message>
    <message>
        <source>Losing a deal needs a reason: mark “%1” lost instead of moving it to “%2”</source>
        <translation>Przegrana transakcja wymaga podania powodu: zamiast przenosić „%1” do etapu „%2”, oznacz ją jako przegraną</translation>
    </message>
    <message>
        <source>Say why the deal was lost</source>
        <translation>Podaj powód przegranej transakcji</translation>
    </message>
    <message>
        <source>There is no competitor with id %1</source>
        <translation>Nie ma konkurenta o id %1</translation>
    </message>
    <message>
        <source>“%1” is open already</source>
        <translation>Transakcja „%1” jest już w toku</translation>
    </message>
    <message>
        <source>There is no deal with id %1.</source>
        <translation>Nie ma transakcji o id %1.</translation>
    </message>
    <message>
        <source>A deal is always in a stage: give the stage to move it to.</source>
        <translation>Transakcja zawsze jest w jakimś etapie: podaj etap, do którego chcesz ją przenieść.</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2.</source>
        <translation>„%1” nie jest żadną z dozwolonych wartości: %2.</translation>
    </message>
    <message>
        <source>Say why the deal was lost: a lost deal needs a reason.</source>
        <translation>Podaj, dlaczego transakcja została przegrana: przegrana transakcja wymaga podania powodu.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Demo data needs at least one contact.</source>
        <translation>Dane demonstracyjne muszą obejmować co najmniej jeden kontakt.</translation>
    </message>
    <message>
        <source>Set up the database (company and first user) before adding demo data.</source>
        <translation>Przed dodaniem danych demonstracyjnych skonfiguruj bazę danych (firmę i pierwszego użytkownika).</translation>
    </message>
    <message numerus="yes">
        <source>This database already holds %n contact(s); demo data only goes into a new, empty database.</source>
        <translation>
            <numerusform>Ta baza danych zawiera już %n kontakt; dane demonstracyjne można dodać tylko do nowej, pustej bazy danych.</numerusform>
            <numerusform>Ta baza danych zawiera już %n kontakty; dane demonstracyjne można dodać tylko do nowej, pustej bazy danych.</numerusform>
            <numerusform>Ta baza danych zawiera już %n kontaktów; dane demonstracyjne można dodać tylko do nowej, pustej bazy danych.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data needs a default pipeline with open, won and lost stages.</source>
        <translation>Dane demonstracyjne wymagają domyślnego lejka sprzedaży z etapami typu „W toku”, „Wygrana” i „Przegrana”.</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Brak decyzji</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>Produkcja</translation>
    </message>
    <message>
        <source>Wholesale</source>
        <translation>Handel hurtowy</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Handel detaliczny</translation>
    </message>
    <message>
        <source>Transport and logistics</source>
        <translation>Transport i logistyka</translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation>Żywność i napoje</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Budownictwo</translation>
    </message>
    <message>
        <source>Pharmaceuticals</source>
        <translation>Farmacja</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>Motoryzacja</translation>
    </message>
    <message>
        <source>E-commerce</source>
        <translation>E-commerce</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Rolnictwo</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>Meblarstwo</translation>
    </message>
    <message>
        <source>Chemicals</source>
        <translation>Przemysł chemiczny</translation>
    </message>
    <message>
        <source>Small business</source>
        <translation>Małe firmy</translation>
    </message>
    <message>
        <source>Mid-market</source>
        <translation>Średnie firmy</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Duże przedsiębiorstwa</translation>
    </message>
    <message>
        <source>racking projects</source>
        <translation>projekty regałowe</translation>
    </message>
    <message>
        <source>forklifts</source>
        <translation>wózki widłowe</translation>
    </message>
    <message>
        <source>warehouse software</source>
        <translation>oprogramowanie magazynowe</translation>
    </message>
    <message>
        <source>service contracts</source>
        <translation>umowy serwisowe</translation>
    </message>
    <message>
        <source>public tenders</source>
        <translation>przetargi publiczne</translation>
    </message>
    <message>
        <source>key accounts</source>
        <translation>kluczowi klienci</translation>
    </message>
    <message>
        <source>Warehouse racking</source>
        <translation>Regały magazynowe</translation>
    </message>
    <message>
        <source>Forklift fleet rental</source>
        <translation>Wynajem floty wózków widłowych</translation>
    </message>
    <message>
        <source>Warehouse software roll-out</source>
        <translation>Wdrożenie oprogramowania magazynowego</translation>
    </message>
    <message>
        <source>Barcode scanners</source>
        <translation>Skanery kodów kreskowych</translation>
    </message>
    <message>
        <source>Maintenance contract renewal</source>
        <translation>Odnowienie umowy serwisowej</translation>
    </message>
    <message>
        <source>New warehouse fit-out</source>
        <translation>Wyposażenie nowego magazynu</translation>
    </message>
    <message>
        <source>Packaging line</source>
        <translation>Linia pakująca</translation>
    </message>
    <message>
        <source>Safety training</source>
        <translation>Szkolenie BHP</translation>
    </message>
    <message>
        <source>Label printers</source>
        <translation>Drukarki etykiet</translation>
    </message>
    <message>
        <source>Spare parts</source>
        <translation>Części zamienne</translation>
    </message>
    <message>
        <source>Pallet racking bay</source>
        <translation>Sekcja regału paletowego</translation>
    </message>
    <message>
        <source>pc</source>
        <translation>szt.</translation>
    </message>
    <message>
        <source>Racking</source>
        <translation>Regały</translation>
    </message>
    <message>
        <source>Light-duty shelving unit</source>
        <translation>Regał półkowy do lekkich ładunków</translation>
    </message>
    <message>
        <source>Electric pallet truck</source>
        <translation>Elektryczny wózek paletowy</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Sprzęt</translation>
    </message>
    <message>
        <source>Forklift rental</source>
        <translation>Wynajem wózka widłowego</translation>
    </message>
    <message>
        <source>month</source>
        <translation>miesiąc</translation>
    </message>
    <message>
        <source>Rental</source>
        <translation>Wynajem</translation>
    </message>
    <message>
        <source>Handheld barcode scanner</source>
        <translation>Ręczny skaner kodów kreskowych</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>Drukarka etykiet</translation>
    </message>
    <message>
        <source>Warehouse software licence</source>
        <translation>Licencja na oprogramowanie magazynowe</translation>
    </message>
    <message>
        <source>user/year</source>
        <translation>użytkownik/rok</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Oprogramowanie</translation>
    </message>
    <message>
        <source>Warehouse software implementation</source>
        <translation>Usługa wdrożenia oprogramowania magazynowego</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>godzina</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Usługi</translation>
    </message>
    <message>
        <source>Maintenance contract</source>
        <translation>Umowa serwisowa</translation>
    </message>
    <message>
        <source>year</source>
        <translation>rok</translation>
    </message>
    <message>
        <source>Forklift safety training</source>
        <translation>Szkolenie z bezpiecznej obsługi wózków widłowych</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dzień</translation>
    </message>
    <message>
        <source>Stretch wrapping machine</source>
        <translation>Owijarka do folii stretch</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Montaż</translation>
    </message>
    <message>
        <source>Warehouse efficiency webinar</source>
        <translation>Webinar „Efektywny magazyn”</translation>
    </message>
    <message>
        <source>Logistics trade fair stand</source>
        <translation>Stoisko na targach logistycznych</translation>
    </message>
    <message>
        <source>Spring forklift rental offer</source>
        <translation>Wiosenna oferta wynajmu wózków widłowych</translation>
    </message>
    <message>
        <source>Safety training roadshow</source>
        <translation>Cykl wyjazdowych szkoleń BHP</translation>
    </message>
    <message>
        <source>Online ads: warehouse software</source>
        <translation>Reklamy online: oprogramowanie magazynowe</translation>
    </message>
    <message>
        <source>Partner referral programme</source>
        <translation>Partnerski program poleceń</translation>
    </message>
    <message>
        <source>Autumn trade fair</source>
        <translation>Targi jesienne</translation>
    </message>
    <message>
        <source>Large rental fleet, fast delivery.</source>
        <translation>Duża flota do wynajęcia, szybka dostawa.</translation>
    </message>
    <message>
        <source>Slow service outside the capital.</source>
        <translation>Powolny serwis poza stolicą.</translation>
    </message>
    <message>
        <source>Low prices on standard racking.</source>
        <translation>Niskie ceny regałów standardowych.</translation>
    </message>
    <message>
        <source>No installation team of their own.</source>
        <translation>Brak własnej ekipy montażowej.</translation>
    </message>
    <message>
        <source>Strong in Poland, good references.</source>
        <translation>Silna pozycja w Polsce, dobre referencje.</translation>
    </message>
    <message>
        <source>Long lead times.</source>
        <translation>Długie terminy realizacji.</translation>
    </message>
    <message>
        <source>Local warehouse software, cheap licences.</source>
        <translation>Lokalne oprogramowanie magazynowe, tanie licencje.</translation>
    </message>
    <message>
        <source>Limited integrations.</source>
        <translation>Ograniczone możliwości integracji.</translation>
    </message>
    <message>
        <source>Well-known brand, complete projects.</source>
        <translation>Znana marka, projekty pod klucz.</translation>
    </message>
    <message>
        <source>Expensive; little room to negotiate.</source>
        <translation>Wysokie ceny; niewielkie pole do negocjacji.</translation>
    </message>
    <message>
        <source>Dense service network in Romania.</source>
        <translation>Gęsta sieć serwisowa w Rumunii.</translation>
    </message>
    <message>
        <source>Weak in software.</source>
        <translation>Słaba oferta oprogramowania.</translation>
    </message>
    <message>
        <source>Modern cloud software.</source>
        <translation>Nowoczesne oprogramowanie w chmurze.</translation>
    </message>
    <message>
        <source>No hardware, needs partners.</source>
        <translation>Brak własnego sprzętu, potrzebuje partnerów.</translation>
    </message>
    <message>
        <source>Flexible short-term rental.</source>
        <translation>Elastyczny wynajem krótkoterminowy.</translation>
    </message>
    <message>
        <source>Old equipment.</source>
        <translation>Przestarzały sprzęt.</translation>
    </message>
    <message>
        <source>Team North</source>
        <translation>Zespół Północ</translation>
    </message>
    <message>
        <source>Team South-East</source>
        <translation>Zespół Południowy Wschód</translation>
    </message>
    <message>
        <source>Team Baltic and Export</source>
        <translation>Zespół Bałtyk i Eksport</translation>
    </message>
    <message>
        <source>Team Poland</source>
        <translation>Zespół Polska</translation>
    </message>
    <message>
        <source>Team Ukraine</source>
        <translation>Zespół Ukraina</translation>
    </message>
    <message>
        <source>Team Romania and Moldova</source>
        <translation>Zespół Rumunia i Mołdawia</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Litwa</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polska</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraina</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumunia</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Mołdawia</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Wielka Brytania</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlandia</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>litewski</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polski</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukraiński</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>rumuński</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>rosyjski</translation>
    </message>
    <message>
        <source>English</source>
        <translation>angielski</translation>
    </message>
    <message>
        <source>Weekly sales meeting</source>
        <translation>Cotygodniowe spotkanie zespołu sprzedaży</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Sala konferencyjna</translation>
    </message>
    <message>
        <source>One-to-one: pipeline and coaching</source>
        <translation>Rozmowa indywidualna: lejek sprzedaży i coaching</translation>
    </message>
    <message>
        <source>Sales management meeting</source>
        <translation>Spotkanie kierownictwa sprzedaży</translation>
    </message>
    <message>
        <source>Pipeline review</source>
        <translation>Przegląd lejka sprzedaży</translation>
    </message>
    <message>
        <source>Doctor&apos;s appointment</source>
        <translation>Wizyta u lekarza</translation>
    </message>
</context>
<context>
    <name>DocumentTemplates</name>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Order confirmation</source>
        <translation>Potwierdzenie zamówienia</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Umowa</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>List</translation>
    </message>
    <message>
        <source>There is no document template &quot;%1&quot;: neither %1.%2.html nor %1.html in %3, and none is shipped with Tandem.</source>
        <translation>Nie ma szablonu dokumentu „%1”: w folderze %3 nie ma pliku %1.%2.html ani %1.html, a Tandem nie zawiera takiego szablonu.</translation>
    </message>
    <message>
        <source>cannot write the document template: %1</source>
        <translation>nie można zapisać szablonu dokumentu: %1</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>nie można utworzyć folderu</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>cannot write the document: %1</source>
        <translation>nie można zapisać dokumentu: %1</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>folder %1 nie istnieje</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>nie można zapisywać w tym folderze</translation>
    </message>
    <message>
        <source>The document has no pages.</source>
        <translation>Dokument nie ma żadnych stron.</translation>
    </message>
    <message>
        <source>There is no document with id %1.</source>
        <translation>Nie ma dokumentu o id %1.</translation>
    </message>
    <message>
        <source>Sent “%1” to %2</source>
        <translation>Wysłano „%1” na adres %2</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Nie ma kontaktu o id %1.</translation>
    </message>
    <message>
        <source>The logo is not an image.</source>
        <translation>Plik logo nie jest obrazem.</translation>
    </message>
</context>
<context>
    <name>DormantRules</name>
    <message>
        <source>No purchase in 6 months</source>
        <translation>Brak zakupów od 6 miesięcy</translation>
    </message>
    <message>
        <source>Offer something new to {company}</source>
        <translation>Zaproponuj nowości firmie {company}</translation>
    </message>
    <message>
        <source>No contact in 90 days</source>
        <translation>Brak kontaktu od 90 dni</translation>
    </message>
    <message>
        <source>Get back in touch with {company}</source>
        <translation>Odnów kontakt z firmą {company}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>Dear {contact},

we last spoke on {last_contact}, and I would like to hear how things are going at {company}. May I call you one of these days, or would you like to meet?

Kind regards,
{owner}</source>
        <translation>Dzień dobry, {contact}!

Ostatnio rozmawialiśmy {last_contact} i chętnie dowiem się, co słychać w firmie {company}. Czy mogę zadzwonić w najbliższych dniach, czy woli Pan/Pani się spotkać?

Z pozdrowieniami
{owner}</translation>
    </message>
    <message>
        <source>Dear {contact},

thank you for your order of {last_purchase}. Since then we have added products and services that may be of use to {company}, and I would be glad to show them to you.

Kind regards,
{owner}</source>
        <translation>Dzień dobry, {contact}!

Dziękuję za zamówienie z dnia {last_purchase}. Od tego czasu poszerzyliśmy ofertę o produkty i usługi, które mogą się przydać firmie {company}, i chętnie je Panu/Pani przedstawię.

Z pozdrowieniami
{owner}</translation>
    </message>
    <message>
        <source>The dormant-customer rule no longer exists.</source>
        <translation>Ta reguła uśpionych klientów już nie istnieje.</translation>
    </message>
    <message>
        <source>“%1” is no longer waiting for a follow-up by this rule.</source>
        <translation>Według tej reguły klient „%1” nie czeka już na ponowny kontakt.</translation>
    </message>
    <message>
        <source>Follow up with {company}</source>
        <translation>Skontaktuj się ponownie z firmą {company}</translation>
    </message>
    <message>
        <source>No follow-up tasks were created: the task for “%1” was refused (%2).</source>
        <translation>Nie utworzono zadań ponownego kontaktu: zadanie dla „%1” zostało odrzucone (%2).</translation>
    </message>
    <message>
        <source>“%1” has an open complaint: resolve it before sending a sales letter.</source>
        <translation>Klient „%1” ma otwartą reklamację: rozwiąż ją przed wysłaniem listu sprzedażowego.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same registration code</source>
        <translation>ten sam numer rejestrowy</translation>
    </message>
    <message>
        <source>same VAT code</source>
        <translation>ten sam NIP</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>ten sam e-mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>ten sam telefon</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>ta sama nazwa</translation>
    </message>
    <message>
        <source>similar name at the same company</source>
        <translation>podobne imię i nazwisko w tej samej firmie</translation>
    </message>
    <message>
        <source>same website</source>
        <translation>ta sama strona WWW</translation>
    </message>
    <message>
        <source>duplicates are looked for among contacts and companies, not &apos;%1&apos;</source>
        <translation>duplikatów szuka się tylko wśród kontaktów i firm, a nie wśród &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a record cannot be a duplicate of itself</source>
        <translation>rekord nie może być duplikatem samego siebie</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>nie ma rekordu %1 o id %2</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>Setting</source>
        <translation>Ustawienie</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Użytkownicy</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Zespoły</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Terytorium</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Terytoria</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmy</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Contact detail</source>
        <translation>Sposób kontaktu</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Sposoby kontaktu</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation>Przypisanie tagu</translation>
    </message>
    <message>
        <source>Taggings</source>
        <translation>Przypisania tagów</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenty</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Lejek sprzedaży</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Lejki sprzedaży</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapy</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Transakcja</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <source>Playbook action</source>
        <translation>Krok scenariusza</translation>
    </message>
    <message>
        <source>Playbook actions</source>
        <translation>Kroki scenariusza</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Powód przegranej</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>Powody przegranej</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Konkurent</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Konkurenci</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cel sprzedażowy</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cele sprzedażowe</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanie</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktywność</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktywności</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Cennik</translation>
    </message>
    <message>
        <source>Price lists</source>
        <translation>Cenniki</translation>
    </message>
    <message>
        <source>Price list item</source>
        <translation>Pozycja cennika</translation>
    </message>
    <message>
        <source>Price list items</source>
        <translation>Pozycje cennika</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Oferty</translation>
    </message>
    <message>
        <source>Quote line</source>
        <translation>Pozycja oferty</translation>
    </message>
    <message>
        <source>Quote lines</source>
        <translation>Pozycje oferty</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Zgłoszenia</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Wykluczony duplikat</translation>
    </message>
    <message>
        <source>Not duplicates</source>
        <translation>Wykluczone duplikaty</translation>
    </message>
    <message>
        <source>Routing rule</source>
        <translation>Reguła przydziału</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>Reguły przydziału</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Powiadomienie</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Powiadomienia</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Przypomnienie</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <source>Dormant-customer rule</source>
        <translation>Reguła uśpionych klientów</translation>
    </message>
    <message>
        <source>Dormant-customer rules</source>
        <translation>Reguły uśpionych klientów</translation>
    </message>
    <message>
        <source>Case deadline rule</source>
        <translation>Reguła terminów zgłoszeń</translation>
    </message>
    <message>
        <source>Case deadline rules</source>
        <translation>Reguły terminów zgłoszeń</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Dzień wolny</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Dni wolne</translation>
    </message>
</context>
<context>
    <name>Escalations</name>
    <message>
        <source>no owner</source>
        <translation>bez właściciela</translation>
    </message>
    <message>
        <source>“%1” on deal “%2” (%3) is past its deadline and not done.</source>
        <translation>Zadanie „%1” w transakcji „%2” (%3) jest po terminie i nie zostało wykonane.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” on deal “%2” (%3) is not done %n day(s) after the deal entered “%4”.</source>
        <translation>
            <numerusform>Zadanie „%1” w transakcji „%2” (%3) nie zostało wykonane mimo upływu %n dnia od wejścia transakcji do etapu „%4”.</numerusform>
            <numerusform>Zadanie „%1” w transakcji „%2” (%3) nie zostało wykonane mimo upływu %n dni od wejścia transakcji do etapu „%4”.</numerusform>
            <numerusform>Zadanie „%1” w transakcji „%2” (%3) nie zostało wykonane mimo upływu %n dni od wejścia transakcji do etapu „%4”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deal “%1” (%2) has been in “%3” for more than %n day(s).</source>
        <translation>
            <numerusform>Transakcja „%1” (%2) jest w etapie „%3” dłużej niż %n dzień.</numerusform>
            <numerusform>Transakcja „%1” (%2) jest w etapie „%3” dłużej niż %n dni.</numerusform>
            <numerusform>Transakcja „%1” (%2) jest w etapie „%3” dłużej niż %n dni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has answered the case “%1” of %2 (%3) by its deadline.</source>
        <translation>Nikt nie odpowiedział w terminie na zgłoszenie „%1” firmy %2 (%3).</translation>
    </message>
    <message>
        <source>The case “%1” of %2 (%3) is past its resolution deadline.</source>
        <translation>Zgłoszenie „%1” firmy %2 (%3) jest po terminie rozwiązania.</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>brak klienta</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Key</source>
        <translation>Klucz</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
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
        <translation>Rola</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Kierownik</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Umiejętności</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <source>Calendar visibility</source>
        <translation>Widoczność kalendarza</translation>
    </message>
    <message>
        <source>Parent team</source>
        <translation>Zespół nadrzędny</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Postcode from</source>
        <translation>Kod pocztowy od</translation>
    </message>
    <message>
        <source>Postcode to</source>
        <translation>Kod pocztowy do</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branża</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Pełna nazwa</translation>
    </message>
    <message>
        <source>Registration code</source>
        <translation>Numer rejestrowy (KRS/REGON)</translation>
    </message>
    <message>
        <source>VAT code</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Loyalty tier</source>
        <translation>Poziom lojalnościowy</translation>
    </message>
    <message>
        <source>ABC class</source>
        <translation>Klasa ABC</translation>
    </message>
    <message>
        <source>Parent company</source>
        <translation>Firma nadrzędna</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Terytorium</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>Data odnowienia</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Decydent</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Przełożony</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Telefon komórkowy</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>E-mail consent</source>
        <translation>Zgoda na kontakt e-mail</translation>
    </message>
    <message>
        <source>Phone consent</source>
        <translation>Zgoda na kontakt telefoniczny</translation>
    </message>
    <message>
        <source>Postal consent</source>
        <translation>Zgoda na korespondencję pocztową</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Następny kontakt</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Zdjęcie</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Główny</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kolor</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Typ rekordu</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtr</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nazwa firmy</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Powód przegranej</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Potrzeby</translation>
    </message>
    <message>
        <source>Qualification answers</source>
        <translation>Odpowiedzi kwalifikacyjne</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Transakcja</translation>
    </message>
    <message>
        <source>Converted at</source>
        <translation>Data konwersji</translation>
    </message>
    <message>
        <source>First contact due</source>
        <translation>Termin pierwszego kontaktu</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Kolejność</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Domyślny</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>Prawdopodobieństwo %</translation>
    </message>
    <message>
        <source>Stalled after days</source>
        <translation>Zastój po (dniach)</translation>
    </message>
    <message>
        <source>Requires checklist</source>
        <translation>Wymaga listy kontrolnej</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Przewidywana data zamknięcia</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Konkurent</translation>
    </message>
    <message>
        <source>Won at</source>
        <translation>Data wygrania</translation>
    </message>
    <message>
        <source>Lost at</source>
        <translation>Data przegrania</translation>
    </message>
    <message>
        <source>In stage since</source>
        <translation>W etapie od</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Następny krok</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrukcje</translation>
    </message>
    <message>
        <source>Deadline (days)</source>
        <translation>Termin (dni)</translation>
    </message>
    <message>
        <source>Hard deadline</source>
        <translation>Termin nieprzekraczalny</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Wykonawca (rola)</translation>
    </message>
    <message>
        <source>Document template</source>
        <translation>Szablon dokumentu</translation>
    </message>
    <message>
        <source>Escalate after days</source>
        <translation>Eskalacja po (dniach)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obowiązkowy</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Warunek</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Mocne strony</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Słabe strony</translation>
    </message>
    <message>
        <source>Price points</source>
        <translation>Poziomy cen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Początek okresu</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Przychód</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>Nowe transakcje</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktywności</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Data rozpoczęcia</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Data zakończenia</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budżet</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>Goal: leads</source>
        <translation>Cel: leady</translation>
    </message>
    <message>
        <source>Goal: revenue</source>
        <translation>Cel: przychód</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Cały dzień</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonane</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Data wykonania</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Powtarzanie</translation>
    </message>
    <message>
        <source>Reminder (minutes before)</source>
        <translation>Przypomnienie (minut przed)</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Widoczność</translation>
    </message>
    <message>
        <source>Playbook action</source>
        <translation>Krok scenariusza</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktywność</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>Stawka VAT %</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Obowiązuje od</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Obowiązuje do</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Cennik</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Ważna do</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Rabat %</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Data wysłania</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Zatwierdził(a)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Szablon</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Cena jednostkowa</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Rozwiązanie</translation>
    </message>
    <message>
        <source>Respond by</source>
        <translation>Termin odpowiedzi</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>Termin rozwiązania</translation>
    </message>
    <message>
        <source>Responded at</source>
        <translation>Data odpowiedzi</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>Data rozwiązania</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>Zadowolenie klienta (1-5)</translation>
    </message>
    <message>
        <source>Satisfaction comment</source>
        <translation>Komentarz do oceny</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Typ pliku</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Suma kontrolna</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Zawartość</translation>
    </message>
    <message>
        <source>Linked record type</source>
        <translation>Typ powiązanego rekordu</translation>
    </message>
    <message>
        <source>Linked record</source>
        <translation>Powiązany rekord</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Wysłane przez</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Scalono z</translation>
    </message>
    <message>
        <source>First record</source>
        <translation>Pierwszy rekord</translation>
    </message>
    <message>
        <source>Second record</source>
        <translation>Drugi rekord</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Drugie imię</translation>
    </message>
    <message>
        <source>Name prefix</source>
        <translation>Tytuł przed imieniem</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Sufiks po nazwisku</translation>
    </message>
    <message>
        <source>Work e-mail</source>
        <translation>E-mail służbowy</translation>
    </message>
    <message>
        <source>Home e-mail</source>
        <translation>E-mail prywatny</translation>
    </message>
    <message>
        <source>Other e-mail</source>
        <translation>Inny e-mail</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Telefon służbowy</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Telefon domowy</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Inny telefon</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Faks</translation>
    </message>
    <message>
        <source>Home fax</source>
        <translation>Faks domowy</translation>
    </message>
    <message>
        <source>Home street</source>
        <translation>Adres domowy: ulica</translation>
    </message>
    <message>
        <source>Home city</source>
        <translation>Adres domowy: miejscowość</translation>
    </message>
    <message>
        <source>Home region</source>
        <translation>Adres domowy: region</translation>
    </message>
    <message>
        <source>Home postcode</source>
        <translation>Adres domowy: kod pocztowy</translation>
    </message>
    <message>
        <source>Home country</source>
        <translation>Adres domowy: kraj</translation>
    </message>
    <message>
        <source>When the source is</source>
        <translation>Gdy źródło to</translation>
    </message>
    <message>
        <source>When the industry is</source>
        <translation>Gdy branża to</translation>
    </message>
    <message>
        <source>When the territory is</source>
        <translation>Gdy terytorium to</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Przydziel</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Treść</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>Data odczytania</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Strefa czasowa</translation>
    </message>
    <message>
        <source>Skipped occurrences</source>
        <translation>Pominięte wystąpienia</translation>
    </message>
    <message>
        <source>Calendar UID</source>
        <translation>UID kalendarza</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Wystąpienie</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>Odłożone do</translation>
    </message>
    <message>
        <source>Dismissed at</source>
        <translation>Data odrzucenia</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dni</translation>
    </message>
    <message>
        <source>Task subject</source>
        <translation>Temat zadania</translation>
    </message>
    <message>
        <source>Task due in days</source>
        <translation>Termin zadania (dni)</translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation>Szablon listu</translation>
    </message>
    <message>
        <source>Done by (person)</source>
        <translation>Wykonawca (osoba)</translation>
    </message>
    <message>
        <source>Opens a case</source>
        <translation>Otwiera zgłoszenie</translation>
    </message>
    <message>
        <source>Respond within (working hours)</source>
        <translation>Czas na odpowiedź (w godzinach pracy)</translation>
    </message>
    <message>
        <source>Resolve within (working hours)</source>
        <translation>Czas na rozwiązanie (w godzinach pracy)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
</context>
<context>
    <name>FieldDisplay</name>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message numerus="yes">
        <source>(%n bytes)</source>
        <translation>
            <numerusform>(%n bajt)</numerusform>
            <numerusform>(%n bajty)</numerusform>
            <numerusform>(%n bajtów)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldFormat</name>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>&apos;%1&apos; nie jest adresem e-mail</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address</source>
        <translation>&apos;%1&apos; nie jest adresem strony internetowej</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; nie jest liczbą całkowitą</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not true or false</source>
        <translation>&apos;%1&apos; nie jest wartością logiczną (true lub false)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number with at most %2 decimals</source>
        <translation>&apos;%1&apos; nie jest poprawną liczbą (dozwolone miejsca po przecinku: najwyżej %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; nie jest datą (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (YYYY-MM-DDTHH:MM)</source>
        <translation>&apos;%1&apos; nie jest datą z godziną (RRRR-MM-DDTGG:MM)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>&apos;%1&apos; nie jest żadną z dozwolonych wartości: %2</translation>
    </message>
</context>
<context>
    <name>FileSystemKind</name>
    <message>
        <source>%1 is on a network share (%2). Tandem keeps its database on this computer: over a network the file&apos;s locks are not reliable, and two computers writing it at once can damage it. Copy the database to this computer and share your work through a shared sync folder instead (Settings › Shared sync folder).</source>
        <translation>Plik %1 znajduje się w udziale sieciowym (%2). Tandem przechowuje bazę danych na tym komputerze: przez sieć blokady pliku nie działają niezawodnie, a jednoczesny zapis z dwóch komputerów może go uszkodzić. Skopiuj bazę danych na ten komputer, a zmianami wymieniaj się przez folder współdzielony do synchronizacji (Ustawienia › Folder współdzielony do synchronizacji).</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Nie można zapisać pliku %1: %2</translation>
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
        <translation>Złoty polski</translation>
    </message>
    <message>
        <source>Ukrainian hryvnia</source>
        <translation>Hrywna ukraińska</translation>
    </message>
    <message>
        <source>Romanian leu</source>
        <translation>Lej rumuński</translation>
    </message>
    <message>
        <source>Moldovan leu</source>
        <translation>Lej mołdawski</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>Dolar amerykański</translation>
    </message>
    <message>
        <source>Pound sterling</source>
        <translation>Funt szterling</translation>
    </message>
    <message>
        <source>Swiss franc</source>
        <translation>Frank szwajcarski</translation>
    </message>
    <message>
        <source>Czech koruna</source>
        <translation>Korona czeska</translation>
    </message>
    <message>
        <source>Swedish krona</source>
        <translation>Korona szwedzka</translation>
    </message>
    <message>
        <source>Norwegian krone</source>
        <translation>Korona norweska</translation>
    </message>
    <message>
        <source>Danish krone</source>
        <translation>Korona duńska</translation>
    </message>
    <message>
        <source>Hungarian forint</source>
        <translation>Forint węgierski</translation>
    </message>
    <message>
        <source>Bulgarian lev</source>
        <translation>Lew bułgarski</translation>
    </message>
</context>
<context>
    <name>Ics</name>
    <message>
        <source>“%1” is not a date (YYYYMMDD)</source>
        <translation>„%1” nie jest datą (RRRRMMDD)</translation>
    </message>
    <message>
        <source>“%1” is not a date and time (YYYYMMDDTHHMMSS, Z for UTC)</source>
        <translation>„%1” nie jest datą z godziną (RRRRMMDDTGGMMSS, Z dla UTC)</translation>
    </message>
    <message>
        <source>the event has no DTSTART</source>
        <translation>wydarzenie nie ma właściwości DTSTART</translation>
    </message>
    <message>
        <source>“%1” is not a duration (PT1H30M)</source>
        <translation>„%1” nie jest czasem trwania (PT1H30M)</translation>
    </message>
    <message>
        <source>the end is before the start (DTSTART %1)</source>
        <translation>koniec jest wcześniejszy niż początek (DTSTART %1)</translation>
    </message>
    <message>
        <source>a repeating item needs a DTSTART</source>
        <translation>element cykliczny wymaga właściwości DTSTART</translation>
    </message>
    <message>
        <source>the file is empty: there is no calendar in it</source>
        <translation>plik jest pusty: nie zawiera kalendarza</translation>
    </message>
    <message>
        <source>this is not an iCalendar file: it starts with “%1”, not BEGIN:VCALENDAR</source>
        <translation>to nie jest plik iCalendar: zaczyna się od „%1”, a nie od BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>BEGIN:%1 outside the calendar</source>
        <translation>BEGIN:%1 poza kalendarzem</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>nie można otworzyć pliku: %1</translation>
    </message>
    <message>
        <source>BEGIN:%1 has no END:%1 (%2 follows on line %3)</source>
        <translation>BEGIN:%1 nie ma END:%1 (w wierszu %3 następuje %2)</translation>
    </message>
    <message>
        <source>END:%1 without BEGIN:%1</source>
        <translation>END:%1 bez BEGIN:%1</translation>
    </message>
    <message>
        <source>END:%1 where END:%2 was expected (BEGIN:%2 on line %3)</source>
        <translation>END:%1 tam, gdzie oczekiwano END:%2 (BEGIN:%2 w wierszu %3)</translation>
    </message>
    <message>
        <source>text outside the calendar (BEGIN:VCALENDAR … END:VCALENDAR)</source>
        <translation>tekst poza kalendarzem (BEGIN:VCALENDAR … END:VCALENDAR)</translation>
    </message>
    <message>
        <source>the file ends inside the %1 that starts on this line (no END:%1)</source>
        <translation>plik kończy się wewnątrz bloku %1, który zaczyna się w tym wierszu (brak END:%1)</translation>
    </message>
    <message>
        <source>the line has no “:” between the property name and its value</source>
        <translation>w wierszu brakuje „:” między nazwą właściwości a jej wartością</translation>
    </message>
    <message>
        <source>the line is not an iCalendar property (NAME:value expected)</source>
        <translation>wiersz nie jest właściwością iCalendar (oczekiwano NAZWA:wartość)</translation>
    </message>
    <message>
        <source>the parameter “%1” has no NAME=value form</source>
        <translation>parametr „%1” nie ma postaci NAZWA=wartość</translation>
    </message>
    <message>
        <source>the VTIMEZONE has no TZID</source>
        <translation>blok VTIMEZONE nie ma TZID</translation>
    </message>
    <message>
        <source>the time zone “%1” has a %2 without a valid DTSTART</source>
        <translation>strefa czasowa „%1” ma blok %2 bez poprawnej wartości DTSTART</translation>
    </message>
    <message>
        <source>the time zone “%1” has a %2 without a valid TZOFFSETTO</source>
        <translation>strefa czasowa „%1” ma blok %2 bez poprawnej wartości TZOFFSETTO</translation>
    </message>
    <message>
        <source>the time zone “%1” has neither STANDARD nor DAYLIGHT</source>
        <translation>strefa czasowa „%1” nie ma bloku STANDARD ani DAYLIGHT</translation>
    </message>
    <message>
        <source>unknown time zone “%1”, and the file has no VTIMEZONE that defines it</source>
        <translation>nieznana strefa czasowa „%1”, a plik nie zawiera definiującego ją bloku VTIMEZONE</translation>
    </message>
    <message>
        <source>the UID “%1” is already used by the item on line %2</source>
        <translation>UID „%1” jest już używany przez element z wiersza %2</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>nie można zapisać pliku: %1</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>vCard files hold contacts, not %1 records</source>
        <translation>pliki vCard zawierają kontakty, a nie rekordy %1</translation>
    </message>
    <message>
        <source>the file&apos;s columns changed since they were mapped; open it again</source>
        <translation>kolumny pliku zmieniły się od czasu ich przypisania; otwórz plik ponownie</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>nie ma rekordu %1 o id %2</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>The database file cannot be read: it is damaged.</source>
        <translation>Nie można odczytać pliku bazy danych: plik jest uszkodzony.</translation>
    </message>
    <message>
        <source>Damaged storage: %1</source>
        <translation>Uszkodzone dane: %1</translation>
    </message>
    <message>
        <source>A %1 record (row %2) points to a missing %3.</source>
        <translation>Rekord %1 (wiersz %2) odwołuje się do nieistniejącego rekordu %3.</translation>
    </message>
    <message>
        <source>The search index is incomplete (%1 of %2 records); rebuild it with &apos;tandem-cli check --repair&apos;.</source>
        <translation>Indeks wyszukiwania jest niekompletny (%1 z %2 rekordów); odbuduj go poleceniem &apos;tandem-cli check --repair&apos;.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>cannot write the labels: %1</source>
        <translation>nie można zapisać etykiet: %1</translation>
    </message>
    <message>
        <source>A4, 3 × 8 labels, 70 × 37 mm (Avery 3474)</source>
        <translation>A4, 3 × 8 etykiet, 70 × 37 mm (Avery 3474)</translation>
    </message>
    <message>
        <source>A4, 3 × 7 labels, 70 × 42.3 mm (Avery 3652)</source>
        <translation>A4, 3 × 7 etykiet, 70 × 42,3 mm (Avery 3652)</translation>
    </message>
    <message>
        <source>A4, 2 × 7 labels, 99.1 × 38.1 mm (Avery L7163)</source>
        <translation>A4, 2 × 7 etykiet, 99,1 × 38,1 mm (Avery L7163)</translation>
    </message>
    <message>
        <source>A4, 2 × 8 labels, 105 × 37 mm (Avery 3484)</source>
        <translation>A4, 2 × 8 etykiet, 105 × 37 mm (Avery 3484)</translation>
    </message>
    <message>
        <source>A4, 3 × 11 labels, 70 × 25.4 mm (Avery 3421)</source>
        <translation>A4, 3 × 11 etykiet, 70 × 25,4 mm (Avery 3421)</translation>
    </message>
    <message>
        <source>A4, 3 × 7 labels, 63.5 × 38.1 mm (Avery L7160)</source>
        <translation>A4, 3 × 7 etykiet, 63,5 × 38,1 mm (Avery L7160)</translation>
    </message>
    <message>
        <source>A4, 2 × 8 labels, 99.1 × 33.9 mm (Avery L7162)</source>
        <translation>A4, 2 × 8 etykiet, 99,1 × 33,9 mm (Avery L7162)</translation>
    </message>
    <message>
        <source>A4, 2 × 5 labels, 99.1 × 57 mm (Avery L7173)</source>
        <translation>A4, 2 × 5 etykiet, 99,1 × 57 mm (Avery L7173)</translation>
    </message>
    <message>
        <source>there are no addresses to print</source>
        <translation>brak adresów do wydrukowania</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>Etykiety adresowe</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>nie można zapisywać w tym folderze</translation>
    </message>
</context>
<context>
    <name>LeadConversion</name>
    <message>
        <source>There is no lead with id %1.</source>
        <translation>Nie ma leada o id %1.</translation>
    </message>
    <message>
        <source>“%1” was already converted to the deal “%2”.</source>
        <translation>Lead „%1” został już skonwertowany na transakcję „%2”.</translation>
    </message>
    <message>
        <source>“%1” was lost. Reopen it before converting it.</source>
        <translation>Lead „%1” jest przegrany. Otwórz go ponownie, zanim go skonwertujesz.</translation>
    </message>
    <message>
        <source>“%1” was lost (%2). Reopen it before converting it.</source>
        <translation>Lead „%1” jest przegrany (%2). Otwórz go ponownie, zanim go skonwertujesz.</translation>
    </message>
    <message>
        <source>named on the lead</source>
        <translation>podano w leadzie</translation>
    </message>
    <message>
        <source>where %1 works</source>
        <translation>pracuje tu %1</translation>
    </message>
    <message>
        <source>There is no company with id %1.</source>
        <translation>Nie ma firmy o id %1.</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Nie ma kontaktu o id %1.</translation>
    </message>
</context>
<context>
    <name>LeadIntake</name>
    <message>
        <source>New lead assigned to you by rule “%1”: %2</source>
        <translation>Reguła „%1” przydzieliła Ci nowy lead: %2</translation>
    </message>
    <message>
        <source>New lead assigned to you: %1</source>
        <translation>Przydzielono Ci nowy lead: %1</translation>
    </message>
    <message>
        <source>%1 assigned a new lead to you: %2</source>
        <translation>Użytkownik %1 przydzielił Ci nowy lead: %2</translation>
    </message>
    <message>
        <source>The new lead could not be read back.</source>
        <translation>Nie udało się ponownie odczytać nowego leada.</translation>
    </message>
    <message>
        <source>First contact: %1</source>
        <translation>Pierwszy kontakt: %1</translation>
    </message>
    <message>
        <source>The first contact must be due within 0 to 90 days.</source>
        <translation>Termin pierwszego kontaktu musi wynosić od 0 do 90 dni.</translation>
    </message>
</context>
<context>
    <name>LeadQualification</name>
    <message>
        <source>What problem do they need solved?</source>
        <translation>Jaki problem klient chce rozwiązać?</translation>
    </message>
    <message>
        <source>Is there a budget, and how big is it?</source>
        <translation>Czy klient ma budżet i jak duży?</translation>
    </message>
    <message>
        <source>Who makes the decision?</source>
        <translation>Kto podejmuje decyzję?</translation>
    </message>
    <message>
        <source>When do they want to start?</source>
        <translation>Kiedy klient chce zacząć?</translation>
    </message>
    <message>
        <source>There is no lead with id %1.</source>
        <translation>Nie ma leada o id %1.</translation>
    </message>
    <message>
        <source>“%1” was lost. Reopen it before qualifying it.</source>
        <translation>Lead „%1” jest przegrany. Otwórz go ponownie, zanim go zakwalifikujesz.</translation>
    </message>
    <message>
        <source>“%1” was lost (%2). Reopen it before qualifying it.</source>
        <translation>Lead „%1” jest przegrany (%2). Otwórz go ponownie, zanim go zakwalifikujesz.</translation>
    </message>
    <message>
        <source>“%1” was already converted to the deal “%2”; qualify the deal instead.</source>
        <translation>Lead „%1” został już skonwertowany na transakcję „%2”; zakwalifikuj zamiast tego transakcję.</translation>
    </message>
    <message>
        <source>“%1” was already converted to the deal “%2”; if the sale fell through, lose the deal.</source>
        <translation>Lead „%1” został już skonwertowany na transakcję „%2”; jeśli sprzedaż nie doszła do skutku, oznacz transakcję jako przegraną.</translation>
    </message>
    <message>
        <source>Say why the lead was lost.</source>
        <translation>Podaj powód przegranej leada.</translation>
    </message>
    <message>
        <source>“%1” is not lost.</source>
        <translation>Lead „%1” nie jest przegrany.</translation>
    </message>
    <message>
        <source>Convert the lead to a deal instead (Convert to deal…, or tandem-cli convert lead): that makes its company, contact and deal.</source>
        <translation>Zamiast tego skonwertuj leada na transakcję (Konwertuj na transakcję… lub tandem-cli convert lead): to utworzy jego firmę, kontakt i transakcję.</translation>
    </message>
    <message>
        <source>“%1” was converted to the deal “%2” and stays converted.</source>
        <translation>Lead „%1” został skonwertowany na transakcję „%2” i tak pozostaje.</translation>
    </message>
</context>
<context>
    <name>LocaleValues</name>
    <message>
        <source>&apos;%1&apos; is not a date (%2 or YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; nie jest datą (%2 lub RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (%2)</source>
        <translation>&apos;%1&apos; nie jest datą z godziną (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2 or %3</source>
        <translation>&apos;%1&apos; nie jest wartością %2 ani %3</translation>
    </message>
</context>
<context>
    <name>Mailing</name>
    <message>
        <source>segment “%1” lists %2, not contacts: a mailing needs a segment of contacts</source>
        <translation>segment „%1” zawiera %2, a nie kontakty: korespondencja seryjna wymaga segmentu kontaktów</translation>
    </message>
    <message>
        <source>there is no contact segment “%1”</source>
        <translation>nie ma segmentu kontaktów „%1”</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Adres, wiersz 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adres, wiersz 2</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Tandem, a desktop CRM for small sales teams.</source>
        <translation>Tandem – CRM na komputer dla małych zespołów sprzedaży.</translation>
    </message>
    <message>
        <source>Open FILE instead of the default database (%1).</source>
        <translation>Otwórz plik FILE zamiast domyślnej bazy danych (%1).</translation>
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
        <translation>Tandem nie może otworzyć bazy danych %1.</translation>
    </message>
    <message>
        <source>A Tandem bundle (.tandem), address book (.vcf) or calendar (.ics) to bring in.</source>
        <translation>Paczka synchronizacji Tandem (.tandem), książka adresowa (.vcf) lub kalendarz (.ics) do wczytania.</translation>
    </message>
    <message>
        <source>Tandem is already open on the database %1.</source>
        <translation>Baza danych %1 jest już otwarta w programie Tandem.</translation>
    </message>
    <message>
        <source>It is held by %1, which does not answer. Close that Tandem window (or end that process) and start Tandem again.</source>
        <translation>Blokuje ją %1, który nie odpowiada. Zamknij tamto okno programu Tandem (lub zakończ ten proces) i uruchom Tandem ponownie.</translation>
    </message>
    <message>
        <source>Open it anyway?</source>
        <translation>Otworzyć mimo to?</translation>
    </message>
</context>
<context>
    <name>Materials</name>
    <message>
        <source>“%1” is empty; there is nothing to keep.</source>
        <translation>Plik „%1” jest pusty; nie ma czego przechowywać.</translation>
    </message>
    <message>
        <source>“%1” is %2; the library takes files up to %3.</source>
        <translation>Plik „%1” ma %2; biblioteka przyjmuje pliki o rozmiarze do %3.</translation>
    </message>
    <message>
        <source>There is no file with id %1 in the sales materials library.</source>
        <translation>W bibliotece materiałów sprzedażowych nie ma pliku o id %1.</translation>
    </message>
    <message>
        <source>A file in the library needs a name.</source>
        <translation>Plik w bibliotece musi mieć nazwę.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Nie można odczytać pliku „%1”: %2</translation>
    </message>
    <message>
        <source>There is no sales material with id %1.</source>
        <translation>Nie ma materiału sprzedażowego o id %1.</translation>
    </message>
    <message>
        <source>There is no deal with id %1.</source>
        <translation>Nie ma transakcji o id %1.</translation>
    </message>
    <message>
        <source>There is no quote with id %1.</source>
        <translation>Nie ma oferty o id %1.</translation>
    </message>
    <message>
        <source>Quote %1 belongs to another deal.</source>
        <translation>Oferta %1 należy do innej transakcji.</translation>
    </message>
</context>
<context>
    <name>MergeTemplate</name>
    <message>
        <source>%1, line %2: %3</source>
        <extracomment>%1 is the template file, %2 the line number, %3 what is wrong</extracomment>
        <translation>%1, wiersz %2: %3</translation>
    </message>
    <message>
        <source>the tag %1 is never closed with %2</source>
        <extracomment>%1 is the start of the tag as written in the template, %2 is }} or }}}</extracomment>
        <translation>znacznik %1 nie został zamknięty znakami %2</translation>
    </message>
    <message>
        <source>the tag %1 has no field name</source>
        <translation>znacznik %1 nie zawiera nazwy pola</translation>
    </message>
    <message>
        <source>%1 closes a section that was never opened</source>
        <translation>%1 zamyka sekcję, która nie została otwarta</translation>
    </message>
    <message>
        <source>%1 closes a section, but the open one is {{#%2}} (line %3)</source>
        <extracomment>%3 is the line where the section %2 was opened</extracomment>
        <translation>%1 zamyka sekcję, ale otwarta jest sekcja {{#%2}} (wiersz %3)</translation>
    </message>
    <message>
        <source>the section {{#%1}} is never closed</source>
        <translation>sekcja {{#%1}} nie została zamknięta</translation>
    </message>
</context>
<context>
    <name>OwnershipGuard</name>
    <message>
        <source>%1 owns %2, where %3 works. Agree with %1 before you contact %3.</source>
        <translation>Właścicielem firmy %2, w której pracuje %3, jest %1. Zanim nawiążesz kontakt, uzgodnij to z właścicielem.</translation>
    </message>
    <message>
        <source>%1 owns %2. Agree with %1 before you work on it.</source>
        <translation>Właścicielem rekordu %2 jest %1. Zanim się nim zajmiesz, uzgodnij to z właścicielem.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Inny użytkownik</translation>
    </message>
    <message>
        <source>%1 is working on %2, which you own.</source>
        <translation>%1 zajmuje się rekordem %2, którego jesteś właścicielem.</translation>
    </message>
    <message>
        <source>%1 is working with %2 at %3, which you own.</source>
        <translation>%1 kontaktuje się z osobą %2 z firmy %3, której jesteś właścicielem.</translation>
    </message>
</context>
<context>
    <name>PlaybookCondition</name>
    <message>
        <source>A condition starts with a deal field, as in: amount &gt; 10000</source>
        <translation>Warunek zaczyna się od pola transakcji, np.: amount &gt; 10000</translation>
    </message>
    <message>
        <source>A deal has no field &apos;%1&apos;</source>
        <translation>Transakcja nie ma pola &apos;%1&apos;</translation>
    </message>
    <message>
        <source>After &apos;%1&apos; comes a comparison: one of &gt; &gt;= &lt; &lt;= = !=</source>
        <translation>Po &apos;%1&apos; musi wystąpić operator porównania: &gt; &gt;= &lt; &lt;= = lub !=</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a comparison; use one of &gt; &gt;= &lt; &lt;= = !=</source>
        <translation>&apos;%1&apos; nie jest operatorem porównania; użyj jednego z: &gt; &gt;= &lt; &lt;= = !=</translation>
    </message>
    <message>
        <source>The condition has no value after &apos;%1&apos;</source>
        <translation>Warunek nie ma wartości po &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number to compare %2 with</source>
        <translation>&apos;%1&apos; nie jest liczbą, z którą można porównać pole %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more decimals than %2 amounts have</source>
        <translation>&apos;%1&apos; ma więcej miejsc po przecinku, niż dopuszcza waluta %2</translation>
    </message>
</context>
<context>
    <name>Playbooks</name>
    <message>
        <source>There is no deal with id %1</source>
        <translation>Nie ma transakcji o id %1</translation>
    </message>
    <message>
        <source>The playbook action “%1” has a condition that cannot be used: %2</source>
        <translation>Krok scenariusza „%1” ma warunek, którego nie można użyć: %2</translation>
    </message>
    <message>
        <source>This playbook action is not part of the deal&apos;s stage.</source>
        <translation>Ten krok scenariusza nie należy do bieżącego etapu transakcji.</translation>
    </message>
</context>
<context>
    <name>PublicHolidays</name>
    <message>
        <source>Lithuania</source>
        <translation>Litwa</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polska</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumunia</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraina</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Nowy Rok</translation>
    </message>
    <message>
        <source>Day of Restoration of the State of Lithuania</source>
        <translation>Dzień Przywrócenia Państwa Litewskiego</translation>
    </message>
    <message>
        <source>Day of Restoration of Independence of Lithuania</source>
        <translation>Dzień Przywrócenia Niepodległości Litwy</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Pierwszy dzień Wielkiej Nocy</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Drugi dzień Wielkiej Nocy</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Święto Pracy</translation>
    </message>
    <message>
        <source>Mother&apos;s Day</source>
        <translation>Dzień Matki</translation>
    </message>
    <message>
        <source>Father&apos;s Day</source>
        <translation>Dzień Ojca</translation>
    </message>
    <message>
        <source>St. John&apos;s Day</source>
        <translation>Dzień św. Jana</translation>
    </message>
    <message>
        <source>Statehood Day</source>
        <translation>Dzień Państwowości</translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation>Wniebowzięcie Najświętszej Maryi Panny</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>Wszystkich Świętych</translation>
    </message>
    <message>
        <source>All Souls&apos; Day</source>
        <translation>Dzień Zaduszny</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Wigilia Bożego Narodzenia</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Pierwszy dzień Bożego Narodzenia</translation>
    </message>
    <message>
        <source>Second Day of Christmas</source>
        <translation>Drugi dzień Bożego Narodzenia</translation>
    </message>
    <message>
        <source>Epiphany</source>
        <translation>Święto Trzech Króli</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>Święto Konstytucji</translation>
    </message>
    <message>
        <source>Pentecost Sunday</source>
        <translation>Pierwszy dzień Zielonych Świątek</translation>
    </message>
    <message>
        <source>Corpus Christi</source>
        <translation>Boże Ciało</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Święto Niepodległości</translation>
    </message>
    <message>
        <source>Day after New Year&apos;s Day</source>
        <translation>Drugi dzień Nowego Roku</translation>
    </message>
    <message>
        <source>Union Day</source>
        <translation>Dzień Zjednoczenia Księstw Rumuńskich</translation>
    </message>
    <message>
        <source>Orthodox Good Friday</source>
        <translation>Prawosławny Wielki Piątek</translation>
    </message>
    <message>
        <source>Orthodox Easter Sunday</source>
        <translation>Pierwszy dzień prawosławnej Wielkiej Nocy</translation>
    </message>
    <message>
        <source>Orthodox Easter Monday</source>
        <translation>Drugi dzień prawosławnej Wielkiej Nocy</translation>
    </message>
    <message>
        <source>Children&apos;s Day</source>
        <translation>Dzień Dziecka</translation>
    </message>
    <message>
        <source>Orthodox Pentecost Sunday</source>
        <translation>Pierwszy dzień prawosławnych Zielonych Świątek</translation>
    </message>
    <message>
        <source>Orthodox Pentecost Monday</source>
        <translation>Drugi dzień prawosławnych Zielonych Świątek</translation>
    </message>
    <message>
        <source>St. Andrew&apos;s Day</source>
        <translation>Dzień św. Andrzeja</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>Narodowe Święto Rumunii</translation>
    </message>
    <message>
        <source>Synaxis of St. John the Baptist</source>
        <translation>Sobór św. Jana Chrzciciela</translation>
    </message>
    <message>
        <source>International Women&apos;s Day</source>
        <translation>Międzynarodowy Dzień Kobiet</translation>
    </message>
    <message>
        <source>Trinity Sunday</source>
        <translation>Święto Trójcy Świętej</translation>
    </message>
    <message>
        <source>Day of Remembrance and Victory</source>
        <translation>Dzień Pamięci i Zwycięstwa</translation>
    </message>
    <message>
        <source>Defenders Day</source>
        <translation>Dzień Obrońców i Obrończyń Ukrainy</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <source>There is no quote with id %1.</source>
        <translation>Nie ma oferty o id %1.</translation>
    </message>
    <message>
        <source>Line %1: the amount is too large.</source>
        <translation>Pozycja %1: kwota jest zbyt duża.</translation>
    </message>
    <message>
        <source>The quote&apos;s total is too large.</source>
        <translation>Suma oferty jest zbyt duża.</translation>
    </message>
    <message>
        <source>The overall discount must be between 0 and 100 %.</source>
        <translation>Rabat ogólny musi wynosić od 0 do 100%.</translation>
    </message>
    <message>
        <source>Line %1: the VAT rate must be between 0 and 100 %.</source>
        <translation>Pozycja %1: stawka VAT musi wynosić od 0 do 100%.</translation>
    </message>
    <message>
        <source>Line %1: the discount must be between 0 and 100 %.</source>
        <translation>Pozycja %1: rabat musi wynosić od 0 do 100%.</translation>
    </message>
    <message>
        <source>Quote %1 has been sent and cannot be changed. Make a new version of it.</source>
        <translation>Oferta %1 została wysłana i nie można jej zmienić. Utwórz jej nową wersję.</translation>
    </message>
    <message>
        <source>The discount needing approval (setting quote_approval_discount) is not a percentage: “%1”.</source>
        <translation>Próg rabatu wymagającego zatwierdzenia (ustawienie quote_approval_discount) nie jest wartością procentową: „%1”.</translation>
    </message>
    <message>
        <source>Quote %1 for “%2” has a discount that needs your approval.</source>
        <translation>Oferta %1 dla transakcji „%2” ma rabat wymagający Twojego zatwierdzenia.</translation>
    </message>
    <message>
        <source>Quote %1 has been sent; it cannot become a draft again. Make a new version of it.</source>
        <translation>Oferta %1 została wysłana; nie może ponownie stać się wersją roboczą. Utwórz jej nową wersję.</translation>
    </message>
    <message>
        <source>Quote %1 has not been sent yet; send it before it is accepted or rejected.</source>
        <translation>Oferta %1 nie została jeszcze wysłana; wyślij ją, zanim oznaczysz ją jako zaakceptowaną lub odrzuconą.</translation>
    </message>
    <message>
        <source>A quote is made for a deal: give deal_id.</source>
        <translation>Oferta jest tworzona dla transakcji: podaj deal_id.</translation>
    </message>
    <message>
        <source>There is no deal with id %1.</source>
        <translation>Nie ma transakcji o id %1.</translation>
    </message>
    <message>
        <source>A new quote starts as a draft.</source>
        <translation>Nowa oferta zawsze powstaje jako wersja robocza.</translation>
    </message>
    <message>
        <source>There is no product with id %1.</source>
        <translation>Nie ma produktu o id %1.</translation>
    </message>
    <message>
        <source>“%1” has no price in %2: add it to a price list or give a unit_price.</source>
        <translation>Produkt „%1” nie ma ceny w walucie %2: dodaj go do cennika lub podaj unit_price.</translation>
    </message>
    <message>
        <source>A line needs a description or a product.</source>
        <translation>Pozycja musi mieć opis lub produkt.</translation>
    </message>
    <message>
        <source>A line needs a unit_price.</source>
        <translation>Pozycja musi mieć unit_price.</translation>
    </message>
    <message>
        <source>There is no quote line with id %1.</source>
        <translation>Nie ma pozycji oferty o id %1.</translation>
    </message>
    <message>
        <source>A line stays on its quote.</source>
        <translation>Pozycji nie można przenieść do innej oferty.</translation>
    </message>
    <message>
        <source>A quote is approved with “approve”, by a manager.</source>
        <translation>Ofertę zatwierdza kierownik poleceniem „approve”.</translation>
    </message>
    <message>
        <source>The currency of a quote with lines cannot change: its prices are in %1.</source>
        <translation>Nie można zmienić waluty oferty, która ma już pozycje: jej ceny są w walucie %1.</translation>
    </message>
    <message>
        <source>Quote %1 has already been sent.</source>
        <translation>Oferta %1 została już wysłana.</translation>
    </message>
    <message>
        <source>Quote %1 has a discount above what needs a manager&apos;s approval; it can be sent once it is approved.</source>
        <translation>Rabat w ofercie %1 przekracza próg, powyżej którego wymaga zatwierdzenia przez kierownika; ofertę można wysłać po zatwierdzeniu rabatu.</translation>
    </message>
    <message>
        <source>Only a manager can approve a quote&apos;s discount.</source>
        <translation>Tylko kierownik może zatwierdzić rabat w ofercie.</translation>
    </message>
    <message>
        <source>A quote number series is 1 to 4 letters A–Z or digits, such as VN or K2; “%1” is not.</source>
        <translation>Seria numerów ofert to od 1 do 4 liter A–Z lub cyfr, np. VN lub K2; „%1” nie spełnia tego warunku.</translation>
    </message>
    <message>
        <source>Another computer of the team numbers its quotes with series %1 already; choose another.</source>
        <translation>Inny komputer w zespole już numeruje oferty serią %1; wybierz inną.</translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <source>Create %1 %2</source>
        <extracomment>Undo menu entry, e.g. &quot;Create Contact Šarūnas Kazlauskas&quot;</extracomment>
        <translation>utworzenie: %1 %2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>Undo menu entry, e.g. &quot;Edit Šarūnas Kazlauskas&quot;</extracomment>
        <translation>edycję: %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <extracomment>Undo menu entry, e.g. &quot;Delete Šarūnas Kazlauskas&quot;</extracomment>
        <translation>usunięcie: %1</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Ten rekord już nie istnieje.</translation>
    </message>
</context>
<context>
    <name>RecordCsvExport</name>
    <message>
        <source>a %1 has no field “%2”</source>
        <translation>rekord %1 nie ma pola „%2”</translation>
    </message>
    <message>
        <source>unknown record type “%1”</source>
        <translation>nieznany typ rekordu „%1”</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>nie można zapisać pliku: %1</translation>
    </message>
</context>
<context>
    <name>RecordCsvImport</name>
    <message>
        <source>%1 “%2” is ambiguous: %3 records have that name; give the id instead</source>
        <translation>%1 „%2”: nazwa niejednoznaczna (liczba rekordów o tej nazwie: %3); podaj id</translation>
    </message>
    <message>
        <source>%1 “%2” not found</source>
        <translation>%1 „%2”: nie znaleziono</translation>
    </message>
    <message>
        <source>unknown record type “%1”</source>
        <translation>nieznany typ rekordu „%1”</translation>
    </message>
    <message>
        <source>contacts are imported with the contact import, not as plain records</source>
        <translation>kontakty importuje się importem kontaktów, a nie jako zwykłe rekordy</translation>
    </message>
    <message>
        <source>a record cannot refer to itself</source>
        <translation>rekord nie może odwoływać się do samego siebie</translation>
    </message>
    <message>
        <source>duplicate of line %1, which cannot be imported</source>
        <translation>duplikat wiersza %1, którego nie można zaimportować</translation>
    </message>
    <message>
        <source>“%1” needs a value</source>
        <translation>pole „%1” wymaga wartości</translation>
    </message>
    <message>
        <source>one of %1 needs a value</source>
        <translation>wypełnij co najmniej jedno z pól: %1</translation>
    </message>
</context>
<context>
    <name>RecordMerge</name>
    <message>
        <source>%1 was already merged into another record</source>
        <translation>rekord %1 został już scalony z innym rekordem</translation>
    </message>
    <message>
        <source>%1 is deleted; restore it before merging</source>
        <translation>rekord %1 jest usunięty; przywróć go przed scaleniem</translation>
    </message>
    <message>
        <source>a contact and a company cannot be merged</source>
        <translation>nie można scalić kontaktu z firmą</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>nie ma rekordu %1 o id %2</translation>
    </message>
    <message>
        <source>%1 has no such field to merge</source>
        <translation>rekord %1 nie ma takiego pola do scalenia</translation>
    </message>
    <message>
        <source>choose &apos;keep&apos; or &apos;other&apos;, not &apos;%1&apos;</source>
        <translation>wybierz &apos;keep&apos; lub &apos;other&apos;, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <source>only contacts and companies can be merged, not &apos;%1&apos;</source>
        <translation>scalać można tylko kontakty i firmy, a nie &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a record cannot be merged with itself</source>
        <translation>nie można scalić rekordu z samym sobą</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>unknown record type &apos;%1&apos; (known: %2)</source>
        <translation>nieznany typ rekordu &apos;%1&apos; (dostępne typy: %2)</translation>
    </message>
    <message>
        <source>unknown field for %1 (fields: %2)</source>
        <translation>nieznane pole rekordu %1 (dostępne pola: %2)</translation>
    </message>
    <message>
        <source>a %1 always has %2 &apos;%3&apos;</source>
        <translation>w rekordzie %1 pole %2 ma zawsze wartość &apos;%3&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code such as EUR or PLN</source>
        <translation>&apos;%1&apos; nie jest kodem waluty, takim jak EUR lub PLN</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>nie ma rekordu %1 o id %2</translation>
    </message>
    <message>
        <source>a %1 needs a value here</source>
        <translation>rekord %1 wymaga wartości w tym polu</translation>
    </message>
    <message>
        <source>a %1 needs at least one of: %2</source>
        <translation>rekord %1 wymaga wypełnienia co najmniej jednego z pól: %2</translation>
    </message>
    <message>
        <source>unknown field for %1</source>
        <translation>nieznane pole rekordu %1</translation>
    </message>
    <message>
        <source>unknown record type &apos;%1&apos;</source>
        <translation>nieznany typ rekordu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot sort %1 by an unknown field</source>
        <translation>nie można sortować rekordów %1 według nieznanego pola</translation>
    </message>
    <message numerus="yes">
        <source>(%n bytes)</source>
        <translation>
            <numerusform>(%n bajt)</numerusform>
            <numerusform>(%n bajty)</numerusform>
            <numerusform>(%n bajtów)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has more decimals than %2 allows; give the amount in %2 too</source>
        <translation>kwota %1 ma więcej miejsc po przecinku, niż dopuszcza waluta %2; podaj kwotę również w walucie %2</translation>
    </message>
    <message>
        <source>%1 has no reference %2</source>
        <translation>rekord %1 nie ma odwołania %2</translation>
    </message>
    <message>
        <source>%1 records have no activities to go by</source>
        <translation>rekordy %1 nie mają aktywności, według których można filtrować</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>%1 cannot be “%2”.</source>
        <translation>%1 nie może mieć wartości „%2”.</translation>
    </message>
    <message>
        <source>FREQ=%1 is not supported: events repeat daily at most often.</source>
        <translation>FREQ=%1 nie jest obsługiwane: wydarzenia mogą się powtarzać najwyżej raz dziennie.</translation>
    </message>
    <message>
        <source>UNTIL and COUNT cannot both be given.</source>
        <translation>Nie można jednocześnie podać UNTIL i COUNT.</translation>
    </message>
    <message>
        <source>BYDAY can number its weekdays (2TU, -1FR) only when repeating monthly or yearly.</source>
        <translation>BYDAY może numerować dni tygodnia (2TU, -1FR) tylko przy powtarzaniu co miesiąc lub co roku.</translation>
    </message>
    <message>
        <source>BYDAY cannot name more than the fifth weekday of a month.</source>
        <translation>BYDAY może wskazać co najwyżej piąty dany dzień tygodnia w miesiącu.</translation>
    </message>
    <message>
        <source>BYMONTHDAY cannot be used when repeating weekly.</source>
        <translation>BYMONTHDAY nie może być użyte przy powtarzaniu co tydzień.</translation>
    </message>
    <message>
        <source>BYSETPOS needs another BY part (BYDAY, BYMONTHDAY or BYMONTH) to choose from.</source>
        <translation>BYSETPOS wymaga innej części BY (BYDAY, BYMONTHDAY lub BYMONTH), z której wybiera.</translation>
    </message>
    <message>
        <source>%1 has no value.</source>
        <translation>%1 nie ma wartości.</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 podano dwukrotnie.</translation>
    </message>
    <message>
        <source>%1 must be a whole number above zero, not “%2”.</source>
        <translation>%1 musi być liczbą całkowitą większą od zera, a nie „%2”.</translation>
    </message>
    <message>
        <source>UNTIL must be a date (20261231) or a UTC date and time (20261231T235959Z), not “%1”.</source>
        <translation>UNTIL musi być datą (20261231) lub datą z godziną w UTC (20261231T235959Z), a nie „%1”.</translation>
    </message>
    <message>
        <source>%1 is not supported.</source>
        <translation>%1 nie jest obsługiwane.</translation>
    </message>
    <message>
        <source>“%1” is not a part of a repeat rule.</source>
        <translation>„%1” nie jest częścią reguły powtarzania.</translation>
    </message>
    <message>
        <source>FREQ is missing.</source>
        <translation>Brak FREQ.</translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Co %n dzień</numerusform>
            <numerusform>Co %n dni</numerusform>
            <numerusform>Co %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Codziennie</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Co %n tydzień</numerusform>
            <numerusform>Co %n tygodnie</numerusform>
            <numerusform>Co %n tygodni</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Co tydzień</translation>
    </message>
    <message numerus="yes">
        <source>Every %n months</source>
        <translation>
            <numerusform>Co %n miesiąc</numerusform>
            <numerusform>Co %n miesiące</numerusform>
            <numerusform>Co %n miesięcy</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Co miesiąc</translation>
    </message>
    <message numerus="yes">
        <source>Every %n years</source>
        <translation>
            <numerusform>Co %n rok</numerusform>
            <numerusform>Co %n lata</numerusform>
            <numerusform>Co %n lat</numerusform>
        </translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Co roku</translation>
    </message>
    <message>
        <source>first</source>
        <translation>pierwszy</translation>
    </message>
    <message>
        <source>second</source>
        <translation>drugi</translation>
    </message>
    <message>
        <source>third</source>
        <translation>trzeci</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>czwarty</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>piąty</translation>
    </message>
    <message>
        <source>last</source>
        <translation>ostatni</translation>
    </message>
    <message>
        <source>second to last</source>
        <translation>przedostatni</translation>
    </message>
    <message>
        <source>third to last</source>
        <translation>trzeci od końca</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>no. %1 from the end</source>
        <translation>%1. od końca</translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <comment>the third Tuesday</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>ostatni dzień</translation>
    </message>
    <message>
        <source>the %1 day</source>
        <comment>the second to last day</comment>
        <translation>%1 dzień</translation>
    </message>
    <message>
        <source>on %1 %2</source>
        <comment>on 29 February</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>w miesiącach: %1</translation>
    </message>
    <message>
        <source>on the last workday</source>
        <translation>ostatni dzień roboczy</translation>
    </message>
    <message>
        <source>on the %1 workday</source>
        <translation>%1 dzień roboczy</translation>
    </message>
    <message>
        <source>on weekdays</source>
        <translation>od poniedziałku do piątku</translation>
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
        <translation>dzień %1</translation>
    </message>
    <message>
        <source>on days %1</source>
        <translation>dni %1</translation>
    </message>
    <message>
        <source>(only the %1 of these)</source>
        <comment>(only the first and last of these)</comment>
        <translation>(tylko %1 z nich)</translation>
    </message>
    <message>
        <source>(only the %1 of these)</source>
        <translation>(tylko %1 z nich)</translation>
    </message>
    <message>
        <source>once</source>
        <translation>jeden raz</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n raz</numerusform>
            <numerusform>%n razy</numerusform>
            <numerusform>%n razy</numerusform>
        </translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>do %1</translation>
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
        <translation>Bieżący miesiąc</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Poprzedni miesiąc</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Bieżący kwartał</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Poprzedni kwartał</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Od początku roku</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Bieżący rok</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Poprzedni rok</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ostatnie 12 miesięcy</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Class A up to (% of revenue)</source>
        <translation>Klasa A do (% przychodu)</translation>
    </message>
    <message>
        <source>Class B up to (% of revenue)</source>
        <translation>Klasa B do (% przychodu)</translation>
    </message>
    <message>
        <source>b (%1 %) must be greater than a (%2 %): class B takes up where class A ends</source>
        <translation>b (%1%) musi być większe niż a (%2%): klasa B zaczyna się tam, gdzie kończy się klasa A</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasa</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Wygrane transakcje</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Przychód</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Udział %</translation>
    </message>
    <message>
        <source>Cumulative %</source>
        <translation>Narastająco %</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produkt</numerusform>
            <numerusform>%n produkty</numerusform>
            <numerusform>%n produktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n klient</numerusform>
            <numerusform>%n klienci</numerusform>
            <numerusform>%n klientów</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Ranked by revenue, largest first. Class A: those ranked before hold less than %1 % of the revenue (so the one that crosses %1 % is still A); class B: likewise up to %2 %; class C: the rest.</source>
        <translation>Uszeregowano według przychodu, od największego. Klasa A: pozycje, przed którymi w rankingu przypada łącznie mniej niż %1% przychodu (więc pozycja, na której suma przekracza %1%, nadal należy do klasy A); klasa B: analogicznie do %2%; klasa C: pozostałe.</translation>
    </message>
    <message numerus="yes">
        <source>Not included: %n won deal(s) in other currencies (%1).</source>
        <translation>
            <numerusform>Pominięto %n wygraną transakcję w innych walutach (%1).</numerusform>
            <numerusform>Pominięto %n wygrane transakcje w innych walutach (%1).</numerusform>
            <numerusform>Pominięto %n wygranych transakcji w innych walutach (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not included: %n won deal(s) without a company.</source>
        <translation>
            <numerusform>Pominięto %n wygraną transakcję bez firmy.</numerusform>
            <numerusform>Pominięto %n wygrane transakcje bez firmy.</numerusform>
            <numerusform>Pominięto %n wygranych transakcji bez firmy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Revenue of the largest customers</source>
        <translation>Przychód od największych klientów</translation>
    </message>
    <message>
        <source>ABC analysis of customers</source>
        <translation>Analiza ABC klientów</translation>
    </message>
    <message>
        <source>Customers ranked by won revenue in the period and classed A, B or C by their cumulative share of it.</source>
        <translation>Klienci uszeregowani według przychodu z transakcji wygranych w okresie i podzieleni na klasy A, B i C według skumulowanego udziału w tym przychodzie.</translation>
    </message>
    <message numerus="yes">
        <source>Not included: %n won deal(s) without quote lines (what they sold is not known).</source>
        <translation>
            <numerusform>Pominięto %n wygraną transakcję bez pozycji oferty (nie wiadomo, co sprzedano).</numerusform>
            <numerusform>Pominięto %n wygrane transakcje bez pozycji oferty (nie wiadomo, co sprzedano).</numerusform>
            <numerusform>Pominięto %n wygranych transakcji bez pozycji oferty (nie wiadomo, co sprzedano).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not included: %n quote line(s) in other currencies (%1).</source>
        <translation>
            <numerusform>Pominięto %n pozycję oferty w innych walutach (%1).</numerusform>
            <numerusform>Pominięto %n pozycje oferty w innych walutach (%1).</numerusform>
            <numerusform>Pominięto %n pozycji oferty w innych walutach (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not included: %n quote line(s) without a product (free text).</source>
        <translation>
            <numerusform>Pominięto %n pozycję oferty bez produktu (wolny tekst).</numerusform>
            <numerusform>Pominięto %n pozycje oferty bez produktu (wolny tekst).</numerusform>
            <numerusform>Pominięto %n pozycji oferty bez produktu (wolny tekst).</numerusform>
        </translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Revenue of the best-selling products</source>
        <translation>Przychód z najlepiej sprzedających się produktów</translation>
    </message>
    <message>
        <source>Revenue of a product: its lines on the accepted (else the latest) quote of each won deal, quantity × unit price less the line&apos;s discount and then the quote&apos;s, without VAT.</source>
        <translation>Przychód z produktu: jego pozycje na zaakceptowanej (a jeśli jej brak – najnowszej) ofercie każdej wygranej transakcji, ilość × cena jednostkowa pomniejszona o rabat pozycji, a następnie o rabat oferty, bez VAT.</translation>
    </message>
    <message>
        <source>ABC analysis of products</source>
        <translation>Analiza ABC produktów</translation>
    </message>
    <message>
        <source>Products ranked by their revenue on the quotes of deals won in the period and classed A, B or C by their cumulative share of it.</source>
        <translation>Produkty uszeregowane według przychodu z ofert transakcji wygranych w okresie i podzielone na klasy A, B i C według skumulowanego udziału w tym przychodzie.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Zakwalifikowane</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Wygrane</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Koszt leada</translation>
    </message>
    <message>
        <source>Return %</source>
        <translation>Zwrot %</translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) in other currencies (%1) count under Won but not in Revenue.</source>
        <translation>
            <numerusform>%n wygraną transakcję w innych walutach (%1) uwzględniono w kolumnie Wygrane, ale nie w kolumnie Przychód.</numerusform>
            <numerusform>%n wygrane transakcje w innych walutach (%1) uwzględniono w kolumnie Wygrane, ale nie w kolumnie Przychód.</numerusform>
            <numerusform>%n wygranych transakcji w innych walutach (%1) uwzględniono w kolumnie Wygrane, ale nie w kolumnie Przychód.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cost of %n campaign(s) in other currencies (%1) is not shown, nor their cost per lead and return.</source>
        <translation>
            <numerusform>Nie pokazano kosztu %n kampanii w innych walutach (%1) ani jej kosztu leada i zwrotu.</numerusform>
            <numerusform>Nie pokazano kosztów %n kampanii w innych walutach (%1) ani ich kosztu leada i zwrotu.</numerusform>
            <numerusform>Nie pokazano kosztów %n kampanii w innych walutach (%1) ani ich kosztu leada i zwrotu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner and team choose campaigns by the campaign&apos;s owner; their leads and deals count whoever owns them.</source>
        <translation>Filtry właściciela i zespołu wybierają kampanie według właściciela kampanii; ich leady i transakcje są liczone niezależnie od tego, kto jest ich właścicielem.</translation>
    </message>
    <message>
        <source>Campaigns running in the period, or with leads, deals or wins in it. Leads and deals: registered in the period; won and revenue: won in the period; cost: the campaign&apos;s whole cost. Return % = (revenue − cost) ÷ cost.</source>
        <translation>Kampanie trwające w okresie albo mające w nim leady, transakcje lub wygrane. Leady i transakcje: dodane w okresie; wygrane i przychód: wygrane w okresie; koszt: cały koszt kampanii. Zwrot % = (przychód − koszt) ÷ koszt.</translation>
    </message>
    <message>
        <source>Revenue and cost by campaign</source>
        <translation>Przychód i koszt według kampanii</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanie</translation>
    </message>
    <message>
        <source>Campaigns in the period: their leads, deals, won revenue and cost, cost per lead and return.</source>
        <translation>Kampanie w okresie: ich leady, transakcje, przychód z wygranych, koszt, koszt leada i zwrot.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Ostatni zakup</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ostatni kontakt</translation>
    </message>
    <message>
        <source>Days dormant</source>
        <translation>Dni uśpienia</translation>
    </message>
    <message>
        <source>Main contact</source>
        <translation>Główny kontakt</translation>
    </message>
    <message>
        <source>Customers whose latest won deal (its win date, else its expected close) is on or before %1.</source>
        <translation>Klienci, których ostatnia wygrana transakcja (data wygrania, a jeśli jej brak – przewidywana data zamknięcia) przypada nie później niż %1.</translation>
    </message>
    <message>
        <source>Customers (status “customer” or a won deal) whose latest call, meeting or e-mail with them, their people or their deals (done, or a meeting already held) is on or before %1; never contacted: counted from the day they were entered.</source>
        <translation>Klienci (status „klient” lub wygrana transakcja), u których ostatnia rozmowa, spotkanie lub e-mail – z nimi, ich osobami kontaktowymi lub w ich transakcjach (wykonane albo spotkanie, które już się odbyło) – przypada nie później niż %1; klienci bez żadnego kontaktu: liczone od dnia dodania do bazy.</translation>
    </message>
    <message>
        <source>Days dormant, longest first</source>
        <translation>Dni uśpienia, od najdłuższego</translation>
    </message>
    <message>
        <source>No active dormant-customer rule of this kind looks back %1 days or less: add one under Dormant customers to create the follow-up tasks.</source>
        <translation>Brak aktywnej reguły uśpionych klientów tego rodzaju, która sięga wstecz %1 dni lub mniej: dodaj ją w sekcji Uśpieni klienci, aby utworzyć zadania ponownego kontaktu.</translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation>Uśpieni klienci</translation>
    </message>
    <message>
        <source>Customers with no purchase, or no contact, for a number of days: with their owner, main contact and last purchase and contact.</source>
        <translation>Klienci bez zakupu lub bez kontaktu od określonej liczby dni: z właścicielem, głównym kontaktem oraz datą ostatniego zakupu i kontaktu.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dni</translation>
    </message>
    <message>
        <source>Dormant means</source>
        <translation>Kryterium uśpienia</translation>
    </message>
    <message>
        <source>No purchase for that many days</source>
        <translation>Brak zakupu przez tyle dni</translation>
    </message>
    <message>
        <source>No contact for that many days</source>
        <translation>Brak kontaktu przez tyle dni</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in other currencies (%1) are not included.</source>
        <translation>
            <numerusform>Pominięto %n transakcję w innych walutach (%1).</numerusform>
            <numerusform>Pominięto %n transakcje w innych walutach (%1).</numerusform>
            <numerusform>Pominięto %n transakcji w innych walutach (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) without an expected close date are not included.</source>
        <translation>
            <numerusform>Pominięto %n transakcję w toku bez przewidywanej daty zamknięcia.</numerusform>
            <numerusform>Pominięto %n transakcje w toku bez przewidywanej daty zamknięcia.</numerusform>
            <numerusform>Pominięto %n transakcji w toku bez przewidywanej daty zamknięcia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) in other currencies (%1) are ignored.</source>
        <translation>
            <numerusform>Pominięto %n cel sprzedażowy w innych walutach (%1).</numerusform>
            <numerusform>Pominięto %n cele sprzedażowe w innych walutach (%1).</numerusform>
            <numerusform>Pominięto %n celów sprzedażowych w innych walutach (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Pipeline: the open deals expected to close in the period. Weighted: each deal&apos;s amount × its stage&apos;s probability ÷ 100, rounded to the minor unit. Won: deals won in the period (by their won date, UTC). Of target %: (won + weighted) ÷ target.</source>
        <translation>W lejku: transakcje w toku, których zamknięcie przewidziano w okresie. Suma ważona: wartość każdej transakcji × prawdopodobieństwo jej etapu ÷ 100, zaokrąglona do najmniejszej jednostki waluty. Wygrane dotąd: transakcje wygrane w okresie (według daty wygrania, UTC). Realizacja celu %: (wygrane + suma ważona) ÷ cel.</translation>
    </message>
    <message>
        <source>Targets: a month target counts in its month, also when the period covers only part of it; a quarter (year) target is spread evenly over its 3 (12) months, any remainder going to the first month.</source>
        <translation>Cele: cel miesięczny liczy się w swoim miesiącu, także gdy okres obejmuje tylko jego część; cel kwartalny (roczny) jest rozkładany równo na 3 (12) miesiące, a ewentualna reszta trafia do pierwszego miesiąca.</translation>
    </message>
    <message>
        <source>Target: the rep&apos;s own targets.</source>
        <translation>Cel: własne cele handlowca.</translation>
    </message>
    <message>
        <source>Target: the team&apos;s own target for a month where it has one, otherwise the sum of its members&apos; targets.</source>
        <translation>Cel: własny cel zespołu w miesiącach, w których go ma, a w pozostałych suma celów jego członków.</translation>
    </message>
    <message>
        <source>Target: the sum of every rep&apos;s targets (team targets are not added, so that nothing counts twice).</source>
        <translation>Cel: suma celów wszystkich handlowców (cele zespołów nie są dodawane, aby nic nie zostało policzone dwa razy).</translation>
    </message>
    <message>
        <source>Each rep&apos;s row shows the rep&apos;s own targets; the total follows the rule above.</source>
        <translation>Wiersz każdego handlowca pokazuje jego własne cele; suma jest liczona według powyższej zasady.</translation>
    </message>
    <message>
        <source>Targets are not split by territory or pipeline: they are shown whole.</source>
        <translation>Cele nie są dzielone według terytoriów ani lejków: są pokazywane w całości.</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Handlowiec</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>W lejku</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Suma ważona</translation>
    </message>
    <message>
        <source>Won so far</source>
        <translation>Wygrane dotąd</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Of target %</source>
        <translation>Realizacja celu %</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(brak właściciela)</translation>
    </message>
    <message>
        <source>Weighted pipeline, won and target</source>
        <translation>Lejek ważony, wygrane i cel</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognoza</translation>
    </message>
    <message>
        <source>Open deals expected to close in the period, weighted by their stage&apos;s probability, per month or rep, beside what was won and the revenue targets.</source>
        <translation>Transakcje w toku, których zamknięcie przewidziano w okresie, ważone prawdopodobieństwem ich etapu, według miesięcy lub handlowców, w zestawieniu z tym, co już wygrano, i z celami przychodu.</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Grupuj według</translation>
    </message>
    <message>
        <source>Close month</source>
        <translation>Miesiąc zamknięcia</translation>
    </message>
    <message>
        <source>others %1</source>
        <translation>inne %1</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(nie podano powodu)</translation>
    </message>
    <message>
        <source>Leads registered</source>
        <translation>Dodane leady</translation>
    </message>
    <message>
        <source>Converted to deals</source>
        <translation>Skonwertowane na transakcje</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <source>Conversion %</source>
        <translation>Konwersja %</translation>
    </message>
    <message>
        <source>Of first step %</source>
        <translation>Względem 1. kroku %</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Odpadło</translation>
    </message>
    <message>
        <source>Top lost reasons</source>
        <translation>Główne powody przegranej</translation>
    </message>
    <message>
        <source>Pipeline: %1 (the default)</source>
        <translation>Lejek: %1 (domyślny)</translation>
    </message>
    <message>
        <source>Lead steps follow the leads registered in the period: qualified counts those qualified or converted, and those lost after being qualified; dropped counts the leads lost at that step.</source>
        <translation>Kroki leadów obejmują leady dodane w okresie: Zakwalifikowane liczy leady zakwalifikowane lub skonwertowane oraz przegrane po zakwalifikowaniu; Odpadło liczy leady przegrane na danym kroku.</translation>
    </message>
    <message>
        <source>Stage steps follow the deals created in the period on the pipeline. A deal has reached a stage when it is there or further now, was there or further before (its stage history), or was won. Dropped counts the deals lost in that stage.</source>
        <translation>Kroki etapów obejmują transakcje utworzone w okresie w danym lejku. Transakcja osiągnęła etap, jeśli jest teraz w nim lub dalej, była w nim lub dalej wcześniej (według historii etapów) albo została wygrana. Odpadło liczy transakcje przegrane w danym etapie.</translation>
    </message>
    <message>
        <source>Conversion % is the step&apos;s count against the step before it within the leads and within the deals; the first stage counts every deal, including those that did not come from a lead.</source>
        <translation>Konwersja % to liczba w danym kroku w stosunku do kroku poprzedniego, osobno dla leadów i dla transakcji; pierwszy etap liczy wszystkie transakcje, także te, które nie pochodzą z leada.</translation>
    </message>
    <message>
        <source>Leads belong to no pipeline: the lead steps are not filtered by it.</source>
        <translation>Leady nie należą do żadnego lejka: filtr lejka nie dotyczy kroków leadów.</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Lejek konwersji</translation>
    </message>
    <message>
        <source>Leads and deals of the period step by step, from registered and qualified through each stage to won, with conversion, drop-off and lost reasons at each step.</source>
        <translation>Leady i transakcje z okresu krok po kroku: od dodania i kwalifikacji przez kolejne etapy aż do wygranej, z konwersją, odpadaniem i powodami przegranej na każdym kroku.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nie określono)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Skonwertowane</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>Przychód z wygranych</translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) in other currencies (%1) count under Won deals but not in Won revenue.</source>
        <translation>
            <numerusform>%n wygraną transakcję w innych walutach (%1) uwzględniono w kolumnie Wygrane transakcje, ale nie w kolumnie Przychód z wygranych.</numerusform>
            <numerusform>%n wygrane transakcje w innych walutach (%1) uwzględniono w kolumnie Wygrane transakcje, ale nie w kolumnie Przychód z wygranych.</numerusform>
            <numerusform>%n wygranych transakcji w innych walutach (%1) uwzględniono w kolumnie Wygrane transakcje, ale nie w kolumnie Przychód z wygranych.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leads registered in the period and what has come of them so far: qualified (now qualified or converted), converted to a deal, and the deals from them won at any date. Conversion % = converted ÷ leads.</source>
        <translation>Leady dodane w okresie i ich dotychczasowe wyniki: zakwalifikowane (obecnie zakwalifikowane lub skonwertowane), skonwertowane na transakcję oraz wygrane transakcje z nich, niezależnie od daty wygrania. Konwersja % = skonwertowane ÷ leady.</translation>
    </message>
    <message>
        <source>Leads and conversions by source</source>
        <translation>Leady i konwersje według źródła</translation>
    </message>
    <message>
        <source>Lead sources</source>
        <translation>Źródła leadów</translation>
    </message>
    <message>
        <source>Leads registered in the period per source: how many were qualified and converted, and the deals and revenue they brought.</source>
        <translation>Leady dodane w okresie według źródła: ile z nich zakwalifikowano i skonwertowano oraz jakie transakcje i przychód przyniosły.</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Okres: %1</translation>
    </message>
    <message>
        <source>Compared with: %1</source>
        <translation>Porównanie z: %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stan na %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Właściciel: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Zespół: %1</translation>
    </message>
    <message>
        <source>Territory: %1</source>
        <translation>Terytorium: %1</translation>
    </message>
    <message>
        <source>Pipeline: %1</source>
        <translation>Lejek: %1</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>Waluta: %1</translation>
    </message>
    <message>
        <source>%1 (earlier)</source>
        <translation>%1 (wcześniej)</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Zmiana %</translation>
    </message>
    <message>
        <source>no report &apos;%1&apos; (there are: %2)</source>
        <translation>nie ma raportu &apos;%1&apos; (dostępne: %2)</translation>
    </message>
    <message>
        <source>the %1 report takes no options</source>
        <translation>raport %1 nie ma opcji</translation>
    </message>
    <message>
        <source>the %1 report has no option &apos;%2&apos; (it has: %3)</source>
        <translation>raport %1 nie ma opcji &apos;%2&apos; (dostępne opcje: %3)</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &apos;%3&apos;</source>
        <translation>%1 musi mieć jedną z wartości %2, a nie &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>%1 musi być liczbą całkowitą od %2 do %3, a nie &apos;%4&apos;</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>okres kończy się (%1) przed swoim początkiem (%2)</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Transakcja</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closed or expected</source>
        <translation>Zamknięcie lub przewidywane</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Dodano</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Kiedy (UTC)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonane</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branża</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>no list of %1 records to show</source>
        <translation>nie można wyświetlić listy rekordów typu %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Wygenerowano %1</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Brak danych w tym okresie.</translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation>nie można zapisać raportu: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>nie można zapisywać w tym folderze</translation>
    </message>
    <message>
        <source>the file name must end in .pdf, .csv or .html</source>
        <translation>nazwa pliku musi kończyć się na .pdf, .csv lub .html</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kwartał</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%1 kw. %2</translation>
    </message>
    <message>
        <source>(no company)</source>
        <translation>(brak firmy)</translation>
    </message>
    <message>
        <source>(no product)</source>
        <translation>(brak produktu)</translation>
    </message>
    <message>
        <source>Repeat revenue</source>
        <translation>Przychód od powracających klientów</translation>
    </message>
    <message>
        <source>New-customer revenue</source>
        <translation>Przychód od nowych klientów</translation>
    </message>
    <message numerus="yes">
        <source>%n quote line(s) in other currencies (%1) are not included.</source>
        <translation>
            <numerusform>Pominięto %n pozycję oferty w innych walutach (%1).</numerusform>
            <numerusform>Pominięto %n pozycje oferty w innych walutach (%1).</numerusform>
            <numerusform>Pominięto %n pozycji oferty w innych walutach (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) in other currencies (%1) are not included.</source>
        <translation>
            <numerusform>Pominięto %n wygraną transakcję w innych walutach (%1).</numerusform>
            <numerusform>Pominięto %n wygrane transakcje w innych walutach (%1).</numerusform>
            <numerusform>Pominięto %n wygranych transakcji w innych walutach (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) without quote lines are not included: what they sold is not known.</source>
        <translation>
            <numerusform>Pominięto %n wygraną transakcję bez pozycji oferty: nie wiadomo, co sprzedano.</numerusform>
            <numerusform>Pominięto %n wygrane transakcje bez pozycji oferty: nie wiadomo, co sprzedano.</numerusform>
            <numerusform>Pominięto %n wygranych transakcji bez pozycji oferty: nie wiadomo, co sprzedano.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) without a company count in neither repeat nor new-customer revenue.</source>
        <translation>
            <numerusform>%n wygranej transakcji bez firmy nie uwzględniono ani w przychodzie od powracających klientów, ani od nowych.</numerusform>
            <numerusform>%n wygranych transakcji bez firmy nie uwzględniono ani w przychodzie od powracających klientów, ani od nowych.</numerusform>
            <numerusform>%n wygranych transakcji bez firmy nie uwzględniono ani w przychodzie od powracających klientów, ani od nowych.</numerusform>
        </translation>
    </message>
    <message>
        <source>Avg deal size</source>
        <translation>Śr. wartość transakcji</translation>
    </message>
    <message>
        <source>Revenue: the amounts of the deals won in the period (by their won date, UTC). Avg deal size: revenue ÷ won deals. Repeat revenue: deals of customers who had won a deal with us before; new-customer revenue: each customer&apos;s first won deal.</source>
        <translation>Przychód: wartość transakcji wygranych w okresie (według daty wygrania, UTC). Śr. wartość transakcji: przychód ÷ wygrane transakcje. Przychód od powracających klientów: transakcje klientów, którzy już wcześniej mieli z nami wygraną transakcję; przychód od nowych klientów: pierwsza wygrana transakcja każdego klienta.</translation>
    </message>
    <message>
        <source>Revenue by product comes from quotes: the lines of the accepted (else the latest) quote of each won deal, quantity × unit price less the line&apos;s discount and then the quote&apos;s, without VAT. Won deals without a quote do not show here.</source>
        <translation>Przychód według produktów pochodzi z ofert: pozycje zaakceptowanej (a jeśli jej brak – najnowszej) oferty każdej wygranej transakcji, ilość × cena jednostkowa pomniejszona o rabat pozycji, a następnie o rabat oferty, bez VAT. Wygrane transakcje bez oferty nie są tu uwzględniane.</translation>
    </message>
    <message>
        <source>Revenue won in the period by month, quarter, customer, industry, country, segment, rep or product, with shares, average deal size and repeat versus new-customer revenue.</source>
        <translation>Przychód z transakcji wygranych w okresie według miesięcy, kwartałów, klientów, branż, krajów, segmentów, handlowców lub produktów, z udziałami, średnią wartością transakcji oraz przychodem od powracających i nowych klientów.</translation>
    </message>
    <message>
        <source>Lead to win</source>
        <translation>Od leada do wygranej</translation>
    </message>
    <message>
        <source>Deal created to win</source>
        <translation>Od utworzenia transakcji do wygranej</translation>
    </message>
    <message>
        <source>Avg days</source>
        <translation>Dni (śr.)</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Dni (mediana)</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Obecnie w toku</translation>
    </message>
    <message>
        <source>Avg days open</source>
        <translation>Dni w toku (śr.)</translation>
    </message>
    <message>
        <source>Stalled now</source>
        <translation>Obecnie w zastoju</translation>
    </message>
    <message>
        <source>Stall limit days</source>
        <translation>Zastój po (dniach)</translation>
    </message>
    <message>
        <source>Deals and Avg days: the deals that left the stage in the period (moved on, won or lost) and the days they had spent in it, from their stage history; a deal that was in the stage twice counts once, with both stays added up.</source>
        <translation>Transakcje i Dni (śr.): transakcje, które opuściły etap w okresie (przeszły dalej, zostały wygrane lub przegrane), i liczba dni spędzonych w nim według historii etapów; transakcja, która była w etapie dwa razy, liczy się raz, a oba pobyty są sumowane.</translation>
    </message>
    <message>
        <source>Open now, Avg days open and Stalled now: the open deals in the stage at the end of %1, how long they have been there, and those there longer than the stage&apos;s stall limit.</source>
        <translation>Obecnie w toku, Dni w toku (śr.) i Obecnie w zastoju: transakcje w toku w danym etapie na koniec dnia %1, jak długo już w nim są oraz te, które są w nim dłużej niż próg zastoju etapu.</translation>
    </message>
    <message>
        <source>Deal created to win: the deals won in the period, from their creation to the win. Lead to win: those of them that came from a lead, from the lead&apos;s registration to the win.</source>
        <translation>Od utworzenia transakcji do wygranej: transakcje wygrane w okresie, od ich utworzenia do wygranej. Od leada do wygranej: te z nich, które pochodzą z leada, od dodania leada do wygranej.</translation>
    </message>
    <message>
        <source>Days in each stage</source>
        <translation>Dni w poszczególnych etapach</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>Cykl sprzedaży</translation>
    </message>
    <message>
        <source>Average and median days deals spend in each stage and from lead to win, and the stages where open deals stall now.</source>
        <translation>Średnia i mediana liczby dni, które transakcje spędzają w każdym etapie oraz od leada do wygranej, a także etapy, w których transakcje w toku obecnie utknęły.</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Rozmowy</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-maile</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Na tydzień</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmy</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>W terminie</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Z opóźnieniem</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <source>On-time %</source>
        <translation>W terminie %</translation>
    </message>
    <message>
        <source>≤ 1 day %</source>
        <translation>≤ 1 dzień %</translation>
    </message>
    <message>
        <source>≤ 7 days %</source>
        <translation>≤ 7 dni %</translation>
    </message>
    <message>
        <source>≤ 30 days %</source>
        <translation>≤ 30 dni %</translation>
    </message>
    <message>
        <source>Calls, meetings and e-mails per rep</source>
        <translation>Rozmowy, spotkania i e-maile według handlowców</translation>
    </message>
    <message>
        <source>Calls, meetings, e-mails: the rep&apos;s activities of that kind marked done whose start (without a start: the time they were marked done) falls in the period. Per week = their sum ÷ (days in the period ÷ 7). Companies: the different companies they were with (the activity&apos;s company, else its contact&apos;s, else its deal&apos;s).</source>
        <translation>Rozmowy, spotkania, e-maile: aktywności handlowca danego rodzaju oznaczone jako wykonane, których początek (a jeśli go brak – chwila oznaczenia jako wykonane) przypada w okresie. Na tydzień = ich suma ÷ (liczba dni w okresie ÷ 7). Firmy: liczba różnych firm, których dotyczyły (firma aktywności, a jeśli jej brak – firma jej kontaktu, a dalej jej transakcji).</translation>
    </message>
    <message>
        <source>Tasks due in the period: on time if marked done by the due time (an all-day task: by the end of its day), late if after it, overdue if still open after it (as of the start of today). On-time % = on time ÷ (on time + late + overdue).</source>
        <translation>Zadania z terminem w okresie: W terminie – oznaczone jako wykonane do terminu (zadanie całodniowe: do końca jego dnia), Z opóźnieniem – oznaczone jako wykonane później, Po terminie – nadal otwarte po terminie (stan na początek dzisiejszego dnia). W terminie % = w terminie ÷ (w terminie + z opóźnieniem + po terminie).</translation>
    </message>
    <message>
        <source>Avg days: from creating a task to marking it done, for the tasks marked done in the period (tasks recorded after they were done are left out).</source>
        <translation>Dni (śr.): od utworzenia zadania do oznaczenia go jako wykonane, dla zadań oznaczonych jako wykonane w okresie (bez zadań zapisanych dopiero po ich wykonaniu).</translation>
    </message>
    <message>
        <source>Leads: registered in the period and owned by the rep. ≤ 1/7/30 days %: the share of them with a call, meeting or e-mail marked done within 1, 7 or 30 days of being registered (a lead registered near the end of the period has had less time).</source>
        <translation>Leady: dodane w okresie, których właścicielem jest handlowiec. ≤ 1/7/30 dni %: odsetek tych leadów, dla których w ciągu 1, 7 lub 30 dni od dodania oznaczono jako wykonaną rozmowę, spotkanie lub e-mail (lead dodany pod koniec okresu miał mniej czasu).</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Tydzień</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Wykonane zadania</translation>
    </message>
    <message>
        <source>Calls, meetings and e-mails per week</source>
        <translation>Rozmowy, spotkania i e-maile według tygodni</translation>
    </message>
    <message>
        <source>Calls, meetings, e-mails: activities of that kind marked done whose start (without a start: the time they were marked done) falls in the week. Tasks done: tasks marked done that week. The first and last weeks count only their days inside the period.</source>
        <translation>Rozmowy, spotkania, e-maile: aktywności danego rodzaju oznaczone jako wykonane, których początek (a jeśli go brak – chwila oznaczenia jako wykonane) przypada w danym tygodniu. Wykonane zadania: zadania oznaczone jako wykonane w tym tygodniu. Pierwszy i ostatni tydzień obejmują tylko dni należące do okresu.</translation>
    </message>
    <message>
        <source>Team activity</source>
        <translation>Aktywność zespołu</translation>
    </message>
    <message>
        <source>Per rep: calls, meetings and e-mails done in the period, companies contacted, tasks done on time, late or overdue, and how soon new leads were contacted.</source>
        <translation>Dla każdego handlowca: rozmowy, spotkania i e-maile wykonane w okresie, firmy, z którymi był kontakt, zadania wykonane w terminie, z opóźnieniem lub po terminie oraz to, jak szybko skontaktowano się z nowymi leadami.</translation>
    </message>
    <message>
        <source>One row per</source>
        <translation>Jeden wiersz na</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Konkurent</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Deal size</source>
        <translation>Wartość transakcji</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Under %1</source>
        <translation>Poniżej %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Od %1 do %2</translation>
    </message>
    <message>
        <source>%1 and more</source>
        <translation>%1 i więcej</translation>
    </message>
    <message>
        <source>(no amount)</source>
        <translation>(brak wartości)</translation>
    </message>
    <message>
        <source>(no competitor)</source>
        <translation>(brak konkurenta)</translation>
    </message>
    <message numerus="yes">
        <source>%n closed deal(s) in other currencies (%1) are not included.</source>
        <translation>
            <numerusform>Pominięto %n zamkniętą transakcję w innych walutach (%1).</numerusform>
            <numerusform>Pominięto %n zamknięte transakcje w innych walutach (%1).</numerusform>
            <numerusform>Pominięto %n zamkniętych transakcji w innych walutach (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Przegrane</translation>
    </message>
    <message>
        <source>Win rate %</source>
        <translation>Skuteczność %</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Wartość wygranych</translation>
    </message>
    <message>
        <source>Lost amount</source>
        <translation>Wartość przegranych</translation>
    </message>
    <message>
        <source>Avg won deal</source>
        <translation>Śr. wartość wygranej</translation>
    </message>
    <message>
        <source>Each lost deal counts under the reason it was lost for; won deals have a row of their own, so the win rate is given for the total only.</source>
        <translation>Każda przegrana transakcja jest liczona w wierszu powodu, z którego została przegrana; wygrane transakcje mają osobny wiersz, dlatego skuteczność jest podana tylko dla sumy.</translation>
    </message>
    <message>
        <source>A deal counts in the period in which it was won or lost. Win rate = won ÷ (won + lost); average won deal = won amount ÷ won deals.</source>
        <translation>Transakcja jest liczona w okresie, w którym została wygrana lub przegrana. Skuteczność = wygrane ÷ (wygrane + przegrane); śr. wartość wygranej = wartość wygranych ÷ liczba wygranych transakcji.</translation>
    </message>
    <message>
        <source>Deals won and lost</source>
        <translation>Transakcje wygrane i przegrane</translation>
    </message>
    <message>
        <source>Win/loss analysis</source>
        <translation>Analiza wygranych i przegranych</translation>
    </message>
    <message>
        <source>Deals won and lost in the period by lost reason, competitor, rep, source, industry, region or deal size, with win rates and amounts.</source>
        <translation>Transakcje wygrane i przegrane w okresie według powodu przegranej, konkurenta, handlowca, źródła, branży, regionu lub wartości transakcji, ze skutecznością i wartościami.</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Powód przegranej</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(brak klienta)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rozwiązane</translation>
    </message>
    <message>
        <source>Answered in time %</source>
        <translation>Odpowiedziano w terminie %</translation>
    </message>
    <message>
        <source>Resolved in time %</source>
        <translation>Rozwiązano w terminie %</translation>
    </message>
    <message>
        <source>Avg. first answer (hours)</source>
        <translation>Śr. czas pierwszej odpowiedzi (godz.)</translation>
    </message>
    <message>
        <source>Avg. satisfaction (1–5)</source>
        <translation>Śr. zadowolenie klienta (1–5)</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Ocenione</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Obecnie po terminie</translation>
    </message>
    <message>
        <source>Opened and resolved: cases opened, and resolved, in the period. Answered in time: of the cases opened in the period with a response deadline, those answered by it (a case not answered and past it counts as late; one not yet due is left out). Resolved in time: of the cases resolved in the period with a resolution deadline, those resolved by it. The first answer is counted in calendar hours; satisfaction is the average score of the cases resolved in the period. Open and overdue: now.</source>
        <translation>Otwarte i Rozwiązane: zgłoszenia otwarte oraz rozwiązane w okresie. Odpowiedziano w terminie: spośród zgłoszeń otwartych w okresie, które mają termin odpowiedzi, te, na które odpowiedziano do tego terminu (zgłoszenie bez odpowiedzi po upływie terminu liczy się jako spóźnione; zgłoszenie, którego termin jeszcze nie minął, jest pomijane). Rozwiązano w terminie: spośród zgłoszeń rozwiązanych w okresie, które mają termin rozwiązania, te rozwiązane do tego terminu. Czas pierwszej odpowiedzi jest liczony w godzinach kalendarzowych; zadowolenie klienta to średnia ocena zgłoszeń rozwiązanych w okresie. Obecnie w toku i Obecnie po terminie: stan bieżący.</translation>
    </message>
    <message>
        <source>Cases opened and resolved</source>
        <translation>Zgłoszenia otwarte i rozwiązane</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Zgłoszenia</translation>
    </message>
    <message>
        <source>Customers&apos; cases after the sale: opened and resolved, answered and resolved in time, time to a first answer, satisfaction, and what is open and overdue now.</source>
        <translation>Zgłoszenia klientów po sprzedaży: otwarte i rozwiązane, z odpowiedzią i rozwiązaniem w terminie, czas do pierwszej odpowiedzi, zadowolenie klienta oraz to, co jest obecnie w toku i po terminie.</translation>
    </message>
    <message>
        <source>Cases resolved</source>
        <translation>Rozwiązane zgłoszenia</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Zadowolenie klienta (1–5)</translation>
    </message>
    <message>
        <source>Cases resolved: customers&apos; cases the rep owned that were resolved in the period; satisfaction: the average score (1–5) the customers gave them.</source>
        <translation>Rozwiązane zgłoszenia: zgłoszenia klientów, których właścicielem był handlowiec, rozwiązane w okresie; zadowolenie klienta: średnia ocena (1–5), jaką wystawili im klienci.</translation>
    </message>
    <message>
        <source>Revenue target</source>
        <translation>Cel: przychód</translation>
    </message>
    <message>
        <source>Won %</source>
        <translation>Wygrane %</translation>
    </message>
    <message>
        <source>New deals target</source>
        <translation>Cel: nowe transakcje</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>Nowe transakcje</translation>
    </message>
    <message>
        <source>New deals %</source>
        <translation>Nowe transakcje %</translation>
    </message>
    <message>
        <source>Activities target</source>
        <translation>Cel: aktywności</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktywności</translation>
    </message>
    <message>
        <source>Activities %</source>
        <translation>Aktywności %</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) won in other currencies are not included.</source>
        <translation>
            <numerusform>Pominięto %n wygraną transakcję w innej walucie.</numerusform>
            <numerusform>Pominięto %n wygrane transakcje w innych walutach.</numerusform>
            <numerusform>Pominięto %n wygranych transakcji w innych walutach.</numerusform>
        </translation>
    </message>
    <message>
        <source>Won: deals won in the period (by their won date, UTC) in the report&apos;s currency. New deals: deals created in the period. Activities: calls, meetings, e-mails and tasks marked done in the period (by when they were marked done; without that time, by their start). Each is counted for the deal&apos;s or activity&apos;s owner.</source>
        <translation>Wygrane: transakcje wygrane w okresie (według daty wygrania, UTC) w walucie raportu. Nowe transakcje: transakcje utworzone w okresie. Aktywności: rozmowy, spotkania, e-maile i zadania oznaczone jako wykonane w okresie (według chwili oznaczenia jako wykonane, a jeśli jej brak – według początku). Każda z nich jest liczona właścicielowi transakcji lub aktywności.</translation>
    </message>
    <message>
        <source>Targets: a month counts its month target; without one, a third of the quarter target or a twelfth of the year target covering it (any remainder going to the first month). Revenue targets in other currencies are left out. A month without a target adds nothing; a rep without any has no target and no %.</source>
        <translation>Cele: dla miesiąca liczy się jego cel miesięczny, a jeśli go nie ma – jedna trzecia celu kwartalnego lub jedna dwunasta celu rocznego obejmującego ten miesiąc (ewentualna reszta trafia do pierwszego miesiąca). Cele przychodu w innych walutach są pomijane. Miesiąc bez celu nic nie dodaje; handlowiec bez żadnego celu nie ma celu ani wartości %.</translation>
    </message>
    <message>
        <source>Total: the team&apos;s own target for a month where it has one, otherwise the sum of its members&apos; targets.</source>
        <translation>Suma: własny cel zespołu w miesiącach, w których go ma, a w pozostałych suma celów jego członków.</translation>
    </message>
    <message>
        <source>Total: the sum of the reps&apos; targets (team targets are not added).</source>
        <translation>Suma: suma celów handlowców (cele zespołów nie są dodawane).</translation>
    </message>
    <message>
        <source>Share of each target reached, per rep</source>
        <translation>Stopień realizacji każdego celu według handlowców</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cele sprzedażowe</translation>
    </message>
    <message>
        <source>Per rep: revenue won, new deals and activities done in the period, each beside its target and the share of it reached.</source>
        <translation>Dla każdego handlowca: przychód z wygranych, nowe transakcje i aktywności wykonane w okresie, każde obok swojego celu i stopnia jego realizacji.</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>the segment&apos;s filter has a malformed condition</source>
        <translation>filtr segmentu zawiera nieprawidłowy warunek</translation>
    </message>
    <message>
        <source>a segment needs a name</source>
        <translation>segment musi mieć nazwę</translation>
    </message>
    <message>
        <source>the filter of segment “%1” is not readable: %2</source>
        <translation>nie można odczytać filtru segmentu „%1”: %2</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>there is no user with id %1</source>
        <translation>nie ma użytkownika o id %1</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>change %1 is for an unknown record type &apos;%2&apos;; nothing was imported</source>
        <translation>zmiana %1 dotyczy nieznanego typu rekordu &apos;%2&apos;; nic nie zaimportowano</translation>
    </message>
    <message>
        <source>change %1 sets an unknown field of %2; nothing was imported</source>
        <translation>zmiana %1 ustawia nieznane pole rekordu %2; nic nie zaimportowano</translation>
    </message>
    <message>
        <source>cannot write the bundle: %1</source>
        <translation>nie można zapisać paczki synchronizacji: %1</translation>
    </message>
    <message>
        <source>cannot read the bundle: %1</source>
        <translation>nie można odczytać paczki synchronizacji: %1</translation>
    </message>
    <message>
        <source>this bundle was written by Tandem %1 (database version %2; this copy has %3). Update Tandem to version %1 to import it; nothing was imported.</source>
        <translation>tę paczkę zapisał Tandem %1 (wersja bazy danych %2; ta kopia ma wersję %3). Zaktualizuj program Tandem do wersji %1, aby ją zaimportować; nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>the shared folder does not exist</source>
        <translation>folder współdzielony nie istnieje</translation>
    </message>
    <message>
        <source>there is no open conflict with id %1</source>
        <translation>nie ma otwartego konfliktu o id %1</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>właściciel %1</translation>
    </message>
    <message>
        <source>territory %1</source>
        <translation>terytorium %1</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>wszystkie dane</translation>
    </message>
    <message>
        <source>this bundle is from a copy that holds only part of the data, and it refers to records this copy does not hold yet; import a bundle from the office (a copy that holds everything) first. Nothing was imported.</source>
        <translation>ta paczka pochodzi z kopii, która zawiera tylko część danych, i odwołuje się do rekordów, których ta kopia jeszcze nie ma; najpierw zaimportuj paczkę z biura (z kopii zawierającej wszystkie dane). Nic nie zaimportowano.</translation>
    </message>
</context>
<context>
    <name>TargetProgress</name>
    <message>
        <source>the period of the targets must start before it ends</source>
        <translation>okres celów sprzedażowych musi się zaczynać przed swoim końcem</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>nie ma rekordu %1 o id %2</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>a target is either a rep&apos;s or a team&apos;s</source>
        <translation>cel sprzedażowy należy albo do handlowca, albo do zespołu</translation>
    </message>
    <message>
        <source>a target cannot be below zero</source>
        <translation>cel sprzedażowy nie może być ujemny</translation>
    </message>
    <message>
        <source>no month was given for the targets</source>
        <translation>nie podano miesiąca dla celów sprzedażowych</translation>
    </message>
    <message>
        <source>“%1” is not a period for targets: month, quarter or year</source>
        <translation>„%1” nie jest okresem celów sprzedażowych: month, quarter lub year</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>A task needs a subject.</source>
        <translation>Zadanie musi mieć temat.</translation>
    </message>
    <message>
        <source>The priority must be low, normal or high.</source>
        <translation>Priorytet musi mieć wartość: niski, normalny lub wysoki.</translation>
    </message>
    <message>
        <source>The repeat rule cannot be used: %1</source>
        <translation>Nie można użyć reguły powtarzania: %1</translation>
    </message>
    <message>
        <source>A repeating task needs a due date.</source>
        <translation>Zadanie cykliczne musi mieć termin.</translation>
    </message>
    <message>
        <source>There is no such task.</source>
        <translation>Takie zadanie nie istnieje.</translation>
    </message>
</context>
<context>
    <name>Territories</name>
    <message>
        <source>There is no territory with id %1.</source>
        <translation>Nie ma terytorium o id %1.</translation>
    </message>
    <message>
        <source>Choose a territory to reassign.</source>
        <translation>Wybierz terytorium do przekazania.</translation>
    </message>
    <message>
        <source>There is no user with id “%1” to take the territory.</source>
        <translation>Nie ma użytkownika o id „%1”, który mógłby przejąć terytorium.</translation>
    </message>
    <message>
        <source>%1 is no longer active and cannot take territory “%2”.</source>
        <translation>Użytkownik %1 jest już nieaktywny i nie może przejąć terytorium „%2”.</translation>
    </message>
    <message>
        <source>%1 already owns territory “%2”.</source>
        <translation>Terytorium „%2” należy już do użytkownika %1.</translation>
    </message>
    <message>
        <source>Territory “%1” is yours now: %2.</source>
        <translation>Terytorium „%1” należy teraz do Ciebie: %2.</translation>
    </message>
    <message>
        <source>Territory “%1” is yours now, handed over from %2: %3.</source>
        <translation>Terytorium „%1” (przejęte od użytkownika %2) należy teraz do Ciebie: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n firma</numerusform>
            <numerusform>%n firmy</numerusform>
            <numerusform>%n firm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n transakcja w toku</numerusform>
            <numerusform>%n transakcje w toku</numerusform>
            <numerusform>%n transakcji w toku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open lead(s)</source>
        <translation>
            <numerusform>%n otwarty lead</numerusform>
            <numerusform>%n otwarte leady</numerusform>
            <numerusform>%n otwartych leadów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n otwarte zadanie</numerusform>
            <numerusform>%n otwarte zadania</numerusform>
            <numerusform>%n otwartych zadań</numerusform>
        </translation>
    </message>
    <message>
        <source>Named accounts, assigned by hand</source>
        <translation>Lista klientów przypisanych ręcznie</translation>
    </message>
    <message>
        <source>industry: %1</source>
        <translation>branża: %1</translation>
    </message>
    <message>
        <source>country: %1</source>
        <translation>kraj: %1</translation>
    </message>
    <message>
        <source>region: %1</source>
        <translation>region: %1</translation>
    </message>
    <message>
        <source>city: %1</source>
        <translation>miejscowość: %1</translation>
    </message>
    <message>
        <source>postcodes %1–%2</source>
        <translation>kody pocztowe %1–%2</translation>
    </message>
    <message>
        <source>postcodes from %1</source>
        <translation>kody pocztowe od %1</translation>
    </message>
    <message>
        <source>postcodes up to %1</source>
        <translation>kody pocztowe do %1</translation>
    </message>
    <message>
        <source>No rule yet: companies are assigned by hand</source>
        <translation>Brak reguły: firmy są przypisywane ręcznie</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>unknown encoding “%1”</source>
        <translation>nieznane kodowanie „%1”</translation>
    </message>
    <message>
        <source>the file is not valid %1 text; choose its encoding</source>
        <translation>plik nie jest poprawnym tekstem w kodowaniu %1; wybierz jego kodowanie</translation>
    </message>
    <message>
        <source>this is not a text file</source>
        <translation>to nie jest plik tekstowy</translation>
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
        <translation>Dodano do programu Tandem</translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>vCard version “%1” is not supported (2.1, 3.0 and 4.0 are)</source>
        <translation>wersja vCard „%1” nie jest obsługiwana (obsługiwane są wersje 2.1, 3.0 i 4.0)</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD expected)</source>
        <translation>„%1” nie jest datą (oczekiwano RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>BEGIN:VCARD inside a card: the card that starts on line %1 has no END:VCARD</source>
        <translation>BEGIN:VCARD wewnątrz wizytówki: wizytówka rozpoczęta w wierszu %1 nie ma END:VCARD</translation>
    </message>
    <message>
        <source>END:VCARD without BEGIN:VCARD</source>
        <translation>END:VCARD bez BEGIN:VCARD</translation>
    </message>
    <message>
        <source>text outside a card (BEGIN:VCARD … END:VCARD)</source>
        <translation>tekst poza wizytówką (BEGIN:VCARD … END:VCARD)</translation>
    </message>
    <message>
        <source>END:%1 inside a card</source>
        <translation>END:%1 wewnątrz wizytówki</translation>
    </message>
    <message>
        <source>BEGIN:%1 inside a card</source>
        <translation>BEGIN:%1 wewnątrz wizytówki</translation>
    </message>
    <message>
        <source>the file ends inside the card that starts on this line (no END:VCARD)</source>
        <translation>plik kończy się wewnątrz wizytówki rozpoczętej w tym wierszu (brak END:VCARD)</translation>
    </message>
    <message>
        <source>the file holds no vCard (no BEGIN:VCARD line)</source>
        <translation>plik nie zawiera żadnej wizytówki vCard (brak wiersza BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>nie można otworzyć pliku: %1</translation>
    </message>
    <message>
        <source>the line has no “:” between the property name and its value</source>
        <translation>w wierszu brakuje „:” między nazwą właściwości a jej wartością</translation>
    </message>
    <message>
        <source>the line is not a vCard property (NAME:value expected)</source>
        <translation>wiersz nie jest właściwością vCard (oczekiwano NAZWA:wartość)</translation>
    </message>
    <message>
        <source>“%1” is not valid quoted-printable text</source>
        <translation>„%1” nie jest poprawnym tekstem w kodowaniu quoted-printable</translation>
    </message>
    <message>
        <source>the base64 data is damaged (characters outside base64, or cut off)</source>
        <translation>dane base64 są uszkodzone (znaki spoza base64 lub obcięte dane)</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 and the line names no CHARSET</source>
        <translation>tekst nie jest poprawnym tekstem UTF-8, a wiersz nie określa parametru CHARSET</translation>
    </message>
    <message>
        <source>unknown character set “%1”</source>
        <translation>nieznany zestaw znaków „%1”</translation>
    </message>
    <message>
        <source>the data: URI has no “,” before its data</source>
        <translation>identyfikator URI data: nie ma „,” przed danymi</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Introduction</source>
        <translation>Pierwszy kontakt</translation>
    </message>
    <message>
        <source>First call or meeting</source>
        <translation>Pierwsza rozmowa lub spotkanie</translation>
    </message>
    <message>
        <source>Introduce the company and learn who decides.</source>
        <translation>Przedstaw firmę i ustal, kto podejmuje decyzję.</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Kwalifikacja</translation>
    </message>
    <message>
        <source>Qualify needs and budget</source>
        <translation>Zbadaj potrzeby i budżet</translation>
    </message>
    <message>
        <source>Confirm need, budget, decision maker and timing.</source>
        <translation>Potwierdź potrzebę, budżet, decydenta i termin zakupu.</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Send the offer</source>
        <translation>Wyślij ofertę</translation>
    </message>
    <message>
        <source>Prepare and send the offer from the offer template.</source>
        <translation>Przygotuj ofertę na podstawie szablonu oferty i wyślij ją klientowi.</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negocjacje</translation>
    </message>
    <message>
        <source>Agree terms</source>
        <translation>Uzgodnij warunki</translation>
    </message>
    <message>
        <source>Follow up the offer and agree price and terms.</source>
        <translation>Wróć do klienta w sprawie oferty i uzgodnij cenę oraz warunki.</translation>
    </message>
    <message>
        <source>Contract and invoicing</source>
        <translation>Umowa i fakturowanie</translation>
    </message>
    <message>
        <source>Sign the contract and invoice</source>
        <translation>Podpisz umowę i wystaw fakturę</translation>
    </message>
    <message>
        <source>Send the contract for signature and issue the invoice.</source>
        <translation>Wyślij umowę do podpisu i wystaw fakturę.</translation>
    </message>
    <message>
        <source>Handover to delivery</source>
        <translation>Przekazanie do realizacji</translation>
    </message>
    <message>
        <source>Hand over to delivery and support</source>
        <translation>Przekaż do realizacji i wsparcia</translation>
    </message>
    <message>
        <source>Introduce the delivery team and agree the start date.</source>
        <translation>Przedstaw klientowi zespół realizacji i uzgodnij datę rozpoczęcia.</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>Za wysoka cena</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>Wybór konkurencji</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Brak budżetu</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Brak decyzji</translation>
    </message>
    <message>
        <source>Not followed up in time</source>
        <translation>Zbyt późna reakcja</translation>
    </message>
    <message>
        <source>Product does not fit</source>
        <translation>Produkt nie spełnia potrzeb</translation>
    </message>
    <message>
        <source>This database is already set up for %1.</source>
        <translation>Ta baza danych jest już skonfigurowana dla firmy %1.</translation>
    </message>
    <message>
        <source>Enter your company&apos;s name.</source>
        <translation>Podaj nazwę swojej firmy.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Podaj swoje imię i nazwisko.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code such as EUR or PLN.</source>
        <translation>&apos;%1&apos; nie jest kodem waluty, takim jak EUR lub PLN.</translation>
    </message>
    <message>
        <source>New business</source>
        <translation>Nowa sprzedaż</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Przegrana</translation>
    </message>
</context>
<context>
    <name>tandem::ActivitiesModule</name>
    <message>
        <source>New activity</source>
        <translation>utworzenie aktywności</translation>
    </message>
    <message>
        <source>Someone else&apos;s customer</source>
        <translation>Klient innego handlowca</translation>
    </message>
    <message>
        <source>%1

The activity is logged and the owner has been told.</source>
        <translation>%1

Aktywność została zarejestrowana, a właściciel został powiadomiony.</translation>
    </message>
</context>
<context>
    <name>tandem::AgendaView</name>
    <message>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Harmonogram</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Cały dzień</translation>
    </message>
    <message>
        <source>Nothing planned in these days.</source>
        <translation>W tych dniach nic nie zaplanowano.</translation>
    </message>
</context>
<context>
    <name>tandem::BoardFilterBar</name>
    <message>
        <source>Closing by</source>
        <translation>Zamknięcie do</translation>
    </message>
    <message>
        <source>Only this salesperson&apos;s deals</source>
        <translation>Tylko transakcje tego handlowca</translation>
    </message>
    <message>
        <source>Only deals owned by this team&apos;s members</source>
        <translation>Tylko transakcje członków tego zespołu</translation>
    </message>
    <message>
        <source>Only deals with companies in this territory</source>
        <translation>Tylko transakcje z firmami z tego terytorium</translation>
    </message>
    <message>
        <source>Amount from</source>
        <translation>Wartość od</translation>
    </message>
    <message>
        <source>Only deals of at least this amount</source>
        <translation>Tylko transakcje o co najmniej tej wartości</translation>
    </message>
    <message>
        <source>Find a deal or company</source>
        <translation>Znajdź transakcję lub firmę</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Wyczyść filtry</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Wszyscy właściciele</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Wszystkie zespoły</translation>
    </message>
    <message>
        <source>All territories</source>
        <translation>Wszystkie terytoria</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Dla zespołu</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Terytorium</translation>
    </message>
</context>
<context>
    <name>tandem::BoardModel</name>
    <message>
        <source>Next: %1</source>
        <translation>Następnie: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · weighted %2</source>
        <translation>%1 · ważona %2</translation>
    </message>
    <message numerus="yes">
        <source>+ %n other currency(ies)</source>
        <translation>
            <numerusform>+ %n inna waluta</numerusform>
            <numerusform>+ %n inne waluty</numerusform>
            <numerusform>+ %n innych walut</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::BoardView</name>
    <message>
        <source>Drop here: won</source>
        <translation>Upuść tutaj: wygrana</translation>
    </message>
    <message>
        <source>Drop here: lost…</source>
        <translation>Upuść tutaj: przegrana…</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Lejek sprzedaży</translation>
    </message>
    <message>
        <source>The pipeline the board shows</source>
        <translation>Lejek sprzedaży widoczny na tablicy</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognoza</translation>
    </message>
    <message>
        <source>Show the weighted forecast of these deals by close month</source>
        <translation>Pokaż prognozę ważoną tych transakcji według miesiąca zamknięcia</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n transakcja w toku</numerusform>
            <numerusform>%n transakcje w toku</numerusform>
            <numerusform>%n transakcji w toku</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::CalendarModel</name>
    <message>
        <source>Busy</source>
        <translation>Zajęte</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Rozmowa telefoniczna</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
</context>
<context>
    <name>tandem::CalendarModule</name>
    <message>
        <source>New &amp;event…</source>
        <translation>Dodaj &amp;wydarzenie…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Dzisiaj</translation>
    </message>
    <message>
        <source>&amp;Previous period</source>
        <translation>&amp;Poprzedni okres</translation>
    </message>
    <message>
        <source>Ne&amp;xt period</source>
        <translation>&amp;Następny okres</translation>
    </message>
    <message>
        <source>Find a &amp;free time…</source>
        <translation>Znajdź wolny &amp;termin…</translation>
    </message>
    <message>
        <source>&amp;Dormant customers…</source>
        <translation>&amp;Uśpieni klienci…</translation>
    </message>
    <message>
        <source>&amp;Import calendar (.ics)…</source>
        <translation>&amp;Importuj kalendarz (.ics)…</translation>
    </message>
    <message>
        <source>E&amp;xport these days (.ics)…</source>
        <translation>E&amp;ksportuj widoczne dni (.ics)…</translation>
    </message>
    <message>
        <source>A time when you and the colleagues you pick are all free</source>
        <translation>Termin, w którym Ty i wybrani współpracownicy jesteście wolni</translation>
    </message>
    <message>
        <source>Customers who have not bought or heard from us for a while</source>
        <translation>Klienci, którzy od dłuższego czasu niczego nie kupili ani nie mieli z nami kontaktu</translation>
    </message>
    <message>
        <source>Events and tasks from Thunderbird, Outlook or Google Calendar</source>
        <translation>Wydarzenia i zadania z Thunderbirda, Outlooka lub Kalendarza Google</translation>
    </message>
    <message>
        <source>The days and calendars on screen, as a file other calendars open</source>
        <translation>Widoczne dni i kalendarze jako plik, który można otworzyć w innych kalendarzach</translation>
    </message>
    <message>
        <source>Plan a meeting, call or task (Ctrl+Shift+E)</source>
        <translation>Zaplanuj spotkanie, rozmowę lub zadanie (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
</context>
<context>
    <name>tandem::CalendarView</name>
    <message>
        <source>Side by side</source>
        <translation>Obok siebie</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <source>Go to today (Ctrl+T)</source>
        <translation>Przejdź do dzisiaj (Ctrl+T)</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Poprzedni okres</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Następny okres</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Work week</source>
        <translation>Tydzień roboczy</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Tydzień</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Harmonogram</translation>
    </message>
    <message>
        <source>Colour by kind</source>
        <translation>Kolor według rodzaju</translation>
    </message>
    <message>
        <source>Colour by owner</source>
        <translation>Kolor według właściciela</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Kolor według</translation>
    </message>
    <message>
        <source>Each chosen colleague in a column of their own</source>
        <translation>Każdy wybrany współpracownik w osobnej kolumnie</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Kalendarze</translation>
    </message>
    <message>
        <source>Whose calendars to show: yours and your colleagues&apos;</source>
        <translation>Czyje kalendarze pokazać: Twój i współpracowników</translation>
    </message>
    <message>
        <source>Calendars (%1)</source>
        <translation>Kalendarze (%1)</translation>
    </message>
    <message>
        <source>New event “%1”</source>
        <translation>utworzenie wydarzenia „%1”</translation>
    </message>
    <message>
        <source>Event not saved</source>
        <translation>Nie zapisano wydarzenia</translation>
    </message>
    <message>
        <source>Move a repeating event</source>
        <translation>Przenoszenie wydarzenia cyklicznego</translation>
    </message>
    <message>
        <source>“%1” repeats. Move only this occurrence (Yes) or every occurrence (Yes to All)?</source>
        <translation>„%1” to wydarzenie cykliczne. Przenieść tylko to wystąpienie (Tak) czy wszystkie wystąpienia (Tak dla wszystkich)?</translation>
    </message>
    <message>
        <source>Change the length of “%1”</source>
        <translation>zmianę czasu trwania „%1”</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>przeniesienie „%1”</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Nie przeniesiono</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>edycję: „%1”</translation>
    </message>
    <message>
        <source>Delete a repeating event</source>
        <translation>Usuwanie wydarzenia cyklicznego</translation>
    </message>
    <message>
        <source>“%1” repeats. Delete only this occurrence (Yes) or the whole series (Yes to All)?</source>
        <translation>„%1” to wydarzenie cykliczne. Usunąć tylko to wystąpienie (Tak) czy całą serię (Tak dla wszystkich)?</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>usunięcie: „%1”</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nie usunięto</translation>
    </message>
</context>
<context>
    <name>tandem::CampaignCardView</name>
    <message>
        <source>Record response…</source>
        <translation>Zarejestruj odpowiedź…</translation>
    </message>
    <message>
        <source>Import attendees…</source>
        <translation>Importuj uczestników…</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Edytuj szczegóły</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Odpowiedzi</translation>
    </message>
    <message>
        <source>Untouched</source>
        <translation>Bez kontaktu</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Zakwalifikowane</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Wygrane transakcje</translation>
    </message>
    <message>
        <source>Revenue won</source>
        <translation>Przychód z wygranych</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Koszt leada</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Zwrot</translation>
    </message>
    <message>
        <source>Someone answered the campaign: make them a lead with a follow-up</source>
        <translation>Ktoś odpowiedział na kampanię: dodaj tę osobę jako lead z zadaniem kontaktu</translation>
    </message>
    <message>
        <source>Add a CSV list of attendees as responses, all or nothing</source>
        <translation>Dodaj listę uczestników z pliku CSV jako odpowiedzi – wszystkich albo żadnego</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Data otrzymania</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>właściciel %1</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>segment %1</translation>
    </message>
    <message>
        <source>goal %1 · %2</source>
        <translation>cel %1 · %2</translation>
    </message>
    <message>
        <source>Responses nobody has called, met or written to yet</source>
        <translation>Odpowiedzi, po których nie było jeszcze rozmowy, spotkania ani e-maila</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>Deals won of the deals the campaign brought</source>
        <translation>Wygrane spośród transakcji pozyskanych dzięki kampanii</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>budget %1 · %2</source>
        <translation>budżet %1 · %2</translation>
    </message>
    <message>
        <source>(revenue won − cost) ÷ cost</source>
        <translation>(przychód z wygranych − koszt) ÷ koszt</translation>
    </message>
    <message>
        <source>No responses yet</source>
        <translation>Nie ma jeszcze odpowiedzi</translation>
    </message>
    <message>
        <source>Responses (%1)</source>
        <translation>Odpowiedzi (%1)</translation>
    </message>
    <message>
        <source>%1 · untouched</source>
        <translation>%1 · bez kontaktu</translation>
    </message>
    <message>
        <source>Nobody has called, met or written to them yet</source>
        <translation>Nikt jeszcze nie zadzwonił do tej osoby, nie spotkał się z nią ani do niej nie napisał</translation>
    </message>
    <message>
        <source>Response to “%1”</source>
        <translation>zarejestrowanie odpowiedzi na kampanię „%1”</translation>
    </message>
    <message>
        <source>Record response</source>
        <translation>Zarejestruj odpowiedź</translation>
    </message>
    <message>
        <source>The response was not recorded: %1</source>
        <translation>Nie zarejestrowano odpowiedzi: %1</translation>
    </message>
    <message>
        <source>Import attendees of “%1”</source>
        <translation>Importuj uczestników kampanii „%1”</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Pliki CSV (*.csv *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Import attendees from %1</source>
        <translation>import uczestników z pliku %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nic nie zaimportowano: %1</translation>
    </message>
    <message>
        <source>Import attendees</source>
        <translation>Import uczestników</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2</source>
        <translation>Nic nie zaimportowano z pliku %1:
%2</translation>
    </message>
    <message>
        <source>%1: %2 new lead(s), %3 of them linked to existing contacts; %4 skipped.</source>
        <translation>%1: nowe leady: %2 (w tym powiązane z istniejącymi kontaktami: %3); pominięto: %4.</translation>
    </message>
    <message>
        <source>Line %1: %2 — %3</source>
        <translation>Wiersz %1: %2 — %3</translation>
    </message>
</context>
<context>
    <name>tandem::CaseCardView</name>
    <message>
        <source>Start work</source>
        <translation>Rozpocznij pracę</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Oczekiwanie na klienta</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Rozwiąż…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Otwórz ponownie</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Edytuj szczegóły</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Przebieg</translation>
    </message>
    <message>
        <source>Steps of the case</source>
        <translation>Przebieg zgłoszenia</translation>
    </message>
    <message>
        <source>start work</source>
        <translation>rozpoczęcie pracy</translation>
    </message>
    <message>
        <source>wait for the customer</source>
        <translation>oczekiwanie na klienta</translation>
    </message>
    <message>
        <source>close the case</source>
        <translation>zamknięcie zgłoszenia</translation>
    </message>
    <message>
        <source>reopen the case</source>
        <translation>ponowne otwarcie zgłoszenia</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <source>resolve the case</source>
        <translation>rozwiązanie zgłoszenia</translation>
    </message>
    <message>
        <source>priority: %1</source>
        <translation>priorytet: %1</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>bez właściciela</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>właściciel: %1</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>bez terminu</translation>
    </message>
    <message>
        <source>done %1, late</source>
        <translation>wykonano %1, z opóźnieniem</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>wykonano %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>po terminie</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>termin się zbliża</translation>
    </message>
    <message>
        <source>Respond by</source>
        <translation>Termin odpowiedzi</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>Termin rozwiązania</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Rozwiązanie:</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>Zadowolenie klienta:</translation>
    </message>
</context>
<context>
    <name>tandem::CaseRulesDialog</name>
    <message>
        <source>Deadlines per priority, in working hours</source>
        <translation>Terminy według priorytetu (w godzinach pracy)</translation>
    </message>
    <message>
        <source>The team&apos;s own days off</source>
        <translation>Własne dni wolne zespołu</translation>
    </message>
    <message>
        <source>Case deadline rules</source>
        <translation>Reguły terminów zgłoszeń</translation>
    </message>
    <message>
        <source>A new case must be answered and resolved within these working hours, counted from when it was opened. Working hours and days are set in Settings › Working hours; public holidays and the team&apos;s days off do not count. A changed rule applies to cases opened from now on.</source>
        <translation>Na nowe zgłoszenie trzeba odpowiedzieć i je rozwiązać w podanej liczbie godzin pracy, liczonej od chwili jego otwarcia. Godziny pracy i dni robocze ustawia się w oknie Ustawienia › Godziny pracy; święta państwowe i dni wolne zespołu nie są wliczane. Zmieniona reguła dotyczy zgłoszeń otwartych od tej chwili.</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Terminy</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Public holidays of:</source>
        <translation>Święta państwowe w kraju:</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Dzień wolny</translation>
    </message>
    <message>
        <source>Days &amp;off</source>
        <translation>Dni &amp;wolne</translation>
    </message>
    <message>
        <source>holiday country</source>
        <translation>zmianę kraju świąt państwowych</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>No public holidays are counted as days off.</source>
        <translation>Święta państwowe nie są liczone jako dni wolne.</translation>
    </message>
    <message>
        <source>Days off in %1: %2</source>
        <translation>Dni wolne w roku %1: %2</translation>
    </message>
</context>
<context>
    <name>tandem::CasesModule</name>
    <message>
        <source>Case</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <source>Which cases</source>
        <translation>Które zgłoszenia</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Otwarte zgłoszenia</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>Wymagające uwagi</translation>
    </message>
    <message>
        <source>My open cases</source>
        <translation>Moje otwarte zgłoszenia</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Wszystkie zgłoszenia</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Pokaż:</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>utworzenie zgłoszenia</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>edycję: „%1”</translation>
    </message>
    <message>
        <source>Deadline &amp;rules…</source>
        <translation>&amp;Reguły terminów…</translation>
    </message>
    <message>
        <source>How soon cases must be answered and resolved, and the days off</source>
        <translation>Terminy odpowiedzi na zgłoszenia i ich rozwiązania oraz dni wolne</translation>
    </message>
</context>
<context>
    <name>tandem::CatalogueModule</name>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Sales materials</source>
        <translation>Materiały sprzedażowe</translation>
    </message>
    <message>
        <source>Add files to the sales materials library</source>
        <translation>Dodaj pliki do biblioteki materiałów sprzedażowych</translation>
    </message>
    <message>
        <source>Remove the selected files from the sales materials library</source>
        <translation>Usuń zaznaczone pliki z biblioteki materiałów sprzedażowych</translation>
    </message>
</context>
<context>
    <name>tandem::CompanyCardView</name>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Transakcja</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Przewidywana data zamknięcia</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Decydent</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Klasa %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Won revenue&lt;/b&gt; %1 (%2 deals) &amp;nbsp;&amp;nbsp; &lt;b&gt;Open pipeline&lt;/b&gt; %3 (%4 deals) &amp;nbsp;&amp;nbsp; &lt;b&gt;Lost&lt;/b&gt; %5 deals</source>
        <translation>&lt;b&gt;Przychód z wygranych&lt;/b&gt; %1 (transakcje: %2) &amp;nbsp;&amp;nbsp; &lt;b&gt;W lejku&lt;/b&gt; %3 (transakcje: %4) &amp;nbsp;&amp;nbsp; &lt;b&gt;Przegrane&lt;/b&gt; transakcje: %5</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Subsidiaries</source>
        <translation>Firmy zależne</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Osoby (%1)</translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation>Transakcje (%1)</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Oś czasu (%1)</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Dodaj zgłoszenie…</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Zgłoszenia</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Satisfaction&lt;/b&gt; %1 / 5 (%n case(s))</source>
        <translation>
            <numerusform>&lt;b&gt;Zadowolenie klienta&lt;/b&gt; %1 / 5 (%n zgłoszenie)</numerusform>
            <numerusform>&lt;b&gt;Zadowolenie klienta&lt;/b&gt; %1 / 5 (%n zgłoszenia)</numerusform>
            <numerusform>&lt;b&gt;Zadowolenie klienta&lt;/b&gt; %1 / 5 (%n zgłoszeń)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases (%1 open)</source>
        <translation>Zgłoszenia (otwarte: %1)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Dokumenty (%1)</translation>
    </message>
</context>
<context>
    <name>tandem::CompanyDocumentsView</name>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Zapisz kopię…</translation>
    </message>
    <message>
        <source>Filter by name, deal, person or recipient…</source>
        <translation>Filtruj według nazwy, transakcji, osoby lub odbiorcy…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Utworzył(a)</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Data utworzenia</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Data wysłania</translation>
    </message>
    <message>
        <source>No documents yet. The offers, orders and contracts made on this company&apos;s deals and the letters to its people are kept here.</source>
        <translation>Nie ma jeszcze dokumentów. Tutaj są przechowywane oferty, zamówienia i umowy przygotowane w transakcjach tej firmy oraz listy do jej pracowników.</translation>
    </message>
</context>
<context>
    <name>tandem::CompetitorCardView</name>
    <message>
        <source>Edit details</source>
        <translation>Edytuj szczegóły</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Deals lost to them</source>
        <translation>Transakcje przegrane na rzecz konkurenta</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Mocne strony</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Słabe strony</translation>
    </message>
    <message>
        <source>Price points</source>
        <translation>Poziomy cen</translation>
    </message>
    <message>
        <source>Lost on</source>
        <translation>Data przegrania</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Transakcja</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Take “%1” off “%2”</source>
        <translation>odłączenie transakcji „%1” od konkurenta „%2”</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Konkurent</translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation>Otwórz transakcję</translation>
    </message>
    <message>
        <source>Not lost to this competitor</source>
        <translation>Nie przegrano na rzecz tego konkurenta</translation>
    </message>
    <message>
        <source>Nothing noted yet</source>
        <translation>Nic jeszcze nie zapisano</translation>
    </message>
    <message>
        <source>No deal has been lost to %1 yet.</source>
        <translation>Żadna transakcja nie została jeszcze przegrana na rzecz konkurenta %1.</translation>
    </message>
    <message>
        <source>Deals lost: %1</source>
        <translation>Przegrane transakcje: %1</translation>
    </message>
    <message>
        <source>Deals lost: %1, worth %2</source>
        <translation>Przegrane transakcje: %1 o wartości %2</translation>
    </message>
    <message>
        <source>last on %1</source>
        <translation>ostatnia: %1</translation>
    </message>
    <message>
        <source>usual reason “%1” (%2 of %3)</source>
        <translation>najczęstszy powód: „%1” (%2 z %3)</translation>
    </message>
    <message>
        <source>Deals lost to them (%1)</source>
        <translation>Transakcje przegrane na rzecz konkurenta (%1)</translation>
    </message>
</context>
<context>
    <name>tandem::CompetitorsPart</name>
    <message>
        <source>Competitor</source>
        <translation>Konkurent</translation>
    </message>
    <message>
        <source>Most deals lost to: %1</source>
        <translation>Najwięcej przegranych transakcji na rzecz: %1</translation>
    </message>
</context>
<context>
    <name>tandem::ConflictModel</name>
    <message>
        <source>(deleted)</source>
        <translation>(usunięto)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>ktoś</translation>
    </message>
    <message>
        <source>Deleted or kept</source>
        <translation>Usunięty czy zachowany</translation>
    </message>
    <message>
        <source>The value every copy shows now</source>
        <translation>Wartość, którą teraz pokazują wszystkie kopie</translation>
    </message>
    <message>
        <source>The value written at the same time on another copy</source>
        <translation>Wartość zapisana w tym samym czasie w innej kopii</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Widoczna teraz</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Druga wartość</translation>
    </message>
</context>
<context>
    <name>tandem::ContactCardView</name>
    <message>
        <source>Timeline (%1)</source>
        <translation>Oś czasu (%1)</translation>
    </message>
    <message>
        <source>★ Decision maker</source>
        <translation>★ Decydent</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Klasa %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>po terminie</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Zgody</translation>
    </message>
</context>
<context>
    <name>tandem::ConvertLeadDialog</name>
    <message>
        <source>Expected to close on</source>
        <translation>Przewidywana data zamknięcia</translation>
    </message>
    <message>
        <source>Convert lead to deal</source>
        <translation>Konwersja leada na transakcję</translation>
    </message>
    <message>
        <source>“%1” becomes a deal. Its calls, notes and documents go with it; the lead stays, marked converted.</source>
        <translation>„%1” stanie się transakcją. Rozmowy, notatki i dokumenty leada przejdą do transakcji; lead pozostanie ze statusem „Skonwertowany”.</translation>
    </message>
    <message>
        <source>No company</source>
        <translation>Bez firmy</translation>
    </message>
    <message>
        <source>New company “%1”</source>
        <translation>Nowa firma „%1”</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Bez kontaktu</translation>
    </message>
    <message>
        <source>New contact “%1”</source>
        <translation>Nowy kontakt „%1”</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>The lead&apos;s title</source>
        <translation>Tytuł leada</translation>
    </message>
    <message>
        <source>Deal &amp;title:</source>
        <translation>&amp;Tytuł transakcji:</translation>
    </message>
    <message>
        <source>Amount in %1 (optional)</source>
        <translation>Wartość w %1 (opcjonalnie)</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Wartość:</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Konwertuj</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Type it like 12500 or 12 500,50, or leave it empty.</source>
        <translation>„%1” nie jest poprawną kwotą. Wpisz ją np. jako 12500 lub 12 500,50 albo pozostaw pole puste.</translation>
    </message>
</context>
<context>
    <name>tandem::CsvColumnsView</name>
    <message>
        <source>Comma ( , )</source>
        <translation>Przecinek ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Średnik ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodowanie:</translation>
    </message>
    <message>
        <source>Separated by:</source>
        <translation>Separator:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumna w pliku</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Pierwsze wartości</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importowana jako</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— bez importu —</translation>
    </message>
    <message>
        <source>Not imported unless you pick a field: %1</source>
        <translation>Kolumny bez przypisanego pola (nie zostaną zaimportowane): %1</translation>
    </message>
    <message>
        <source>Every column with data goes into a field.</source>
        <translation>Każda kolumna z danymi ma przypisane pole.</translation>
    </message>
</context>
<context>
    <name>tandem::DashboardSection</name>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Transakcja</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Przewidywana data zamknięcia</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>First contact due</source>
        <translation>Termin pierwszego kontaktu</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Dzisiaj %1</translation>
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
        <translation>Wybierz datę</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as %2</source>
        <translation>„%1” nie jest datą; wpisz ją w postaci %2</translation>
    </message>
    <message>
        <source>“%1” is not a date and time; write it as %2</source>
        <translation>„%1” nie jest datą z godziną; wpisz ją w postaci %2</translation>
    </message>
</context>
<context>
    <name>tandem::DealCardDelegate</name>
    <message>
        <source>closes %1</source>
        <translation>zamknięcie %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) here</source>
        <translation>
            <numerusform>%n dzień w etapie</numerusform>
            <numerusform>%n dni w etapie</numerusform>
            <numerusform>%n dni w etapie</numerusform>
        </translation>
    </message>
    <message>
        <source>No next step planned</source>
        <translation>Nie zaplanowano następnego kroku</translation>
    </message>
</context>
<context>
    <name>tandem::DealCardView</name>
    <message>
        <source>Next stage</source>
        <translation>Następny etap</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Wygrana</translation>
    </message>
    <message>
        <source>Lost…</source>
        <translation>Przegrana…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Otwórz ponownie</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Edytuj szczegóły</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>właściciel: %1</translation>
    </message>
    <message>
        <source>expected to close %1</source>
        <translation>przewidywane zamknięcie: %1</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>Przegrana: %1</translation>
    </message>
    <message>
        <source>No playbook actions in this stage</source>
        <translation>Brak kroków scenariusza w tym etapie</translation>
    </message>
    <message>
        <source>Playbook of “%1”</source>
        <translation>Scenariusz sprzedaży etapu „%1”</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(obowiązkowy)</translation>
    </message>
    <message>
        <source>was due %1</source>
        <translation>planowany termin: %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>po terminie od %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>termin: %1</translation>
    </message>
    <message>
        <source>%1 — not needed for this deal</source>
        <translation>%1 – nie dotyczy tej transakcji</translation>
    </message>
    <message>
        <source>Tick “%1”</source>
        <translation>zaznaczenie „%1”</translation>
    </message>
    <message>
        <source>Untick “%1”</source>
        <translation>odznaczenie „%1”</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Oferty</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>Quote — %1</source>
        <translation>Oferta – %1</translation>
    </message>
</context>
<context>
    <name>tandem::DealDocumentsView</name>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Zapisz jako…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Utworzył(a)</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Data utworzenia</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Data wysłania</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Sales material</source>
        <translation>Materiał sprzedażowy</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Zdjęcie</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Attach from library…</source>
        <translation>Dołącz z biblioteki…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Attach brochures, presentations or price sheets from the sales materials library</source>
        <translation>Dołącz broszury, prezentacje lub cenniki z biblioteki materiałów sprzedażowych</translation>
    </message>
    <message>
        <source>Attach from the sales materials</source>
        <translation>Dołącz z materiałów sprzedażowych</translation>
    </message>
    <message numerus="yes">
        <source>Attach %n file(s) from the sales materials</source>
        <translation>
            <numerusform>dołączenie %n pliku z materiałów sprzedażowych</numerusform>
            <numerusform>dołączenie %n plików z materiałów sprzedażowych</numerusform>
            <numerusform>dołączenie %n plików z materiałów sprzedażowych</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach from library</source>
        <translation>Dołącz z biblioteki</translation>
    </message>
</context>
<context>
    <name>tandem::DealQuotesView</name>
    <message>
        <source>New quote</source>
        <translation>Dodaj ofertę</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Data wysłania</translation>
    </message>
</context>
<context>
    <name>tandem::DealsModule</name>
    <message>
        <source>Deal</source>
        <translation>Transakcja</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>utworzenie transakcji</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>edycję: „%1”</translation>
    </message>
</context>
<context>
    <name>tandem::DocumentSettingsPage</name>
    <message>
        <source>Open folder</source>
        <translation>Otwórz folder</translation>
    </message>
    <message>
        <source>Copy the shipped templates there</source>
        <translation>Skopiuj tam szablony dostarczane z programem</translation>
    </message>
    <message>
        <source>Letterhead lines</source>
        <translation>Wiersze nagłówka firmowego</translation>
    </message>
    <message>
        <source>Discount needing a manager&apos;s approval</source>
        <translation>Rabat wymagający zatwierdzenia przez kierownika</translation>
    </message>
    <message>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nigdy</translation>
    </message>
    <message>
        <source>Offers valid for</source>
        <translation>Oferty ważne przez</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>Quote number series on this computer</source>
        <translation>Seria numerów ofert na tym komputerze</translation>
    </message>
    <message>
        <source>&amp;Letterhead:</source>
        <translation>&amp;Nagłówek firmowy:</translation>
    </message>
    <message>
        <source>Under the company&apos;s name on every page, one line each. Empty: the Company tab&apos;s address, VAT code, phone, e-mail and website.</source>
        <translation>Pod nazwą firmy na każdej stronie, każda pozycja w osobnym wierszu. Gdy pole jest puste: adres, NIP, telefon, e-mail i strona WWW z zakładki „Firma”.</translation>
    </message>
    <message>
        <source>Discount needing &amp;approval:</source>
        <translation>Rabat wymagający &amp;zatwierdzenia:</translation>
    </message>
    <message>
        <source>A quote with a larger discount is sent once a manager approves it.</source>
        <translation>Ofertę z większym rabatem można wysłać dopiero po zatwierdzeniu przez kierownika.</translation>
    </message>
    <message>
        <source>Offers &amp;valid for:</source>
        <translation>Oferty &amp;ważne przez:</translation>
    </message>
    <message>
        <source>Number &amp;series:</source>
        <translation>&amp;Seria numerów:</translation>
    </message>
    <message>
        <source>1 to 4 letters or digits, for the quotes made on this computer: laptops making offers offline never give two the same number.</source>
        <translation>Od 1 do 4 liter lub cyfr dla ofert tworzonych na tym komputerze: dzięki temu laptopy przygotowujące oferty offline nigdy nie nadadzą dwóm ofertom tego samego numeru.</translation>
    </message>
    <message>
        <source>Templates folder:</source>
        <translation>Folder szablonów:</translation>
    </message>
    <message>
        <source>Your own templates (HTML) there win over the shipped ones.</source>
        <translation>Własne szablony (HTML) umieszczone w tym folderze mają pierwszeństwo przed szablonami dostarczanymi z programem.</translation>
    </message>
    <message>
        <source>Next offers: %1</source>
        <extracomment>Settings › Offers and documents, beside the number series: &quot;Next offers: Q-2026-VN-0001&quot;</extracomment>
        <translation>Następna oferta: %1</translation>
    </message>
    <message>
        <source>Document templates</source>
        <translation>Szablony dokumentów</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Nie można utworzyć folderu %1.</translation>
    </message>
    <message>
        <source>The templates are in %1.</source>
        <translation>Szablony znajdują się w folderze %1.</translation>
    </message>
    <message>
        <source>All the templates were there already; none was changed.</source>
        <translation>Wszystkie szablony już tam były; żadnego nie zmieniono.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n template(s).</source>
        <translation>
            <numerusform>Skopiowano %n szablon.</numerusform>
            <numerusform>Skopiowano %n szablony.</numerusform>
            <numerusform>Skopiowano %n szablonów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n template(s) already there unchanged.</source>
        <translation>
            <numerusform>Bez zmian pozostawiono %n szablon, który już tam był.</numerusform>
            <numerusform>Bez zmian pozostawiono %n szablony, które już tam były.</numerusform>
            <numerusform>Bez zmian pozostawiono %n szablonów, które już tam były.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::DormantDialog</name>
    <message>
        <source>Save letter</source>
        <translation>Zapisz list</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Zaznacz wszystkich</translation>
    </message>
    <message>
        <source>Create follow-up tasks</source>
        <translation>Utwórz zadania ponownego kontaktu</translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation>Uśpieni klienci</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reguły</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nowa reguła</translation>
    </message>
    <message>
        <source>Get back in touch with {company}</source>
        <translation>Odnów kontakt z firmą {company}</translation>
    </message>
    <message>
        <source>&amp;Letter for the follow-up task (placeholders: {company}, {contact}, {owner}, {last_purchase}, {last_contact}):</source>
        <translation>&amp;List do zadania ponownego kontaktu (symbole zastępcze: {company}, {contact}, {owner}, {last_purchase}, {last_contact}):</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Ostatni zakup</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ostatni kontakt</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dni</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>Choose or add a rule.</source>
        <translation>Wybierz lub dodaj regułę.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>No customer is dormant by this rule.</source>
        <translation>Według tej reguły żaden klient nie jest uśpiony.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found. Tick those who should get a follow-up task.</source>
        <translation>
            <numerusform>Znaleziono %n klienta. Zaznacz klientów, dla których należy utworzyć zadanie ponownego kontaktu.</numerusform>
            <numerusform>Znaleziono %n klientów. Zaznacz klientów, dla których należy utworzyć zadanie ponownego kontaktu.</numerusform>
            <numerusform>Znaleziono %n klientów. Zaznacz klientów, dla których należy utworzyć zadanie ponownego kontaktu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the customers who should get a follow-up task.</source>
        <translation>Zaznacz klientów, dla których należy utworzyć zadanie ponownego kontaktu.</translation>
    </message>
    <message numerus="yes">
        <source>Create %n follow-up task(s)</source>
        <translation>
            <numerusform>Utwórz %n zadanie ponownego kontaktu</numerusform>
            <numerusform>Utwórz %n zadania ponownego kontaktu</numerusform>
            <numerusform>Utwórz %n zadań ponownego kontaktu</numerusform>
        </translation>
    </message>
    <message>
        <source>No follow-up tasks created</source>
        <translation>Nie utworzono zadań ponownego kontaktu</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up task(s) created.</source>
        <translation>
            <numerusform>Utworzono %n zadanie ponownego kontaktu.</numerusform>
            <numerusform>Utworzono %n zadania ponownego kontaktu.</numerusform>
            <numerusform>Utworzono %n zadań ponownego kontaktu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open complaint(s): no sales letter until resolved</source>
        <translation>
            <numerusform>%n otwarta reklamacja: bez listu sprzedażowego do czasu jej rozwiązania</numerusform>
            <numerusform>%n otwarte reklamacje: bez listu sprzedażowego do czasu ich rozwiązania</numerusform>
            <numerusform>%n otwartych reklamacji: bez listu sprzedażowego do czasu ich rozwiązania</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an open complaint left out (greyed).</source>
        <translation>
            <numerusform>%n klient z otwartą reklamacją został pominięty (wyszarzony).</numerusform>
            <numerusform>%n klienci z otwartą reklamacją zostali pominięci (wyszarzeni).</numerusform>
            <numerusform>%n klientów z otwartą reklamacją zostało pominiętych (wyszarzonych).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::DrillDialog</name>
    <message numerus="yes">
        <source>%n record(s). Double-click one to open it.</source>
        <translation>
            <numerusform>%n rekord. Kliknij go dwukrotnie, aby go otworzyć.</numerusform>
            <numerusform>%n rekordy. Kliknij dwukrotnie rekord, aby go otworzyć.</numerusform>
            <numerusform>%n rekordów. Kliknij dwukrotnie rekord, aby go otworzyć.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Rekordy</translation>
    </message>
</context>
<context>
    <name>tandem::DuplicatesDialog</name>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Scal</translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation>&amp;To nie duplikaty</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Duplikaty: %1</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Zgodność</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Podobny do</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Zachowaj:</translation>
    </message>
    <message>
        <source>Tick the values the kept record should have. Empty fields are filled from the other; every activity, deal, note and history entry of both is kept.</source>
        <translation>Zaznacz wartości, które ma mieć zachowany rekord. Puste pola zostaną uzupełnione danymi z drugiego rekordu; wszystkie aktywności, transakcje, notatki i wpisy historii obu rekordów zostaną zachowane.</translation>
    </message>
    <message>
        <source>Make the two one record, keeping everything linked to either</source>
        <translation>Połącz oba rekordy w jeden i zachowaj wszystko, co jest powiązane z którymkolwiek z nich</translation>
    </message>
    <message>
        <source>These are different records: do not propose them again</source>
        <translation>To różne rekordy: nie proponuj ich ponownie</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>No likely duplicates among the %1.</source>
        <translation>Nie znaleziono prawdopodobnych duplikatów (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) that look like the same record.</source>
        <translation>
            <numerusform>Znaleziono %n parę prawdopodobnych duplikatów.</numerusform>
            <numerusform>Znaleziono %n pary prawdopodobnych duplikatów.</numerusform>
            <numerusform>Znaleziono %n par prawdopodobnych duplikatów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Scalanie</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”? Everything linked to “%1” moves to “%2”, and “%1” is kept only in the history.</source>
        <translation>Scalić rekord „%1” z rekordem „%2”? Wszystko, co jest powiązane z „%1”, zostanie przeniesione do „%2”, a „%1” pozostanie tylko w historii.</translation>
    </message>
    <message>
        <source>Not duplicates</source>
        <translation>To nie duplikaty</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <extracomment>Undo menu entry: &quot;Merge Ruta Jankauskaite into Rūta Jankauskaitė&quot;</extracomment>
        <translation>Scal „%1” z „%2”</translation>
    </message>
</context>
<context>
    <name>tandem::EventDialog</name>
    <message>
        <source>All day</source>
        <translation>Cały dzień</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Private: colleagues see only that I am busy</source>
        <translation>Prywatne: współpracownicy widzą tylko, że termin jest zajęty</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Rozmowa telefoniczna</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Presentation for …, call back …</source>
        <translation>Prezentacja dla …, oddzwoń do …</translation>
    </message>
    <message>
        <source>Address, room or video link</source>
        <translation>Adres, sala lub link do wideorozmowy</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Bez przypomnienia</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>W chwili rozpoczęcia</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minutę przed</numerusform>
            <numerusform>%n minuty przed</numerusform>
            <numerusform>%n minut przed</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 godzinę przed</translation>
    </message>
    <message>
        <source>2 hours before</source>
        <translation>2 godziny przed</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 dzień przed</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normalny</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Wysoki</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niski</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Transakcja</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Przypomnienie</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Wykonane…</translation>
    </message>
    <message>
        <source>Mark it done and record how it went</source>
        <translation>Oznacz jako wykonane i zapisz przebieg</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nowe wydarzenie</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Edytuj wydarzenie</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>Koniec wydarzenia jest wcześniejszy niż jego początek.</translation>
    </message>
    <message>
        <source>“%1” is not a known record: pick one from the list or clear it.</source>
        <translation>„%1” nie jest znanym rekordem: wybierz rekord z listy lub wyczyść pole.</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Zaproś…</translation>
    </message>
    <message>
        <source>Colleagues who take part: it shows on their calendars too</source>
        <translation>Współpracownicy, którzy biorą udział: wydarzenie pojawi się też w ich kalendarzach</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Współpracownicy</translation>
    </message>
</context>
<context>
    <name>tandem::FieldEditor</name>
    <message>
        <source>Write an e-mail</source>
        <translation>Napisz e-mail</translation>
    </message>
    <message>
        <source>Open in the browser</source>
        <translation>Otwórz w przeglądarce</translation>
    </message>
    <message>
        <source>there is no %1 called “%2”; pick one from the list</source>
        <translation>nie znaleziono: %1 „%2”; wybierz pozycję z listy</translation>
    </message>
</context>
<context>
    <name>tandem::FirstRunDialog</name>
    <message>
        <source>Welcome to Tandem</source>
        <translation>Witamy w programie Tandem</translation>
    </message>
    <message>
        <source>Your CRM lives in one file on this computer. How would you like to start?</source>
        <translation>Twój CRM jest przechowywany w jednym pliku na tym komputerze. Od czego chcesz zacząć?</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Rozpocznij</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Zacznij od pustej bazy</translation>
    </message>
    <message>
        <source>Name your company and yourself, then add your own contacts.</source>
        <translation>Podaj nazwę swojej firmy oraz swoje imię i nazwisko, a następnie dodaj własne kontakty.</translation>
    </message>
    <message>
        <source>e.g. UAB Baltic Trade</source>
        <translation>np. Baltic Trade sp. z o.o.</translation>
    </message>
    <message>
        <source>e.g. Ona Petraitienė</source>
        <translation>np. Anna Kowalska</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Nazwa firmy:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Imię i nazwisko:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Waluta:</translation>
    </message>
    <message>
        <source>Explore with demo data</source>
        <translation>Poznaj program na danych demonstracyjnych</translation>
    </message>
    <message>
        <source>A made-up trading company with 2,000 contacts and their companies, leads, deals and activities, in six languages. Good for trying things out; start a new database for your real work.</source>
        <translation>Fikcyjna firma handlowa: 2000 kontaktów wraz z ich firmami, leadami, transakcjami i aktywnościami w sześciu językach. Dobre do wypróbowania programu; do prawdziwej pracy utwórz nową bazę danych.</translation>
    </message>
    <message>
        <source>Writing demo data… %p%</source>
        <translation>Zapisywanie danych demonstracyjnych… %p%</translation>
    </message>
    <message>
        <source>Tandem Demo</source>
        <translation>Tandem Demo</translation>
    </message>
    <message>
        <source>Demo Manager</source>
        <translation>Kierownik Demo</translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation>Nie udało się zapisać danych demonstracyjnych: %1</translation>
    </message>
</context>
<context>
    <name>tandem::FollowUpDialog</name>
    <message>
        <source>Leads waiting for a first contact</source>
        <translation>Leady czekające na pierwszy kontakt</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>First contact was due</source>
        <translation>Termin pierwszego kontaktu</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Opóźnienie</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Bez właściciela</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Every lead has had its first contact on time.</source>
        <translation>Z każdym leadem nawiązano pierwszy kontakt w terminie.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) have not been contacted although their first contact is due. Leads not followed up within days are the ones that get lost.</source>
        <translation>
            <numerusform>%n lead czeka na pierwszy kontakt, choć termin już minął. Leady, do których nikt nie odezwie się w ciągu kilku dni, najczęściej przepadają.</numerusform>
            <numerusform>%n leady czekają na pierwszy kontakt, choć termin już minął. Leady, do których nikt nie odezwie się w ciągu kilku dni, najczęściej przepadają.</numerusform>
            <numerusform>%n leadów czeka na pierwszy kontakt, choć termin już minął. Leady, do których nikt nie odezwie się w ciągu kilku dni, najczęściej przepadają.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ForecastView</name>
    <message>
        <source>Split by owner</source>
        <translation>Według właścicieli</translation>
    </message>
    <message>
        <source>Weighted forecast by expected close month</source>
        <translation>Prognoza ważona według przewidywanego miesiąca zamknięcia</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Suma ważona</translation>
    </message>
    <message>
        <source>No close date</source>
        <translation>Bez daty zamknięcia</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Bez właściciela</translation>
    </message>
    <message>
        <source>Weighted in all: %1</source>
        <translation>Suma ważona ogółem: %1</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
</context>
<context>
    <name>tandem::FreeSlotDialog</name>
    <message>
        <source>&amp;Find free times</source>
        <translation>&amp;Znajdź wolne terminy</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>Za&amp;rezerwuj</translation>
    </message>
    <message>
        <source>Find a free time</source>
        <translation>Znajdź wolny termin</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Who takes part:</source>
        <translation>&amp;Uczestnicy:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Czas trwania:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <source>Working hours %1–%2</source>
        <translation>Godziny pracy %1–%2</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Tick who takes part.</source>
        <translation>Zaznacz uczestników.</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>Ostatni dzień jest wcześniejszy niż pierwszy.</translation>
    </message>
    <message>
        <source>There is no common free time of this length in these days.</source>
        <translation>W tych dniach nie ma wspólnego wolnego terminu o tej długości.</translation>
    </message>
    <message>
        <source>The first %1 of %2 free times.</source>
        <translation>Pierwsze %1 z %2 wolnych terminów.</translation>
    </message>
    <message numerus="yes">
        <source>%n free time(s) when everyone can.</source>
        <translation>
            <numerusform>%n wolny termin, w którym wszyscy są dostępni.</numerusform>
            <numerusform>%n wolne terminy, w których wszyscy są dostępni.</numerusform>
            <numerusform>%n wolnych terminów, w których wszyscy są dostępni.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::GlobalSearch</name>
    <message>
        <source>Search contacts, companies, leads, deals…  (Ctrl+K)</source>
        <translation>Szukaj kontaktów, firm, leadów, transakcji…  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Wyszukiwanie</translation>
    </message>
    <message>
        <source>No matches for “%1”</source>
        <translation>Brak wyników dla „%1”</translation>
    </message>
    <message>
        <source>Knows: %1</source>
        <translation>Zna się na: %1</translation>
    </message>
</context>
<context>
    <name>tandem::HomeModule</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Read the home screen&apos;s figures again</source>
        <translation>Wczytaj ponownie dane na pulpicie</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Pulpit</translation>
    </message>
</context>
<context>
    <name>tandem::HomeView</name>
    <message>
        <source>My team</source>
        <translation>Mój zespół</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Członek zespołu</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>W zastoju</translation>
    </message>
    <message>
        <source>Closing this month</source>
        <translation>Do zamknięcia w tym miesiącu</translation>
    </message>
    <message>
        <source>Past close</source>
        <translation>Po dacie zamknięcia</translation>
    </message>
    <message>
        <source>Untouched leads</source>
        <translation>Leady bez kontaktu</translation>
    </message>
    <message>
        <source>Revenue vs target</source>
        <translation>Przychód / cel</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Zadania po terminie</translation>
    </message>
    <message>
        <source>Nothing overdue. Well done!</source>
        <translation>Nic nie jest po terminie. Dobra robota!</translation>
    </message>
    <message>
        <source>Today&apos;s tasks</source>
        <translation>Zadania na dziś</translation>
    </message>
    <message>
        <source>No more tasks due today.</source>
        <translation>Na dziś nie ma już więcej zadań.</translation>
    </message>
    <message>
        <source>Stalled deals</source>
        <translation>Transakcje w zastoju</translation>
    </message>
    <message>
        <source>Every open deal is moving.</source>
        <translation>Wszystkie transakcje w toku posuwają się naprzód.</translation>
    </message>
    <message>
        <source>No open deal is expected to close this month.</source>
        <translation>Zamknięcia żadnej transakcji w toku nie przewidziano na ten miesiąc.</translation>
    </message>
    <message>
        <source>Past their expected close</source>
        <translation>Po przewidywanej dacie zamknięcia</translation>
    </message>
    <message>
        <source>No deal is past its expected close.</source>
        <translation>Żadna transakcja nie przekroczyła przewidywanej daty zamknięcia.</translation>
    </message>
    <message>
        <source>Every lead has been contacted.</source>
        <translation>Z każdym leadem nawiązano już kontakt.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>What needs your attention</source>
        <translation>Co wymaga Twojej uwagi</translation>
    </message>
    <message>
        <source>What needs the attention of the people you lead</source>
        <translation>Co wymaga uwagi osób z Twojego zespołu</translation>
    </message>
    <message>
        <source>Tasks today</source>
        <translation>Zadania na dziś</translation>
    </message>
    <message>
        <source>The home screen could not be read: %1</source>
        <translation>Nie udało się odczytać danych pulpitu: %1</translation>
    </message>
    <message>
        <source>Good morning, %1</source>
        <translation>Dzień dobry, %1</translation>
    </message>
    <message>
        <source>Good afternoon, %1</source>
        <translation>Dzień dobry, %1</translation>
    </message>
    <message>
        <source>Good evening, %1</source>
        <translation>Dobry wieczór, %1</translation>
    </message>
    <message>
        <source>%1&apos;s team</source>
        <translation>Zespół użytkownika %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>no target set</source>
        <translation>brak celu</translation>
    </message>
</context>
<context>
    <name>tandem::ImportDialog</name>
    <message>
        <source>Import the rest and leave out the rows with problems</source>
        <translation>Zaimportuj pozostałe wiersze i pomiń wiersze z problemami</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>Import %1</source>
        <extracomment>Undo menu entry: &quot;Import contacts.vcf&quot;</extracomment>
        <translation>Import: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; into %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → %2</translation>
    </message>
    <message>
        <source>When a record is already here</source>
        <translation>Gdy rekord już istnieje</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Pomiń go</translation>
    </message>
    <message>
        <source>Fill in its empty fields</source>
        <translation>Uzupełnij jego puste pola</translation>
    </message>
    <message>
        <source>Create another one</source>
        <translation>Mimo to utwórz nowy</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Co się stanie</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>Zapisz mapowanie…</translation>
    </message>
    <message>
        <source>Keep these columns in a file, for the next import or for tandem-cli --mapping</source>
        <translation>Zapisz mapowanie kolumn w pliku – do następnego importu lub do użycia z tandem-cli --mapping</translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation>Zapis mapowania kolumn</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>Mapowania kolumn (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nowy rekord</numerusform>
            <numerusform>%n nowe rekordy</numerusform>
            <numerusform>%n nowych rekordów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to fill in</source>
        <translation>
            <numerusform>%n do uzupełnienia</numerusform>
            <numerusform>%n do uzupełnienia</numerusform>
            <numerusform>%n do uzupełnienia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here</source>
        <translation>
            <numerusform>%n już istnieje</numerusform>
            <numerusform>%n już istnieją</numerusform>
            <numerusform>%n już istnieje</numerusform>
        </translation>
    </message>
    <message>
        <source>What the import will do: %1.</source>
        <translation>Plan importu: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems: fix the file, or import the rest without them.</source>
        <translation>
            <numerusform>%n wiersz z problemami: popraw plik lub zaimportuj resztę bez niego.</numerusform>
            <numerusform>%n wiersze z problemami: popraw plik lub zaimportuj resztę bez nich.</numerusform>
            <numerusform>%n wierszy z problemami: popraw plik lub zaimportuj resztę bez nich.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>an earlier row of this file</source>
        <translation>wcześniejszy wiersz tego pliku</translation>
    </message>
    <message>
        <source>Fills in the empty fields of %1</source>
        <translation>Uzupełnia puste pola: %1</translation>
    </message>
    <message>
        <source>Already here as %1: skipped</source>
        <translation>Już istnieje (%1): pominięto</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… i jeszcze %n</numerusform>
            <numerusform>… i jeszcze %n</numerusform>
            <numerusform>… i jeszcze %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: the file has problems.</source>
        <translation>Nic nie zaimportowano: w pliku występują problemy.</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>utworzono %n rekord</numerusform>
            <numerusform>utworzono %n rekordy</numerusform>
            <numerusform>utworzono %n rekordów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filled in</source>
        <translation>
            <numerusform>uzupełniono %n rekord</numerusform>
            <numerusform>uzupełniono %n rekordy</numerusform>
            <numerusform>uzupełniono %n rekordów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here, skipped</source>
        <translation>
            <numerusform>pominięto %n istniejący rekord</numerusform>
            <numerusform>pominięto %n istniejące rekordy</numerusform>
            <numerusform>pominięto %n istniejących rekordów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out with problems</source>
        <translation>
            <numerusform>pominięto %n wiersz z problemami</numerusform>
            <numerusform>pominięto %n wiersze z problemami</numerusform>
            <numerusform>pominięto %n wierszy z problemami</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Import zakończony: %1.</translation>
    </message>
</context>
<context>
    <name>tandem::LeadRulesDialog</name>
    <message>
        <source>Rules, first match wins</source>
        <translation>Reguły (obowiązuje pierwsza pasująca)</translation>
    </message>
    <message>
        <source>Reasons offered when a lead or deal is lost</source>
        <translation>Powody do wyboru przy przegranej leada lub transakcji</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>How new leads are handled</source>
        <translation>Obsługa nowych leadów</translation>
    </message>
    <message>
        <source>A new lead without an owner goes to the first active rule whose conditions it meets (empty conditions match any lead). “Each team member in turn” and “the team member with the fewest open leads” choose among the active users of the rule&apos;s team. The chosen owner is notified.</source>
        <translation>Nowy lead bez właściciela trafia do pierwszej aktywnej reguły, której warunki spełnia (reguła bez warunków pasuje do każdego leada). Metody „Kolejno każdy członek zespołu” i „Członek zespołu z najmniejszą liczbą otwartych leadów” wybierają spośród aktywnych użytkowników zespołu przypisanego do reguły. Wybrany właściciel otrzymuje powiadomienie.</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nowa reguła</translation>
    </message>
    <message>
        <source>&amp;Routing</source>
        <translation>&amp;Przydział</translation>
    </message>
    <message>
        <source>First contact due within (days):</source>
        <translation>Termin pierwszego kontaktu (dni):</translation>
    </message>
    <message>
        <source>Every new lead gets a first-contact task due this many days after it arrives; leads nobody contacted in time are listed under Leads › Waiting for first contact.</source>
        <translation>Każdy nowy lead dostaje zadanie pierwszego kontaktu z terminem po tylu dniach od wpłynięcia; leady, z którymi nikt nie skontaktował się w terminie, trafiają na listę Leady › Czekające na pierwszy kontakt.</translation>
    </message>
    <message>
        <source>&amp;Qualification questions, one per line:</source>
        <translation>Py&amp;tania kwalifikacyjne, po jednym w wierszu:</translation>
    </message>
    <message>
        <source>&amp;Follow-up and qualification</source>
        <translation>Pierwszy &amp;kontakt i kwalifikacja</translation>
    </message>
    <message>
        <source>New reason</source>
        <translation>Nowy powód</translation>
    </message>
    <message>
        <source>&amp;Lost reasons</source>
        <translation>Powody prze&amp;granej</translation>
    </message>
    <message>
        <source>Change the follow-up rules</source>
        <translation>zmianę ustawień pierwszego kontaktu i kwalifikacji</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
</context>
<context>
    <name>tandem::LeadsModule</name>
    <message>
        <source>&amp;Qualify…</source>
        <translation>&amp;Kwalifikuj…</translation>
    </message>
    <message>
        <source>&amp;Convert to deal…</source>
        <translation>Konwertuj na &amp;transakcję…</translation>
    </message>
    <message>
        <source>Mark &amp;lost…</source>
        <translation>Oznacz jako &amp;przegrany…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Otwórz po&amp;nownie</translation>
    </message>
    <message>
        <source>&amp;Waiting for first contact…</source>
        <translation>&amp;Czekające na pierwszy kontakt…</translation>
    </message>
    <message>
        <source>Record the answers to the qualification questions</source>
        <translation>Zapisz odpowiedzi na pytania kwalifikacyjne</translation>
    </message>
    <message>
        <source>Turn the lead into a deal with its company and contact</source>
        <translation>Przekształć lead w transakcję wraz z firmą i kontaktem</translation>
    </message>
    <message>
        <source>The lead will not buy now: keep it with the reason</source>
        <translation>Lead na razie nie kupi: zachowaj go z podaniem powodu</translation>
    </message>
    <message>
        <source>Work on a lost lead again</source>
        <translation>Wróć do pracy nad przegranym leadem</translation>
    </message>
    <message>
        <source>Leads whose first contact is overdue</source>
        <translation>Leady, z którymi nie nawiązano pierwszego kontaktu w terminie</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>utworzenie leada</translation>
    </message>
    <message>
        <source>Qualify “%1”</source>
        <translation>kwalifikację leada „%1”</translation>
    </message>
    <message>
        <source>Not qualified</source>
        <translation>Nie zakwalifikowano</translation>
    </message>
    <message>
        <source>Not converted</source>
        <translation>Nie skonwertowano</translation>
    </message>
    <message>
        <source>Convert “%1”</source>
        <translation>konwersję leada „%1”</translation>
    </message>
    <message>
        <source>Lead converted</source>
        <translation>Lead skonwertowany</translation>
    </message>
    <message numerus="yes">
        <source>The deal “%1” is on the pipeline, with %n activity(ies) carried over. Open it now?</source>
        <translation>
            <numerusform>Transakcja „%1” jest już w lejku sprzedaży; przeniesiono do niej %n aktywność. Otworzyć ją teraz?</numerusform>
            <numerusform>Transakcja „%1” jest już w lejku sprzedaży; przeniesiono do niej %n aktywności. Otworzyć ją teraz?</numerusform>
            <numerusform>Transakcja „%1” jest już w lejku sprzedaży; przeniesiono do niej %n aktywności. Otworzyć ją teraz?</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark “%1” lost</source>
        <translation>oznaczenie leada „%1” jako przegranego</translation>
    </message>
    <message>
        <source>Not marked lost</source>
        <translation>Nie oznaczono jako przegranego</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>ponowne otwarcie leada „%1”</translation>
    </message>
    <message>
        <source>Not reopened</source>
        <translation>Nie otwarto ponownie</translation>
    </message>
    <message>
        <source>Lead &amp;rules…</source>
        <translation>&amp;Reguły obsługi leadów…</translation>
    </message>
    <message>
        <source>Routing rules, first-contact deadline, qualification questions and lost reasons</source>
        <translation>Reguły przydziału, termin pierwszego kontaktu, pytania kwalifikacyjne i powody przegranej</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>edycję: „%1”</translation>
    </message>
</context>
<context>
    <name>tandem::ListFilterBar</name>
    <message>
        <source>All contacts</source>
        <translation>Wszystkie kontakty</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Wszystkie firmy</translation>
    </message>
    <message>
        <source>Saved filters (segments) for mailings, exports and reports</source>
        <translation>Zapisane filtry (segmenty) do wysyłek, eksportu i raportów</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Dowolny właściciel</translation>
    </message>
    <message>
        <source>Any company</source>
        <translation>Dowolna firma</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Dowolny status</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Dowolny tag</translation>
    </message>
    <message>
        <source>Any industry</source>
        <translation>Dowolna branża</translation>
    </message>
    <message>
        <source>Any territory</source>
        <translation>Dowolne terytorium</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>Dowolna zgoda</translation>
    </message>
    <message>
        <source>Any last contact</source>
        <translation>Ostatni kontakt: dowolny</translation>
    </message>
    <message>
        <source>No contact for </source>
        <extracomment>The &quot;no contact for N days&quot; filter: &quot;No contact for 90 days&quot;</extracomment>
        <translation>Brak kontaktu od </translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>Only those with no call, meeting, e-mail or note for this many days</source>
        <translation>Tylko rekordy bez rozmowy, spotkania, e-maila ani notatki od tylu dni</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Show all records again</source>
        <translation>Pokaż ponownie wszystkie rekordy</translation>
    </message>
    <message>
        <source>Save as segment…</source>
        <translation>Zapisz jako segment…</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>This segment cannot be shown.</source>
        <translation>Nie można wyświetlić tego segmentu.</translation>
    </message>
    <message>
        <source>Save as segment</source>
        <translation>Zapisz jako segment</translation>
    </message>
    <message>
        <source>Name of the segment (an existing one of that name is replaced):</source>
        <translation>Nazwa segmentu (istniejący segment o tej nazwie zostanie zastąpiony):</translation>
    </message>
    <message>
        <source>The segment was not saved.</source>
        <translation>Nie zapisano segmentu.</translation>
    </message>
    <message>
        <source>Save segment %1</source>
        <extracomment>Undo menu entry: &quot;Save segment Vilnius customers&quot;</extracomment>
        <translation>Zapisz segment „%1”</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branża</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Terytorium</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <source>Days without contact</source>
        <translation>Dni bez kontaktu</translation>
    </message>
</context>
<context>
    <name>tandem::LoseDialog</name>
    <message>
        <source>Deal lost</source>
        <translation>Przegrana transakcja</translation>
    </message>
    <message>
        <source>Lead lost</source>
        <translation>Przegrany lead</translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation>Dlaczego przegrano „%1”?</translation>
    </message>
    <message>
        <source>Why was the lead “%1” lost?</source>
        <translation>Dlaczego przegrano lead „%1”?</translation>
    </message>
    <message>
        <source>Pick or type a reason</source>
        <translation>Wybierz lub wpisz powód</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Powód:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Lost &amp;to:</source>
        <translation>&amp;Konkurent:</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>Oznacz jako przegraną</translation>
    </message>
    <message>
        <source>Mark lead lost</source>
        <translation>Oznacz jako przegrany</translation>
    </message>
</context>
<context>
    <name>tandem::MailingDialog</name>
    <message>
        <source>Preview…</source>
        <translation>Podgląd…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Zapisz PDF…</translation>
    </message>
    <message>
        <source>Draw the label edges (a test on plain paper)</source>
        <translation>Rysuj krawędzie etykiet (wydruk próbny na zwykłym papierze)</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Zapisz CSV…</translation>
    </message>
    <message>
        <source>Open templates folder</source>
        <translation>Otwórz folder szablonów</translation>
    </message>
    <message>
        <source>Mail merge and labels</source>
        <translation>Korespondencja seryjna i etykiety</translation>
    </message>
    <message>
        <source>The letter&apos;s text. The template adds the letterhead, the address, the date and the greeting.</source>
        <translation>Treść listu. Szablon dodaje nagłówek firmowy, adres, datę i zwrot grzecznościowy.</translation>
    </message>
    <message>
        <source>Labels already used on the first sheet are skipped, row by row</source>
        <translation>Etykiety już wykorzystane na pierwszym arkuszu są pomijane, wiersz po wierszu</translation>
    </message>
    <message>
        <source>The recipients&apos; addresses for a mailing house or another tool</source>
        <translation>Adresy odbiorców dla firmy wysyłkowej lub innego programu</translation>
    </message>
    <message>
        <source>Edit the letterhead and letter templates your team uses (HTML files)</source>
        <translation>Edytuj nagłówek firmowy i szablony listów używane przez zespół (pliki HTML)</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Listy</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>S&amp;zablon:</translation>
    </message>
    <message>
        <source>Letter &amp;text:</source>
        <translation>&amp;Treść listu:</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>Etykiety adresowe</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Arkusz:</translation>
    </message>
    <message>
        <source>Start at &amp;label:</source>
        <translation>Zacznij od &amp;etykiety:</translation>
    </message>
    <message>
        <source>There is no saved contact segment yet. Filter the contacts list and save the filter as a segment to send it a mailing.</source>
        <translation>Nie ma jeszcze zapisanego segmentu kontaktów. Przefiltruj listę kontaktów i zapisz filtr jako segment, aby wysłać do niego korespondencję seryjną.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n odbiorca</numerusform>
            <numerusform>%n odbiorców</numerusform>
            <numerusform>%n odbiorców</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without postal consent left out</source>
        <translation>
            <numerusform>pominięto %n kontakt bez zgody na korespondencję pocztową</numerusform>
            <numerusform>pominięto %n kontakty bez zgody na korespondencję pocztową</numerusform>
            <numerusform>pominięto %n kontaktów bez zgody na korespondencję pocztową</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a complete address left out (%1)</source>
        <translation>
            <numerusform>pominięto %n kontakt bez pełnego adresu (%1)</numerusform>
            <numerusform>pominięto %n kontakty bez pełnego adresu (%1)</numerusform>
            <numerusform>pominięto %n kontaktów bez pełnego adresu (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>No one in this segment can be sent post: nothing to print or save.</source>
        <translation>Do nikogo z tego segmentu nie można wysłać korespondencji pocztowej: nie ma czego drukować ani zapisywać.</translation>
    </message>
    <message>
        <source>Save letters as PDF</source>
        <translation>Zapisz listy jako PDF</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>listy</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Letters not saved</source>
        <translation>Nie zapisano listów</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved to %1.</source>
        <translation>
            <numerusform>Zapisano %n list w pliku %1.</numerusform>
            <numerusform>Zapisano %n listy w pliku %1.</numerusform>
            <numerusform>Zapisano %n listów w pliku %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left blank where the records have no value: %1.</source>
        <translation>Pozostawiono puste miejsca tam, gdzie rekordy nie mają wartości: %1.</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>Zapisz etykiety jako PDF</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>etykiety</translation>
    </message>
    <message>
        <source>Labels not saved</source>
        <translation>Nie zapisano etykiet</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) saved to %1.</source>
        <translation>
            <numerusform>Zapisano %n etykietę w pliku %1.</numerusform>
            <numerusform>Zapisano %n etykiety w pliku %1.</numerusform>
            <numerusform>Zapisano %n etykiet w pliku %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save addresses as CSV</source>
        <translation>Zapisz adresy jako CSV</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>adresy</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Addresses not saved</source>
        <translation>Nie zapisano adresów</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) saved to %1.</source>
        <translation>
            <numerusform>Zapisano %n adres w pliku %1.</numerusform>
            <numerusform>Zapisano %n adresy w pliku %1.</numerusform>
            <numerusform>Zapisano %n adresów w pliku %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Brak podglądu</translation>
    </message>
    <message>
        <source>Letters — print preview</source>
        <translation>Listy – podgląd wydruku</translation>
    </message>
    <message>
        <source>Address labels — print preview</source>
        <translation>Etykiety adresowe – podgląd wydruku</translation>
    </message>
    <message>
        <source>Templates folder</source>
        <translation>Folder szablonów</translation>
    </message>
    <message>
        <source>The templates are in %1.</source>
        <translation>Szablony znajdują się w folderze %1.</translation>
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
        <translation>%1 – Tandem</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nie wykonano</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Pasek główny</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>Utwórz &amp;kopię zapasową bazy danych…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Znajdź…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;Check database…</source>
        <translation>&amp;Sprawdź bazę danych…</translation>
    </message>
    <message>
        <source>&amp;About Tandem</source>
        <translation>&amp;O programie Tandem</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Baza danych: %1</translation>
    </message>
    <message>
        <source>tandem-%1.tandem-backup</source>
        <extracomment>Suggested file name of a backup; %1 is today&apos;s date</extracomment>
        <translation>tandem-%1.tandem-backup</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Kopia zapasowa bazy danych</translation>
    </message>
    <message>
        <source>Tandem backups (*.tandem-backup);;All files (*)</source>
        <translation>Kopie zapasowe programu Tandem (*.tandem-backup);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>The backup was not written.</source>
        <translation>Nie zapisano kopii zapasowej.</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Zapisano kopię zapasową w pliku %1</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Sprawdzanie bazy danych</translation>
    </message>
    <message>
        <source>The database is healthy: no problems found in %1.</source>
        <translation>Baza danych jest w dobrym stanie: w pliku %1 nie znaleziono problemów.</translation>
    </message>
    <message>
        <source>About Tandem</source>
        <translation>O programie Tandem</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tandem %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for small sales teams: contacts, companies, leads, deals and activities, on your own computer, working with or without a network.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tandem %1&lt;/h3&gt;&lt;p&gt;CRM na komputer dla małych zespołów sprzedaży: kontakty, firmy, leady, transakcje i aktywności na własnym komputerze, z dostępem do sieci lub bez niego.&lt;/p&gt;&lt;p&gt;Baza danych: %2&lt;/p&gt;&lt;p&gt;Licencja: GNU GPL w wersji 3 lub nowszej.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>In the status bar: &quot;Contacts 2,000&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>P&amp;rzypomnienia…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Otwórz plik</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 nie istnieje.</translation>
    </message>
    <message>
        <source>Tandem cannot open %1: it opens Tandem bundles (.tandem), address books (.vcf) and calendars (.ics).</source>
        <translation>Tandem nie może otworzyć pliku %1: otwiera paczki synchronizacji (.tandem), książki adresowe (.vcf) i kalendarze (.ics).</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Skróty &amp;klawiszowe</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Przywróć z kopii zapasowej…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Przywracanie z kopii zapasowej</translation>
    </message>
    <message>
        <source>Restored. The data it replaced was saved to %1. Tandem now reopens the database.</source>
        <translation>Przywrócono. Zastąpione dane zapisano w pliku %1. Tandem otworzy teraz bazę danych ponownie.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1.</source>
        <translation>
            <numerusform>W pliku %1 znaleziono %n problem.</numerusform>
            <numerusform>W pliku %1 znaleziono %n problemy.</numerusform>
            <numerusform>W pliku %1 znaleziono %n problemów.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no sound automatic backup to go back to. Make a backup, then run “tandem-cli check --repair”.</source>
        <translation>Nie ma nieuszkodzonej automatycznej kopii zapasowej, do której można wrócić. Utwórz kopię zapasową, a następnie uruchom polecenie „tandem-cli check --repair”.</translation>
    </message>
    <message>
        <source>Restore the latest sound backup, taken %1 (%2)? What is here now is kept as a backup.</source>
        <translation>Przywrócić najnowszą nieuszkodzoną kopię zapasową z %1 (%2)? Obecne dane zostaną zachowane jako kopia zapasowa.</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Niczego nie przywrócono.</translation>
    </message>
    <message>
        <source>Backed up automatically to %1</source>
        <translation>Automatycznie zapisano kopię zapasową w pliku %1</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Automatyczna kopia zapasowa</translation>
    </message>
    <message>
        <source>Tandem could not back up the database automatically. Your data is unchanged, but until this is solved there is no fresh backup to go back to.</source>
        <translation>Nie udało się automatycznie utworzyć kopii zapasowej bazy danych. Twoje dane nie zostały zmienione, ale dopóki problem nie zostanie rozwiązany, nie ma aktualnej kopii zapasowej, do której można by wrócić.</translation>
    </message>
    <message>
        <source>&amp;Mail merge and labels…</source>
        <translation>Korespondencja &amp;seryjna i etykiety…</translation>
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
        <translation>Kampania</translation>
    </message>
</context>
<context>
    <name>tandem::MaterialLibraryView</name>
    <message>
        <source>Choose the new version of “%1”</source>
        <translation>Wybierz nową wersję „%1”</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Dodał(a)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Data dodania</translation>
    </message>
    <message>
        <source>Drop files here to add them to the library</source>
        <translation>Upuść tutaj pliki, aby dodać je do biblioteki</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dodaj pliki…</translation>
    </message>
    <message>
        <source>Edit tags…</source>
        <translation>Edytuj tagi…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <source>Replace with a new version…</source>
        <translation>Zastąp nową wersją…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Zapisz kopię…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <source>Add brochures, presentations or price sheets to the library</source>
        <translation>Dodaj broszury, prezentacje lub cenniki do biblioteki</translation>
    </message>
    <message>
        <source>Put a new version in place of this file; copies already attached to deals keep what the customer was given</source>
        <translation>Zastąp ten plik nową wersją; kopie dołączone już do transakcji zachowają to, co otrzymał klient</translation>
    </message>
    <message>
        <source>No file in the library matches the search.</source>
        <translation>Żaden plik w bibliotece nie pasuje do wyszukiwania.</translation>
    </message>
    <message>
        <source>The library is empty. Add brochures, presentations and price sheets with Add files…, or drop them here from the file manager.</source>
        <translation>Biblioteka jest pusta. Dodaj broszury, prezentacje i cenniki poleceniem „Dodaj pliki…” albo przeciągnij je tutaj z menedżera plików.</translation>
    </message>
    <message>
        <source>Add files to the sales materials</source>
        <translation>Dodaj pliki do materiałów sprzedażowych</translation>
    </message>
    <message>
        <source>Add to the sales materials</source>
        <translation>Dodaj do materiałów sprzedażowych</translation>
    </message>
    <message numerus="yes">
        <source>Tags for the %n file(s), separated by commas, e.g. “brochure, en” (may stay empty):</source>
        <translation>
            <numerusform>Tagi dla %n pliku, rozdzielone przecinkami, np. „broszura, en” (pole może pozostać puste):</numerusform>
            <numerusform>Tagi dla %n plików, rozdzielone przecinkami, np. „broszura, en” (pole może pozostać puste):</numerusform>
            <numerusform>Tagi dla %n plików, rozdzielone przecinkami, np. „broszura, en” (pole może pozostać puste):</numerusform>
        </translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Dodaj pliki</translation>
    </message>
    <message numerus="yes">
        <source>Add %n file(s) to the sales materials</source>
        <translation>
            <numerusform>dodanie %n pliku do materiałów sprzedażowych</numerusform>
            <numerusform>dodanie %n plików do materiałów sprzedażowych</numerusform>
            <numerusform>dodanie %n plików do materiałów sprzedażowych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n files was added.</source>
        <translation>
            <numerusform>Nie dodano żadnego z %n pliku.</numerusform>
            <numerusform>Nie dodano żadnego z %n plików.</numerusform>
            <numerusform>Nie dodano żadnego z %n plików.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Edytuj tagi</translation>
    </message>
    <message>
        <source>Tags of “%1”, separated by commas:</source>
        <translation>Tagi pliku „%1”, rozdzielone przecinkami:</translation>
    </message>
    <message numerus="yes">
        <source>Tags of the %n selected files, separated by commas (tags only some of them have are kept):</source>
        <translation>
            <numerusform>Tagi %n zaznaczonego pliku, rozdzielone przecinkami (tagi przypisane tylko do niektórych z nich pozostaną bez zmian):</numerusform>
            <numerusform>Tagi %n zaznaczonych plików, rozdzielone przecinkami (tagi przypisane tylko do niektórych z nich pozostaną bez zmian):</numerusform>
            <numerusform>Tagi %n zaznaczonych plików, rozdzielone przecinkami (tagi przypisane tylko do niektórych z nich pozostaną bez zmian):</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translation>zmianę tagów pliku „%1”</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n files</source>
        <translation>
            <numerusform>zmianę tagów %n pliku</numerusform>
            <numerusform>zmianę tagów %n plików</numerusform>
            <numerusform>zmianę tagów %n plików</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Zmień nazwę</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>Nowa nazwa pliku „%1”:</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>zmianę nazwy „%1” na „%2”</translation>
    </message>
    <message>
        <source>Replace with a new version</source>
        <translation>Zastąp nową wersją</translation>
    </message>
    <message>
        <source>Replace “%1” with a new version</source>
        <translation>zastąpienie pliku „%1” nową wersją</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Nie można odczytać pliku „%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>Save copies of %n files</source>
        <translation>
            <numerusform>Zapisz kopie %n pliku</numerusform>
            <numerusform>Zapisz kopie %n plików</numerusform>
            <numerusform>Zapisz kopie %n plików</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Zapisz kopię</translation>
    </message>
    <message>
        <source>Remove “%1” from the sales materials? Copies already attached to deals and offers stay with them.</source>
        <translation>Usunąć plik „%1” z materiałów sprzedażowych? Kopie dołączone już do transakcji i ofert pozostaną w nich.</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n selected files from the sales materials? Copies already attached to deals and offers stay with them.</source>
        <translation>
            <numerusform>Usunąć %n zaznaczony plik z materiałów sprzedażowych? Kopie dołączone już do transakcji i ofert pozostaną w nich.</numerusform>
            <numerusform>Usunąć %n zaznaczone pliki z materiałów sprzedażowych? Kopie dołączone już do transakcji i ofert pozostaną w nich.</numerusform>
            <numerusform>Usunąć %n zaznaczonych plików z materiałów sprzedażowych? Kopie dołączone już do transakcji i ofert pozostaną w nich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuwanie</translation>
    </message>
    <message>
        <source>Remove “%1” from the sales materials</source>
        <translation>usunięcie pliku „%1” z materiałów sprzedażowych</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n files from the sales materials</source>
        <translation>
            <numerusform>usunięcie %n pliku z materiałów sprzedażowych</numerusform>
            <numerusform>usunięcie %n plików z materiałów sprzedażowych</numerusform>
            <numerusform>usunięcie %n plików z materiałów sprzedażowych</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::MaterialPicker</name>
    <message>
        <source>Attach</source>
        <translation>Dołącz</translation>
    </message>
</context>
<context>
    <name>tandem::MaterialSearchBar</name>
    <message>
        <source>Search by name or tag: “pri bro” finds a price list brochure</source>
        <translation>Szukaj według nazwy lub tagu: „cen bro” znajdzie broszurę z cennikiem</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Wszystkie tagi</translation>
    </message>
</context>
<context>
    <name>tandem::MonthView</name>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n więcej</numerusform>
            <numerusform>+%n więcej</numerusform>
            <numerusform>+%n więcej</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::NotificationsButton</name>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n nowe powiadomienie</numerusform>
            <numerusform>%n nowe powiadomienia</numerusform>
            <numerusform>%n nowych powiadomień</numerusform>
        </translation>
    </message>
    <message>
        <source>No new notifications</source>
        <translation>Brak nowych powiadomień</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… i jeszcze %n</numerusform>
            <numerusform>… i jeszcze %n</numerusform>
            <numerusform>… i jeszcze %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Oznacz wszystkie jako przeczytane</translation>
    </message>
</context>
<context>
    <name>tandem::OutcomeDialog</name>
    <message>
        <source>Create a follow-up task</source>
        <translation>Utwórz kolejne zadanie</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>Jak poszło?</translation>
    </message>
    <message>
        <source>How did “%1” go?</source>
        <translation>Jak poszło: „%1”?</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się wydarzyło</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Co dalej</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Następny krok</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Rozmowa odbyta</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Brak odpowiedzi</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Zostawiono wiadomość</translation>
    </message>
    <message>
        <source>Meeting held</source>
        <translation>Spotkanie odbyte</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Przełożono</translation>
    </message>
    <message>
        <source>The next step</source>
        <translation>Następny krok</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Oznacz jako wykonane</translation>
    </message>
    <message>
        <source>Log how “%1” went</source>
        <translation>zarejestrowanie wyniku „%1”</translation>
    </message>
</context>
<context>
    <name>tandem::PartiesModule</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;ksportuj…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Znajdź dup&amp;likaty…</translation>
    </message>
    <message>
        <source>Bring in contacts from a vCard or CSV file</source>
        <translation>Importuj kontakty z pliku vCard lub CSV</translation>
    </message>
    <message>
        <source>Bring in companies from a CSV file</source>
        <translation>Importuj firmy z pliku CSV</translation>
    </message>
    <message>
        <source>Save the contacts the list shows as vCard or CSV</source>
        <translation>Zapisz kontakty widoczne na liście jako vCard lub CSV</translation>
    </message>
    <message>
        <source>Save the companies the list shows as CSV</source>
        <translation>Zapisz firmy widoczne na liście jako CSV</translation>
    </message>
    <message>
        <source>Review records that look like the same one, and merge them</source>
        <translation>Przejrzyj rekordy, które wyglądają na duplikaty, i scal je</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Możliwy duplikat</translation>
    </message>
    <message>
        <source>“%1” may already be here: %2.

Save it as a new contact anyway, or open the existing one?</source>
        <translation>„%1” może już istnieć: %2.

Zapisać mimo to jako nowy kontakt czy otworzyć istniejący?</translation>
    </message>
    <message>
        <source>Address books (*.vcf *.vcard *.csv);;vCard (*.vcf *.vcard);;CSV (*.csv *.txt)</source>
        <translation>Książki adresowe (*.vcf *.vcard *.csv);;vCard (*.vcf *.vcard);;CSV (*.csv *.txt)</translation>
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
            <numerusform>Zapisano %n rekord w pliku %1.</numerusform>
            <numerusform>Zapisano %n rekordy w pliku %1.</numerusform>
            <numerusform>Zapisano %n rekordów w pliku %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” may already be here.

Save it as a new company anyway, or open the existing one?</source>
        <translation>„%1” może już istnieć.

Zapisać mimo to jako nową firmę czy otworzyć istniejącą?</translation>
    </message>
</context>
<context>
    <name>tandem::PartyCard</name>
    <message>
        <source>Log &amp;call</source>
        <translation>Zarejestruj &amp;rozmowę</translation>
    </message>
    <message>
        <source>Log a call with this contact (Ctrl+L)</source>
        <translation>Zarejestruj rozmowę telefoniczną z tym kontaktem (Ctrl+L)</translation>
    </message>
    <message>
        <source>Log a call with this company (Ctrl+L)</source>
        <translation>Zarejestruj rozmowę telefoniczną z tą firmą (Ctrl+L)</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Dodaj &amp;notatkę</translation>
    </message>
    <message>
        <source>Write a note on this contact (Ctrl+Shift+L)</source>
        <translation>Napisz notatkę o tym kontakcie (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Write a note on this company (Ctrl+Shift+L)</source>
        <translation>Napisz notatkę o tej firmie (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation>Edytuj &amp;szczegóły</translation>
    </message>
</context>
<context>
    <name>tandem::PipelineEditor</name>
    <message>
        <source>A condition limits an action to the deals it fits, as in “amount &gt; 10000”. With “quote_discount &gt; 15” (the largest discount on the deal&apos;s open quotes, in percent) the action is a manager&apos;s approval: the quote waits for it, and ticking it approves the quote.</source>
        <translation>Warunek ogranicza działanie do pasujących transakcji, np. „amount &gt; 10000”. Przy „quote_discount &gt; 15” (największy rabat w otwartych ofertach transakcji, w procentach) działanie jest zatwierdzeniem przez kierownika: oferta na nie czeka, a zaznaczenie działania zatwierdza ofertę.</translation>
    </message>
    <message>
        <source>New pipeline…</source>
        <translation>Dodaj lejek…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Ustaw jako domyślny</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapy</translation>
    </message>
    <message>
        <source>Playbook of the selected stage</source>
        <translation>Scenariusz sprzedaży wybranego etapu</translation>
    </message>
    <message>
        <source>Pipelines and playbooks</source>
        <translation>Lejki i scenariusze sprzedaży</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Lejek:</translation>
    </message>
    <message>
        <source>Double-click a cell to change it. A stage&apos;s probability weighs the forecast; a deal that sits in a stage longer than its “stalled after” days is marked on the board. Entering a stage gives the deal owner its playbook actions as tasks.</source>
        <translation>Kliknij dwukrotnie komórkę, aby ją zmienić. Prawdopodobieństwo etapu jest wagą w prognozie; transakcja, która pozostaje w etapie dłużej niż liczba dni z kolumny „Zastój po (dniach)”, jest oznaczana na tablicy. Gdy transakcja wchodzi do etapu, jej właściciel otrzymuje kroki scenariusza tego etapu jako zadania.</translation>
    </message>
    <message>
        <source>&amp;Instructions for the selected action:</source>
        <translation>&amp;Instrukcje do wybranego kroku:</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nowy etap</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nowy krok</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>Nowy lejek sprzedaży</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>Rename pipeline</source>
        <translation>Zmiana nazwy lejka sprzedaży</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (domyślny)</translation>
    </message>
    <message>
        <source>Add pipeline “%1”</source>
        <translation>dodanie lejka sprzedaży „%1”</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowa</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Wygrana</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Przegrana</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Nie dodano</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>Nie zmieniono nazwy</translation>
    </message>
    <message>
        <source>Make “%1” the default pipeline</source>
        <translation>ustawienie „%1” jako domyślnego lejka sprzedaży</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nie zmieniono</translation>
    </message>
</context>
<context>
    <name>tandem::PipelineModule</name>
    <message>
        <source>&amp;Open deal</source>
        <translation>&amp;Otwórz transakcję</translation>
    </message>
    <message>
        <source>&amp;Previous stage</source>
        <translation>&amp;Poprzedni etap</translation>
    </message>
    <message>
        <source>&amp;Next stage</source>
        <translation>&amp;Następny etap</translation>
    </message>
    <message>
        <source>Mark &amp;won</source>
        <translation>Oznacz jako &amp;wygraną</translation>
    </message>
    <message>
        <source>Mark &amp;lost…</source>
        <translation>Oznacz jako p&amp;rzegraną…</translation>
    </message>
    <message>
        <source>&amp;Edit pipelines…</source>
        <translation>&amp;Edytuj lejki sprzedaży…</translation>
    </message>
    <message>
        <source>Move the selected deal one stage back (Ctrl+Left)</source>
        <translation>Przenieś wybraną transakcję do poprzedniego etapu (Ctrl+←)</translation>
    </message>
    <message>
        <source>Move the selected deal to the next stage (Ctrl+Right)</source>
        <translation>Przenieś wybraną transakcję do następnego etapu (Ctrl+→)</translation>
    </message>
    <message>
        <source>The customer said yes</source>
        <translation>Klient powiedział „tak”</translation>
    </message>
    <message>
        <source>The deal is lost: say why</source>
        <translation>Transakcja przegrana: podaj powód</translation>
    </message>
    <message>
        <source>Stages, probabilities and the playbook of each stage</source>
        <translation>Etapy, prawdopodobieństwa i scenariusz sprzedaży każdego etapu</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Lejek sprzedaży</translation>
    </message>
</context>
<context>
    <name>tandem::ProductPicker</name>
    <message>
        <source>Add product</source>
        <translation>Dodaj produkt</translation>
    </message>
    <message>
        <source>Search the catalogue by name or code</source>
        <translation>Szukaj w katalogu według nazwy lub kodu</translation>
    </message>
    <message>
        <source>Add to quote</source>
        <translation>Dodaj do oferty</translation>
    </message>
</context>
<context>
    <name>tandem::QualifyDialog</name>
    <message>
        <source>Qualify lead</source>
        <translation>Kwalifikacja leada</translation>
    </message>
    <message>
        <source>What did you learn from “%1”?</source>
        <translation>Czego udało się dowiedzieć od „%1”?</translation>
    </message>
    <message>
        <source>Mark qualified</source>
        <translation>Oznacz jako zakwalifikowany</translation>
    </message>
</context>
<context>
    <name>tandem::QuickLog</name>
    <message>
        <source>Log</source>
        <translation>Zarejestruj</translation>
    </message>
    <message>
        <source>What happened? The first line becomes the subject. Ctrl+Enter logs it, Esc closes.</source>
        <translation>Co się wydarzyło? Pierwszy wiersz stanie się tematem. Ctrl+Enter rejestruje wpis, Esc zamyka.</translation>
    </message>
    <message>
        <source>Log it (Ctrl+Enter)</source>
        <translation>Zarejestruj (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Type what happened first.</source>
        <translation>Najpierw opisz, co się wydarzyło.</translation>
    </message>
    <message>
        <source>Not logged: %1</source>
        <translation>Nie zarejestrowano: %1</translation>
    </message>
    <message>
        <source>Someone else&apos;s customer</source>
        <translation>Klient innego handlowca</translation>
    </message>
    <message>
        <source>%1

Log it anyway? The owner will be told.</source>
        <translation>%1

Zarejestrować mimo to? Właściciel zostanie powiadomiony.</translation>
    </message>
</context>
<context>
    <name>tandem::QuoteEditor</name>
    <message>
        <source>Add product…</source>
        <translation>Dodaj produkt…</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Dodaj pozycję</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Usuń pozycję</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Podgląd…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Zapisz PDF…</translation>
    </message>
    <message>
        <source>Send by e-mail…</source>
        <translation>Wyślij e-mailem…</translation>
    </message>
    <message>
        <source>Mark accepted</source>
        <translation>Oznacz jako zaakceptowaną</translation>
    </message>
    <message>
        <source>Mark rejected</source>
        <translation>Oznacz jako odrzuconą</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Nowa wersja</translation>
    </message>
    <message>
        <source>Approve discount</source>
        <translation>Zatwierdź rabat</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Ważna do:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message>
        <source>Overall discount %:</source>
        <translation>Rabat ogólny %:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Szablon:</translation>
    </message>
    <message>
        <source>Notes printed on the offer</source>
        <translation>Uwagi drukowane na ofercie</translation>
    </message>
    <message>
        <source>“%1” is not a percentage.</source>
        <translation>„%1” nie jest wartością procentową.</translation>
    </message>
    <message>
        <source>Quote %1 v%2 · %3</source>
        <translation>Oferta %1 v%2 · %3</translation>
    </message>
    <message>
        <source>Sent on %1 — a sent quote cannot change. Make a new version to revise it.</source>
        <translation>Wysłano %1 – wysłanej oferty nie można zmienić. Aby ją poprawić, utwórz nową wersję.</translation>
    </message>
    <message>
        <source>an earlier day</source>
        <translation>wcześniej</translation>
    </message>
    <message>
        <source>A discount on this quote is above the team&apos;s limit: approve it before it is sent.</source>
        <translation>Rabat w tej ofercie przekracza limit zespołu: zatwierdź go przed wysłaniem oferty.</translation>
    </message>
    <message>
        <source>A discount on this quote is above the team&apos;s limit: it can be sent once a manager approves it.</source>
        <translation>Rabat w tej ofercie przekracza limit zespołu: ofertę będzie można wysłać, gdy kierownik zatwierdzi rabat.</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Suma częściowa</translation>
    </message>
    <message>
        <source>Discount %1</source>
        <translation>Rabat %1</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>VAT %1 of %2</source>
        <translation>VAT %1 od %2</translation>
    </message>
    <message>
        <source>Total to pay, VAT included</source>
        <translation>Razem do zapłaty (z VAT)</translation>
    </message>
    <message>
        <source>Change the quote&apos;s details</source>
        <translation>zmianę danych oferty</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nowa pozycja</translation>
    </message>
    <message>
        <source>Keep “%1”</source>
        <translation>zachowanie „%1”</translation>
    </message>
    <message>
        <source>Preview — %1</source>
        <translation>Podgląd – %1</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Zapisz PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1; it is kept with the deal&apos;s documents.</source>
        <translation>Zapisano plik %1; jest przechowywany razem z dokumentami transakcji.</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>Wyślij e-mailem</translation>
    </message>
    <message>
        <source>The deal has no e-mail address. Send the offer to:</source>
        <translation>Transakcja nie ma adresu e-mail. Wyślij ofertę na adres:</translation>
    </message>
    <message>
        <source>Hello,

please find attached our %1.

Kind regards,
%2</source>
        <translation>Dzień dobry,

w załączeniu przesyłamy dokument „%1”.

Z poważaniem
%2</translation>
    </message>
    <message>
        <source>Was the offer sent to %1?</source>
        <translation>Czy oferta została wysłana na adres %1?</translation>
    </message>
    <message>
        <source>The PDF is kept with the deal&apos;s documents; it is not marked as sent.</source>
        <translation>Plik PDF jest przechowywany razem z dokumentami transakcji; nie oznaczono go jako wysłanego.</translation>
    </message>
    <message>
        <source>Send “%1” to %2</source>
        <translation>wysłanie „%1” na adres %2</translation>
    </message>
    <message>
        <source>Sent to %1 — logged on the deal&apos;s timeline.</source>
        <translation>Wysłano na adres %1 – zarejestrowano na osi czasu transakcji.</translation>
    </message>
    <message>
        <source>Mark the quote accepted</source>
        <translation>oznaczenie oferty jako zaakceptowanej</translation>
    </message>
    <message>
        <source>Mark the quote rejected</source>
        <translation>oznaczenie oferty jako odrzuconej</translation>
    </message>
    <message>
        <source>Approve the quote&apos;s discount</source>
        <translation>zatwierdzenie rabatu w ofercie</translation>
    </message>
    <message>
        <source>Discount approved: the quote can be sent.</source>
        <translation>Rabat zatwierdzony: ofertę można wysłać.</translation>
    </message>
    <message>
        <source>New version of the quote</source>
        <translation>utworzenie nowej wersji oferty</translation>
    </message>
    <message>
        <source>Your mail program has a new message to %1. Attach %2 from the folder that has just opened.</source>
        <translation>W programie pocztowym utworzono nową wiadomość do %1. Załącz %2 z folderu, który właśnie się otworzył.</translation>
    </message>
</context>
<context>
    <name>tandem::QuoteLinesModel</name>
    <message>
        <source>Add “%1” to the quote</source>
        <translation>dodanie „%1” do oferty</translation>
    </message>
    <message>
        <source>Add a line to the quote</source>
        <translation>dodanie pozycji do oferty</translation>
    </message>
    <message>
        <source>Remove “%1” from the quote</source>
        <translation>usunięcie „%1” z oferty</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Cena jednostkowa</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Rabat %</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>Stawka VAT %</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1” nie jest liczbą.</translation>
    </message>
    <message>
        <source>Change %1 of “%2”</source>
        <translation>zmianę pola %1 w pozycji „%2”</translation>
    </message>
</context>
<context>
    <name>tandem::QuoteMaterials</name>
    <message>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Materials sent with this offer:</source>
        <translation>Materiały wysyłane z tą ofertą:</translation>
    </message>
    <message>
        <source>none yet — Add… attaches brochures or price sheets from the library</source>
        <translation>brak – przycisk „Dodaj…” dołącza broszury lub cenniki z biblioteki</translation>
    </message>
    <message>
        <source>Attach files from the sales materials library to this offer&apos;s e-mail</source>
        <translation>Dołącz pliki z biblioteki materiałów sprzedażowych do wiadomości e-mail z tą ofertą</translation>
    </message>
    <message>
        <source>Materials to send with this offer</source>
        <translation>Materiały do wysłania z tą ofertą</translation>
    </message>
    <message numerus="yes">
        <source>Send %n file(s) from the sales materials with the offer</source>
        <translation>
            <numerusform>dołączenie do oferty %n pliku z materiałów sprzedażowych</numerusform>
            <numerusform>dołączenie do oferty %n plików z materiałów sprzedażowych</numerusform>
            <numerusform>dołączenie do oferty %n plików z materiałów sprzedażowych</numerusform>
        </translation>
    </message>
    <message>
        <source>Materials sent with this offer</source>
        <translation>Materiały wysyłane z tą ofertą</translation>
    </message>
    <message numerus="yes">
        <source>Do not send %n file(s) with the offer</source>
        <translation>
            <numerusform>odłączenie %n pliku od oferty</numerusform>
            <numerusform>odłączenie %n plików od oferty</numerusform>
            <numerusform>odłączenie %n plików od oferty</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ReassignDialog</name>
    <message>
        <source>Reassign territory</source>
        <translation>Przekazanie terytorium</translation>
    </message>
    <message>
        <source>Give territory “%1” an owner.</source>
        <translation>Wybierz właściciela terytorium „%1”.</translation>
    </message>
    <message>
        <source>Hand territory “%1” over from %2 to:</source>
        <translation>Przekaż terytorium „%1” (obecny właściciel: %2) nowemu właścicielowi:</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Nowy właściciel</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Przekaż</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Their open accounts, deals, leads and tasks here move with it.</source>
        <translation>Razem z terytorium przechodzą firmy oraz otwarte transakcje, leady i zadania dotychczasowego właściciela w tym terytorium.</translation>
    </message>
    <message>
        <source>The territory had no owner, so no records move.</source>
        <translation>Terytorium nie miało właściciela, więc żadne rekordy nie zostaną przeniesione.</translation>
    </message>
    <message>
        <source>Moves to %1: %2.</source>
        <translation>Do użytkownika %1 przejdą: %2.</translation>
    </message>
</context>
<context>
    <name>tandem::RecordForm</name>
    <message>
        <source>Pick one from the list, or press New to add one.</source>
        <translation>Wybierz rekord z listy lub kliknij „Dodaj”, aby utworzyć nowy.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Odrzuć zmiany</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Nie zapisano. %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Utwórz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nowy rekord: %1</translation>
    </message>
    <message>
        <source>%1 · added %2</source>
        <extracomment>Under a record&apos;s name: &quot;Contact · added 15/06/2026 by Ona Petraitienė&quot;</extracomment>
        <translation>%1 · dodano %2</translation>
    </message>
    <message>
        <source>%1 · added %2 by %3</source>
        <translation>%1 · dodano %2, autor: %3</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Historia (%1)</translation>
    </message>
</context>
<context>
    <name>tandem::RecordHistoryView</name>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Zmieniono</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Przywrócono</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
</context>
<context>
    <name>tandem::RecordListView</name>
    <message>
        <source>Filter by name…</source>
        <translation>Filtruj według nazwy…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Add a new %1</source>
        <translation>Dodaj rekord: %1</translation>
    </message>
    <message>
        <source>%1 shown of %2 (more load as you scroll)</source>
        <translation>Wyświetlono %1 z %2 (kolejne wczytują się podczas przewijania)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Zapisać zmiany w rekordzie „%1”?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuwanie</translation>
    </message>
    <message>
        <source>Delete “%1”?

Edit › Undo brings it back.</source>
        <translation>Usunąć „%1”?

Rekord można przywrócić poleceniem Edycja › Cofnij.</translation>
    </message>
    <message>
        <source>“%1” was not deleted.</source>
        <translation>Nie usunięto rekordu „%1”.</translation>
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
        <translation>zmianę kolejności: %1</translation>
    </message>
</context>
<context>
    <name>tandem::RecordTableView</name>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuwanie</translation>
    </message>
    <message>
        <source>Remove “%1”? Edit › Undo brings it back.</source>
        <translation>Usunąć „%1”? Rekord można przywrócić poleceniem Edycja › Cofnij.</translation>
    </message>
</context>
<context>
    <name>tandem::RecordsModule</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Odrzuć zmiany</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Add a new %1</source>
        <translation>Dodaj rekord: %1</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Zapisz zmiany</translation>
    </message>
    <message>
        <source>Forget the changes not saved yet</source>
        <translation>Odrzuć zmiany, które nie zostały jeszcze zapisane</translation>
    </message>
    <message>
        <source>Delete the open %1</source>
        <translation>Usuń otwarty rekord: %1</translation>
    </message>
</context>
<context>
    <name>tandem::RecurrenceEditor</name>
    <message>
        <source> day</source>
        <translation> dzień</translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <translation>
            <numerusform> dzień</numerusform>
            <numerusform> dni</numerusform>
            <numerusform> dni</numerusform>
        </translation>
    </message>
    <message>
        <source> week</source>
        <translation> tydzień</translation>
    </message>
    <message numerus="yes">
        <source> weeks</source>
        <translation>
            <numerusform> tydzień</numerusform>
            <numerusform> tygodnie</numerusform>
            <numerusform> tygodni</numerusform>
        </translation>
    </message>
    <message>
        <source> month</source>
        <translation> miesiąc</translation>
    </message>
    <message numerus="yes">
        <source> months</source>
        <translation>
            <numerusform> miesiąc</numerusform>
            <numerusform> miesiące</numerusform>
            <numerusform> miesięcy</numerusform>
        </translation>
    </message>
    <message>
        <source> year</source>
        <translation> rok</translation>
    </message>
    <message numerus="yes">
        <source> years</source>
        <translation>
            <numerusform> rok</numerusform>
            <numerusform> lata</numerusform>
            <numerusform> lat</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nigdy</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Codziennie</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Co tydzień</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Co miesiąc</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Co roku</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Powtarzanie:</translation>
    </message>
    <message>
        <source>every </source>
        <translation>co </translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Kiedy:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>after</source>
        <translation>po</translation>
    </message>
    <message>
        <source>on date</source>
        <translation>w dniu</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Koniec:</translation>
    </message>
    <message>
        <source>on day %1</source>
        <translation>dnia %1</translation>
    </message>
    <message>
        <source>on the same day each month</source>
        <translation>tego samego dnia każdego miesiąca</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>on the last day of the month</source>
        <translation>ostatniego dnia miesiąca</translation>
    </message>
    <message>
        <source> time</source>
        <translation> wystąpieniu</translation>
    </message>
    <message numerus="yes">
        <source> times</source>
        <translation>
            <numerusform> wystąpieniu</numerusform>
            <numerusform> wystąpieniach</numerusform>
            <numerusform> wystąpieniach</numerusform>
        </translation>
    </message>
    <message>
        <source>This repeat rule cannot be read: %1</source>
        <translation>Nie można odczytać tej reguły powtarzania: %1</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Bez powtarzania</translation>
    </message>
</context>
<context>
    <name>tandem::ReferenceCombo</name>
    <message>
        <source>Type a name…</source>
        <translation>Wpisz nazwę…</translation>
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
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… i jeszcze %n</numerusform>
            <numerusform>… i jeszcze %n</numerusform>
            <numerusform>… i jeszcze %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n przypomnienie</numerusform>
            <numerusform>%n przypomnienia</numerusform>
            <numerusform>%n przypomnień</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ReminderDialog</name>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Rozmowa telefoniczna</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Następny kontakt</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Przypomnij później</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>O&amp;drzuć</translation>
    </message>
    <message>
        <source>Dismiss &amp;all</source>
        <translation>Odrzuć &amp;wszystkie</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Przypomnienie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>za 5 minut</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>za 15 minut</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>za godzinę</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>jutro rano</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Missed while Tandem was closed (since %1)</source>
        <translation>Pominięte, gdy Tandem był zamknięty (od %1)</translation>
    </message>
    <message>
        <source>Missed while Tandem was closed</source>
        <translation>Pominięte, gdy Tandem był zamknięty</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Teraz</translation>
    </message>
    <message>
        <source>No reminders are due.</source>
        <translation>Brak bieżących przypomnień.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) need your attention.</source>
        <translation>
            <numerusform>%n przypomnienie wymaga Twojej uwagi.</numerusform>
            <numerusform>%n przypomnienia wymagają Twojej uwagi.</numerusform>
            <numerusform>%n przypomnień wymaga Twojej uwagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez tematu)</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Odłożone</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Odnowienie</translation>
    </message>
</context>
<context>
    <name>tandem::ReportParamsBar</name>
    <message>
        <source>Custom dates</source>
        <translation>Własny zakres dat</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Bez porównania</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Poprzedni okres</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Ten sam okres rok wcześniej</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Porównaj z</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Okres:</translation>
    </message>
    <message>
        <source>Co&amp;mpare:</source>
        <translation>Po&amp;równaj:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Wal&amp;uta:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Właściciel:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>&amp;Zespół:</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Wszystkie zespoły</translation>
    </message>
    <message>
        <source>Te&amp;rritory:</source>
        <translation>&amp;Terytorium:</translation>
    </message>
    <message>
        <source>All territories</source>
        <translation>Wszystkie terytoria</translation>
    </message>
    <message>
        <source>Pipe&amp;line:</source>
        <translation>&amp;Lejek:</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>Wszystkie lejki</translation>
    </message>
</context>
<context>
    <name>tandem::ReportTableModel</name>
    <message numerus="yes">
        <source>Double-click to see the %n record(s) behind this figure.</source>
        <translation>
            <numerusform>Kliknij dwukrotnie, aby zobaczyć %n rekord, z którego wynika ta wartość.</numerusform>
            <numerusform>Kliknij dwukrotnie, aby zobaczyć %n rekordy, z których wynika ta wartość.</numerusform>
            <numerusform>Kliknij dwukrotnie, aby zobaczyć %n rekordów, z których wynika ta wartość.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ReportsModule</name>
    <message>
        <source>&amp;Print report…</source>
        <translation>&amp;Drukuj raport…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Eksportuj raport…</translation>
    </message>
    <message>
        <source>&amp;Refresh report</source>
        <translation>&amp;Odśwież raport</translation>
    </message>
    <message>
        <source>Print the report, with a preview first</source>
        <translation>Drukuj raport (najpierw podgląd wydruku)</translation>
    </message>
    <message>
        <source>Save the report as PDF, CSV (for Excel) or HTML</source>
        <translation>Zapisz raport jako PDF, CSV (dla Excela) lub HTML</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Wykres</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Tabela raportu</translation>
    </message>
    <message>
        <source>Create follow-up tasks…</source>
        <translation>Utwórz zadania ponownego kontaktu…</translation>
    </message>
    <message>
        <source>Show these classes on company cards…</source>
        <translation>Pokaż te klasy na kartach firm…</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>Cele sprzedażowe…</translation>
    </message>
    <message>
        <source>Nothing in this period: choose a longer period or fewer filters.</source>
        <translation>Brak danych w tym okresie: wybierz dłuższy okres lub mniej filtrów.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 ms</source>
        <translation>
            <numerusform>%n wiersz w %1 ms</numerusform>
            <numerusform>%n wiersze w %1 ms</numerusform>
            <numerusform>%n wierszy w %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Eksportuj raport</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;CSV for Excel (*.csv);;Web page (*.html)</source>
        <translation>Dokument PDF (*.pdf);;CSV dla Excela (*.csv);;Strona internetowa (*.html)</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Drukuj: %1</translation>
    </message>
    <message numerus="yes">
        <source>Create a follow-up task for each of the %n customer(s) listed, for their owners?</source>
        <translation>
            <numerusform>Utworzyć zadanie ponownego kontaktu dla %n wymienionego klienta, przypisane do jego właściciela?</numerusform>
            <numerusform>Utworzyć zadanie ponownego kontaktu dla każdego z %n wymienionych klientów, przypisane do ich właścicieli?</numerusform>
            <numerusform>Utworzyć zadanie ponownego kontaktu dla każdego z %n wymienionych klientów, przypisane do ich właścicieli?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) already have an open follow-up task and are left out.</source>
        <translation>
            <numerusform>%n klient ma już otwarte zadanie ponownego kontaktu i zostanie pominięty.</numerusform>
            <numerusform>%n klienci mają już otwarte zadanie ponownego kontaktu i zostaną pominięci.</numerusform>
            <numerusform>%n klientów ma już otwarte zadanie ponownego kontaktu i zostanie pominiętych.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every customer listed already has an open follow-up task.</source>
        <translation>Każdy z wymienionych klientów ma już otwarte zadanie ponownego kontaktu.</translation>
    </message>
    <message>
        <source>Follow up dormant customers</source>
        <translation>utworzenie zadań ponownego kontaktu z uśpionymi klientami</translation>
    </message>
    <message>
        <source>Store each customer&apos;s class from this period on its company card? Customers without revenue in the period lose their class.</source>
        <translation>Zapisać klasę każdego klienta z tego okresu na karcie jego firmy? Klienci bez przychodu w tym okresie stracą swoją klasę.</translation>
    </message>
    <message>
        <source>Update customer classes</source>
        <translation>aktualizację klas klientów</translation>
    </message>
    <message numerus="yes">
        <source>%n company card(s) now show a different class.</source>
        <translation>
            <numerusform>%n karta firmy pokazuje teraz inną klasę.</numerusform>
            <numerusform>%n karty firm pokazują teraz inną klasę.</numerusform>
            <numerusform>%n kart firm pokazuje teraz inną klasę.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with an open complaint are left out: no sales letter until it is resolved.</source>
        <translation>
            <numerusform>%n klient z otwartą reklamacją zostanie pominięty: bez listu sprzedażowego do czasu rozwiązania reklamacji.</numerusform>
            <numerusform>%n klienci z otwartą reklamacją zostaną pominięci: bez listu sprzedażowego do czasu rozwiązania reklamacji.</numerusform>
            <numerusform>%n klientów z otwartą reklamacją zostanie pominiętych: bez listu sprzedażowego do czasu rozwiązania reklamacji.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ResolveCaseDialog</name>
    <message>
        <source>Resolve case</source>
        <translation>Rozwiąż zgłoszenie</translation>
    </message>
    <message>
        <source>What was done for the customer</source>
        <translation>Co zostało zrobione dla klienta</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Rozwiązanie</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Rozwiązanie:</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Nie pytano</translation>
    </message>
    <message>
        <source>very dissatisfied</source>
        <translation>bardzo niezadowolony</translation>
    </message>
    <message>
        <source>dissatisfied</source>
        <translation>niezadowolony</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutralny</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>zadowolony</translation>
    </message>
    <message>
        <source>very satisfied</source>
        <translation>bardzo zadowolony</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>Zadowolenie klienta</translation>
    </message>
    <message>
        <source>Customer &amp;satisfaction:</source>
        <translation>&amp;Zadowolenie klienta:</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>Co powiedział klient</translation>
    </message>
    <message>
        <source>Satisfaction comment</source>
        <translation>Komentarz do oceny</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>&amp;Komentarz:</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Rozwiąż</translation>
    </message>
    <message>
        <source>Write down how the case was resolved before resolving it.</source>
        <translation>Zanim rozwiążesz zgłoszenie, opisz, jak zostało rozwiązane.</translation>
    </message>
</context>
<context>
    <name>tandem::ResponseDialog</name>
    <message>
        <source>Record response — %1</source>
        <translation>Zarejestruj odpowiedź — %1</translation>
    </message>
    <message>
        <source>Someone answered “%1”. They become a lead with a follow-up task for its owner; a known contact is linked, not entered again.</source>
        <translation>Ktoś odpowiedział na kampanię „%1”. Ta osoba zostanie dodana jako lead, a właściciel leada otrzyma zadanie kontaktu; znany już kontakt zostanie powiązany, a nie wprowadzony ponownie.</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Imię:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Nazwisko:</translation>
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
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Stanowisko:</translation>
    </message>
    <message>
        <source>Asked about:</source>
        <translation>Zapytanie:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Zarejestruj</translation>
    </message>
    <message>
        <source>Give a name or an e-mail address.</source>
        <translation>Podaj imię, nazwisko lub adres e-mail.</translation>
    </message>
</context>
<context>
    <name>tandem::RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Przywracanie z kopii zapasowej</translation>
    </message>
    <message>
        <source>Tandem backs up this database when it starts, once a day, and before every update, import, sync and restore. Pick the state to go back to: what is here now is backed up first, so a restore can be undone by restoring that backup.</source>
        <translation>Tandem tworzy kopię zapasową tej bazy danych przy uruchomieniu, raz dziennie oraz przed każdą aktualizacją, importem, synchronizacją i przywróceniem. Wybierz stan, do którego chcesz wrócić: obecne dane zostaną najpierw zapisane w kopii zapasowej, więc przywrócenie można cofnąć, przywracając tę kopię.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Data utworzenia</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Other backup &amp;file…</source>
        <translation>&amp;Inny plik kopii zapasowej…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Przywróć</translation>
    </message>
    <message>
        <source>There are no automatic backups of this database yet in %1. Choose a backup file with “Other backup file…”.</source>
        <translation>W folderze %1 nie ma jeszcze automatycznych kopii zapasowych tej bazy danych. Wybierz plik kopii zapasowej przyciskiem „Inny plik kopii zapasowej…”.</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored: %1</source>
        <translation>Ta kopia zapasowa jest uszkodzona i nie można jej przywrócić: %1</translation>
    </message>
    <message>
        <source>the same as now</source>
        <translation>tyle samo co teraz</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>teraz %1</translation>
    </message>
    <message>
        <source>A backup of %1 (database version %2). It holds:</source>
        <translation>Kopia zapasowa (firma: %1, wersja bazy danych %2) zawiera:</translation>
    </message>
    <message>
        <source>Tandem backups (*.tandem-backup *.bak *.db);;All files (*)</source>
        <translation>Kopie zapasowe programu Tandem (*.tandem-backup *.bak *.db);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Replace all data in this database with the backup taken %1? What is here now is backed up first.</source>
        <translation>Zastąpić wszystkie dane w tej bazie danych kopią zapasową z %1? Obecne dane zostaną najpierw zapisane w kopii zapasowej.</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Niczego nie przywrócono.</translation>
    </message>
</context>
<context>
    <name>tandem::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Godziny pracy</translation>
    </message>
    <message>
        <source>Sync and backups</source>
        <translation>Synchronizacja i kopie zapasowe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Jak w systemie (%1)</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Domyślna waluta</translation>
    </message>
    <message>
        <source>New deals, quotes and reports use it unless another is chosen. Amounts already entered keep their currency.</source>
        <translation>Nowe transakcje, oferty i raporty używają tej waluty, chyba że wybrano inną. Wprowadzone już kwoty zachowują swoją walutę.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>Domyślna &amp;waluta:</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nazwa firmy</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>VAT code</source>
        <translation>NIP</translation>
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
        <translation>Strona WWW</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation>Logo firmy</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>The team&apos;s details for the documents it sends; shared with the whole team.</source>
        <translation>Dane zespołu umieszczane w wysyłanych dokumentach; wspólne dla całego zespołu.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>&amp;VAT code:</source>
        <translation>N&amp;IP:</translation>
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
        <translation>Strona &amp;WWW:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation>Początek dnia pracy</translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation>Koniec dnia pracy</translation>
    </message>
    <message>
        <source>Remind before meetings and calls</source>
        <translation>Przypomnienie przed spotkaniami i rozmowami</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Bez przypomnienia</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Free times are looked for, and tasks due &quot;in the morning&quot; are reminded of, within working hours. A meeting or call without its own reminder is reminded of this long before it starts.</source>
        <translation>Wolne terminy są wyszukiwane w godzinach pracy i w tych godzinach pojawiają się też przypomnienia o zadaniach „na rano”. O spotkaniu lub rozmowie bez własnego przypomnienia Tandem przypomni z takim wyprzedzeniem.</translation>
    </message>
    <message>
        <source>Day &amp;starts:</source>
        <translation>&amp;Początek dnia:</translation>
    </message>
    <message>
        <source>Day &amp;ends:</source>
        <translation>&amp;Koniec dnia:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Dni robocze:</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>P&amp;rzypomnienie:</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Hasło zespołu</translation>
    </message>
    <message>
        <source>Team passphrase again</source>
        <translation>Powtórz hasło zespołu</translation>
    </message>
    <message>
        <source>Team &amp;passphrase:</source>
        <translation>&amp;Hasło zespołu:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Powtórz hasło:</translation>
    </message>
    <message>
        <source>Shared sync folder</source>
        <translation>Folder współdzielony do synchronizacji</translation>
    </message>
    <message>
        <source>&amp;Shared sync folder:</source>
        <translation>&amp;Folder współdzielony do synchronizacji:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Folder kopii zapasowych</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>Folder &amp;kopii zapasowych:</translation>
    </message>
    <message>
        <source>The passphrase and folders belong to this computer: each copy of Tandem in the team sets them once.</source>
        <translation>Hasło i foldery są zapisywane na tym komputerze: trzeba je ustawić jednorazowo w każdej kopii programu Tandem w zespole.</translation>
    </message>
    <message>
        <source>Bundles are encrypted. Type a new passphrase to change it; leave both fields empty to keep it.</source>
        <translation>Paczki synchronizacji są szyfrowane. Aby zmienić hasło, wpisz nowe; aby zachować obecne, pozostaw oba pola puste.</translation>
    </message>
    <message>
        <source>Bundles are not encrypted. Everyone in the team types the same passphrase (at least 8 characters) to encrypt them.</source>
        <translation>Paczki synchronizacji nie są szyfrowane. Aby je zaszyfrować, każdy w zespole wpisuje to samo hasło (co najmniej 8 znaków).</translation>
    </message>
    <message>
        <source>The company name cannot be empty.</source>
        <translation>Nazwa firmy nie może być pusta.</translation>
    </message>
    <message>
        <source>%1 is not an image Tandem can read.</source>
        <translation>Plik %1 nie jest obrazem, który Tandem potrafi odczytać.</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>Koniec dnia pracy musi być późniejszy niż jego początek.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Wybierz co najmniej jeden dzień roboczy.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Wpisane hasła różnią się od siebie.</translation>
    </message>
    <message>
        <source>A team passphrase needs at least 8 characters.</source>
        <translation>Hasło zespołu musi mieć co najmniej 8 znaków.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 nie istnieje.</translation>
    </message>
    <message>
        <source>Tandem shows the new language after a restart. Restart now?</source>
        <translation>Tandem wyświetli nowy język po ponownym uruchomieniu. Uruchomić ponownie teraz?</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>zmianę ustawień</translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <extracomment>Settings › Automatic backups: &quot;Keep the newest [10] backups and one a day for [7] days&quot;</extracomment>
        <translation>Zachowuj najnowsze kopie w liczbie</translation>
    </message>
    <message>
        <source>backups and one a day for</source>
        <translation>oraz po jednej dziennie przez ostatnie</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dni</translation>
    </message>
    <message>
        <source>Au&amp;tomatic backups:</source>
        <translation>&amp;Automatyczne kopie zapasowe:</translation>
    </message>
    <message>
        <source>Tandem backs up the database when it starts, once a day, and before every update, import, sync and restore; with no folder chosen they go to “backups” beside the database.</source>
        <translation>Tandem tworzy kopię zapasową bazy danych przy uruchomieniu, raz dziennie oraz przed każdą aktualizacją, importem, synchronizacją i przywróceniem; jeśli nie wybrano folderu, kopie trafiają do folderu „backups” obok bazy danych.</translation>
    </message>
    <message>
        <source>Offers and documents</source>
        <translation>Oferty i dokumenty</translation>
    </message>
    <message>
        <source>(the team&apos;s logo, not on this computer yet)</source>
        <translation>(logo zespołu; jego pliku nie ma jeszcze na tym komputerze)</translation>
    </message>
</context>
<context>
    <name>tandem::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Find a command or a key</source>
        <translation>Znajdź polecenie lub klawisz</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Polecenie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
</context>
<context>
    <name>tandem::SingleInstance</name>
    <message>
        <source>process %1 on %2</source>
        <translation>proces %1 na komputerze %2</translation>
    </message>
</context>
<context>
    <name>tandem::StageColumn</name>
    <message>
        <source>%1 · %2 %</source>
        <translation>%1 · %2%</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n transakcja</numerusform>
            <numerusform>%n transakcje</numerusform>
            <numerusform>%n transakcji</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::SyncModule</name>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synchronizuj &amp;teraz</translation>
    </message>
    <message>
        <source>Read the other copies&apos; bundles from the shared folder and write this copy&apos;s</source>
        <translation>Odczytaj paczki innych kopii z folderu współdzielonego i zapisz paczkę tej kopii</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronizacja</translation>
    </message>
</context>
<context>
    <name>tandem::SyncView</name>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <source>Use the other value</source>
        <translation>Użyj drugiej wartości</translation>
    </message>
    <message>
        <source>Keep the shown value</source>
        <translation>Zachowaj widoczną wartość</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronizacja</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Folder współdzielony</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>A folder your team&apos;s file-sync tool keeps in step</source>
        <translation>Folder synchronizowany przez narzędzie do synchronizacji plików używane w zespole</translation>
    </message>
    <message>
        <source>Bundle files</source>
        <translation>Pliki paczek</translation>
    </message>
    <message>
        <source>Export bundle…</source>
        <translation>Eksportuj paczkę…</translation>
    </message>
    <message>
        <source>Import bundle…</source>
        <translation>Importuj paczkę…</translation>
    </message>
    <message>
        <source>Team passphrase…</source>
        <translation>Hasło zespołu…</translation>
    </message>
    <message>
        <source>Other copies</source>
        <translation>Inne kopie</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopia</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Ostatnio wysłano</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Ostatnio odebrano</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Konflikty do rozstrzygnięcia</translation>
    </message>
    <message>
        <source>Two people changed the same field before their copies met. Every copy shows the later change; pick the one that is right.</source>
        <translation>Dwie osoby zmieniły to samo pole, zanim ich kopie zostały zsynchronizowane. Wszystkie kopie pokazują późniejszą zmianę; wybierz właściwą wartość.</translation>
    </message>
    <message numerus="yes">
        <source>This copy is %1. %n change(s) made here have not reached another copy yet.</source>
        <translation>
            <numerusform>Ta kopia to %1. %n zmiana wprowadzona tutaj nie dotarła jeszcze do żadnej innej kopii.</numerusform>
            <numerusform>Ta kopia to %1. %n zmiany wprowadzone tutaj nie dotarły jeszcze do żadnej innej kopii.</numerusform>
            <numerusform>Ta kopia to %1. %n zmian wprowadzonych tutaj nie dotarło jeszcze do żadnej innej kopii.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundles are not encrypted.</source>
        <translation>Paczki nie są szyfrowane.</translation>
    </message>
    <message>
        <source>Bundles are encrypted with the team passphrase.</source>
        <translation>Paczki są szyfrowane hasłem zespołu.</translation>
    </message>
    <message>
        <source>Shared sync folder</source>
        <translation>Folder współdzielony do synchronizacji</translation>
    </message>
    <message numerus="yes">
        <source>Read %n bundle(s) of other copies.</source>
        <translation>
            <numerusform>Odczytano %n paczkę z innych kopii.</numerusform>
            <numerusform>Odczytano %n paczki z innych kopii.</numerusform>
            <numerusform>Odczytano %n paczek z innych kopii.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new change(s).</source>
        <translation>
            <numerusform>%n nowa zmiana.</numerusform>
            <numerusform>%n nowe zmiany.</numerusform>
            <numerusform>%n nowych zmian.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped for now (still copying?): %1</source>
        <translation>Na razie pominięto (może nadal trwa kopiowanie?): %1</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Eksport paczki</translation>
    </message>
    <message>
        <source>Tandem bundles (*.tandem)</source>
        <translation>Paczki synchronizacji programu Tandem (*.tandem)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1</source>
        <translation>
            <numerusform>Zapisano %n zmianę w pliku %1</numerusform>
            <numerusform>Zapisano %n zmiany w pliku %1</numerusform>
            <numerusform>Zapisano %n zmian w pliku %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Import paczki</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new change(s) from %1.</source>
        <translation>
            <numerusform>Zaimportowano %n nową zmianę z kopii %1.</numerusform>
            <numerusform>Zaimportowano %n nowe zmiany z kopii %1.</numerusform>
            <numerusform>Zaimportowano %n nowych zmian z kopii %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review.</source>
        <translation>
            <numerusform>%n konflikt do rozstrzygnięcia.</numerusform>
            <numerusform>%n konflikty do rozstrzygnięcia.</numerusform>
            <numerusform>%n konfliktów do rozstrzygnięcia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Hasło zespołu</translation>
    </message>
    <message>
        <source>Everyone in the team uses the same passphrase; bundles of other teams will not open. Leave empty to stop encrypting.</source>
        <translation>Wszyscy członkowie zespołu używają tego samego hasła; paczek innych zespołów nie da się otworzyć. Pozostaw puste, aby wyłączyć szyfrowanie.</translation>
    </message>
    <message>
        <source>A team passphrase needs at least 8 characters.</source>
        <translation>Hasło zespołu musi mieć co najmniej 8 znaków.</translation>
    </message>
    <message>
        <source>Settled. The choice reaches the other copies with the next sync.</source>
        <translation>Rozstrzygnięto. Wybór trafi do innych kopii podczas następnej synchronizacji.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of contacts that arrived look like the same person: review them in Contacts → Find duplicates.</source>
        <translation>
            <numerusform>%n para otrzymanych kontaktów wygląda na tę samą osobę: przejrzyj je w Kontakty → Znajdź duplikaty.</numerusform>
            <numerusform>%n pary otrzymanych kontaktów wyglądają na tę samą osobę: przejrzyj je w Kontakty → Znajdź duplikaty.</numerusform>
            <numerusform>%n par otrzymanych kontaktów wygląda na tę samą osobę: przejrzyj je w Kontakty → Znajdź duplikaty.</numerusform>
        </translation>
    </message>
    <message>
        <source>This copy &amp;holds:</source>
        <translation>Ta kopia &amp;zawiera:</translation>
    </message>
    <message>
        <source>A field laptop can hold only one salesperson&apos;s or territory&apos;s customers, with everything they refer to; the office sends it nothing else.</source>
        <translation>Laptop handlowca w terenie może zawierać tylko klientów jednego handlowca lub jednego terytorium wraz ze wszystkim, do czego się odwołują; biuro nie wysyła mu nic więcej.</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Zawiera</translation>
    </message>
    <message>
        <source>Hold only part of the data</source>
        <translation>Tylko część danych</translation>
    </message>
    <message>
        <source>From the next sync on, other copies send this one only what it holds (%1) and what that refers to. Nothing already here is removed. Go on?</source>
        <translation>Od następnej synchronizacji inne kopie będą wysyłać do tej tylko to, co ma zawierać (%1), oraz to, do czego się to odwołuje. Nic, co już tu jest, nie zostanie usunięte. Kontynuować?</translation>
    </message>
    <message>
        <source>Everything (the office, or a laptop that sees all customers)</source>
        <translation>Wszystko (biuro lub laptop, który widzi wszystkich klientów)</translation>
    </message>
    <message>
        <source>Only %1&apos;s customers</source>
        <translation>Tylko klienci użytkownika %1</translation>
    </message>
    <message>
        <source>Only the territory %1</source>
        <translation>Tylko terytorium %1</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Wszystko</translation>
    </message>
</context>
<context>
    <name>tandem::TargetPanel</name>
    <message>
        <source>Targets</source>
        <translation>Cele sprzedażowe</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bieżący miesiąc</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Bieżący kwartał</translation>
    </message>
    <message>
        <source>Revenue won</source>
        <translation>Przychód z wygranych</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>Nowe transakcje</translation>
    </message>
    <message>
        <source>Activities done</source>
        <translation>Wykonane aktywności</translation>
    </message>
    <message>
        <source>%1 of %2 · %3%</source>
        <translation>%1 z %2 · %3%</translation>
    </message>
    <message>
        <source>%1 · no target set</source>
        <translation>%1 · brak celu</translation>
    </message>
    <message numerus="yes">
        <source> · +%n won in other currencies</source>
        <translation>
            <numerusform> · +%n wygrana w innej walucie</numerusform>
            <numerusform> · +%n wygrane w innych walutach</numerusform>
            <numerusform> · +%n wygranych w innych walutach</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::TargetsDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cele sprzedażowe</translation>
    </message>
    <message>
        <source>Rep or team</source>
        <translation>Handlowiec lub zespół</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Przychód (%1)</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>Nowe transakcje</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktywności</translation>
    </message>
    <message>
        <source>This target is in %1; a new amount is saved in %2.</source>
        <translation>Ten cel jest w walucie %1; nowa wartość zostanie zapisana w walucie %2.</translation>
    </message>
    <message>
        <source>%1 (team)</source>
        <translation>%1 (zespół)</translation>
    </message>
    <message>
        <source>Targets not saved</source>
        <translation>Nie zapisano celów sprzedażowych</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Set targets for %1</source>
        <translation>ustawienie celów sprzedażowych: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) saved.</source>
        <translation>
            <numerusform>Zapisano %n cel sprzedażowy.</numerusform>
            <numerusform>Zapisano %n cele sprzedażowe.</numerusform>
            <numerusform>Zapisano %n celów sprzedażowych.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved targets</source>
        <translation>Niezapisane cele sprzedażowe</translation>
    </message>
    <message>
        <source>Save the changes to the targets of %1?</source>
        <translation>Zapisać zmiany w celach sprzedażowych (%1)?</translation>
    </message>
    <message>
        <source>Q%1 (%2–%3)</source>
        <translation>%1 kw. (%2–%3)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Okres:</translation>
    </message>
    <message>
        <source>Set targets for a month, or for a quarter at the end of the list. A month without its own target counts a third of its quarter&apos;s; a team without its own target is measured by its members&apos; together.</source>
        <translation>Ustaw cele sprzedażowe na miesiąc albo na kwartał (kwartały są na końcu listy). Miesiąc bez własnego celu liczy jedną trzecią celu swojego kwartału; zespół bez własnego celu jest rozliczany z łącznych celów swoich członków.</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%1 kw. %2</translation>
    </message>
</context>
<context>
    <name>tandem::TaskDialog</name>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Cały dzień</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Send the offer, call back …</source>
        <translation>Wyślij ofertę, oddzwoń …</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normalny</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Wysoki</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niski</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Transakcja</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Powtarzanie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>“%1” is not a known record: pick one from the list or clear it.</source>
        <translation>„%1” nie jest znanym rekordem: wybierz rekord z listy lub wyczyść pole.</translation>
    </message>
</context>
<context>
    <name>tandem::TaskListModel</name>
    <message>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Nadchodzące</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Bez terminu</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>oznaczenie zadania „%1” jako wykonanego</translation>
    </message>
    <message>
        <source>Mark “%1” not done</source>
        <translation>oznaczenie zadania „%1” jako niewykonanego</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Wysoki priorytet</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Niski priorytet</translation>
    </message>
    <message>
        <source>Normal priority</source>
        <translation>Normalny priorytet</translation>
    </message>
    <message>
        <source>%1 ↻</source>
        <translation>%1 ↻</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonane</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
</context>
<context>
    <name>tandem::TasksModule</name>
    <message>
        <source>New &amp;task…</source>
        <translation>Dodaj &amp;zadanie…</translation>
    </message>
    <message>
        <source>Mark &amp;done / not done</source>
        <translation>Oznacz jako &amp;wykonane / niewykonane</translation>
    </message>
    <message>
        <source>A task with a due date, priority and what it is for</source>
        <translation>Zadanie z terminem, priorytetem i powiązanym rekordem</translation>
    </message>
    <message>
        <source>Tick the selected task off, or back on (Space)</source>
        <translation>Oznacz wybrane zadanie jako wykonane lub cofnij to oznaczenie (Spacja)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Mój dzień</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>Whose tasks</source>
        <translation>Czyje zadania</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Do wykonania</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonane</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nie zmieniono</translation>
    </message>
    <message>
        <source>New task “%1”</source>
        <translation>utworzenie zadania „%1”</translation>
    </message>
    <message>
        <source>Someone else&apos;s customer</source>
        <translation>Klient innego handlowca</translation>
    </message>
    <message>
        <source>%1

The task is saved and the owner has been told.</source>
        <translation>%1

Zadanie zostało zapisane, a jego właściciel został powiadomiony.</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nowe zadanie</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>edycję: „%1”</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>po terminie</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>termin się zbliża</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>brak klienta</translation>
    </message>
    <message numerus="yes">
        <source>Customer cases needing attention (%n):</source>
        <translation>
            <numerusform>Zgłoszenia klientów wymagające uwagi (%n):</numerusform>
            <numerusform>Zgłoszenia klientów wymagające uwagi (%n):</numerusform>
            <numerusform>Zgłoszenia klientów wymagające uwagi (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more in Cases.</source>
        <translation>
            <numerusform>i jeszcze %n zgłoszenie w module Zgłoszenia.</numerusform>
            <numerusform>i jeszcze %n zgłoszenia w module Zgłoszenia.</numerusform>
            <numerusform>i jeszcze %n zgłoszeń w module Zgłoszenia.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::TeamModule</name>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Terytorium</translation>
    </message>
</context>
<context>
    <name>tandem::TerritoryCardView</name>
    <message>
        <source>Assign companies by rules</source>
        <translation>Przypisz firmy według reguł</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Przekaż…</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Edytuj szczegóły</translation>
    </message>
    <message>
        <source>Give every company that has no territory yet the one its country, region, city, postcode or industry falls in</source>
        <translation>Przypisz każdej firmie, która nie ma jeszcze terytorium, terytorium odpowiadające jej krajowi, regionowi, miejscowości, kodowi pocztowemu lub branży</translation>
    </message>
    <message>
        <source>Hand this territory and its owner&apos;s open business in it to another salesperson</source>
        <translation>Przekaż to terytorium wraz z otwartymi sprawami jego właściciela w tym terytorium innemu handlowcowi</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Transakcje w toku</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Właściciel: %1</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Zespół: %1</translation>
    </message>
    <message>
        <source>Companies: %1 · Open deals: %2 · Open leads: %3</source>
        <translation>Firmy: %1 · Transakcje w toku: %2 · Otwarte leady: %3</translation>
    </message>
    <message>
        <source>Named accounts: put a company here by choosing this territory on it.</source>
        <translation>Lista klientów: aby dodać tu firmę, wybierz to terytorium w jej danych.</translation>
    </message>
    <message>
        <source>New companies that match the rule are placed here as they are created.</source>
        <translation>Nowe firmy spełniające regułę trafiają tu w chwili utworzenia.</translation>
    </message>
    <message>
        <source>Assign companies to territories</source>
        <translation>przypisanie firm do terytoriów</translation>
    </message>
    <message>
        <source>Every company the rules can place already has a territory.</source>
        <translation>Każda firma, którą można przypisać według reguł, ma już terytorium.</translation>
    </message>
    <message>
        <source>Companies given a territory by the rules: %1 (Edit › Undo puts them back).</source>
        <translation>Firmy, którym reguły przypisały terytorium: %1 (Edycja › Cofnij przywraca poprzedni stan).</translation>
    </message>
    <message>
        <source>Reassign territory “%1”</source>
        <translation>przekazanie terytorium „%1”</translation>
    </message>
</context>
<context>
    <name>tandem::TimeGridCanvas</name>
    <message>
        <source>Calendar hours</source>
        <translation>Godziny w kalendarzu</translation>
    </message>
</context>
<context>
    <name>tandem::TimeGridHeader</name>
    <message>
        <source>Days and all-day events</source>
        <translation>Dni i wydarzenia całodniowe</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Cały dzień</translation>
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
        <translation>Transakcja: %1</translation>
    </message>
    <message>
        <source>Deal: %1 (%2)</source>
        <translation>Transakcja: %1 (%2)</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Dokument: %1</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <extracomment>A case&apos;s step on a timeline: &quot;Case: Broken cooling unit (resolved)&quot;</extracomment>
        <translation>Zgłoszenie: %1</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <extracomment>A field change on a timeline: &quot;Job title changed&quot;</extracomment>
        <translation>Zmiana: %1</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>wyczyszczono</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>On a timeline: &quot;15/06/2026 14:30 · Ona Petraitienė&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Case: %1 (%2)</source>
        <translation>Zgłoszenie: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>tandem::UserCardView</name>
    <message>
        <source>Edit details</source>
        <translation>Edytuj szczegóły</translation>
    </message>
    <message>
        <source>Ask them about</source>
        <translation>Można pytać o</translation>
    </message>
    <message>
        <source>Territories they own</source>
        <translation>Terytoria tej osoby</translation>
    </message>
    <message>
        <source>%1 (no longer active)</source>
        <translation>%1 (konto nieaktywne)</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Zespół: %1</translation>
    </message>
    <message>
        <source>Manager: %1</source>
        <translation>Kierownik: %1</translation>
    </message>
    <message>
        <source>No skills listed yet: add them under Edit details so colleagues find them from the search box.</source>
        <translation>Nie podano jeszcze umiejętności: dodaj je w oknie Edytuj szczegóły, aby współpracownicy mogli znaleźć tę osobę przez pole wyszukiwania.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
</context>
</TS>
