<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>EditResult</name>
    <message>
        <source>%1 %2 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::Catalogue</name>
    <message>
        <source>The catalogue is not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Rackwerk device catalogue of version 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::CliCommands</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rackwerk-cli [--lang de|en] COMMAND ...
  info PLAN|demo [--json]        key figures of a plan
  validate PLAN                  check a plan; warnings are listed
  export PLAN --json FILE        write the plan&apos;s JSON form
  import FILE.json -o PLAN       make a plan file from the JSON form
  demo -o PLAN                   write the Munich demo plan
  engines [--json]               which projection engine runs here
PLAN is a .rackwerk file, a .json file in the exchange form, or &quot;demo&quot;.
Exit codes: 0 success, 1 failure, 2 bad input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang needs a value (de or en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use de or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info takes one plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halls: %1, rows: %2, racks: %3, devices: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT power: %1 kW nameplate, %2 kW typical; rack budgets %3 kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooling units: %1, power nodes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection engine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs a plan and --json FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs a JSON file and -o PLAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate takes one plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo needs -o PLAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engines takes no arguments besides --json.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::FieldCheck</name>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date written as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::JsonFields</name>
    <message>
        <source>%1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::NetBoxImport</name>
    <message>
        <source>NetBox has no device category: the category is set to Other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored keys that NetBox does not define: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required key &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be negative, but is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slug &quot;%1&quot; is not a valid slug; the key is derived from the manufacturer and model instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key can be derived from the manufacturer and model; add a slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;u_height&quot; is %1, but devices are placed in whole rack units; fractional heights are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;is_full_depth&quot; is not given; the device is taken as full depth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No airflow is given; front-to-rear is assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The airflow &quot;%1&quot; is taken as front-to-rear; check how the device is mounted and cooled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown airflow &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weight is given; it is left at 0 (unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;weight&quot; is given without &quot;weight_unit&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown weight unit &quot;%1&quot;; expected kg, g, lb or oz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;power-ports&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry of &quot;power-ports&quot; must be a mapping with a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of power ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sum of maximum_draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sum of allocated_draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the largest maximum_draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no power ports: maximum and typical power and the power supplies are unknown and left at 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n power port(s) give no maximum_draw; maximum power counts only the others.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No power port gives an allocated_draw: typical power is unknown and left at 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n power port(s) give no allocated_draw; typical power counts only the others.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Typical power is above maximum power; check the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Redundancy is unknown: all %n power supplies are counted as required and maximum power adds up all of them. Edit the required count (e.g. 5 of 6) and check maximum power against the data sheet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Idle power is unknown (NetBox does not record it) and left at 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not describe a device type: it must be a mapping of keys to values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::PlanEditor</name>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooling unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would no longer fit at U%2 in rack %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The obstacle&apos;s hall does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row&apos;s hall does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack %1: its hall does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack %1: its row does not exist in its hall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack %1: the power node feeding it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack %1: %2 at U%3 would no longer fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack %1: %2 (%3 mm deep) would no longer fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooling unit %1: its hall does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooling unit %1: the power node feeding it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooling unit %1: return temperature must be above supply temperature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power node %1: its hall does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A power link must connect two existing power nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A power node cannot feed itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1: its scenario does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1: training and inference shares add up to more than 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n rack(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The device type %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is mounted %n time(s) and cannot be removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove device type</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n device type(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::PlanJson</name>
    <message>
        <source>The file is not valid JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$ must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;rackwerk-plan&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a format version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, newer than this Rackwerk reads (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats a key used before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::PlanStore</name>
    <message>
        <source>The table &quot;%1&quot; is missing or incomplete (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table &quot;%1&quot;, row %2, field &quot;%3&quot; %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading table &quot;%1&quot; failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Rackwerk plan: it is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 is truncated: the file ends inside its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 is truncated: it should hold %2 bytes but has only %3. Use a complete copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 is damaged and cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Rackwerk plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 was saved by a newer Rackwerk (file format %2; this version reads up to %3). Please update Rackwerk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 has no valid format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 is damaged (integrity check: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 contains views or triggers, which Rackwerk never writes. It was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 could not be read into memory (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 could not be upgraded from format %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan must describe exactly one site, but holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; holds the key %2 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is inconsistent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 cannot be opened. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new file could not be written to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup of the older file could not be made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::PlanValidator</name>
    <message>
        <source>A device type needs a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device type %1: power must satisfy idle &lt;= typical &lt;= max.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device type %1: %2 power supplies required but only %3 fitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device type %1: the required power supplies cannot carry its maximum power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1 is in rack %2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1 has type &quot;%2&quot;, which is not in the plan&apos;s catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at U%2 needs %3 U and does not fit into rack %4 (%5 U).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 mm deep; rack %3 is only %4 mm deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at U%2 overlaps %3 at U%4 in rack %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obstacle %1 is in a hall that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is in a hall that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack %1 is in a hall that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack %1 belongs to a row that does not exist in its hall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack %1 is fed by power node %2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack %1 stands outside hall %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack %1 draws up to %2 kW, more than its budget of %3 kW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack %1 carries %2 kg of equipment, more than its rating of %3 kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooling unit %1 is in a hall that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooling unit %1 is fed by power node %2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooling unit %1: return temperature must be above supply temperature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power node %1 is in a hall that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power link %1 connects a node that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power link %1 feeds a node from itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The power chain has a loop through %1: power must flow from sources to loads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1 belongs to a scenario that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1: training and inference shares add up to more than 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::T</name>
    <message>
        <source>%1: &quot;%2&quot; %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::YamlSubset</name>
    <message>
        <source>unexpected content; check the indentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several documents in one file are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content on the line of a document marker is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs are not allowed for indentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sequence entry (&quot;- &quot;) where a key was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;key: value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inconsistent indentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchors (&amp;) are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aliases (*) are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags (!) are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complex keys (?) are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow collections other than [] and {} are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unquoted value may not start with &quot;%1&quot;; quote it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after a quoted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sequence may not start on the line of its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;: &quot; inside an unquoted value; quote the value or check the indentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sequence entry inside a value; check the indentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted value is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document marker inside a quoted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported escape &quot;\%1&quot; in a double-quoted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid character escape in a double-quoted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block scalar indentation indicators are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid block scalar header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the text is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: control characters are not allowed; is this a text file?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
