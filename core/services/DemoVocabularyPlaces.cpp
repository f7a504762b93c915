// Demo markets: cities, streets, phone and registry formats and company names per country.
// UK phone numbers are Ofcom's ranges reserved for drama, so no demo number rings anyone.
#include "services/DemoVocabulary.h"

namespace tandem::demo {

using detail::words;

namespace {

City city(const char* name, const char* region, const char* postcode, const char* phone,
    const char* registry = "")
{
    return { QString::fromUtf8(name), QString::fromUtf8(region), QString::fromUtf8(postcode),
        QString::fromUtf8(phone), QString::fromUtf8(registry) };
}

Market lithuania()
{
    Market m;
    m.country = QStringLiteral("LT");
    m.language = QStringLiteral("lt");
    m.currency = QStringLiteral("EUR");
    m.share = 22;
    m.cities = { city("Vilnius", "Vilniaus apskr.", "LT-0####", "+370 5 2## ####"),
        city("Kaunas", "Kauno apskr.", "LT-4####", "+370 37 ######"),
        city("Klaipėda", "Klaipėdos apskr.", "LT-9####", "+370 46 ######"),
        city("Šiauliai", "Šiaulių apskr.", "LT-7####", "+370 41 ######"),
        city("Panevėžys", "Panevėžio apskr.", "LT-3####", "+370 45 ######"),
        city("Alytus", "Alytaus apskr.", "LT-6####", "+370 315 #####"),
        city("Marijampolė", "Marijampolės apskr.", "LT-6####", "+370 343 #####") };
    m.streets = words({ "Gedimino pr. %1", "Konstitucijos pr. %1", "Savanorių pr. %1",
        "Laisvės al. %1", "Taikos pr. %1", "Ukmergės g. %1", "Kalvarijų g. %1", "Žalgirio g. %1",
        "Pramonės g. %1", "Vytauto g. %1", "Draugystės g. %1", "Liepų g. %1" });
    m.mobiles = words({ "+370 6## #####" });
    m.registration = QStringLiteral("30#######");
    m.vat = QStringLiteral("LT1000########");
    m.legalForms = words({ "UAB „%1“", "UAB „%1“", "UAB „%1“", "UAB „%1“", "AB „%1“", "MB „%1“" });
    m.mailboxes = words({ "info", "info", "pardavimai", "office" });
    m.namePatterns = words({ "{P} {T}", "{P} {T}", "{B}", "{S} {T}" });
    m.places = words({ "Baltijos", "Šiaurės", "Nemuno", "Vakarų", "Rytų", "Aukštaitijos",
        "Žemaitijos", "Dzūkijos", "Suvalkijos", "Vilniaus", "Kauno", "Klaipėdos", "Šiaulių",
        "Panevėžio", "Neries", "Pajūrio", "Gintaro", "Ąžuolo", "Lietuvos", "Saulės" });
    m.trades = words({ "technika", "prekyba", "statyba", "logistika", "mediena", "baldai",
        "energija", "sprendimai", "projektai", "transportas", "agro", "maistas", "sistemos",
        "elektra", "metalas", "chemija", "spauda", "tekstilė", "servisas", "inžinerija" });
    m.brandRoots = words({ "Balt", "Vil", "Lit", "Gint", "Kaun", "Žal", "Ais", "Ver", "Dain",
        "Aust", "Min", "Sal", "Tel", "Ger", "Vėj", "Lin" });
    m.brandEndings = words(
        { "eksa", "ita", "ora", "tera", "lina", "vis", "esta", "anta", "sta", "nda", "ras", "ga" });
    m.qualifiers = words({ "plius", "grupė", "LT", "ir partneriai", "centras", "Baltic" });
    return m;
}

Market poland()
{
    Market m;
    m.country = QStringLiteral("PL");
    m.language = QStringLiteral("pl");
    m.currency = QStringLiteral("PLN");
    m.share = 22;
    m.cities = { city("Warszawa", "mazowieckie", "0#-###", "+48 22 ### ## ##"),
        city("Kraków", "małopolskie", "3#-###", "+48 12 ### ## ##"),
        city("Wrocław", "dolnośląskie", "5#-###", "+48 71 ### ## ##"),
        city("Poznań", "wielkopolskie", "6#-###", "+48 61 ### ## ##"),
        city("Gdańsk", "pomorskie", "80-###", "+48 58 ### ## ##"),
        city("Łódź", "łódzkie", "9#-###", "+48 42 ### ## ##"),
        city("Katowice", "śląskie", "40-###", "+48 32 ### ## ##"),
        city("Lublin", "lubelskie", "20-###", "+48 81 ### ## ##"),
        city("Białystok", "podlaskie", "15-###", "+48 85 ### ## ##"),
        city("Szczecin", "zachodniopomorskie", "70-###", "+48 91 ### ## ##") };
    m.streets = words(
        { "ul. Marszałkowska %1", "ul. Piotrkowska %1", "ul. Długa %1", "al. Jerozolimskie %1",
            "ul. Grunwaldzka %1", "ul. Świętokrzyska %1", "ul. Mickiewicza %1", "ul. Kościuszki %1",
            "ul. Polna %1", "ul. Przemysłowa %1", "ul. Składowa %1", "ul. Legnicka %1" });
    m.mobiles
        = words({ "+48 5## ### ###", "+48 6## ### ###", "+48 7## ### ###", "+48 88# ### ###" });
    m.registration = QStringLiteral("0000######");
    m.vat = QStringLiteral("PL##########");
    m.legalForms = words({ "%1 Sp. z o.o.", "%1 Sp. z o.o.", "%1 Sp. z o.o.", "%1 Sp. z o.o.",
        "%1 S.A.", "%1 sp.k.", "%1 sp.j." });
    m.mailboxes = words({ "biuro", "biuro", "kontakt", "sekretariat", "info" });
    m.namePatterns = words({ "{B}", "{B}", "{P} {T}", "{S} {T}", "{B} {T}" });
    m.places
        = words({ "Mazowsze", "Pomorze", "Śląsk", "Warmia", "Podlasie", "Kujawy", "Wielkopolska",
            "Małopolska", "Bałtyk", "Wisła", "Odra", "Tatry", "Karpaty", "Mazury", "Sudety" });
    m.trades = words({ "Logistyka", "Meble", "Budownictwo", "Serwis", "Technika", "Transport",
        "Energia", "Instalacje", "Systemy", "Handel", "Automatyka", "Opakowania", "Stal",
        "Chłodnictwo", "Dystrybucja" });
    m.brandRoots = words({ "Pol", "Drew", "Bud", "Trans", "El", "Stal", "Tech", "Agro", "Med",
        "Kom", "Tel", "Inter", "Eko", "Mar", "Hydro", "Term" });
    m.brandEndings = words(
        { "pol", "ex", "mex", "bud", "max", "tex", "mar", "bis", "gaz", "tel", "com", "met" });
    m.qualifiers = words({ "Plus", "Group", "Polska", "i Wspólnicy", "Serwis", "Centrum" });
    return m;
}

Market ukraine()
{
    Market m;
    m.country = QStringLiteral("UA");
    m.language = QStringLiteral("uk");
    m.currency = QStringLiteral("UAH");
    m.share = 18;
    m.cities = { city("Київ", "м. Київ", "0####", "+380 44 ### ## ##"),
        city("Львів", "Львівська обл.", "79###", "+380 32 ### ## ##"),
        city("Харків", "Харківська обл.", "61###", "+380 57 ### ## ##"),
        city("Одеса", "Одеська обл.", "65###", "+380 48 ### ## ##"),
        city("Дніпро", "Дніпропетровська обл.", "49###", "+380 56 ### ## ##"),
        city("Вінниця", "Вінницька обл.", "21###", "+380 43 ### ## ##"),
        city("Івано-Франківськ", "Івано-Франківська обл.", "76###", "+380 342 ## ## ##"),
        city("Ужгород", "Закарпатська обл.", "88###", "+380 312 ## ## ##"),
        city("Чернівці", "Чернівецька обл.", "58###", "+380 372 ## ## ##"),
        city("Полтава", "Полтавська обл.", "36###", "+380 532 ## ## ##") };
    m.streets = words({ "вул. Хрещатик, %1", "вул. Шевченка, %1", "просп. Перемоги, %1",
        "вул. Січових Стрільців, %1", "вул. Городоцька, %1", "вул. Сумська, %1",
        "вул. Промислова, %1", "вул. Незалежності, %1", "вул. Івана Франка, %1", "вул. Соборна, %1",
        "вул. Заводська, %1", "вул. Складська, %1" });
    m.mobiles = words({ "+380 67 ### ## ##", "+380 50 ### ## ##", "+380 63 ### ## ##",
        "+380 97 ### ## ##", "+380 93 ### ## ##" });
    m.registration = QStringLiteral("4#######");
    m.vat = QStringLiteral("############");
    m.legalForms
        = words({ "ТОВ «%1»", "ТОВ «%1»", "ТОВ «%1»", "ТОВ «%1»", "ПП «%1»", "ПрАТ «%1»" });
    m.mailboxes = words({ "office", "info", "sales" });
    m.namePatterns = words({ "{B}", "{B}", "{P}-{T}", "{S} і партнери" });
    m.places = words({ "Дніпро", "Карпати", "Поділля", "Волинь", "Галичина", "Полісся", "Буковина",
        "Слобожанщина", "Закарпаття", "Київщина", "Полтавщина", "Січ" });
    m.trades = words({ "Агро", "Трейд", "Буд", "Логістик", "Сервіс", "Пром", "Енерго", "Маш", "Тех",
        "Постач", "Хім", "Транс" });
    m.brandRoots = words({ "Укр", "Агро", "Техно", "Пром", "Буд", "Енерго", "Мета", "Хім", "Дніпро",
        "Київ", "Львів", "Еко", "Інтер", "Авто", "Мех", "Світло" });
    m.brandEndings = words({ "буд", "торг", "сервіс", "тех", "світ", "пром", "маш", "трейд",
        "постач", "лайн", "інвест", "збут" });
    m.qualifiers = words({ "Плюс", "Груп", "Україна", "Захід", "Схід", "Центр" });
    return m;
}

Market romania()
{
    Market m;
    m.country = QStringLiteral("RO");
    m.language = QStringLiteral("ro");
    m.currency = QStringLiteral("RON");
    m.share = 15;
    m.cities = { city("București", "București", "0#####", "+40 21 ### ## ##", "40"),
        city("Cluj-Napoca", "Cluj", "400###", "+40 264 ### ###", "12"),
        city("Timișoara", "Timiș", "300###", "+40 256 ### ###", "35"),
        city("Iași", "Iași", "700###", "+40 232 ### ###", "22"),
        city("Constanța", "Constanța", "900###", "+40 241 ### ###", "13"),
        city("Brașov", "Brașov", "500###", "+40 268 ### ###", "8"),
        city("Oradea", "Bihor", "410###", "+40 259 ### ###", "5"),
        city("Sibiu", "Sibiu", "550###", "+40 269 ### ###", "32"),
        city("Craiova", "Dolj", "200###", "+40 251 ### ###", "16"),
        city("Ploiești", "Prahova", "100###", "+40 244 ### ###", "29") };
    m.streets = words({ "Str. Memorandumului nr. %1", "Bd. Unirii nr. %1", "Calea Victoriei nr. %1",
        "Str. Republicii nr. %1", "Bd. Eroilor nr. %1", "Str. Avram Iancu nr. %1",
        "Str. Mihai Viteazu nr. %1", "Str. Fabricii nr. %1", "Str. Industriilor nr. %1",
        "Bd. Revoluției nr. %1", "Str. Libertății nr. %1", "Calea Bucureștilor nr. %1" });
    m.mobiles
        = words({ "+40 72# ### ###", "+40 74# ### ###", "+40 75# ### ###", "+40 76# ### ###" });
    m.registration = QStringLiteral("J%1/####/%2");
    m.vat = QStringLiteral("RO########");
    m.legalForms
        = words({ "%1 S.R.L.", "%1 S.R.L.", "%1 S.R.L.", "%1 S.R.L.", "SC %1 S.R.L.", "%1 S.A." });
    m.mailboxes = words({ "office", "office", "contact", "vanzari" });
    m.namePatterns = words({ "{P} {T}", "{S} {T}", "{B}", "{B}" });
    m.places = words({ "Carpați", "Dunărea", "Transilvania", "Banat", "Moldova", "Dobrogea",
        "Bucegi", "Olt", "Someș", "Mureș", "Crișana", "Argeș" });
    m.trades = words({ "Construct", "Trans", "Logistic", "Impex", "Prod", "Com", "Serv", "Tech",
        "Agro", "Distribuție", "Instal", "Metal" });
    m.brandRoots = words({ "Rom", "Agro", "Electro", "Metal", "Trans", "Carpat", "Nord", "Vest",
        "Mega", "Euro", "Tera", "Prim", "Dac", "Ara", "Lux", "Best" });
    m.brandEndings = words({ "trans", "impex", "prod", "com", "serv", "tech", "ind", "plast", "mob",
        "con", "star", "med" });
    m.qualifiers = words({ "Grup", "România", "Plus", "& Asociații", "Service", "Center" });
    return m;
}

Market moldova()
{
    Market m;
    m.country = QStringLiteral("MD");
    m.language = QStringLiteral("ro");
    m.currency = QStringLiteral("MDL");
    m.share = 5;
    m.cities = { city("Chișinău", "mun. Chișinău", "MD-20##", "+373 22 ## ## ##"),
        city("Bălți", "mun. Bălți", "MD-31##", "+373 231 #####"),
        city("Cahul", "r. Cahul", "MD-39##", "+373 299 #####"),
        city("Orhei", "r. Orhei", "MD-35##", "+373 235 #####"),
        city("Ungheni", "r. Ungheni", "MD-36##", "+373 236 #####"),
        city("Soroca", "r. Soroca", "MD-30##", "+373 230 #####") };
    m.streets = words({ "bd. Ștefan cel Mare și Sfânt %1", "str. Mihai Eminescu %1",
        "str. Alexandru cel Bun %1", "bd. Dacia %1", "str. Ismail %1", "str. Columna %1",
        "str. Alba Iulia %1", "str. Independenței %1", "str. Industrială %1", "bd. Decebal %1" });
    m.mobiles = words({ "+373 69 ### ###", "+373 68 ### ###", "+373 79 ### ###", "+373 78 ### ###",
        "+373 60 ### ###" });
    m.registration = QStringLiteral("100##########");
    m.vat = QStringLiteral("#######");
    m.legalForms = words(
        { "%1 S.R.L.", "%1 S.R.L.", "%1 S.R.L.", "%1 S.R.L.", "Î.M. %1 S.R.L.", "%1 S.A." });
    m.mailboxes = words({ "office", "info", "vanzari" });
    m.namePatterns = words({ "{P} {T}", "{S} {T}", "{B}", "{B}" });
    m.places
        = words({ "Nistru", "Prut", "Codru", "Bugeac", "Orhei", "Basarabia", "Răut", "Moldova" });
    m.trades = words({ "Construct", "Trans", "Logistic", "Agro", "Com", "Serv", "Tech", "Vin",
        "Prod", "Impex" });
    m.brandRoots
        = words({ "Mold", "Agro", "Vin", "Tech", "Euro", "Nord", "Prim", "Cod", "Lux", "Bas" });
    m.brandEndings
        = words({ "trans", "com", "serv", "tech", "prod", "vin", "agro", "con", "star", "ind" });
    m.qualifiers = words({ "Grup", "Plus", "MD", "Service", "Center", "& Co" });
    return m;
}

// Russian-speaking customers in Moldova: same country, formats and currency, Cyrillic names.
Market moldovaRussian()
{
    Market m = moldova();
    m.language = QStringLiteral("ru");
    m.share = 6;
    m.cities = { city("Кишинёв", "мун. Кишинёв", "MD-20##", "+373 22 ## ## ##"),
        city("Бельцы", "мун. Бельцы", "MD-31##", "+373 231 #####"),
        city("Комрат", "АТО Гагаузия", "MD-38##", "+373 298 #####"),
        city("Кагул", "р-н Кагул", "MD-39##", "+373 299 #####"),
        city("Сороки", "р-н Сороки", "MD-30##", "+373 230 #####"),
        city("Чадыр-Лунга", "АТО Гагаузия", "MD-61##", "+373 291 #####") };
    m.streets = words({ "бул. Штефан чел Маре, %1", "ул. Измаил, %1", "бул. Дачия, %1",
        "ул. Михай Эминеску, %1", "ул. Пушкина, %1", "ул. Колумна, %1", "ул. Индустриальная, %1",
        "бул. Мирча чел Бэтрын, %1" });
    m.legalForms = words({ "ООО «%1»", "ООО «%1»", "ООО «%1»", "ООО «%1»", "АО «%1»" });
    m.mailboxes = words({ "office", "info", "sales" });
    m.namePatterns = words({ "{B}", "{B}", "{P}-{T}", "{S} и партнёры" });
    m.places = words({ "Нистру", "Кодру", "Прут", "Буджак", "Бессарабия", "Днестр", "Молдова" });
    m.trades = words({ "Трейд", "Сервис", "Строй", "Логистик", "Агро", "Техно", "Транс", "Комплект",
        "Снаб", "Инвест" });
    m.brandRoots = words(
        { "Молд", "Агро", "Строй", "Техно", "Энерго", "Пром", "Торг", "Авто", "Евро", "Вин" });
    m.brandEndings = words(
        { "снаб", "ком", "инвест", "сервис", "торг", "строй", "тех", "трейд", "маш", "лайн" });
    m.qualifiers = words({ "Плюс", "Групп", "МД", "Сервис", "Центр" });
    return m;
}

Market unitedKingdom()
{
    Market m;
    m.country = QStringLiteral("GB");
    m.language = QStringLiteral("en");
    m.currency = QStringLiteral("GBP");
    m.share = 8;
    m.cities = { city("London", "Greater London", "SE1 #@@", "+44 20 7946 0###"),
        city("Manchester", "Greater Manchester", "M1 #@@", "+44 161 496 0###"),
        city("Birmingham", "West Midlands", "B1 #@@", "+44 121 496 0###"),
        city("Leeds", "West Yorkshire", "LS1 #@@", "+44 113 496 0###"),
        city("Bristol", "Bristol", "BS1 #@@", "+44 117 496 0###"),
        city("Edinburgh", "City of Edinburgh", "EH1 #@@", "+44 131 496 0###"),
        city("Glasgow", "Glasgow City", "G1 #@@", "+44 141 496 0###"),
        city("Cardiff", "Cardiff", "CF10 #@@", "+44 29 2018 0###"),
        city("Newcastle upon Tyne", "Tyne and Wear", "NE1 #@@", "+44 191 498 0###") };
    m.streets = words({ "%1 High Street", "%1 Station Road", "%1 Church Lane", "%1 King Street",
        "%1 Victoria Road", "%1 Park Road", "%1 Mill Lane", "%1 Queen Street",
        "Unit %1, Riverside Industrial Estate", "Unit %1, Westgate Business Park" });
    m.mobiles = words({ "+44 7700 900###" });
    m.registration = QStringLiteral("1#######");
    m.vat = QStringLiteral("GB#########");
    m.legalForms = words({ "%1 Ltd", "%1 Ltd", "%1 Ltd", "%1 Ltd", "%1 Limited", "%1 PLC" });
    m.mailboxes = words({ "info", "sales", "enquiries", "hello" });
    m.namePatterns = words({ "{P} {T}", "{P} {T}", "{S} {T}", "{S} & Sons", "{B}", "{B} {T}" });
    m.places = words(
        { "Thames", "Pennine", "Northern", "Western", "Atlantic", "Midland", "Highland", "Mersey",
            "Severn", "Wessex", "Albion", "Riverside", "Harbour", "Kingsway", "Oakfield" });
    m.trades = words({ "Logistics", "Engineering", "Supplies", "Distribution", "Storage", "Systems",
        "Solutions", "Foods", "Packaging", "Freight", "Manufacturing", "Wholesale",
        "Building Services", "Components" });
    m.brandRoots = words({ "Nor", "Stor", "Pack", "Link", "Tek", "Flex", "Pro", "Stan", "Rex",
        "Max", "Ark", "Dura" });
    m.brandEndings
        = words({ "ex", "ford", "well", "tec", "line", "way", "co", "ton", "field", "gate" });
    m.qualifiers = words({ "Group", "UK", "International", "Holdings", "Direct", "Services" });
    return m;
}

Market ireland()
{
    Market m = unitedKingdom();
    m.country = QStringLiteral("IE");
    m.currency = QStringLiteral("EUR");
    m.share = 4;
    m.cities = { city("Dublin", "County Dublin", "D0# @#@#", "+353 1 ### ####"),
        city("Cork", "County Cork", "T12 @#@#", "+353 21 ### ####"),
        city("Galway", "County Galway", "H91 @#@#", "+353 91 ### ###"),
        city("Limerick", "County Limerick", "V94 @#@#", "+353 61 ### ###"),
        city("Waterford", "County Waterford", "X91 @#@#", "+353 51 ### ###") };
    m.streets
        = words({ "%1 Main Street", "%1 O'Connell Street", "%1 Patrick Street", "%1 Dock Road",
            "Unit %1, Ballycoolin Business Park", "%1 Shop Street", "%1 Harbour Road" });
    m.mobiles = words({ "+353 85 ### ####", "+353 86 ### ####", "+353 87 ### ####" });
    m.registration = QStringLiteral("######");
    m.vat = QStringLiteral("IE#######@");
    m.legalForms = words({ "%1 Limited", "%1 Limited", "%1 Limited", "%1 Ltd", "%1 DAC" });
    m.mailboxes = words({ "info", "sales", "hello", "accounts" });
    m.places = words({ "Liffey", "Shannon", "Atlantic", "Emerald", "Celtic", "Western", "Wicklow",
        "Burren", "Munster", "Leinster", "Connacht", "Corrib" });
    m.trades = words({ "Logistics", "Engineering", "Supplies", "Distribution", "Storage", "Systems",
        "Foods", "Packaging", "Freight", "Agri", "Pharma Services", "Construction" });
    m.qualifiers = words({ "Group", "Ireland", "International", "Holdings", "Direct" });
    return m;
}

} // namespace

const QList<Market>& markets()
{
    static const QList<Market> list { lithuania(), poland(), ukraine(), romania(), moldova(),
        moldovaRussian(), unitedKingdom(), ireland() };
    return list;
}

} // namespace tandem::demo
