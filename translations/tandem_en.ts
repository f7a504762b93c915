<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CalendarFiles</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of %1 cannot be imported:</source>
        <translation>
            <numerusform>%n item of %1 cannot be imported:</numerusform>
            <numerusform>%n items of %1 cannot be imported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the other %n item(s) and leave these out?</source>
        <translation>
            <numerusform>Import the other %n item and leave these out?</numerusform>
            <numerusform>Import the other %n items and leave these out?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) and task(s) written to %1.</source>
        <translation>
            <numerusform>%n event and task written to %1.</numerusform>
            <numerusform>%n events and tasks written to %1.</numerusform>
        </translation>
    </message>
</context>
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
    <message numerus="yes">
        <source>nothing was imported: %n problem(s) in the file. Fix them, or import the rest with --skip-invalid.</source>
        <translation>
            <numerusform>nothing was imported: %n problem in the file. Fix them, or import the rest with --skip-invalid.</numerusform>
            <numerusform>nothing was imported: %n problems in the file. Fix them, or import the rest with --skip-invalid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n record to %1.</numerusform>
            <numerusform>Wrote %n records to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of contacts that arrived look like the same person: review them with tandem-cli duplicates.</source>
        <translation>
            <numerusform>%n pair of contacts that arrived look like the same person: review them with tandem-cli duplicates.</numerusform>
            <numerusform>%n pairs of contacts that arrived look like the same person: review them with tandem-cli duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %1 into %2: %n linked record(s) moved.</source>
        <translation>
            <numerusform>Merged %1 into %2: %n linked record moved.</numerusform>
            <numerusform>Merged %1 into %2: %n linked records moved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n follow-up task(s).</source>
        <translation>
            <numerusform>Created %n follow-up task.</numerusform>
            <numerusform>Created %n follow-up tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with an open complaint left out.</source>
        <translation>
            <numerusform>%n customer with an open complaint left out.</numerusform>
            <numerusform>%n customers with an open complaint left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n recipient</numerusform>
            <numerusform>%n recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no postal consent</source>
        <translation>
            <numerusform>%n left out: no postal consent</numerusform>
            <numerusform>%n left out: no postal consent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no complete address (%1)</source>
        <translation>
            <numerusform>%n left out: no complete address (%1)</numerusform>
            <numerusform>%n left out: no complete address (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealCommands</name>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
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
    <name>Escalations</name>
    <message numerus="yes">
        <source>“%1” on deal “%2” (%3) is not done %n day(s) after the deal entered “%4”.</source>
        <translation>
            <numerusform>“%1” on deal “%2” (%3) is not done %n day after the deal entered “%4”.</numerusform>
            <numerusform>“%1” on deal “%2” (%3) is not done %n days after the deal entered “%4”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deal “%1” (%2) has been in “%3” for more than %n day(s).</source>
        <translation>
            <numerusform>Deal “%1” (%2) has been in “%3” for more than %n day.</numerusform>
            <numerusform>Deal “%1” (%2) has been in “%3” for more than %n days.</numerusform>
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
    <name>Recurrence</name>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Every %n days</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Every %n weeks</numerusform>
            <numerusform>Every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n months</source>
        <translation>
            <numerusform>Every %n months</numerusform>
            <numerusform>Every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n years</source>
        <translation>
            <numerusform>Every %n years</numerusform>
            <numerusform>Every %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n times</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not included: %n won deal(s) in other currencies (%1).</source>
        <translation>
            <numerusform>Not included: %n won deal in other currencies (%1).</numerusform>
            <numerusform>Not included: %n won deals in other currencies (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not included: %n won deal(s) without a company.</source>
        <translation>
            <numerusform>Not included: %n won deal without a company.</numerusform>
            <numerusform>Not included: %n won deals without a company.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not included: %n won deal(s) without quote lines (what they sold is not known).</source>
        <translation>
            <numerusform>Not included: %n won deal without quote lines (what they sold is not known).</numerusform>
            <numerusform>Not included: %n won deals without quote lines (what they sold is not known).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not included: %n quote line(s) in other currencies (%1).</source>
        <translation>
            <numerusform>Not included: %n quote line in other currencies (%1).</numerusform>
            <numerusform>Not included: %n quote lines in other currencies (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not included: %n quote line(s) without a product (free text).</source>
        <translation>
            <numerusform>Not included: %n quote line without a product (free text).</numerusform>
            <numerusform>Not included: %n quote lines without a product (free text).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) in other currencies (%1) count under Won but not in Revenue.</source>
        <translation>
            <numerusform>%n won deal in other currencies (%1) count under Won but not in Revenue.</numerusform>
            <numerusform>%n won deals in other currencies (%1) count under Won but not in Revenue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cost of %n campaign(s) in other currencies (%1) is not shown, nor their cost per lead and return.</source>
        <translation>
            <numerusform>The cost of %n campaign in other currencies (%1) is not shown, nor their cost per lead and return.</numerusform>
            <numerusform>The cost of %n campaigns in other currencies (%1) is not shown, nor their cost per lead and return.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in other currencies (%1) are not included.</source>
        <translation>
            <numerusform>%n deal in other currencies (%1) are not included.</numerusform>
            <numerusform>%n deals in other currencies (%1) are not included.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) without an expected close date are not included.</source>
        <translation>
            <numerusform>%n open deal without an expected close date are not included.</numerusform>
            <numerusform>%n open deals without an expected close date are not included.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) in other currencies (%1) are ignored.</source>
        <translation>
            <numerusform>%n target in other currencies (%1) are ignored.</numerusform>
            <numerusform>%n targets in other currencies (%1) are ignored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) in other currencies (%1) count under Won deals but not in Won revenue.</source>
        <translation>
            <numerusform>%n won deal in other currencies (%1) count under Won deals but not in Won revenue.</numerusform>
            <numerusform>%n won deals in other currencies (%1) count under Won deals but not in Won revenue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote line(s) in other currencies (%1) are not included.</source>
        <translation>
            <numerusform>%n quote line in other currencies (%1) are not included.</numerusform>
            <numerusform>%n quote lines in other currencies (%1) are not included.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) in other currencies (%1) are not included.</source>
        <translation>
            <numerusform>%n won deal in other currencies (%1) are not included.</numerusform>
            <numerusform>%n won deals in other currencies (%1) are not included.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) without quote lines are not included: what they sold is not known.</source>
        <translation>
            <numerusform>%n won deal without quote lines are not included: what they sold is not known.</numerusform>
            <numerusform>%n won deals without quote lines are not included: what they sold is not known.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) without a company count in neither repeat nor new-customer revenue.</source>
        <translation>
            <numerusform>%n won deal without a company count in neither repeat nor new-customer revenue.</numerusform>
            <numerusform>%n won deals without a company count in neither repeat nor new-customer revenue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed deal(s) in other currencies (%1) are not included.</source>
        <translation>
            <numerusform>%n closed deal in other currencies (%1) are not included.</numerusform>
            <numerusform>%n closed deals in other currencies (%1) are not included.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) won in other currencies are not included.</source>
        <translation>
            <numerusform>%n deal won in other currencies are not included.</numerusform>
            <numerusform>%n deals won in other currencies are not included.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Territories</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n open deal</numerusform>
            <numerusform>%n open deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open lead(s)</source>
        <translation>
            <numerusform>%n open lead</numerusform>
            <numerusform>%n open leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n open task</numerusform>
            <numerusform>%n open tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::BoardModel</name>
    <message numerus="yes">
        <source>+ %n other currency(ies)</source>
        <translation>
            <numerusform>+ %n other currency(ies)</numerusform>
            <numerusform>+ %n other currency(ies)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::BoardView</name>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n open deal</numerusform>
            <numerusform>%n open deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::CompanyCardView</name>
    <message numerus="yes">
        <source>&lt;b&gt;Satisfaction&lt;/b&gt; %1 / 5 (%n case(s))</source>
        <translation>
            <numerusform>&lt;b&gt;Satisfaction&lt;/b&gt; %1 / 5 (%n case)</numerusform>
            <numerusform>&lt;b&gt;Satisfaction&lt;/b&gt; %1 / 5 (%n cases)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::DealCardDelegate</name>
    <message numerus="yes">
        <source>%n day(s) here</source>
        <translation>
            <numerusform>%n day here</numerusform>
            <numerusform>%n days here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::DealDocumentsView</name>
    <message numerus="yes">
        <source>Attach %n file(s) from the sales materials</source>
        <translation>
            <numerusform>Attach %n file from the sales materials</numerusform>
            <numerusform>Attach %n files from the sales materials</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::DocumentSettingsPage</name>
    <message numerus="yes">
        <source>Copied %n template(s).</source>
        <translation>
            <numerusform>Copied %n template.</numerusform>
            <numerusform>Copied %n templates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n template(s) already there unchanged.</source>
        <translation>
            <numerusform>Kept %n template already there unchanged.</numerusform>
            <numerusform>Kept %n templates already there unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::DormantDialog</name>
    <message numerus="yes">
        <source>%n customer(s) found. Tick those who should get a follow-up task.</source>
        <translation>
            <numerusform>%n customer found. Tick those who should get a follow-up task.</numerusform>
            <numerusform>%n customers found. Tick those who should get a follow-up task.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create %n follow-up task(s)</source>
        <translation>
            <numerusform>Create %n follow-up task</numerusform>
            <numerusform>Create %n follow-up tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up task(s) created.</source>
        <translation>
            <numerusform>%n follow-up task created.</numerusform>
            <numerusform>%n follow-up tasks created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open complaint(s): no sales letter until resolved</source>
        <translation>
            <numerusform>%n open complaint: no sales letter until resolved</numerusform>
            <numerusform>%n open complaints: no sales letter until resolved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an open complaint left out (greyed).</source>
        <translation>
            <numerusform>%n with an open complaint left out (greyed).</numerusform>
            <numerusform>%n with an open complaint left out (greyed).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::DrillDialog</name>
    <message numerus="yes">
        <source>%n record(s). Double-click one to open it.</source>
        <translation>
            <numerusform>%n record. Double-click one to open it.</numerusform>
            <numerusform>%n records. Double-click one to open it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n pair(s) that look like the same record.</source>
        <translation>
            <numerusform>%n pair that look like the same record.</numerusform>
            <numerusform>%n pairs that look like the same record.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::EventDialog</name>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minute before</numerusform>
            <numerusform>%n minutes before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::FollowUpDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) have not been contacted although their first contact is due. Leads not followed up within days are the ones that get lost.</source>
        <translation>
            <numerusform>%n lead have not been contacted although their first contact is due. Leads not followed up within days are the ones that get lost.</numerusform>
            <numerusform>%n leads have not been contacted although their first contact is due. Leads not followed up within days are the ones that get lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::FreeSlotDialog</name>
    <message numerus="yes">
        <source>%n free time(s) when everyone can.</source>
        <translation>
            <numerusform>%n free time when everyone can.</numerusform>
            <numerusform>%n free times when everyone can.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ImportDialog</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to fill in</source>
        <translation>
            <numerusform>%n to fill in</numerusform>
            <numerusform>%n to fill in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here</source>
        <translation>
            <numerusform>%n already here</numerusform>
            <numerusform>%n already here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems: fix the file, or import the rest without them.</source>
        <translation>
            <numerusform>%n row with problems: fix the file, or import the rest without them.</numerusform>
            <numerusform>%n rows with problems: fix the file, or import the rest without them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n created</numerusform>
            <numerusform>%n created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filled in</source>
        <translation>
            <numerusform>%n filled in</numerusform>
            <numerusform>%n filled in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here, skipped</source>
        <translation>
            <numerusform>%n already here, skipped</numerusform>
            <numerusform>%n already here, skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out with problems</source>
        <translation>
            <numerusform>%n left out with problems</numerusform>
            <numerusform>%n left out with problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::LeadsModule</name>
    <message numerus="yes">
        <source>The deal “%1” is on the pipeline, with %n activity(ies) carried over. Open it now?</source>
        <translation>
            <numerusform>The deal “%1” is on the pipeline, with %n activity(ies) carried over. Open it now?</numerusform>
            <numerusform>The deal “%1” is on the pipeline, with %n activity(ies) carried over. Open it now?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::MailingDialog</name>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n recipient</numerusform>
            <numerusform>%n recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without postal consent left out</source>
        <translation>
            <numerusform>%n without postal consent left out</numerusform>
            <numerusform>%n without postal consent left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a complete address left out (%1)</source>
        <translation>
            <numerusform>%n without a complete address left out (%1)</numerusform>
            <numerusform>%n without a complete address left out (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved to %1.</source>
        <translation>
            <numerusform>%n letter saved to %1.</numerusform>
            <numerusform>%n letters saved to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) saved to %1.</source>
        <translation>
            <numerusform>%n label saved to %1.</numerusform>
            <numerusform>%n labels saved to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) saved to %1.</source>
        <translation>
            <numerusform>%n address(es) saved to %1.</numerusform>
            <numerusform>%n address(es) saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::MainWindow</name>
    <message numerus="yes">
        <source>%n problem(s) found in %1.</source>
        <translation>
            <numerusform>%n problem found in %1.</numerusform>
            <numerusform>%n problems found in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::MaterialLibraryView</name>
    <message numerus="yes">
        <source>Tags for the %n file(s), separated by commas, e.g. “brochure, en” (may stay empty):</source>
        <translation>
            <numerusform>Tags for the %n file, separated by commas, e.g. “brochure, en” (may stay empty):</numerusform>
            <numerusform>Tags for the %n files, separated by commas, e.g. “brochure, en” (may stay empty):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n file(s) to the sales materials</source>
        <translation>
            <numerusform>Add %n file to the sales materials</numerusform>
            <numerusform>Add %n files to the sales materials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n files was added.</source>
        <translation>
            <numerusform>None of the %n files was added.</numerusform>
            <numerusform>None of the %n files was added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tags of the %n selected files, separated by commas (tags only some of them have are kept):</source>
        <translation>
            <numerusform>Tags of the %n selected files, separated by commas (tags only some of them have are kept):</numerusform>
            <numerusform>Tags of the %n selected files, separated by commas (tags only some of them have are kept):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n files</source>
        <translation>
            <numerusform>Tag %n files</numerusform>
            <numerusform>Tag %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save copies of %n files</source>
        <translation>
            <numerusform>Save copies of %n files</numerusform>
            <numerusform>Save copies of %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n selected files from the sales materials? Copies already attached to deals and offers stay with them.</source>
        <translation>
            <numerusform>Remove the %n selected files from the sales materials? Copies already attached to deals and offers stay with them.</numerusform>
            <numerusform>Remove the %n selected files from the sales materials? Copies already attached to deals and offers stay with them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n files from the sales materials</source>
        <translation>
            <numerusform>Remove %n files from the sales materials</numerusform>
            <numerusform>Remove %n files from the sales materials</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::NotificationsButton</name>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n new notification</numerusform>
            <numerusform>%n new notifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::PartiesModule</name>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n record to %1.</numerusform>
            <numerusform>Wrote %n records to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::QuoteMaterials</name>
    <message numerus="yes">
        <source>Send %n file(s) from the sales materials with the offer</source>
        <translation>
            <numerusform>Send %n file from the sales materials with the offer</numerusform>
            <numerusform>Send %n files from the sales materials with the offer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Do not send %n file(s) with the offer</source>
        <translation>
            <numerusform>Do not send %n file with the offer</numerusform>
            <numerusform>Do not send %n files with the offer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::RecurrenceEditor</name>
    <message numerus="yes">
        <source> days</source>
        <translation>
            <numerusform> days</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> weeks</source>
        <translation>
            <numerusform> weeks</numerusform>
            <numerusform> weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> months</source>
        <translation>
            <numerusform> months</numerusform>
            <numerusform> months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> years</source>
        <translation>
            <numerusform> years</numerusform>
            <numerusform> years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> times</source>
        <translation>
            <numerusform> times</numerusform>
            <numerusform> times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ReminderCenter</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n reminder</numerusform>
            <numerusform>%n reminders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ReminderDialog</name>
    <message numerus="yes">
        <source>%n reminder(s) need your attention.</source>
        <translation>
            <numerusform>%n reminder need your attention.</numerusform>
            <numerusform>%n reminders need your attention.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ReportTableModel</name>
    <message numerus="yes">
        <source>Double-click to see the %n record(s) behind this figure.</source>
        <translation>
            <numerusform>Double-click to see the %n record behind this figure.</numerusform>
            <numerusform>Double-click to see the %n records behind this figure.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ReportsModule</name>
    <message numerus="yes">
        <source>%n row(s) in %1 ms</source>
        <translation>
            <numerusform>%n row in %1 ms</numerusform>
            <numerusform>%n rows in %1 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create a follow-up task for each of the %n customer(s) listed, for their owners?</source>
        <translation>
            <numerusform>Create a follow-up task for each of the %n customer listed, for their owners?</numerusform>
            <numerusform>Create a follow-up task for each of the %n customers listed, for their owners?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) already have an open follow-up task and are left out.</source>
        <translation>
            <numerusform>%n customer already have an open follow-up task and are left out.</numerusform>
            <numerusform>%n customers already have an open follow-up task and are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company card(s) now show a different class.</source>
        <translation>
            <numerusform>%n company card now show a different class.</numerusform>
            <numerusform>%n company cards now show a different class.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with an open complaint are left out: no sales letter until it is resolved.</source>
        <translation>
            <numerusform>%n customer with an open complaint are left out: no sales letter until it is resolved.</numerusform>
            <numerusform>%n customers with an open complaint are left out: no sales letter until it is resolved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::StageColumn</name>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
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
    <message numerus="yes">
        <source>%n pair(s) of contacts that arrived look like the same person: review them in Contacts → Find duplicates.</source>
        <translation>
            <numerusform>%n pair of contacts that arrived look like the same person: review them in Contacts → Find duplicates.</numerusform>
            <numerusform>%n pairs of contacts that arrived look like the same person: review them in Contacts → Find duplicates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::TargetPanel</name>
    <message numerus="yes">
        <source> · +%n won in other currencies</source>
        <translation>
            <numerusform> · +%n won in other currencies</numerusform>
            <numerusform> · +%n won in other currencies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::TargetsDialog</name>
    <message numerus="yes">
        <source>%n target(s) saved.</source>
        <translation>
            <numerusform>%n target saved.</numerusform>
            <numerusform>%n targets saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::TasksModule</name>
    <message numerus="yes">
        <source>and %n more in Cases.</source>
        <translation>
            <numerusform>and %n more in Cases.</numerusform>
            <numerusform>and %n more in Cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customer cases needing attention (%n):</source>
        <translation>
            <numerusform>Customer cases needing attention (%n):</numerusform>
            <numerusform>Customer cases needing attention (%n):</numerusform>
        </translation>
    </message>
</context>
</TS>
