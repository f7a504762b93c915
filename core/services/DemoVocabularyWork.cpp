// Demo work: what salespeople write in each customer language, and the team-wide lists
// (industries, products, campaigns, competitors) that are translated like the rest of the UI.
#include "services/DemoVocabulary.h"

#include <QCoreApplication>

namespace tandem::demo {

using detail::words;

namespace {

Phrases lithuanianPhrases()
{
    Phrases p;
    p.calls = words({ "Pirmas skambutis", "Skambutis dėl pasiūlymo", "Aptarti kainas",
        "Priminimas apie sąskaitą", "Išsiaiškinti poreikius", "Skambutis dėl pristatymo termino",
        "Aptarti sutarties sąlygas", "Pasitikslinti sandėlio matmenis" });
    p.meetings = words({ "Susitikimas kliento biure", "Produkto demonstracija", "Sandėlio apžiūra",
        "Sutarties pasirašymas", "Susitikimas parodoje", "Metinis aptarimas", "Mokymai klientui",
        "Derybos dėl kainos" });
    p.emails = words({ "Išsiųstas komercinis pasiūlymas", "Produktų katalogas",
        "Atnaujintas pasiūlymas", "Sutarties projektas", "Sąskaita faktūra", "Padėka už susitikimą",
        "Techninė specifikacija", "Kvietimas į seminarą" });
    p.notes = words({ "Klientas plečia sandėlį", "Sprendimą priims valdyba",
        "Biudžetas patvirtintas kitam ketvirčiui", "Domisi nuoma, ne pirkimu",
        "Konkurentas pasiūlė mažesnę kainą", "Reikia dokumentacijos lietuvių kalba" });
    p.tasks = words({ "Paruošti pasiūlymą", "Išsiųsti sutartį pasirašyti",
        "Perskambinti dėl sprendimo", "Suderinti montavimo datą", "Patikrinti apmokėjimą",
        "Atnaujinti kontaktinius duomenis", "Suplanuoti demonstraciją", "Paruošti sąmatą" });
    p.outcomes = words({ "Susitarta dėl kito susitikimo", "Laukiama sprendimo",
        "Prašo pigesnio varianto", "Pasiūlymas priimtas", "Neatsiliepė", "Perduota pirkimų skyriui",
        "Reikia daugiau informacijos", "Klientas patenkintas" });
    p.leadTitles = words({ "Užklausa dėl stelažų", "Domisi krautuvų nuoma",
        "Reikia sandėlio valdymo sistemos", "Užklausa dėl brūkšninių kodų skaitytuvų",
        "Prašo techninės priežiūros pasiūlymo", "Naujo sandėlio įrengimas" });
    p.cases
        = words({ "Krautuvo akumuliatorius greitai išsikrauna", "Pristatyta ne ta stelažų spalva",
            "Sąskaitoje neteisingas PVM tarifas", "Reikia papildomų mokymų darbuotojams",
            "Skaitytuvas nenuskaito etikečių", "Klausimas dėl garantijos sąlygų",
            "Vėluoja atsarginių dalių pristatymas", "Prašo montavimo instrukcijos" });
    p.resolutions = words({ "Akumuliatorius pakeistas pagal garantiją",
        "Išsiųsta kreditinė sąskaita", "Klientui paaiškinta ir atsiųsta instrukcija",
        "Dalys pristatytos, kompensuotas transportas", "Surengti papildomi mokymai" });
    return p;
}

Phrases polishPhrases()
{
    Phrases p;
    p.calls = words({ "Pierwszy telefon", "Telefon w sprawie oferty", "Omówienie cen",
        "Przypomnienie o fakturze", "Rozpoznanie potrzeb", "Telefon w sprawie terminu dostawy",
        "Omówienie warunków umowy", "Doprecyzowanie wymiarów magazynu" });
    p.meetings = words({ "Spotkanie w biurze klienta", "Prezentacja produktu",
        "Wizja lokalna w magazynie", "Podpisanie umowy", "Spotkanie na targach", "Przegląd roczny",
        "Szkolenie dla klienta", "Negocjacje cenowe" });
    p.emails = words({ "Wysłana oferta handlowa", "Katalog produktów", "Zaktualizowana oferta",
        "Projekt umowy", "Faktura", "Podziękowanie za spotkanie", "Specyfikacja techniczna",
        "Zaproszenie na webinar" });
    p.notes = words({ "Klient rozbudowuje magazyn", "Decyzję podejmie zarząd",
        "Budżet zatwierdzony na kolejny kwartał", "Interesuje ich wynajem, nie zakup",
        "Konkurencja zaproponowała niższą cenę", "Potrzebna dokumentacja po polsku" });
    p.tasks = words({ "Przygotować ofertę", "Wysłać umowę do podpisu",
        "Oddzwonić w sprawie decyzji", "Ustalić termin montażu", "Sprawdzić płatność",
        "Zaktualizować dane kontaktowe", "Zaplanować prezentację", "Przygotować kosztorys" });
    p.outcomes = words({ "Umówiono kolejne spotkanie", "Czekamy na decyzję",
        "Prosi o tańszy wariant", "Oferta przyjęta", "Nie odebrał", "Przekazano do działu zakupów",
        "Potrzebne dodatkowe informacje", "Klient zadowolony" });
    p.leadTitles = words({ "Zapytanie o regały", "Zainteresowany wynajmem wózków",
        "Potrzebny system WMS", "Zapytanie o skanery kodów kreskowych", "Prośba o ofertę serwisową",
        "Wyposażenie nowego magazynu" });
    p.cases
        = words({ "Akumulator wózka szybko się rozładowuje", "Dostarczono regały w złym kolorze",
            "Błędna stawka VAT na fakturze", "Potrzebne dodatkowe szkolenie dla pracowników",
            "Skaner nie odczytuje etykiet", "Pytanie o warunki gwarancji",
            "Opóźniona dostawa części zamiennych", "Prośba o instrukcję montażu" });
    p.resolutions = words({ "Akumulator wymieniony w ramach gwarancji",
        "Wystawiono fakturę korygującą", "Wyjaśniono klientowi i wysłano instrukcję",
        "Części dostarczone, transport na nasz koszt", "Przeprowadzono dodatkowe szkolenie" });
    return p;
}

Phrases ukrainianPhrases()
{
    Phrases p;
    p.calls = words({ "Перший дзвінок", "Дзвінок щодо пропозиції", "Обговорення цін",
        "Нагадування про рахунок", "З'ясування потреб", "Дзвінок щодо термінів поставки",
        "Обговорення умов договору", "Уточнення розмірів складу" });
    p.meetings = words({ "Зустріч в офісі клієнта", "Демонстрація продукту", "Огляд складу",
        "Підписання договору", "Зустріч на виставці", "Річна зустріч", "Навчання для клієнта",
        "Переговори щодо ціни" });
    p.emails = words({ "Надіслано комерційну пропозицію", "Каталог продукції",
        "Оновлена пропозиція", "Проєкт договору", "Рахунок-фактура", "Подяка за зустріч",
        "Технічна специфікація", "Запрошення на вебінар" });
    p.notes = words({ "Клієнт розширює склад", "Рішення ухвалює правління",
        "Бюджет затверджено на наступний квартал", "Цікавить оренда, а не купівля",
        "Конкурент запропонував нижчу ціну", "Потрібна документація українською" });
    p.tasks = words({ "Підготувати пропозицію", "Надіслати договір на підпис",
        "Передзвонити щодо рішення", "Погодити дату монтажу", "Перевірити оплату",
        "Оновити контактні дані", "Запланувати демонстрацію", "Підготувати кошторис" });
    p.outcomes = words({ "Домовилися про наступну зустріч", "Чекаємо на рішення",
        "Просить дешевший варіант", "Пропозицію прийнято", "Не відповів",
        "Передано у відділ закупівель", "Потрібна додаткова інформація", "Клієнт задоволений" });
    p.leadTitles = words({ "Запит щодо стелажів", "Цікавить оренда навантажувачів",
        "Потрібна система керування складом", "Запит щодо сканерів штрихкодів",
        "Просить пропозицію на сервіс", "Облаштування нового складу" });
    p.cases = words(
        { "Акумулятор навантажувача швидко розряджається", "Доставили стелажі не того кольору",
            "У рахунку неправильна ставка ПДВ", "Потрібне додаткове навчання для працівників",
            "Сканер не зчитує етикетки", "Питання щодо умов гарантії",
            "Затримується доставка запчастин", "Просять інструкцію з монтажу" });
    p.resolutions = words({ "Акумулятор замінено за гарантією", "Виставлено коригувальний рахунок",
        "Клієнту пояснили й надіслали інструкцію", "Запчастини доставлено, доставку компенсовано",
        "Проведено додаткове навчання" });
    return p;
}

Phrases romanianPhrases()
{
    Phrases p;
    p.calls = words({ "Primul apel", "Apel despre ofertă", "Discuție despre prețuri",
        "Reamintire factură", "Identificarea nevoilor", "Apel despre termenul de livrare",
        "Discuție despre condițiile contractului", "Clarificarea dimensiunilor depozitului" });
    p.meetings = words({ "Întâlnire la sediul clientului", "Demonstrație de produs",
        "Vizită în depozit", "Semnarea contractului", "Întâlnire la târg", "Analiză anuală",
        "Instruire pentru client", "Negociere de preț" });
    p.emails = words({ "Ofertă comercială trimisă", "Catalog de produse", "Ofertă actualizată",
        "Proiect de contract", "Factură", "Mulțumiri pentru întâlnire", "Specificație tehnică",
        "Invitație la webinar" });
    p.notes = words({ "Clientul își extinde depozitul", "Decizia o ia consiliul de administrație",
        "Buget aprobat pentru trimestrul următor", "Îi interesează închirierea, nu achiziția",
        "Concurența a oferit un preț mai mic", "Au nevoie de documentație în limba română" });
    p.tasks = words({ "Pregătește oferta", "Trimite contractul la semnat",
        "Revino cu un apel pentru decizie", "Stabilește data montajului", "Verifică plata",
        "Actualizează datele de contact", "Programează o demonstrație", "Pregătește devizul" });
    p.outcomes = words({ "S-a stabilit o nouă întâlnire", "Așteptăm decizia",
        "Cere o variantă mai ieftină", "Oferta a fost acceptată", "Nu a răspuns",
        "Transmis la achiziții", "Are nevoie de mai multe informații", "Client mulțumit" });
    p.leadTitles = words({ "Cerere de ofertă pentru rafturi", "Interesat de închiriere stivuitoare",
        "Are nevoie de un sistem WMS", "Cerere pentru cititoare de coduri de bare",
        "Solicită ofertă de mentenanță", "Amenajarea unui depozit nou" });
    p.cases = words({ "Bateria stivuitorului se descarcă repede", "Rafturi livrate în altă culoare",
        "Cotă TVA greșită pe factură", "Este nevoie de instruire suplimentară pentru angajați",
        "Scanerul nu citește etichetele", "Întrebare despre condițiile de garanție",
        "Livrarea pieselor de schimb întârzie", "Solicită instrucțiunile de montaj" });
    p.resolutions = words({ "Bateria înlocuită în garanție", "Factură de stornare emisă",
        "Clientului i s-a explicat și i s-au trimis instrucțiunile",
        "Piese livrate, transportul compensat", "Instruire suplimentară ținută" });
    return p;
}

Phrases russianPhrases()
{
    Phrases p;
    p.calls = words({ "Первый звонок", "Звонок по предложению", "Обсуждение цен",
        "Напоминание о счёте", "Выяснение потребностей", "Звонок по срокам поставки",
        "Обсуждение условий договора", "Уточнение размеров склада" });
    p.meetings = words({ "Встреча в офисе клиента", "Демонстрация продукта", "Осмотр склада",
        "Подписание договора", "Встреча на выставке", "Годовая встреча", "Обучение для клиента",
        "Переговоры о цене" });
    p.emails = words({ "Отправлено коммерческое предложение", "Каталог продукции",
        "Обновлённое предложение", "Проект договора", "Счёт-фактура", "Благодарность за встречу",
        "Техническая спецификация", "Приглашение на вебинар" });
    p.notes = words({ "Клиент расширяет склад", "Решение принимает правление",
        "Бюджет утверждён на следующий квартал", "Интересует аренда, а не покупка",
        "Конкурент предложил более низкую цену", "Нужна документация на русском и румынском" });
    p.tasks = words({ "Подготовить предложение", "Отправить договор на подпись",
        "Перезвонить насчёт решения", "Согласовать дату монтажа", "Проверить оплату",
        "Обновить контактные данные", "Запланировать демонстрацию", "Подготовить смету" });
    p.outcomes = words({ "Договорились о следующей встрече", "Ждём решения",
        "Просит более дешёвый вариант", "Предложение принято", "Не ответил",
        "Передано в отдел закупок", "Нужна дополнительная информация", "Клиент доволен" });
    p.leadTitles = words({ "Запрос на стеллажи", "Интересует аренда погрузчиков",
        "Нужна система управления складом", "Запрос на сканеры штрихкодов",
        "Просит предложение на сервис", "Оснащение нового склада" });
    p.cases
        = words({ "Аккумулятор погрузчика быстро разряжается", "Доставили стеллажи не того цвета",
            "В счёте неверная ставка НДС", "Нужно дополнительное обучение сотрудников",
            "Сканер не считывает этикетки", "Вопрос об условиях гарантии",
            "Задерживается поставка запчастей", "Просят инструкцию по монтажу" });
    p.resolutions = words({ "Аккумулятор заменён по гарантии", "Выставлен корректировочный счёт",
        "Клиенту объяснили и отправили инструкцию", "Запчасти доставлены, доставка компенсирована",
        "Проведено дополнительное обучение" });
    return p;
}

Phrases englishPhrases()
{
    Phrases p;
    p.calls = words({ "Introductory call", "Call about the quote", "Pricing discussion",
        "Invoice reminder", "Needs discovery call", "Call about delivery dates",
        "Contract terms discussion", "Check warehouse dimensions" });
    p.meetings = words({ "Meeting at the customer's office", "Product demo",
        "Warehouse site survey", "Contract signing", "Meeting at the trade fair",
        "Annual account review", "Customer training", "Price negotiation" });
    p.emails = words({ "Quote sent", "Product catalogue", "Revised quote", "Draft contract",
        "Invoice", "Thanks for the meeting", "Technical specification", "Webinar invitation" });
    p.notes = words({ "Customer is expanding the warehouse", "The board will decide",
        "Budget approved for next quarter", "Interested in renting, not buying",
        "Competitor offered a lower price", "Needs documentation in English" });
    p.tasks = words({ "Prepare the quote", "Send the contract for signature",
        "Call back about the decision", "Agree the installation date", "Check the payment",
        "Update contact details", "Schedule a demo", "Prepare the cost estimate" });
    p.outcomes = words({ "Next meeting agreed", "Waiting for their decision",
        "Asked for a cheaper option", "Quote accepted", "No answer", "Passed to purchasing",
        "Needs more information", "Customer is happy" });
    p.leadTitles = words({ "Enquiry about racking", "Interested in forklift rental",
        "Needs a warehouse management system", "Enquiry about barcode scanners",
        "Asks for a maintenance quote", "Fitting out a new warehouse" });
    p.cases = words({ "Forklift battery runs down quickly", "Racks delivered in the wrong colour",
        "Wrong VAT rate on the invoice", "Staff need more training",
        "Scanner does not read the labels", "Question about the warranty terms",
        "Spare parts delivery is late", "Asks for the assembly instructions" });
    p.resolutions = words({ "Battery replaced under warranty", "Credit note issued",
        "Explained to the customer, instructions sent", "Parts delivered, freight refunded",
        "Extra training held" });
    return p;
}

} // namespace

const Phrases& phrases(const QString& languageCode)
{
    static const QList<QPair<QString, Phrases>> all {
        { QStringLiteral("lt"), lithuanianPhrases() },
        { QStringLiteral("pl"), polishPhrases() },
        { QStringLiteral("uk"), ukrainianPhrases() },
        { QStringLiteral("ro"), romanianPhrases() },
        { QStringLiteral("ru"), russianPhrases() },
        { QStringLiteral("en"), englishPhrases() },
    };
    for (const auto& [code, p] : all) {
        if (code == languageCode)
            return p;
    }
    return all.constLast().second;
}

const QList<const char*>& industries()
{
    static const QList<const char*> list {
        QT_TRANSLATE_NOOP("DemoData", "Manufacturing"),
        QT_TRANSLATE_NOOP("DemoData", "Wholesale"),
        QT_TRANSLATE_NOOP("DemoData", "Retail"),
        QT_TRANSLATE_NOOP("DemoData", "Transport and logistics"),
        QT_TRANSLATE_NOOP("DemoData", "Food and drink"),
        QT_TRANSLATE_NOOP("DemoData", "Construction"),
        QT_TRANSLATE_NOOP("DemoData", "Pharmaceuticals"),
        QT_TRANSLATE_NOOP("DemoData", "Automotive"),
        QT_TRANSLATE_NOOP("DemoData", "E-commerce"),
        QT_TRANSLATE_NOOP("DemoData", "Agriculture"),
        QT_TRANSLATE_NOOP("DemoData", "Furniture"),
        QT_TRANSLATE_NOOP("DemoData", "Chemicals"),
    };
    return list;
}

const QList<const char*>& segments()
{
    static const QList<const char*> list {
        QT_TRANSLATE_NOOP("DemoData", "Small business"),
        QT_TRANSLATE_NOOP("DemoData", "Mid-market"),
        QT_TRANSLATE_NOOP("DemoData", "Enterprise"),
    };
    return list;
}

const QList<const char*>& specialties()
{
    static const QList<const char*> list {
        QT_TRANSLATE_NOOP("DemoData", "racking projects"),
        QT_TRANSLATE_NOOP("DemoData", "forklifts"),
        QT_TRANSLATE_NOOP("DemoData", "warehouse software"),
        QT_TRANSLATE_NOOP("DemoData", "service contracts"),
        QT_TRANSLATE_NOOP("DemoData", "public tenders"),
        QT_TRANSLATE_NOOP("DemoData", "key accounts"),
    };
    return list;
}

const QList<NeedSeed>& needs()
{
    static const QList<NeedSeed> list {
        { QT_TRANSLATE_NOOP("DemoData", "Warehouse racking"), 5000, 80000 },
        { QT_TRANSLATE_NOOP("DemoData", "Forklift fleet rental"), 6000, 40000 },
        { QT_TRANSLATE_NOOP("DemoData", "Warehouse software roll-out"), 15000, 120000 },
        { QT_TRANSLATE_NOOP("DemoData", "Barcode scanners"), 2000, 20000 },
        { QT_TRANSLATE_NOOP("DemoData", "Maintenance contract renewal"), 2400, 15000 },
        { QT_TRANSLATE_NOOP("DemoData", "New warehouse fit-out"), 50000, 300000 },
        { QT_TRANSLATE_NOOP("DemoData", "Packaging line"), 8000, 60000 },
        { QT_TRANSLATE_NOOP("DemoData", "Safety training"), 1000, 6000 },
        { QT_TRANSLATE_NOOP("DemoData", "Label printers"), 1000, 8000 },
        { QT_TRANSLATE_NOOP("DemoData", "Spare parts"), 500, 5000 },
    };
    return list;
}

const QList<ProductSeed>& products()
{
    static const QList<ProductSeed> list {
        { QT_TRANSLATE_NOOP("DemoData", "Pallet racking bay"), "RACK-PAL-01",
            QT_TRANSLATE_NOOP("DemoData", "pc"), QT_TRANSLATE_NOOP("DemoData", "Racking"), 450 },
        { QT_TRANSLATE_NOOP("DemoData", "Light-duty shelving unit"), "SHELF-L-02",
            QT_TRANSLATE_NOOP("DemoData", "pc"), QT_TRANSLATE_NOOP("DemoData", "Racking"), 120 },
        { QT_TRANSLATE_NOOP("DemoData", "Electric pallet truck"), "EPT-1500",
            QT_TRANSLATE_NOOP("DemoData", "pc"), QT_TRANSLATE_NOOP("DemoData", "Equipment"), 3900 },
        { QT_TRANSLATE_NOOP("DemoData", "Forklift rental"), "RENT-FL-M",
            QT_TRANSLATE_NOOP("DemoData", "month"), QT_TRANSLATE_NOOP("DemoData", "Rental"), 1200 },
        { QT_TRANSLATE_NOOP("DemoData", "Handheld barcode scanner"), "SCAN-HH-10",
            QT_TRANSLATE_NOOP("DemoData", "pc"), QT_TRANSLATE_NOOP("DemoData", "Equipment"), 540 },
        { QT_TRANSLATE_NOOP("DemoData", "Label printer"), "PRN-LBL-4",
            QT_TRANSLATE_NOOP("DemoData", "pc"), QT_TRANSLATE_NOOP("DemoData", "Equipment"), 690 },
        { QT_TRANSLATE_NOOP("DemoData", "Warehouse software licence"), "WMS-LIC-U",
            QT_TRANSLATE_NOOP("DemoData", "user/year"), QT_TRANSLATE_NOOP("DemoData", "Software"),
            420 },
        { QT_TRANSLATE_NOOP("DemoData", "Warehouse software implementation"), "WMS-IMPL",
            QT_TRANSLATE_NOOP("DemoData", "hour"), QT_TRANSLATE_NOOP("DemoData", "Services"), 65 },
        { QT_TRANSLATE_NOOP("DemoData", "Maintenance contract"), "SVC-MNT-Y",
            QT_TRANSLATE_NOOP("DemoData", "year"), QT_TRANSLATE_NOOP("DemoData", "Services"),
            2400 },
        { QT_TRANSLATE_NOOP("DemoData", "Forklift safety training"), "TRN-SAFE",
            QT_TRANSLATE_NOOP("DemoData", "day"), QT_TRANSLATE_NOOP("DemoData", "Services"), 480 },
        { QT_TRANSLATE_NOOP("DemoData", "Stretch wrapping machine"), "WRAP-SA-2",
            QT_TRANSLATE_NOOP("DemoData", "pc"), QT_TRANSLATE_NOOP("DemoData", "Equipment"), 7800 },
        { QT_TRANSLATE_NOOP("DemoData", "Installation"), "SVC-INST",
            QT_TRANSLATE_NOOP("DemoData", "hour"), QT_TRANSLATE_NOOP("DemoData", "Services"), 45 },
    };
    return list;
}

const QList<CampaignSeed>& campaigns()
{
    static const QList<CampaignSeed> list {
        { QT_TRANSLATE_NOOP("DemoData", "Warehouse efficiency webinar"), "web", 600, 2, 1500, 80 },
        { QT_TRANSLATE_NOOP("DemoData", "Logistics trade fair stand"), "event", 420, 4, 18000,
            150 },
        { QT_TRANSLATE_NOOP("DemoData", "Spring forklift rental offer"), "mailing", 300, 45, 2500,
            120 },
        { QT_TRANSLATE_NOOP("DemoData", "Safety training roadshow"), "seminar", 160, 30, 9000, 90 },
        { QT_TRANSLATE_NOOP("DemoData", "Online ads: warehouse software"), "ads", 75, 90, 12000,
            200 },
        { QT_TRANSLATE_NOOP("DemoData", "Partner referral programme"), "other", 540, 730, 5000,
            60 },
        { QT_TRANSLATE_NOOP("DemoData", "Autumn trade fair"), "event", -60, 3, 20000, 160 },
    };
    return list;
}

const QList<CompetitorSeed>& competitors()
{
    static const QList<CompetitorSeed> list {
        { "Nordhaven Lift", "https://www.nordhaven-lift.example",
            QT_TRANSLATE_NOOP("DemoData", "Large rental fleet, fast delivery."),
            QT_TRANSLATE_NOOP("DemoData", "Slow service outside the capital.") },
        { "RackPro Baltic", "https://www.rackpro-baltic.example",
            QT_TRANSLATE_NOOP("DemoData", "Low prices on standard racking."),
            QT_TRANSLATE_NOOP("DemoData", "No installation team of their own.") },
        { "Magazyn-Systemy", "https://www.magazyn-systemy.example",
            QT_TRANSLATE_NOOP("DemoData", "Strong in Poland, good references."),
            QT_TRANSLATE_NOOP("DemoData", "Long lead times.") },
        { "SkladTech", "https://www.skladtech.example",
            QT_TRANSLATE_NOOP("DemoData", "Local warehouse software, cheap licences."),
            QT_TRANSLATE_NOOP("DemoData", "Limited integrations.") },
        { "EuroStore Solutions", "https://www.eurostore-solutions.example",
            QT_TRANSLATE_NOOP("DemoData", "Well-known brand, complete projects."),
            QT_TRANSLATE_NOOP("DemoData", "Expensive; little room to negotiate.") },
        { "Logistar Carpathia", "https://www.logistar-carpathia.example",
            QT_TRANSLATE_NOOP("DemoData", "Dense service network in Romania."),
            QT_TRANSLATE_NOOP("DemoData", "Weak in software.") },
        { "Vento WMS", "https://www.vento-wms.example",
            QT_TRANSLATE_NOOP("DemoData", "Modern cloud software."),
            QT_TRANSLATE_NOOP("DemoData", "No hardware, needs partners.") },
        { "CargoLine Rentals", "https://www.cargoline-rentals.example",
            QT_TRANSLATE_NOOP("DemoData", "Flexible short-term rental."),
            QT_TRANSLATE_NOOP("DemoData", "Old equipment.") },
    };
    return list;
}

QList<TeamSeed> teams(int count)
{
    const auto list = [](std::initializer_list<const char*> codes) {
        QStringList out;
        for (const char* c : codes)
            out << QString::fromLatin1(c);
        return out;
    };
    if (count <= 2)
        return { { QT_TRANSLATE_NOOP("DemoData", "Team North"), list({ "LT", "PL", "GB", "IE" }) },
            { QT_TRANSLATE_NOOP("DemoData", "Team South-East"), list({ "UA", "RO", "MD" }) } };
    if (count == 3)
        return { { QT_TRANSLATE_NOOP("DemoData", "Team Baltic and Export"),
                     list({ "LT", "GB", "IE" }) },
            { QT_TRANSLATE_NOOP("DemoData", "Team Poland"), list({ "PL" }) },
            { QT_TRANSLATE_NOOP("DemoData", "Team South-East"), list({ "UA", "RO", "MD" }) } };
    return { { QT_TRANSLATE_NOOP("DemoData", "Team Baltic and Export"),
                 list({ "LT", "GB", "IE" }) },
        { QT_TRANSLATE_NOOP("DemoData", "Team Poland"), list({ "PL" }) },
        { QT_TRANSLATE_NOOP("DemoData", "Team Ukraine"), list({ "UA" }) },
        { QT_TRANSLATE_NOOP("DemoData", "Team Romania and Moldova"), list({ "RO", "MD" }) } };
}

const char* countryName(const QString& country)
{
    static const QList<QPair<QString, const char*>> names {
        { QStringLiteral("LT"), QT_TRANSLATE_NOOP("DemoData", "Lithuania") },
        { QStringLiteral("PL"), QT_TRANSLATE_NOOP("DemoData", "Poland") },
        { QStringLiteral("UA"), QT_TRANSLATE_NOOP("DemoData", "Ukraine") },
        { QStringLiteral("RO"), QT_TRANSLATE_NOOP("DemoData", "Romania") },
        { QStringLiteral("MD"), QT_TRANSLATE_NOOP("DemoData", "Moldova") },
        { QStringLiteral("GB"), QT_TRANSLATE_NOOP("DemoData", "United Kingdom") },
        { QStringLiteral("IE"), QT_TRANSLATE_NOOP("DemoData", "Ireland") },
    };
    for (const auto& [code, name] : names) {
        if (code == country)
            return name;
    }
    return "";
}

const char* languageName(const QString& languageCode)
{
    static const QList<QPair<QString, const char*>> names {
        { QStringLiteral("lt"), QT_TRANSLATE_NOOP("DemoData", "Lithuanian") },
        { QStringLiteral("pl"), QT_TRANSLATE_NOOP("DemoData", "Polish") },
        { QStringLiteral("uk"), QT_TRANSLATE_NOOP("DemoData", "Ukrainian") },
        { QStringLiteral("ro"), QT_TRANSLATE_NOOP("DemoData", "Romanian") },
        { QStringLiteral("ru"), QT_TRANSLATE_NOOP("DemoData", "Russian") },
        { QStringLiteral("en"), QT_TRANSLATE_NOOP("DemoData", "English") },
    };
    for (const auto& [code, name] : names) {
        if (code == languageCode)
            return name;
    }
    return "";
}

} // namespace tandem::demo
