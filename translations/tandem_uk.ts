<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AbcClasses</name>
    <message>
        <source>ABC classes are set from the whole team&apos;s revenue: run it without the owner, team and territory filters.</source>
        <translation>Класи ABC визначаються за виручкою всієї команди: сформуйте звіт без фільтрів за відповідальним, командою та територією.</translation>
    </message>
</context>
<context>
    <name>ActivityOutcome</name>
    <message>
        <source>There is no such activity.</source>
        <translation>Такої активності немає.</translation>
    </message>
    <message>
        <source>Say how the call went (reached, no answer …) before marking it done.</source>
        <translation>Перш ніж позначити дзвінок як виконаний, укажіть його результат (вдалося зв&apos;язатися, немає відповіді …).</translation>
    </message>
    <message>
        <source>Say how the meeting went before marking it done.</source>
        <translation>Перш ніж позначити зустріч як виконану, укажіть її результат.</translation>
    </message>
    <message>
        <source>Name the follow-up task, or write the next step.</source>
        <translation>Укажіть тему наступного завдання або опишіть наступний крок.</translation>
    </message>
</context>
<context>
    <name>AttachmentFiles</name>
    <message>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Відкрити документ</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Зберегти копію</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>At least one backup must be kept (%1 given).</source>
        <translation>Потрібно зберігати принаймні одну резервну копію (вказано %1).</translation>
    </message>
    <message>
        <source>The number of days cannot be negative (%1 given).</source>
        <translation>Кількість днів не може бути від&apos;ємною (вказано %1).</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be made: the disk or folder is read-only.</source>
        <translation>Не вдалося створити папку резервних копій %1: диск або папка доступні лише для читання.</translation>
    </message>
    <message>
        <source>The backup %1 could not be put in place.</source>
        <translation>Не вдалося завершити створення резервної копії %1.</translation>
    </message>
    <message>
        <source>No backup could be written first, so nothing was synchronised: %1</source>
        <translation>Не вдалося попередньо створити резервну копію, тому нічого не синхронізовано: %1</translation>
    </message>
    <message>
        <source>No backup could be written first, so nothing was imported: %1</source>
        <translation>Не вдалося попередньо створити резервну копію, тому нічого не імпортовано: %1</translation>
    </message>
    <message>
        <source>When Tandem started</source>
        <translation>Під час запуску Tandem</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Щодня</translation>
    </message>
    <message>
        <source>Before a database update</source>
        <translation>Перед оновленням бази даних</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Перед імпортом</translation>
    </message>
    <message>
        <source>Before a sync</source>
        <translation>Перед синхронізацією</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Перед відновленням</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Copying %1 failed: %2</source>
        <translation>Не вдалося скопіювати %1: %2</translation>
    </message>
    <message>
        <source>Copying %1 failed: the disk is full.</source>
        <translation>Не вдалося скопіювати %1: на диску немає вільного місця.</translation>
    </message>
    <message>
        <source>Cannot write the backup file %1.</source>
        <translation>Не вдалося записати файл резервної копії %1.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Tandem backup.</source>
        <translation>%1 — порожній файл, а не резервна копія Tandem.</translation>
    </message>
    <message>
        <source>The current data could not be saved first, so nothing was restored: %1</source>
        <translation>Не вдалося попередньо зберегти поточні дані, тому нічого не відновлено: %1</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Не вдалося прочитати %1.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged, so nothing was restored: %2</source>
        <translation>Резервну копію %1 пошкоджено, тому нічого не відновлено: %2</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>change %1 is incomplete</source>
        <translation>зміна %1 неповна</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>Не вдалося запустити бібліотеку шифрування.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the team key.</source>
        <translation>Недостатньо пам&apos;яті, щоб обчислити ключ команди.</translation>
    </message>
    <message>
        <source>This bundle was written in a newer sync format; update Tandem to read it. Nothing was imported.</source>
        <translation>Цей пакет створено в новішому форматі синхронізації; оновіть Tandem, щоб його прочитати. Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>This is not a Tandem sync bundle. Nothing was imported.</source>
        <translation>Це не пакет синхронізації Tandem. Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>The bundle is damaged or truncated (it may still be copying). Nothing was imported.</source>
        <translation>Пакет пошкоджений або неповний (можливо, він ще копіюється). Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>The bundle is damaged or truncated (its integrity check failed). Nothing was imported.</source>
        <translation>Пакет пошкоджений або неповний (не пройшов перевірку цілісності). Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>The bundle&apos;s header is damaged. Nothing was imported.</source>
        <translation>Заголовок пакета пошкоджено. Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>This bundle was written by Tandem %1 in a newer sync format; update Tandem to read it. Nothing was imported.</source>
        <translation>Цей пакет створено в Tandem %1 у новішому форматі синхронізації; оновіть Tandem, щоб його прочитати. Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>This bundle is encrypted with a team passphrase; set the passphrase to import it. Nothing was imported.</source>
        <translation>Цей пакет зашифровано парольною фразою команди; задайте парольну фразу, щоб його імпортувати. Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>The bundle is truncated. Nothing was imported.</source>
        <translation>Пакет неповний (обрізаний). Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>This bundle is from another team or was altered: it does not open with this team&apos;s passphrase. Nothing was imported.</source>
        <translation>Цей пакет належить іншій команді або його було змінено: він не відкривається парольною фразою цієї команди. Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>This bundle is not encrypted, but this team requires a passphrase. Nothing was imported.</source>
        <translation>Цей пакет не зашифровано, а ця команда вимагає парольну фразу. Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>The bundle&apos;s changes are damaged. Nothing was imported.</source>
        <translation>Зміни в пакеті пошкоджено. Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>The bundle is incomplete: it holds %1 of the %2 changes its header announces. Nothing was imported.</source>
        <translation>Пакет неповний: він містить %1 з %2 змін, зазначених у його заголовку. Нічого не імпортовано.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>The event no longer exists.</source>
        <translation>Цієї події більше не існує.</translation>
    </message>
</context>
<context>
    <name>CalendarFiles</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… і ще %n.</numerusform>
            <numerusform>… і ще %n.</numerusform>
            <numerusform>… і ще %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a calendar</source>
        <translation>Імпорт календаря</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>Файли iCalendar (*.ics *.ical *.ifb);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Calendar not imported</source>
        <translation>Календар не імпортовано</translation>
    </message>
    <message>
        <source>Nothing in %1 can be imported.</source>
        <translation>З файлу %1 нічого не можна імпортувати.</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Проблеми у файлі</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of %1 cannot be imported:</source>
        <translation>
            <numerusform>Не вдалося імпортувати %n елемент із файлу %1:</numerusform>
            <numerusform>Не вдалося імпортувати %n елементи з файлу %1:</numerusform>
            <numerusform>Не вдалося імпортувати %n елементів із файлу %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the other %n item(s) and leave these out?</source>
        <translation>
            <numerusform>Імпортувати решту (%n елемент) і пропустити ці?</numerusform>
            <numerusform>Імпортувати решту (%n елементи) і пропустити ці?</numerusform>
            <numerusform>Імпортувати решту (%n елементів) і пропустити ці?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>імпорт: %1</translation>
    </message>
    <message>
        <source>The file changed while it was being imported; try again.</source>
        <translation>Файл змінився під час імпорту; спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Calendar imported</source>
        <translation>Календар імпортовано</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 already here.</source>
        <translation>%1: нових — %2, оновлено — %3, уже є — %4.</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Нічого експортувати</translation>
    </message>
    <message>
        <source>There is nothing in these days to export.</source>
        <translation>У ці дні немає нічого для експорту.</translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>Експорт календаря</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Файли iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Calendar not exported</source>
        <translation>Календар не експортовано</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>Календар експортовано</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) and task(s) written to %1.</source>
        <translation>
            <numerusform>Записано %n подію або завдання в %1.</numerusform>
            <numerusform>Записано %n події або завдання в %1.</numerusform>
            <numerusform>Записано %n подій або завдань у %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>the same e-mail</source>
        <translation>та сама адреса ел. пошти</translation>
    </message>
    <message>
        <source>the same phone</source>
        <translation>той самий телефон</translation>
    </message>
    <message>
        <source>the same name at the same company</source>
        <translation>те саме ім&apos;я в тій самій компанії</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>Кампанію %1 не знайдено.</translation>
    </message>
    <message>
        <source>The new lead could not be read back.</source>
        <translation>Не вдалося повторно прочитати новий лід.</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Опрацювати відгук: %1</translation>
    </message>
    <message>
        <source>A response needs a name or an e-mail address.</source>
        <translation>Для відгуку потрібне ім&apos;я або адреса ел. пошти.</translation>
    </message>
    <message>
        <source>%1 already responded to this campaign (%2): no second lead.</source>
        <translation>%1: відгук на цю кампанію вже є (%2), другий лід не створено.</translation>
    </message>
    <message>
        <source>Job title: %1</source>
        <translation>Посада: %1</translation>
    </message>
    <message>
        <source>%1: a new lead.</source>
        <translation>%1: новий лід.</translation>
    </message>
    <message>
        <source>%1: a new lead, linked to the existing contact %2 (%3).</source>
        <translation>%1: новий лід, пов&apos;язаний з наявним контактом %2 (%3).</translation>
    </message>
    <message>
        <source>The file has no column for the name or the e-mail address (the first line must name the columns).</source>
        <translation>У файлі немає стовпця з ім&apos;ям або адресою ел. пошти (у першому рядку мають бути назви стовпців).</translation>
    </message>
    <message>
        <source>already responded (%1)</source>
        <translation>відгук уже є (%1)</translation>
    </message>
