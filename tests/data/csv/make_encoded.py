#!/usr/bin/env python3
"""Writes the CSV test files that are not UTF-8 (and the UTF-8 ones whose exact bytes matter):
run it from this folder after changing a sample. Each file says which encoding it is in."""

OUTLOOK_HEADER = (
    "Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,Business Street,"
    "Business Street 2,Business Street 3,Business City,Business State,Business Postal Code,"
    "Business Country/Region,Home Street,Home Street 2,Home Street 3,Home City,Home State,"
    "Home Postal Code,Home Country/Region,Other Street,Other Street 2,Other Street 3,Other City,"
    "Other State,Other Postal Code,Other Country/Region,Assistant's Phone,Business Fax,"
    "Business Phone,Business Phone 2,Callback,Car Phone,Company Main Phone,Home Fax,Home Phone,"
    "Home Phone 2,ISDN,Mobile Phone,Other Fax,Other Phone,Pager,Primary Phone,Radio Phone,"
    "TTY/TDD Phone,Telex,Account,Anniversary,Assistant's Name,Billing Information,Birthday,"
    "Business Address PO Box,Categories,Children,Directory Server,E-mail Address,E-mail Type,"
    "E-mail Display Name,E-mail 2 Address,E-mail 2 Type,E-mail 2 Display Name,E-mail 3 Address,"
    "E-mail 3 Type,E-mail 3 Display Name,Gender,Government ID Number,Hobby,Home Address PO Box,"
    "Initials,Internet Free Busy,Keywords,Language,Location,Manager's Name,Mileage,Notes,"
    "Office Location,Organizational ID Number,Other Address PO Box,Priority,Private,Profession,"
    "Referred By,Sensitivity,Spouse,User 1,User 2,User 3,User 4,Web Page"
)


def outlook_row(values):
    cols = OUTLOOK_HEADER.split(",")
    row = [""] * len(cols)
    for k, v in values.items():
        row[cols.index(k)] = v
    out = []
    for v in row:
        if any(c in v for c in ',"\n'):
            v = '"' + v.replace('"', '""') + '"'
        out.append(v)
    return ",".join(out)


def outlook():
    rows = [
        {"Title": "Pani", "First Name": "Małgorzata", "Last Name": "Wąsowska-Żółć",
         "Company": "Łódzkie Młyny Sp. z o.o.", "Department": "Zakupy", "Job Title": "Kierowniczka",
         "Business Street": "ul. Piotrkowska 12", "Business Street 2": "lok. 5",
         "Business City": "Łódź", "Business State": "łódzkie", "Business Postal Code": "90-001",
         "Business Country/Region": "Polska", "Business Phone": "+48 42 123 45 67",
         "Mobile Phone": "+48 601 234 567", "Business Fax": "+48 42 123 45 68",
         "Birthday": "15.03.1980", "Categories": "Klienci;VIP", "E-mail Address": "m.wasowska@mlyny.pl",
         "E-mail Type": "SMTP", "E-mail Display Name": "Małgorzata Wąsowska (m.wasowska@mlyny.pl)",
         "Notes": "Woli kontakt przed południem.\nNie dzwonić w piątki.", "Web Page": "mlyny.pl"},
        {"First Name": "Grzegorz", "Last Name": "Brzęczyszczykiewicz", "Company": "Chrząszcz i Syn",
         "Job Title": "Prezes", "Home Street": "ul. Źródlana 3", "Home City": "Gdańsk",
         "Home Postal Code": "80-100", "Home Country/Region": "Polska", "Home Phone": "58 555 12 34",
         "Birthday": "0.0.00", "E-mail Address": "grzegorz@chrzaszcz.pl",
         "E-mail 2 Address": "g.b@poczta.pl"},
        {"Company": "Firma bez osoby", "Business City": "Kraków"},
    ]
    text = OUTLOOK_HEADER + "\r\n" + "".join(outlook_row(r) + "\r\n" for r in rows)
    with open("outlook.csv", "wb") as f:
        f.write(text.encode("cp1250"))


def lithuanian():
    text = (
        "First Name;Last Name;Company;E-mail;City\r\n"
        "Šarūnas;Žemaitis;UAB „Ąžuolynė“;sarunas@azuolyne.lt;Šiauliai\r\n"
        "Gintarė;Jonaitytė-Čepienė;Ūkininkų kooperatyvas;gintare@ukis.lt;Kėdainiai\r\n"
        "Vytautas;Ėmužis;Įrankių sandėlis;vytautas@irankiai.lt;Panevėžys\r\n"
    )
    with open("lithuanian-1257.csv", "wb") as f:
        f.write(text.encode("cp1257"))


def russian():
    text = (
        "First Name,Last Name,Company,E-mail,City\r\n"
        "Алексей,Смирнов,ООО «Северный ветер»,a.smirnov@sever.ru,Санкт-Петербург\r\n"
        "Олена,Коваленко,ТОВ «Їжак і Ґудзик»,olena@yizhak.ua,Київ\r\n"
        "Дмитрий,Лебедев,,d.lebedev@mail.ru,Новосибирск\r\n"
    )
    with open("russian-1251.csv", "wb") as f:
        f.write(text.encode("cp1251"))


