<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>rw::ArrangeEdits</name>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Move %n item</numerusform>
            <numerusform>Move %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rotate %n item(s)</source>
        <translation>
            <numerusform>Rotate %n item</numerusform>
            <numerusform>Rotate %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n item(s)</source>
        <translation>
            <numerusform>Align %n item</numerusform>
            <numerusform>Align %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n item(s)</source>
        <translation>
            <numerusform>Distribute %n item</numerusform>
            <numerusform>Distribute %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::AttachRacksDialog</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s): %1</source>
        <translation>
            <numerusform>%n rack: %1</numerusform>
            <numerusform>%n racks: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::BudgetPanel</name>
    <message numerus="yes">
        <source>%Ln rack(s) lose power</source>
        <translation>
            <numerusform>%Ln rack loses power</numerusform>
            <numerusform>%Ln racks lose power</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cooling unit(s) stop.</source>
        <translation>
            <numerusform>%Ln cooling unit stops.</numerusform>
            <numerusform>%Ln cooling units stop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rack(s) run on too few power supplies</source>
        <translation>
            <numerusform>%Ln rack runs on too few power supplies</numerusform>
            <numerusform>%Ln racks run on too few power supplies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::CatalogueDialog</name>
    <message numerus="yes">
        <source>Imported %n device type(s).</source>
        <translation>
            <numerusform>Imported %n device type.</numerusform>
            <numerusform>Imported %n device types.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::CliCommands</name>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln trial(s)</source>
        <translation>
            <numerusform>%Ln trial</numerusform>
            <numerusform>%Ln trials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln year</numerusform>
            <numerusform>%Ln years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rack(s)</source>
        <translation>
            <numerusform>%Ln rack</numerusform>
            <numerusform>%Ln racks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rack(s) lose power</source>
        <translation>
            <numerusform>%Ln rack loses power</numerusform>
            <numerusform>%Ln racks lose power</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run on too few power supplies</source>
        <translation>
            <numerusform>%Ln runs on too few power supplies</numerusform>
            <numerusform>%Ln run on too few power supplies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s) overloaded</source>
        <translation>
            <numerusform>%Ln node overloaded</numerusform>
            <numerusform>%Ln nodes overloaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cooling unit(s) stop</source>
        <translation>
            <numerusform>%Ln cooling unit stops</numerusform>
            <numerusform>%Ln cooling units stop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s) lose power</source>
        <translation>
            <numerusform>%Ln node loses power</numerusform>
            <numerusform>%Ln nodes lose power</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rack(s) lose all power</source>
        <translation>
            <numerusform>%Ln rack loses all power</numerusform>
            <numerusform>%Ln racks lose all power</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rack(s) run on one feed</source>
        <translation>
            <numerusform>%Ln rack runs on one feed</numerusform>
            <numerusform>%Ln racks run on one feed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rack(s) drawn.</source>
        <translation>
            <numerusform>%1: %n rack drawn.</numerusform>
            <numerusform>%1: %n racks drawn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln error(s); nothing was imported.</source>
        <translation>
            <numerusform>%1: %Ln error; nothing was imported.</numerusform>
            <numerusform>%1: %Ln errors; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s)</source>
        <translation>
            <numerusform>%n rack</numerusform>
            <numerusform>%n racks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) for NetBox&apos;s bulk import written to %1.</source>
        <translation>
            <numerusform>%n file for NetBox&apos;s bulk import written to %1.</numerusform>
            <numerusform>%n files for NetBox&apos;s bulk import written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the folder are refused; nothing was imported.</source>
        <translation>
            <numerusform>%n file of the folder is refused; nothing was imported.</numerusform>
            <numerusform>%n files of the folder are refused; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::CompareDialog</name>
    <message numerus="yes">
        <source>%L1 added, %L2 removed, %L3 changed; %Ln site field(s) differ.</source>
        <translation>
            <numerusform>%L1 added, %L2 removed, %L3 changed; %Ln site field differs.</numerusform>
            <numerusform>%L1 added, %L2 removed, %L3 changed; %Ln site fields differ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::CompletenessChecks</name>
    <message numerus="yes">
        <source>The plan has no power chain: %n rack(s) with up to %1 have no power feed.</source>
        <translation>
            <numerusform>The plan has no power chain: %n rack with up to %1 has no power feed.</numerusform>
            <numerusform>The plan has no power chain: %n racks with up to %1 have no power feed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s) with up to %1 have no power feed, so the power chain does not carry the whole load.</source>
        <translation>
            <numerusform>%n rack with up to %1 has no power feed, so the power chain does not carry the whole load.</numerusform>
            <numerusform>%n racks with up to %1 have no power feed, so the power chain does not carry the whole load.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rack(s) are liquid-cooled or hybrid, and the hall has no CDU.</source>
        <translation>
            <numerusform>%1: %n rack is liquid-cooled or hybrid, and the hall has no CDU.</numerusform>
            <numerusform>%1: %n racks are liquid-cooled or hybrid, and the hall has no CDU.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan has no power chain: %n rack(s) draw up to %1 without a power feed.</source>
        <translation>
            <numerusform>The plan has no power chain: %n rack draws up to %1 without a power feed.</numerusform>
            <numerusform>The plan has no power chain: %n racks draw up to %1 without a power feed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cooling unit(s) have no power feed.</source>
        <translation>
            <numerusform>%n cooling unit has no power feed.</numerusform>
            <numerusform>%n cooling units have no power feed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::ComplianceChecker</name>
    <message numerus="yes">
        <source>The projection covers %n operating year(s); the limit applies from year %1. Run the load projection over more years.</source>
        <translation>
            <numerusform>The projection covers %n operating year; the limit applies from year %1. Run the load projection over more years.</numerusform>
            <numerusform>The projection covers %n operating years; the limit applies from year %1. Run the load projection over more years.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Judged in operating year %1: the target must be met at the latest %n year(s) after the start of operation.</source>
        <translation>
            <numerusform>Judged in operating year %1: the target must be met at the latest %n year after the start of operation.</numerusform>
            <numerusform>Judged in operating year %1: the target must be met at the latest %n years after the start of operation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After every single cooling failure of %n hall(s) the rack inlets stay in the allowable range for the simulated %1 s (engine %2).</source>
        <translation>
            <numerusform>After every single cooling failure of %n hall the rack inlets stay in the allowable range for the simulated %1 s (engine %2).</numerusform>
            <numerusform>After every single cooling failure of %n halls the rack inlets stay in the allowable range for the simulated %1 s (engine %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::CoolingSweep</name>
    <message numerus="yes">
        <source>%1: in the steady state %n rack(s) already outside the allowable range.</source>
        <translation>
            <numerusform>%1: in the steady state %n rack already outside the allowable range.</numerusform>
            <numerusform>%1: in the steady state %n racks already outside the allowable range.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n run(s) failed; their files say why.</source>
        <translation>
            <numerusform>%1: %n run failed; its file says why.</numerusform>
            <numerusform>%1: %n runs failed; their files say why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::CoolingSweepDialog</name>
    <message numerus="yes">
        <source>%n run(s) set up; finished runs in the folder are kept.</source>
        <translation>
            <numerusform>%n run set up; finished runs in the folder are kept.</numerusform>
            <numerusform>%n runs set up; finished runs in the folder are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::CoolingSweepRunner</name>
    <message numerus="yes">
        <source>%n rack(s) outside the allowable range</source>
        <translation>
            <numerusform>%n rack outside the allowable range</numerusform>
            <numerusform>%n racks outside the allowable range</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::CsvImportDialog</name>
    <message numerus="yes">
        <source>%n line(s) are refused (highlighted, with the reason). Nothing is imported until the file is corrected.</source>
        <translation>
            <numerusform>%n line is refused (highlighted, with the reason). Nothing is imported until the file is corrected.</numerusform>
            <numerusform>%n lines are refused (highlighted, with the reason). Nothing is imported until the file is corrected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s)</source>
        <translation>
            <numerusform>%n rack</numerusform>
            <numerusform>%n racks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n further refusal(s) are not listed.</source>
        <translation>
            <numerusform>%n further refusal is not listed.</numerusform>
            <numerusform>%n further refusals are not listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::CsvImportEdits</name>
    <message numerus="yes">
        <source>the plan has %n halls: name the hall in a hall column</source>
        <translation>
            <numerusform>the plan has %n hall: name the hall in a hall column</numerusform>
            <numerusform>the plan has %n halls: name the hall in a hall column</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n halls are named %1</source>
        <translation>
            <numerusform>%n hall is named %1</numerusform>
            <numerusform>%n halls are named %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n line(s) from CSV</source>
        <translation>
            <numerusform>Import %n line from CSV</numerusform>
            <numerusform>Import %n lines from CSV</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::DcComparer</name>
    <message numerus="yes">
        <source>The DC variant is not buildable as it stands: %Ln place(s) where AC equipment hangs from 800 V DC or DC equipment from AC (rackwerk-cli validate names them).</source>
        <translation>
            <numerusform>The DC variant is not buildable as it stands: %Ln place where AC equipment hangs from 800 V DC or DC equipment from AC (rackwerk-cli validate names them).</numerusform>
            <numerusform>The DC variant is not buildable as it stands: %Ln places where AC equipment hangs from 800 V DC or DC equipment from AC (rackwerk-cli validate names them).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::DeviceEdits</name>
    <message numerus="yes">
        <source>Fill %n rack(s) with %1</source>
        <translation>
            <numerusform>Fill %n rack with %1</numerusform>
            <numerusform>Fill %n racks with %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::FillDialog</name>
    <message numerus="yes">
        <source>Mount devices into the lowest free units of each of the %n selected rack(s). Where one rack has too little room, nothing is mounted.</source>
        <translation>
            <numerusform>Mount devices into the lowest free units of each of the %n selected rack. Where one rack has too little room, nothing is mounted.</numerusform>
            <numerusform>Mount devices into the lowest free units of each of the %n selected racks. Where one rack has too little room, nothing is mounted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::FloorPlanView</name>
    <message numerus="yes">
        <source>%n layout warning(s): racks framed in red</source>
        <translation>
            <numerusform>%n layout warning: racks framed in red</numerusform>
            <numerusform>%n layout warnings: racks framed in red</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::LiquidBudget</name>
    <message numerus="yes">
        <source>  %1: heat rejection %2 of %3 kW, %4 kW without the largest unit (%5); %6 L/min from %n pump(s), %7</source>
        <translation>
            <numerusform>  %1: heat rejection %2 of %3 kW, %4 kW without the largest unit (%5); %6 L/min from %n pump, %7</numerusform>
            <numerusform>  %1: heat rejection %2 of %3 kW, %4 kW without the largest unit (%5); %6 L/min from %n pumps, %7</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1: racks %2 kW to liquid, CDU %3 kW; flow %4 of %5 L/min needed from %n pump(s), %6</source>
        <translation>
            <numerusform>  %1: racks %2 kW to liquid, CDU %3 kW; flow %4 of %5 L/min needed from %n pump, %6</numerusform>
            <numerusform>  %1: racks %2 kW to liquid, CDU %3 kW; flow %4 of %5 L/min needed from %n pumps, %6</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::LiquidEdits</name>
    <message numerus="yes">
        <source>Put %n rack(s) on %1</source>
        <translation>
            <numerusform>Put %n rack on %1</numerusform>
            <numerusform>Put %n racks on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n rack(s) off their coolant loop</source>
        <translation>
            <numerusform>Take %n rack off its coolant loop</numerusform>
            <numerusform>Take %n racks off their coolant loop</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::LiquidMenu</name>
    <message numerus="yes">
        <source>Its %n heat-rejection stage(s) go with it.</source>
        <translation>
            <numerusform>Its %n heat-rejection stage goes with it.</numerusform>
            <numerusform>Its %n heat-rejection stages go with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s) are taken off it.</source>
        <translation>
            <numerusform>%n rack is taken off it.</numerusform>
            <numerusform>%n racks are taken off it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::NetBoxImport</name>
    <message numerus="yes">
        <source>%n power port(s) give no maximum_draw; maximum power counts only the others.</source>
        <translation>
            <numerusform>%n power port gives no maximum_draw; maximum power counts only the others.</numerusform>
            <numerusform>%n power ports give no maximum_draw; maximum power counts only the others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n power port(s) give no allocated_draw; typical power counts only the others.</source>
        <translation>
            <numerusform>%n power port gives no allocated_draw; typical power counts only the others.</numerusform>
            <numerusform>%n power ports give no allocated_draw; typical power counts only the others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redundancy is unknown: all %n power supplies are counted as required and maximum power adds up all of them. Edit the required count (e.g. 5 of 6) and check maximum power against the data sheet.</source>
        <translation>
            <numerusform>Redundancy is unknown: all %n power supplies are counted as required and maximum power adds up all of them. Edit the required count (e.g. 5 of 6) and check maximum power against the data sheet.</numerusform>
            <numerusform>Redundancy is unknown: all %n power supplies are counted as required and maximum power adds up all of them. Edit the required count (e.g. 5 of 6) and check maximum power against the data sheet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::OneLineScene</name>
    <message numerus="yes">
        <source>%n more node(s) below, not shown here</source>
        <translation>
            <numerusform>%n more node below, not shown here</numerusform>
            <numerusform>%n more nodes below, not shown here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>also fed by %n node(s) not shown here</source>
        <translation>
            <numerusform>also fed by %n node not shown here</numerusform>
            <numerusform>also fed by %n nodes not shown here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::PlanClipboard</name>
    <message numerus="yes">
        <source>Paste %n item(s)</source>
        <translation>
            <numerusform>Paste %n item</numerusform>
            <numerusform>Paste %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::PlanEditor</name>
    <message numerus="yes">
        <source>Remove %n rack(s)</source>
        <translation>
            <numerusform>Remove %n rack</numerusform>
            <numerusform>Remove %n racks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is mounted %n time(s) and cannot be removed.</source>
        <translation>
            <numerusform>%1 is mounted %n time and cannot be removed.</numerusform>
            <numerusform>%1 is mounted %n times and cannot be removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n device type(s)</source>
        <translation>
            <numerusform>Import %n device type</numerusform>
            <numerusform>Import %n device types</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n power link(s)</source>
        <translation>
            <numerusform>Remove %n power link</numerusform>
            <numerusform>Remove %n power links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n power node(s)</source>
        <translation>
            <numerusform>Remove %n power node</numerusform>
            <numerusform>Remove %n power nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connect feed A of %n rack(s)</source>
        <translation>
            <numerusform>Connect feed A of %n rack</numerusform>
            <numerusform>Connect feed A of %n racks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connect feed B of %n rack(s)</source>
        <translation>
            <numerusform>Connect feed B of %n rack</numerusform>
            <numerusform>Connect feed B of %n racks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::PlanStore</name>
    <message numerus="yes">
        <source>%1, and %n more problem(s)</source>
        <translation>
            <numerusform>%1, and %n more problem</numerusform>
            <numerusform>%1, and %n more problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::PlanTree</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::PowerAnalyzer</name>
    <message numerus="yes">
        <source>%Ln rack(s) without power</source>
        <translation>
            <numerusform>%Ln rack without power</numerusform>
            <numerusform>%Ln racks without power</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rack(s) on too few power supplies</source>
        <translation>
            <numerusform>%Ln rack on too few power supplies</numerusform>
            <numerusform>%Ln racks on too few power supplies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln power node(s) over their rating</source>
        <translation>
            <numerusform>%Ln power node over its rating</numerusform>
            <numerusform>%Ln power nodes over their rating</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::PowerEdits</name>
    <message numerus="yes">
        <source>Convert %Ln node(s) to 800 V DC distribution</source>
        <translation>
            <numerusform>Convert %Ln node to 800 V DC distribution</numerusform>
            <numerusform>Convert %Ln nodes to 800 V DC distribution</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::PropertyPanel</name>
    <message numerus="yes">
        <source>%n items of different kinds are selected. Select items of one kind to edit them together.</source>
        <translation>
            <numerusform>%n items of different kinds are selected. Select items of one kind to edit them together.</numerusform>
            <numerusform>%n items of different kinds are selected. Select items of one kind to edit them together.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s)</source>
        <translation>
            <numerusform>%n rack</numerusform>
            <numerusform>%n racks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cooling unit(s)</source>
        <translation>
            <numerusform>%n cooling unit</numerusform>
            <numerusform>%n cooling units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n obstacle(s)</source>
        <translation>
            <numerusform>%n obstacle</numerusform>
            <numerusform>%n obstacles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n power node(s)</source>
        <translation>
            <numerusform>%n power node</numerusform>
            <numerusform>%n power nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n label</numerusform>
            <numerusform>%n labels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::RackFill</name>
    <message numerus="yes">
        <source>Rack %1 has room for only %n more %2.</source>
        <translation>
            <numerusform>Rack %1 has room for only %n more %2.</numerusform>
            <numerusform>Rack %1 has room for only %n more %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::RackRowEdits</name>
    <message numerus="yes">
        <source>Draw a row of %n rack(s)</source>
        <translation>
            <numerusform>Draw a row of %n rack</numerusform>
            <numerusform>Draw a row of %n racks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::RemovalEdits</name>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 feeds %n rack(s) or cooling unit(s); connect them elsewhere first.</source>
        <translation>
            <numerusform>%1 feeds %n rack or cooling unit; connect it elsewhere first.</numerusform>
            <numerusform>%1 feeds %n racks or cooling units; connect them elsewhere first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::RowTool</name>
    <message numerus="yes">
        <source>%n rack(s), %1 m, fronts %2</source>
        <translation>
            <numerusform>%n rack, %1 m, fronts %2</numerusform>
            <numerusform>%n racks, %1 m, fronts %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::SiteOverview</name>
    <message numerus="yes">
        <source>%1: %n hall(s), %2 GPUs, %3 IT nameplate. Double-click a hall to open it.</source>
        <translation>
            <numerusform>%1: %n hall, %2 GPUs, %3 IT nameplate. Double-click a hall to open it.</numerusform>
            <numerusform>%1: %n halls, %2 GPUs, %3 IT nameplate. Double-click a hall to open it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::TileTool</name>
    <message numerus="yes">
        <source>%n perforated tile(s)</source>
        <translation>
            <numerusform>%n perforated tile</numerusform>
            <numerusform>%n perforated tiles</numerusform>
        </translation>
    </message>
</context>
</TS>
