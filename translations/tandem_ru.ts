<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <source>The bundle holds %1 changes but its header announces %2. Nothing was imported.</source>
        <translation>В пакете изменений: %1, а в его заголовке указано: %2. Ничего не импортировано.</translation>
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
        <source>Demo data: %1 users, %2 companies, %3 contacts, %4 leads, %5 deals, %6 activities in %7 s.</source>
        <translation>Демонстрационные данные: пользователей — %1, компаний — %2, контактов — %3, лидов — %4, сделок — %5, действий — %6; за %7 с.</translation>
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
        <source>usage: restore FILE [--preview]</source>
        <translation>использование: restore FILE [--preview]</translation>
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
  restore FILE [--preview]
  whoami [--set USER_ID]                 пользователь, от имени которого вносит изменения эта копия
  sync export --to FILE [--peer SITE] | sync import FILE | sync folder DIR
  sync status | sync conflicts [--json] | sync resolve ID --take-other|--keep
  sync passphrase --set TEXT | --clear

ENTITY: %1
База данных по умолчанию: %2 (или $TANDEM_DB).
</translation>
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
        <source>Wrote %1 changes to %2</source>
        <translation>Изменений записано: %1, файл: %2</translation>
    </message>
    <message>
        <source>usage: sync import FILE</source>
        <translation>использование: sync import FILE</translation>
    </message>
    <message>
        <source>Imported %1 new of %2 changes from %3 (%4 records); %5 conflicts to review.</source>
        <translation>Импортировано новых изменений от узла %3: %1 из %2 (записей: %4); конфликтов для проверки: %5.</translation>
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
        <source>Read %1 bundles (%2 new changes); wrote %3</source>
        <translation>Прочитано пакетов: %1 (новых изменений: %2); записан пакет %3</translation>
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
        <source>peer %1	last sent %2	last received %3</source>
        <translation>узел %1	последняя отправка %2	последнее получение %3</translation>
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
        <source>usage: sync export|import|folder|status|conflicts|resolve|passphrase …</source>
        <translation>использование: sync export|import|folder|status|conflicts|resolve|passphrase …</translation>
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
        <source>The change could not be saved: no transaction is open.</source>
        <translation>Не удалось сохранить изменение: внутренняя ошибка (транзакция не открыта).</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Demo data is being written.</source>
        <translation>Демонстрационные данные ещё создаются.</translation>
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
        <source>The search index holds %1 records but %2 are searchable; rebuild it with &apos;tandem-cli check --repair&apos;.</source>
        <translation>В поисковом индексе записей: %1, а доступных для поиска записей: %2; перестройте индекс командой &apos;tandem-cli check --repair&apos;.</translation>
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
</TS>
