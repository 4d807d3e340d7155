<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>rw::AboutDialog</name>
    <message>
        <source>&lt;h3&gt;Rackwerk %1&lt;/h3&gt;&lt;p&gt;Capacity planner for AI data halls: floor plan, power and cooling budgets, projections and reviews.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Plan file format %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rackwerk %1&lt;/h3&gt;&lt;p&gt;Kapazitätsplaner für KI-Rechenzentrumshallen: Grundriss, Strom- und Kühlbudgets, Prognosen und Prüfungen.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Plandateiformat %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Rackwerk is free software under the GNU General Public License, version 3 or any later version (%1). It comes with no warranty. The licence and its notes are in the files LICENSE and NOTICE.md of its source and in /usr/share/doc/rackwerk of its package.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rackwerk ist freie Software unter der GNU General Public License, Version 3 oder jeder späteren Version (%1). Es wird ohne Gewährleistung bereitgestellt. Die Lizenz und ihre Hinweise stehen in den Dateien LICENSE und NOTICE.md des Quelltexts und im Paket unter /usr/share/doc/rackwerk.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This build has the CUDA engine: it holds NVIDIA's CUDA runtime, which is not under the GPL. Use it on the machines it was built for and do not pass it on; the package holds the CPU engine only.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dieser Build enthält den CUDA-Rechenkern und damit die CUDA-Laufzeitbibliothek von NVIDIA, die nicht unter der GPL steht. Verwenden Sie ihn auf den Rechnern, für die er gebaut wurde, und geben Sie ihn nicht weiter; das Paket enthält nur den CPU-Rechenkern.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Components of this build</source>
        <translation>Komponenten dieses Builds</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Verwendet für</translation>
    </message>
    <message>
        <source>About Rackwerk</source>
        <translation>Über Rackwerk</translation>
    </message>
</context>
<context>
    <name>rw::ArrangeEdits</name>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>%n Element verschieben</numerusform>
            <numerusform>%n Elemente verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rotate %n item(s)</source>
        <translation>
            <numerusform>%n Element drehen</numerusform>
            <numerusform>%n Elemente drehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n item(s)</source>
        <translation>
            <numerusform>%n Element ausrichten</numerusform>
            <numerusform>%n Elemente ausrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Select at least three items to distribute.</source>
        <translation>Zum Verteilen mindestens drei Elemente auswählen.</translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n item(s)</source>
        <translation>
            <numerusform>%n Element verteilen</numerusform>
            <numerusform>%n Elemente verteilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::AttachRacksDialog</name>
    <message>
        <source>Put racks on a coolant loop</source>
        <translation>Racks an einen Kühlmittelkreis anschließen</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s): %1</source>
        <translation>
            <numerusform>%n Rack: %1</numerusform>
            <numerusform>%n Racks: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The CDU's technology loop the racks' cold plates are connected to; a rack on another loop moves</source>
        <translation>Der Technikkühlkreis der CDU, an den die Kühlplatten der Racks angeschlossen werden; ein Rack an einem anderen Kreis wechselt</translation>
    </message>
    <message>
        <source>Coolant loop:</source>
        <translation>Kühlmittelkreis:</translation>
    </message>
</context>
<context>
    <name>rw::BlockTool</name>
    <message>
        <source>%1 x %2 m</source>
        <translation>%1 × %2 m</translation>
    </message>
</context>
<context>
    <name>rw::BudgetPanel</name>
    <message>
        <source>How many more fit:</source>
        <translation>Wie viele passen noch:</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>S&amp;uchen</translation>
    </message>
    <message>
        <source>Fill the racks with the chosen device while every power, cooling, space and weight budget holds, also after the worst single failure</source>
        <translation>Die Racks mit dem gewählten Gerät füllen, solange jedes Strom-, Kühl-, Platz- und Gewichtsbudget eingehalten wird, auch nach dem ungünstigsten Einzelausfall</translation>
    </message>
    <message>
        <source>Device type from the plan's catalogue</source>
        <translation>Gerätetyp aus dem Katalog des Plans</translation>
    </message>
    <message>
        <source>Most used power nodes and cooling</source>
        <translation>Am stärksten ausgelastete Stromversorgungsknoten und Kühlung</translation>
    </message>
    <message>
        <source>%1 air cooling</source>
        <translation>%1 Luftkühlung</translation>
    </message>
    <message>
        <source>%1 liquid cooling</source>
        <translation>%1 Flüssigkeitskühlung</translation>
    </message>
    <message>
        <source>Normal operation</source>
        <translation>Normalbetrieb</translation>
    </message>
    <message>
        <source>Worst single failure</source>
        <translation>Ungünstigster Einzelausfall</translation>
    </message>
    <message>
        <source>Load against rating</source>
        <translation>Last bezogen auf die Nennleistung</translation>
    </message>
    <message>
        <source>%1: air cooling carries %2 with its redundancy, the racks shed %3 into the air.</source>
        <translation>%1: Die Luftkühlung trägt mit ihrer Redundanz %2, die Racks geben %3 an die Luft ab.</translation>
    </message>
    <message>
        <source>%1: liquid cooling carries %2 with its redundancy, the racks put %3 into liquid.</source>
        <translation>%1: Die Flüssigkeitskühlung trägt mit ihrer Redundanz %2, die Racks geben %3 an die Flüssigkeit ab.</translation>
    </message>
    <message>
        <source>Heat rejection: %1 usable at the design outdoor temperature with one unit failed, %2 of heat.</source>
        <translation>Rückkühlung: %1 nutzbar bei Auslegungs-Außentemperatur und Ausfall eines Geräts, bei %2 Wärme.</translation>
    </message>
    <message>
        <source>Rack %1 weighs %2: over its floor or frame rating.</source>
        <translation>Rack %1 wiegt %2: mehr als die zulässige Boden- oder Rahmenlast.</translation>
    </message>
    <message>
        <source>%1 overloaded: %2 on %3.</source>
        <translation>%1 überlastet: %2 bei einer Nennleistung von %3.</translation>
    </message>
    <message>
        <source>Every budget holds, also after any single failure.</source>
        <translation>Alle Budgets werden eingehalten, auch nach jedem Einzelausfall.</translation>
    </message>
    <message>
        <source>The plan changed: search again.</source>
        <translation>Der Plan hat sich geändert: bitte erneut suchen.</translation>
    </message>
    <message>
        <source>%1 more fit in %2 racks; most racks are limited by %3. The racks are selected on the floor plan.</source>
        <translation>Es passen noch %1 weitere in %2 Racks; begrenzender Faktor in den meisten Racks: %3. Die Racks sind im Grundriss ausgewählt.</translation>
    </message>
    <message>
        <source>Racks with room, and how many more each takes; select some to show only them</source>
        <translation>Racks mit Platz und wie viele weitere jedes aufnimmt; einige auswählen, um nur diese zu zeigen</translation>
    </message>
    <message>
        <source>%1: %2 more</source>
        <translation>%1: %2 weitere</translation>
    </message>
    <message>
        <source>&lt;b&gt;Supported availability class (EN 50600): %1&lt;/b&gt; (%2)&lt;br&gt;%3</source>
        <translation>&lt;b&gt;Erreichte Verfügbarkeitsklasse (EN 50600): %1&lt;/b&gt; (%2)&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>not assessable</source>
        <translation>nicht bewertbar</translation>
    </message>
    <message>
        <source>declared: class %1</source>
        <translation>angegeben: Klasse %1</translation>
    </message>
    <message>
        <source>no class declared</source>
        <translation>keine Klasse angegeben</translation>
    </message>
    <message>
        <source>Power budgets not assessable: %1</source>
        <translation>Leistungsbudgets nicht bewertbar: %1</translation>
    </message>
    <message>
        <source>Cooling budget not assessable: %1</source>
        <translation>Kühlbudget nicht bewertbar: %1</translation>
    </message>
    <message>
        <source>%1: cooling unit %2 stands outside the hall; it does not cool it and is not counted.</source>
        <translation>%1: Kühlgerät %2 steht außerhalb der Halle; es kühlt sie nicht und wird nicht mitgezählt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rack(s) lose power</source>
        <translation>
            <numerusform>%Ln Rack verliert die Stromversorgung</numerusform>
            <numerusform>%Ln Racks verlieren die Stromversorgung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cooling unit(s) stop.</source>
        <translation>
            <numerusform>%Ln Kühlgerät fällt aus.</numerusform>
            <numerusform>%Ln Kühlgeräte fallen aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to assess yet: no rack draws power.</source>
        <translation>Noch nichts zu bewerten: Kein Rack bezieht Strom.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rack(s) run on too few power supplies</source>
        <translation>
            <numerusform>%Ln Rack läuft mit zu wenigen Netzteilen</numerusform>
            <numerusform>%Ln Racks laufen mit zu wenigen Netzteilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Without %1:</source>
        <translation>Ohne %1:</translation>
    </message>
    <message>
        <source>Without %1: %2 (%3 short).</source>
        <translation>Ohne %1: %2 (%3 fehlen).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Analysing the power chain&lt;/b&gt; (%1 nodes, every single failure) in the background ...</source>
        <translation>&lt;b&gt;Die Stromversorgungskette wird analysiert&lt;/b&gt; (%1 Knoten, jeder Einzelausfall), im Hintergrund ...</translation>
    </message>
    <message>
        <source>The findings of the power chain follow when its analysis is done.</source>
        <translation>Die Befunde der Stromversorgungskette folgen, sobald ihre Analyse fertig ist.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>Stop the capacity search</source>
        <translation>Die Kapazitätssuche abbrechen</translation>
    </message>
    <message>
        <source>Searching: every power, cooling, space and weight budget, also after each single failure ...</source>
        <translation>Suche läuft: jedes Strom-, Kühl-, Platz- und Gewichtsbudget, auch nach jedem Einzelausfall ...</translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>Suche abgebrochen.</translation>
    </message>
    <message>
        <source>The plan changed during the search: search again.</source>
        <translation>Der Plan wurde während der Suche geändert: Bitte erneut suchen.</translation>
    </message>
    <message>
        <source>Cancelling the search ...</source>
        <translation>Suche wird abgebrochen ...</translation>
    </message>
    <message>
        <source>Searching: the power chain after each single failure, %1 of %2 solved ...</source>
        <translation>Suche läuft: die Stromversorgungskette nach jedem Einzelausfall, %1 von %2 berechnet ...</translation>
    </message>
</context>
<context>
    <name>rw::CapacitySearch</name>
    <message>
        <source>rack space</source>
        <translation>Platz im Rack</translation>
    </message>
    <message>
        <source>rack power budget</source>
        <translation>Leistungsbudget des Racks</translation>
    </message>
    <message>
        <source>rack frame load</source>
        <translation>Rahmenlast des Racks</translation>
    </message>
    <message>
        <source>floor load</source>
        <translation>Bodenlast</translation>
    </message>
    <message>
        <source>power chain after a failure</source>
        <translation>Stromversorgungskette nach einem Ausfall</translation>
    </message>
    <message>
        <source>air cooling with redundancy</source>
        <translation>Luftkühlung mit Redundanz</translation>
    </message>
    <message>
        <source>liquid cooling with redundancy</source>
        <translation>Flüssigkeitskühlung mit Redundanz</translation>
    </message>
    <message>
        <source>rack without liquid cooling</source>
        <translation>Rack ohne Flüssigkeitskühlung</translation>
    </message>
    <message>
        <source>rack without power feed</source>
        <translation>Rack ohne Einspeisung</translation>
    </message>
    <message>
        <source>number requested reached</source>
        <translation>gewünschte Anzahl erreicht</translation>
    </message>
    <message>
        <source>The plan has no device type "%1".</source>
        <translation>Der Plan enthält keinen Gerätetyp „%1“.</translation>
    </message>
    <message>
        <source>coolant loop capacity with redundancy</source>
        <translation>Leistung des Kühlmittelkreises mit Redundanz</translation>
    </message>
    <message>
        <source>rack coolant flow with one pump fewer</source>
        <translation>Kühlmitteldurchfluss des Racks mit einer Pumpe weniger</translation>
    </message>
</context>
<context>
    <name>rw::Catalogue</name>
    <message>
        <source>The catalogue is not valid JSON (%1).</source>
        <translation>Der Katalog ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>The file is not a Rackwerk device catalogue of version 1.</source>
        <translation>Die Datei ist kein Rackwerk-Gerätekatalog der Version 1.</translation>
    </message>
</context>
<context>
    <name>rw::CatalogueDialog</name>
    <message>
        <source>Device catalogue</source>
        <translation>Gerätekatalog</translation>
    </message>
    <message>
        <source>Search by manufacturer, model or key</source>
        <translation>Nach Hersteller, Modell oder Kennung suchen</translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation>&amp;Neu...</translation>
    </message>
    <message>
        <source>Create a device type of your own</source>
        <translation>Einen eigenen Gerätetyp anlegen</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten...</translation>
    </message>
    <message>
        <source>Edit the selected device type</source>
        <translation>Den ausgewählten Gerätetyp bearbeiten</translation>
    </message>
    <message>
        <source>D&amp;uplicate...</source>
        <translation>&amp;Duplizieren...</translation>
    </message>
    <message>
        <source>Copy the selected type as a starting point</source>
        <translation>Den ausgewählten Typ als Ausgangspunkt kopieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove a device type that is not mounted anywhere</source>
        <translation>Einen Gerätetyp entfernen, der nirgends eingebaut ist</translation>
    </message>
    <message>
        <source>&amp;Import NetBox YAML...</source>
        <translation>NetBox-YAML &amp;importieren...</translation>
    </message>
    <message>
        <source>Import device types from the NetBox community device-type library</source>
        <translation>Gerätetypen aus der Community-Gerätetypbibliothek von NetBox importieren</translation>
    </message>
    <message>
        <source>In this plan</source>
        <translation>In diesem Plan</translation>
    </message>
    <message>
        <source>&amp;Add to plan</source>
        <translation>Zum Plan &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Copy the selected built-in type into the plan</source>
        <translation>Den ausgewählten mitgelieferten Typ in den Plan übernehmen</translation>
    </message>
    <message>
        <source>Built-in catalogue</source>
        <translation>Mitgelieferter Katalog</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Max power</source>
        <translation>Max. Leistung</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>%1 U</source>
        <translation>%1 HE</translation>
    </message>
    <message>
        <source>Select a built-in device type first.</source>
        <translation>Wählen Sie zuerst einen mitgelieferten Gerätetyp aus.</translation>
    </message>
    <message>
        <source>%1 is in the plan already.</source>
        <translation>%1 ist bereits im Plan.</translation>
    </message>
    <message>
        <source>My company</source>
        <translation>Meine Firma</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>Neues Gerät</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzerangabe</translation>
    </message>
    <message>
        <source>Select a device type of the plan first.</source>
        <translation>Wählen Sie zuerst einen Gerätetyp des Plans aus.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n device type(s).</source>
        <translation>
            <numerusform>%n Gerätetyp importiert.</numerusform>
            <numerusform>%n Gerätetypen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Import NetBox device types</source>
        <translation>NetBox-Gerätetypen importieren</translation>
    </message>
    <message>
        <source>NetBox device types (*.yaml *.yml)</source>
        <translation>NetBox-Gerätetypen (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>rw::CatalogueList</name>
    <message>
        <source>Search devices (model, maker, key)</source>
        <translation>Geräte suchen (Modell, Hersteller, Kennung)</translation>
    </message>
    <message>
        <source>Drag a device into a rack unit of the elevation</source>
        <translation>Ein Gerät in eine Höheneinheit der Rackansicht ziehen</translation>
    </message>
    <message>
        <source>%1 (%2 U, %3)</source>
        <translation>%1 (%2 HE, %3)</translation>
    </message>
    <message>
        <source>%1 %2&lt;br&gt;%3 mm deep, %4&lt;br&gt;%5 GPUs</source>
        <translation>%1 %2&lt;br&gt;%3 mm tief, %4&lt;br&gt;%5 GPUs</translation>
    </message>
</context>
<context>
    <name>rw::CliCommands</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--lang needs a value (de or en).</source>
        <translation>--lang braucht einen Wert (de oder en).</translation>
    </message>
    <message>
        <source>Unknown language "%1"; use de or en.</source>
        <translation>Unbekannte Sprache „%1“; verwenden Sie de oder en.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>info takes one plan.</source>
        <translation>info erwartet genau einen Plan.</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Standort: %1</translation>
    </message>
    <message>
        <source>Halls: %1, rows: %2, racks: %3, devices: %4</source>
        <translation>Hallen: %1, Reihen: %2, Racks: %3, Geräte: %4</translation>
    </message>
    <message>
        <source>GPUs: %1</source>
        <translation>GPUs: %1</translation>
    </message>
    <message>
        <source>IT power: %1 kW nameplate, %2 kW typical; rack budgets %3 kW</source>
        <translation>IT-Leistung: %1 kW laut Typenschild, %2 kW typisch; Rack-Budgets %3 kW</translation>
    </message>
    <message>
        <source>Cooling units: %1, power nodes: %2</source>
        <translation>Kühlgeräte: %1, Stromversorgungsknoten: %2</translation>
    </message>
    <message>
        <source>export needs a plan and --json FILE.</source>
        <translation>export braucht einen Plan und --json DATEI.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>import needs a JSON file and -o PLAN.</source>
        <translation>import braucht eine JSON-Datei und -o PLAN.</translation>
    </message>
    <message>
        <source>validate takes one plan.</source>
        <translation>validate erwartet genau einen Plan.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>demo needs -o PLAN.</source>
        <translation>demo braucht -o PLAN.</translation>
    </message>
    <message>
        <source>engines takes no arguments besides --json.</source>
        <translation>engines erwartet außer --json keine Argumente.</translation>
    </message>
    <message>
        <source>fields takes no arguments.</source>
        <translation>fields erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>budget takes one plan.</source>
        <translation>budget erwartet genau einen Plan.</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 %5 %6</source>
        <translation>%1 %2 %3 %4 %5 %6</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Rating kW</source>
        <translation>Nennl. kW</translation>
    </message>
    <message>
        <source>Design kW</source>
        <translation>Ausleg. kW</translation>
    </message>
    <message>
        <source>Expected kW</source>
        <translation>Erwartet kW</translation>
    </message>
    <message>
        <source>Worst N-1 kW</source>
        <translation>Max. N-1 kW</translation>
    </message>
    <message>
        <source>Headroom kW</source>
        <translation>Reserve kW</translation>
    </message>
    <message>
        <source>unrated</source>
        <translation>ohne Angabe</translation>
    </message>
    <message>
        <source>%1: heat to air %2 kW, air cooling %3 kW installed, %4 kW with redundancy (%5)</source>
        <translation>%1: Wärme an Luft %2 kW, Luftkühlung %3 kW installiert, %4 kW mit Redundanz (%5)</translation>
    </message>
    <message>
        <source>no hall</source>
        <translation>keine Halle</translation>
    </message>
    <message>
        <source>enough</source>
        <translation>ausreichend</translation>
    </message>
    <message>
        <source>NOT enough</source>
        <translation>NICHT ausreichend</translation>
    </message>
    <message>
        <source>%1: heat to liquid %2 kW, liquid cooling %3 kW installed, %4 kW with redundancy (%5)</source>
        <translation>%1: Wärme an Flüssigkeit %2 kW, Flüssigkeitskühlung %3 kW installiert, %4 kW mit Redundanz (%5)</translation>
    </message>
    <message>
        <source>Heat rejection: %1 kW of heat, %2 kW usable at %3 °C outdoors, %4 kW with one unit failed</source>
        <translation>Rückkühlung: %1 kW Wärme, %2 kW nutzbar bei %3 °C Außentemperatur, %4 kW bei Ausfall eines Geräts</translation>
    </message>
    <message>
        <source>capacity takes a plan and a device type key.</source>
        <translation>capacity erwartet einen Plan und die Kennung eines Gerätetyps.</translation>
    </message>
    <message>
        <source>%1 more %2 fit in %3 racks; most racks are limited by: %4.</source>
        <translation>Es passen noch %1 weitere %2 in %3 Racks; begrenzender Faktor in den meisten Racks: %4.</translation>
    </message>
    <message>
        <source>U%1</source>
        <translation>HE %1</translation>
    </message>
    <message>
        <source>contingency takes one plan.</source>
        <translation>contingency erwartet genau einen Plan.</translation>
    </message>
    <message>
        <source>  %1: %2 kW on a rating of %3 kW</source>
        <translation>  %1: %2 kW bei einer Nennleistung von %3 kW</translation>
    </message>
    <message>
        <source>%1 of %2 contingencies leave the plan short.</source>
        <translation>Bei %1 von %2 Ausfallszenarien reicht der Plan nicht aus.</translation>
    </message>
    <message>
        <source>Supported availability class (EN 50600): %1. %2</source>
        <translation>Erreichte Verfügbarkeitsklasse (EN 50600): %1. %2</translation>
    </message>
    <message>
        <source>--node needs the id or name of a power node.</source>
        <translation>--node braucht die ID oder den Namen eines Stromversorgungsknotens.</translation>
    </message>
    <message>
        <source>The plan has no power node "%1".</source>
        <translation>Der Plan hat keinen Stromversorgungsknoten „%1“.</translation>
    </message>
    <message>
        <source>Cooling units that stop (%1):</source>
        <translation>Kühlgeräte, die ausfallen (%1):</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>load takes one plan.</source>
        <translation>load erwartet genau einen Plan.</translation>
    </message>
    <message>
        <source>--years must be a whole number from 1 to %1, not "%2".</source>
        <translation>--years muss eine ganze Zahl von 1 bis %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 18446744073709551615, not "%1".</source>
        <translation>--seed muss eine ganze Zahl von 0 bis 18446744073709551615 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Unknown engine "%1"; use auto, cpu or cuda.</source>
        <translation>Unbekannter Rechenkern „%1“; verwenden Sie auto, cpu oder cuda.</translation>
    </message>
    <message>
        <source>--scenario must be a scenario id, not "%1".</source>
        <translation>--scenario muss die ID eines Szenarios sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Engine: %1, %2 s, %3 rack-hours per second</source>
        <translation>Rechenkern: %1, %2 s, %3 Rack-Stunden pro Sekunde</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>IT MWh P50</source>
        <translation>IT MWh P50</translation>
    </message>
    <message>
        <source>Facility MWh P50</source>
        <translation>Gesamt MWh P50</translation>
    </message>
    <message>
        <source>PUE P50</source>
        <translation>PUE P50</translation>
    </message>
    <message>
        <source>PUE P95</source>
        <translation>PUE P95</translation>
    </message>
    <message>
        <source>ERF P50</source>
        <translation>ERF P50</translation>
    </message>
    <message>
        <source>Peak kW P95</source>
        <translation>Spitze kW P95</translation>
    </message>
    <message>
        <source>Power nodes most at risk (normal operation, synchronised peaks):</source>
        <translation>Am stärksten gefährdete Stromversorgungsknoten (Normalbetrieb, synchrone Spitzen):</translation>
    </message>
    <message>
        <source>  %1 (%2 kW): peak %3 % of rating (P95 of trials); over rating in %4 % of trials, %5 h expected; over 80 % in %6 % of trials, %7 h expected</source>
        <translation>  %1 (%2 kW): Spitze %3 % der Nennleistung (P95 der Durchläufe); über Nennleistung in %4 % der Durchläufe, %5 h erwartet; über 80 % in %6 % der Durchläufe, %7 h erwartet</translation>
    </message>
    <message>
        <source>Percentiles from histograms: accurate to %1 kW (facility power) and %2 (PUE).</source>
        <translation>Perzentile aus Histogrammen: genau auf %1 kW (Gesamtleistung) und %2 (PUE).</translation>
    </message>
    <message>
        <source>value %1 (%2), limit %3</source>
        <translation>Wert %1 (%2), Grenze %3</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>diff takes two plans.</source>
        <translation>diff erwartet zwei Pläne.</translation>
    </message>
    <message>
        <source>site: %1: %2 -&gt; %3</source>
        <translation>Standort: %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>The plans describe the same entities.</source>
        <translation>Die Pläne beschreiben dieselben Objekte.</translation>
    </message>
    <message>
        <source>An option of thermal is missing its value.</source>
        <translation>Einer Option von thermal fehlt der Wert.</translation>
    </message>
    <message>
        <source>thermal takes one plan, or --case FILE instead of a plan.</source>
        <translation>thermal erwartet genau einen Plan oder --case DATEI statt eines Plans.</translation>
    </message>
    <message>
        <source>--cell needs a cell size in metres between 0.02 and 2.</source>
        <translation>--cell erwartet eine Zellgröße in Metern zwischen 0,02 und 2.</translation>
    </message>
    <message>
        <source>--transient needs a duration in seconds between 0 and 86400.</source>
        <translation>--transient erwartet eine Dauer in Sekunden zwischen 0 und 86.400.</translation>
    </message>
    <message>
        <source>--fail names no running cooling unit or power node of the hall: "%1".</source>
        <translation>--fail nennt weder ein laufendes Kühlgerät noch einen Stromversorgungsknoten der Halle: „%1“.</translation>
    </message>
    <message>
        <source>The CUDA engine cannot run here: %1</source>
        <translation>Der CUDA-Rechenkern kann hier nicht laufen: %1</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 %5</source>
        <translation>%1 %2 %3 %4 %5</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Rack</translation>
    </message>
    <message>
        <source>Inlet °C</source>
        <translation>Zuluft °C</translation>
    </message>
    <message>
        <source>Max °C</source>
        <translation>Max. °C</translation>
    </message>
    <message>
        <source>Exhaust °C</source>
        <translation>Abluft °C</translation>
    </message>
    <message>
        <source>ASHRAE %1</source>
        <translation>ASHRAE %1</translation>
    </message>
    <message>
        <source>outside allowable</source>
        <translation>außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>outside recommended</source>
        <translation>außerhalb des empfohlenen Bereichs</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>%1 of %2 racks outside the recommended range, %3 outside the allowable range.</source>
        <translation>%1 von %2 Racks außerhalb des empfohlenen Bereichs, %3 außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>Energy balance: %1 kW released, %2 kW removed (%3 %).</source>
        <translation>Energiebilanz: %1 kW abgegeben, %2 kW abgeführt (%3 %).</translation>
    </message>
    <message>
        <source>Grid: %1 cells of %2 m (%3 x %4 x %5), %6 iterations, %7, %8 s on the %9 engine.</source>
        <translation>Gitter: %1 Zellen zu %2 m (%3 × %4 × %5), %6 Schritte, %7, %8 s auf dem Rechenkern %9.</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>konvergiert</translation>
    </message>
    <message>
        <source>NOT converged</source>
        <translation>NICHT konvergiert</translation>
    </message>
    <message>
        <source>Without %1: the first rack inlet leaves the allowable range after %2 s; within %3 s: %4.</source>
        <translation>Ohne %1: Die Zuluft des ersten Racks verlässt den zulässigen Bereich nach %2 s; innerhalb von %3 s: %4.</translation>
    </message>
    <message>
        <source>no cooling unit</source>
        <translation>kein Kühlgerät</translation>
    </message>
    <message>
        <source>Without %1: every rack inlet stays in the allowable range for %2 s.</source>
        <translation>Ohne %1: Die Zuluft aller Racks bleibt %2 s lang im zulässigen Bereich.</translation>
    </message>
    <message>
        <source>--load-trials needs a number of trials.</source>
        <translation>--load-trials braucht eine Anzahl von Durchläufen.</translation>
    </message>
    <message>
        <source>--load-trials must be a whole number from 1 to %1, not "%2".</source>
        <translation>--load-trials muss eine ganze Zahl von 1 bis %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>Unknown turbulence model "%1"; use k-epsilon or chen-xu.</source>
        <translation>Unbekanntes Turbulenzmodell „%1“; erlaubt sind k-epsilon und chen-xu.</translation>
    </message>
    <message>
        <source>The flow keeps swinging: rack and cooling-unit figures are means over the last %1 steps; rack inlets swing by up to %2 K.</source>
        <translation>Die Strömung pendelt: Rack- und Kühlgerätewerte sind Mittelwerte über die letzten %1 Schritte; die Zuluft der Racks schwankt um bis zu %2 K.</translation>
    </message>
    <message>
        <source>--transient goes with --fail: it says how long to follow the failure.</source>
        <translation>--transient gehört zu --fail: es gibt an, wie lange der Ausfall verfolgt wird.</translation>
    </message>
    <message>
        <source>--trials must be a whole number from 1 to %L1, not "%2".</source>
        <translation>--trials muss eine ganze Zahl von 1 bis %L1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln Fehler</numerusform>
            <numerusform>%Ln Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln Warnung</numerusform>
            <numerusform>%Ln Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Load projection: %1, %2 from %3, %4, scenario "%5", weather: %6</source>
        <translation>Lastprognose: %1, %2 ab %3, %4, Szenario „%5“, Wetter: %6</translation>
    </message>
    <message numerus="yes">
        <source>%Ln trial(s)</source>
        <translation>
            <numerusform>%Ln Durchlauf</numerusform>
            <numerusform>%Ln Durchläufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln Jahr</numerusform>
            <numerusform>%Ln Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rack(s)</source>
        <translation>
            <numerusform>%Ln Rack</numerusform>
            <numerusform>%Ln Racks</numerusform>
        </translation>
    </message>
    <message>
        <source>Power budgets not assessable: %1</source>
        <translation>Leistungsbudgets nicht bewertbar: %1</translation>
    </message>
    <message>
        <source>not assessable</source>
        <translation>nicht bewertbar</translation>
    </message>
    <message>
        <source>Cooling budgets not assessable: %1</source>
        <translation>Kühlbudgets nicht bewertbar: %1</translation>
    </message>
    <message>
        <source>Heat rejection: %1 kW of heat; the plan has no chiller, dry cooler or heat exchanger, so it is not assessed.</source>
        <translation>Rückkühlung: %1 kW Wärme; der Plan hat keine Kältemaschine, keinen Rückkühler und keinen Wasser-Wärmetauscher, daher wird sie nicht bewertet.</translation>
    </message>
    <message>
        <source>%1: not counted, standing outside the hall: %2</source>
        <translation>%1: nicht mitgezählt, weil außerhalb der Halle: %2</translation>
    </message>
    <message>
        <source>%1: racks standing outside the hall (their heat is counted): %2</source>
        <translation>%1: Racks außerhalb der Halle (ihre Wärme wird mitgezählt): %2</translation>
    </message>
    <message>
        <source>Before the run: %1</source>
        <translation>Vor der Berechnung: %1</translation>
    </message>
    <message>
        <source>Why %1: %2</source>
        <translation>Warum %1: %2</translation>
    </message>
    <message>
        <source>%1: return %2 °C, supply %3 °C, load %4 kW, rated %5 kW</source>
        <translation>%1: Rückluft %2 °C, Zuluft %3 °C, Last %4 kW, Nennleistung %5 kW</translation>
    </message>
    <message>
        <source>Without %1: %2, %3, %4 kW unserved, %5, %6</source>
        <translation>Ohne %1: %2, %3, %4 kW nicht versorgt, %5, %6</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rack(s) lose power</source>
        <translation>
            <numerusform>%Ln Rack verliert die Stromversorgung</numerusform>
            <numerusform>%Ln Racks verlieren die Stromversorgung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run on too few power supplies</source>
        <translation>
            <numerusform>%Ln läuft mit zu wenigen Netzteilen</numerusform>
            <numerusform>%Ln laufen mit zu wenigen Netzteilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s) overloaded</source>
        <translation>
            <numerusform>%Ln Knoten überlastet</numerusform>
            <numerusform>%Ln Knoten überlastet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cooling unit(s) stop</source>
        <translation>
            <numerusform>%Ln Kühlgerät fällt aus</numerusform>
            <numerusform>%Ln Kühlgeräte fallen aus</numerusform>
        </translation>
    </message>
    <message>
        <source>Without %1: %2, %3, %4, %5 kW unserved, %6</source>
        <translation>Ohne %1: %2, %3, %4, %5 kW nicht versorgt, %6</translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s) lose power</source>
        <translation>
            <numerusform>%Ln Knoten ohne Strom</numerusform>
            <numerusform>%Ln Knoten ohne Strom</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rack(s) lose all power</source>
        <translation>
            <numerusform>%Ln Rack ganz ohne Strom</numerusform>
            <numerusform>%Ln Racks ganz ohne Strom</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rack(s) run on one feed</source>
        <translation>
            <numerusform>%Ln Rack auf einer Einspeisung</numerusform>
            <numerusform>%Ln Racks auf einer Einspeisung</numerusform>
        </translation>
    </message>
    <message>
        <source>draw-row needs a plan, --from X,Y, --to X,Y and -o FILE.</source>
        <translation>draw-row braucht einen Plan, --from X,Y, --to X,Y und -o DATEI.</translation>
    </message>
    <message>
        <source>--template takes a number from 0 to %1.</source>
        <translation>--template nimmt eine Zahl von 0 bis %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rack(s) drawn.</source>
        <translation>
            <numerusform>%1: %n Rack gezeichnet.</numerusform>
            <numerusform>%1: %n Racks gezeichnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule set %1</source>
        <translation>Regelwerk %1</translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation>Zusammenhang: %1</translation>
    </message>
    <message>
        <source>%L1 passed, %L2 failed, %L3 not assessable, %L4 not applicable, %L5 exempt</source>
        <translation>%L1 erfüllt, %L2 nicht erfüllt, %L3 nicht bewertbar, %L4 nicht anwendbar, %L5 ausgenommen</translation>
    </message>
    <message>
        <source>exempt takes one plan file, --exemption ID, --evidence TEXT, --reference TEXT and --date YYYY-MM-DD, optionally --review FILE and --rules FILE.</source>
        <translation>exempt nimmt eine Plandatei, --exemption ID, --evidence TEXT, --reference TEXT und --date JJJJ-MM-TT, wahlweise --review DATEI und --rules DATEI.</translation>
    </message>
    <message>
        <source>--date must be a date written as YYYY-MM-DD, not "%1".</source>
        <translation>--date muss ein Datum in der Form JJJJ-MM-TT sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Exemption %1 recorded in %2.</source>
        <translation>Ausnahme %1 in %2 erfasst.</translation>
    </message>
    <message>
        <source>An option of liquid is missing its value.</source>
        <translation>Einer Option von liquid fehlt ihr Wert.</translation>
    </message>
    <message>
        <source>report takes one plan and at least one of --pdf FILE, --csv DIR and --xlsx FILE.</source>
        <translation>report erwartet einen Plan und mindestens eine der Optionen --pdf DATEI, --csv ORDNER und --xlsx DATEI.</translation>
    </message>
    <message>
        <source>This Rackwerk was built without XLSX support (libxlsxwriter); use --csv.</source>
        <translation>Dieses Rackwerk wurde ohne XLSX-Unterstützung (libxlsxwriter) gebaut; verwenden Sie --csv.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Every run of the sweep is finished; nothing to submit.</source>
        <translation>Alle Läufe der Ausfallreihe sind fertig; nichts zu übergeben.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Slurm job array of %1 runs written to %2.</source>
        <translation>Slurm-Job-Array mit %1 Läufen nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>sbatch cannot be started (%1); submit %2 on a machine of the Slurm cluster.</source>
        <translation>sbatch lässt sich nicht starten (%1); übergeben Sie %2 auf einem Rechner des Slurm-Clusters.</translation>
    </message>
    <message>
        <source>sbatch refused the job array: %1</source>
        <translation>sbatch hat das Job-Array abgelehnt: %1</translation>
    </message>
    <message>
        <source>Submitted as Slurm job %1; collect the results with: rackwerk-cli sweep --merge %2</source>
        <translation>Als Slurm-Job %1 übergeben; die Ergebnisse sammelt: rackwerk-cli sweep --merge %2</translation>
    </message>
    <message>
        <source>Cooling failure sweep: %1 of %2 runs finished, %3 failed.</source>
        <translation>Kühlungsausfallreihe: %1 von %2 Läufen fertig, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>An option of sweep is missing its value.</source>
        <translation>Einer Option von sweep fehlt ihr Wert.</translation>
    </message>
    <message>
        <source>sweep --merge takes only the folder of a sweep.</source>
        <translation>sweep --merge nimmt nur den Ordner einer Ausfallreihe.</translation>
    </message>
    <message>
        <source>sweep needs one plan and --out DIR.</source>
        <translation>sweep braucht einen Plan und --out ORDNER.</translation>
    </message>
    <message>
        <source>--jobs needs a number of runs at a time between 1 and 1024.</source>
        <translation>--jobs braucht eine Anzahl gleichzeitiger Läufe zwischen 1 und 1024.</translation>
    </message>
    <message>
        <source>--iterations needs a number of steady-state steps between 10 and 1,000,000.</source>
        <translation>--iterations braucht eine Anzahl Schritte zum stationären Zustand zwischen 10 und 1.000.000.</translation>
    </message>
    <message>
        <source>--task needs a run number between 0 and %1.</source>
        <translation>--task braucht eine Laufnummer zwischen 0 und %1.</translation>
    </message>
    <message>
        <source>The plan or the settings changed since the sweep in %1 was set up; set it up again.</source>
        <translation>Plan oder Einstellungen haben sich geändert, seit die Ausfallreihe in %1 angelegt wurde; legen Sie sie neu an.</translation>
    </message>
    <message>
        <source>%1: already finished.</source>
        <translation>%1: bereits fertig.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: finished in %2.</source>
        <translation>%1: fertig nach %2.</translation>
    </message>
    <message>
        <source>--no-submit goes with --slurm.</source>
        <translation>--no-submit gehört zu --slurm.</translation>
    </message>
    <message>
        <source>%1 of %2 runs were finished before; they are kept.</source>
        <translation>%1 von %2 Läufen waren schon fertig; sie bleiben erhalten.</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 racks outside the allowable range</source>
        <translation>%1 Racks außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>first rack outside the allowable range after %1 s</source>
        <translation>erstes Rack nach %1 s außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>every rack stays in the allowable range for %1 s</source>
        <translation>alle Racks bleiben %1 s lang im zulässigen Bereich</translation>
    </message>
    <message>
        <source>[%1/%2] %3, %4: %5 (%6); about %7 left</source>
        <translation>[%1/%2] %3, %4: %5 (%6); noch etwa %7</translation>
    </message>
    <message>
        <source>attach-racks needs a plan, --loop ID (0: off their loop), --racks ID,ID,... and -o FILE.</source>
        <translation>attach-racks braucht einen Plan, --loop ID (0: vom Kreis trennen), --racks ID,ID,... und -o DATEI.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>liquid reads one plan (PLAN) or one liquid case (--case FILE).</source>
        <translation>liquid liest einen Plan (PLAN) oder einen Flüssigkeitsfall (--case DATEI).</translation>
    </message>
    <message>
        <source>Weather: %1</source>
        <translation>Wetter: %1</translation>
    </message>
    <message>
        <source>weather needs a plan; --use FILE or --munich with -o PLAN change it.</source>
        <translation>weather braucht einen Plan; --use DATEI oder --munich mit -o PLAN ändern es.</translation>
    </message>
    <message>
        <source>Mean %1 °C; dry bulb exceeded in 0.4 % of hours: %2 °C</source>
        <translation>Mittel %1 °C; Trockenkugeltemperatur in 0,4 % der Stunden überschritten: %2 °C</translation>
    </message>
    <message>
        <source>Wet bulb exceeded in 0.4 % of hours: %1 °C</source>
        <translation>Feuchtkugeltemperatur in 0,4 % der Stunden überschritten: %1 °C</translation>
    </message>
    <message>
        <source>%1 is too large for an underlay.</source>
        <translation>%1 ist zu groß für eine Planunterlage.</translation>
    </message>
    <message>
        <source>--hall takes a hall id, not "%1".</source>
        <translation>--hall nimmt die ID einer Halle, nicht „%1“.</translation>
    </message>
    <message>
        <source>--scale takes AX,AY,BX,BY,METRES: two drawing points and their distance.</source>
        <translation>--scale nimmt AX,AY,BX,BY,METER: zwei Punkte der Zeichnung und ihren Abstand.</translation>
    </message>
    <message>
        <source>--origin takes X,Y in metres.</source>
        <translation>--origin nimmt X,Y in Metern.</translation>
    </message>
    <message>
        <source>--opacity takes a number from 0 to 1.</source>
        <translation>--opacity nimmt eine Zahl von 0 bis 1.</translation>
    </message>
    <message>
        <source>Underlay %1 imported into hall %2 (id %3).</source>
        <translation>Planunterlage %1 in Halle %2 übernommen (ID %3).</translation>
    </message>
    <message>
        <source>schemas needs the folder to write them to.</source>
        <translation>schemas braucht den Ordner, in den sie geschrieben werden.</translation>
    </message>
    <message>
        <source>import-csv needs a plan and a CSV file.</source>
        <translation>import-csv braucht einen Plan und eine CSV-Datei.</translation>
    </message>
    <message>
        <source>The demo plan cannot be written: import into a plan file, or add --dry-run.</source>
        <translation>Der Demoplan kann nicht geschrieben werden: importieren Sie in eine Plandatei oder geben Sie --dry-run an.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 ist größer als %2 MiB.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln error(s); nothing was imported.</source>
        <translation>
            <numerusform>%1: %Ln Fehler; nichts wurde importiert.</numerusform>
            <numerusform>%1: %Ln Fehler; nichts wurde importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s)</source>
        <translation>
            <numerusform>%n Rack</numerusform>
            <numerusform>%n Racks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Reihe</numerusform>
            <numerusform>%n Reihen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run, nothing written: the import would add %1.</source>
        <translation>Probelauf, nichts geschrieben: Der Import würde %1 hinzufügen.</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>%1 zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>--plan needs a plan file.</source>
        <translation>--plan braucht eine Plandatei.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) for NetBox's bulk import written to %1.</source>
        <translation>
            <numerusform>%n Datei für den Sammelimport von NetBox nach %1 geschrieben.</numerusform>
            <numerusform>%n Dateien für den Sammelimport von NetBox nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 of %2 device type files read; %3 assumptions to review.</source>
        <translation>%1 von %2 Gerätetyp-Dateien gelesen; %3 Annahmen zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the folder are refused; nothing was imported.</source>
        <translation>
            <numerusform>%n Datei des Ordners wird abgelehnt; nichts wurde importiert.</numerusform>
            <numerusform>%n Dateien des Ordners werden abgelehnt; nichts wurde importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no .yaml or .yml file.</source>
        <translation>%1 enthält keine .yaml- oder .yml-Datei.</translation>
    </message>
    <message>
        <source>netbox takes export PLAN DIR or import DIR [--plan PLAN].</source>
        <translation>netbox nimmt export PLAN ORDNER oder import ORDNER [--plan PLAN].</translation>
    </message>
    <message>
        <source>underlay needs a plan, a DXF, SVG, PDF, PNG or JPEG file and -o PLAN.</source>
        <translation>underlay braucht einen Plan, eine DXF-, SVG-, PDF-, PNG- oder JPEG-Datei und -o PLAN.</translation>
    </message>
    <message>
        <source>--page takes the number of a PDF page, from 1.</source>
        <translation>--page nimmt die Nummer einer PDF-Seite, ab 1.</translation>
    </message>
    <message>
        <source>--trace-walls takes the wall thickness in metres.</source>
        <translation>--trace-walls nimmt die Wanddicke in Metern.</translation>
    </message>
    <message>
        <source>--trace-columns takes a column's largest side in metres.</source>
        <translation>--trace-columns nimmt die größte Seitenlänge einer Stütze in Metern.</translation>
    </message>
    <message>
        <source>--sweep needs the folder of a cooling failure sweep.</source>
        <translation>--sweep braucht den Ordner einer Kühlungsausfallreihe.</translation>
    </message>
    <message>
        <source>check takes one plan, optionally --review FILE, --rules FILE, --load-trials N, --sweep DIR and --json.</source>
        <translation>check nimmt einen Plan, wahlweise --review DATEI, --rules DATEI, --load-trials N, --sweep ORDNER und --json.</translation>
    </message>
    <message>
        <source>No bundled plan is called "%1"; there are %2.</source>
        <translation>Es gibt keinen mitgelieferten Plan namens "%1"; vorhanden sind %2.</translation>
    </message>
    <message>
        <source>--run-down takes the pumps' time to half flow in seconds, 0 to 600: "%1".</source>
        <translation>--run-down erwartet die Zeit der Pumpen bis zum halben Durchfluss in Sekunden, 0 bis 600: „%1“.</translation>
    </message>
    <message>
        <source>liquid --year needs a plan: a case file has no weather.</source>
        <translation>liquid --year braucht einen Plan: Eine Falldatei hat kein Wetter.</translation>
    </message>
    <message>
        <source>--standby-start takes the seconds a standby pump needs to start, 0 to 600: "%1".</source>
        <translation>--standby-start erwartet die Sekunden, die eine Reservepumpe zum Anlaufen braucht, 0 bis 600: „%1“.</translation>
    </message>
    <message>
        <source>Coolant loops from their weather year: design heat %1 kW, pumps %2 kW</source>
        <translation>Kühlmittelkreise aus ihrem Wetterjahr: Auslegungswärme %1 kW, Pumpen %2 kW</translation>
    </message>
    <message>
        <source>  Year %1: cooling-tower water %2 m³, WUE %3 l/kWh (P50)</source>
        <translation>  Jahr %1: Wasser der Kühltürme %2 m³, WUE %3 l/kWh (P50)</translation>
    </message>
    <message>
        <source>Usage: rackwerk-cli [--lang de|en] [--verbose] COMMAND ...
       rackwerk-cli --help | --version
  info PLAN|demo [--json]        key figures of a plan
  validate PLAN                  check a plan; warnings are listed
  export PLAN --json FILE        write the plan's JSON form
  import FILE.json -o PLAN       make a plan file from the JSON form
  import-csv PLAN FILE [--dry-run]
                                 add racks and devices from a spreadsheet (CSV)
  demo [gigafactory] -o PLAN     write the Munich demo plan (or the gigafactory campus)
  engines [--json]               which projection engine runs here
  budget PLAN [--json]           power and cooling budgets
  contingency PLAN [--pairs] [--json]
                                 fail each power node (and pairs) in turn
  contingency PLAN --node ID [--json]
                                 fail one node (id or name): what stops with it
  dc800 PLAN --rectifier ID,ID,... [-o FILE]
                                 the same racks on 800 V DC below those nodes: facility power
  capacity PLAN TYPE [--json]    how many more devices of a type fit, and where
  draw-row PLAN --from X,Y --to X,Y [--hall ID] [--template N] -o FILE
                                 draw a row of racks, as the floor plan's row tool
  attach-racks PLAN --loop ID --racks ID,ID,... -o FILE
                                 put racks on a coolant loop (--loop 0: take them off)
  load PLAN [--trials N] [--years Y] [--seed S] [--engine auto|cpu|cuda]
       [--scenario ID] [--weather FILE] [--json]
                                 Monte Carlo projection of power, energy and PUE
  weather PLAN [--use EPW|TRY|CSV -o PLAN | --munich -o PLAN]
                                 show or choose the site's hourly weather
  underlay PLAN FILE [--hall ID] [--page N] [--scale AX,AY,BX,BY,METRES] [--origin X,Y]
           [--opacity O] [--trace-walls THICKNESS] [--trace-columns MAXSIDE] -o PLAN
                                 put a DXF, SVG, PDF, PNG or JPEG floor plan under a hall,
                                 trace its walls and columns
  check PLAN [--review FILE] [--rules FILE] [--load-trials N] [--sweep DIR] [--json]
                                 compliance checks (EnEfG, EU 2024/1364, EN 50600, ...);
                                 --sweep takes the plan's cooling failure sweep from DIR
  diff A B [--json]              what differs between two plans
  report PLAN [--review FILE] [--rules FILE] [--load-trials N] [--sweep DIR] [--pdf FILE]
         [--csv DIR] [--xlsx FILE]
                                 the reviewer's report (PDF/A) and its tables (CSV, XLSX)
  exempt PLAN --exemption ID --evidence TEXT --reference TEXT --date YYYY-MM-DD
         [--review FILE] [--rules FILE]
                                 record an exemption of the law in the review
  thermal PLAN|--case FILE [--engine auto|cpu|cuda] [--cell METRES]
          [--fail UNIT [--transient SECONDS]] [--json] [--export-case FILE]
          [--turbulence k-epsilon|chen-xu]
                                 air temperatures of the first hall; --fail stops a
                                 cooling unit (or a power node's units) at t = 0
  liquid PLAN|--case FILE [--fail ID] [--run-down SECONDS]
         [--standby-start SECONDS] [--json]
                                 coolant flows and temperatures of liquid loops; every
                                 pump, CDU, heat-rejection unit and power node fails in
                                 turn, or ID (also CDU/facility-water, power, power-ups,
                                 utility); seconds until each rack's supply crosses its
                                 limit or its GPUs throttle; pumps without power coast
                                 down (half flow after --run-down, default 2 s); a
                                 standby pump starts after --standby-start (default 5 s);
                                 each loop's budget with redundancy
  liquid PLAN --year [--json]    the loops hour by hour through the site's weather year:
                                 energy of heat rejection and pumps, tower water, reused heat
  sweep PLAN --out DIR [--jobs N] [--engine auto|cpu|cuda] [--cell METRES]
        [--transient SECONDS] [--iterations N] [--turbulence k-epsilon|chen-xu] [--json]
        [--slurm [--no-submit]]
                                 every cooling unit and power node that stops cooling
                                 fails in turn, in every hall; one file per run in DIR,
                                 finished runs are kept when it runs again; --slurm
                                 submits the runs as a Slurm job array instead
  sweep --merge DIR [--json]     the summary of a sweep: worst cooling failure per hall
  fields                         reference of every field of the JSON form
  schemas DIR                    write the JSON Schemas of the file formats
  netbox export PLAN DIR         the plan as NetBox's bulk import takes it
  netbox import DIR [--plan PLAN]
                                 read a device-type library folder (into the plan)
PLAN is a .rackwerk file, a .json file in the exchange form, "demo" (the Munich hall) or
"gigafactory" (a campus of about 100,000 GPUs in ten liquid-cooled halls).
Options a command does not take are refused: "Unknown option --x."
--verbose adds the details behind a refusal (SQLite's integrity report).
Exit codes: 0 success, 1 failure, 2 bad input, 3 check: at least one check failed.</source>
        <translation>Aufruf: rackwerk-cli [--lang de|en] [--verbose] BEFEHL ...
       rackwerk-cli --help | --version
  info PLAN|demo [--json]        Kennzahlen eines Plans
  validate PLAN                  einen Plan prüfen; Warnungen werden aufgelistet
  export PLAN --json DATEI       die JSON-Form des Plans schreiben
  import DATEI.json -o PLAN      eine Plandatei aus der JSON-Form erstellen
  import-csv PLAN DATEI [--dry-run]
                                 Racks und Geräte aus einer Tabelle (CSV) hinzufügen
  demo [gigafactory] -o PLAN     den Münchner Demoplan (oder den Gigafactory-Campus) schreiben
  engines [--json]               welcher Rechenkern für Prognosen hier läuft
  budget PLAN [--json]           Strom- und Kühlbudgets
  contingency PLAN [--pairs] [--json]
                                 jeden Stromversorgungsknoten (und Paare) nacheinander ausfallen lassen
  contingency PLAN --node ID [--json]
                                 einen Knoten (ID oder Name) ausfallen lassen: was mit ihm ausfällt
  dc800 PLAN --rectifier ID,ID,... [-o DATEI]
                                 dieselben Racks mit 800 V DC unter diesen Knoten: Gesamtleistung
  capacity PLAN TYP [--json]     wie viele weitere Geräte eines Typs passen, und wo
  draw-row PLAN --from X,Y --to X,Y [--hall ID] [--template N] -o DATEI
                                 eine Rackreihe zeichnen wie das Werkzeug Rackreihe des Grundrisses
  attach-racks PLAN --loop ID --racks ID,ID,... -o DATEI
                                 Racks an einen Kühlmittelkreis anschließen (--loop 0: trennen)
  load PLAN [--trials N] [--years J] [--seed S] [--engine auto|cpu|cuda]
       [--scenario ID] [--weather DATEI] [--json]
                                 Monte-Carlo-Prognose von Leistung, Energie und PUE
  weather PLAN [--use EPW|TRY|CSV -o PLAN | --munich -o PLAN]
                                 das stündliche Wetter des Standorts zeigen oder wählen
  underlay PLAN DATEI [--hall ID] [--page N] [--scale AX,AY,BX,BY,METER] [--origin X,Y]
           [--opacity O] [--trace-walls DICKE] [--trace-columns MAXSEITE] -o PLAN
                                 einen DXF-, SVG-, PDF-, PNG- oder JPEG-Grundriss unter eine Halle
                                 legen, seine Wände und Stützen nachzeichnen
  check PLAN [--review DATEI] [--rules DATEI] [--load-trials N] [--sweep ORDNER] [--json]
                                 Prüfungen (EnEfG, EU 2024/1364, EN 50600, ...);
                                 --sweep nimmt die Kühlungsausfallreihe des Plans aus ORDNER
  diff A B [--json]              was sich zwischen zwei Plänen unterscheidet
  report PLAN [--review DATEI] [--rules DATEI] [--load-trials N] [--sweep ORDNER] [--pdf DATEI]
         [--csv ORDNER] [--xlsx DATEI]
                                 der Prüfbericht (PDF/A) und seine Tabellen (CSV, XLSX)
  exempt PLAN --exemption ID --evidence TEXT --reference TEXT --date JJJJ-MM-TT
         [--review DATEI] [--rules DATEI]
                                 eine gesetzliche Ausnahme in der Prüfung erfassen
  thermal PLAN|--case DATEI [--engine auto|cpu|cuda] [--cell METER]
          [--fail GERÄT [--transient SEKUNDEN]] [--json] [--export-case DATEI]
          [--turbulence k-epsilon|chen-xu]
                                 Lufttemperaturen der ersten Halle; --fail stoppt ein
                                 Kühlgerät (oder die Geräte eines Stromknotens) bei t = 0
  liquid PLAN|--case DATEI [--fail ID] [--run-down SEKUNDEN]
         [--standby-start SEKUNDEN] [--json]
                                 Kühlmitteldurchflüsse und -temperaturen von Flüssigkeitskreisen;
                                 jede Pumpe, CDU, jedes Rückkühlgerät und jeder Knoten der
                                 Stromversorgung fällt nacheinander aus, oder ID (auch
                                 CDU/facility-water, power, power-ups, utility); Sekunden, bis der
                                 Vorlauf jedes Racks seinen Grenzwert überschreitet oder seine GPUs
                                 drosseln müssen; Pumpen ohne Strom laufen aus (halber Durchfluss
                                 nach --run-down, Vorgabe 2 s); eine Reservepumpe läuft nach
                                 --standby-start an (Vorgabe 5 s); die Bilanz jedes Kreises mit Redundanz
  liquid PLAN --year [--json]    die Kreise Stunde für Stunde durch das Wetterjahr des Standorts:
                                 Energie von Rückkühlung und Pumpen, Wasser der Kühltürme, genutzte Wärme
  sweep PLAN --out ORDNER [--jobs N] [--engine auto|cpu|cuda] [--cell METER]
        [--transient SEKUNDEN] [--iterations N] [--turbulence k-epsilon|chen-xu] [--json]
        [--slurm [--no-submit]]
                                 jedes Kühlgerät und jeder Stromversorgungsknoten, dessen
                                 Ausfall Kühlung stoppt, fällt nacheinander aus, in jeder Halle;
                                 eine Datei je Lauf im ORDNER, fertige Läufe bleiben bei
                                 erneutem Aufruf erhalten; --slurm übergibt die Läufe
                                 stattdessen als Slurm-Job-Array
  sweep --merge ORDNER [--json]
                                 Zusammenfassung einer Ausfallreihe: schlimmster
                                 Kühlungsausfall je Halle
  fields                         Referenz aller Felder der JSON-Form
  schemas ORDNER                 die JSON-Schemas der Dateiformate schreiben
  netbox export PLAN ORDNER      den Plan so, wie ihn der Sammelimport von NetBox übernimmt
  netbox import ORDNER [--plan PLAN]
                                 einen Ordner der Gerätetyp-Bibliothek lesen (in den Plan)
PLAN ist eine .rackwerk-Datei, eine .json-Datei in der Austauschform, &amp;quot;demo&amp;quot; (die Münchner Halle) oder
&amp;quot;gigafactory&amp;quot; (ein Campus mit etwa 100.000 GPUs in zehn flüssigkeitsgekühlten Hallen).
Optionen, die ein Befehl nicht kennt, werden abgelehnt: „Unbekannte Option --x.“
--verbose zeigt die Einzelheiten hinter einer Ablehnung (den Integritätsbericht von SQLite).
Exit-Codes: 0 Erfolg, 1 Fehler, 2 ungültige Eingabe, 3 check: mindestens eine Prüfung nicht erfüllt.</translation>
    </message>
    <message>
        <source>dc800 needs a plan and --rectifier ID,ID,... (the nodes that become rectifiers).</source>
        <translation>dc800 braucht einen Plan und --rectifier ID,ID,... (die Knoten, die zu Gleichrichtern werden).</translation>
    </message>
    <message>
        <source>The 800 V DC variant is saved as %1.</source>
        <translation>Die 800-V-DC-Variante ist als %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>rw::ColumnTool</name>
    <message>
        <source>Column</source>
        <translation>Stütze</translation>
    </message>
    <message>
        <source>Click to place a column, or drag its size</source>
        <translation>Klicken setzt eine Stütze, Ziehen bestimmt ihre Größe</translation>
    </message>
</context>
<context>
    <name>rw::CompareDialog</name>
    <message>
        <source>Compare %1 with %2</source>
        <translation>%1 mit %2 vergleichen</translation>
    </message>
    <message>
        <source>The plans describe the same site and entities.</source>
        <translation>Die Pläne beschreiben denselben Standort und dieselben Objekte.</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message numerus="yes">
        <source>%L1 added, %L2 removed, %L3 changed; %Ln site field(s) differ.</source>
        <translation>
            <numerusform>%L1 hinzugefügt, %L2 entfernt, %L3 geändert; %Ln Standortfeld unterscheidet sich.</numerusform>
            <numerusform>%L1 hinzugefügt, %L2 entfernt, %L3 geändert; %Ln Standortfelder unterscheiden sich.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::CompletenessChecks</name>
    <message>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message numerus="yes">
        <source>The plan has no power chain: %n rack(s) with up to %1 have no power feed.</source>
        <translation>
            <numerusform>Der Plan hat keine Stromversorgungskette: %n Rack mit bis zu %1 hat keine Einspeisung.</numerusform>
            <numerusform>Der Plan hat keine Stromversorgungskette: %n Racks mit bis zu %1 haben keine Einspeisung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s) with up to %1 have no power feed, so the power chain does not carry the whole load.</source>
        <translation>
            <numerusform>%n Rack mit bis zu %1 hat keine Einspeisung; die Stromversorgungskette trägt also nicht die ganze Last.</numerusform>
            <numerusform>%n Racks mit bis zu %1 haben keine Einspeisung; die Stromversorgungskette trägt also nicht die ganze Last.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the racks release up to %2 into the air, and the hall has no air cooling unit (CRAH, fan wall, in-row cooler or rear door).</source>
        <translation>%1: Die Racks geben bis zu %2 an die Luft ab, aber die Halle hat kein Kühlgerät für die Luft (Umluftkühlgerät, Lüfterwand, Reihenkühlgerät oder Rücktür-Wärmetauscher).</translation>
    </message>
    <message>
        <source>%1: the racks put up to %2 into liquid, and the hall has no CDU.</source>
        <translation>%1: Die Racks geben bis zu %2 an die Flüssigkeit ab, aber die Halle hat keine CDU.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rack(s) are liquid-cooled or hybrid, and the hall has no CDU.</source>
        <translation>
            <numerusform>%1: %n Rack ist flüssigkeitsgekühlt oder hybrid, aber die Halle hat keine CDU.</numerusform>
            <numerusform>%1: %n Racks sind flüssigkeitsgekühlt oder hybrid, aber die Halle hat keine CDU.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan has no power chain.</source>
        <translation>Der Plan hat keine Stromversorgungskette.</translation>
    </message>
    <message numerus="yes">
        <source>The plan has no power chain: %n rack(s) draw up to %1 without a power feed.</source>
        <translation>
            <numerusform>Der Plan hat keine Stromversorgungskette: %n Rack mit einer Leistungsaufnahme von bis zu %1 hat keine Einspeisung.</numerusform>
            <numerusform>Der Plan hat keine Stromversorgungskette: %n Racks mit einer Leistungsaufnahme von bis zu %1 haben keine Einspeisung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cooling unit(s) have no power feed.</source>
        <translation>
            <numerusform>%n Kühlgerät hat keine Einspeisung.</numerusform>
            <numerusform>%n Kühlgeräte haben keine Einspeisung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw the chain in the Power chain dock and connect the feeds.</source>
        <translation>Zeichnen Sie die Kette im Fenster „Stromversorgung“ und schließen Sie die Einspeisungen an.</translation>
    </message>
    <message>
        <source>Rack %1 draws up to %2 but has no power feed.</source>
        <translation>Rack %1 hat eine Leistungsaufnahme von bis zu %2, aber keine Einspeisung.</translation>
    </message>
    <message>
        <source>Cooling unit %1 has no power feed: its power is missing from the budget, and the failure analysis cannot tell when it stops.</source>
        <translation>Kühlgerät %1 hat keine Einspeisung: Seine Leistung fehlt im Budget, und die Ausfallanalyse kann nicht sagen, wann es ausfällt.</translation>
    </message>
    <message>
        <source>Power node %1 (%2) has no supply above it: the chain should start at a utility feed or a generator.</source>
        <translation>Stromversorgungsknoten %1 (%2) wird von nichts versorgt: Die Kette sollte an einer Netzeinspeisung oder einer Netzersatzanlage beginnen.</translation>
    </message>
</context>
<context>
    <name>rw::ComplianceChecker</name>
    <message>
        <source>Pass</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>Not assessable</source>
        <translation>Nicht bewertbar</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>angegeben</translation>
    </message>
    <message>
        <source>projected</source>
        <translation>prognostiziert</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>berechnet</translation>
    </message>
    <message>
        <source>confirmed by reviewer</source>
        <translation>vom Prüfer bestätigt</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Declared PUE target of the bidder, not projected: no energy projection has been run.</source>
        <translation>Vom Bieter angegebener PUE-Zielwert, nicht prognostiziert: Es wurde keine Energieprognose gerechnet.</translation>
    </message>
    <message>
        <source>Projected energy reuse factor in operating year %1.</source>
        <translation>Prognostizierter Energiewiederverwendungsfaktor im Betriebsjahr %1.</translation>
    </message>
    <message>
        <source>Declared planned heat reuse share of the bidder, not projected: no energy projection has been run.</source>
        <translation>Vom Bieter angegebener geplanter Anteil der Abwärmenutzung, nicht prognostiziert: Es wurde keine Energieprognose gerechnet.</translation>
    </message>
    <message>
        <source>Projected renewable energy factor (REF).</source>
        <translation>Prognostizierter Anteil erneuerbarer Energie (REF).</translation>
    </message>
    <message>
        <source>Declared renewable electricity share of the bidder, not projected.</source>
        <translation>Vom Bieter angegebener Anteil von Strom aus erneuerbaren Energien, nicht prognostiziert.</translation>
    </message>
    <message>
        <source>%1: air cooling</source>
        <translation>%1: Luftkühlung</translation>
    </message>
    <message>
        <source>%1: liquid cooling</source>
        <translation>%1: Flüssigkeitskühlung</translation>
    </message>
    <message>
        <source>heat rejection</source>
        <translation>Rückkühlung</translation>
    </message>
    <message>
        <source>sites starting operation from %1 and before %2</source>
        <translation>Rechenzentren mit Betriebsbeginn ab dem %1 und vor dem %2</translation>
    </message>
    <message>
        <source>sites starting operation from %1</source>
        <translation>Rechenzentren mit Betriebsbeginn ab dem %1</translation>
    </message>
    <message>
        <source>sites that started operation before %1</source>
        <translation>Rechenzentren mit Betriebsbeginn vor dem %1</translation>
    </message>
    <message>
        <source>No thermal projection has been run.</source>
        <translation>Es wurde keine thermische Prognose gerechnet.</translation>
    </message>
    <message>
        <source>The thermal projection has no rack of this plan.</source>
        <translation>Die thermische Prognose enthält kein Rack dieses Plans.</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>The plan gives no start of operation, so it cannot be told whether this rule applies (it covers %1).</source>
        <translation>Der Plan nennt keinen Betriebsbeginn, daher lässt sich nicht sagen, ob diese Regel gilt (sie betrifft %1).</translation>
    </message>
    <message>
        <source>Applies to %1; this plan starts operation on %2.</source>
        <translation>Gilt für %1; dieser Plan nimmt den Betrieb am %2 auf.</translation>
    </message>
    <message>
        <source>Annual PUE at most %1 from %2</source>
        <translation>Jahres-PUE höchstens %1 ab %2</translation>
    </message>
    <message>
        <source>Energy reuse factor at least %1</source>
        <translation>Energiewiederverwendungsfaktor mindestens %1</translation>
    </message>
    <message>
        <source>Renewable electricity at least %1 from %2</source>
        <translation>Strom aus erneuerbaren Energien mindestens %1 ab %2</translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <source>The obligation applies. Confirmed by the reviewer: %1</source>
        <translation>Die Pflicht gilt. Vom Prüfer bestätigt: %1</translation>
    </message>
    <message>
        <source>%1 l/kWh</source>
        <translation>%1 l/kWh</translation>
    </message>
    <message>
        <source>Declared EN 50600 availability class supported by the power chain</source>
        <translation>Die Stromversorgung erreicht die angegebene Verfügbarkeitsklasse nach EN 50600</translation>
    </message>
    <message>
        <source>class %1 supported</source>
        <translation>Klasse %1 erreicht</translation>
    </message>
    <message>
        <source>class %1 declared</source>
        <translation>Klasse %1 angegeben</translation>
    </message>
    <message>
        <source>Rack inlet air within the ASHRAE allowable envelope of the hall's class</source>
        <translation>Zuluft der Racks im zulässigen ASHRAE-Bereich der Klasse der Halle</translation>
    </message>
    <message>
        <source>Floor and rack frame carry the racks' weight</source>
        <translation>Boden und Rackrahmen tragen das Gewicht der Racks</translation>
    </message>
    <message>
        <source>The plan has no racks.</source>
        <translation>Der Plan hat keine Racks.</translation>
    </message>
    <message>
        <source>%1 kg/m²</source>
        <translation>%1 kg/m²</translation>
    </message>
    <message>
        <source>Every rated power node carries its load after the worst single failure</source>
        <translation>Jeder Stromversorgungsknoten mit Nennleistung trägt seine Last auch nach dem ungünstigsten Einzelausfall</translation>
    </message>
    <message>
        <source>No power node of the plan has a rating.</source>
        <translation>Kein Stromversorgungsknoten des Plans hat eine Nennleistung.</translation>
    </message>
    <message>
        <source>Lowest headroom: %1.</source>
        <translation>Geringste Reserve: %1.</translation>
    </message>
    <message>
        <source>Cooling capacity after redundancy covers the heat load</source>
        <translation>Kühlleistung nach Redundanz deckt die Wärmelast</translation>
    </message>
    <message>
        <source>The plan has neither heat load nor cooling units.</source>
        <translation>Der Plan hat weder Wärmelast noch Kühlgeräte.</translation>
    </message>
    <message>
        <source>Tender: %1</source>
        <translation>Ausschreibung: %1</translation>
    </message>
    <message>
        <source>Tender threshold set by the reviewer</source>
        <translation>Vom Prüfer gesetzter Schwellenwert der Ausschreibung</translation>
    </message>
    <message>
        <source>Tender %1 (threshold set by the reviewer)</source>
        <translation>Ausschreibung %1 (Schwellenwert vom Prüfer gesetzt)</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>Highest projected inlet temperature (%1). %L2 of %L3 racks above the allowable limit of their hall's class</source>
        <translation>Höchste prognostizierte Zulufttemperatur (%1). %L2 von %L3 Racks über dem zulässigen Grenzwert der Klasse ihrer Halle</translation>
    </message>
    <message>
        <source>; %L1 above the recommended envelope.</source>
        <translation>; %L1 über dem empfohlenen Bereich.</translation>
    </message>
    <message>
        <source>Heaviest load per area: rack %1. %L2 of %L3 racks exceed the floor's distributed or point load rating or their frame's rating.</source>
        <translation>Höchste Flächenlast: Rack %1. %L2 von %L3 Racks überschreiten die zulässige Flächen- oder Punktlast des Bodens oder die zulässige Last ihres Rahmens.</translation>
    </message>
    <message>
        <source>Projected annual PUE: P50 %1, P95 %2 (%L3 trials).</source>
        <translation>Prognostizierte Jahres-PUE: P50 %1, P95 %2 (%L3 Durchläufe).</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Fill in %1 under Edit &gt; Site and assumptions (%2 in the JSON form).</source>
        <translation>Tragen Sie %1 unter Bearbeiten &gt; Standort und Annahmen ein (%2 in der JSON-Form).</translation>
    </message>
    <message>
        <source>No energy projection has been run, and the PUE target is not declared.</source>
        <translation>Es wurde keine Energieprognose gerechnet, und der PUE-Zielwert ist nicht angegeben.</translation>
    </message>
    <message>
        <source>The planned energy reuse share is not declared.</source>
        <translation>Der geplante Anteil wiederverwendeter Energie ist nicht angegeben.</translation>
    </message>
    <message>
        <source>The renewable electricity share is not declared.</source>
        <translation>Der Anteil erneuerbaren Stroms ist nicht angegeben.</translation>
    </message>
    <message>
        <source>The power chain supports class %1.</source>
        <translation>Die Stromversorgungskette erreicht Klasse %1.</translation>
    </message>
    <message>
        <source>The plan declares no availability class.</source>
        <translation>Der Plan gibt keine Verfügbarkeitsklasse an.</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Ausgenommen</translation>
    </message>
    <message>
        <source>sites of at least %1 IT power</source>
        <translation>Standorte mit mindestens %1 IT-Leistung</translation>
    </message>
    <message>
        <source>sites of at least %1 non-redundant connected power</source>
        <translation>Standorte mit mindestens %1 nicht redundanter Anschlussleistung</translation>
    </message>
    <message>
        <source>%1 (%2 where publicly owned)</source>
        <translation>%1 (%2 bei öffentlicher Hand)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>the plan's IT power (nameplate) is %1</source>
        <translation>die IT-Leistung des Plans (laut Typenschild) beträgt %1</translation>
    </message>
    <message>
        <source>the site's declared non-redundant connected power is %1</source>
        <translation>die angegebene nicht redundante Anschlussleistung des Standorts beträgt %1</translation>
    </message>
    <message>
        <source>Whether this rule applies depends on the site's size: it covers %1.</source>
        <translation>Ob diese Regel gilt, hängt von der Größe des Standorts ab: Sie betrifft %1.</translation>
    </message>
    <message>
        <source>The rule covers %1, and %2: whether the site is publicly owned decides.</source>
        <translation>Die Regel betrifft %1, und %2: Es kommt darauf an, ob der Standort der öffentlichen Hand gehört.</translation>
    </message>
    <message>
        <source>Applies to %1; %2.</source>
        <translation>Gilt für %1; %2.</translation>
    </message>
    <message>
        <source>The duty is that of the %1: the bidder's role decides.</source>
        <translation>Die Pflicht trifft: %1. Es kommt auf die Rolle des Bieters an.</translation>
    </message>
    <message>
        <source>The duty is that of the %1; the bidder declares the role %2.</source>
        <translation>Die Pflicht trifft: %1; der Bieter gibt die Rolle „%2“ an.</translation>
    </message>
    <message>
        <source>Projected annual PUE of the worst year projected, %1 of %L2 trials (P50 %3, P95 %4).</source>
        <translation>Prognostizierte Jahres-PUE des ungünstigsten prognostizierten Jahres, %1 aus %L2 Durchläufen (P50 %3, P95 %4).</translation>
    </message>
    <message numerus="yes">
        <source>The projection covers %n operating year(s); the limit applies from year %1. Run the load projection over more years.</source>
        <translation>
            <numerusform>Die Prognose umfasst %n Betriebsjahr; die Grenze gilt ab Jahr %1. Führen Sie die Lastprognose über mehr Jahre aus.</numerusform>
            <numerusform>Die Prognose umfasst %n Betriebsjahre; die Grenze gilt ab Jahr %1. Führen Sie die Lastprognose über mehr Jahre aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Projected annual PUE, %1 of %L2 trials, judged in every operating year from year %3 to year %4; the highest is that of year %5.</source>
        <translation>Prognostizierte Jahres-PUE, %1 aus %L2 Durchläufen, bewertet in jedem Betriebsjahr von Jahr %3 bis Jahr %4; am höchsten ist sie in Jahr %5.</translation>
    </message>
    <message>
        <source>The power of heat pumps that only upgrade waste heat is not counted in the PUE.</source>
        <translation>Die Leistung von Wärmepumpen, die nur Abwärme auf ein höheres Temperaturniveau heben, zählt nicht zur PUE.</translation>
    </message>
    <message numerus="yes">
        <source>Judged in operating year %1: the target must be met at the latest %n year(s) after the start of operation.</source>
        <translation>
            <numerusform>Bewertet im Betriebsjahr %1: Der Zielwert muss spätestens %n Jahr nach Betriebsbeginn erreicht sein.</numerusform>
            <numerusform>Bewertet im Betriebsjahr %1: Der Zielwert muss spätestens %n Jahre nach Betriebsbeginn erreicht sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>The obligation applies, but a plan cannot show it: ask for %1 and record it in the review.</source>
        <translation>Die Pflicht gilt, ein Plan kann ihre Erfüllung aber nicht zeigen: Fordern Sie %1 an und halten Sie es in der Prüfung fest.</translation>
    </message>
    <message>
        <source>confirmed by the reviewer: %1</source>
        <translation>vom Prüfer bestätigt: %1</translation>
    </message>
    <message>
        <source>Reporting: %1</source>
        <translation>Meldepflicht: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>every item, %1</source>
        <translation>alle Angaben, %1</translation>
    </message>
    <message>
        <source>Not stated: %1.</source>
        <translation>Nicht angegeben: %1.</translation>
    </message>
    <message>
        <source>Stated: %1.</source>
        <translation>Angegeben: %1.</translation>
    </message>
    <message>
        <source>The reviewer confirms the rest from the bidder's documents (%1 in the review file's confirmations).</source>
        <translation>Den Rest bestätigt der Prüfer anhand der Unterlagen des Bieters (%1 unter den Bestätigungen der Prüfdatei).</translation>
    </message>
    <message>
        <source>Every item is stated (declared, projected or confirmed by the reviewer).</source>
        <translation>Alle Angaben liegen vor (angegeben, prognostiziert oder vom Prüfer bestätigt).</translation>
    </message>
    <message>
        <source>Exempt under %1 (%2). Evidence recorded by the reviewer: %3, %4 of %5.</source>
        <translation>Ausgenommen nach %1 (%2). Vom Prüfer erfasster Nachweis: %3, %4 vom %5.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rack inlets stay in the allowable range after every single cooling failure</source>
        <translation>Zuluft der Racks bleibt nach jedem einzelnen Kühlungsausfall im zulässigen Bereich</translation>
    </message>
    <message>
        <source>No cooling failure sweep has been run.</source>
        <translation>Es wurde keine Kühlungsausfallreihe gerechnet.</translation>
    </message>
    <message>
        <source>The cooling failure sweep has no hall.</source>
        <translation>Die Kühlungsausfallreihe enthält keine Halle.</translation>
    </message>
    <message>
        <source>The cooling failure sweep is incomplete: %L1 of %L2 runs finished, %L3 failed.</source>
        <translation>Die Kühlungsausfallreihe ist unvollständig: %L1 von %L2 Läufen fertig, %L3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>none outside within %1 s</source>
        <translation>keines binnen %1 s außerhalb</translation>
    </message>
    <message numerus="yes">
        <source>After every single cooling failure of %n hall(s) the rack inlets stay in the allowable range for the simulated %1 s (engine %2).</source>
        <translation>
            <numerusform>Nach jedem einzelnen Kühlungsausfall der %n Halle bleibt die Zuluft aller Racks die simulierten %1 s lang im zulässigen Bereich (Rechenkern %2).</numerusform>
            <numerusform>Nach jedem einzelnen Kühlungsausfall der %n Hallen bleibt die Zuluft aller Racks die simulierten %1 s lang im zulässigen Bereich (Rechenkern %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Worst cooling failure %1 in %2: first rack (%3) outside the allowable range after %4 s; %L5 of %L6 halls affected (engine %7).</source>
        <translation>Schlimmster Kühlungsausfall %1 in %2: erstes Rack (%3) nach %4 s außerhalb des zulässigen Bereichs; %L5 von %L6 Hallen betroffen (Rechenkern %7).</translation>
    </message>
    <message>
        <source>Projected energy reuse factor in operating year %1, with the heat the coolant loops' reuse stages deliver through the weather year.</source>
        <translation>Prognostizierter Energiewiederverwendungsfaktor im Betriebsjahr %1, mit der Wärme, die die Stufen zur Abwärmenutzung der Kühlmittelkreise durch das Wetterjahr abgeben.</translation>
    </message>
    <message>
        <source>Projected peak demand within the site's connected power</source>
        <translation>Prognostizierte Spitzenlast innerhalb der Anschlussleistung des Standorts</translation>
    </message>
    <message>
        <source>The site declares no connected power, which this check takes as its contracted grid connection.</source>
        <translation>Der Standort gibt keine Anschlussleistung an; diese Prüfung nimmt sie als vertragliche Netzanschlussleistung.</translation>
    </message>
    <message>
        <source>The peak demand comes from the load projection, and none has been run for this review.</source>
        <translation>Die Spitzenlast kommt aus der Lastprognose, und für diese Prüfung wurde keine gerechnet.</translation>
    </message>
    <message>
        <source>Highest hourly mean facility power, %1 of %L2 trials, in operating year %3. The synchronised power swings of training jobs within an hour come on top of it.</source>
        <translation>Höchste stündliche mittlere Leistung des Rechenzentrums, %1 von %L2 Durchläufen, im Betriebsjahr %3. Die synchronen Lastschwankungen von Trainingsjobs innerhalb einer Stunde kommen noch hinzu.</translation>
    </message>
    <message>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <source>%1 MW/s, %2 MW/min</source>
        <translation>%1 MW/s, %2 MW/min</translation>
    </message>
    <message>
        <source>Training power swings within the grid operator's ramp limits</source>
        <translation>Lastschwankungen des Trainings innerhalb der Rampenbegrenzung des Netzbetreibers</translation>
    </message>
    <message>
        <source>The rule sets the ramp limits as shares of the connected power, and the site declares none.</source>
        <translation>Die Regel setzt die Rampenbegrenzung als Anteile der Anschlussleistung, und der Standort gibt keine Anschlussleistung an.</translation>
    </message>
    <message>
        <source>The rule's swing period of %1 s is shorter than its rise and fall of %2 s each.</source>
        <translation>Die Periode der Lastschwankung in der Regel (%1 s) ist kürzer als ihr Anstieg und ihr Abfall von je %2 s.</translation>
    </message>
    <message>
        <source>The training swings come from the load projection, and none has been run for this review.</source>
        <translation>Die Lastschwankungen des Trainings kommen aus der Lastprognose, und für diese Prüfung wurde keine gerechnet.</translation>
    </message>
    <message>
        <source>Largest synchronised swing of the training jobs within the hour, %1 of %L2 trials, in operating year %3: %4 above the hourly mean, %5 from trough to peak at the grid connection.</source>
        <translation>Größte synchrone Lastschwankung der Trainingsjobs innerhalb der Stunde, %1 von %L2 Durchläufen, im Betriebsjahr %3: %4 über dem Stundenmittel, %5 vom Tief- zum Höchstwert am Netzanschluss.</translation>
    </message>
    <message>
        <source>Assumed: all running jobs swing in phase, their compute and communication phases lie alike above and below the mean, a swing rises in %1 s and repeats every %2 s, and cooling follows the hourly mean.</source>
        <translation>Angenommen: alle laufenden Jobs schwanken gleichphasig, ihre Rechen- und Kommunikationsphasen liegen gleich weit über und unter dem Mittel, eine Schwankung steigt in %1 s an und wiederholt sich alle %2 s, und die Kühlung folgt dem Stundenmittel.</translation>
    </message>
    <message>
        <source>No power smoothing is needed for these limits.</source>
        <translation>Für diese Begrenzung ist keine Lastglättung nötig.</translation>
    </message>
    <message>
        <source>Power smoothing to meet them (site battery or rack-level storage): %1 and %2 kWh, taking the part of each swing beyond the %3 the grid may see, for one phase of %4 s.</source>
        <translation>Lastglättung, um sie einzuhalten (Batterie am Standort oder Speicher in den Racks): %1 und %2 kWh; sie übernimmt den Teil jeder Schwankung über die %3 hinaus, die das Netz sehen darf, für eine Phase von %4 s.</translation>
    </message>
    <message>
        <source>Facility energy in that year: %1 MWh (P50).</source>
        <translation>Gesamtenergie in diesem Jahr: %1 MWh (P50).</translation>
    </message>
    <message>
        <source>per second as the rule sets it</source>
        <translation>je Sekunde wie in der Regel festgelegt</translation>
    </message>
    <message>
        <source>per second %1 of the connected power of %2</source>
        <translation>je Sekunde %1 der Anschlussleistung von %2</translation>
    </message>
    <message>
        <source>per minute as the rule sets it</source>
        <translation>je Minute wie in der Regel festgelegt</translation>
    </message>
    <message>
        <source>per minute %1 of the connected power of %2</source>
        <translation>je Minute %1 der Anschlussleistung von %2</translation>
    </message>
    <message>
        <source>Largest ramp %1 against the limits %2 (%3, %4).</source>
        <translation>Größte Rampe %1 gegenüber der Begrenzung %2 (%3, %4).</translation>
    </message>
    <message>
        <source>Not judged: the limits are set in the site's connection agreement, and this rule set carries placeholders for them. Enter the agreement's limits (maxRampMwPerSecond, maxRampMwPerMinute) in the review's rule set. Against the placeholders:</source>
        <translation>Nicht beurteilt: Die Grenzwerte legt der Netzanschlussvertrag des Standorts fest, und dieser Regelsatz enthält dafür Platzhalter. Die Grenzwerte des Vertrags (maxRampMwPerSecond, maxRampMwPerMinute) im Regelsatz der Prüfung eintragen. Gegenüber den Platzhaltern:</translation>
    </message>
</context>
<context>
    <name>rw::Components</name>
    <message>
        <source>user interface, files, PDF reports</source>
        <translation>Benutzeroberfläche, Dateien, PDF-Berichte</translation>
    </message>
    <message>
        <source>charts of the projections</source>
        <translation>Diagramme der Prognosen</translation>
    </message>
    <message>
        <source>plan files (public domain)</source>
        <translation>Plandateien (gemeinfrei)</translation>
    </message>
    <message>
        <source>power flow through the power chain</source>
        <translation>Leistungsfluss durch die Stromversorgungskette</translation>
    </message>
    <message>
        <source>spreadsheet (XLSX) export</source>
        <translation>Tabellenexport (XLSX)</translation>
    </message>
    <message>
        <source>the CUDA engine; a build for its own machine, not to be passed on (NOTICE.md)</source>
        <translation>der CUDA-Rechenkern; ein Build für die eigenen Rechner, nicht zur Weitergabe (NOTICE.md)</translation>
    </message>
    <message>
        <source>font embedded in PDF reports (from the system)</source>
        <translation>in PDF-Berichte eingebettete Schrift (vom System)</translation>
    </message>
    <message>
        <source>DXF floor plans as underlays</source>
        <translation>DXF-Grundrisse als Planunterlagen</translation>
    </message>
    <message>
        <source>SVG pages as underlays</source>
        <translation>SVG-Seiten als Planunterlagen</translation>
    </message>
    <message>
        <source>PDF pages as underlays</source>
        <translation>PDF-Seiten als Planunterlagen</translation>
    </message>
</context>
<context>
    <name>rw::CoolantLoopDialog</name>
    <message>
        <source>New coolant loop</source>
        <translation>Neuer Kühlmittelkreis</translation>
    </message>
    <message>
        <source>Coolant loop %1</source>
        <translation>Kühlmittelkreis %1</translation>
    </message>
    <message>
        <source>The CDU (a cooling unit of kind CDU) whose pumps and heat exchanger serve this loop: its capacity and its supply temperature as the setpoint</source>
        <translation>Die CDU (ein Kühlgerät der Art CDU), deren Pumpen und Wärmetauscher diesen Kreis versorgen: ihre Leistung und ihre Vorlauftemperatur als Sollwert</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>The facility water system that takes the CDU's heat; without one the CDU's primary side is supplied at the fixed temperature below</source>
        <translation>Das Gebäudekühlwassersystem, das die Wärme der CDU aufnimmt; ohne eines erhält die Primärseite der CDU den festen Vorlauf unten</translation>
    </message>
    <message>
        <source>None (fixed primary supply)</source>
        <translation>Keines (fester Primärvorlauf)</translation>
    </message>
    <message>
        <source>CDU:</source>
        <translation>CDU:</translation>
    </message>
    <message>
        <source>Facility water system:</source>
        <translation>Gebäudekühlwassersystem:</translation>
    </message>
</context>
<context>
    <name>rw::CoolingBudgeter</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>cooling</source>
        <translation>Kühlung</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>space</source>
        <translation>Platz</translation>
    </message>
</context>
<context>
    <name>rw::CoolingSweep</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The plan has no hall with air-cooled racks and a running cooling unit to sweep.</source>
        <translation>Der Plan hat keine Halle mit luftgekühlten Racks und einem laufenden Kühlgerät für eine Ausfallreihe.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 holds no cooling failure sweep (sweep.json is missing or unreadable).</source>
        <translation>%1 enthält keine Kühlungsausfallreihe (sweep.json fehlt oder ist nicht lesbar).</translation>
    </message>
    <message>
        <source>The sweep in %1 was written by another version of Rackwerk (format %2).</source>
        <translation>Die Ausfallreihe in %1 wurde von einer anderen Version von Rackwerk geschrieben (Format %2).</translation>
    </message>
    <message>
        <source>steady state</source>
        <translation>stationärer Zustand</translation>
    </message>
    <message>
        <source>%1 (stops %2)</source>
        <translation>%1 (stoppt %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: in the steady state %n rack(s) already outside the allowable range.</source>
        <translation>
            <numerusform>%1: Im stationären Zustand ist bereits %n Rack außerhalb des zulässigen Bereichs.</numerusform>
            <numerusform>%1: Im stationären Zustand sind bereits %n Racks außerhalb des zulässigen Bereichs.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: worst cooling failure %2: first rack (%3) outside the allowable range after %4 s.</source>
        <translation>%1: schlimmster Kühlungsausfall %2: erstes Rack (%3) nach %4 s außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>%1: after every cooling failure the rack inlets stay in the allowable range for %2 s.</source>
        <translation>%1: Nach jedem Kühlungsausfall bleibt die Zuluft aller Racks %2 s lang im zulässigen Bereich.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 runs are not finished.</source>
        <translation>%1: %2 von %3 Läufen sind nicht fertig.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n run(s) failed; their files say why.</source>
        <translation>
            <numerusform>%1: %n Lauf ist fehlgeschlagen; seine Datei nennt den Grund.</numerusform>
            <numerusform>%1: %n Läufe sind fehlgeschlagen; ihre Dateien nennen den Grund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cooling failure sweep: %1</source>
        <translation>Kühlungsausfallreihe: %1</translation>
    </message>
    <message>
        <source>The cooling failure sweep in %1 was run on another plan, another version of this plan or other settings; run the sweep of this plan again.</source>
        <translation>Die Kühlungsausfallreihe in %1 wurde mit einem anderen Plan, einem anderen Stand dieses Plans oder anderen Einstellungen gerechnet; rechnen Sie die Reihe dieses Plans neu.</translation>
    </message>
</context>
<context>
    <name>rw::CoolingSweepDialog</name>
    <message>
        <source>Cooling failure sweep</source>
        <translation>Kühlungsausfallreihe</translation>
    </message>
    <message>
        <source>Results folder:</source>
        <translation>Ordner für die Ergebnisse:</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Time after each failure:</source>
        <translation>Zeit nach jedem Ausfall:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long the air is followed after each cooling failure</source>
        <translation>Wie lange die Luft nach jedem Kühlungsausfall verfolgt wird</translation>
    </message>
    <message>
        <source>Runs at a time:</source>
        <translation>Gleichzeitige Läufe:</translation>
    </message>
    <message>
        <source>Runs solved at the same time; the processor cores are shared out among them</source>
        <translation>Gleichzeitig gerechnete Läufe; die Prozessorkerne werden unter ihnen aufgeteilt</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Rechenkern:</translation>
    </message>
    <message>
        <source>Automatic (CUDA where a GPU is usable)</source>
        <translation>Automatisch (CUDA, wo eine GPU nutzbar ist)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Sweep every hall of the plan: the steady state and each cooling unit and each power node that stops cooling, failed in turn; finished runs in the folder are kept</source>
        <translation>Jede Halle des Plans durchrechnen: den stationären Zustand und nacheinander den Ausfall jedes Kühlgeräts und jedes Stromversorgungsknotens, der Kühlung stilllegt; fertige Läufe im Ordner bleiben erhalten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>Stop the sweep; runs finished so far are kept and a new start resumes</source>
        <translation>Die Ausfallreihe anhalten; bisher fertige Läufe bleiben erhalten, ein neuer Start setzt fort</translation>
    </message>
    <message>
        <source>Each hall's steady state and the transient after every cooling failure. A sweep can take hours; it can be cancelled and resumed.</source>
        <translation>Der stationäre Zustand jeder Halle und der zeitliche Verlauf nach jedem Kühlungsausfall. Eine Ausfallreihe kann Stunden dauern; sie lässt sich abbrechen und fortsetzen.</translation>
    </message>
    <message>
        <source>Folder for the sweep's results</source>
        <translation>Ordner für die Ergebnisse der Ausfallreihe</translation>
    </message>
    <message>
        <source>Runs on the %1.</source>
        <translation>Läuft auf dem %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) set up; finished runs in the folder are kept.</source>
        <translation>
            <numerusform>%n Lauf angelegt; fertige Läufe im Ordner bleiben erhalten.</numerusform>
            <numerusform>%n Läufe angelegt; fertige Läufe im Ordner bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time left: not known yet</source>
        <translation>Restzeit: noch nicht bekannt</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the runs in progress to stop...</source>
        <translation>Abbruch: Warten, bis die laufenden Läufe anhalten …</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>Time left: about %1</source>
        <translation>Restzeit: etwa %1</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 runs finished; start again to resume.</source>
        <translation>Abgebrochen: %1 von %2 Läufen fertig; erneut starten, um fortzusetzen.</translation>
    </message>
    <message>
        <source>Finished: %1 of %2 runs, %3 failed.</source>
        <translation>Fertig: %1 von %2 Läufen, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cell size:</source>
        <translation>Zellgröße:</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Automatic for each hall</source>
        <translation>Automatisch je Halle</translation>
    </message>
    <message>
        <source>Edge of the grid's cells; smaller cells are finer and slower</source>
        <translation>Kantenlänge der Gitterzellen; kleinere Zellen sind feiner und langsamer</translation>
    </message>
    <message>
        <source>The cell size must be at least %1 m.</source>
        <translation>Die Zellgröße muss mindestens %1 m betragen.</translation>
    </message>
</context>
<context>
    <name>rw::CoolingSweepRunner</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>A cooling failure sweep is running already.</source>
        <translation>Es läuft bereits eine Kühlungsausfallreihe.</translation>
    </message>
    <message>
        <source>Choose a folder for the sweep's results.</source>
        <translation>Wählen Sie einen Ordner für die Ergebnisse der Ausfallreihe.</translation>
    </message>
    <message>
        <source>The CUDA engine cannot run here: %1</source>
        <translation>Der CUDA-Rechenkern kann hier nicht laufen: %1</translation>
    </message>
    <message>
        <source>CUDA engine</source>
        <translation>CUDA-Rechenkern</translation>
    </message>
    <message>
        <source>CPU engine</source>
        <translation>CPU-Rechenkern</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s) outside the allowable range</source>
        <translation>
            <numerusform>%n Rack außerhalb des zulässigen Bereichs</numerusform>
            <numerusform>%n Racks außerhalb des zulässigen Bereichs</numerusform>
        </translation>
    </message>
    <message>
        <source>first rack outside the allowable range after %1 s</source>
        <translation>erstes Rack nach %1 s außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>every rack stays in the allowable range for %1 s</source>
        <translation>alle Racks bleiben %1 s lang im zulässigen Bereich</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4)</source>
        <translation>%1, %2: %3 (%4)</translation>
    </message>
</context>
<context>
    <name>rw::CoolingUnitTool</name>
    <message>
        <source>Cooling unit</source>
        <translation>Kühlgerät</translation>
    </message>
    <message>
        <source>Click to place a cooling unit of the chosen kind</source>
        <translation>Klicken setzt ein Kühlgerät der gewählten Art</translation>
    </message>
</context>
<context>
    <name>rw::CsvImport</name>
    <message>
        <source>a quoted cell is not closed on this line (cells cannot span lines)</source>
        <translation>eine Zelle in Anführungszeichen wird in dieser Zeile nicht geschlossen (Zellen können nicht über Zeilen reichen)</translation>
    </message>
    <message>
        <source>text follows a quoted cell's closing quote</source>
        <translation>auf das schließende Anführungszeichen einer Zelle folgt Text</translation>
    </message>
    <message>
        <source>a quote inside an unquoted cell; quote the whole cell and double the quote</source>
        <translation>ein Anführungszeichen in einer Zelle ohne Anführungszeichen; setzen Sie die ganze Zelle in Anführungszeichen und verdoppeln Sie das Zeichen</translation>
    </message>
    <message>
        <source>"%1" is not a number in a file separated by semicolons: write the decimal comma (1,5), and no thousands separators</source>
        <translation>„%1“ ist in einer durch Semikolons getrennten Datei keine Zahl: Schreiben Sie das Dezimalkomma (1,5) und keine Tausendertrennzeichen</translation>
    </message>
    <message>
        <source>"%1" is not a number in a file separated by commas: write the decimal point (1.5), and no thousands separators</source>
        <translation>„%1“ ist in einer durch Kommas getrennten Datei keine Zahl: Schreiben Sie den Dezimalpunkt (1.5) und keine Tausendertrennzeichen</translation>
    </message>
    <message>
        <source>"%1" is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>"%1" starts with %2, which a spreadsheet runs as a formula</source>
        <translation>„%1“ beginnt mit %2, was eine Tabellenkalkulation als Formel ausführt</translation>
    </message>
    <message>
        <source>"%1" is not one of %2</source>
        <translation>„%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>%1 cells, but the header names %2 columns</source>
        <translation>%1 Zellen, aber die Kopfzeile nennt %2 Spalten</translation>
    </message>
    <message>
        <source>contains the control character %1</source>
        <translation>enthält das Steuerzeichen %1</translation>
    </message>
    <message>
        <source>is empty: every line names its rack</source>
        <translation>ist leer: Jede Zeile nennt ihr Rack</translation>
    </message>
    <message>
        <source>x is given without y: a rack is placed by both</source>
        <translation>x ist ohne y angegeben: Ein Rack wird durch beide platziert</translation>
    </message>
    <message>
        <source>y is given without x: a rack is placed by both</source>
        <translation>y ist ohne x angegeben: Ein Rack wird durch beide platziert</translation>
    </message>
    <message>
        <source>rack values are taken only on a line that places the rack (with x and y)</source>
        <translation>Rackwerte werden nur in einer Zeile übernommen, die das Rack platziert (mit x und y)</translation>
    </message>
    <message>
        <source>is given without a device type</source>
        <translation>ist ohne Gerätetyp angegeben</translation>
    </message>
    <message>
        <source>a device needs its position: the lowest rack unit it occupies</source>
        <translation>ein Gerät braucht seine Position: die unterste Höheneinheit, die es belegt</translation>
    </message>
    <message>
        <source>places no rack (x and y) and mounts no device (device type)</source>
        <translation>platziert kein Rack (x und y) und baut kein Gerät ein (Gerätetyp)</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1.</source>
        <translation>Die Datei kann nicht importiert werden: %1.</translation>
    </message>
    <message>
        <source>Line %1: %2.</source>
        <translation>Zeile %1: %2.</translation>
    </message>
    <message>
        <source>Line %1, column "%2": %3.</source>
        <translation>Zeile %1, Spalte „%2“: %3.</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>the line is longer than %L1 characters</source>
        <translation>die Zeile ist länger als %L1 Zeichen</translation>
    </message>
    <message>
        <source>the line is not UTF-8 text; save the spreadsheet as "CSV UTF-8"</source>
        <translation>die Zeile ist kein UTF-8-Text; speichern Sie die Tabelle als „CSV UTF-8“</translation>
    </message>
    <message>
        <source>is not a known column</source>
        <translation>ist keine bekannte Spalte</translation>
    </message>
    <message>
        <source>is named twice</source>
        <translation>ist doppelt genannt</translation>
    </message>
    <message>
        <source>the header has no rack column</source>
        <translation>die Kopfzeile hat keine Spalte Rack</translation>
    </message>
    <message>
        <source>the file is empty: it needs a header line and a line per rack or device</source>
        <translation>die Datei ist leer: Sie braucht eine Kopfzeile und eine Zeile je Rack oder Gerät</translation>
    </message>
</context>
<context>
    <name>rw::CsvImportDialog</name>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Add rack and mount device</source>
        <translation>Rack hinzufügen und Gerät einbauen</translation>
    </message>
    <message>
        <source>Add rack</source>
        <translation>Rack hinzufügen</translation>
    </message>
    <message>
        <source>Mount device</source>
        <translation>Gerät einbauen</translation>
    </message>
    <message>
        <source>Rack placed on an earlier line</source>
        <translation>Rack in einer früheren Zeile platziert</translation>
    </message>
    <message>
        <source>Import racks and devices: %1</source>
        <translation>Racks und Geräte importieren: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are refused (highlighted, with the reason). Nothing is imported until the file is corrected.</source>
        <translation>
            <numerusform>%n Zeile wird abgelehnt (hervorgehoben, mit Grund). Nichts wird importiert, bis die Datei berichtigt ist.</numerusform>
            <numerusform>%n Zeilen werden abgelehnt (hervorgehoben, mit Grund). Nichts wird importiert, bis die Datei berichtigt ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import adds %1, %2 and %3 as one step that Undo takes back.</source>
        <translation>Der Import fügt %1, %2 und %3 in einem Schritt hinzu, den Rückgängig zurücknimmt.</translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s)</source>
        <translation>
            <numerusform>%n Rack</numerusform>
            <numerusform>%n Racks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Reihe</numerusform>
            <numerusform>%n Reihen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n further refusal(s) are not listed.</source>
        <translation>
            <numerusform>%n weitere Ablehnung ist nicht aufgeführt.</numerusform>
            <numerusform>%n weitere Ablehnungen sind nicht aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Halle</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Rack</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Gerätetyp</translation>
    </message>
    <message>
        <source>Position (U)</source>
        <translation>Position (HE)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>rw::CsvImportEdits</name>
    <message>
        <source>a rack named %1 stands in hall %2 already</source>
        <translation>in Halle %2 steht bereits ein Rack namens %1</translation>
    </message>
    <message>
        <source>the rack's values differ from line %1, which places it</source>
        <translation>die Werte des Racks weichen von Zeile %1 ab, die es platziert</translation>
    </message>
    <message>
        <source>no rack named %1 stands in hall %2; give x and y to place it</source>
        <translation>in Halle %2 steht kein Rack namens %1; geben Sie x und y an, um es zu platzieren</translation>
    </message>
    <message>
        <source>rack %1 does not stand in row %2</source>
        <translation>Rack %1 steht nicht in Reihe %2</translation>
    </message>
    <message>
        <source>the device type %1 is in neither the plan nor the catalogue</source>
        <translation>der Gerätetyp %1 ist weder im Plan noch im Katalog</translation>
    </message>
    <message>
        <source>the plan has no hall to place racks in</source>
        <translation>der Plan hat keine Halle, in der Racks stehen können</translation>
    </message>
    <message numerus="yes">
        <source>the plan has %n halls: name the hall in a hall column</source>
        <translation>
            <numerusform>der Plan hat %n Halle: Nennen Sie die Halle in einer Spalte Halle</numerusform>
            <numerusform>der Plan hat %n Hallen: Nennen Sie die Halle in einer Spalte Halle</numerusform>
        </translation>
    </message>
    <message>
        <source>no hall is named %1</source>
        <translation>keine Halle heißt %1</translation>
    </message>
    <message numerus="yes">
        <source>%n halls are named %1</source>
        <translation>
            <numerusform>%n Halle heißt %1</numerusform>
            <numerusform>%n Hallen heißen %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n line(s) from CSV</source>
        <translation>
            <numerusform>%n Zeile aus CSV importieren</numerusform>
            <numerusform>%n Zeilen aus CSV importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no line that places a rack or mounts a device.</source>
        <translation>Die Datei hat keine Zeile, die ein Rack platziert oder ein Gerät einbaut.</translation>
    </message>
</context>
<context>
    <name>rw::DcChecks</name>
    <message>
        <source>%1 (%2) is fed AC by %3 (%4): an 800 V DC busway needs a rectifier above it.</source>
        <translation>%1 (%2) wird von %3 (%4) mit Wechselstrom gespeist: Eine 800-V-DC-Stromschiene braucht einen Gleichrichter über sich.</translation>
    </message>
    <message>
        <source>%1 (%2) takes AC but is fed 800 V DC by %3 (%4).</source>
        <translation>%1 (%2) braucht Wechselstrom, wird aber von %3 (%4) mit 800 V DC gespeist.</translation>
    </message>
    <message>
        <source>Rack %1 is fed 800 V DC by %2, but its %3 takes AC only.</source>
        <translation>Rack %1 wird von %2 mit 800 V DC gespeist, sein Gerät %3 nimmt aber nur Wechselstrom auf.</translation>
    </message>
    <message>
        <source>Rack %1 holds %2, which takes 800 V DC only, but is fed AC by %3 without a rectifier.</source>
        <translation>Rack %1 enthält %2, das nur 800 V DC aufnimmt, wird aber von %3 ohne Gleichrichter mit Wechselstrom gespeist.</translation>
    </message>
    <message>
        <source>Cooling unit %1 takes AC but is fed 800 V DC by %2.</source>
        <translation>Kühlgerät %1 braucht Wechselstrom, wird aber von %2 mit 800 V DC gespeist.</translation>
    </message>
</context>
<context>
    <name>rw::DcComparer</name>
    <message>
        <source>%1 %2 %3 %4 %5</source>
        <translation>%1 %2 %3 %4 %5</translation>
    </message>
    <message>
        <source>Load level</source>
        <translation>Laststufe</translation>
    </message>
    <message>
        <source>Load kW</source>
        <translation>Last kW</translation>
    </message>
    <message>
        <source>AC input kW</source>
        <translation>AC-Bezug kW</translation>
    </message>
    <message>
        <source>DC input kW</source>
        <translation>DC-Bezug kW</translation>
    </message>
    <message>
        <source>DC - AC kW</source>
        <translation>DC - AC kW</translation>
    </message>
    <message>
        <source>design</source>
        <translation>Auslegung</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>erwartet</translation>
    </message>
    <message>
        <source>Chain losses at design load: AC %1 kW (%2 % of the load), 800 V DC %3 kW (%4 %).</source>
        <translation>Verluste der Kette bei Auslegungslast: AC %1 kW (%2 % der Last), 800 V DC %3 kW (%4 %).</translation>
    </message>
    <message>
        <source>Some demand cannot be routed to a live source: the figures leave it out.</source>
        <translation>Ein Teil der Last erreicht keine versorgte Quelle: Die Zahlen lassen ihn weg.</translation>
    </message>
    <message>
        <source>Device power is taken as drawn at the rack input on either chain: the gain of an 800 V DC/DC stage over AC/DC shelves in the rack is not counted.</source>
        <translation>Die Geräteleistung gilt in beiden Ketten als am Rackeingang bezogen: Der Gewinn einer 800-V-DC/DC-Stufe gegenüber AC/DC-Netzteilen im Rack ist nicht eingerechnet.</translation>
    </message>
    <message numerus="yes">
        <source>The DC variant is not buildable as it stands: %Ln place(s) where AC equipment hangs from 800 V DC or DC equipment from AC (rackwerk-cli validate names them).</source>
        <translation>
            <numerusform>Die DC-Variante ist so nicht baubar: %Ln Stelle, an der Wechselstromgeräte an 800 V DC oder Gleichstromgeräte an Wechselstrom hängen (rackwerk-cli validate nennt sie).</numerusform>
            <numerusform>Die DC-Variante ist so nicht baubar: %Ln Stellen, an denen Wechselstromgeräte an 800 V DC oder Gleichstromgeräte an Wechselstrom hängen (rackwerk-cli validate nennt sie).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::DemoPlan</name>
    <message>
        <source>Demo plan: Industrial AI Cloud Munich (Tucherpark), hall 1. Built from public figures; every number that is not sourced is an assumption to be replaced by the bidder's design.
- Scale: ~10,000 Blackwell GPUs: 1,100 NVIDIA DGX B200 (8,800 GPUs) plus 150 Dell PowerEdge XE7740 servers with 8 RTX PRO 6000 Blackwell Server Edition each (1,200 GPUs). Public reports: 'nearly 10,000 NVIDIA Blackwell GPUs, including DGX B200 systems and RTX PRO server GPUs', more than 1,000 DGX B200 (rcrwireless.com, 2026-02-06; heise, telecomtv).
- Racks: 600 x 1200 mm, 48U; 4 DGX B200 per rack (14.3 kW max each, NVIDIA DGX B200 user guide) = 57.2 kW plus a 1U management switch; rack budget 60 kW. Air-cooled: DGX B200 is an air-cooled system.
- Networking: 420 Quantum-2 QM9700 NDR InfiniBand switches (compute fabric, rail-optimised fat tree, 15 per rack), 16 Spectrum-4 SN5600 (storage and in-band Ethernet), SN2201 management switches. Storage: 32 2U NVMe storage nodes (~20 PB total reported for the site).
- Layout: 2 blocks x 10 rows x 18 racks (360 positions, 343 used, 17 reserved), hot-aisle containment with chimneys into a 1.4 m ceiling return plenum, cold aisles 1.8 m, hot aisles 1.2 m, fan-wall galleries of 4 m along the west and east walls. Slab floor rated 2,000 kg/m2.
- Cooling: 32 fan-wall units of 600 kW (30 needed, N+1 per side), supply air 22 degC, return 35 degC (airflow 1.24 x the racks'); facility water from Eisbach river-water heat exchangers (4 x 6 MW, N+1) with 2 x 3 MW chillers for summer trim. River-water cooling and 100 % renewable electricity as reported for the site; the share of heat reused (Tucherpark district) is assumed at 10 %.
- Power: 2N. Two 20 kV utility feeds (A, B); per side 10 blocks of transformer 3,150 kVA, diesel generator 3,000 kVA, low-voltage switchboard and UPS 2,500 kW, each UPS feeding the busways of two rows (1,600 A, ~1,100 kW). Racks connect to busway A and B of their row through tap-off boxes; rack PDUs are not modelled as separate nodes. Mechanical loads are fed from separate A/B mechanical transformers with generators, not through the UPS.
- Dates: opened 4 Feb 2026 (reported); ramp-up to full load within nine months.
- Supply and cooling capacity of the real site are estimated at 15-20 MW by the press; this plan has ~18 MW of IT nameplate.
- Declared for the law checks (assumed): the operator runs the data centre itself (not colocation), no public ownership, non-redundant connected power of the site 22,500 kW (IT nameplate ~18 MW x design PUE 1.25); the bidder replaces it with the contracted grid capacity.</source>
        <translation>Demoplan: Industrial AI Cloud München (Tucherpark), Halle 1. Aus öffentlich verfügbaren Angaben erstellt; jede Zahl ohne Quelle ist eine Annahme, die durch den Entwurf des Bieters zu ersetzen ist.
- Umfang: rund 10.000 Blackwell-GPUs: 1.100 NVIDIA DGX B200 (8.800 GPUs) und 150 Server Dell PowerEdge XE7740 mit je 8 RTX PRO 6000 Blackwell Server Edition (1.200 GPUs). Presseberichte: „nearly 10,000 NVIDIA Blackwell GPUs, including DGX B200 systems and RTX PRO server GPUs“, mehr als 1.000 DGX B200 (rcrwireless.com, 06.02.2026; heise, telecomtv).
- Racks: 600 × 1.200 mm, 48 HE; 4 DGX B200 je Rack (je höchstens 14,3 kW, NVIDIA DGX B200 User Guide) = 57,2 kW zuzüglich eines 1-HE-Management-Switches; Rackbudget 60 kW. Luftgekühlt: Die DGX B200 ist ein luftgekühltes System.
- Netzwerk: 420 InfiniBand-Switches Quantum-2 QM9700 NDR (Compute-Fabric, schienenoptimierter Fat Tree, 15 je Rack), 16 Spectrum-4 SN5600 (Speicher- und In-Band-Ethernet), Management-Switches SN2201. Speicher: 32 NVMe-Speicherknoten mit 2 HE (für den Standort werden insgesamt rund 20 PB genannt).
- Aufstellung: 2 Blöcke × 10 Reihen × 18 Racks (360 Stellplätze, 343 belegt, 17 frei gehalten), Warmgangeinhausung mit Kaminen in ein Rückluftplenum von 1,4 m über der Decke, Kaltgänge 1,8 m, Warmgänge 1,2 m, Lüfterwand-Galerien von 4 m an der West- und Ostwand. Betonboden mit 2.000 kg/m² zulässiger Last.
- Kühlung: 32 Lüfterwände zu 600 kW (30 nötig, N+1 je Seite), Zuluft 22 °C, Rückluft 35 °C (Luftmenge das 1,24-Fache der Racks); Gebäudekühlwasser aus Eisbach-Flusswasser-Wärmetauschern (4 × 6 MW, N+1) mit 2 Kältemaschinen zu 3 MW zur Spitzenlastkühlung im Sommer. Flusswasserkühlung und 100 % Strom aus erneuerbaren Energien laut Berichten über den Standort; der Anteil genutzter Abwärme (Quartier Tucherpark) ist mit 10 % angenommen.
- Stromversorgung: 2N. Zwei 20-kV-Netzeinspeisungen (A, B); je Seite 10 Blöcke aus Transformator 3.150 kVA, Netzersatzanlage (Diesel) 3.000 kVA, Niederspannungs-Schaltanlage und USV 2.500 kW; jede USV speist die Stromschienen zweier Reihen (1.600 A, rund 1.100 kW). Die Racks sind über Abgangskästen an Stromschiene A und B ihrer Reihe angeschlossen; Rack-PDUs sind nicht als eigene Knoten modelliert. Die Lasten der Gebäudetechnik werden über eigene Transformatoren A/B mit Netzersatzanlagen versorgt, nicht über die USV.
- Termine: eröffnet am 04.02.2026 (laut Berichten); Hochlauf auf Volllast innerhalb von neun Monaten.
- Die Presse schätzt Anschluss- und Kühlleistung des realen Standorts auf 15–20 MW; dieser Plan hat rund 18 MW IT-Nennleistung laut Typenschild.
- Für die Rechtsprüfung erklärt (angenommen): Der Betreiber betreibt das Rechenzentrum selbst (keine Colocation), kein Eigentum öffentlicher Träger, nicht redundante Nennanschlussleistung des Standorts 22.500 kW (IT-Nennleistung rund 18 MW × Auslegungs-PUE 1,25); der Bieter ersetzt sie durch die vertraglich vereinbarte Netzanschlusskapazität.</translation>
    </message>
    <message>
        <source>Tucherpark, Munich, Germany</source>
        <translation>Tucherpark, München, Deutschland</translation>
    </message>
    <message>
        <source>Polarise (as reported)</source>
        <translation>Polarise (laut Presseberichten)</translation>
    </message>
    <message>
        <source>Hall 1</source>
        <translation>Halle 1</translation>
    </message>
    <message>
        <source>West</source>
        <translation>West</translation>
    </message>
    <message>
        <source>East</source>
        <translation>Ost</translation>
    </message>
    <message>
        <source>Ramp-up to full load in nine months</source>
        <translation>Hochlauf auf Volllast in neun Monaten</translation>
    </message>
    <message>
        <source>About 2,000 GPUs live in month 1 and all 10,000 by month 9; mostly training.</source>
        <translation>Rund 2.000 GPUs in Betrieb im Monat 1 und alle 10.000 bis Monat 9; überwiegend Training.</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Pods 1-2</source>
        <translation>Pods 1–2</translation>
    </message>
    <message>
        <source>Pod 3</source>
        <translation>Pod 3</translation>
    </message>
    <message>
        <source>Full hall</source>
        <translation>Volle Halle</translation>
    </message>
</context>
<context>
    <name>rw::DeviceEdits</name>
    <message>
        <source>The device type %1 is in neither the plan nor the catalogue.</source>
        <translation>Den Gerätetyp %1 gibt es weder im Plan noch im Katalog.</translation>
    </message>
    <message>
        <source>Mount %1</source>
        <translation>%1 einbauen</translation>
    </message>
    <message>
        <source>Select the racks to fill first.</source>
        <translation>Zuerst die zu bestückenden Racks auswählen.</translation>
    </message>
    <message numerus="yes">
        <source>Fill %n rack(s) with %1</source>
        <translation>
            <numerusform>%n Rack mit %1 bestücken</numerusform>
            <numerusform>%n Racks mit %1 bestücken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::DeviceTypeDialog</name>
    <message>
        <source>New device type</source>
        <translation>Neuer Gerätetyp</translation>
    </message>
    <message>
        <source>Edit device type %1</source>
        <translation>Gerätetyp %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>rw::DrawToolState</name>
    <message>
        <source>There is no hall to draw in.</source>
        <translation>Es gibt keine Halle, in die gezeichnet werden kann.</translation>
    </message>
</context>
<context>
    <name>rw::DrawingDefaults</name>
    <message>
        <source>Air, 600 x 1200 mm, 48 U, 60 kW</source>
        <translation>Luft, 600 × 1.200 mm, 48 HE, 60 kW</translation>
    </message>
    <message>
        <source>Air, 600 x 1200 mm, 42 U, 20 kW</source>
        <translation>Luft, 600 × 1.200 mm, 42 HE, 20 kW</translation>
    </message>
    <message>
        <source>Liquid, 600 x 1200 mm, 48 U, 140 kW</source>
        <translation>Flüssig, 600 × 1.200 mm, 48 HE, 140 kW</translation>
    </message>
    <message>
        <source>Hybrid, 800 x 1200 mm, 48 U, 80 kW</source>
        <translation>Hybrid, 800 × 1.200 mm, 48 HE, 80 kW</translation>
    </message>
    <message>
        <source>Network, 800 x 1200 mm, 48 U, 15 kW</source>
        <translation>Netzwerk, 800 × 1.200 mm, 48 HE, 15 kW</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Reihe %1</translation>
    </message>
</context>
<context>
    <name>rw::DxfReader</name>
    <message>
        <source>%1 is not a DXF drawing in text form (it must start with "0" and "SECTION").</source>
        <translation>%1 ist keine DXF-Zeichnung in Textform (sie muss mit „0“ und „SECTION“ beginnen).</translation>
    </message>
    <message>
        <source>%1 could not be read as a DXF drawing.</source>
        <translation>%1 konnte nicht als DXF-Zeichnung gelesen werden.</translation>
    </message>
    <message>
        <source>%1 holds a coordinate or radius that is not a finite number.</source>
        <translation>%1 enthält eine Koordinate oder einen Radius, die keine endliche Zahl sind.</translation>
    </message>
    <message>
        <source>%1 holds more than %L2 line segments; simplify the drawing first.</source>
        <translation>%1 enthält mehr als %L2 Liniensegmente; vereinfachen Sie die Zeichnung zuerst.</translation>
    </message>
    <message>
        <source>%1 holds no lines, polylines, arcs or circles outside block definitions.</source>
        <translation>%1 enthält außerhalb von Blockdefinitionen keine Linien, Polylinien, Bögen oder Kreise.</translation>
    </message>
    <message>
        <source>%1, line %L2: an entity declares more points than the file holds.</source>
        <translation>%1, Zeile %L2: Ein Objekt gibt mehr Punkte an, als die Datei enthält.</translation>
    </message>
</context>
<context>
    <name>rw::ExemptionDialog</name>
    <message>
        <source>Record exemption</source>
        <translation>Ausnahme erfassen</translation>
    </message>
    <message>
        <source>e.g. agreement with the municipality, offer letter</source>
        <translation>z. B. Vereinbarung mit der Gemeinde, Angebotsschreiben</translation>
    </message>
    <message>
        <source>e.g. contract or file number</source>
        <translation>z. B. Vertrags- oder Aktenzeichen</translation>
    </message>
    <message>
        <source>&amp;Exemption:</source>
        <translation>&amp;Ausnahme:</translation>
    </message>
    <message>
        <source>&amp;Evidence seen:</source>
        <translation>Gesehener &amp;Nachweis:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Zeichen:</translation>
    </message>
    <message>
        <source>&amp;Date of the evidence:</source>
        <translation>&amp;Datum des Nachweises:</translation>
    </message>
    <message>
        <source>The rule set lists no exemptions.</source>
        <translation>Das Regelwerk nennt keine Ausnahmen.</translation>
    </message>
</context>
<context>
    <name>rw::FieldCheck</name>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>muss mindestens %1 sein</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>must be a date written as YYYY-MM-DD</source>
        <translation>muss ein Datum im Format JJJJ-MM-TT sein</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>muss einer der folgenden Werte sein: %1</translation>
    </message>
</context>
<context>
    <name>rw::FieldEdits</name>
    <message>
        <source>%1 has no field number %2.</source>
        <translation>%1 hat kein Feld Nummer %2.</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 setzen</translation>
    </message>
</context>
<context>
    <name>rw::FieldForm</name>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>not declared</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>angegeben</translation>
    </message>
    <message>
        <source>Tick when the bidder states this value; unticked, checks that need it are not assessable</source>
        <translation>Ankreuzen, wenn der Bieter diesen Wert angibt; ohne Haken sind Prüfungen, die ihn brauchen, nicht bewertbar</translation>
    </message>
</context>
<context>
    <name>rw::FieldLabels</name>
    <message>
        <source>Unique identifier of the device type</source>
        <translation>Eindeutige Kennung des Gerätetyps</translation>
    </message>
    <message>
        <source>Power under a typical AI workload</source>
        <translation>Leistungsaufnahme unter typischer KI-Last</translation>
    </message>
    <message>
        <source>Highest power the device can draw</source>
        <translation>Höchste Leistung, die das Gerät aufnehmen kann</translation>
    </message>
    <message>
        <source>Share of heat taken by liquid cooling, 0 to 1</source>
        <translation>Anteil der Wärme, den die Flüssigkeitskühlung abführt, 0 bis 1</translation>
    </message>
    <message>
        <source>0 = derive from maximum power and design delta-T</source>
        <translation>0 = aus maximaler Leistung und Auslegungs-Temperaturdifferenz (ΔT) ableiten</translation>
    </message>
    <message>
        <source>Power supplies needed to carry the maximum power</source>
        <translation>Netzteile, die für die maximale Leistung nötig sind</translation>
    </message>
    <message>
        <source>Where the figures come from</source>
        <translation>Herkunft der Werte</translation>
    </message>
    <message>
        <source>Decides which limits of the Energy Efficiency Act apply</source>
        <translation>Bestimmt, welche Grenzwerte des Energieeffizienzgesetzes (EnEfG) gelten</translation>
    </message>
    <message>
        <source>0 to 1</source>
        <translation>0 bis 1</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>U</source>
        <translation>HE</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Idle power</source>
        <translation>Leerlaufleistung</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Typical power</source>
        <translation>Typische Leistung</translation>
    </message>
    <message>
        <source>Maximum power</source>
        <translation>Maximale Leistung</translation>
    </message>
    <message>
        <source>Heat to liquid</source>
        <translation>Wärme an Flüssigkeit</translation>
    </message>
    <message>
        <source>Airflow direction</source>
        <translation>Luftstromrichtung</translation>
    </message>
    <message>
        <source>Airflow</source>
        <translation>Luftstrom</translation>
    </message>
    <message>
        <source>m³/h</source>
        <translation>m³/h</translation>
    </message>
    <message>
        <source>Design air temperature rise</source>
        <translation>Auslegungs-Temperaturerhöhung der Luft</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation>GPU-Modell</translation>
    </message>
    <message>
        <source>Power supplies</source>
        <translation>Netzteile</translation>
    </message>
    <message>
        <source>Power supplies required</source>
        <translation>Erforderliche Netzteile</translation>
    </message>
    <message>
        <source>Power supply rating</source>
        <translation>Nennleistung je Netzteil</translation>
    </message>
    <message>
        <source>Full depth</source>
        <translation>Volle Bautiefe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Betreiber</translation>
    </message>
    <message>
        <source>Start of operation</source>
        <translation>Betriebsbeginn</translation>
    </message>
    <message>
        <source>Declared availability class (EN 50600)</source>
        <translation>Angegebene Verfügbarkeitsklasse (EN 50600)</translation>
    </message>
    <message>
        <source>Design outdoor temperature</source>
        <translation>Auslegungs-Außentemperatur</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>Renewable electricity share</source>
        <translation>Anteil Strom aus erneuerbaren Energien</translation>
    </message>
    <message>
        <source>Planned energy reuse share</source>
        <translation>Geplanter Anteil wiederverwendeter Energie</translation>
    </message>
    <message>
        <source>PUE target</source>
        <translation>PUE-Zielwert</translation>
    </message>
    <message>
        <source>WUE</source>
        <translation>WUE</translation>
    </message>
    <message>
        <source>l/kWh</source>
        <translation>l/kWh</translation>
    </message>
    <message>
        <source>Facility water class</source>
        <translation>Klasse des Gebäudekühlwassers</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Annahmen</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>Ceiling height</source>
        <translation>Deckenhöhe</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Boden</translation>
    </message>
    <message>
        <source>Raised floor height</source>
        <translation>Höhe des Doppelbodens</translation>
    </message>
    <message>
        <source>Floor load rating</source>
        <translation>Zulässige Bodenlast</translation>
    </message>
    <message>
        <source>kg/m²</source>
        <translation>kg/m²</translation>
    </message>
    <message>
        <source>Point load rating</source>
        <translation>Zulässige Punktlast</translation>
    </message>
    <message>
        <source>ASHRAE class</source>
        <translation>ASHRAE-Klasse</translation>
    </message>
    <message>
        <source>Cooling redundancy</source>
        <translation>Redundanz der Kühlung</translation>
    </message>
    <message>
        <source>Minimum aisle width</source>
        <translation>Mindestgangbreite</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Position x</source>
        <translation>Position x</translation>
    </message>
    <message>
        <source>Position y</source>
        <translation>Position y</translation>
    </message>
    <message>
        <source>Open area</source>
        <translation>Offener Flächenanteil</translation>
    </message>
    <message>
        <source>Containment</source>
        <translation>Einhausung</translation>
    </message>
    <message>
        <source>Front faces</source>
        <translation>Front zeigt nach</translation>
    </message>
    <message>
        <source>Power budget</source>
        <translation>Leistungsbudget</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>Load rating</source>
        <translation>Zulässige Last</translation>
    </message>
    <message>
        <source>Empty weight</source>
        <translation>Leergewicht</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>Kühlung</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Cooling capacity</source>
        <translation>Kühlleistung</translation>
    </message>
    <message>
        <source>Supply temperature</source>
        <translation>Vorlauftemperatur</translation>
    </message>
    <message>
        <source>Return temperature</source>
        <translation>Rücklauftemperatur</translation>
    </message>
    <message>
        <source>Facility water supply</source>
        <translation>Vorlauf des Gebäudekühlwassers</translation>
    </message>
    <message>
        <source>Power draw</source>
        <translation>Leistungsaufnahme</translation>
    </message>
    <message>
        <source>COP</source>
        <translation>Leistungszahl (COP)</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>Standby</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Nennleistung</translation>
    </message>
    <message>
        <source>kVA</source>
        <translation>kVA</translation>
    </message>
    <message>
        <source>Power factor</source>
        <translation>Leistungsfaktor</translation>
    </message>
    <message>
        <source>Efficiency at 25 % load</source>
        <translation>Wirkungsgrad bei 25 % Last</translation>
    </message>
    <message>
        <source>Efficiency at 50 % load</source>
        <translation>Wirkungsgrad bei 50 % Last</translation>
    </message>
    <message>
        <source>Efficiency at 75 % load</source>
        <translation>Wirkungsgrad bei 75 % Last</translation>
    </message>
    <message>
        <source>Efficiency at 100 % load</source>
        <translation>Wirkungsgrad bei 100 % Last</translation>
    </message>
    <message>
        <source>Redundancy group</source>
        <translation>Redundanzgruppe</translation>
    </message>
    <message>
        <source>Group redundancy</source>
        <translation>Redundanz der Gruppe</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Planungshorizont</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Start month</source>
        <translation>Startmonat</translation>
    </message>
    <message>
        <source>Installed share</source>
        <translation>Installierter Anteil</translation>
    </message>
    <message>
        <source>Training share</source>
        <translation>Trainingsanteil</translation>
    </message>
    <message>
        <source>Inference share</source>
        <translation>Inferenzanteil</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Drehung</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>Clockwise, in whole degrees</source>
        <translation>Im Uhrzeigersinn, in ganzen Grad</translation>
    </message>
    <message>
        <source>Return plenum depth</source>
        <translation>Tiefe des Rückluftplenums</translation>
    </message>
    <message>
        <source>Depth of a return plenum above a false ceiling, 0 = none. Hot-aisle chimneys open into it and fan walls take their return air from it (thermal projection).</source>
        <translation>Tiefe eines Rückluftplenums über einer abgehängten Decke, 0 = keines. Die Kamine der Warmgänge münden hinein, und die Lüfterwände saugen ihre Rückluft daraus an (thermische Prognose).</translation>
    </message>
    <message>
        <source>Internal number</source>
        <translation>Interne Nummer</translation>
    </message>
    <message>
        <source>Number Rackwerk gives the item in this plan</source>
        <translation>Nummer, die Rackwerk dem Element in diesem Plan gibt</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Halle</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Rack</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Gerätetyp</translation>
    </message>
    <message>
        <source>Feed A</source>
        <translation>Einspeisung A</translation>
    </message>
    <message>
        <source>Power node feeding side A of the rack</source>
        <translation>Stromversorgungsknoten, der Seite A des Racks speist</translation>
    </message>
    <message>
        <source>Feed B</source>
        <translation>Einspeisung B</translation>
    </message>
    <message>
        <source>Power node feeding side B of the rack</source>
        <translation>Stromversorgungsknoten, der Seite B des Racks speist</translation>
    </message>
    <message>
        <source>Power feed</source>
        <translation>Einspeisung</translation>
    </message>
    <message>
        <source>Power node feeding the unit</source>
        <translation>Stromversorgungsknoten, der das Gerät speist</translation>
    </message>
    <message>
        <source>Feeding node</source>
        <translation>Speisender Knoten</translation>
    </message>
    <message>
        <source>Fed node</source>
        <translation>Gespeister Knoten</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Air the unit moves at its design point; air units only</source>
        <translation>Luftmenge im Auslegungspunkt; nur bei Luftkühlgeräten</translation>
    </message>
    <message>
        <source>Supply air faces</source>
        <translation>Zuluft zeigt nach</translation>
    </message>
    <message>
        <source>Supply air, or the secondary loop's supply for a CDU</source>
        <translation>Zuluft, bei einer CDU der Vorlauf des Sekundärkreises</translation>
    </message>
    <message>
        <source>Design return air, or the secondary loop's return for a CDU</source>
        <translation>Rückluft im Auslegungspunkt, bei einer CDU der Rücklauf des Sekundärkreises</translation>
    </message>
    <message>
        <source>Heat rejection: heat removed per electric power; 0 = not applicable</source>
        <translation>Rückkühlung: abgeführte Wärme je elektrischer Leistung; 0 = entfällt</translation>
    </message>
    <message>
        <source>Declared redundant unit: runs only when another one fails</source>
        <translation>Als redundant angegebenes Gerät: läuft nur, wenn ein anderes ausfällt</translation>
    </message>
    <message>
        <source>0 = floor to ceiling</source>
        <translation>0 = vom Boden bis zur Decke</translation>
    </message>
    <message>
        <source>Perforated tiles: free area, 0 to 1</source>
        <translation>Lochplatten: freier Flächenanteil, 0 bis 1</translation>
    </message>
    <message>
        <source>Text height</source>
        <translation>Schrifthöhe</translation>
    </message>
    <message>
        <source>Height of a line of text on the floor</source>
        <translation>Höhe einer Textzeile auf dem Boden</translation>
    </message>
    <message>
        <source>Usable height of the rack in rack units</source>
        <translation>Nutzbare Höhe des Racks in Höheneinheiten</translation>
    </message>
    <message>
        <source>Lowest rack unit the device occupies</source>
        <translation>Unterste Höheneinheit, die das Gerät belegt</translation>
    </message>
    <message>
        <source>Where the node stands on a floor plan, if anywhere</source>
        <translation>Wo der Knoten auf einem Grundriss steht, falls überhaupt</translation>
    </message>
    <message>
        <source>Role of the bidder</source>
        <translation>Rolle des Bieters</translation>
    </message>
    <message>
        <source>Operator of the data centre, with or without colocation, or operator of IT in someone else's data centre: decides which duties of the Energy Efficiency Act are the bidder's</source>
        <translation>Betreiber des Rechenzentrums, mit oder ohne Colocation, oder Betreiber von Informationstechnik in einem fremden Rechenzentrum: entscheidet, welche Pflichten des Energieeffizienzgesetzes den Bieter treffen</translation>
    </message>
    <message>
        <source>Non-redundant connected power of the site</source>
        <translation>Nicht redundante Anschlussleistung des Standorts</translation>
    </message>
    <message>
        <source>IT and building services of the whole site, counted without redundancy (EnEfG § 3 no. 24); the capacity contracted with the grid operator serves as well</source>
        <translation>IT und Gebäudetechnik des ganzen Standorts, ohne Redundanz gezählt (§ 3 Nr. 24 EnEfG); die mit dem Netzbetreiber vereinbarte Anschlussleistung gilt ebenso</translation>
    </message>
    <message>
        <source>Owned by or operated for a public body</source>
        <translation>Im Eigentum oder Auftrag der öffentlichen Hand</translation>
    </message>
    <message>
        <source>Lowers the threshold for a validated or certified management system to 300 kW (EnEfG § 12(3))</source>
        <translation>Senkt die Schwelle für ein validiertes oder zertifiziertes Managementsystem auf 300 kW (§ 12 Abs. 3 EnEfG)</translation>
    </message>
    <message>
        <source>Coolant</source>
        <translation>Kühlmittel</translation>
    </message>
    <message>
        <source>Design temperature</source>
        <translation>Auslegungstemperatur</translation>
    </message>
    <message>
        <source>Where the coolant properties are taken first</source>
        <translation>Temperatur, bei der die Stoffwerte des Kühlmittels zuerst angesetzt werden</translation>
    </message>
    <message>
        <source>Expansion tank pressure</source>
        <translation>Druck des Ausdehnungsgefäßes</translation>
    </message>
    <message>
        <source>kPa</source>
        <translation>kPa</translation>
    </message>
    <message>
        <source>Header length</source>
        <translation>Länge der Hauptleitung</translation>
    </message>
    <message>
        <source>Supply header and return header, each</source>
        <translation>Vorlauf- und Rücklaufhauptleitung, je</translation>
    </message>
    <message>
        <source>Header inner diameter</source>
        <translation>Innendurchmesser der Hauptleitung</translation>
    </message>
    <message>
        <source>Header roughness</source>
        <translation>Rauheit der Hauptleitung</translation>
    </message>
    <message>
        <source>Header fittings</source>
        <translation>Formteile der Hauptleitung</translation>
    </message>
    <message>
        <source>Loss coefficients of one header's bends, valves and tees, in velocity heads</source>
        <translation>Summe der Verlustbeiwerte (ζ) der Bögen, Armaturen und T-Stücke einer Hauptleitung</translation>
    </message>
    <message>
        <source>Pumps</source>
        <translation>Pumpen</translation>
    </message>
    <message>
        <source>Identical pumps in parallel, all running</source>
        <translation>Gleiche Pumpen parallel, alle in Betrieb</translation>
    </message>
    <message>
        <source>Pump shut-off pressure</source>
        <translation>Nullförderdruck der Pumpe</translation>
    </message>
    <message>
        <source>One pump</source>
        <translation>Eine Pumpe</translation>
    </message>
    <message>
        <source>Pump rated pressure</source>
        <translation>Nenndruck der Pumpe</translation>
    </message>
    <message>
        <source>One pump at its rated flow</source>
        <translation>Eine Pumpe bei ihrem Nenndurchfluss</translation>
    </message>
    <message>
        <source>Pump rated flow</source>
        <translation>Nenndurchfluss der Pumpe</translation>
    </message>
    <message>
        <source>L/min</source>
        <translation>l/min</translation>
    </message>
    <message>
        <source>CDU</source>
        <translation>CDU</translation>
    </message>
    <message>
        <source>Cooling unit of kind CDU: its capacity, and its supply temperature as the setpoint</source>
        <translation>Kühlgerät der Art CDU: seine Leistung und seine Vorlauftemperatur als Sollwert</translation>
    </message>
    <message>
        <source>Facility water system</source>
        <translation>Gebäudekühlwassersystem</translation>
    </message>
    <message>
        <source>Loop of the CDU's primary side; none: the primary supply below</source>
        <translation>Kreis der Primärseite der CDU; keiner: der Primärvorlauf unten</translation>
    </message>
    <message>
        <source>Primary supply</source>
        <translation>Primärvorlauf</translation>
    </message>
    <message>
        <source>Facility water supply when no facility water system is modelled</source>
        <translation>Vorlauf des Gebäudekühlwassers, wenn kein Gebäudekühlwassersystem abgebildet ist</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Grädigkeit</translation>
    </message>
    <message>
        <source>Secondary pressure drop</source>
        <translation>Druckverlust sekundär</translation>
    </message>
    <message>
        <source>CDU heat exchanger, technology loop side</source>
        <translation>Wärmeübertrager der CDU, Seite des Technikkühlkreises</translation>
    </message>
    <message>
        <source>at secondary flow</source>
        <translation>bei Sekundärdurchfluss</translation>
    </message>
    <message>
        <source>Primary pressure drop</source>
        <translation>Druckverlust primär</translation>
    </message>
    <message>
        <source>CDU heat exchanger, facility water side</source>
        <translation>Wärmeübertrager der CDU, Seite des Gebäudekühlwassers</translation>
    </message>
    <message>
        <source>at primary flow</source>
        <translation>bei Primärdurchfluss</translation>
    </message>
    <message>
        <source>Coolant volume</source>
        <translation>Kühlmittelinhalt</translation>
    </message>
    <message>
        <source>L</source>
        <translation>l</translation>
    </message>
    <message>
        <source>Thermal mass in failures</source>
        <translation>Thermische Masse bei Ausfällen</translation>
    </message>
    <message>
        <source>Coolant loop</source>
        <translation>Kühlmittelkreis</translation>
    </message>
    <message>
        <source>Cooling unit</source>
        <translation>Kühlgerät</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Position in the series, first after the return header</source>
        <translation>Platz in der Reihe, die erste nach der Rücklaufhauptleitung</translation>
    </message>
    <message>
        <source>Sink temperature</source>
        <translation>Temperatur der Wärmesenke</translation>
    </message>
    <message>
        <source>Cooling tower: wet bulb; heat reuse: district heating return</source>
        <translation>Kühlturm: Feuchtkugeltemperatur; Abwärmenutzung: Fernwärmerücklauf</translation>
    </message>
    <message>
        <source>Pressure drop</source>
        <translation>Druckverlust</translation>
    </message>
    <message>
        <source>at flow</source>
        <translation>bei Durchfluss</translation>
    </message>
    <message>
        <source>Branch length</source>
        <translation>Länge der Anschlussleitung</translation>
    </message>
    <message>
        <source>Supply and return branch together</source>
        <translation>Vorlauf- und Rücklaufanschluss zusammen</translation>
    </message>
    <message>
        <source>Branch inner diameter</source>
        <translation>Innendurchmesser der Anschlussleitung</translation>
    </message>
    <message>
        <source>Branch roughness</source>
        <translation>Rauheit der Anschlussleitung</translation>
    </message>
    <message>
        <source>Branch fittings</source>
        <translation>Formteile der Anschlussleitung</translation>
    </message>
    <message>
        <source>Loss coefficients of quick disconnects, valves and bends</source>
        <translation>Summe der Verlustbeiwerte (ζ) von Schnellkupplungen, Armaturen und Bögen</translation>
    </message>
    <message>
        <source>Cold plate pressure drop</source>
        <translation>Druckverlust der Kühlplatten</translation>
    </message>
    <message>
        <source>Rack manifold and cold plates</source>
        <translation>Rackverteiler und Kühlplatten</translation>
    </message>
    <message>
        <source>at cold plate flow</source>
        <translation>bei Kühlplattendurchfluss</translation>
    </message>
    <message>
        <source>Minimum flow</source>
        <translation>Mindestdurchfluss</translation>
    </message>
    <message>
        <source>Coolant flow the rack needs</source>
        <translation>Kühlmitteldurchfluss, den das Rack braucht</translation>
    </message>
    <message>
        <source>Coolant inlet limit</source>
        <translation>Grenzwert Kühlmittelvorlauf</translation>
    </message>
    <message>
        <source>Coolant return limit</source>
        <translation>Grenzwert Kühlmittelrücklauf</translation>
    </message>
    <message>
        <source>Cold plate heat capacity</source>
        <translation>Wärmekapazität der Kühlplatten</translation>
    </message>
    <message>
        <source>kJ/K</source>
        <translation>kJ/K</translation>
    </message>
    <message>
        <source>Cools not below its sink plus this</source>
        <translation>Kühlt nicht tiefer als die Wärmesenke plus diesen Wert</translation>
    </message>
    <message>
        <source>CDU approach</source>
        <translation>Grädigkeit der CDU</translation>
    </message>
    <message>
        <source>Secondary supply at least primary supply plus this</source>
        <translation>Sekundärvorlauf mindestens Primärvorlauf plus diesen Wert</translation>
    </message>
    <message>
        <source>Coolant in the rack</source>
        <translation>Kühlmittel im Rack</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <source>Weather station</source>
        <translation>Wetterstation</translation>
    </message>
    <message>
        <source>The place the weather file's header names</source>
        <translation>Der Ort, den der Kopf der Wetterdatei nennt</translation>
    </message>
    <message>
        <source>Hourly values</source>
        <translation>Stundenwerte</translation>
    </message>
    <message>
        <source>Dry-bulb and wet-bulb temperature for each hour of the year</source>
        <translation>Trocken- und Feuchtkugeltemperatur für jede Stunde des Jahres</translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation>Zeichnung</translation>
    </message>
    <message>
        <source>The imported lines or picture</source>
        <translation>Die übernommenen Linien oder das Bild</translation>
    </message>
    <message>
        <source>Origin x</source>
        <translation>Ursprung x</translation>
    </message>
    <message>
        <source>Where the drawing's origin lies in the hall</source>
        <translation>Wo der Ursprung der Zeichnung in der Halle liegt</translation>
    </message>
    <message>
        <source>Origin y</source>
        <translation>Ursprung y</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Maßstab</translation>
    </message>
    <message>
        <source>m per unit</source>
        <translation>m je Einheit</translation>
    </message>
    <message>
        <source>Metres in the hall per drawing unit</source>
        <translation>Meter in der Halle je Zeichnungseinheit</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <source>0 = invisible, 1 = fully opaque</source>
        <translation>0 = unsichtbar, 1 = voll deckend</translation>
    </message>
    <message>
        <source>y grows to the north</source>
        <translation>y wächst nach Norden</translation>
    </message>
    <message>
        <source>CAD drawings count y upwards, pictures downwards</source>
        <translation>CAD-Zeichnungen zählen y nach oben, Bilder nach unten</translation>
    </message>
    <message>
        <source>Power input</source>
        <translation>Stromeingang</translation>
    </message>
    <message>
        <source>What the device's power input takes: AC, 800 V DC from a DC busway, or either</source>
        <translation>Was der Stromeingang des Geräts aufnimmt: Wechselstrom, 800 V DC von einer DC-Stromschiene oder beides</translation>
    </message>
</context>
<context>
    <name>rw::FillDialog</name>
    <message>
        <source>Fill racks</source>
        <translation>Racks bestücken</translation>
    </message>
    <message numerus="yes">
        <source>Mount devices into the lowest free units of each of the %n selected rack(s). Where one rack has too little room, nothing is mounted.</source>
        <translation>
            <numerusform>Geräte in die untersten freien Höheneinheiten des ausgewählten Racks einbauen. Ist zu wenig Platz, wird nichts eingebaut.</numerusform>
            <numerusform>Geräte in die untersten freien Höheneinheiten jedes der %n ausgewählten Racks einbauen. Hat ein Rack zu wenig Platz, wird nichts eingebaut.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3 U, %4)</source>
        <translation>%1: %2 (%3 HE, %4)</translation>
    </message>
    <message>
        <source> per rack</source>
        <translation> je Rack</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Anzahl:</translation>
    </message>
</context>
<context>
    <name>rw::FindingList</name>
    <message>
        <source>...and %1 more like this: %2</source>
        <translation>... und %1 weitere dieser Art, etwa: %2</translation>
    </message>
    <message>
        <source>...and %1 more of this kind.</source>
        <translation>... und %1 weitere dieser Art.</translation>
    </message>
</context>
<context>
    <name>rw::FindingsPanel</name>
    <message>
        <source>No findings: the plan is consistent.</source>
        <translation>Keine Befunde: Der Plan ist widerspruchsfrei.</translation>
    </message>
</context>
<context>
    <name>rw::FloorPlanImage</name>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>N</source>
        <comment>north</comment>
        <translation>N</translation>
    </message>
</context>
<context>
    <name>rw::FloorPlanScene</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3 cooling capacity%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3 Kühlleistung%4</translation>
    </message>
    <message>
        <source>, standby</source>
        <translation>, Standby</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 x %3 m</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 × %3 m</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1 open area</source>
        <translation>&lt;br&gt;%1 freie Fläche</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;rated %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Nennleistung %3</translation>
    </message>
    <message>
        <source>Rack power use</source>
        <translation>Leistung der Racks</translation>
    </message>
    <message>
        <source>Floor load against rating</source>
        <translation>Bodenlast gegen Tragfähigkeit</translation>
    </message>
    <message>
        <source>Rack cooling</source>
        <translation>Kühlung der Racks</translation>
    </message>
    <message>
        <source>Rack inlet temperature</source>
        <translation>Zulufttemperatur der Racks</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>&lt; 50 % of budget</source>
        <translation>&lt; 50 % des Budgets</translation>
    </message>
    <message>
        <source>75 %</source>
        <translation>75 %</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>Über Budget</translation>
    </message>
    <message>
        <source>&lt; 50 % of floor rating</source>
        <translation>&lt; 50 % der Tragfähigkeit</translation>
    </message>
    <message>
        <source>Over the floor rating</source>
        <translation>Über der Tragfähigkeit</translation>
    </message>
    <message>
        <source>No thermal result</source>
        <translation>Kein Wärmeergebnis</translation>
    </message>
    <message>
        <source>Below %1</source>
        <translation>Unter %1</translation>
    </message>
    <message>
        <source>%1 to %2 (recommended)</source>
        <translation>%1 bis %2 (empfohlen)</translation>
    </message>
    <message>
        <source>Up to %1 (allowable)</source>
        <translation>Bis %1 (zulässig)</translation>
    </message>
    <message>
        <source>Above %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>No result for this rack</source>
        <translation>Kein Ergebnis für dieses Rack</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;%3 of %4 budget (%5)&lt;br&gt;%6 GPUs, %7&lt;br&gt;%8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;%3 von %4 Budget (%5)&lt;br&gt;%6 GPUs, %7&lt;br&gt;%8</translation>
    </message>
    <message>
        <source> in row %1</source>
        <translation> in Reihe %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Label&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;%2 m high, turned %3°</source>
        <translation>&lt;b&gt;Beschriftung&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;%2 m hoch, um %3° gedreht</translation>
    </message>
    <message>
        <source>Cooling unit</source>
        <translation>Kühlgerät</translation>
    </message>
    <message>
        <source>Power node</source>
        <translation>Stromknoten</translation>
    </message>
    <message>
        <source>Hot-aisle containment</source>
        <translation>Warmgang-Einhausung</translation>
    </message>
    <message>
        <source>Cold-aisle containment</source>
        <translation>Kaltgang-Einhausung</translation>
    </message>
    <message>
        <source>Rack with a layout problem (see the findings)</source>
        <translation>Rack mit einem Aufstellungsproblem (siehe Befunde)</translation>
    </message>
    <message>
        <source>Rack coolant margin</source>
        <translation>Kühlmittelreserve der Racks</translation>
    </message>
    <message>
        <source>Flow %1 or more above need</source>
        <translation>Durchfluss %1 oder mehr über Bedarf</translation>
    </message>
    <message>
        <source>Flow less than %1 above need</source>
        <translation>Durchfluss weniger als %1 über Bedarf</translation>
    </message>
    <message>
        <source>Short of flow or coolant over its limit</source>
        <translation>Zu wenig Durchfluss oder Kühlmittel über dem Grenzwert</translation>
    </message>
    <message>
        <source>Not on a coolant loop</source>
        <translation>An keinem Kühlmittelkreis</translation>
    </message>
    <message>
        <source>Coolant supply pipe</source>
        <translation>Kühlmittel-Vorlaufleitung</translation>
    </message>
    <message>
        <source>Coolant return pipe</source>
        <translation>Kühlmittel-Rücklaufleitung</translation>
    </message>
    <message>
        <source>%1: supply</source>
        <translation>%1: Vorlauf</translation>
    </message>
    <message>
        <source>%1: return</source>
        <translation>%1: Rücklauf</translation>
    </message>
</context>
<context>
    <name>rw::FloorPlanToolBar</name>
    <message>
        <source>Floor plan tools</source>
        <translation>Werkzeuge für den Grundriss</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>&amp;Anordnen</translation>
    </message>
    <message>
        <source>%1 (%2)&lt;br&gt;%3</source>
        <translation>%1 (%2)&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Rotate 90°</source>
        <translation>Um 90° &amp;drehen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Align left edges</source>
        <translation>Linke Kanten ausrichten</translation>
    </message>
    <message>
        <source>Align centres horizontally</source>
        <translation>Mitten waagerecht ausrichten</translation>
    </message>
    <message>
        <source>Align right edges</source>
        <translation>Rechte Kanten ausrichten</translation>
    </message>
    <message>
        <source>Align top edges</source>
        <translation>Obere Kanten ausrichten</translation>
    </message>
    <message>
        <source>Align centres vertically</source>
        <translation>Mitten senkrecht ausrichten</translation>
    </message>
    <message>
        <source>Align bottom edges</source>
        <translation>Untere Kanten ausrichten</translation>
    </message>
    <message>
        <source>Distribute horizontally</source>
        <translation>Waagerecht verteilen</translation>
    </message>
    <message>
        <source>Distribute vertically</source>
        <translation>Senkrecht verteilen</translation>
    </message>
    <message>
        <source>&amp;Fill racks with devices...</source>
        <translation>Racks mit Geräten &amp;bestücken...</translation>
    </message>
    <message>
        <source>&amp;Snap to 10 cm</source>
        <translation>Am 10-cm-&amp;Raster fangen</translation>
    </message>
    <message>
        <source>Show &amp;overview</source>
        <translation>Ü&amp;bersicht zeigen</translation>
    </message>
    <message>
        <source>Rack type for new rows</source>
        <translation>Racktyp für neue Reihen</translation>
    </message>
    <message>
        <source>Fronts %1</source>
        <translation>Fronten nach %1</translation>
    </message>
    <message>
        <source>Where the fronts (air intake) of new racks face; the supply side of new cooling units</source>
        <translation>Wohin die Fronten (Luftansaugung) neuer Racks zeigen; die Ausblasseite neuer Kühlgeräte</translation>
    </message>
    <message>
        <source>Containment of new rows</source>
        <translation>Einhausung neuer Reihen</translation>
    </message>
    <message>
        <source>Kind of cooling unit to place</source>
        <translation>Art des zu setzenden Kühlgeräts</translation>
    </message>
    <message>
        <source>Kind of power node to place</source>
        <translation>Art des zu setzenden Stromversorgungsknotens</translation>
    </message>
    <message>
        <source>Colour: power use</source>
        <translation>Farbe: Leistung</translation>
    </message>
    <message>
        <source>Colour: floor load</source>
        <translation>Farbe: Bodenlast</translation>
    </message>
    <message>
        <source>Colour: cooling type</source>
        <translation>Farbe: Kühlart</translation>
    </message>
    <message>
        <source>Colour: inlet temperature</source>
        <translation>Farbe: Zulufttemperatur</translation>
    </message>
    <message>
        <source>What the rack colours show; the legend explains them</source>
        <translation>Was die Farben der Racks zeigen; die Legende erklärt sie</translation>
    </message>
    <message>
        <source>Tool options</source>
        <translation>Werkzeugoptionen</translation>
    </message>
    <message>
        <source>Colour: coolant margin</source>
        <translation>Farbe: Kühlmittelreserve</translation>
    </message>
</context>
<context>
    <name>rw::FloorPlanView</name>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message numerus="yes">
        <source>%n layout warning(s): racks framed in red</source>
        <translation>
            <numerusform>%n Layoutwarnung: Racks rot umrandet</numerusform>
            <numerusform>%n Layoutwarnungen: Racks rot umrandet</numerusform>
        </translation>
    </message>
    <message>
        <source>Label text</source>
        <translation>Beschriftungstext</translation>
    </message>
    <message>
        <source>Type the label's text; Enter applies, Escape cancels</source>
        <translation>Text der Beschriftung eingeben; Eingabetaste übernimmt, Esc bricht ab</translation>
    </message>
</context>
<context>
    <name>rw::GigafactoryPlan</name>
    <message>
        <source>Demo plan: an EU AI gigafactory campus of %1 GPUs in %2 halls. The EU's InvestAI programme funds up to five gigafactories of about 100,000 advanced AI chips each (digital-strategy.ec.europa.eu, EuroHPC JU). Built from public figures, tagged [V] vendor or primary source, [S] secondary, [E] estimate; every [S] and [E] figure is an assumption for the bidder to replace.</source>
        <translation>Demoplan: ein Campus einer EU-KI-Gigafactory mit %1 GPUs in %2 Hallen. Das EU-Programm InvestAI fördert bis zu fünf Gigafactories mit je etwa 100.000 fortschrittlichen KI-Chips (digital-strategy.ec.europa.eu, EuroHPC JU). Aus öffentlichen Angaben erstellt, gekennzeichnet mit [V] Hersteller- oder Primärquelle, [S] Sekundärquelle, [E] Schätzung; jede Angabe mit [S] oder [E] ist eine Annahme, die der Bieter ersetzt.</translation>
    </message>
    <message>
        <source>- Racks: per hall %1 NVIDIA GB300 NVL72 (72 GPUs, %2 kW max, %3 % of it to liquid; catalogue, Supermicro and Microsoft figures [S]) in %4 rows of %5, with %6 network racks per row of %7 Spectrum-X SN5600 leaf switches each [E]. Spine switches and storage stand outside the halls and are not modelled. Hot-aisle containment for the residual air heat; slab floor rated %8 kg/m².</source>
        <translation>- Racks: je Halle %1 NVIDIA GB300 NVL72 (72 GPUs, höchstens %2 kW, davon %3 % an die Flüssigkeit; Katalog, Angaben von Supermicro und Microsoft [S]) in %4 Reihen zu %5, dazu je Reihe %6 Netzwerkracks mit je %7 Leaf-Switches Spectrum-X SN5600 [E]. Spine-Switches und Speicher stehen außerhalb der Hallen und sind nicht abgebildet. Warmgang-Einhausung für die verbleibende Wärme an die Luft; Bodenplatte mit %8 kg/m² Tragfähigkeit.</translation>
    </message>
    <message>
        <source>- Liquid: one CDU of %1 kW per row (Benmax HCU2500 class [S]) with its technology loop of PG25 at %2 °C supply and %3 pumps, one more than the design flow needs (N+1); each rack needs %4 L/min (OCP: 1.5 L/min per kW of its %5 kW to liquid [S]); rack pressure drop %6 kPa at %7 L/min (VR NVL72 Max-P [S], GB300 not published). The hall's CDUs hold N+1 by capacity, but Rackwerk gives each loop one CDU: a CDU failure is a failure of its row's cooling.</source>
        <translation>- Flüssigkeit: je Reihe eine CDU mit %1 kW (Klasse der Benmax HCU2500 [S]) mit ihrem Technikkühlkreis aus PG25 mit %2 °C Vorlauf und %3 Pumpen, eine mehr als der Auslegungsdurchfluss braucht (N+1); jedes Rack braucht %4 L/min (OCP: 1,5 L/min je kW seiner %5 kW an die Flüssigkeit [S]); Druckverlust des Racks %6 kPa bei %7 L/min (VR NVL72 Max-P [S], für GB300 nicht veröffentlicht). Die CDUs einer Halle erfüllen N+1 nach der Leistung, aber Rackwerk gibt jedem Kreis eine CDU: Fällt eine CDU aus, fällt die Kühlung ihrer Reihe aus.</translation>
    </message>
    <message>
        <source>- Heat rejection per hall: facility water %1 to %2 °C (%3); stage 1 a heat-reuse exchanger of %4 kW to heat pumps that lift its return water (up to %2 °C) for district heating (COP 4.3 to 70 °C, ecp.ep.liu.se [V]), sized for the energy reuse factor of %5 % that EnEfG § 11(2) asks from July 2028 [V] at a PUE of %6; stages 2 and 3 dry-cooler banks of %7 kW each, so that any one stage may fail. Air side: %8 fan walls of %9 kW (N+1) with two chillers, each for all of the air heat.</source>
        <translation>- Rückkühlung je Halle: Gebäudekühlwasser %1 bis %2 °C (%3); Stufe 1 ein Wärmeübertrager zur Abwärmenutzung mit %4 kW an Wärmepumpen, die sein Rücklaufwasser (bis %2 °C) für die Fernwärme anheben (COP 4,3 bis 70 °C, ecp.ep.liu.se [V]), bemessen für den Energiewiederverwendungsfaktor von %5 %, den § 11 Abs. 2 EnEfG ab Juli 2028 verlangt [V], bei einer PUE von %6; Stufen 2 und 3 Rückkühlergruppen mit je %7 kW, sodass jede einzelne Stufe ausfallen darf. Luftseite: %8 Lüfterwände mit %9 kW (N+1) mit zwei Kältemaschinen, jede für die gesamte Wärme an die Luft.</translation>
    </message>
    <message>
        <source>- Power: grid connection at %1 kV, two circuits each for the contracted capacity of %2 MW (n-1 secure; VDE-AR-N 4120 [V]; the ~200 MW Lübbenau site is connected at 110 kV [S]); per side A and B %3 transformers 110/20 kV of %4 MVA (N+1) and 20 kV switchgear; per hall and side a medium-voltage board, per row and side a transformer of %5 kVA, a low-voltage board, a UPS of %6 kW and a busway of %7 kW: 2N, every rack fed from A and B. The CDUs run on their own UPS (continuous cooling, Uptime Institute [S]). The mechanical plant of a side (its CDUs, fan walls, chiller and dry-cooler bank) is fed from that side only, so losing a side stops it (rackwerk-cli contingency lists what stops). No generators: no source says whether GPU compute of this size is backed by them; but a grid loss then stops the dry coolers, and rackwerk-cli liquid gigafactory --fail power-ups gives the seconds until the racks reach their coolant limit.</source>
        <translation>- Strom: Netzanschluss mit %1 kV, zwei Stromkreise, jeder für die vereinbarte Anschlussleistung von %2 MW ((n-1)-sicher; VDE-AR-N 4120 [V]; der Standort Lübbenau mit etwa 200 MW ist mit 110 kV angeschlossen [S]); je Seite A und B %3 Transformatoren 110/20 kV mit %4 MVA (N+1) und eine 20-kV-Schaltanlage; je Halle und Seite eine Mittelspannungsschaltanlage, je Reihe und Seite ein Transformator mit %5 kVA, eine Niederspannungsschaltanlage, eine USV mit %6 kW und eine Stromschiene mit %7 kW: 2N, jedes Rack von A und B versorgt. Die CDUs laufen an einer eigenen USV (unterbrechungsfreie Kühlung, Uptime Institute [S]). Die Gebäudetechnik einer Seite (ihre CDUs, Lüfterwände, Kältemaschine und Rückkühlergruppe) wird nur von dieser Seite versorgt; fällt die Seite aus, steht sie still (rackwerk-cli contingency nennt, was stillsteht). Keine Netzersatzanlagen: Keine Quelle sagt, ob GPU-Rechenleistung dieser Größe durch sie abgesichert wird; dann hält aber ein Netzausfall die Rückkühler an, und rackwerk-cli liquid gigafactory --fail power-ups gibt die Sekunden an, bis die Racks ihre Kühlmittelgrenze erreichen.</translation>
    </message>
    <message>
        <source>- A lost side leaves each GB300 rack the power supplies of one feed: %1 of %2 kW (catalogue estimate [E]). The power analysis therefore supports EN 50600 class 2, while the DGX SuperPOD reference architecture asks for class 3 [V], as declared: the bidder confirms how the power shelves are split between the feeds, or accepts the cap.</source>
        <translation>- Fällt eine Seite aus, bleiben jedem GB300-Rack die Netzteile einer Einspeisung: %1 von %2 kW (Schätzung des Katalogs [E]). Die Stromanalyse belegt daher die Klasse 2 nach EN 50600, während die Referenzarchitektur des DGX SuperPOD wie angegeben Klasse 3 verlangt [V]: Der Bieter bestätigt, wie die Power-Shelves auf die Einspeisungen verteilt sind, oder nimmt die Begrenzung hin.</translation>
    </message>
    <message>
        <source>- Declared for the law checks (assumed): start of operation 1 July 2027, the operator runs the data centre itself, no public ownership, connected power %1 MW (the contracted capacity), 100 % renewable electricity (EnEfG § 11(5)), PUE target %2.</source>
        <translation>- Für die Gesetzesprüfungen angegeben (angenommen): Betriebsbeginn 1. Juli 2027, der Betreiber betreibt das Rechenzentrum selbst, kein öffentliches Eigentum, Anschlussleistung %1 MW (die vereinbarte Anschlussleistung), 100 % Strom aus erneuerbaren Energien (§ 11 Abs. 5 EnEfG), PUE-Ziel %2.</translation>
    </message>
    <message>
        <source>EU AI Gigafactory (demo campus)</source>
        <translation>EU-KI-Gigafactory (Demo-Campus)</translation>
    </message>
    <message>
        <source>Germany (site not decided; Munich design climate)</source>
        <translation>Deutschland (Standort nicht entschieden; Auslegungsklima München)</translation>
    </message>
    <message>
        <source>Bidding consortium (assumed)</source>
        <translation>Bieterkonsortium (angenommen)</translation>
    </message>
    <message>
        <source>Hall %1</source>
        <translation>Halle %1</translation>
    </message>
    <message>
        <source>Campus in three phases of halls</source>
        <translation>Campus in drei Ausbaustufen von Hallen</translation>
    </message>
    <message>
        <source>Halls go live in three phases six months apart; mostly training.</source>
        <translation>Die Hallen gehen in drei Ausbaustufen im Abstand von sechs Monaten in Betrieb; überwiegend Training.</translation>
    </message>
    <message>
        <source>Phase %1: %2 of %3 halls</source>
        <translation>Ausbaustufe %1: %2 von %3 Hallen</translation>
    </message>
</context>
<context>
    <name>rw::HallEdits</name>
    <message>
        <source>Hall %1 does not exist.</source>
        <translation>Halle %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Resize hall to %1 x %2 m</source>
        <translation>Hallengröße auf %1 × %2 m ändern</translation>
    </message>
</context>
<context>
    <name>rw::HallOutlineDrag</name>
    <message>
        <source>Hall %1 x %2 m (was %3 x %4 m)</source>
        <translation>Halle %1 × %2 m (bisher %3 × %4 m)</translation>
    </message>
</context>
<context>
    <name>rw::HallOutlineTool</name>
    <message>
        <source>There is no hall to resize.</source>
        <translation>Es gibt keine Halle, deren Größe geändert werden könnte.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The hall was removed while its outline was dragged.</source>
        <translation>Die Halle wurde gelöscht, während ihr Umriss gezogen wurde.</translation>
    </message>
    <message>
        <source>Hall outline</source>
        <translation>Hallenumriss</translation>
    </message>
    <message>
        <source>Drag the hall's east edge, south edge or south-east corner to change its width and depth; Escape cancels the drag</source>
        <translation>Ostkante, Südkante oder Südostecke der Halle ziehen, um ihre Breite und Tiefe zu ändern; Esc bricht das Ziehen ab</translation>
    </message>
</context>
<context>
    <name>rw::HeatMapItem</name>
    <message>
        <source>°C at %1 m</source>
        <translation>°C in %1 m Höhe</translation>
    </message>
</context>
<context>
    <name>rw::HelpDialog</name>
    <message>
        <source>Rackwerk help</source>
        <translation>Rackwerk-Hilfe</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
</context>
<context>
    <name>rw::JsonFields</name>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>ist kein bekanntes Feld</translation>
    </message>
</context>
<context>
    <name>rw::JsonShapeCheck</name>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>muss einer der folgenden Werte sein: %1</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>does not have the required form</source>
        <translation>hat nicht die verlangte Form</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>muss mindestens %1 sein</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>darf höchstens %1 sein</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>must have %1 entries</source>
        <translation>muss %1 Einträge haben</translation>
    </message>
    <message>
        <source>must have %1 to %2 entries</source>
        <translation>muss %1 bis %2 Einträge haben</translation>
    </message>
    <message>
        <source>must have at least %1 entries</source>
        <translation>muss mindestens %1 Einträge haben</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>ist kein bekanntes Feld</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be greater than %1</source>
        <translation>muss größer als %1 sein</translation>
    </message>
</context>
<context>
    <name>rw::LabelEdits</name>
    <message>
        <source>Add label</source>
        <translation>Beschriftung hinzufügen</translation>
    </message>
    <message>
        <source>The label was deleted while its text was edited.</source>
        <translation>Die Beschriftung wurde gelöscht, während ihr Text bearbeitet wurde.</translation>
    </message>
    <message>
        <source>Edit label text</source>
        <translation>Beschriftungstext bearbeiten</translation>
    </message>
</context>
<context>
    <name>rw::LabelTool</name>
    <message>
        <source>Label at %1 m, %2 m</source>
        <translation>Beschriftung bei %1 m, %2 m</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Click to place a text label, type its text, Enter; double-click a label or press F2 to change its text</source>
        <translation>Klicken, um eine Beschriftung zu setzen, Text eingeben, Eingabetaste; Doppelklick auf eine Beschriftung oder F2 ändert ihren Text</translation>
    </message>
</context>
<context>
    <name>rw::Labels</name>
    <message>
        <source>Compute</source>
        <translation>Rechenknoten</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Management</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Stromversorgung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Front to rear</source>
        <translation>Von vorn nach hinten</translation>
    </message>
    <message>
        <source>Rear to front</source>
        <translation>Von hinten nach vorn</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Passiv</translation>
    </message>
    <message>
        <source>Liquid only</source>
        <translation>Nur Flüssigkeit</translation>
    </message>
    <message>
        <source>North</source>
        <translation>Nord</translation>
    </message>
    <message>
        <source>East</source>
        <translation>Ost</translation>
    </message>
    <message>
        <source>South</source>
        <translation>Süd</translation>
    </message>
    <message>
        <source>West</source>
        <translation>West</translation>
    </message>
    <message>
        <source>Raised floor</source>
        <translation>Doppelboden</translation>
    </message>
    <message>
        <source>Slab</source>
        <translation>Betonboden</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Hot aisle</source>
        <translation>Warmgang</translation>
    </message>
    <message>
        <source>Cold aisle</source>
        <translation>Kaltgang</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Luft</translation>
    </message>
    <message>
        <source>Liquid</source>
        <translation>Flüssigkeit</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>CRAH</source>
        <translation>Umluftkühlgerät (CRAH)</translation>
    </message>
    <message>
        <source>Fan wall</source>
        <translation>Lüfterwand</translation>
    </message>
    <message>
        <source>In-row cooler</source>
        <translation>Reihenkühlgerät</translation>
    </message>
    <message>
        <source>Rear-door heat exchanger</source>
        <translation>Rücktür-Wärmetauscher</translation>
    </message>
    <message>
        <source>CDU</source>
        <translation>CDU</translation>
    </message>
    <message>
        <source>Chiller</source>
        <translation>Kältemaschine</translation>
    </message>
    <message>
        <source>Dry cooler</source>
        <translation>Rückkühler</translation>
    </message>
    <message>
        <source>Water heat exchanger</source>
        <translation>Wasser-Wärmetauscher</translation>
    </message>
    <message>
        <source>Utility feed</source>
        <translation>Netzeinspeisung</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Netzersatzanlage</translation>
    </message>
    <message>
        <source>Transformer</source>
        <translation>Transformator</translation>
    </message>
    <message>
        <source>UPS</source>
        <translation>USV</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Schaltanlage</translation>
    </message>
    <message>
        <source>PDU</source>
        <translation>PDU</translation>
    </message>
    <message>
        <source>Busway</source>
        <translation>Stromschiene</translation>
    </message>
    <message>
        <source>RPP</source>
        <translation>RPP</translation>
    </message>
    <message>
        <source>Rack PDU</source>
        <translation>Rack-PDU</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Stütze</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>Hindernis</translation>
    </message>
    <message>
        <source>Perforated tile</source>
        <translation>Lochplatte</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>N+1</source>
        <translation>N+1</translation>
    </message>
    <message>
        <source>N+2</source>
        <translation>N+2</translation>
    </message>
    <message>
        <source>2N</source>
        <translation>2N</translation>
    </message>
    <message>
        <source>Distributed redundant</source>
        <translation>Verteilt redundant</translation>
    </message>
    <message>
        <source>Engine: CUDA (%1)</source>
        <translation>Rechenkern: CUDA (%1)</translation>
    </message>
    <message>
        <source>Engine: CPU (no NVIDIA driver for CUDA)</source>
        <translation>Rechenkern: CPU (kein NVIDIA-Treiber für CUDA)</translation>
    </message>
    <message>
        <source>Engine: CPU (no CUDA GPU found)</source>
        <translation>Rechenkern: CPU (keine CUDA-fähige GPU gefunden)</translation>
    </message>
    <message>
        <source>Engine: CPU (the GPU could not be queried)</source>
        <translation>Rechenkern: CPU (die GPU konnte nicht abgefragt werden)</translation>
    </message>
    <message>
        <source>Engine: CPU (built without CUDA)</source>
        <translation>Rechenkern: CPU (ohne CUDA erstellt)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No side</source>
        <comment>power node not on side A or B</comment>
        <translation>Keine Seite</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Gerätetyp</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Halle</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Rack</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Cooling unit</source>
        <translation>Kühlgerät</translation>
    </message>
    <message>
        <source>Power node</source>
        <translation>Stromversorgungsknoten</translation>
    </message>
    <message>
        <source>Power link</source>
        <translation>Stromverbindung</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>In-row</source>
        <comment>short, inside a drawn shape</comment>
        <translation>Reihenkühler</translation>
    </message>
    <message>
        <source>Rear door</source>
        <comment>short, inside a drawn shape</comment>
        <translation>Rücktür</translation>
    </message>
    <message>
        <source>Heat exchanger</source>
        <comment>short, inside a drawn shape</comment>
        <translation>Wärmetauscher</translation>
    </message>
    <message>
        <source>Transformer</source>
        <comment>short, inside a drawn shape</comment>
        <translation>Trafo</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <comment>short, inside a drawn shape</comment>
        <translation>Schaltanlage</translation>
    </message>
    <message>
        <source>Generator</source>
        <comment>short, inside a drawn shape</comment>
        <translation>NEA</translation>
    </message>
    <message>
        <source>CRAH</source>
        <comment>short, inside a drawn shape</comment>
        <translation>CRAH</translation>
    </message>
    <message>
        <source>Data centre operator</source>
        <translation>Betreiber eines Rechenzentrums</translation>
    </message>
    <message>
        <source>Data centre operator with colocation</source>
        <translation>Betreiber eines Colocation-Rechenzentrums</translation>
    </message>
    <message>
        <source>IT operator</source>
        <translation>Betreiber von Informationstechnik</translation>
    </message>
    <message>
        <source>Facility water system</source>
        <translation>Gebäudekühlwassersystem</translation>
    </message>
    <message>
        <source>Technology cooling loop</source>
        <translation>Technikkühlkreis</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <source>PG25 (25 % propylene glycol)</source>
        <translation>PG25 (25 % Propylenglykol)</translation>
    </message>
    <message>
        <source>Cooling tower</source>
        <translation>Kühlturm</translation>
    </message>
    <message>
        <source>Heat reuse exchanger</source>
        <translation>Wärmeübertrager zur Abwärmenutzung</translation>
    </message>
    <message>
        <source>Coolant loop</source>
        <translation>Kühlmittelkreis</translation>
    </message>
    <message>
        <source>Heat-rejection stage</source>
        <translation>Rückkühlstufe</translation>
    </message>
    <message>
        <source>Rack on a coolant loop</source>
        <translation>Rack an einem Kühlmittelkreis</translation>
    </message>
    <message>
        <source>Hourly CSV</source>
        <translation>Stündliche CSV-Datei</translation>
    </message>
    <message>
        <source>EnergyPlus weather file (EPW)</source>
        <translation>EnergyPlus-Wetterdatei (EPW)</translation>
    </message>
    <message>
        <source>DWD test reference year</source>
        <translation>DWD-Testreferenzjahr</translation>
    </message>
    <message>
        <source>DXF drawing</source>
        <translation>DXF-Zeichnung</translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>JPEG picture</source>
        <translation>JPEG-Bild</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Wetter</translation>
    </message>
    <message>
        <source>CAD underlay</source>
        <translation>CAD-Planunterlage</translation>
    </message>
    <message>
        <source>AC</source>
        <translation>Wechselstrom</translation>
    </message>
    <message>
        <source>800 V DC</source>
        <translation>800 V DC</translation>
    </message>
    <message>
        <source>AC or 800 V DC</source>
        <translation>Wechselstrom oder 800 V DC</translation>
    </message>
    <message>
        <source>Rectifier (MV AC to 800 V DC)</source>
        <translation>Gleichrichter (Mittelspannung AC auf 800 V DC)</translation>
    </message>
    <message>
        <source>800 V DC busway</source>
        <translation>800-V-DC-Stromschiene</translation>
    </message>
    <message>
        <source>Rectifier</source>
        <comment>short, inside a drawn shape</comment>
        <translation>Gleichrichter</translation>
    </message>
    <message>
        <source>DC busway</source>
        <comment>short, inside a drawn shape</comment>
        <translation>DC-Schiene</translation>
    </message>
</context>
<context>
    <name>rw::LayoutChecks</name>
    <message>
        <source>Rack %1 stands outside hall %2.</source>
        <translation>Rack %1 steht außerhalb von Halle %2.</translation>
    </message>
    <message>
        <source>Rack %1 overlaps %2.</source>
        <translation>Rack %1 überschneidet sich mit %2.</translation>
    </message>
    <message>
        <source>Rack %1: only %2 m from its front to the hall's wall, less than the minimum aisle of %3 m.</source>
        <translation>Rack %1: nur %2 m von der Front bis zur Hallenwand, weniger als die Mindestgangbreite von %3 m.</translation>
    </message>
    <message>
        <source>Rack %1: only %2 m from its rear to the hall's wall, less than the minimum aisle of %3 m.</source>
        <translation>Rack %1: nur %2 m von der Rückseite bis zur Hallenwand, weniger als die Mindestgangbreite von %3 m.</translation>
    </message>
    <message>
        <source>Rack %1: the aisle in front is %2 m wide (to %3), less than the minimum of %4 m.</source>
        <translation>Rack %1: der Gang vor der Front ist %2 m breit (bis %3), weniger als das Minimum von %4 m.</translation>
    </message>
    <message>
        <source>Rack %1: the aisle behind is %2 m wide (to %3), less than the minimum of %4 m.</source>
        <translation>Rack %1: der Gang hinter der Rückseite ist %2 m breit (bis %3), weniger als das Minimum von %4 m.</translation>
    </message>
    <message>
        <source>Cooling unit %1 stands outside hall %2: it does not cool the hall and is not counted in its cooling budget.</source>
        <translation>Kühlgerät %1 steht außerhalb von Halle %2: Es kühlt die Halle nicht und zählt nicht zu ihrem Kühlbudget.</translation>
    </message>
    <message>
        <source>%1 at %2 m, %3 m lies outside hall %4.</source>
        <translation>%1 bei %2 m, %3 m liegt außerhalb von Halle %4.</translation>
    </message>
    <message>
        <source>Power node %1 stands outside hall %2.</source>
        <translation>Stromversorgungsknoten %1 steht außerhalb von Halle %2.</translation>
    </message>
</context>
<context>
    <name>rw::LiquidAnalysis</name>
    <message>
        <source>Node "%1" has no path to an expansion tank of its loop.</source>
        <translation>Knoten „%1“ hat keinen Weg zu einem Ausdehnungsgefäß seines Kreises.</translation>
    </message>
    <message>
        <source>The pumps "%1" cannot deliver any flow (dead-head).</source>
        <translation>Die Pumpen „%1“ können keinen Durchfluss fördern (gegen geschlossenen Schieber).</translation>
    </message>
    <message>
        <source>Link "%1": the coolant temperature lies outside the property tables.</source>
        <translation>Verbindung „%1“: Die Kühlmitteltemperatur liegt außerhalb der Stoffwerttabellen.</translation>
    </message>
    <message>
        <source>The flows of the liquid network did not converge.</source>
        <translation>Die Durchflüsse des Flüssigkeitsnetzes konvergierten nicht.</translation>
    </message>
    <message>
        <source>Link "%1" is not a valid pipe, resistance or pump.</source>
        <translation>Verbindung „%1“ ist kein gültiges Rohr, kein gültiger Widerstand und keine gültige Pumpe.</translation>
    </message>
    <message>
        <source>The liquid network is not valid (element %1).</source>
        <translation>Das Flüssigkeitsnetz ist ungültig (Element %1).</translation>
    </message>
    <message>
        <source>No steady state: the racks' heat exceeds what the CDUs or the heat rejection can take.</source>
        <translation>Kein stationärer Zustand: Die Wärme der Racks übersteigt, was die CDUs oder die Rückkühlung abführen können.</translation>
    </message>
    <message>
        <source>Rack %1 is short of flow: %2 of %3 L/min.</source>
        <translation>Rack %1 erhält zu wenig Durchfluss: %2 von %3 l/min.</translation>
    </message>
    <message>
        <source>Rack %1 gets coolant at %2 °C, above its limit of %3 °C.</source>
        <translation>Rack %1 erhält Kühlmittel mit %2 °C, über seinem Grenzwert von %3 °C.</translation>
    </message>
    <message>
        <source>Rack %1 returns coolant at %2 °C, above its limit of %3 °C.</source>
        <translation>Rack %1 gibt Kühlmittel mit %2 °C zurück, über seinem Grenzwert von %3 °C.</translation>
    </message>
    <message>
        <source>CDU %1 runs at its capacity of %2 kW.</source>
        <translation>CDU %1 läuft an ihrer Leistungsgrenze von %2 kW.</translation>
    </message>
    <message>
        <source>Heat-rejection unit %1 runs at its capacity of %2 kW.</source>
        <translation>Rückkühlgerät %1 läuft an seiner Leistungsgrenze von %2 kW.</translation>
    </message>
    <message>
        <source>Rack %1: %2 L/min, supply %3 °C, return %4 °C</source>
        <translation>Rack %1: %2 l/min, Vorlauf %3 °C, Rücklauf %4 °C</translation>
    </message>
    <message>
        <source>none (no flow)</source>
        <translation>keiner (kein Durchfluss)</translation>
    </message>
    <message>
        <source>CDU %1: %2 of %3 kW, supply %4 °C</source>
        <translation>CDU %1: %2 von %3 kW, Vorlauf %4 °C</translation>
    </message>
    <message>
        <source>Heat rejection %1: %2 of %3 kW, leaving at %4 °C</source>
        <translation>Rückkühlung %1: %2 von %3 kW, Austritt mit %4 °C</translation>
    </message>
    <message>
        <source>Findings: none.</source>
        <translation>Befunde: keine.</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Befunde:</translation>
    </message>
    <message>
        <source>Failure of %1: the flows could not be solved.</source>
        <translation>Ausfall von %1: Die Durchflüsse ließen sich nicht berechnen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>pumps coasting down: %1</source>
        <translation>auslaufende Pumpen: %1</translation>
    </message>
    <message>
        <source>CDUs stopped: %1</source>
        <translation>ausgefallene CDUs: %1</translation>
    </message>
    <message>
        <source>heat rejection stopped: %1</source>
        <translation>ausgefallene Rückkühlung: %1</translation>
    </message>
    <message>
        <source>CDUs without facility water: %1</source>
        <translation>CDUs ohne Gebäudekühlwasser: %1</translation>
    </message>
    <message>
        <source>after %1 s</source>
        <translation>nach %1 s</translation>
    </message>
    <message>
        <source>not within %1 s</source>
        <translation>nicht innerhalb von %1 s</translation>
    </message>
    <message>
        <source>--fail names no running pump set, CDU (or CDU%1), heat-rejection unit or power node of the case, nor %2 or %3: "%4".</source>
        <translation>--fail nennt weder einen laufenden Pumpensatz, eine CDU (oder CDU%1), ein Rückkühlgerät oder einen Knoten der Stromversorgung des Falls noch %2 oder %3: „%4“.</translation>
    </message>
    <message>
        <source>Power failure %1: the GPUs of rack %2 must throttle after %3 s (coolant in the rack above %4 °C).</source>
        <translation>Stromausfall %1: Die GPUs von Rack %2 müssen nach %3 s drosseln (Kühlmittel im Rack über %4 °C).</translation>
    </message>
    <message>
        <source>Failure of %1: racks losing flow %2, racks over a limit %3</source>
        <translation>Ausfall von %1: Racks ohne ausreichenden Durchfluss %2, Racks über einem Grenzwert %3</translation>
    </message>
    <message>
        <source>after %1 s (rack %2)</source>
        <translation>nach %1 s (Rack %2)</translation>
    </message>
    <message>
        <source>First supply over its limit: %1; first GPUs to throttle: %2</source>
        <translation>Erster Vorlauf über seinem Grenzwert: %1; erste GPUs, die drosseln müssen: %2</translation>
    </message>
    <message>
        <source>Rack %1: supply over its limit %2, GPUs throttle %3</source>
        <translation>Rack %1: Vorlauf über seinem Grenzwert %2, GPUs drosseln %3</translation>
    </message>
    <message>
        <source>a standby pump starts after %1 s: the flow dips until then and recovers</source>
        <translation>eine Reservepumpe läuft nach %1 s an: Der Durchfluss sinkt bis dahin und erholt sich dann</translation>
    </message>
</context>
<context>
    <name>rw::LiquidBudget</name>
    <message>
        <source>Liquid budgets:</source>
        <translation>Bilanzen der Flüssigkeitskühlung:</translation>
    </message>
    <message>
        <source>N+1 holds</source>
        <translation>N+1 erfüllt</translation>
    </message>
    <message>
        <source>N+1 does NOT hold</source>
        <translation>N+1 NICHT erfüllt</translation>
    </message>
    <message numerus="yes">
        <source>  %1: heat rejection %2 of %3 kW, %4 kW without the largest unit (%5); %6 L/min from %n pump(s), %7</source>
        <translation>
            <numerusform>  %1: Rückkühlung %2 von %3 kW, %4 kW ohne das größte Gerät (%5); %6 l/min aus %n Pumpe, %7</numerusform>
            <numerusform>  %1: Rückkühlung %2 von %3 kW, %4 kW ohne das größte Gerät (%5); %6 l/min aus %n Pumpen, %7</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1: racks %2 kW to liquid, CDU %3 kW; flow %4 of %5 L/min needed from %n pump(s), %6</source>
        <translation>
            <numerusform>  %1: Racks %2 kW an die Flüssigkeit, CDU %3 kW; Durchfluss %4 von %5 l/min benötigt aus %n Pumpe, %6</numerusform>
            <numerusform>  %1: Racks %2 kW an die Flüssigkeit, CDU %3 kW; Durchfluss %4 von %5 l/min benötigt aus %n Pumpen, %6</numerusform>
        </translation>
    </message>
    <message>
        <source>    Rack %1: flow margin %2 % (%3 of %4 L/min)</source>
        <translation>    Rack %1: Durchflussreserve %2 % (%3 von %4 l/min)</translation>
    </message>
    <message>
        <source>    Rack %1: needs no flow</source>
        <translation>    Rack %1: braucht keinen Durchfluss</translation>
    </message>
</context>
<context>
    <name>rw::LiquidCaseBuilder</name>
    <message>
        <source>The plan has no coolant loops.</source>
        <translation>Der Plan hat keine Kühlmittelkreise.</translation>
    </message>
    <message>
        <source>Coolant loop %1 has no racks.</source>
        <translation>Kühlmittelkreis %1 hat keine Racks.</translation>
    </message>
    <message>
        <source>Facility water system %1 feeds no CDU.</source>
        <translation>Gebäudekühlwassersystem %1 versorgt keine CDU.</translation>
    </message>
</context>
<context>
    <name>rw::LiquidCaseJson</name>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>is not part of the format</source>
        <translation>gehört nicht zum Format</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>muss größer als 0 sein</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>names nothing defined: "%1"</source>
        <translation>nennt nichts Definiertes: „%1“</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>repeats the id "%1"</source>
        <translation>wiederholt die Kennung „%1“</translation>
    </message>
    <message>
        <source>must differ from "from"</source>
        <translation>muss sich von „from“ unterscheiden</translation>
    </message>
    <message>
        <source>must be below the shut-off pressure</source>
        <translation>muss unter dem Nullförderdruck liegen</translation>
    </message>
    <message>
        <source>must be a whole number of pumps up to 64</source>
        <translation>muss eine ganze Zahl von Pumpen bis 64 sein</translation>
    </message>
    <message>
        <source>must be pipe, resistance or pump</source>
        <translation>muss pipe, resistance oder pump sein</translation>
    </message>
    <message>
        <source>The liquid case is not valid JSON (%1).</source>
        <translation>Der Flüssigkeitsfall ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>The file is not a Rackwerk liquid case.</source>
        <translation>Die Datei ist kein Rackwerk-Flüssigkeitsfall.</translation>
    </message>
    <message>
        <source>The liquid case has version %1; this Rackwerk reads version %2.</source>
        <translation>Der Flüssigkeitsfall hat die Version %1; dieses Rackwerk liest Version %2.</translation>
    </message>
    <message>
        <source>must be water or pg25</source>
        <translation>muss water oder pg25 sein</translation>
    </message>
    <message>
        <source>must lie between %1 and %2 °C for this coolant</source>
        <translation>muss für dieses Kühlmittel zwischen %1 und %2 °C liegen</translation>
    </message>
    <message>
        <source>lies in another loop than "from"</source>
        <translation>liegt in einem anderen Kreis als „from“</translation>
    </message>
    <message>
        <source>lies in the same loop as the secondary side</source>
        <translation>liegt im selben Kreis wie die Sekundärseite</translation>
    </message>
    <message>
        <source>is not a pump: "%1"</source>
        <translation>ist keine Pumpe: „%1“</translation>
    </message>
    <message>
        <source>must be dry-cooler, chiller, cooling-tower or heat-reuse</source>
        <translation>muss dry-cooler, chiller, cooling-tower oder heat-reuse sein</translation>
    </message>
</context>
<context>
    <name>rw::LiquidChecks</name>
    <message>
        <source>A coolant loop needs a name.</source>
        <translation>Ein Kühlmittelkreis braucht einen Namen.</translation>
    </message>
    <message>
        <source>Coolant loop %1: the pump's rated pressure must be below its shut-off pressure.</source>
        <translation>Kühlmittelkreis %1: Der Nenndruck der Pumpe muss unter ihrem Nullförderdruck liegen.</translation>
    </message>
    <message>
        <source>Coolant loop %1: a facility water system has no CDU and no facility loop of its own.</source>
        <translation>Kühlmittelkreis %1: Ein Gebäudekühlwassersystem hat keine CDU und keinen eigenen Gebäudekühlwasserkreis.</translation>
    </message>
    <message>
        <source>Coolant loop %1 still has racks.</source>
        <translation>Kühlmittelkreis %1 hat noch Racks.</translation>
    </message>
    <message>
        <source>Coolant loop %1: its CDU must be a cooling unit of kind CDU.</source>
        <translation>Kühlmittelkreis %1: Seine CDU muss ein Kühlgerät der Art CDU sein.</translation>
    </message>
    <message>
        <source>Coolant loop %1: CDU %2 serves loop %3 already.</source>
        <translation>Kühlmittelkreis %1: CDU %2 versorgt bereits den Kreis %3.</translation>
    </message>
    <message>
        <source>Coolant loop %1: its facility loop must be a facility water system.</source>
        <translation>Kühlmittelkreis %1: Sein Primärkreis muss ein Gebäudekühlwassersystem sein.</translation>
    </message>
    <message>
        <source>Coolant loop %1 still has heat-rejection stages.</source>
        <translation>Kühlmittelkreis %1 hat noch Rückkühlstufen.</translation>
    </message>
    <message>
        <source>Coolant loop %1 still feeds CDU loop %2.</source>
        <translation>Kühlmittelkreis %1 versorgt noch den CDU-Kreis %2.</translation>
    </message>
    <message>
        <source>Heat-rejection stage %1: its loop must be a facility water system.</source>
        <translation>Rückkühlstufe %1: Ihr Kreis muss ein Gebäudekühlwassersystem sein.</translation>
    </message>
    <message>
        <source>Heat-rejection stage %1: its cooling unit does not exist.</source>
        <translation>Rückkühlstufe %1: Ihr Kühlgerät existiert nicht.</translation>
    </message>
    <message>
        <source>Cooling unit %1 rejects no heat from facility water: a stage is a chiller, a dry cooler or a water heat exchanger.</source>
        <translation>Kühlgerät %1 führt keine Wärme aus dem Gebäudekühlwasser ab: Eine Stufe ist eine Kältemaschine, ein Rückkühler oder ein Wasser-Wärmetauscher.</translation>
    </message>
    <message>
        <source>Cooling unit %1 is a heat-rejection stage already.</source>
        <translation>Kühlgerät %1 ist bereits eine Rückkühlstufe.</translation>
    </message>
    <message>
        <source>Coolant loop %1 has a stage %2 already.</source>
        <translation>Kühlmittelkreis %1 hat bereits eine Stufe %2.</translation>
    </message>
    <message>
        <source>A rack on a coolant loop does not exist.</source>
        <translation>Ein Rack an einem Kühlmittelkreis existiert nicht.</translation>
    </message>
    <message>
        <source>Rack %1: its coolant loop must be a CDU's technology loop.</source>
        <translation>Rack %1: Sein Kühlmittelkreis muss der Technikkühlkreis einer CDU sein.</translation>
    </message>
    <message>
        <source>Rack %1: the coolant return limit must be above the inlet limit.</source>
        <translation>Rack %1: Der Grenzwert des Kühlmittelrücklaufs muss über dem des Vorlaufs liegen.</translation>
    </message>
    <message>
        <source>Rack %1 is on a coolant loop already.</source>
        <translation>Rack %1 hängt bereits an einem Kühlmittelkreis.</translation>
    </message>
</context>
<context>
    <name>rw::LiquidDefaults</name>
    <message>
        <source>TCS %1</source>
        <translation>TCS %1</translation>
    </message>
    <message>
        <source>TCS</source>
        <translation>TCS</translation>
    </message>
    <message>
        <source>Facility water</source>
        <translation>Gebäudekühlwasser</translation>
    </message>
</context>
<context>
    <name>rw::LiquidEdits</name>
    <message>
        <source>Add coolant loop %1</source>
        <translation>Kühlmittelkreis %1 hinzufügen</translation>
    </message>
    <message>
        <source>The coolant loop does not exist.</source>
        <translation>Der Kühlmittelkreis existiert nicht.</translation>
    </message>
    <message>
        <source>Edit coolant loop %1</source>
        <translation>Kühlmittelkreis %1 bearbeiten</translation>
    </message>
    <message>
        <source>%1 feeds the CDU loop %2; connect it elsewhere first.</source>
        <translation>%1 versorgt den CDU-Kreis %2; schließen Sie diesen zuerst anders an.</translation>
    </message>
    <message>
        <source>Remove coolant loop %1</source>
        <translation>Kühlmittelkreis %1 entfernen</translation>
    </message>
    <message>
        <source>Add heat-rejection stage</source>
        <translation>Rückkühlstufe hinzufügen</translation>
    </message>
    <message>
        <source>The heat-rejection stage does not exist.</source>
        <translation>Die Rückkühlstufe existiert nicht.</translation>
    </message>
    <message>
        <source>Edit heat-rejection stage</source>
        <translation>Rückkühlstufe bearbeiten</translation>
    </message>
    <message>
        <source>Remove heat-rejection stage</source>
        <translation>Rückkühlstufe entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Put %n rack(s) on %1</source>
        <translation>
            <numerusform>%n Rack an %1 anschließen</numerusform>
            <numerusform>%n Racks an %1 anschließen</numerusform>
        </translation>
    </message>
    <message>
        <source>Rack %1 does not exist.</source>
        <translation>Rack %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The rack is not on that coolant loop.</source>
        <translation>Das Rack hängt nicht an diesem Kühlmittelkreis.</translation>
    </message>
    <message>
        <source>Edit rack on coolant loop</source>
        <translation>Rack am Kühlmittelkreis bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Take %n rack(s) off their coolant loop</source>
        <translation>
            <numerusform>%n Rack vom Kühlmittelkreis trennen</numerusform>
            <numerusform>%n Racks vom Kühlmittelkreis trennen</numerusform>
        </translation>
    </message>
    <message>
        <source>it is the CDU of coolant loop %1</source>
        <translation>es ist die CDU des Kühlmittelkreises %1</translation>
    </message>
    <message>
        <source>it is a heat-rejection stage of coolant loop %1</source>
        <translation>es ist eine Rückkühlstufe des Kühlmittelkreises %1</translation>
    </message>
</context>
<context>
    <name>rw::LiquidFindings</name>
    <message>
        <source>The coolant loops have no steady state: the racks' heat exceeds what the CDUs or the heat rejection can take.</source>
        <translation>Die Kühlmittelkreise haben keinen stationären Zustand: Die Wärme der Racks übersteigt, was die CDUs oder die Rückkühlung abführen können.</translation>
    </message>
    <message>
        <source>The coolant loops could not be solved: run rackwerk-cli liquid for the reason.</source>
        <translation>Die Kühlmittelkreise ließen sich nicht berechnen: rackwerk-cli liquid nennt den Grund.</translation>
    </message>
    <message>
        <source>Rack %1 is short of coolant: %2 of %3 L/min.</source>
        <translation>Rack %1 erhält zu wenig Kühlmittel: %2 von %3 l/min.</translation>
    </message>
    <message>
        <source>Rack %1 gets coolant at %2 °C, above its limit of %3 °C.</source>
        <translation>Rack %1 erhält Kühlmittel mit %2 °C, über seinem Grenzwert von %3 °C.</translation>
    </message>
    <message>
        <source>Rack %1 returns coolant at %2 °C, above its limit of %3 °C.</source>
        <translation>Rack %1 gibt Kühlmittel mit %2 °C zurück, über seinem Grenzwert von %3 °C.</translation>
    </message>
    <message>
        <source>The pumps of %1 are not on UPS: after a utility power loss the GPUs of rack %2 must throttle after %3 s (continuous cooling is recommended above 4 kW per rack).</source>
        <translation>Die Pumpen von %1 hängen nicht an einer USV: Nach einem Ausfall der Netzversorgung müssen die GPUs von Rack %2 nach %3 s drosseln (unterbrechungsfreie Kühlung wird ab 4 kW je Rack empfohlen).</translation>
    </message>
</context>
<context>
    <name>rw::LiquidMenu</name>
    <message>
        <source>&amp;Liquid cooling</source>
        <translation>&amp;Flüssigkeitskühlung</translation>
    </message>
    <message>
        <source>New &amp;CDU loop...</source>
        <translation>Neuer &amp;CDU-Kreis...</translation>
    </message>
    <message>
        <source>A CDU's technology cooling loop: headers, pump set, the CDU's heat exchanger</source>
        <translation>Der Technikkühlkreis einer CDU: Hauptleitungen, Pumpengruppe, Wärmetauscher der CDU</translation>
    </message>
    <message>
        <source>New &amp;facility water system...</source>
        <translation>Neues &amp;Gebäudekühlwassersystem...</translation>
    </message>
    <message>
        <source>The facility water that takes the CDUs' heat to chillers, dry coolers or heat reuse</source>
        <translation>Das Gebäudekühlwasser, das die Wärme der CDUs zu Kältemaschinen, Rückkühlern oder zur Wärmenutzung bringt</translation>
    </message>
    <message>
        <source>New heat-rejection &amp;stage...</source>
        <translation>Neue &amp;Rückkühlstufe...</translation>
    </message>
    <message>
        <source>A chiller, dry cooler or water heat exchanger cooling a facility water system</source>
        <translation>Eine Kältemaschine, ein Rückkühler oder ein Wasser-Wärmetauscher, der ein Gebäudekühlwassersystem kühlt</translation>
    </message>
    <message>
        <source>&amp;Edit coolant loop</source>
        <translation>Kühlmittelkreis &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Put selected racks on a loop...</source>
        <translation>Ausgewählte Racks an einen Kreis &amp;anschließen...</translation>
    </message>
    <message>
        <source>Connect the racks selected on the floor plan to a CDU's technology loop</source>
        <translation>Die im Grundriss ausgewählten Racks an den Technikkühlkreis einer CDU anschließen</translation>
    </message>
    <message>
        <source>&amp;Take selected racks off their loop</source>
        <translation>Ausgewählte Racks vom Kreis &amp;trennen</translation>
    </message>
    <message>
        <source>&amp;Remove coolant loop</source>
        <translation>Kühlmittelkreis &amp;entfernen</translation>
    </message>
    <message>
        <source>The plan is open read-only.</source>
        <translation>Der Plan ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Coolant loop not added</source>
        <translation>Kühlmittelkreis nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Coolant loop not changed</source>
        <translation>Kühlmittelkreis nicht geändert</translation>
    </message>
    <message>
        <source>Every technology loop belongs to a CDU, and the plan has no CDU without a loop: place a cooling unit of kind CDU first.</source>
        <translation>Jeder Technikkühlkreis gehört zu einer CDU, und der Plan hat keine CDU ohne Kreis: Zuerst ein Kühlgerät der Art CDU aufstellen.</translation>
    </message>
    <message>
        <source>Heat-rejection stage not added</source>
        <translation>Rückkühlstufe nicht hinzugefügt</translation>
    </message>
    <message>
        <source>A heat-rejection stage cools a facility water system: create one first.</source>
        <translation>Eine Rückkühlstufe kühlt ein Gebäudekühlwassersystem: Zuerst eines anlegen.</translation>
    </message>
    <message>
        <source>The plan has no chiller, dry cooler or water heat exchanger that is not a stage already.</source>
        <translation>Der Plan hat keine Kältemaschine, keinen Rückkühler und keinen Wasser-Wärmetauscher, der nicht schon eine Stufe ist.</translation>
    </message>
    <message>
        <source>Coolant loop not removed</source>
        <translation>Kühlmittelkreis nicht entfernt</translation>
    </message>
    <message>
        <source>Racks not put on a loop</source>
        <translation>Racks nicht an einen Kreis angeschlossen</translation>
    </message>
    <message>
        <source>Select the racks on the floor plan first.</source>
        <translation>Zuerst die Racks im Grundriss auswählen.</translation>
    </message>
    <message>
        <source>The plan has no CDU loop yet: create one first (%1).</source>
        <translation>Der Plan hat noch keinen CDU-Kreis: Zuerst einen anlegen (%1).</translation>
    </message>
    <message>
        <source>Racks not taken off their loop</source>
        <translation>Racks nicht vom Kreis getrennt</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings it back.</source>
        <translation>Bearbeiten &gt; Rückgängig stellt es wieder her.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Heat-rejection stage not changed</source>
        <translation>Rückkühlstufe nicht geändert</translation>
    </message>
    <message>
        <source>Remove the coolant loop %1?</source>
        <translation>Den Kühlmittelkreis %1 entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n heat-rejection stage(s) go with it.</source>
        <translation>
            <numerusform>Seine %n Rückkühlstufe wird mit entfernt.</numerusform>
            <numerusform>Seine %n Rückkühlstufen werden mit entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s) are taken off it.</source>
        <translation>
            <numerusform>%n Rack wird von ihm getrennt.</numerusform>
            <numerusform>%n Racks werden von ihm getrennt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Heat-rejection stage not removed</source>
        <translation>Rückkühlstufe nicht entfernt</translation>
    </message>
    <message>
        <source>Remove the heat-rejection stage %1 from %2? The cooling unit stays in the hall.</source>
        <translation>Die Rückkühlstufe %1 aus %2 entfernen? Das Kühlgerät bleibt in der Halle.</translation>
    </message>
</context>
<context>
    <name>rw::LiquidPanel</name>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show all coolant loops</source>
        <translation>Alle Kühlmittelkreise anzeigen</translation>
    </message>
    <message>
        <source>Steady state at design load, from the heat rejection (left) to the racks (right). &lt;span style='color:#2e7d32'&gt;Green&lt;/span&gt;: fine; &lt;span style='color:#ef6c00'&gt;orange&lt;/span&gt;: thin or without redundancy (flow less than 10 % above need, N+1 of the pumps or of the heat rejection lost); &lt;span style='color:#c62828'&gt;red&lt;/span&gt;: short of flow or capacity, or coolant over a limit; grey: not solved.</source>
        <translation>Beharrungszustand bei Auslegungslast, von der Rückkühlung (links) bis zu den Racks (rechts). &lt;span style='color:#2e7d32'&gt;Grün&lt;/span&gt;: in Ordnung; &lt;span style='color:#ef6c00'&gt;orange&lt;/span&gt;: knapp oder ohne Redundanz (Durchfluss weniger als 10 % über Bedarf, N+1 der Pumpen oder der Rückkühlung verloren); &lt;span style='color:#c62828'&gt;rot&lt;/span&gt;: zu wenig Durchfluss oder Leistung oder Kühlmittel über einem Grenzwert; grau: nicht berechnet.</translation>
    </message>
    <message>
        <source>The plan is open read-only: the coolant loops cannot be changed.</source>
        <translation>Der Plan ist schreibgeschützt geöffnet: Die Kühlmittelkreise können nicht geändert werden.</translation>
    </message>
    <message>
        <source>Select one coolant loop or heat-rejection stage to remove it.</source>
        <translation>Wählen Sie einen einzelnen Kühlmittelkreis oder eine einzelne Rückkühlstufe aus, um sie zu entfernen.</translation>
    </message>
    <message>
        <source>The plan is open read-only.</source>
        <translation>Der Plan ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>&amp;Edit heat-rejection stage...</source>
        <translation>Rückkühlstufe &amp;bearbeiten...</translation>
    </message>
    <message>
        <source>&amp;Remove heat-rejection stage</source>
        <translation>Rückkühlstufe &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Edit facility water system...</source>
        <translation>Gebäudekühlwassersystem &amp;bearbeiten...</translation>
    </message>
    <message>
        <source>&amp;Edit CDU loop...</source>
        <translation>CDU-Kreis &amp;bearbeiten...</translation>
    </message>
    <message>
        <source>Add a heat-rejection &amp;stage to this system...</source>
        <translation>Diesem System eine Rückkühl&amp;stufe hinzufügen...</translation>
    </message>
    <message>
        <source>New &amp;CDU loop on this system...</source>
        <translation>Neuer &amp;CDU-Kreis an diesem System...</translation>
    </message>
    <message>
        <source>&amp;Put the floor plan's selected racks on this loop...</source>
        <translation>Die im Grundriss ausgewählten Racks an diesen Kreis &amp;anschließen...</translation>
    </message>
    <message>
        <source>Select racks on the floor plan first</source>
        <translation>Wählen Sie zuerst Racks im Grundriss aus</translation>
    </message>
    <message>
        <source>&amp;Remove facility water system</source>
        <translation>Gebäudekühlwassersystem &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Remove CDU loop</source>
        <translation>CDU-Kreis &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Take the rack off its loop</source>
        <translation>Rack vom Kreis &amp;trennen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit the selected heat-rejection stage or coolant loop (%1, or double-click it)</source>
        <translation>Die ausgewählte Rückkühlstufe oder den ausgewählten Kühlmittelkreis bearbeiten (%1 oder Doppelklick)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected stage or loop, or take the selected racks off their loop (%1)</source>
        <translation>Die ausgewählte Stufe oder den ausgewählten Kreis entfernen oder die ausgewählten Racks von ihrem Kreis trennen (%1)</translation>
    </message>
    <message>
        <source>Mouse wheel: zoom; middle button or Space + drag: pan; click a rack or a CDU loop: the floor plan selects its racks; double-click a stage or loop: edit it; right-click: what it offers</source>
        <translation>Mausrad: zoomen; mittlere Taste oder Leertaste + Ziehen: verschieben; Klick auf ein Rack oder einen CDU-Kreis: Der Grundriss wählt seine Racks aus; Doppelklick auf eine Stufe oder einen Kreis: sie bearbeiten; Rechtsklick: weitere Befehle</translation>
    </message>
</context>
<context>
    <name>rw::LiquidYearSummary</name>
    <message>
        <source>The coolant loops have no steady state at design load; the weather year is not run.</source>
        <translation>Die Kühlmittelkreise haben bei Auslegungslast keinen stationären Zustand; das Wetterjahr wird nicht gerechnet.</translation>
    </message>
    <message>
        <source>The weather year could not be run: the heat-rejection stages do not match the loops.</source>
        <translation>Das Wetterjahr ließ sich nicht rechnen: Die Rückkühlstufen passen nicht zu den Kreisen.</translation>
    </message>
    <message>
        <source>Weather year: %1</source>
        <translation>Wetterjahr: %1</translation>
    </message>
    <message>
        <source>Heat to liquid at design load: %1 MWh</source>
        <translation>Wärme an die Flüssigkeit bei Auslegungslast: %1 MWh</translation>
    </message>
    <message>
        <source>Heat rejection: %1 MWh electric (fans %2 MWh, compressors %3 MWh); pumps %4 MWh</source>
        <translation>Rückkühlung: %1 MWh elektrisch (Ventilatoren %2 MWh, Verdichter %3 MWh); Pumpen %4 MWh</translation>
    </message>
    <message>
        <source>Cooling energy per unit of liquid heat: %1</source>
        <translation>Kühlenergie je Einheit Wärme an die Flüssigkeit: %1</translation>
    </message>
    <message>
        <source>Cooling-tower water: %1 m³ (%2 L per kWh of liquid heat)</source>
        <translation>Wasser der Kühltürme: %1 m³ (%2 l je kWh Wärme an die Flüssigkeit)</translation>
    </message>
    <message>
        <source>Heat delivered to reuse: %1 MWh (%2 % of the liquid heat)</source>
        <translation>An die Wärmenutzung abgegebene Wärme: %1 MWh (%2 % der Wärme an die Flüssigkeit)</translation>
    </message>
    <message>
        <source>Hours without a chiller (free cooling): %1 of %2; hours without a steady state: %3; hours with a rack supply over its limit: %4; highest rack supply %5 °C</source>
        <translation>Stunden ohne Kältemaschine (freie Kühlung): %1 von %2; Stunden ohne stationären Zustand: %3; Stunden mit einem Rack-Vorlauf über seinem Grenzwert: %4; höchster Rack-Vorlauf %5 °C</translation>
    </message>
    <message>
        <source>%1: %2 MWh of heat, %3 MWh electric</source>
        <translation>%1: %2 MWh Wärme, %3 MWh elektrisch</translation>
    </message>
</context>
<context>
    <name>rw::LoadModelBuilder</name>
    <message>
        <source>The weather year needs 8,760 hourly temperatures.</source>
        <translation>Das Wetterjahr braucht 8.760 stündliche Temperaturen.</translation>
    </message>
    <message>
        <source>The plan has no scenario with id %1.</source>
        <translation>Der Plan enthält kein Szenario mit der ID %1.</translation>
    </message>
    <message>
        <source>Scenario "%1" has no phases: the hall stays empty.</source>
        <translation>Szenario „%1“ hat keine Phasen: Die Halle bleibt leer.</translation>
    </message>
    <message>
        <source>The plan has no deployment scenario: all racks are live from the first hour with %1 % training and %2 % inference.</source>
        <translation>Der Plan hat kein Ausbauszenario: Alle Racks sind ab der ersten Stunde in Betrieb, mit %1 % Training und %2 % Inferenz.</translation>
    </message>
    <message>
        <source>Phase %1: training and inference shares add up to more than 100 %.</source>
        <translation>Phase %1: Die Anteile für Training und Inferenz ergeben zusammen mehr als 100 %.</translation>
    </message>
    <message>
        <source>The horizon must be 1 to %1 years; %2 was asked for.</source>
        <translation>Der Zeitraum muss 1 bis %1 Jahre betragen; verlangt waren %2.</translation>
    </message>
    <message>
        <source>The plan has no racks with devices: there is no load to project.</source>
        <translation>Der Plan hat keine Racks mit Geräten: Es gibt keine Last zu prognostizieren.</translation>
    </message>
    <message>
        <source>Some racks' feeds reach no live source: their load is counted, not routed.</source>
        <translation>Die Einspeisungen einiger Racks erreichen keine aktive Quelle: Ihre Last wird gezählt, aber nicht durch die Kette geführt.</translation>
    </message>
    <message>
        <source>The plan has no chillers or free-cooling units: cooling energy counts fans and pumps only.</source>
        <translation>Der Plan hat weder Kältemaschinen noch Freikühler: Die Kühlenergie umfasst nur Ventilatoren und Pumpen.</translation>
    </message>
    <message>
        <source>The power chain has a loop; the load projection needs a chain that flows one way.</source>
        <translation>Die Stromversorgungskette enthält eine Schleife; die Lastprognose braucht eine Kette mit einer Flussrichtung.</translation>
    </message>
    <message>
        <source>The coolant loops are not projected through the weather year (%1): their CDUs and heat rejection count in the plant model like air-side units.</source>
        <translation>Die Kühlmittelkreise werden nicht durch das Wetterjahr prognostiziert (%1): Ihre CDUs und ihre Rückkühlung zählen im Anlagenmodell wie luftseitige Geräte.</translation>
    </message>
    <message>
        <source>Coolant loops: their pumps (%1 kW, constant speed) and heat rejection come from their weather year solved at 0, 25, 50, 75 and 100 % of their design heat (%2 kW), interpolated at each hour's heat.</source>
        <translation>Kühlmittelkreise: Ihre Pumpen (%1 kW, konstante Drehzahl) und ihre Rückkühlung stammen aus ihrem Wetterjahr, gerechnet bei 0, 25, 50, 75 und 100 % ihrer Auslegungswärme (%2 kW), interpoliert bei der Wärme jeder Stunde.</translation>
    </message>
</context>
<context>
    <name>rw::LoadProjection</name>
    <message>
        <source>The CUDA engine cannot run here: %1</source>
        <translation>Der CUDA-Rechenkern kann hier nicht laufen: %1</translation>
    </message>
    <message>
        <source>The load projection failed: %1</source>
        <translation>Die Lastprognose ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The load projection was cancelled.</source>
        <translation>Die Lastprognose wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The number of trials must be 1 to %L1; %L2 was asked for.</source>
        <translation>Die Zahl der Durchläufe muss zwischen 1 und %L1 liegen; verlangt waren %L2.</translation>
    </message>
    <message>
        <source>A load projection of %1 trials needs about %2 of GPU memory, but the GPU has only %3 free; run at most %4 trials.</source>
        <translation>Eine Lastprognose mit %1 Durchläufen braucht etwa %2 GPU-Speicher, aber die GPU hat nur %3 frei; rechnen Sie höchstens %4 Durchläufe.</translation>
    </message>
    <message>
        <source>A load projection of %1 trials needs about %2 of memory, but this machine has only %3 available; run at most %4 trials.</source>
        <translation>Eine Lastprognose mit %1 Durchläufen braucht etwa %2 Speicher, aber dieser Rechner hat nur %3 verfügbar; rechnen Sie höchstens %4 Durchläufe.</translation>
    </message>
</context>
<context>
    <name>rw::LoadProjectionPanel</name>
    <message>
        <source>Scenario:</source>
        <translation>Szenario:</translation>
    </message>
    <message>
        <source>Trials:</source>
        <translation>Durchläufe:</translation>
    </message>
    <message>
        <source>Years:</source>
        <translation>Jahre:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <source>Monte Carlo trials: more trials, smoother percentiles</source>
        <translation>Monte-Carlo-Durchläufe: mehr Durchläufe, glattere Perzentile</translation>
    </message>
    <message>
        <source>Horizon in years, hourly</source>
        <translation>Zeitraum in Jahren, stündlich gerechnet</translation>
    </message>
    <message>
        <source>The same seed gives the same figures on every run and on either engine</source>
        <translation>Derselbe Startwert ergibt bei jedem Lauf und auf beiden Rechenkernen dieselben Zahlen</translation>
    </message>
    <message>
        <source>Engine: automatic</source>
        <translation>Rechenkern: automatisch</translation>
    </message>
    <message>
        <source>Engine: CPU</source>
        <translation>Rechenkern: CPU</translation>
    </message>
    <message>
        <source>Engine: CUDA</source>
        <translation>Rechenkern: CUDA</translation>
    </message>
    <message>
        <source>Automatic uses the GPU when one can run, else the CPU</source>
        <translation>Automatisch nutzt die GPU, wenn eine laufen kann, sonst die CPU</translation>
    </message>
    <message>
        <source>Weather: %1</source>
        <translation>Wetter: %1</translation>
    </message>
    <message>
        <source>Weather: own file</source>
        <translation>Wetter: eigene Datei</translation>
    </message>
    <message>
        <source>&amp;Run projection</source>
        <translation>Prognose &amp;starten</translation>
    </message>
    <message>
        <source>Project power, energy and PUE over the scenario in the background</source>
        <translation>Leistung, Energie und PUE über das Szenario im Hintergrund prognostizieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>Power nodes</source>
        <translation>Stromversorgungsknoten</translation>
    </message>
    <message>
        <source>Facility power over the horizon (fan chart)</source>
        <translation>Gesamtleistung über den Zeitraum (Fächerdiagramm)</translation>
    </message>
    <message>
        <source>Load-duration curve, last year</source>
        <translation>Jahresdauerlinie, letztes Jahr</translation>
    </message>
    <message>
        <source>PUE by month, last twelve months</source>
        <translation>PUE je Monat, letzte zwölf Monate</translation>
    </message>
    <message>
        <source>Annual PUE over the trials, last year</source>
        <translation>Jahres-PUE über die Durchläufe, letztes Jahr</translation>
    </message>
    <message>
        <source>IT and cooling power over the horizon</source>
        <translation>IT- und Kühlleistung über den Zeitraum</translation>
    </message>
    <message>
        <source>Choose the trials and years, then run the projection.</source>
        <translation>Durchläufe und Jahre wählen, dann die Prognose starten.</translation>
    </message>
    <message>
        <source>(none: all racks live from the start)</source>
        <translation>(keines: alle Racks von Anfang an in Betrieb)</translation>
    </message>
    <message>
        <source>Hourly outdoor temperatures</source>
        <translation>Stündliche Außentemperaturen</translation>
    </message>
    <message>
        <source>Weather file</source>
        <translation>Wetterdatei</translation>
    </message>
    <message>
        <source>Running %1 trials; horizon in years: %2…</source>
        <translation>%1 Durchläufe laufen; Zeitraum in Jahren: %2…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelled; the previous figures are kept.</source>
        <translation>Abgebrochen; die bisherigen Zahlen bleiben erhalten.</translation>
    </message>
    <message>
        <source>CUDA (GPU)</source>
        <translation>CUDA (GPU)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>%1 trials; horizon in years: %2; start %3; engine: %4, %5 s (%6 rack-hours per second).</source>
        <translation>%1 Durchläufe; Zeitraum in Jahren: %2; Beginn %3; Rechenkern: %4, %5 s (%6 Rack-Stunden pro Sekunde).</translation>
    </message>
    <message>
        <source>Year %1: annual PUE %2 (P95 %3), ERF %4, %5 MWh from the grid, peak %6.</source>
        <translation>Jahr %1: Jahres-PUE %2 (P95 %3), ERF %4, %5 MWh aus dem Netz, Spitze %6.</translation>
    </message>
    <message>
        <source>No projection yet</source>
        <translation>Noch keine Prognose</translation>
    </message>
    <message>
        <source>Facility power, hourly values per day over all trials</source>
        <translation>Gesamtleistung, Stundenwerte je Tag über alle Durchläufe</translation>
    </message>
    <message>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <source>P50 to P95</source>
        <translation>P50 bis P95</translation>
    </message>
    <message>
        <source>P95 to P99</source>
        <translation>P95 bis P99</translation>
    </message>
    <message>
        <source>Median (P50)</source>
        <translation>Median (P50)</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Load-duration curve, year %1</source>
        <translation>Jahresdauerlinie, Jahr %1</translation>
    </message>
    <message>
        <source>% of hours exceeded</source>
        <translation>% der Stunden überschritten</translation>
    </message>
    <message>
        <source>Facility power, MW</source>
        <translation>Gesamtleistung, MW</translation>
    </message>
    <message>
        <source>Facility power</source>
        <translation>Gesamtleistung</translation>
    </message>
    <message>
        <source>PUE by month (facility / IT energy of the month)</source>
        <translation>PUE je Monat (Gesamt- / IT-Energie des Monats)</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>P95</source>
        <translation>P95</translation>
    </message>
    <message>
        <source>Annual PUE</source>
        <translation>Jahres-PUE</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <source>IT and cooling power per day over all trials</source>
        <translation>IT- und Kühlleistung je Tag über alle Durchläufe</translation>
    </message>
    <message>
        <source>IT P50 to P95</source>
        <translation>IT P50 bis P95</translation>
    </message>
    <message>
        <source>IT median</source>
        <translation>IT-Median</translation>
    </message>
    <message>
        <source>Cooling P95</source>
        <translation>Kühlung P95</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>IT MWh (P50)</source>
        <translation>IT MWh (P50)</translation>
    </message>
    <message>
        <source>Facility MWh (P50)</source>
        <translation>Gesamt MWh (P50)</translation>
    </message>
    <message>
        <source>Facility MWh (P95)</source>
        <translation>Gesamt MWh (P95)</translation>
    </message>
    <message>
        <source>Cooling MWh (P50)</source>
        <translation>Kühlung MWh (P50)</translation>
    </message>
    <message>
        <source>PUE (P50)</source>
        <translation>PUE (P50)</translation>
    </message>
    <message>
        <source>PUE (P95)</source>
        <translation>PUE (P95)</translation>
    </message>
    <message>
        <source>ERF (P50)</source>
        <translation>ERF (P50)</translation>
    </message>
    <message>
        <source>ERF (P5)</source>
        <translation>ERF (P5)</translation>
    </message>
    <message>
        <source>Peak MW (P95)</source>
        <translation>Spitze MW (P95)</translation>
    </message>
    <message>
        <source>Cooling shortfall h</source>
        <translation>Kühldefizit h</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Rating kW</source>
        <translation>Nennl. kW</translation>
    </message>
    <message>
        <source>Peak / rating (P95)</source>
        <translation>Spitze / Nennl. (P95)</translation>
    </message>
    <message>
        <source>Peak / rating (max)</source>
        <translation>Spitze / Nennl. (max.)</translation>
    </message>
    <message>
        <source>P(over rating)</source>
        <translation>P(über Nennl.)</translation>
    </message>
    <message>
        <source>Hours over rating</source>
        <translation>Stunden über Nennl.</translation>
    </message>
    <message>
        <source>P(over 80 %)</source>
        <translation>P(über 80 %)</translation>
    </message>
    <message>
        <source>Hours over 80 %</source>
        <translation>Stunden über 80 %</translation>
    </message>
    <message>
        <source>Annual PUE of year %1 over %L2 trials</source>
        <translation>Jahres-PUE des Jahres %1 über %L2 Durchläufe</translation>
    </message>
    <message>
        <source>Weather of the site: %1</source>
        <translation>Wetter des Standorts: %1</translation>
    </message>
    <message>
        <source>Load weather file for this run…</source>
        <translation>Wetterdatei für diese Berechnung laden …</translation>
    </message>
    <message>
        <source>Outdoor temperature per hour: drives free cooling and chiller efficiency. The site's weather is chosen under Edit &gt; Site.</source>
        <translation>Außentemperatur je Stunde: bestimmt freie Kühlung und Wirkungsgrad der Kältemaschinen. Das Wetter des Standorts wird unter Bearbeiten &gt; Standort gewählt.</translation>
    </message>
    <message>
        <source>Weather files (*.epw *.dat *.csv *.txt);;All files (*)</source>
        <translation>Wetterdateien (*.epw *.dat *.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>WUE l/kWh (P50)</source>
        <translation>WUE l/kWh (P50)</translation>
    </message>
    <message>
        <source>Training swing MW (P95)</source>
        <translation>Lastschwankung Training MW (P95)</translation>
    </message>
</context>
<context>
    <name>rw::LoopBoxItem</name>
    <message>
        <source>Not solved</source>
        <translation>Nicht berechnet</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>In Ordnung</translation>
    </message>
    <message>
        <source>Thin or without redundancy</source>
        <translation>Knapp oder ohne Redundanz</translation>
    </message>
    <message>
        <source>Short of flow or capacity, or coolant over a limit</source>
        <translation>Zu wenig Durchfluss oder Kapazität, oder Kühlmittel über einem Grenzwert</translation>
    </message>
</context>
<context>
    <name>rw::LoopDiagramScene</name>
    <message>
        <source>%1 L/min</source>
        <translation>%1 l/min</translation>
    </message>
    <message>
        <source>%1 of %2 (CDU)</source>
        <translation>%1 von %2 (CDU)</translation>
    </message>
    <message>
        <source>%1, racks need %2</source>
        <translation>%1, Racks brauchen %2</translation>
    </message>
    <message>
        <source>supply %1, return %2</source>
        <translation>Vorlauf %1, Rücklauf %2</translation>
    </message>
    <message>
        <source>pumps N+1 holds</source>
        <translation>Pumpen N+1 erfüllt</translation>
    </message>
    <message>
        <source>pumps N+1 does not hold</source>
        <translation>Pumpen N+1 nicht erfüllt</translation>
    </message>
    <message>
        <source>CDU %1</source>
        <translation>CDU %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Not solved: %1</source>
        <translation>Nicht berechnet: %1</translation>
    </message>
    <message>
        <source>%1 of %2 heat rejection</source>
        <translation>%1 von %2 Rückkühlung</translation>
    </message>
    <message>
        <source>without the largest stage %1</source>
        <translation>ohne die größte Stufe %1</translation>
    </message>
    <message>
        <source>%1, supply %2, return %3</source>
        <translation>%1, Vorlauf %2, Rücklauf %3</translation>
    </message>
    <message>
        <source>stage %1: %2</source>
        <translation>Stufe %1: %2</translation>
    </message>
    <message>
        <source>Right-click: take the rack off its loop</source>
        <translation>Rechtsklick: das Rack vom Kreis trennen</translation>
    </message>
    <message>
        <source>Double-click or Enter: edit; Delete: remove; right-click: more</source>
        <translation>Doppelklick oder Eingabetaste: bearbeiten; Entf: entfernen; Rechtsklick: mehr</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Rack</translation>
    </message>
    <message>
        <source>Heat-rejection stage</source>
        <translation>Rückkühlstufe</translation>
    </message>
</context>
<context>
    <name>rw::LoopPlantBuilder</name>
    <message>
        <source>the coolant loops have no steady state at design load</source>
        <translation>die Kühlmittelkreise haben bei Auslegungslast keinen stationären Zustand</translation>
    </message>
    <message>
        <source>no rack on a coolant loop gives heat to liquid</source>
        <translation>kein Rack an einem Kühlmittelkreis gibt Wärme an die Flüssigkeit ab</translation>
    </message>
    <message>
        <source>the weather year of the coolant loops could not be run</source>
        <translation>das Wetterjahr der Kühlmittelkreise konnte nicht gerechnet werden</translation>
    </message>
</context>
<context>
    <name>rw::LoopStageDialog</name>
    <message>
        <source>New heat-rejection stage</source>
        <translation>Neue Rückkühlstufe</translation>
    </message>
    <message>
        <source>Heat-rejection stage</source>
        <translation>Rückkühlstufe</translation>
    </message>
    <message>
        <source>The facility water system whose return water this stage cools</source>
        <translation>Das Gebäudekühlwassersystem, dessen Rücklauf diese Stufe kühlt</translation>
    </message>
    <message>
        <source>The chiller, dry cooler or water heat exchanger: its capacity, and its facility water supply temperature as the setpoint</source>
        <translation>Die Kältemaschine, der Rückkühler oder der Wasser-Wärmetauscher: seine Leistung und seine Vorlauftemperatur des Gebäudekühlwassers als Sollwert</translation>
    </message>
    <message>
        <source>Facility water system:</source>
        <translation>Gebäudekühlwassersystem:</translation>
    </message>
    <message>
        <source>Cooling unit:</source>
        <translation>Kühlgerät:</translation>
    </message>
</context>
<context>
    <name>rw::MainWindow</name>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>&amp;Neuer Plan</translation>
    </message>
    <message>
        <source>Start an empty plan</source>
        <translation>Einen leeren Plan beginnen</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation>Eine Plandatei öffnen</translation>
    </message>
    <message>
        <source>Open &amp;read-only...</source>
        <translation>Sch&amp;reibgeschützt öffnen...</translation>
    </message>
    <message>
        <source>Open a plan for review: nothing can be changed or saved over it</source>
        <translation>Einen Plan zur Prüfung öffnen: Nichts kann geändert oder über ihn gespeichert werden</translation>
    </message>
    <message>
        <source>Open &amp;demo plan</source>
        <translation>&amp;Demoplan öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Den Plan speichern</translation>
    </message>
    <message>
        <source>Save &amp;as...</source>
        <translation>Speichern &amp;unter...</translation>
    </message>
    <message>
        <source>Save the plan under a new name</source>
        <translation>Den Plan unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Import JSON...</source>
        <translation>JSON &amp;importieren...</translation>
    </message>
    <message>
        <source>Open a plan from its JSON exchange form</source>
        <translation>Einen Plan aus seiner JSON-Austauschform öffnen</translation>
    </message>
    <message>
        <source>&amp;Export JSON...</source>
        <translation>JSON &amp;exportieren...</translation>
    </message>
    <message>
        <source>Write the plan in its JSON exchange form</source>
        <translation>Den Plan in seiner JSON-Austauschform schreiben</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close Rackwerk</source>
        <translation>Rackwerk schließen</translation>
    </message>
    <message>
        <source>&amp;Site and assumptions...</source>
        <translation>&amp;Standort und Annahmen...</translation>
    </message>
    <message>
        <source>Edit the site, its declared targets and the assumptions</source>
        <translation>Den Standort, seine angegebenen Zielwerte und die Annahmen bearbeiten</translation>
    </message>
    <message>
        <source>Device &amp;catalogue...</source>
        <translation>Geräte&amp;katalog...</translation>
    </message>
    <message>
        <source>Device types: built-in, your own, imported from NetBox</source>
        <translation>Gerätetypen: mitgeliefert, eigene, aus NetBox importiert</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in (mouse wheel)</source>
        <translation>Vergrößern (Mausrad)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom out (mouse wheel)</source>
        <translation>Verkleinern (Mausrad)</translation>
    </message>
    <message>
        <source>&amp;Fit hall</source>
        <translation>Halle &amp;einpassen</translation>
    </message>
    <message>
        <source>Show the whole hall</source>
        <translation>Die ganze Halle anzeigen</translation>
    </message>
    <message>
        <source>&amp;About Rackwerk</source>
        <translation>Über &amp;Rackwerk</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>Version und Lizenzen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Projections run on this engine. Detail: %1</source>
        <translation>Die Prognosen laufen auf diesem Rechenkern. Detail: %1</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Unbenannter Plan</translation>
    </message>
    <message>
        <source>%1[*] - Rackwerk</source>
        <translation>%1[*] - Rackwerk</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Opened for review: edits and saving are disabled</source>
        <translation>Zur Prüfung geöffnet: Bearbeiten und Speichern sind gesperrt</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to this plan first?</source>
        <translation>Möchten Sie die Änderungen an diesem Plan zuerst speichern?</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <source>Rackwerk plans (*.rackwerk)</source>
        <translation>Rackwerk-Pläne (*.rackwerk)</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Saved %1; the older file was kept as %2</source>
        <translation>%1 gespeichert; die ältere Datei wurde als %2 aufbewahrt</translation>
    </message>
    <message>
        <source>Cannot open plan</source>
        <translation>Plan kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened a plan of an older format (%1); saving writes the current format and keeps a backup.</source>
        <translation>Ein Plan in einem älteren Format (%1) wurde geöffnet; beim Speichern wird das aktuelle Format geschrieben und eine Sicherungskopie aufbewahrt.</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Neuer Standort</translation>
    </message>
    <message>
        <source>Hall 1</source>
        <translation>Halle 1</translation>
    </message>
    <message>
        <source>Open plan read-only</source>
        <translation>Plan schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <source>Rackwerk plans (*.rackwerk);;All files (*)</source>
        <translation>Rackwerk-Pläne (*.rackwerk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import JSON plan</source>
        <translation>JSON-Plan importieren</translation>
    </message>
    <message>
        <source>JSON plans (*.json);;All files (*)</source>
        <translation>JSON-Pläne (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Export JSON plan</source>
        <translation>JSON-Plan exportieren</translation>
    </message>
    <message>
        <source>JSON plans (*.json)</source>
        <translation>JSON-Pläne (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Site not changed</source>
        <translation>Standort nicht geändert</translation>
    </message>
    <message>
        <source>an unsaved plan</source>
        <translation>einem ungespeicherten Plan</translation>
    </message>
    <message>
        <source>Recover plan</source>
        <translation>Plan wiederherstellen</translation>
    </message>
    <message>
        <source>Rackwerk did not stop cleanly. Changes to %1 were autosaved at %2. Recover them?</source>
        <translation>Rackwerk wurde nicht ordnungsgemäß beendet. Änderungen an %1 wurden um %2 automatisch gesichert. Möchten Sie sie wiederherstellen?</translation>
    </message>
    <message>
        <source>Recovery failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Budgets and redundancy</source>
        <translation>Budgets und Redundanz</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Power chain (one-line diagram)</source>
        <translation>Stromversorgung (einpoliges Schaltbild)</translation>
    </message>
    <message>
        <source>Show or hide the power chain as an editable one-line diagram</source>
        <translation>Die Stromversorgung als bearbeitbares einpoliges Schaltbild zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Rack elevation</source>
        <translation>Rackansicht</translation>
    </message>
    <message>
        <source>Select the racks to fill on the floor plan first.</source>
        <translation>Zuerst die zu bestückenden Racks im Grundriss auswählen.</translation>
    </message>
    <message>
        <source>Racks not filled</source>
        <translation>Racks nicht bestückt</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>Load and energy projection</source>
        <translation>Last- und Energieprognose</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>&amp;Projections</source>
        <translation>&amp;Prognosen</translation>
    </message>
    <message>
        <source>&amp;Thermal projection</source>
        <translation>&amp;Thermische Prognose</translation>
    </message>
    <message>
        <source>Air temperatures of the hall shown: rack inlets, heat map, cooling failure</source>
        <translation>Lufttemperaturen der angezeigten Halle: Zuluft der Racks, Wärmekarte, Kühlungsausfall</translation>
    </message>
    <message>
        <source>&amp;Cancel thermal projection</source>
        <translation>Thermische Prognose &amp;abbrechen</translation>
    </message>
    <message>
        <source>Stop the running thermal projection</source>
        <translation>Die laufende thermische Prognose anhalten</translation>
    </message>
    <message>
        <source>Thermal projection</source>
        <translation>Thermische Prognose</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open the Munich AI factory demo as an unsaved copy: 10,000 GPUs in one hall</source>
        <translation>Die Demo der Münchner KI-Fabrik als ungespeicherte Kopie öffnen: 10.000 GPUs in einer Halle</translation>
    </message>
    <message>
        <source>Demo plan (unsaved copy)</source>
        <translation>Demoplan (ungespeicherte Kopie)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>Keine zuletzt geöffneten Pläne</translation>
    </message>
    <message>
        <source>Rackwerk &amp;help</source>
        <translation>Rackwerk-&amp;Hilfe</translation>
    </message>
    <message>
        <source>How to use Rackwerk: the README and the documents it links to</source>
        <translation>So arbeiten Sie mit Rackwerk: die README und die Dokumente, auf die sie verweist</translation>
    </message>
    <message>
        <source>Weather not changed</source>
        <translation>Wetter nicht geändert</translation>
    </message>
    <message>
        <source>Import racks and devices (&amp;CSV)...</source>
        <translation>Racks und Geräte importieren (&amp;CSV)...</translation>
    </message>
    <message>
        <source>Add racks and devices from a spreadsheet saved as CSV, with a preview of every line</source>
        <translation>Racks und Geräte aus einer als CSV gespeicherten Tabelle hinzufügen, mit einer Vorschau jeder Zeile</translation>
    </message>
    <message>
        <source>Import racks and devices</source>
        <translation>Racks und Geräte importieren</translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv *.txt);;All files (*)</source>
        <translation>Als CSV gespeicherte Tabellen (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 ist größer als %2 MiB.</translation>
    </message>
    <message>
        <source>Cooling &amp;failure sweep...</source>
        <translation>Kühlungs&amp;ausfallreihe …</translation>
    </message>
    <message>
        <source>Every hall's transient after each cooling unit and each power node that stops cooling, failed in turn; the worst failure goes to the findings, the review checks and the report</source>
        <translation>Der zeitliche Verlauf jeder Halle nach dem Ausfall jedes Kühlgeräts und jedes Stromversorgungsknotens, der Kühlung stilllegt, nacheinander; der schlimmste Ausfall geht in die Befunde, die Prüfungen und den Bericht</translation>
    </message>
    <message>
        <source>Coolant loops (loop diagram)</source>
        <translation>Kühlmittelkreise (Kreisschema)</translation>
    </message>
    <message>
        <source>Coolant &amp;pipes</source>
        <translation>Kühlmittel&amp;leitungen</translation>
    </message>
    <message>
        <source>Draw the CDU loops' supply and return pipes on the floor plan</source>
        <translation>Vorlauf- und Rücklaufleitungen der CDU-Kreise im Grundriss zeichnen</translation>
    </message>
    <message>
        <source>Site overview</source>
        <translation>Standortübersicht</translation>
    </message>
    <message>
        <source>Open &amp;gigafactory demo</source>
        <translation>&amp;Gigafactory-Demo öffnen</translation>
    </message>
    <message>
        <source>Open the EU AI gigafactory demo as an unsaved copy: about 100,000 GPUs in ten liquid-cooled halls</source>
        <translation>Die Demo der EU-KI-Gigafactory als ungespeicherte Kopie öffnen: etwa 100.000 GPUs in zehn flüssigkeitsgekühlten Hallen</translation>
    </message>
</context>
<context>
    <name>rw::NetBoxImport</name>
    <message>
        <source>NetBox has no device category: the category is set to Other.</source>
        <translation>NetBox kennt keine Gerätekategorie: Die Kategorie wird auf Sonstige gesetzt.</translation>
    </message>
    <message>
        <source>Ignored keys that NetBox does not define: %1.</source>
        <translation>Ignorierte Schlüssel, die NetBox nicht definiert: %1.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>"%1" must be text</source>
        <translation>„%1“ muss Text sein</translation>
    </message>
    <message>
        <source>The required key "%1" is missing.</source>
        <translation>Der erforderliche Schlüssel „%1“ fehlt.</translation>
    </message>
    <message>
        <source>"%1" is empty</source>
        <translation>„%1“ ist leer</translation>
    </message>
    <message>
        <source>"%1" must be a number</source>
        <translation>„%1“ muss eine Zahl sein</translation>
    </message>
    <message>
        <source>"%1" must be a number, not "%2"</source>
        <translation>„%1“ muss eine Zahl sein, nicht „%2“</translation>
    </message>
    <message>
        <source>"%1" must not be negative, but is %2</source>
        <translation>„%1“ darf nicht negativ sein, ist aber %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The slug "%1" is not a valid slug; the key is derived from the manufacturer and model instead.</source>
        <translation>Der Slug „%1“ ist kein gültiger Slug; der Schlüssel wird stattdessen aus Hersteller und Modell abgeleitet.</translation>
    </message>
    <message>
        <source>no key can be derived from the manufacturer and model; add a slug</source>
        <translation>aus Hersteller und Modell lässt sich kein Schlüssel ableiten; ergänzen Sie einen Slug</translation>
    </message>
    <message>
        <source>"%1" must be true or false, not "%2"</source>
        <translation>„%1“ muss true oder false sein, nicht „%2“</translation>
    </message>
    <message>
        <source>"is_full_depth" is not given; the device is taken as full depth.</source>
        <translation>„is_full_depth“ ist nicht angegeben; das Gerät wird als volle Bautiefe angenommen.</translation>
    </message>
    <message>
        <source>No airflow is given; front-to-rear is assumed.</source>
        <translation>Kein Luftstrom angegeben; von vorn nach hinten wird angenommen.</translation>
    </message>
    <message>
        <source>The airflow "%1" is taken as front-to-rear; check how the device is mounted and cooled.</source>
        <translation>Der Luftstrom „%1“ wird als von vorn nach hinten angenommen; prüfen Sie, wie das Gerät eingebaut und gekühlt wird.</translation>
    </message>
    <message>
        <source>unknown airflow "%1"</source>
        <translation>unbekannter Luftstrom „%1“</translation>
    </message>
    <message>
        <source>No weight is given; it is left at 0 (unknown).</source>
        <translation>Kein Gewicht angegeben; es bleibt bei 0 (unbekannt).</translation>
    </message>
    <message>
        <source>"weight" is given without "weight_unit"</source>
        <translation>„weight“ ist ohne „weight_unit“ angegeben</translation>
    </message>
    <message>
        <source>unknown weight unit "%1"; expected kg, g, lb or oz</source>
        <translation>unbekannte Gewichtseinheit „%1“; erwartet werden kg, g, lb oder oz</translation>
    </message>
    <message>
        <source>"power-ports" must be a list</source>
        <translation>„power-ports“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>each entry of "power-ports" must be a mapping with a name</source>
        <translation>jeder Eintrag von „power-ports“ muss eine Zuordnung (Mapping) mit einem Namen sein</translation>
    </message>
    <message>
        <source>the number of power ports</source>
        <translation>die Anzahl der Stromanschlüsse</translation>
    </message>
    <message>
        <source>the sum of maximum_draw</source>
        <translation>die Summe von maximum_draw</translation>
    </message>
    <message>
        <source>the sum of allocated_draw</source>
        <translation>die Summe von allocated_draw</translation>
    </message>
    <message>
        <source>the largest maximum_draw</source>
        <translation>das größte maximum_draw</translation>
    </message>
    <message>
        <source>The file has no power ports: maximum and typical power and the power supplies are unknown and left at 0.</source>
        <translation>Die Datei enthält keine Stromanschlüsse: Maximale und typische Leistung sowie die Netzteile sind unbekannt und bleiben bei 0.</translation>
    </message>
    <message numerus="yes">
        <source>%n power port(s) give no maximum_draw; maximum power counts only the others.</source>
        <translation>
            <numerusform>%n Stromanschluss gibt kein maximum_draw an; die maximale Leistung berücksichtigt nur die übrigen.</numerusform>
            <numerusform>%n Stromanschlüsse geben kein maximum_draw an; die maximale Leistung berücksichtigt nur die übrigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No power port gives an allocated_draw: typical power is unknown and left at 0.</source>
        <translation>Kein Stromanschluss gibt ein allocated_draw an: Die typische Leistung ist unbekannt und bleibt bei 0.</translation>
    </message>
    <message numerus="yes">
        <source>%n power port(s) give no allocated_draw; typical power counts only the others.</source>
        <translation>
            <numerusform>%n Stromanschluss gibt kein allocated_draw an; die typische Leistung berücksichtigt nur die übrigen.</numerusform>
            <numerusform>%n Stromanschlüsse geben kein allocated_draw an; die typische Leistung berücksichtigt nur die übrigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Typical power is above maximum power; check the file.</source>
        <translation>Die typische Leistung liegt über der maximalen Leistung; prüfen Sie die Datei.</translation>
    </message>
    <message numerus="yes">
        <source>Redundancy is unknown: all %n power supplies are counted as required and maximum power adds up all of them. Edit the required count (e.g. 5 of 6) and check maximum power against the data sheet.</source>
        <translation>
            <numerusform>Die Redundanz ist unbekannt: %n Netzteil wird als erforderlich gezählt und geht voll in die maximale Leistung ein. Passen Sie die erforderliche Anzahl an (z. B. 5 von 6) und prüfen Sie die maximale Leistung anhand des Datenblatts.</numerusform>
            <numerusform>Die Redundanz ist unbekannt: Alle %n Netzteile werden als erforderlich gezählt, und die maximale Leistung addiert sie alle. Passen Sie die erforderliche Anzahl an (z. B. 5 von 6) und prüfen Sie die maximale Leistung anhand des Datenblatts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle power is unknown (NetBox does not record it) and left at 0.</source>
        <translation>Die Leerlaufleistung ist unbekannt (NetBox erfasst sie nicht) und bleibt bei 0.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file does not describe a device type: it must be a mapping of keys to values.</source>
        <translation>Die Datei beschreibt keinen Gerätetyp: Sie muss eine Zuordnung von Schlüsseln zu Werten sein.</translation>
    </message>
    <message>
        <source>No power port gives a maximum_draw: maximum power and the PSU rating are unknown and left at 0.</source>
        <translation>Kein Stromanschluss gibt ein maximum_draw an: Die maximale Leistung und die Nennleistung der Netzteile sind unbekannt und bleiben bei 0.</translation>
    </message>
    <message>
        <source>"u_height" is %1, but NetBox heights are whole or half rack units</source>
        <translation>„u_height“ ist %1, aber Höhen in NetBox sind ganze oder halbe Höheneinheiten</translation>
    </message>
    <message>
        <source>The height of %1 U is taken as %2 U: devices are placed in whole rack units; check what else shares that unit.</source>
        <translation>Die Höhe von %1 HE wird als %2 HE übernommen: Geräte werden in ganzen Höheneinheiten platziert; prüfen Sie, was sich diese Einheit sonst teilt.</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB.</source>
        <translation>%1: Die Datei ist größer als %2 MiB.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the slug %2 is used by another file of the folder.</source>
        <translation>%1: Der Slug %2 wird von einer anderen Datei des Ordners verwendet.</translation>
    </message>
</context>
<context>
    <name>rw::NumberField</name>
    <message>
        <source>%1: "%2" is not a number.</source>
        <translation>%1: „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>number and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1 muss mindestens %2 betragen.</translation>
    </message>
    <message>
        <source>%1 must be at most %2.</source>
        <translation>%1 darf höchstens %2 betragen.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 muss zwischen %2 und %3 liegen.</translation>
    </message>
</context>
<context>
    <name>rw::ObstacleTool</name>
    <message>
        <source>Obstacle</source>
        <translation>Hindernis</translation>
    </message>
    <message>
        <source>Drag an obstacle's size</source>
        <translation>Die Größe eines Hindernisses aufziehen</translation>
    </message>
</context>
<context>
    <name>rw::OneLineScene</name>
    <message>
        <source>%1 feeds %2</source>
        <translation>%1 speist %2</translation>
    </message>
    <message>
        <source>%1, side %2</source>
        <translation>%1, Seite %2</translation>
    </message>
    <message>
        <source>%1 / %2 kVA</source>
        <translation>%1 / %2 kVA</translation>
    </message>
    <message>
        <source>%1 kVA</source>
        <translation>%1 kVA</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>ohne Nennleistung</translation>
    </message>
    <message>
        <source>%1 (%2), N-1 %3</source>
        <translation>%1 (%2), N-1 %3</translation>
    </message>
    <message>
        <source>%1, N-1 %2</source>
        <translation>%1, N-1 %2</translation>
    </message>
    <message>
        <source>load not analysed yet</source>
        <translation>Last noch nicht berechnet</translation>
    </message>
    <message>
        <source>racks on A: %1</source>
        <translation>Racks an A: %1</translation>
    </message>
    <message>
        <source>racks on B: %1</source>
        <translation>Racks an B: %1</translation>
    </message>
    <message>
        <source>cooling units: %1</source>
        <translation>Kühlgeräte: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more node(s) below, not shown here</source>
        <translation>
            <numerusform>%n weiterer Knoten darunter, hier nicht gezeigt</numerusform>
            <numerusform>%n weitere Knoten darunter, hier nicht gezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>also fed by %n node(s) not shown here</source>
        <translation>
            <numerusform>auch von %n hier nicht gezeigten Knoten gespeist</numerusform>
            <numerusform>auch von %n hier nicht gezeigten Knoten gespeist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::PageRenderer</name>
    <message>
        <source>%1 is not a readable SVG drawing.</source>
        <translation>%1 ist keine lesbare SVG-Zeichnung.</translation>
    </message>
    <message>
        <source>%1 is an SVG drawing without a size.</source>
        <translation>%1 ist eine SVG-Zeichnung ohne Größe.</translation>
    </message>
    <message>
        <source>%1 is an encrypted PDF; save the page without a password first.</source>
        <translation>%1 ist ein verschlüsseltes PDF; speichern Sie die Seite zuerst ohne Passwort.</translation>
    </message>
    <message>
        <source>%1 is not a readable PDF.</source>
        <translation>%1 ist kein lesbares PDF.</translation>
    </message>
    <message>
        <source>Page %1 of %2 cannot be drawn.</source>
        <translation>Seite %1 von %2 lässt sich nicht zeichnen.</translation>
    </message>
    <message>
        <source>%1 has no page %2; its last page is %3.</source>
        <translation>%1 hat keine Seite %2; die letzte Seite ist %3.</translation>
    </message>
</context>
<context>
    <name>rw::PlacementEdits</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>There is no hall to place the cooling unit in.</source>
        <translation>Es gibt keine Halle, in die das Kühlgerät gesetzt werden kann.</translation>
    </message>
    <message>
        <source>There is no hall to place the power node in.</source>
        <translation>Es gibt keine Halle, in die der Stromversorgungsknoten gesetzt werden kann.</translation>
    </message>
    <message>
        <source>There is no hall to draw in.</source>
        <translation>Es gibt keine Halle, in die gezeichnet werden kann.</translation>
    </message>
</context>
<context>
    <name>rw::PlanBatch</name>
    <message>
        <source>This entry exists already.</source>
        <translation>Diesen Eintrag gibt es schon.</translation>
    </message>
    <message>
        <source>The entry to change does not exist any more.</source>
        <translation>Den zu ändernden Eintrag gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>rw::PlanClipboard</name>
    <message>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <source>The hall of the copied racks does not exist any more.</source>
        <translation>Die Halle der kopierten Racks gibt es nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n item(s)</source>
        <translation>
            <numerusform>%n Element einfügen</numerusform>
            <numerusform>%n Elemente einfügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::PlanDiffer</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>Racks</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>IT power, nameplate (kW)</source>
        <translation>IT-Leistung laut Typenschild (kW)</translation>
    </message>
    <message>
        <source>IT power, typical (kW)</source>
        <translation>IT-Leistung, typisch (kW)</translation>
    </message>
    <message>
        <source>PUE (declared or projected)</source>
        <translation>PUE (angegeben oder prognostiziert)</translation>
    </message>
    <message>
        <source>Availability class the power chain supports</source>
        <translation>Von der Stromversorgung erreichte Verfügbarkeitsklasse</translation>
    </message>
    <message>
        <source>Risk: load lost in the worst single failure (kW)</source>
        <translation>Risiko: verlorene Last beim ungünstigsten Einzelausfall (kW)</translation>
    </message>
    <message>
        <source>Compliance checks failed</source>
        <translation>Nicht erfüllte Prüfungen</translation>
    </message>
    <message>
        <source>Compliance checks not assessable</source>
        <translation>Nicht bewertbare Prüfungen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not declared</source>
        <translation>nicht angegeben</translation>
    </message>
</context>
<context>
    <name>rw::PlanEditor</name>
    <message>
        <source>%1: "%2" %3.</source>
        <translation>%1: „%2“ %3.</translation>
    </message>
    <message>
        <source>Edit site</source>
        <translation>Standort bearbeiten</translation>
    </message>
    <message>
        <source>%1 would no longer fit at U%2 in rack %3.</source>
        <translation>%1 würde nicht mehr auf HE %2 in Rack %3 passen.</translation>
    </message>
    <message>
        <source>The obstacle's hall does not exist.</source>
        <translation>Die Halle des Hindernisses existiert nicht.</translation>
    </message>
    <message>
        <source>The row's hall does not exist.</source>
        <translation>Die Halle der Reihe existiert nicht.</translation>
    </message>
    <message>
        <source>Rack %1: its hall does not exist.</source>
        <translation>Rack %1: Seine Halle existiert nicht.</translation>
    </message>
    <message>
        <source>Rack %1: its row does not exist in its hall.</source>
        <translation>Rack %1: Seine Reihe existiert in seiner Halle nicht.</translation>
    </message>
    <message>
        <source>Rack %1: the power node feeding it does not exist.</source>
        <translation>Rack %1: Der Stromversorgungsknoten, der es speist, existiert nicht.</translation>
    </message>
    <message>
        <source>Rack %1: %2 at U%3 would no longer fit.</source>
        <translation>Rack %1: %2 auf HE %3 würde nicht mehr passen.</translation>
    </message>
    <message>
        <source>Rack %1: %2 (%3 mm deep) would no longer fit.</source>
        <translation>Rack %1: %2 (%3 mm tief) würde nicht mehr passen.</translation>
    </message>
    <message>
        <source>Cooling unit %1: its hall does not exist.</source>
        <translation>Kühlgerät %1: Seine Halle existiert nicht.</translation>
    </message>
    <message>
        <source>Cooling unit %1: the power node feeding it does not exist.</source>
        <translation>Kühlgerät %1: Der Stromversorgungsknoten, der es speist, existiert nicht.</translation>
    </message>
    <message>
        <source>Cooling unit %1: return temperature must be above supply temperature.</source>
        <translation>Kühlgerät %1: Die Rücklauftemperatur muss über der Vorlauftemperatur liegen.</translation>
    </message>
    <message>
        <source>Power node %1: its hall does not exist.</source>
        <translation>Stromversorgungsknoten %1: Seine Halle existiert nicht.</translation>
    </message>
    <message>
        <source>A power link must connect two existing power nodes.</source>
        <translation>Eine Stromverbindung muss zwei vorhandene Stromversorgungsknoten verbinden.</translation>
    </message>
    <message>
        <source>A power node cannot feed itself.</source>
        <translation>Ein Stromversorgungsknoten kann sich nicht selbst speisen.</translation>
    </message>
    <message>
        <source>Phase %1: its scenario does not exist.</source>
        <translation>Phase %1: Ihr Szenario existiert nicht.</translation>
    </message>
    <message>
        <source>Phase %1: training and inference shares add up to more than 100 %.</source>
        <translation>Phase %1: Die Anteile für Training und Inferenz ergeben zusammen mehr als 100 %.</translation>
    </message>
    <message>
        <source>The device does not exist.</source>
        <translation>Das Gerät existiert nicht.</translation>
    </message>
    <message>
        <source>Remove device</source>
        <translation>Gerät entfernen</translation>
    </message>
    <message>
        <source>Rack %1 does not exist.</source>
        <translation>Rack %1 existiert nicht.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n rack(s)</source>
        <translation>
            <numerusform>%n Rack entfernen</numerusform>
            <numerusform>%n Racks entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>The device type %1 does not exist.</source>
        <translation>Der Gerätetyp %1 existiert nicht.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is mounted %n time(s) and cannot be removed.</source>
        <translation>
            <numerusform>%1 ist %n-mal eingebaut und kann nicht entfernt werden.</numerusform>
            <numerusform>%1 ist %n-mal eingebaut und kann nicht entfernt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove device type</source>
        <translation>Gerätetyp entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Import %n device type(s)</source>
        <translation>
            <numerusform>%n Gerätetyp importieren</numerusform>
            <numerusform>%n Gerätetypen importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 exists already.</source>
        <translation>%1 %2 existiert bereits.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>A power node needs a name.</source>
        <translation>Ein Stromversorgungsknoten braucht einen Namen.</translation>
    </message>
    <message>
        <source>%1 already feeds %2.</source>
        <translation>%1 speist %2 bereits.</translation>
    </message>
    <message>
        <source>%1 cannot feed %2: %2 already feeds %1, and power must flow from the sources to the loads.</source>
        <translation>%1 kann %2 nicht speisen: %2 speist %1 bereits, und Strom muss von den Quellen zu den Verbrauchern fließen.</translation>
    </message>
    <message>
        <source>Power node %1 does not exist.</source>
        <translation>Stromversorgungsknoten %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Power link %1 does not exist.</source>
        <translation>Stromverbindung %1 gibt es nicht.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n power link(s)</source>
        <translation>
            <numerusform>Stromverbindung entfernen</numerusform>
            <numerusform>%n Stromverbindungen entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n power node(s)</source>
        <translation>
            <numerusform>Stromversorgungsknoten entfernen</numerusform>
            <numerusform>%n Stromversorgungsknoten entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose feed A or feed B.</source>
        <translation>Wählen Sie Einspeisung A oder B.</translation>
    </message>
    <message>
        <source>Rack %1 is named twice.</source>
        <translation>Rack %1 ist doppelt angegeben.</translation>
    </message>
    <message numerus="yes">
        <source>Connect feed A of %n rack(s)</source>
        <translation>
            <numerusform>Einspeisung A eines Racks anschließen</numerusform>
            <numerusform>Einspeisung A von %n Racks anschließen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connect feed B of %n rack(s)</source>
        <translation>
            <numerusform>Einspeisung B eines Racks anschließen</numerusform>
            <numerusform>Einspeisung B von %n Racks anschließen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cooling unit %1 does not exist.</source>
        <translation>Kühlgerät %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>A label needs some text.</source>
        <translation>Eine Beschriftung braucht einen Text.</translation>
    </message>
    <message>
        <source>The label's hall does not exist.</source>
        <translation>Die Halle der Beschriftung gibt es nicht.</translation>
    </message>
    <message>
        <source>The underlay's hall does not exist.</source>
        <translation>Die Halle der Planunterlage gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>rw::PlanJson</name>
    <message>
        <source>The file is not valid JSON: %1 at byte %2.</source>
        <translation>Die Datei ist kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>$ must be an object.</source>
        <translation>$ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>%1 appears more than once.</source>
        <translation>%1 kommt mehr als einmal vor.</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>must be "rackwerk-plan"</source>
        <translation>muss „rackwerk-plan“ sein</translation>
    </message>
    <message>
        <source>must be a format version number</source>
        <translation>muss eine Formatversionsnummer sein</translation>
    </message>
    <message>
        <source>is %1, newer than this Rackwerk reads (%2)</source>
        <translation>ist %1 und damit neuer, als diese Rackwerk-Version lesen kann (%2)</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation>muss eine ganze Zahl von mindestens 1 sein</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>repeats a key used before</source>
        <translation>wiederholt einen bereits verwendeten Schlüssel</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>ist kein bekanntes Feld</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>must be above every id in use, but the id %1 is in use</source>
        <translation>muss über jeder verwendeten Kennung liegen, aber die Kennung %1 wird verwendet</translation>
    </message>
</context>
<context>
    <name>rw::PlanStore</name>
    <message>
        <source>The table "%1" is missing or incomplete (%2).</source>
        <translation>Die Tabelle „%1“ fehlt oder ist unvollständig (%2).</translation>
    </message>
    <message>
        <source>Table "%1", row %2, field "%3" %4.</source>
        <translation>Tabelle „%1“, Zeile %2, Feld „%3“ %4.</translation>
    </message>
    <message>
        <source>Reading table "%1" failed (%2).</source>
        <translation>Das Lesen der Tabelle „%1“ ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2).</source>
        <translation>Die Datei %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Die Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is not a Rackwerk plan: it is not an SQLite database.</source>
        <translation>%1 ist kein Rackwerk-Plan: Es ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>The plan %1 is truncated: the file ends inside its header.</source>
        <translation>Der Plan %1 ist abgeschnitten: Die Datei endet innerhalb ihres Headers.</translation>
    </message>
    <message>
        <source>The plan %1 cannot be opened: %2</source>
        <translation>Der Plan %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The plan %1 is damaged and cannot be read (%2).</source>
        <translation>Der Plan %1 ist beschädigt und kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Rackwerk plan.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Rackwerk-Plan.</translation>
    </message>
    <message>
        <source>The plan %1 was saved by a newer Rackwerk (file format %2; this version reads up to %3). Please update Rackwerk.</source>
        <translation>Der Plan %1 wurde mit einer neueren Rackwerk-Version gespeichert (Dateiformat %2; diese Version liest bis %3). Bitte aktualisieren Sie Rackwerk.</translation>
    </message>
    <message>
        <source>The plan %1 has no valid format version.</source>
        <translation>Der Plan %1 hat keine gültige Formatversion.</translation>
    </message>
    <message>
        <source>The plan %1 is damaged (integrity check: %2).</source>
        <translation>Der Plan %1 ist beschädigt (Integritätsprüfung: %2).</translation>
    </message>
    <message>
        <source>The plan %1 contains views or triggers, which Rackwerk never writes. It was not opened.</source>
        <translation>Der Plan %1 enthält Views oder Trigger, die Rackwerk nie schreibt. Er wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>The plan %1 could not be upgraded from format %2: %3</source>
        <translation>Der Plan %1 konnte nicht aus Format %2 aktualisiert werden: %3</translation>
    </message>
    <message>
        <source>The plan must describe exactly one site, but holds %1.</source>
        <translation>Der Plan muss genau einen Standort beschreiben, enthält aber %1.</translation>
    </message>
    <message>
        <source>Table "%1" holds the key %2 twice.</source>
        <translation>Die Tabelle „%1“ enthält den Schlüssel %2 doppelt.</translation>
    </message>
    <message>
        <source>The stored next free id (meta nextId) must be a whole number from 1 to %1.</source>
        <translation>Die gespeicherte nächste freie Kennung (meta nextId) muss eine ganze Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <source>Table "%1" holds the id 0, which means "none".</source>
        <translation>Die Tabelle „%1“ enthält die Kennung 0, die „keine“ bedeutet.</translation>
    </message>
    <message>
        <source>The plan is inconsistent: %1</source>
        <translation>Der Plan ist widersprüchlich: %1</translation>
    </message>
    <message>
        <source>The plan %1 cannot be opened. %2</source>
        <translation>Der Plan %1 kann nicht geöffnet werden. %2</translation>
    </message>
    <message>
        <source>The plan could not be saved to %1: %2</source>
        <translation>Der Plan konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>the new file could not be written to disk</source>
        <translation>die neue Datei konnte nicht auf den Datenträger geschrieben werden</translation>
    </message>
    <message>
        <source>the backup of the older file could not be made</source>
        <translation>die Sicherungskopie der älteren Datei konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>The plan %1 is truncated: it should hold %L2 bytes but has only %L3. Use a complete copy.</source>
        <translation>Der Plan %1 ist abgeschnitten: Er müsste %L2 Bytes enthalten, hat aber nur %L3. Verwenden Sie eine vollständige Kopie.</translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more problem(s)</source>
        <translation>
            <numerusform>%1 und %n weiteres Problem</numerusform>
            <numerusform>%1 und %n weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan %1 has changes of another program in %2 that are not in the plan file itself. Close that program (or let SQLite merge them) and open the plan again.</source>
        <translation>Der Plan %1 hat in %2 Änderungen eines anderen Programms, die nicht in der Plandatei selbst stehen. Schließen Sie dieses Programm (oder lassen Sie SQLite sie übernehmen) und öffnen Sie den Plan erneut.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2; no Rackwerk plan is that large.</source>
        <translation>Die Datei %1 ist größer als %2; so groß ist kein Rackwerk-Plan.</translation>
    </message>
    <message>
        <source>The plan %1 does not fit into memory.</source>
        <translation>Der Plan %1 passt nicht in den Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The stored next free id (meta nextId) is %1, but the id %2 is in use; it must be above every id.</source>
        <translation>Die gespeicherte nächste freie Kennung (meta nextId) ist %1, aber die Kennung %2 wird verwendet; sie muss über jeder Kennung liegen.</translation>
    </message>
</context>
<context>
    <name>rw::PlanTree</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Halls</source>
        <translation>Hallen</translation>
    </message>
    <message>
        <source>%1 x %2 m</source>
        <translation>%1 × %2 m</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>U%1 %2</source>
        <translation>HE %1 %2</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>Kühlung</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Power chain</source>
        <translation>Stromversorgungskette</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>month %1: %2 installed</source>
        <translation>Monat %1: %2 installiert</translation>
    </message>
    <message>
        <source>Device types</source>
        <translation>Gerätetypen</translation>
    </message>
    <message>
        <source>%1 U, %2</source>
        <translation>%1 HE, %2</translation>
    </message>
    <message>
        <source>Label "%1"</source>
        <translation>Beschriftung „%1“</translation>
    </message>
    <message>
        <source>%1 m high</source>
        <translation>%1 m hoch</translation>
    </message>
    <message>
        <source>Row without containment</source>
        <translation>Reihe ohne Einhausung</translation>
    </message>
    <message>
        <source>Row, containment: %1</source>
        <translation>Reihe, Einhausung: %1</translation>
    </message>
    <message>
        <source>%1, side %2, %3</source>
        <translation>%1, Seite %2, %3</translation>
    </message>
</context>
<context>
    <name>rw::PlanValidator</name>
    <message>
        <source>A device type needs a key.</source>
        <translation>Ein Gerätetyp braucht eine Kennung.</translation>
    </message>
    <message>
        <source>Device type %1: power must satisfy idle &lt;= typical &lt;= max.</source>
        <translation>Gerätetyp %1: Für die Leistung muss Leerlauf &lt;= typisch &lt;= maximal gelten.</translation>
    </message>
    <message>
        <source>Device type %1: %2 power supplies required but only %3 fitted.</source>
        <translation>Gerätetyp %1: %2 Netzteile erforderlich, aber nur %3 eingebaut.</translation>
    </message>
    <message>
        <source>Device type %1: the required power supplies cannot carry its maximum power.</source>
        <translation>Gerätetyp %1: Die erforderlichen Netzteile können seine maximale Leistung nicht tragen.</translation>
    </message>
    <message>
        <source>Device %1 is in rack %2, which does not exist.</source>
        <translation>Gerät %1 ist in Rack %2, das nicht existiert.</translation>
    </message>
    <message>
        <source>Device %1 has type "%2", which is not in the plan's catalogue.</source>
        <translation>Gerät %1 hat den Typ „%2“, der nicht im Katalog des Plans enthalten ist.</translation>
    </message>
    <message>
        <source>%1 at U%2 needs %3 U and does not fit into rack %4 (%5 U).</source>
        <translation>%1 auf HE %2 braucht %3 HE und passt nicht in Rack %4 (%5 HE).</translation>
    </message>
    <message>
        <source>%1 is %2 mm deep; rack %3 is only %4 mm deep.</source>
        <translation>%1 ist %2 mm tief; Rack %3 ist nur %4 mm tief.</translation>
    </message>
    <message>
        <source>%1 at U%2 overlaps %3 at U%4 in rack %5.</source>
        <translation>%1 auf HE %2 überschneidet sich mit %3 auf HE %4 in Rack %5.</translation>
    </message>
    <message>
        <source>Obstacle %1 is in a hall that does not exist.</source>
        <translation>Hindernis %1 liegt in einer Halle, die nicht existiert.</translation>
    </message>
    <message>
        <source>Row %1 is in a hall that does not exist.</source>
        <translation>Reihe %1 liegt in einer Halle, die nicht existiert.</translation>
    </message>
    <message>
        <source>Rack %1 is in a hall that does not exist.</source>
        <translation>Rack %1 steht in einer Halle, die nicht existiert.</translation>
    </message>
    <message>
        <source>Rack %1 belongs to a row that does not exist in its hall.</source>
        <translation>Rack %1 gehört zu einer Reihe, die in seiner Halle nicht existiert.</translation>
    </message>
    <message>
        <source>Rack %1 is fed by power node %2, which does not exist.</source>
        <translation>Rack %1 wird vom Stromversorgungsknoten %2 gespeist, der nicht existiert.</translation>
    </message>
    <message>
        <source>Rack %1 draws up to %2 kW, more than its budget of %3 kW.</source>
        <translation>Rack %1 nimmt bis zu %2 kW auf, mehr als sein Budget von %3 kW.</translation>
    </message>
    <message>
        <source>Rack %1 carries %2 kg of equipment, more than its rating of %3 kg.</source>
        <translation>Rack %1 trägt %2 kg Geräte, mehr als seine zulässige Last von %3 kg.</translation>
    </message>
    <message>
        <source>Cooling unit %1 is in a hall that does not exist.</source>
        <translation>Kühlgerät %1 steht in einer Halle, die nicht existiert.</translation>
    </message>
    <message>
        <source>Cooling unit %1 is fed by power node %2, which does not exist.</source>
        <translation>Kühlgerät %1 wird vom Stromversorgungsknoten %2 gespeist, der nicht existiert.</translation>
    </message>
    <message>
        <source>Cooling unit %1: return temperature must be above supply temperature.</source>
        <translation>Kühlgerät %1: Die Rücklauftemperatur muss über der Vorlauftemperatur liegen.</translation>
    </message>
    <message>
        <source>Power node %1 is in a hall that does not exist.</source>
        <translation>Stromversorgungsknoten %1 liegt in einer Halle, die nicht existiert.</translation>
    </message>
    <message>
        <source>Power link %1 connects a node that does not exist.</source>
        <translation>Stromverbindung %1 verbindet einen Knoten, der nicht existiert.</translation>
    </message>
    <message>
        <source>Power link %1 feeds a node from itself.</source>
        <translation>Stromverbindung %1 speist einen Knoten aus sich selbst.</translation>
    </message>
    <message>
        <source>The power chain has a loop through %1: power must flow from sources to loads.</source>
        <translation>Die Stromversorgungskette enthält eine Schleife über %1: Der Strom muss von den Quellen zu den Verbrauchern fließen.</translation>
    </message>
    <message>
        <source>Phase %1 belongs to a scenario that does not exist.</source>
        <translation>Phase %1 gehört zu einem Szenario, das nicht existiert.</translation>
    </message>
    <message>
        <source>Phase %1: training and inference shares add up to more than 100 %.</source>
        <translation>Phase %1: Die Anteile für Training und Inferenz ergeben zusammen mehr als 100 %.</translation>
    </message>
    <message>
        <source>Rack %1 would be fed twice from %2: feeds A and B must come from different nodes.</source>
        <translation>Rack %1 würde zweimal aus %2 gespeist: Einspeisung A und B müssen von verschiedenen Knoten kommen.</translation>
    </message>
    <message>
        <source>Rack %1: feed A cannot come from %2, a node of side B.</source>
        <translation>Rack %1: Einspeisung A kann nicht von %2 kommen, einem Knoten der Seite B.</translation>
    </message>
    <message>
        <source>Rack %1: feed B cannot come from %2, a node of side A.</source>
        <translation>Rack %1: Einspeisung B kann nicht von %2 kommen, einem Knoten der Seite A.</translation>
    </message>
    <message>
        <source>Label %1 has no text.</source>
        <translation>Beschriftung %1 hat keinen Text.</translation>
    </message>
    <message>
        <source>Label "%1" is in a hall that does not exist.</source>
        <translation>Beschriftung „%1“ liegt in einer Halle, die es nicht gibt.</translation>
    </message>
    <message>
        <source>Label "%1" lies outside hall %2.</source>
        <translation>Beschriftung „%1“ liegt außerhalb der Halle %2.</translation>
    </message>
    <message>
        <source>The plan holds %1 weather years; a site uses one.</source>
        <translation>Der Plan enthält %1 Wetterjahre; ein Standort verwendet eines.</translation>
    </message>
    <message>
        <source>Underlay "%1" is in a hall that does not exist.</source>
        <translation>Planunterlage „%1“ liegt in einer Halle, die es nicht gibt.</translation>
    </message>
</context>
<context>
    <name>rw::PowerAnalyzer</name>
    <message>
        <source>No rack draws power yet: there is nothing to assess.</source>
        <translation>Noch nimmt kein Rack Leistung auf: Es gibt nichts zu bewerten.</translation>
    </message>
    <message>
        <source>Even in normal operation not every rack is fully served or a node is over its rating.</source>
        <translation>Schon im Normalbetrieb wird nicht jedes Rack voll versorgt, oder ein Knoten liegt über seiner Nennleistung.</translation>
    </message>
    <message>
        <source>Every single failure leaves all racks fully served, and every loaded rack has two independent power paths: fault tolerant.</source>
        <translation>Bei jedem Einzelausfall bleiben alle Racks voll versorgt, und jedes belastete Rack hat zwei unabhängige Versorgungswege: fehlertolerant.</translation>
    </message>
    <message>
        <source>Every single failure leaves all racks fully served, but some racks share a path: concurrently maintainable, not fault tolerant.</source>
        <translation>Bei jedem Einzelausfall bleiben alle Racks voll versorgt, aber einige Racks teilen sich einen Versorgungsweg: im laufenden Betrieb wartbar, nicht fehlertolerant.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rack(s) without power</source>
        <translation>
            <numerusform>%Ln Rack ohne Strom</numerusform>
            <numerusform>%Ln Racks ohne Strom</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rack(s) on too few power supplies</source>
        <translation>
            <numerusform>%Ln Rack mit zu wenigen Netzteilen</numerusform>
            <numerusform>%Ln Racks mit zu wenigen Netzteilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln power node(s) over their rating</source>
        <translation>
            <numerusform>%Ln Knoten über seiner Nennleistung</numerusform>
            <numerusform>%Ln Knoten über ihrer Nennleistung</numerusform>
        </translation>
    </message>
    <message>
        <source>A single failure (%1) leaves %2: there is a single point of failure.</source>
        <translation>Ein Einzelausfall (%1) hinterlässt %2: Es gibt einen Single Point of Failure.</translation>
    </message>
</context>
<context>
    <name>rw::PowerChainPanel</name>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Add node</source>
        <translation>Knoten hinzufügen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit the selected node: kind, ratings, power factor, efficiency curve, redundancy</source>
        <translation>Den gewählten Knoten bearbeiten: Art, Nennleistungen, Leistungsfaktor, Wirkungsgradkurve, Redundanz</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Let one node feed another (select the two nodes, the feeding one first)</source>
        <translation>Einen Knoten einen anderen speisen lassen (die beiden Knoten wählen, den speisenden zuerst)</translation>
    </message>
    <message>
        <source>Racks...</source>
        <translation>Racks...</translation>
    </message>
    <message>
        <source>Connect racks' feed A or B to the selected node</source>
        <translation>Einspeisung A oder B von Racks an den gewählten Knoten anschließen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected nodes (with their links) and links</source>
        <translation>Die gewählten Knoten (mit ihren Verbindungen) und Verbindungen entfernen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in (mouse wheel)</source>
        <translation>Vergrößern (Mausrad)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom out (mouse wheel)</source>
        <translation>Verkleinern (Mausrad)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>New node</source>
        <translation>Neuer Knoten</translation>
    </message>
    <message>
        <source>Power node not added</source>
        <translation>Stromversorgungsknoten nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Power link not added</source>
        <translation>Stromverbindung nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Power node not changed</source>
        <translation>Stromversorgungsknoten nicht geändert</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Nicht entfernt</translation>
    </message>
    <message>
        <source>Link power nodes</source>
        <translation>Stromversorgungsknoten verbinden</translation>
    </message>
    <message>
        <source>Feeding node:</source>
        <translation>Speisender Knoten:</translation>
    </message>
    <message>
        <source>Fed node:</source>
        <translation>Gespeister Knoten:</translation>
    </message>
    <message>
        <source>Racks not connected</source>
        <translation>Racks nicht angeschlossen</translation>
    </message>
    <message>
        <source>Load at design power (N-1: after the worst single failure). &lt;span style='color:#c62828'&gt;Red&lt;/span&gt;: over its rating; &lt;span style='color:#ef6c00'&gt;orange&lt;/span&gt;: over it after a failure. Blue: side A, green: side B.</source>
        <translation>Last bei Auslegungsleistung (N-1: nach dem ungünstigsten Einzelausfall). &lt;span style='color:#c62828'&gt;Rot&lt;/span&gt;: über der Nennleistung; &lt;span style='color:#ef6c00'&gt;orange&lt;/span&gt;: darüber nach einem Ausfall. Blau: Seite A, grün: Seite B.</translation>
    </message>
    <message>
        <source>Mouse wheel: zoom; middle button or Space + drag: pan; click a node: the floor plan selects what it feeds; double-click: edit</source>
        <translation>Mausrad: zoomen; mittlere Maustaste oder Leertaste + Ziehen: verschieben; Klick auf einen Knoten: der Grundriss wählt aus, was er speist; Doppelklick: bearbeiten</translation>
    </message>
    <message>
        <source>Add node below</source>
        <translation>Knoten darunter hinzufügen</translation>
    </message>
    <message>
        <source>Add a power node fed by the selected node</source>
        <translation>Einen Stromknoten hinzufügen, den der ausgewählte Knoten speist</translation>
    </message>
    <message>
        <source>Add node below %1</source>
        <translation>Knoten unter %1 hinzufügen</translation>
    </message>
    <message>
        <source>Whole power chain</source>
        <translation>Gesamte Stromversorgungskette</translation>
    </message>
    <message>
        <source>Above the halls</source>
        <translation>Oberhalb der Hallen</translation>
    </message>
    <message>
        <source>%1 and its supply</source>
        <translation>%1 mit Einspeisung</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Which part of the power chain the diagram draws: all of it, the part above the halls (what serves several halls), or one hall with its supply back to the grid</source>
        <translation>Welchen Teil der Stromversorgungskette das Schaltbild zeichnet: die ganze Kette, den Teil oberhalb der Hallen (was mehrere Hallen versorgt) oder eine Halle mit ihrer Einspeisung bis zum Netz</translation>
    </message>
    <message>
        <source>Fit the whole diagram into the view</source>
        <translation>Das ganze Schaltbild in die Ansicht einpassen</translation>
    </message>
    <message>
        <source>Add a power node (utility feed, transformer, generator, UPS, switchboard, PDU, busway, RPP, rectifier to 800 V DC, 800 V DC busway), linked to nothing unless you choose its feeding node</source>
        <translation>Einen Stromknoten hinzufügen (Netzeinspeisung, Transformator, Netzersatzanlage, USV, Schaltanlage, PDU, Stromschiene, RPP, Gleichrichter auf 800 V DC, 800-V-DC-Stromschiene); er wird nur verbunden, wenn Sie seinen speisenden Knoten wählen</translation>
    </message>
    <message>
        <source>To 800 V DC</source>
        <translation>Auf 800 V DC</translation>
    </message>
    <message>
        <source>Make the selected nodes rectifiers (medium-voltage AC to 800 V DC) and every node below them an 800 V DC busway, with the default efficiencies of those kinds</source>
        <translation>Die gewählten Knoten zu Gleichrichtern (Mittelspannung AC auf 800 V DC) machen und jeden Knoten darunter zu einer 800-V-DC-Stromschiene, mit den Standardwirkungsgraden dieser Arten</translation>
    </message>
    <message>
        <source>Not converted to 800 V DC</source>
        <translation>Nicht auf 800 V DC umgestellt</translation>
    </message>
</context>
<context>
    <name>rw::PowerEdits</name>
    <message>
        <source>Power node %1 does not exist.</source>
        <translation>Stromknoten %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Add power node %1 below %2</source>
        <translation>Stromknoten %1 unter %2 hinzufügen</translation>
    </message>
    <message>
        <source>Add power node %1</source>
        <translation>Stromknoten %1 hinzufügen</translation>
    </message>
    <message>
        <source>Name at least one power node to become a rectifier.</source>
        <translation>Nennen Sie mindestens einen Stromversorgungsknoten, der zum Gleichrichter wird.</translation>
    </message>
    <message>
        <source>%1 is a %2: a rectifier is fed from the medium-voltage AC, it cannot be the source.</source>
        <translation>%1 ist vom Typ %2: Ein Gleichrichter wird aus der Mittelspannung gespeist, er kann nicht die Quelle sein.</translation>
    </message>
    <message numerus="yes">
        <source>Convert %Ln node(s) to 800 V DC distribution</source>
        <translation>
            <numerusform>%Ln Knoten auf 800-V-DC-Verteilung umstellen</numerusform>
            <numerusform>%Ln Knoten auf 800-V-DC-Verteilung umstellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::PowerNodeDialog</name>
    <message>
        <source>New power node</source>
        <translation>Neuer Stromversorgungsknoten</translation>
    </message>
    <message>
        <source>Power node %1</source>
        <translation>Stromversorgungsknoten %1</translation>
    </message>
    <message>
        <source>The node that feeds the new one; a link is added only when you choose one</source>
        <translation>Der Knoten, der den neuen speist; eine Verbindung entsteht nur, wenn Sie einen wählen</translation>
    </message>
    <message>
        <source>Fed by:</source>
        <translation>Gespeist von:</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Nicht verbunden</translation>
    </message>
</context>
<context>
    <name>rw::PowerNodeTool</name>
    <message>
        <source>Power node</source>
        <translation>Stromversorgungsknoten</translation>
    </message>
    <message>
        <source>Click to place a PDU, RPP or busway</source>
        <translation>Klicken setzt eine PDU, einen RPP oder eine Stromschiene</translation>
    </message>
</context>
<context>
    <name>rw::PropertyPanel</name>
    <message>
        <source>Hall</source>
        <translation>Halle</translation>
    </message>
    <message numerus="yes">
        <source>%n items of different kinds are selected. Select items of one kind to edit them together.</source>
        <translation>
            <numerusform>%n Element verschiedener Art ist ausgewählt. Elemente einer Art auswählen, um sie gemeinsam zu bearbeiten.</numerusform>
            <numerusform>%n Elemente verschiedener Art sind ausgewählt. Elemente einer Art auswählen, um sie gemeinsam zu bearbeiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s)</source>
        <translation>
            <numerusform>%n Rack</numerusform>
            <numerusform>%n Racks</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Reihe</translation>
    </message>
    <message numerus="yes">
        <source>%n cooling unit(s)</source>
        <translation>
            <numerusform>%n Kühlgerät</numerusform>
            <numerusform>%n Kühlgeräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n obstacle(s)</source>
        <translation>
            <numerusform>%n Hindernis</numerusform>
            <numerusform>%n Hindernisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n power node(s)</source>
        <translation>
            <numerusform>%n Stromversorgungsknoten</numerusform>
            <numerusform>%n Stromversorgungsknoten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (varies)</source>
        <translation>%1 (unterschiedlich)</translation>
    </message>
    <message>
        <source>The selected items have different values; a value entered here is set on all of them.</source>
        <translation>Die ausgewählten Elemente haben verschiedene Werte; ein hier eingegebener Wert gilt für alle.</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n Beschriftung</numerusform>
            <numerusform>%n Beschriftungen</numerusform>
        </translation>
    </message>
    <message>
        <source>On a coolant loop</source>
        <translation>An einem Kühlmittelkreis</translation>
    </message>
    <message>
        <source>Coolant loop %1</source>
        <translation>Kühlmittelkreis %1</translation>
    </message>
</context>
<context>
    <name>rw::RackChecks</name>
    <message>
        <source>Rack %1 is air-cooled, but %2 needs liquid cooling (%3 of its heat).</source>
        <translation>Rack %1 ist luftgekühlt, aber %2 braucht Flüssigkühlung (%3 seiner Wärme).</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Rack %1 draws up to %2 kW, more than its budget of %3 kW.</source>
        <translation>Rack %1 nimmt bis zu %2 kW auf, mehr als sein Budget von %3 kW.</translation>
    </message>
    <message>
        <source>Rack %1 carries %2 kg of equipment, more than its rating of %3 kg.</source>
        <translation>Rack %1 trägt %2 kg Geräte, mehr als seine zulässige Last von %3 kg.</translation>
    </message>
    <message>
        <source>Rack %1 puts %2 kg/m² on its footprint; the floor is rated for %3 kg/m².</source>
        <translation>Rack %1 belastet seine Grundfläche mit %2 kg/m²; der Boden trägt %3 kg/m².</translation>
    </message>
    <message>
        <source>Rack %1 puts %2 kg on each foot; the floor tiles are rated for %3 kg.</source>
        <translation>Rack %1 belastet jeden Fuß mit %2 kg; die Bodenplatten tragen %3 kg.</translation>
    </message>
    <message>
        <source>Rack %1 has devices but no power feed.</source>
        <translation>Rack %1 hat Geräte, aber keine Einspeisung.</translation>
    </message>
    <message>
        <source>%1, which feeds rack %2, would carry up to %3 kW of its racks' maximum draw alone, more than its rating of %4 kW.</source>
        <translation>%1, das Rack %2 speist, trüge allein bis zu %3 kW der Höchstlast seiner Racks, mehr als seine Nennleistung von %4 kW.</translation>
    </message>
</context>
<context>
    <name>rw::RackElevationPanel</name>
    <message>
        <source>Rack %1 has no open units.</source>
        <translation>Rack %1 hat keine offenen Höheneinheiten.</translation>
    </message>
    <message>
        <source>Remove device</source>
        <translation>Gerät entfernen</translation>
    </message>
    <message>
        <source>Remove the selected device from the rack (Delete)</source>
        <translation>Das ausgewählte Gerät aus dem Rack entfernen (Entf)</translation>
    </message>
    <message>
        <source>Blank open units</source>
        <translation>Offene HE mit Blenden schließen</translation>
    </message>
    <message>
        <source>Close every open unit with a 1 U blanking panel, so hot air cannot recirculate</source>
        <translation>Jede offene Höheneinheit mit einer 1-HE-Blende schließen, damit keine warme Luft zurückströmt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rack elevation&lt;/b&gt;: no rack selected</source>
        <translation>&lt;b&gt;Rackansicht&lt;/b&gt;: kein Rack ausgewählt</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of %3 U used, %4 of %5 budget, %6 (frame rated %7 of equipment)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 von %3 HE belegt, %4 von %5 Budget, %6 (Rackrahmen zulässig für %7 Geräte)</translation>
    </message>
    <message>
        <source>No problems found in this rack.</source>
        <translation>In diesem Rack wurden keine Probleme gefunden.</translation>
    </message>
</context>
<context>
    <name>rw::RackElevationView</name>
    <message>
        <source>Select one rack on the floor plan (or double-click it) to see its elevation.</source>
        <translation>Ein Rack im Grundriss auswählen (oder doppelklicken), um seine Ansicht zu sehen.</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Front</translation>
    </message>
    <message>
        <source>Rear</source>
        <translation>Rückseite</translation>
    </message>
</context>
<context>
    <name>rw::RackFeedDialog</name>
    <message>
        <source>Racks fed from %1</source>
        <translation>Aus %1 gespeiste Racks</translation>
    </message>
    <message>
        <source>Feed A</source>
        <translation>Einspeisung A</translation>
    </message>
    <message>
        <source>Feed B</source>
        <translation>Einspeisung B</translation>
    </message>
    <message>
        <source>Side:</source>
        <translation>Seite:</translation>
    </message>
    <message>
        <source>Filter by rack or row name</source>
        <translation>Nach Rack- oder Reihenname filtern</translation>
    </message>
    <message>
        <source>Racks:</source>
        <translation>Racks:</translation>
    </message>
    <message>
        <source>Ticked racks take this side's feed from %1</source>
        <translation>Angehakte Racks beziehen diese Seite aus %1</translation>
    </message>
    <message>
        <source>%1 (now fed from %2)</source>
        <translation>%1 (jetzt aus %2 gespeist)</translation>
    </message>
</context>
<context>
    <name>rw::RackFill</name>
    <message>
        <source>Choose at least one device per rack.</source>
        <translation>Mindestens ein Gerät je Rack wählen.</translation>
    </message>
    <message>
        <source>%1 takes no rack units; mount it in the rack elevation.</source>
        <translation>%1 belegt keine Höheneinheiten; in der Rackansicht einbauen.</translation>
    </message>
    <message>
        <source>Rack %1 does not exist.</source>
        <translation>Rack %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 (%2 mm deep) does not fit into rack %3 (%4 mm deep).</source>
        <translation>%1 (%2 mm tief) passt nicht in Rack %3 (%4 mm tief).</translation>
    </message>
    <message numerus="yes">
        <source>Rack %1 has room for only %n more %2.</source>
        <translation>
            <numerusform>Rack %1 hat nur noch Platz für %n weiteres %2.</numerusform>
            <numerusform>Rack %1 hat nur noch Platz für %n weitere %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::RackRowEdits</name>
    <message>
        <source>There is no hall to draw the row in.</source>
        <translation>Es gibt keine Halle, in die die Reihe gezeichnet werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>Draw a row of %n rack(s)</source>
        <translation>
            <numerusform>Reihe mit %n Rack zeichnen</numerusform>
            <numerusform>Reihe mit %n Racks zeichnen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::RemovalEdits</name>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 feeds %n rack(s) or cooling unit(s); connect them elsewhere first.</source>
        <translation>
            <numerusform>%1 speist %n Rack oder Kühlgerät; dieses zuerst anders anschließen.</numerusform>
            <numerusform>%1 speist %n Racks oder Kühlgeräte; diese zuerst anders anschließen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cooling unit %1 cannot be deleted: %2.</source>
        <translation>Kühlgerät %1 kann nicht gelöscht werden: %2.</translation>
    </message>
</context>
<context>
    <name>rw::ReviewController</name>
    <message>
        <source>Export review report</source>
        <translation>Prüfbericht exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the report's tables as CSV</source>
        <translation>Die Tabellen des Berichts als CSV exportieren</translation>
    </message>
    <message>
        <source>Compare with plan</source>
        <translation>Mit Plan vergleichen</translation>
    </message>
    <message>
        <source>Rackwerk plans (*.rackwerk)</source>
        <translation>Rackwerk-Pläne (*.rackwerk)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>Review checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>&amp;Run checks</source>
        <translation>Prüfungen &amp;ausführen</translation>
    </message>
    <message>
        <source>Check the plan against the law (EnEfG, EU 2024/1364), EN 50600, ASHRAE and the tender</source>
        <translation>Den Plan gegen das Gesetz (EnEfG, EU 2024/1364), EN 50600, ASHRAE und die Ausschreibung prüfen</translation>
    </message>
    <message>
        <source>&amp;Tender thresholds...</source>
        <translation>&amp;Schwellenwerte der Ausschreibung...</translation>
    </message>
    <message>
        <source>Thresholds of the tender, reviewer and notes, kept in a review file next to the plan</source>
        <translation>Schwellenwerte der Ausschreibung, Prüfer und Notizen, gespeichert in einer Prüfdatei neben dem Plan</translation>
    </message>
    <message>
        <source>Export report as &amp;PDF...</source>
        <translation>Bericht als &amp;PDF exportieren...</translation>
    </message>
    <message>
        <source>The review report in the current language, with the plan file's SHA-256</source>
        <translation>Der Prüfbericht in der aktuellen Sprache, mit dem SHA-256 der Plandatei</translation>
    </message>
    <message>
        <source>Export report tables as &amp;CSV...</source>
        <translation>Berichtstabellen als &amp;CSV exportieren...</translation>
    </message>
    <message>
        <source>Every table of the report as a CSV file</source>
        <translation>Jede Tabelle des Berichts als CSV-Datei</translation>
    </message>
    <message>
        <source>Compare &amp;with...</source>
        <translation>&amp;Vergleichen mit...</translation>
    </message>
    <message>
        <source>Show what differs between this plan and another one</source>
        <translation>Zeigen, was sich zwischen diesem und einem anderen Plan unterscheidet</translation>
    </message>
    <message>
        <source>Review not loaded</source>
        <translation>Prüfung nicht geladen</translation>
    </message>
    <message>
        <source>%1

The checks run without the tender's thresholds; saving the thresholds again replaces the file.</source>
        <translation>%1

Die Prüfungen laufen ohne die Schwellenwerte der Ausschreibung; erneutes Speichern der Schwellenwerte ersetzt die Datei.</translation>
    </message>
    <message>
        <source>The plan has no file, so the review is kept only until it is closed.</source>
        <translation>Der Plan hat keine Datei, daher bleibt die Prüfung nur bis zum Schließen erhalten.</translation>
    </message>
    <message>
        <source>Review not saved</source>
        <translation>Prüfung nicht gespeichert</translation>
    </message>
    <message>
        <source>Review saved to %1</source>
        <translation>Prüfung in %1 gespeichert</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Bericht nicht geschrieben</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Tables not written</source>
        <translation>Tabellen nicht geschrieben</translation>
    </message>
    <message>
        <source>%1 tables written to %2</source>
        <translation>%1 Tabellen nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <source>this plan</source>
        <translation>dieser Plan</translation>
    </message>
    <message>
        <source>Load rule file</source>
        <translation>Regeldatei laden</translation>
    </message>
    <message>
        <source>Rackwerk rule files (*.json)</source>
        <translation>Rackwerk-Regeldateien (*.json)</translation>
    </message>
    <message>
        <source>Rule file not loaded</source>
        <translation>Regeldatei nicht geladen</translation>
    </message>
    <message>
        <source>Load rule &amp;file...</source>
        <translation>Regel&amp;datei laden...</translation>
    </message>
    <message>
        <source>Apply a newer rule file, e.g. after an amendment of the law, without a new release of Rackwerk</source>
        <translation>Eine neuere Regeldatei anwenden, etwa nach einer Gesetzesänderung, ohne neue Version von Rackwerk</translation>
    </message>
    <message>
        <source>Use the &amp;bundled rule set</source>
        <translation>&amp;Mitgeliefertes Regelwerk verwenden</translation>
    </message>
    <message>
        <source>Apply the rule set that came with Rackwerk again</source>
        <translation>Wieder das mit Rackwerk gelieferte Regelwerk anwenden</translation>
    </message>
    <message>
        <source>Record &amp;exemption...</source>
        <translation>Ausnahme &amp;erfassen...</translation>
    </message>
    <message>
        <source>Record an exemption of the law (e.g. EnEfG section 11(3)) with the evidence seen</source>
        <translation>Eine gesetzliche Ausnahme (z. B. § 11 Abs. 3 EnEfG) mit dem gesehenen Nachweis erfassen</translation>
    </message>
    <message>
        <source>Rule set applied: %1</source>
        <translation>Angewandtes Regelwerk: %1</translation>
    </message>
    <message>
        <source>Exemption not recorded</source>
        <translation>Ausnahme nicht erfasst</translation>
    </message>
    <message>
        <source>Export the report's tables as XLSX</source>
        <translation>Die Tabellen des Berichts als XLSX exportieren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Export report tables as &amp;XLSX...</source>
        <translation>Berichtstabellen als &amp;XLSX exportieren...</translation>
    </message>
    <message>
        <source>Every table of the report as a sheet of one Excel workbook</source>
        <translation>Jede Tabelle des Berichts als Blatt einer Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <source>Not available: this Rackwerk was built without libxlsxwriter</source>
        <translation>Nicht verfügbar: Dieses Rackwerk wurde ohne libxlsxwriter gebaut</translation>
    </message>
    <message>
        <source>Tables written to %1</source>
        <translation>Tabellen nach %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>rw::ReviewEditor</name>
    <message>
        <source>The rule set %1 has no exemption “%2”.</source>
        <translation>Das Regelwerk %1 kennt keine Ausnahme „%2“.</translation>
    </message>
    <message>
        <source>An exemption needs the kind of evidence seen and its reference.</source>
        <translation>Eine Ausnahme braucht die Art des gesehenen Nachweises und sein Zeichen.</translation>
    </message>
    <message>
        <source>An exemption needs the date of its evidence.</source>
        <translation>Eine Ausnahme braucht das Datum ihres Nachweises.</translation>
    </message>
    <message>
        <source>This exemption is recorded already: remove it first to record it anew.</source>
        <translation>Diese Ausnahme ist bereits erfasst: Entfernen Sie sie zuerst, um sie neu zu erfassen.</translation>
    </message>
    <message>
        <source>Record exemption: %1</source>
        <translation>Ausnahme erfassen: %1</translation>
    </message>
    <message>
        <source>Edit tender thresholds</source>
        <translation>Schwellenwerte der Ausschreibung bearbeiten</translation>
    </message>
    <message>
        <source>No exemption “%1” is recorded.</source>
        <translation>Es ist keine Ausnahme „%1“ erfasst.</translation>
    </message>
    <message>
        <source>Remove exemption</source>
        <translation>Ausnahme entfernen</translation>
    </message>
</context>
<context>
    <name>rw::ReviewFile</name>
    <message>
        <source>Maximum annual PUE</source>
        <translation>Höchste Jahres-PUE</translation>
    </message>
    <message>
        <source>Minimum energy reuse factor (0-1)</source>
        <translation>Mindest-Energiewiederverwendungsfaktor (0 bis 1)</translation>
    </message>
    <message>
        <source>Minimum renewable electricity share (0-1)</source>
        <translation>Mindestanteil Strom aus erneuerbaren Energien (0 bis 1)</translation>
    </message>
    <message>
        <source>Minimum EN 50600 availability class</source>
        <translation>Mindest-Verfügbarkeitsklasse nach EN 50600</translation>
    </message>
    <message>
        <source>Maximum rack inlet temperature (°C)</source>
        <translation>Höchste Zulufttemperatur am Rack (°C)</translation>
    </message>
    <message>
        <source>Minimum power headroom after the worst failure (0-1)</source>
        <translation>Mindestreserve Strom nach dem ungünstigsten Ausfall (0 bis 1)</translation>
    </message>
    <message>
        <source>Minimum cooling headroom after redundancy (0-1)</source>
        <translation>Mindestreserve Kühlung nach Redundanz (0 bis 1)</translation>
    </message>
    <message>
        <source>The review file is larger than %1 bytes.</source>
        <translation>Die Prüfdatei ist größer als %1 Byte.</translation>
    </message>
    <message>
        <source>The review file is not valid JSON: %1 (at byte %2).</source>
        <translation>Die Prüfdatei ist kein gültiges JSON: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <source>The file is not a Rackwerk review.</source>
        <translation>Die Datei ist keine Rackwerk-Prüfung.</translation>
    </message>
    <message>
        <source>The review file has version %1; this Rackwerk reads version %2.</source>
        <translation>Die Prüfdatei hat Version %1; dieses Rackwerk liest Version %2.</translation>
    </message>
    <message>
        <source>The review file has an unknown entry "%1".</source>
        <translation>Die Prüfdatei hat einen unbekannten Eintrag „%1“.</translation>
    </message>
    <message>
        <source>"%1" in the review file must be a text of at most %2 characters.</source>
        <translation>„%1“ in der Prüfdatei muss ein Text mit höchstens %2 Zeichen sein.</translation>
    </message>
    <message>
        <source>"planSha256" in the review file is not a SHA-256 hash.</source>
        <translation>„planSha256“ in der Prüfdatei ist kein SHA-256-Hashwert.</translation>
    </message>
    <message>
        <source>"thresholds" in the review file must be an object.</source>
        <translation>„thresholds“ in der Prüfdatei muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>The review file names an unknown threshold "%1".</source>
        <translation>Die Prüfdatei nennt einen unbekannten Schwellenwert „%1“.</translation>
    </message>
    <message>
        <source>Threshold "%1" in the review file must be a number from %2 to %3.</source>
        <translation>Der Schwellenwert „%1“ in der Prüfdatei muss eine Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>"confirmations" in the review file must be an object.</source>
        <translation>„confirmations“ in der Prüfdatei muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>Confirmation "%1" in the review file must be a text.</source>
        <translation>Die Bestätigung „%1“ in der Prüfdatei muss ein Text sein.</translation>
    </message>
    <message>
        <source>Cannot read the review %1: %2</source>
        <translation>Die Prüfung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot open the review %1: %2</source>
        <translation>Die Prüfung %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the review %1: %2</source>
        <translation>Die Prüfung %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>"exemptions" in the review file must be a list of at most 100 entries.</source>
        <translation>„exemptions“ in der Prüfdatei muss eine Liste mit höchstens 100 Einträgen sein.</translation>
    </message>
    <message>
        <source>Exemption %L1 in the review file needs exactly "exemption", "evidenceKind", "reference" (texts) and "date" (YYYY-MM-DD).</source>
        <translation>Ausnahme %L1 in der Prüfdatei braucht genau „exemption“, „evidenceKind“, „reference“ (Texte) und „date“ (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>The review file is not valid: %1</source>
        <translation>Die Prüfdatei ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>rw::ReviewPanel</name>
    <message>
        <source>No checks have run yet: Review &gt; Run checks (F7).</source>
        <translation>Es wurden noch keine Prüfungen ausgeführt: Prüfung &gt; Prüfungen ausführen (F7).</translation>
    </message>
    <message>
        <source>The plan has changed since: run the checks again.</source>
        <translation>Der Plan wurde seitdem geändert: Prüfungen erneut ausführen.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Rule set %1: %L2 passed, %L3 failed, %L4 not assessable, %L5 not applicable, %L6 exempt.</source>
        <translation>Regelwerk %1: %L2 erfüllt, %L3 nicht erfüllt, %L4 nicht bewertbar, %L5 nicht anwendbar, %L6 ausgenommen.</translation>
    </message>
</context>
<context>
    <name>rw::ReviewReport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Betreiber</translation>
    </message>
    <message>
        <source>Start of operation</source>
        <translation>Betriebsbeginn</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Plan file</source>
        <translation>Plandatei</translation>
    </message>
    <message>
        <source>none (plan not from a file)</source>
        <translation>keine (Plan nicht aus einer Datei)</translation>
    </message>
    <message>
        <source>SHA-256 of the plan file</source>
        <translation>SHA-256 der Plandatei</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>Rackwerk version</source>
        <translation>Rackwerk-Version</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Regelwerk</translation>
    </message>
    <message>
        <source>%1, version %2 of %3</source>
        <translation>%1, Version %2 vom %3</translation>
    </message>
    <message>
        <source>Report created</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Ausschreibung</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Halls / rows / racks</source>
        <translation>Hallen / Reihen / Racks</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>Devices / GPUs</source>
        <translation>Geräte / GPUs</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Declared availability class</source>
        <translation>Angegebene Verfügbarkeitsklasse</translation>
    </message>
    <message>
        <source>Availability class the power chain supports</source>
        <translation>Von der Stromversorgung erreichte Verfügbarkeitsklasse</translation>
    </message>
    <message>
        <source>Checks passed / failed / not assessable / not applicable</source>
        <translation>Prüfungen erfüllt / nicht erfüllt / nicht bewertbar / nicht anwendbar</translation>
    </message>
    <message>
        <source>%1 / %2 / %3 / %4</source>
        <translation>%1 / %2 / %3 / %4</translation>
    </message>
    <message>
        <source>Bill of materials</source>
        <translation>Stückliste</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Rack</translation>
    </message>
    <message>
        <source>%1U rack</source>
        <translation>Rack mit %1 HE</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Stromversorgung</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>ohne Nennleistung</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>Kühlung</translation>
    </message>
    <message>
        <source>Power budget</source>
        <translation>Leistungsbudget</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Rating (kW)</source>
        <translation>Nennleistung (kW)</translation>
    </message>
    <message>
        <source>Design (kW)</source>
        <translation>Auslegung (kW)</translation>
    </message>
    <message>
        <source>Expected (kW)</source>
        <translation>Erwartet (kW)</translation>
    </message>
    <message>
        <source>Worst case (kW)</source>
        <translation>Ungünstigster Fall (kW)</translation>
    </message>
    <message>
        <source>Headroom (kW)</source>
        <translation>Reserve (kW)</translation>
    </message>
    <message>
        <source>Worst failure</source>
        <translation>Ungünstigster Ausfall</translation>
    </message>
    <message>
        <source>normal operation</source>
        <translation>Normalbetrieb</translation>
    </message>
    <message>
        <source>Cooling budget</source>
        <translation>Kühlbudget</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Load (kW)</source>
        <translation>Last (kW)</translation>
    </message>
    <message>
        <source>Installed (kW)</source>
        <translation>Installiert (kW)</translation>
    </message>
    <message>
        <source>After redundancy (kW)</source>
        <translation>Nach Redundanz (kW)</translation>
    </message>
    <message>
        <source>Meets redundancy</source>
        <translation>Redundanz erfüllt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Luft</translation>
    </message>
    <message>
        <source>Liquid</source>
        <translation>Flüssigkeit</translation>
    </message>
    <message>
        <source>Heat rejection</source>
        <translation>Rückkühlung</translation>
    </message>
    <message>
        <source>Failure analysis (each power node failed in turn)</source>
        <translation>Ausfallanalyse (jeder Stromversorgungsknoten nacheinander ausgefallen)</translation>
    </message>
    <message>
        <source>Failed node</source>
        <translation>Ausgefallener Knoten</translation>
    </message>
    <message>
        <source>Racks without power</source>
        <translation>Racks ohne Strom</translation>
    </message>
    <message>
        <source>Racks on too few supplies</source>
        <translation>Racks mit zu wenigen Netzteilen</translation>
    </message>
    <message>
        <source>Overloaded nodes</source>
        <translation>Überlastete Knoten</translation>
    </message>
    <message>
        <source>Unserved load (kW)</source>
        <translation>Nicht versorgte Last (kW)</translation>
    </message>
    <message>
        <source>Cooling units stopped</source>
        <translation>Ausgefallene Kühlgeräte</translation>
    </message>
    <message>
        <source>Projections</source>
        <translation>Prognosen</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Thermal</source>
        <translation>Thermisch</translation>
    </message>
    <message>
        <source>highest rack inlet %1 °C (%2, engine %3)</source>
        <translation>höchste Zulufttemperatur eines Racks %1 °C (%2, Rechenkern %3)</translation>
    </message>
    <message>
        <source>No thermal projection has been run.</source>
        <translation>Es wurde keine thermische Prognose gerechnet.</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>No energy projection has been run: PUE, ERF and REF are the bidder's declared values.</source>
        <translation>Es wurde keine Energieprognose gerechnet: PUE, ERF und REF sind die vom Bieter angegebenen Werte.</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Einhaltung der Vorgaben</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>In Kraft ab</translation>
    </message>
    <message>
        <source>Catalogue sources</source>
        <translation>Quellen des Katalogs</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Gerätetyp</translation>
    </message>
    <message>
        <source>Racks by highest inlet temperature (°C)</source>
        <translation>Racks nach höchster Zulufttemperatur (°C)</translation>
    </message>
    <message>
        <source>Monthly PUE (P50)</source>
        <translation>Monatliche PUE (P50)</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>Jahr %1</translation>
    </message>
    <message>
        <source>Energy reuse factor by operating year (%)</source>
        <translation>Energiewiederverwendungsfaktor nach Betriebsjahr (%)</translation>
    </message>
    <message>
        <source>Review of the plan "%1"</source>
        <translation>Prüfung des Plans „%1“</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>Rule and source</source>
        <translation>Regel und Quelle</translation>
    </message>
    <message>
        <source>Value / limit</source>
        <translation>Wert / Grenze</translation>
    </message>
    <message>
        <source>in force from %1</source>
        <translation>in Kraft ab %1</translation>
    </message>
    <message>
        <source>limit: %1</source>
        <translation>Grenze: %1</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Annahmen</translation>
    </message>
    <message>
        <source>The plan states no assumptions.</source>
        <translation>Der Plan nennt keine Annahmen.</translation>
    </message>
    <message>
        <source>Reviewer's notes</source>
        <translation>Notizen des Prüfers</translation>
    </message>
    <message>
        <source>Rackwerk %1. Plan file SHA-256: %2</source>
        <translation>Rackwerk %1. SHA-256 der Plandatei: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Floor plan: %1</source>
        <translation>Grundriss: %1</translation>
    </message>
    <message>
        <source>Item</source>
        <comment>bill of materials</comment>
        <translation>Position</translation>
    </message>
    <message>
        <source>annual PUE P50 %1, P95 %2 (%L3 trials, engine %4)</source>
        <translation>Jahres-PUE P50 %1, P95 %2 (%L3 Durchläufe, Rechenkern %4)</translation>
    </message>
    <message>
        <source>not declared</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>not assessable</source>
        <translation>nicht bewertbar</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Checks exempt (exemption recorded by the reviewer)</source>
        <translation>Ausgenommene Prüfungen (vom Prüfer erfasste Ausnahme)</translation>
    </message>
    <message>
        <source>Rule set applied</source>
        <translation>Angewandtes Regelwerk</translation>
    </message>
    <message>
        <source>Law applied</source>
        <translation>Angewandtes Recht</translation>
    </message>
    <message>
        <source>Legal context</source>
        <translation>Rechtlicher Zusammenhang</translation>
    </message>
    <message>
        <source>IT power, nameplate (kW)</source>
        <translation>IT-Leistung laut Typenschild (kW)</translation>
    </message>
    <message>
        <source>IT power, typical (kW)</source>
        <translation>IT-Leistung, typisch (kW)</translation>
    </message>
    <message>
        <source>Liquid cooling</source>
        <translation>Flüssigkeitskühlung</translation>
    </message>
    <message>
        <source>Coolant loop</source>
        <translation>Kühlmittelkreis</translation>
    </message>
    <message>
        <source>Heat (kW)</source>
        <translation>Wärme (kW)</translation>
    </message>
    <message>
        <source>Capacity (kW)</source>
        <translation>Leistung (kW)</translation>
    </message>
    <message>
        <source>Flow (L/min)</source>
        <translation>Durchfluss (l/min)</translation>
    </message>
    <message>
        <source>Flow needed (L/min)</source>
        <translation>Benötigter Durchfluss (l/min)</translation>
    </message>
    <message>
        <source>Pumps N+1</source>
        <translation>Pumpen N+1</translation>
    </message>
    <message>
        <source>Worst single failure</source>
        <translation>Ungünstigster Einzelausfall</translation>
    </message>
    <message>
        <source>no rack reaches a limit within %1 s</source>
        <translation>kein Rack erreicht binnen %1 s einen Grenzwert</translation>
    </message>
    <message>
        <source>%1: first rack limit after %2 s</source>
        <translation>%1: erster Rack-Grenzwert nach %2 s</translation>
    </message>
    <message>
        <source>Cooling failure sweep</source>
        <translation>Kühlungsausfallreihe</translation>
    </message>
    <message>
        <source>%L1 of %L2 runs finished, %L3 failed (engine %4)</source>
        <translation>%L1 von %L2 Läufen fertig, %L3 fehlgeschlagen (Rechenkern %4)</translation>
    </message>
    <message>
        <source>No cooling failure sweep has been run.</source>
        <translation>Es wurde keine Kühlungsausfallreihe gerechnet.</translation>
    </message>
    <message>
        <source>Cooling failure sweep (worst failure per hall)</source>
        <translation>Kühlungsausfallreihe (schlimmster Ausfall je Halle)</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Halle</translation>
    </message>
    <message>
        <source>Worst cooling failure</source>
        <translation>Schlimmster Kühlungsausfall</translation>
    </message>
    <message>
        <source>First rack outside the allowable range</source>
        <translation>Erstes Rack außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>After (s)</source>
        <translation>Nach (s)</translation>
    </message>
    <message>
        <source>Simulated (s)</source>
        <translation>Simuliert (s)</translation>
    </message>
    <message>
        <source>Racks outside in the steady state</source>
        <translation>Racks außerhalb im stationären Zustand</translation>
    </message>
    <message>
        <source>Runs finished</source>
        <translation>Fertige Läufe</translation>
    </message>
    <message>
        <source>Runs failed</source>
        <translation>Fehlgeschlagene Läufe</translation>
    </message>
    <message>
        <source>no failure run finished</source>
        <translation>kein Ausfalllauf fertig</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>nicht fertig</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 von %L2</translation>
    </message>
    <message>
        <source>; WUE %1 l/kWh (the coolant loops' cooling towers through the weather year)</source>
        <translation>; WUE %1 l/kWh (die Kühltürme der Kühlmittelkreise durch das Wetterjahr)</translation>
    </message>
    <message>
        <source>; reuse from the coolant loops' heat-reuse stages</source>
        <translation>; Abwärmenutzung aus den Stufen zur Abwärmenutzung der Kühlmittelkreise</translation>
    </message>
</context>
<context>
    <name>rw::RowTool</name>
    <message numerus="yes">
        <source>%n rack(s), %1 m, fronts %2</source>
        <translation>
            <numerusform>%n Rack, %1 m, Fronten nach %2</numerusform>
            <numerusform>%n Racks, %1 m, Fronten nach %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Rack row</source>
        <translation>Rackreihe</translation>
    </message>
    <message>
        <source>Drag out a row: as many racks as fit the dragged length</source>
        <translation>Eine Reihe aufziehen: so viele Racks, wie in die gezogene Länge passen</translation>
    </message>
</context>
<context>
    <name>rw::RuleSetLoader</name>
    <message>
        <source>The file is not a Rackwerk rule set.</source>
        <translation>Die Datei ist kein Rackwerk-Regelwerk.</translation>
    </message>
    <message>
        <source>Cannot read the rule set %1: %2</source>
        <translation>Das Regelwerk %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot load the rule set %1: it is larger than %L2 bytes.</source>
        <translation>Das Regelwerk %1 kann nicht geladen werden: Es ist größer als %L2 Byte.</translation>
    </message>
    <message>
        <source>Cannot load the rule set %1: %2</source>
        <translation>Das Regelwerk %1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown entry %1</source>
        <translation>unbekannter Eintrag %1</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a text of 1 to %L1 characters</source>
        <translation>muss ein Text mit 1 bis %L1 Zeichen sein</translation>
    </message>
    <message>
        <source>must be an identifier of at most 80 characters: lower-case letters, digits, points and hyphens</source>
        <translation>muss eine Kennung mit höchstens 80 Zeichen sein: Kleinbuchstaben, Ziffern, Punkte und Bindestriche</translation>
    </message>
    <message>
        <source>must be a date written as YYYY-MM-DD</source>
        <translation>muss ein Datum in der Form JJJJ-MM-TT sein</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>muss eine Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>muss einer dieser Werte sein: %1</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be a list of %L1 to %L2 entries</source>
        <translation>muss eine Liste mit %L1 bis %L2 Einträgen sein</translation>
    </message>
    <message>
        <source>entry %L1 must be an object</source>
        <translation>Eintrag %L1 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>law %L1</source>
        <translation>Gesetz %L1</translation>
    </message>
    <message>
        <source>a draft is not in force</source>
        <translation>ein Entwurf ist nicht in Kraft</translation>
    </message>
    <message>
        <source>a rule set marked as law cannot implement a draft: mark the rule set as a draft</source>
        <translation>ein als geltendes Recht gekennzeichnetes Regelwerk kann keinen Entwurf umsetzen: Kennzeichnen Sie das Regelwerk als Entwurf</translation>
    </message>
    <message>
        <source>%1 is used twice</source>
        <translation>%1 kommt zweimal vor</translation>
    </message>
    <message>
        <source>must be a web address starting with https://</source>
        <translation>muss eine Webadresse sein, die mit https:// beginnt</translation>
    </message>
    <message>
        <source>names no law of the rule set</source>
        <translation>nennt kein Gesetz des Regelwerks</translation>
    </message>
    <message>
        <source>%1 must be a number or letters such as 11, 3a or VII</source>
        <translation>%1 muss eine Zahl oder Buchstaben sein, etwa 11, 3a oder VII</translation>
    </message>
    <message>
        <source>only a standard is cited by a clause</source>
        <translation>nur eine Norm wird mit einem Abschnitt zitiert</translation>
    </message>
    <message>
        <source>a statute is cited by its section (with subsection, sentence, number) or its annex</source>
        <translation>ein Gesetz wird mit Paragraf (und Absatz, Satz, Nummer) oder Anlage zitiert</translation>
    </message>
    <message>
        <source>an EU act is cited by its article (with paragraph, point, letter) or its annex</source>
        <translation>ein EU-Rechtsakt wird mit Artikel (und Absatz, Nummer, Buchstabe) oder Anhang zitiert</translation>
    </message>
    <message>
        <source>a standard is cited by a clause</source>
        <translation>eine Norm wird mit einem Abschnitt zitiert</translation>
    </message>
    <message>
        <source>the plan's own figures are cited without parts</source>
        <translation>die eigenen Werte des Plans werden ohne Fundstelle zitiert</translation>
    </message>
    <message>
        <source>exemption %L1</source>
        <translation>Ausnahme %L1</translation>
    </message>
    <message>
        <source>fine %L1</source>
        <translation>Geldbuße %L1</translation>
    </message>
    <message>
        <source>%1 is no rule of the rule set</source>
        <translation>%1 ist keine Regel des Regelwerks</translation>
    </message>
    <message>
        <source>a threshold needs a “measure”</source>
        <translation>eine Schwelle braucht ein „measure“</translation>
    </message>
    <message>
        <source>“minKwPublic” lowers the threshold for public bodies: it cannot exceed “minKw”</source>
        <translation>„minKwPublic“ senkt die Schwelle für die öffentliche Hand: Es darf „minKw“ nicht übersteigen</translation>
    </message>
    <message>
        <source>“startFrom” must lie before “startBefore”</source>
        <translation>„startFrom“ muss vor „startBefore“ liegen</translation>
    </message>
    <message>
        <source>a role must be one of: %1</source>
        <translation>eine Rolle muss einer dieser Werte sein: %1</translation>
    </message>
    <message>
        <source>a role is named twice</source>
        <translation>eine Rolle ist zweimal genannt</translation>
    </message>
    <message>
        <source>must be a list of 1 to 60 entries</source>
        <translation>muss eine Liste mit 1 bis 60 Einträgen sein</translation>
    </message>
    <message>
        <source>item %L1</source>
        <translation>Angabe %L1</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1 needs exactly one of “field”, “figure” or “evidence”: true</source>
        <translation>%1 braucht genau eines von „field“, „figure“ oder „evidence“: true</translation>
    </message>
    <message>
        <source>rule %L1 (%2)</source>
        <translation>Regel %L1 (%2)</translation>
    </message>
    <message>
        <source>%1 is no exemption of the rule set</source>
        <translation>%1 ist keine Ausnahme des Regelwerks</translation>
    </message>
    <message>
        <source>The rule set is larger than %L1 bytes.</source>
        <translation>Das Regelwerk ist größer als %L1 Byte.</translation>
    </message>
    <message>
        <source>The rule set is not a JSON object.</source>
        <translation>Das Regelwerk ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The rule set is not valid JSON: %1 (at byte %L2).</source>
        <translation>Das Regelwerk ist kein gültiges JSON: %1 (bei Byte %L2).</translation>
    </message>
    <message>
        <source>The rule set names %1 twice.</source>
        <translation>Das Regelwerk nennt %1 zweimal.</translation>
    </message>
    <message>
        <source>The rule set has format version %1; this Rackwerk reads version %2.</source>
        <translation>Das Regelwerk hat die Formatversion %1; dieses Rackwerk liest Version %2.</translation>
    </message>
    <message>
        <source>The rule set is not valid: %1.</source>
        <translation>Das Regelwerk ist ungültig: %1.</translation>
    </message>
    <message>
        <source>The rule set is not valid: %1</source>
        <translation>Das Regelwerk ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>rw::RuleText</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, in force since %1</source>
        <translation>, in Kraft seit dem %1</translation>
    </message>
    <message>
        <source>, a draft: not law</source>
        <translation>, ein Entwurf: kein geltendes Recht</translation>
    </message>
    <message>
        <source>%1 annex %2</source>
        <comment>citation of an annex of a German statute: law, annex</comment>
        <translation>Anlage %2 %1</translation>
    </message>
    <message>
        <source>%1 section %2%3%4%5%6</source>
        <comment>citation of a German statute: law, section, subsection, sentence, number, letter</comment>
        <translation>§ %2%3%4%5%6 %1</translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>subsection of a German statute</comment>
        <translation> Abs. %1</translation>
    </message>
    <message>
        <source> sentence %1</source>
        <comment>sentence of a German statute</comment>
        <translation> Satz %1</translation>
    </message>
    <message>
        <source> no. %1</source>
        <comment>number of a German statute</comment>
        <translation> Nr. %1</translation>
    </message>
    <message>
        <source> letter %1</source>
        <comment>letter of a German statute</comment>
        <translation> Buchst. %1</translation>
    </message>
    <message>
        <source>Annex %2 to %1</source>
        <comment>citation of an annex of an EU act: act, annex</comment>
        <translation>Anhang %2 %1</translation>
    </message>
    <message>
        <source>Article %2%3%4%5 of %1</source>
        <comment>citation of an EU act: act, article, paragraph, point, letter</comment>
        <translation>Art. %2%3%4%5 %1</translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>paragraph of an EU article</comment>
        <translation> Abs. %1</translation>
    </message>
    <message>
        <source> point %1</source>
        <comment>point of an EU article</comment>
        <translation> Nr. %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <comment>letter of an EU article</comment>
        <translation> Buchst. %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>standard, clause</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, version %2 of %3</source>
        <translation>%1, Version %2 vom %3</translation>
    </message>
    <message>
        <source>%1 (DRAFT, not law)</source>
        <translation>%1 (ENTWURF, kein geltendes Recht)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>citation: what the rule demands</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>[secondary source: the law text itself was not read]</source>
        <translation>[Sekundärquelle: der Gesetzestext selbst wurde nicht gelesen]</translation>
    </message>
</context>
<context>
    <name>rw::SelectTool</name>
    <message>
        <source>Move by %1 m, %2 m</source>
        <translation>Verschieben um %1 m, %2 m</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Select by click or rubber band; drag to move; arrow keys nudge (Shift: 1 m)</source>
        <translation>Auswählen per Klick oder Rahmen; Ziehen verschiebt; Pfeiltasten verschieben schrittweise (Umschalt: 1 m)</translation>
    </message>
</context>
<context>
    <name>rw::SiteDialog</name>
    <message>
        <source>Site and assumptions</source>
        <translation>Standort und Annahmen</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Wetter</translation>
    </message>
    <message>
        <source>Weather file…</source>
        <translation>Wetterdatei …</translation>
    </message>
    <message>
        <source>An EnergyPlus weather file (EPW), a DWD test reference year (TRY .dat) or an hourly CSV</source>
        <translation>Eine EnergyPlus-Wetterdatei (EPW), ein DWD-Testreferenzjahr (TRY .dat) oder eine stündliche CSV-Datei</translation>
    </message>
    <message>
        <source>Typical Munich year</source>
        <translation>Typisches Münchner Jahr</translation>
    </message>
    <message>
        <source>typical Munich year (built from climate normals)</source>
        <translation>typisches Münchner Jahr (aus Klimanormalwerten erzeugt)</translation>
    </message>
    <message>
        <source>Weather file for the site</source>
        <translation>Wetterdatei für den Standort</translation>
    </message>
    <message>
        <source>Weather files (*.epw *.dat *.csv *.txt);;All files (*)</source>
        <translation>Wetterdateien (*.epw *.dat *.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Weather file</source>
        <translation>Wetterdatei</translation>
    </message>
</context>
<context>
    <name>rw::SiteMapView</name>
    <message>
        <source>%1
%2 GPUs · %3 IT
%4 racks</source>
        <translation>%1
%2 GPUs · %3 IT
%4 Racks</translation>
    </message>
    <message>
        <source>%1: %2 m², nameplate IT power %3 of %4 rack budgets. Double-click to open the hall.</source>
        <translation>%1: %2 m², IT-Leistung laut Typenschild %3 von %4 Rack-Budgets. Doppelklick öffnet die Halle.</translation>
    </message>
</context>
<context>
    <name>rw::SiteOverview</name>
    <message>
        <source>Hall</source>
        <translation>Halle</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>Racks</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>IT typical</source>
        <translation>IT typisch</translation>
    </message>
    <message>
        <source>IT nameplate</source>
        <translation>IT laut Typenschild</translation>
    </message>
    <message>
        <source>Rack budgets</source>
        <translation>Rack-Budgets</translation>
    </message>
    <message>
        <source>Heat to liquid</source>
        <translation>Wärme an Flüssigkeit</translation>
    </message>
    <message>
        <source>Air cooling</source>
        <translation>Luftkühlung</translation>
    </message>
    <message>
        <source>CDU capacity</source>
        <translation>CDU-Leistung</translation>
    </message>
    <message>
        <source>Capacity of the hall's running air cooling units (standby units left out)</source>
        <translation>Leistung der laufenden Luftkühlgeräte der Halle (Reservegeräte nicht mitgezählt)</translation>
    </message>
    <message>
        <source>Heat that goes to liquid cooling at nameplate power</source>
        <translation>Wärme, die bei Leistung laut Typenschild an die Flüssigkeitskühlung geht</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n hall(s), %2 GPUs, %3 IT nameplate. Double-click a hall to open it.</source>
        <translation>
            <numerusform>%1: %n Halle, %2 GPUs, %3 IT laut Typenschild. Doppelklick öffnet eine Halle.</numerusform>
            <numerusform>%1: %n Hallen, %2 GPUs, %3 IT laut Typenschild. Doppelklick öffnet eine Halle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Site total</source>
        <translation>Standort gesamt</translation>
    </message>
</context>
<context>
    <name>rw::SiteWeatherCodec</name>
    <message>
        <source>The stored weather "%1" holds %L2 hours instead of 8,760.</source>
        <translation>Das gespeicherte Wetter „%1“ enthält %L2 statt 8.760 Stunden.</translation>
    </message>
    <message>
        <source>The stored weather "%1", hour %2: "%3" is not a dry bulb and wet bulb in °C.</source>
        <translation>Gespeichertes Wetter „%1“, Stunde %2: „%3“ ist keine Trocken- und Feuchtkugeltemperatur in °C.</translation>
    </message>
    <message>
        <source>typical Munich year (built from climate normals)</source>
        <translation>typisches Münchner Jahr (aus Klimanormalwerten erzeugt)</translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation>%1 (%2%3)</translation>
    </message>
</context>
<context>
    <name>rw::StartPage</name>
    <message>
        <source>Capacity planner for AI data halls: draw the hall, its power chain and cooling, and check the budgets.</source>
        <translation>Kapazitätsplaner für KI-Rechenzentrumshallen: Halle, Stromversorgungskette und Kühlung zeichnen und die Budgets prüfen.</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>&amp;Neuer Plan</translation>
    </message>
    <message>
        <source>An empty plan with one hall, to draw from scratch</source>
        <translation>Ein leerer Plan mit einer Halle, um von vorn zu zeichnen</translation>
    </message>
    <message>
        <source>&amp;Open a plan...</source>
        <translation>Plan ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>A Rackwerk plan file (.rackwerk)</source>
        <translation>Eine Rackwerk-Plandatei (.rackwerk)</translation>
    </message>
    <message>
        <source>Open for &amp;review...</source>
        <translation>Zur &amp;Prüfung öffnen …</translation>
    </message>
    <message>
        <source>A submitted plan, read-only: nothing can be changed or saved over it</source>
        <translation>Ein eingereichter Plan, schreibgeschützt: Nichts kann geändert oder darüber gespeichert werden</translation>
    </message>
    <message>
        <source>Open the &amp;demo plan</source>
        <translation>&amp;Demoplan öffnen</translation>
    </message>
    <message>
        <source>Hall 1 of a Munich AI factory, 10,000 GPUs in 360 racks; opens as an unsaved copy</source>
        <translation>Halle 1 einer Münchner KI-Fabrik, 10.000 GPUs in 360 Racks; öffnet als ungespeicherte Kopie</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation>Zuletzt geöffnete Pläne</translation>
    </message>
    <message>
        <source>Plans you open or save are listed here.</source>
        <translation>Pläne, die Sie öffnen oder speichern, erscheinen hier.</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1
last changed %2 %3</source>
        <translation>%1
zuletzt geändert am %2 um %3</translation>
    </message>
    <message>
        <source>%1
not found</source>
        <translation>%1
nicht gefunden</translation>
    </message>
    <message>
        <source>Open the &amp;gigafactory demo</source>
        <translation>Die &amp;Gigafactory-Demo öffnen</translation>
    </message>
    <message>
        <source>An EU AI gigafactory campus: about 100,000 GPUs in ten halls of liquid-cooled racks; opens as an unsaved copy</source>
        <translation>Ein Campus einer EU-KI-Gigafactory: etwa 100.000 GPUs in zehn Hallen mit flüssigkeitsgekühlten Racks; öffnet als ungespeicherte Kopie</translation>
    </message>
</context>
<context>
    <name>rw::SummaryPanel</name>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Halls</source>
        <translation>Hallen</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>Racks</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>IT power, nameplate</source>
        <translation>IT-Leistung laut Typenschild</translation>
    </message>
    <message>
        <source>IT power, typical</source>
        <translation>IT-Leistung, typisch</translation>
    </message>
    <message>
        <source>Rack power budgets</source>
        <translation>Leistungsbudgets der Racks</translation>
    </message>
    <message>
        <source>Heat to liquid</source>
        <translation>Wärme an Flüssigkeit</translation>
    </message>
    <message>
        <source>Equipment weight</source>
        <translation>Gerätegewicht</translation>
    </message>
    <message>
        <source>%1 t</source>
        <translation>%1 t</translation>
    </message>
    <message>
        <source>Rack space used</source>
        <translation>Belegter Rack-Platz</translation>
    </message>
    <message>
        <source>%1 of %2 U (%3)</source>
        <translation>%1 von %2 HE (%3)</translation>
    </message>
    <message>
        <source>Cooling units</source>
        <translation>Kühlgeräte</translation>
    </message>
    <message>
        <source>Power chain nodes</source>
        <translation>Knoten der Stromversorgungskette</translation>
    </message>
</context>
<context>
    <name>rw::TableExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder is not writable.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Cannot write %1: it cannot be replaced.</source>
        <translation>%1 kann nicht geschrieben werden: Die Datei lässt sich nicht ersetzen.</translation>
    </message>
    <message>
        <source>Cannot write %1: this Rackwerk was built without XLSX support (libxlsxwriter).</source>
        <translation>%1 kann nicht geschrieben werden: Dieses Rackwerk wurde ohne XLSX-Unterstützung (libxlsxwriter) gebaut.</translation>
    </message>
</context>
<context>
    <name>rw::TenderDialog</name>
    <message>
        <source>Tender thresholds and review</source>
        <translation>Schwellenwerte der Ausschreibung und Prüfung</translation>
    </message>
    <message>
        <source>&amp;Tender reference:</source>
        <translation>&amp;Ausschreibung (Kennung):</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>&amp;Prüfer:</translation>
    </message>
    <message>
        <source>e.g. ISO 50001 certificate no. ..., seen on ...</source>
        <translation>z. B. ISO-50001-Zertifikat Nr. ..., eingesehen am ...</translation>
    </message>
    <message>
        <source>A plan cannot show an energy management system (EnEfG § 12). Note here what you have seen; leave empty if nothing.</source>
        <translation>Ein Plan kann kein Energiemanagementsystem nachweisen (EnEfG § 12). Vermerken Sie hier, was Sie eingesehen haben; leer lassen, wenn nichts.</translation>
    </message>
    <message>
        <source>&amp;Energy management confirmed by:</source>
        <translation>&amp;Energiemanagement bestätigt durch:</translation>
    </message>
    <message>
        <source>Thresholds of the tender (in addition to the law)</source>
        <translation>Schwellenwerte der Ausschreibung (zusätzlich zum Gesetz)</translation>
    </message>
    <message>
        <source>Notes for the report</source>
        <translation>Notizen für den Bericht</translation>
    </message>
</context>
<context>
    <name>rw::ThermalCaseBuilder</name>
    <message>
        <source>The plan has no such hall.</source>
        <translation>Der Plan hat keine solche Halle.</translation>
    </message>
    <message>
        <source>Cooling unit %1 has neither an airflow nor a design temperature difference.</source>
        <translation>Das Kühlgerät %1 hat weder einen Luftvolumenstrom noch eine Auslegungs-Temperaturdifferenz.</translation>
    </message>
    <message>
        <source>The hall cannot be simulated: %1.</source>
        <translation>Die Halle kann nicht berechnet werden: %1.</translation>
    </message>
    <message>
        <source>The false ceiling of hall %1 (%2 m above the floor, under a %3 m return plenum) is not above its tallest rack (%4 m).</source>
        <translation>Die abgehängte Decke der Halle %1 (%2 m über dem Boden, unter einem Rückluftplenum von %3 m) liegt nicht über ihrem höchsten Rack (%4 m).</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>Hall %1 cannot be simulated while these stand outside it: %2. Move them into the hall or enlarge it.</source>
        <translation>Halle %1 lässt sich nicht berechnen, solange Folgendes außerhalb von ihr steht: %2. Verschieben Sie es in die Halle, oder vergrößern Sie die Halle.</translation>
    </message>
</context>
<context>
    <name>rw::ThermalCaseJson</name>
    <message>
        <source>Not a Rackwerk thermal case of version 1.</source>
        <translation>Kein thermischer Rackwerk-Fall der Version 1.</translation>
    </message>
    <message>
        <source>The thermal case cannot be simulated: %1.</source>
        <translation>Der thermische Fall kann nicht berechnet werden: %1.</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss ein Text sein</translation>
    </message>
    <message>
        <source>must be three numbers</source>
        <translation>muss aus drei Zahlen bestehen</translation>
    </message>
    <message>
        <source>must be one of +x, -x, +y, -y, +z and -z</source>
        <translation>muss eines von +x, -x, +y, -y, +z und -z sein</translation>
    </message>
    <message>
        <source>The thermal case is not valid JSON: %1 at byte %2.</source>
        <translation>Der thermische Fall ist kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The thermal case must be a JSON object, not an array.</source>
        <translation>Der thermische Fall muss ein JSON-Objekt sein, kein Array.</translation>
    </message>
    <message>
        <source>The thermal case is not valid: %1</source>
        <translation>Der thermische Fall ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>rw::ThermalEstimator</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>not estimated: this engine's speed has not been measured on this computer yet (the first run measures it)</source>
        <translation>nicht geschätzt: Die Geschwindigkeit dieses Rechenkerns wurde auf diesem Computer noch nicht gemessen (die erste Rechnung misst sie)</translation>
    </message>
    <message>
        <source>at %1 million cell updates per second, measured in the last run on this computer</source>
        <translation>bei %1 Millionen Zellaktualisierungen je Sekunde, gemessen in der letzten Rechnung auf diesem Computer</translation>
    </message>
    <message>
        <source>at %1 million cell updates per second, measured for the benchmark on two CPU cores; the first run here measures this computer</source>
        <translation>bei %1 Millionen Zellaktualisierungen je Sekunde, gemessen im Benchmark auf zwei CPU-Kernen; die erste Rechnung hier misst diesen Computer</translation>
    </message>
    <message>
        <source>estimate: %1 to %2 for the %3 to %4 steps halls usually need, at most %5 (%6 steps); %7</source>
        <translation>Schätzung: %1 bis %2 für die %3 bis %4 Schritte, die Hallen meist brauchen, höchstens %5 (%6 Schritte); %7</translation>
    </message>
</context>
<context>
    <name>rw::ThermalPanel</name>
    <message>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>&amp;Cell size:</source>
        <translation>&amp;Zellgröße:</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Edge of the cubic grid cells; smaller cells are more accurate and take longer</source>
        <translation>Kantenlänge der würfelförmigen Gitterzellen; kleinere Zellen sind genauer und rechnen länger</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Rechenkern:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA (GPU)</source>
        <translation>CUDA (GPU)</translation>
    </message>
    <message>
        <source>Automatic uses the GPU when one is usable, else the CPU</source>
        <translation>Automatisch nutzt die GPU, wenn eine nutzbar ist, sonst die CPU</translation>
    </message>
    <message>
        <source>&amp;Fail cooling unit:</source>
        <translation>Kühlgerät &amp;ausfallen lassen:</translation>
    </message>
    <message>
        <source>A cooling unit that stops after the steady state, to follow how fast the inlets warm up</source>
        <translation>Ein Kühlgerät, das nach dem stationären Zustand ausfällt, um zu verfolgen, wie schnell sich die Zuluft der Racks erwärmt</translation>
    </message>
    <message>
        <source>&amp;Follow for:</source>
        <translation>&amp;Verfolgen über:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long after the failure the transient is followed</source>
        <translation>Wie lange der Verlauf nach dem Ausfall verfolgt wird</translation>
    </message>
    <message>
        <source>Run the thermal projection of the hall shown (Ctrl+T)</source>
        <translation>Die thermische Prognose der angezeigten Halle starten (Strg+T)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the running projection</source>
        <translation>Die laufende Prognose anhalten</translation>
    </message>
    <message>
        <source>Show on plan</source>
        <translation>Im Plan zeigen</translation>
    </message>
    <message>
        <source>Select and outline the racks outside the recommended range on the floor plan</source>
        <translation>Die Racks außerhalb des empfohlenen Bereichs im Grundriss auswählen und hervorheben</translation>
    </message>
    <message>
        <source>Hottest racks</source>
        <translation>Heißeste Racks</translation>
    </message>
    <message>
        <source>Cooling units</source>
        <translation>Kühlgeräte</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Bilanz</translation>
    </message>
    <message>
        <source>After failure</source>
        <translation>Nach Ausfall</translation>
    </message>
    <message>
        <source>Slices</source>
        <translation>Schnitte</translation>
    </message>
    <message>
        <source>Heat map on plan</source>
        <translation>Wärmekarte im Plan</translation>
    </message>
    <message>
        <source>Draw the air temperature at the chosen height under the racks</source>
        <translation>Die Lufttemperatur in der gewählten Höhe unter den Racks zeichnen</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Höhe:</translation>
    </message>
    <message>
        <source>Height above the floor of the heat map</source>
        <translation>Höhe der Wärmekarte über dem Boden</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Rack</translation>
    </message>
    <message>
        <source>Inlet °C</source>
        <translation>Zuluft °C</translation>
    </message>
    <message>
        <source>Max inlet °C</source>
        <translation>Max. Zuluft °C</translation>
    </message>
    <message>
        <source>Exhaust °C</source>
        <translation>Abluft °C</translation>
    </message>
    <message>
        <source>Heat kW</source>
        <translation>Wärme kW</translation>
    </message>
    <message>
        <source>ASHRAE</source>
        <translation>ASHRAE</translation>
    </message>
    <message>
        <source>Cooling unit</source>
        <translation>Kühlgerät</translation>
    </message>
    <message>
        <source>Return °C</source>
        <translation>Rückluft °C</translation>
    </message>
    <message>
        <source>Supply °C</source>
        <translation>Zuluft °C</translation>
    </message>
    <message>
        <source>Load kW</source>
        <translation>Last kW</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Default (%1 m)</source>
        <translation>Standard (%1 m)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>None (steady state only)</source>
        <translation>Keines (nur stationärer Zustand)</translation>
    </message>
    <message>
        <source>Cells must be at least %1 m.</source>
        <translation>Zellen müssen mindestens %1 m groß sein.</translation>
    </message>
    <message>
        <source>Thermal projection running...</source>
        <translation>Thermische Prognose läuft …</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <source>Thermal: %1 engine, %2 s</source>
        <translation>Thermische Prognose: %1-Rechenkern, %2 s</translation>
    </message>
    <message>
        <source>Thermal: %1 engine (%2), %3 s</source>
        <translation>Thermische Prognose: %1-Rechenkern (%2), %3 s</translation>
    </message>
    <message>
        <source>Choose a cooling unit to fail and run again to follow the transient.</source>
        <translation>Wählen Sie ein ausfallendes Kühlgerät und starten Sie erneut, um den Verlauf zu verfolgen.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>konvergiert</translation>
    </message>
    <message>
        <source>not converged</source>
        <translation>nicht konvergiert</translation>
    </message>
    <message>
        <source>ASHRAE %1: %2 of %3 racks outside the recommended range, %4 outside the allowable range.</source>
        <translation>ASHRAE %1: %2 von %3 Racks außerhalb des empfohlenen Bereichs, %4 außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>The plan changed since this run; run again for current figures.</source>
        <translation>Der Plan wurde seit dieser Rechnung geändert; starten Sie erneut für aktuelle Werte.</translation>
    </message>
    <message>
        <source>within recommended</source>
        <translation>im empfohlenen Bereich</translation>
    </message>
    <message>
        <source>above allowable</source>
        <translation>über zulässig</translation>
    </message>
    <message>
        <source>below allowable</source>
        <translation>unter zulässig</translation>
    </message>
    <message>
        <source>above recommended</source>
        <translation>über empfohlen</translation>
    </message>
    <message>
        <source>below recommended</source>
        <translation>unter empfohlen</translation>
    </message>
    <message>
        <source>failed in the transient</source>
        <translation>im Verlauf ausgefallen</translation>
    </message>
    <message>
        <source>Heat released by the racks into the air: %1
Heat removed by the cooling units: %2
Energy balance error: %3 (%4 steps, %5)</source>
        <translation>Von den Racks an die Luft abgegebene Wärme: %1
Von den Kühlgeräten abgeführte Wärme: %2
Fehler der Energiebilanz: %3 (%4 Schritte, %5)</translation>
    </message>
    <message>
        <source>Largest rack-inlet change per 10 steps (K)</source>
        <translation>Größte Änderung der Rack-Zuluft je 10 Schritte (K)</translation>
    </message>
    <message>
        <source>Energy imbalance (share)</source>
        <translation>Energieungleichgewicht (Anteil)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Change / imbalance</source>
        <translation>Änderung / Ungleichgewicht</translation>
    </message>
    <message>
        <source>Allowable limit (%1)</source>
        <translation>Zulässige Grenze (%1)</translation>
    </message>
    <message>
        <source>Recommended limit (%1)</source>
        <translation>Empfohlene Grenze (%1)</translation>
    </message>
    <message>
        <source>First exceedance</source>
        <translation>Erste Überschreitung</translation>
    </message>
    <message>
        <source>Time after the failure (s)</source>
        <translation>Zeit nach dem Ausfall (s)</translation>
    </message>
    <message>
        <source>Rack inlet (°C)</source>
        <translation>Rack-Zuluft (°C)</translation>
    </message>
    <message>
        <source>Without %1 the first rack inlet leaves the allowable range after %2 s; %3 of %4 racks do so within %5 s.</source>
        <translation>Ohne %1 verlässt die Zuluft des ersten Racks nach %2 s den zulässigen Bereich; bei %3 von %4 Racks geschieht das innerhalb von %5 s.</translation>
    </message>
    <message>
        <source>Without %1 every rack inlet stays in the allowable range for %2 s.</source>
        <translation>Ohne %1 bleibt die Zuluft jedes Racks %2 s lang im zulässigen Bereich.</translation>
    </message>
    <message>
        <source>mean of the last %1 steps; rack inlets swing by up to %2 K</source>
        <translation>Mittel der letzten %1 Schritte; die Zuluft der Racks schwankt um bis zu %2 K</translation>
    </message>
    <message>
        <source>converged to a steady mean (%1)</source>
        <translation>konvergiert zu einem stationären Mittel (%1)</translation>
    </message>
    <message>
        <source>not converged (%1)</source>
        <translation>nicht konvergiert (%1)</translation>
    </message>
    <message>
        <source>T&amp;urbulence:</source>
        <translation>T&amp;urbulenz:</translation>
    </message>
    <message>
        <source>Zero-equation (Chen-Xu)</source>
        <translation>Null-Gleichungs-Modell (Chen-Xu)</translation>
    </message>
    <message>
        <source>k-epsilon</source>
        <translation>k-epsilon</translation>
    </message>
    <message>
        <source>k-epsilon: the model of established CFD tools; where the flow keeps swinging the results are means over the last steps. Zero-equation: faster and steadier, but several kelvin off where racks breathe recirculated air</source>
        <translation>k-epsilon: das Modell etablierter CFD-Werkzeuge; wo die Strömung weiter pendelt, sind die Ergebnisse Mittelwerte über die letzten Schritte. Null-Gleichungs-Modell: schneller und ruhiger, aber um mehrere Kelvin daneben, wo Racks zurückströmende Luft ansaugen</translation>
    </message>
    <message>
        <source>%1 cells of %2 m on the %3 engine%4, %8: %5 steps, %6, %7 s.</source>
        <translation>%1 Zellen zu %2 m auf dem %3-Rechenkern%4, %8: %5 Schritte, %6, %7 s.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Rating kW</source>
        <translation>Nennl. kW</translation>
    </message>
    <message>
        <source>%1 of rating</source>
        <translation>%1 der Nennleistung</translation>
    </message>
    <message>
        <source>%1 of rating, at its coil limit</source>
        <translation>%1 der Nennleistung, an der Grenze des Kühlregisters</translation>
    </message>
    <message>
        <source>at its rating</source>
        <translation>an der Nennleistung</translation>
    </message>
    <message>
        <source>&amp;Run...</source>
        <translation>&amp;Starten …</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Zeit: %1</translation>
    </message>
    <message>
        <source>This hall has nothing to project.</source>
        <translation>In dieser Halle gibt es nichts zu prognostizieren.</translation>
    </message>
    <message>
        <source>Grid %1 × %2 × %3 = %4 cells, about %5 of memory</source>
        <translation>Gitter %1 × %2 × %3 = %4 Zellen, etwa %5 Speicher</translation>
    </message>
    <message>
        <source>Use %1 m cells</source>
        <translation>Zellen von %1 m verwenden</translation>
    </message>
</context>
<context>
    <name>rw::ThermalProjection</name>
    <message>
        <source>The thermal projection was cancelled.</source>
        <translation>Die thermische Prognose wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The hall cannot be simulated: %1.</source>
        <translation>Die Halle kann nicht berechnet werden: %1.</translation>
    </message>
    <message>
        <source>The grid is too large for this cell size; choose larger cells.</source>
        <translation>Das Gitter ist für diese Zellgröße zu groß; wählen Sie größere Zellen.</translation>
    </message>
    <message>
        <source>The CUDA engine failed: %1.</source>
        <translation>Der CUDA-Rechenkern ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>The air flows of the hall do not balance: %1.</source>
        <translation>Die Luftströme der Halle gleichen sich nicht aus: %1.</translation>
    </message>
    <message>
        <source>this build has no CUDA support</source>
        <translation>dieses Programm wurde ohne CUDA gebaut</translation>
    </message>
    <message>
        <source>no NVIDIA driver is installed</source>
        <translation>kein NVIDIA-Treiber installiert</translation>
    </message>
    <message>
        <source>no CUDA GPU was found</source>
        <translation>keine CUDA-GPU gefunden</translation>
    </message>
    <message>
        <source>the GPU could not be queried (%1)</source>
        <translation>die GPU konnte nicht abgefragt werden (%1)</translation>
    </message>
    <message>
        <source>A grid of %1 cells at %2 m needs about %3 of GPU memory, but the GPU has only %4 free; even 2 m cells do not fit.</source>
        <translation>Ein Gitter aus %1 Zellen zu %2 m braucht etwa %3 GPU-Speicher, aber die GPU hat nur %4 frei; selbst Zellen von 2 m passen nicht.</translation>
    </message>
    <message>
        <source>A grid of %1 cells at %2 m needs about %3 of GPU memory, but the GPU has only %4 free; choose larger cells (%5 m or more).</source>
        <translation>Ein Gitter aus %1 Zellen zu %2 m braucht etwa %3 GPU-Speicher, aber die GPU hat nur %4 frei; wählen Sie größere Zellen (%5 m oder mehr).</translation>
    </message>
    <message>
        <source>A grid of %1 cells at %2 m needs about %3 of memory, but this machine has only %4 available; even 2 m cells do not fit.</source>
        <translation>Ein Gitter aus %1 Zellen zu %2 m braucht etwa %3 Speicher, aber dieser Rechner hat nur %4 verfügbar; selbst Zellen von 2 m passen nicht.</translation>
    </message>
    <message>
        <source>A grid of %1 cells at %2 m needs about %3 of memory, but this machine has only %4 available; choose larger cells (%5 m or more).</source>
        <translation>Ein Gitter aus %1 Zellen zu %2 m braucht etwa %3 Speicher, aber dieser Rechner hat nur %4 verfügbar; wählen Sie größere Zellen (%5 m oder mehr).</translation>
    </message>
</context>
<context>
    <name>rw::ThermalReasons</name>
    <message>
        <source>It removes all its coil can and supplies %1 °C instead of %2 °C.</source>
        <translation>Es führt ab, was sein Kühlregister kann, und liefert Zuluft mit %1 °C statt %2 °C.</translation>
    </message>
    <message>
        <source>%1 removes %2 kW, %3 % of its rating of %4 kW, because its return air is %5 °C, %6 K above its design return; that takes chilled water beyond its design flow or temperature difference, and the cooling budget counts %4 kW.</source>
        <translation>%1 führt %2 kW ab, %3 % seiner Nennleistung von %4 kW, weil seine Rückluft %5 °C hat, %6 K über seiner Auslegungsrücklufttemperatur; das braucht Kaltwasser über seinen Auslegungsvolumenstrom oder seine Auslegungsspreizung hinaus, und das Kühlbudget rechnet mit %4 kW.</translation>
    </message>
    <message>
        <source>%1 is at its coil limit: from %2 °C return air it removes %3 kW (rating %4 kW), so it supplies %5 °C instead of %6 °C.</source>
        <translation>%1 ist an der Grenze seines Kühlregisters: Aus Rückluft von %2 °C führt es %3 kW ab (Nennleistung %4 kW), daher liefert es Zuluft mit %5 °C statt %6 °C.</translation>
    </message>
    <message>
        <source>%1 is at its rating of %2 kW: its return air is %3 °C, so it supplies %4 °C instead of %5 °C.</source>
        <translation>%1 arbeitet an seiner Nennleistung von %2 kW: Seine Rückluft hat %3 °C, daher liefert es Zuluft mit %4 °C statt %5 °C.</translation>
    </message>
    <message>
        <source>hot air from under the ceiling (%1 °C at %2 m)</source>
        <translation>warmer Luft unter der Decke (%1 °C in %2 m Höhe)</translation>
    </message>
    <message>
        <source>its own exhaust (%1 °C there)</source>
        <translation>seiner eigenen Abluft (dort %1 °C)</translation>
    </message>
    <message>
        <source>the exhaust of rack %1 (%2 °C there)</source>
        <translation>der Abluft von Rack %1 (dort %2 °C)</translation>
    </message>
    <message>
        <source>Fed by the contained hot aisle of %1, which its front faces: the inlet air is the exhaust of rack %2.</source>
        <translation>Gespeist aus dem eingehausten Warmgang von %1, dem seine Front zugewandt ist: Die Ansaugluft ist die Abluft von Rack %2.</translation>
    </message>
    <message>
        <source>over the top of the racks</source>
        <translation>über die Racks hinweg</translation>
    </message>
    <message>
        <source>around the row end</source>
        <translation>um das Reihenende herum</translation>
    </message>
    <message>
        <source>across the aisle</source>
        <translation>quer über den Gang</translation>
    </message>
    <message>
        <source>It draws in its own exhaust (recirculation %1).</source>
        <translation>Es saugt seine eigene Abluft an (Rückströmung %1).</translation>
    </message>
    <message>
        <source>The inlet air is the exhaust of rack %1 (recirculation %2).</source>
        <translation>Die Ansaugluft ist die Abluft von Rack %1 (Rückströmung %2).</translation>
    </message>
    <message>
        <source>at the limit of its coil</source>
        <translation>an der Grenze seines Kühlregisters</translation>
    </message>
    <message>
        <source>at its rating</source>
        <translation>an seiner Nennleistung</translation>
    </message>
    <message>
        <source>Fed by %1, which supplies %2 °C, below the allowable %3 °C.</source>
        <translation>Gespeist von %1, das Zuluft mit %2 °C liefert, unter den zulässigen %3 °C.</translation>
    </message>
    <message>
        <source>Fed by %1, which is %2 and supplies %3 °C instead of %4 °C.</source>
        <translation>Gespeist von %1, das %2 arbeitet und Zuluft mit %3 °C statt %4 °C liefert.</translation>
    </message>
    <message>
        <source>The air of %1, which is %2 and supplies %3 °C instead of %4 °C, mixes on its way with %5.</source>
        <translation>Die Luft von %1, das %2 arbeitet und Zuluft mit %3 °C statt %4 °C liefert, vermischt sich auf ihrem Weg mit %5.</translation>
    </message>
    <message>
        <source>The air of %1 mixes on its way with %2.</source>
        <translation>Die Luft von %1 vermischt sich auf ihrem Weg mit %2.</translation>
    </message>
    <message>
        <source>No cooling unit's air reaches it: the air in front of it circulates, warmed by %1.</source>
        <translation>Keine Luft eines Kühlgeräts erreicht es: Die Luft vor ihm kreist und wird erwärmt von %1.</translation>
    </message>
    <message>
        <source>The cooling units move only %1 % of the racks' airflow.</source>
        <translation>Die Kühlgeräte fördern nur %1 % des Luftvolumenstroms der Racks.</translation>
    </message>
</context>
<context>
    <name>rw::ThermalRunner</name>
    <message>
        <source>A thermal projection is already running.</source>
        <translation>Es läuft bereits eine thermische Prognose.</translation>
    </message>
    <message>
        <source>The cell size must lie between %1 m and %2 m.</source>
        <translation>Die Zellgröße muss zwischen %1 m und %2 m liegen.</translation>
    </message>
    <message>
        <source>The transient must last between 0 and 86,400 s.</source>
        <translation>Der Verlauf muss zwischen 0 und 86.400 s dauern.</translation>
    </message>
    <message>
        <source>The cooling unit to fail (id %1) does not run in this hall.</source>
        <translation>Das ausfallende Kühlgerät (ID %1) läuft nicht in dieser Halle.</translation>
    </message>
    <message>
        <source>The CUDA engine cannot run here: %1.</source>
        <translation>Der CUDA-Rechenkern kann hier nicht laufen: %1.</translation>
    </message>
    <message>
        <source>Preparing the grid...</source>
        <translation>Gitter wird vorbereitet …</translation>
    </message>
    <message>
        <source>Steady state: step %1 of at most %2, inlets change %3 K</source>
        <translation>Stationärer Zustand: Schritt %1 von höchstens %2, die Zuluft ändert sich um %3 K</translation>
    </message>
    <message>
        <source>After the failure: %1 s of %2 s</source>
        <translation>Nach dem Ausfall: %1 s von %2 s</translation>
    </message>
    <message>
        <source>Collecting the results...</source>
        <translation>Ergebnisse werden gesammelt …</translation>
    </message>
</context>
<context>
    <name>rw::ThermalSanity</name>
    <message>
        <source>Rack %1</source>
        <translation>Rack %1</translation>
    </message>
    <message>
        <source>%1 racks of %2 (%3 to %4)</source>
        <translation>%1 Racks von %2 (%3 bis %4)</translation>
    </message>
    <message>
        <source>%1: the front faces the contained hot aisle of %2, so the air drawn in is that row's exhaust. Turn the racks round or contain the other side of the row.</source>
        <translation>%1: Die Front zeigt in den eingehausten Warmgang von %2, angesaugt wird also die Abluft dieser Reihe. Drehen Sie die Racks um, oder hausen Sie die andere Seite der Reihe ein.</translation>
    </message>
    <message>
        <source>%1: the rear blows into the contained cold aisle of %2, so that row draws in this exhaust. Turn the racks round or contain the other side of the row.</source>
        <translation>%1: Die Rückseite bläst in den eingehausten Kaltgang von %2, diese Reihe saugt also diese Abluft an. Drehen Sie die Racks um, oder hausen Sie die andere Seite der Reihe ein.</translation>
    </message>
    <message>
        <source>rack %1</source>
        <translation>Rack %1</translation>
    </message>
    <message>
        <source>%1: the front faces the rear of %2 across %3 m, so the air drawn in is its exhaust. Turn one of the rows round so that fronts face fronts.</source>
        <translation>%1: Die Front zeigt über %3 m auf die Rückseite von %2, angesaugt wird also deren Abluft. Drehen Sie eine der Reihen um, sodass Front auf Front zeigt.</translation>
    </message>
    <message>
        <source>The contained hot aisle of %1 has no return path: it opens into the return plenum, but no fan wall or CRAH runs in %2 to take the air from it, and no in-row cooler stands in it.</source>
        <translation>Der eingehauste Warmgang von %1 hat keinen Rückluftweg: Er mündet in das Rückluftplenum, aber in %2 läuft keine Fan-Wall und kein CRAH-Umluftkühler, der die Luft daraus ansaugt, und kein Reihenkühler steht in ihm.</translation>
    </message>
    <message>
        <source>The contained hot aisle of %1 has no return path: %2 has no return plenum, so its chimney ends under the ceiling and the exhaust spreads through the hall's upper air, from where it sinks into the cold aisles. Give the hall a return plenum or put in-row coolers into the aisle.</source>
        <translation>Der eingehauste Warmgang von %1 hat keinen Rückluftweg: %2 hat kein Rückluftplenum, sein Kamin endet also unter der Decke, und die Abluft verteilt sich in der oberen Luftschicht der Halle, von wo sie in die Kaltgänge absinkt. Geben Sie der Halle ein Rückluftplenum, oder stellen Sie Reihenkühler in den Gang.</translation>
    </message>
    <message>
        <source>The contained cold aisle of %1 gets no supply air: no perforated tile fed by a CRAH lies in it and no cooling unit blows into it, so its racks draw in only what leaks through the containment.</source>
        <translation>Der eingehauste Kaltgang von %1 erhält keine Zuluft: In ihm liegt keine von einem CRAH-Umluftkühler gespeiste Lochplatte, und kein Kühlgerät bläst hinein, seine Racks saugen also nur an, was durch die Einhausung dringt.</translation>
    </message>
    <message>
        <source>%1: the running cooling units move %2 m³/h, the racks %3 m³/h (%4 %), so the racks draw the rest from their own exhaust.</source>
        <translation>%1: Die laufenden Kühlgeräte fördern %2 m³/h, die Racks %3 m³/h (%4 %), den Rest saugen die Racks also aus ihrer eigenen Abluft an.</translation>
    </message>
    <message>
        <source>Cooling unit %1 moves %2 m³/h: cooled from its %3 °C design return to its %4 °C supply that is %5 kW, more than its rating of %6 kW, so air that comes back at the design return leaves it warmer than %4 °C.</source>
        <translation>Kühlgerät %1 fördert %2 m³/h: Von seiner Auslegungsrückluft mit %3 °C auf seine Zuluft mit %4 °C gekühlt, sind das %5 kW, mehr als seine Nennleistung von %6 kW; Luft, die mit der Auslegungsrücklufttemperatur zurückkommt, verlässt es also wärmer als %4 °C.</translation>
    </message>
    <message>
        <source>Cooling unit %1 is rated %2 kW, but its %3 m³/h carry only %4 kW from its %5 °C design return to its %6 °C supply: the cooling budget counts %4 kW.</source>
        <translation>Kühlgerät %1 hat eine Nennleistung von %2 kW, aber seine %3 m³/h tragen von seiner Auslegungsrückluft mit %5 °C bis zu seiner Zuluft mit %6 °C nur %4 kW: Das Kühlbudget rechnet mit %4 kW.</translation>
    </message>
</context>
<context>
    <name>rw::ThermalSettingsDialog</name>
    <message>
        <source>Cell size</source>
        <translation>Zellgröße</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>Thermal projection: settings</source>
        <translation>Thermische Prognose: Einstellungen</translation>
    </message>
    <message>
        <source>Edge of the cubic grid cells; smaller cells are more accurate and take longer. The default for this hall is %1 m.</source>
        <translation>Kantenlänge der würfelförmigen Gitterzellen; kleinere Zellen sind genauer und rechnen länger. Der Standard für diese Halle ist %1 m.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA (GPU)</source>
        <translation>CUDA (GPU)</translation>
    </message>
    <message>
        <source>k-epsilon</source>
        <translation>k-epsilon</translation>
    </message>
    <message>
        <source>Zero-equation (Chen-Xu)</source>
        <translation>Null-Gleichungs-Modell (Chen-Xu)</translation>
    </message>
    <message>
        <source>None (steady state only)</source>
        <translation>Keines (nur eingeschwungener Zustand)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Cell size:</source>
        <translation>&amp;Zellgröße:</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Rechenkern:</translation>
    </message>
    <message>
        <source>T&amp;urbulence:</source>
        <translation>T&amp;urbulenz:</translation>
    </message>
    <message>
        <source>&amp;Fail cooling unit:</source>
        <translation>Kühlgerät &amp;ausfallen lassen:</translation>
    </message>
    <message>
        <source>&amp;Follow for:</source>
        <translation>&amp;Verfolgen über:</translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation>Gitter:</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Speicher:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <source>The transient after the failure comes on top and is not estimated.</source>
        <translation>Der Verlauf nach dem Ausfall kommt hinzu und ist nicht geschätzt.</translation>
    </message>
    <message>
        <source>%1 × %2 × %3 = %4 cells of %5 m</source>
        <translation>%1 × %2 × %3 = %4 Zellen zu %5 m</translation>
    </message>
    <message>
        <source>about %1, more than the %2 a run may use: choose larger cells</source>
        <translation>etwa %1, mehr als die %2, die eine Rechnung nutzen darf: Wählen Sie größere Zellen</translation>
    </message>
    <message>
        <source>about %1 (a run may use up to %2)</source>
        <translation>etwa %1 (eine Rechnung darf bis zu %2 nutzen)</translation>
    </message>
</context>
<context>
    <name>rw::ThermalSummary</name>
    <message>
        <source>, cells of %1 m</source>
        <translation>, Zellen von %1 m</translation>
    </message>
    <message>
        <source>steady state with the duty cooling units, standby units off</source>
        <translation>stationärer Zustand mit den Kühlgeräten im Regelbetrieb, Standby-Geräte aus</translation>
    </message>
    <message>
        <source>%1, steady state with the duty cooling units, standby units off</source>
        <translation>%1, stationärer Zustand mit den Kühlgeräten im Regelbetrieb, Standby-Geräte aus</translation>
    </message>
</context>
<context>
    <name>rw::TileTool</name>
    <message numerus="yes">
        <source>%n perforated tile(s)</source>
        <translation>
            <numerusform>%n Lochplatte</numerusform>
            <numerusform>%n Lochplatten</numerusform>
        </translation>
    </message>
    <message>
        <source>Perforated tiles</source>
        <translation>Lochplatten</translation>
    </message>
    <message>
        <source>Click a tile, or drag over the tiles to perforate</source>
        <translation>Eine Bodenplatte anklicken oder über die zu lochenden Platten ziehen</translation>
    </message>
</context>
<context>
    <name>rw::UnderlayEdits</name>
    <message>
        <source>Choose a hall for the underlay first.</source>
        <translation>Wählen Sie zuerst eine Halle für die Planunterlage.</translation>
    </message>
    <message>
        <source>%1 is not a readable %2 picture.</source>
        <translation>%1 ist kein lesbares %2-Bild.</translation>
    </message>
    <message>
        <source>%1 is too large for an underlay.</source>
        <translation>%1 ist zu groß für eine Planunterlage.</translation>
    </message>
    <message>
        <source>Import underlay %1</source>
        <translation>Planunterlage %1 übernehmen</translation>
    </message>
    <message>
        <source>The underlay does not exist any more.</source>
        <translation>Die Planunterlage gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Scale underlay</source>
        <translation>Planunterlage skalieren</translation>
    </message>
    <message>
        <source>Pick two different points and a distance above zero.</source>
        <translation>Wählen Sie zwei verschiedene Punkte und einen Abstand über null.</translation>
    </message>
    <message>
        <source>Move underlay</source>
        <translation>Planunterlage verschieben</translation>
    </message>
    <message>
        <source>Underlay opacity</source>
        <translation>Deckkraft der Planunterlage</translation>
    </message>
    <message>
        <source>The opacity runs from 0 to 1.</source>
        <translation>Die Deckkraft reicht von 0 bis 1.</translation>
    </message>
    <message>
        <source>Remove underlay</source>
        <translation>Planunterlage entfernen</translation>
    </message>
    <message>
        <source>Walls can be traced from the lines of a DXF drawing, not from a picture.</source>
        <translation>Wände lassen sich aus den Linien einer DXF-Zeichnung nachzeichnen, nicht aus einem Bild.</translation>
    </message>
    <message>
        <source>The underlay's hall does not exist.</source>
        <translation>Die Halle der Planunterlage gibt es nicht.</translation>
    </message>
    <message>
        <source>Trace walls from underlay</source>
        <translation>Wände aus Planunterlage nachzeichnen</translation>
    </message>
    <message>
        <source>No straight line of the drawing along the hall's axes is long enough for a wall.</source>
        <translation>Keine gerade Linie der Zeichnung entlang der Hallenachsen ist lang genug für eine Wand.</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1, Seite %2</translation>
    </message>
    <message>
        <source>%1: underlays are read from DXF, SVG, PDF, PNG or JPEG files.</source>
        <translation>%1: Planunterlagen werden aus DXF-, SVG-, PDF-, PNG- oder JPEG-Dateien gelesen.</translation>
    </message>
    <message>
        <source>Columns can be traced from the lines of a DXF drawing, not from a picture.</source>
        <translation>Stützen lassen sich aus den Linien einer DXF-Zeichnung nachzeichnen, nicht aus einem Bild.</translation>
    </message>
    <message>
        <source>A column's smallest side must lie above 0 and not above its largest.</source>
        <translation>Die kleinste Seitenlänge einer Stütze muss über 0 und darf nicht über der größten liegen.</translation>
    </message>
    <message>
        <source>Trace columns from underlay</source>
        <translation>Stützen aus Planunterlage nachzeichnen</translation>
    </message>
    <message>
        <source>The drawing has no closed figure inside the hall that is a new column of that size.</source>
        <translation>Die Zeichnung hat innerhalb der Halle keine geschlossene Figur, die eine neue Stütze dieser Größe ist.</translation>
    </message>
</context>
<context>
    <name>rw::UnderlayGeometry</name>
    <message>
        <source>Underlay line %1 is not a segment of four finite numbers.</source>
        <translation>Zeile %1 der Planunterlage ist kein Segment aus vier endlichen Zahlen.</translation>
    </message>
    <message>
        <source>The underlay holds no line segments.</source>
        <translation>Die Planunterlage enthält keine Liniensegmente.</translation>
    </message>
    <message>
        <source>The underlay picture "%1" cannot be read.</source>
        <translation>Das Bild „%1“ der Planunterlage kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>rw::UnderlayMenu</name>
    <message>
        <source>&amp;Underlay</source>
        <translation>&amp;Planunterlage</translation>
    </message>
    <message>
        <source>Show an architect's drawing under the hall to trace walls, columns and rows from</source>
        <translation>Eine Zeichnung des Architekten unter der Halle zeigen, um Wände, Stützen und Reihen nachzuzeichnen</translation>
    </message>
    <message>
        <source>&amp;Scale by two points</source>
        <translation>Über zwei Punkte &amp;skalieren</translation>
    </message>
    <message>
        <source>&amp;Opacity...</source>
        <translation>&amp;Deckkraft ...</translation>
    </message>
    <message>
        <source>&amp;Trace walls</source>
        <translation>&amp;Wände nachzeichnen</translation>
    </message>
    <message>
        <source>Walls from the drawing's straight lines along the hall's axes</source>
        <translation>Wände aus den geraden Linien der Zeichnung entlang der Hallenachsen</translation>
    </message>
    <message>
        <source>&amp;Remove underlay</source>
        <translation>Planunterlage &amp;entfernen</translation>
    </message>
    <message>
        <source>Import floor plan</source>
        <translation>Grundriss übernehmen</translation>
    </message>
    <message>
        <source>Underlay</source>
        <translation>Planunterlage</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Underlay opacity</source>
        <translation>Deckkraft der Planunterlage</translation>
    </message>
    <message>
        <source>Opacity (%):</source>
        <translation>Deckkraft (%):</translation>
    </message>
    <message>
        <source>Trace walls</source>
        <translation>Wände nachzeichnen</translation>
    </message>
    <message>
        <source>Wall thickness (m):</source>
        <translation>Wanddicke (m):</translation>
    </message>
    <message>
        <source>&amp;Import floor plan (DXF, SVG, PDF, PNG, JPEG)...</source>
        <translation>Grundriss &amp;übernehmen (DXF, SVG, PDF, PNG, JPEG) ...</translation>
    </message>
    <message>
        <source>Trace &amp;columns</source>
        <translation>&amp;Stützen nachzeichnen</translation>
    </message>
    <message>
        <source>Columns from the drawing's small closed figures: squares, rectangles and circles</source>
        <translation>Stützen aus den kleinen geschlossenen Figuren der Zeichnung: Quadrate, Rechtecke und Kreise</translation>
    </message>
    <message>
        <source>Floor plans (*.dxf *.svg *.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Grundrisse (*.dxf *.svg *.pdf *.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Trace columns</source>
        <translation>Stützen nachzeichnen</translation>
    </message>
    <message>
        <source>Largest column side (m):</source>
        <translation>Größte Seitenlänge der Stützen (m):</translation>
    </message>
    <message>
        <source>Page of %1 to put under the hall (1 to %2):</source>
        <translation>Seite von %1, die unter die Halle gelegt wird (1 bis %2):</translation>
    </message>
</context>
<context>
    <name>rw::UnderlayScaleTool</name>
    <message>
        <source>%1 m as drawn now; release, then enter the true distance</source>
        <translation>%1 m nach jetzigem Maßstab; loslassen, dann den wahren Abstand eingeben</translation>
    </message>
    <message>
        <source>This hall has no underlay; import one first.</source>
        <translation>Diese Halle hat keine Planunterlage; übernehmen Sie zuerst eine.</translation>
    </message>
    <message>
        <source>Scale underlay</source>
        <translation>Planunterlage skalieren</translation>
    </message>
    <message>
        <source>True distance between the two points (m):</source>
        <translation>Wahrer Abstand der beiden Punkte (m):</translation>
    </message>
    <message>
        <source>Drag between two points of the underlay, then enter their true distance</source>
        <translation>Zwischen zwei Punkten der Planunterlage ziehen, dann ihren wahren Abstand eingeben</translation>
    </message>
</context>
<context>
    <name>rw::VerticalSliceView</name>
    <message>
        <source>Run a thermal projection to see slices.</source>
        <translation>Starten Sie eine thermische Prognose, um Schnitte zu sehen.</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>West-east cut (constant y)</source>
        <translation>West-Ost-Schnitt (konstantes y)</translation>
    </message>
    <message>
        <source>North-south cut (constant x)</source>
        <translation>Nord-Süd-Schnitt (konstantes x)</translation>
    </message>
    <message>
        <source>Direction of the vertical cut through the hall</source>
        <translation>Richtung des senkrechten Schnitts durch die Halle</translation>
    </message>
    <message>
        <source>Where the cut lies</source>
        <translation>Wo der Schnitt liegt</translation>
    </message>
    <message>
        <source>%1 = %2 m</source>
        <translation>%1 = %2 m</translation>
    </message>
</context>
<context>
    <name>rw::WallTool</name>
    <message>
        <source>Wall, %1 m</source>
        <translation>Wand, %1 m</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <source>Drag along a wall</source>
        <translation>Entlang einer Wand ziehen</translation>
    </message>
</context>
<context>
    <name>rw::WeatherEdits</name>
    <message>
        <source>Use weather file %1</source>
        <translation>Wetterdatei %1 verwenden</translation>
    </message>
    <message>
        <source>The site already uses the typical Munich year.</source>
        <translation>Der Standort verwendet bereits das typische Münchner Jahr.</translation>
    </message>
    <message>
        <source>Use the typical Munich year</source>
        <translation>Typisches Münchner Jahr verwenden</translation>
    </message>
</context>
<context>
    <name>rw::WeatherFileReader</name>
    <message>
        <source>%1, line 1: an EPW file starts with "LOCATION,".</source>
        <translation>%1, Zeile 1: Eine EPW-Datei beginnt mit „LOCATION,“.</translation>
    </message>
    <message>
        <source>%1, line 1: the LOCATION line needs ten fields, the last the elevation in metres.</source>
        <translation>%1, Zeile 1: Die Zeile LOCATION braucht zehn Felder, das letzte die Höhe in Metern.</translation>
    </message>
    <message>
        <source>%1: %L2 hourly lines after the 8 header lines; an EPW year has 8,760 (8,784 in a leap year).</source>
        <translation>%1: %L2 Stundenzeilen nach den 8 Kopfzeilen; ein EPW-Jahr hat 8.760 (im Schaltjahr 8.784).</translation>
    </message>
    <message>
        <source>%1, line %2: an EPW hour needs at least ten comma-separated fields with month, day, hour, dry bulb, dew point, relative humidity and pressure as numbers.</source>
        <translation>%1, Zeile %2: Eine EPW-Stunde braucht mindestens zehn durch Kommas getrennte Felder mit Monat, Tag, Stunde, Trockenkugeltemperatur, Taupunkt, relativer Feuchte und Luftdruck als Zahlen.</translation>
    </message>
    <message>
        <source>%1, line %2: found month %3, day %4, hour %5 where month %6, day %7, hour %8 follows; hours must be complete and in order.</source>
        <translation>%1, Zeile %2: Monat %3, Tag %4, Stunde %5 gefunden, wo Monat %6, Tag %7, Stunde %8 folgt; die Stunden müssen vollständig und geordnet sein.</translation>
    </message>
    <message>
        <source>%1, line %2: dry bulb %3 °C is missing (99.9) or outside %4 to %5 °C.</source>
        <translation>%1, Zeile %2: Die Trockenkugeltemperatur %3 °C fehlt (99,9) oder liegt außerhalb von %4 bis %5 °C.</translation>
    </message>
    <message>
        <source>%1, line %2: the dew point %3 °C is above the dry bulb %4 °C.</source>
        <translation>%1, Zeile %2: Der Taupunkt %3 °C liegt über der Trockenkugeltemperatur %4 °C.</translation>
    </message>
    <message>
        <source>%1, line %2: neither the dew point nor the relative humidity is given, so the wet bulb cannot be worked out.</source>
        <translation>%1, Zeile %2: Weder Taupunkt noch relative Feuchte sind angegeben, daher lässt sich die Feuchtkugeltemperatur nicht bestimmen.</translation>
    </message>
    <message>
        <source>%1: no "***" line ends the header; this is not a DWD test reference year.</source>
        <translation>%1: Keine Zeile „***“ beendet den Kopf; das ist kein DWD-Testreferenzjahr.</translation>
    </message>
    <message>
        <source>%1: %L2 hourly lines after the header; a DWD test reference year has 8,760.</source>
        <translation>%1: %L2 Stundenzeilen nach dem Kopf; ein DWD-Testreferenzjahr hat 8.760.</translation>
    </message>
    <message>
        <source>%1, line %2: a TRY hour has 17 numbers (RW HW MM DD HH t p WR WG N x RF B D A E IL).</source>
        <translation>%1, Zeile %2: Eine TRY-Stunde hat 17 Zahlen (RW HW MM DD HH t p WR WG N x RF B D A E IL).</translation>
    </message>
    <message>
        <source>%1, line %2: temperature %3 °C, pressure %4 hPa or mixing ratio %5 g/kg is outside its range.</source>
        <translation>%1, Zeile %2: Temperatur %3 °C, Luftdruck %4 hPa oder Mischungsverhältnis %5 g/kg liegt außerhalb seines Bereichs.</translation>
    </message>
    <message>
        <source>DWD test reference year at RW %1, HW %2</source>
        <translation>DWD-Testreferenzjahr bei RW %1, HW %2</translation>
    </message>
    <message>
        <source>Cannot read the weather file %1: %2</source>
        <translation>Die Wetterdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The weather file %1 is too large for an hourly year.</source>
        <translation>Die Wetterdatei %1 ist zu groß für ein Jahr aus Stundenwerten.</translation>
    </message>
</context>
<context>
    <name>rw::WeatherYear</name>
    <message>
        <source>Typical year for Munich (built from climate normals)</source>
        <translation>Typisches Jahr für München (aus Klimanormalwerten erzeugt)</translation>
    </message>
    <message>
        <source>%1, line %2: the line is empty; every hour needs a temperature.</source>
        <translation>%1, Zeile %2: Die Zeile ist leer; jede Stunde braucht eine Temperatur.</translation>
    </message>
    <message>
        <source>%1, line %2: "%3" is not a number (temperature in °C, '.' as decimal point).</source>
        <translation>%1, Zeile %2: „%3“ ist keine Zahl (Temperatur in °C, '.' als Dezimalpunkt).</translation>
    </message>
    <message>
        <source>%1, line %2: %3 °C is outside the plausible range of %4 to %5 °C.</source>
        <translation>%1, Zeile %2: %3 °C liegt außerhalb des plausiblen Bereichs von %4 bis %5 °C.</translation>
    </message>
    <message>
        <source>Cannot read the weather file %1: %2</source>
        <translation>Die Wetterdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The weather file %1 is too large for an hourly year.</source>
        <translation>Die Wetterdatei %1 ist zu groß für ein Jahr mit Stundenwerten.</translation>
    </message>
    <message>
        <source>%1: %L2 hourly values found; a year needs 8,760 (or 8,784 in a leap year).</source>
        <translation>%1: %L2 Stundenwerte gefunden; ein Jahr braucht 8.760 (im Schaltjahr 8.784).</translation>
    </message>
</context>
<context>
    <name>rw::YamlSubset</name>
    <message>
        <source>unexpected content; check the indentation</source>
        <translation>unerwarteter Inhalt; prüfen Sie die Einrückung</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation>die Verschachtelung ist tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>several documents in one file are not supported</source>
        <translation>mehrere Dokumente in einer Datei werden nicht unterstützt</translation>
    </message>
    <message>
        <source>content on the line of a document marker is not supported</source>
        <translation>Inhalt in der Zeile einer Dokumentmarkierung wird nicht unterstützt</translation>
    </message>
    <message>
        <source>tabs are not allowed for indentation</source>
        <translation>Tabulatoren sind zur Einrückung nicht erlaubt</translation>
    </message>
    <message>
        <source>a sequence entry ("- ") where a key was expected</source>
        <translation>ein Listeneintrag („- “), wo ein Schlüssel erwartet wurde</translation>
    </message>
    <message>
        <source>expected "key: value"</source>
        <translation>„key: value“ erwartet</translation>
    </message>
    <message>
        <source>duplicate key "%1"</source>
        <translation>doppelter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>inconsistent indentation</source>
        <translation>uneinheitliche Einrückung</translation>
    </message>
    <message>
        <source>a key is empty</source>
        <translation>ein Schlüssel ist leer</translation>
    </message>
    <message>
        <source>anchors (&amp;) are not supported</source>
        <translation>Anker (&amp;) werden nicht unterstützt</translation>
    </message>
    <message>
        <source>aliases (*) are not supported</source>
        <translation>Aliasse (*) werden nicht unterstützt</translation>
    </message>
    <message>
        <source>tags (!) are not supported</source>
        <translation>Tags (!) werden nicht unterstützt</translation>
    </message>
    <message>
        <source>complex keys (?) are not supported</source>
        <translation>komplexe Schlüssel (?) werden nicht unterstützt</translation>
    </message>
    <message>
        <source>flow collections other than [] and {} are not supported</source>
        <translation>Flow-Collections außer [] und {} werden nicht unterstützt</translation>
    </message>
    <message>
        <source>an unquoted value may not start with "%1"; quote it</source>
        <translation>ein Wert ohne Anführungszeichen darf nicht mit „%1“ beginnen; setzen Sie ihn in Anführungszeichen</translation>
    </message>
    <message>
        <source>unexpected text after a quoted value</source>
        <translation>unerwarteter Text nach einem Wert in Anführungszeichen</translation>
    </message>
    <message>
        <source>a sequence may not start on the line of its key</source>
        <translation>eine Liste darf nicht in der Zeile ihres Schlüssels beginnen</translation>
    </message>
    <message>
        <source>": " inside an unquoted value; quote the value or check the indentation</source>
        <translation>„: “ in einem Wert ohne Anführungszeichen; setzen Sie den Wert in Anführungszeichen oder prüfen Sie die Einrückung</translation>
    </message>
    <message>
        <source>a quoted value is not closed</source>
        <translation>ein Wert in Anführungszeichen ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>a document marker inside a quoted value</source>
        <translation>eine Dokumentmarkierung innerhalb eines Werts in Anführungszeichen</translation>
    </message>
    <message>
        <source>unsupported escape "\%1" in a double-quoted value</source>
        <translation>nicht unterstützte Escape-Sequenz „\%1“ in einem Wert in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>invalid character escape in a double-quoted value</source>
        <translation>ungültige Zeichen-Escape-Sequenz in einem Wert in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>block scalar indentation indicators are not supported</source>
        <translation>Einrückungsindikatoren für Blockskalare werden nicht unterstützt</translation>
    </message>
    <message>
        <source>invalid block scalar header</source>
        <translation>ungültiger Blockskalar-Header</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>Die Datei ist größer als %1 MiB.</translation>
    </message>
    <message>
        <source>Line %1: the text is not valid UTF-8</source>
        <translation>Zeile %1: Der Text ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>Line %1: control characters are not allowed; is this a text file?</source>
        <translation>Zeile %1: Steuerzeichen sind nicht erlaubt; ist das eine Textdatei?</translation>
    </message>
    <message>
        <source>a block scalar's first lines hold more spaces than its indentation</source>
        <translation>die ersten Zeilen eines Blockskalars enthalten mehr Leerzeichen als seine Einrückung</translation>
    </message>
</context>
<context>
    <name>rw::fmt</name>
    <message>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
</context>
</TS>
