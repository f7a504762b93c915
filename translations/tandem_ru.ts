<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AbcClasses</name>
    <message>
        <source>ABC classes are set from the whole team&apos;s revenue: run it without the owner, team and territory filters.</source>
        <translation>ABC-классы рассчитываются по выручке всей команды: запустите отчёт без фильтров по ответственному, команде и территории.</translation>
    </message>
</context>
<context>
    <name>ActivityOutcome</name>
    <message>
        <source>There is no such activity.</source>
        <translation>Такого действия нет.</translation>
    </message>
    <message>
        <source>Say how the call went (reached, no answer …) before marking it done.</source>
        <translation>Прежде чем отметить звонок как выполненный, укажите, чем он закончился (дозвонились, нет ответа …).</translation>
    </message>
    <message>
        <source>Say how the meeting went before marking it done.</source>
        <translation>Прежде чем отметить встречу как выполненную, укажите, чем она закончилась.</translation>
    </message>
    <message>
        <source>Name the follow-up task, or write the next step.</source>
        <translation>Укажите тему следующей задачи или опишите следующий шаг.</translation>
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
        <translation>Открытие документа</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранение копии</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>At least one backup must be kept (%1 given).</source>
        <translation>Нужно хранить хотя бы одну резервную копию (указано: %1).</translation>
    </message>
    <message>
        <source>The number of days cannot be negative (%1 given).</source>
        <translation>Число дней не может быть отрицательным (указано: %1).</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be made: the disk or folder is read-only.</source>
        <translation>Не удаётся создать папку резервных копий %1: диск или папка доступны только для чтения.</translation>
    </message>
    <message>
        <source>The backup %1 could not be put in place.</source>
        <translation>Не удалось завершить сохранение резервной копии %1.</translation>
    </message>
    <message>
        <source>No backup could be written first, so nothing was synchronised: %1</source>
        <translation>Не удалось предварительно создать резервную копию, поэтому ничего не синхронизировано: %1</translation>
    </message>
    <message>
        <source>No backup could be written first, so nothing was imported: %1</source>
        <translation>Не удалось предварительно создать резервную копию, поэтому ничего не импортировано: %1</translation>
    </message>
    <message>
        <source>When Tandem started</source>
        <translation>При запуске Tandem</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Ежедневно</translation>
    </message>
    <message>
        <source>Before a database update</source>
        <translation>Перед обновлением базы данных</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Перед импортом</translation>
    </message>
    <message>
        <source>Before a sync</source>
        <translation>Перед синхронизацией</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Copying %1 failed: %2</source>
        <translation>Не удалось скопировать %1: %2</translation>
    </message>
    <message>
        <source>Copying %1 failed: the disk is full.</source>
        <translation>Не удалось скопировать %1: диск заполнен.</translation>
    </message>
    <message>
        <source>Cannot write the backup file %1.</source>
        <translation>Не удаётся записать файл резервной копии %1.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Tandem backup.</source>
        <translation>%1 — пустой файл, а не резервная копия Tandem.</translation>
    </message>
    <message>
        <source>The current data could not be saved first, so nothing was restored: %1</source>
        <translation>Не удалось предварительно сохранить текущие данные, поэтому ничего не восстановлено: %1</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Не удаётся прочитать %1.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged, so nothing was restored: %2</source>
        <translation>Резервная копия %1 повреждена, поэтому ничего не восстановлено: %2</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>change %1 is incomplete</source>
        <translation>изменение %1 записано не полностью</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>Не удалось запустить библиотеку шифрования.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the team key.</source>
        <translation>Недостаточно памяти для вычисления ключа команды.</translation>
    </message>
    <message>
        <source>This bundle was written in a newer sync format; update Tandem to read it. Nothing was imported.</source>
        <translation>Этот пакет создан в более новом формате синхронизации; обновите Tandem, чтобы прочитать его. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>This is not a Tandem sync bundle. Nothing was imported.</source>
        <translation>Это не пакет синхронизации Tandem. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The bundle is damaged or truncated (it may still be copying). Nothing was imported.</source>
        <translation>Пакет повреждён или записан не полностью (возможно, он ещё копируется). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The bundle is damaged or truncated (its integrity check failed). Nothing was imported.</source>
        <translation>Пакет повреждён или записан не полностью (проверка целостности не пройдена). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The bundle&apos;s header is damaged. Nothing was imported.</source>
        <translation>Заголовок пакета повреждён. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>This bundle was written by Tandem %1 in a newer sync format; update Tandem to read it. Nothing was imported.</source>
        <translation>Этот пакет создан в Tandem %1 в более новом формате синхронизации; обновите Tandem, чтобы прочитать его. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>This bundle is encrypted with a team passphrase; set the passphrase to import it. Nothing was imported.</source>
        <translation>Этот пакет зашифрован парольной фразой команды; задайте парольную фразу, чтобы импортировать его. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The bundle is truncated. Nothing was imported.</source>
        <translation>Пакет записан не полностью. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>This bundle is from another team or was altered: it does not open with this team&apos;s passphrase. Nothing was imported.</source>
        <translation>Этот пакет получен от другой команды или был изменён: он не открывается парольной фразой этой команды. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>This bundle is not encrypted, but this team requires a passphrase. Nothing was imported.</source>
        <translation>Этот пакет не зашифрован, а для этой команды парольная фраза обязательна. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The bundle&apos;s changes are damaged. Nothing was imported.</source>
        <translation>Изменения в пакете повреждены. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The bundle is incomplete: it holds %1 of the %2 changes its header announces. Nothing was imported.</source>
        <translation>Пакет записан не полностью: изменений в заголовке — %2, в пакете — %1. Ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>The event no longer exists.</source>
        <translation>Этого события больше нет.</translation>
    </message>
</context>
<context>
    <name>CalendarFiles</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… и ещё %n.</numerusform>
            <numerusform>… и ещё %n.</numerusform>
            <numerusform>… и ещё %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a calendar</source>
        <translation>Импорт календаря</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>Файлы iCalendar (*.ics *.ical *.ifb);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Calendar not imported</source>
        <translation>Календарь не импортирован</translation>
    </message>
    <message>
        <source>Nothing in %1 can be imported.</source>
        <translation>В файле %1 нет ничего, что можно импортировать.</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Ошибки в файле</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of %1 cannot be imported:</source>
        <translation>
            <numerusform>Не удаётся импортировать %n элемент из файла %1:</numerusform>
            <numerusform>Не удаётся импортировать %n элемента из файла %1:</numerusform>
            <numerusform>Не удаётся импортировать %n элементов из файла %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the other %n item(s) and leave these out?</source>
        <translation>
            <numerusform>Импортировать остальные элементы (%n) и пропустить эти?</numerusform>
            <numerusform>Импортировать остальные элементы (%n) и пропустить эти?</numerusform>
            <numerusform>Импортировать остальные элементы (%n) и пропустить эти?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Импорт: %1</translation>
    </message>
    <message>
        <source>The file changed while it was being imported; try again.</source>
        <translation>Файл изменился во время импорта; повторите попытку.</translation>
    </message>
    <message>
        <source>Calendar imported</source>
        <translation>Календарь импортирован</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 already here.</source>
        <translation>%1: новых — %2, обновлённых — %3, уже были в календаре — %4.</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Нечего экспортировать</translation>
    </message>
    <message>
        <source>There is nothing in these days to export.</source>
        <translation>В эти дни нет ничего для экспорта.</translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>Экспорт календаря</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Файлы iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Calendar not exported</source>
        <translation>Календарь не экспортирован</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>Календарь экспортирован</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) and task(s) written to %1.</source>
        <translation>
            <numerusform>Событий и задач записано в файл %1: %n.</numerusform>
            <numerusform>Событий и задач записано в файл %1: %n.</numerusform>
            <numerusform>Событий и задач записано в файл %1: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>the same e-mail</source>
        <translation>тот же e-mail</translation>
    </message>
    <message>
        <source>the same phone</source>
        <translation>тот же телефон</translation>
    </message>
    <message>
        <source>the same name at the same company</source>
        <translation>то же имя в той же компании</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>Кампания %1 не найдена.</translation>
    </message>
    <message>
        <source>The new lead could not be read back.</source>
        <translation>Не удалось прочитать созданный лид.</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Связаться: %1</translation>
    </message>
    <message>
        <source>A response needs a name or an e-mail address.</source>
        <translation>Для отклика нужно указать имя или адрес электронной почты.</translation>
    </message>
    <message>
        <source>%1 already responded to this campaign (%2): no second lead.</source>
        <translation>%1 уже есть среди откликов на эту кампанию (%2): второй лид не создаётся.</translation>
    </message>
    <message>
        <source>Job title: %1</source>
        <translation>Должность: %1</translation>
    </message>
    <message>
        <source>%1: a new lead.</source>
        <translation>%1: новый лид.</translation>
    </message>
    <message>
        <source>%1: a new lead, linked to the existing contact %2 (%3).</source>
        <translation>%1: новый лид, связан с существующим контактом %2 (%3).</translation>
    </message>
    <message>
        <source>The file has no column for the name or the e-mail address (the first line must name the columns).</source>
        <translation>В файле нет столбца с именем или адресом электронной почты (в первой строке должны быть названия столбцов).</translation>
    </message>
    <message>
        <source>already responded (%1)</source>
        <translation>уже есть среди откликов (%1)</translation>
    </message>
