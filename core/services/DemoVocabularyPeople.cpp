// Demo people: first names, surnames, departments and job titles in each customer language.
#include "services/DemoVocabulary.h"

namespace tandem::demo {

using detail::gendered;
using detail::words;

namespace {

Language lithuanian()
{
    Language l;
    l.code = QStringLiteral("lt");
    l.maleNames = words({ "Šarūnas", "Mindaugas", "Tomas", "Darius", "Andrius", "Vytautas",
        "Giedrius", "Marius", "Paulius", "Mantas", "Lukas", "Jonas", "Rokas", "Tadas", "Audrius",
        "Gediminas", "Povilas", "Karolis", "Arūnas", "Saulius", "Rimantas", "Egidijus", "Dainius",
        "Linas", "Justinas" });
    l.femaleNames = words({ "Rūta", "Eglė", "Jurgita", "Asta", "Ieva", "Greta", "Inga", "Lina",
        "Aušra", "Vilma", "Dovilė", "Gintarė", "Kristina", "Laura", "Agnė", "Simona", "Justina",
        "Rasa", "Milda", "Austėja", "Indrė", "Neringa", "Živilė", "Daiva", "Vaida" });
    l.surnames = words({ "Kazlauskas", "Jankauskas", "Petrauskas", "Stankevičius", "Vasiliauskas",
        "Žukauskas", "Butkus", "Paulauskas", "Urbonas", "Kavaliauskas", "Baranauskas", "Pocius",
        "Sakalauskas", "Navickas", "Rimkus", "Mikalauskas", "Lukoševičius", "Kairys", "Balčiūnas",
        "Adomaitis", "Petraitis", "Vaitkus", "Žilinskas", "Ramanauskas", "Jonaitis", "Grigas",
        "Stonkus", "Šimkus", "Bernotas", "Mockus", "Tamošiūnas", "Gudaitis", "Budrys", "Valančius",
        "Kriščiūnas" });
    l.management = QStringLiteral("Vadovybė");
    l.director = gendered("Generalinis direktorius", "Generalinė direktorė");
    l.departments = {
        { QStringLiteral("Pardavimai"), gendered("Pardavimų vadovas", "Pardavimų vadovė"),
            { gendered("Pardavimų vadybininkas", "Pardavimų vadybininkė"),
                gendered("Klientų aptarnavimo specialistas", "Klientų aptarnavimo specialistė") } },
        { QStringLiteral("Pirkimai"), gendered("Pirkimų vadovas", "Pirkimų vadovė"),
            { gendered("Pirkimų specialistas", "Pirkimų specialistė"),
                gendered("Tiekimo vadybininkas", "Tiekimo vadybininkė") } },
        { QStringLiteral("Finansai"), gendered("Finansų direktorius", "Finansų direktorė"),
            { gendered("Vyriausiasis buhalteris", "Vyriausioji buhalterė"),
                gendered("Buhalteris", "Buhalterė") } },
        { QStringLiteral("Logistika"), gendered("Logistikos vadovas", "Logistikos vadovė"),
            { gendered("Sandėlio vedėjas", "Sandėlio vedėja"),
                gendered("Logistikos specialistas", "Logistikos specialistė") } },
        { QStringLiteral("IT"), gendered("IT vadovas", "IT vadovė"),
            { gendered("Sistemų administratorius", "Sistemų administratorė"),
                gendered("IT specialistas", "IT specialistė") } },
    };
    return l;
}

Language polish()
{
    Language l;
    l.code = QStringLiteral("pl");
    l.maleNames = words({ "Łukasz", "Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał", "Marcin",
        "Grzegorz", "Jakub", "Adam", "Mateusz", "Wojciech", "Andrzej", "Kamil", "Maciej", "Rafał",
        "Robert", "Dariusz", "Sebastian", "Bartosz", "Przemysław", "Szymon", "Jarosław", "Artur",
        "Damian" });
    l.femaleNames = words({ "Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Magdalena", "Joanna",
        "Monika", "Ewa", "Aleksandra", "Karolina", "Natalia", "Justyna", "Beata", "Dorota", "Marta",
        "Izabela", "Paulina", "Zofia", "Barbara", "Agata", "Iwona", "Sylwia", "Renata", "Weronika",
        "Elżbieta" });
    l.surnames = words({ "Wójcik", "Nowak", "Kowalski", "Wiśniewski", "Kowalczyk", "Kamiński",
        "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski",
        "Mazur", "Kwiatkowski", "Krawczyk", "Piotrowski", "Grabowski", "Nowakowski", "Pawłowski",
        "Michalski", "Wróbel", "Wieczorek", "Jabłoński", "Król", "Majewski", "Olszewski", "Stępień",
        "Malinowski", "Jaworski", "Adamczyk", "Dudek", "Nowicki", "Zawadzki", "Sikora" });
    l.management = QStringLiteral("Zarząd");
    l.director = gendered("Prezes zarządu");
    l.departments = {
        { QStringLiteral("Sprzedaż"), gendered("Dyrektor sprzedaży"),
            { gendered("Przedstawiciel handlowy", "Przedstawicielka handlowa"),
                gendered("Specjalista ds. sprzedaży", "Specjalistka ds. sprzedaży") } },
        { QStringLiteral("Zakupy"),
            gendered("Kierownik działu zakupów", "Kierowniczka działu zakupów"),
            { gendered("Specjalista ds. zakupów", "Specjalistka ds. zakupów"),
                gendered("Zaopatrzeniowiec") } },
        { QStringLiteral("Finanse"), gendered("Dyrektor finansowy"),
            { gendered("Główny księgowy", "Główna księgowa"), gendered("Księgowy", "Księgowa") } },
        { QStringLiteral("Logistyka"), gendered("Kierownik logistyki", "Kierowniczka logistyki"),
            { gendered("Kierownik magazynu", "Kierowniczka magazynu"),
                gendered("Specjalista ds. logistyki", "Specjalistka ds. logistyki") } },
        { QStringLiteral("IT"), gendered("Kierownik IT", "Kierowniczka IT"),
            { gendered("Administrator systemów", "Administratorka systemów"),
                gendered("Specjalista IT", "Specjalistka IT") } },
    };
    return l;
}

Language ukrainian()
{
    Language l;
    l.code = QStringLiteral("uk");
    l.maleNames = words({ "Олександр", "Андрій", "Сергій", "Дмитро", "Володимир", "Іван", "Михайло",
        "Олег", "Юрій", "Василь", "Тарас", "Богдан", "Віталій", "Максим", "Роман", "Ярослав",
        "Євген", "Микола", "Остап", "Артем", "Петро", "Степан", "Ігор", "Денис", "Назар" });
    l.femaleNames = words(
        { "Олена", "Наталія", "Ірина", "Оксана", "Тетяна", "Юлія", "Марія", "Світлана", "Катерина",
            "Людмила", "Анна", "Галина", "Вікторія", "Ольга", "Софія", "Дарина", "Христина",
            "Ганна", "Леся", "Надія", "Соломія", "Зоряна", "Ярина", "Анастасія", "Іванна" });
    l.surnames = words({ "Коваленко", "Бондаренко", "Шевченко", "Ткаченко", "Кравченко", "Олійник",
        "Шевчук", "Поліщук", "Бойко", "Ткачук", "Мельник", "Савченко", "Руденко", "Марченко",
        "Лисенко", "Мороз", "Петренко", "Клименко", "Павленко", "Кравчук", "Кузьменко", "Левченко",
        "Гончаренко", "Коваль", "Іваненко", "Литвиненко", "Ковальчук", "Василенко", "Бондар",
        "Романенко", "Приходько", "Вишневський", "Заболотний", "Ковальський", "Гнатюк" });
    l.showcaseFemale = true;
    l.management = QStringLiteral("Керівництво");
    l.director = gendered("Генеральний директор", "Генеральна директорка");
    l.departments = {
        { QStringLiteral("Продажі"), gendered("Комерційний директор", "Комерційна директорка"),
            { gendered("Менеджер з продажу", "Менеджерка з продажу"),
                gendered("Менеджер з роботи з клієнтами", "Менеджерка з роботи з клієнтами") } },
        { QStringLiteral("Закупівлі"),
            gendered("Керівник відділу закупівель", "Керівниця відділу закупівель"),
            { gendered("Менеджер із закупівель", "Менеджерка із закупівель"),
                gendered("Фахівець з постачання", "Фахівчиня з постачання") } },
        { QStringLiteral("Фінанси"), gendered("Фінансовий директор", "Фінансова директорка"),
            { gendered("Головний бухгалтер", "Головна бухгалтерка"),
                gendered("Бухгалтер", "Бухгалтерка") } },
        { QStringLiteral("Логістика"), gendered("Керівник логістики", "Керівниця логістики"),
            { gendered("Завідувач складу", "Завідувачка складу"),
                gendered("Логіст", "Логістка") } },
        { QStringLiteral("ІТ"), gendered("ІТ-директор", "ІТ-директорка"),
            { gendered("Системний адміністратор", "Системна адміністраторка"),
                gendered("ІТ-фахівець", "ІТ-фахівчиня") } },
    };
    return l;
}

Language romanian()
{
    Language l;
    l.code = QStringLiteral("ro");
    l.maleNames = words({ "Ștefan", "Andrei", "Alexandru", "Mihai", "Ion", "Gheorghe", "Vasile",
        "Constantin", "Adrian", "Bogdan", "Cristian", "Daniel", "Florin", "Gabriel", "Ionuț",
        "Marius", "Radu", "Sorin", "Răzvan", "Tudor", "Cătălin", "Dragoș", "Victor", "Octavian",
        "Lucian" });
    l.femaleNames = words(
        { "Maria", "Elena", "Ioana", "Ana", "Andreea", "Alina", "Cristina", "Mihaela", "Gabriela",
            "Roxana", "Simona", "Daniela", "Irina", "Laura", "Raluca", "Oana", "Diana", "Carmen",
            "Bianca", "Mădălina", "Larisa", "Corina", "Alexandra", "Georgiana", "Ilinca" });
    l.surnames = words(
        { "Popescu", "Ionescu", "Popa", "Pop", "Radu", "Dumitru", "Stan", "Stoica", "Gheorghe",
            "Matei", "Ciobanu", "Constantin", "Rusu", "Mihai", "Marin", "Lungu", "Munteanu", "Ene",
            "Tudor", "Florea", "Dinu", "Moldovan", "Barbu", "Nistor", "Toma", "Dobre", "Georgescu",
            "Ștefănescu", "Neagu", "Sârbu", "Cristea", "Țurcanu", "Cojocaru", "Rotaru", "Ursu" });
    l.management = QStringLiteral("Conducere");
    l.director = gendered("Director general");
    l.departments = {
        { QStringLiteral("Vânzări"), gendered("Director vânzări"),
            { gendered("Reprezentant vânzări", "Reprezentantă vânzări"),
                gendered("Key Account Manager") } },
        { QStringLiteral("Achiziții"), gendered("Manager achiziții"),
            { gendered("Specialist achiziții"),
                gendered("Referent aprovizionare", "Referentă aprovizionare") } },
        { QStringLiteral("Financiar"), gendered("Director financiar"),
            { gendered("Contabil-șef", "Contabilă-șefă"), gendered("Contabil", "Contabilă") } },
        { QStringLiteral("Logistică"), gendered("Manager logistică"),
            { gendered("Șef depozit", "Șefă depozit"),
                gendered("Coordonator logistică", "Coordonatoare logistică") } },
        { QStringLiteral("IT"), gendered("Manager IT"),
            { gendered("Administrator de sistem"), gendered("Specialist IT") } },
    };
    return l;
}

Language russian()
{
    Language l;
    l.code = QStringLiteral("ru");
    l.maleNames = words({ "Дмитрий", "Александр", "Сергей", "Андрей", "Алексей", "Михаил", "Иван",
        "Николай", "Владимир", "Евгений", "Павел", "Игорь", "Виктор", "Олег", "Максим", "Артём",
        "Константин", "Роман", "Денис", "Юрий", "Вадим", "Григорий", "Станислав", "Фёдор",
        "Илья" });
    l.femaleNames = words(
        { "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Анна", "Екатерина", "Мария",
            "Юлия", "Марина", "Галина", "Людмила", "Анастасия", "Виктория", "Оксана", "Алина",
            "Ксения", "Дарья", "Валентина", "Вера", "Нина", "Лариса", "Полина", "Евгения" });
    // Russian-speaking Moldovans also carry Romanian surnames in Cyrillic (Русу, Чебан).
    l.surnames = words({ "Смирнов", "Иванов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов",
        "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов",
        "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров",
        "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Вишневский",
        "Русу", "Чебан", "Гуцу", "Мунтяну" });
    l.management = QStringLiteral("Руководство");
    l.director = gendered("Генеральный директор");
    l.departments = {
        { QStringLiteral("Продажи"), gendered("Коммерческий директор"),
            { gendered("Менеджер по продажам"), gendered("Менеджер по работе с клиентами") } },
        { QStringLiteral("Закупки"), gendered("Начальник отдела закупок"),
            { gendered("Менеджер по закупкам"), gendered("Специалист по снабжению") } },
        { QStringLiteral("Финансы"), gendered("Финансовый директор"),
            { gendered("Главный бухгалтер"), gendered("Бухгалтер") } },
        { QStringLiteral("Логистика"), gendered("Руководитель отдела логистики"),
            { gendered("Заведующий складом", "Заведующая складом"), gendered("Логист") } },
        { QStringLiteral("ИТ"), gendered("ИТ-директор"),
            { gendered("Системный администратор"), gendered("Специалист техподдержки") } },
    };
    return l;
}

Language english()
{
    Language l;
    l.code = QStringLiteral("en");
    l.maleNames = words({ "James", "Oliver", "Jack", "Harry", "George", "Thomas", "William",
        "Daniel", "Matthew", "Michael", "David", "Andrew", "Christopher", "Richard", "Paul", "Mark",
        "Stephen", "Seán", "Patrick", "Ciarán", "Conor", "Liam", "Ben", "Samuel", "Edward" });
    l.femaleNames = words({ "Emma", "Olivia", "Sophie", "Charlotte", "Emily", "Jessica", "Sarah",
        "Hannah", "Lucy", "Amy", "Rachel", "Laura", "Rebecca", "Claire", "Helen", "Katie", "Aoife",
        "Niamh", "Siobhán", "Grace", "Chloe", "Megan", "Ellen", "Fiona", "Orla" });
    l.surnames = words({ "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans",
        "Wilson", "Thomas", "Johnson", "Roberts", "Walker", "Wright", "Robinson", "Thompson",
        "White", "Hughes", "Edwards", "Green", "Hall", "Wood", "Harris", "Lewis", "Clarke",
        "Turner", "Cooper", "Patel", "Murphy", "Kelly", "O'Brien", "Byrne", "Ryan", "Walsh",
        "O'Connor", "McCarthy" });
    l.showcaseFemale = true;
    l.management = QStringLiteral("Management");
    l.director = gendered("Managing Director");
    l.departments = {
        { QStringLiteral("Sales"), gendered("Sales Director"),
            { gendered("Account Manager"), gendered("Sales Executive") } },
        { QStringLiteral("Purchasing"), gendered("Head of Procurement"),
            { gendered("Purchasing Manager"), gendered("Buyer") } },
        { QStringLiteral("Finance"), gendered("Finance Director"),
            { gendered("Financial Controller"), gendered("Accountant") } },
        { QStringLiteral("Operations"), gendered("Operations Manager"),
            { gendered("Warehouse Manager"), gendered("Logistics Coordinator") } },
        { QStringLiteral("IT"), gendered("IT Manager"),
            { gendered("Systems Administrator"), gendered("IT Support Specialist") } },
    };
    return l;
}

} // namespace

const QList<Language>& languages()
{
    static const QList<Language> list { lithuanian(), polish(), ukrainian(), romanian(), russian(),
        english() };
    return list;
}

const Language& language(const QString& code)
{
    for (const Language& l : languages()) {
        if (l.code == code)
            return l;
    }
    return languages().constLast();
}

} // namespace tandem::demo
