#!/usr/bin/env bash
# Renders one sample offer per language with tandem-cli into docs/samples/ (PDF and a PNG of the
# first page), from a small made-up team and customer in that language's country.
# Usage: scripts/make-sample-offers.sh [BUILD_DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
cli="$PWD/${1:-build}/app/tandem-cli"
out="$PWD/docs/samples"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# language|currency|seller's country|seller|seller lines|country|buyer|reg code|VAT code|street|postcode|city|
# first|last|title|deal|product 1|sku 1|unit|price 1|vat 1|product 2|unit 2|price 2|vat 2|notes
offers=(
"lt|EUR|LT|UAB Šiaurės prekyba|Savanorių pr. 178, LT-03154 Vilnius\nPVM kodas LT100001234567 · +370 5 210 4455|LT|UAB „Žalgirio baldai“|302456781|LT100004567817|Kęstučio g. 12|44320|Kaunas|Jonas|Petraitis|Pirkimų vadovas|Biuro baldai naujam filialui|Darbo stalas „Oslo“ 160×80|DESK-OSLO-160|vnt.|420|21|Surinkimas ir montavimas|val.|35|9|Pristatymas į Kauną nemokamas."
"pl|PLN|PL|Biuro-Serwis Sp. z o.o.|ul. Marszałkowska 84/92, 00-514 Warszawa\nNIP 5213456789 · +48 22 628 11 00|PL|Łódzkie Okna Sp. z o.o.|0000123456|PL7251234567|ul. Piotrkowska 104|90-926|Łódź|Anna|Kowalska|Kierownik zakupów|Wyposażenie biura w Łodzi|Biurko „Wawel” 160×80|BIU-WAW-160|szt.|1890|23|Montaż i wniesienie|godz.|120|8|Dostawa do Łodzi gratis."
"uk|UAH|UA|ТОВ «Північна торгівля»|вул. Хрещатик, 22, 01001 Київ\nЄДРПОУ 41234567 · +380 44 235 11 22|UA|ТОВ «Львівські меблі»|38765432|UA387654321|вул. Городоцька, 15|79007|Львів|Олена|Шевченко|Менеджер із закупівель|Меблі для нового офісу|Стіл робочий «Карпати» 160×80|ST-KARP-160|шт.|8900|20|Збирання та монтаж|год.|650|7|Доставка до Львова безкоштовна."
"ro|RON|RO|Nord Comerț SRL|Bd. Unirii 45, 030823 București\nCUI RO12345678 · +40 21 310 22 33|RO|Mobila Ardeleană SRL|J12/3456/2015|RO34567812|Str. Memorandumului 28|400114|Cluj-Napoca|Ioana|Popescu|Director achiziții|Mobilier pentru noul birou|Birou „Carpați” 160×80|BIR-CARP-160|buc.|1650|19|Montaj și instalare|oră|140|9|Livrarea la Cluj-Napoca este gratuită."
"ru|EUR|LV|SIA Ziemeļu tirdzniecība|Brīvības iela 99, LV-1001 Rīga\nPVN LV40001234567 · +371 67 123 456|LV|ООО «Балтийская мебель»|40103456789|LV40103456789|ул. Гертрудес, 12|LV-1010|Рига|Ирина|Смирнова|Руководитель отдела закупок|Мебель для нового офиса|Рабочий стол «Осло» 160×80|DESK-OSLO-160|шт.|420|21|Сборка и монтаж|ч|35|21|Доставка по Риге бесплатно."
"en|EUR|LT|Northern Trade UAB|Savanorių pr. 178, LT-03154 Vilnius, Lithuania\nVAT LT100001234567 · +370 5 210 4455|SE|Nordic Interiors AB|556123-4567|SE556123456701|Sveavägen 44|111 34|Stockholm|Erik|Lindqvist|Head of Purchasing|Office furniture for the Stockholm office|Desk \"Oslo\" 160×80|DESK-OSLO-160|pcs|420|0|Assembly and installation|h|35|0|Intra-Community supply: VAT reverse charge (Article 196 of Directive 2006/112/EC)."
)

for offer in "${offers[@]}"; do
    IFS='|' read -r lang cur home seller lines country buyer reg vat street postcode city first last \
        title deal p1 sku1 unit1 price1 vat1 p2 unit2 price2 vat2 notes <<<"$offer"
    db="$work/$lang.db"
    export TANDEM_DB="$db"
    "$cli" init --company "$seller" --user "Rūta Kazlauskienė" --currency "$cur" >/dev/null
    "$cli" add setting key=letterhead "value=$(printf '%b' "$lines")" >/dev/null
    "$cli" add setting key=company_country "value=$home" >/dev/null
    me=$("$cli" whoami | cut -f1)
    "$cli" set user "$me" email=ruta@northtrade.eu "phone=+370 655 11223" >/dev/null
    company=$("$cli" add company "name=$buyer" "reg_code=$reg" "vat_code=$vat" "street=$street" \
        "postcode=$postcode" "city=$city" "country=$country")
    contact=$("$cli" add contact "first_name=$first" "last_name=$last" "title=$title" \
        "company_id=$company" "language=$lang")
    dealid=$("$cli" add deal "title=$deal" "company_id=$company" "contact_id=$contact" "currency=$cur")
    product=$("$cli" add product "name=$p1" "sku=$sku1" "unit=$unit1" "price=$price1" \
        "currency=$cur" "vat_rate=$vat1")
    quote=$("$cli" add quote "deal_id=$dealid" discount=5 "notes=$notes")
    "$cli" add quote_line "quote_id=$quote" "product_id=$product" quantity=6 discount=5 >/dev/null
    "$cli" add quote_line "quote_id=$quote" "description=$p2" quantity=8 "unit_price=$price2" \
        "vat_rate=$vat2" >/dev/null
    "$cli" render quote "$quote" --out "$out/offer-$lang.pdf" >/dev/null
    pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$out/offer-$lang.pdf" "$out/offer-$lang"
    echo "docs/samples/offer-$lang.pdf"
done