</context>
<context>
    <name>CaseQueries</name>
    <message>
        <source>unknown grouping &apos;%1&apos;</source>
        <translation>неизвестная группировка &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>Satisfaction is a score from 1 to 5, not “%1”.</source>
        <translation>Оценка клиента — число от 1 до 5, а не «%1».</translation>
    </message>
    <message>
        <source>Satisfaction is recorded once the case is resolved.</source>
        <translation>Оценку клиента можно указать только после решения обращения.</translation>
    </message>
    <message>
        <source>Write down how the case was resolved before resolving or closing it.</source>
        <translation>Прежде чем решить или закрыть обращение, опишите, как оно было решено.</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>жалоба</translation>
    </message>
    <message>
        <source>question</source>
        <translation>вопрос</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>поставка</translation>
    </message>
    <message>
        <source>service request</source>
        <translation>запрос на обслуживание</translation>
    </message>
    <message>
        <source>A %1 is yours: “%2”%3.</source>
        <translation>Вам назначено обращение (%1): «%2»%3.</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> от компании %1</translation>
    </message>
    <message>
        <source>Your customer %1 has made a complaint: “%2”.</source>
        <translation>Ваш клиент %1 подал жалобу: «%2».</translation>
    </message>
    <message>
        <source>There is no case with id %1</source>
        <translation>Обращение с id %1 не найдено</translation>
    </message>
    <message>
        <source>The case “%1” of your customer %2 is resolved.</source>
        <translation>Обращение «%1» вашего клиента %2 решено.</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Active</source>
        <translation>Активный</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Неактивный</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Потенциальный клиент</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Former customer</source>
        <translation>Бывший клиент</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Бронзовый</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Серебряный</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Золотой</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Веб-форма</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation>Холодный звонок</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Контакт установлен</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Квалифицирован</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Конвертирован</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Срочный</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Для команды</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Приватно</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Менеджер по продажам</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Office manager</source>
        <translation>Офис-менеджер</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>A chosen user</source>
        <translation>Выбранному пользователю</translation>
    </message>
    <message>
        <source>The territory&apos;s owner</source>
        <translation>Ответственному за территорию</translation>
    </message>
    <message>
        <source>Each team member in turn</source>
        <translation>Участникам команды по очереди</translation>
    </message>
    <message>
        <source>The team member with the fewest open leads</source>
        <translation>Участнику команды с наименьшим числом лидов в работе</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Назначено вам</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Эскалация</translation>
    </message>
    <message>
        <source>Your customer</source>
        <translation>Ваш клиент</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Leads and deals</source>
        <translation>Лиды и сделки</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Named accounts</source>
        <translation>Закреплённые клиенты</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Семинар</translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Интернет</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Реклама</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланированный</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершённый</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Запрос на обслуживание</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Поставка</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Ждём ответа клиента</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Визит</translation>
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
        <translation>использование: init [--company NAME] [--user NAME] [--currency CODE]</translation>
    </message>
    <message>
        <source>My company</source>
        <translation>Моя компания</translation>
    </message>
    <message>
        <source>Created %1 for %2; you are user %3.</source>
        <translation>Создана база данных %1 для компании %2; ваш пользователь: %3.</translation>
    </message>
    <message>
        <source>usage: demo [--contacts N] [--seed S]</source>
        <translation>использование: demo [--contacts N] [--seed S]</translation>
    </message>
    <message>
        <source>--contacts needs a whole number from 10 to 1000000</source>
        <translation>для --contacts нужно целое число от 10 до 1000000</translation>
    </message>
    <message>
        <source>--seed needs a whole number</source>
        <translation>для --seed нужно целое число</translation>
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
        <translation>использование: backup --to FILE</translation>
    </message>
    <message>
        <source>the file already exists; choose a new name</source>
        <translation>файл уже существует; укажите другое имя</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Резервная копия сохранена в %1</translation>
    </message>
    <message>
        <source>Backup %1 (database version %2) of %3 holds:</source>
        <translation>Резервная копия %1 (версия базы данных %2, компания: %3) содержит:</translation>
    </message>
    <message>
        <source>an unnamed company</source>
        <translation>без названия</translation>
    </message>
    <message>
        <source>Restored. The data it replaced was saved to %1</source>
        <translation>Данные восстановлены. Прежние данные сохранены в %1</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>для параметра --%1 нужно значение</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>неизвестный параметр --%1</translation>
    </message>
    <message>
        <source>Create it with &apos;tandem-cli init&apos; or &apos;tandem-cli demo&apos;.</source>
        <translation>Создайте её командой &apos;tandem-cli init&apos; или &apos;tandem-cli demo&apos;.</translation>
    </message>
    <message>
        <source>Run &apos;tandem-cli --help&apos; for the list of commands.</source>
        <translation>Список команд: &apos;tandem-cli --help&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not of the form field=value</source>
        <translation>&apos;%1&apos; не соответствует формату field=value</translation>
    </message>
    <message>
        <source>given twice</source>
        <translation>указано дважды</translation>
    </message>
    <message>
        <source>usage: search TEXT [--limit N] [--json]</source>
        <translation>использование: search TEXT [--limit N] [--json]</translation>
    </message>
    <message>
        <source>usage: history ENTITY ID [--json]</source>
        <translation>использование: history ENTITY ID [--json]</translation>
    </message>
    <message>
        <source>unknown record type &apos;%1&apos;</source>
        <translation>неизвестный тип записи &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>запись типа %1 с id %2 не найдена</translation>
    </message>
    <message>
        <source>usage: dump --canonical</source>
        <translation>использование: dump --canonical</translation>
    </message>
    <message>
        <source>usage: check [--repair]</source>
        <translation>использование: check [--repair]</translation>
    </message>
    <message>
        <source>ok: %1 is healthy</source>
        <translation>ok: база данных %1 в порядке</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>неизвестный параметр %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>команда не указана</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>неизвестная команда &apos;%1&apos;</translation>
    </message>
    <message>
        <source>usage: add ENTITY field=value …</source>
        <translation>использование: add ENTITY field=value …</translation>
    </message>
    <message>
        <source>usage: set ENTITY ID field=value …</source>
        <translation>использование: set ENTITY ID field=value …</translation>
    </message>
    <message>
        <source>usage: rm ENTITY ID</source>
        <translation>использование: rm ENTITY ID</translation>
    </message>
    <message>
        <source>usage: show ENTITY ID [--json]</source>
        <translation>использование: show ENTITY ID [--json]</translation>
    </message>
    <message>
        <source>usage: list ENTITY [--where field=value]… [--sort FIELD [--desc]] [--limit N] [--json]</source>
        <translation>использование: list ENTITY [--where field=value]… [--sort FIELD [--desc]] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>--limit needs a whole number</source>
        <translation>для --limit нужно целое число</translation>
    </message>
    <message>
        <source>usage: whoami [--set USER_ID]</source>
        <translation>использование: whoami [--set USER_ID]</translation>
    </message>
    <message>
        <source>No user chosen on this copy; pick one with &apos;whoami --set USER_ID&apos; (see &apos;list user&apos;).</source>
        <translation>В этой копии не выбран пользователь; выберите его командой &apos;whoami --set USER_ID&apos; (см. &apos;list user&apos;).</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <source>usage: sync export --to FILE [--peer SITE]</source>
        <translation>использование: sync export --to FILE [--peer SITE]</translation>
    </message>
    <message>
        <source>usage: sync import FILE</source>
        <translation>использование: sync import FILE</translation>
    </message>
    <message>
        <source>usage: sync folder DIR</source>
        <translation>использование: sync folder DIR</translation>
    </message>
    <message>
        <source>tandem-cli: skipped for now: %1</source>
        <translation>tandem-cli: пока пропущено: %1</translation>
    </message>
    <message>
        <source>This copy: %1</source>
        <translation>Эта копия: %1</translation>
    </message>
    <message>
        <source>Changes not yet acknowledged by any peer: %1</source>
        <translation>Изменения, ещё не подтверждённые ни одним узлом: %1</translation>
    </message>
    <message>
        <source>Conflicts to review: %1</source>
        <translation>Конфликты для проверки: %1</translation>
    </message>
    <message>
        <source>Team passphrase: %1</source>
        <translation>Парольная фраза команды: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задана</translation>
    </message>
    <message>
        <source>set</source>
        <translation>задана</translation>
    </message>
    <message>
        <source>(any peer)</source>
        <translation>(любой узел)</translation>
    </message>
    <message>
        <source>shown: %1 (%2, %3)</source>
        <translation>текущее: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>other: %1 (%2, %3)</source>
        <translation>другое: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>usage: sync resolve CONFLICT_ID --take-other|--keep</source>
        <translation>использование: sync resolve CONFLICT_ID --take-other|--keep</translation>
    </message>
    <message>
        <source>usage: sync passphrase --set TEXT | --clear</source>
        <translation>использование: sync passphrase --set TEXT | --clear</translation>
    </message>
    <message>
        <source>a team passphrase needs at least 8 characters</source>
        <translation>парольная фраза команды должна содержать не менее 8 символов</translation>
    </message>
    <message>
        <source>Demo data in %7 s: users %1, companies %2, contacts %3, leads %4, deals %5, activities %6.</source>
        <translation>Демонстрационные данные созданы за %7 с. Пользователей: %1, компаний: %2, контактов: %3, лидов: %4, сделок: %5, действий: %6.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1</source>
        <translation>
            <numerusform>Записано %n изменение в файл %1</numerusform>
            <numerusform>Записано %n изменения в файл %1</numerusform>
            <numerusform>Записано %n изменений в файл %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new change(s) from %1.</source>
        <translation>
            <numerusform>Импортировано %n новое изменение с узла %1.</numerusform>
            <numerusform>Импортировано %n новых изменения с узла %1.</numerusform>
            <numerusform>Импортировано %n новых изменений с узла %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) updated.</source>
        <translation>
            <numerusform>Обновлена %n запись.</numerusform>
            <numerusform>Обновлено %n записи.</numerusform>
            <numerusform>Обновлено %n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review.</source>
        <translation>
            <numerusform>%n конфликт требует проверки.</numerusform>
            <numerusform>%n конфликта требуют проверки.</numerusform>
            <numerusform>%n конфликтов требуют проверки.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n bundle(s) of other copies.</source>
        <translation>
            <numerusform>Прочитан %n пакет других копий.</numerusform>
            <numerusform>Прочитано %n пакета других копий.</numerusform>
            <numerusform>Прочитано %n пакетов других копий.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new change(s).</source>
        <translation>
            <numerusform>%n новое изменение.</numerusform>
            <numerusform>%n новых изменения.</numerusform>
            <numerusform>%n новых изменений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Записан файл %1.</translation>
    </message>
    <message>
        <source>line %1: %2 is already here (%3), skipped</source>
        <translation>строка %1: %2 — уже есть (%3), пропущено</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 skipped as duplicates, %4 rejected.</source>
        <translation>создано: %1, обновлено: %2, пропущено как дубликаты: %3, отклонено: %4.</translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1</source>
        <translation>Пробный запуск, ничего не записано — %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Импорт выполнен — %1</translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported: %n problem(s) in the file. Fix them, or import the rest with --skip-invalid.</source>
        <translation>
            <numerusform>ничего не импортировано: в файле %n ошибка. Исправьте файл или импортируйте остальное с параметром --skip-invalid.</numerusform>
            <numerusform>ничего не импортировано: в файле %n ошибки. Исправьте файл или импортируйте остальное с параметром --skip-invalid.</numerusform>
            <numerusform>ничего не импортировано: в файле %n ошибок. Исправьте файл или импортируйте остальное с параметром --skip-invalid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>Записана %n запись в файл %1.</numerusform>
            <numerusform>Записано %n записи в файл %1.</numerusform>
            <numerusform>Записано %n записей в файл %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of contacts that arrived look like the same person: review them with tandem-cli duplicates.</source>
        <translation>
            <numerusform>%n пара полученных контактов похожа на одного и того же человека: проверьте их командой tandem-cli duplicates.</numerusform>
            <numerusform>%n пары полученных контактов похожи на одного и того же человека: проверьте их командой tandem-cli duplicates.</numerusform>
            <numerusform>%n пар полученных контактов похожи на одного и того же человека: проверьте их командой tandem-cli duplicates.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: duplicates [--entity contact|company] [--json] | duplicates --dismiss ID ID [--entity contact|company]</source>
        <translation>использование: duplicates [--entity contact|company] [--json] | duplicates --dismiss ID ID [--entity contact|company]</translation>
    </message>
    <message>
        <source>Marked as not duplicates; the pair is not proposed again.</source>
        <translation>Отмечено как разные записи; эта пара больше не будет предлагаться.</translation>
    </message>
    <message>
        <source>usage: merge contact|company KEEP_ID OTHER_ID [--take FIELD]…</source>
        <translation>использование: merge contact|company KEEP_ID OTHER_ID [--take FIELD]…</translation>
    </message>
    <message numerus="yes">
        <source>Merged %1 into %2: %n linked record(s) moved.</source>
        <translation>
            <numerusform>%1 объединён с %2: перенесена %n связанная запись.</numerusform>
            <numerusform>%1 объединён с %2: перенесены %n связанные записи.</numerusform>
            <numerusform>%1 объединён с %2: перенесено %n связанных записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>--update and --create-duplicates exclude each other</source>
        <translation>--update и --create-duplicates нельзя использовать вместе</translation>
    </message>
    <message>
        <source>there is no segment of %1 records called “%2”</source>
        <translation>сегмента записей типа %1 с названием «%2» нет</translation>
    </message>
    <message>
        <source>the pipeline “%1” of “%2” has no stage “%3”; its stages are: %4</source>
        <translation>в воронке «%1» сделки «%2» нет этапа «%3»; этапы этой воронки: %4</translation>
    </message>
    <message>
        <source>%1 Done anyway; the owner has been told.</source>
        <translation>%1 Всё равно выполнено; ответственный получил уведомление.</translation>
    </message>
    <message>
        <source>usage: convert lead ID [--company ID] [--contact ID] [--title TEXT] [--amount DECIMAL] [--json]</source>
        <translation>использование: convert lead ID [--company ID] [--contact ID] [--title TEXT] [--amount DECIMAL] [--json]</translation>
    </message>
    <message>
        <source>usage: move deal ID STAGE</source>
        <translation>использование: move deal ID STAGE</translation>
    </message>
    <message>
        <source>usage: win deal ID</source>
        <translation>использование: win deal ID</translation>
    </message>
    <message>
        <source>usage: lose deal ID --reason TEXT [--competitor ID|NAME] | lose lead ID --reason TEXT</source>
        <translation>использование: lose deal ID --reason TEXT [--competitor ID|NAME] | lose lead ID --reason TEXT</translation>
    </message>
    <message>
        <source>usage: reopen deal|lead ID</source>
        <translation>использование: reopen deal|lead ID</translation>
    </message>
    <message>
        <source>usage: qualify lead ID [--answer &quot;Question=answer&quot;]…</source>
        <translation>использование: qualify lead ID [--answer &quot;Question=answer&quot;]…</translation>
    </message>
    <message>
        <source>there is no question %1; the questions are numbered 1 to %2</source>
        <translation>вопроса %1 нет; вопросы пронумерованы от 1 до %2</translation>
    </message>
    <message>
        <source>usage: checklist deal ID [--json]</source>
        <translation>использование: checklist deal ID [--json]</translation>
    </message>
    <message>
        <source>“%1” in stage “%2”:</source>
        <translation>«%1» на этапе «%2»:</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>срок: %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <source>hard deadline</source>
        <translation>жёсткий срок</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>не применяется</translation>
    </message>
    <message>
        <source>usage: escalate [--json]</source>
        <translation>использование: escalate [--json]</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>Кому: %1 — %2</translation>
    </message>
    <message>
        <source>usage: overdue leads [--owner ID] [--json]</source>
        <translation>использование: overdue leads [--owner ID] [--json]</translation>
    </message>
    <message>
        <source>usage: forecast [--pipeline ID] [--by-owner] [--json]</source>
        <translation>использование: forecast [--pipeline ID] [--by-owner] [--json]</translation>
    </message>
    <message>
        <source>no close date</source>
        <translation>без даты закрытия</translation>
    </message>
    <message>
        <source>Wrote %1 for a scoped copy.</source>
        <translation>Записан файл %1 для копии с ограниченной областью синхронизации.</translation>
    </message>
    <message>
        <source>Sync scope: %1</source>
        <translation>Область синхронизации: %1</translation>
    </message>
    <message>
        <source>peer %1	last sent %2	last received %3	scope %4</source>
        <translation>узел %1	последняя отправка: %2	последнее получение: %3	область: %4</translation>
    </message>
    <message>
        <source>usage: sync scope [--owner USER_ID | --territory TERRITORY_ID | --all]</source>
        <translation>использование: sync scope [--owner USER_ID | --territory TERRITORY_ID | --all]</translation>
    </message>
    <message>
        <source>usage: sync export|import|folder|status|conflicts|resolve|passphrase|scope …</source>
        <translation>использование: sync export|import|folder|status|conflicts|resolve|passphrase|scope …</translation>
    </message>
    <message>
        <source>usage: import ics FILE [--dry-run] [--skip-invalid]</source>
        <translation>использование: import ics FILE [--dry-run] [--skip-invalid]</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation>создано: %1, обновлено: %2, без изменений: %3, отклонено: %4.</translation>
    </message>
    <message>
        <source>nothing was imported: the file cannot be read.</source>
        <translation>ничего не импортировано: не удаётся прочитать файл.</translation>
    </message>
    <message>
        <source>usage: export ics FILE [--where field=value]… [--from DATE] [--to DATE]</source>
        <translation>использование: export ics FILE [--where field=value]… [--from DATE] [--to DATE]</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a date (YYYY-MM-DD) or date and time</source>
        <translation>--%1: &apos;%2&apos; не является датой (ГГГГ-ММ-ДД) или датой и временем</translation>
    </message>
    <message>
        <source>usage: import csv|vcard|ics FILE [--entity ENTITY] [--mapping FILE] [--dry-run] [--skip-invalid] [--update | --create-duplicates]</source>
        <translation>использование: import csv|vcard|ics FILE [--entity ENTITY] [--mapping FILE] [--dry-run] [--skip-invalid] [--update | --create-duplicates]</translation>
    </message>
    <message>
        <source>usage: export csv|vcard|ics FILE [--entity ENTITY] [--segment NAME] [--where field=value]… [--vcard3] [--from DATE] [--to DATE]</source>
        <translation>использование: export csv|vcard|ics FILE [--entity ENTITY] [--segment NAME] [--where field=value]… [--vcard3] [--from DATE] [--to DATE]</translation>
    </message>
    <message>
        <source>--%1 needs a positive whole number</source>
        <translation>--%1 должно быть положительным целым числом</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочка</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Предстоящие</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Без срока</translation>
    </message>
    <message>
        <source>usage: done ID [--outcome TEXT] [--next-step TEXT] [--follow-up-due DATE]</source>
        <translation>использование: done ID [--outcome TEXT] [--next-step TEXT] [--follow-up-due DATE]</translation>
    </message>
    <message>
        <source>usage: dormant [--rule NAME] [--json] | dormant --rule NAME --propose</source>
        <translation>использование: dormant [--rule NAME] [--json] | dormant --rule NAME --propose</translation>
    </message>
    <message>
        <source>there is no dormant-customer rule “%1”</source>
        <translation>правила для спящих клиентов «%1» нет</translation>
    </message>
    <message numerus="yes">
        <source>Created %n follow-up task(s).</source>
        <translation>
            <numerusform>Создана %n задача на повторный контакт.</numerusform>
            <numerusform>Созданы %n задачи на повторный контакт.</numerusform>
            <numerusform>Создано %n задач на повторный контакт.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: free-slots --users ID[,ID…] --from DATE --to DATE [--minutes N]</source>
        <translation>использование: free-slots --users ID[,ID…] --from DATE --to DATE [--minutes N]</translation>
    </message>
    <message>
        <source>--to must be later than --from</source>
        <translation>--to должно быть позже --from</translation>
    </message>
    <message>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <source>report needs a report name (see &apos;report --list&apos;)</source>
        <translation>укажите название отчёта (см. &apos;report --list&apos;)</translation>
    </message>
    <message>
        <source>--period must be one of this-month, last-month, this-quarter, last-quarter, this-year, last-year, year-to-date, last-12-months</source>
        <translation>--period: допустимые значения — this-month, last-month, this-quarter, last-quarter, this-year, last-year, year-to-date, last-12-months</translation>
    </message>
    <message>
        <source>--%1 expects a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>--%1: ожидается дата в формате ГГГГ-ММ-ДД, а не &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--compare must be previous, year or none</source>
        <translation>--compare: допустимые значения — previous, year или none</translation>
    </message>
    <message>
        <source>--option expects KEY=VALUE, not &apos;%1&apos;</source>
        <translation>--option: ожидается KEY=VALUE, а не &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--page must be a4 or letter</source>
        <translation>--page: допустимые значения — a4 или letter</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with an open complaint left out.</source>
        <translation>
            <numerusform>Пропущено клиентов с нерешённой жалобой: %n.</numerusform>
            <numerusform>Пропущено клиентов с нерешённой жалобой: %n.</numerusform>
            <numerusform>Пропущено клиентов с нерешённой жалобой: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: backups [--json] | backups --keep N [--days D]</source>
        <translation>использование: backups [--json] | backups --keep N [--days D]</translation>
    </message>
    <message>
        <source>not a whole number: %1</source>
        <translation>не целое число: %1</translation>
    </message>
    <message>
        <source>Automatic backups in %1 (kept: the newest %2, and the newest of each of the last %3 days):</source>
        <translation>Автоматические резервные копии в %1 (хранятся последние %2 шт. и самая новая копия за каждый из последних %3 дн.):</translation>
    </message>
    <message>
        <source>usage: restore FILE [--preview] | restore --latest [--preview]</source>
        <translation>использование: restore FILE [--preview] | restore --latest [--preview]</translation>
    </message>
    <message>
        <source>there is no sound automatic backup in %1</source>
        <translation>в %1 нет исправной автоматической резервной копии</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>повреждена: %1</translation>
    </message>
    <message>
        <source>the latest sound backup was taken %1 (%2); go back to it with: tandem-cli restore --latest</source>
        <translation>последняя исправная резервная копия создана %1 (%2); чтобы вернуться к ней, выполните: tandem-cli restore --latest</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n получатель</numerusform>
            <numerusform>%n получателя</numerusform>
            <numerusform>%n получателей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no postal consent</source>
        <translation>
            <numerusform>пропущен %n контакт: нет согласия на почтовые отправления</numerusform>
            <numerusform>пропущено %n контакта: нет согласия на почтовые отправления</numerusform>
            <numerusform>пропущено %n контактов: нет согласия на почтовые отправления</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no complete address (%1)</source>
        <translation>
            <numerusform>пропущен %n контакт: неполный адрес (%1)</numerusform>
            <numerusform>пропущено %n контакта: неполный адрес (%1)</numerusform>
            <numerusform>пропущено %n контактов: неполный адрес (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>note: no value for %1</source>
        <translation>примечание: нет значений для полей %1</translation>
    </message>
    <message>
        <source>usage: render quote ID [--template NAME] --out FILE.pdf [--sent-to EMAIL]
       render letter CONTACT_ID [--template NAME] [--body TEXT | --body-file FILE] [--language LL] --out FILE.pdf [--sent-to EMAIL]</source>
        <translation>использование: render quote ID [--template NAME] --out FILE.pdf [--sent-to EMAIL]
               render letter CONTACT_ID [--template NAME] [--body TEXT | --body-file FILE] [--language LL] --out FILE.pdf [--sent-to EMAIL]</translation>
    </message>
    <message>
        <source>usage: approve quote ID</source>
        <translation>использование: approve quote ID</translation>
    </message>
    <message>
        <source>usage: revise quote ID      a new version as a draft; prints its id</source>
        <translation>использование: revise quote ID      новая версия в виде черновика; выводит её id</translation>
    </message>
    <message>
        <source>usage: mailing SEGMENT [--csv FILE] [--labels FILE.pdf [--sheet KEY] [--skip N]]
                       [--letters FILE.pdf [--template NAME] [--body TEXT | --body-file FILE]]
       mailing --sheets      the label sheets --sheet takes</source>
        <translation>использование: mailing SEGMENT [--csv FILE] [--labels FILE.pdf [--sheet KEY] [--skip N]]
                               [--letters FILE.pdf [--template NAME] [--body TEXT | --body-file FILE]]
               mailing --sheets      листы наклеек, допустимые для --sheet</translation>
    </message>
    <message>
        <source>unknown label sheet &apos;%1&apos; (see mailing --sheets)</source>
        <translation>неизвестный лист наклеек &apos;%1&apos; (см. mailing --sheets)</translation>
    </message>
    <message>
        <source>--skip needs a label number from 0 to %1</source>
        <translation>--skip: нужен номер наклейки от 0 до %1</translation>
    </message>
    <message>
        <source>usage: templates [--export]      lists the document templates; --export copies the shipped ones into the templates folder to edit</source>
        <translation>использование: templates [--export]      выводит список шаблонов документов; --export копирует встроенные шаблоны в папку шаблонов для редактирования</translation>
    </message>
    <message>
        <source>Templates folder: %1</source>
        <translation>Папка шаблонов: %1</translation>
    </message>
    <message>
        <source>usage: material add FILE… [--tags TEXT] | material tag ID --tags TEXT | material replace ID FILE | material rm ID | material get ID --out FILE | material attach ID --deal ID [--quote ID]</source>
        <translation>использование: material add FILE… [--tags TEXT] | material tag ID --tags TEXT | material replace ID FILE | material rm ID | material get ID --out FILE | material attach ID --deal ID [--quote ID]</translation>
    </message>
    <message>
        <source>no sales materials match</source>
        <translation>подходящие материалы для продаж не найдены</translation>
    </message>
    <message>
        <source>usage: materials [WORDS…] [--tag TAG] [--json]</source>
        <translation>использование: materials [WORDS…] [--tag TAG] [--json]</translation>
    </message>
    <message>
        <source>usage: quote-series [SERIES | --clear]   this computer&apos;s quote number series (Q-2026-SERIES-0001)</source>
        <translation>использование: quote-series [SERIES | --clear]   серия номеров коммерческих предложений на этом компьютере (Q-2026-SERIES-0001)</translation>
    </message>
    <message>
        <source>No series: quotes made here are numbered Q-YYYY-NNNN.</source>
        <translation>Серия не задана: коммерческие предложения, созданные на этом компьютере, получают номера вида Q-YYYY-NNNN.</translation>
    </message>
    <message>
        <source>usage: notifications [--user NAME|ID] [--all] [--json] | notifications --read ID…</source>
        <translation>использование: notifications [--user NAME|ID] [--all] [--json] | notifications --read ID…</translation>
    </message>
    <message>
        <source>usage: agenda [--user NAME|ID] [--from DATE] [--days N] [--json]</source>
        <translation>использование: agenda [--user NAME|ID] [--from DATE] [--days N] [--json]</translation>
    </message>
    <message>
        <source>usage: my-day [--user NAME|ID] [--json]</source>
        <translation>использование: my-day [--user NAME|ID] [--json]</translation>
    </message>
    <message>
        <source>usage: reminders [--user NAME|ID] [--json]</source>
        <translation>использование: reminders [--user NAME|ID] [--json]</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n строка</numerusform>
            <numerusform>%1: %n строки</numerusform>
            <numerusform>%1: %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>new leads: %1</source>
        <translation>новых лидов: %1</translation>
    </message>
    <message>
        <source>matched to existing contacts: %1</source>
        <translation>совпало с существующими контактами: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>пропущено: %1</translation>
    </message>
    <message>
        <source>  line %1: %2 — %3</source>
        <translation>  строка %1: %2 — %3</translation>
    </message>
    <message>
        <source>usage: campaign NAME|ID [--json] | campaign respond NAME|ID --first-name TEXT --last-name TEXT --email TEXT --phone TEXT --company TEXT | campaign import NAME|ID FILE.csv</source>
        <translation>использование: campaign NAME|ID [--json] | campaign respond NAME|ID --first-name TEXT --last-name TEXT --email TEXT --phone TEXT --company TEXT | campaign import NAME|ID FILE.csv</translation>
    </message>
    <message>
        <source>unknown entity %1</source>
        <translation>неизвестный тип записи %1</translation>
    </message>
    <message>
        <source>name a %1</source>
        <translation>укажите название или id (%1)</translation>
    </message>
    <message>
        <source>%1 %2 are named “%3”: give the id</source>
        <translation>%2 с названием «%3»: %1; укажите id</translation>
    </message>
    <message>
        <source>there is no %1 called or with id “%2”</source>
        <translation>нет записи с названием или id «%2» (%1)</translation>
    </message>
    <message>
        <source>“%1” could be any of: %2</source>
        <translation>«%1» подходит к нескольким записям: %2</translation>
    </message>
    <message>
        <source>no user chosen on this copy: give --user NAME|ID, or pick one with &apos;whoami --set USER_ID&apos;</source>
        <translation>в этой копии не выбран пользователь: укажите --user NAME|ID или выберите его командой &apos;whoami --set USER_ID&apos;</translation>
    </message>
    <message>
        <source>usage: competitor [NAME|ID] [--json]</source>
        <translation>использование: competitor [NAME|ID] [--json]</translation>
    </message>
    <message>
        <source>%1%2, no target</source>
        <translation>%1%2, план не задан</translation>
    </message>
    <message>
        <source>%1 / %2%3 (%4%)</source>
        <translation>%1 / %2%3 (%4%)</translation>
    </message>
    <message>
        <source>  %1 (%2 – %3): revenue %4; new deals %5; activities %6</source>
        <translation>  %1 (%2 – %3): выручка %4; новые сделки %5; действия %6</translation>
    </message>
    <message>
        <source>Team of %1</source>
        <translation>Команда (руководитель: %1)</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Просроченные задачи</translation>
    </message>
    <message>
        <source>Tasks today</source>
        <translation>Задачи на сегодня</translation>
    </message>
    <message>
        <source>Stalled deals</source>
        <translation>Зависшие сделки</translation>
    </message>
    <message>
        <source>Closing this month</source>
        <translation>Закрываются в этом месяце</translation>
    </message>
    <message>
        <source>Past expected close</source>
        <translation>Ожидаемая дата закрытия прошла</translation>
    </message>
    <message>
        <source>Untouched leads</source>
        <translation>Лиды без контакта</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Планы продаж</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Текущий месяц</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Текущий квартал</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Участники команды</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>зависшие</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>закрываются</translation>
    </message>
    <message>
        <source>past close</source>
        <translation>дата закрытия прошла</translation>
    </message>
    <message>
        <source>untouched</source>
        <translation>без контакта</translation>
    </message>
    <message>
        <source>revenue %</source>
        <translation>выручка, %</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>план не задан</translation>
    </message>
    <message>
        <source>usage: dashboard [--user NAME|ID] [--team] [--json]</source>
        <translation>использование: dashboard [--user NAME|ID] [--team] [--json]</translation>
    </message>
    <message>
        <source>%1 leads no one: there is no team to show</source>
        <translation>%1 никем не руководит: команды для показа нет</translation>
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
        <translation>Использование: tandem-cli [--db FILE] COMMAND …

Команды:
  init [--company NAME] [--user NAME] [--currency CODE]
  demo [--contacts N] [--seed S]
  add ENTITY field=value …              выводит id новой записи
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
  backups [--json] | backups --keep N [--days D]   автоматические резервные копии
  whoami [--set USER_ID]                 пользователь, от имени которого работает эта копия
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
  move deal ID STAGE                     STAGE: id или название этапа воронки сделки
  win deal ID | lose deal ID --reason TEXT [--competitor ID|NAME]
  lose lead ID --reason TEXT | reopen deal|lead ID
  checklist deal ID [--json]
  escalate [--json]                      сообщает руководителям о просроченных задачах регламента
  overdue leads [--owner ID] [--json]
  forecast [--pipeline ID] [--by-owner] [--json]
  targets [--month YYYY-MM | --quarter YYYY-Qn] [--team NAME|ID | --user NAME|ID]
          [--currency CODE] [--json]     выполнение планов продаж
  competitor [NAME|ID] [--json]          конкурент и проигранные ему сделки
  campaign NAME|ID [--json]              показатели и отклики кампании
  campaign respond NAME|ID [--first-name TEXT] [--last-name TEXT] [--email TEXT]
         [--phone TEXT] [--company TEXT] [--job-title TEXT] [--notes TEXT]
  campaign import NAME|ID FILE.csv       участники как отклики, все или ни одного
  territories [--json]                   правила, ответственные и показатели каждой территории
  territory assign | territory reassign NAME|ID --to USER
  experts WORDS… [--json]                коллеги, в навыках которых есть эти слова
  notifications [--user NAME|ID] [--all] [--json] | notifications --read ID…
  agenda [--user NAME|ID] [--from DATE] [--days N] [--json]
  dashboard [--user NAME|ID] [--team] [--json]  что требует внимания сегодня, планы продаж
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
  approve quote ID | revise quote ID     утверждение руководителем; новая версия в виде черновика
  mailing SEGMENT [--csv FILE] [--labels FILE.pdf [--sheet KEY] [--skip N]]
                  [--letters FILE.pdf [--template NAME] [--body-file FILE]] | mailing --sheets
  templates [--export]                   шаблоны документов и их папка
  materials [WORDS…] [--tag TAG] [--json] библиотека материалов для продаж
  material add FILE… [--tags TEXT] | material tag ID --tags TEXT | material rm ID
  material replace ID FILE | material get ID --out FILE
  material attach ID --deal ID [--quote ID]   копия в сделке (и в её коммерческом предложении)
  quote-series [SERIES | --clear]        номера коммерческих предложений этого компьютера: Q-2026-SERIES-0001

ENTITY: %1
База данных по умолчанию: %2 (или $TANDEM_DB).
</translation>
    </message>
    <message>
        <source>usage: targets [--month YYYY-MM | --quarter YYYY-Qn] [--team NAME|ID | --user NAME|ID] [--currency CODE] [--json]</source>
        <translation>использование: targets [--month YYYY-MM | --quarter YYYY-Qn] [--team NAME|ID | --user NAME|ID] [--currency CODE] [--json]</translation>
    </message>
    <message>
        <source>give --month or --quarter, not both</source>
        <translation>укажите --month или --quarter, но не оба сразу</translation>
    </message>
    <message>
        <source>--month expects a month as YYYY-MM (2026-03), not &apos;%1&apos;</source>
        <translation>--month ожидает месяц в формате YYYY-MM (2026-03), а не &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--quarter expects a quarter as YYYY-Qn (2026-Q1), not &apos;%1&apos;</source>
        <translation>--quarter ожидает квартал в формате YYYY-Qn (2026-Q1), а не &apos;%1&apos;</translation>
    </message>
    <message>
        <source>usage: territory reassign NAME|ID --to USER</source>
        <translation>использование: territory reassign NAME|ID --to USER</translation>
    </message>
    <message>
        <source>Territory “%1” now belongs to %2; moved to them: %3.</source>
        <translation>Территория «%1» передана пользователю %2; вместе с ней передано: %3.</translation>
    </message>
    <message>
        <source>usage: territories [--json]</source>
        <translation>использование: territories [--json]</translation>
    </message>
    <message>
        <source>usage: territory assign | territory reassign NAME|ID --to USER</source>
        <translation>использование: territory assign | territory reassign NAME|ID --to USER</translation>
    </message>
    <message>
        <source>Companies given a territory by its rules: %1</source>
        <translation>Компаний, получивших территорию по правилам: %1</translation>
    </message>
    <message>
        <source>usage: experts WORDS… [--json]</source>
        <translation>использование: experts WORDS… [--json]</translation>
    </message>
    <message>
        <source>nobody lists that among their skills; skills are on each user (tandem-cli set user ID skills=…)</source>
        <translation>ни у кого нет такого навыка; навыки указываются у каждого пользователя (tandem-cli set user ID skills=…)</translation>
    </message>
</context>
<context>
    <name>Competitors</name>
    <message>
        <source>There is no competitor with id %1</source>
        <translation>Конкурент с id %1 не найден</translation>
    </message>
    <message>
        <source>There is no deal with id %1</source>
        <translation>Сделка с id %1 не найдена</translation>
    </message>
    <message>
        <source>“%1” is not lost: a competitor is named on a deal lost to it</source>
        <translation>сделка «%1» не проиграна: конкурента указывают у сделки, проигранной ему</translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>there is no user &apos;%1&apos;</source>
        <translation>пользователь &apos;%1&apos; не найден</translation>
    </message>
    <message>
        <source>an import cannot set this field</source>
        <translation>при импорте это поле задать нельзя</translation>
    </message>
    <message>
        <source>a contact needs a name or an e-mail address</source>
        <translation>у контакта должно быть имя или адрес электронной почты</translation>
    </message>
    <message>
        <source>there is no contact with id %1</source>
        <translation>контакт с id %1 не найден</translation>
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
        <translation>Латвия</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Эстония</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Польша</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Украина</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Румыния</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Молдова</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Германия</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Великобритания</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Ирландия</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Франция</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Нидерланды</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Швеция</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Финляндия</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Чехия</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Словакия</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Венгрия</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Болгария</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>США</translation>
    </message>
</context>
<context>
    <name>CsvContacts</name>
    <message>
        <source>the row has neither a name nor an e-mail address</source>
        <translation>в строке нет ни имени, ни адреса электронной почты</translation>
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
        <translation>Телефон %1</translation>
    </message>
    <message>
        <source>Website %1</source>
        <translation>Сайт %1</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>Адрес %1</translation>
    </message>
    <message>
        <source>type</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <source>street</source>
        <translation>улица</translation>
    </message>
    <message>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>индекс</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>PO box</source>
        <translation>абонентский ящик</translation>
    </message>
    <message>
        <source>extended address</source>
        <translation>дополнение к адресу</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>cannot open the mapping file: %1</source>
        <translation>не удаётся открыть файл сопоставления: %1</translation>
    </message>
    <message>
        <source>not a mapping file (JSON object): %1</source>
        <translation>это не файл сопоставления (объект JSON): %1</translation>
    </message>
    <message>
        <source>the delimiter must be one character, not “%1”</source>
        <translation>разделитель должен состоять из одного символа, а не «%1»</translation>
    </message>
    <message>
        <source>“columns” must map column headers to fields</source>
        <translation>в «columns» заголовки столбцов должны сопоставляться с полями</translation>
    </message>
    <message>
        <source>the column must map to a field name</source>
        <translation>столбец должен сопоставляться с названием поля</translation>
    </message>
    <message>
        <source>cannot write the mapping file: %1</source>
        <translation>не удаётся записать файл сопоставления: %1</translation>
    </message>
    <message>
        <source>“%1” is not a field a %2 column can be imported into</source>
        <translation>«%1» — не поле записи типа %2, в которое можно импортировать столбец</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>a quoted field starts on line %1 and is never closed</source>
        <translation>поле в кавычках начинается в строке %1 и нигде не закрывается</translation>
    </message>
    <message>
        <source>the file has no header line with column names</source>
        <translation>в файле нет строки заголовка с названиями столбцов</translation>
    </message>
    <message>
        <source>line %1 has %2 fields, the header has %3</source>
        <translation>в строке %1 полей: %2, а в заголовке: %3</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>не удаётся открыть файл: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no Tandem database at %1.</source>
        <translation>База данных Tandem по пути %1 не найдена.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Tandem database.</source>
        <translation>%1 — это папка, а не база данных Tandem.</translation>
    </message>
    <message>
        <source>%1 is not a Tandem database (it is not an SQLite file, or it is damaged).</source>
        <translation>%1 не является базой данных Tandem (это не файл SQLite, или он повреждён).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read: %2</source>
        <translation>Файл %1 повреждён, прочитать его не удаётся: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read.</source>
        <translation>Файл %1 повреждён, прочитать его не удаётся.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Tandem database.</source>
        <translation>%1 — база данных SQLite другой программы, а не база данных Tandem.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Tandem (database version %2; this version reads up to %3). Update Tandem to open it; the file was left untouched.</source>
        <translation>Файл %1 создан более новой версией Tandem (версия базы данных %2; эта версия программы читает базы данных до версии %3). Обновите Tandem, чтобы открыть его; файл не изменён.</translation>
    </message>
    <message>
        <source>Cannot write to %1: the file or its folder is read-only.</source>
        <translation>Не удаётся записать в %1: файл или его папка доступны только для чтения.</translation>
    </message>
    <message>
        <source>No backup could be written before updating %1, so it was not updated: %2</source>
        <translation>Перед обновлением %1 не удалось создать резервную копию, поэтому файл не обновлён: %2</translation>
    </message>
    <message>
        <source>Updating the database to version %1 failed: %2</source>
        <translation>Не удалось обновить базу данных до версии %1: %2</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Не удалось сохранить изменение.</translation>
    </message>
    <message>
        <source>Nothing was saved because part of the change failed.</source>
        <translation>Ничего не сохранено: часть изменения выполнить не удалось.</translation>
    </message>
    <message>
        <source>The database could not be read: %1</source>
        <translation>Не удалось прочитать базу данных: %1</translation>
    </message>
    <message>
        <source>The disk is full, so the change could not be saved and nothing was changed. Free some space and try again.</source>
        <translation>Диск заполнен, поэтому сохранить изменение не удалось и ничего не изменено. Освободите место на диске и повторите попытку.</translation>
    </message>
    <message>
        <source>The database file or its folder is read-only, so nothing was changed. Check the file&apos;s permissions, or whether the disk is mounted read-only.</source>
        <translation>Файл базы данных или его папка доступны только для чтения, поэтому ничего не изменено. Проверьте права доступа к файлу и не подключён ли диск только для чтения.</translation>
    </message>
    <message>
        <source>The disk could not be written or read (%1), so nothing was changed. If the database is on a USB stick or a network drive, check that it is still there.</source>
        <translation>Не удалось выполнить запись на диск или чтение с него (%1), поэтому ничего не изменено. Если база данных находится на USB-накопителе или сетевом диске, проверьте, что он по-прежнему подключён.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Restore a backup: File › Restore from backup…</source>
        <translation>Файл базы данных повреждён (%1). Восстановите данные из резервной копии: Файл › Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Try again in a moment.</source>
        <translation>База данных занята: в неё записывает данные другая программа. Повторите попытку чуть позже.</translation>
    </message>
</context>
<context>
    <name>DealCommands</name>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n сделка</numerusform>
            <numerusform>%n сделки</numerusform>
            <numerusform>%n сделок</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>перемещение на этап «%2»: %1</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Не перемещено</translation>
    </message>
    <message>
        <source>Mark %1 won</source>
        <translation>выигрыш: %1</translation>
    </message>
    <message>
        <source>Not marked won</source>
        <translation>Выигрыш не отмечен</translation>
    </message>
    <message>
        <source>Mark %1 lost</source>
        <translation>проигрыш: %1</translation>
    </message>
    <message>
        <source>Not marked lost</source>
        <translation>Проигрыш не отмечен</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>возврат в работу: %1</translation>
    </message>
    <message>
        <source>Not reopened</source>
        <translation>Не возвращено в работу</translation>
    </message>
</context>
<context>
    <name>DealFlow</name>
    <message>
        <source>There is no deal with id %1</source>
        <translation>Сделка с id %1 не найдена</translation>
    </message>
    <message>
        <source>“%1” is won; reopen it first to change its course</source>
        <translation>Сделка «%1» выиграна; чтобы изменить её ход, сначала верните её в работу</translation>
    </message>
    <message>
        <source>“%1” is lost; reopen it first to change its course</source>
        <translation>Сделка «%1» проиграна; чтобы изменить её ход, сначала верните её в работу</translation>
    </message>
    <message>
        <source>There is no stage with id %1</source>
        <translation>Этап с id %1 не найден</translation>
    </message>
    <message>
        <source>“%1” is not finished yet; still to do: %2</source>
        <translation>Этап «%1» ещё не завершён; осталось выполнить: %2</translation>
    </message>
    <message>
        <source>Stage “%1” is not a stage of the deal&apos;s pipeline</source>
        <translation>Этап «%1» не относится к воронке этой сделки</translation>
    </message>
    <message>
        <source>There is no default pipeline to put the deal on; set one up first</source>
        <translation>Нет воронки по умолчанию, в которую можно добавить сделку; сначала настройте её</translation>
    </message>
    <message>
        <source>Pipeline “%1” has no open stage to start a deal in</source>
        <translation>В воронке «%1» нет этапа «В работе», с которого может начаться сделка</translation>
    </message>
    <message>
        <source>Losing a deal needs a reason: mark “%1” lost instead of moving it to “%2”</source>
        <translation>Для проигрыша сделки нужна причина: отметьте сделку «%1» как проигранную, а не перемещайте её на этап «%2»</translation>
    </message>
    <message>
        <source>Say why the deal was lost</source>
        <translation>Укажите, почему сделка проиграна</translation>
    </message>
    <message>
        <source>There is no competitor with id %1</source>
        <translation>Конкурент с id %1 не найден</translation>
    </message>
    <message>
        <source>“%1” is open already</source>
        <translation>Сделка «%1» уже в работе</translation>
    </message>
    <message>
        <source>There is no deal with id %1.</source>
        <translation>Сделка с id %1 не найдена.</translation>
    </message>
    <message>
        <source>A deal is always in a stage: give the stage to move it to.</source>
        <translation>Сделка всегда находится на каком-либо этапе: укажите этап, на который её нужно переместить.</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2.</source>
        <translation>«%1» не входит в список допустимых значений: %2.</translation>
    </message>
    <message>
        <source>Say why the deal was lost: a lost deal needs a reason.</source>
        <translation>Укажите, почему сделка проиграна: для проигранной сделки нужна причина.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Demo data needs at least one contact.</source>
        <translation>Для демонстрационных данных нужен хотя бы один контакт.</translation>
    </message>
    <message>
        <source>Set up the database (company and first user) before adding demo data.</source>
        <translation>Прежде чем добавлять демонстрационные данные, настройте базу данных (компанию и первого пользователя).</translation>
    </message>
    <message numerus="yes">
        <source>This database already holds %n contact(s); demo data only goes into a new, empty database.</source>
        <translation>
            <numerusform>В этой базе данных уже есть %n контакт; демонстрационные данные можно добавить только в новую, пустую базу данных.</numerusform>
            <numerusform>В этой базе данных уже есть %n контакта; демонстрационные данные можно добавить только в новую, пустую базу данных.</numerusform>
            <numerusform>В этой базе данных уже есть %n контактов; демонстрационные данные можно добавить только в новую, пустую базу данных.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data needs a default pipeline with open, won and lost stages.</source>
        <translation>Для демонстрационных данных нужна воронка по умолчанию с этапами типов «В работе», «Выиграна» и «Проиграна».</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Решение не принято</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>Производство</translation>
    </message>
    <message>
        <source>Wholesale</source>
        <translation>Оптовая торговля</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Розничная торговля</translation>
    </message>
    <message>
        <source>Transport and logistics</source>
        <translation>Транспорт и логистика</translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation>Продукты питания и напитки</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Строительство</translation>
    </message>
    <message>
        <source>Pharmaceuticals</source>
        <translation>Фармацевтика</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>Автомобильная промышленность</translation>
    </message>
    <message>
        <source>E-commerce</source>
        <translation>Электронная коммерция</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Сельское хозяйство</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>Мебельная промышленность</translation>
    </message>
    <message>
        <source>Chemicals</source>
        <translation>Химическая промышленность</translation>
    </message>
    <message>
        <source>Small business</source>
        <translation>Малый бизнес</translation>
    </message>
    <message>
        <source>Mid-market</source>
        <translation>Средний бизнес</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Крупный бизнес</translation>
    </message>
    <message>
        <source>racking projects</source>
        <translation>проекты стеллажных систем</translation>
    </message>
    <message>
        <source>forklifts</source>
        <translation>погрузчики</translation>
    </message>
    <message>
        <source>warehouse software</source>
        <translation>складское ПО</translation>
    </message>
    <message>
        <source>service contracts</source>
        <translation>договоры на обслуживание</translation>
    </message>
    <message>
        <source>public tenders</source>
        <translation>государственные закупки</translation>
    </message>
    <message>
        <source>key accounts</source>
        <translation>ключевые клиенты</translation>
    </message>
    <message>
        <source>Warehouse racking</source>
        <translation>Складские стеллажи</translation>
    </message>
    <message>
        <source>Forklift fleet rental</source>
        <translation>Аренда парка погрузчиков</translation>
    </message>
    <message>
        <source>Warehouse software roll-out</source>
        <translation>Внедрение складского ПО</translation>
    </message>
    <message>
        <source>Barcode scanners</source>
        <translation>Сканеры штрихкодов</translation>
    </message>
    <message>
        <source>Maintenance contract renewal</source>
        <translation>Продление договора на обслуживание</translation>
    </message>
    <message>
        <source>New warehouse fit-out</source>
        <translation>Оснащение нового склада</translation>
    </message>
    <message>
        <source>Packaging line</source>
        <translation>Упаковочная линия</translation>
    </message>
    <message>
        <source>Safety training</source>
        <translation>Обучение по охране труда</translation>
    </message>
    <message>
        <source>Label printers</source>
        <translation>Принтеры этикеток</translation>
    </message>
    <message>
        <source>Spare parts</source>
        <translation>Запчасти</translation>
    </message>
    <message>
        <source>Pallet racking bay</source>
        <translation>Секция паллетного стеллажа</translation>
    </message>
    <message>
        <source>pc</source>
        <translation>шт.</translation>
    </message>
    <message>
        <source>Racking</source>
        <translation>Стеллажи</translation>
    </message>
    <message>
        <source>Light-duty shelving unit</source>
        <translation>Полочный стеллаж для лёгких грузов</translation>
    </message>
    <message>
        <source>Electric pallet truck</source>
        <translation>Электрическая паллетная тележка</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Оборудование</translation>
    </message>
    <message>
        <source>Forklift rental</source>
        <translation>Аренда погрузчика</translation>
    </message>
    <message>
        <source>month</source>
        <translation>мес.</translation>
    </message>
    <message>
        <source>Rental</source>
        <translation>Аренда</translation>
    </message>
    <message>
        <source>Handheld barcode scanner</source>
        <translation>Ручной сканер штрихкодов</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>Принтер этикеток</translation>
    </message>
    <message>
        <source>Warehouse software licence</source>
        <translation>Лицензия на складское ПО</translation>
    </message>
    <message>
        <source>user/year</source>
        <translation>пользователь/год</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Программное обеспечение</translation>
    </message>
    <message>
        <source>Warehouse software implementation</source>
        <translation>Услуги по внедрению складского ПО</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>ч</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <source>Maintenance contract</source>
        <translation>Договор на обслуживание</translation>
    </message>
    <message>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <source>Forklift safety training</source>
        <translation>Обучение безопасной работе на погрузчике</translation>
    </message>
    <message>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <source>Stretch wrapping machine</source>
        <translation>Машина для обмотки стрейч-плёнкой</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Монтаж</translation>
    </message>
    <message>
        <source>Warehouse efficiency webinar</source>
        <translation>Вебинар «Эффективный склад»</translation>
    </message>
    <message>
        <source>Logistics trade fair stand</source>
        <translation>Стенд на логистической выставке</translation>
    </message>
    <message>
        <source>Spring forklift rental offer</source>
        <translation>Весеннее предложение по аренде погрузчиков</translation>
    </message>
    <message>
        <source>Safety training roadshow</source>
        <translation>Выездные семинары по охране труда</translation>
    </message>
    <message>
        <source>Online ads: warehouse software</source>
        <translation>Интернет-реклама: складское ПО</translation>
    </message>
    <message>
        <source>Partner referral programme</source>
        <translation>Партнёрская программа рекомендаций</translation>
    </message>
    <message>
        <source>Autumn trade fair</source>
        <translation>Осенняя выставка</translation>
    </message>
    <message>
        <source>Large rental fleet, fast delivery.</source>
        <translation>Большой парк техники для аренды, быстрая доставка.</translation>
    </message>
    <message>
        <source>Slow service outside the capital.</source>
        <translation>Медленный сервис за пределами столицы.</translation>
    </message>
    <message>
        <source>Low prices on standard racking.</source>
        <translation>Низкие цены на стандартные стеллажи.</translation>
    </message>
    <message>
        <source>No installation team of their own.</source>
        <translation>Нет собственной монтажной бригады.</translation>
    </message>
    <message>
        <source>Strong in Poland, good references.</source>
        <translation>Сильные позиции в Польше, хорошие рекомендации.</translation>
    </message>
    <message>
        <source>Long lead times.</source>
        <translation>Долгие сроки поставки.</translation>
    </message>
    <message>
        <source>Local warehouse software, cheap licences.</source>
        <translation>Местное складское ПО, дешёвые лицензии.</translation>
    </message>
    <message>
        <source>Limited integrations.</source>
        <translation>Ограниченные возможности интеграции.</translation>
    </message>
    <message>
        <source>Well-known brand, complete projects.</source>
        <translation>Известный бренд, проекты под ключ.</translation>
    </message>
    <message>
        <source>Expensive; little room to negotiate.</source>
        <translation>Дорого; мало возможностей для торга.</translation>
    </message>
    <message>
        <source>Dense service network in Romania.</source>
        <translation>Плотная сервисная сеть в Румынии.</translation>
    </message>
    <message>
        <source>Weak in software.</source>
        <translation>Слабые позиции в ПО.</translation>
    </message>
    <message>
        <source>Modern cloud software.</source>
        <translation>Современное облачное ПО.</translation>
    </message>
    <message>
        <source>No hardware, needs partners.</source>
        <translation>Нет собственного оборудования, нужны партнёры.</translation>
    </message>
    <message>
        <source>Flexible short-term rental.</source>
        <translation>Гибкая краткосрочная аренда.</translation>
    </message>
    <message>
        <source>Old equipment.</source>
        <translation>Устаревшее оборудование.</translation>
    </message>
    <message>
        <source>Team North</source>
        <translation>Команда «Север»</translation>
    </message>
    <message>
        <source>Team South-East</source>
        <translation>Команда «Юго-Восток»</translation>
    </message>
    <message>
        <source>Team Baltic and Export</source>
        <translation>Команда «Балтия и экспорт»</translation>
    </message>
    <message>
        <source>Team Poland</source>
        <translation>Команда «Польша»</translation>
    </message>
    <message>
        <source>Team Ukraine</source>
        <translation>Команда «Украина»</translation>
    </message>
    <message>
        <source>Team Romania and Moldova</source>
        <translation>Команда «Румыния и Молдова»</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Литва</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Польша</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Украина</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Румыния</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Молдова</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Великобритания</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Ирландия</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>литовский</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>польский</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>украинский</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>румынский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <source>Weekly sales meeting</source>
        <translation>Еженедельная планёрка отдела продаж</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Переговорная</translation>
    </message>
    <message>
        <source>One-to-one: pipeline and coaching</source>
        <translation>Встреча один на один: воронка и наставничество</translation>
    </message>
    <message>
        <source>Sales management meeting</source>
        <translation>Совещание руководителей продаж</translation>
    </message>
    <message>
        <source>Pipeline review</source>
        <translation>Разбор воронки</translation>
    </message>
    <message>
        <source>Doctor&apos;s appointment</source>
        <translation>Приём у врача</translation>
    </message>
</context>
<context>
    <name>DocumentTemplates</name>
    <message>
        <source>Offer</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <source>Order confirmation</source>
        <translation>Подтверждение заказа</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>There is no document template &quot;%1&quot;: neither %1.%2.html nor %1.html in %3, and none is shipped with Tandem.</source>
        <translation>Шаблона документа &quot;%1&quot; нет: в папке %3 нет ни %1.%2.html, ни %1.html, и в комплект Tandem такой шаблон не входит.</translation>
    </message>
    <message>
        <source>cannot write the document template: %1</source>
        <translation>не удаётся записать шаблон документа: %1</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>не удаётся создать папку</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>cannot write the document: %1</source>
        <translation>не удаётся записать документ: %1</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>папка %1 не существует</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>нет прав на запись в папку</translation>
    </message>
    <message>
        <source>The document has no pages.</source>
        <translation>В документе нет страниц.</translation>
    </message>
    <message>
        <source>There is no document with id %1.</source>
        <translation>Документ с id %1 не найден.</translation>
    </message>
    <message>
        <source>Sent “%1” to %2</source>
        <translation>Документ «%1» отправлен на %2</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Контакт с id %1 не найден.</translation>
    </message>
    <message>
        <source>The logo is not an image.</source>
        <translation>Логотип не является изображением.</translation>
    </message>
</context>
<context>
    <name>DormantRules</name>
    <message>
        <source>No purchase in 6 months</source>
        <translation>Нет покупок 6 месяцев</translation>
    </message>
    <message>
        <source>Offer something new to {company}</source>
        <translation>Предложить новинки компании {company}</translation>
    </message>
    <message>
        <source>No contact in 90 days</source>
        <translation>Нет контакта 90 дней</translation>
    </message>
    <message>
        <source>Get back in touch with {company}</source>
        <translation>Снова связаться с компанией {company}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Dear {contact},

we last spoke on {last_contact}, and I would like to hear how things are going at {company}. May I call you one of these days, or would you like to meet?

Kind regards,
{owner}</source>
        <translation>Здравствуйте, {contact}!

Мы последний раз общались {last_contact}, и мне хотелось бы узнать, как идут дела в компании {company}. Можно я позвоню вам на днях? Или, может быть, встретимся?

С уважением,
{owner}</translation>
    </message>
    <message>
        <source>Dear {contact},

thank you for your order of {last_purchase}. Since then we have added products and services that may be of use to {company}, and I would be glad to show them to you.

Kind regards,
{owner}</source>
        <translation>Здравствуйте, {contact}!

Благодарим вас за заказ от {last_purchase}. С тех пор у нас появились новые продукты и услуги, которые могут быть полезны компании {company}, и мы будем рады показать их вам.

С уважением,
{owner}</translation>
    </message>
    <message>
        <source>The dormant-customer rule no longer exists.</source>
        <translation>Этого правила для спящих клиентов больше нет.</translation>
    </message>
    <message>
        <source>“%1” is no longer waiting for a follow-up by this rule.</source>
        <translation>Компания «%1» по этому правилу больше не ждёт повторного контакта.</translation>
    </message>
    <message>
        <source>Follow up with {company}</source>
        <translation>Повторный контакт с компанией {company}</translation>
    </message>
    <message>
        <source>No follow-up tasks were created: the task for “%1” was refused (%2).</source>
        <translation>Задачи на повторный контакт не созданы: задача для компании «%1» отклонена (%2).</translation>
    </message>
    <message>
        <source>“%1” has an open complaint: resolve it before sending a sales letter.</source>
        <translation>У компании «%1» есть нерешённая жалоба: решите её, прежде чем отправлять письмо с предложением.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same registration code</source>
        <translation>совпадает регистрационный номер</translation>
    </message>
    <message>
        <source>same VAT code</source>
        <translation>совпадает код плательщика НДС</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>совпадает e-mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>совпадает телефон</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>совпадает имя или название</translation>
    </message>
    <message>
        <source>similar name at the same company</source>
        <translation>похожее имя в той же компании</translation>
    </message>
    <message>
        <source>same website</source>
        <translation>совпадает сайт</translation>
    </message>
    <message>
        <source>duplicates are looked for among contacts and companies, not &apos;%1&apos;</source>
        <translation>дубликаты ищутся среди контактов и компаний, а не &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a record cannot be a duplicate of itself</source>
        <translation>запись не может быть дубликатом самой себя</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>запись типа %1 с id %2 не найдена</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>Setting</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Команды</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Территории</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Contact detail</source>
        <translation>Способ связи</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Способы связи</translation>
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
        <translation>Привязка тега</translation>
    </message>
    <message>
        <source>Taggings</source>
        <translation>Привязки тегов</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Воронки</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Playbook action</source>
        <translation>Шаг регламента</translation>
    </message>
    <message>
        <source>Playbook actions</source>
        <translation>Шаги регламента</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>Причины проигрыша</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Конкуренты</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>План продаж</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Планы продаж</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Продукты</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Прайс-лист</translation>
    </message>
    <message>
        <source>Price lists</source>
        <translation>Прайс-листы</translation>
    </message>
    <message>
        <source>Price list item</source>
        <translation>Позиция прайс-листа</translation>
    </message>
    <message>
        <source>Price list items</source>
        <translation>Позиции прайс-листа</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Коммерческие предложения</translation>
    </message>
    <message>
        <source>Quote line</source>
        <translation>Строка предложения</translation>
    </message>
    <message>
        <source>Quote lines</source>
        <translation>Строки предложения</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Не дубликат</translation>
    </message>
    <message>
        <source>Not duplicates</source>
        <translation>Не дубликаты</translation>
    </message>
    <message>
        <source>Routing rule</source>
        <translation>Правило распределения</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>Правила распределения</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>Dormant-customer rule</source>
        <translation>Правило для спящих клиентов</translation>
    </message>
    <message>
        <source>Dormant-customer rules</source>
        <translation>Правила для спящих клиентов</translation>
    </message>
    <message>
        <source>Case deadline rule</source>
        <translation>Правило сроков обращений</translation>
    </message>
    <message>
        <source>Case deadline rules</source>
        <translation>Правила сроков обращений</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Выходной день</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Выходные дни</translation>
    </message>
</context>
<context>
    <name>Escalations</name>
    <message>
        <source>no owner</source>
        <translation>без ответственного</translation>
    </message>
    <message>
        <source>“%1” on deal “%2” (%3) is past its deadline and not done.</source>
        <translation>Задача «%1» по сделке «%2» (%3) не выполнена в срок.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” on deal “%2” (%3) is not done %n day(s) after the deal entered “%4”.</source>
        <translation>
            <numerusform>Задача «%1» по сделке «%2» (%3) не выполнена через %n день после перехода сделки на этап «%4».</numerusform>
            <numerusform>Задача «%1» по сделке «%2» (%3) не выполнена через %n дня после перехода сделки на этап «%4».</numerusform>
            <numerusform>Задача «%1» по сделке «%2» (%3) не выполнена через %n дней после перехода сделки на этап «%4».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deal “%1” (%2) has been in “%3” for more than %n day(s).</source>
        <translation>
            <numerusform>Сделка «%1» (%2) находится на этапе «%3» больше %n дня.</numerusform>
            <numerusform>Сделка «%1» (%2) находится на этапе «%3» больше %n дней.</numerusform>
            <numerusform>Сделка «%1» (%2) находится на этапе «%3» больше %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has answered the case “%1” of %2 (%3) by its deadline.</source>
        <translation>На обращение «%1» от компании %2 (%3) никто не ответил в срок.</translation>
    </message>
    <message>
        <source>The case “%1” of %2 (%3) is past its resolution deadline.</source>
        <translation>Обращение «%1» от компании %2 (%3) не решено в срок.</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>без клиента</translation>
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
        <translation>Значение</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
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
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Навыки</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Calendar visibility</source>
        <translation>Видимость календаря</translation>
    </message>
    <message>
        <source>Parent team</source>
        <translation>Вышестоящая команда</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Postcode from</source>
        <translation>Индекс от</translation>
    </message>
    <message>
        <source>Postcode to</source>
        <translation>Индекс до</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Юридическое название</translation>
    </message>
    <message>
        <source>Registration code</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>VAT code</source>
        <translation>Код плательщика НДС</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
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
        <translation>Уровень лояльности</translation>
    </message>
    <message>
        <source>ABC class</source>
        <translation>ABC-класс</translation>
    </message>
    <message>
        <source>Parent company</source>
        <translation>Головная компания</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>Дата продления</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>ЛПР</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Подчиняется</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобильный</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>E-mail consent</source>
        <translation>Согласие на e-mail</translation>
    </message>
    <message>
        <source>Phone consent</source>
        <translation>Согласие на звонки</translation>
    </message>
    <message>
        <source>Postal consent</source>
        <translation>Согласие на почтовые отправления</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Дата следующего контакта</translation>
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
        <translation>Метка</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Основной</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Тип записи</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Название компании</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Потребности</translation>
    </message>
    <message>
        <source>Qualification answers</source>
        <translation>Ответы по квалификации</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Converted at</source>
        <translation>Дата конвертации</translation>
    </message>
    <message>
        <source>First contact due</source>
        <translation>Первый контакт до</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>Вероятность, %</translation>
    </message>
    <message>
        <source>Stalled after days</source>
        <translation>Считать зависшей через (дней)</translation>
    </message>
    <message>
        <source>Requires checklist</source>
        <translation>Требуется чек-лист</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемая дата закрытия</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <source>Won at</source>
        <translation>Дата выигрыша</translation>
    </message>
    <message>
        <source>Lost at</source>
        <translation>Дата проигрыша</translation>
    </message>
    <message>
        <source>In stage since</source>
        <translation>На этапе с</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Инструкции</translation>
    </message>
    <message>
        <source>Deadline (days)</source>
        <translation>Срок (дней)</translation>
    </message>
    <message>
        <source>Hard deadline</source>
        <translation>Жёсткий срок</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Document template</source>
        <translation>Шаблон документа</translation>
    </message>
    <message>
        <source>Escalate after days</source>
        <translation>Эскалация через (дней)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательный</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Условие</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Применяется к</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Сильные стороны</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Слабые стороны</translation>
    </message>
    <message>
        <source>Price points</source>
        <translation>Уровень цен</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Начало периода</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>Новые сделки</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>Goal: leads</source>
        <translation>Цель: лиды</translation>
    </message>
    <message>
        <source>Goal: revenue</source>
        <translation>Цель: выручка</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Дата выполнения</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Повторение</translation>
    </message>
    <message>
        <source>Reminder (minutes before)</source>
        <translation>Напоминание (за сколько минут)</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Видимость</translation>
    </message>
    <message>
        <source>Playbook action</source>
        <translation>Шаг регламента</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ответ на приглашение</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>НДС, %</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Действует по</translation>
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
        <translation>Версия</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действительно до</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Утвердил</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Respond by</source>
        <translation>Ответить до</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>Решить до</translation>
    </message>
    <message>
        <source>Responded at</source>
        <translation>Дата ответа</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>Оценка клиента (1-5)</translation>
    </message>
    <message>
        <source>Satisfaction comment</source>
        <translation>Комментарий к оценке</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Тип файла</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Контрольная сумма</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <source>Linked record type</source>
        <translation>Тип связанной записи</translation>
    </message>
    <message>
        <source>Linked record</source>
        <translation>Связанная запись</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Объединено с</translation>
    </message>
    <message>
        <source>First record</source>
        <translation>Первая запись</translation>
    </message>
    <message>
        <source>Second record</source>
        <translation>Вторая запись</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Name prefix</source>
        <translation>Префикс имени</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Суффикс имени</translation>
    </message>
    <message>
        <source>Work e-mail</source>
        <translation>Рабочий e-mail</translation>
    </message>
    <message>
        <source>Home e-mail</source>
        <translation>Домашний e-mail</translation>
    </message>
    <message>
        <source>Other e-mail</source>
        <translation>Другой e-mail</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Рабочий телефон</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Домашний телефон</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Другой телефон</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <source>Home fax</source>
        <translation>Домашний факс</translation>
    </message>
    <message>
        <source>Home street</source>
        <translation>Домашний адрес: улица</translation>
    </message>
    <message>
        <source>Home city</source>
        <translation>Домашний адрес: город</translation>
    </message>
    <message>
        <source>Home region</source>
        <translation>Домашний адрес: регион</translation>
    </message>
    <message>
        <source>Home postcode</source>
        <translation>Домашний адрес: индекс</translation>
    </message>
    <message>
        <source>Home country</source>
        <translation>Домашний адрес: страна</translation>
    </message>
    <message>
        <source>When the source is</source>
        <translation>Если источник</translation>
    </message>
    <message>
        <source>When the industry is</source>
        <translation>Если отрасль</translation>
    </message>
    <message>
        <source>When the territory is</source>
        <translation>Если территория</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Кому назначать</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Получатель</translation>
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
        <translation>Дата прочтения</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Skipped occurrences</source>
        <translation>Пропущенные повторения</translation>
    </message>
    <message>
        <source>Calendar UID</source>
        <translation>UID в календаре</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Дата повторения</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>Отложено до</translation>
    </message>
    <message>
        <source>Dismissed at</source>
        <translation>Время скрытия</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Срок, дней</translation>
    </message>
    <message>
        <source>Task subject</source>
        <translation>Тема задачи</translation>
    </message>
    <message>
        <source>Task due in days</source>
        <translation>Срок задачи, дней</translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation>Шаблон письма</translation>
    </message>
    <message>
        <source>Done by (person)</source>
        <translation>Исполнитель (сотрудник)</translation>
    </message>
    <message>
        <source>Opens a case</source>
        <translation>Создаёт обращение</translation>
    </message>
    <message>
        <source>Respond within (working hours)</source>
        <translation>Срок ответа (рабочих часов)</translation>
    </message>
    <message>
        <source>Resolve within (working hours)</source>
        <translation>Срок решения (рабочих часов)</translation>
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
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message numerus="yes">
        <source>(%n bytes)</source>
        <translation>
            <numerusform>(%n байт)</numerusform>
            <numerusform>(%n байта)</numerusform>
            <numerusform>(%n байт)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldFormat</name>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>&apos;%1&apos; не является адресом электронной почты</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address</source>
        <translation>&apos;%1&apos; не является адресом сайта</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; не является целым числом</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not true or false</source>
        <translation>&apos;%1&apos; не является значением true или false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number with at most %2 decimals</source>
        <translation>&apos;%1&apos; не является числом с допустимым количеством знаков после запятой (не более %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; не является датой (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (YYYY-MM-DDTHH:MM)</source>
        <translation>&apos;%1&apos; не является датой и временем (ГГГГ-ММ-ДДTЧЧ:ММ)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>&apos;%1&apos; не входит в список допустимых значений: %2</translation>
    </message>
</context>
<context>
    <name>FileSystemKind</name>
    <message>
        <source>%1 is on a network share (%2). Tandem keeps its database on this computer: over a network the file&apos;s locks are not reliable, and two computers writing it at once can damage it. Copy the database to this computer and share your work through a shared sync folder instead (Settings › Shared sync folder).</source>
        <translation>%1 находится в сетевой папке (%2). Базу данных Tandem нужно хранить на этом компьютере: по сети блокировки файла ненадёжны, а если два компьютера одновременно записывают в него данные, файл может быть повреждён. Скопируйте базу данных на этот компьютер, а для совместной работы используйте общую папку синхронизации (Настройки › Общая папка синхронизации).</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Euro</source>
        <translation>Евро</translation>
    </message>
    <message>
        <source>Polish złoty</source>
        <translation>Польский злотый</translation>
    </message>
    <message>
        <source>Ukrainian hryvnia</source>
        <translation>Украинская гривна</translation>
    </message>
    <message>
        <source>Romanian leu</source>
        <translation>Румынский лей</translation>
    </message>
    <message>
        <source>Moldovan leu</source>
        <translation>Молдавский лей</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>Доллар США</translation>
    </message>
    <message>
        <source>Pound sterling</source>
        <translation>Фунт стерлингов</translation>
    </message>
    <message>
        <source>Swiss franc</source>
        <translation>Швейцарский франк</translation>
    </message>
    <message>
        <source>Czech koruna</source>
        <translation>Чешская крона</translation>
    </message>
    <message>
        <source>Swedish krona</source>
        <translation>Шведская крона</translation>
    </message>
    <message>
        <source>Norwegian krone</source>
        <translation>Норвежская крона</translation>
    </message>
    <message>
        <source>Danish krone</source>
        <translation>Датская крона</translation>
    </message>
    <message>
        <source>Hungarian forint</source>
        <translation>Венгерский форинт</translation>
    </message>
    <message>
        <source>Bulgarian lev</source>
        <translation>Болгарский лев</translation>
    </message>
</context>
<context>
    <name>Ics</name>
    <message>
        <source>“%1” is not a date (YYYYMMDD)</source>
        <translation>«%1» не является датой (ГГГГММДД)</translation>
    </message>
    <message>
        <source>“%1” is not a date and time (YYYYMMDDTHHMMSS, Z for UTC)</source>
        <translation>«%1» не является датой и временем (ГГГГММДДTЧЧММСС, Z для UTC)</translation>
    </message>
    <message>
        <source>the event has no DTSTART</source>
        <translation>у события нет DTSTART</translation>
    </message>
    <message>
        <source>“%1” is not a duration (PT1H30M)</source>
        <translation>«%1» не является длительностью (PT1H30M)</translation>
    </message>
    <message>
        <source>the end is before the start (DTSTART %1)</source>
        <translation>окончание раньше начала (DTSTART %1)</translation>
    </message>
    <message>
        <source>a repeating item needs a DTSTART</source>
        <translation>для повторяющегося элемента нужен DTSTART</translation>
    </message>
    <message>
        <source>the file is empty: there is no calendar in it</source>
        <translation>файл пуст: в нём нет календаря</translation>
    </message>
    <message>
        <source>this is not an iCalendar file: it starts with “%1”, not BEGIN:VCALENDAR</source>
        <translation>это не файл iCalendar: он начинается с «%1», а не с BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>BEGIN:%1 outside the calendar</source>
        <translation>BEGIN:%1 вне календаря</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>не удаётся открыть файл: %1</translation>
    </message>
    <message>
        <source>BEGIN:%1 has no END:%1 (%2 follows on line %3)</source>
        <translation>для BEGIN:%1 нет END:%1 (в строке %3 следует %2)</translation>
    </message>
    <message>
        <source>END:%1 without BEGIN:%1</source>
        <translation>END:%1 без BEGIN:%1</translation>
    </message>
    <message>
        <source>END:%1 where END:%2 was expected (BEGIN:%2 on line %3)</source>
        <translation>END:%1 там, где ожидался END:%2 (BEGIN:%2 в строке %3)</translation>
    </message>
    <message>
        <source>text outside the calendar (BEGIN:VCALENDAR … END:VCALENDAR)</source>
        <translation>текст вне календаря (BEGIN:VCALENDAR … END:VCALENDAR)</translation>
    </message>
    <message>
        <source>the file ends inside the %1 that starts on this line (no END:%1)</source>
        <translation>файл заканчивается внутри %1, который начинается в этой строке (нет END:%1)</translation>
    </message>
    <message>
        <source>the line has no “:” between the property name and its value</source>
        <translation>в строке нет «:» между именем свойства и его значением</translation>
    </message>
    <message>
        <source>the line is not an iCalendar property (NAME:value expected)</source>
        <translation>строка не является свойством iCalendar (ожидается NAME:value)</translation>
    </message>
    <message>
        <source>the parameter “%1” has no NAME=value form</source>
        <translation>параметр «%1» не в форме NAME=value</translation>
    </message>
    <message>
        <source>the VTIMEZONE has no TZID</source>
        <translation>у VTIMEZONE нет TZID</translation>
    </message>
    <message>
        <source>the time zone “%1” has a %2 without a valid DTSTART</source>
        <translation>в часовом поясе «%1» есть %2 без допустимого DTSTART</translation>
    </message>
    <message>
        <source>the time zone “%1” has a %2 without a valid TZOFFSETTO</source>
        <translation>в часовом поясе «%1» есть %2 без допустимого TZOFFSETTO</translation>
    </message>
    <message>
        <source>the time zone “%1” has neither STANDARD nor DAYLIGHT</source>
        <translation>в часовом поясе «%1» нет ни STANDARD, ни DAYLIGHT</translation>
    </message>
    <message>
        <source>unknown time zone “%1”, and the file has no VTIMEZONE that defines it</source>
        <translation>неизвестный часовой пояс «%1», и в файле нет VTIMEZONE с его описанием</translation>
    </message>
    <message>
        <source>the UID “%1” is already used by the item on line %2</source>
        <translation>UID «%1» уже используется элементом в строке %2</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>не удаётся записать файл: %1</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>vCard files hold contacts, not %1 records</source>
        <translation>файлы vCard содержат контакты, а не записи типа %1</translation>
    </message>
    <message>
        <source>the file&apos;s columns changed since they were mapped; open it again</source>
        <translation>столбцы файла изменились после сопоставления; откройте файл заново</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>запись типа %1 с id %2 не найдена</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>The database file cannot be read: it is damaged.</source>
        <translation>Не удаётся прочитать файл базы данных: он повреждён.</translation>
    </message>
    <message>
        <source>Damaged storage: %1</source>
        <translation>Повреждение хранилища: %1</translation>
    </message>
    <message>
        <source>A %1 record (row %2) points to a missing %3.</source>
        <translation>Запись типа %1 (строка %2) ссылается на отсутствующую запись типа %3.</translation>
    </message>
    <message>
        <source>The search index is incomplete (%1 of %2 records); rebuild it with &apos;tandem-cli check --repair&apos;.</source>
        <translation>Поисковый индекс неполный (проиндексировано записей: %1 из %2); перестройте его командой &apos;tandem-cli check --repair&apos;.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>cannot write the labels: %1</source>
        <translation>не удаётся записать наклейки: %1</translation>
    </message>
    <message>
        <source>A4, 3 × 8 labels, 70 × 37 mm (Avery 3474)</source>
        <translation>A4, наклейки 3 × 8, 70 × 37 мм (Avery 3474)</translation>
    </message>
    <message>
        <source>A4, 3 × 7 labels, 70 × 42.3 mm (Avery 3652)</source>
        <translation>A4, наклейки 3 × 7, 70 × 42,3 мм (Avery 3652)</translation>
    </message>
    <message>
        <source>A4, 2 × 7 labels, 99.1 × 38.1 mm (Avery L7163)</source>
        <translation>A4, наклейки 2 × 7, 99,1 × 38,1 мм (Avery L7163)</translation>
    </message>
    <message>
        <source>A4, 2 × 8 labels, 105 × 37 mm (Avery 3484)</source>
        <translation>A4, наклейки 2 × 8, 105 × 37 мм (Avery 3484)</translation>
    </message>
    <message>
        <source>A4, 3 × 11 labels, 70 × 25.4 mm (Avery 3421)</source>
        <translation>A4, наклейки 3 × 11, 70 × 25,4 мм (Avery 3421)</translation>
    </message>
    <message>
        <source>A4, 3 × 7 labels, 63.5 × 38.1 mm (Avery L7160)</source>
        <translation>A4, наклейки 3 × 7, 63,5 × 38,1 мм (Avery L7160)</translation>
    </message>
    <message>
        <source>A4, 2 × 8 labels, 99.1 × 33.9 mm (Avery L7162)</source>
        <translation>A4, наклейки 2 × 8, 99,1 × 33,9 мм (Avery L7162)</translation>
    </message>
    <message>
        <source>A4, 2 × 5 labels, 99.1 × 57 mm (Avery L7173)</source>
        <translation>A4, наклейки 2 × 5, 99,1 × 57 мм (Avery L7173)</translation>
    </message>
    <message>
        <source>there are no addresses to print</source>
        <translation>нет адресов для печати</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>Адресные наклейки</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>нет прав на запись в папку</translation>
    </message>
</context>
<context>
    <name>LeadConversion</name>
    <message>
        <source>There is no lead with id %1.</source>
        <translation>Лид с id %1 не найден.</translation>
    </message>
    <message>
        <source>“%1” was already converted to the deal “%2”.</source>
        <translation>Лид «%1» уже конвертирован в сделку «%2».</translation>
    </message>
    <message>
        <source>“%1” was lost. Reopen it before converting it.</source>
        <translation>Лид «%1» проигран. Верните его в работу, прежде чем конвертировать.</translation>
    </message>
    <message>
        <source>“%1” was lost (%2). Reopen it before converting it.</source>
        <translation>Лид «%1» проигран (%2). Верните его в работу, прежде чем конвертировать.</translation>
    </message>
    <message>
        <source>named on the lead</source>
        <translation>из лида</translation>
    </message>
    <message>
        <source>where %1 works</source>
        <translation>где работает %1</translation>
    </message>
    <message>
        <source>There is no company with id %1.</source>
        <translation>Компания с id %1 не найдена.</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Контакт с id %1 не найден.</translation>
    </message>
</context>
<context>
    <name>LeadIntake</name>
    <message>
        <source>New lead assigned to you by rule “%1”: %2</source>
        <translation>Вам назначен новый лид по правилу «%1»: %2</translation>
    </message>
    <message>
        <source>New lead assigned to you: %1</source>
        <translation>Вам назначен новый лид: %1</translation>
    </message>
    <message>
        <source>%1 assigned a new lead to you: %2</source>
        <translation>Пользователь %1 назначил вам новый лид: %2</translation>
    </message>
    <message>
        <source>The new lead could not be read back.</source>
        <translation>Не удалось прочитать созданный лид.</translation>
    </message>
    <message>
        <source>First contact: %1</source>
        <translation>Первый контакт: %1</translation>
    </message>
    <message>
        <source>The first contact must be due within 0 to 90 days.</source>
        <translation>Срок первого контакта должен составлять от 0 до 90 дней.</translation>
    </message>
</context>
<context>
    <name>LeadQualification</name>
    <message>
        <source>What problem do they need solved?</source>
        <translation>Какую проблему нужно решить клиенту?</translation>
    </message>
    <message>
        <source>Is there a budget, and how big is it?</source>
        <translation>Есть ли бюджет и какой?</translation>
    </message>
    <message>
        <source>Who makes the decision?</source>
        <translation>Кто принимает решение?</translation>
    </message>
    <message>
        <source>When do they want to start?</source>
        <translation>Когда клиент хочет начать?</translation>
    </message>
    <message>
        <source>There is no lead with id %1.</source>
        <translation>Лид с id %1 не найден.</translation>
    </message>
    <message>
        <source>“%1” was lost. Reopen it before qualifying it.</source>
        <translation>Лид «%1» проигран. Верните его в работу, прежде чем квалифицировать.</translation>
    </message>
    <message>
        <source>“%1” was lost (%2). Reopen it before qualifying it.</source>
        <translation>Лид «%1» проигран (%2). Верните его в работу, прежде чем квалифицировать.</translation>
    </message>
    <message>
        <source>“%1” was already converted to the deal “%2”; qualify the deal instead.</source>
        <translation>Лид «%1» уже конвертирован в сделку «%2»; квалифицируйте сделку.</translation>
    </message>
    <message>
        <source>“%1” was already converted to the deal “%2”; if the sale fell through, lose the deal.</source>
        <translation>Лид «%1» уже конвертирован в сделку «%2»; если продажа сорвалась, отметьте сделку как проигранную.</translation>
    </message>
    <message>
        <source>Say why the lead was lost.</source>
        <translation>Укажите, почему лид проигран.</translation>
    </message>
    <message>
        <source>“%1” is not lost.</source>
        <translation>Лид «%1» не проигран.</translation>
    </message>
    <message>
        <source>Convert the lead to a deal instead (Convert to deal…, or tandem-cli convert lead): that makes its company, contact and deal.</source>
        <translation>Вместо этого конвертируйте лид в сделку (Конвертировать в сделку… или tandem-cli convert lead): так будут созданы его компания, контакт и сделка.</translation>
    </message>
    <message>
        <source>“%1” was converted to the deal “%2” and stays converted.</source>
        <translation>Лид «%1» конвертирован в сделку «%2» и остаётся конвертированным.</translation>
    </message>
</context>
<context>
    <name>LocaleValues</name>
    <message>
        <source>&apos;%1&apos; is not a date (%2 or YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; не является датой (%2 или ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (%2)</source>
        <translation>&apos;%1&apos; не является датой и временем (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2 or %3</source>
        <translation>&apos;%1&apos; не является значением %2 или %3</translation>
    </message>
</context>
<context>
    <name>Mailing</name>
    <message>
        <source>segment “%1” lists %2, not contacts: a mailing needs a segment of contacts</source>
        <translation>сегмент «%1» содержит %2, а не контакты: для рассылки нужен сегмент контактов</translation>
    </message>
    <message>
        <source>there is no contact segment “%1”</source>
        <translation>сегмента контактов «%1» нет</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Адрес, строка 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Адрес, строка 2</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Tandem, a desktop CRM for small sales teams.</source>
        <translation>Tandem — настольная CRM-система для небольших отделов продаж.</translation>
    </message>
    <message>
        <source>Open FILE instead of the default database (%1).</source>
        <translation>Открыть FILE вместо базы данных по умолчанию (%1).</translation>
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
        <translation>Tandem не удаётся открыть базу данных %1.</translation>
    </message>
    <message>
        <source>A Tandem bundle (.tandem), address book (.vcf) or calendar (.ics) to bring in.</source>
        <translation>Пакет Tandem (.tandem), адресная книга (.vcf) или календарь (.ics), которые нужно загрузить.</translation>
    </message>
    <message>
        <source>Tandem is already open on the database %1.</source>
        <translation>База данных %1 уже открыта в Tandem.</translation>
    </message>
    <message>
        <source>It is held by %1, which does not answer. Close that Tandem window (or end that process) and start Tandem again.</source>
        <translation>Её занимает %1, который не отвечает. Закройте то окно Tandem (или завершите этот процесс) и запустите Tandem снова.</translation>
    </message>
    <message>
        <source>Open it anyway?</source>
        <translation>Всё равно открыть?</translation>
    </message>
</context>
<context>
    <name>Materials</name>
    <message>
        <source>“%1” is empty; there is nothing to keep.</source>
        <translation>Файл «%1» пуст; сохранять нечего.</translation>
    </message>
    <message>
        <source>“%1” is %2; the library takes files up to %3.</source>
        <translation>Размер файла «%1» — %2; в библиотеку можно добавлять файлы размером до %3.</translation>
    </message>
    <message>
        <source>There is no file with id %1 in the sales materials library.</source>
        <translation>Файл с id %1 в библиотеке материалов для продаж не найден.</translation>
    </message>
    <message>
        <source>A file in the library needs a name.</source>
        <translation>У файла в библиотеке должно быть название.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Не удаётся прочитать файл «%1»: %2</translation>
    </message>
    <message>
        <source>There is no sales material with id %1.</source>
        <translation>Материал для продаж с id %1 не найден.</translation>
    </message>
    <message>
        <source>There is no deal with id %1.</source>
        <translation>Сделка с id %1 не найдена.</translation>
    </message>
    <message>
        <source>There is no quote with id %1.</source>
        <translation>Коммерческое предложение с id %1 не найдено.</translation>
    </message>
    <message>
        <source>Quote %1 belongs to another deal.</source>
        <translation>Коммерческое предложение %1 относится к другой сделке.</translation>
    </message>
</context>
<context>
    <name>MergeTemplate</name>
    <message>
        <source>%1, line %2: %3</source>
        <extracomment>%1 is the template file, %2 the line number, %3 what is wrong</extracomment>
        <translation>%1, строка %2: %3</translation>
    </message>
    <message>
        <source>the tag %1 is never closed with %2</source>
        <extracomment>%1 is the start of the tag as written in the template, %2 is }} or }}}</extracomment>
        <translation>тег %1 нигде не закрыт символами %2</translation>
    </message>
    <message>
        <source>the tag %1 has no field name</source>
        <translation>в теге %1 нет имени поля</translation>
    </message>
    <message>
        <source>%1 closes a section that was never opened</source>
        <translation>%1 закрывает раздел, который не был открыт</translation>
    </message>
    <message>
        <source>%1 closes a section, but the open one is {{#%2}} (line %3)</source>
        <extracomment>%3 is the line where the section %2 was opened</extracomment>
        <translation>%1 закрывает раздел, но открыт раздел {{#%2}} (строка %3)</translation>
    </message>
    <message>
        <source>the section {{#%1}} is never closed</source>
        <translation>раздел {{#%1}} нигде не закрыт</translation>
    </message>
</context>
<context>
    <name>OwnershipGuard</name>
    <message>
        <source>%1 owns %2, where %3 works. Agree with %1 before you contact %3.</source>
        <translation>Ответственный за компанию %2, в которой работает %3, — %1. Прежде чем связываться с контактом %3, согласуйте это с коллегой %1.</translation>
    </message>
    <message>
        <source>%1 owns %2. Agree with %1 before you work on it.</source>
        <translation>Ответственный за %2 — %1. Прежде чем работать с этой записью, согласуйте это с коллегой %1.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Коллега</translation>
    </message>
    <message>
        <source>%1 is working on %2, which you own.</source>
        <translation>%1 работает с записью, за которую отвечаете вы: %2.</translation>
    </message>
    <message>
        <source>%1 is working with %2 at %3, which you own.</source>
        <translation>%1 работает с контактом %2 из компании %3, за которую отвечаете вы.</translation>
    </message>
</context>
<context>
    <name>PlaybookCondition</name>
    <message>
        <source>A condition starts with a deal field, as in: amount &gt; 10000</source>
        <translation>Условие начинается с поля сделки, например: amount &gt; 10000</translation>
    </message>
    <message>
        <source>A deal has no field &apos;%1&apos;</source>
        <translation>У сделки нет поля &apos;%1&apos;</translation>
    </message>
    <message>
        <source>After &apos;%1&apos; comes a comparison: one of &gt; &gt;= &lt; &lt;= = !=</source>
        <translation>После &apos;%1&apos; должен идти оператор сравнения: &gt; &gt;= &lt; &lt;= = !=</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a comparison; use one of &gt; &gt;= &lt; &lt;= = !=</source>
        <translation>&apos;%1&apos; не является оператором сравнения; используйте один из операторов: &gt; &gt;= &lt; &lt;= = !=</translation>
    </message>
    <message>
        <source>The condition has no value after &apos;%1&apos;</source>
        <translation>В условии нет значения после &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number to compare %2 with</source>
        <translation>&apos;%1&apos; не является числом, с которым можно сравнить %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more decimals than %2 amounts have</source>
        <translation>В &apos;%1&apos; больше знаков после запятой, чем допускает валюта %2</translation>
    </message>
</context>
<context>
    <name>Playbooks</name>
    <message>
        <source>There is no deal with id %1</source>
        <translation>Сделка с id %1 не найдена</translation>
    </message>
    <message>
        <source>The playbook action “%1” has a condition that cannot be used: %2</source>
        <translation>У шага регламента «%1» недопустимое условие: %2</translation>
    </message>
    <message>
        <source>This playbook action is not part of the deal&apos;s stage.</source>
        <translation>Этот шаг регламента не относится к этапу этой сделки.</translation>
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
        <translation>Польша</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Румыния</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Украина</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Новый год</translation>
    </message>
    <message>
        <source>Day of Restoration of the State of Lithuania</source>
        <translation>День восстановления Литовского государства</translation>
    </message>
    <message>
        <source>Day of Restoration of Independence of Lithuania</source>
        <translation>День восстановления независимости Литвы</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Пасха</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Второй день Пасхи</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>День труда</translation>
    </message>
    <message>
        <source>Mother&apos;s Day</source>
        <translation>День матери</translation>
    </message>
    <message>
        <source>Father&apos;s Day</source>
        <translation>День отца</translation>
    </message>
    <message>
        <source>St. John&apos;s Day</source>
        <translation>День росы и Йонинес</translation>
    </message>
    <message>
        <source>Statehood Day</source>
        <translation>День государственности</translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation>Успение Пресвятой Девы Марии</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>День всех святых</translation>
    </message>
    <message>
        <source>All Souls&apos; Day</source>
        <translation>День поминовения усопших</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Сочельник</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Рождество Христово</translation>
    </message>
    <message>
        <source>Second Day of Christmas</source>
        <translation>Второй день Рождества</translation>
    </message>
    <message>
        <source>Epiphany</source>
        <translation>Богоявление</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>День Конституции</translation>
    </message>
    <message>
        <source>Pentecost Sunday</source>
        <translation>Пятидесятница</translation>
    </message>
    <message>
        <source>Corpus Christi</source>
        <translation>Праздник Тела и Крови Христовых</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>День независимости</translation>
    </message>
    <message>
        <source>Day after New Year&apos;s Day</source>
        <translation>Второй день Нового года</translation>
    </message>
    <message>
        <source>Union Day</source>
        <translation>День объединения румынских княжеств</translation>
    </message>
    <message>
        <source>Orthodox Good Friday</source>
        <translation>Православная Страстная пятница</translation>
    </message>
    <message>
        <source>Orthodox Easter Sunday</source>
        <translation>Православная Пасха</translation>
    </message>
    <message>
        <source>Orthodox Easter Monday</source>
        <translation>Второй день православной Пасхи</translation>
    </message>
    <message>
        <source>Children&apos;s Day</source>
        <translation>День ребёнка</translation>
    </message>
    <message>
        <source>Orthodox Pentecost Sunday</source>
        <translation>Православная Троица (Пятидесятница)</translation>
    </message>
    <message>
        <source>Orthodox Pentecost Monday</source>
        <translation>Духов день (второй день Троицы)</translation>
    </message>
    <message>
        <source>St. Andrew&apos;s Day</source>
        <translation>День святого апостола Андрея</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>Национальный день Румынии</translation>
    </message>
    <message>
        <source>Synaxis of St. John the Baptist</source>
        <translation>Собор Иоанна Крестителя</translation>
    </message>
    <message>
        <source>International Women&apos;s Day</source>
        <translation>Международный женский день</translation>
    </message>
    <message>
        <source>Trinity Sunday</source>
        <translation>Троица</translation>
    </message>
    <message>
        <source>Day of Remembrance and Victory</source>
        <translation>День памяти и победы над нацизмом во Второй мировой войне</translation>
    </message>
    <message>
        <source>Defenders Day</source>
        <translation>День защитников и защитниц Украины</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <source>There is no quote with id %1.</source>
        <translation>Коммерческое предложение с id %1 не найдено.</translation>
    </message>
    <message>
        <source>Line %1: the amount is too large.</source>
        <translation>Строка %1: слишком большая сумма.</translation>
    </message>
    <message>
        <source>The quote&apos;s total is too large.</source>
        <translation>Слишком большая итоговая сумма коммерческого предложения.</translation>
    </message>
    <message>
        <source>The overall discount must be between 0 and 100 %.</source>
        <translation>Общая скидка должна быть от 0 до 100 %.</translation>
    </message>
    <message>
        <source>Line %1: the VAT rate must be between 0 and 100 %.</source>
        <translation>Строка %1: ставка НДС должна быть от 0 до 100 %.</translation>
    </message>
    <message>
        <source>Line %1: the discount must be between 0 and 100 %.</source>
        <translation>Строка %1: скидка должна быть от 0 до 100 %.</translation>
    </message>
    <message>
        <source>Quote %1 has been sent and cannot be changed. Make a new version of it.</source>
        <translation>Коммерческое предложение %1 уже отправлено, и изменить его нельзя. Создайте его новую версию.</translation>
    </message>
    <message>
        <source>The discount needing approval (setting quote_approval_discount) is not a percentage: “%1”.</source>
        <translation>Порог скидки, требующей утверждения (настройка quote_approval_discount), задан не в процентах: «%1».</translation>
    </message>
    <message>
        <source>Quote %1 for “%2” has a discount that needs your approval.</source>
        <translation>В коммерческом предложении %1 для «%2» есть скидка, которую нужно утвердить вам.</translation>
    </message>
    <message>
        <source>Quote %1 has been sent; it cannot become a draft again. Make a new version of it.</source>
        <translation>Коммерческое предложение %1 уже отправлено, вернуть его в черновики нельзя. Создайте его новую версию.</translation>
    </message>
    <message>
        <source>Quote %1 has not been sent yet; send it before it is accepted or rejected.</source>
        <translation>Коммерческое предложение %1 ещё не отправлено; отправьте его, прежде чем отмечать как принятое или отклонённое.</translation>
    </message>
    <message>
        <source>A quote is made for a deal: give deal_id.</source>
        <translation>Коммерческое предложение создаётся для сделки: укажите deal_id.</translation>
    </message>
    <message>
        <source>There is no deal with id %1.</source>
        <translation>Сделка с id %1 не найдена.</translation>
    </message>
    <message>
        <source>A new quote starts as a draft.</source>
        <translation>Новое коммерческое предложение создаётся как черновик.</translation>
    </message>
    <message>
        <source>There is no product with id %1.</source>
        <translation>Продукт с id %1 не найден.</translation>
    </message>
    <message>
        <source>“%1” has no price in %2: add it to a price list or give a unit_price.</source>
        <translation>У продукта «%1» нет цены в %2: добавьте его в прайс-лист или укажите unit_price.</translation>
    </message>
    <message>
        <source>A line needs a description or a product.</source>
        <translation>В строке нужно указать описание или продукт.</translation>
    </message>
    <message>
        <source>A line needs a unit_price.</source>
        <translation>В строке нужно указать unit_price.</translation>
    </message>
    <message>
        <source>There is no quote line with id %1.</source>
        <translation>Строка предложения с id %1 не найдена.</translation>
    </message>
    <message>
        <source>A line stays on its quote.</source>
        <translation>Строку нельзя перенести в другое коммерческое предложение.</translation>
    </message>
    <message>
        <source>A quote is approved with “approve”, by a manager.</source>
        <translation>Коммерческое предложение утверждает руководитель командой «approve».</translation>
    </message>
    <message>
        <source>The currency of a quote with lines cannot change: its prices are in %1.</source>
        <translation>Валюту коммерческого предложения, в котором уже есть строки, изменить нельзя: цены в нём указаны в %1.</translation>
    </message>
    <message>
        <source>Quote %1 has already been sent.</source>
        <translation>Коммерческое предложение %1 уже отправлено.</translation>
    </message>
    <message>
        <source>Quote %1 has a discount above what needs a manager&apos;s approval; it can be sent once it is approved.</source>
        <translation>В коммерческом предложении %1 скидка выше порога, после которого нужно утверждение руководителя; отправить предложение можно будет после утверждения.</translation>
    </message>
    <message>
        <source>Only a manager can approve a quote&apos;s discount.</source>
        <translation>Утвердить скидку в коммерческом предложении может только руководитель.</translation>
    </message>
    <message>
        <source>A quote number series is 1 to 4 letters A–Z or digits, such as VN or K2; “%1” is not.</source>
        <translation>Серия номеров коммерческих предложений — это от 1 до 4 латинских букв (A–Z) или цифр, например VN или K2; «%1» не подходит.</translation>
    </message>
    <message>
        <source>Another computer of the team numbers its quotes with series %1 already; choose another.</source>
        <translation>Серия %1 уже используется для номеров коммерческих предложений на другом компьютере команды; выберите другую.</translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <source>Create %1 %2</source>
        <extracomment>Undo menu entry, e.g. &quot;Create Contact Šarūnas Kazlauskas&quot;</extracomment>
        <translation>создание: %1 %2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>Undo menu entry, e.g. &quot;Edit Šarūnas Kazlauskas&quot;</extracomment>
        <translation>редактирование: %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <extracomment>Undo menu entry, e.g. &quot;Delete Šarūnas Kazlauskas&quot;</extracomment>
        <translation>удаление: %1</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Эта запись больше не существует.</translation>
    </message>
</context>
<context>
    <name>RecordCsvExport</name>
    <message>
        <source>a %1 has no field “%2”</source>
        <translation>у записи типа %1 нет поля «%2»</translation>
    </message>
    <message>
        <source>unknown record type “%1”</source>
        <translation>неизвестный тип записи «%1»</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>не удаётся записать файл: %1</translation>
    </message>
</context>
<context>
    <name>RecordCsvImport</name>
    <message>
        <source>%1 “%2” is ambiguous: %3 records have that name; give the id instead</source>
        <translation>%1 «%2» определяется неоднозначно (записей с таким названием: %3); укажите вместо названия id</translation>
    </message>
    <message>
        <source>%1 “%2” not found</source>
        <translation>%1 «%2»: не найдено</translation>
    </message>
    <message>
        <source>unknown record type “%1”</source>
        <translation>неизвестный тип записи «%1»</translation>
    </message>
    <message>
        <source>contacts are imported with the contact import, not as plain records</source>
        <translation>контакты загружаются через импорт контактов, а не как обычные записи</translation>
    </message>
    <message>
        <source>a record cannot refer to itself</source>
        <translation>запись не может ссылаться на саму себя</translation>
    </message>
    <message>
        <source>duplicate of line %1, which cannot be imported</source>
        <translation>дубликат строки %1, которую нельзя импортировать</translation>
    </message>
    <message>
        <source>“%1” needs a value</source>
        <translation>нужно заполнить поле «%1»</translation>
    </message>
    <message>
        <source>one of %1 needs a value</source>
        <translation>нужно заполнить хотя бы одно из полей: %1</translation>
    </message>
</context>
<context>
    <name>RecordMerge</name>
    <message>
        <source>%1 was already merged into another record</source>
        <translation>запись «%1» уже объединена с другой записью</translation>
    </message>
    <message>
        <source>%1 is deleted; restore it before merging</source>
        <translation>запись «%1» удалена; восстановите её перед объединением</translation>
    </message>
    <message>
        <source>a contact and a company cannot be merged</source>
        <translation>контакт и компанию объединить нельзя</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>запись типа %1 с id %2 не найдена</translation>
    </message>
    <message>
        <source>%1 has no such field to merge</source>
        <translation>у записей типа %1 нет такого поля для объединения</translation>
    </message>
    <message>
        <source>choose &apos;keep&apos; or &apos;other&apos;, not &apos;%1&apos;</source>
        <translation>выберите &apos;keep&apos; или &apos;other&apos;, а не &apos;%1&apos;</translation>
    </message>
    <message>
        <source>only contacts and companies can be merged, not &apos;%1&apos;</source>
        <translation>объединять можно только контакты и компании, а не &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a record cannot be merged with itself</source>
        <translation>запись нельзя объединить с самой собой</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>unknown record type &apos;%1&apos; (known: %2)</source>
        <translation>неизвестный тип записи &apos;%1&apos; (допустимые: %2)</translation>
    </message>
    <message>
        <source>unknown field for %1 (fields: %2)</source>
        <translation>неизвестное поле для типа записи %1 (поля: %2)</translation>
    </message>
    <message>
        <source>a %1 always has %2 &apos;%3&apos;</source>
        <translation>у записи типа %1 поле %2 всегда равно &apos;%3&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code such as EUR or PLN</source>
        <translation>&apos;%1&apos; не является кодом валюты (например, EUR или PLN)</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>запись типа %1 с id %2 не найдена</translation>
    </message>
    <message>
        <source>a %1 needs a value here</source>
        <translation>для записи типа %1 это поле обязательно</translation>
    </message>
    <message>
        <source>a %1 needs at least one of: %2</source>
        <translation>для записи типа %1 нужно заполнить хотя бы одно из полей: %2</translation>
    </message>
    <message>
        <source>unknown field for %1</source>
        <translation>неизвестное поле для типа записи %1</translation>
    </message>
    <message>
        <source>unknown record type &apos;%1&apos;</source>
        <translation>неизвестный тип записи &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot sort %1 by an unknown field</source>
        <translation>невозможно отсортировать записи типа %1 по неизвестному полю</translation>
    </message>
    <message numerus="yes">
        <source>(%n bytes)</source>
        <translation>
            <numerusform>(%n байт)</numerusform>
            <numerusform>(%n байта)</numerusform>
            <numerusform>(%n байт)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has more decimals than %2 allows; give the amount in %2 too</source>
        <translation>в сумме %1 больше знаков после запятой, чем допускает валюта %2; укажите также сумму в %2</translation>
    </message>
    <message>
        <source>%1 has no reference %2</source>
        <translation>у записей типа %1 нет ссылки %2</translation>
    </message>
    <message>
        <source>%1 records have no activities to go by</source>
        <translation>у записей типа %1 нет действий, по которым можно выполнить отбор</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>%1 cannot be “%2”.</source>
        <translation>%1 не может иметь значение «%2».</translation>
    </message>
    <message>
        <source>FREQ=%1 is not supported: events repeat daily at most often.</source>
        <translation>FREQ=%1 не поддерживается: события могут повторяться не чаще одного раза в день.</translation>
    </message>
    <message>
        <source>UNTIL and COUNT cannot both be given.</source>
        <translation>UNTIL и COUNT нельзя указывать одновременно.</translation>
    </message>
    <message>
        <source>BYDAY can number its weekdays (2TU, -1FR) only when repeating monthly or yearly.</source>
        <translation>Номера дней недели в BYDAY (2TU, -1FR) допустимы только при ежемесячном или ежегодном повторении.</translation>
    </message>
    <message>
        <source>BYDAY cannot name more than the fifth weekday of a month.</source>
        <translation>В BYDAY нельзя указать день недели дальше пятого в месяце.</translation>
    </message>
    <message>
        <source>BYMONTHDAY cannot be used when repeating weekly.</source>
        <translation>BYMONTHDAY нельзя использовать при еженедельном повторении.</translation>
    </message>
    <message>
        <source>BYSETPOS needs another BY part (BYDAY, BYMONTHDAY or BYMONTH) to choose from.</source>
        <translation>Для BYSETPOS нужна ещё одна часть BY (BYDAY, BYMONTHDAY или BYMONTH), из которой выбирать.</translation>
    </message>
    <message>
        <source>%1 has no value.</source>
        <translation>У %1 нет значения.</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 указан дважды.</translation>
    </message>
    <message>
        <source>%1 must be a whole number above zero, not “%2”.</source>
        <translation>%1 должен быть целым числом больше нуля, а не «%2».</translation>
    </message>
    <message>
        <source>UNTIL must be a date (20261231) or a UTC date and time (20261231T235959Z), not “%1”.</source>
        <translation>UNTIL должен быть датой (20261231) или датой и временем UTC (20261231T235959Z), а не «%1».</translation>
    </message>
    <message>
        <source>%1 is not supported.</source>
        <translation>%1 не поддерживается.</translation>
    </message>
    <message>
        <source>“%1” is not a part of a repeat rule.</source>
        <translation>«%1» не является частью правила повторения.</translation>
    </message>
    <message>
        <source>FREQ is missing.</source>
        <translation>Не указан FREQ.</translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Каждый %n день</numerusform>
            <numerusform>Каждые %n дня</numerusform>
            <numerusform>Каждые %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Ежедневно</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Каждую %n неделю</numerusform>
            <numerusform>Каждые %n недели</numerusform>
            <numerusform>Каждые %n недель</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Еженедельно</translation>
    </message>
    <message numerus="yes">
        <source>Every %n months</source>
        <translation>
            <numerusform>Каждый %n месяц</numerusform>
            <numerusform>Каждые %n месяца</numerusform>
            <numerusform>Каждые %n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Ежемесячно</translation>
    </message>
    <message numerus="yes">
        <source>Every %n years</source>
        <translation>
            <numerusform>Каждый %n год</numerusform>
            <numerusform>Каждые %n года</numerusform>
            <numerusform>Каждые %n лет</numerusform>
        </translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Ежегодно</translation>
    </message>
    <message>
        <source>first</source>
        <translation>первый</translation>
    </message>
    <message>
        <source>second</source>
        <translation>второй</translation>
    </message>
    <message>
        <source>third</source>
        <translation>третий</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>четвёртый</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>пятый</translation>
    </message>
    <message>
        <source>last</source>
        <translation>последний</translation>
    </message>
    <message>
        <source>second to last</source>
        <translation>предпоследний</translation>
    </message>
    <message>
        <source>third to last</source>
        <translation>третий с конца</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>no. %1 from the end</source>
        <translation>№ %1 с конца</translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <comment>the third Tuesday</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>последний день</translation>
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
        <translation>в месяцах: %1</translation>
    </message>
    <message>
        <source>on the last workday</source>
        <translation>в последний рабочий день</translation>
    </message>
    <message>
        <source>on the %1 workday</source>
        <translation>в %1 рабочий день</translation>
    </message>
    <message>
        <source>on weekdays</source>
        <translation>по будням</translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>on Monday and Wednesday</comment>
        <translation>по дням: %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>on the last day</comment>
        <translation>в %1</translation>
    </message>
    <message>
        <source>on day %1</source>
        <translation>%1-го числа</translation>
    </message>
    <message>
        <source>on days %1</source>
        <translation>по числам: %1</translation>
    </message>
    <message>
        <source>(only the %1 of these)</source>
        <comment>(only the first and last of these)</comment>
        <translation>(только %1 из них)</translation>
    </message>
    <message>
        <source>(only the %1 of these)</source>
        <translation>(только %1 из них)</translation>
    </message>
    <message>
        <source>once</source>
        <translation>один раз</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n раз</numerusform>
            <numerusform>%n раза</numerusform>
            <numerusform>%n раз</numerusform>
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
        <translation>Текущий месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Текущий квартал</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Прошлый квартал</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>С начала года</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Текущий год</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Class A up to (% of revenue)</source>
        <translation>Класс A до (% выручки)</translation>
    </message>
    <message>
        <source>Class B up to (% of revenue)</source>
        <translation>Класс B до (% выручки)</translation>
    </message>
    <message>
        <source>b (%1 %) must be greater than a (%2 %): class B takes up where class A ends</source>
        <translation>b (%1 %) должно быть больше a (%2 %): класс B начинается там, где заканчивается класс A</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Выигранные сделки</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Доля, %</translation>
    </message>
    <message>
        <source>Cumulative %</source>
        <translation>Накопленная доля, %</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n продукт</numerusform>
            <numerusform>%n продукта</numerusform>
            <numerusform>%n продуктов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Ranked by revenue, largest first. Class A: those ranked before hold less than %1 % of the revenue (so the one that crosses %1 % is still A); class B: likewise up to %2 %; class C: the rest.</source>
        <translation>Упорядочено по выручке, от большей к меньшей. Класс A — позиции, у которых все стоящие выше вместе дают менее %1 % выручки (поэтому позиция, на которой доля превышает %1 %, ещё относится к A); класс B — аналогично до %2 %; класс C — остальные.</translation>
    </message>
    <message numerus="yes">
        <source>Not included: %n won deal(s) in other currencies (%1).</source>
        <translation>
            <numerusform>Не учтена %n выигранная сделка в других валютах (%1).</numerusform>
            <numerusform>Не учтены %n выигранные сделки в других валютах (%1).</numerusform>
            <numerusform>Не учтено %n выигранных сделок в других валютах (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not included: %n won deal(s) without a company.</source>
        <translation>
            <numerusform>Не учтена %n выигранная сделка без компании.</numerusform>
            <numerusform>Не учтены %n выигранные сделки без компании.</numerusform>
            <numerusform>Не учтено %n выигранных сделок без компании.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Revenue of the largest customers</source>
        <translation>Выручка от крупнейших клиентов</translation>
    </message>
    <message>
        <source>ABC analysis of customers</source>
        <translation>ABC-анализ клиентов</translation>
    </message>
    <message>
        <source>Customers ranked by won revenue in the period and classed A, B or C by their cumulative share of it.</source>
        <translation>Клиенты, упорядоченные по выручке от сделок, выигранных за период, и разделённые на классы A, B и C по накопленной доле этой выручки.</translation>
    </message>
    <message numerus="yes">
        <source>Not included: %n won deal(s) without quote lines (what they sold is not known).</source>
        <translation>
            <numerusform>Не учтена %n выигранная сделка без строк предложения (неизвестно, что продано).</numerusform>
            <numerusform>Не учтены %n выигранные сделки без строк предложения (неизвестно, что продано).</numerusform>
            <numerusform>Не учтено %n выигранных сделок без строк предложения (неизвестно, что продано).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not included: %n quote line(s) in other currencies (%1).</source>
        <translation>
            <numerusform>Не учтена %n строка предложения в других валютах (%1).</numerusform>
            <numerusform>Не учтены %n строки предложения в других валютах (%1).</numerusform>
            <numerusform>Не учтено %n строк предложения в других валютах (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not included: %n quote line(s) without a product (free text).</source>
        <translation>
            <numerusform>Не учтена %n строка предложения без продукта (произвольный текст).</numerusform>
            <numerusform>Не учтены %n строки предложения без продукта (произвольный текст).</numerusform>
            <numerusform>Не учтено %n строк предложения без продукта (произвольный текст).</numerusform>
        </translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Revenue of the best-selling products</source>
        <translation>Выручка от самых продаваемых продуктов</translation>
    </message>
    <message>
        <source>Revenue of a product: its lines on the accepted (else the latest) quote of each won deal, quantity × unit price less the line&apos;s discount and then the quote&apos;s, without VAT.</source>
        <translation>Выручка по продукту: его строки в принятом (а если такого нет — в последнем) коммерческом предложении каждой выигранной сделки, количество × цена за единицу за вычетом скидки строки, а затем скидки предложения, без НДС.</translation>
    </message>
    <message>
        <source>ABC analysis of products</source>
        <translation>ABC-анализ продуктов</translation>
    </message>
    <message>
        <source>Products ranked by their revenue on the quotes of deals won in the period and classed A, B or C by their cumulative share of it.</source>
        <translation>Продукты, упорядоченные по выручке в коммерческих предложениях сделок, выигранных за период, и разделённые на классы A, B и C по накопленной доле этой выручки.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Квалифицировано</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Стоимость лида</translation>
    </message>
    <message>
        <source>Return %</source>
        <translation>Окупаемость, %</translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) in other currencies (%1) count under Won but not in Revenue.</source>
        <translation>
            <numerusform>%n выигранная сделка в других валютах (%1) учтена в столбце «Выиграно», но не в столбце «Выручка».</numerusform>
            <numerusform>%n выигранные сделки в других валютах (%1) учтены в столбце «Выиграно», но не в столбце «Выручка».</numerusform>
            <numerusform>%n выигранных сделок в других валютах (%1) учтено в столбце «Выиграно», но не в столбце «Выручка».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cost of %n campaign(s) in other currencies (%1) is not shown, nor their cost per lead and return.</source>
        <translation>
            <numerusform>Для %n кампании в других валютах (%1) не показаны затраты, стоимость лида и окупаемость.</numerusform>
            <numerusform>Для %n кампаний в других валютах (%1) не показаны затраты, стоимость лида и окупаемость.</numerusform>
            <numerusform>Для %n кампаний в других валютах (%1) не показаны затраты, стоимость лида и окупаемость.</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner and team choose campaigns by the campaign&apos;s owner; their leads and deals count whoever owns them.</source>
        <translation>Фильтры по ответственному и команде отбирают кампании по ответственному за кампанию; лиды и сделки кампании учитываются независимо от того, кто за них отвечает.</translation>
    </message>
    <message>
        <source>Campaigns running in the period, or with leads, deals or wins in it. Leads and deals: registered in the period; won and revenue: won in the period; cost: the campaign&apos;s whole cost. Return % = (revenue − cost) ÷ cost.</source>
        <translation>Кампании, которые проводились в течение периода или по которым за период были лиды, сделки или выигрыши. Лиды и сделки: зарегистрированные за период; «Выиграно» и «Выручка»: сделки, выигранные за период; затраты: все затраты кампании. Окупаемость, % = (выручка − затраты) ÷ затраты.</translation>
    </message>
    <message>
        <source>Revenue and cost by campaign</source>
        <translation>Выручка и затраты по кампаниям</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <source>Campaigns in the period: their leads, deals, won revenue and cost, cost per lead and return.</source>
        <translation>Кампании за период: их лиды, сделки, выручка от выигранных сделок и затраты, стоимость лида и окупаемость.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>Days dormant</source>
        <translation>Срок бездействия, дней</translation>
    </message>
    <message>
        <source>Main contact</source>
        <translation>Основной контакт</translation>
    </message>
    <message>
        <source>Customers whose latest won deal (its win date, else its expected close) is on or before %1.</source>
        <translation>Клиенты, у которых последняя выигранная сделка (по дате выигрыша, а если её нет — по ожидаемой дате закрытия) приходится на %1 или раньше.</translation>
    </message>
    <message>
        <source>Customers (status “customer” or a won deal) whose latest call, meeting or e-mail with them, their people or their deals (done, or a meeting already held) is on or before %1; never contacted: counted from the day they were entered.</source>
        <translation>Клиенты (со статусом «клиент» или с выигранной сделкой), у которых последний звонок, встреча или e-mail с ними, их сотрудниками или по их сделкам (выполненные, а для встреч — уже состоявшиеся) приходится на %1 или раньше; если контактов не было, срок считается со дня внесения клиента в базу.</translation>
    </message>
    <message>
        <source>Days dormant, longest first</source>
        <translation>Срок бездействия, дней (сначала самые долгие)</translation>
    </message>
    <message>
        <source>No active dormant-customer rule of this kind looks back %1 days or less: add one under Dormant customers to create the follow-up tasks.</source>
        <translation>Нет активного правила для спящих клиентов этого типа со сроком (в днях) не больше %1: добавьте такое правило в разделе «Спящие клиенты», чтобы создать задачи на повторный контакт.</translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation>Спящие клиенты</translation>
    </message>
    <message>
        <source>Customers with no purchase, or no contact, for a number of days: with their owner, main contact and last purchase and contact.</source>
        <translation>Клиенты без покупок или без контактов в течение заданного числа дней — с ответственным, основным контактом и датами последней покупки и последнего контакта.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <source>Dormant means</source>
        <translation>Считать спящим, если</translation>
    </message>
    <message>
        <source>No purchase for that many days</source>
        <translation>Нет покупок указанное число дней</translation>
    </message>
    <message>
        <source>No contact for that many days</source>
        <translation>Нет контактов указанное число дней</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in other currencies (%1) are not included.</source>
        <translation>
            <numerusform>%n сделка в других валютах (%1) не учтена.</numerusform>
            <numerusform>%n сделки в других валютах (%1) не учтены.</numerusform>
            <numerusform>%n сделок в других валютах (%1) не учтено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) without an expected close date are not included.</source>
        <translation>
            <numerusform>%n сделка в работе без ожидаемой даты закрытия не учтена.</numerusform>
            <numerusform>%n сделки в работе без ожидаемой даты закрытия не учтены.</numerusform>
            <numerusform>%n сделок в работе без ожидаемой даты закрытия не учтено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) in other currencies (%1) are ignored.</source>
        <translation>
            <numerusform>%n план продаж в других валютах (%1) не учтён.</numerusform>
            <numerusform>%n плана продаж в других валютах (%1) не учтены.</numerusform>
            <numerusform>%n планов продаж в других валютах (%1) не учтено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pipeline: the open deals expected to close in the period. Weighted: each deal&apos;s amount × its stage&apos;s probability ÷ 100, rounded to the minor unit. Won: deals won in the period (by their won date, UTC). Of target %: (won + weighted) ÷ target.</source>
        <translation>Воронка: сделки в работе, которые ожидается закрыть в течение периода. Взвешенная сумма: сумма каждой сделки × вероятность её этапа ÷ 100 с округлением до минимальной денежной единицы. Уже выиграно: сделки, выигранные за период (по дате выигрыша, UTC). Выполнение плана, %: (выиграно + взвешенная сумма) ÷ план продаж.</translation>
    </message>
    <message>
        <source>Targets: a month target counts in its month, also when the period covers only part of it; a quarter (year) target is spread evenly over its 3 (12) months, any remainder going to the first month.</source>
        <translation>Планы продаж: план на месяц учитывается в своём месяце, даже если период охватывает только часть месяца; план на квартал (год) распределяется поровну на его 3 (12) месяца, а остаток относится к первому месяцу.</translation>
    </message>
    <message>
        <source>Target: the rep&apos;s own targets.</source>
        <translation>План продаж: собственные планы менеджера.</translation>
    </message>
    <message>
        <source>Target: the team&apos;s own target for a month where it has one, otherwise the sum of its members&apos; targets.</source>
        <translation>План продаж: собственный план команды на месяц, если он задан, иначе — сумма планов её участников.</translation>
    </message>
    <message>
        <source>Target: the sum of every rep&apos;s targets (team targets are not added, so that nothing counts twice).</source>
        <translation>План продаж: сумма планов всех менеджеров (планы команд не добавляются, чтобы ничего не учитывалось дважды).</translation>
    </message>
    <message>
        <source>Each rep&apos;s row shows the rep&apos;s own targets; the total follows the rule above.</source>
        <translation>В строке каждого менеджера показаны его собственные планы; итог рассчитывается по правилу выше.</translation>
    </message>
    <message>
        <source>Targets are not split by territory or pipeline: they are shown whole.</source>
        <translation>Планы продаж не разбиваются по территориям и воронкам: они показаны целиком.</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Взвешенная сумма</translation>
    </message>
    <message>
        <source>Won so far</source>
        <translation>Уже выиграно</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>План продаж</translation>
    </message>
    <message>
        <source>Of target %</source>
        <translation>Выполнение плана, %</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(не назначен)</translation>
    </message>
    <message>
        <source>Weighted pipeline, won and target</source>
        <translation>Взвешенная сумма, выигранное и план продаж</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Open deals expected to close in the period, weighted by their stage&apos;s probability, per month or rep, beside what was won and the revenue targets.</source>
        <translation>Сделки в работе, которые ожидается закрыть в течение периода, взвешенные по вероятности их этапа, по месяцам или менеджерам — в сравнении с уже выигранным и планами продаж по выручке.</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Группировка</translation>
    </message>
    <message>
        <source>Close month</source>
        <translation>Месяц закрытия</translation>
    </message>
    <message>
        <source>others %1</source>
        <translation>прочие %1</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(причина не указана)</translation>
    </message>
    <message>
        <source>Leads registered</source>
        <translation>Зарегистрировано лидов</translation>
    </message>
    <message>
        <source>Converted to deals</source>
        <translation>Конвертировано в сделки</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Conversion %</source>
        <translation>Конверсия, %</translation>
    </message>
    <message>
        <source>Of first step %</source>
        <translation>От первого шага, %</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Выбыло</translation>
    </message>
    <message>
        <source>Top lost reasons</source>
        <translation>Основные причины проигрыша</translation>
    </message>
    <message>
        <source>Pipeline: %1 (the default)</source>
        <translation>Воронка: %1 (по умолчанию)</translation>
    </message>
    <message>
        <source>Lead steps follow the leads registered in the period: qualified counts those qualified or converted, and those lost after being qualified; dropped counts the leads lost at that step.</source>
        <translation>Шаги по лидам строятся по лидам, зарегистрированным за период: «Квалифицировано» включает квалифицированные и конвертированные лиды, а также проигранные после квалификации; «Выбыло» — лиды, проигранные на этом шаге.</translation>
    </message>
    <message>
        <source>Stage steps follow the deals created in the period on the pipeline. A deal has reached a stage when it is there or further now, was there or further before (its stage history), or was won. Dropped counts the deals lost in that stage.</source>
        <translation>Шаги по этапам строятся по сделкам, созданным в воронке за период. Сделка достигла этапа, если она сейчас на этом этапе или дальше, была на нём или дальше раньше (по истории этапов) или выиграна. «Выбыло» — сделки, проигранные на этом этапе.</translation>
    </message>
    <message>
        <source>Conversion % is the step&apos;s count against the step before it within the leads and within the deals; the first stage counts every deal, including those that did not come from a lead.</source>
        <translation>Конверсия, % — количество на шаге относительно предыдущего шага, отдельно для лидов и для сделок; на первом этапе учитываются все сделки, в том числе созданные не из лида.</translation>
    </message>
    <message>
        <source>Leads belong to no pipeline: the lead steps are not filtered by it.</source>
        <translation>Лиды не относятся ни к одной воронке: фильтр по воронке к шагам по лидам не применяется.</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Воронка продаж</translation>
    </message>
    <message>
        <source>Leads and deals of the period step by step, from registered and qualified through each stage to won, with conversion, drop-off and lost reasons at each step.</source>
        <translation>Лиды и сделки за период шаг за шагом — от регистрации и квалификации через все этапы до выигрыша, с конверсией, выбыванием и причинами проигрыша на каждом шаге.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Конвертировано</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>Выручка</translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) in other currencies (%1) count under Won deals but not in Won revenue.</source>
        <translation>
            <numerusform>%n выигранная сделка в других валютах (%1) учтена в столбце «Выигранные сделки», но не в столбце «Выручка».</numerusform>
            <numerusform>%n выигранные сделки в других валютах (%1) учтены в столбце «Выигранные сделки», но не в столбце «Выручка».</numerusform>
            <numerusform>%n выигранных сделок в других валютах (%1) учтено в столбце «Выигранные сделки», но не в столбце «Выручка».</numerusform>
        </translation>
    </message>
    <message>
        <source>Leads registered in the period and what has come of them so far: qualified (now qualified or converted), converted to a deal, and the deals from them won at any date. Conversion % = converted ÷ leads.</source>
        <translation>Лиды, зарегистрированные за период, и их результат на сегодня: квалифицированные (сейчас квалифицированы или конвертированы), конвертированные в сделку и выигранные сделки из них (с любой датой выигрыша). Конверсия, % = конвертировано ÷ лиды.</translation>
    </message>
    <message>
        <source>Leads and conversions by source</source>
        <translation>Лиды и конвертации по источникам</translation>
    </message>
    <message>
        <source>Lead sources</source>
        <translation>Источники лидов</translation>
    </message>
    <message>
        <source>Leads registered in the period per source: how many were qualified and converted, and the deals and revenue they brought.</source>
        <translation>Лиды, зарегистрированные за период, по источникам: сколько из них квалифицировано и конвертировано, а также какие сделки и выручку они принесли.</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Период: %1</translation>
    </message>
    <message>
        <source>Compared with: %1</source>
        <translation>Сравнение с периодом: %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>По состоянию на %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Ответственный: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Команда: %1</translation>
    </message>
    <message>
        <source>Territory: %1</source>
        <translation>Территория: %1</translation>
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
        <translation>%1 (ранее)</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Изменение, %</translation>
    </message>
    <message>
        <source>no report &apos;%1&apos; (there are: %2)</source>
        <translation>отчёт &apos;%1&apos; не найден (доступные отчёты: %2)</translation>
    </message>
    <message>
        <source>the %1 report takes no options</source>
        <translation>у отчёта %1 нет параметров</translation>
    </message>
    <message>
        <source>the %1 report has no option &apos;%2&apos; (it has: %3)</source>
        <translation>у отчёта %1 нет параметра &apos;%2&apos; (доступные параметры: %3)</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &apos;%3&apos;</source>
        <translation>значение %1 должно быть одним из: %2, а не &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>значение %1 должно быть целым числом от %2 до %3, а не &apos;%4&apos;</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>период заканчивается (%1) раньше, чем начинается (%2)</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Closed or expected</source>
        <translation>Закрыта или ожидается</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Когда (UTC)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>no list of %1 records to show</source>
        <translation>нельзя показать список записей типа %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Напечатано: %1</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>За этот период данных нет.</translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation>не удаётся записать отчёт: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>нет прав на запись в папку</translation>
    </message>
    <message>
        <source>the file name must end in .pdf, .csv or .html</source>
        <translation>имя файла должно оканчиваться на .pdf, .csv или .html</translation>
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
        <translation>(без компании)</translation>
    </message>
    <message>
        <source>(no product)</source>
        <translation>(без продукта)</translation>
    </message>
    <message>
        <source>Repeat revenue</source>
        <translation>Выручка от повторных продаж</translation>
    </message>
    <message>
        <source>New-customer revenue</source>
        <translation>Выручка от новых клиентов</translation>
    </message>
    <message numerus="yes">
        <source>%n quote line(s) in other currencies (%1) are not included.</source>
        <translation>
            <numerusform>%n строка предложения в других валютах (%1) не учтена.</numerusform>
            <numerusform>%n строки предложения в других валютах (%1) не учтены.</numerusform>
            <numerusform>%n строк предложения в других валютах (%1) не учтено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) in other currencies (%1) are not included.</source>
        <translation>
            <numerusform>%n выигранная сделка в других валютах (%1) не учтена.</numerusform>
            <numerusform>%n выигранные сделки в других валютах (%1) не учтены.</numerusform>
            <numerusform>%n выигранных сделок в других валютах (%1) не учтено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) without quote lines are not included: what they sold is not known.</source>
        <translation>
            <numerusform>%n выигранная сделка без строк предложения не учтена: неизвестно, что было продано.</numerusform>
            <numerusform>%n выигранные сделки без строк предложения не учтены: неизвестно, что было продано.</numerusform>
            <numerusform>%n выигранных сделок без строк предложения не учтено: неизвестно, что было продано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) without a company count in neither repeat nor new-customer revenue.</source>
        <translation>
            <numerusform>%n выигранная сделка без компании не учтена ни в выручке от повторных продаж, ни в выручке от новых клиентов.</numerusform>
            <numerusform>%n выигранные сделки без компании не учтены ни в выручке от повторных продаж, ни в выручке от новых клиентов.</numerusform>
            <numerusform>%n выигранных сделок без компании не учтено ни в выручке от повторных продаж, ни в выручке от новых клиентов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Avg deal size</source>
        <translation>Средняя сумма сделки</translation>
    </message>
    <message>
        <source>Revenue: the amounts of the deals won in the period (by their won date, UTC). Avg deal size: revenue ÷ won deals. Repeat revenue: deals of customers who had won a deal with us before; new-customer revenue: each customer&apos;s first won deal.</source>
        <translation>Выручка: суммы сделок, выигранных за период (по дате выигрыша, UTC). Средняя сумма сделки: выручка ÷ выигранные сделки. Выручка от повторных продаж: сделки клиентов, у которых уже была выигранная сделка с нами; выручка от новых клиентов: первая выигранная сделка каждого клиента.</translation>
    </message>
    <message>
        <source>Revenue by product comes from quotes: the lines of the accepted (else the latest) quote of each won deal, quantity × unit price less the line&apos;s discount and then the quote&apos;s, without VAT. Won deals without a quote do not show here.</source>
        <translation>Выручка по продуктам берётся из коммерческих предложений: строки принятого (а если такого нет — последнего) предложения каждой выигранной сделки, количество × цена за единицу за вычетом скидки строки, а затем скидки предложения, без НДС. Выигранные сделки без коммерческого предложения здесь не отображаются.</translation>
    </message>
    <message>
        <source>Revenue won in the period by month, quarter, customer, industry, country, segment, rep or product, with shares, average deal size and repeat versus new-customer revenue.</source>
        <translation>Выручка от сделок, выигранных за период, по месяцам, кварталам, клиентам, отраслям, странам, сегментам, менеджерам или продуктам — с долями, средней суммой сделки и выручкой от повторных продаж в сравнении с выручкой от новых клиентов.</translation>
    </message>
    <message>
        <source>Lead to win</source>
        <translation>От лида до выигрыша</translation>
    </message>
    <message>
        <source>Deal created to win</source>
        <translation>От создания сделки до выигрыша</translation>
    </message>
    <message>
        <source>Avg days</source>
        <translation>Среднее, дней</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Медиана, дней</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>В работе сейчас</translation>
    </message>
    <message>
        <source>Avg days open</source>
        <translation>В работе в среднем, дней</translation>
    </message>
    <message>
        <source>Stalled now</source>
        <translation>Зависло сейчас</translation>
    </message>
    <message>
        <source>Stall limit days</source>
        <translation>Порог зависания, дней</translation>
    </message>
    <message>
        <source>Deals and Avg days: the deals that left the stage in the period (moved on, won or lost) and the days they had spent in it, from their stage history; a deal that was in the stage twice counts once, with both stays added up.</source>
        <translation>«Сделки» и «Среднее, дней»: сделки, которые ушли с этапа за период (перешли дальше, выиграны или проиграны), и число дней, проведённых ими на этапе, по истории этапов; сделка, побывавшая на этапе дважды, учитывается один раз, а оба срока складываются.</translation>
    </message>
    <message>
        <source>Open now, Avg days open and Stalled now: the open deals in the stage at the end of %1, how long they have been there, and those there longer than the stage&apos;s stall limit.</source>
        <translation>«В работе сейчас», «В работе в среднем, дней» и «Зависло сейчас»: сделки в работе, которые находятся на этапе на конец дня %1, сколько они там находятся и те из них, что находятся там дольше порога зависания этапа.</translation>
    </message>
    <message>
        <source>Deal created to win: the deals won in the period, from their creation to the win. Lead to win: those of them that came from a lead, from the lead&apos;s registration to the win.</source>
        <translation>От создания сделки до выигрыша: сделки, выигранные за период, — от их создания до выигрыша. От лида до выигрыша: те из них, что созданы из лида, — от регистрации лида до выигрыша.</translation>
    </message>
    <message>
        <source>Days in each stage</source>
        <translation>Дней на каждом этапе</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>Цикл продаж</translation>
    </message>
    <message>
        <source>Average and median days deals spend in each stage and from lead to win, and the stages where open deals stall now.</source>
        <translation>Среднее и медианное число дней, которое сделки проводят на каждом этапе и на пути от лида до выигрыша, а также этапы, на которых сейчас зависают сделки в работе.</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>В неделю</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>С опозданием</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>On-time %</source>
        <translation>В срок, %</translation>
    </message>
    <message>
        <source>≤ 1 day %</source>
        <translation>≤ 1 дня, %</translation>
    </message>
    <message>
        <source>≤ 7 days %</source>
        <translation>≤ 7 дней, %</translation>
    </message>
    <message>
        <source>≤ 30 days %</source>
        <translation>≤ 30 дней, %</translation>
    </message>
    <message>
        <source>Calls, meetings and e-mails per rep</source>
        <translation>Звонки, встречи и e-mail по менеджерам</translation>
    </message>
    <message>
        <source>Calls, meetings, e-mails: the rep&apos;s activities of that kind marked done whose start (without a start: the time they were marked done) falls in the period. Per week = their sum ÷ (days in the period ÷ 7). Companies: the different companies they were with (the activity&apos;s company, else its contact&apos;s, else its deal&apos;s).</source>
        <translation>Звонки, встречи, e-mail: действия менеджера этого типа, отмеченные выполненными, начало которых (если его нет — время отметки о выполнении) приходится на период. В неделю = их сумма ÷ (дней в периоде ÷ 7). Компании: число разных компаний, с которыми они связаны (компания действия, иначе компания его контакта, иначе компания его сделки).</translation>
    </message>
    <message>
        <source>Tasks due in the period: on time if marked done by the due time (an all-day task: by the end of its day), late if after it, overdue if still open after it (as of the start of today). On-time % = on time ÷ (on time + late + overdue).</source>
        <translation>Задачи со сроком в пределах периода: «В срок» — отмечены выполненными не позже срока (задача на весь день — до конца её дня), «С опозданием» — после срока, «Просрочено» — не выполнены и срок истёк (на начало сегодняшнего дня). В срок, % = в срок ÷ (в срок + с опозданием + просрочено).</translation>
    </message>
    <message>
        <source>Avg days: from creating a task to marking it done, for the tasks marked done in the period (tasks recorded after they were done are left out).</source>
        <translation>Среднее, дней: от создания задачи до отметки о выполнении, для задач, отмеченных выполненными за период (задачи, внесённые уже после выполнения, не учитываются).</translation>
    </message>
    <message>
        <source>Leads: registered in the period and owned by the rep. ≤ 1/7/30 days %: the share of them with a call, meeting or e-mail marked done within 1, 7 or 30 days of being registered (a lead registered near the end of the period has had less time).</source>
        <translation>Лиды: зарегистрированные за период, за которые отвечает менеджер. ≤ 1/7/30 дней, %: доля тех из них, по которым звонок, встреча или e-mail отмечены выполненными в течение 1, 7 или 30 дней после регистрации (у лида, зарегистрированного ближе к концу периода, было меньше времени).</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Выполнено задач</translation>
    </message>
    <message>
        <source>Calls, meetings and e-mails per week</source>
        <translation>Звонки, встречи и e-mail по неделям</translation>
    </message>
    <message>
        <source>Calls, meetings, e-mails: activities of that kind marked done whose start (without a start: the time they were marked done) falls in the week. Tasks done: tasks marked done that week. The first and last weeks count only their days inside the period.</source>
        <translation>Звонки, встречи, e-mail: действия этого типа, отмеченные выполненными, начало которых (если его нет — время отметки о выполнении) приходится на неделю. Выполнено задач: задачи, отмеченные выполненными на этой неделе. Для первой и последней недели учитываются только дни в пределах периода.</translation>
    </message>
    <message>
        <source>Team activity</source>
        <translation>Активность команды</translation>
    </message>
    <message>
        <source>Per rep: calls, meetings and e-mails done in the period, companies contacted, tasks done on time, late or overdue, and how soon new leads were contacted.</source>
        <translation>По каждому менеджеру: звонки, встречи и e-mail, выполненные за период, компании, с которыми был контакт, задачи, выполненные в срок, с опозданием или просроченные, и скорость первого контакта с новыми лидами.</translation>
    </message>
    <message>
        <source>One row per</source>
        <translation>Разбивка</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Deal size</source>
        <translation>Размер сделки</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Under %1</source>
        <translation>Менее %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>От %1 до %2</translation>
    </message>
    <message>
        <source>%1 and more</source>
        <translation>%1 и более</translation>
    </message>
    <message>
        <source>(no amount)</source>
        <translation>(без суммы)</translation>
    </message>
    <message>
        <source>(no competitor)</source>
        <translation>(без конкурента)</translation>
    </message>
    <message numerus="yes">
        <source>%n closed deal(s) in other currencies (%1) are not included.</source>
        <translation>
            <numerusform>%n закрытая сделка в других валютах (%1) не учтена.</numerusform>
            <numerusform>%n закрытые сделки в других валютах (%1) не учтены.</numerusform>
            <numerusform>%n закрытых сделок в других валютах (%1) не учтено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <source>Win rate %</source>
        <translation>Доля выигранных, %</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Сумма выигранных</translation>
    </message>
    <message>
        <source>Lost amount</source>
        <translation>Сумма проигранных</translation>
    </message>
    <message>
        <source>Avg won deal</source>
        <translation>Средняя выигранная сделка</translation>
    </message>
    <message>
        <source>Each lost deal counts under the reason it was lost for; won deals have a row of their own, so the win rate is given for the total only.</source>
        <translation>Каждая проигранная сделка учитывается в строке причины, по которой она проиграна; у выигранных сделок своя строка, поэтому доля выигранных указана только для итога.</translation>
    </message>
    <message>
        <source>A deal counts in the period in which it was won or lost. Win rate = won ÷ (won + lost); average won deal = won amount ÷ won deals.</source>
        <translation>Сделка учитывается в том периоде, в котором она выиграна или проиграна. Доля выигранных = выиграно ÷ (выиграно + проиграно); средняя выигранная сделка = сумма выигранных ÷ число выигранных сделок.</translation>
    </message>
    <message>
        <source>Deals won and lost</source>
        <translation>Выигранные и проигранные сделки</translation>
    </message>
    <message>
        <source>Win/loss analysis</source>
        <translation>Анализ выигрышей и проигрышей</translation>
    </message>
    <message>
        <source>Deals won and lost in the period by lost reason, competitor, rep, source, industry, region or deal size, with win rates and amounts.</source>
        <translation>Сделки, выигранные и проигранные за период, по причинам проигрыша, конкурентам, менеджерам, источникам, отраслям, регионам или размеру сделки — с долей выигранных и суммами.</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(без клиента)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Answered in time %</source>
        <translation>Ответ в срок, %</translation>
    </message>
    <message>
        <source>Resolved in time %</source>
        <translation>Решено в срок, %</translation>
    </message>
    <message>
        <source>Avg. first answer (hours)</source>
        <translation>Первый ответ в среднем, часов</translation>
    </message>
    <message>
        <source>Avg. satisfaction (1–5)</source>
        <translation>Средняя оценка клиента (1–5)</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Оценено</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Просрочено сейчас</translation>
    </message>
    <message>
        <source>Opened and resolved: cases opened, and resolved, in the period. Answered in time: of the cases opened in the period with a response deadline, those answered by it (a case not answered and past it counts as late; one not yet due is left out). Resolved in time: of the cases resolved in the period with a resolution deadline, those resolved by it. The first answer is counted in calendar hours; satisfaction is the average score of the cases resolved in the period. Open and overdue: now.</source>
        <translation>«Зарегистрировано» и «Решено»: обращения, зарегистрированные и решённые за период. «Ответ в срок»: доля обращений со сроком ответа, зарегистрированных за период, на которые ответили до этого срока (обращение без ответа с истёкшим сроком считается просроченным; обращение, срок ответа по которому ещё не наступил, не учитывается). «Решено в срок»: доля обращений со сроком решения, решённых за период, которые решены до этого срока. Первый ответ считается в календарных часах; оценка клиента — средняя оценка по обращениям, решённым за период. «В работе сейчас» и «Просрочено сейчас»: на текущий момент.</translation>
    </message>
    <message>
        <source>Cases opened and resolved</source>
        <translation>Зарегистрированные и решённые обращения</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Customers&apos; cases after the sale: opened and resolved, answered and resolved in time, time to a first answer, satisfaction, and what is open and overdue now.</source>
        <translation>Обращения клиентов после продажи: зарегистрированные и решённые, с ответом и решением в срок, время до первого ответа, оценка клиента, а также обращения, которые сейчас в работе и просрочены.</translation>
    </message>
    <message>
        <source>Cases resolved</source>
        <translation>Решено обращений</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Оценка клиента (1–5)</translation>
    </message>
    <message>
        <source>Cases resolved: customers&apos; cases the rep owned that were resolved in the period; satisfaction: the average score (1–5) the customers gave them.</source>
        <translation>«Решено обращений»: обращения клиентов, за которые отвечал менеджер и которые решены за период; «Оценка клиента»: средняя оценка (1–5), которую поставили клиенты по этим обращениям.</translation>
    </message>
    <message>
        <source>Revenue target</source>
        <translation>План по выручке</translation>
    </message>
    <message>
        <source>Won %</source>
        <translation>Выиграно, % плана</translation>
    </message>
    <message>
        <source>New deals target</source>
        <translation>План по новым сделкам</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>Новые сделки</translation>
    </message>
    <message>
        <source>New deals %</source>
        <translation>Новые сделки, % плана</translation>
    </message>
    <message>
        <source>Activities target</source>
        <translation>План по действиям</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Activities %</source>
        <translation>Действия, % плана</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) won in other currencies are not included.</source>
        <translation>
            <numerusform>%n сделка, выигранная в другой валюте, не учтена.</numerusform>
            <numerusform>%n сделки, выигранные в других валютах, не учтены.</numerusform>
            <numerusform>%n сделок, выигранных в других валютах, не учтено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Won: deals won in the period (by their won date, UTC) in the report&apos;s currency. New deals: deals created in the period. Activities: calls, meetings, e-mails and tasks marked done in the period (by when they were marked done; without that time, by their start). Each is counted for the deal&apos;s or activity&apos;s owner.</source>
        <translation>Выиграно: сделки, выигранные за период (по дате выигрыша, UTC), в валюте отчёта. Новые сделки: сделки, созданные за период. Действия: звонки, встречи, e-mail и задачи, отмеченные как выполненные за период (по времени отметки, а если его нет — по времени начала). Всё засчитывается ответственному за сделку или действие.</translation>
    </message>
    <message>
        <source>Targets: a month counts its month target; without one, a third of the quarter target or a twelfth of the year target covering it (any remainder going to the first month). Revenue targets in other currencies are left out. A month without a target adds nothing; a rep without any has no target and no %.</source>
        <translation>Планы продаж: для месяца берётся его план на месяц, а если его нет — треть плана на квартал или двенадцатая часть плана на год, в который входит месяц (остаток относится к первому месяцу). Планы по выручке в других валютах не учитываются. Месяц без плана ничего не добавляет; у менеджера без планов нет ни плана, ни процента выполнения.</translation>
    </message>
    <message>
        <source>Total: the team&apos;s own target for a month where it has one, otherwise the sum of its members&apos; targets.</source>
        <translation>Итого: собственный план команды на месяц, если он задан, иначе — сумма планов её участников.</translation>
    </message>
    <message>
        <source>Total: the sum of the reps&apos; targets (team targets are not added).</source>
        <translation>Итого: сумма планов менеджеров (планы команд не добавляются).</translation>
    </message>
    <message>
        <source>Share of each target reached, per rep</source>
        <translation>Выполнение каждого плана по менеджерам</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Планы продаж</translation>
    </message>
    <message>
        <source>Per rep: revenue won, new deals and activities done in the period, each beside its target and the share of it reached.</source>
        <translation>По менеджерам: выручка, новые сделки и выполненные действия за период, рядом с каждым показателем — план и процент его выполнения.</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>the segment&apos;s filter has a malformed condition</source>
        <translation>в фильтре сегмента есть некорректное условие</translation>
    </message>
    <message>
        <source>a segment needs a name</source>
        <translation>у сегмента должно быть название</translation>
    </message>
    <message>
        <source>the filter of segment “%1” is not readable: %2</source>
        <translation>не удаётся прочитать фильтр сегмента «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>there is no user with id %1</source>
        <translation>пользователь с id %1 не найден</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>change %1 is for an unknown record type &apos;%2&apos;; nothing was imported</source>
        <translation>изменение %1 относится к неизвестному типу записи &apos;%2&apos;; ничего не импортировано</translation>
    </message>
    <message>
        <source>change %1 sets an unknown field of %2; nothing was imported</source>
        <translation>изменение %1 задаёт неизвестное поле для типа записи %2; ничего не импортировано</translation>
    </message>
    <message>
        <source>cannot write the bundle: %1</source>
        <translation>не удаётся записать пакет: %1</translation>
    </message>
    <message>
        <source>cannot read the bundle: %1</source>
        <translation>не удаётся прочитать пакет: %1</translation>
    </message>
    <message>
        <source>this bundle was written by Tandem %1 (database version %2; this copy has %3). Update Tandem to version %1 to import it; nothing was imported.</source>
        <translation>этот пакет создан в Tandem %1 (версия базы данных %2; в этой копии — %3). Обновите Tandem до версии %1, чтобы импортировать его; ничего не импортировано.</translation>
    </message>
    <message>
        <source>the shared folder does not exist</source>
        <translation>общая папка не существует</translation>
    </message>
    <message>
        <source>there is no open conflict with id %1</source>
        <translation>открытый конфликт с id %1 не найден</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>ответственный: %1</translation>
    </message>
    <message>
        <source>territory %1</source>
        <translation>территория: %1</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>все данные</translation>
    </message>
    <message>
        <source>this bundle is from a copy that holds only part of the data, and it refers to records this copy does not hold yet; import a bundle from the office (a copy that holds everything) first. Nothing was imported.</source>
        <translation>этот пакет создан в копии, которая содержит только часть данных, и ссылается на записи, которых в этой копии ещё нет; сначала импортируйте пакет из офиса (копии, которая содержит все данные). Ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>TargetProgress</name>
    <message>
        <source>the period of the targets must start before it ends</source>
        <translation>период планов продаж должен начинаться раньше, чем заканчивается</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>запись типа %1 с id %2 не найдена</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>a target is either a rep&apos;s or a team&apos;s</source>
        <translation>план продаж задаётся либо для менеджера, либо для команды</translation>
    </message>
    <message>
        <source>a target cannot be below zero</source>
        <translation>план продаж не может быть меньше нуля</translation>
    </message>
    <message>
        <source>no month was given for the targets</source>
        <translation>не указан месяц для планов продаж</translation>
    </message>
    <message>
        <source>“%1” is not a period for targets: month, quarter or year</source>
        <translation>«%1» не подходит как период плана продаж: допустимы month, quarter или year</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>A task needs a subject.</source>
        <translation>Укажите тему задачи.</translation>
    </message>
    <message>
        <source>The priority must be low, normal or high.</source>
        <translation>Приоритет должен быть низким, обычным или высоким.</translation>
    </message>
    <message>
        <source>The repeat rule cannot be used: %1</source>
        <translation>Недопустимое правило повторения: %1</translation>
    </message>
    <message>
        <source>A repeating task needs a due date.</source>
        <translation>Для повторяющейся задачи нужен срок.</translation>
    </message>
    <message>
        <source>There is no such task.</source>
        <translation>Такой задачи нет.</translation>
    </message>
</context>
<context>
    <name>Territories</name>
    <message>
        <source>There is no territory with id %1.</source>
        <translation>Территория с id %1 не найдена.</translation>
    </message>
    <message>
        <source>Choose a territory to reassign.</source>
        <translation>Выберите территорию, которую нужно передать.</translation>
    </message>
    <message>
        <source>There is no user with id “%1” to take the territory.</source>
        <translation>Пользователь с id «%1», которому передаётся территория, не найден.</translation>
    </message>
    <message>
        <source>%1 is no longer active and cannot take territory “%2”.</source>
        <translation>Пользователь %1 неактивен, поэтому передать ему территорию «%2» нельзя.</translation>
    </message>
    <message>
        <source>%1 already owns territory “%2”.</source>
        <translation>%1 уже отвечает за территорию «%2».</translation>
    </message>
    <message>
        <source>Territory “%1” is yours now: %2.</source>
        <translation>Территория «%1» теперь ваша: %2.</translation>
    </message>
    <message>
        <source>Territory “%1” is yours now, handed over from %2: %3.</source>
        <translation>Территория «%1» теперь ваша (передана от пользователя %2): %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n сделка в работе</numerusform>
            <numerusform>%n сделки в работе</numerusform>
            <numerusform>%n сделок в работе</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open lead(s)</source>
        <translation>
            <numerusform>%n лид в работе</numerusform>
            <numerusform>%n лида в работе</numerusform>
            <numerusform>%n лидов в работе</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n невыполненная задача</numerusform>
            <numerusform>%n невыполненные задачи</numerusform>
            <numerusform>%n невыполненных задач</numerusform>
        </translation>
    </message>
    <message>
        <source>Named accounts, assigned by hand</source>
        <translation>Закреплённые клиенты, назначаются вручную</translation>
    </message>
    <message>
        <source>industry: %1</source>
        <translation>отрасль: %1</translation>
    </message>
    <message>
        <source>country: %1</source>
        <translation>страна: %1</translation>
    </message>
    <message>
        <source>region: %1</source>
        <translation>регион: %1</translation>
    </message>
    <message>
        <source>city: %1</source>
        <translation>город: %1</translation>
    </message>
    <message>
        <source>postcodes %1–%2</source>
        <translation>индексы %1–%2</translation>
    </message>
    <message>
        <source>postcodes from %1</source>
        <translation>индексы от %1</translation>
    </message>
    <message>
        <source>postcodes up to %1</source>
        <translation>индексы до %1</translation>
    </message>
    <message>
        <source>No rule yet: companies are assigned by hand</source>
        <translation>Правила пока нет: компании назначаются вручную</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>unknown encoding “%1”</source>
        <translation>неизвестная кодировка «%1»</translation>
    </message>
    <message>
        <source>the file is not valid %1 text; choose its encoding</source>
        <translation>файл не является допустимым текстом в кодировке %1; выберите его кодировку</translation>
    </message>
    <message>
        <source>this is not a text file</source>
        <translation>это не текстовый файл</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Offer %1</source>
        <translation>Коммерческое предложение %1</translation>
    </message>
    <message>
        <source>Added to Tandem</source>
        <translation>Добавлено в Tandem</translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>vCard version “%1” is not supported (2.1, 3.0 and 4.0 are)</source>
        <translation>версия vCard «%1» не поддерживается (поддерживаются 2.1, 3.0 и 4.0)</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD expected)</source>
        <translation>«%1» не является датой (ожидается ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>BEGIN:VCARD inside a card: the card that starts on line %1 has no END:VCARD</source>
        <translation>BEGIN:VCARD внутри карточки: у карточки, которая начинается в строке %1, нет END:VCARD</translation>
    </message>
    <message>
        <source>END:VCARD without BEGIN:VCARD</source>
        <translation>END:VCARD без BEGIN:VCARD</translation>
    </message>
    <message>
        <source>text outside a card (BEGIN:VCARD … END:VCARD)</source>
        <translation>текст вне карточки (BEGIN:VCARD … END:VCARD)</translation>
    </message>
    <message>
        <source>END:%1 inside a card</source>
        <translation>END:%1 внутри карточки</translation>
    </message>
    <message>
        <source>BEGIN:%1 inside a card</source>
        <translation>BEGIN:%1 внутри карточки</translation>
    </message>
    <message>
        <source>the file ends inside the card that starts on this line (no END:VCARD)</source>
        <translation>файл заканчивается внутри карточки, которая начинается в этой строке (нет END:VCARD)</translation>
    </message>
    <message>
        <source>the file holds no vCard (no BEGIN:VCARD line)</source>
        <translation>в файле нет ни одной карточки vCard (нет строки BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>не удаётся открыть файл: %1</translation>
    </message>
    <message>
        <source>the line has no “:” between the property name and its value</source>
        <translation>в строке нет «:» между названием свойства и его значением</translation>
    </message>
    <message>
        <source>the line is not a vCard property (NAME:value expected)</source>
        <translation>строка не является свойством vCard (ожидается NAME:value)</translation>
    </message>
    <message>
        <source>“%1” is not valid quoted-printable text</source>
        <translation>«%1» — недопустимый текст в кодировке quoted-printable</translation>
    </message>
    <message>
        <source>the base64 data is damaged (characters outside base64, or cut off)</source>
        <translation>данные base64 повреждены (недопустимые символы или данные обрезаны)</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 and the line names no CHARSET</source>
        <translation>текст не является допустимым UTF-8, а в строке не указан CHARSET</translation>
    </message>
    <message>
        <source>unknown character set “%1”</source>
        <translation>неизвестная кодировка «%1»</translation>
    </message>
    <message>
        <source>the data: URI has no “,” before its data</source>
        <translation>в URI data: нет «,» перед данными</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Introduction</source>
        <translation>Знакомство</translation>
    </message>
    <message>
        <source>First call or meeting</source>
        <translation>Первый звонок или встреча</translation>
    </message>
    <message>
        <source>Introduce the company and learn who decides.</source>
        <translation>Представьте компанию и выясните, кто принимает решение.</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Квалификация</translation>
    </message>
    <message>
        <source>Qualify needs and budget</source>
        <translation>Выявить потребности и бюджет</translation>
    </message>
    <message>
        <source>Confirm need, budget, decision maker and timing.</source>
        <translation>Подтвердите потребность, бюджет, ЛПР и сроки.</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <source>Send the offer</source>
        <translation>Отправить коммерческое предложение</translation>
    </message>
    <message>
        <source>Prepare and send the offer from the offer template.</source>
        <translation>Подготовьте коммерческое предложение по шаблону и отправьте его клиенту.</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <source>Agree terms</source>
        <translation>Согласовать условия</translation>
    </message>
    <message>
        <source>Follow up the offer and agree price and terms.</source>
        <translation>Свяжитесь с клиентом по коммерческому предложению и согласуйте цену и условия.</translation>
    </message>
    <message>
        <source>Contract and invoicing</source>
        <translation>Договор и счёт</translation>
    </message>
    <message>
        <source>Sign the contract and invoice</source>
        <translation>Подписать договор и выставить счёт</translation>
    </message>
    <message>
        <source>Send the contract for signature and issue the invoice.</source>
        <translation>Отправьте договор на подпись и выставьте счёт.</translation>
    </message>
    <message>
        <source>Handover to delivery</source>
        <translation>Передача в работу</translation>
    </message>
    <message>
        <source>Hand over to delivery and support</source>
        <translation>Передать клиента исполнителям и в поддержку</translation>
    </message>
    <message>
        <source>Introduce the delivery team and agree the start date.</source>
        <translation>Познакомьте клиента с командой исполнителей и согласуйте дату начала работ.</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>Слишком высокая цена</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>Выбрали конкурента</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Нет бюджета</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Решение не принято</translation>
    </message>
    <message>
        <source>Not followed up in time</source>
        <translation>Не связались с клиентом вовремя</translation>
    </message>
    <message>
        <source>Product does not fit</source>
        <translation>Продукт не подходит</translation>
    </message>
    <message>
        <source>This database is already set up for %1.</source>
        <translation>Эта база данных уже настроена для компании %1.</translation>
    </message>
    <message>
        <source>Enter your company&apos;s name.</source>
        <translation>Введите название вашей компании.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Введите ваше имя.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code such as EUR or PLN.</source>
        <translation>&apos;%1&apos; не является кодом валюты (например, EUR или PLN).</translation>
    </message>
    <message>
        <source>New business</source>
        <translation>Новые продажи</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
</context>
<context>
    <name>tandem::ActivitiesModule</name>
    <message>
        <source>New activity</source>
        <translation>создание действия</translation>
    </message>
    <message>
        <source>Someone else&apos;s customer</source>
        <translation>Чужой клиент</translation>
    </message>
    <message>
        <source>%1

The activity is logged and the owner has been told.</source>
        <translation>%1

Действие записано, ответственный получил уведомление.</translation>
    </message>
</context>
<context>
    <name>tandem::AgendaView</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
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
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <source>Nothing planned in these days.</source>
        <translation>На эти дни ничего не запланировано.</translation>
    </message>
</context>
<context>
    <name>tandem::BoardFilterBar</name>
    <message>
        <source>Closing by</source>
        <translation>Закрытие до</translation>
    </message>
    <message>
        <source>Only this salesperson&apos;s deals</source>
        <translation>Только сделки выбранного менеджера</translation>
    </message>
    <message>
        <source>Only deals owned by this team&apos;s members</source>
        <translation>Только сделки, за которые отвечают участники выбранной команды</translation>
    </message>
    <message>
        <source>Only deals with companies in this territory</source>
        <translation>Только сделки с компаниями выбранной территории</translation>
    </message>
    <message>
        <source>Amount from</source>
        <translation>Сумма от</translation>
    </message>
    <message>
        <source>Only deals of at least this amount</source>
        <translation>Только сделки на сумму не меньше указанной</translation>
    </message>
    <message>
        <source>Find a deal or company</source>
        <translation>Найти сделку или компанию</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Все ответственные</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Все команды</translation>
    </message>
    <message>
        <source>All territories</source>
        <translation>Все территории</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Для команды</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
</context>
<context>
    <name>tandem::BoardModel</name>
    <message>
        <source>Next: %1</source>
        <translation>Следующее действие: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · weighted %2</source>
        <translation>%1 · взвеш. %2</translation>
    </message>
    <message numerus="yes">
        <source>+ %n other currency(ies)</source>
        <translation>
            <numerusform>+ ещё %n валюта</numerusform>
            <numerusform>+ ещё %n валюты</numerusform>
            <numerusform>+ ещё %n валют</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::BoardView</name>
    <message>
        <source>Drop here: won</source>
        <translation>Перетащите сюда: выиграна</translation>
    </message>
    <message>
        <source>Drop here: lost…</source>
        <translation>Перетащите сюда: проиграна…</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>The pipeline the board shows</source>
        <translation>Воронка, которая показана на доске</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Show the weighted forecast of these deals by close month</source>
        <translation>Показать взвешенный прогноз по этим сделкам по месяцам закрытия</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n сделка в работе</numerusform>
            <numerusform>%n сделки в работе</numerusform>
            <numerusform>%n сделок в работе</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::CalendarModel</name>
    <message>
        <source>Busy</source>
        <translation>Занято</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
</context>
<context>
    <name>tandem::CalendarModule</name>
    <message>
        <source>New &amp;event…</source>
        <translation>&amp;Добавить событие…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Се&amp;годня</translation>
    </message>
    <message>
        <source>&amp;Previous period</source>
        <translation>&amp;Предыдущий период</translation>
    </message>
    <message>
        <source>Ne&amp;xt period</source>
        <translation>&amp;Следующий период</translation>
    </message>
    <message>
        <source>Find a &amp;free time…</source>
        <translation>Найти свободное &amp;время…</translation>
    </message>
    <message>
        <source>&amp;Dormant customers…</source>
        <translation>Спящие &amp;клиенты…</translation>
    </message>
    <message>
        <source>&amp;Import calendar (.ics)…</source>
        <translation>&amp;Импорт календаря (.ics)…</translation>
    </message>
    <message>
        <source>E&amp;xport these days (.ics)…</source>
        <translation>&amp;Экспорт этих дней (.ics)…</translation>
    </message>
    <message>
        <source>A time when you and the colleagues you pick are all free</source>
        <translation>Время, когда свободны и вы, и выбранные коллеги</translation>
    </message>
    <message>
        <source>Customers who have not bought or heard from us for a while</source>
        <translation>Клиенты, которые давно ничего не покупали или с которыми давно не было контакта</translation>
    </message>
    <message>
        <source>Events and tasks from Thunderbird, Outlook or Google Calendar</source>
        <translation>События и задачи из Thunderbird, Outlook или Google Календаря</translation>
    </message>
    <message>
        <source>The days and calendars on screen, as a file other calendars open</source>
        <translation>Показанные дни и календари в виде файла, который откроют другие календари</translation>
    </message>
    <message>
        <source>Plan a meeting, call or task (Ctrl+Shift+E)</source>
        <translation>Запланировать встречу, звонок или задачу (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
</context>
<context>
    <name>tandem::CalendarView</name>
    <message>
        <source>Side by side</source>
        <translation>По столбцам</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Go to today (Ctrl+T)</source>
        <translation>Перейти к сегодняшнему дню (Ctrl+T)</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Следующий период</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Work week</source>
        <translation>Рабочая неделя</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <source>Colour by kind</source>
        <translation>Цвет по типу</translation>
    </message>
    <message>
        <source>Colour by owner</source>
        <translation>Цвет по ответственному</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Раскраска</translation>
    </message>
    <message>
        <source>Each chosen colleague in a column of their own</source>
        <translation>Каждый выбранный коллега в отдельном столбце</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Календари</translation>
    </message>
    <message>
        <source>Whose calendars to show: yours and your colleagues&apos;</source>
        <translation>Чьи календари показывать: ваш и ваших коллег</translation>
    </message>
    <message>
        <source>Calendars (%1)</source>
        <translation>Календари (%1)</translation>
    </message>
    <message>
        <source>New event “%1”</source>
        <translation>создание события «%1»</translation>
    </message>
    <message>
        <source>Event not saved</source>
        <translation>Событие не сохранено</translation>
    </message>
    <message>
        <source>Move a repeating event</source>
        <translation>Перемещение повторяющегося события</translation>
    </message>
    <message>
        <source>“%1” repeats. Move only this occurrence (Yes) or every occurrence (Yes to All)?</source>
        <translation>Событие «%1» повторяется. Переместить только это повторение («Да») или все повторения («Да для всех»)?</translation>
    </message>
    <message>
        <source>Change the length of “%1”</source>
        <translation>изменение длительности: «%1»</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>перемещение: «%1»</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Не перемещено</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>редактирование: «%1»</translation>
    </message>
    <message>
        <source>Delete a repeating event</source>
        <translation>Удаление повторяющегося события</translation>
    </message>
    <message>
        <source>“%1” repeats. Delete only this occurrence (Yes) or the whole series (Yes to All)?</source>
        <translation>Событие «%1» повторяется. Удалить только это повторение («Да») или всю серию («Да для всех»)?</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>удаление: «%1»</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
</context>
<context>
    <name>tandem::CampaignCardView</name>
    <message>
        <source>Record response…</source>
        <translation>Записать отклик…</translation>
    </message>
    <message>
        <source>Import attendees…</source>
        <translation>Импорт участников…</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Изменить сведения</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Отклики</translation>
    </message>
    <message>
        <source>Untouched</source>
        <translation>Без контакта</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Квалифицировано</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Выиграно сделок</translation>
    </message>
    <message>
        <source>Revenue won</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Стоимость лида</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Окупаемость</translation>
    </message>
    <message>
        <source>Someone answered the campaign: make them a lead with a follow-up</source>
        <translation>Кто-то откликнулся на кампанию: создать лид с задачей связаться с ним</translation>
    </message>
    <message>
        <source>Add a CSV list of attendees as responses, all or nothing</source>
        <translation>Добавить список участников из CSV как отклики: все или ни одного</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получен</translation>
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
        <translation>ответственный: %1</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>сегмент: %1</translation>
    </message>
    <message>
        <source>goal %1 · %2</source>
        <translation>цель: %1 · %2</translation>
    </message>
    <message>
        <source>Responses nobody has called, met or written to yet</source>
        <translation>Отклики, с которыми ещё никто не связался: ни звонка, ни встречи, ни письма</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Deals won of the deals the campaign brought</source>
        <translation>Выигранные сделки из всех сделок, которые принесла кампания</translation>
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
        <translation>(выручка − затраты) ÷ затраты</translation>
    </message>
    <message>
        <source>No responses yet</source>
        <translation>Откликов пока нет</translation>
    </message>
    <message>
        <source>Responses (%1)</source>
        <translation>Отклики (%1)</translation>
    </message>
    <message>
        <source>%1 · untouched</source>
        <translation>%1 · без контакта</translation>
    </message>
    <message>
        <source>Nobody has called, met or written to them yet</source>
        <translation>С ним ещё никто не связался: ни звонка, ни встречи, ни письма</translation>
    </message>
    <message>
        <source>Response to “%1”</source>
        <translation>запись отклика на «%1»</translation>
    </message>
    <message>
        <source>Record response</source>
        <translation>Запись отклика</translation>
    </message>
    <message>
        <source>The response was not recorded: %1</source>
        <translation>Отклик не записан: %1</translation>
    </message>
    <message>
        <source>Import attendees of “%1”</source>
        <translation>Импорт участников кампании «%1»</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import attendees from %1</source>
        <translation>импорт участников из %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message>
        <source>Import attendees</source>
        <translation>Импорт участников</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2</source>
        <translation>Из файла %1 ничего не импортировано:
%2</translation>
    </message>
    <message>
        <source>%1: %2 new lead(s), %3 of them linked to existing contacts; %4 skipped.</source>
        <translation>%1: новых лидов: %2, из них связано с существующими контактами: %3; пропущено: %4.</translation>
    </message>
    <message>
        <source>Line %1: %2 — %3</source>
        <translation>Строка %1: %2 — %3</translation>
    </message>
</context>
<context>
    <name>tandem::CaseCardView</name>
    <message>
        <source>Start work</source>
        <translation>Взять в работу</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Ждём ответа клиента</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Решить…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Вернуть в работу</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Изменить сведения</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>Steps of the case</source>
        <translation>Шаги по обращению</translation>
    </message>
    <message>
        <source>start work</source>
        <translation>взятие в работу</translation>
    </message>
    <message>
        <source>wait for the customer</source>
        <translation>ожидание ответа клиента</translation>
    </message>
    <message>
        <source>close the case</source>
        <translation>закрытие обращения</translation>
    </message>
    <message>
        <source>reopen the case</source>
        <translation>возврат обращения в работу</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>resolve the case</source>
        <translation>решение обращения</translation>
    </message>
    <message>
        <source>priority: %1</source>
        <translation>приоритет: %1</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>без ответственного</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>ответственный: %1</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>без срока</translation>
    </message>
    <message>
        <source>done %1, late</source>
        <translation>выполнено %1, с опозданием</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>выполнено %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>срок истекает</translation>
    </message>
    <message>
        <source>Respond by</source>
        <translation>Ответить до</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>Решить до</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Решение:</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>Оценка клиента:</translation>
    </message>
</context>
<context>
    <name>tandem::CaseRulesDialog</name>
    <message>
        <source>Deadlines per priority, in working hours</source>
        <translation>Сроки по приоритетам, в рабочих часах</translation>
    </message>
    <message>
        <source>The team&apos;s own days off</source>
        <translation>Собственные выходные дни команды</translation>
    </message>
    <message>
        <source>Case deadline rules</source>
        <translation>Правила сроков обращений</translation>
    </message>
    <message>
        <source>A new case must be answered and resolved within these working hours, counted from when it was opened. Working hours and days are set in Settings › Working hours; public holidays and the team&apos;s days off do not count. A changed rule applies to cases opened from now on.</source>
        <translation>На новое обращение нужно ответить и решить его за указанное число рабочих часов с момента регистрации. Рабочее время и рабочие дни задаются в разделе Настройки › Рабочее время; государственные праздники и выходные дни команды не учитываются. Изменённое правило применяется к обращениям, зарегистрированным после изменения.</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Сроки</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Public holidays of:</source>
        <translation>Государственные праздники:</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Выходной день</translation>
    </message>
    <message>
        <source>Days &amp;off</source>
        <translation>&amp;Выходные дни</translation>
    </message>
    <message>
        <source>holiday country</source>
        <translation>выбор страны для праздников</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>No public holidays are counted as days off.</source>
        <translation>Государственные праздники не учитываются как выходные дни.</translation>
    </message>
    <message>
        <source>Days off in %1: %2</source>
        <translation>Выходные дни в %1 году: %2</translation>
    </message>
</context>
<context>
    <name>tandem::CasesModule</name>
    <message>
        <source>Case</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Which cases</source>
        <translation>Какие обращения показывать</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Открытые обращения</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>Требуют внимания</translation>
    </message>
    <message>
        <source>My open cases</source>
        <translation>Мои открытые обращения</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Все обращения</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Пока&amp;зать:</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>создание обращения</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>редактирование: «%1»</translation>
    </message>
    <message>
        <source>Deadline &amp;rules…</source>
        <translation>П&amp;равила сроков…</translation>
    </message>
    <message>
        <source>How soon cases must be answered and resolved, and the days off</source>
        <translation>Сроки ответа на обращения и их решения, выходные дни</translation>
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
        <translation>Материалы для продаж</translation>
    </message>
    <message>
        <source>Add files to the sales materials library</source>
        <translation>Добавить файлы в библиотеку материалов для продаж</translation>
    </message>
    <message>
        <source>Remove the selected files from the sales materials library</source>
        <translation>Удалить выбранные файлы из библиотеки материалов для продаж</translation>
    </message>
</context>
<context>
    <name>tandem::CompanyCardView</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемая дата закрытия</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>ЛПР</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Класс %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Won revenue&lt;/b&gt; %1 (%2 deals) &amp;nbsp;&amp;nbsp; &lt;b&gt;Open pipeline&lt;/b&gt; %3 (%4 deals) &amp;nbsp;&amp;nbsp; &lt;b&gt;Lost&lt;/b&gt; %5 deals</source>
        <translation>&lt;b&gt;Выручка по выигранным&lt;/b&gt; %1 (сделок: %2) &amp;nbsp;&amp;nbsp; &lt;b&gt;В работе&lt;/b&gt; %3 (сделок: %4) &amp;nbsp;&amp;nbsp; &lt;b&gt;Проиграно&lt;/b&gt; сделок: %5</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Subsidiaries</source>
        <translation>Дочерние компании</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Сотрудники (%1)</translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation>Сделки (%1)</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Хронология (%1)</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Новое обращение…</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Обращение</translation>
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
        <translation>Срок</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Обращения</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Satisfaction&lt;/b&gt; %1 / 5 (%n case(s))</source>
        <translation>
            <numerusform>&lt;b&gt;Оценка клиента&lt;/b&gt; %1 / 5 (%n обращение)</numerusform>
            <numerusform>&lt;b&gt;Оценка клиента&lt;/b&gt; %1 / 5 (%n обращения)</numerusform>
            <numerusform>&lt;b&gt;Оценка клиента&lt;/b&gt; %1 / 5 (%n обращений)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases (%1 open)</source>
        <translation>Обращения (открытых: %1)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Документы (%1)</translation>
    </message>
</context>
<context>
    <name>tandem::CompanyDocumentsView</name>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>Filter by name, deal, person or recipient…</source>
        <translation>Фильтр по названию, сделке, контакту или получателю…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Создал</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <source>No documents yet. The offers, orders and contracts made on this company&apos;s deals and the letters to its people are kept here.</source>
        <translation>Документов пока нет. Здесь хранятся коммерческие предложения, подтверждения заказов и договоры по сделкам этой компании, а также письма её сотрудникам.</translation>
    </message>
</context>
<context>
    <name>tandem::CompetitorCardView</name>
    <message>
        <source>Edit details</source>
        <translation>Изменить сведения</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Deals lost to them</source>
        <translation>Проигранные ему сделки</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Сильные стороны</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Слабые стороны</translation>
    </message>
    <message>
        <source>Price points</source>
        <translation>Уровень цен</translation>
    </message>
    <message>
        <source>Lost on</source>
        <translation>Дата проигрыша</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Take “%1” off “%2”</source>
        <translation>отвязка сделки «%1» от конкурента «%2»</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation>Открыть сделку</translation>
    </message>
    <message>
        <source>Not lost to this competitor</source>
        <translation>Проиграна не этому конкуренту</translation>
    </message>
    <message>
        <source>Nothing noted yet</source>
        <translation>Пока ничего не записано</translation>
    </message>
    <message>
        <source>No deal has been lost to %1 yet.</source>
        <translation>Сделок, проигранных конкуренту %1, пока нет.</translation>
    </message>
    <message>
        <source>Deals lost: %1</source>
        <translation>Проиграно сделок: %1</translation>
    </message>
    <message>
        <source>Deals lost: %1, worth %2</source>
        <translation>Проиграно сделок: %1 на сумму %2</translation>
    </message>
    <message>
        <source>last on %1</source>
        <translation>последний проигрыш — %1</translation>
    </message>
    <message>
        <source>usual reason “%1” (%2 of %3)</source>
        <translation>самая частая причина — «%1» (%2 из %3)</translation>
    </message>
    <message>
        <source>Deals lost to them (%1)</source>
        <translation>Проигранные ему сделки (%1)</translation>
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
        <translation>Больше всего сделок проиграно конкурентам: %1</translation>
    </message>
</context>
<context>
    <name>tandem::ConflictModel</name>
    <message>
        <source>(deleted)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>неизвестный пользователь</translation>
    </message>
    <message>
        <source>Deleted or kept</source>
        <translation>Удаление или сохранение</translation>
    </message>
    <message>
        <source>The value every copy shows now</source>
        <translation>Значение, которое сейчас показывают все копии</translation>
    </message>
    <message>
        <source>The value written at the same time on another copy</source>
        <translation>Значение, записанное в то же время в другой копии</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Текущее значение</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Другое значение</translation>
    </message>
</context>
<context>
    <name>tandem::ContactCardView</name>
    <message>
        <source>Timeline (%1)</source>
        <translation>Хронология (%1)</translation>
    </message>
    <message>
        <source>★ Decision maker</source>
        <translation>★ ЛПР</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Класс %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласия</translation>
    </message>
</context>
<context>
    <name>tandem::ConvertLeadDialog</name>
    <message>
        <source>Expected to close on</source>
        <translation>Ожидаемая дата закрытия</translation>
    </message>
    <message>
        <source>Convert lead to deal</source>
        <translation>Конвертация лида в сделку</translation>
    </message>
    <message>
        <source>“%1” becomes a deal. Its calls, notes and documents go with it; the lead stays, marked converted.</source>
        <translation>Лид «%1» станет сделкой. Его звонки, заметки и документы перейдут в сделку, а сам лид останется со статусом «Конвертирован».</translation>
    </message>
    <message>
        <source>No company</source>
        <translation>Без компании</translation>
    </message>
    <message>
        <source>New company “%1”</source>
        <translation>Новая компания «%1»</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Без контакта</translation>
    </message>
    <message>
        <source>New contact “%1”</source>
        <translation>Новый контакт «%1»</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Компания:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>К&amp;онтакт:</translation>
    </message>
    <message>
        <source>The lead&apos;s title</source>
        <translation>Название лида</translation>
    </message>
    <message>
        <source>Deal &amp;title:</source>
        <translation>&amp;Название сделки:</translation>
    </message>
    <message>
        <source>Amount in %1 (optional)</source>
        <translation>Сумма в %1 (необязательно)</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Сумма:</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Конвертировать</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Type it like 12500 or 12 500,50, or leave it empty.</source>
        <translation>«%1» не является суммой. Введите сумму в виде 12500 или 12 500,50 либо оставьте поле пустым.</translation>
    </message>
</context>
<context>
    <name>tandem::CsvColumnsView</name>
    <message>
        <source>Comma ( , )</source>
        <translation>Запятая ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Точка с запятой ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <source>Separated by:</source>
        <translation>Разделитель:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Первые значения</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Импортируется как</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— не импортировать —</translation>
    </message>
    <message>
        <source>Not imported unless you pick a field: %1</source>
        <translation>Не будут импортированы, пока вы не выберете поле: %1</translation>
    </message>
    <message>
        <source>Every column with data goes into a field.</source>
        <translation>Каждый столбец с данными сопоставлен полю.</translation>
    </message>
</context>
<context>
    <name>tandem::DashboardSection</name>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Связано с</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемая дата закрытия</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>First contact due</source>
        <translation>Первый контакт до</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Сегодня %1</translation>
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
        <translation>Выбрать дату</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as %2</source>
        <translation>«%1» не является датой; введите дату в формате %2</translation>
    </message>
    <message>
        <source>“%1” is not a date and time; write it as %2</source>
        <translation>«%1» не является датой и временем; введите дату и время в формате %2</translation>
    </message>
</context>
<context>
    <name>tandem::DealCardDelegate</name>
    <message>
        <source>closes %1</source>
        <translation>закрытие %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) here</source>
        <translation>
            <numerusform>%n день на этапе</numerusform>
            <numerusform>%n дня на этапе</numerusform>
            <numerusform>%n дней на этапе</numerusform>
        </translation>
    </message>
    <message>
        <source>No next step planned</source>
        <translation>Следующий шаг не запланирован</translation>
    </message>
</context>
<context>
    <name>tandem::DealCardView</name>
    <message>
        <source>Next stage</source>
        <translation>Следующий этап</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <source>Lost…</source>
        <translation>Проиграна…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Вернуть в работу</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Изменить сведения</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>ответственный: %1</translation>
    </message>
    <message>
        <source>expected to close %1</source>
        <translation>ожидаемое закрытие: %1</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>Проиграна: %1</translation>
    </message>
    <message>
        <source>No playbook actions in this stage</source>
        <translation>На этом этапе нет шагов регламента</translation>
    </message>
    <message>
        <source>Playbook of “%1”</source>
        <translation>Регламент этапа «%1»</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(обязательно)</translation>
    </message>
    <message>
        <source>was due %1</source>
        <translation>срок был: %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>просрочено с %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>срок: %1</translation>
    </message>
    <message>
        <source>%1 — not needed for this deal</source>
        <translation>%1 — не требуется для этой сделки</translation>
    </message>
    <message>
        <source>Tick “%1”</source>
        <translation>выполнение шага: «%1»</translation>
    </message>
    <message>
        <source>Untick “%1”</source>
        <translation>снятие отметки: «%1»</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Коммерческие предложения</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Quote — %1</source>
        <translation>Коммерческое предложение — %1</translation>
    </message>
</context>
<context>
    <name>tandem::DealDocumentsView</name>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Создал</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <source>Sales material</source>
        <translation>Материал для продаж</translation>
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
        <translation>Прикрепить из библиотеки…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Attach brochures, presentations or price sheets from the sales materials library</source>
        <translation>Прикрепить брошюры, презентации или прайс-листы из библиотеки материалов для продаж</translation>
    </message>
    <message>
        <source>Attach from the sales materials</source>
        <translation>Прикрепление материалов для продаж</translation>
    </message>
    <message numerus="yes">
        <source>Attach %n file(s) from the sales materials</source>
        <translation>
            <numerusform>прикрепление %n файла из материалов для продаж</numerusform>
            <numerusform>прикрепление %n файлов из материалов для продаж</numerusform>
            <numerusform>прикрепление %n файлов из материалов для продаж</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach from library</source>
        <translation>Прикрепление из библиотеки</translation>
    </message>
</context>
<context>
    <name>tandem::DealQuotesView</name>
    <message>
        <source>New quote</source>
        <translation>Новое коммерческое предложение</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Дата отправки</translation>
    </message>
</context>
<context>
    <name>tandem::DealsModule</name>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>создание сделки</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>редактирование: «%1»</translation>
    </message>
</context>
<context>
    <name>tandem::DocumentSettingsPage</name>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Copy the shipped templates there</source>
        <translation>Скопировать туда встроенные шаблоны</translation>
    </message>
    <message>
        <source>Letterhead lines</source>
        <translation>Строки бланка</translation>
    </message>
    <message>
        <source>Discount needing a manager&apos;s approval</source>
        <translation>Скидка, требующая утверждения руководителем</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>Offers valid for</source>
        <translation>Срок действия коммерческих предложений</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Quote number series on this computer</source>
        <translation>Серия номеров коммерческих предложений на этом компьютере</translation>
    </message>
    <message>
        <source>&amp;Letterhead:</source>
        <translation>&amp;Бланк:</translation>
    </message>
    <message>
        <source>Under the company&apos;s name on every page, one line each. Empty: the Company tab&apos;s address, VAT code, phone, e-mail and website.</source>
        <translation>Печатаются под названием компании на каждой странице, по одной на строку. Если поле пустое, используются адрес, код плательщика НДС, телефон, e-mail и сайт с вкладки «Компания».</translation>
    </message>
    <message>
        <source>Discount needing &amp;approval:</source>
        <translation>Скидка, требующая &amp;утверждения:</translation>
    </message>
    <message>
        <source>A quote with a larger discount is sent once a manager approves it.</source>
        <translation>Коммерческое предложение с более высокой скидкой можно отправить только после утверждения руководителем.</translation>
    </message>
    <message>
        <source>Offers &amp;valid for:</source>
        <translation>Срок &amp;действия предложений:</translation>
    </message>
    <message>
        <source>Number &amp;series:</source>
        <translation>&amp;Серия номеров:</translation>
    </message>
    <message>
        <source>1 to 4 letters or digits, for the quotes made on this computer: laptops making offers offline never give two the same number.</source>
        <translation>От 1 до 4 букв или цифр — для коммерческих предложений, созданных на этом компьютере: так ноутбуки, на которых предложения готовят без подключения к сети, никогда не присвоят двум предложениям одинаковый номер.</translation>
    </message>
    <message>
        <source>Templates folder:</source>
        <translation>Папка шаблонов:</translation>
    </message>
    <message>
        <source>Your own templates (HTML) there win over the shipped ones.</source>
        <translation>Ваши собственные шаблоны (HTML) в этой папке имеют приоритет над встроенными.</translation>
    </message>
    <message>
        <source>Next offers: %1</source>
        <extracomment>Settings › Offers and documents, beside the number series: &quot;Next offers: Q-2026-VN-0001&quot;</extracomment>
        <translation>Следующий номер: %1</translation>
    </message>
    <message>
        <source>Document templates</source>
        <translation>Шаблоны документов</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>The templates are in %1.</source>
        <translation>Шаблоны находятся в папке %1.</translation>
    </message>
    <message>
        <source>All the templates were there already; none was changed.</source>
        <translation>Все шаблоны уже были в папке; ни один не изменён.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n template(s).</source>
        <translation>
            <numerusform>Скопирован %n шаблон.</numerusform>
            <numerusform>Скопировано %n шаблона.</numerusform>
            <numerusform>Скопировано %n шаблонов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n template(s) already there unchanged.</source>
        <translation>
            <numerusform>%n уже имевшийся шаблон оставлен без изменений.</numerusform>
            <numerusform>%n уже имевшихся шаблона оставлено без изменений.</numerusform>
            <numerusform>%n уже имевшихся шаблонов оставлено без изменений.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::DormantDialog</name>
    <message>
        <source>Save letter</source>
        <translation>Сохранить письмо</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Отметить все</translation>
    </message>
    <message>
        <source>Create follow-up tasks</source>
        <translation>Создать задачи на повторный контакт</translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation>Спящие клиенты</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Новое правило</translation>
    </message>
    <message>
        <source>Get back in touch with {company}</source>
        <translation>Снова связаться с компанией {company}</translation>
    </message>
    <message>
        <source>&amp;Letter for the follow-up task (placeholders: {company}, {contact}, {owner}, {last_purchase}, {last_contact}):</source>
        <translation>&amp;Письмо для задачи на повторный контакт (подстановки: {company}, {contact}, {owner}, {last_purchase}, {last_contact}):</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Choose or add a rule.</source>
        <translation>Выберите или добавьте правило.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>No customer is dormant by this rule.</source>
        <translation>По этому правилу спящих клиентов нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found. Tick those who should get a follow-up task.</source>
        <translation>
            <numerusform>Найден %n клиент. Отметьте тех, для кого нужно создать задачу на повторный контакт.</numerusform>
            <numerusform>Найдено %n клиента. Отметьте тех, для кого нужно создать задачу на повторный контакт.</numerusform>
            <numerusform>Найдено %n клиентов. Отметьте тех, для кого нужно создать задачу на повторный контакт.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the customers who should get a follow-up task.</source>
        <translation>Отметьте клиентов, для которых нужно создать задачу на повторный контакт.</translation>
    </message>
    <message numerus="yes">
        <source>Create %n follow-up task(s)</source>
        <translation>
            <numerusform>создание %n задачи на повторный контакт</numerusform>
            <numerusform>создание %n задач на повторный контакт</numerusform>
            <numerusform>создание %n задач на повторный контакт</numerusform>
        </translation>
    </message>
    <message>
        <source>No follow-up tasks created</source>
        <translation>Задачи на повторный контакт не созданы</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up task(s) created.</source>
        <translation>
            <numerusform>Создана %n задача на повторный контакт.</numerusform>
            <numerusform>Создано %n задачи на повторный контакт.</numerusform>
            <numerusform>Создано %n задач на повторный контакт.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open complaint(s): no sales letter until resolved</source>
        <translation>
            <numerusform>%n нерешённая жалоба: письмо с предложением отправлять нельзя, пока она не решена</numerusform>
            <numerusform>%n нерешённые жалобы: письмо с предложением отправлять нельзя, пока они не решены</numerusform>
            <numerusform>%n нерешённых жалоб: письмо с предложением отправлять нельзя, пока они не решены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an open complaint left out (greyed).</source>
        <translation>
            <numerusform>Пропущено клиентов с нерешённой жалобой (выделены серым): %n.</numerusform>
            <numerusform>Пропущено клиентов с нерешённой жалобой (выделены серым): %n.</numerusform>
            <numerusform>Пропущено клиентов с нерешённой жалобой (выделены серым): %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::DrillDialog</name>
    <message numerus="yes">
        <source>%n record(s). Double-click one to open it.</source>
        <translation>
            <numerusform>%n запись. Чтобы открыть запись, дважды щёлкните её.</numerusform>
            <numerusform>%n записи. Чтобы открыть запись, дважды щёлкните её.</numerusform>
            <numerusform>%n записей. Чтобы открыть запись, дважды щёлкните её.</numerusform>
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
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation>&amp;Не дубликаты</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Дубликаты: %1</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Совпадение</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Похожая запись</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Оставить:</translation>
    </message>
    <message>
        <source>Tick the values the kept record should have. Empty fields are filled from the other; every activity, deal, note and history entry of both is kept.</source>
        <translation>Отметьте значения, которые должны остаться в итоговой записи. Пустые поля заполняются из другой записи; все действия, сделки, заметки и записи истории изменений обеих записей сохраняются.</translation>
    </message>
    <message>
        <source>Make the two one record, keeping everything linked to either</source>
        <translation>Объединить две записи в одну, сохранив всё, что связано с каждой из них</translation>
    </message>
    <message>
        <source>These are different records: do not propose them again</source>
        <translation>Это разные записи: больше не предлагать их</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No likely duplicates among the %1.</source>
        <translation>Вероятных дубликатов не найдено (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) that look like the same record.</source>
        <translation>
            <numerusform>Найдена %n пара возможных дубликатов.</numerusform>
            <numerusform>Найдено %n пары возможных дубликатов.</numerusform>
            <numerusform>Найдено %n пар возможных дубликатов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединение</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”? Everything linked to “%1” moves to “%2”, and “%1” is kept only in the history.</source>
        <translation>Объединить «%1» с «%2»? Всё, что связано с «%1», перейдёт к «%2», а «%1» останется только в истории изменений.</translation>
    </message>
    <message>
        <source>Not duplicates</source>
        <translation>Не дубликаты</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <extracomment>Undo menu entry: &quot;Merge Ruta Jankauskaite into Rūta Jankauskaitė&quot;</extracomment>
        <translation>Объединить «%1» с «%2»</translation>
    </message>
</context>
<context>
    <name>tandem::EventDialog</name>
    <message>
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Private: colleagues see only that I am busy</source>
        <translation>Приватно: коллеги видят только то, что я занят</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Presentation for …, call back …</source>
        <translation>Презентация для …, перезвонить …</translation>
    </message>
    <message>
        <source>Address, room or video link</source>
        <translation>Адрес, переговорная или ссылка на видеозвонок</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Без напоминания</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>В момент начала</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>За %n минуту</numerusform>
            <numerusform>За %n минуты</numerusform>
            <numerusform>За %n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>За 1 час</translation>
    </message>
    <message>
        <source>2 hours before</source>
        <translation>За 2 часа</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>За 1 день</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Выполнено…</translation>
    </message>
    <message>
        <source>Mark it done and record how it went</source>
        <translation>Отметить как выполненное и записать результат</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Новое событие</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Изменение события</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>Событие заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>“%1” is not a known record: pick one from the list or clear it.</source>
        <translation>«%1» — неизвестная запись: выберите запись из списка или очистите поле.</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Пригласить…</translation>
    </message>
    <message>
        <source>Colleagues who take part: it shows on their calendars too</source>
        <translation>Коллеги, которые участвуют: событие появится и в их календарях</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Коллеги</translation>
    </message>
</context>
<context>
    <name>tandem::FieldEditor</name>
    <message>
        <source>Write an e-mail</source>
        <translation>Написать письмо</translation>
    </message>
    <message>
        <source>Open in the browser</source>
        <translation>Открыть в браузере</translation>
    </message>
    <message>
        <source>there is no %1 called “%2”; pick one from the list</source>
        <translation>не найдено: %1 «%2»; выберите значение из списка</translation>
    </message>
</context>
<context>
    <name>tandem::FirstRunDialog</name>
    <message>
        <source>Welcome to Tandem</source>
        <translation>Добро пожаловать в Tandem</translation>
    </message>
    <message>
        <source>Your CRM lives in one file on this computer. How would you like to start?</source>
        <translation>Ваша CRM хранится в одном файле на этом компьютере. С чего вы хотите начать?</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Начать с нуля</translation>
    </message>
    <message>
        <source>Name your company and yourself, then add your own contacts.</source>
        <translation>Укажите название своей компании и своё имя, а затем добавьте собственные контакты.</translation>
    </message>
    <message>
        <source>e.g. UAB Baltic Trade</source>
        <translation>например, ООО «Балтик Трейд»</translation>
    </message>
    <message>
        <source>e.g. Ona Petraitienė</source>
        <translation>например, Анна Петрова</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Название компании:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ваше имя:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
    <message>
        <source>Explore with demo data</source>
        <translation>Изучить программу на демонстрационных данных</translation>
    </message>
    <message>
        <source>A made-up trading company with 2,000 contacts and their companies, leads, deals and activities, in six languages. Good for trying things out; start a new database for your real work.</source>
        <translation>Вымышленная торговая компания с 2000 контактами, их компаниями, лидами, сделками и действиями на шести языках. Подходит, чтобы всё опробовать; для реальной работы создайте новую базу данных.</translation>
    </message>
    <message>
        <source>Writing demo data… %p%</source>
        <translation>Запись демонстрационных данных… %p%</translation>
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
        <translation>Не удалось записать демонстрационные данные: %1</translation>
    </message>
</context>
<context>
    <name>tandem::FollowUpDialog</name>
    <message>
        <source>Leads waiting for a first contact</source>
        <translation>Лиды, ожидающие первого контакта</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>First contact was due</source>
        <translation>Первый контакт до</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочка</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Не назначен</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Every lead has had its first contact on time.</source>
        <translation>Со всеми лидами связались вовремя.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) have not been contacted although their first contact is due. Leads not followed up within days are the ones that get lost.</source>
        <translation>
            <numerusform>%n лид ждёт первого контакта, хотя срок уже наступил. Лиды, с которыми не связываются в первые дни, чаще всего теряются.</numerusform>
            <numerusform>%n лида ждут первого контакта, хотя срок уже наступил. Лиды, с которыми не связываются в первые дни, чаще всего теряются.</numerusform>
            <numerusform>%n лидов ждут первого контакта, хотя срок уже наступил. Лиды, с которыми не связываются в первые дни, чаще всего теряются.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ForecastView</name>
    <message>
        <source>Split by owner</source>
        <translation>По ответственным</translation>
    </message>
    <message>
        <source>Weighted forecast by expected close month</source>
        <translation>Взвешенный прогноз по ожидаемому месяцу закрытия</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Взвешенная сумма</translation>
    </message>
    <message>
        <source>No close date</source>
        <translation>Без даты закрытия</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <source>Weighted in all: %1</source>
        <translation>Итого взвешенная сумма: %1</translation>
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
        <translation>&amp;Найти свободное время</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Забронировать</translation>
    </message>
    <message>
        <source>Find a free time</source>
        <translation>Поиск свободного времени</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Who takes part:</source>
        <translation>&amp;Участники:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Длительность:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>Working hours %1–%2</source>
        <translation>Рабочее время %1–%2</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Tick who takes part.</source>
        <translation>Отметьте участников.</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>Последний день раньше первого.</translation>
    </message>
    <message>
        <source>There is no common free time of this length in these days.</source>
        <translation>В эти дни нет общего свободного времени такой длительности.</translation>
    </message>
    <message>
        <source>The first %1 of %2 free times.</source>
        <translation>Показаны первые %1 из %2 вариантов свободного времени.</translation>
    </message>
    <message numerus="yes">
        <source>%n free time(s) when everyone can.</source>
        <translation>
            <numerusform>Найден %n вариант времени, когда свободны все.</numerusform>
            <numerusform>Найдено %n варианта времени, когда свободны все.</numerusform>
            <numerusform>Найдено %n вариантов времени, когда свободны все.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::GlobalSearch</name>
    <message>
        <source>Search contacts, companies, leads, deals…  (Ctrl+K)</source>
        <translation>Поиск контактов, компаний, лидов, сделок…  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>No matches for “%1”</source>
        <translation>По запросу «%1» ничего не найдено</translation>
    </message>
    <message>
        <source>Knows: %1</source>
        <translation>Навыки: %1</translation>
    </message>
</context>
<context>
    <name>tandem::HomeModule</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Read the home screen&apos;s figures again</source>
        <translation>Заново загрузить показатели главного экрана</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
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
        <translation>Участник</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Зависшие</translation>
    </message>
    <message>
        <source>Closing this month</source>
        <translation>Закрываются в этом месяце</translation>
    </message>
    <message>
        <source>Past close</source>
        <translation>Дата закрытия прошла</translation>
    </message>
    <message>
        <source>Untouched leads</source>
        <translation>Лиды без контакта</translation>
    </message>
    <message>
        <source>Revenue vs target</source>
        <translation>Выполнение плана по выручке</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Просроченные задачи</translation>
    </message>
    <message>
        <source>Nothing overdue. Well done!</source>
        <translation>Просроченных задач нет. Отлично!</translation>
    </message>
    <message>
        <source>Today&apos;s tasks</source>
        <translation>Задачи на сегодня</translation>
    </message>
    <message>
        <source>No more tasks due today.</source>
        <translation>На сегодня задач больше нет.</translation>
    </message>
    <message>
        <source>Stalled deals</source>
        <translation>Зависшие сделки</translation>
    </message>
    <message>
        <source>Every open deal is moving.</source>
        <translation>Зависших сделок нет: все сделки в работе движутся.</translation>
    </message>
    <message>
        <source>No open deal is expected to close this month.</source>
        <translation>В этом месяце не ожидается закрытия ни одной сделки в работе.</translation>
    </message>
    <message>
        <source>Past their expected close</source>
        <translation>Ожидаемая дата закрытия прошла</translation>
    </message>
    <message>
        <source>No deal is past its expected close.</source>
        <translation>Нет сделок, у которых прошла ожидаемая дата закрытия.</translation>
    </message>
    <message>
        <source>Every lead has been contacted.</source>
        <translation>Со всеми лидами уже связались.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Я</translation>
    </message>
    <message>
        <source>What needs your attention</source>
        <translation>Что требует вашего внимания</translation>
    </message>
    <message>
        <source>What needs the attention of the people you lead</source>
        <translation>Что требует внимания ваших подчинённых</translation>
    </message>
    <message>
        <source>Tasks today</source>
        <translation>Задачи на сегодня</translation>
    </message>
    <message>
        <source>The home screen could not be read: %1</source>
        <translation>Не удалось загрузить главный экран: %1</translation>
    </message>
    <message>
        <source>Good morning, %1</source>
        <translation>Доброе утро, %1</translation>
    </message>
    <message>
        <source>Good afternoon, %1</source>
        <translation>Добрый день, %1</translation>
    </message>
    <message>
        <source>Good evening, %1</source>
        <translation>Добрый вечер, %1</translation>
    </message>
    <message>
        <source>%1&apos;s team</source>
        <translation>Команда (руководитель: %1)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>no target set</source>
        <translation>план не задан</translation>
    </message>
</context>
<context>
    <name>tandem::ImportDialog</name>
    <message>
        <source>Import the rest and leave out the rows with problems</source>
        <translation>Импортировать остальное, пропустив строки с ошибками</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Import %1</source>
        <extracomment>Undo menu entry: &quot;Import contacts.vcf&quot;</extracomment>
        <translation>Импорт: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; into %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — импорт в раздел «%2»</translation>
    </message>
    <message>
        <source>When a record is already here</source>
        <translation>Если запись уже есть</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Fill in its empty fields</source>
        <translation>Заполнить её пустые поля</translation>
    </message>
    <message>
        <source>Create another one</source>
        <translation>Создать ещё одну</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Что произойдёт</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>Сохранить сопоставление…</translation>
    </message>
    <message>
        <source>Keep these columns in a file, for the next import or for tandem-cli --mapping</source>
        <translation>Сохранить сопоставление столбцов в файл для следующего импорта или для tandem-cli --mapping</translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation>Сохранение сопоставления столбцов</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>Сопоставления столбцов (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n новая запись</numerusform>
            <numerusform>%n новые записи</numerusform>
            <numerusform>%n новых записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to fill in</source>
        <translation>
            <numerusform>%n запись будет дополнена</numerusform>
            <numerusform>%n записи будут дополнены</numerusform>
            <numerusform>%n записей будут дополнены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here</source>
        <translation>
            <numerusform>%n запись уже есть</numerusform>
            <numerusform>%n записи уже есть</numerusform>
            <numerusform>%n записей уже есть</numerusform>
        </translation>
    </message>
    <message>
        <source>What the import will do: %1.</source>
        <translation>Результат импорта будет таким: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems: fix the file, or import the rest without them.</source>
        <translation>
            <numerusform>%n строка с ошибками: исправьте файл или импортируйте остальное без неё.</numerusform>
            <numerusform>%n строки с ошибками: исправьте файл или импортируйте остальное без них.</numerusform>
            <numerusform>%n строк с ошибками: исправьте файл или импортируйте остальное без них.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>an earlier row of this file</source>
        <translation>предыдущая строка этого файла</translation>
    </message>
    <message>
        <source>Fills in the empty fields of %1</source>
        <translation>Заполнение пустых полей: %1</translation>
    </message>
    <message>
        <source>Already here as %1: skipped</source>
        <translation>Уже есть (%1): пропущено</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: the file has problems.</source>
        <translation>Ничего не импортировано: в файле есть ошибки.</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>создана %n запись</numerusform>
            <numerusform>создано %n записи</numerusform>
            <numerusform>создано %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filled in</source>
        <translation>
            <numerusform>дополнена %n запись</numerusform>
            <numerusform>дополнено %n записи</numerusform>
            <numerusform>дополнено %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here, skipped</source>
        <translation>
            <numerusform>%n запись уже есть и пропущена</numerusform>
            <numerusform>%n записи уже есть и пропущены</numerusform>
            <numerusform>%n записей уже есть и пропущены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out with problems</source>
        <translation>
            <numerusform>%n запись с ошибками не импортирована</numerusform>
            <numerusform>%n записи с ошибками не импортированы</numerusform>
            <numerusform>%n записей с ошибками не импортированы</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Импорт выполнен: %1.</translation>
    </message>
</context>
<context>
    <name>tandem::LeadRulesDialog</name>
    <message>
        <source>Rules, first match wins</source>
        <translation>Правила (применяется первое подходящее)</translation>
    </message>
    <message>
        <source>Reasons offered when a lead or deal is lost</source>
        <translation>Причины, которые предлагаются при проигрыше лида или сделки</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>How new leads are handled</source>
        <translation>Обработка новых лидов</translation>
    </message>
    <message>
        <source>A new lead without an owner goes to the first active rule whose conditions it meets (empty conditions match any lead). “Each team member in turn” and “the team member with the fewest open leads” choose among the active users of the rule&apos;s team. The chosen owner is notified.</source>
        <translation>Новый лид без ответственного распределяется по первому активному правилу, условиям которого он соответствует (пустым условиям соответствует любой лид). При значениях «Участникам команды по очереди» и «Участнику команды с наименьшим числом лидов в работе» ответственный выбирается среди активных пользователей команды, указанной в правиле. Назначенный ответственный получит уведомление.</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Новое правило</translation>
    </message>
    <message>
        <source>&amp;Routing</source>
        <translation>&amp;Распределение</translation>
    </message>
    <message>
        <source>First contact due within (days):</source>
        <translation>Срок первого контакта (дней):</translation>
    </message>
    <message>
        <source>Every new lead gets a first-contact task due this many days after it arrives; leads nobody contacted in time are listed under Leads › Waiting for first contact.</source>
        <translation>Для каждого нового лида создаётся задача первого контакта со сроком через указанное число дней после поступления; лиды, с которыми вовремя не связались, показаны в разделе Лиды › Ждут первого контакта.</translation>
    </message>
    <message>
        <source>&amp;Qualification questions, one per line:</source>
        <translation>&amp;Вопросы квалификации, по одному в строке:</translation>
    </message>
    <message>
        <source>&amp;Follow-up and qualification</source>
        <translation>Первый &amp;контакт и квалификация</translation>
    </message>
    <message>
        <source>New reason</source>
        <translation>Новая причина</translation>
    </message>
    <message>
        <source>&amp;Lost reasons</source>
        <translation>&amp;Причины проигрыша</translation>
    </message>
    <message>
        <source>Change the follow-up rules</source>
        <translation>изменение правил первого контакта и квалификации</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>tandem::LeadsModule</name>
    <message>
        <source>&amp;Qualify…</source>
        <translation>&amp;Квалифицировать…</translation>
    </message>
    <message>
        <source>&amp;Convert to deal…</source>
        <translation>Ко&amp;нвертировать в сделку…</translation>
    </message>
    <message>
        <source>Mark &amp;lost…</source>
        <translation>Лид &amp;проигран…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Вернуть в работу</translation>
    </message>
    <message>
        <source>&amp;Waiting for first contact…</source>
        <translation>&amp;Ждут первого контакта…</translation>
    </message>
    <message>
        <source>Record the answers to the qualification questions</source>
        <translation>Записать ответы на вопросы квалификации</translation>
    </message>
    <message>
        <source>Turn the lead into a deal with its company and contact</source>
        <translation>Преобразовать лид в сделку вместе с компанией и контактом</translation>
    </message>
    <message>
        <source>The lead will not buy now: keep it with the reason</source>
        <translation>Лид сейчас не купит: сохранить его с указанием причины</translation>
    </message>
    <message>
        <source>Work on a lost lead again</source>
        <translation>Снова начать работу с проигранным лидом</translation>
    </message>
    <message>
        <source>Leads whose first contact is overdue</source>
        <translation>Лиды с просроченным первым контактом</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>создание лида</translation>
    </message>
    <message>
        <source>Qualify “%1”</source>
        <translation>квалифицирование: «%1»</translation>
    </message>
    <message>
        <source>Not qualified</source>
        <translation>Не квалифицировано</translation>
    </message>
    <message>
        <source>Not converted</source>
        <translation>Не конвертировано</translation>
    </message>
    <message>
        <source>Convert “%1”</source>
        <translation>конвертирование: «%1»</translation>
    </message>
    <message>
        <source>Lead converted</source>
        <translation>Лид конвертирован</translation>
    </message>
    <message numerus="yes">
        <source>The deal “%1” is on the pipeline, with %n activity(ies) carried over. Open it now?</source>
        <translation>
            <numerusform>Сделка «%1» добавлена в воронку, перенесено %n действие. Открыть её сейчас?</numerusform>
            <numerusform>Сделка «%1» добавлена в воронку, перенесено %n действия. Открыть её сейчас?</numerusform>
            <numerusform>Сделка «%1» добавлена в воронку, перенесено %n действий. Открыть её сейчас?</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark “%1” lost</source>
        <translation>проигрыш: «%1»</translation>
    </message>
    <message>
        <source>Not marked lost</source>
        <translation>Проигрыш не отмечен</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>возврат в работу: «%1»</translation>
    </message>
    <message>
        <source>Not reopened</source>
        <translation>Не возвращено в работу</translation>
    </message>
    <message>
        <source>Lead &amp;rules…</source>
        <translation>П&amp;равила работы с лидами…</translation>
    </message>
    <message>
        <source>Routing rules, first-contact deadline, qualification questions and lost reasons</source>
        <translation>Правила распределения, срок первого контакта, вопросы квалификации и причины проигрыша</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>редактирование: «%1»</translation>
    </message>
</context>
<context>
    <name>tandem::ListFilterBar</name>
    <message>
        <source>All contacts</source>
        <translation>Все контакты</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Все компании</translation>
    </message>
    <message>
        <source>Saved filters (segments) for mailings, exports and reports</source>
        <translation>Сохранённые фильтры (сегменты) для рассылок, экспорта и отчётов</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Любой ответственный</translation>
    </message>
    <message>
        <source>Any company</source>
        <translation>Любая компания</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Любой тег</translation>
    </message>
    <message>
        <source>Any industry</source>
        <translation>Любая отрасль</translation>
    </message>
    <message>
        <source>Any territory</source>
        <translation>Любая территория</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>Любое согласие</translation>
    </message>
    <message>
        <source>Any last contact</source>
        <translation>Любой последний контакт</translation>
    </message>
    <message>
        <source>No contact for </source>
        <extracomment>The &quot;no contact for N days&quot; filter: &quot;No contact for 90 days&quot;</extracomment>
        <translation>Без контакта </translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Only those with no call, meeting, e-mail or note for this many days</source>
        <translation>Только те, с кем не было звонков, встреч, писем и заметок указанное число дней</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Show all records again</source>
        <translation>Снова показать все записи</translation>
    </message>
    <message>
        <source>Save as segment…</source>
        <translation>Сохранить как сегмент…</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>This segment cannot be shown.</source>
        <translation>Не удаётся показать этот сегмент.</translation>
    </message>
    <message>
        <source>Save as segment</source>
        <translation>Сохранить как сегмент</translation>
    </message>
    <message>
        <source>Name of the segment (an existing one of that name is replaced):</source>
        <translation>Название сегмента (существующий сегмент с таким названием будет заменён):</translation>
    </message>
    <message>
        <source>The segment was not saved.</source>
        <translation>Сегмент не сохранён.</translation>
    </message>
    <message>
        <source>Save segment %1</source>
        <extracomment>Undo menu entry: &quot;Save segment Vilnius customers&quot;</extracomment>
        <translation>Сохранить сегмент «%1»</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
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
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласия</translation>
    </message>
    <message>
        <source>Days without contact</source>
        <translation>Дней без контакта</translation>
    </message>
</context>
<context>
    <name>tandem::LoseDialog</name>
    <message>
        <source>Deal lost</source>
        <translation>Сделка проиграна</translation>
    </message>
    <message>
        <source>Lead lost</source>
        <translation>Лид проигран</translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation>Почему проиграли «%1»?</translation>
    </message>
    <message>
        <source>Why was the lead “%1” lost?</source>
        <translation>Почему проигран лид «%1»?</translation>
    </message>
    <message>
        <source>Pick or type a reason</source>
        <translation>Выберите или введите причину</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Lost &amp;to:</source>
        <translation>&amp;Кому проиграли:</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>Отметить проигрыш</translation>
    </message>
    <message>
        <source>Mark lead lost</source>
        <translation>Отметить проигрыш лида</translation>
    </message>
</context>
<context>
    <name>tandem::MailingDialog</name>
    <message>
        <source>Preview…</source>
        <translation>Просмотр…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <source>Draw the label edges (a test on plain paper)</source>
        <translation>Рисовать контуры наклеек (для пробной печати на обычной бумаге)</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Сохранить CSV…</translation>
    </message>
    <message>
        <source>Open templates folder</source>
        <translation>Открыть папку шаблонов</translation>
    </message>
    <message>
        <source>Mail merge and labels</source>
        <translation>Письма и наклейки для рассылки</translation>
    </message>
    <message>
        <source>The letter&apos;s text. The template adds the letterhead, the address, the date and the greeting.</source>
        <translation>Текст письма. Бланк, адрес, дату и приветствие добавит шаблон.</translation>
    </message>
    <message>
        <source>Labels already used on the first sheet are skipped, row by row</source>
        <translation>Наклейки, уже использованные на первом листе, пропускаются построчно</translation>
    </message>
    <message>
        <source>The recipients&apos; addresses for a mailing house or another tool</source>
        <translation>Адреса получателей для службы рассылки или другой программы</translation>
    </message>
    <message>
        <source>Edit the letterhead and letter templates your team uses (HTML files)</source>
        <translation>Изменить бланк и шаблоны писем, которые использует команда (файлы HTML)</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Сегмент:</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>Letter &amp;text:</source>
        <translation>&amp;Текст письма:</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>Адресные наклейки</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <source>Start at &amp;label:</source>
        <translation>Начать с &amp;наклейки:</translation>
    </message>
    <message>
        <source>There is no saved contact segment yet. Filter the contacts list and save the filter as a segment to send it a mailing.</source>
        <translation>Сохранённых сегментов контактов пока нет. Отфильтруйте список контактов и сохраните фильтр как сегмент, чтобы сделать по нему рассылку.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n получатель</numerusform>
            <numerusform>%n получателя</numerusform>
            <numerusform>%n получателей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without postal consent left out</source>
        <translation>
            <numerusform>пропущен %n контакт без согласия на почтовые отправления</numerusform>
            <numerusform>пропущено %n контакта без согласия на почтовые отправления</numerusform>
            <numerusform>пропущено %n контактов без согласия на почтовые отправления</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a complete address left out (%1)</source>
        <translation>
            <numerusform>пропущен %n контакт без полного адреса (%1)</numerusform>
            <numerusform>пропущено %n контакта без полного адреса (%1)</numerusform>
            <numerusform>пропущено %n контактов без полного адреса (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>No one in this segment can be sent post: nothing to print or save.</source>
        <translation>Никому из этого сегмента нельзя отправить письмо по почте: печатать и сохранять нечего.</translation>
    </message>
    <message>
        <source>Save letters as PDF</source>
        <translation>Сохранить письма в формате PDF</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>письма</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Letters not saved</source>
        <translation>Письма не сохранены</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved to %1.</source>
        <translation>
            <numerusform>%n письмо сохранено в %1.</numerusform>
            <numerusform>%n письма сохранены в %1.</numerusform>
            <numerusform>%n писем сохранено в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left blank where the records have no value: %1.</source>
        <translation>Не заполнено, так как в записях нет значений: %1.</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>Сохранить наклейки в формате PDF</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>наклейки</translation>
    </message>
    <message>
        <source>Labels not saved</source>
        <translation>Наклейки не сохранены</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) saved to %1.</source>
        <translation>
            <numerusform>%n наклейка сохранена в %1.</numerusform>
            <numerusform>%n наклейки сохранены в %1.</numerusform>
            <numerusform>%n наклеек сохранено в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save addresses as CSV</source>
        <translation>Сохранить адреса в формате CSV</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>адреса</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Addresses not saved</source>
        <translation>Адреса не сохранены</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) saved to %1.</source>
        <translation>
            <numerusform>%n адрес сохранён в %1.</numerusform>
            <numerusform>%n адреса сохранены в %1.</numerusform>
            <numerusform>%n адресов сохранено в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Просмотр недоступен</translation>
    </message>
    <message>
        <source>Letters — print preview</source>
        <translation>Письма — предварительный просмотр</translation>
    </message>
    <message>
        <source>Address labels — print preview</source>
        <translation>Адресные наклейки — предварительный просмотр</translation>
    </message>
    <message>
        <source>Templates folder</source>
        <translation>Папка шаблонов</translation>
    </message>
    <message>
        <source>The templates are in %1.</source>
        <translation>Шаблоны находятся в папке %1.</translation>
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
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>Создать &amp;резервную копию…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Check database…</source>
        <translation>&amp;Проверить базу данных…</translation>
    </message>
    <message>
        <source>&amp;About Tandem</source>
        <translation>&amp;О программе Tandem</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>tandem-%1.tandem-backup</source>
        <extracomment>Suggested file name of a backup; %1 is today&apos;s date</extracomment>
        <translation>tandem-%1.tandem-backup</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Резервное копирование базы данных</translation>
    </message>
    <message>
        <source>Tandem backups (*.tandem-backup);;All files (*)</source>
        <translation>Резервные копии Tandem (*.tandem-backup);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The backup was not written.</source>
        <translation>Не удалось создать резервную копию.</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Резервная копия сохранена в %1</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Проверка базы данных</translation>
    </message>
    <message>
        <source>The database is healthy: no problems found in %1.</source>
        <translation>База данных в порядке: в файле %1 проблем не найдено.</translation>
    </message>
    <message>
        <source>About Tandem</source>
        <translation>О программе Tandem</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tandem %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for small sales teams: contacts, companies, leads, deals and activities, on your own computer, working with or without a network.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tandem %1&lt;/h3&gt;&lt;p&gt;Настольная CRM-система для небольших отделов продаж: контакты, компании, лиды, сделки и действия на вашем собственном компьютере, с сетью или без неё.&lt;/p&gt;&lt;p&gt;База данных: %2&lt;/p&gt;&lt;p&gt;Распространяется по лицензии GNU GPL версии 3 или более поздней.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>In the status bar: &quot;Contacts 2,000&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Напоминания…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Открыть файл</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>Tandem cannot open %1: it opens Tandem bundles (.tandem), address books (.vcf) and calendars (.ics).</source>
        <translation>Tandem не может открыть %1: он открывает пакеты Tandem (.tandem), адресные книги (.vcf) и календари (.ics).</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>На&amp;стройки…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Восстановить из резервной &amp;копии…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Restored. The data it replaced was saved to %1. Tandem now reopens the database.</source>
        <translation>Данные восстановлены. Прежние данные сохранены в %1. Сейчас Tandem заново откроет базу данных.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1.</source>
        <translation>
            <numerusform>В файле %1 найдена %n проблема.</numerusform>
            <numerusform>В файле %1 найдены %n проблемы.</numerusform>
            <numerusform>В файле %1 найдено %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no sound automatic backup to go back to. Make a backup, then run “tandem-cli check --repair”.</source>
        <translation>Нет исправной автоматической резервной копии, к которой можно вернуться. Создайте резервную копию, затем выполните «tandem-cli check --repair».</translation>
    </message>
    <message>
        <source>Restore the latest sound backup, taken %1 (%2)? What is here now is kept as a backup.</source>
        <translation>Восстановить последнюю исправную резервную копию от %1 (%2)? Текущие данные будут сохранены в отдельную резервную копию.</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Ничего не восстановлено.</translation>
    </message>
    <message>
        <source>Backed up automatically to %1</source>
        <translation>Резервная копия автоматически сохранена в %1</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Автоматическое резервное копирование</translation>
    </message>
    <message>
        <source>Tandem could not back up the database automatically. Your data is unchanged, but until this is solved there is no fresh backup to go back to.</source>
        <translation>Tandem не удалось автоматически создать резервную копию базы данных. Ваши данные не изменились, но пока проблема не устранена, свежей резервной копии, к которой можно вернуться, нет.</translation>
    </message>
    <message>
        <source>&amp;Mail merge and labels…</source>
        <translation>&amp;Письма и наклейки для рассылки…</translation>
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
        <translation>Кампания</translation>
    </message>
</context>
<context>
    <name>tandem::MaterialLibraryView</name>
    <message>
        <source>Choose the new version of “%1”</source>
        <translation>Выберите новую версию «%1»</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Добавил</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Дата добавления</translation>
    </message>
    <message>
        <source>Drop files here to add them to the library</source>
        <translation>Перетащите сюда файлы, чтобы добавить их в библиотеку</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>Edit tags…</source>
        <translation>Изменить теги…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Replace with a new version…</source>
        <translation>Заменить новой версией…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Add brochures, presentations or price sheets to the library</source>
        <translation>Добавить в библиотеку брошюры, презентации или прайс-листы</translation>
    </message>
    <message>
        <source>Put a new version in place of this file; copies already attached to deals keep what the customer was given</source>
        <translation>Заменить этот файл новой версией; в копиях, уже прикреплённых к сделкам, останется то, что получил клиент</translation>
    </message>
    <message>
        <source>No file in the library matches the search.</source>
        <translation>В библиотеке нет файлов, соответствующих запросу.</translation>
    </message>
    <message>
        <source>The library is empty. Add brochures, presentations and price sheets with Add files…, or drop them here from the file manager.</source>
        <translation>Библиотека пуста. Добавьте брошюры, презентации и прайс-листы командой «Добавить файлы…» или перетащите их сюда из файлового менеджера.</translation>
    </message>
    <message>
        <source>Add files to the sales materials</source>
        <translation>Добавление файлов в материалы для продаж</translation>
    </message>
    <message>
        <source>Add to the sales materials</source>
        <translation>Добавление в материалы для продаж</translation>
    </message>
    <message numerus="yes">
        <source>Tags for the %n file(s), separated by commas, e.g. “brochure, en” (may stay empty):</source>
        <translation>
            <numerusform>Теги для %n файла через запятую, например «брошюра, en» (можно не указывать):</numerusform>
            <numerusform>Теги для %n файлов через запятую, например «брошюра, en» (можно не указывать):</numerusform>
            <numerusform>Теги для %n файлов через запятую, например «брошюра, en» (можно не указывать):</numerusform>
        </translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Добавление файлов</translation>
    </message>
    <message numerus="yes">
        <source>Add %n file(s) to the sales materials</source>
        <translation>
            <numerusform>добавление %n файла в материалы для продаж</numerusform>
            <numerusform>добавление %n файлов в материалы для продаж</numerusform>
            <numerusform>добавление %n файлов в материалы для продаж</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n files was added.</source>
        <translation>
            <numerusform>Ни один из %n файла не добавлен.</numerusform>
            <numerusform>Ни один из %n файлов не добавлен.</numerusform>
            <numerusform>Ни один из %n файлов не добавлен.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Изменение тегов</translation>
    </message>
    <message>
        <source>Tags of “%1”, separated by commas:</source>
        <translation>Теги файла «%1» через запятую:</translation>
    </message>
    <message numerus="yes">
        <source>Tags of the %n selected files, separated by commas (tags only some of them have are kept):</source>
        <translation>
            <numerusform>Теги %n выбранного файла через запятую (теги, которые есть только у некоторых из них, сохранятся):</numerusform>
            <numerusform>Теги %n выбранных файлов через запятую (теги, которые есть только у некоторых из них, сохранятся):</numerusform>
            <numerusform>Теги %n выбранных файлов через запятую (теги, которые есть только у некоторых из них, сохранятся):</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translation>изменение тегов: «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n files</source>
        <translation>
            <numerusform>изменение тегов %n файла</numerusform>
            <numerusform>изменение тегов %n файлов</numerusform>
            <numerusform>изменение тегов %n файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименование</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>Новое название файла «%1»:</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>переименование «%1» в «%2»</translation>
    </message>
    <message>
        <source>Replace with a new version</source>
        <translation>Замена новой версией</translation>
    </message>
    <message>
        <source>Replace “%1” with a new version</source>
        <translation>обновление «%1» до новой версии</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Не удаётся прочитать файл «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>Save copies of %n files</source>
        <translation>
            <numerusform>Сохранение копий %n файла</numerusform>
            <numerusform>Сохранение копий %n файлов</numerusform>
            <numerusform>Сохранение копий %n файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранение копии</translation>
    </message>
    <message>
        <source>Remove “%1” from the sales materials? Copies already attached to deals and offers stay with them.</source>
        <translation>Удалить «%1» из материалов для продаж? Копии, уже прикреплённые к сделкам и коммерческим предложениям, останутся в них.</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n selected files from the sales materials? Copies already attached to deals and offers stay with them.</source>
        <translation>
            <numerusform>Удалить %n выбранный файл из материалов для продаж? Копии, уже прикреплённые к сделкам и коммерческим предложениям, останутся в них.</numerusform>
            <numerusform>Удалить %n выбранных файла из материалов для продаж? Копии, уже прикреплённые к сделкам и коммерческим предложениям, останутся в них.</numerusform>
            <numerusform>Удалить %n выбранных файлов из материалов для продаж? Копии, уже прикреплённые к сделкам и коммерческим предложениям, останутся в них.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Remove “%1” from the sales materials</source>
        <translation>удаление «%1» из материалов для продаж</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n files from the sales materials</source>
        <translation>
            <numerusform>удаление %n файла из материалов для продаж</numerusform>
            <numerusform>удаление %n файлов из материалов для продаж</numerusform>
            <numerusform>удаление %n файлов из материалов для продаж</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::MaterialPicker</name>
    <message>
        <source>Attach</source>
        <translation>Прикрепить</translation>
    </message>
</context>
<context>
    <name>tandem::MaterialSearchBar</name>
    <message>
        <source>Search by name or tag: “pri bro” finds a price list brochure</source>
        <translation>Поиск по названию или тегу: «пра бро» найдёт брошюру с прайс-листом</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Все теги</translation>
    </message>
</context>
<context>
    <name>tandem::MonthView</name>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+ ещё %n</numerusform>
            <numerusform>+ ещё %n</numerusform>
            <numerusform>+ ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::NotificationsButton</name>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n новое уведомление</numerusform>
            <numerusform>%n новых уведомления</numerusform>
            <numerusform>%n новых уведомлений</numerusform>
        </translation>
    </message>
    <message>
        <source>No new notifications</source>
        <translation>Нет новых уведомлений</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Отметить все как прочитанные</translation>
    </message>
</context>
<context>
    <name>tandem::OutcomeDialog</name>
    <message>
        <source>Create a follow-up task</source>
        <translation>Создать следующую задачу</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>Как всё прошло?</translation>
    </message>
    <message>
        <source>How did “%1” go?</source>
        <translation>Как прошло «%1»?</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Что дальше</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Дозвонились</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Оставили сообщение</translation>
    </message>
    <message>
        <source>Meeting held</source>
        <translation>Встреча состоялась</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Перенесено</translation>
    </message>
    <message>
        <source>The next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Отметить как выполненное</translation>
    </message>
    <message>
        <source>Log how “%1” went</source>
        <translation>запись результата: «%1»</translation>
    </message>
</context>
<context>
    <name>tandem::PartiesModule</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>&amp;Найти дубликаты…</translation>
    </message>
    <message>
        <source>Bring in contacts from a vCard or CSV file</source>
        <translation>Загрузить контакты из файла vCard или CSV</translation>
    </message>
    <message>
        <source>Bring in companies from a CSV file</source>
        <translation>Загрузить компании из файла CSV</translation>
    </message>
    <message>
        <source>Save the contacts the list shows as vCard or CSV</source>
        <translation>Сохранить показанные в списке контакты в формате vCard или CSV</translation>
    </message>
    <message>
        <source>Save the companies the list shows as CSV</source>
        <translation>Сохранить показанные в списке компании в формате CSV</translation>
    </message>
    <message>
        <source>Review records that look like the same one, and merge them</source>
        <translation>Просмотреть записи, похожие на дубликаты, и объединить их</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Возможный дубликат</translation>
    </message>
    <message>
        <source>“%1” may already be here: %2.

Save it as a new contact anyway, or open the existing one?</source>
        <translation>Возможно, «%1» уже есть: %2.

Всё равно сохранить как новый контакт или открыть существующий?</translation>
    </message>
    <message>
        <source>Address books (*.vcf *.vcard *.csv);;vCard (*.vcf *.vcard);;CSV (*.csv *.txt)</source>
        <translation>Адресные книги (*.vcf *.vcard *.csv);;vCard (*.vcf *.vcard);;CSV (*.csv *.txt)</translation>
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
            <numerusform>Записана %n запись в файл %1.</numerusform>
            <numerusform>Записано %n записи в файл %1.</numerusform>
            <numerusform>Записано %n записей в файл %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” may already be here.

Save it as a new company anyway, or open the existing one?</source>
        <translation>Возможно, «%1» уже есть.

Всё равно сохранить как новую компанию или открыть существующую?</translation>
    </message>
</context>
<context>
    <name>tandem::PartyCard</name>
    <message>
        <source>Log &amp;call</source>
        <translation>&amp;Записать звонок</translation>
    </message>
    <message>
        <source>Log a call with this contact (Ctrl+L)</source>
        <translation>Записать звонок с этим контактом (Ctrl+L)</translation>
    </message>
    <message>
        <source>Log a call with this company (Ctrl+L)</source>
        <translation>Записать звонок с этой компанией (Ctrl+L)</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Добавить за&amp;метку</translation>
    </message>
    <message>
        <source>Write a note on this contact (Ctrl+Shift+L)</source>
        <translation>Написать заметку об этом контакте (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Write a note on this company (Ctrl+Shift+L)</source>
        <translation>Написать заметку об этой компании (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation>&amp;Изменить сведения</translation>
    </message>
</context>
<context>
    <name>tandem::PipelineEditor</name>
    <message>
        <source>A condition limits an action to the deals it fits, as in “amount &gt; 10000”. With “quote_discount &gt; 15” (the largest discount on the deal&apos;s open quotes, in percent) the action is a manager&apos;s approval: the quote waits for it, and ticking it approves the quote.</source>
        <translation>Условие ограничивает действие подходящими сделками, например «amount &gt; 10000». С «quote_discount &gt; 15» (наибольшая скидка в открытых коммерческих предложениях сделки, в процентах) действие становится утверждением руководителем: предложение ждёт его, а отметка действия утверждает предложение.</translation>
    </message>
    <message>
        <source>New pipeline…</source>
        <translation>Добавить воронку…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Использовать по умолчанию</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>Playbook of the selected stage</source>
        <translation>Регламент продаж выбранного этапа</translation>
    </message>
    <message>
        <source>Pipelines and playbooks</source>
        <translation>Воронки и регламенты продаж</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Воронка:</translation>
    </message>
    <message>
        <source>Double-click a cell to change it. A stage&apos;s probability weighs the forecast; a deal that sits in a stage longer than its “stalled after” days is marked on the board. Entering a stage gives the deal owner its playbook actions as tasks.</source>
        <translation>Чтобы изменить значение, дважды щёлкните ячейку. Вероятность этапа учитывается во взвешенном прогнозе; сделка, которая находится на этапе дольше, чем указано в поле «Считать зависшей через (дней)», отмечается на доске. Когда сделка переходит на этап, ответственный за неё получает шаги регламента этого этапа в виде задач.</translation>
    </message>
    <message>
        <source>&amp;Instructions for the selected action:</source>
        <translation>&amp;Инструкции к выбранному шагу:</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Новый этап</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Новый шаг</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>Новая воронка</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Rename pipeline</source>
        <translation>Переименование воронки</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (по умолчанию)</translation>
    </message>
    <message>
        <source>Add pipeline “%1”</source>
        <translation>добавление воронки «%1»</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Не добавлено</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>Не переименовано</translation>
    </message>
    <message>
        <source>Make “%1” the default pipeline</source>
        <translation>выбор воронки по умолчанию: «%1»</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Не изменено</translation>
    </message>
</context>
<context>
    <name>tandem::PipelineModule</name>
    <message>
        <source>&amp;Open deal</source>
        <translation>&amp;Открыть сделку</translation>
    </message>
    <message>
        <source>&amp;Previous stage</source>
        <translation>&amp;Предыдущий этап</translation>
    </message>
    <message>
        <source>&amp;Next stage</source>
        <translation>&amp;Следующий этап</translation>
    </message>
    <message>
        <source>Mark &amp;won</source>
        <translation>Сделка &amp;выиграна</translation>
    </message>
    <message>
        <source>Mark &amp;lost…</source>
        <translation>Сделка п&amp;роиграна…</translation>
    </message>
    <message>
        <source>&amp;Edit pipelines…</source>
        <translation>&amp;Настроить воронки…</translation>
    </message>
    <message>
        <source>Move the selected deal one stage back (Ctrl+Left)</source>
        <translation>Переместить выбранную сделку на этап назад (Ctrl+Left)</translation>
    </message>
    <message>
        <source>Move the selected deal to the next stage (Ctrl+Right)</source>
        <translation>Переместить выбранную сделку на следующий этап (Ctrl+Right)</translation>
    </message>
    <message>
        <source>The customer said yes</source>
        <translation>Клиент согласился</translation>
    </message>
    <message>
        <source>The deal is lost: say why</source>
        <translation>Сделка проиграна: укажите причину</translation>
    </message>
    <message>
        <source>Stages, probabilities and the playbook of each stage</source>
        <translation>Этапы, вероятности и регламент продаж каждого этапа</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
</context>
<context>
    <name>tandem::ProductPicker</name>
    <message>
        <source>Add product</source>
        <translation>Добавление продукта</translation>
    </message>
    <message>
        <source>Search the catalogue by name or code</source>
        <translation>Поиск в каталоге по названию или артикулу</translation>
    </message>
    <message>
        <source>Add to quote</source>
        <translation>Добавить в коммерческое предложение</translation>
    </message>
</context>
<context>
    <name>tandem::QualifyDialog</name>
    <message>
        <source>Qualify lead</source>
        <translation>Квалификация лида</translation>
    </message>
    <message>
        <source>What did you learn from “%1”?</source>
        <translation>Что удалось выяснить по лиду «%1»?</translation>
    </message>
    <message>
        <source>Mark qualified</source>
        <translation>Квалифицировать</translation>
    </message>
</context>
<context>
    <name>tandem::QuickLog</name>
    <message>
        <source>Log</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>What happened? The first line becomes the subject. Ctrl+Enter logs it, Esc closes.</source>
        <translation>Что произошло? Первая строка станет темой. Ctrl+Enter — записать, Esc — закрыть.</translation>
    </message>
    <message>
        <source>Log it (Ctrl+Enter)</source>
        <translation>Записать (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Type what happened first.</source>
        <translation>Сначала опишите, что произошло.</translation>
    </message>
    <message>
        <source>Not logged: %1</source>
        <translation>Не записано: %1</translation>
    </message>
    <message>
        <source>Someone else&apos;s customer</source>
        <translation>Чужой клиент</translation>
    </message>
    <message>
        <source>%1

Log it anyway? The owner will be told.</source>
        <translation>%1

Всё равно записать? Ответственный получит уведомление.</translation>
    </message>
</context>
<context>
    <name>tandem::QuoteEditor</name>
    <message>
        <source>Add product…</source>
        <translation>Добавить продукт…</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Просмотр…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <source>Send by e-mail…</source>
        <translation>Отправить по e-mail…</translation>
    </message>
    <message>
        <source>Mark accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Mark rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Новая версия</translation>
    </message>
    <message>
        <source>Approve discount</source>
        <translation>Утвердить скидку</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Действительно до:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Overall discount %:</source>
        <translation>Общая скидка, %:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <source>Notes printed on the offer</source>
        <translation>Примечания, которые будут напечатаны в коммерческом предложении</translation>
    </message>
    <message>
        <source>“%1” is not a percentage.</source>
        <translation>Значение «%1» не является процентом.</translation>
    </message>
    <message>
        <source>Quote %1 v%2 · %3</source>
        <translation>Коммерческое предложение %1 v%2 · %3</translation>
    </message>
    <message>
        <source>Sent on %1 — a sent quote cannot change. Make a new version to revise it.</source>
        <translation>Отправлено %1 — отправленное коммерческое предложение изменить нельзя. Чтобы внести правки, создайте новую версию.</translation>
    </message>
    <message>
        <source>an earlier day</source>
        <translation>ранее</translation>
    </message>
    <message>
        <source>A discount on this quote is above the team&apos;s limit: approve it before it is sent.</source>
        <translation>Скидка в этом коммерческом предложении превышает лимит команды: утвердите её перед отправкой.</translation>
    </message>
    <message>
        <source>A discount on this quote is above the team&apos;s limit: it can be sent once a manager approves it.</source>
        <translation>Скидка в этом коммерческом предложении превышает лимит команды: отправить предложение можно будет после утверждения руководителем.</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Промежуточный итог</translation>
    </message>
    <message>
        <source>Discount %1</source>
        <translation>Скидка %1</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Сумма без НДС</translation>
    </message>
    <message>
        <source>VAT %1 of %2</source>
        <translation>НДС %1 от %2</translation>
    </message>
    <message>
        <source>Total to pay, VAT included</source>
        <translation>Итого к оплате с учётом НДС</translation>
    </message>
    <message>
        <source>Change the quote&apos;s details</source>
        <translation>изменение данных коммерческого предложения</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Новая строка</translation>
    </message>
    <message>
        <source>Keep “%1”</source>
        <translation>сохранение «%1»</translation>
    </message>
    <message>
        <source>Preview — %1</source>
        <translation>Просмотр — %1</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Сохранение PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1; it is kept with the deal&apos;s documents.</source>
        <translation>Файл %1 сохранён; документ также хранится в документах сделки.</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>Отправка по e-mail</translation>
    </message>
    <message>
        <source>The deal has no e-mail address. Send the offer to:</source>
        <translation>В сделке не указан адрес e-mail. Отправить коммерческое предложение на адрес:</translation>
    </message>
    <message>
        <source>Hello,

please find attached our %1.

Kind regards,
%2</source>
        <translation>Здравствуйте!

Направляем вам во вложении документ «%1».

С уважением,
%2</translation>
    </message>
    <message>
        <source>Was the offer sent to %1?</source>
        <translation>Коммерческое предложение отправлено на %1?</translation>
    </message>
    <message>
        <source>The PDF is kept with the deal&apos;s documents; it is not marked as sent.</source>
        <translation>PDF-файл хранится в документах сделки, но не отмечен как отправленный.</translation>
    </message>
    <message>
        <source>Send “%1” to %2</source>
        <translation>отправка «%1» на %2</translation>
    </message>
    <message>
        <source>Sent to %1 — logged on the deal&apos;s timeline.</source>
        <translation>Отправлено на %1 — записано в хронологию сделки.</translation>
    </message>
    <message>
        <source>Mark the quote accepted</source>
        <translation>принятие коммерческого предложения</translation>
    </message>
    <message>
        <source>Mark the quote rejected</source>
        <translation>отклонение коммерческого предложения</translation>
    </message>
    <message>
        <source>Approve the quote&apos;s discount</source>
        <translation>утверждение скидки</translation>
    </message>
    <message>
        <source>Discount approved: the quote can be sent.</source>
        <translation>Скидка утверждена: коммерческое предложение можно отправлять.</translation>
    </message>
    <message>
        <source>New version of the quote</source>
        <translation>создание новой версии коммерческого предложения</translation>
    </message>
    <message>
        <source>Your mail program has a new message to %1. Attach %2 from the folder that has just opened.</source>
        <translation>В почтовой программе создано новое письмо для %1. Прикрепите к нему %2 из только что открытой папки.</translation>
    </message>
</context>
<context>
    <name>tandem::QuoteLinesModel</name>
    <message>
        <source>Add “%1” to the quote</source>
        <translation>добавление «%1» в коммерческое предложение</translation>
    </message>
    <message>
        <source>Add a line to the quote</source>
        <translation>добавление строки в коммерческое предложение</translation>
    </message>
    <message>
        <source>Remove “%1” from the quote</source>
        <translation>удаление «%1» из коммерческого предложения</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>НДС, %</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Сумма без НДС</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>Значение «%1» не является числом.</translation>
    </message>
    <message>
        <source>Change %1 of “%2”</source>
        <translation>изменение поля «%1» в строке «%2»</translation>
    </message>
</context>
<context>
    <name>tandem::QuoteMaterials</name>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Materials sent with this offer:</source>
        <translation>Материалы, отправляемые с этим предложением:</translation>
    </message>
    <message>
        <source>none yet — Add… attaches brochures or price sheets from the library</source>
        <translation>пока нет — кнопка «Добавить…» прикрепляет брошюры или прайс-листы из библиотеки</translation>
    </message>
    <message>
        <source>Attach files from the sales materials library to this offer&apos;s e-mail</source>
        <translation>Прикрепить файлы из библиотеки материалов для продаж к письму с этим коммерческим предложением</translation>
    </message>
    <message>
        <source>Materials to send with this offer</source>
        <translation>Материалы для отправки с этим предложением</translation>
    </message>
    <message numerus="yes">
        <source>Send %n file(s) from the sales materials with the offer</source>
        <translation>
            <numerusform>прикрепление %n файла из материалов для продаж к коммерческому предложению</numerusform>
            <numerusform>прикрепление %n файлов из материалов для продаж к коммерческому предложению</numerusform>
            <numerusform>прикрепление %n файлов из материалов для продаж к коммерческому предложению</numerusform>
        </translation>
    </message>
    <message>
        <source>Materials sent with this offer</source>
        <translation>Материалы, отправляемые с предложением</translation>
    </message>
    <message numerus="yes">
        <source>Do not send %n file(s) with the offer</source>
        <translation>
            <numerusform>открепление %n файла от коммерческого предложения</numerusform>
            <numerusform>открепление %n файлов от коммерческого предложения</numerusform>
            <numerusform>открепление %n файлов от коммерческого предложения</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ReassignDialog</name>
    <message>
        <source>Reassign territory</source>
        <translation>Передача территории</translation>
    </message>
    <message>
        <source>Give territory “%1” an owner.</source>
        <translation>Назначьте ответственного за территорию «%1».</translation>
    </message>
    <message>
        <source>Hand territory “%1” over from %2 to:</source>
        <translation>Передать территорию «%1» (сейчас ответственный — %2) пользователю:</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Новый ответственный</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Передать</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <source>Their open accounts, deals, leads and tasks here move with it.</source>
        <translation>Вместе с ней переходят клиенты, сделки и лиды в работе и невыполненные задачи прежнего ответственного на этой территории.</translation>
    </message>
    <message>
        <source>The territory had no owner, so no records move.</source>
        <translation>У территории не было ответственного, поэтому записи не переходят.</translation>
    </message>
    <message>
        <source>Moves to %1: %2.</source>
        <translation>Новому ответственному (%1) переходят: %2.</translation>
    </message>
</context>
<context>
    <name>tandem::RecordForm</name>
    <message>
        <source>Pick one from the list, or press New to add one.</source>
        <translation>Выберите запись в списке или нажмите «Добавить», чтобы создать новую.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Не сохранено. %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Новая запись: %1</translation>
    </message>
    <message>
        <source>%1 · added %2</source>
        <extracomment>Under a record&apos;s name: &quot;Contact · added 15/06/2026 by Ona Petraitienė&quot;</extracomment>
        <translation>%1 · добавлено %2</translation>
    </message>
    <message>
        <source>%1 · added %2 by %3</source>
        <translation>%1 · добавлено %2, автор: %3</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>История изменений (%1)</translation>
    </message>
</context>
<context>
    <name>tandem::RecordHistoryView</name>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
</context>
<context>
    <name>tandem::RecordListView</name>
    <message>
        <source>Filter by name…</source>
        <translation>Фильтр по названию…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add a new %1</source>
        <translation>Добавить новую запись: %1</translation>
    </message>
    <message>
        <source>%1 shown of %2 (more load as you scroll)</source>
        <translation>Показано %1 из %2 (остальные загружаются при прокрутке)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Сохранить изменения в записи «%1»?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Delete “%1”?

Edit › Undo brings it back.</source>
        <translation>Удалить «%1»?

Вернуть запись можно командой Правка › Отменить.</translation>
    </message>
    <message>
        <source>“%1” was not deleted.</source>
        <translation>Запись «%1» не удалена.</translation>
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
        <translation>изменение порядка: %1</translation>
    </message>
</context>
<context>
    <name>tandem::RecordTableView</name>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Remove “%1”? Edit › Undo brings it back.</source>
        <translation>Удалить «%1»? Вернуть запись можно командой Правка › Отменить.</translation>
    </message>
</context>
<context>
    <name>tandem::RecordsModule</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Add a new %1</source>
        <translation>Добавить новую запись: %1</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <source>Forget the changes not saved yet</source>
        <translation>Отменить ещё не сохранённые изменения</translation>
    </message>
    <message>
        <source>Delete the open %1</source>
        <translation>Удалить открытую запись: %1</translation>
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
            <numerusform> дня</numerusform>
            <numerusform> дней</numerusform>
        </translation>
    </message>
    <message>
        <source> week</source>
        <translation> неделю</translation>
    </message>
    <message numerus="yes">
        <source> weeks</source>
        <translation>
            <numerusform> неделю</numerusform>
            <numerusform> недели</numerusform>
            <numerusform> недель</numerusform>
        </translation>
    </message>
    <message>
        <source> month</source>
        <translation> месяц</translation>
    </message>
    <message numerus="yes">
        <source> months</source>
        <translation>
            <numerusform> месяц</numerusform>
            <numerusform> месяца</numerusform>
            <numerusform> месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source> year</source>
        <translation> год</translation>
    </message>
    <message numerus="yes">
        <source> years</source>
        <translation>
            <numerusform> год</numerusform>
            <numerusform> года</numerusform>
            <numerusform> лет</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Не повторять</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Ежедневно</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Еженедельно</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Ежемесячно</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Ежегодно</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Повтор:</translation>
    </message>
    <message>
        <source>every </source>
        <translation>раз в </translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>after</source>
        <translation>после</translation>
    </message>
    <message>
        <source>on date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Окончание:</translation>
    </message>
    <message>
        <source>on day %1</source>
        <translation>%1-го числа</translation>
    </message>
    <message>
        <source>on the same day each month</source>
        <translation>в тот же день каждого месяца</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>on the last day of the month</source>
        <translation>в последний день месяца</translation>
    </message>
    <message>
        <source> time</source>
        <translation> повторения</translation>
    </message>
    <message numerus="yes">
        <source> times</source>
        <translation>
            <numerusform> повторения</numerusform>
            <numerusform> повторений</numerusform>
            <numerusform> повторений</numerusform>
        </translation>
    </message>
    <message>
        <source>This repeat rule cannot be read: %1</source>
        <translation>Не удаётся прочитать правило повторения: %1</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Не повторяется</translation>
    </message>
</context>
<context>
    <name>tandem::ReferenceCombo</name>
    <message>
        <source>Type a name…</source>
        <translation>Введите название…</translation>
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
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n напоминание</numerusform>
            <numerusform>%n напоминания</numerusform>
            <numerusform>%n напоминаний</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ReminderDialog</name>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Следующий контакт</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>Отло&amp;жить</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Скрыть</translation>
    </message>
    <message>
        <source>Dismiss &amp;all</source>
        <translation>Скрыть &amp;все</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
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
        <translation>На 5 минут</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>На 15 минут</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>На 1 час</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>До завтрашнего утра</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Missed while Tandem was closed (since %1)</source>
        <translation>Пропущено, пока Tandem был закрыт (с %1)</translation>
    </message>
    <message>
        <source>Missed while Tandem was closed</source>
        <translation>Пропущено, пока Tandem был закрыт</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>No reminders are due.</source>
        <translation>Текущих напоминаний нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) need your attention.</source>
        <translation>
            <numerusform>%n напоминание требует вашего внимания.</numerusform>
            <numerusform>%n напоминания требуют вашего внимания.</numerusform>
            <numerusform>%n напоминаний требуют вашего внимания.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Продление</translation>
    </message>
</context>
<context>
    <name>tandem::ReportParamsBar</name>
    <message>
        <source>Custom dates</source>
        <translation>Произвольный период</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Без сравнения</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Тот же период прошлого года</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Сравнить с</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Пер&amp;иод:</translation>
    </message>
    <message>
        <source>Co&amp;mpare:</source>
        <translation>С&amp;равнение:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Валю&amp;та:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>Ко&amp;манда:</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Все команды</translation>
    </message>
    <message>
        <source>Te&amp;rritory:</source>
        <translation>Т&amp;ерритория:</translation>
    </message>
    <message>
        <source>All territories</source>
        <translation>Все территории</translation>
    </message>
    <message>
        <source>Pipe&amp;line:</source>
        <translation>Воро&amp;нка:</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>Все воронки</translation>
    </message>
</context>
<context>
    <name>tandem::ReportTableModel</name>
    <message numerus="yes">
        <source>Double-click to see the %n record(s) behind this figure.</source>
        <translation>
            <numerusform>Дважды щёлкните, чтобы посмотреть %n запись, из которой складывается это значение.</numerusform>
            <numerusform>Дважды щёлкните, чтобы посмотреть %n записи, из которых складывается это значение.</numerusform>
            <numerusform>Дважды щёлкните, чтобы посмотреть %n записей, из которых складывается это значение.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ReportsModule</name>
    <message>
        <source>&amp;Print report…</source>
        <translation>&amp;Печать отчёта…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Экспорт отчёта…</translation>
    </message>
    <message>
        <source>&amp;Refresh report</source>
        <translation>&amp;Обновить отчёт</translation>
    </message>
    <message>
        <source>Print the report, with a preview first</source>
        <translation>Напечатать отчёт (сначала откроется предварительный просмотр)</translation>
    </message>
    <message>
        <source>Save the report as PDF, CSV (for Excel) or HTML</source>
        <translation>Сохранить отчёт в формате PDF, CSV (для Excel) или HTML</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Таблица отчёта</translation>
    </message>
    <message>
        <source>Create follow-up tasks…</source>
        <translation>Создать задачи на повторный контакт…</translation>
    </message>
    <message>
        <source>Show these classes on company cards…</source>
        <translation>Показать эти классы в карточках компаний…</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>Планы продаж…</translation>
    </message>
    <message>
        <source>Nothing in this period: choose a longer period or fewer filters.</source>
        <translation>За этот период данных нет: выберите более длинный период или уберите часть фильтров.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 ms</source>
        <translation>
            <numerusform>%n строка за %1 мс</numerusform>
            <numerusform>%n строки за %1 мс</numerusform>
            <numerusform>%n строк за %1 мс</numerusform>
        </translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;CSV for Excel (*.csv);;Web page (*.html)</source>
        <translation>Документ PDF (*.pdf);;CSV для Excel (*.csv);;Веб-страница (*.html)</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Печать: %1</translation>
    </message>
    <message numerus="yes">
        <source>Create a follow-up task for each of the %n customer(s) listed, for their owners?</source>
        <translation>
            <numerusform>Создать задачи на повторный контакт для клиентов из списка (%n)? Каждая задача будет назначена ответственному за клиента.</numerusform>
            <numerusform>Создать задачи на повторный контакт для клиентов из списка (%n)? Каждая задача будет назначена ответственному за клиента.</numerusform>
            <numerusform>Создать задачи на повторный контакт для клиентов из списка (%n)? Каждая задача будет назначена ответственному за клиента.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) already have an open follow-up task and are left out.</source>
        <translation>
            <numerusform>Пропущено клиентов, у которых уже есть невыполненная задача на повторный контакт: %n.</numerusform>
            <numerusform>Пропущено клиентов, у которых уже есть невыполненная задача на повторный контакт: %n.</numerusform>
            <numerusform>Пропущено клиентов, у которых уже есть невыполненная задача на повторный контакт: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every customer listed already has an open follow-up task.</source>
        <translation>У всех клиентов из списка уже есть невыполненная задача на повторный контакт.</translation>
    </message>
    <message>
        <source>Follow up dormant customers</source>
        <translation>создание задач на повторный контакт со спящими клиентами</translation>
    </message>
    <message>
        <source>Store each customer&apos;s class from this period on its company card? Customers without revenue in the period lose their class.</source>
        <translation>Сохранить класс каждого клиента за этот период в карточке его компании? Клиенты без выручки за период потеряют свой класс.</translation>
    </message>
    <message>
        <source>Update customer classes</source>
        <translation>обновление ABC-классов клиентов</translation>
    </message>
    <message numerus="yes">
        <source>%n company card(s) now show a different class.</source>
        <translation>
            <numerusform>Класс изменился в %n карточке компании.</numerusform>
            <numerusform>Класс изменился в %n карточках компаний.</numerusform>
            <numerusform>Класс изменился в %n карточках компаний.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with an open complaint are left out: no sales letter until it is resolved.</source>
        <translation>
            <numerusform>Пропущено клиентов с нерешённой жалобой: %n. Письмо с предложением им можно отправить только после решения жалобы.</numerusform>
            <numerusform>Пропущено клиентов с нерешённой жалобой: %n. Письмо с предложением им можно отправить только после решения жалобы.</numerusform>
            <numerusform>Пропущено клиентов с нерешённой жалобой: %n. Письмо с предложением им можно отправить только после решения жалобы.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ResolveCaseDialog</name>
    <message>
        <source>Resolve case</source>
        <translation>Решение обращения</translation>
    </message>
    <message>
        <source>What was done for the customer</source>
        <translation>Что было сделано для клиента</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Решение:</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Не спрашивали</translation>
    </message>
    <message>
        <source>very dissatisfied</source>
        <translation>очень недоволен</translation>
    </message>
    <message>
        <source>dissatisfied</source>
        <translation>недоволен</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>нейтрально</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>доволен</translation>
    </message>
    <message>
        <source>very satisfied</source>
        <translation>очень доволен</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>Оценка клиента</translation>
    </message>
    <message>
        <source>Customer &amp;satisfaction:</source>
        <translation>&amp;Оценка клиента:</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>Что сказал клиент</translation>
    </message>
    <message>
        <source>Satisfaction comment</source>
        <translation>Комментарий к оценке</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Решить</translation>
    </message>
    <message>
        <source>Write down how the case was resolved before resolving it.</source>
        <translation>Прежде чем решить обращение, опишите, как оно было решено.</translation>
    </message>
</context>
<context>
    <name>tandem::ResponseDialog</name>
    <message>
        <source>Record response — %1</source>
        <translation>Запись отклика — %1</translation>
    </message>
    <message>
        <source>Someone answered “%1”. They become a lead with a follow-up task for its owner; a known contact is linked, not entered again.</source>
        <translation>Кто-то откликнулся на «%1». По отклику создаётся лид, а его ответственный получает задачу связаться с ним; уже известный контакт связывается с лидом, а не вводится заново.</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Фамилия:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Компания:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <source>Asked about:</source>
        <translation>Интересует:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>Give a name or an e-mail address.</source>
        <translation>Укажите имя или адрес электронной почты.</translation>
    </message>
</context>
<context>
    <name>tandem::RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Tandem backs up this database when it starts, once a day, and before every update, import, sync and restore. Pick the state to go back to: what is here now is backed up first, so a restore can be undone by restoring that backup.</source>
        <translation>Tandem создаёт резервную копию этой базы данных при запуске, раз в день, а также перед каждым обновлением, импортом, синхронизацией и восстановлением. Выберите состояние, к которому нужно вернуться: текущие данные сначала сохраняются в резервную копию, поэтому восстановление можно отменить, восстановив эту копию.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Other backup &amp;file…</source>
        <translation>Другой &amp;файл резервной копии…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>There are no automatic backups of this database yet in %1. Choose a backup file with “Other backup file…”.</source>
        <translation>В папке %1 пока нет автоматических резервных копий этой базы данных. Выберите файл резервной копии с помощью кнопки «Другой файл резервной копии…».</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored: %1</source>
        <translation>Эта резервная копия повреждена, восстановить её нельзя: %1</translation>
    </message>
    <message>
        <source>the same as now</source>
        <translation>как сейчас</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>сейчас %1</translation>
    </message>
    <message>
        <source>A backup of %1 (database version %2). It holds:</source>
        <translation>Резервная копия (компания: %1, версия базы данных %2) содержит:</translation>
    </message>
    <message>
        <source>Tandem backups (*.tandem-backup *.bak *.db);;All files (*)</source>
        <translation>Резервные копии Tandem (*.tandem-backup *.bak *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Replace all data in this database with the backup taken %1? What is here now is backed up first.</source>
        <translation>Заменить все данные этой базы данных резервной копией от %1? Перед этим текущие данные будут сохранены в отдельную резервную копию.</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Ничего не восстановлено.</translation>
    </message>
</context>
<context>
    <name>tandem::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Рабочее время</translation>
    </message>
    <message>
        <source>Sync and backups</source>
        <translation>Синхронизация и резервные копии</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Валюта по умолчанию</translation>
    </message>
    <message>
        <source>New deals, quotes and reports use it unless another is chosen. Amounts already entered keep their currency.</source>
        <translation>Используется в новых сделках, коммерческих предложениях и отчётах, если не выбрана другая валюта. Уже введённые суммы остаются в своей валюте.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>&amp;Валюта по умолчанию:</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Название компании</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>VAT code</source>
        <translation>Код плательщика НДС</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation>Логотип компании</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>The team&apos;s details for the documents it sends; shared with the whole team.</source>
        <translation>Реквизиты для документов, которые отправляет команда; общие для всей команды.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;VAT code:</source>
        <translation>&amp;Код плательщика НДС:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Сайт:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Логотип:</translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation>Начало рабочего дня</translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation>Конец рабочего дня</translation>
    </message>
    <message>
        <source>Remind before meetings and calls</source>
        <translation>Напоминать перед встречами и звонками</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Без напоминания</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Free times are looked for, and tasks due &quot;in the morning&quot; are reminded of, within working hours. A meeting or call without its own reminder is reminded of this long before it starts.</source>
        <translation>Свободное время ищется только в рабочие часы, и напоминания о задачах «на утро» тоже приходят в рабочие часы. О встрече или звонке без собственного напоминания Tandem напомнит за указанное время до начала.</translation>
    </message>
    <message>
        <source>Day &amp;starts:</source>
        <translation>&amp;Начало рабочего дня:</translation>
    </message>
    <message>
        <source>Day &amp;ends:</source>
        <translation>&amp;Конец рабочего дня:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Рабочие дни:</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>На&amp;поминание:</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Парольная фраза команды</translation>
    </message>
    <message>
        <source>Team passphrase again</source>
        <translation>Повтор парольной фразы команды</translation>
    </message>
    <message>
        <source>Team &amp;passphrase:</source>
        <translation>&amp;Парольная фраза команды:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Пов&amp;тор:</translation>
    </message>
    <message>
        <source>Shared sync folder</source>
        <translation>Общая папка синхронизации</translation>
    </message>
    <message>
        <source>&amp;Shared sync folder:</source>
        <translation>Общая папка &amp;синхронизации:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка резервных копий</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>Папка &amp;резервных копий:</translation>
    </message>
    <message>
        <source>The passphrase and folders belong to this computer: each copy of Tandem in the team sets them once.</source>
        <translation>Парольная фраза и папки относятся к этому компьютеру: их один раз задают в каждой копии Tandem в команде.</translation>
    </message>
    <message>
        <source>Bundles are encrypted. Type a new passphrase to change it; leave both fields empty to keep it.</source>
        <translation>Пакеты шифруются. Чтобы сменить парольную фразу, введите новую; чтобы оставить прежнюю, оставьте оба поля пустыми.</translation>
    </message>
    <message>
        <source>Bundles are not encrypted. Everyone in the team types the same passphrase (at least 8 characters) to encrypt them.</source>
        <translation>Пакеты не шифруются. Чтобы включить шифрование, все в команде вводят одну и ту же парольную фразу (не менее 8 символов).</translation>
    </message>
    <message>
        <source>The company name cannot be empty.</source>
        <translation>Название компании не может быть пустым.</translation>
    </message>
    <message>
        <source>%1 is not an image Tandem can read.</source>
        <translation>Tandem не удаётся прочитать файл %1 как изображение.</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>Рабочий день должен заканчиваться позже, чем начинается.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Выберите хотя бы один рабочий день.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>A team passphrase needs at least 8 characters.</source>
        <translation>Парольная фраза команды должна содержать не менее 8 символов.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>Tandem shows the new language after a restart. Restart now?</source>
        <translation>Новый язык появится после перезапуска Tandem. Перезапустить сейчас?</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>изменение настроек</translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <extracomment>Settings › Automatic backups: &quot;Keep the newest [10] backups and one a day for [7] days&quot;</extracomment>
        <translation>Хранить последние</translation>
    </message>
    <message>
        <source>backups and one a day for</source>
        <translation>шт. и по одной за день в течение</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дн.</translation>
    </message>
    <message>
        <source>Au&amp;tomatic backups:</source>
        <translation>&amp;Автоматические резервные копии:</translation>
    </message>
    <message>
        <source>Tandem backs up the database when it starts, once a day, and before every update, import, sync and restore; with no folder chosen they go to “backups” beside the database.</source>
        <translation>Tandem создаёт резервную копию базы данных при запуске, раз в день, а также перед каждым обновлением, импортом, синхронизацией и восстановлением; если папка не выбрана, копии сохраняются в папку «backups» рядом с базой данных.</translation>
    </message>
    <message>
        <source>Offers and documents</source>
        <translation>Коммерческие предложения и документы</translation>
    </message>
    <message>
        <source>(the team&apos;s logo, not on this computer yet)</source>
        <translation>(логотип команды, на этом компьютере его пока нет)</translation>
    </message>
</context>
<context>
    <name>tandem::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Find a command or a key</source>
        <translation>Найти команду или клавишу</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>tandem::SingleInstance</name>
    <message>
        <source>process %1 on %2</source>
        <translation>процесс %1 на компьютере %2</translation>
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
            <numerusform>%n сделка</numerusform>
            <numerusform>%n сделки</numerusform>
            <numerusform>%n сделок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::SyncModule</name>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Синхронизировать</translation>
    </message>
    <message>
        <source>Read the other copies&apos; bundles from the shared folder and write this copy&apos;s</source>
        <translation>Прочитать пакеты других копий из общей папки и записать пакет этой копии</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
</context>
<context>
    <name>tandem::SyncView</name>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <source>Use the other value</source>
        <translation>Принять другое значение</translation>
    </message>
    <message>
        <source>Keep the shown value</source>
        <translation>Оставить текущее значение</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Общая папка</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>A folder your team&apos;s file-sync tool keeps in step</source>
        <translation>Папка, которую синхронизирует файловый сервис вашей команды</translation>
    </message>
    <message>
        <source>Bundle files</source>
        <translation>Файлы пакетов</translation>
    </message>
    <message>
        <source>Export bundle…</source>
        <translation>Экспортировать пакет…</translation>
    </message>
    <message>
        <source>Import bundle…</source>
        <translation>Импортировать пакет…</translation>
    </message>
    <message>
        <source>Team passphrase…</source>
        <translation>Парольная фраза команды…</translation>
    </message>
    <message>
        <source>Other copies</source>
        <translation>Другие копии</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копия</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Последняя отправка</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Последнее получение</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Конфликты для проверки</translation>
    </message>
    <message>
        <source>Two people changed the same field before their copies met. Every copy shows the later change; pick the one that is right.</source>
        <translation>Два человека изменили одно и то же поле до того, как их копии синхронизировались. Все копии показывают более позднее изменение; выберите правильное.</translation>
    </message>
    <message numerus="yes">
        <source>This copy is %1. %n change(s) made here have not reached another copy yet.</source>
        <translation>
            <numerusform>Эта копия: %1. Здесь внесено %n изменение, которое ещё не дошло ни до одной другой копии.</numerusform>
            <numerusform>Эта копия: %1. Здесь внесено %n изменения, которые ещё не дошли ни до одной другой копии.</numerusform>
            <numerusform>Эта копия: %1. Здесь внесено %n изменений, которые ещё не дошли ни до одной другой копии.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundles are not encrypted.</source>
        <translation>Пакеты не шифруются.</translation>
    </message>
    <message>
        <source>Bundles are encrypted with the team passphrase.</source>
        <translation>Пакеты шифруются парольной фразой команды.</translation>
    </message>
    <message>
        <source>Shared sync folder</source>
        <translation>Общая папка синхронизации</translation>
    </message>
    <message numerus="yes">
        <source>Read %n bundle(s) of other copies.</source>
        <translation>
            <numerusform>Прочитан %n пакет других копий.</numerusform>
            <numerusform>Прочитано %n пакета других копий.</numerusform>
            <numerusform>Прочитано %n пакетов других копий.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new change(s).</source>
        <translation>
            <numerusform>%n новое изменение.</numerusform>
            <numerusform>%n новых изменения.</numerusform>
            <numerusform>%n новых изменений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped for now (still copying?): %1</source>
        <translation>Пока пропущено (возможно, ещё копируется): %1</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <source>Tandem bundles (*.tandem)</source>
        <translation>Пакеты Tandem (*.tandem)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1</source>
        <translation>
            <numerusform>Записано %n изменение в файл %1</numerusform>
            <numerusform>Записано %n изменения в файл %1</numerusform>
            <numerusform>Записано %n изменений в файл %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Импорт пакета</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new change(s) from %1.</source>
        <translation>
            <numerusform>Импортировано %n новое изменение из копии %1.</numerusform>
            <numerusform>Импортировано %n новых изменения из копии %1.</numerusform>
            <numerusform>Импортировано %n новых изменений из копии %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review.</source>
        <translation>
            <numerusform>%n конфликт требует проверки.</numerusform>
            <numerusform>%n конфликта требуют проверки.</numerusform>
            <numerusform>%n конфликтов требуют проверки.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Парольная фраза команды</translation>
    </message>
    <message>
        <source>Everyone in the team uses the same passphrase; bundles of other teams will not open. Leave empty to stop encrypting.</source>
        <translation>Все участники команды используют одну и ту же парольную фразу; пакеты других команд не откроются. Оставьте поле пустым, чтобы отключить шифрование.</translation>
    </message>
    <message>
        <source>A team passphrase needs at least 8 characters.</source>
        <translation>Парольная фраза команды должна содержать не менее 8 символов.</translation>
    </message>
    <message>
        <source>Settled. The choice reaches the other copies with the next sync.</source>
        <translation>Конфликт разрешён. Выбранное значение попадёт в другие копии при следующей синхронизации.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of contacts that arrived look like the same person: review them in Contacts → Find duplicates.</source>
        <translation>
            <numerusform>%n пара полученных контактов похожа на одного и того же человека: проверьте их в Контакты → Найти дубликаты.</numerusform>
            <numerusform>%n пары полученных контактов похожи на одного и того же человека: проверьте их в Контакты → Найти дубликаты.</numerusform>
            <numerusform>%n пар полученных контактов похожи на одного и того же человека: проверьте их в Контакты → Найти дубликаты.</numerusform>
        </translation>
    </message>
    <message>
        <source>This copy &amp;holds:</source>
        <translation>Эта копия &amp;содержит:</translation>
    </message>
    <message>
        <source>A field laptop can hold only one salesperson&apos;s or territory&apos;s customers, with everything they refer to; the office sends it nothing else.</source>
        <translation>Ноутбук выездного менеджера может содержать только клиентов одного продавца или одной территории со всем, на что они ссылаются; офис не отправляет ему ничего другого.</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Содержит</translation>
    </message>
    <message>
        <source>Hold only part of the data</source>
        <translation>Хранить только часть данных</translation>
    </message>
    <message>
        <source>From the next sync on, other copies send this one only what it holds (%1) and what that refers to. Nothing already here is removed. Go on?</source>
        <translation>Начиная со следующей синхронизации, другие копии будут отправлять этой только то, что она содержит (%1), и то, на что это ссылается. Ничего из того, что уже есть здесь, не будет удалено. Продолжить?</translation>
    </message>
    <message>
        <source>Everything (the office, or a laptop that sees all customers)</source>
        <translation>Всё (офис или ноутбук, который видит всех клиентов)</translation>
    </message>
    <message>
        <source>Only %1&apos;s customers</source>
        <translation>Только клиенты пользователя %1</translation>
    </message>
    <message>
        <source>Only the territory %1</source>
        <translation>Только территория %1</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Всё</translation>
    </message>
</context>
<context>
    <name>tandem::TargetPanel</name>
    <message>
        <source>Targets</source>
        <translation>Планы продаж</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Текущий месяц</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Текущий квартал</translation>
    </message>
    <message>
        <source>Revenue won</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>Новые сделки</translation>
    </message>
    <message>
        <source>Activities done</source>
        <translation>Выполнено действий</translation>
    </message>
    <message>
        <source>%1 of %2 · %3%</source>
        <translation>%1 из %2 · %3%</translation>
    </message>
    <message>
        <source>%1 · no target set</source>
        <translation>%1 · план не задан</translation>
    </message>
    <message numerus="yes">
        <source> · +%n won in other currencies</source>
        <translation>
            <numerusform> · +%n сделка в других валютах</numerusform>
            <numerusform> · +%n сделки в других валютах</numerusform>
            <numerusform> · +%n сделок в других валютах</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::TargetsDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Планы продаж</translation>
    </message>
    <message>
        <source>Rep or team</source>
        <translation>Менеджер или команда</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Выручка, %1</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>Новые сделки</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>This target is in %1; a new amount is saved in %2.</source>
        <translation>Этот план продаж задан в валюте %1; новая сумма будет сохранена в валюте %2.</translation>
    </message>
    <message>
        <source>%1 (team)</source>
        <translation>%1 (команда)</translation>
    </message>
    <message>
        <source>Targets not saved</source>
        <translation>Планы продаж не сохранены</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Set targets for %1</source>
        <translation>изменение планов продаж: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) saved.</source>
        <translation>
            <numerusform>Сохранён %n план продаж.</numerusform>
            <numerusform>Сохранено %n плана продаж.</numerusform>
            <numerusform>Сохранено %n планов продаж.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved targets</source>
        <translation>Несохранённые планы продаж</translation>
    </message>
    <message>
        <source>Save the changes to the targets of %1?</source>
        <translation>Сохранить изменения в планах продаж (%1)?</translation>
    </message>
    <message>
        <source>Q%1 (%2–%3)</source>
        <translation>%1 кв. (%2–%3)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Пер&amp;иод:</translation>
    </message>
    <message>
        <source>Set targets for a month, or for a quarter at the end of the list. A month without its own target counts a third of its quarter&apos;s; a team without its own target is measured by its members&apos; together.</source>
        <translation>Задайте планы продаж на месяц или, в конце списка, на квартал. Для месяца без собственного плана берётся треть плана на квартал; команда без собственного плана оценивается по сумме планов её участников.</translation>
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
        <translation>Срок</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Send the offer, call back …</source>
        <translation>Отправить предложение, перезвонить …</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>“%1” is not a known record: pick one from the list or clear it.</source>
        <translation>«%1» — неизвестная запись: выберите запись из списка или очистите поле.</translation>
    </message>
</context>
<context>
    <name>tandem::TaskListModel</name>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Предстоящие</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Без срока</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>Отметить задачу «%1» как выполненную</translation>
    </message>
    <message>
        <source>Mark “%1” not done</source>
        <translation>Снять отметку о выполнении задачи «%1»</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Высокий приоритет</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Низкий приоритет</translation>
    </message>
    <message>
        <source>Normal priority</source>
        <translation>Обычный приоритет</translation>
    </message>
    <message>
        <source>%1 ↻</source>
        <translation>%1 ↻</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Относится к</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
</context>
<context>
    <name>tandem::TasksModule</name>
    <message>
        <source>New &amp;task…</source>
        <translation>&amp;Добавить задачу…</translation>
    </message>
    <message>
        <source>Mark &amp;done / not done</source>
        <translation>Отметить как &amp;выполненную / невыполненную</translation>
    </message>
    <message>
        <source>A task with a due date, priority and what it is for</source>
        <translation>Задача со сроком, приоритетом и указанием, к чему она относится</translation>
    </message>
    <message>
        <source>Tick the selected task off, or back on (Space)</source>
        <translation>Отметить выбранную задачу как выполненную или снять отметку (Пробел)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Мой день</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Whose tasks</source>
        <translation>Чьи задачи</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Невыполненные</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполненные</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Не изменено</translation>
    </message>
    <message>
        <source>New task “%1”</source>
        <translation>создание задачи «%1»</translation>
    </message>
    <message>
        <source>Someone else&apos;s customer</source>
        <translation>Чужой клиент</translation>
    </message>
    <message>
        <source>%1

The task is saved and the owner has been told.</source>
        <translation>%1

Задача сохранена, ответственный получил уведомление.</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>редактирование: «%1»</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>срок истекает</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>без клиента</translation>
    </message>
    <message numerus="yes">
        <source>Customer cases needing attention (%n):</source>
        <translation>
            <numerusform>Требует внимания %n обращение клиента:</numerusform>
            <numerusform>Требуют внимания %n обращения клиентов:</numerusform>
            <numerusform>Требуют внимания %n обращений клиентов:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more in Cases.</source>
        <translation>
            <numerusform>и ещё %n в разделе «Обращения».</numerusform>
            <numerusform>и ещё %n в разделе «Обращения».</numerusform>
            <numerusform>и ещё %n в разделе «Обращения».</numerusform>
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
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
</context>
<context>
    <name>tandem::TerritoryCardView</name>
    <message>
        <source>Assign companies by rules</source>
        <translation>Распределить компании по правилам</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Передать…</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Изменить сведения</translation>
    </message>
    <message>
        <source>Give every company that has no territory yet the one its country, region, city, postcode or industry falls in</source>
        <translation>Назначить каждой компании без территории ту, в которую она попадает по стране, региону, городу, индексу или отрасли</translation>
    </message>
    <message>
        <source>Hand this territory and its owner&apos;s open business in it to another salesperson</source>
        <translation>Передать эту территорию вместе с незакрытыми делами её ответственного другому менеджеру по продажам</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Сделки в работе</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Ответственный: %1</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>пока не назначен</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Команда: %1</translation>
    </message>
    <message>
        <source>Companies: %1 · Open deals: %2 · Open leads: %3</source>
        <translation>Компаний: %1 · Сделок в работе: %2 · Лидов в работе: %3</translation>
    </message>
    <message>
        <source>Named accounts: put a company here by choosing this territory on it.</source>
        <translation>Закреплённые клиенты: чтобы добавить сюда компанию, выберите эту территорию в её карточке.</translation>
    </message>
    <message>
        <source>New companies that match the rule are placed here as they are created.</source>
        <translation>Новые компании, подходящие под правило, попадают сюда при создании.</translation>
    </message>
    <message>
        <source>Assign companies to territories</source>
        <translation>распределение компаний по территориям</translation>
    </message>
    <message>
        <source>Every company the rules can place already has a territory.</source>
        <translation>У всех компаний, которые можно распределить по правилам, территория уже есть.</translation>
    </message>
    <message>
        <source>Companies given a territory by the rules: %1 (Edit › Undo puts them back).</source>
        <translation>Компаний, получивших территорию по правилам: %1 (Правка › Отменить вернёт всё как было).</translation>
    </message>
    <message>
        <source>Reassign territory “%1”</source>
        <translation>передача территории «%1»</translation>
    </message>
</context>
<context>
    <name>tandem::TimeGridCanvas</name>
    <message>
        <source>Calendar hours</source>
        <translation>Часы календаря</translation>
    </message>
</context>
<context>
    <name>tandem::TimeGridHeader</name>
    <message>
        <source>Days and all-day events</source>
        <translation>Дни и события на весь день</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Весь день</translation>
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
        <translation>Сделка: %1</translation>
    </message>
    <message>
        <source>Deal: %1 (%2)</source>
        <translation>Сделка: %1 (%2)</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Документ: %1</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <extracomment>A case&apos;s step on a timeline: &quot;Case: Broken cooling unit (resolved)&quot;</extracomment>
        <translation>Обращение: %1</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <extracomment>A field change on a timeline: &quot;Job title changed&quot;</extracomment>
        <translation>Изменено: %1</translation>
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
        <translation>Обращение: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>tandem::UserCardView</name>
    <message>
        <source>Edit details</source>
        <translation>Изменить сведения</translation>
    </message>
    <message>
        <source>Ask them about</source>
        <translation>Можно обращаться по вопросам</translation>
    </message>
    <message>
        <source>Territories they own</source>
        <translation>Отвечает за территории</translation>
    </message>
    <message>
        <source>%1 (no longer active)</source>
        <translation>%1 (неактивен)</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Команда: %1</translation>
    </message>
    <message>
        <source>Manager: %1</source>
        <translation>Руководитель: %1</translation>
    </message>
    <message>
        <source>No skills listed yet: add them under Edit details so colleagues find them from the search box.</source>
        <translation>Навыки пока не указаны: добавьте их через «Изменить сведения», чтобы коллеги могли найти этого сотрудника через поиск.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
</context>
</TS>