def polish_short():
    # Short Polish text in windows-1250 whose bytes are also letters in windows-1251.
    text = "Name,City\r\nŁukasz Wójcik,Łódź\r\nŻaneta Kuźniar,Września\r\n"
    with open("polish-1250.csv", "wb") as f:
        f.write(text.encode("cp1250"))


GOOGLE_HEADER = (
    "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,"
    "Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,"
    "Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,"
    "Priority,Subject,Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,"
    "E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,"
    "Phone 2 - Value,Address 1 - Type,Address 1 - Formatted,Address 1 - Street,Address 1 - City,"
    "Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,"
    "Address 1 - Extended Address,Organization 1 - Type,Organization 1 - Name,"
    "Organization 1 - Yomi Name,Organization 1 - Title,Organization 1 - Department,"
    "Organization 1 - Symbol,Organization 1 - Location,Organization 1 - Job Description,"
    "Website 1 - Type,Website 1 - Value"
)


def google():
    # The old Google Contacts export (UTF-8, LF).
    rows = [
        {"Name": "Rūta Petrauskienė", "Given Name": "Rūta", "Family Name": "Petrauskienė",
         "Name Prefix": "Dr.", "Birthday": "1985-04-23", "Notes": "Met at the Vilnius fair",
         "Language": "lt", "Group Membership": "* myContacts ::: Clients ::: Vilnius",
         "E-mail 1 - Type": "* Work", "E-mail 1 - Value": "ruta@baltic-wood.lt ::: ruta.p@gmail.com",
         "E-mail 2 - Type": "Home", "E-mail 2 - Value": "ruta@namai.lt",
         "Phone 1 - Type": "Mobile", "Phone 1 - Value": "+370 612 34567",
         "Phone 2 - Type": "Work", "Phone 2 - Value": "+370 5 212 3456",
         "Address 1 - Type": "Work",
         "Address 1 - Formatted": "Gedimino pr. 1\n01103 Vilnius\nLithuania",
         "Address 1 - Street": "Gedimino pr. 1", "Address 1 - City": "Vilnius",
         "Address 1 - Postal Code": "01103", "Address 1 - Country": "Lithuania",
         "Organization 1 - Name": "Baltic Wood UAB", "Organization 1 - Title": "Sales manager",
         "Organization 1 - Department": "Sales", "Website 1 - Type": "Work",
         "Website 1 - Value": "https://baltic-wood.lt"},
        {"Name": "Тарас Шевчук", "Given Name": "Тарас", "Additional Name": "Григорович",
         "Family Name": "Шевчук", "Language": "uk", "Group Membership": "* myContacts ::: * starred",
         "E-mail 1 - Type": "Other", "E-mail 1 - Value": "taras@example.ua",
         "Phone 1 - Type": "Work Fax", "Phone 1 - Value": "+380 44 123 4567",
         "Organization 1 - Name": "ТОВ «Дніпро»", "Organization 1 - Title": "Директор"},
        {"Notes": "Someone who only has a phone", "Group Membership": "* myContacts",
         "Phone 1 - Type": "Mobile", "Phone 1 - Value": "+370 600 00000"},
    ]
    cols = GOOGLE_HEADER.split(",")
    lines = [GOOGLE_HEADER]
    for r in rows:
        row = [""] * len(cols)
        for k, v in r.items():
            row[cols.index(k)] = v
        lines.append(",".join('"' + v + '"' if any(c in v for c in ',"\n') else v for v in row))
    with open("google.csv", "wb") as f:
        f.write(("\n".join(lines) + "\n").encode("utf-8"))


def semicolon_bom():
    # What Excel writes in a Lithuanian locale: UTF-8 with BOM, ';' between fields.
    text = ("Name;Registration code;VAT code;City;Status;Renewal date;Notes\r\n"
            "UAB „Žalgirio prekyba“;304555666;LT100005556661;Kaunas;Customer;2026-09-30;"
            "\"Skambinti; ne anksčiau 9 val.\"\r\n"
            "Šilo baldai;305777888;;Vilnius;prospect;2027-01-15;\r\n")
    with open("semicolon-bom.csv", "wb") as f:
        f.write(b"\xef\xbb\xbf" + text.encode("utf-8"))


def lithuanian_mapped():
    # Lithuanian headers no automatic match knows: mapping.json maps them.
    text = ("Pavardė;Vardas;El. paštas;Įmonė;Kategorijos;Pastabos\r\n"
            "Žemaitis;Šarūnas;sarunas@azuolyne.lt;Ąžuolynė;Klientai;nesvarbu\r\n")
    with open("lithuanian-mapped-1257.csv", "wb") as f:
        f.write(text.encode("cp1257"))


if __name__ == "__main__":
    outlook()
    lithuanian()
    russian()
    polish_short()
    semicolon_bom()
    google()
    lithuanian_mapped()