</context>
<context>
    <name>CaseQueries</name>
    <message>
        <source>unknown grouping &apos;%1&apos;</source>
        <translation>невідоме групування &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>Satisfaction is a score from 1 to 5, not “%1”.</source>
        <translation>Оцінка задоволеності має бути від 1 до 5, а не «%1».</translation>
    </message>
    <message>
        <source>Satisfaction is recorded once the case is resolved.</source>
        <translation>Оцінку задоволеності можна внести лише після вирішення звернення.</translation>
    </message>
    <message>
        <source>Write down how the case was resolved before resolving or closing it.</source>
        <translation>Перш ніж вирішити або закрити звернення, опишіть, як його вирішено.</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>скарга</translation>
    </message>
    <message>
        <source>question</source>
        <translation>запитання</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>доставка</translation>
    </message>
    <message>
        <source>service request</source>
        <translation>запит на обслуговування</translation>
    </message>
    <message>
        <source>A %1 is yours: “%2”%3.</source>
        <translation>Вам призначено звернення (%1): «%2»%3.</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> від компанії %1</translation>
    </message>
    <message>
        <source>Your customer %1 has made a complaint: “%2”.</source>
        <translation>Ваш клієнт %1 подав скаргу: «%2».</translation>
    </message>
    <message>
        <source>There is no case with id %1</source>
        <translation>Звернення з ідентифікатором %1 не знайдено</translation>
    </message>
    <message>
        <source>The case “%1” of your customer %2 is resolved.</source>
        <translation>Звернення «%1» вашого клієнта %2 вирішено.</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Active</source>
        <translation>Активний</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Неактивний</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Потенційний клієнт</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Former customer</source>
        <translation>Колишній клієнт</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Немає</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Бронзовий</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Срібний</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Золотий</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Вебформа</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Дзвінок</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Захід</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Рекомендація</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампанія</translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation>Холодний дзвінок</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новий</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Контакт встановлено</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Кваліфікований</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Програно</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Конвертовано</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>У роботі</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Виграно</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Зустріч</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. лист</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низький</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Звичайний</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Високий</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Терміновий</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Для команди</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Приватно</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Менеджер з продажів</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Керівник</translation>
    </message>
    <message>
        <source>Office manager</source>
        <translation>Офіс-менеджер</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Адміністратор</translation>
    </message>
    <message>
        <source>A chosen user</source>
        <translation>Вибраному користувачу</translation>
    </message>
    <message>
        <source>The territory&apos;s owner</source>
        <translation>Відповідальному за територію</translation>
    </message>
    <message>
        <source>Each team member in turn</source>
        <translation>Членам команди по черзі</translation>
    </message>
    <message>
        <source>The team member with the fewest open leads</source>
        <translation>Члену команди з найменшою кількістю лідів у роботі</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Призначено вам</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Ескалація</translation>
    </message>
    <message>
        <source>Your customer</source>
        <translation>Ваш клієнт</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Інформація</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Ліди</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Угоди</translation>
    </message>
    <message>
        <source>Leads and deals</source>
        <translation>Ліди й угоди</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регіон</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Галузь</translation>
    </message>
    <message>
        <source>Named accounts</source>
        <translation>Закріплені клієнти</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Семінар</translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation>Розсилка</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Веб</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Реклама</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Скарга</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Запит на обслуговування</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Запитання</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>У роботі</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Очікуємо на клієнта</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Вирішено</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрито</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Візит</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Me</source>
        <translation>Я</translation>
    </message>
    <message>
        <source>usage: init [--company NAME] [--user NAME] [--currency CODE]</source>
        <translation>використання: init [--company NAME] [--user NAME] [--currency CODE]</translation>
    </message>
    <message>
        <source>My company</source>
        <translation>Моя компанія</translation>
    </message>
    <message>
        <source>Created %1 for %2; you are user %3.</source>
        <translation>Створено %1 для %2; ваш користувач: %3.</translation>
    </message>
    <message>
        <source>usage: demo [--contacts N] [--seed S]</source>
        <translation>використання: demo [--contacts N] [--seed S]</translation>
    </message>
    <message>
        <source>--contacts needs a whole number from 10 to 1000000</source>
        <translation>для --contacts потрібне ціле число від 10 до 1000000</translation>
    </message>
    <message>
        <source>--seed needs a whole number</source>
        <translation>для --seed потрібне ціле число</translation>
    </message>
    <message>
        <source>Tandem Demo</source>
        <translation>Tandem Демо</translation>
    </message>
    <message>
        <source>Demo Manager</source>
        <translation>Демо-менеджер</translation>
    </message>
    <message>
        <source>usage: backup --to FILE</source>
        <translation>використання: backup --to FILE</translation>
    </message>
    <message>
        <source>the file already exists; choose a new name</source>
        <translation>файл уже існує; виберіть іншу назву</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Резервну копію збережено в %1</translation>
    </message>
    <message>
        <source>Backup %1 (database version %2) of %3 holds:</source>
        <translation>Резервна копія %1 (версія бази даних %2) для %3 містить:</translation>
    </message>
    <message>
        <source>an unnamed company</source>
        <translation>компанії без назви</translation>
    </message>
    <message>
        <source>Restored. The data it replaced was saved to %1</source>
        <translation>Відновлено. Замінені дані збережено в %1</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>для параметра --%1 потрібне значення</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>невідомий параметр --%1</translation>
    </message>
    <message>
        <source>Create it with &apos;tandem-cli init&apos; or &apos;tandem-cli demo&apos;.</source>
        <translation>Створіть її командою &apos;tandem-cli init&apos; або &apos;tandem-cli demo&apos;.</translation>
    </message>
    <message>
        <source>Run &apos;tandem-cli --help&apos; for the list of commands.</source>
        <translation>Щоб переглянути список команд, виконайте &apos;tandem-cli --help&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not of the form field=value</source>
        <translation>&apos;%1&apos; не має формату field=value</translation>
    </message>
    <message>
        <source>given twice</source>
        <translation>вказано двічі</translation>
    </message>
    <message>
        <source>usage: search TEXT [--limit N] [--json]</source>
        <translation>використання: search TEXT [--limit N] [--json]</translation>
    </message>
    <message>
        <source>usage: history ENTITY ID [--json]</source>
        <translation>використання: history ENTITY ID [--json]</translation>
    </message>
    <message>
        <source>unknown record type &apos;%1&apos;</source>
        <translation>невідомий тип запису &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>запис %1 з ідентифікатором %2 не знайдено</translation>
    </message>
    <message>
        <source>usage: dump --canonical</source>
        <translation>використання: dump --canonical</translation>
    </message>
    <message>
        <source>usage: check [--repair]</source>
        <translation>використання: check [--repair]</translation>
    </message>
    <message>
        <source>ok: %1 is healthy</source>
        <translation>ok: %1 у справному стані</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>невідомий параметр %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>команду не вказано</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>невідома команда &apos;%1&apos;</translation>
    </message>
    <message>
        <source>usage: add ENTITY field=value …</source>
        <translation>використання: add ENTITY field=value …</translation>
    </message>
    <message>
        <source>usage: set ENTITY ID field=value …</source>
        <translation>використання: set ENTITY ID field=value …</translation>
    </message>
    <message>
        <source>usage: rm ENTITY ID</source>
        <translation>використання: rm ENTITY ID</translation>
    </message>
    <message>
        <source>usage: show ENTITY ID [--json]</source>
        <translation>використання: show ENTITY ID [--json]</translation>
    </message>
    <message>
        <source>usage: list ENTITY [--where field=value]… [--sort FIELD [--desc]] [--limit N] [--json]</source>
        <translation>використання: list ENTITY [--where field=value]… [--sort FIELD [--desc]] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>--limit needs a whole number</source>
        <translation>для --limit потрібне ціле число</translation>
    </message>
    <message>
        <source>usage: whoami [--set USER_ID]</source>
        <translation>використання: whoami [--set USER_ID]</translation>
    </message>
    <message>
        <source>No user chosen on this copy; pick one with &apos;whoami --set USER_ID&apos; (see &apos;list user&apos;).</source>
        <translation>У цій копії не вибрано користувача; виберіть його командою &apos;whoami --set USER_ID&apos; (див. &apos;list user&apos;).</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(видалено)</translation>
    </message>
    <message>
        <source>usage: sync export --to FILE [--peer SITE]</source>
        <translation>використання: sync export --to FILE [--peer SITE]</translation>
    </message>
    <message>
        <source>usage: sync import FILE</source>
        <translation>використання: sync import FILE</translation>
    </message>
    <message>
        <source>usage: sync folder DIR</source>
        <translation>використання: sync folder DIR</translation>
    </message>
    <message>
        <source>tandem-cli: skipped for now: %1</source>
        <translation>tandem-cli: поки що пропущено: %1</translation>
    </message>
    <message>
        <source>This copy: %1</source>
        <translation>Ця копія: %1</translation>
    </message>
    <message>
        <source>Changes not yet acknowledged by any peer: %1</source>
        <translation>Змін, ще не підтверджених жодною іншою копією: %1</translation>
    </message>
    <message>
        <source>Conflicts to review: %1</source>
        <translation>Конфліктів для перегляду: %1</translation>
    </message>
    <message>
        <source>Team passphrase: %1</source>
        <translation>Парольна фраза команди: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <source>set</source>
        <translation>задано</translation>
    </message>
    <message>
        <source>(any peer)</source>
        <translation>(будь-яка копія)</translation>
    </message>
    <message>
        <source>shown: %1 (%2, %3)</source>
        <translation>показане: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>other: %1 (%2, %3)</source>
        <translation>інше: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>usage: sync resolve CONFLICT_ID --take-other|--keep</source>
        <translation>використання: sync resolve CONFLICT_ID --take-other|--keep</translation>
    </message>
    <message>
        <source>usage: sync passphrase --set TEXT | --clear</source>
        <translation>використання: sync passphrase --set TEXT | --clear</translation>
    </message>
    <message>
        <source>a team passphrase needs at least 8 characters</source>
        <translation>парольна фраза команди має містити щонайменше 8 символів</translation>
    </message>
    <message>
        <source>Demo data in %7 s: users %1, companies %2, contacts %3, leads %4, deals %5, activities %6.</source>
        <translation>Демодані створено за %7 с: користувачів %1, компаній %2, контактів %3, лідів %4, угод %5, активностей %6.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1</source>
        <translation>
            <numerusform>Записано %n зміну в %1</numerusform>
            <numerusform>Записано %n зміни в %1</numerusform>
            <numerusform>Записано %n змін у %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new change(s) from %1.</source>
        <translation>
            <numerusform>Імпортовано %n нову зміну з %1.</numerusform>
            <numerusform>Імпортовано %n нові зміни з %1.</numerusform>
            <numerusform>Імпортовано %n нових змін з %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) updated.</source>
        <translation>
            <numerusform>Оновлено %n запис.</numerusform>
            <numerusform>Оновлено %n записи.</numerusform>
            <numerusform>Оновлено %n записів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review.</source>
        <translation>
            <numerusform>Потрібно переглянути %n конфлікт.</numerusform>
            <numerusform>Потрібно переглянути %n конфлікти.</numerusform>
            <numerusform>Потрібно переглянути %n конфліктів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n bundle(s) of other copies.</source>
        <translation>
            <numerusform>Прочитано %n пакет інших копій.</numerusform>
            <numerusform>Прочитано %n пакети інших копій.</numerusform>
            <numerusform>Прочитано %n пакетів інших копій.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new change(s).</source>
        <translation>
            <numerusform>%n нова зміна.</numerusform>
            <numerusform>%n нові зміни.</numerusform>
            <numerusform>%n нових змін.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Записано %1.</translation>
    </message>
    <message>
        <source>line %1: %2 is already here (%3), skipped</source>
        <translation>рядок %1: %2 уже є в базі (%3), пропущено</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 skipped as duplicates, %4 rejected.</source>
        <translation>створено %1, оновлено %2, пропущено як дублікати %3, відхилено %4.</translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1</source>
        <translation>Пробний запуск, нічого не записано: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Імпорт завершено: %1</translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported: %n problem(s) in the file. Fix them, or import the rest with --skip-invalid.</source>
        <translation>
            <numerusform>нічого не імпортовано: у файлі знайдено %n проблему. Виправте файл або імпортуйте решту з параметром --skip-invalid.</numerusform>
            <numerusform>нічого не імпортовано: у файлі знайдено %n проблеми. Виправте файл або імпортуйте решту з параметром --skip-invalid.</numerusform>
            <numerusform>нічого не імпортовано: у файлі знайдено %n проблем. Виправте файл або імпортуйте решту з параметром --skip-invalid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>Записано %n запис у %1.</numerusform>
            <numerusform>Записано %n записи в %1.</numerusform>
            <numerusform>Записано %n записів у %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of contacts that arrived look like the same person: review them with tandem-cli duplicates.</source>
        <translation>
            <numerusform>%n пара отриманих контактів схожа на одну й ту саму особу: перегляньте їх командою tandem-cli duplicates.</numerusform>
            <numerusform>%n пари отриманих контактів схожі на одну й ту саму особу: перегляньте їх командою tandem-cli duplicates.</numerusform>
            <numerusform>%n пар отриманих контактів схожі на одну й ту саму особу: перегляньте їх командою tandem-cli duplicates.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: duplicates [--entity contact|company] [--json] | duplicates --dismiss ID ID [--entity contact|company]</source>
        <translation>використання: duplicates [--entity contact|company] [--json] | duplicates --dismiss ID ID [--entity contact|company]</translation>
    </message>
    <message>
        <source>Marked as not duplicates; the pair is not proposed again.</source>
        <translation>Позначено як різні записи; цю пару більше не буде запропоновано.</translation>
    </message>
    <message>
        <source>usage: merge contact|company KEEP_ID OTHER_ID [--take FIELD]…</source>
        <translation>використання: merge contact|company KEEP_ID OTHER_ID [--take FIELD]…</translation>
    </message>
    <message numerus="yes">
        <source>Merged %1 into %2: %n linked record(s) moved.</source>
        <translation>
            <numerusform>%1 об&apos;єднано з %2: перенесено %n пов&apos;язаний запис.</numerusform>
            <numerusform>%1 об&apos;єднано з %2: перенесено %n пов&apos;язані записи.</numerusform>
            <numerusform>%1 об&apos;єднано з %2: перенесено %n пов&apos;язаних записів.</numerusform>
        </translation>
    </message>
    <message>
        <source>--update and --create-duplicates exclude each other</source>
        <translation>--update і --create-duplicates не можна використовувати разом</translation>
    </message>
    <message>
        <source>there is no segment of %1 records called “%2”</source>
        <translation>сегмента записів %1 з назвою «%2» не існує</translation>
    </message>
    <message>
        <source>the pipeline “%1” of “%2” has no stage “%3”; its stages are: %4</source>
        <translation>у воронці «%1» угоди «%2» немає етапу «%3»; етапи воронки: %4</translation>
    </message>
    <message>
        <source>%1 Done anyway; the owner has been told.</source>
        <translation>%1 Усе одно виконано; відповідального повідомлено.</translation>
    </message>
    <message>
        <source>usage: convert lead ID [--company ID] [--contact ID] [--title TEXT] [--amount DECIMAL] [--json]</source>
        <translation>використання: convert lead ID [--company ID] [--contact ID] [--title TEXT] [--amount DECIMAL] [--json]</translation>
    </message>
    <message>
        <source>usage: move deal ID STAGE</source>
        <translation>використання: move deal ID STAGE</translation>
    </message>
    <message>
        <source>usage: win deal ID</source>
        <translation>використання: win deal ID</translation>
    </message>
    <message>
        <source>usage: lose deal ID --reason TEXT [--competitor ID|NAME] | lose lead ID --reason TEXT</source>
        <translation>використання: lose deal ID --reason TEXT [--competitor ID|NAME] | lose lead ID --reason TEXT</translation>
    </message>
    <message>
        <source>usage: reopen deal|lead ID</source>
        <translation>використання: reopen deal|lead ID</translation>
    </message>
    <message>
        <source>usage: qualify lead ID [--answer &quot;Question=answer&quot;]…</source>
        <translation>використання: qualify lead ID [--answer &quot;Question=answer&quot;]…</translation>
    </message>
    <message>
        <source>there is no question %1; the questions are numbered 1 to %2</source>
        <translation>запитання %1 немає; запитання пронумеровано від 1 до %2</translation>
    </message>
    <message>
        <source>usage: checklist deal ID [--json]</source>
        <translation>використання: checklist deal ID [--json]</translation>
    </message>
    <message>
        <source>“%1” in stage “%2”:</source>
        <translation>«%1» на етапі «%2»:</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>обов&apos;язкова</translation>
    </message>
    <message>
        <source>hard deadline</source>
        <translation>жорсткий термін</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>прострочено</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>не застосовується</translation>
    </message>
    <message>
        <source>usage: escalate [--json]</source>
        <translation>використання: escalate [--json]</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>Для %1: %2</translation>
    </message>
    <message>
        <source>usage: overdue leads [--owner ID] [--json]</source>
        <translation>використання: overdue leads [--owner ID] [--json]</translation>
    </message>
    <message>
        <source>usage: forecast [--pipeline ID] [--by-owner] [--json]</source>
        <translation>використання: forecast [--pipeline ID] [--by-owner] [--json]</translation>
    </message>
    <message>
        <source>no close date</source>
        <translation>без дати закриття</translation>
    </message>
    <message>
        <source>Wrote %1 for a scoped copy.</source>
        <translation>Записано %1 для копії з обмеженим обсягом синхронізації.</translation>
    </message>
    <message>
        <source>Sync scope: %1</source>
        <translation>Обсяг синхронізації: %1</translation>
    </message>
    <message>
        <source>peer %1	last sent %2	last received %3	scope %4</source>
        <translation>копія %1	останнє надсилання %2	останнє отримання %3	обсяг: %4</translation>
    </message>
    <message>
        <source>usage: sync scope [--owner USER_ID | --territory TERRITORY_ID | --all]</source>
        <translation>використання: sync scope [--owner USER_ID | --territory TERRITORY_ID | --all]</translation>
    </message>
    <message>
        <source>usage: sync export|import|folder|status|conflicts|resolve|passphrase|scope …</source>
        <translation>використання: sync export|import|folder|status|conflicts|resolve|passphrase|scope …</translation>
    </message>
    <message>
        <source>usage: import ics FILE [--dry-run] [--skip-invalid]</source>
        <translation>використання: import ics FILE [--dry-run] [--skip-invalid]</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation>створено: %1, оновлено: %2, без змін: %3, відхилено: %4.</translation>
    </message>
    <message>
        <source>nothing was imported: the file cannot be read.</source>
        <translation>нічого не імпортовано: не вдалося прочитати файл.</translation>
    </message>
    <message>
        <source>usage: export ics FILE [--where field=value]… [--from DATE] [--to DATE]</source>
        <translation>використання: export ics FILE [--where field=value]… [--from DATE] [--to DATE]</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a date (YYYY-MM-DD) or date and time</source>
        <translation>--%1 &apos;%2&apos; не є датою (YYYY-MM-DD) або датою й часом</translation>
    </message>
    <message>
        <source>usage: import csv|vcard|ics FILE [--entity ENTITY] [--mapping FILE] [--dry-run] [--skip-invalid] [--update | --create-duplicates]</source>
        <translation>використання: import csv|vcard|ics FILE [--entity ENTITY] [--mapping FILE] [--dry-run] [--skip-invalid] [--update | --create-duplicates]</translation>
    </message>
    <message>
        <source>usage: export csv|vcard|ics FILE [--entity ENTITY] [--segment NAME] [--where field=value]… [--vcard3] [--from DATE] [--to DATE]</source>
        <translation>використання: export csv|vcard|ics FILE [--entity ENTITY] [--segment NAME] [--where field=value]… [--vcard3] [--from DATE] [--to DATE]</translation>
    </message>
    <message>
        <source>--%1 needs a positive whole number</source>
        <translation>--%1 має бути додатним цілим числом</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Найближчі</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Без терміну</translation>
    </message>
    <message>
        <source>usage: done ID [--outcome TEXT] [--next-step TEXT] [--follow-up-due DATE]</source>
        <translation>використання: done ID [--outcome TEXT] [--next-step TEXT] [--follow-up-due DATE]</translation>
    </message>
    <message>
        <source>usage: dormant [--rule NAME] [--json] | dormant --rule NAME --propose</source>
        <translation>використання: dormant [--rule NAME] [--json] | dormant --rule NAME --propose</translation>
    </message>
    <message>
        <source>there is no dormant-customer rule “%1”</source>
        <translation>правила для неактивних клієнтів «%1» немає</translation>
    </message>
    <message numerus="yes">
        <source>Created %n follow-up task(s).</source>
        <translation>
            <numerusform>Створено %n завдання для повторного контакту.</numerusform>
            <numerusform>Створено %n завдання для повторного контакту.</numerusform>
            <numerusform>Створено %n завдань для повторного контакту.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: free-slots --users ID[,ID…] --from DATE --to DATE [--minutes N]</source>
        <translation>використання: free-slots --users ID[,ID…] --from DATE --to DATE [--minutes N]</translation>
    </message>
    <message>
        <source>--to must be later than --from</source>
        <translation>--to має бути пізніше за --from</translation>
    </message>
    <message>
        <source>default</source>
        <translation>за замовчуванням</translation>
    </message>
    <message>
        <source>report needs a report name (see &apos;report --list&apos;)</source>
        <translation>для report потрібна назва звіту (див. &apos;report --list&apos;)</translation>
    </message>
    <message>
        <source>--period must be one of this-month, last-month, this-quarter, last-quarter, this-year, last-year, year-to-date, last-12-months</source>
        <translation>--period має бути одним зі значень: this-month, last-month, this-quarter, last-quarter, this-year, last-year, year-to-date, last-12-months</translation>
    </message>
    <message>
        <source>--%1 expects a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>для --%1 потрібна дата у форматі YYYY-MM-DD, а не &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--compare must be previous, year or none</source>
        <translation>--compare має бути previous, year або none</translation>
    </message>
    <message>
        <source>--option expects KEY=VALUE, not &apos;%1&apos;</source>
        <translation>для --option потрібне значення у форматі KEY=VALUE, а не &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--page must be a4 or letter</source>
        <translation>--page має бути a4 або letter</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with an open complaint left out.</source>
        <translation>
            <numerusform>пропущено %n клієнта з невирішеною скаргою.</numerusform>
            <numerusform>пропущено %n клієнти з невирішеними скаргами.</numerusform>
            <numerusform>пропущено %n клієнтів із невирішеними скаргами.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: backups [--json] | backups --keep N [--days D]</source>
        <translation>використання: backups [--json] | backups --keep N [--days D]</translation>
    </message>
    <message>
        <source>not a whole number: %1</source>
        <translation>не ціле число: %1</translation>
    </message>
    <message>
        <source>Automatic backups in %1 (kept: the newest %2, and the newest of each of the last %3 days):</source>
        <translation>Автоматичні резервні копії в %1 (зберігаються: найновіші — %2, а також найновіша за кожен з останніх %3 дн.):</translation>
    </message>
    <message>
        <source>usage: restore FILE [--preview] | restore --latest [--preview]</source>
        <translation>використання: restore FILE [--preview] | restore --latest [--preview]</translation>
    </message>
    <message>
        <source>there is no sound automatic backup in %1</source>
        <translation>у %1 немає справної автоматичної резервної копії</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>пошкоджено: %1</translation>
    </message>
    <message>
        <source>the latest sound backup was taken %1 (%2); go back to it with: tandem-cli restore --latest</source>
        <translation>останню справну резервну копію створено %1 (%2); щоб повернутися до неї, виконайте: tandem-cli restore --latest</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n одержувач</numerusform>
            <numerusform>%n одержувачі</numerusform>
            <numerusform>%n одержувачів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no postal consent</source>
        <translation>
            <numerusform>пропущено %n контакт: немає згоди на поштові відправлення</numerusform>
            <numerusform>пропущено %n контакти: немає згоди на поштові відправлення</numerusform>
            <numerusform>пропущено %n контактів: немає згоди на поштові відправлення</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no complete address (%1)</source>
        <translation>
            <numerusform>пропущено %n контакт: неповна адреса (%1)</numerusform>
            <numerusform>пропущено %n контакти: неповна адреса (%1)</numerusform>
            <numerusform>пропущено %n контактів: неповна адреса (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не вдалося прочитати %1: %2</translation>
    </message>
    <message>
        <source>note: no value for %1</source>
        <translation>примітка: немає значень для %1</translation>
    </message>
    <message>
        <source>usage: render quote ID [--template NAME] --out FILE.pdf [--sent-to EMAIL]
       render letter CONTACT_ID [--template NAME] [--body TEXT | --body-file FILE] [--language LL] --out FILE.pdf [--sent-to EMAIL]</source>
        <translation>використання: render quote ID [--template NAME] --out FILE.pdf [--sent-to EMAIL]
              render letter CONTACT_ID [--template NAME] [--body TEXT | --body-file FILE] [--language LL] --out FILE.pdf [--sent-to EMAIL]</translation>
    </message>
    <message>
        <source>usage: approve quote ID</source>
        <translation>використання: approve quote ID</translation>
    </message>
    <message>
        <source>usage: revise quote ID      a new version as a draft; prints its id</source>
        <translation>використання: revise quote ID      створює нову версію як чернетку; виводить її ідентифікатор</translation>
    </message>
    <message>
        <source>usage: mailing SEGMENT [--csv FILE] [--labels FILE.pdf [--sheet KEY] [--skip N]]
                       [--letters FILE.pdf [--template NAME] [--body TEXT | --body-file FILE]]
       mailing --sheets      the label sheets --sheet takes</source>
        <translation>використання: mailing SEGMENT [--csv FILE] [--labels FILE.pdf [--sheet KEY] [--skip N]]
                              [--letters FILE.pdf [--template NAME] [--body TEXT | --body-file FILE]]
              mailing --sheets      аркуші етикеток, які можна вказати в --sheet</translation>
    </message>
    <message>
        <source>unknown label sheet &apos;%1&apos; (see mailing --sheets)</source>
        <translation>невідомий аркуш етикеток &apos;%1&apos; (див. mailing --sheets)</translation>
    </message>
    <message>
        <source>--skip needs a label number from 0 to %1</source>
        <translation>для --skip потрібен номер етикетки від 0 до %1</translation>
    </message>
    <message>
        <source>usage: templates [--export]      lists the document templates; --export copies the shipped ones into the templates folder to edit</source>
        <translation>використання: templates [--export]      виводить список шаблонів документів; --export копіює шаблони з комплекту Tandem у папку шаблонів, щоб їх можна було редагувати</translation>
    </message>
    <message>
        <source>Templates folder: %1</source>
        <translation>Папка шаблонів: %1</translation>
    </message>
    <message>
        <source>usage: material add FILE… [--tags TEXT] | material tag ID --tags TEXT | material replace ID FILE | material rm ID | material get ID --out FILE | material attach ID --deal ID [--quote ID]</source>
        <translation>використання: material add FILE… [--tags TEXT] | material tag ID --tags TEXT | material replace ID FILE | material rm ID | material get ID --out FILE | material attach ID --deal ID [--quote ID]</translation>
    </message>
    <message>
        <source>no sales materials match</source>
        <translation>не знайдено матеріалів для продажів, які відповідають запиту</translation>
    </message>
    <message>
        <source>usage: materials [WORDS…] [--tag TAG] [--json]</source>
        <translation>використання: materials [WORDS…] [--tag TAG] [--json]</translation>
    </message>
    <message>
        <source>usage: quote-series [SERIES | --clear]   this computer&apos;s quote number series (Q-2026-SERIES-0001)</source>
        <translation>використання: quote-series [SERIES | --clear]   серія номерів пропозицій цього комп&apos;ютера (Q-2026-SERIES-0001)</translation>
    </message>
    <message>
        <source>No series: quotes made here are numbered Q-YYYY-NNNN.</source>
        <translation>Серію не задано: пропозиції, створені на цьому комп&apos;ютері, отримують номери Q-YYYY-NNNN.</translation>
    </message>
    <message>
        <source>usage: notifications [--user NAME|ID] [--all] [--json] | notifications --read ID…</source>
        <translation>використання: notifications [--user NAME|ID] [--all] [--json] | notifications --read ID…</translation>
    </message>
    <message>
        <source>usage: agenda [--user NAME|ID] [--from DATE] [--days N] [--json]</source>
        <translation>використання: agenda [--user NAME|ID] [--from DATE] [--days N] [--json]</translation>
    </message>
    <message>
        <source>usage: my-day [--user NAME|ID] [--json]</source>
        <translation>використання: my-day [--user NAME|ID] [--json]</translation>
    </message>
    <message>
        <source>usage: reminders [--user NAME|ID] [--json]</source>
        <translation>використання: reminders [--user NAME|ID] [--json]</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n рядок</numerusform>
            <numerusform>%1: %n рядки</numerusform>
            <numerusform>%1: %n рядків</numerusform>
        </translation>
    </message>
    <message>
        <source>new leads: %1</source>
        <translation>нових лідів: %1</translation>
    </message>
    <message>
        <source>matched to existing contacts: %1</source>
        <translation>пов&apos;язано з наявними контактами: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>пропущено: %1</translation>
    </message>
    <message>
        <source>  line %1: %2 — %3</source>
        <translation>  рядок %1: %2 — %3</translation>
    </message>
    <message>
        <source>usage: campaign NAME|ID [--json] | campaign respond NAME|ID --first-name TEXT --last-name TEXT --email TEXT --phone TEXT --company TEXT | campaign import NAME|ID FILE.csv</source>
        <translation>використання: campaign NAME|ID [--json] | campaign respond NAME|ID --first-name TEXT --last-name TEXT --email TEXT --phone TEXT --company TEXT | campaign import NAME|ID FILE.csv</translation>
    </message>
    <message>
        <source>unknown entity %1</source>
        <translation>невідомий тип запису %1</translation>
    </message>
    <message>
        <source>name a %1</source>
        <translation>%1: вкажіть назву або ідентифікатор</translation>
    </message>
    <message>
        <source>%1 %2 are named “%3”: give the id</source>
        <translation>«%3» — така назва в кількох записах (%2: %1); вкажіть ідентифікатор</translation>
    </message>
    <message>
        <source>there is no %1 called or with id “%2”</source>
        <translation>%1: немає запису з назвою або ідентифікатором «%2»</translation>
    </message>
    <message>
        <source>“%1” could be any of: %2</source>
        <translation>«%1» може бути будь-яким із цих записів: %2</translation>
    </message>
    <message>
        <source>no user chosen on this copy: give --user NAME|ID, or pick one with &apos;whoami --set USER_ID&apos;</source>
        <translation>у цій копії не вибрано користувача: вкажіть --user NAME|ID або виберіть користувача командою &apos;whoami --set USER_ID&apos;</translation>
    </message>
    <message>
        <source>usage: competitor [NAME|ID] [--json]</source>
        <translation>використання: competitor [NAME|ID] [--json]</translation>
    </message>
    <message>
        <source>%1%2, no target</source>
        <translation>%1%2, без плану</translation>
    </message>
    <message>
        <source>%1 / %2%3 (%4%)</source>
        <translation>%1 / %2%3 (%4 %)</translation>
    </message>
    <message>
        <source>  %1 (%2 – %3): revenue %4; new deals %5; activities %6</source>
        <translation>  %1 (%2 – %3): виручка %4; нові угоди %5; активності %6</translation>
    </message>
    <message>
        <source>Team of %1</source>
        <translation>Команда: %1</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Прострочені завдання</translation>
    </message>
    <message>
        <source>Tasks today</source>
        <translation>Завдання на сьогодні</translation>
    </message>
    <message>
        <source>Stalled deals</source>
        <translation>Угоди в застої</translation>
    </message>
    <message>
        <source>Closing this month</source>
        <translation>Закриття цього місяця</translation>
    </message>
    <message>
        <source>Past expected close</source>
        <translation>Минув термін очікуваного закриття</translation>
    </message>
    <message>
        <source>Untouched leads</source>
        <translation>Неопрацьовані ліди</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Плани продажів</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Цей місяць</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Цей квартал</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Члени команди</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ім&apos;я</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сьогодні</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>у застої</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>закриття</translation>
    </message>
    <message>
        <source>past close</source>
        <translation>закриття прострочено</translation>
    </message>
    <message>
        <source>untouched</source>
        <translation>не опрацьовано</translation>
    </message>
    <message>
        <source>revenue %</source>
        <translation>виручка, %</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>без плану</translation>
    </message>
    <message>
        <source>usage: dashboard [--user NAME|ID] [--team] [--json]</source>
        <translation>використання: dashboard [--user NAME|ID] [--team] [--json]</translation>
    </message>
    <message>
        <source>%1 leads no one: there is no team to show</source>
        <translation>%1 не є керівником жодного користувача: немає команди, яку можна показати</translation>
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
        <translation>Використання: tandem-cli [--db FILE] COMMAND …

Команди:
  init [--company NAME] [--user NAME] [--currency CODE]
  demo [--contacts N] [--seed S]
  add ENTITY field=value …              виводить ідентифікатор нового запису
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
  backups [--json] | backups --keep N [--days D]   автоматичні резервні копії
  whoami [--set USER_ID]                 користувач, від імені якого працює ця копія
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
  move deal ID STAGE                     STAGE: ідентифікатор або назва етапу у воронці угоди
  win deal ID | lose deal ID --reason TEXT [--competitor ID|NAME]
  lose lead ID --reason TEXT | reopen deal|lead ID
  checklist deal ID [--json]
  escalate [--json]                      повідомляє керівників про прострочені завдання сценарію
  overdue leads [--owner ID] [--json]
  forecast [--pipeline ID] [--by-owner] [--json]
  targets [--month YYYY-MM | --quarter YYYY-Qn] [--team NAME|ID | --user NAME|ID]
          [--currency CODE] [--json]     виконання планів продажів
  competitor [NAME|ID] [--json]          конкурент і угоди, програні йому
  campaign NAME|ID [--json]              показники й відгуки кампанії
  campaign respond NAME|ID [--first-name TEXT] [--last-name TEXT] [--email TEXT]
         [--phone TEXT] [--company TEXT] [--job-title TEXT] [--notes TEXT]
  campaign import NAME|ID FILE.csv       учасники заходу як відгуки: або всі, або жодного
  territories [--json]                   правила, відповідальні та показники кожної території
  territory assign | territory reassign NAME|ID --to USER
  experts WORDS… [--json]                колеги, у навичках яких є ці слова
  notifications [--user NAME|ID] [--all] [--json] | notifications --read ID…
  agenda [--user NAME|ID] [--from DATE] [--days N] [--json]
  dashboard [--user NAME|ID] [--team] [--json]  що потребує уваги сьогодні; плани продажів
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
  approve quote ID | revise quote ID     затвердження керівником; нова версія як чернетка
  mailing SEGMENT [--csv FILE] [--labels FILE.pdf [--sheet KEY] [--skip N]]
                  [--letters FILE.pdf [--template NAME] [--body-file FILE]] | mailing --sheets
  templates [--export]                   шаблони документів і їхня папка
  materials [WORDS…] [--tag TAG] [--json] бібліотека матеріалів для продажів
  material add FILE… [--tags TEXT] | material tag ID --tags TEXT | material rm ID
  material replace ID FILE | material get ID --out FILE
  material attach ID --deal ID [--quote ID]   копія в угоді (і в її пропозиції)
  quote-series [SERIES | --clear]        номери пропозицій цього комп&apos;ютера: Q-2026-SERIES-0001

ENTITY: %1
База даних за замовчуванням: %2 (або $TANDEM_DB).
</translation>
    </message>
    <message>
        <source>usage: targets [--month YYYY-MM | --quarter YYYY-Qn] [--team NAME|ID | --user NAME|ID] [--currency CODE] [--json]</source>
        <translation>використання: targets [--month YYYY-MM | --quarter YYYY-Qn] [--team NAME|ID | --user NAME|ID] [--currency CODE] [--json]</translation>
    </message>
    <message>
        <source>give --month or --quarter, not both</source>
        <translation>вкажіть --month або --quarter, але не обидва</translation>
    </message>
    <message>
        <source>--month expects a month as YYYY-MM (2026-03), not &apos;%1&apos;</source>
        <translation>для --month потрібен місяць у форматі YYYY-MM (2026-03), а не &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--quarter expects a quarter as YYYY-Qn (2026-Q1), not &apos;%1&apos;</source>
        <translation>для --quarter потрібен квартал у форматі YYYY-Qn (2026-Q1), а не &apos;%1&apos;</translation>
    </message>
    <message>
        <source>usage: territory reassign NAME|ID --to USER</source>
        <translation>використання: territory reassign NAME|ID --to USER</translation>
    </message>
    <message>
        <source>Territory “%1” now belongs to %2; moved to them: %3.</source>
        <translation>Територію «%1» передано, новий відповідальний — %2; разом із нею передано: %3.</translation>
    </message>
    <message>
        <source>usage: territories [--json]</source>
        <translation>використання: territories [--json]</translation>
    </message>
    <message>
        <source>usage: territory assign | territory reassign NAME|ID --to USER</source>
        <translation>використання: territory assign | territory reassign NAME|ID --to USER</translation>
    </message>
    <message>
        <source>Companies given a territory by its rules: %1</source>
        <translation>Компаній, яким призначено територію за правилами: %1</translation>
    </message>
    <message>
        <source>usage: experts WORDS… [--json]</source>
        <translation>використання: experts WORDS… [--json]</translation>
    </message>
    <message>
        <source>nobody lists that among their skills; skills are on each user (tandem-cli set user ID skills=…)</source>
        <translation>ні в кого серед навичок цього не вказано; навички вказують для кожного користувача (tandem-cli set user ID skills=…)</translation>
    </message>
</context>
<context>
    <name>Competitors</name>
    <message>
        <source>There is no competitor with id %1</source>
        <translation>Конкурента з ідентифікатором %1 не знайдено</translation>
    </message>
    <message>
        <source>There is no deal with id %1</source>
        <translation>Угоду з ідентифікатором %1 не знайдено</translation>
    </message>
    <message>
        <source>“%1” is not lost: a competitor is named on a deal lost to it</source>
        <translation>Угоду «%1» не програно: конкурента вказують лише для угоди, програної йому</translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>there is no user &apos;%1&apos;</source>
        <translation>користувача &apos;%1&apos; не знайдено</translation>
    </message>
    <message>
        <source>an import cannot set this field</source>
        <translation>це поле не можна заповнити під час імпорту</translation>
    </message>
    <message>
        <source>a contact needs a name or an e-mail address</source>
        <translation>для контакту потрібне ім&apos;я або адреса електронної пошти</translation>
    </message>
    <message>
        <source>there is no contact with id %1</source>
        <translation>контакт з ідентифікатором %1 не знайдено</translation>
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
        <translation>Литва</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Латвія</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Естонія</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Польща</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Україна</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Румунія</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Молдова</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Німеччина</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Велика Британія</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Ірландія</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Франція</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Нідерланди</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Швеція</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Фінляндія</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Чехія</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Словаччина</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Угорщина</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Болгарія</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Сполучені Штати Америки</translation>
    </message>
</context>
<context>
    <name>CsvContacts</name>
    <message>
        <source>the row has neither a name nor an e-mail address</source>
        <translation>у рядку немає ні імені, ні адреси електронної пошти</translation>
    </message>
</context>
<context>
    <name>CsvMapping</name>
    <message>
        <source>E-mail %1</source>
        <translation>Ел. пошта %1</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Телефон %1</translation>
    </message>
    <message>
        <source>Website %1</source>
        <translation>Вебсайт %1</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>Адреса %1</translation>
    </message>
    <message>
        <source>type</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значення</translation>
    </message>
    <message>
        <source>street</source>
        <translation>вулиця</translation>
    </message>
    <message>
        <source>city</source>
        <translation>місто</translation>
    </message>
    <message>
        <source>region</source>
        <translation>регіон</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>поштовий індекс</translation>
    </message>
    <message>
        <source>country</source>
        <translation>країна</translation>
    </message>
    <message>
        <source>PO box</source>
        <translation>абонентська скринька</translation>
    </message>
    <message>
        <source>extended address</source>
        <translation>додаткова адреса</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>cannot open the mapping file: %1</source>
        <translation>не вдалося відкрити файл зіставлення: %1</translation>
    </message>
    <message>
        <source>not a mapping file (JSON object): %1</source>
        <translation>це не файл зіставлення (об&apos;єкт JSON): %1</translation>
    </message>
    <message>
        <source>the delimiter must be one character, not “%1”</source>
        <translation>роздільник має бути одним символом, а не «%1»</translation>
    </message>
    <message>
        <source>“columns” must map column headers to fields</source>
        <translation>«columns» має зіставляти заголовки стовпців із полями</translation>
    </message>
    <message>
        <source>the column must map to a field name</source>
        <translation>стовпець має бути зіставлений з назвою поля</translation>
    </message>
    <message>
        <source>cannot write the mapping file: %1</source>
        <translation>не вдалося записати файл зіставлення: %1</translation>
    </message>
    <message>
        <source>“%1” is not a field a %2 column can be imported into</source>
        <translation>«%1» не є полем, до якого можна імпортувати стовпець (тип запису %2)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is empty</source>
        <translation>файл порожній</translation>
    </message>
    <message>
        <source>a quoted field starts on line %1 and is never closed</source>
        <translation>поле в лапках починається в рядку %1 і ніде не закривається</translation>
    </message>
    <message>
        <source>the file has no header line with column names</source>
        <translation>у файлі немає рядка заголовка з назвами стовпців</translation>
    </message>
    <message>
        <source>line %1 has %2 fields, the header has %3</source>
        <translation>у рядку %1 полів: %2, а в заголовку: %3</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>не вдалося відкрити файл: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no Tandem database at %1.</source>
        <translation>За шляхом %1 немає бази даних Tandem.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Tandem database.</source>
        <translation>%1 — це папка, а не база даних Tandem.</translation>
    </message>
    <message>
        <source>%1 is not a Tandem database (it is not an SQLite file, or it is damaged).</source>
        <translation>%1 не є базою даних Tandem (це не файл SQLite або його пошкоджено).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папки %1 не існує.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не вдалося відкрити %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read: %2</source>
        <translation>Файл %1 пошкоджено, його не вдається прочитати: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read.</source>
        <translation>Файл %1 пошкоджено, його не вдається прочитати.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Tandem database.</source>
        <translation>%1 — це база даних SQLite іншої програми, а не база даних Tandem.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Tandem (database version %2; this version reads up to %3). Update Tandem to open it; the file was left untouched.</source>
        <translation>Файл %1 створено новішою версією Tandem (версія бази даних %2; ця версія програми читає версії до %3). Оновіть Tandem, щоб відкрити його; файл не змінено.</translation>
    </message>
    <message>
        <source>Cannot write to %1: the file or its folder is read-only.</source>
        <translation>Не вдалося записати в %1: файл або його папка доступні лише для читання.</translation>
    </message>
    <message>
        <source>No backup could be written before updating %1, so it was not updated: %2</source>
        <translation>Перед оновленням %1 не вдалося створити резервну копію, тому базу даних не оновлено: %2</translation>
    </message>
    <message>
        <source>Updating the database to version %1 failed: %2</source>
        <translation>Не вдалося оновити базу даних до версії %1: %2</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Не вдалося зберегти зміну.</translation>
    </message>
    <message>
        <source>Nothing was saved because part of the change failed.</source>
        <translation>Нічого не збережено, бо частину зміни не вдалося виконати.</translation>
    </message>
    <message>
        <source>The database could not be read: %1</source>
        <translation>Не вдалося прочитати базу даних: %1</translation>
    </message>
    <message>
        <source>The disk is full, so the change could not be saved and nothing was changed. Free some space and try again.</source>
        <translation>На диску немає вільного місця, тому зміну не збережено й нічого не змінено. Звільніть місце та спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The database file or its folder is read-only, so nothing was changed. Check the file&apos;s permissions, or whether the disk is mounted read-only.</source>
        <translation>Файл бази даних або його папка доступні лише для читання, тому нічого не змінено. Перевірте права доступу до файлу, а також чи не змонтовано диск лише для читання.</translation>
    </message>
    <message>
        <source>The disk could not be written or read (%1), so nothing was changed. If the database is on a USB stick or a network drive, check that it is still there.</source>
        <translation>Не вдалося записати дані на диск або прочитати їх (%1), тому нічого не змінено. Якщо база даних розташована на USB-накопичувачі чи мережевому диску, перевірте, чи він досі підключений.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Restore a backup: File › Restore from backup…</source>
        <translation>Файл бази даних пошкоджено (%1). Відновіть дані з резервної копії: Файл › Відновити з резервної копії…</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Try again in a moment.</source>
        <translation>База даних зайнята: інша програма записує в неї дані. Спробуйте ще раз за мить.</translation>
    </message>
</context>
<context>
    <name>DealCommands</name>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n угода</numerusform>
            <numerusform>%n угоди</numerusform>
            <numerusform>%n угод</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>переміщення на етап «%2»: %1</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Не переміщено</translation>
    </message>
    <message>
        <source>Mark %1 won</source>
        <translation>фіксацію виграшу: %1</translation>
    </message>
    <message>
        <source>Not marked won</source>
        <translation>Виграш не зафіксовано</translation>
    </message>
    <message>
        <source>Mark %1 lost</source>
        <translation>фіксацію програшу: %1</translation>
    </message>
    <message>
        <source>Not marked lost</source>
        <translation>Програш не зафіксовано</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>повернення в роботу: %1</translation>
    </message>
    <message>
        <source>Not reopened</source>
        <translation>Не повернуто в роботу</translation>
    </message>
</context>
<context>
    <name>DealFlow</name>
    <message>
        <source>There is no deal with id %1</source>
        <translation>Угоду з ідентифікатором %1 не знайдено</translation>
    </message>
    <message>
        <source>“%1” is won; reopen it first to change its course</source>
        <translation>Угоду «%1» виграно; щоб змінити її перебіг, спершу поверніть її в роботу</translation>
    </message>
    <message>
        <source>“%1” is lost; reopen it first to change its course</source>
        <translation>Угоду «%1» програно; щоб змінити її перебіг, спершу поверніть її в роботу</translation>
    </message>
    <message>
        <source>There is no stage with id %1</source>
        <translation>Етап з ідентифікатором %1 не знайдено</translation>
    </message>
    <message>
        <source>“%1” is not finished yet; still to do: %2</source>
        <translation>Етап «%1» ще не завершено; залишилося виконати: %2</translation>
    </message>
    <message>
        <source>Stage “%1” is not a stage of the deal&apos;s pipeline</source>
        <translation>Етап «%1» не належить до воронки продажів цієї угоди</translation>
    </message>
    <message>
        <source>There is no default pipeline to put the deal on; set one up first</source>
        <translation>Немає воронки продажів за замовчуванням, до якої можна додати угоду; спершу налаштуйте її</translation>
    </message>
    <message>
        <source>Pipeline “%1” has no open stage to start a deal in</source>
        <translation>У воронці «%1» немає етапу типу «У роботі», з якого могла б початися угода</translation>
    </message>
    <message>
        <source>Losing a deal needs a reason: mark “%1” lost instead of moving it to “%2”</source>
        <translation>Для програшу угоди потрібна причина: зафіксуйте програш угоди «%1», а не переміщуйте її на етап «%2»</translation>
    </message>
    <message>
        <source>Say why the deal was lost</source>
        <translation>Вкажіть, чому угоду програно</translation>
    </message>
    <message>
        <source>There is no competitor with id %1</source>
        <translation>Конкурента з ідентифікатором %1 не знайдено</translation>
    </message>
    <message>
        <source>“%1” is open already</source>
        <translation>Угода «%1» уже в роботі</translation>
    </message>
    <message>
        <source>There is no deal with id %1.</source>
        <translation>Угоду з ідентифікатором %1 не знайдено.</translation>
    </message>
    <message>
        <source>A deal is always in a stage: give the stage to move it to.</source>
        <translation>Угода завжди перебуває на певному етапі: вкажіть етап, на який її потрібно перемістити.</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2.</source>
        <translation>«%1» не належить до допустимих значень: %2.</translation>
    </message>
    <message>
        <source>Say why the deal was lost: a lost deal needs a reason.</source>
        <translation>Вкажіть, чому угоду програно: для програної угоди потрібна причина.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Demo data needs at least one contact.</source>
        <translation>Для демоданих потрібен щонайменше один контакт.</translation>
    </message>
    <message>
        <source>Set up the database (company and first user) before adding demo data.</source>
        <translation>Перш ніж додавати демодані, налаштуйте базу даних (компанію та першого користувача).</translation>
    </message>
    <message numerus="yes">
        <source>This database already holds %n contact(s); demo data only goes into a new, empty database.</source>
        <translation>
            <numerusform>Ця база даних уже містить %n контакт; демодані можна додати лише до нової, порожньої бази даних.</numerusform>
            <numerusform>Ця база даних уже містить %n контакти; демодані можна додати лише до нової, порожньої бази даних.</numerusform>
            <numerusform>Ця база даних уже містить %n контактів; демодані можна додати лише до нової, порожньої бази даних.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data needs a default pipeline with open, won and lost stages.</source>
        <translation>Для демоданих потрібна воронка продажів за замовчуванням з етапами типів «У роботі», «Виграно» і «Програно».</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Рішення не ухвалено</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>Виробництво</translation>
    </message>
    <message>
        <source>Wholesale</source>
        <translation>Оптова торгівля</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Роздрібна торгівля</translation>
    </message>
    <message>
        <source>Transport and logistics</source>
        <translation>Транспорт і логістика</translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation>Харчові продукти й напої</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Будівництво</translation>
    </message>
    <message>
        <source>Pharmaceuticals</source>
        <translation>Фармацевтика</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>Автомобільна галузь</translation>
    </message>
    <message>
        <source>E-commerce</source>
        <translation>Електронна комерція</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Сільське господарство</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>Меблі</translation>
    </message>
    <message>
        <source>Chemicals</source>
        <translation>Хімічна промисловість</translation>
    </message>
    <message>
        <source>Small business</source>
        <translation>Малий бізнес</translation>
    </message>
    <message>
        <source>Mid-market</source>
        <translation>Середній бізнес</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Великий бізнес</translation>
    </message>
    <message>
        <source>racking projects</source>
        <translation>стелажні проєкти</translation>
    </message>
    <message>
        <source>forklifts</source>
        <translation>навантажувачі</translation>
    </message>
    <message>
        <source>warehouse software</source>
        <translation>складське ПЗ</translation>
    </message>
    <message>
        <source>service contracts</source>
        <translation>сервісні договори</translation>
    </message>
    <message>
        <source>public tenders</source>
        <translation>державні закупівлі</translation>
    </message>
    <message>
        <source>key accounts</source>
        <translation>ключові клієнти</translation>
    </message>
    <message>
        <source>Warehouse racking</source>
        <translation>Складські стелажі</translation>
    </message>
    <message>
        <source>Forklift fleet rental</source>
        <translation>Оренда парку навантажувачів</translation>
    </message>
    <message>
        <source>Warehouse software roll-out</source>
        <translation>Впровадження складського ПЗ</translation>
    </message>
    <message>
        <source>Barcode scanners</source>
        <translation>Сканери штрихкодів</translation>
    </message>
    <message>
        <source>Maintenance contract renewal</source>
        <translation>Продовження договору на обслуговування</translation>
    </message>
    <message>
        <source>New warehouse fit-out</source>
        <translation>Облаштування нового складу</translation>
    </message>
    <message>
        <source>Packaging line</source>
        <translation>Пакувальна лінія</translation>
    </message>
    <message>
        <source>Safety training</source>
        <translation>Навчання з охорони праці</translation>
    </message>
    <message>
        <source>Label printers</source>
        <translation>Принтери етикеток</translation>
    </message>
    <message>
        <source>Spare parts</source>
        <translation>Запчастини</translation>
    </message>
    <message>
        <source>Pallet racking bay</source>
        <translation>Секція палетного стелажа</translation>
    </message>
    <message>
        <source>pc</source>
        <translation>шт.</translation>
    </message>
    <message>
        <source>Racking</source>
        <translation>Стелажі</translation>
    </message>
    <message>
        <source>Light-duty shelving unit</source>
        <translation>Полицевий стелаж для легких вантажів</translation>
    </message>
    <message>
        <source>Electric pallet truck</source>
        <translation>Електричний палетний візок</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Обладнання</translation>
    </message>
    <message>
        <source>Forklift rental</source>
        <translation>Оренда навантажувача</translation>
    </message>
    <message>
        <source>month</source>
        <translation>місяць</translation>
    </message>
    <message>
        <source>Rental</source>
        <translation>Оренда</translation>
    </message>
    <message>
        <source>Handheld barcode scanner</source>
        <translation>Ручний сканер штрихкодів</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>Принтер етикеток</translation>
    </message>
    <message>
        <source>Warehouse software licence</source>
        <translation>Ліцензія на складське ПЗ</translation>
    </message>
    <message>
        <source>user/year</source>
        <translation>користувач/рік</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Програмне забезпечення</translation>
    </message>
    <message>
        <source>Warehouse software implementation</source>
        <translation>Послуги з впровадження складського ПЗ</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>година</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Послуги</translation>
    </message>
    <message>
        <source>Maintenance contract</source>
        <translation>Договір на обслуговування</translation>
    </message>
    <message>
        <source>year</source>
        <translation>рік</translation>
    </message>
    <message>
        <source>Forklift safety training</source>
        <translation>Навчання з безпечної роботи на навантажувачі</translation>
    </message>
    <message>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <source>Stretch wrapping machine</source>
        <translation>Машина для обмотування стрейч-плівкою</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Монтаж</translation>
    </message>
    <message>
        <source>Warehouse efficiency webinar</source>
        <translation>Вебінар «Ефективний склад»</translation>
    </message>
    <message>
        <source>Logistics trade fair stand</source>
        <translation>Стенд на логістичній виставці</translation>
    </message>
    <message>
        <source>Spring forklift rental offer</source>
        <translation>Весняна пропозиція з оренди навантажувачів</translation>
    </message>
    <message>
        <source>Safety training roadshow</source>
        <translation>Виїзні семінари з охорони праці</translation>
    </message>
    <message>
        <source>Online ads: warehouse software</source>
        <translation>Онлайн-реклама: складське ПЗ</translation>
    </message>
    <message>
        <source>Partner referral programme</source>
        <translation>Партнерська програма рекомендацій</translation>
    </message>
    <message>
        <source>Autumn trade fair</source>
        <translation>Осіння виставка</translation>
    </message>
    <message>
        <source>Large rental fleet, fast delivery.</source>
        <translation>Великий парк техніки для оренди, швидка доставка.</translation>
    </message>
    <message>
        <source>Slow service outside the capital.</source>
        <translation>Повільний сервіс за межами столиці.</translation>
    </message>
    <message>
        <source>Low prices on standard racking.</source>
        <translation>Низькі ціни на стандартні стелажі.</translation>
    </message>
    <message>
        <source>No installation team of their own.</source>
        <translation>Немає власної монтажної бригади.</translation>
    </message>
    <message>
        <source>Strong in Poland, good references.</source>
        <translation>Сильні позиції в Польщі, хороші рекомендації.</translation>
    </message>
    <message>
        <source>Long lead times.</source>
        <translation>Довгі терміни поставки.</translation>
    </message>
    <message>
        <source>Local warehouse software, cheap licences.</source>
        <translation>Місцеве складське ПЗ, дешеві ліцензії.</translation>
    </message>
    <message>
        <source>Limited integrations.</source>
        <translation>Обмежені інтеграції.</translation>
    </message>
    <message>
        <source>Well-known brand, complete projects.</source>
        <translation>Відомий бренд, проєкти під ключ.</translation>
    </message>
    <message>
        <source>Expensive; little room to negotiate.</source>
        <translation>Дорого; мало простору для торгу.</translation>
    </message>
    <message>
        <source>Dense service network in Romania.</source>
        <translation>Густа сервісна мережа в Румунії.</translation>
    </message>
    <message>
        <source>Weak in software.</source>
        <translation>Слабкі позиції в ПЗ.</translation>
    </message>
    <message>
        <source>Modern cloud software.</source>
        <translation>Сучасне хмарне ПЗ.</translation>
    </message>
    <message>
        <source>No hardware, needs partners.</source>
        <translation>Немає власного обладнання, потрібні партнери.</translation>
    </message>
    <message>
        <source>Flexible short-term rental.</source>
        <translation>Гнучка короткострокова оренда.</translation>
    </message>
    <message>
        <source>Old equipment.</source>
        <translation>Застаріле обладнання.</translation>
    </message>
    <message>
        <source>Team North</source>
        <translation>Команда «Північ»</translation>
    </message>
    <message>
        <source>Team South-East</source>
        <translation>Команда «Південний схід»</translation>
    </message>
    <message>
        <source>Team Baltic and Export</source>
        <translation>Команда «Балтія та експорт»</translation>
    </message>
    <message>
        <source>Team Poland</source>
        <translation>Команда «Польща»</translation>
    </message>
    <message>
        <source>Team Ukraine</source>
        <translation>Команда «Україна»</translation>
    </message>
    <message>
        <source>Team Romania and Moldova</source>
        <translation>Команда «Румунія та Молдова»</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Литва</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Польща</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Україна</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Румунія</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Молдова</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Велика Британія</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Ірландія</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Литовська</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Польська</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Українська</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Румунська</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Російська</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Англійська</translation>
    </message>
    <message>
        <source>Weekly sales meeting</source>
        <translation>Щотижнева нарада відділу продажів</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Переговорна кімната</translation>
    </message>
    <message>
        <source>One-to-one: pipeline and coaching</source>
        <translation>Зустріч віч-на-віч: воронка продажів і коучинг</translation>
    </message>
    <message>
        <source>Sales management meeting</source>
        <translation>Нарада керівників відділу продажів</translation>
    </message>
    <message>
        <source>Pipeline review</source>
        <translation>Огляд воронки продажів</translation>
    </message>
    <message>
        <source>Doctor&apos;s appointment</source>
        <translation>Візит до лікаря</translation>
    </message>
</context>
<context>
    <name>DocumentTemplates</name>
    <message>
        <source>Offer</source>
        <translation>Комерційна пропозиція</translation>
    </message>
    <message>
        <source>Order confirmation</source>
        <translation>Підтвердження замовлення</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договір</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>There is no document template &quot;%1&quot;: neither %1.%2.html nor %1.html in %3, and none is shipped with Tandem.</source>
        <translation>Шаблону документа «%1» не знайдено: у папці %3 немає ні %1.%2.html, ні %1.html, а в комплекті Tandem такого шаблону немає.</translation>
    </message>
    <message>
        <source>cannot write the document template: %1</source>
        <translation>не вдалося записати шаблон документа: %1</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>не вдалося створити папку</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>cannot write the document: %1</source>
        <translation>не вдалося записати документ: %1</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>папки %1 не існує</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>папка недоступна для запису</translation>
    </message>
    <message>
        <source>The document has no pages.</source>
        <translation>Документ не містить жодної сторінки.</translation>
    </message>
    <message>
        <source>There is no document with id %1.</source>
        <translation>Документ з ідентифікатором %1 не знайдено.</translation>
    </message>
    <message>
        <source>Sent “%1” to %2</source>
        <translation>Надіслано «%1» на адресу %2</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Контакт з ідентифікатором %1 не знайдено.</translation>
    </message>
    <message>
        <source>The logo is not an image.</source>
        <translation>Логотип не є зображенням.</translation>
    </message>
</context>
<context>
    <name>DormantRules</name>
    <message>
        <source>No purchase in 6 months</source>
        <translation>Немає покупок 6 місяців</translation>
    </message>
    <message>
        <source>Offer something new to {company}</source>
        <translation>Запропонувати новинки компанії {company}</translation>
    </message>
    <message>
        <source>No contact in 90 days</source>
        <translation>Немає контакту 90 днів</translation>
    </message>
    <message>
        <source>Get back in touch with {company}</source>
        <translation>Відновити контакт із компанією {company}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ніколи</translation>
    </message>
    <message>
        <source>Dear {contact},

we last spoke on {last_contact}, and I would like to hear how things are going at {company}. May I call you one of these days, or would you like to meet?

Kind regards,
{owner}</source>
        <translation>Добрий день, {contact}!

Востаннє ми спілкувалися {last_contact}, і мені хотілося б дізнатися, як справи в компанії {company}. Можна я зателефоную вам найближчими днями, чи, може, зустрінемося?

З повагою,
{owner}</translation>
    </message>
    <message>
        <source>Dear {contact},

thank you for your order of {last_purchase}. Since then we have added products and services that may be of use to {company}, and I would be glad to show them to you.

Kind regards,
{owner}</source>
        <translation>Добрий день, {contact}!

Дякуємо за ваше замовлення від {last_purchase}. Відтоді ми додали нові продукти й послуги, які можуть стати в пригоді компанії {company}, і я з радістю вам їх покажу.

З повагою,
{owner}</translation>
    </message>
    <message>
        <source>The dormant-customer rule no longer exists.</source>
        <translation>Цього правила для неактивних клієнтів більше не існує.</translation>
    </message>
    <message>
        <source>“%1” is no longer waiting for a follow-up by this rule.</source>
        <translation>Клієнт «%1» за цим правилом більше не очікує повторного контакту.</translation>
    </message>
    <message>
        <source>Follow up with {company}</source>
        <translation>Зв&apos;язатися з компанією {company}</translation>
    </message>
    <message>
        <source>No follow-up tasks were created: the task for “%1” was refused (%2).</source>
        <translation>Завдання для повторного контакту не створено: завдання для «%1» відхилено (%2).</translation>
    </message>
    <message>
        <source>“%1” has an open complaint: resolve it before sending a sales letter.</source>
        <translation>Клієнт «%1» має невирішену скаргу: вирішіть її, перш ніж надсилати лист із пропозицією.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same registration code</source>
        <translation>однаковий реєстраційний код</translation>
    </message>
    <message>
        <source>same VAT code</source>
        <translation>однаковий номер платника ПДВ</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>однакова ел. пошта</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>однаковий телефон</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>однакове ім&apos;я або назва</translation>
    </message>
    <message>
        <source>similar name at the same company</source>
        <translation>схоже ім&apos;я в тій самій компанії</translation>
    </message>
    <message>
        <source>same website</source>
        <translation>однаковий вебсайт</translation>
    </message>
    <message>
        <source>duplicates are looked for among contacts and companies, not &apos;%1&apos;</source>
        <translation>дублікати шукають лише серед контактів і компаній, а не серед &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a record cannot be a duplicate of itself</source>
        <translation>запис не може бути дублікатом самого себе</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>запис %1 з ідентифікатором %2 не знайдено</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>Setting</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Користувач</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Користувачі</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Команди</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Територія</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Території</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компанії</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Contact detail</source>
        <translation>Спосіб зв&apos;язку</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Способи зв&apos;язку</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation>Призначення тегу</translation>
    </message>
    <message>
        <source>Taggings</source>
        <translation>Призначення тегів</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Сегменти</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лід</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Ліди</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка продажів</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Воронки продажів</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Етапи</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Угода</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Угоди</translation>
    </message>
    <message>
        <source>Playbook action</source>
        <translation>Дія сценарію</translation>
    </message>
    <message>
        <source>Playbook actions</source>
        <translation>Дії сценарію</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Причина програшу</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>Причини програшу</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Конкуренти</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>План продажів</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Плани продажів</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампанія</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Кампанії</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Активність</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Активності</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Учасник</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Продукти</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Прайс-лист</translation>
    </message>
    <message>
        <source>Price lists</source>
        <translation>Прайс-листи</translation>
    </message>
    <message>
        <source>Price list item</source>
        <translation>Позиція прайс-листа</translation>
    </message>
    <message>
        <source>Price list items</source>
        <translation>Позиції прайс-листа</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Комерційна пропозиція</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Комерційні пропозиції</translation>
    </message>
    <message>
        <source>Quote line</source>
        <translation>Позиція пропозиції</translation>
    </message>
    <message>
        <source>Quote lines</source>
        <translation>Позиції пропозиції</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Звернення</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Звернення</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Не дублікат</translation>
    </message>
    <message>
        <source>Not duplicates</source>
        <translation>Не дублікати</translation>
    </message>
    <message>
        <source>Routing rule</source>
        <translation>Правило розподілу</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>Правила розподілу</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Сповіщення</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Сповіщення</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Нагадування</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Нагадування</translation>
    </message>
    <message>
        <source>Dormant-customer rule</source>
        <translation>Правило для неактивних клієнтів</translation>
    </message>
    <message>
        <source>Dormant-customer rules</source>
        <translation>Правила для неактивних клієнтів</translation>
    </message>
    <message>
        <source>Case deadline rule</source>
        <translation>Правило термінів для звернень</translation>
    </message>
    <message>
        <source>Case deadline rules</source>
        <translation>Правила термінів для звернень</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Вихідний день</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Вихідні дні</translation>
    </message>
</context>
<context>
    <name>Escalations</name>
    <message>
        <source>no owner</source>
        <translation>без відповідального</translation>
    </message>
    <message>
        <source>“%1” on deal “%2” (%3) is past its deadline and not done.</source>
        <translation>Термін завдання «%1» за угодою «%2» (%3) минув, а його не виконано.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” on deal “%2” (%3) is not done %n day(s) after the deal entered “%4”.</source>
        <translation>
            <numerusform>Завдання «%1» за угодою «%2» (%3) не виконано через %n день після переходу угоди на етап «%4».</numerusform>
            <numerusform>Завдання «%1» за угодою «%2» (%3) не виконано через %n дні після переходу угоди на етап «%4».</numerusform>
            <numerusform>Завдання «%1» за угодою «%2» (%3) не виконано через %n днів після переходу угоди на етап «%4».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deal “%1” (%2) has been in “%3” for more than %n day(s).</source>
        <translation>
            <numerusform>Угода «%1» (%2) перебуває на етапі «%3» понад %n день.</numerusform>
            <numerusform>Угода «%1» (%2) перебуває на етапі «%3» понад %n дні.</numerusform>
            <numerusform>Угода «%1» (%2) перебуває на етапі «%3» понад %n днів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has answered the case “%1” of %2 (%3) by its deadline.</source>
        <translation>Ніхто не відповів вчасно на звернення «%1» компанії %2 (%3).</translation>
    </message>
    <message>
        <source>The case “%1” of %2 (%3) is past its resolution deadline.</source>
        <translation>Термін вирішення звернення «%1» компанії %2 (%3) минув.</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>без клієнта</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Керівник</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Навички</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активний</translation>
    </message>
    <message>
        <source>Calendar visibility</source>
        <translation>Видимість календаря</translation>
    </message>
    <message>
        <source>Parent team</source>
        <translation>Батьківська команда</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регіон</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <source>Postcode from</source>
        <translation>Індекс від</translation>
    </message>
    <message>
        <source>Postcode to</source>
        <translation>Індекс до</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Галузь</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Юридична назва</translation>
    </message>
    <message>
        <source>Registration code</source>
        <translation>Реєстраційний код</translation>
    </message>
    <message>
        <source>VAT code</source>
        <translation>Номер платника ПДВ</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Поштовий індекс</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Вулиця</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Вебсайт</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Loyalty tier</source>
        <translation>Рівень лояльності</translation>
    </message>
    <message>
        <source>ABC class</source>
        <translation>Клас ABC</translation>
    </message>
    <message>
        <source>Parent company</source>
        <translation>Материнська компанія</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Територія</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>Дата продовження</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Відділ</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Ухвалює рішення</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Безпосередній керівник</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобільний</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День народження</translation>
    </message>
    <message>
        <source>E-mail consent</source>
        <translation>Згода на листи</translation>
    </message>
    <message>
        <source>Phone consent</source>
        <translation>Згода на дзвінки</translation>
    </message>
    <message>
        <source>Postal consent</source>
        <translation>Згода на поштові відправлення</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Наступний контакт</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Позначка</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Основний</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Колір</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Тип запису</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фільтр</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Назва компанії</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампанія</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Причина програшу</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Потреби</translation>
    </message>
    <message>
        <source>Qualification answers</source>
        <translation>Відповіді для кваліфікації</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Угода</translation>
    </message>
    <message>
        <source>Converted at</source>
        <translation>Дата конвертації</translation>
    </message>
    <message>
        <source>First contact due</source>
        <translation>Перший контакт до</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>За замовчуванням</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>Імовірність, %</translation>
    </message>
    <message>
        <source>Stalled after days</source>
        <translation>Застій після (днів)</translation>
    </message>
    <message>
        <source>Requires checklist</source>
        <translation>Потрібен чек-лист</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Очікуване закриття</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <source>Won at</source>
        <translation>Дата виграшу</translation>
    </message>
    <message>
        <source>Lost at</source>
        <translation>Дата програшу</translation>
    </message>
    <message>
        <source>In stage since</source>
        <translation>На етапі з</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лід</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Наступний крок</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Інструкції</translation>
    </message>
    <message>
        <source>Deadline (days)</source>
        <translation>Термін (днів)</translation>
    </message>
    <message>
        <source>Hard deadline</source>
        <translation>Жорсткий термін</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Виконавець</translation>
    </message>
    <message>
        <source>Document template</source>
        <translation>Шаблон документа</translation>
    </message>
    <message>
        <source>Escalate after days</source>
        <translation>Ескалація після (днів)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обов&apos;язкова</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Умова</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Застосовується до</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Сильні сторони</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Слабкі сторони</translation>
    </message>
    <message>
        <source>Price points</source>
        <translation>Цінові орієнтири</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Користувач</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Початок періоду</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Виручка</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>Нові угоди</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Активності</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Дата початку</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Дата завершення</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Витрати</translation>
    </message>
    <message>
        <source>Goal: leads</source>
        <translation>Ціль: ліди</translation>
    </message>
    <message>
        <source>Goal: revenue</source>
        <translation>Ціль: виручка</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Завершення</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Увесь день</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Дата виконання</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Звернення</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Повторення</translation>
    </message>
    <message>
        <source>Reminder (minutes before)</source>
        <translation>Нагадування (хв до початку)</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Видимість</translation>
    </message>
    <message>
        <source>Playbook action</source>
        <translation>Дія сценарію</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Активність</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Відповідь</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Одиниця виміру</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>ПДВ, %</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Діє з</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Діє до</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Прайс-лист</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Дійсна до</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Знижка, %</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Дата надсилання</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Затвердив</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Комерційна пропозиція</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Ціна за одиницю</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <source>Respond by</source>
        <translation>Відповісти до</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>Вирішити до</translation>
    </message>
    <message>
        <source>Responded at</source>
        <translation>Дата відповіді</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>Дата вирішення</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>Задоволеність (1-5)</translation>
    </message>
    <message>
        <source>Satisfaction comment</source>
        <translation>Коментар до оцінки</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Тип файлу</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Контрольна сума</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Вміст</translation>
    </message>
    <message>
        <source>Linked record type</source>
        <translation>Тип пов&apos;язаного запису</translation>
    </message>
    <message>
        <source>Linked record</source>
        <translation>Пов&apos;язаний запис</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Надіслав</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Одержувач</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Повне ім&apos;я</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Об&apos;єднано в</translation>
    </message>
    <message>
        <source>First record</source>
        <translation>Перший запис</translation>
    </message>
    <message>
        <source>Second record</source>
        <translation>Другий запис</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Name prefix</source>
        <translation>Префікс імені</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Суфікс імені</translation>
    </message>
    <message>
        <source>Work e-mail</source>
        <translation>Робоча ел. пошта</translation>
    </message>
    <message>
        <source>Home e-mail</source>
        <translation>Домашня ел. пошта</translation>
    </message>
    <message>
        <source>Other e-mail</source>
        <translation>Інша ел. пошта</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Робочий телефон</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Домашній телефон</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Інший телефон</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <source>Home fax</source>
        <translation>Домашній факс</translation>
    </message>
    <message>
        <source>Home street</source>
        <translation>Домашня адреса: вулиця</translation>
    </message>
    <message>
        <source>Home city</source>
        <translation>Домашня адреса: місто</translation>
    </message>
    <message>
        <source>Home region</source>
        <translation>Домашня адреса: регіон</translation>
    </message>
    <message>
        <source>Home postcode</source>
        <translation>Домашня адреса: індекс</translation>
    </message>
    <message>
        <source>Home country</source>
        <translation>Домашня адреса: країна</translation>
    </message>
    <message>
        <source>When the source is</source>
        <translation>Якщо джерело</translation>
    </message>
    <message>
        <source>When the industry is</source>
        <translation>Якщо галузь</translation>
    </message>
    <message>
        <source>When the territory is</source>
        <translation>Якщо територія</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Кому призначати</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>Дата прочитання</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовий пояс</translation>
    </message>
    <message>
        <source>Skipped occurrences</source>
        <translation>Пропущені повторення</translation>
    </message>
    <message>
        <source>Calendar UID</source>
        <translation>UID календаря</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Повторення</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>Відкладено до</translation>
    </message>
    <message>
        <source>Dismissed at</source>
        <translation>Час відхилення</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Кількість днів</translation>
    </message>
    <message>
        <source>Task subject</source>
        <translation>Тема завдання</translation>
    </message>
    <message>
        <source>Task due in days</source>
        <translation>Термін завдання (днів)</translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation>Шаблон листа</translation>
    </message>
    <message>
        <source>Done by (person)</source>
        <translation>Виконавець (користувач)</translation>
    </message>
    <message>
        <source>Opens a case</source>
        <translation>Створює звернення</translation>
    </message>
    <message>
        <source>Respond within (working hours)</source>
        <translation>Термін відповіді (робочих годин)</translation>
    </message>
    <message>
        <source>Resolve within (working hours)</source>
        <translation>Термін вирішення (робочих годин)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
</context>
<context>
    <name>FieldDisplay</name>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message numerus="yes">
        <source>(%n bytes)</source>
        <translation>
            <numerusform>(%n байт)</numerusform>
            <numerusform>(%n байти)</numerusform>
            <numerusform>(%n байтів)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldFormat</name>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>&apos;%1&apos; не є адресою електронної пошти</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address</source>
        <translation>&apos;%1&apos; не є вебадресою</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; не є цілим числом</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not true or false</source>
        <translation>&apos;%1&apos; не є значенням true або false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number with at most %2 decimals</source>
        <translation>&apos;%1&apos; не є числом або має більше знаків після коми, ніж дозволено (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; не є датою (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (YYYY-MM-DDTHH:MM)</source>
        <translation>&apos;%1&apos; не є датою й часом (YYYY-MM-DDTHH:MM)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>&apos;%1&apos; не належить до допустимих значень: %2</translation>
    </message>
</context>
<context>
    <name>FileSystemKind</name>
    <message>
        <source>%1 is on a network share (%2). Tandem keeps its database on this computer: over a network the file&apos;s locks are not reliable, and two computers writing it at once can damage it. Copy the database to this computer and share your work through a shared sync folder instead (Settings › Shared sync folder).</source>
        <translation>%1 розташовано в мережевій папці (%2). Базу даних Tandem потрібно зберігати на цьому комп&apos;ютері: через мережу блокування файлу ненадійне, а якщо два комп&apos;ютери одночасно записуватимуть у файл, його можна пошкодити. Скопіюйте базу даних на цей комп&apos;ютер, а роботою обмінюйтеся через спільну папку синхронізації (Налаштування › Спільна папка синхронізації).</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Euro</source>
        <translation>Євро</translation>
    </message>
    <message>
        <source>Polish złoty</source>
        <translation>Польський злотий</translation>
    </message>
    <message>
        <source>Ukrainian hryvnia</source>
        <translation>Українська гривня</translation>
    </message>
    <message>
        <source>Romanian leu</source>
        <translation>Румунський лей</translation>
    </message>
    <message>
        <source>Moldovan leu</source>
        <translation>Молдовський лей</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>Долар США</translation>
    </message>
    <message>
        <source>Pound sterling</source>
        <translation>Фунт стерлінгів</translation>
    </message>
    <message>
        <source>Swiss franc</source>
        <translation>Швейцарський франк</translation>
    </message>
    <message>
        <source>Czech koruna</source>
        <translation>Чеська крона</translation>
    </message>
    <message>
        <source>Swedish krona</source>
        <translation>Шведська крона</translation>
    </message>
    <message>
        <source>Norwegian krone</source>
        <translation>Норвезька крона</translation>
    </message>
    <message>
        <source>Danish krone</source>
        <translation>Данська крона</translation>
    </message>
    <message>
        <source>Hungarian forint</source>
        <translation>Угорський форинт</translation>
    </message>
    <message>
        <source>Bulgarian lev</source>
        <translation>Болгарський лев</translation>
    </message>
</context>
<context>
    <name>Ics</name>
    <message>
        <source>“%1” is not a date (YYYYMMDD)</source>
        <translation>«%1» не є датою (YYYYMMDD)</translation>
    </message>
    <message>
        <source>“%1” is not a date and time (YYYYMMDDTHHMMSS, Z for UTC)</source>
        <translation>«%1» не є датою й часом (YYYYMMDDTHHMMSS, Z для UTC)</translation>
    </message>
    <message>
        <source>the event has no DTSTART</source>
        <translation>у події немає DTSTART</translation>
    </message>
    <message>
        <source>“%1” is not a duration (PT1H30M)</source>
        <translation>«%1» не є тривалістю (PT1H30M)</translation>
    </message>
    <message>
        <source>the end is before the start (DTSTART %1)</source>
        <translation>завершення раніше за початок (DTSTART %1)</translation>
    </message>
    <message>
        <source>a repeating item needs a DTSTART</source>
        <translation>для повторюваного елемента потрібен DTSTART</translation>
    </message>
    <message>
        <source>the file is empty: there is no calendar in it</source>
        <translation>файл порожній: у ньому немає календаря</translation>
    </message>
    <message>
        <source>this is not an iCalendar file: it starts with “%1”, not BEGIN:VCALENDAR</source>
        <translation>це не файл iCalendar: він починається з «%1», а не з BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>BEGIN:%1 outside the calendar</source>
        <translation>BEGIN:%1 поза календарем</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>не вдалося відкрити файл: %1</translation>
    </message>
    <message>
        <source>BEGIN:%1 has no END:%1 (%2 follows on line %3)</source>
        <translation>для BEGIN:%1 немає END:%1 (у рядку %3 далі йде %2)</translation>
    </message>
    <message>
        <source>END:%1 without BEGIN:%1</source>
        <translation>END:%1 без BEGIN:%1</translation>
    </message>
    <message>
        <source>END:%1 where END:%2 was expected (BEGIN:%2 on line %3)</source>
        <translation>END:%1 там, де очікувався END:%2 (BEGIN:%2 у рядку %3)</translation>
    </message>
    <message>
        <source>text outside the calendar (BEGIN:VCALENDAR … END:VCALENDAR)</source>
        <translation>текст поза календарем (BEGIN:VCALENDAR … END:VCALENDAR)</translation>
    </message>
    <message>
        <source>the file ends inside the %1 that starts on this line (no END:%1)</source>
        <translation>файл закінчується всередині %1, що починається в цьому рядку (немає END:%1)</translation>
    </message>
    <message>
        <source>the line has no “:” between the property name and its value</source>
        <translation>у рядку немає «:» між назвою властивості та її значенням</translation>
    </message>
    <message>
        <source>the line is not an iCalendar property (NAME:value expected)</source>
        <translation>рядок не є властивістю iCalendar (очікується NAME:value)</translation>
    </message>
    <message>
        <source>the parameter “%1” has no NAME=value form</source>
        <translation>параметр «%1» не має вигляду NAME=value</translation>
    </message>
    <message>
        <source>the VTIMEZONE has no TZID</source>
        <translation>у VTIMEZONE немає TZID</translation>
    </message>
    <message>
        <source>the time zone “%1” has a %2 without a valid DTSTART</source>
        <translation>у часовому поясі «%1» є %2 без правильного DTSTART</translation>
    </message>
    <message>
        <source>the time zone “%1” has a %2 without a valid TZOFFSETTO</source>
        <translation>у часовому поясі «%1» є %2 без правильного TZOFFSETTO</translation>
    </message>
    <message>
        <source>the time zone “%1” has neither STANDARD nor DAYLIGHT</source>
        <translation>у часовому поясі «%1» немає ні STANDARD, ні DAYLIGHT</translation>
    </message>
    <message>
        <source>unknown time zone “%1”, and the file has no VTIMEZONE that defines it</source>
        <translation>невідомий часовий пояс «%1», і у файлі немає VTIMEZONE, який його визначає</translation>
    </message>
    <message>
        <source>the UID “%1” is already used by the item on line %2</source>
        <translation>UID «%1» уже використовує елемент у рядку %2</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>не вдалося записати файл: %1</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>vCard files hold contacts, not %1 records</source>
        <translation>файли vCard містять контакти, а не записи типу %1</translation>
    </message>
    <message>
        <source>the file&apos;s columns changed since they were mapped; open it again</source>
        <translation>стовпці файлу змінилися після зіставлення; відкрийте файл знову</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>запис %1 з ідентифікатором %2 не знайдено</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>The database file cannot be read: it is damaged.</source>
        <translation>Не вдається прочитати файл бази даних: його пошкоджено.</translation>
    </message>
    <message>
        <source>Damaged storage: %1</source>
        <translation>Пошкоджене сховище: %1</translation>
    </message>
    <message>
        <source>A %1 record (row %2) points to a missing %3.</source>
        <translation>Запис типу %1 (рядок %2) посилається на відсутній запис типу %3.</translation>
    </message>
    <message>
        <source>The search index is incomplete (%1 of %2 records); rebuild it with &apos;tandem-cli check --repair&apos;.</source>
        <translation>Пошуковий індекс неповний (%1 з %2 записів); перебудуйте його командою &apos;tandem-cli check --repair&apos;.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>cannot write the labels: %1</source>
        <translation>не вдалося записати етикетки: %1</translation>
    </message>
    <message>
        <source>A4, 3 × 8 labels, 70 × 37 mm (Avery 3474)</source>
        <translation>A4, 3 × 8 етикеток, 70 × 37 мм (Avery 3474)</translation>
    </message>
    <message>
        <source>A4, 3 × 7 labels, 70 × 42.3 mm (Avery 3652)</source>
        <translation>A4, 3 × 7 етикеток, 70 × 42,3 мм (Avery 3652)</translation>
    </message>
    <message>
        <source>A4, 2 × 7 labels, 99.1 × 38.1 mm (Avery L7163)</source>
        <translation>A4, 2 × 7 етикеток, 99,1 × 38,1 мм (Avery L7163)</translation>
    </message>
    <message>
        <source>A4, 2 × 8 labels, 105 × 37 mm (Avery 3484)</source>
        <translation>A4, 2 × 8 етикеток, 105 × 37 мм (Avery 3484)</translation>
    </message>
    <message>
        <source>A4, 3 × 11 labels, 70 × 25.4 mm (Avery 3421)</source>
        <translation>A4, 3 × 11 етикеток, 70 × 25,4 мм (Avery 3421)</translation>
    </message>
    <message>
        <source>A4, 3 × 7 labels, 63.5 × 38.1 mm (Avery L7160)</source>
        <translation>A4, 3 × 7 етикеток, 63,5 × 38,1 мм (Avery L7160)</translation>
    </message>
    <message>
        <source>A4, 2 × 8 labels, 99.1 × 33.9 mm (Avery L7162)</source>
        <translation>A4, 2 × 8 етикеток, 99,1 × 33,9 мм (Avery L7162)</translation>
    </message>
    <message>
        <source>A4, 2 × 5 labels, 99.1 × 57 mm (Avery L7173)</source>
        <translation>A4, 2 × 5 етикеток, 99,1 × 57 мм (Avery L7173)</translation>
    </message>
    <message>
        <source>there are no addresses to print</source>
        <translation>немає адрес для друку</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>Адресні етикетки</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>папка недоступна для запису</translation>
    </message>
</context>
<context>
    <name>LeadConversion</name>
    <message>
        <source>There is no lead with id %1.</source>
        <translation>Лід з ідентифікатором %1 не знайдено.</translation>
    </message>
    <message>
        <source>“%1” was already converted to the deal “%2”.</source>
        <translation>Лід «%1» уже конвертовано в угоду «%2».</translation>
    </message>
    <message>
        <source>“%1” was lost. Reopen it before converting it.</source>
        <translation>Лід «%1» програно. Поверніть його в роботу, перш ніж конвертувати.</translation>
    </message>
    <message>
        <source>“%1” was lost (%2). Reopen it before converting it.</source>
        <translation>Лід «%1» програно (%2). Поверніть його в роботу, перш ніж конвертувати.</translation>
    </message>
    <message>
        <source>named on the lead</source>
        <translation>указано в ліді</translation>
    </message>
    <message>
        <source>where %1 works</source>
        <translation>де працює %1</translation>
    </message>
    <message>
        <source>There is no company with id %1.</source>
        <translation>Компанію з ідентифікатором %1 не знайдено.</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Контакт з ідентифікатором %1 не знайдено.</translation>
    </message>
</context>
<context>
    <name>LeadIntake</name>
    <message>
        <source>New lead assigned to you by rule “%1”: %2</source>
        <translation>Вам призначено новий лід за правилом «%1»: %2</translation>
    </message>
    <message>
        <source>New lead assigned to you: %1</source>
        <translation>Вам призначено новий лід: %1</translation>
    </message>
    <message>
        <source>%1 assigned a new lead to you: %2</source>
        <translation>%1 призначає вам новий лід: %2</translation>
    </message>
    <message>
        <source>The new lead could not be read back.</source>
        <translation>Не вдалося повторно прочитати новий лід.</translation>
    </message>
    <message>
        <source>First contact: %1</source>
        <translation>Перший контакт: %1</translation>
    </message>
    <message>
        <source>The first contact must be due within 0 to 90 days.</source>
        <translation>Термін першого контакту має бути від 0 до 90 днів.</translation>
    </message>
</context>
<context>
    <name>LeadQualification</name>
    <message>
        <source>What problem do they need solved?</source>
        <translation>Яку проблему клієнт хоче розв&apos;язати?</translation>
    </message>
    <message>
        <source>Is there a budget, and how big is it?</source>
        <translation>Чи є бюджет і який він?</translation>
    </message>
    <message>
        <source>Who makes the decision?</source>
        <translation>Хто ухвалює рішення?</translation>
    </message>
    <message>
        <source>When do they want to start?</source>
        <translation>Коли клієнт планує почати?</translation>
    </message>
    <message>
        <source>There is no lead with id %1.</source>
        <translation>Лід з ідентифікатором %1 не знайдено.</translation>
    </message>
    <message>
        <source>“%1” was lost. Reopen it before qualifying it.</source>
        <translation>Лід «%1» програно. Поверніть його в роботу, перш ніж кваліфікувати.</translation>
    </message>
    <message>
        <source>“%1” was lost (%2). Reopen it before qualifying it.</source>
        <translation>Лід «%1» програно (%2). Поверніть його в роботу, перш ніж кваліфікувати.</translation>
    </message>
    <message>
        <source>“%1” was already converted to the deal “%2”; qualify the deal instead.</source>
        <translation>Лід «%1» уже конвертовано в угоду «%2»; кваліфікуйте натомість угоду.</translation>
    </message>
    <message>
        <source>“%1” was already converted to the deal “%2”; if the sale fell through, lose the deal.</source>
        <translation>Лід «%1» уже конвертовано в угоду «%2»; якщо продаж зірвався, зафіксуйте програш угоди.</translation>
    </message>
    <message>
        <source>Say why the lead was lost.</source>
        <translation>Вкажіть, чому лід програно.</translation>
    </message>
    <message>
        <source>“%1” is not lost.</source>
        <translation>Лід «%1» не програно.</translation>
    </message>
    <message>
        <source>Convert the lead to a deal instead (Convert to deal…, or tandem-cli convert lead): that makes its company, contact and deal.</source>
        <translation>Натомість конвертуйте лід в угоду (Конвертувати в угоду… або tandem-cli convert lead): так буде створено його компанію, контакт і угоду.</translation>
    </message>
    <message>
        <source>“%1” was converted to the deal “%2” and stays converted.</source>
        <translation>Лід «%1» конвертовано в угоду «%2», і він залишається конвертованим.</translation>
    </message>
</context>
<context>
    <name>LocaleValues</name>
    <message>
        <source>&apos;%1&apos; is not a date (%2 or YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; не є датою (%2 або YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (%2)</source>
        <translation>&apos;%1&apos; не є датою й часом (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2 or %3</source>
        <translation>&apos;%1&apos; не є значенням %2 або %3</translation>
    </message>
</context>
<context>
    <name>Mailing</name>
    <message>
        <source>segment “%1” lists %2, not contacts: a mailing needs a segment of contacts</source>
        <translation>сегмент «%1» містить записи типу «%2», а не контакти: для розсилки потрібен сегмент контактів</translation>
    </message>
    <message>
        <source>there is no contact segment “%1”</source>
        <translation>сегмента контактів «%1» не існує</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Адреса, рядок 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Адреса, рядок 2</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Поштовий індекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Tandem, a desktop CRM for small sales teams.</source>
        <translation>Tandem — настільна CRM для невеликих команд продажів.</translation>
    </message>
    <message>
        <source>Open FILE instead of the default database (%1).</source>
        <translation>Відкрити ФАЙЛ замість бази даних за замовчуванням (%1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <source>Tandem cannot open the database %1.</source>
        <translation>Tandem не вдається відкрити базу даних %1.</translation>
    </message>
    <message>
        <source>A Tandem bundle (.tandem), address book (.vcf) or calendar (.ics) to bring in.</source>
        <translation>Пакет Tandem (.tandem), адресна книга (.vcf) або календар (.ics), які треба завантажити.</translation>
    </message>
    <message>
        <source>Tandem is already open on the database %1.</source>
        <translation>База даних %1 уже відкрита в Tandem.</translation>
    </message>
    <message>
        <source>It is held by %1, which does not answer. Close that Tandem window (or end that process) and start Tandem again.</source>
        <translation>Базу даних утримує %1, який не відповідає. Закрийте те вікно Tandem (або завершіть цей процес) і знову запустіть Tandem.</translation>
    </message>
    <message>
        <source>Open it anyway?</source>
        <translation>Усе одно відкрити базу даних?</translation>
    </message>
</context>
<context>
    <name>Materials</name>
    <message>
        <source>“%1” is empty; there is nothing to keep.</source>
        <translation>Файл «%1» порожній — немає чого зберігати.</translation>
    </message>
    <message>
        <source>“%1” is %2; the library takes files up to %3.</source>
        <translation>Розмір файлу «%1» — %2; бібліотека приймає файли розміром до %3.</translation>
    </message>
    <message>
        <source>There is no file with id %1 in the sales materials library.</source>
        <translation>У бібліотеці матеріалів для продажів немає файлу з ідентифікатором %1.</translation>
    </message>
    <message>
        <source>A file in the library needs a name.</source>
        <translation>Файл у бібліотеці повинен мати назву.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Не вдалося прочитати «%1»: %2</translation>
    </message>
    <message>
        <source>There is no sales material with id %1.</source>
        <translation>Матеріал для продажів з ідентифікатором %1 не знайдено.</translation>
    </message>
    <message>
        <source>There is no deal with id %1.</source>
        <translation>Угоду з ідентифікатором %1 не знайдено.</translation>
    </message>
    <message>
        <source>There is no quote with id %1.</source>
        <translation>Комерційну пропозицію з ідентифікатором %1 не знайдено.</translation>
    </message>
    <message>
        <source>Quote %1 belongs to another deal.</source>
        <translation>Комерційна пропозиція %1 належить до іншої угоди.</translation>
    </message>
</context>
<context>
    <name>MergeTemplate</name>
    <message>
        <source>%1, line %2: %3</source>
        <extracomment>%1 is the template file, %2 the line number, %3 what is wrong</extracomment>
        <translation>%1, рядок %2: %3</translation>
    </message>
    <message>
        <source>the tag %1 is never closed with %2</source>
        <extracomment>%1 is the start of the tag as written in the template, %2 is }} or }}}</extracomment>
        <translation>тег %1 ніде не закрито символами %2</translation>
    </message>
    <message>
        <source>the tag %1 has no field name</source>
        <translation>у тегу %1 не вказано назву поля</translation>
    </message>
    <message>
        <source>%1 closes a section that was never opened</source>
        <translation>%1 закриває розділ, який не було відкрито</translation>
    </message>
    <message>
        <source>%1 closes a section, but the open one is {{#%2}} (line %3)</source>
        <extracomment>%3 is the line where the section %2 was opened</extracomment>
        <translation>%1 закриває розділ, але відкритим є розділ {{#%2}} (рядок %3)</translation>
    </message>
    <message>
        <source>the section {{#%1}} is never closed</source>
        <translation>розділ {{#%1}} ніде не закрито</translation>
    </message>
</context>
<context>
    <name>OwnershipGuard</name>
    <message>
        <source>%1 owns %2, where %3 works. Agree with %1 before you contact %3.</source>
        <translation>%1 — відповідальний за компанію %2, де працює %3. Узгодьте це з користувачем %1, перш ніж зв&apos;язуватися з %3.</translation>
    </message>
    <message>
        <source>%1 owns %2. Agree with %1 before you work on it.</source>
        <translation>%1 — відповідальний за %2. Узгодьте це з користувачем %1, перш ніж працювати з цим записом.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Колега</translation>
    </message>
    <message>
        <source>%1 is working on %2, which you own.</source>
        <translation>%1 працює із записом %2, за який ви відповідаєте.</translation>
    </message>
    <message>
        <source>%1 is working with %2 at %3, which you own.</source>
        <translation>%1 працює з контактом %2 з компанії %3, за яку ви відповідаєте.</translation>
    </message>
</context>
<context>
    <name>PlaybookCondition</name>
    <message>
        <source>A condition starts with a deal field, as in: amount &gt; 10000</source>
        <translation>Умова починається з поля угоди, наприклад: amount &gt; 10000</translation>
    </message>
    <message>
        <source>A deal has no field &apos;%1&apos;</source>
        <translation>Угода не має поля &apos;%1&apos;</translation>
    </message>
    <message>
        <source>After &apos;%1&apos; comes a comparison: one of &gt; &gt;= &lt; &lt;= = !=</source>
        <translation>Після &apos;%1&apos; має йти оператор порівняння: один із &gt; &gt;= &lt; &lt;= = !=</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a comparison; use one of &gt; &gt;= &lt; &lt;= = !=</source>
        <translation>&apos;%1&apos; не є оператором порівняння; використайте один із &gt; &gt;= &lt; &lt;= = !=</translation>
    </message>
    <message>
        <source>The condition has no value after &apos;%1&apos;</source>
        <translation>В умові немає значення після &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number to compare %2 with</source>
        <translation>&apos;%1&apos; не є числом, з яким можна порівняти %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more decimals than %2 amounts have</source>
        <translation>&apos;%1&apos; має більше знаків після коми, ніж суми в %2</translation>
    </message>
</context>
<context>
    <name>Playbooks</name>
    <message>
        <source>There is no deal with id %1</source>
        <translation>Угоду з ідентифікатором %1 не знайдено</translation>
    </message>
    <message>
        <source>The playbook action “%1” has a condition that cannot be used: %2</source>
        <translation>Дія сценарію «%1» має умову, яку неможливо застосувати: %2</translation>
    </message>
    <message>
        <source>This playbook action is not part of the deal&apos;s stage.</source>
        <translation>Ця дія сценарію не належить до етапу, на якому перебуває угода.</translation>
    </message>
</context>
<context>
    <name>PublicHolidays</name>
    <message>
        <source>Lithuania</source>
        <translation>Литва</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Польща</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Румунія</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Україна</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Новий рік</translation>
    </message>
    <message>
        <source>Day of Restoration of the State of Lithuania</source>
        <translation>День відновлення Литовської держави</translation>
    </message>
    <message>
        <source>Day of Restoration of Independence of Lithuania</source>
        <translation>День відновлення незалежності Литви</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Великдень</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Великодній понеділок</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>День праці</translation>
    </message>
    <message>
        <source>Mother&apos;s Day</source>
        <translation>День матері</translation>
    </message>
    <message>
        <source>Father&apos;s Day</source>
        <translation>День батька</translation>
    </message>
    <message>
        <source>St. John&apos;s Day</source>
        <translation>День святого Іоанна (Роси)</translation>
    </message>
    <message>
        <source>Statehood Day</source>
        <translation>День державності</translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation>Успіння Пресвятої Богородиці</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>День усіх святих</translation>
    </message>
    <message>
        <source>All Souls&apos; Day</source>
        <translation>День пам&apos;яті всіх померлих</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Святвечір</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Різдво Христове</translation>
    </message>
    <message>
        <source>Second Day of Christmas</source>
        <translation>Другий день Різдва</translation>
    </message>
    <message>
        <source>Epiphany</source>
        <translation>Богоявлення</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>День Конституції</translation>
    </message>
    <message>
        <source>Pentecost Sunday</source>
        <translation>П&apos;ятидесятниця</translation>
    </message>
    <message>
        <source>Corpus Christi</source>
        <translation>Свято Тіла і Крові Христових</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>День незалежності</translation>
    </message>
    <message>
        <source>Day after New Year&apos;s Day</source>
        <translation>Другий день Нового року</translation>
    </message>
    <message>
        <source>Union Day</source>
        <translation>День об&apos;єднання Румунських князівств</translation>
    </message>
    <message>
        <source>Orthodox Good Friday</source>
        <translation>Велика п&apos;ятниця (православна)</translation>
    </message>
    <message>
        <source>Orthodox Easter Sunday</source>
        <translation>Великдень (Пасха)</translation>
    </message>
    <message>
        <source>Orthodox Easter Monday</source>
        <translation>Великодній понеділок (православний)</translation>
    </message>
    <message>
        <source>Children&apos;s Day</source>
        <translation>День захисту дітей</translation>
    </message>
    <message>
        <source>Orthodox Pentecost Sunday</source>
        <translation>Трійця (православна)</translation>
    </message>
    <message>
        <source>Orthodox Pentecost Monday</source>
        <translation>Духів день (православний)</translation>
    </message>
    <message>
        <source>St. Andrew&apos;s Day</source>
        <translation>День святого Андрія Первозванного</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>Національний день Румунії</translation>
    </message>
    <message>
        <source>Synaxis of St. John the Baptist</source>
        <translation>Собор святого Іоанна Хрестителя</translation>
    </message>
    <message>
        <source>International Women&apos;s Day</source>
        <translation>Міжнародний жіночий день</translation>
    </message>
    <message>
        <source>Trinity Sunday</source>
        <translation>Трійця</translation>
    </message>
    <message>
        <source>Day of Remembrance and Victory</source>
        <translation>День пам&apos;яті та перемоги над нацизмом у Другій світовій війні 1939–1945 років</translation>
    </message>
    <message>
        <source>Defenders Day</source>
        <translation>День захисників і захисниць України</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <source>There is no quote with id %1.</source>
        <translation>Комерційну пропозицію з ідентифікатором %1 не знайдено.</translation>
    </message>
    <message>
        <source>Line %1: the amount is too large.</source>
        <translation>Позиція %1: сума завелика.</translation>
    </message>
    <message>
        <source>The quote&apos;s total is too large.</source>
        <translation>Загальна сума комерційної пропозиції завелика.</translation>
    </message>
    <message>
        <source>The overall discount must be between 0 and 100 %.</source>
        <translation>Загальна знижка має бути від 0 до 100 %.</translation>
    </message>
    <message>
        <source>Line %1: the VAT rate must be between 0 and 100 %.</source>
        <translation>Позиція %1: ставка ПДВ має бути від 0 до 100 %.</translation>
    </message>
    <message>
        <source>Line %1: the discount must be between 0 and 100 %.</source>
        <translation>Позиція %1: знижка має бути від 0 до 100 %.</translation>
    </message>
    <message>
        <source>Quote %1 has been sent and cannot be changed. Make a new version of it.</source>
        <translation>Комерційну пропозицію %1 уже надіслано, тому її не можна змінити. Створіть її нову версію.</translation>
    </message>
    <message>
        <source>The discount needing approval (setting quote_approval_discount) is not a percentage: “%1”.</source>
        <translation>Поріг знижки, яка потребує затвердження (налаштування quote_approval_discount), не є відсотком: «%1».</translation>
    </message>
    <message>
        <source>Quote %1 for “%2” has a discount that needs your approval.</source>
        <translation>Комерційна пропозиція %1 для угоди «%2» містить знижку, яка потребує вашого затвердження.</translation>
    </message>
    <message>
        <source>Quote %1 has been sent; it cannot become a draft again. Make a new version of it.</source>
        <translation>Комерційну пропозицію %1 уже надіслано, тому вона не може знову стати чернеткою. Створіть її нову версію.</translation>
    </message>
    <message>
        <source>Quote %1 has not been sent yet; send it before it is accepted or rejected.</source>
        <translation>Комерційну пропозицію %1 ще не надіслано; надішліть її, перш ніж позначати як прийняту або відхилену.</translation>
    </message>
    <message>
        <source>A quote is made for a deal: give deal_id.</source>
        <translation>Комерційну пропозицію створюють для угоди: вкажіть deal_id.</translation>
    </message>
    <message>
        <source>There is no deal with id %1.</source>
        <translation>Угоду з ідентифікатором %1 не знайдено.</translation>
    </message>
    <message>
        <source>A new quote starts as a draft.</source>
        <translation>Нова комерційна пропозиція створюється як чернетка.</translation>
    </message>
    <message>
        <source>There is no product with id %1.</source>
        <translation>Продукт з ідентифікатором %1 не знайдено.</translation>
    </message>
    <message>
        <source>“%1” has no price in %2: add it to a price list or give a unit_price.</source>
        <translation>Для «%1» немає ціни у валюті %2: додайте продукт до прайс-листа або вкажіть unit_price.</translation>
    </message>
    <message>
        <source>A line needs a description or a product.</source>
        <translation>Для позиції потрібен опис або продукт.</translation>
    </message>
    <message>
        <source>A line needs a unit_price.</source>
        <translation>Для позиції потрібне значення unit_price.</translation>
    </message>
    <message>
        <source>There is no quote line with id %1.</source>
        <translation>Позицію пропозиції з ідентифікатором %1 не знайдено.</translation>
    </message>
    <message>
        <source>A line stays on its quote.</source>
        <translation>Позицію не можна перенести до іншої пропозиції.</translation>
    </message>
    <message>
        <source>A quote is approved with “approve”, by a manager.</source>
        <translation>Комерційну пропозицію затверджує керівник командою «approve».</translation>
    </message>
    <message>
        <source>The currency of a quote with lines cannot change: its prices are in %1.</source>
        <translation>Валюту пропозиції, яка вже містить позиції, змінити не можна: ціни в ній указано у валюті %1.</translation>
    </message>
    <message>
        <source>Quote %1 has already been sent.</source>
        <translation>Комерційну пропозицію %1 уже надіслано.</translation>
    </message>
    <message>
        <source>Quote %1 has a discount above what needs a manager&apos;s approval; it can be sent once it is approved.</source>
        <translation>Знижка в комерційній пропозиції %1 перевищує поріг, вище якого потрібне затвердження керівника; пропозицію можна буде надіслати, щойно знижку затвердять.</translation>
    </message>
    <message>
        <source>Only a manager can approve a quote&apos;s discount.</source>
        <translation>Лише керівник може затвердити знижку в пропозиції.</translation>
    </message>
    <message>
        <source>A quote number series is 1 to 4 letters A–Z or digits, such as VN or K2; “%1” is not.</source>
        <translation>Серія номерів пропозицій складається з 1–4 латинських літер A–Z або цифр, наприклад VN чи K2; «%1» не відповідає цій вимозі.</translation>
    </message>
    <message>
        <source>Another computer of the team numbers its quotes with series %1 already; choose another.</source>
        <translation>Серію %1 уже використовує для нумерації пропозицій інший комп&apos;ютер команди; виберіть іншу.</translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <source>This record no longer exists.</source>
        <translation>Цього запису більше не існує.</translation>
    </message>
    <message>
        <source>Create %1 %2</source>
        <extracomment>Undo menu entry, e.g. &quot;Create Contact Šarūnas Kazlauskas&quot;</extracomment>
        <translation>створення: %1 %2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>Undo menu entry, e.g. &quot;Edit Šarūnas Kazlauskas&quot;</extracomment>
        <translation>редагування: %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <extracomment>Undo menu entry, e.g. &quot;Delete Šarūnas Kazlauskas&quot;</extracomment>
        <translation>видалення: %1</translation>
    </message>
</context>
<context>
    <name>RecordCsvExport</name>
    <message>
        <source>a %1 has no field “%2”</source>
        <translation>тип запису %1 не має поля «%2»</translation>
    </message>
    <message>
        <source>unknown record type “%1”</source>
        <translation>невідомий тип запису «%1»</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>не вдалося записати файл: %1</translation>
    </message>
</context>
<context>
    <name>RecordCsvImport</name>
    <message>
        <source>%1 “%2” is ambiguous: %3 records have that name; give the id instead</source>
        <translation>%1 «%2»: назва неоднозначна, записів із такою назвою: %3; укажіть натомість ідентифікатор</translation>
    </message>
    <message>
        <source>%1 “%2” not found</source>
        <translation>%1 «%2»: не знайдено</translation>
    </message>
    <message>
        <source>unknown record type “%1”</source>
        <translation>невідомий тип запису «%1»</translation>
    </message>
    <message>
        <source>contacts are imported with the contact import, not as plain records</source>
        <translation>контакти імпортуються через імпорт контактів, а не як звичайні записи</translation>
    </message>
    <message>
        <source>a record cannot refer to itself</source>
        <translation>запис не може посилатися сам на себе</translation>
    </message>
    <message>
        <source>duplicate of line %1, which cannot be imported</source>
        <translation>дублікат рядка %1, який не можна імпортувати</translation>
    </message>
    <message>
        <source>“%1” needs a value</source>
        <translation>поле «%1» обов&apos;язкове</translation>
    </message>
    <message>
        <source>one of %1 needs a value</source>
        <translation>заповніть хоча б одне з полів: %1</translation>
    </message>
</context>
<context>
    <name>RecordMerge</name>
    <message>
        <source>%1 was already merged into another record</source>
        <translation>%1 уже об&apos;єднано з іншим записом</translation>
    </message>
    <message>
        <source>%1 is deleted; restore it before merging</source>
        <translation>%1 видалено; відновіть запис перед об&apos;єднанням</translation>
    </message>
    <message>
        <source>a contact and a company cannot be merged</source>
        <translation>не можна об&apos;єднати контакт і компанію</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>запис %1 з ідентифікатором %2 не знайдено</translation>
    </message>
    <message>
        <source>%1 has no such field to merge</source>
        <translation>тип запису %1 не має такого поля для об&apos;єднання</translation>
    </message>
    <message>
        <source>choose &apos;keep&apos; or &apos;other&apos;, not &apos;%1&apos;</source>
        <translation>виберіть &apos;keep&apos; або &apos;other&apos;, а не &apos;%1&apos;</translation>
    </message>
    <message>
        <source>only contacts and companies can be merged, not &apos;%1&apos;</source>
        <translation>об&apos;єднувати можна лише контакти й компанії, а не &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a record cannot be merged with itself</source>
        <translation>запис не можна об&apos;єднати із самим собою</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>unknown record type &apos;%1&apos; (known: %2)</source>
        <translation>невідомий тип запису &apos;%1&apos; (відомі: %2)</translation>
    </message>
    <message>
        <source>unknown field for %1 (fields: %2)</source>
        <translation>невідоме поле для %1 (поля: %2)</translation>
    </message>
    <message>
        <source>a %1 always has %2 &apos;%3&apos;</source>
        <translation>для %1 поле %2 завжди має значення &apos;%3&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code such as EUR or PLN</source>
        <translation>&apos;%1&apos; не є кодом валюти (наприклад, UAH або EUR)</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>запис %1 з ідентифікатором %2 не знайдено</translation>
    </message>
    <message>
        <source>a %1 needs a value here</source>
        <translation>для %1 це поле обов&apos;язкове</translation>
    </message>
    <message>
        <source>a %1 needs at least one of: %2</source>
        <translation>для %1 заповніть хоча б одне з полів: %2</translation>
    </message>
    <message>
        <source>unknown field for %1</source>
        <translation>невідоме поле для %1</translation>
    </message>
    <message>
        <source>unknown record type &apos;%1&apos;</source>
        <translation>невідомий тип запису &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot sort %1 by an unknown field</source>
        <translation>неможливо сортувати %1 за невідомим полем</translation>
    </message>
    <message numerus="yes">
        <source>(%n bytes)</source>
        <translation>
            <numerusform>(%n байт)</numerusform>
            <numerusform>(%n байти)</numerusform>
            <numerusform>(%n байтів)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has more decimals than %2 allows; give the amount in %2 too</source>
        <translation>%1 має більше знаків після коми, ніж дозволяє %2; вкажіть також суму в %2</translation>
    </message>
    <message>
        <source>%1 has no reference %2</source>
        <translation>тип запису %1 не має посилання %2</translation>
    </message>
    <message>
        <source>%1 records have no activities to go by</source>
        <translation>записи типу %1 не пов&apos;язані з активностями</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>%1 cannot be “%2”.</source>
        <translation>%1 не може мати значення «%2».</translation>
    </message>
    <message>
        <source>FREQ=%1 is not supported: events repeat daily at most often.</source>
        <translation>FREQ=%1 не підтримується: події можуть повторюватися не частіше ніж раз на день.</translation>
    </message>
    <message>
        <source>UNTIL and COUNT cannot both be given.</source>
        <translation>Не можна задавати UNTIL і COUNT одночасно.</translation>
    </message>
    <message>
        <source>BYDAY can number its weekdays (2TU, -1FR) only when repeating monthly or yearly.</source>
        <translation>BYDAY може нумерувати дні тижня (2TU, -1FR) лише для щомісячного або щорічного повтору.</translation>
    </message>
    <message>
        <source>BYDAY cannot name more than the fifth weekday of a month.</source>
        <translation>У BYDAY номер дня тижня в місяці не може бути більшим за п&apos;ять.</translation>
    </message>
    <message>
        <source>BYMONTHDAY cannot be used when repeating weekly.</source>
        <translation>BYMONTHDAY не можна використовувати для щотижневого повтору.</translation>
    </message>
    <message>
        <source>BYSETPOS needs another BY part (BYDAY, BYMONTHDAY or BYMONTH) to choose from.</source>
        <translation>Для BYSETPOS потрібна ще одна частина BY (BYDAY, BYMONTHDAY або BYMONTH), з якої вибирати.</translation>
    </message>
    <message>
        <source>%1 has no value.</source>
        <translation>%1 не має значення.</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 задано двічі.</translation>
    </message>
    <message>
        <source>%1 must be a whole number above zero, not “%2”.</source>
        <translation>%1 має бути цілим числом, більшим за нуль, а не «%2».</translation>
    </message>
    <message>
        <source>UNTIL must be a date (20261231) or a UTC date and time (20261231T235959Z), not “%1”.</source>
        <translation>UNTIL має бути датою (20261231) або датою й часом UTC (20261231T235959Z), а не «%1».</translation>
    </message>
    <message>
        <source>%1 is not supported.</source>
        <translation>%1 не підтримується.</translation>
    </message>
    <message>
        <source>“%1” is not a part of a repeat rule.</source>
        <translation>«%1» не є частиною правила повтору.</translation>
    </message>
    <message>
        <source>FREQ is missing.</source>
        <translation>Не вказано FREQ.</translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Кожен %n день</numerusform>
            <numerusform>Кожні %n дні</numerusform>
            <numerusform>Кожні %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Щодня</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Кожен %n тиждень</numerusform>
            <numerusform>Кожні %n тижні</numerusform>
            <numerusform>Кожні %n тижнів</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Щотижня</translation>
    </message>
    <message numerus="yes">
        <source>Every %n months</source>
        <translation>
            <numerusform>Кожен %n місяць</numerusform>
            <numerusform>Кожні %n місяці</numerusform>
            <numerusform>Кожні %n місяців</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Щомісяця</translation>
    </message>
    <message numerus="yes">
        <source>Every %n years</source>
        <translation>
            <numerusform>Кожен %n рік</numerusform>
            <numerusform>Кожні %n роки</numerusform>
            <numerusform>Кожні %n років</numerusform>
        </translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Щороку</translation>
    </message>
    <message>
        <source>first</source>
        <translation>перший</translation>
    </message>
    <message>
        <source>second</source>
        <translation>другий</translation>
    </message>
    <message>
        <source>third</source>
        <translation>третій</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>четвертий</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>п&apos;ятий</translation>
    </message>
    <message>
        <source>last</source>
        <translation>останній</translation>
    </message>
    <message>
        <source>second to last</source>
        <translation>передостанній</translation>
    </message>
    <message>
        <source>third to last</source>
        <translation>третій з кінця</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>%1-й</translation>
    </message>
    <message>
        <source>no. %1 from the end</source>
        <translation>%1-й з кінця</translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <comment>the third Tuesday</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>останній день</translation>
    </message>
    <message>
        <source>the %1 day</source>
        <comment>the second to last day</comment>
        <translation>%1 день</translation>
    </message>
    <message>
        <source>on %1 %2</source>
        <comment>on 29 February</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>у такі місяці: %1</translation>
    </message>
    <message>
        <source>on the last workday</source>
        <translation>в останній робочий день</translation>
    </message>
    <message>
        <source>on the %1 workday</source>
        <translation>у %1 робочий день</translation>
    </message>
    <message>
        <source>on weekdays</source>
        <translation>у робочі дні</translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>on Monday and Wednesday</comment>
        <translation>у такі дні: %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>on the last day</comment>
        <translation>в %1 місяця</translation>
    </message>
    <message>
        <source>on day %1</source>
        <translation>%1-го числа</translation>
    </message>
    <message>
        <source>on days %1</source>
        <translation>у такі дні місяця: %1</translation>
    </message>
    <message>
        <source>(only the %1 of these)</source>
        <comment>(only the first and last of these)</comment>
        <translation>(лише %1 з них)</translation>
    </message>
    <message>
        <source>(only the %1 of these)</source>
        <translation>(лише %1 з них)</translation>
    </message>
    <message>
        <source>once</source>
        <translation>один раз</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n раз</numerusform>
            <numerusform>%n рази</numerusform>
            <numerusform>%n разів</numerusform>
        </translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>Weekly + on Monday</comment>
        <translation>%1 %2</translation>
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
        <translation>Цей місяць</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Минулий місяць</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Цей квартал</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Минулий квартал</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>З початку року</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Цей рік</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Минулий рік</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Останні 12 місяців</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Class A up to (% of revenue)</source>
        <translation>Клас A до (% виручки)</translation>
    </message>
    <message>
        <source>Class B up to (% of revenue)</source>
        <translation>Клас B до (% виручки)</translation>
    </message>
    <message>
        <source>b (%1 %) must be greater than a (%2 %): class B takes up where class A ends</source>
        <translation>b (%1 %) має бути більше за a (%2 %): клас B починається там, де закінчується клас A</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Клас</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Виграні угоди</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Виручка</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Частка, %</translation>
    </message>
    <message>
        <source>Cumulative %</source>
        <translation>Накопичено, %</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n продукт</numerusform>
            <numerusform>%n продукти</numerusform>
            <numerusform>%n продуктів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n клієнт</numerusform>
            <numerusform>%n клієнти</numerusform>
            <numerusform>%n клієнтів</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <source>Ranked by revenue, largest first. Class A: those ranked before hold less than %1 % of the revenue (so the one that crosses %1 % is still A); class B: likewise up to %2 %; class C: the rest.</source>
        <translation>Упорядковано за виручкою, від найбільшої. Клас A: позиції, перед якими в рейтингу накопичено менше ніж %1 % виручки (тож позиція, на якій перетинається межа %1 %, ще належить до класу A); клас B: так само до %2 %; клас C: решта.</translation>
    </message>
    <message numerus="yes">
        <source>Not included: %n won deal(s) in other currencies (%1).</source>
        <translation>
            <numerusform>Не враховано: %n виграна угода в інших валютах (%1).</numerusform>
            <numerusform>Не враховано: %n виграні угоди в інших валютах (%1).</numerusform>
            <numerusform>Не враховано: %n виграних угод в інших валютах (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not included: %n won deal(s) without a company.</source>
        <translation>
            <numerusform>Не враховано: %n виграна угода без компанії.</numerusform>
            <numerusform>Не враховано: %n виграні угоди без компанії.</numerusform>
            <numerusform>Не враховано: %n виграних угод без компанії.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Revenue of the largest customers</source>
        <translation>Виручка від найбільших клієнтів</translation>
    </message>
    <message>
        <source>ABC analysis of customers</source>
        <translation>ABC-аналіз клієнтів</translation>
    </message>
    <message>
        <source>Customers ranked by won revenue in the period and classed A, B or C by their cumulative share of it.</source>
        <translation>Клієнти, упорядковані за виручкою від угод, виграних у періоді, і розподілені на класи A, B і C за накопиченою часткою цієї виручки.</translation>
    </message>
    <message numerus="yes">
        <source>Not included: %n won deal(s) without quote lines (what they sold is not known).</source>
        <translation>
            <numerusform>Не враховано: %n виграна угода без позицій пропозиції (невідомо, що було продано).</numerusform>
            <numerusform>Не враховано: %n виграні угоди без позицій пропозиції (невідомо, що було продано).</numerusform>
            <numerusform>Не враховано: %n виграних угод без позицій пропозиції (невідомо, що було продано).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not included: %n quote line(s) in other currencies (%1).</source>
        <translation>
            <numerusform>Не враховано: %n позиція пропозицій в інших валютах (%1).</numerusform>
            <numerusform>Не враховано: %n позиції пропозицій в інших валютах (%1).</numerusform>
            <numerusform>Не враховано: %n позицій пропозицій в інших валютах (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not included: %n quote line(s) without a product (free text).</source>
        <translation>
            <numerusform>Не враховано: %n позиція пропозицій без продукту (довільний текст).</numerusform>
            <numerusform>Не враховано: %n позиції пропозицій без продукту (довільний текст).</numerusform>
            <numerusform>Не враховано: %n позицій пропозицій без продукту (довільний текст).</numerusform>
        </translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Revenue of the best-selling products</source>
        <translation>Виручка від продуктів — лідерів продажів</translation>
    </message>
    <message>
        <source>Revenue of a product: its lines on the accepted (else the latest) quote of each won deal, quantity × unit price less the line&apos;s discount and then the quote&apos;s, without VAT.</source>
        <translation>Виручка від продукту: його позиції в прийнятій (а якщо такої немає, то в останній) комерційній пропозиції кожної виграної угоди — кількість × ціна за одиницю за вирахуванням знижки позиції, а потім знижки пропозиції, без ПДВ.</translation>
    </message>
    <message>
        <source>ABC analysis of products</source>
        <translation>ABC-аналіз продуктів</translation>
    </message>
    <message>
        <source>Products ranked by their revenue on the quotes of deals won in the period and classed A, B or C by their cumulative share of it.</source>
        <translation>Продукти, упорядковані за виручкою в комерційних пропозиціях угод, виграних у періоді, і розподілені на класи A, B і C за накопиченою часткою цієї виручки.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампанія</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Ліди</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Кваліфіковано</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Угоди</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Виграно</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Витрати</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Вартість ліда</translation>
    </message>
    <message>
        <source>Return %</source>
        <translation>Рентабельність, %</translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) in other currencies (%1) count under Won but not in Revenue.</source>
        <translation>
            <numerusform>%n виграну угоду в інших валютах (%1) враховано в стовпці «Виграно», але не в стовпці «Виручка».</numerusform>
            <numerusform>%n виграні угоди в інших валютах (%1) враховано в стовпці «Виграно», але не в стовпці «Виручка».</numerusform>
            <numerusform>%n виграних угод в інших валютах (%1) враховано в стовпці «Виграно», але не в стовпці «Виручка».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cost of %n campaign(s) in other currencies (%1) is not shown, nor their cost per lead and return.</source>
        <translation>
            <numerusform>Витрати на %n кампанію в інших валютах (%1) не показано, як і вартість ліда та рентабельність.</numerusform>
            <numerusform>Витрати на %n кампанії в інших валютах (%1) не показано, як і вартість ліда та рентабельність.</numerusform>
            <numerusform>Витрати на %n кампаній в інших валютах (%1) не показано, як і вартість ліда та рентабельність.</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner and team choose campaigns by the campaign&apos;s owner; their leads and deals count whoever owns them.</source>
        <translation>Фільтри за відповідальним і командою відбирають кампанії за відповідальним кампанії; ліди й угоди кампанії враховуються незалежно від того, хто за них відповідає.</translation>
    </message>
    <message>
        <source>Campaigns running in the period, or with leads, deals or wins in it. Leads and deals: registered in the period; won and revenue: won in the period; cost: the campaign&apos;s whole cost. Return % = (revenue − cost) ÷ cost.</source>
        <translation>Кампанії, які тривали в періоді або мали в ньому ліди, угоди чи виграші. Ліди й угоди: зареєстровані в періоді; виграно й виручка: угоди, виграні в періоді; витрати: усі витрати на кампанію. Рентабельність (%) = (виручка − витрати) ÷ витрати.</translation>
    </message>
    <message>
        <source>Revenue and cost by campaign</source>
        <translation>Виручка та витрати за кампаніями</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Кампанії</translation>
    </message>
    <message>
        <source>Campaigns in the period: their leads, deals, won revenue and cost, cost per lead and return.</source>
        <translation>Кампанії періоду: їхні ліди, угоди, виручка від виграних угод і витрати, вартість ліда та рентабельність.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Остання покупка</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Останній контакт</translation>
    </message>
    <message>
        <source>Days dormant</source>
        <translation>Днів неактивності</translation>
    </message>
    <message>
        <source>Main contact</source>
        <translation>Основний контакт</translation>
    </message>
    <message>
        <source>Customers whose latest won deal (its win date, else its expected close) is on or before %1.</source>
        <translation>Клієнти, остання виграна угода яких (за датою виграшу, а якщо її немає — за датою очікуваного закриття) припадає на %1 або раніше.</translation>
    </message>
    <message>
        <source>Customers (status “customer” or a won deal) whose latest call, meeting or e-mail with them, their people or their deals (done, or a meeting already held) is on or before %1; never contacted: counted from the day they were entered.</source>
        <translation>Клієнти (статус «Клієнт» або виграна угода), в яких останній дзвінок, зустріч чи ел. лист із ними, їхніми контактами або щодо їхніх угод (виконані або зустріч, що вже відбулася) припадає на %1 або раніше; якщо контакту не було, відлік ведеться від дня внесення клієнта в базу.</translation>
    </message>
    <message>
        <source>Days dormant, longest first</source>
        <translation>Днів неактивності (за спаданням)</translation>
    </message>
    <message>
        <source>No active dormant-customer rule of this kind looks back %1 days or less: add one under Dormant customers to create the follow-up tasks.</source>
        <translation>Немає активного правила для неактивних клієнтів цього типу з періодом не більше ніж %1 дн.: додайте таке правило в розділі «Неактивні клієнти», щоб створити завдання для повторного контакту.</translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation>Неактивні клієнти</translation>
    </message>
    <message>
        <source>Customers with no purchase, or no contact, for a number of days: with their owner, main contact and last purchase and contact.</source>
        <translation>Клієнти без покупок або без контактів протягом заданої кількості днів — з відповідальним, основним контактом і датами останньої покупки та останнього контакту.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Кількість днів</translation>
    </message>
    <message>
        <source>Dormant means</source>
        <translation>Критерій неактивності</translation>
    </message>
    <message>
        <source>No purchase for that many days</source>
        <translation>Немає покупок протягом цих днів</translation>
    </message>
    <message>
        <source>No contact for that many days</source>
        <translation>Немає контактів протягом цих днів</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in other currencies (%1) are not included.</source>
        <translation>
            <numerusform>%n угоду в інших валютах (%1) не враховано.</numerusform>
            <numerusform>%n угоди в інших валютах (%1) не враховано.</numerusform>
            <numerusform>%n угод в інших валютах (%1) не враховано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) without an expected close date are not included.</source>
        <translation>
            <numerusform>%n угоду в роботі без дати очікуваного закриття не враховано.</numerusform>
            <numerusform>%n угоди в роботі без дати очікуваного закриття не враховано.</numerusform>
            <numerusform>%n угод у роботі без дати очікуваного закриття не враховано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) in other currencies (%1) are ignored.</source>
        <translation>
            <numerusform>%n план продажів в інших валютах (%1) не враховано.</numerusform>
            <numerusform>%n плани продажів в інших валютах (%1) не враховано.</numerusform>
            <numerusform>%n планів продажів в інших валютах (%1) не враховано.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pipeline: the open deals expected to close in the period. Weighted: each deal&apos;s amount × its stage&apos;s probability ÷ 100, rounded to the minor unit. Won: deals won in the period (by their won date, UTC). Of target %: (won + weighted) ÷ target.</source>
        <translation>«У воронці»: угоди в роботі, закриття яких очікується в періоді. «Зважена сума»: сума кожної угоди × імовірність її етапу ÷ 100 з округленням до дрібної грошової одиниці. «Уже виграно»: угоди, виграні в періоді (за датою виграшу, UTC). «% плану»: (виграно + зважена сума) ÷ план.</translation>
    </message>
    <message>
        <source>Targets: a month target counts in its month, also when the period covers only part of it; a quarter (year) target is spread evenly over its 3 (12) months, any remainder going to the first month.</source>
        <translation>Плани продажів: місячний план враховується у своєму місяці, навіть якщо період охоплює лише його частину; квартальний план рівномірно розподіляється на 3 місяці кварталу, річний — на 12 місяців року, а залишок додається до першого місяця.</translation>
    </message>
    <message>
        <source>Target: the rep&apos;s own targets.</source>
        <translation>План: власні плани менеджера.</translation>
    </message>
    <message>
        <source>Target: the team&apos;s own target for a month where it has one, otherwise the sum of its members&apos; targets.</source>
        <translation>План: власний план команди на місяць, якщо він є, інакше сума планів її членів.</translation>
    </message>
    <message>
        <source>Target: the sum of every rep&apos;s targets (team targets are not added, so that nothing counts twice).</source>
        <translation>План: сума планів усіх менеджерів (плани команд не додаються, щоб нічого не враховувалося двічі).</translation>
    </message>
    <message>
        <source>Each rep&apos;s row shows the rep&apos;s own targets; the total follows the rule above.</source>
        <translation>У рядку кожного менеджера показано його власні плани; підсумок розраховано за правилом вище.</translation>
    </message>
    <message>
        <source>Targets are not split by territory or pipeline: they are shown whole.</source>
        <translation>Плани продажів не розподіляються за територіями чи воронками: їх показано повністю.</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>У воронці</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Зважена сума</translation>
    </message>
    <message>
        <source>Won so far</source>
        <translation>Уже виграно</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Of target %</source>
        <translation>% плану</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(без відповідального)</translation>
    </message>
    <message>
        <source>Weighted pipeline, won and target</source>
        <translation>Зважена сума, уже виграно та план</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Open deals expected to close in the period, weighted by their stage&apos;s probability, per month or rep, beside what was won and the revenue targets.</source>
        <translation>Угоди в роботі, закриття яких очікується в періоді, зважені за імовірністю етапу, за місяцями або менеджерами — поряд із уже виграним і планами продажів з виручки.</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Групування</translation>
    </message>
    <message>
        <source>Close month</source>
        <translation>Місяць закриття</translation>
    </message>
    <message>
        <source>others %1</source>
        <translation>інші %1</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(причину не вказано)</translation>
    </message>
    <message>
        <source>Leads registered</source>
        <translation>Зареєстровані ліди</translation>
    </message>
    <message>
        <source>Converted to deals</source>
        <translation>Конвертовано в угоди</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Крок</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <source>Conversion %</source>
        <translation>Конверсія, %</translation>
    </message>
    <message>
        <source>Of first step %</source>
        <translation>Від першого кроку, %</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Вибуло</translation>
    </message>
    <message>
        <source>Top lost reasons</source>
        <translation>Основні причини програшу</translation>
    </message>
    <message>
        <source>Pipeline: %1 (the default)</source>
        <translation>Воронка: %1 (за замовчуванням)</translation>
    </message>
    <message>
        <source>Lead steps follow the leads registered in the period: qualified counts those qualified or converted, and those lost after being qualified; dropped counts the leads lost at that step.</source>
        <translation>Кроки лідів відстежують ліди, зареєстровані в періоді: «Кваліфіковано» враховує кваліфіковані й конвертовані ліди, а також ліди, програні після кваліфікації; «Вибуло» — ліди, програні на цьому кроці.</translation>
    </message>
    <message>
        <source>Stage steps follow the deals created in the period on the pipeline. A deal has reached a stage when it is there or further now, was there or further before (its stage history), or was won. Dropped counts the deals lost in that stage.</source>
        <translation>Кроки етапів відстежують угоди, створені в періоді в цій воронці. Угода досягла етапу, якщо вона зараз на ньому або далі, була на ньому або далі раніше (за історією етапів) чи її виграно. «Вибуло» — угоди, програні на цьому етапі.</translation>
    </message>
    <message>
        <source>Conversion % is the step&apos;s count against the step before it within the leads and within the deals; the first stage counts every deal, including those that did not come from a lead.</source>
        <translation>«Конверсія, %» — кількість на кроці відносно попереднього кроку окремо для лідів і для угод; перший етап враховує всі угоди, зокрема ті, що виникли не з ліда.</translation>
    </message>
    <message>
        <source>Leads belong to no pipeline: the lead steps are not filtered by it.</source>
        <translation>Ліди не належать до жодної воронки: фільтр за воронкою до кроків лідів не застосовується.</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Воронка конверсії</translation>
    </message>
    <message>
        <source>Leads and deals of the period step by step, from registered and qualified through each stage to won, with conversion, drop-off and lost reasons at each step.</source>
        <translation>Ліди й угоди періоду крок за кроком — від реєстрації та кваліфікації через кожен етап до виграшу, з конверсією, відсівом і причинами програшу на кожному кроці.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(не вказано)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Конвертовано</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>Виручка</translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) in other currencies (%1) count under Won deals but not in Won revenue.</source>
        <translation>
            <numerusform>%n виграну угоду в інших валютах (%1) враховано в стовпці «Виграні угоди», але не в стовпці «Виручка».</numerusform>
            <numerusform>%n виграні угоди в інших валютах (%1) враховано в стовпці «Виграні угоди», але не в стовпці «Виручка».</numerusform>
            <numerusform>%n виграних угод в інших валютах (%1) враховано в стовпці «Виграні угоди», але не в стовпці «Виручка».</numerusform>
        </translation>
    </message>
    <message>
        <source>Leads registered in the period and what has come of them so far: qualified (now qualified or converted), converted to a deal, and the deals from them won at any date. Conversion % = converted ÷ leads.</source>
        <translation>Ліди, зареєстровані в періоді, і що з них вийшло на сьогодні: кваліфіковано (зараз кваліфіковані або конвертовані), конвертовано в угоду, а також виграні з них угоди (з будь-якою датою виграшу). Конверсія (%) = конвертовано ÷ ліди.</translation>
    </message>
    <message>
        <source>Leads and conversions by source</source>
        <translation>Ліди та конверсії за джерелами</translation>
    </message>
    <message>
        <source>Lead sources</source>
        <translation>Джерела лідів</translation>
    </message>
    <message>
        <source>Leads registered in the period per source: how many were qualified and converted, and the deals and revenue they brought.</source>
        <translation>Ліди, зареєстровані в періоді, за джерелами: скільки з них кваліфіковано й конвертовано, а також угоди й виручка, які вони принесли.</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Період: %1</translation>
    </message>
    <message>
        <source>Compared with: %1</source>
        <translation>Порівняно з: %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Станом на %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Відповідальний: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Команда: %1</translation>
    </message>
    <message>
        <source>Territory: %1</source>
        <translation>Територія: %1</translation>
    </message>
    <message>
        <source>Pipeline: %1</source>
        <translation>Воронка: %1</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>Валюта: %1</translation>
    </message>
    <message>
        <source>%1 (earlier)</source>
        <translation>%1 (раніше)</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Зміна, %</translation>
    </message>
    <message>
        <source>no report &apos;%1&apos; (there are: %2)</source>
        <translation>звіту &apos;%1&apos; немає (доступні звіти: %2)</translation>
    </message>
    <message>
        <source>the %1 report takes no options</source>
        <translation>звіт %1 не має параметрів</translation>
    </message>
    <message>
        <source>the %1 report has no option &apos;%2&apos; (it has: %3)</source>
        <translation>звіт %1 не має параметра &apos;%2&apos; (доступні параметри: %3)</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &apos;%3&apos;</source>
        <translation>%1 має бути одним зі значень %2, а не &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>%1 має бути цілим числом від %2 до %3, а не &apos;%4&apos;</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>період закінчується (%1) раніше, ніж починається (%2)</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Угода</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Closed or expected</source>
        <translation>Закрито / очікується</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лід</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Контактна особа</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зареєстровано</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Коли (UTC)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Галузь</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Завершення</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Одиниця виміру</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>no list of %1 records to show</source>
        <translation>неможливо показати список записів типу %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Надруковано %1</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>За цей період нічого немає.</translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation>не вдалося записати звіт: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>папка недоступна для запису</translation>
    </message>
    <message>
        <source>the file name must end in .pdf, .csv or .html</source>
        <translation>назва файлу має закінчуватися на .pdf, .csv або .html</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%1 кв. %2</translation>
    </message>
    <message>
        <source>(no company)</source>
        <translation>(без компанії)</translation>
    </message>
    <message>
        <source>(no product)</source>
        <translation>(без продукту)</translation>
    </message>
    <message>
        <source>Repeat revenue</source>
        <translation>Виручка від повторних продажів</translation>
    </message>
    <message>
        <source>New-customer revenue</source>
        <translation>Виручка від нових клієнтів</translation>
    </message>
    <message numerus="yes">
        <source>%n quote line(s) in other currencies (%1) are not included.</source>
        <translation>
            <numerusform>%n позицію пропозицій в інших валютах (%1) не враховано.</numerusform>
            <numerusform>%n позиції пропозицій в інших валютах (%1) не враховано.</numerusform>
            <numerusform>%n позицій пропозицій в інших валютах (%1) не враховано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) in other currencies (%1) are not included.</source>
        <translation>
            <numerusform>%n виграну угоду в інших валютах (%1) не враховано.</numerusform>
            <numerusform>%n виграні угоди в інших валютах (%1) не враховано.</numerusform>
            <numerusform>%n виграних угод в інших валютах (%1) не враховано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) without quote lines are not included: what they sold is not known.</source>
        <translation>
            <numerusform>%n виграну угоду без позицій пропозиції не враховано: невідомо, що було продано.</numerusform>
            <numerusform>%n виграні угоди без позицій пропозиції не враховано: невідомо, що було продано.</numerusform>
            <numerusform>%n виграних угод без позицій пропозиції не враховано: невідомо, що було продано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) without a company count in neither repeat nor new-customer revenue.</source>
        <translation>
            <numerusform>%n виграну угоду без компанії не враховано ні у виручці від повторних продажів, ні у виручці від нових клієнтів.</numerusform>
            <numerusform>%n виграні угоди без компанії не враховано ні у виручці від повторних продажів, ні у виручці від нових клієнтів.</numerusform>
            <numerusform>%n виграних угод без компанії не враховано ні у виручці від повторних продажів, ні у виручці від нових клієнтів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Avg deal size</source>
        <translation>Середня сума угоди</translation>
    </message>
    <message>
        <source>Revenue: the amounts of the deals won in the period (by their won date, UTC). Avg deal size: revenue ÷ won deals. Repeat revenue: deals of customers who had won a deal with us before; new-customer revenue: each customer&apos;s first won deal.</source>
        <translation>Виручка: суми угод, виграних у періоді (за датою виграшу, UTC). Середня сума угоди: виручка ÷ кількість виграних угод. Виручка від повторних продажів: угоди клієнтів, з якими ми вже раніше вигравали угоду; виручка від нових клієнтів: перша виграна угода кожного клієнта.</translation>
    </message>
    <message>
        <source>Revenue by product comes from quotes: the lines of the accepted (else the latest) quote of each won deal, quantity × unit price less the line&apos;s discount and then the quote&apos;s, without VAT. Won deals without a quote do not show here.</source>
        <translation>Виручку за продуктами взято з комерційних пропозицій: позиції прийнятої (а якщо такої немає, то останньої) пропозиції кожної виграної угоди — кількість × ціна за одиницю за вирахуванням знижки позиції, а потім знижки пропозиції, без ПДВ. Виграних угод без пропозиції тут немає.</translation>
    </message>
    <message>
        <source>Revenue won in the period by month, quarter, customer, industry, country, segment, rep or product, with shares, average deal size and repeat versus new-customer revenue.</source>
        <translation>Виручка від угод, виграних у періоді, за місяцями, кварталами, клієнтами, галузями, країнами, сегментами, менеджерами або продуктами — з частками, середньою сумою угоди та виручкою від повторних продажів порівняно з виручкою від нових клієнтів.</translation>
    </message>
    <message>
        <source>Lead to win</source>
        <translation>Від ліда до виграшу</translation>
    </message>
    <message>
        <source>Deal created to win</source>
        <translation>Від створення угоди до виграшу</translation>
    </message>
    <message>
        <source>Avg days</source>
        <translation>Середнє, днів</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Медіана, днів</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Зараз у роботі</translation>
    </message>
    <message>
        <source>Avg days open</source>
        <translation>Середнє в роботі, днів</translation>
    </message>
    <message>
        <source>Stalled now</source>
        <translation>Зараз у застої</translation>
    </message>
    <message>
        <source>Stall limit days</source>
        <translation>Застій після (днів)</translation>
    </message>
    <message>
        <source>Deals and Avg days: the deals that left the stage in the period (moved on, won or lost) and the days they had spent in it, from their stage history; a deal that was in the stage twice counts once, with both stays added up.</source>
        <translation>«Угоди» та «Середнє, днів»: угоди, які залишили етап у періоді (перейшли далі, виграні або програні), і кількість днів, проведених на ньому, за історією етапів; угоду, яка була на етапі двічі, враховано один раз, а обидва перебування додано.</translation>
    </message>
    <message>
        <source>Open now, Avg days open and Stalled now: the open deals in the stage at the end of %1, how long they have been there, and those there longer than the stage&apos;s stall limit.</source>
        <translation>«Зараз у роботі», «Середнє в роботі, днів» і «Зараз у застої»: угоди в роботі, що перебували на етапі наприкінці дня %1, скільки часу вони там перебувають і які з них перебувають там довше, ніж указано в полі «Застій після (днів)» етапу.</translation>
    </message>
    <message>
        <source>Deal created to win: the deals won in the period, from their creation to the win. Lead to win: those of them that came from a lead, from the lead&apos;s registration to the win.</source>
        <translation>«Від створення угоди до виграшу»: угоди, виграні в періоді, від їх створення до виграшу. «Від ліда до виграшу»: ті з них, що виникли з ліда, від реєстрації ліда до виграшу.</translation>
    </message>
    <message>
        <source>Days in each stage</source>
        <translation>Дні на кожному етапі</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>Цикл продажів</translation>
    </message>
    <message>
        <source>Average and median days deals spend in each stage and from lead to win, and the stages where open deals stall now.</source>
        <translation>Середня й медіанна кількість днів, які угоди проводять на кожному етапі та від ліда до виграшу, і етапи, на яких угоди в роботі зараз застрягли.</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Дзвінки</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Зустрічі</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Ел. листи</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>На тиждень</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компанії</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Вчасно</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Із запізненням</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>On-time %</source>
        <translation>Вчасно, %</translation>
    </message>
    <message>
        <source>≤ 1 day %</source>
        <translation>≤ 1 дня, %</translation>
    </message>
    <message>
        <source>≤ 7 days %</source>
        <translation>≤ 7 днів, %</translation>
    </message>
    <message>
        <source>≤ 30 days %</source>
        <translation>≤ 30 днів, %</translation>
    </message>
    <message>
        <source>Calls, meetings and e-mails per rep</source>
        <translation>Дзвінки, зустрічі та ел. листи за менеджерами</translation>
    </message>
    <message>
        <source>Calls, meetings, e-mails: the rep&apos;s activities of that kind marked done whose start (without a start: the time they were marked done) falls in the period. Per week = their sum ÷ (days in the period ÷ 7). Companies: the different companies they were with (the activity&apos;s company, else its contact&apos;s, else its deal&apos;s).</source>
        <translation>Дзвінки, зустрічі, ел. листи: виконані активності менеджера цього типу, початок яких (а якщо початку немає, то час позначення як виконаної) припадає на період. На тиждень = їх сума ÷ (днів у періоді ÷ 7). Компанії: кількість різних компаній, яких стосувалися ці активності (компанія активності, інакше компанія її контакту, інакше компанія її угоди).</translation>
    </message>
    <message>
        <source>Tasks due in the period: on time if marked done by the due time (an all-day task: by the end of its day), late if after it, overdue if still open after it (as of the start of today). On-time % = on time ÷ (on time + late + overdue).</source>
        <translation>Завдання з терміном у періоді: «Вчасно» — позначені як виконані до терміну (завдання на весь день — до кінця його дня), «Із запізненням» — позначені після терміну, «Прострочено» — досі не виконані після терміну (станом на початок сьогоднішнього дня). Вчасно (%) = вчасно ÷ (вчасно + із запізненням + прострочено).</translation>
    </message>
    <message>
        <source>Avg days: from creating a task to marking it done, for the tasks marked done in the period (tasks recorded after they were done are left out).</source>
        <translation>Середнє, днів: від створення завдання до позначення його як виконаного, для завдань, позначених як виконані в періоді (завдання, записані вже після виконання, не враховано).</translation>
    </message>
    <message>
        <source>Leads: registered in the period and owned by the rep. ≤ 1/7/30 days %: the share of them with a call, meeting or e-mail marked done within 1, 7 or 30 days of being registered (a lead registered near the end of the period has had less time).</source>
        <translation>Ліди: зареєстровані в періоді, за які відповідає менеджер. ≤ 1/7/30 днів, %: частка лідів, з якими протягом 1, 7 або 30 днів після реєстрації відбувся дзвінок, зустріч або ел. лист, позначені як виконані (у ліда, зареєстрованого наприкінці періоду, було менше часу).</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Тиждень</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Виконані завдання</translation>
    </message>
    <message>
        <source>Calls, meetings and e-mails per week</source>
        <translation>Дзвінки, зустрічі та ел. листи за тижнями</translation>
    </message>
    <message>
        <source>Calls, meetings, e-mails: activities of that kind marked done whose start (without a start: the time they were marked done) falls in the week. Tasks done: tasks marked done that week. The first and last weeks count only their days inside the period.</source>
        <translation>Дзвінки, зустрічі, ел. листи: виконані активності цього типу, початок яких (а якщо початку немає, то час позначення як виконаної) припадає на тиждень. Виконані завдання: завдання, позначені як виконані цього тижня. Для першого й останнього тижнів ураховано лише дні, що входять у період.</translation>
    </message>
    <message>
        <source>Team activity</source>
        <translation>Активність команди</translation>
    </message>
    <message>
        <source>Per rep: calls, meetings and e-mails done in the period, companies contacted, tasks done on time, late or overdue, and how soon new leads were contacted.</source>
        <translation>За менеджерами: дзвінки, зустрічі та ел. листи, виконані в періоді, компанії, з якими був контакт, завдання, виконані вчасно, із запізненням або прострочені, і як швидко було встановлено контакт із новими лідами.</translation>
    </message>
    <message>
        <source>One row per</source>
        <translation>Рядок таблиці</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регіон</translation>
    </message>
    <message>
        <source>Deal size</source>
        <translation>Сума угоди</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Under %1</source>
        <translation>Менше %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Від %1 до %2</translation>
    </message>
    <message>
        <source>%1 and more</source>
        <translation>%1 і більше</translation>
    </message>
    <message>
        <source>(no amount)</source>
        <translation>(без суми)</translation>
    </message>
    <message>
        <source>(no competitor)</source>
        <translation>(без конкурента)</translation>
    </message>
    <message numerus="yes">
        <source>%n closed deal(s) in other currencies (%1) are not included.</source>
        <translation>
            <numerusform>%n закриту угоду в інших валютах (%1) не враховано.</numerusform>
            <numerusform>%n закриті угоди в інших валютах (%1) не враховано.</numerusform>
            <numerusform>%n закритих угод в інших валютах (%1) не враховано.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Програно</translation>
    </message>
    <message>
        <source>Win rate %</source>
        <translation>Частка виграшів, %</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Сума виграних</translation>
    </message>
    <message>
        <source>Lost amount</source>
        <translation>Сума програних</translation>
    </message>
    <message>
        <source>Avg won deal</source>
        <translation>Середня виграна угода</translation>
    </message>
    <message>
        <source>Each lost deal counts under the reason it was lost for; won deals have a row of their own, so the win rate is given for the total only.</source>
        <translation>Кожну програну угоду враховано в рядку причини її програшу; виграні угоди мають окремий рядок, тому частку виграшів наведено лише для підсумку.</translation>
    </message>
    <message>
        <source>A deal counts in the period in which it was won or lost. Win rate = won ÷ (won + lost); average won deal = won amount ÷ won deals.</source>
        <translation>Угоду враховано в тому періоді, у якому її виграно або програно. Частка виграшів = виграно ÷ (виграно + програно); середня виграна угода = сума виграних ÷ кількість виграних угод.</translation>
    </message>
    <message>
        <source>Deals won and lost</source>
        <translation>Виграні та програні угоди</translation>
    </message>
    <message>
        <source>Win/loss analysis</source>
        <translation>Аналіз виграшів і програшів</translation>
    </message>
    <message>
        <source>Deals won and lost in the period by lost reason, competitor, rep, source, industry, region or deal size, with win rates and amounts.</source>
        <translation>Угоди, виграні та програні в періоді, за причинами програшу, конкурентами, менеджерами, джерелами, галузями, регіонами або сумами угод — з частками виграшів і сумами.</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Причина програшу</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(без клієнта)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Вирішено</translation>
    </message>
    <message>
        <source>Answered in time %</source>
        <translation>Відповідь вчасно, %</translation>
    </message>
    <message>
        <source>Resolved in time %</source>
        <translation>Вирішено вчасно, %</translation>
    </message>
    <message>
        <source>Avg. first answer (hours)</source>
        <translation>Середній час до першої відповіді, год</translation>
    </message>
    <message>
        <source>Avg. satisfaction (1–5)</source>
        <translation>Середня задоволеність (1–5)</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Оцінено</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Зараз прострочено</translation>
    </message>
    <message>
        <source>Opened and resolved: cases opened, and resolved, in the period. Answered in time: of the cases opened in the period with a response deadline, those answered by it (a case not answered and past it counts as late; one not yet due is left out). Resolved in time: of the cases resolved in the period with a resolution deadline, those resolved by it. The first answer is counted in calendar hours; satisfaction is the average score of the cases resolved in the period. Open and overdue: now.</source>
        <translation>«Створено» і «Вирішено»: звернення, створені та вирішені в періоді. «Відповідь вчасно»: частка звернень, створених у періоді з терміном відповіді, на які відповіли до цього терміну (звернення без відповіді, термін якого минув, зараховано як невчасне; звернення, термін якого ще не настав, не враховано). «Вирішено вчасно»: частка звернень, вирішених у періоді з терміном вирішення, які вирішено до цього терміну. Час до першої відповіді рахується в календарних годинах; задоволеність — середня оцінка звернень, вирішених у періоді. «Зараз у роботі» і «Зараз прострочено»: станом на цей момент.</translation>
    </message>
    <message>
        <source>Cases opened and resolved</source>
        <translation>Створені та вирішені звернення</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Звернення</translation>
    </message>
    <message>
        <source>Customers&apos; cases after the sale: opened and resolved, answered and resolved in time, time to a first answer, satisfaction, and what is open and overdue now.</source>
        <translation>Звернення клієнтів після продажу: створені й вирішені, з відповіддю та вирішенням вчасно, час до першої відповіді, задоволеність, а також звернення, які зараз у роботі чи прострочені.</translation>
    </message>
    <message>
        <source>Cases resolved</source>
        <translation>Вирішені звернення</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Задоволеність (1–5)</translation>
    </message>
    <message>
        <source>Cases resolved: customers&apos; cases the rep owned that were resolved in the period; satisfaction: the average score (1–5) the customers gave them.</source>
        <translation>Вирішені звернення: звернення клієнтів, за які відповідав менеджер, вирішені в періоді; задоволеність: середня оцінка (1–5), яку поставили їм клієнти.</translation>
    </message>
    <message>
        <source>Revenue target</source>
        <translation>План з виручки</translation>
    </message>
    <message>
        <source>Won %</source>
        <translation>Виграно, %</translation>
    </message>
    <message>
        <source>New deals target</source>
        <translation>План нових угод</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>Нові угоди</translation>
    </message>
    <message>
        <source>New deals %</source>
        <translation>Нові угоди, %</translation>
    </message>
    <message>
        <source>Activities target</source>
        <translation>План активностей</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Активності</translation>
    </message>
    <message>
        <source>Activities %</source>
        <translation>Активності, %</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) won in other currencies are not included.</source>
        <translation>
            <numerusform>%n виграну угоду в інших валютах не враховано.</numerusform>
            <numerusform>%n виграні угоди в інших валютах не враховано.</numerusform>
            <numerusform>%n виграних угод в інших валютах не враховано.</numerusform>
        </translation>
    </message>
    <message>
        <source>Won: deals won in the period (by their won date, UTC) in the report&apos;s currency. New deals: deals created in the period. Activities: calls, meetings, e-mails and tasks marked done in the period (by when they were marked done; without that time, by their start). Each is counted for the deal&apos;s or activity&apos;s owner.</source>
        <translation>«Виграно»: угоди, виграні в періоді (за датою виграшу, UTC), у валюті звіту. «Нові угоди»: угоди, створені в періоді. «Активності»: дзвінки, зустрічі, ел. листи й завдання, позначені як виконані в періоді (за часом позначення, а якщо його немає — за часом початку). Кожен показник зараховується відповідальному за угоду чи активність.</translation>
    </message>
    <message>
        <source>Targets: a month counts its month target; without one, a third of the quarter target or a twelfth of the year target covering it (any remainder going to the first month). Revenue targets in other currencies are left out. A month without a target adds nothing; a rep without any has no target and no %.</source>
        <translation>Плани продажів: для місяця враховується його місячний план, а якщо його немає — третина квартального або дванадцята частина річного плану, що охоплює цей місяць (остача припадає на перший місяць). Плани з виручки в інших валютах не враховано. Місяць без плану нічого не додає; у менеджера без жодного плану немає ні плану, ні відсотка.</translation>
    </message>
    <message>
        <source>Total: the team&apos;s own target for a month where it has one, otherwise the sum of its members&apos; targets.</source>
        <translation>Разом: власний план команди на місяць, якщо він є, інакше сума планів її членів.</translation>
    </message>
    <message>
        <source>Total: the sum of the reps&apos; targets (team targets are not added).</source>
        <translation>Разом: сума планів менеджерів (плани команд не додаються).</translation>
    </message>
    <message>
        <source>Share of each target reached, per rep</source>
        <translation>Частка виконання кожного плану за менеджерами</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Плани продажів</translation>
    </message>
    <message>
        <source>Per rep: revenue won, new deals and activities done in the period, each beside its target and the share of it reached.</source>
        <translation>За менеджерами: виручка від виграних угод, нові угоди й виконані активності за період, кожен показник поруч із планом і часткою його виконання.</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>the segment&apos;s filter has a malformed condition</source>
        <translation>фільтр сегмента містить некоректну умову</translation>
    </message>
    <message>
        <source>a segment needs a name</source>
        <translation>для сегмента потрібна назва</translation>
    </message>
    <message>
        <source>the filter of segment “%1” is not readable: %2</source>
        <translation>не вдалося прочитати фільтр сегмента «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>there is no user with id %1</source>
        <translation>користувача з ідентифікатором %1 не знайдено</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>change %1 is for an unknown record type &apos;%2&apos;; nothing was imported</source>
        <translation>зміна %1 стосується невідомого типу запису &apos;%2&apos;; нічого не імпортовано</translation>
    </message>
    <message>
        <source>change %1 sets an unknown field of %2; nothing was imported</source>
        <translation>зміна %1 задає невідоме поле для %2; нічого не імпортовано</translation>
    </message>
    <message>
        <source>cannot write the bundle: %1</source>
        <translation>не вдалося записати пакет: %1</translation>
    </message>
    <message>
        <source>cannot read the bundle: %1</source>
        <translation>не вдалося прочитати пакет: %1</translation>
    </message>
    <message>
        <source>this bundle was written by Tandem %1 (database version %2; this copy has %3). Update Tandem to version %1 to import it; nothing was imported.</source>
        <translation>цей пакет створено в Tandem %1 (версія бази даних %2; у цій копії — %3). Оновіть Tandem до версії %1, щоб його імпортувати; нічого не імпортовано.</translation>
    </message>
    <message>
        <source>the shared folder does not exist</source>
        <translation>спільної папки не існує</translation>
    </message>
    <message>
        <source>there is no open conflict with id %1</source>
        <translation>відкритого конфлікту з ідентифікатором %1 не знайдено</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>записи відповідального %1</translation>
    </message>
    <message>
        <source>territory %1</source>
        <translation>записи території %1</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>усі дані</translation>
    </message>
    <message>
        <source>this bundle is from a copy that holds only part of the data, and it refers to records this copy does not hold yet; import a bundle from the office (a copy that holds everything) first. Nothing was imported.</source>
        <translation>цей пакет створено в копії, яка містить лише частину даних, і він посилається на записи, яких у цій копії ще немає; спершу імпортуйте пакет з офісу (з копії, яка містить усі дані). Нічого не імпортовано.</translation>
    </message>
</context>
<context>
    <name>TargetProgress</name>
    <message>
        <source>the period of the targets must start before it ends</source>
        <translation>період планів продажів має починатися раніше, ніж закінчується</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>запис %1 з ідентифікатором %2 не знайдено</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>a target is either a rep&apos;s or a team&apos;s</source>
        <translation>план продажів може належати або менеджеру, або команді</translation>
    </message>
    <message>
        <source>a target cannot be below zero</source>
        <translation>план продажів не може бути від&apos;ємним</translation>
    </message>
    <message>
        <source>no month was given for the targets</source>
        <translation>не вказано місяць для планів продажів</translation>
    </message>
    <message>
        <source>“%1” is not a period for targets: month, quarter or year</source>
        <translation>«%1» не є періодом для планів продажів: можливі значення month, quarter або year</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>A task needs a subject.</source>
        <translation>Для завдання потрібна тема.</translation>
    </message>
    <message>
        <source>The priority must be low, normal or high.</source>
        <translation>Пріоритет має бути низьким, звичайним або високим.</translation>
    </message>
    <message>
        <source>The repeat rule cannot be used: %1</source>
        <translation>Правило повтору не можна використати: %1</translation>
    </message>
    <message>
        <source>A repeating task needs a due date.</source>
        <translation>Для повторюваного завдання потрібен термін.</translation>
    </message>
    <message>
        <source>There is no such task.</source>
        <translation>Такого завдання немає.</translation>
    </message>
</context>
<context>
    <name>Territories</name>
    <message>
        <source>There is no territory with id %1.</source>
        <translation>Територію з ідентифікатором %1 не знайдено.</translation>
    </message>
    <message>
        <source>Choose a territory to reassign.</source>
        <translation>Виберіть територію, яку потрібно передати.</translation>
    </message>
    <message>
        <source>There is no user with id “%1” to take the territory.</source>
        <translation>Немає користувача з ідентифікатором «%1», якому можна передати територію.</translation>
    </message>
    <message>
        <source>%1 is no longer active and cannot take territory “%2”.</source>
        <translation>Користувач %1 неактивний, тому йому не можна передати територію «%2».</translation>
    </message>
    <message>
        <source>%1 already owns territory “%2”.</source>
        <translation>Користувач %1 уже відповідає за територію «%2».</translation>
    </message>
    <message>
        <source>Territory “%1” is yours now: %2.</source>
        <translation>Вам призначено територію «%1»: %2.</translation>
    </message>
    <message>
        <source>Territory “%1” is yours now, handed over from %2: %3.</source>
        <translation>Вам передано територію «%1» від %2: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n клієнт</numerusform>
            <numerusform>%n клієнти</numerusform>
            <numerusform>%n клієнтів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n угода в роботі</numerusform>
            <numerusform>%n угоди в роботі</numerusform>
            <numerusform>%n угод у роботі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open lead(s)</source>
        <translation>
            <numerusform>%n лід у роботі</numerusform>
            <numerusform>%n ліди в роботі</numerusform>
            <numerusform>%n лідів у роботі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n невиконане завдання</numerusform>
            <numerusform>%n невиконані завдання</numerusform>
            <numerusform>%n невиконаних завдань</numerusform>
        </translation>
    </message>
    <message>
        <source>Named accounts, assigned by hand</source>
        <translation>Закріплені клієнти, призначені вручну</translation>
    </message>
    <message>
        <source>industry: %1</source>
        <translation>галузь: %1</translation>
    </message>
    <message>
        <source>country: %1</source>
        <translation>країна: %1</translation>
    </message>
    <message>
        <source>region: %1</source>
        <translation>регіон: %1</translation>
    </message>
    <message>
        <source>city: %1</source>
        <translation>місто: %1</translation>
    </message>
    <message>
        <source>postcodes %1–%2</source>
        <translation>індекси %1–%2</translation>
    </message>
    <message>
        <source>postcodes from %1</source>
        <translation>індекси від %1</translation>
    </message>
    <message>
        <source>postcodes up to %1</source>
        <translation>індекси до %1</translation>
    </message>
    <message>
        <source>No rule yet: companies are assigned by hand</source>
        <translation>Правила ще немає: компанії призначаються вручну</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>unknown encoding “%1”</source>
        <translation>невідоме кодування «%1»</translation>
    </message>
    <message>
        <source>the file is not valid %1 text; choose its encoding</source>
        <translation>файл не є коректним текстом у кодуванні %1; виберіть його кодування</translation>
    </message>
    <message>
        <source>this is not a text file</source>
        <translation>це не текстовий файл</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Offer %1</source>
        <translation>Комерційна пропозиція %1</translation>
    </message>
    <message>
        <source>Added to Tandem</source>
        <translation>Додано до Tandem</translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>vCard version “%1” is not supported (2.1, 3.0 and 4.0 are)</source>
        <translation>версія vCard «%1» не підтримується (підтримуються 2.1, 3.0 і 4.0)</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD expected)</source>
        <translation>«%1» не є датою (очікується YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>BEGIN:VCARD inside a card: the card that starts on line %1 has no END:VCARD</source>
        <translation>BEGIN:VCARD усередині картки: картка, що починається в рядку %1, не має END:VCARD</translation>
    </message>
    <message>
        <source>END:VCARD without BEGIN:VCARD</source>
        <translation>END:VCARD без BEGIN:VCARD</translation>
    </message>
    <message>
        <source>text outside a card (BEGIN:VCARD … END:VCARD)</source>
        <translation>текст поза карткою (BEGIN:VCARD … END:VCARD)</translation>
    </message>
    <message>
        <source>END:%1 inside a card</source>
        <translation>END:%1 усередині картки</translation>
    </message>
    <message>
        <source>BEGIN:%1 inside a card</source>
        <translation>BEGIN:%1 усередині картки</translation>
    </message>
    <message>
        <source>the file ends inside the card that starts on this line (no END:VCARD)</source>
        <translation>файл закінчується всередині картки, що починається в цьому рядку (немає END:VCARD)</translation>
    </message>
    <message>
        <source>the file holds no vCard (no BEGIN:VCARD line)</source>
        <translation>файл не містить жодної vCard (немає рядка BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>не вдалося відкрити файл: %1</translation>
    </message>
    <message>
        <source>the line has no “:” between the property name and its value</source>
        <translation>у рядку немає «:» між назвою властивості та її значенням</translation>
    </message>
    <message>
        <source>the line is not a vCard property (NAME:value expected)</source>
        <translation>рядок не є властивістю vCard (очікується NAME:value)</translation>
    </message>
    <message>
        <source>“%1” is not valid quoted-printable text</source>
        <translation>«%1» не є коректним текстом quoted-printable</translation>
    </message>
    <message>
        <source>the base64 data is damaged (characters outside base64, or cut off)</source>
        <translation>дані base64 пошкоджено (символи поза base64 або дані обрізано)</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 and the line names no CHARSET</source>
        <translation>текст не є коректним UTF-8, а в рядку не вказано CHARSET</translation>
    </message>
    <message>
        <source>unknown character set “%1”</source>
        <translation>невідомий набір символів «%1»</translation>
    </message>
    <message>
        <source>the data: URI has no “,” before its data</source>
        <translation>в URI data: немає «,» перед даними</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Introduction</source>
        <translation>Знайомство</translation>
    </message>
    <message>
        <source>First call or meeting</source>
        <translation>Перший дзвінок або зустріч</translation>
    </message>
    <message>
        <source>Introduce the company and learn who decides.</source>
        <translation>Представте компанію та з&apos;ясуйте, хто ухвалює рішення.</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Кваліфікація</translation>
    </message>
    <message>
        <source>Qualify needs and budget</source>
        <translation>З&apos;ясувати потреби та бюджет</translation>
    </message>
    <message>
        <source>Confirm need, budget, decision maker and timing.</source>
        <translation>Підтвердьте потребу, бюджет, особу, яка ухвалює рішення, і терміни.</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Комерційна пропозиція</translation>
    </message>
    <message>
        <source>Send the offer</source>
        <translation>Надіслати комерційну пропозицію</translation>
    </message>
    <message>
        <source>Prepare and send the offer from the offer template.</source>
        <translation>Підготуйте комерційну пропозицію за шаблоном і надішліть її клієнту.</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Переговори</translation>
    </message>
    <message>
        <source>Agree terms</source>
        <translation>Узгодити умови</translation>
    </message>
    <message>
        <source>Follow up the offer and agree price and terms.</source>
        <translation>Отримайте відгук на комерційну пропозицію та узгодьте ціну й умови.</translation>
    </message>
    <message>
        <source>Contract and invoicing</source>
        <translation>Договір і рахунок</translation>
    </message>
    <message>
        <source>Sign the contract and invoice</source>
        <translation>Підписати договір і виставити рахунок</translation>
    </message>
    <message>
        <source>Send the contract for signature and issue the invoice.</source>
        <translation>Надішліть договір на підпис і виставте рахунок.</translation>
    </message>
    <message>
        <source>Handover to delivery</source>
        <translation>Передача на виконання</translation>
    </message>
    <message>
        <source>Hand over to delivery and support</source>
        <translation>Передати на виконання та підтримку</translation>
    </message>
    <message>
        <source>Introduce the delivery team and agree the start date.</source>
        <translation>Познайомте клієнта з командою виконання та узгодьте дату початку робіт.</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>Зависока ціна</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>Обрано конкурента</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Немає бюджету</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Рішення не ухвалено</translation>
    </message>
    <message>
        <source>Not followed up in time</source>
        <translation>Не опрацьовано вчасно</translation>
    </message>
    <message>
        <source>Product does not fit</source>
        <translation>Продукт не підходить</translation>
    </message>
    <message>
        <source>This database is already set up for %1.</source>
        <translation>Цю базу даних уже налаштовано для %1.</translation>
    </message>
    <message>
        <source>Enter your company&apos;s name.</source>
        <translation>Введіть назву вашої компанії.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Введіть ваше ім&apos;я.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code such as EUR or PLN.</source>
        <translation>&apos;%1&apos; не є кодом валюти (наприклад, UAH або EUR).</translation>
    </message>
    <message>
        <source>New business</source>
        <translation>Нові продажі</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Програно</translation>
    </message>
</context>
<context>
    <name>tandem::ActivitiesModule</name>
    <message>
        <source>New activity</source>
        <translation>створення активності</translation>
    </message>
    <message>
        <source>Someone else&apos;s customer</source>
        <translation>Чужий клієнт</translation>
    </message>
    <message>
        <source>%1

The activity is logged and the owner has been told.</source>
        <translation>%1

Активність записано, відповідального повідомлено.</translation>
    </message>
</context>
<context>
    <name>tandem::AgendaView</name>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Розклад</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Увесь день</translation>
    </message>
    <message>
        <source>Nothing planned in these days.</source>
        <translation>На ці дні нічого не заплановано.</translation>
    </message>
</context>
<context>
    <name>tandem::BoardFilterBar</name>
    <message>
        <source>Closing by</source>
        <translation>Закриття до</translation>
    </message>
    <message>
        <source>Only this salesperson&apos;s deals</source>
        <translation>Лише угоди цього менеджера з продажів</translation>
    </message>
    <message>
        <source>Only deals owned by this team&apos;s members</source>
        <translation>Лише угоди, за які відповідають члени цієї команди</translation>
    </message>
    <message>
        <source>Only deals with companies in this territory</source>
        <translation>Лише угоди з компаніями цієї території</translation>
    </message>
    <message>
        <source>Amount from</source>
        <translation>Сума від</translation>
    </message>
    <message>
        <source>Only deals of at least this amount</source>
        <translation>Лише угоди на суму, не меншу за вказану</translation>
    </message>
    <message>
        <source>Find a deal or company</source>
        <translation>Знайти угоду або компанію</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Очистити фільтри</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Усі відповідальні</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Усі команди</translation>
    </message>
    <message>
        <source>All territories</source>
        <translation>Усі території</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Для команди</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Територія</translation>
    </message>
</context>
<context>
    <name>tandem::BoardModel</name>
    <message>
        <source>Next: %1</source>
        <translation>Наступний крок: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · weighted %2</source>
        <translation>%1 · зважено %2</translation>
    </message>
    <message numerus="yes">
        <source>+ %n other currency(ies)</source>
        <translation>
            <numerusform>+ %n інша валюта</numerusform>
            <numerusform>+ %n інші валюти</numerusform>
            <numerusform>+ %n інших валют</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::BoardView</name>
    <message>
        <source>Drop here: won</source>
        <translation>Перетягніть сюди: виграно</translation>
    </message>
    <message>
        <source>Drop here: lost…</source>
        <translation>Перетягніть сюди: програно…</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка продажів</translation>
    </message>
    <message>
        <source>The pipeline the board shows</source>
        <translation>Воронка продажів, яку показує дошка</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Show the weighted forecast of these deals by close month</source>
        <translation>Показати зважений прогноз для цих угод за місяцями закриття</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n угода в роботі</numerusform>
            <numerusform>%n угоди в роботі</numerusform>
            <numerusform>%n угод у роботі</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::CalendarModel</name>
    <message>
        <source>Busy</source>
        <translation>Зайнято</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Дзвінок</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. лист</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Зустріч</translation>
    </message>
</context>
<context>
    <name>tandem::CalendarModule</name>
    <message>
        <source>New &amp;event…</source>
        <translation>Нова &amp;подія…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Сьогодні</translation>
    </message>
    <message>
        <source>&amp;Previous period</source>
        <translation>Попере&amp;дній період</translation>
    </message>
    <message>
        <source>Ne&amp;xt period</source>
        <translation>&amp;Наступний період</translation>
    </message>
    <message>
        <source>Find a &amp;free time…</source>
        <translation>Знайти &amp;вільний час…</translation>
    </message>
    <message>
        <source>&amp;Dormant customers…</source>
        <translation>Неа&amp;ктивні клієнти…</translation>
    </message>
    <message>
        <source>&amp;Import calendar (.ics)…</source>
        <translation>&amp;Імпортувати календар (.ics)…</translation>
    </message>
    <message>
        <source>E&amp;xport these days (.ics)…</source>
        <translation>&amp;Експортувати ці дні (.ics)…</translation>
    </message>
    <message>
        <source>A time when you and the colleagues you pick are all free</source>
        <translation>Час, коли ви й вибрані колеги вільні</translation>
    </message>
    <message>
        <source>Customers who have not bought or heard from us for a while</source>
        <translation>Клієнти, які давно нічого не купували або з якими давно не було контакту</translation>
    </message>
    <message>
        <source>Events and tasks from Thunderbird, Outlook or Google Calendar</source>
        <translation>Події та завдання з Thunderbird, Outlook або Google Календаря</translation>
    </message>
    <message>
        <source>The days and calendars on screen, as a file other calendars open</source>
        <translation>Показані дні й календарі у файлі, який відкривають інші календарі</translation>
    </message>
    <message>
        <source>Plan a meeting, call or task (Ctrl+Shift+E)</source>
        <translation>Запланувати зустріч, дзвінок або завдання (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календар</translation>
    </message>
</context>
<context>
    <name>tandem::CalendarView</name>
    <message>
        <source>Side by side</source>
        <translation>Поруч</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Go to today (Ctrl+T)</source>
        <translation>Перейти до сьогоднішнього дня (Ctrl+T)</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Попередній період</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Наступний період</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Work week</source>
        <translation>Робочий тиждень</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Тиждень</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Розклад</translation>
    </message>
    <message>
        <source>Colour by kind</source>
        <translation>Колір за типом</translation>
    </message>
    <message>
        <source>Colour by owner</source>
        <translation>Колір за відповідальним</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Колір</translation>
    </message>
    <message>
        <source>Each chosen colleague in a column of their own</source>
        <translation>Кожен вибраний колега в окремому стовпці</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Календарі</translation>
    </message>
    <message>
        <source>Whose calendars to show: yours and your colleagues&apos;</source>
        <translation>Чиї календарі показувати: ваш і ваших колег</translation>
    </message>
    <message>
        <source>Calendars (%1)</source>
        <translation>Календарі (%1)</translation>
    </message>
    <message>
        <source>New event “%1”</source>
        <translation>створення події «%1»</translation>
    </message>
    <message>
        <source>Event not saved</source>
        <translation>Подію не збережено</translation>
    </message>
    <message>
        <source>Move a repeating event</source>
        <translation>Переміщення повторюваної події</translation>
    </message>
    <message>
        <source>“%1” repeats. Move only this occurrence (Yes) or every occurrence (Yes to All)?</source>
        <translation>Подія «%1» повторюється. Перемістити лише це повторення (Так) чи всі повторення (Так для всіх)?</translation>
    </message>
    <message>
        <source>Change the length of “%1”</source>
        <translation>зміну тривалості події «%1»</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>переміщення події «%1»</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Не переміщено</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>редагування події «%1»</translation>
    </message>
    <message>
        <source>Delete a repeating event</source>
        <translation>Видалення повторюваної події</translation>
    </message>
    <message>
        <source>“%1” repeats. Delete only this occurrence (Yes) or the whole series (Yes to All)?</source>
        <translation>Подія «%1» повторюється. Видалити лише це повторення (Так) чи всю серію (Так для всіх)?</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>видалення події «%1»</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Не видалено</translation>
    </message>
</context>
<context>
    <name>tandem::CampaignCardView</name>
    <message>
        <source>Record response…</source>
        <translation>Записати відгук…</translation>
    </message>
    <message>
        <source>Import attendees…</source>
        <translation>Імпортувати учасників…</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Редагувати відомості</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Відгуки</translation>
    </message>
    <message>
        <source>Untouched</source>
        <translation>Неопрацьовані</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Кваліфіковано</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Виграні угоди</translation>
    </message>
    <message>
        <source>Revenue won</source>
        <translation>Виручка</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Витрати</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Вартість ліда</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Рентабельність</translation>
    </message>
    <message>
        <source>Someone answered the campaign: make them a lead with a follow-up</source>
        <translation>Хтось відгукнувся на кампанію: створити лід із завданням на опрацювання</translation>
    </message>
    <message>
        <source>Add a CSV list of attendees as responses, all or nothing</source>
        <translation>Додати список учасників із файлу CSV як відгуки: або всіх, або нікого</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>відповідальний: %1</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>сегмент: %1</translation>
    </message>
    <message>
        <source>goal %1 · %2</source>
        <translation>ціль: %1 · %2</translation>
    </message>
    <message>
        <source>Responses nobody has called, met or written to yet</source>
        <translation>Відгуки, з авторами яких ще ніхто не зв&apos;язувався (ні дзвінком, ні зустріччю, ні листом)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>Deals won of the deals the campaign brought</source>
        <translation>Виграні угоди з-поміж угод, які принесла кампанія</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>budget %1 · %2</source>
        <translation>бюджет: %1 · %2</translation>
    </message>
    <message>
        <source>(revenue won − cost) ÷ cost</source>
        <translation>(виручка − витрати) ÷ витрати</translation>
    </message>
    <message>
        <source>No responses yet</source>
        <translation>Відгуків ще немає</translation>
    </message>
    <message>
        <source>Responses (%1)</source>
        <translation>Відгуки (%1)</translation>
    </message>
    <message>
        <source>%1 · untouched</source>
        <translation>%1 · не опрацьовано</translation>
    </message>
    <message>
        <source>Nobody has called, met or written to them yet</source>
        <translation>З цією людиною ще ніхто не зв&apos;язувався (ні дзвінком, ні зустріччю, ні листом)</translation>
    </message>
    <message>
        <source>Response to “%1”</source>
        <translation>запис відгуку на кампанію «%1»</translation>
    </message>
    <message>
        <source>Record response</source>
        <translation>Запис відгуку</translation>
    </message>
    <message>
        <source>The response was not recorded: %1</source>
        <translation>Відгук не записано: %1</translation>
    </message>
    <message>
        <source>Import attendees of “%1”</source>
        <translation>Імпорт учасників кампанії «%1»</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файли CSV (*.csv *.txt);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Import attendees from %1</source>
        <translation>імпорт учасників із файлу %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Нічого не імпортовано: %1</translation>
    </message>
    <message>
        <source>Import attendees</source>
        <translation>Імпорт учасників</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2</source>
        <translation>З файлу %1 нічого не імпортовано:
%2</translation>
    </message>
    <message>
        <source>%1: %2 new lead(s), %3 of them linked to existing contacts; %4 skipped.</source>
        <translation>%1: нових лідів — %2, з них пов&apos;язано з наявними контактами — %3; пропущено — %4.</translation>
    </message>
    <message>
        <source>Line %1: %2 — %3</source>
        <translation>Рядок %1: %2 — %3</translation>
    </message>
</context>
<context>
    <name>tandem::CaseCardView</name>
    <message>
        <source>Start work</source>
        <translation>Взяти в роботу</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Очікуємо на клієнта</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Вирішити…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Повернути в роботу</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Редагувати відомості</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Хід роботи</translation>
    </message>
    <message>
        <source>Steps of the case</source>
        <translation>Хід роботи над зверненням</translation>
    </message>
    <message>
        <source>start work</source>
        <translation>взяття в роботу</translation>
    </message>
    <message>
        <source>wait for the customer</source>
        <translation>очікування на клієнта</translation>
    </message>
    <message>
        <source>close the case</source>
        <translation>закриття звернення</translation>
    </message>
    <message>
        <source>reopen the case</source>
        <translation>повернення звернення в роботу</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Звернення</translation>
    </message>
    <message>
        <source>resolve the case</source>
        <translation>вирішення звернення</translation>
    </message>
    <message>
        <source>priority: %1</source>
        <translation>пріоритет: %1</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>без відповідального</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>відповідальний: %1</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>без терміну</translation>
    </message>
    <message>
        <source>done %1, late</source>
        <translation>виконано %1, із запізненням</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>виконано %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>прострочено</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>термін спливає</translation>
    </message>
    <message>
        <source>Respond by</source>
        <translation>Відповісти до</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>Вирішити до</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Рішення:</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>Задоволеність:</translation>
    </message>
</context>
<context>
    <name>tandem::CaseRulesDialog</name>
    <message>
        <source>Deadlines per priority, in working hours</source>
        <translation>Терміни за пріоритетами, у робочих годинах</translation>
    </message>
    <message>
        <source>The team&apos;s own days off</source>
        <translation>Власні вихідні дні команди</translation>
    </message>
    <message>
        <source>Case deadline rules</source>
        <translation>Правила термінів для звернень</translation>
    </message>
    <message>
        <source>A new case must be answered and resolved within these working hours, counted from when it was opened. Working hours and days are set in Settings › Working hours; public holidays and the team&apos;s days off do not count. A changed rule applies to cases opened from now on.</source>
        <translation>На нове звернення потрібно відповісти й вирішити його протягом указаної кількості робочих годин від моменту створення. Робочі години та дні задаються в розділі Налаштування › Робочі години; державні свята й вихідні дні команди не враховуються. Змінене правило застосовується до звернень, створених після зміни.</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Терміни</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Немає</translation>
    </message>
    <message>
        <source>Public holidays of:</source>
        <translation>Державні свята країни:</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Вихідний день</translation>
    </message>
    <message>
        <source>Days &amp;off</source>
        <translation>&amp;Вихідні дні</translation>
    </message>
    <message>
        <source>holiday country</source>
        <translation>зміну країни для державних свят</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <source>No public holidays are counted as days off.</source>
        <translation>Державні свята не враховуються як вихідні дні.</translation>
    </message>
    <message>
        <source>Days off in %1: %2</source>
        <translation>Вихідні дні в %1 році: %2</translation>
    </message>
</context>
<context>
    <name>tandem::CasesModule</name>
    <message>
        <source>Case</source>
        <translation>Звернення</translation>
    </message>
    <message>
        <source>Which cases</source>
        <translation>Які звернення показати</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Звернення в роботі</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>Потребують уваги</translation>
    </message>
    <message>
        <source>My open cases</source>
        <translation>Мої звернення в роботі</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Усі звернення</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показати:</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>створення звернення</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>редагування звернення «%1»</translation>
    </message>
    <message>
        <source>Deadline &amp;rules…</source>
        <translation>Правила &amp;термінів…</translation>
    </message>
    <message>
        <source>How soon cases must be answered and resolved, and the days off</source>
        <translation>Як швидко потрібно відповідати на звернення й вирішувати їх, а також вихідні дні</translation>
    </message>
</context>
<context>
    <name>tandem::CatalogueModule</name>
    <message>
        <source>Catalogue</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <source>Sales materials</source>
        <translation>Матеріали для продажів</translation>
    </message>
    <message>
        <source>Add files to the sales materials library</source>
        <translation>Додати файли до бібліотеки матеріалів для продажів</translation>
    </message>
    <message>
        <source>Remove the selected files from the sales materials library</source>
        <translation>Видалити вибрані файли з бібліотеки матеріалів для продажів</translation>
    </message>
</context>
<context>
    <name>tandem::CompanyCardView</name>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Відділ</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Угода</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Очікуване закриття</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Контактні особи</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Угоди</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Ухвалює рішення</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Клас %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Won revenue&lt;/b&gt; %1 (%2 deals) &amp;nbsp;&amp;nbsp; &lt;b&gt;Open pipeline&lt;/b&gt; %3 (%4 deals) &amp;nbsp;&amp;nbsp; &lt;b&gt;Lost&lt;/b&gt; %5 deals</source>
        <translation>&lt;b&gt;Виграна виручка&lt;/b&gt; %1 (угод: %2) &amp;nbsp;&amp;nbsp; &lt;b&gt;Воронка в роботі&lt;/b&gt; %3 (угод: %4) &amp;nbsp;&amp;nbsp; &lt;b&gt;Програно&lt;/b&gt; угод: %5</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Subsidiaries</source>
        <translation>Дочірні компанії</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Контактні особи (%1)</translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation>Угоди (%1)</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Хронологія (%1)</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Додати звернення…</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Звернення</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Звернення</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Satisfaction&lt;/b&gt; %1 / 5 (%n case(s))</source>
        <translation>
            <numerusform>&lt;b&gt;Задоволеність&lt;/b&gt; %1 / 5 (%n звернення)</numerusform>
            <numerusform>&lt;b&gt;Задоволеність&lt;/b&gt; %1 / 5 (%n звернення)</numerusform>
            <numerusform>&lt;b&gt;Задоволеність&lt;/b&gt; %1 / 5 (%n звернень)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases (%1 open)</source>
        <translation>Звернення (у роботі: %1)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Документи (%1)</translation>
    </message>
</context>
<context>
    <name>tandem::CompanyDocumentsView</name>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Зберегти копію…</translation>
    </message>
    <message>
        <source>Filter by name, deal, person or recipient…</source>
        <translation>Фільтр за назвою, угодою, контактною особою або одержувачем…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Створив</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Одержувач</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Надіслано</translation>
    </message>
    <message>
        <source>No documents yet. The offers, orders and contracts made on this company&apos;s deals and the letters to its people are kept here.</source>
        <translation>Документів поки немає. Тут зберігаються комерційні пропозиції, підтвердження замовлень і договори, створені за угодами цієї компанії, а також листи її контактним особам.</translation>
    </message>
</context>
<context>
    <name>tandem::CompetitorCardView</name>
    <message>
        <source>Edit details</source>
        <translation>Редагувати відомості</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Deals lost to them</source>
        <translation>Угоди, програні цьому конкуренту</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Сильні сторони</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Слабкі сторони</translation>
    </message>
    <message>
        <source>Price points</source>
        <translation>Цінові орієнтири</translation>
    </message>
    <message>
        <source>Lost on</source>
        <translation>Дата програшу</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Угода</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Take “%1” off “%2”</source>
        <translation>відв&apos;язування угоди «%1» від конкурента «%2»</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation>Відкрити угоду</translation>
    </message>
    <message>
        <source>Not lost to this competitor</source>
        <translation>Програно не цьому конкуренту</translation>
    </message>
    <message>
        <source>Nothing noted yet</source>
        <translation>Ще нічого не записано</translation>
    </message>
    <message>
        <source>No deal has been lost to %1 yet.</source>
        <translation>Конкуренту %1 ще не програно жодної угоди.</translation>
    </message>
    <message>
        <source>Deals lost: %1</source>
        <translation>Програно угод: %1</translation>
    </message>
    <message>
        <source>Deals lost: %1, worth %2</source>
        <translation>Програно угод: %1 на суму %2</translation>
    </message>
    <message>
        <source>last on %1</source>
        <translation>востаннє %1</translation>
    </message>
    <message>
        <source>usual reason “%1” (%2 of %3)</source>
        <translation>найчастіша причина — «%1» (%2 з %3)</translation>
    </message>
    <message>
        <source>Deals lost to them (%1)</source>
        <translation>Угоди, програні цьому конкуренту (%1)</translation>
    </message>
</context>
<context>
    <name>tandem::CompetitorsPart</name>
    <message>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <source>Most deals lost to: %1</source>
        <translation>Найбільше угод програно конкурентам: %1</translation>
    </message>
</context>
<context>
    <name>tandem::ConflictModel</name>
    <message>
        <source>(deleted)</source>
        <translation>(видалено)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(порожньо)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>хтось</translation>
    </message>
    <message>
        <source>Deleted or kept</source>
        <translation>Видалено чи збережено</translation>
    </message>
    <message>
        <source>The value every copy shows now</source>
        <translation>Значення, яке зараз показують усі копії</translation>
    </message>
    <message>
        <source>The value written at the same time on another copy</source>
        <translation>Значення, записане в той самий час в іншій копії</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Показане зараз</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Інше значення</translation>
    </message>
</context>
<context>
    <name>tandem::ContactCardView</name>
    <message>
        <source>Timeline (%1)</source>
        <translation>Хронологія (%1)</translation>
    </message>
    <message>
        <source>★ Decision maker</source>
        <translation>★ Ухвалює рішення</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Клас %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>прострочено</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
</context>
<context>
    <name>tandem::ConvertLeadDialog</name>
    <message>
        <source>Expected to close on</source>
        <translation>Очікувана дата закриття</translation>
    </message>
    <message>
        <source>Convert lead to deal</source>
        <translation>Конвертація ліда в угоду</translation>
    </message>
    <message>
        <source>“%1” becomes a deal. Its calls, notes and documents go with it; the lead stays, marked converted.</source>
        <translation>«%1» стане угодою. Дзвінки, нотатки й документи ліда перейдуть до неї; сам лід залишиться з позначкою «Конвертовано».</translation>
    </message>
    <message>
        <source>No company</source>
        <translation>Без компанії</translation>
    </message>
    <message>
        <source>New company “%1”</source>
        <translation>Нова компанія «%1»</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Без контакту</translation>
    </message>
    <message>
        <source>New contact “%1”</source>
        <translation>Новий контакт «%1»</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Компанія:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>К&amp;онтакт:</translation>
    </message>
    <message>
        <source>The lead&apos;s title</source>
        <translation>Назва ліда</translation>
    </message>
    <message>
        <source>Deal &amp;title:</source>
        <translation>&amp;Назва угоди:</translation>
    </message>
    <message>
        <source>Amount in %1 (optional)</source>
        <translation>Сума в %1 (необов&apos;язково)</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Сума:</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Конвертувати</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Type it like 12500 or 12 500,50, or leave it empty.</source>
        <translation>«%1» не є сумою. Введіть її так: 12500 або 12 500,50 — чи залиште поле порожнім.</translation>
    </message>
</context>
<context>
    <name>tandem::CsvColumnsView</name>
    <message>
        <source>Comma ( , )</source>
        <translation>Кома ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Крапка з комою ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляція</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Кодування:</translation>
    </message>
    <message>
        <source>Separated by:</source>
        <translation>Роздільник:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Стовпець у файлі</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Перші значення</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Імпортується як</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— не імпортується —</translation>
    </message>
    <message>
        <source>Not imported unless you pick a field: %1</source>
        <translation>Не імпортуватимуться, доки ви не виберете поле: %1</translation>
    </message>
    <message>
        <source>Every column with data goes into a field.</source>
        <translation>Кожен стовпець із даними має відповідне поле.</translation>
    </message>
</context>
<context>
    <name>tandem::DashboardSection</name>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Стосується</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Угода</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Очікуване закриття</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лід</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>First contact due</source>
        <translation>Перший контакт до</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Сьогодні о %1</translation>
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
        <translation>Вибрати дату</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as %2</source>
        <translation>«%1» не є датою; введіть її так: %2</translation>
    </message>
    <message>
        <source>“%1” is not a date and time; write it as %2</source>
        <translation>«%1» не є датою й часом; введіть їх так: %2</translation>
    </message>
</context>
<context>
    <name>tandem::DealCardDelegate</name>
    <message>
        <source>closes %1</source>
        <translation>закриття %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) here</source>
        <translation>
            <numerusform>%n день на етапі</numerusform>
            <numerusform>%n дні на етапі</numerusform>
            <numerusform>%n днів на етапі</numerusform>
        </translation>
    </message>
    <message>
        <source>No next step planned</source>
        <translation>Наступний крок не заплановано</translation>
    </message>
</context>
<context>
    <name>tandem::DealCardView</name>
    <message>
        <source>Next stage</source>
        <translation>Наступний етап</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Виграно</translation>
    </message>
    <message>
        <source>Lost…</source>
        <translation>Програно…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Повернути в роботу</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Редагувати відомості</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>відповідальний: %1</translation>
    </message>
    <message>
        <source>expected to close %1</source>
        <translation>очікуване закриття: %1</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>Програно: %1</translation>
    </message>
    <message>
        <source>No playbook actions in this stage</source>
        <translation>На цьому етапі немає дій сценарію</translation>
    </message>
    <message>
        <source>Playbook of “%1”</source>
        <translation>Сценарій етапу «%1»</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(обов&apos;язкова)</translation>
    </message>
    <message>
        <source>was due %1</source>
        <translation>термін був %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>прострочено з %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>%1 — not needed for this deal</source>
        <translation>%1 — не потрібно для цієї угоди</translation>
    </message>
    <message>
        <source>Tick “%1”</source>
        <translation>позначення дії «%1»</translation>
    </message>
    <message>
        <source>Untick “%1”</source>
        <translation>зняття позначки з дії «%1»</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Комерційні пропозиції</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Quote — %1</source>
        <translation>Комерційна пропозиція — %1</translation>
    </message>
</context>
<context>
    <name>tandem::DealDocumentsView</name>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Зберегти як…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Створив</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Одержувач</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Надіслано</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Комерційна пропозиція</translation>
    </message>
    <message>
        <source>Sales material</source>
        <translation>Матеріал для продажів</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Attach from library…</source>
        <translation>Прикріпити з бібліотеки…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Attach brochures, presentations or price sheets from the sales materials library</source>
        <translation>Прикріпити брошури, презентації або прайс-листи з бібліотеки матеріалів для продажів</translation>
    </message>
    <message>
        <source>Attach from the sales materials</source>
        <translation>Прикріпити з матеріалів для продажів</translation>
    </message>
    <message numerus="yes">
        <source>Attach %n file(s) from the sales materials</source>
        <translation>
            <numerusform>прикріплення %n файлу з матеріалів для продажів</numerusform>
            <numerusform>прикріплення %n файлів з матеріалів для продажів</numerusform>
            <numerusform>прикріплення %n файлів з матеріалів для продажів</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach from library</source>
        <translation>Прикріпити з бібліотеки</translation>
    </message>
</context>
<context>
    <name>tandem::DealQuotesView</name>
    <message>
        <source>New quote</source>
        <translation>Нова пропозиція</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Надіслано</translation>
    </message>
</context>
<context>
    <name>tandem::DealsModule</name>
    <message>
        <source>Deal</source>
        <translation>Угода</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>створення угоди</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>редагування угоди «%1»</translation>
    </message>
</context>
<context>
    <name>tandem::DocumentSettingsPage</name>
    <message>
        <source>Open folder</source>
        <translation>Відкрити папку</translation>
    </message>
    <message>
        <source>Copy the shipped templates there</source>
        <translation>Скопіювати туди шаблони з комплекту Tandem</translation>
    </message>
    <message>
        <source>Letterhead lines</source>
        <translation>Рядки бланка</translation>
    </message>
    <message>
        <source>Discount needing a manager&apos;s approval</source>
        <translation>Знижка, яка потребує затвердження керівником</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Ніколи</translation>
    </message>
    <message>
        <source>Offers valid for</source>
        <translation>Термін дії пропозицій</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Quote number series on this computer</source>
        <translation>Серія номерів пропозицій на цьому комп&apos;ютері</translation>
    </message>
    <message>
        <source>&amp;Letterhead:</source>
        <translation>&amp;Бланк:</translation>
    </message>
    <message>
        <source>Under the company&apos;s name on every page, one line each. Empty: the Company tab&apos;s address, VAT code, phone, e-mail and website.</source>
        <translation>Під назвою компанії на кожній сторінці, по одному рядку. Якщо порожньо — адреса, номер платника ПДВ, телефон, ел. пошта й вебсайт із вкладки «Компанія».</translation>
    </message>
    <message>
        <source>Discount needing &amp;approval:</source>
        <translation>Знижка, яка потребує &amp;затвердження:</translation>
    </message>
    <message>
        <source>A quote with a larger discount is sent once a manager approves it.</source>
        <translation>Пропозицію з більшою знижкою можна надіслати лише після того, як її затвердить керівник.</translation>
    </message>
    <message>
        <source>Offers &amp;valid for:</source>
        <translation>&amp;Термін дії пропозицій:</translation>
    </message>
    <message>
        <source>Number &amp;series:</source>
        <translation>&amp;Серія номерів:</translation>
    </message>
    <message>
        <source>1 to 4 letters or digits, for the quotes made on this computer: laptops making offers offline never give two the same number.</source>
        <translation>Від 1 до 4 літер або цифр для пропозицій, створених на цьому комп&apos;ютері: так ноутбуки, на яких пропозиції створюють без підключення до мережі, ніколи не присвоять двом пропозиціям однаковий номер.</translation>
    </message>
    <message>
        <source>Templates folder:</source>
        <translation>Папка шаблонів:</translation>
    </message>
    <message>
        <source>Your own templates (HTML) there win over the shipped ones.</source>
        <translation>Ваші власні шаблони (HTML) у цій папці мають перевагу над шаблонами з комплекту Tandem.</translation>
    </message>
    <message>
        <source>Next offers: %1</source>
        <extracomment>Settings › Offers and documents, beside the number series: &quot;Next offers: Q-2026-VN-0001&quot;</extracomment>
        <translation>Наступний номер: %1</translation>
    </message>
    <message>
        <source>Document templates</source>
        <translation>Шаблони документів</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Не вдалося створити папку %1.</translation>
    </message>
    <message>
        <source>The templates are in %1.</source>
        <translation>Шаблони розташовано в папці %1.</translation>
    </message>
    <message>
        <source>All the templates were there already; none was changed.</source>
        <translation>Усі шаблони вже є в папці; жоден не змінено.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n template(s).</source>
        <translation>
            <numerusform>Скопійовано %n шаблон.</numerusform>
            <numerusform>Скопійовано %n шаблони.</numerusform>
            <numerusform>Скопійовано %n шаблонів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n template(s) already there unchanged.</source>
        <translation>
            <numerusform>Без змін залишено %n наявний шаблон.</numerusform>
            <numerusform>Без змін залишено %n наявні шаблони.</numerusform>
            <numerusform>Без змін залишено %n наявних шаблонів.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::DormantDialog</name>
    <message>
        <source>Save letter</source>
        <translation>Зберегти лист</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Позначити всіх</translation>
    </message>
    <message>
        <source>Create follow-up tasks</source>
        <translation>Створити завдання для повторного контакту</translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation>Неактивні клієнти</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Нове правило</translation>
    </message>
    <message>
        <source>Get back in touch with {company}</source>
        <translation>Відновити контакт із компанією {company}</translation>
    </message>
    <message>
        <source>&amp;Letter for the follow-up task (placeholders: {company}, {contact}, {owner}, {last_purchase}, {last_contact}):</source>
        <translation>&amp;Лист для завдання повторного контакту (підстановки: {company}, {contact}, {owner}, {last_purchase}, {last_contact}):</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Остання покупка</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Останній контакт</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Днів</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <source>Choose or add a rule.</source>
        <translation>Виберіть або додайте правило.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ніколи</translation>
    </message>
    <message>
        <source>No customer is dormant by this rule.</source>
        <translation>За цим правилом неактивних клієнтів немає.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found. Tick those who should get a follow-up task.</source>
        <translation>
            <numerusform>Знайдено %n клієнта. Позначте тих, для кого потрібно створити завдання для повторного контакту.</numerusform>
            <numerusform>Знайдено %n клієнти. Позначте тих, для кого потрібно створити завдання для повторного контакту.</numerusform>
            <numerusform>Знайдено %n клієнтів. Позначте тих, для кого потрібно створити завдання для повторного контакту.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the customers who should get a follow-up task.</source>
        <translation>Позначте клієнтів, для яких потрібно створити завдання для повторного контакту.</translation>
    </message>
    <message numerus="yes">
        <source>Create %n follow-up task(s)</source>
        <translation>
            <numerusform>створення %n завдання для повторного контакту</numerusform>
            <numerusform>створення %n завдань для повторного контакту</numerusform>
            <numerusform>створення %n завдань для повторного контакту</numerusform>
        </translation>
    </message>
    <message>
        <source>No follow-up tasks created</source>
        <translation>Завдання не створено</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up task(s) created.</source>
        <translation>
            <numerusform>Створено %n завдання для повторного контакту.</numerusform>
            <numerusform>Створено %n завдання для повторного контакту.</numerusform>
            <numerusform>Створено %n завдань для повторного контакту.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open complaint(s): no sales letter until resolved</source>
        <translation>
            <numerusform>%n невирішена скарга: лист із пропозицією можна надіслати лише після її вирішення</numerusform>
            <numerusform>%n невирішені скарги: лист із пропозицією можна надіслати лише після їх вирішення</numerusform>
            <numerusform>%n невирішених скарг: лист із пропозицією можна надіслати лише після їх вирішення</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an open complaint left out (greyed).</source>
        <translation>
            <numerusform>Пропущено %n клієнта з невирішеною скаргою (позначено сірим).</numerusform>
            <numerusform>Пропущено %n клієнти з невирішеними скаргами (позначено сірим).</numerusform>
            <numerusform>Пропущено %n клієнтів із невирішеними скаргами (позначено сірим).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::DrillDialog</name>
    <message numerus="yes">
        <source>%n record(s). Double-click one to open it.</source>
        <translation>
            <numerusform>%n запис. Щоб відкрити запис, двічі клацніть його.</numerusform>
            <numerusform>%n записи. Щоб відкрити запис, двічі клацніть його.</numerusform>
            <numerusform>%n записів. Щоб відкрити запис, двічі клацніть його.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
</context>
<context>
    <name>tandem::DuplicatesDialog</name>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Об&apos;єднати</translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation>&amp;Не дублікати</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Дублікати: %1</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Збіг</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Схожий на</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Залишити:</translation>
    </message>
    <message>
        <source>Tick the values the kept record should have. Empty fields are filled from the other; every activity, deal, note and history entry of both is kept.</source>
        <translation>Позначте значення, які має отримати запис, що залишиться. Порожні поля заповнюються з іншого запису; усі активності, угоди, нотатки й записи історії змін обох записів зберігаються.</translation>
    </message>
    <message>
        <source>Make the two one record, keeping everything linked to either</source>
        <translation>Об&apos;єднати два записи в один, зберігши все, що пов&apos;язано з кожним із них</translation>
    </message>
    <message>
        <source>These are different records: do not propose them again</source>
        <translation>Це різні записи: більше не пропонувати їх</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No likely duplicates among the %1.</source>
        <translation>Серед записів (%1) імовірних дублікатів не знайдено.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) that look like the same record.</source>
        <translation>
            <numerusform>%n пара записів, схожих на дублікати.</numerusform>
            <numerusform>%n пари записів, схожих на дублікати.</numerusform>
            <numerusform>%n пар записів, схожих на дублікати.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Об&apos;єднання</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”? Everything linked to “%1” moves to “%2”, and “%1” is kept only in the history.</source>
        <translation>Об&apos;єднати «%1» з «%2»? Усе, що пов&apos;язано з «%1», буде перенесено до «%2», а «%1» залишиться лише в історії змін.</translation>
    </message>
    <message>
        <source>Not duplicates</source>
        <translation>Не дублікати</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <extracomment>Undo menu entry: &quot;Merge Ruta Jankauskaite into Rūta Jankauskaitė&quot;</extracomment>
        <translation>Об&apos;єднати «%1» з «%2»</translation>
    </message>
</context>
<context>
    <name>tandem::EventDialog</name>
    <message>
        <source>All day</source>
        <translation>Увесь день</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Завершення</translation>
    </message>
    <message>
        <source>Private: colleagues see only that I am busy</source>
        <translation>Приватно: колеги бачать лише, що цей час зайнятий</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Зустріч</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Дзвінок</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. лист</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Presentation for …, call back …</source>
        <translation>Презентація для …, передзвонити …</translation>
    </message>
    <message>
        <source>Address, room or video link</source>
        <translation>Адреса, кімната або посилання на відеозустріч</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Без нагадування</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>На початку</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>За %n хвилину</numerusform>
            <numerusform>За %n хвилини</numerusform>
            <numerusform>За %n хвилин</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>За 1 годину</translation>
    </message>
    <message>
        <source>2 hours before</source>
        <translation>За 2 години</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>За 1 день</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Звичайний</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Високий</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низький</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Угода</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Нагадування</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Виконано…</translation>
    </message>
    <message>
        <source>Mark it done and record how it went</source>
        <translation>Позначити як виконане та записати результат</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Нова подія</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Редагування події</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>Подія завершується раніше, ніж починається.</translation>
    </message>
    <message>
        <source>“%1” is not a known record: pick one from the list or clear it.</source>
        <translation>«%1» — невідомий запис: виберіть запис зі списку або очистьте поле.</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Запросити…</translation>
    </message>
    <message>
        <source>Colleagues who take part: it shows on their calendars too</source>
        <translation>Колеги, які беруть участь: подія з’явиться і в їхніх календарях</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Колеги</translation>
    </message>
</context>
<context>
    <name>tandem::FieldEditor</name>
    <message>
        <source>Write an e-mail</source>
        <translation>Написати листа</translation>
    </message>
    <message>
        <source>Open in the browser</source>
        <translation>Відкрити в браузері</translation>
    </message>
    <message>
        <source>there is no %1 called “%2”; pick one from the list</source>
        <translation>не знайдено: %1 «%2»; виберіть зі списку</translation>
    </message>
</context>
<context>
    <name>tandem::FirstRunDialog</name>
    <message>
        <source>Welcome to Tandem</source>
        <translation>Ласкаво просимо до Tandem</translation>
    </message>
    <message>
        <source>Your CRM lives in one file on this computer. How would you like to start?</source>
        <translation>Ваша CRM зберігається в одному файлі на цьому комп&apos;ютері. З чого бажаєте почати?</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Почати</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Почати з нуля</translation>
    </message>
    <message>
        <source>Name your company and yourself, then add your own contacts.</source>
        <translation>Вкажіть назву своєї компанії та своє ім&apos;я, а потім додайте власні контакти.</translation>
    </message>
    <message>
        <source>e.g. UAB Baltic Trade</source>
        <translation>напр., ТОВ «Балтік Трейд»</translation>
    </message>
    <message>
        <source>e.g. Ona Petraitienė</source>
        <translation>напр., Олена Петренко</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Назва компанії:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ваше ім&apos;я:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
    <message>
        <source>Explore with demo data</source>
        <translation>Ознайомитися з демоданими</translation>
    </message>
    <message>
        <source>A made-up trading company with 2,000 contacts and their companies, leads, deals and activities, in six languages. Good for trying things out; start a new database for your real work.</source>
        <translation>Вигадана торговельна компанія з 2&#xa0;000 контактів і їхніми компаніями, лідами, угодами та активностями шістьма мовами. Підходить, щоб усе випробувати; для реальної роботи створіть нову базу даних.</translation>
    </message>
    <message>
        <source>Writing demo data… %p%</source>
        <translation>Запис демоданих… %p%</translation>
    </message>
    <message>
        <source>Tandem Demo</source>
        <translation>Tandem Демо</translation>
    </message>
    <message>
        <source>Demo Manager</source>
        <translation>Демо-менеджер</translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation>Не вдалося записати демодані: %1</translation>
    </message>
</context>
<context>
    <name>tandem::FollowUpDialog</name>
    <message>
        <source>Leads waiting for a first contact</source>
        <translation>Ліди, які очікують першого контакту</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лід</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>First contact was due</source>
        <translation>Термін першого контакту</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Не призначено</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дні</numerusform>
            <numerusform>%n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>Every lead has had its first contact on time.</source>
        <translation>З усіма лідами перший контакт установлено вчасно.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) have not been contacted although their first contact is due. Leads not followed up within days are the ones that get lost.</source>
        <translation>
            <numerusform>%n лід очікує першого контакту, хоча його термін уже настав. Саме ліди, з якими не зв&apos;язалися протягом кількох днів, і втрачаються.</numerusform>
            <numerusform>%n ліди очікують першого контакту, хоча його термін уже настав. Саме ліди, з якими не зв&apos;язалися протягом кількох днів, і втрачаються.</numerusform>
            <numerusform>%n лідів очікують першого контакту, хоча його термін уже настав. Саме ліди, з якими не зв&apos;язалися протягом кількох днів, і втрачаються.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ForecastView</name>
    <message>
        <source>Split by owner</source>
        <translation>За відповідальними</translation>
    </message>
    <message>
        <source>Weighted forecast by expected close month</source>
        <translation>Зважений прогноз за місяцями очікуваного закриття</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Угоди</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Зважена сума</translation>
    </message>
    <message>
        <source>No close date</source>
        <translation>Без дати закриття</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Не призначено</translation>
    </message>
    <message>
        <source>Weighted in all: %1</source>
        <translation>Зважена сума загалом: %1</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
</context>
<context>
    <name>tandem::FreeSlotDialog</name>
    <message>
        <source>&amp;Find free times</source>
        <translation>З&amp;найти вільний час</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Запланувати</translation>
    </message>
    <message>
        <source>Find a free time</source>
        <translation>Пошук вільного часу</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>&amp;Who takes part:</source>
        <translation>&amp;Учасники:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Тривалість:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Від:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <source>Working hours %1–%2</source>
        <translation>Робочі години: %1–%2</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Tick who takes part.</source>
        <translation>Позначте учасників.</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>Останній день раніше за перший.</translation>
    </message>
    <message>
        <source>There is no common free time of this length in these days.</source>
        <translation>У ці дні немає спільного вільного проміжку такої тривалості.</translation>
    </message>
    <message>
        <source>The first %1 of %2 free times.</source>
        <translation>Перші %1 з %2 вільних проміжків.</translation>
    </message>
    <message numerus="yes">
        <source>%n free time(s) when everyone can.</source>
        <translation>
            <numerusform>Знайдено %n вільний проміжок, зручний для всіх.</numerusform>
            <numerusform>Знайдено %n вільні проміжки, зручні для всіх.</numerusform>
            <numerusform>Знайдено %n вільних проміжків, зручних для всіх.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::GlobalSearch</name>
    <message>
        <source>Search contacts, companies, leads, deals…  (Ctrl+K)</source>
        <translation>Пошук контактів, компаній, лідів, угод…  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>No matches for “%1”</source>
        <translation>Нічого не знайдено за запитом «%1»</translation>
    </message>
    <message>
        <source>Knows: %1</source>
        <translation>Знається на: %1</translation>
    </message>
</context>
<context>
    <name>tandem::HomeModule</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>Read the home screen&apos;s figures again</source>
        <translation>Заново завантажити показники головного екрана</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Головна</translation>
    </message>
</context>
<context>
    <name>tandem::HomeView</name>
    <message>
        <source>My team</source>
        <translation>Моя команда</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член команди</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>У застої</translation>
    </message>
    <message>
        <source>Closing this month</source>
        <translation>Закриття цього місяця</translation>
    </message>
    <message>
        <source>Past close</source>
        <translation>Закриття прострочено</translation>
    </message>
    <message>
        <source>Untouched leads</source>
        <translation>Неопрацьовані ліди</translation>
    </message>
    <message>
        <source>Revenue vs target</source>
        <translation>Виручка, % плану</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Прострочені завдання</translation>
    </message>
    <message>
        <source>Nothing overdue. Well done!</source>
        <translation>Прострочених завдань немає. Чудова робота!</translation>
    </message>
    <message>
        <source>Today&apos;s tasks</source>
        <translation>Завдання на сьогодні</translation>
    </message>
    <message>
        <source>No more tasks due today.</source>
        <translation>На сьогодні завдань більше немає.</translation>
    </message>
    <message>
        <source>Stalled deals</source>
        <translation>Угоди в застої</translation>
    </message>
    <message>
        <source>Every open deal is moving.</source>
        <translation>Жодна угода в роботі не застрягла.</translation>
    </message>
    <message>
        <source>No open deal is expected to close this month.</source>
        <translation>Цього місяця не очікується закриття жодної угоди в роботі.</translation>
    </message>
    <message>
        <source>Past their expected close</source>
        <translation>Минув термін очікуваного закриття</translation>
    </message>
    <message>
        <source>No deal is past its expected close.</source>
        <translation>Немає угод, у яких минув термін очікуваного закриття.</translation>
    </message>
    <message>
        <source>Every lead has been contacted.</source>
        <translation>З усіма лідами вже зв&apos;язалися.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Я</translation>
    </message>
    <message>
        <source>What needs your attention</source>
        <translation>Що потребує вашої уваги</translation>
    </message>
    <message>
        <source>What needs the attention of the people you lead</source>
        <translation>Що потребує уваги членів вашої команди</translation>
    </message>
    <message>
        <source>Tasks today</source>
        <translation>Завдання на сьогодні</translation>
    </message>
    <message>
        <source>The home screen could not be read: %1</source>
        <translation>Не вдалося завантажити головний екран: %1</translation>
    </message>
    <message>
        <source>Good morning, %1</source>
        <translation>Доброго ранку, %1</translation>
    </message>
    <message>
        <source>Good afternoon, %1</source>
        <translation>Добрий день, %1</translation>
    </message>
    <message>
        <source>Good evening, %1</source>
        <translation>Добрий вечір, %1</translation>
    </message>
    <message>
        <source>%1&apos;s team</source>
        <translation>Команда: %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no target set</source>
        <translation>план не задано</translation>
    </message>
</context>
<context>
    <name>tandem::ImportDialog</name>
    <message>
        <source>Import the rest and leave out the rows with problems</source>
        <translation>Імпортувати решту, пропустивши рядки з проблемами</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <source>Import %1</source>
        <extracomment>Undo menu entry: &quot;Import contacts.vcf&quot;</extracomment>
        <translation>Імпорт: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; into %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; у розділ «%2»</translation>
    </message>
    <message>
        <source>When a record is already here</source>
        <translation>Якщо запис уже є в базі</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Пропустити</translation>
    </message>
    <message>
        <source>Fill in its empty fields</source>
        <translation>Заповнити його порожні поля</translation>
    </message>
    <message>
        <source>Create another one</source>
        <translation>Створити ще один</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Що буде зроблено</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>Зберегти зіставлення…</translation>
    </message>
    <message>
        <source>Keep these columns in a file, for the next import or for tandem-cli --mapping</source>
        <translation>Зберегти це зіставлення стовпців у файл для наступного імпорту або для tandem-cli --mapping</translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation>Збереження зіставлення стовпців</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>Зіставлення стовпців (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n новий запис</numerusform>
            <numerusform>%n нові записи</numerusform>
            <numerusform>%n нових записів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to fill in</source>
        <translation>
            <numerusform>%n запис для доповнення</numerusform>
            <numerusform>%n записи для доповнення</numerusform>
            <numerusform>%n записів для доповнення</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here</source>
        <translation>
            <numerusform>%n запис уже є</numerusform>
            <numerusform>%n записи вже є</numerusform>
            <numerusform>%n записів уже є</numerusform>
        </translation>
    </message>
    <message>
        <source>What the import will do: %1.</source>
        <translation>Що зробить імпорт: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems: fix the file, or import the rest without them.</source>
        <translation>
            <numerusform>%n рядок із проблемами: виправте файл або імпортуйте лише решту.</numerusform>
            <numerusform>%n рядки з проблемами: виправте файл або імпортуйте лише решту.</numerusform>
            <numerusform>%n рядків із проблемами: виправте файл або імпортуйте лише решту.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>an earlier row of this file</source>
        <translation>попередній рядок цього файлу</translation>
    </message>
    <message>
        <source>Fills in the empty fields of %1</source>
        <translation>Заповнює порожні поля: %1</translation>
    </message>
    <message>
        <source>Already here as %1: skipped</source>
        <translation>Уже є (%1): пропущено</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… і ще %n</numerusform>
            <numerusform>… і ще %n</numerusform>
            <numerusform>… і ще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: the file has problems.</source>
        <translation>Нічого не імпортовано: у файлі є проблеми.</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>створено %n запис</numerusform>
            <numerusform>створено %n записи</numerusform>
            <numerusform>створено %n записів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filled in</source>
        <translation>
            <numerusform>доповнено %n запис</numerusform>
            <numerusform>доповнено %n записи</numerusform>
            <numerusform>доповнено %n записів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here, skipped</source>
        <translation>
            <numerusform>пропущено %n наявний запис</numerusform>
            <numerusform>пропущено %n наявні записи</numerusform>
            <numerusform>пропущено %n наявних записів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out with problems</source>
        <translation>
            <numerusform>не імпортовано %n рядок із проблемами</numerusform>
            <numerusform>не імпортовано %n рядки з проблемами</numerusform>
            <numerusform>не імпортовано %n рядків із проблемами</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Імпорт завершено: %1.</translation>
    </message>
</context>
<context>
    <name>tandem::LeadRulesDialog</name>
    <message>
        <source>Rules, first match wins</source>
        <translation>Правила (застосовується перше відповідне)</translation>
    </message>
    <message>
        <source>Reasons offered when a lead or deal is lost</source>
        <translation>Причини на вибір, коли лід чи угоду програно</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>How new leads are handled</source>
        <translation>Опрацювання нових лідів</translation>
    </message>
    <message>
        <source>A new lead without an owner goes to the first active rule whose conditions it meets (empty conditions match any lead). “Each team member in turn” and “the team member with the fewest open leads” choose among the active users of the rule&apos;s team. The chosen owner is notified.</source>
        <translation>Новий лід без відповідального потрапляє під перше активне правило, умовам якого він відповідає (порожнім умовам відповідає будь-який лід). Варіанти «Членам команди по черзі» та «Члену команди з найменшою кількістю лідів у роботі» вибирають серед активних користувачів команди, указаної в правилі. Вибраний відповідальний отримує сповіщення.</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Нове правило</translation>
    </message>
    <message>
        <source>&amp;Routing</source>
        <translation>&amp;Розподіл</translation>
    </message>
    <message>
        <source>First contact due within (days):</source>
        <translation>Термін першого контакту (днів):</translation>
    </message>
    <message>
        <source>Every new lead gets a first-contact task due this many days after it arrives; leads nobody contacted in time are listed under Leads › Waiting for first contact.</source>
        <translation>Для кожного нового ліда створюється завдання на перший контакт із терміном через указану кількість днів після надходження ліда; ліди, з якими ніхто вчасно не зв&apos;язався, наведено в меню Ліди › Очікують першого контакту.</translation>
    </message>
    <message>
        <source>&amp;Qualification questions, one per line:</source>
        <translation>&amp;Кваліфікаційні запитання, по одному в рядку:</translation>
    </message>
    <message>
        <source>&amp;Follow-up and qualification</source>
        <translation>&amp;Опрацювання та кваліфікація</translation>
    </message>
    <message>
        <source>New reason</source>
        <translation>Нова причина</translation>
    </message>
    <message>
        <source>&amp;Lost reasons</source>
        <translation>&amp;Причини програшу</translation>
    </message>
    <message>
        <source>Change the follow-up rules</source>
        <translation>зміну правил опрацювання лідів</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
</context>
<context>
    <name>tandem::LeadsModule</name>
    <message>
        <source>&amp;Qualify…</source>
        <translation>Квал&amp;іфікувати…</translation>
    </message>
    <message>
        <source>&amp;Convert to deal…</source>
        <translation>Конвер&amp;тувати в угоду…</translation>
    </message>
    <message>
        <source>Mark &amp;lost…</source>
        <translation>Зафіксувати &amp;програш…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Повернути в &amp;роботу</translation>
    </message>
    <message>
        <source>&amp;Waiting for first contact…</source>
        <translation>&amp;Очікують першого контакту…</translation>
    </message>
    <message>
        <source>Record the answers to the qualification questions</source>
        <translation>Записати відповіді на кваліфікаційні запитання</translation>
    </message>
    <message>
        <source>Turn the lead into a deal with its company and contact</source>
        <translation>Перетворити лід на угоду разом із його компанією та контактом</translation>
    </message>
    <message>
        <source>The lead will not buy now: keep it with the reason</source>
        <translation>Лід зараз не купуватиме: зберегти його із зазначенням причини</translation>
    </message>
    <message>
        <source>Work on a lost lead again</source>
        <translation>Знову працювати з програним лідом</translation>
    </message>
    <message>
        <source>Leads whose first contact is overdue</source>
        <translation>Ліди з простроченим першим контактом</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>створення ліда</translation>
    </message>
    <message>
        <source>Qualify “%1”</source>
        <translation>кваліфікацію ліда «%1»</translation>
    </message>
    <message>
        <source>Not qualified</source>
        <translation>Не кваліфіковано</translation>
    </message>
    <message>
        <source>Not converted</source>
        <translation>Не конвертовано</translation>
    </message>
    <message>
        <source>Convert “%1”</source>
        <translation>конвертацію ліда «%1»</translation>
    </message>
    <message>
        <source>Lead converted</source>
        <translation>Лід конвертовано</translation>
    </message>
    <message numerus="yes">
        <source>The deal “%1” is on the pipeline, with %n activity(ies) carried over. Open it now?</source>
        <translation>
            <numerusform>Угода «%1» тепер у воронці продажів, до неї перенесено %n активність. Відкрити її зараз?</numerusform>
            <numerusform>Угода «%1» тепер у воронці продажів, до неї перенесено %n активності. Відкрити її зараз?</numerusform>
            <numerusform>Угода «%1» тепер у воронці продажів, до неї перенесено %n активностей. Відкрити її зараз?</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark “%1” lost</source>
        <translation>фіксацію програшу ліда «%1»</translation>
    </message>
    <message>
        <source>Not marked lost</source>
        <translation>Програш не зафіксовано</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>повернення ліда «%1» в роботу</translation>
    </message>
    <message>
        <source>Not reopened</source>
        <translation>Не повернуто в роботу</translation>
    </message>
    <message>
        <source>Lead &amp;rules…</source>
        <translation>Правила для &amp;лідів…</translation>
    </message>
    <message>
        <source>Routing rules, first-contact deadline, qualification questions and lost reasons</source>
        <translation>Правила розподілу, термін першого контакту, кваліфікаційні запитання та причини програшу</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>редагування ліда «%1»</translation>
    </message>
</context>
<context>
    <name>tandem::ListFilterBar</name>
    <message>
        <source>All contacts</source>
        <translation>Усі контакти</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Усі компанії</translation>
    </message>
    <message>
        <source>Saved filters (segments) for mailings, exports and reports</source>
        <translation>Збережені фільтри (сегменти) для розсилок, експорту та звітів</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Будь-який відповідальний</translation>
    </message>
    <message>
        <source>Any company</source>
        <translation>Будь-яка компанія</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Будь-який статус</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Будь-який тег</translation>
    </message>
    <message>
        <source>Any industry</source>
        <translation>Будь-яка галузь</translation>
    </message>
    <message>
        <source>Any territory</source>
        <translation>Будь-яка територія</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>Будь-яка згода</translation>
    </message>
    <message>
        <source>Any last contact</source>
        <translation>Останній контакт: будь-коли</translation>
    </message>
    <message>
        <source>No contact for </source>
        <extracomment>The &quot;no contact for N days&quot; filter: &quot;No contact for 90 days&quot;</extracomment>
        <translation>Без контакту </translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Only those with no call, meeting, e-mail or note for this many days</source>
        <translation>Лише ті, з ким не було дзвінків, зустрічей, листів чи нотаток протягом указаної кількості днів</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <source>Show all records again</source>
        <translation>Знову показати всі записи</translation>
    </message>
    <message>
        <source>Save as segment…</source>
        <translation>Зберегти як сегмент…</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>This segment cannot be shown.</source>
        <translation>Не вдається показати цей сегмент.</translation>
    </message>
    <message>
        <source>Save as segment</source>
        <translation>Збереження сегмента</translation>
    </message>
    <message>
        <source>Name of the segment (an existing one of that name is replaced):</source>
        <translation>Назва сегмента (сегмент із такою назвою буде замінено):</translation>
    </message>
    <message>
        <source>The segment was not saved.</source>
        <translation>Сегмент не збережено.</translation>
    </message>
    <message>
        <source>Save segment %1</source>
        <extracomment>Undo menu entry: &quot;Save segment Vilnius customers&quot;</extracomment>
        <translation>Зберегти сегмент «%1»</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Галузь</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Територія</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
    <message>
        <source>Days without contact</source>
        <translation>Днів без контакту</translation>
    </message>
</context>
<context>
    <name>tandem::LoseDialog</name>
    <message>
        <source>Deal lost</source>
        <translation>Програш угоди</translation>
    </message>
    <message>
        <source>Lead lost</source>
        <translation>Програш ліда</translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation>Чому програно «%1»?</translation>
    </message>
    <message>
        <source>Why was the lead “%1” lost?</source>
        <translation>Чому програно лід «%1»?</translation>
    </message>
    <message>
        <source>Pick or type a reason</source>
        <translation>Виберіть або введіть причину</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Немає</translation>
    </message>
    <message>
        <source>Lost &amp;to:</source>
        <translation>Програно &amp;конкуренту:</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>Зафіксувати програш</translation>
    </message>
    <message>
        <source>Mark lead lost</source>
        <translation>Зафіксувати програш ліда</translation>
    </message>
</context>
<context>
    <name>tandem::MailingDialog</name>
    <message>
        <source>Preview…</source>
        <translation>Попередній перегляд…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Зберегти PDF…</translation>
    </message>
    <message>
        <source>Draw the label edges (a test on plain paper)</source>
        <translation>Друкувати контури етикеток (для пробного друку на звичайному папері)</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Зберегти CSV…</translation>
    </message>
    <message>
        <source>Open templates folder</source>
        <translation>Відкрити папку шаблонів</translation>
    </message>
    <message>
        <source>Mail merge and labels</source>
        <translation>Розсилка та етикетки</translation>
    </message>
    <message>
        <source>The letter&apos;s text. The template adds the letterhead, the address, the date and the greeting.</source>
        <translation>Текст листа. Бланк, адресу, дату та звертання додає шаблон.</translation>
    </message>
    <message>
        <source>Labels already used on the first sheet are skipped, row by row</source>
        <translation>Етикетки, уже використані на першому аркуші, буде пропущено (рядок за рядком)</translation>
    </message>
    <message>
        <source>The recipients&apos; addresses for a mailing house or another tool</source>
        <translation>Адреси одержувачів для компанії, яка виконує розсилку, або для іншої програми</translation>
    </message>
    <message>
        <source>Edit the letterhead and letter templates your team uses (HTML files)</source>
        <translation>Редагувати бланк і шаблони листів вашої команди (файли HTML)</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Сегмент:</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Листи</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>Letter &amp;text:</source>
        <translation>&amp;Текст листа:</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>Адресні етикетки</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Аркуш:</translation>
    </message>
    <message>
        <source>Start at &amp;label:</source>
        <translation>Почати з &amp;етикетки:</translation>
    </message>
    <message>
        <source>There is no saved contact segment yet. Filter the contacts list and save the filter as a segment to send it a mailing.</source>
        <translation>Збережених сегментів контактів ще немає. Відфільтруйте список контактів і збережіть фільтр як сегмент, щоб зробити за ним розсилку.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n одержувач</numerusform>
            <numerusform>%n одержувачі</numerusform>
            <numerusform>%n одержувачів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without postal consent left out</source>
        <translation>
            <numerusform>пропущено %n контакт без згоди на поштові відправлення</numerusform>
            <numerusform>пропущено %n контакти без згоди на поштові відправлення</numerusform>
            <numerusform>пропущено %n контактів без згоди на поштові відправлення</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a complete address left out (%1)</source>
        <translation>
            <numerusform>пропущено %n контакт без повної адреси (%1)</numerusform>
            <numerusform>пропущено %n контакти без повної адреси (%1)</numerusform>
            <numerusform>пропущено %n контактів без повної адреси (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>No one in this segment can be sent post: nothing to print or save.</source>
        <translation>Жодному контакту із цього сегмента не можна надсилати поштові відправлення: немає чого друкувати чи зберігати.</translation>
    </message>
    <message>
        <source>Save letters as PDF</source>
        <translation>Зберегти листи у форматі PDF</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>листи</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Letters not saved</source>
        <translation>Листи не збережено</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved to %1.</source>
        <translation>
            <numerusform>Збережено %n лист у %1.</numerusform>
            <numerusform>Збережено %n листи в %1.</numerusform>
            <numerusform>Збережено %n листів у %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left blank where the records have no value: %1.</source>
        <translation>Залишено порожніми, бо в записах немає значень: %1.</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>Зберегти етикетки у форматі PDF</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>етикетки</translation>
    </message>
    <message>
        <source>Labels not saved</source>
        <translation>Етикетки не збережено</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) saved to %1.</source>
        <translation>
            <numerusform>Збережено %n етикетку в %1.</numerusform>
            <numerusform>Збережено %n етикетки в %1.</numerusform>
            <numerusform>Збережено %n етикеток у %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save addresses as CSV</source>
        <translation>Зберегти адреси у форматі CSV</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>адреси</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>Addresses not saved</source>
        <translation>Адреси не збережено</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) saved to %1.</source>
        <translation>
            <numerusform>Збережено %n адресу в %1.</numerusform>
            <numerusform>Збережено %n адреси в %1.</numerusform>
            <numerusform>Збережено %n адрес у %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Попередній перегляд недоступний</translation>
    </message>
    <message>
        <source>Letters — print preview</source>
        <translation>Листи — попередній перегляд</translation>
    </message>
    <message>
        <source>Address labels — print preview</source>
        <translation>Адресні етикетки — попередній перегляд</translation>
    </message>
    <message>
        <source>Templates folder</source>
        <translation>Папка шаблонів</translation>
    </message>
    <message>
        <source>The templates are in %1.</source>
        <translation>Шаблони розташовано в папці %1.</translation>
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
        <translation>Не виконано</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основна панель</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>Створити &amp;резервну копію…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Знайти…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;Check database…</source>
        <translation>Пере&amp;вірити базу даних…</translation>
    </message>
    <message>
        <source>&amp;About Tandem</source>
        <translation>&amp;Про Tandem</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База даних: %1</translation>
    </message>
    <message>
        <source>tandem-%1.tandem-backup</source>
        <extracomment>Suggested file name of a backup; %1 is today&apos;s date</extracomment>
        <translation>tandem-%1.tandem-backup</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Резервна копія бази даних</translation>
    </message>
    <message>
        <source>Tandem backups (*.tandem-backup);;All files (*)</source>
        <translation>Резервні копії Tandem (*.tandem-backup);;Усі файли (*)</translation>
    </message>
    <message>
        <source>The backup was not written.</source>
        <translation>Резервну копію не записано.</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Резервну копію збережено в %1</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Перевірка бази даних</translation>
    </message>
    <message>
        <source>The database is healthy: no problems found in %1.</source>
        <translation>База даних у справному стані: у %1 проблем не знайдено.</translation>
    </message>
    <message>
        <source>About Tandem</source>
        <translation>Про Tandem</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tandem %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for small sales teams: contacts, companies, leads, deals and activities, on your own computer, working with or without a network.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tandem %1&lt;/h3&gt;&lt;p&gt;Настільна CRM для невеликих команд продажів: контакти, компанії, ліди, угоди й активності на вашому власному комп&apos;ютері, з мережею або без неї.&lt;/p&gt;&lt;p&gt;База даних: %2&lt;/p&gt;&lt;p&gt;Ліцензія: GNU GPL версії 3 або новішої.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>In the status bar: &quot;Contacts 2,000&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Нагадування…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Відкрити файл</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не існує.</translation>
    </message>
    <message>
        <source>Tandem cannot open %1: it opens Tandem bundles (.tandem), address books (.vcf) and calendars (.ics).</source>
        <translation>Tandem не може відкрити %1: він відкриває пакети Tandem (.tandem), адресні книги (.vcf) і календарі (.ics).</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Комбінації клавіш</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Від&amp;новити з резервної копії…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <source>Restored. The data it replaced was saved to %1. Tandem now reopens the database.</source>
        <translation>Відновлено. Замінені дані збережено в %1. Зараз Tandem знову відкриє базу даних.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1.</source>
        <translation>
            <numerusform>У %1 знайдено %n проблему.</numerusform>
            <numerusform>У %1 знайдено %n проблеми.</numerusform>
            <numerusform>У %1 знайдено %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no sound automatic backup to go back to. Make a backup, then run “tandem-cli check --repair”.</source>
        <translation>Немає справної автоматичної резервної копії, до якої можна повернутися. Створіть резервну копію, а потім виконайте «tandem-cli check --repair».</translation>
    </message>
    <message>
        <source>Restore the latest sound backup, taken %1 (%2)? What is here now is kept as a backup.</source>
        <translation>Відновити останню справну резервну копію, створену %1 (%2)? Поточні дані буде збережено як резервну копію.</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Нічого не відновлено.</translation>
    </message>
    <message>
        <source>Backed up automatically to %1</source>
        <translation>Резервну копію автоматично збережено в %1</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Автоматичне резервне копіювання</translation>
    </message>
    <message>
        <source>Tandem could not back up the database automatically. Your data is unchanged, but until this is solved there is no fresh backup to go back to.</source>
        <translation>Tandem не вдалося автоматично створити резервну копію бази даних. Ваші дані не змінено, але поки проблему не усунуто, немає свіжої резервної копії, до якої можна повернутися.</translation>
    </message>
    <message>
        <source>&amp;Mail merge and labels…</source>
        <translation>Роз&amp;силка та етикетки…</translation>
    </message>
</context>
<context>
    <name>tandem::MarketingModule</name>
    <message>
        <source>Marketing</source>
        <translation>Маркетинг</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампанія</translation>
    </message>
</context>
<context>
    <name>tandem::MaterialLibraryView</name>
    <message>
        <source>Choose the new version of “%1”</source>
        <translation>Виберіть нову версію «%1»</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Додав</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Додано</translation>
    </message>
    <message>
        <source>Drop files here to add them to the library</source>
        <translation>Перетягніть файли сюди, щоб додати їх до бібліотеки</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Додати файли…</translation>
    </message>
    <message>
        <source>Edit tags…</source>
        <translation>Редагувати теги…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Перейменувати…</translation>
    </message>
    <message>
        <source>Replace with a new version…</source>
        <translation>Замінити новою версією…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Зберегти копію…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Видалити…</translation>
    </message>
    <message>
        <source>Add brochures, presentations or price sheets to the library</source>
        <translation>Додати до бібліотеки брошури, презентації або прайс-листи</translation>
    </message>
    <message>
        <source>Put a new version in place of this file; copies already attached to deals keep what the customer was given</source>
        <translation>Замінити цей файл новою версією; копії, уже прикріплені до угод, залишаться такими, якими їх отримав клієнт</translation>
    </message>
    <message>
        <source>No file in the library matches the search.</source>
        <translation>У бібліотеці немає файлів, які відповідають пошуку.</translation>
    </message>
    <message>
        <source>The library is empty. Add brochures, presentations and price sheets with Add files…, or drop them here from the file manager.</source>
        <translation>Бібліотека порожня. Додайте брошури, презентації та прайс-листи кнопкою «Додати файли…» або перетягніть їх сюди з файлового менеджера.</translation>
    </message>
    <message>
        <source>Add files to the sales materials</source>
        <translation>Додати файли до матеріалів для продажів</translation>
    </message>
    <message>
        <source>Add to the sales materials</source>
        <translation>Додати до матеріалів для продажів</translation>
    </message>
    <message numerus="yes">
        <source>Tags for the %n file(s), separated by commas, e.g. “brochure, en” (may stay empty):</source>
        <translation>
            <numerusform>Теги для %n файлу через кому, наприклад «брошура, en» (можна залишити порожнім):</numerusform>
            <numerusform>Теги для %n файлів через кому, наприклад «брошура, en» (можна залишити порожнім):</numerusform>
            <numerusform>Теги для %n файлів через кому, наприклад «брошура, en» (можна залишити порожнім):</numerusform>
        </translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Додати файли</translation>
    </message>
    <message numerus="yes">
        <source>Add %n file(s) to the sales materials</source>
        <translation>
            <numerusform>додавання %n файлу до матеріалів для продажів</numerusform>
            <numerusform>додавання %n файлів до матеріалів для продажів</numerusform>
            <numerusform>додавання %n файлів до матеріалів для продажів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n files was added.</source>
        <translation>
            <numerusform>Не додано жодного з %n файлу.</numerusform>
            <numerusform>Не додано жодного з %n файлів.</numerusform>
            <numerusform>Не додано жодного з %n файлів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Редагувати теги</translation>
    </message>
    <message>
        <source>Tags of “%1”, separated by commas:</source>
        <translation>Теги файлу «%1» через кому:</translation>
    </message>
    <message numerus="yes">
        <source>Tags of the %n selected files, separated by commas (tags only some of them have are kept):</source>
        <translation>
            <numerusform>Теги %n вибраного файлу через кому (теги, які є лише в деяких із них, залишаться без змін):</numerusform>
            <numerusform>Теги %n вибраних файлів через кому (теги, які є лише в деяких із них, залишаться без змін):</numerusform>
            <numerusform>Теги %n вибраних файлів через кому (теги, які є лише в деяких із них, залишаться без змін):</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translation>зміну тегів файлу «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n files</source>
        <translation>
            <numerusform>зміну тегів %n файлу</numerusform>
            <numerusform>зміну тегів %n файлів</numerusform>
            <numerusform>зміну тегів %n файлів</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Перейменувати</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>Нова назва для «%1»:</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>перейменування «%1» на «%2»</translation>
    </message>
    <message>
        <source>Replace with a new version</source>
        <translation>Замінити новою версією</translation>
    </message>
    <message>
        <source>Replace “%1” with a new version</source>
        <translation>оновлення «%1» до нової версії</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Не вдалося прочитати «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>Save copies of %n files</source>
        <translation>
            <numerusform>Зберегти копії %n файлу</numerusform>
            <numerusform>Зберегти копії %n файлів</numerusform>
            <numerusform>Зберегти копії %n файлів</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Зберегти копію</translation>
    </message>
    <message>
        <source>Remove “%1” from the sales materials? Copies already attached to deals and offers stay with them.</source>
        <translation>Видалити «%1» з матеріалів для продажів? Копії, уже прикріплені до угод і пропозицій, залишаться в них.</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n selected files from the sales materials? Copies already attached to deals and offers stay with them.</source>
        <translation>
            <numerusform>Видалити %n вибраний файл з матеріалів для продажів? Копії, уже прикріплені до угод і пропозицій, залишаться в них.</numerusform>
            <numerusform>Видалити %n вибрані файли з матеріалів для продажів? Копії, уже прикріплені до угод і пропозицій, залишаться в них.</numerusform>
            <numerusform>Видалити %n вибраних файлів з матеріалів для продажів? Копії, уже прикріплені до угод і пропозицій, залишаться в них.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Видалення</translation>
    </message>
    <message>
        <source>Remove “%1” from the sales materials</source>
        <translation>видалення «%1» з матеріалів для продажів</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n files from the sales materials</source>
        <translation>
            <numerusform>видалення %n файлу з матеріалів для продажів</numerusform>
            <numerusform>видалення %n файлів з матеріалів для продажів</numerusform>
            <numerusform>видалення %n файлів з матеріалів для продажів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::MaterialPicker</name>
    <message>
        <source>Attach</source>
        <translation>Прикріпити</translation>
    </message>
</context>
<context>
    <name>tandem::MaterialSearchBar</name>
    <message>
        <source>Search by name or tag: “pri bro” finds a price list brochure</source>
        <translation>Пошук за назвою або тегом: «прай бро» знайде брошуру з прайс-листом</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Усі теги</translation>
    </message>
</context>
<context>
    <name>tandem::MonthView</name>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+ ще %n</numerusform>
            <numerusform>+ ще %n</numerusform>
            <numerusform>+ ще %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::NotificationsButton</name>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n нове сповіщення</numerusform>
            <numerusform>%n нові сповіщення</numerusform>
            <numerusform>%n нових сповіщень</numerusform>
        </translation>
    </message>
    <message>
        <source>No new notifications</source>
        <translation>Немає нових сповіщень</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… і ще %n</numerusform>
            <numerusform>… і ще %n</numerusform>
            <numerusform>… і ще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Позначити всі як прочитані</translation>
    </message>
</context>
<context>
    <name>tandem::OutcomeDialog</name>
    <message>
        <source>Create a follow-up task</source>
        <translation>Створити наступне завдання</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>Як усе пройшло?</translation>
    </message>
    <message>
        <source>How did “%1” go?</source>
        <translation>Як пройшла активність «%1»?</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Що відбулося</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Що далі</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Наступний крок</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Вдалося зв&apos;язатися</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Немає відповіді</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Залишено повідомлення</translation>
    </message>
    <message>
        <source>Meeting held</source>
        <translation>Зустріч відбулася</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Перенесено</translation>
    </message>
    <message>
        <source>The next step</source>
        <translation>Наступний крок</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Позначити як виконане</translation>
    </message>
    <message>
        <source>Log how “%1” went</source>
        <translation>запис результату «%1»</translation>
    </message>
</context>
<context>
    <name>tandem::PartiesModule</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Імпортувати…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Експортувати…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Знайти д&amp;ублікати…</translation>
    </message>
    <message>
        <source>Bring in contacts from a vCard or CSV file</source>
        <translation>Імпортувати контакти з файлу vCard або CSV</translation>
    </message>
    <message>
        <source>Bring in companies from a CSV file</source>
        <translation>Імпортувати компанії з файлу CSV</translation>
    </message>
    <message>
        <source>Save the contacts the list shows as vCard or CSV</source>
        <translation>Зберегти показані в списку контакти у форматі vCard або CSV</translation>
    </message>
    <message>
        <source>Save the companies the list shows as CSV</source>
        <translation>Зберегти показані в списку компанії у форматі CSV</translation>
    </message>
    <message>
        <source>Review records that look like the same one, and merge them</source>
        <translation>Переглянути записи, схожі на дублікати, та об&apos;єднати їх</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Картка</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Можливий дублікат</translation>
    </message>
    <message>
        <source>“%1” may already be here: %2.

Save it as a new contact anyway, or open the existing one?</source>
        <translation>«%1», можливо, уже є в базі: %2.

Усе одно зберегти його як новий контакт чи відкрити наявний?</translation>
    </message>
    <message>
        <source>Address books (*.vcf *.vcard *.csv);;vCard (*.vcf *.vcard);;CSV (*.csv *.txt)</source>
        <translation>Адресні книги (*.vcf *.vcard *.csv);;vCard (*.vcf *.vcard);;CSV (*.csv *.txt)</translation>
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
            <numerusform>Записано %n запис у %1.</numerusform>
            <numerusform>Записано %n записи в %1.</numerusform>
            <numerusform>Записано %n записів у %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” may already be here.

Save it as a new company anyway, or open the existing one?</source>
        <translation>«%1», можливо, уже є в базі.

Усе одно зберегти її як нову компанію чи відкрити наявну?</translation>
    </message>
</context>
<context>
    <name>tandem::PartyCard</name>
    <message>
        <source>Log &amp;call</source>
        <translation>&amp;Записати дзвінок</translation>
    </message>
    <message>
        <source>Log a call with this contact (Ctrl+L)</source>
        <translation>Записати дзвінок із цим контактом (Ctrl+L)</translation>
    </message>
    <message>
        <source>Log a call with this company (Ctrl+L)</source>
        <translation>Записати дзвінок із цією компанією (Ctrl+L)</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Додати &amp;нотатку</translation>
    </message>
    <message>
        <source>Write a note on this contact (Ctrl+Shift+L)</source>
        <translation>Написати нотатку до цього контакту (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Write a note on this company (Ctrl+Shift+L)</source>
        <translation>Написати нотатку до цієї компанії (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation>Реда&amp;гувати відомості</translation>
    </message>
</context>
<context>
    <name>tandem::PipelineEditor</name>
    <message>
        <source>A condition limits an action to the deals it fits, as in “amount &gt; 10000”. With “quote_discount &gt; 15” (the largest discount on the deal&apos;s open quotes, in percent) the action is a manager&apos;s approval: the quote waits for it, and ticking it approves the quote.</source>
        <translation>Умова обмежує дію угодами, яким вона відповідає, наприклад «amount &gt; 10000». З «quote_discount &gt; 15» (найбільша знижка у відкритих комерційних пропозиціях угоди, у відсотках) дія є затвердженням керівника: пропозиція чекає на нього, а позначення дії затверджує пропозицію.</translation>
    </message>
    <message>
        <source>New pipeline…</source>
        <translation>Нова воронка…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Перейменувати…</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Встановити за замовчуванням</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Етапи</translation>
    </message>
    <message>
        <source>Playbook of the selected stage</source>
        <translation>Сценарій продажів вибраного етапу</translation>
    </message>
    <message>
        <source>Pipelines and playbooks</source>
        <translation>Воронки та сценарії продажів</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Воронка:</translation>
    </message>
    <message>
        <source>Double-click a cell to change it. A stage&apos;s probability weighs the forecast; a deal that sits in a stage longer than its “stalled after” days is marked on the board. Entering a stage gives the deal owner its playbook actions as tasks.</source>
        <translation>Щоб змінити значення, двічі клацніть клітинку. Імовірність етапу визначає вагу угоди в прогнозі; угоду, яка перебуває на етапі довше, ніж указано в стовпці «Застій після (днів)», буде позначено на дошці. Коли угода переходить на етап, її відповідальний отримує дії сценарію цього етапу як завдання.</translation>
    </message>
    <message>
        <source>&amp;Instructions for the selected action:</source>
        <translation>&amp;Інструкції для вибраної дії:</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Новий етап</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Нова дія</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>Нова воронка</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>Rename pipeline</source>
        <translation>Перейменування воронки</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (за замовчуванням)</translation>
    </message>
    <message>
        <source>Add pipeline “%1”</source>
        <translation>додавання воронки «%1»</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нова угода</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Виграно</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Програно</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Не додано</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>Не перейменовано</translation>
    </message>
    <message>
        <source>Make “%1” the default pipeline</source>
        <translation>призначення «%1» воронкою за замовчуванням</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Не змінено</translation>
    </message>
</context>
<context>
    <name>tandem::PipelineModule</name>
    <message>
        <source>&amp;Open deal</source>
        <translation>Відкрити &amp;угоду</translation>
    </message>
    <message>
        <source>&amp;Previous stage</source>
        <translation>&amp;Попередній етап</translation>
    </message>
    <message>
        <source>&amp;Next stage</source>
        <translation>&amp;Наступний етап</translation>
    </message>
    <message>
        <source>Mark &amp;won</source>
        <translation>Зафіксувати &amp;виграш</translation>
    </message>
    <message>
        <source>Mark &amp;lost…</source>
        <translation>Зафіксувати п&amp;рограш…</translation>
    </message>
    <message>
        <source>&amp;Edit pipelines…</source>
        <translation>Реда&amp;гувати воронки…</translation>
    </message>
    <message>
        <source>Move the selected deal one stage back (Ctrl+Left)</source>
        <translation>Перемістити вибрану угоду на попередній етап (Ctrl+Left)</translation>
    </message>
    <message>
        <source>Move the selected deal to the next stage (Ctrl+Right)</source>
        <translation>Перемістити вибрану угоду на наступний етап (Ctrl+Right)</translation>
    </message>
    <message>
        <source>The customer said yes</source>
        <translation>Клієнт погодився</translation>
    </message>
    <message>
        <source>The deal is lost: say why</source>
        <translation>Угоду програно: вкажіть причину</translation>
    </message>
    <message>
        <source>Stages, probabilities and the playbook of each stage</source>
        <translation>Етапи, імовірності та сценарій продажів кожного етапу</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка продажів</translation>
    </message>
</context>
<context>
    <name>tandem::ProductPicker</name>
    <message>
        <source>Add product</source>
        <translation>Додати продукт</translation>
    </message>
    <message>
        <source>Search the catalogue by name or code</source>
        <translation>Пошук у каталозі за назвою або кодом</translation>
    </message>
    <message>
        <source>Add to quote</source>
        <translation>Додати до пропозиції</translation>
    </message>
</context>
<context>
    <name>tandem::QualifyDialog</name>
    <message>
        <source>Qualify lead</source>
        <translation>Кваліфікація ліда</translation>
    </message>
    <message>
        <source>What did you learn from “%1”?</source>
        <translation>Що ви дізналися від «%1»?</translation>
    </message>
    <message>
        <source>Mark qualified</source>
        <translation>Позначити як кваліфікований</translation>
    </message>
</context>
<context>
    <name>tandem::QuickLog</name>
    <message>
        <source>Log</source>
        <translation>Записати</translation>
    </message>
    <message>
        <source>What happened? The first line becomes the subject. Ctrl+Enter logs it, Esc closes.</source>
        <translation>Що сталося? Перший рядок стане темою. Ctrl+Enter — записати, Esc — закрити.</translation>
    </message>
    <message>
        <source>Log it (Ctrl+Enter)</source>
        <translation>Записати (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Type what happened first.</source>
        <translation>Спершу опишіть, що сталося.</translation>
    </message>
    <message>
        <source>Not logged: %1</source>
        <translation>Не записано: %1</translation>
    </message>
    <message>
        <source>Someone else&apos;s customer</source>
        <translation>Чужий клієнт</translation>
    </message>
    <message>
        <source>%1

Log it anyway? The owner will be told.</source>
        <translation>%1

Усе одно записати? Відповідального буде повідомлено.</translation>
    </message>
</context>
<context>
    <name>tandem::QuoteEditor</name>
    <message>
        <source>Add product…</source>
        <translation>Додати продукт…</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Додати позицію</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Видалити позицію</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Попередній перегляд…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Зберегти PDF…</translation>
    </message>
    <message>
        <source>Send by e-mail…</source>
        <translation>Надіслати ел. поштою…</translation>
    </message>
    <message>
        <source>Mark accepted</source>
        <translation>Позначити як прийняту</translation>
    </message>
    <message>
        <source>Mark rejected</source>
        <translation>Позначити як відхилену</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Нова версія</translation>
    </message>
    <message>
        <source>Approve discount</source>
        <translation>Затвердити знижку</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Дійсна до:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
    <message>
        <source>Overall discount %:</source>
        <translation>Загальна знижка, %:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <source>Notes printed on the offer</source>
        <translation>Примітки, які буде надруковано в пропозиції</translation>
    </message>
    <message>
        <source>“%1” is not a percentage.</source>
        <translation>«%1» не є відсотком.</translation>
    </message>
    <message>
        <source>Quote %1 v%2 · %3</source>
        <translation>Комерційна пропозиція %1 v%2 · %3</translation>
    </message>
    <message>
        <source>Sent on %1 — a sent quote cannot change. Make a new version to revise it.</source>
        <translation>Надіслано %1 — надіслану пропозицію змінити не можна. Щоб внести зміни, створіть нову версію.</translation>
    </message>
    <message>
        <source>an earlier day</source>
        <translation>раніше</translation>
    </message>
    <message>
        <source>A discount on this quote is above the team&apos;s limit: approve it before it is sent.</source>
        <translation>Знижка в цій пропозиції перевищує ліміт команди: затвердьте її перед надсиланням.</translation>
    </message>
    <message>
        <source>A discount on this quote is above the team&apos;s limit: it can be sent once a manager approves it.</source>
        <translation>Знижка в цій пропозиції перевищує ліміт команди: пропозицію можна буде надіслати, щойно керівник затвердить знижку.</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Проміжний підсумок</translation>
    </message>
    <message>
        <source>Discount %1</source>
        <translation>Знижка %1</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Сума без ПДВ</translation>
    </message>
    <message>
        <source>VAT %1 of %2</source>
        <translation>ПДВ %1 від %2</translation>
    </message>
    <message>
        <source>Total to pay, VAT included</source>
        <translation>Разом до сплати з ПДВ</translation>
    </message>
    <message>
        <source>Change the quote&apos;s details</source>
        <translation>зміну даних пропозиції</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Нова позиція</translation>
    </message>
    <message>
        <source>Keep “%1”</source>
        <translation>збереження документа «%1»</translation>
    </message>
    <message>
        <source>Preview — %1</source>
        <translation>Попередній перегляд — %1</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Зберегти PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1; it is kept with the deal&apos;s documents.</source>
        <translation>Збережено %1; копію також додано до документів угоди.</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>Надіслати ел. поштою</translation>
    </message>
    <message>
        <source>The deal has no e-mail address. Send the offer to:</source>
        <translation>В угоді немає адреси ел. пошти. Надіслати пропозицію на адресу:</translation>
    </message>
    <message>
        <source>Hello,

please find attached our %1.

Kind regards,
%2</source>
        <translation>Добрий день!

У вкладенні надсилаємо документ «%1».

З повагою,
%2</translation>
    </message>
    <message>
        <source>Was the offer sent to %1?</source>
        <translation>Пропозицію надіслано на адресу %1?</translation>
    </message>
    <message>
        <source>The PDF is kept with the deal&apos;s documents; it is not marked as sent.</source>
        <translation>Файл PDF збережено в документах угоди; його не позначено як надісланий.</translation>
    </message>
    <message>
        <source>Send “%1” to %2</source>
        <translation>надсилання «%1» на адресу %2</translation>
    </message>
    <message>
        <source>Sent to %1 — logged on the deal&apos;s timeline.</source>
        <translation>Надіслано на адресу %1 — записано в хронологію угоди.</translation>
    </message>
    <message>
        <source>Mark the quote accepted</source>
        <translation>позначення пропозиції як прийнятої</translation>
    </message>
    <message>
        <source>Mark the quote rejected</source>
        <translation>позначення пропозиції як відхиленої</translation>
    </message>
    <message>
        <source>Approve the quote&apos;s discount</source>
        <translation>затвердження знижки в пропозиції</translation>
    </message>
    <message>
        <source>Discount approved: the quote can be sent.</source>
        <translation>Знижку затверджено: пропозицію можна надіслати.</translation>
    </message>
    <message>
        <source>New version of the quote</source>
        <translation>створення нової версії пропозиції</translation>
    </message>
    <message>
        <source>Your mail program has a new message to %1. Attach %2 from the folder that has just opened.</source>
        <translation>У вашій поштовій програмі створено новий лист на адресу %1. Прикріпіть до нього %2 з папки, яка щойно відкрилася.</translation>
    </message>
</context>
<context>
    <name>tandem::QuoteLinesModel</name>
    <message>
        <source>Add “%1” to the quote</source>
        <translation>додавання «%1» до пропозиції</translation>
    </message>
    <message>
        <source>Add a line to the quote</source>
        <translation>додавання позиції до пропозиції</translation>
    </message>
    <message>
        <source>Remove “%1” from the quote</source>
        <translation>видалення «%1» з пропозиції</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Ціна за одиницю</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Знижка, %</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>ПДВ, %</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Сума без ПДВ</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«%1» не є числом.</translation>
    </message>
    <message>
        <source>Change %1 of “%2”</source>
        <translation>зміну поля «%1» позиції «%2»</translation>
    </message>
</context>
<context>
    <name>tandem::QuoteMaterials</name>
    <message>
        <source>Add…</source>
        <translation>Додати…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <source>Materials sent with this offer:</source>
        <translation>Матеріали, що надсилаються з цією пропозицією:</translation>
    </message>
    <message>
        <source>none yet — Add… attaches brochures or price sheets from the library</source>
        <translation>поки немає — кнопка «Додати…» прикріплює брошури або прайс-листи з бібліотеки</translation>
    </message>
    <message>
        <source>Attach files from the sales materials library to this offer&apos;s e-mail</source>
        <translation>Прикріпити файли з бібліотеки матеріалів для продажів до листа з цією пропозицією</translation>
    </message>
    <message>
        <source>Materials to send with this offer</source>
        <translation>Матеріали для надсилання з цією пропозицією</translation>
    </message>
    <message numerus="yes">
        <source>Send %n file(s) from the sales materials with the offer</source>
        <translation>
            <numerusform>додавання %n файлу з матеріалів для продажів до пропозиції</numerusform>
            <numerusform>додавання %n файлів з матеріалів для продажів до пропозиції</numerusform>
            <numerusform>додавання %n файлів з матеріалів для продажів до пропозиції</numerusform>
        </translation>
    </message>
    <message>
        <source>Materials sent with this offer</source>
        <translation>Матеріали, що надсилаються з цією пропозицією</translation>
    </message>
    <message numerus="yes">
        <source>Do not send %n file(s) with the offer</source>
        <translation>
            <numerusform>вилучення %n файлу з пропозиції</numerusform>
            <numerusform>вилучення %n файлів з пропозиції</numerusform>
            <numerusform>вилучення %n файлів з пропозиції</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ReassignDialog</name>
    <message>
        <source>Reassign territory</source>
        <translation>Передача території</translation>
    </message>
    <message>
        <source>Give territory “%1” an owner.</source>
        <translation>Призначте відповідального за територію «%1».</translation>
    </message>
    <message>
        <source>Hand territory “%1” over from %2 to:</source>
        <translation>Передати територію «%1» від %2 новому відповідальному:</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Новий відповідальний</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Передати</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Виберіть…</translation>
    </message>
    <message>
        <source>Their open accounts, deals, leads and tasks here move with it.</source>
        <translation>Разом із територією перейдуть клієнти, угоди й ліди в роботі та невиконані завдання попереднього відповідального на цій території.</translation>
    </message>
    <message>
        <source>The territory had no owner, so no records move.</source>
        <translation>У території немає відповідального, тому жодні записи не перейдуть.</translation>
    </message>
    <message>
        <source>Moves to %1: %2.</source>
        <translation>До %1 перейдуть: %2.</translation>
    </message>
</context>
<context>
    <name>tandem::RecordForm</name>
    <message>
        <source>Pick one from the list, or press New to add one.</source>
        <translation>Виберіть запис зі списку або натисніть «Додати», щоб створити новий.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Відомості</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Історія змін</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Видалити…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Відкинути</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Не збережено. %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Створити</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Новий запис: %1</translation>
    </message>
    <message>
        <source>%1 · added %2</source>
        <extracomment>Under a record&apos;s name: &quot;Contact · added 15/06/2026 by Ona Petraitienė&quot;</extracomment>
        <translation>%1 · додано %2</translation>
    </message>
    <message>
        <source>%1 · added %2 by %3</source>
        <translation>%1 · додано %2, автор: %3</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Історія змін (%1)</translation>
    </message>
</context>
<context>
    <name>tandem::RecordHistoryView</name>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Змінено</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Видалено</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Відновлено</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
</context>
<context>
    <name>tandem::RecordListView</name>
    <message>
        <source>Filter by name…</source>
        <translation>Фільтр за назвою…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>Add a new %1</source>
        <translation>Додати новий запис: %1</translation>
    </message>
    <message>
        <source>%1 shown of %2 (more load as you scroll)</source>
        <translation>Показано %1 з %2 (решта завантажується під час прокручування)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Зберегти зміни в «%1»?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалення</translation>
    </message>
    <message>
        <source>Delete “%1”?

Edit › Undo brings it back.</source>
        <translation>Видалити «%1»?

Запис можна повернути командою Редагування › Скасувати.</translation>
    </message>
    <message>
        <source>“%1” was not deleted.</source>
        <translation>«%1» не видалено.</translation>
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
        <translation>зміну порядку: %1</translation>
    </message>
</context>
<context>
    <name>tandem::RecordTableView</name>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Видалити…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вгору</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Видалення</translation>
    </message>
    <message>
        <source>Remove “%1”? Edit › Undo brings it back.</source>
        <translation>Видалити «%1»? Запис можна повернути командою Редагування › Скасувати.</translation>
    </message>
</context>
<context>
    <name>tandem::RecordsModule</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Додати</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Від&amp;кинути</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Видалити…</translation>
    </message>
    <message>
        <source>Add a new %1</source>
        <translation>Додати новий запис: %1</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Зберегти зміни</translation>
    </message>
    <message>
        <source>Forget the changes not saved yet</source>
        <translation>Відкинути ще не збережені зміни</translation>
    </message>
    <message>
        <source>Delete the open %1</source>
        <translation>Видалити відкритий запис: %1</translation>
    </message>
</context>
<context>
    <name>tandem::RecurrenceEditor</name>
    <message>
        <source> day</source>
        <translation> день</translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <translation>
            <numerusform> день</numerusform>
            <numerusform> дні</numerusform>
            <numerusform> днів</numerusform>
        </translation>
    </message>
    <message>
        <source> week</source>
        <translation> тиждень</translation>
    </message>
    <message numerus="yes">
        <source> weeks</source>
        <translation>
            <numerusform> тиждень</numerusform>
            <numerusform> тижні</numerusform>
            <numerusform> тижнів</numerusform>
        </translation>
    </message>
    <message>
        <source> month</source>
        <translation> місяць</translation>
    </message>
    <message numerus="yes">
        <source> months</source>
        <translation>
            <numerusform> місяць</numerusform>
            <numerusform> місяці</numerusform>
            <numerusform> місяців</numerusform>
        </translation>
    </message>
    <message>
        <source> year</source>
        <translation> рік</translation>
    </message>
    <message numerus="yes">
        <source> years</source>
        <translation>
            <numerusform> рік</numerusform>
            <numerusform> роки</numerusform>
            <numerusform> років</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Не повторювати</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Щодня</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Щотижня</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Щомісяця</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Щороку</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Повтор:</translation>
    </message>
    <message>
        <source>every </source>
        <translation>раз на </translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Коли:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ніколи</translation>
    </message>
    <message>
        <source>after</source>
        <translation>після</translation>
    </message>
    <message>
        <source>on date</source>
        <translation>до дати</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Завершення:</translation>
    </message>
    <message>
        <source>on day %1</source>
        <translation>%1-го числа</translation>
    </message>
    <message>
        <source>on the same day each month</source>
        <translation>того самого числа щомісяця</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>on the last day of the month</source>
        <translation>останній день місяця</translation>
    </message>
    <message>
        <source> time</source>
        <translation> повторення</translation>
    </message>
    <message numerus="yes">
        <source> times</source>
        <translation>
            <numerusform> повторення</numerusform>
            <numerusform> повторень</numerusform>
            <numerusform> повторень</numerusform>
        </translation>
    </message>
    <message>
        <source>This repeat rule cannot be read: %1</source>
        <translation>Не вдалося прочитати правило повтору: %1</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Не повторюється</translation>
    </message>
</context>
<context>
    <name>tandem::ReferenceCombo</name>
    <message>
        <source>Type a name…</source>
        <translation>Введіть назву…</translation>
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
            <numerusform>… і ще %n</numerusform>
            <numerusform>… і ще %n</numerusform>
            <numerusform>… і ще %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n нагадування</numerusform>
            <numerusform>%n нагадування</numerusform>
            <numerusform>%n нагадувань</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ReminderDialog</name>
    <message>
        <source>Meeting</source>
        <translation>Зустріч</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Дзвінок</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. лист</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Наступний контакт</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>Відк&amp;ласти</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>Від&amp;хилити</translation>
    </message>
    <message>
        <source>Dismiss &amp;all</source>
        <translation>Відхилити в&amp;се</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Нагадування</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Нагадування</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 хвилин</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 хвилин</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 година</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Завтра вранці</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Missed while Tandem was closed (since %1)</source>
        <translation>Пропущено, поки Tandem був закритий (з %1)</translation>
    </message>
    <message>
        <source>Missed while Tandem was closed</source>
        <translation>Пропущено, поки Tandem був закритий</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Зараз</translation>
    </message>
    <message>
        <source>No reminders are due.</source>
        <translation>Актуальних нагадувань немає.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) need your attention.</source>
        <translation>
            <numerusform>%n нагадування потребує вашої уваги.</numerusform>
            <numerusform>%n нагадування потребують вашої уваги.</numerusform>
            <numerusform>%n нагадувань потребують вашої уваги.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без теми)</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Відкладено</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Продовження договору</translation>
    </message>
</context>
<context>
    <name>tandem::ReportParamsBar</name>
    <message>
        <source>Custom dates</source>
        <translation>Довільні дати</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Без порівняння</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Попередній період</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Той самий період минулого року</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Порівняти з</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Період:</translation>
    </message>
    <message>
        <source>Co&amp;mpare:</source>
        <translation>Пор&amp;івняння:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Вал&amp;юта:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Відп&amp;овідальний:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>&amp;Команда:</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Усі команди</translation>
    </message>
    <message>
        <source>Te&amp;rritory:</source>
        <translation>&amp;Територія:</translation>
    </message>
    <message>
        <source>All territories</source>
        <translation>Усі території</translation>
    </message>
    <message>
        <source>Pipe&amp;line:</source>
        <translation>Воро&amp;нка:</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>Усі воронки</translation>
    </message>
</context>
<context>
    <name>tandem::ReportTableModel</name>
    <message numerus="yes">
        <source>Double-click to see the %n record(s) behind this figure.</source>
        <translation>
            <numerusform>Двічі клацніть, щоб переглянути %n запис, з якого складається цей показник.</numerusform>
            <numerusform>Двічі клацніть, щоб переглянути %n записи, з яких складається цей показник.</numerusform>
            <numerusform>Двічі клацніть, щоб переглянути %n записів, з яких складається цей показник.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ReportsModule</name>
    <message>
        <source>&amp;Print report…</source>
        <translation>&amp;Друкувати звіт…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Експортувати звіт…</translation>
    </message>
    <message>
        <source>&amp;Refresh report</source>
        <translation>&amp;Оновити звіт</translation>
    </message>
    <message>
        <source>Print the report, with a preview first</source>
        <translation>Надрукувати звіт (спершу попередній перегляд)</translation>
    </message>
    <message>
        <source>Save the report as PDF, CSV (for Excel) or HTML</source>
        <translation>Зберегти звіт у форматі PDF, CSV (для Excel) або HTML</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Друк…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Діаграма</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Таблиця звіту</translation>
    </message>
    <message>
        <source>Create follow-up tasks…</source>
        <translation>Створити завдання для повторного контакту…</translation>
    </message>
    <message>
        <source>Show these classes on company cards…</source>
        <translation>Показати ці класи в картках компаній…</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>Плани продажів…</translation>
    </message>
    <message>
        <source>Nothing in this period: choose a longer period or fewer filters.</source>
        <translation>За цей період нічого немає: виберіть довший період або менше фільтрів.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 ms</source>
        <translation>
            <numerusform>%n рядок за %1 мс</numerusform>
            <numerusform>%n рядки за %1 мс</numerusform>
            <numerusform>%n рядків за %1 мс</numerusform>
        </translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Експорт звіту</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;CSV for Excel (*.csv);;Web page (*.html)</source>
        <translation>Документ PDF (*.pdf);;CSV для Excel (*.csv);;Вебсторінка (*.html)</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Друк: %1</translation>
    </message>
    <message numerus="yes">
        <source>Create a follow-up task for each of the %n customer(s) listed, for their owners?</source>
        <translation>
            <numerusform>Створити завдання для повторного контакту для %n клієнта зі списку (завдання отримають відповідальні за клієнтів)?</numerusform>
            <numerusform>Створити завдання для повторного контакту для %n клієнтів зі списку (завдання отримають відповідальні за клієнтів)?</numerusform>
            <numerusform>Створити завдання для повторного контакту для %n клієнтів зі списку (завдання отримають відповідальні за клієнтів)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) already have an open follow-up task and are left out.</source>
        <translation>
            <numerusform>%n клієнт уже має невиконане завдання для повторного контакту, тому його пропущено.</numerusform>
            <numerusform>%n клієнти вже мають невиконане завдання для повторного контакту, тому їх пропущено.</numerusform>
            <numerusform>%n клієнтів уже мають невиконане завдання для повторного контакту, тому їх пропущено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every customer listed already has an open follow-up task.</source>
        <translation>Для кожного клієнта зі списку вже є невиконане завдання для повторного контакту.</translation>
    </message>
    <message>
        <source>Follow up dormant customers</source>
        <translation>створення завдань для повторного контакту з неактивними клієнтами</translation>
    </message>
    <message>
        <source>Store each customer&apos;s class from this period on its company card? Customers without revenue in the period lose their class.</source>
        <translation>Зберегти клас кожного клієнта за цей період у картці його компанії? Клієнти без виручки в цьому періоді втратять клас.</translation>
    </message>
    <message>
        <source>Update customer classes</source>
        <translation>оновлення класів клієнтів</translation>
    </message>
    <message numerus="yes">
        <source>%n company card(s) now show a different class.</source>
        <translation>
            <numerusform>У %n картці компанії тепер показано інший клас.</numerusform>
            <numerusform>У %n картках компаній тепер показано інший клас.</numerusform>
            <numerusform>У %n картках компаній тепер показано інший клас.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with an open complaint are left out: no sales letter until it is resolved.</source>
        <translation>
            <numerusform>%n клієнт має невирішену скаргу, тому його пропущено: лист із пропозицією можна надіслати лише після вирішення скарги.</numerusform>
            <numerusform>%n клієнти мають невирішені скарги, тому їх пропущено: лист із пропозицією можна надіслати лише після вирішення скарги.</numerusform>
            <numerusform>%n клієнтів мають невирішені скарги, тому їх пропущено: лист із пропозицією можна надіслати лише після вирішення скарги.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ResolveCaseDialog</name>
    <message>
        <source>Resolve case</source>
        <translation>Вирішення звернення</translation>
    </message>
    <message>
        <source>What was done for the customer</source>
        <translation>Що зроблено для клієнта</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Рішення:</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Не запитували</translation>
    </message>
    <message>
        <source>very dissatisfied</source>
        <translation>дуже незадоволений</translation>
    </message>
    <message>
        <source>dissatisfied</source>
        <translation>незадоволений</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>нейтрально</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>задоволений</translation>
    </message>
    <message>
        <source>very satisfied</source>
        <translation>дуже задоволений</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>Задоволеність клієнта</translation>
    </message>
    <message>
        <source>Customer &amp;satisfaction:</source>
        <translation>&amp;Задоволеність клієнта:</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>Що сказав клієнт</translation>
    </message>
    <message>
        <source>Satisfaction comment</source>
        <translation>Коментар до оцінки</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>&amp;Коментар:</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Вирішити</translation>
    </message>
    <message>
        <source>Write down how the case was resolved before resolving it.</source>
        <translation>Перш ніж вирішити звернення, опишіть, як його вирішено.</translation>
    </message>
</context>
<context>
    <name>tandem::ResponseDialog</name>
    <message>
        <source>Record response — %1</source>
        <translation>Запис відгуку — %1</translation>
    </message>
    <message>
        <source>Someone answered “%1”. They become a lead with a follow-up task for its owner; a known contact is linked, not entered again.</source>
        <translation>Хтось відгукнувся на кампанію «%1». З відгуку буде створено лід і завдання на опрацювання для відповідального за кампанію; наявний контакт буде пов&apos;язано з лідом, а не введено повторно.</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Ім&apos;я:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Прізвище:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Ел. пошта:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Компанія:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Посада:</translation>
    </message>
    <message>
        <source>Asked about:</source>
        <translation>Що цікавить:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записати</translation>
    </message>
    <message>
        <source>Give a name or an e-mail address.</source>
        <translation>Вкажіть ім&apos;я або адресу ел. пошти.</translation>
    </message>
</context>
<context>
    <name>tandem::RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <source>Tandem backs up this database when it starts, once a day, and before every update, import, sync and restore. Pick the state to go back to: what is here now is backed up first, so a restore can be undone by restoring that backup.</source>
        <translation>Tandem створює резервну копію цієї бази даних під час запуску, раз на день, а також перед кожним оновленням, імпортом, синхронізацією та відновленням. Виберіть стан, до якого потрібно повернутися: для поточних даних спочатку буде створено резервну копію, тож відновлення можна скасувати, відновивши цю копію.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>Other backup &amp;file…</source>
        <translation>Інший &amp;файл резервної копії…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Відновити</translation>
    </message>
    <message>
        <source>There are no automatic backups of this database yet in %1. Choose a backup file with “Other backup file…”.</source>
        <translation>У %1 ще немає автоматичних резервних копій цієї бази даних. Виберіть файл резервної копії кнопкою «Інший файл резервної копії…».</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored: %1</source>
        <translation>Цю резервну копію пошкоджено, її не можна відновити: %1</translation>
    </message>
    <message>
        <source>the same as now</source>
        <translation>як зараз</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>зараз %1</translation>
    </message>
    <message>
        <source>A backup of %1 (database version %2). It holds:</source>
        <translation>Резервна копія для %1 (версія бази даних %2) містить:</translation>
    </message>
    <message>
        <source>Tandem backups (*.tandem-backup *.bak *.db);;All files (*)</source>
        <translation>Резервні копії Tandem (*.tandem-backup *.bak *.db);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Replace all data in this database with the backup taken %1? What is here now is backed up first.</source>
        <translation>Замінити всі дані в цій базі даних резервною копією, створеною %1? Для поточних даних спочатку буде створено резервну копію.</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Нічого не відновлено.</translation>
    </message>
</context>
<context>
    <name>tandem::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Загальні</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Робочі години</translation>
    </message>
    <message>
        <source>Sync and backups</source>
        <translation>Синхронізація та резервні копії</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Як у системі (%1)</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Валюта за замовчуванням</translation>
    </message>
    <message>
        <source>New deals, quotes and reports use it unless another is chosen. Amounts already entered keep their currency.</source>
        <translation>Застосовується до нових угод, комерційних пропозицій і звітів, якщо не вибрано іншу валюту. Уже введені суми залишаються у своїй валюті.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>&amp;Валюта за замовчуванням:</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Назва компанії</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>VAT code</source>
        <translation>Номер платника ПДВ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Вебсайт</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation>Логотип компанії</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Зображення (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>The team&apos;s details for the documents it sends; shared with the whole team.</source>
        <translation>Реквізити для документів, які надсилає команда; вони спільні для всієї команди.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адреса:</translation>
    </message>
    <message>
        <source>&amp;VAT code:</source>
        <translation>Номер платника &amp;ПДВ:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Ел. пошта:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Вебсайт:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Логотип:</translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation>Початок робочого дня</translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation>Кінець робочого дня</translation>
    </message>
    <message>
        <source>Remind before meetings and calls</source>
        <translation>Нагадування перед зустрічами та дзвінками</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Без нагадування</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>Free times are looked for, and tasks due &quot;in the morning&quot; are reminded of, within working hours. A meeting or call without its own reminder is reminded of this long before it starts.</source>
        <translation>Вільний час шукається в межах робочих годин, і в ці ж години Tandem нагадує про завдання з терміном «вранці». Про зустріч або дзвінок без власного нагадування Tandem нагадає за вказаний тут час до початку.</translation>
    </message>
    <message>
        <source>Day &amp;starts:</source>
        <translation>&amp;Початок дня:</translation>
    </message>
    <message>
        <source>Day &amp;ends:</source>
        <translation>&amp;Кінець дня:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Робочі дні:</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>&amp;Нагадування:</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Парольна фраза команди</translation>
    </message>
    <message>
        <source>Team passphrase again</source>
        <translation>Підтвердження парольної фрази команди</translation>
    </message>
    <message>
        <source>Team &amp;passphrase:</source>
        <translation>&amp;Парольна фраза команди:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ще раз:</translation>
    </message>
    <message>
        <source>Shared sync folder</source>
        <translation>Спільна папка синхронізації</translation>
    </message>
    <message>
        <source>&amp;Shared sync folder:</source>
        <translation>&amp;Спільна папка синхронізації:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка резервних копій</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>Папка &amp;резервних копій:</translation>
    </message>
    <message>
        <source>The passphrase and folders belong to this computer: each copy of Tandem in the team sets them once.</source>
        <translation>Парольна фраза й папки стосуються лише цього комп&apos;ютера: кожна копія Tandem у команді задає їх один раз.</translation>
    </message>
    <message>
        <source>Bundles are encrypted. Type a new passphrase to change it; leave both fields empty to keep it.</source>
        <translation>Пакети зашифровано. Щоб змінити парольну фразу, введіть нову; щоб залишити поточну, залиште обидва поля порожніми.</translation>
    </message>
    <message>
        <source>Bundles are not encrypted. Everyone in the team types the same passphrase (at least 8 characters) to encrypt them.</source>
        <translation>Пакети не зашифровано. Щоб їх шифрувати, уся команда вводить ту саму парольну фразу (щонайменше 8 символів).</translation>
    </message>
    <message>
        <source>The company name cannot be empty.</source>
        <translation>Назва компанії не може бути порожньою.</translation>
    </message>
    <message>
        <source>%1 is not an image Tandem can read.</source>
        <translation>%1 не є зображенням, яке може прочитати Tandem.</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>Робочий день має закінчуватися пізніше, ніж починається.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Виберіть щонайменше один робочий день.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольні фрази не збігаються.</translation>
    </message>
    <message>
        <source>A team passphrase needs at least 8 characters.</source>
        <translation>Парольна фраза команди має містити щонайменше 8 символів.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папки %1 не існує.</translation>
    </message>
    <message>
        <source>Tandem shows the new language after a restart. Restart now?</source>
        <translation>Нова мова з&apos;явиться після перезапуску Tandem. Перезапустити зараз?</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>зміну налаштувань</translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <extracomment>Settings › Automatic backups: &quot;Keep the newest [10] backups and one a day for [7] days&quot;</extracomment>
        <translation>Зберігати останні</translation>
    </message>
    <message>
        <source>backups and one a day for</source>
        <translation>резервних копій і по одній на день протягом</translation>
    </message>
    <message>
        <source>days</source>
        <translation>днів</translation>
    </message>
    <message>
        <source>Au&amp;tomatic backups:</source>
        <translation>&amp;Автоматичні резервні копії:</translation>
    </message>
    <message>
        <source>Tandem backs up the database when it starts, once a day, and before every update, import, sync and restore; with no folder chosen they go to “backups” beside the database.</source>
        <translation>Tandem створює резервну копію бази даних під час запуску, раз на день, а також перед кожним оновленням, імпортом, синхронізацією та відновленням; якщо папку не вибрано, копії зберігаються в папці «backups» поруч із базою даних.</translation>
    </message>
    <message>
        <source>Offers and documents</source>
        <translation>Пропозиції та документи</translation>
    </message>
    <message>
        <source>(the team&apos;s logo, not on this computer yet)</source>
        <translation>(логотип команди; на цьому комп&apos;ютері його ще немає)</translation>
    </message>
</context>
<context>
    <name>tandem::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Комбінації клавіш</translation>
    </message>
    <message>
        <source>Find a command or a key</source>
        <translation>Знайти команду або клавішу</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
</context>
<context>
    <name>tandem::SingleInstance</name>
    <message>
        <source>process %1 on %2</source>
        <translation>процес %1 на комп&apos;ютері %2</translation>
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
            <numerusform>%n угода</numerusform>
            <numerusform>%n угоди</numerusform>
            <numerusform>%n угод</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::SyncModule</name>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Синхронізувати</translation>
    </message>
    <message>
        <source>Read the other copies&apos; bundles from the shared folder and write this copy&apos;s</source>
        <translation>Прочитати пакети інших копій зі спільної папки та записати пакет цієї копії</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронізація</translation>
    </message>
</context>
<context>
    <name>tandem::SyncView</name>
    <message>
        <source>never</source>
        <translation>ніколи</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронізувати</translation>
    </message>
    <message>
        <source>Use the other value</source>
        <translation>Взяти інше значення</translation>
    </message>
    <message>
        <source>Keep the shown value</source>
        <translation>Залишити показане</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронізація</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Спільна папка</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>A folder your team&apos;s file-sync tool keeps in step</source>
        <translation>Папка, яку синхронізує файловий сервіс вашої команди</translation>
    </message>
    <message>
        <source>Bundle files</source>
        <translation>Файли пакетів</translation>
    </message>
    <message>
        <source>Export bundle…</source>
        <translation>Експортувати пакет…</translation>
    </message>
    <message>
        <source>Import bundle…</source>
        <translation>Імпортувати пакет…</translation>
    </message>
    <message>
        <source>Team passphrase…</source>
        <translation>Парольна фраза…</translation>
    </message>
    <message>
        <source>Other copies</source>
        <translation>Інші копії</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копія</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Останнє надсилання</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Останнє отримання</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Конфлікти для перегляду</translation>
    </message>
    <message>
        <source>Two people changed the same field before their copies met. Every copy shows the later change; pick the one that is right.</source>
        <translation>Двоє людей змінили те саме поле, перш ніж їхні копії синхронізувалися. Усі копії показують пізнішу зміну; виберіть правильну.</translation>
    </message>
    <message numerus="yes">
        <source>This copy is %1. %n change(s) made here have not reached another copy yet.</source>
        <translation>
            <numerusform>Ця копія — %1. %n зміна, внесена тут, ще не дійшла до жодної іншої копії.</numerusform>
            <numerusform>Ця копія — %1. %n зміни, внесені тут, ще не дійшли до жодної іншої копії.</numerusform>
            <numerusform>Ця копія — %1. %n змін, внесених тут, ще не дійшли до жодної іншої копії.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundles are not encrypted.</source>
        <translation>Пакети не зашифровано.</translation>
    </message>
    <message>
        <source>Bundles are encrypted with the team passphrase.</source>
        <translation>Пакети зашифровано парольною фразою команди.</translation>
    </message>
    <message>
        <source>Shared sync folder</source>
        <translation>Спільна папка синхронізації</translation>
    </message>
    <message numerus="yes">
        <source>Read %n bundle(s) of other copies.</source>
        <translation>
            <numerusform>Прочитано %n пакет інших копій.</numerusform>
            <numerusform>Прочитано %n пакети інших копій.</numerusform>
            <numerusform>Прочитано %n пакетів інших копій.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new change(s).</source>
        <translation>
            <numerusform>%n нова зміна.</numerusform>
            <numerusform>%n нові зміни.</numerusform>
            <numerusform>%n нових змін.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped for now (still copying?): %1</source>
        <translation>Поки що пропущено (можливо, ще копіюється): %1</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Експорт пакета</translation>
    </message>
    <message>
        <source>Tandem bundles (*.tandem)</source>
        <translation>Пакети Tandem (*.tandem)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1</source>
        <translation>
            <numerusform>Записано %n зміну в %1</numerusform>
            <numerusform>Записано %n зміни в %1</numerusform>
            <numerusform>Записано %n змін у %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Імпорт пакета</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new change(s) from %1.</source>
        <translation>
            <numerusform>Імпортовано %n нову зміну з %1.</numerusform>
            <numerusform>Імпортовано %n нові зміни з %1.</numerusform>
            <numerusform>Імпортовано %n нових змін з %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review.</source>
        <translation>
            <numerusform>Потрібно переглянути %n конфлікт.</numerusform>
            <numerusform>Потрібно переглянути %n конфлікти.</numerusform>
            <numerusform>Потрібно переглянути %n конфліктів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Парольна фраза команди</translation>
    </message>
    <message>
        <source>Everyone in the team uses the same passphrase; bundles of other teams will not open. Leave empty to stop encrypting.</source>
        <translation>Уся команда використовує ту саму парольну фразу; пакети інших команд не відкриються. Залиште поле порожнім, щоб вимкнути шифрування.</translation>
    </message>
    <message>
        <source>A team passphrase needs at least 8 characters.</source>
        <translation>Парольна фраза команди має містити щонайменше 8 символів.</translation>
    </message>
    <message>
        <source>Settled. The choice reaches the other copies with the next sync.</source>
        <translation>Вирішено. Вибір потрапить до інших копій під час наступної синхронізації.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of contacts that arrived look like the same person: review them in Contacts → Find duplicates.</source>
        <translation>
            <numerusform>%n пара отриманих контактів схожа на одну й ту саму особу: перегляньте їх у Контакти → Знайти дублікати.</numerusform>
            <numerusform>%n пари отриманих контактів схожі на одну й ту саму особу: перегляньте їх у Контакти → Знайти дублікати.</numerusform>
            <numerusform>%n пар отриманих контактів схожі на одну й ту саму особу: перегляньте їх у Контакти → Знайти дублікати.</numerusform>
        </translation>
    </message>
    <message>
        <source>This copy &amp;holds:</source>
        <translation>Ця копія &amp;містить:</translation>
    </message>
    <message>
        <source>A field laptop can hold only one salesperson&apos;s or territory&apos;s customers, with everything they refer to; the office sends it nothing else.</source>
        <translation>Ноутбук виїзного менеджера може містити лише клієнтів одного продавця або однієї території з усім, на що вони посилаються; офіс не надсилає йому нічого іншого.</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Містить</translation>
    </message>
    <message>
        <source>Hold only part of the data</source>
        <translation>Зберігати лише частину даних</translation>
    </message>
    <message>
        <source>From the next sync on, other copies send this one only what it holds (%1) and what that refers to. Nothing already here is removed. Go on?</source>
        <translation>Починаючи з наступної синхронізації, інші копії надсилатимуть цій лише те, що вона містить (%1), і те, на що це посилається. Нічого з того, що вже є тут, не буде видалено. Продовжити?</translation>
    </message>
    <message>
        <source>Everything (the office, or a laptop that sees all customers)</source>
        <translation>Усе (офіс або ноутбук, що бачить усіх клієнтів)</translation>
    </message>
    <message>
        <source>Only %1&apos;s customers</source>
        <translation>Лише клієнти користувача %1</translation>
    </message>
    <message>
        <source>Only the territory %1</source>
        <translation>Лише територія %1</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Усе</translation>
    </message>
</context>
<context>
    <name>tandem::TargetPanel</name>
    <message>
        <source>Targets</source>
        <translation>Плани продажів</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Цей місяць</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Цей квартал</translation>
    </message>
    <message>
        <source>Revenue won</source>
        <translation>Виручка</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>Нові угоди</translation>
    </message>
    <message>
        <source>Activities done</source>
        <translation>Виконані активності</translation>
    </message>
    <message>
        <source>%1 of %2 · %3%</source>
        <translation>%1 з %2 · %3 %</translation>
    </message>
    <message>
        <source>%1 · no target set</source>
        <translation>%1 · план не задано</translation>
    </message>
    <message numerus="yes">
        <source> · +%n won in other currencies</source>
        <translation>
            <numerusform> · +%n виграна угода в інших валютах</numerusform>
            <numerusform> · +%n виграні угоди в інших валютах</numerusform>
            <numerusform> · +%n виграних угод в інших валютах</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::TargetsDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Плани продажів</translation>
    </message>
    <message>
        <source>Rep or team</source>
        <translation>Менеджер або команда</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Виручка (%1)</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>Нові угоди</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Активності</translation>
    </message>
    <message>
        <source>This target is in %1; a new amount is saved in %2.</source>
        <translation>Цей план задано в %1; нову суму буде збережено в %2.</translation>
    </message>
    <message>
        <source>%1 (team)</source>
        <translation>%1 (команда)</translation>
    </message>
    <message>
        <source>Targets not saved</source>
        <translation>Плани продажів не збережено</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Set targets for %1</source>
        <translation>встановлення планів продажів: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) saved.</source>
        <translation>
            <numerusform>Збережено %n план продажів.</numerusform>
            <numerusform>Збережено %n плани продажів.</numerusform>
            <numerusform>Збережено %n планів продажів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved targets</source>
        <translation>Незбережені плани продажів</translation>
    </message>
    <message>
        <source>Save the changes to the targets of %1?</source>
        <translation>Зберегти зміни в планах продажів (%1)?</translation>
    </message>
    <message>
        <source>Q%1 (%2–%3)</source>
        <translation>%1 кв. (%2–%3)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Період:</translation>
    </message>
    <message>
        <source>Set targets for a month, or for a quarter at the end of the list. A month without its own target counts a third of its quarter&apos;s; a team without its own target is measured by its members&apos; together.</source>
        <translation>Задайте плани продажів на місяць або, наприкінці списку, на квартал. Для місяця без власного плану враховується третина плану його кварталу; команду без власного плану оцінюють за сумою планів її членів.</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%1 кв. %2</translation>
    </message>
</context>
<context>
    <name>tandem::TaskDialog</name>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Увесь день</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Send the offer, call back …</source>
        <translation>Надіслати пропозицію, передзвонити …</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Звичайний</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Високий</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низький</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Угода</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>“%1” is not a known record: pick one from the list or clear it.</source>
        <translation>«%1» — невідомий запис: виберіть запис зі списку або очистьте поле.</translation>
    </message>
</context>
<context>
    <name>tandem::TaskListModel</name>
    <message>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Найближчі</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Без терміну</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>позначення завдання «%1» як виконаного</translation>
    </message>
    <message>
        <source>Mark “%1” not done</source>
        <translation>позначення завдання «%1» як невиконаного</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Високий пріоритет</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Низький пріоритет</translation>
    </message>
    <message>
        <source>Normal priority</source>
        <translation>Звичайний пріоритет</translation>
    </message>
    <message>
        <source>%1 ↻</source>
        <translation>%1 ↻</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Стосується</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
</context>
<context>
    <name>tandem::TasksModule</name>
    <message>
        <source>New &amp;task…</source>
        <translation>Нове &amp;завдання…</translation>
    </message>
    <message>
        <source>Mark &amp;done / not done</source>
        <translation>Позначити як &amp;виконане / невиконане</translation>
    </message>
    <message>
        <source>A task with a due date, priority and what it is for</source>
        <translation>Завдання з терміном, пріоритетом і записом, якого воно стосується</translation>
    </message>
    <message>
        <source>Tick the selected task off, or back on (Space)</source>
        <translation>Позначити вибране завдання як виконане або зняти позначку (пробіл)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Мій день</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Whose tasks</source>
        <translation>Чиї завдання</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>У роботі</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Не змінено</translation>
    </message>
    <message>
        <source>New task “%1”</source>
        <translation>створення завдання «%1»</translation>
    </message>
    <message>
        <source>Someone else&apos;s customer</source>
        <translation>Чужий клієнт</translation>
    </message>
    <message>
        <source>%1

The task is saved and the owner has been told.</source>
        <translation>%1

Завдання збережено, а відповідального повідомлено.</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Нове завдання</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>редагування завдання «%1»</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>прострочено</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>термін спливає</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>без клієнта</translation>
    </message>
    <message numerus="yes">
        <source>Customer cases needing attention (%n):</source>
        <translation>
            <numerusform>Звернення клієнтів, які потребують уваги (%n):</numerusform>
            <numerusform>Звернення клієнтів, які потребують уваги (%n):</numerusform>
            <numerusform>Звернення клієнтів, які потребують уваги (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more in Cases.</source>
        <translation>
            <numerusform>і ще %n — у розділі «Звернення».</numerusform>
            <numerusform>і ще %n — у розділі «Звернення».</numerusform>
            <numerusform>і ще %n — у розділі «Звернення».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::TeamModule</name>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Співробітники</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Співробітник</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Територія</translation>
    </message>
</context>
<context>
    <name>tandem::TerritoryCardView</name>
    <message>
        <source>Assign companies by rules</source>
        <translation>Розподілити компанії за правилами</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Передати…</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Редагувати відомості</translation>
    </message>
    <message>
        <source>Give every company that has no territory yet the one its country, region, city, postcode or industry falls in</source>
        <translation>Призначити кожній компанії без території ту, до якої вона належить за країною, регіоном, містом, поштовим індексом або галуззю</translation>
    </message>
    <message>
        <source>Hand this territory and its owner&apos;s open business in it to another salesperson</source>
        <translation>Передати цю територію та незавершені справи її відповідального на ній іншому менеджеру з продажів</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Угоди в роботі</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Відповідальний: %1</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>ще не призначено</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Команда: %1</translation>
    </message>
    <message>
        <source>Companies: %1 · Open deals: %2 · Open leads: %3</source>
        <translation>Компанії: %1 · Угоди в роботі: %2 · Ліди в роботі: %3</translation>
    </message>
    <message>
        <source>Named accounts: put a company here by choosing this territory on it.</source>
        <translation>Закріплені клієнти: щоб додати сюди компанію, виберіть цю територію в її картці.</translation>
    </message>
    <message>
        <source>New companies that match the rule are placed here as they are created.</source>
        <translation>Нові компанії, що відповідають правилу, потрапляють сюди одразу під час створення.</translation>
    </message>
    <message>
        <source>Assign companies to territories</source>
        <translation>розподіл компаній за територіями</translation>
    </message>
    <message>
        <source>Every company the rules can place already has a territory.</source>
        <translation>Усім компаніям, які можна розподілити за правилами, уже призначено територію.</translation>
    </message>
    <message>
        <source>Companies given a territory by the rules: %1 (Edit › Undo puts them back).</source>
        <translation>Компаній, яким призначено територію за правилами: %1 (команда Редагування › Скасувати поверне все як було).</translation>
    </message>
    <message>
        <source>Reassign territory “%1”</source>
        <translation>передачу території «%1»</translation>
    </message>
</context>
<context>
    <name>tandem::TimeGridCanvas</name>
    <message>
        <source>Calendar hours</source>
        <translation>Години календаря</translation>
    </message>
</context>
<context>
    <name>tandem::TimeGridHeader</name>
    <message>
        <source>Days and all-day events</source>
        <translation>Дні та події на весь день</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Увесь день</translation>
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
        <translation>Угода: %1</translation>
    </message>
    <message>
        <source>Deal: %1 (%2)</source>
        <translation>Угода: %1 (%2)</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Документ: %1</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <extracomment>A case&apos;s step on a timeline: &quot;Case: Broken cooling unit (resolved)&quot;</extracomment>
        <translation>Звернення: %1</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <extracomment>A field change on a timeline: &quot;Job title changed&quot;</extracomment>
        <translation>Змінено поле «%1»</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>очищено</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>On a timeline: &quot;15/06/2026 14:30 · Ona Petraitienė&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Case: %1 (%2)</source>
        <translation>Звернення: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>tandem::UserCardView</name>
    <message>
        <source>Edit details</source>
        <translation>Редагувати відомості</translation>
    </message>
    <message>
        <source>Ask them about</source>
        <translation>З яких питань звертатися</translation>
    </message>
    <message>
        <source>Territories they own</source>
        <translation>Території, за які відповідає</translation>
    </message>
    <message>
        <source>%1 (no longer active)</source>
        <translation>%1 (неактивний)</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Команда: %1</translation>
    </message>
    <message>
        <source>Manager: %1</source>
        <translation>Керівник: %1</translation>
    </message>
    <message>
        <source>No skills listed yet: add them under Edit details so colleagues find them from the search box.</source>
        <translation>Навички ще не вказано: додайте їх через «Редагувати відомості», щоб колеги могли знайти цю людину через поле пошуку.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Немає</translation>
    </message>
</context>
</TS>
