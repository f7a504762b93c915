<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1</source>
        <translation>
            <numerusform>Wrote %n change to %1</numerusform>
            <numerusform>Wrote %n changes to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new change(s) from %1.</source>
        <translation>
            <numerusform>Imported %n new change from %1.</numerusform>
            <numerusform>Imported %n new changes from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) updated.</source>
        <translation>
            <numerusform>%n record updated.</numerusform>
            <numerusform>%n records updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review.</source>
        <translation>
            <numerusform>%n conflict to review.</numerusform>
            <numerusform>%n conflicts to review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n bundle(s) of other copies.</source>
        <translation>
            <numerusform>Read %n bundle of other copies.</numerusform>
            <numerusform>Read %n bundles of other copies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new change(s).</source>
        <translation>
            <numerusform>%n new change.</numerusform>
            <numerusform>%n new changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message numerus="yes">
        <source>This database already holds %n contact(s); demo data only goes into a new, empty database.</source>
        <translation>
            <numerusform>This database already holds %n contact; demo data only goes into a new, empty database.</numerusform>
            <numerusform>This database already holds %n contacts; demo data only goes into a new, empty database.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldDisplay</name>
    <message numerus="yes">
        <source>(%n bytes)</source>
        <translation>
            <numerusform>(%n byte)</numerusform>
            <numerusform>(%n bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message numerus="yes">
        <source>(%n bytes)</source>
        <translation>
            <numerusform>(%n byte)</numerusform>
            <numerusform>(%n bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::MainWindow</name>
    <message numerus="yes">
        <source>%n problem(s) found. Make a backup, then run “tandem-cli check --repair”.</source>
        <translation>
            <numerusform>%n problem found. Make a backup, then run “tandem-cli check --repair”.</numerusform>
            <numerusform>%n problems found. Make a backup, then run “tandem-cli check --repair”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::SyncView</name>
    <message numerus="yes">
        <source>This copy is %1. %n change(s) made here have not reached another copy yet.</source>
        <translation>
            <numerusform>This copy is %1. %n change made here has not reached another copy yet.</numerusform>
            <numerusform>This copy is %1. %n changes made here have not reached another copy yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n bundle(s) of other copies.</source>
        <translation>
            <numerusform>Read %n bundle of other copies.</numerusform>
            <numerusform>Read %n bundles of other copies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new change(s).</source>
        <translation>
            <numerusform>%n new change.</numerusform>
            <numerusform>%n new changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1</source>
        <translation>
            <numerusform>Wrote %n change to %1</numerusform>
            <numerusform>Wrote %n changes to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new change(s) from %1.</source>
        <translation>
            <numerusform>Imported %n new change from %1.</numerusform>
            <numerusform>Imported %n new changes from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review.</source>
        <translation>
            <numerusform>%n conflict to review.</numerusform>
            <numerusform>%n conflicts to review.</numerusform>
        </translation>
    </message>
</context>
</TS>
